"""navigation: skip links, menus, breadcrumbs and section labels ("Latest")."""
from __future__ import annotations

import re

from .. import phrases
from ..model import Document
from ..text import fold, nwords
from ._match import Prefilter, any_regex, literals_and_words, phrase_set, prefix_regex

NAME = "navigation"
REASON = "navigation"

LINES = phrase_set(phrases.NAV_LINES)
PREFIXES = prefix_regex(phrases.NAV_PREFIXES)
PREFIX_MAX_WORDS = 8
# "Home > News > Politics", "Startseite › Politik", "News | Sport | Weather"
CRUMB_SEPARATORS = re.compile(r"\s+(?:>|›|»|/|\||·|•|–|-)\s+")
CRUMB_PART_MAX_WORDS = 4
CRUMB_MIN_PARTS = 3
PATTERNS = any_regex(phrases.NAV_PATTERNS)


CRUMB_CHARS = frozenset(">›»/|·•–-")
_CRUMB_CHAR = re.compile("[%s]" % re.escape("".join(sorted(CRUMB_CHARS))))  # C-speed CRUMB_CHARS.isdisjoint


def is_crumbs(text: str) -> bool:
    if text.rstrip().endswith((".", "!", "?")) or not _CRUMB_CHAR.search(text):
        return False  # (the last part ends where the text ends)
    parts = CRUMB_SEPARATORS.split(text)
    return len(parts) >= CRUMB_MIN_PARTS and all(
        0 < len(p.split()) <= CRUMB_PART_MAX_WORDS and not p.rstrip().endswith((".", "!", "?")) for p in parts)


def is_navigation(text: str) -> bool:
    f = fold(text)
    if f in LINES:
        return True
    if PATTERNS.match(text.strip()):
        return True
    if nwords(f) <= PREFIX_MAX_WORDS and PREFIXES.match(f):
        return True
    return is_crumbs(text)


# the lines is_navigation can accept: one of LINES, a prefix, a pattern's literal, a crumb separator
CANDIDATES = Prefilter(lines=LINES, fold=["^" + p for p in phrase_set(phrases.NAV_PREFIXES)],
                       raw=literals_and_words(phrases.NAV_PATTERN_NEEDS)[0] + [f"{c} " for c in CRUMB_CHARS])


def apply(doc: Document) -> None:
    blocks = doc.blocks
    for i in CANDIDATES.lines_of(blocks):
        b = blocks[i]
        if b.kept and b.text and is_navigation(b.text):
            b.remove(REASON, NAME)
