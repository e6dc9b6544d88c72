"""related-links: "Related Posts" and every teaser under it, "Also Read: ...", "Read more",
"Read the original report from ...".

A header line starts a teaser run: the kept blocks after it go while they look like
teasers (headline-like, or cut off with an ellipsis). The run stops at body text, and
a headline that directly introduces body text is left for the headings step, unless it is
the next item of a bulleted list of teasers (the list's last teaser, right above the body) or
the headline under a kicker the run took (teasers printed as kicker in capitals / headline).
A "read more" label printed right under a headline-like line (no blank line between) is that
teaser's link: the headline goes with it.
"""
from __future__ import annotations

import re

from .. import phrases, settings
from ..model import Document
from ..text import ELLIPSES, ends_sentence, fold, headline_like, nwords
from ._match import Prefilter, any_regex, literals_and_words, phrase_set, prefix_regex

NAME = "related"
REASON = "related-links"

HEADERS = phrase_set(phrases.RELATED_HEADERS)
READ_MORE = phrase_set(phrases.READ_MORE_LABELS)
HEADER_PATTERNS = any_regex(phrases.RELATED_HEADER_PATTERNS)
PREFIXES = prefix_regex(phrases.RELATED_PREFIXES)
PATTERNS = any_regex(phrases.RELATED_PATTERNS)
ARROWS = re.compile(phrases.RELATED_ARROWS_PATTERN)
# the prefix must be set off from the teaser: "Also Read: X", "READ MORE | X", "Lesen Sie auch » X"
INLINE_SEPARATOR = re.compile(r"^[^\w]*[\w\s'’]{2,40}?\s*[:|»>–—\-]")
HEADER_MAX_WORDS = 8
# the lines is_header or is_inline can accept: a header, a header pattern's, pattern's or prefix's start
CANDIDATES = Prefilter(lines=HEADERS, raw=literals_and_words(phrases.RELATED_ARROWS_NEEDS)[0], fold=[
    *literals_and_words(phrases.RELATED_HEADER_PATTERN_NEEDS + phrases.RELATED_PATTERN_NEEDS)[0],
    *("^" + p for p in phrase_set(phrases.RELATED_PREFIXES))])


def is_header(text: str) -> bool:
    f = fold(text)
    return bool(f) and nwords(f) <= HEADER_MAX_WORDS and (f in HEADERS or bool(HEADER_PATTERNS.match(f)))


def is_inline(text: str) -> bool:
    f = fold(text)
    if not f or nwords(f) > settings.INLINE_RELATED_MAX_WORDS:
        return False
    if PATTERNS.search(f) or ARROWS.match(text.strip()):
        return True
    # "Lesen Sie hier einen weiteren spannenden Beitrag …": a pointer cut off like a teaser
    return bool(PREFIXES.match(f)) and (bool(INLINE_SEPARATOR.match(text)) or text.rstrip().endswith(ELLIPSES))


def is_body(text: str) -> bool:
    """Prose that ends a teaser run. A question is a teaser headline unless it is long."""
    n = nwords(text)
    if text.rstrip().endswith("?"):
        return n > settings.TEASER_MAX_WORDS
    return n >= settings.BODY_MIN_WORDS and ends_sentence(text) and not text.endswith(ELLIPSES)


def is_teaser(text: str) -> bool:
    if text.endswith(ELLIPSES):
        return nwords(text) <= 2 * settings.TEASER_MAX_WORDS
    return headline_like(text, settings.TEASER_MAX_WORDS, 10 * settings.TEASER_MAX_WORDS)


def is_kicker(text: str) -> bool:
    """A teaser's kicker: a few words in capitals over its headline ("DRIVEN TO SUICIDE")."""
    return text.isupper() and nwords(text) <= settings.KICKER_MAX_WORDS


def teaser_above(doc: Document, k: int) -> None:
    """A "read more" label at ``k`` printed right under a headline-like line that stands alone
    (a blank line above it, none between): the headline is the teaser the label links."""
    b = doc.blocks[k]
    if k < 2 or b.blank_before or fold(b.text) not in READ_MORE:
        return
    t = doc.blocks[k - 1]
    if t.kept and t.text and t.blank_before and is_teaser(t.text) and not is_body(t.text):
        t.remove(REASON, NAME)


def apply(doc: Document) -> None:
    blocks = doc.blocks
    i = 0  # the blocks before i are judged (a header's teaser run moves it on)
    for k in CANDIDATES.lines_of(blocks):
        b = blocks[k]
        if k < i or not b.kept or not b.text:
            continue
        if is_header(b.text):
            teaser_above(doc, k)
            b.remove(REASON, NAME)
            j = k + 1
            listed = False  # the last teaser taken was a list item
            kicked = False  # the last teaser taken was a kicker, after a headline the run took
            headlines = 0  # teasers taken that are not kickers
            while j < len(blocks):
                t = blocks[j]
                if t.kept and t.text:
                    if is_body(t.text) or not is_teaser(t.text):
                        break
                    nxt = doc.next_kept(j)
                    # a heading that introduces body text; not the next item of a list of teasers
                    if nxt is not None and is_body(nxt.text) and not t.text.endswith(ELLIPSES) \
                            and not (listed and t.kind == "item") and not kicked:
                        break
                    t.remove(REASON, NAME)
                    listed = t.kind == "item"
                    kicker = is_kicker(t.text)
                    kicked = kicker and headlines > 0
                    headlines += not kicker
                j += 1
            i = j
            continue
        if is_inline(b.text):
            b.remove(REASON, NAME)
