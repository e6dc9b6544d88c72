"""share-widget: "Share This Post", "Share on X", "Tweet", "Email this", print buttons."""
from __future__ import annotations

from .. import phrases
from ..model import Document
from ..text import fold, nwords
from ._match import Prefilter, phrase_set, prefix_regex

NAME = "share"
REASON = "share-widget"

LINES = phrase_set(phrases.SHARE_LINES)
WORDS = phrase_set(phrases.SHARE_WORDS)
PREFIXES = prefix_regex(phrases.SHARE_PREFIXES)
MAX_WORDS = 8
FILLER = frozenset({"on", "via", "this", "e", "link", "copy", "x"})  # share words that alone are no button
PREFIX_MAX_WORDS = 12  # "Click to share on Facebook (Opens in new window)"


def is_share(text: str) -> bool:
    f = fold(text)
    if not f or text.rstrip().endswith("*"):
        return False  # "Email *": a required field of a form, not a button
    if f in LINES:
        return True
    n = nwords(f)
    if n <= PREFIX_MAX_WORDS and PREFIXES.match(f) and not text.rstrip().endswith("?"):  # "Share this, please?"
        return True
    if n > MAX_WORDS:
        return False
    words = f.split()
    # (as all(w in WORDS ...) and any(w not in FILLER ...), in C)
    return WORDS.issuperset(words) and not FILLER.issuperset(words)


# the lines is_share can accept: one of LINES, a prefix, or a share word that is no filler
CANDIDATES = Prefilter(lines=LINES, fold=["^" + p for p in phrase_set(phrases.SHARE_PREFIXES)], words=WORDS - FILLER)


def apply(doc: Document) -> None:
    blocks = doc.blocks
    for i in CANDIDATES.lines_of(blocks):
        b = blocks[i]
        if b.kept and is_share(b.text):
            b.remove(REASON, NAME)
