"""navigation / related-links / widget: lines that recur on many pages of the same site.

Needs the counts of :mod:`cleaners.repetition` in ``doc.context`` (set by
``pagewash clean --site-counts FILE``); without them it does nothing.
Short repeated lines are ``navigation``, headline-like ones ``related-links``, the
rest ``widget``. The title line is left to the title and headings step.
"""
from __future__ import annotations

from ..model import Document
from ..repetition import candidate
from ..text import fold, shape_reason

NAME = "repeated"


def apply(doc: Document) -> None:
    repeated = doc.context.get("repeated")
    if not repeated:
        return
    kept = [b for b in doc.blocks if b.kept and b.text]
    for k, b in enumerate(kept):
        if k == 0 and b.kind == "paragraph":
            continue  # the title candidate: a site's pages share its suffix, not the line
        if candidate(b.text) and fold(b.text) in repeated:
            b.remove(shape_reason(b.text), NAME)
