"""The cleaning steps, one small module each, run in this named order.

Each step module has ``NAME`` (what ``pagewash step NAME`` takes), a docstring that
says what it removes and why, and ``apply(doc)``, which marks blocks of the
:class:`cleaners.model.Document` (a removal reason, or a kind) and deletes nothing.
"""
from __future__ import annotations

from types import ModuleType

from . import (boilerplate, bylines, captions, comments, duplicates, language, navigation, related, repeated,
               share, structure, widgets)

PIPELINE: tuple[ModuleType, ...] = (
    navigation,
    share,
    related,
    comments,
    captions,
    widgets,
    bylines,
    repeated,
    boilerplate,
    duplicates,
    structure,
    language,
)
STEPS: dict[str, ModuleType] = {m.NAME: m for m in PIPELINE}


def describe(step: ModuleType) -> str:
    """The first paragraph of the step's docstring, on one line."""
    return " ".join((step.__doc__ or "").strip().split("\n\n")[0].split())
