"""duplicate: a block that repeats an earlier kept block, exactly or nearly; the first stays.
Also: a block at the article's end that prints again a furniture line removed above the article
(an author's bio under the byline, then in full in the author box) leaves with that line's reason.

"Nearly" means the same words after case and punctuation folding, or, for blocks of at
least NEAR_DUP_MIN_WORDS words, a word-trigram Jaccard similarity of at least
NEAR_DUP_JACCARD with an earlier kept block that shares its first or last trigram
(the index keeps the step linear on long dumps). Deterministic: first in page order wins.
"""
from __future__ import annotations

from .. import settings
from ..model import Document, REASONS
from ..text import fold, nwords

NAME = "duplicates"
REASON = "duplicate"


def _trigrams(words: list[str]) -> frozenset:
    return frozenset(zip(words, words[1:], words[2:]))


def apply(doc: Document) -> None:
    seen: set[str] = set()
    index: dict[tuple, list[int]] = {}  # first / last trigram -> indexed blocks (numbers)
    keys_of: list[str] = []  # an indexed block's folded text
    grams_of: dict[int, frozenset] = {}  # its trigrams, computed when first compared

    def grams(k: int) -> frozenset:
        if k not in grams_of:
            grams_of[k] = _trigrams(keys_of[k].split(" "))
        return grams_of[k]

    for b in doc.blocks:
        if not b.kept or not b.text:
            continue
        key = fold(b.text)
        if not key:
            continue
        if key in seen:
            b.remove(REASON, NAME)
            continue
        seen.add(key)
        # a folded text's words are separated by single spaces: no split of the whole text for
        # its word count and end words (most blocks are never compared)
        if key.count(" ") + 1 < settings.NEAR_DUP_MIN_WORDS:
            continue
        k = len(keys_of)
        keys_of.append(key)
        ends = (tuple(key.split(" ", 3)[:3]), tuple(key.rsplit(" ", 3)[-3:]))
        for end in ends:
            for other in index.get(end, ()):
                inter = len(grams(k) & grams(other))
                if inter and inter / len(grams(k) | grams(other)) >= settings.NEAR_DUP_JACCARD:
                    b.remove(REASON, NAME)
                    break
            if not b.kept:
                break
        if b.kept:
            for end in ends:
                index.setdefault(end, []).append(k)
    furniture_copies(doc)


FURNITURE_REASONS = frozenset(REASONS) - {"caption", "duplicate"}


def furniture_copies(doc: Document) -> None:
    """A block among the article's last kept blocks that starts with the text of a furniture line
    removed above the article (``settings.FURNITURE_COPY_*``) is that furniture again: the author
    box's bio printed under the byline ("Jane writes about gardens and …") and again, in full,
    under the article ("Jane writes about gardens and … Her book is out in May.")."""
    blocks = doc.blocks
    above: dict[str, str] = {}
    seen = 0  # kept blocks met: the first is the title line or the article's first, the second starts it
    for start, b in enumerate(blocks):
        if b.kept and b.text:
            seen += 1
            if seen == 2:
                break
        elif b.reason in FURNITURE_REASONS and b.text and nwords(b.text) >= settings.FURNITURE_COPY_MIN_WORDS:
            above.setdefault(fold(b.text), b.reason)
    else:
        return
    if not above:
        return
    kept = []  # the article's last kept blocks, under its start
    for i in range(len(blocks) - 1, start, -1):
        if len(kept) == settings.FURNITURE_COPY_MAX_ROWS:
            break
        if blocks[i].kept and blocks[i].text:
            kept.append(i)
    for i in reversed(kept):
        key = fold(blocks[i].text)
        for text, reason in above.items():
            if key.startswith(text):
                blocks[i].remove(reason, NAME)
                break
