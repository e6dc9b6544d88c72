"""Phrase matching shared by the steps: compiled once from :mod:`cleaners.phrases`."""
from __future__ import annotations

import re

from ..text import fold


def phrase_set(phrases: list[str]) -> frozenset[str]:
    return frozenset(fold(p) for p in phrases)


def prefix_regex(phrases: list[str]) -> re.Pattern:
    """Matches folded text that starts with one of the phrases as whole words."""
    alts = sorted({re.escape(fold(p)) for p in phrases}, key=len, reverse=True)
    return re.compile(r"^(?:%s)(?:\s|$)" % "|".join(alts))


def contains_regex(phrases: list[str]) -> re.Pattern:
    alts = sorted({re.escape(fold(p)) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?:^|\s)(?:%s)(?:\s|$)" % "|".join(alts))


def any_regex(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
