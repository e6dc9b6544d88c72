"""title and headings: the first headline-like block is the title; a later copy of it is a
duplicate; a short line with no closing full stop that introduces body text is a heading.

A line ending in ":" is a heading only when it is very short or Title Cased ("Pros:",
"The Criticality of Security Guarantees:"); a sentence ending in ":" that introduces a
list stays a paragraph. Lines keep their text verbatim.
"""
from __future__ import annotations

from .. import settings
from ..model import Document
from ..text import fold_words, headline_like, is_title_case, nwords, title_copy

NAME = "structure"
REASON = "duplicate"


def is_heading_text(text: str) -> bool:
    if not headline_like(text, settings.HEADING_MAX_WORDS, settings.HEADING_MAX_CHARS):
        return False
    if text.rstrip().endswith(":"):
        words = text.split()
        return len(words) <= settings.COLON_HEADING_MAX_WORDS or is_title_case(words)
    return True


def apply(doc: Document) -> None:
    kept = [b for b in doc.blocks if b.kept and b.text]
    if not kept:
        return
    first = kept[0]
    title_words: list[str] = []
    if first.kind == "paragraph" and headline_like(first.text, settings.TITLE_MAX_WORDS, settings.TITLE_MAX_CHARS) \
            and not first.text.rstrip().endswith(":"):
        first.kind = "title"
        doc.title = first.text
        title_words = fold_words(first.text)
    for b in kept[1:]:
        if title_words and headline_like(b.text, settings.TITLE_MAX_WORDS, settings.TITLE_MAX_CHARS) \
                and title_copy(fold_words(b.text), title_words):
            b.remove(REASON, NAME)
    kept = [b for b in kept if b.kept]
    for k, b in enumerate(kept):
        if b.kind == "title" or not is_heading_text(b.text):
            continue
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        if nxt is not None and nwords(nxt.text) >= settings.BODY_MIN_WORDS:
            b.kind = "heading"
