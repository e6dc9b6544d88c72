"""widget: ads ("Advertisement"), honeypot links ("Secret Link"), newsletter and cookie
prompts, copyright lines, icon-only bullets with no text."""
from __future__ import annotations

from .. import phrases
from ..model import Document
from ..text import fold, nwords
from ._match import any_regex, contains_regex, phrase_set

NAME = "widgets"
REASON = "widget"

LINES = phrase_set(phrases.WIDGET_LINES)
CONTAINS = contains_regex(phrases.WIDGET_CONTAINS)
PATTERNS = any_regex(phrases.WIDGET_PATTERNS)
CONTAINS_MAX_WORDS = 150  # cookie and legal notices run long


def is_widget(text: str) -> bool:
    if not text.strip():
        return True  # an icon-only bullet or link: nothing to read
    f = fold(text)
    if f in LINES:
        return True
    if PATTERNS.match(text.strip()) or PATTERNS.match(f):  # every pattern is anchored at the start
        return True
    return nwords(f) <= CONTAINS_MAX_WORDS and bool(CONTAINS.search(f))


def apply(doc: Document) -> None:
    for b in doc.blocks:
        if b.kept and is_widget(b.text):
            b.remove(REASON, NAME)
