"""caption: image alt text and photo captions/credits leave the body for ``captions``.

Signals, all about the shape of the dump, none about a site:
* a line that is one sentence printed twice ("X X": alt text and caption on one line);
* a line that is an image's file name (once or twice: "echo-buds.jpg echo-buds.jpg") or slug
  (twice, or once in lower case with a digit: "milano-design-week-2018-flos-01");
* a line printed twice on adjacent lines (alt text, then caption), and its further copies right under;
  with a blank line between when it is a line of a few words without a sentence end, not the title;
* a line followed within two blocks by the same text plus a short credit ("X" then "X Credit ...");
* a bare photo credit ("Photo: ...", "(Image: ...)", "Getty Images"), also split over two lines
  ("Foto:" / "AGENCY"), the block above it then being the picture's caption;
* a caption sentence ("In this photo issued by ...", "FILE - ...", a long one ending "... Credit: ESA",
  up to LONG_CAPTION_MAX_WORDS when it ends in its credit);
* a block directly above a credit line (no blank line): the picture's caption;
* a block directly under a caption (no blank line) that speaks of a picture or a credit;
* a short line right above a caption whose words the caption all prints: the picture's alt text.

Speed, same marks (tests/test_fast_paths.py compares apply with its rules asked of every block): each rule
of the first loop is asked only of the blocks of its shape (a doubled text has an odd length and a space
between two equal halves, a file name or slug one or two words with a ".", "-" or "_", a copy starts a next
text), found by one pass each, and a block's length (nwords) only once a rule's shape fits it; the credit
rules only of the CREDITS lines (their necessary conditions, found once a page); the picture rule only under
a caption (marking one makes the next block one under a caption).
"""
from __future__ import annotations

import re
from itertools import compress, count, repeat
from operator import attrgetter, eq

from .. import phrases, settings
from ..model import Block, Document
from ..text import ends_sentence, fold, fold_words, nwords, title_copy
from ._match import Prefilter, any_regex, contains_regex, literals_and_words

NAME = "captions"
REASON = "caption"

CREDIT = any_regex(phrases.CREDIT_PATTERNS)
CAPTION_SENTENCE = any_regex(phrases.CAPTION_PATTERNS)
# a caption that ends in its credit after a full stop ("... during the cruise phase. Credit: ESA"), at any length
# up to settings.LONG_CAPTION_MAX_WORDS: the credit names the block a picture's, however long its description
CREDITED = re.compile(r"[.!?»“”)]\s+" + phrases.CREDIT_SUFFIX, re.I)
AGENCY = re.compile(phrases.AGENCY_PATTERN, re.I)
SLASH_CREDIT = re.compile(phrases.SLASH_CREDIT_PATTERN, re.I)
SPLIT_LABEL = re.compile(phrases.SPLIT_CREDIT_LABEL_PATTERN, re.I)
PICTURE = contains_regex(phrases.PICTURE_WORDS)
IMAGE_FILE = re.compile(r"([\w.-]{1,120}\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?))(?:\s+\1)?", re.I)
# an image's slug as its alt text: "7333-Registration-banner-visual" (twice), "milano-design-week-2018-flos-01"
SLUG = re.compile(r"([A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){3,})(?:\s+(\1))?")
SLUG_SINGLE = re.compile(r"^(?=.*\d)[a-z0-9]+(?:[-_][A-Za-z0-9]+){3,}$")
MIN_WORDS = 3  # a repeated line shorter than this is a label, not a caption
DOUBLED_MIN_WORDS = 2  # "Shy owl Shy owl": two words printed twice on one line are an image's alt text and title
CREDIT_SUFFIX_MAX_WORDS = 15
AGENCY_LINE_MAX_WORDS = 8
ALT_MAX_WORDS = 4  # an image's alt text right above its caption, all its words in the caption
# the lines is_credit or CAPTION_SENTENCE can accept
CREDITS = Prefilter(**dict(zip(("raw", "words"), literals_and_words(
    phrases.CREDIT_NEEDS + phrases.AGENCY_NEEDS + phrases.CAPTION_NEEDS))))


def doubled(text: str) -> str | None:
    """'X X' -> 'X' when a sentence is printed twice on one line."""
    n = len(text)
    if n < 2 * DOUBLED_MIN_WORDS + 1 or n % 2 == 0:
        return None
    half = n // 2
    first, sep, second = text[:half], text[half], text[half + 1:]
    if sep == " " and first == second and len(first.split()) >= DOUBLED_MIN_WORDS:
        return first
    return None


def shape_caption(text: str, half: bool, name: bool) -> str | None:
    """The caption a block is by its shape alone, if any: the sentence of a line printed twice
    (``half``: the line has that shape), an image's file name or slug (``name``: one or two words
    with a ".", "-" or "_")."""
    if half:
        caption = doubled(text)
        if caption is not None:
            return caption
    if name:
        file = IMAGE_FILE.fullmatch(text.strip())
        if file:  # an image's file name as its alt text: "echo-buds.jpg echo-buds.jpg"
            return file.group(1)
        slug = SLUG.fullmatch(text.strip())
        if slug and (slug.group(2) or SLUG_SINGLE.match(slug.group(1))):  # a slug alone: lower case, with a digit
            return slug.group(1)
    return None


def is_credit(text: str) -> bool:
    n = nwords(text)
    if not n or n > settings.CREDIT_MAX_WORDS:
        return False
    if CREDIT.search(text):
        return True
    return n <= AGENCY_LINE_MAX_WORDS and not ends_sentence(text) and bool(AGENCY.search(text))


def _mark(b: Block, caption: str) -> None:
    b.remove(REASON, NAME)
    if b.reason == REASON:
        b.caption = caption


def spaced_copy(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` may be an image's alt text whose caption repeats it under a blank line ("A red
    kettle on a stove" / blank / the same): a line of a few words without a sentence end, not the
    page's title (a headline printed twice anchors the body) nor a sentence (a standfirst printed
    twice is the article's lead: the duplicates step keeps one). Three words or fewer printed twice
    are as often a product's feature label and its heading."""
    text = blocks[i].text
    return (i > 0 and nwords(text) >= settings.CAPTION_SPACED_COPY_MIN_WORDS and not ends_sentence(text)
            and not title_copy(fold_words(text), fold_words(blocks[0].text)))


def marks_copy(blocks: list[Block], i: int, j: int) -> bool:
    """``blocks[i]``'s text again in ``blocks[j]`` on the next line (and in the copies right under
    that: alt text, title, caption), or in ``blocks[j]`` with a short credit after it: all are marked."""
    b, c = blocks[i], blocks[j]
    if c.text == b.text and j == i + 1 and (not c.blank_before or spaced_copy(blocks, i)) and b.kind == c.kind == "paragraph":
        _mark(b, b.text)
        _mark(c, c.text)
        for d in blocks[j + 1:]:
            if d.blank_before or d.text != b.text or d.kind != b.kind or not d.kept:
                break
            _mark(d, d.text)
        return True
    if c.text.startswith(b.text) and c.text != b.text:
        rest = c.text[len(b.text):].strip()
        if 0 < len(rest.split()) <= CREDIT_SUFFIX_MAX_WORDS and not ends_sentence(rest):
            _mark(b, b.text)
            _mark(c, rest)
            return True
    return False


def split_credit(blocks: list[Block], i: int) -> None:
    """A credit's label standing alone at ``i`` ("Foto:"): its value is the next block when that
    is a name or an agency ("AGENCY", "Jane Doe / Example Press | Berlin"), and the
    short block above the label is then the picture's caption (a caption, a label, a credit: a
    picture's block, even with blank lines between). A longer value is the caption itself."""
    if not i or i + 1 >= len(blocks):
        return
    value, above = blocks[i + 1], blocks[i - 1]
    if not (value.kept and value.text and nwords(value.text) <= AGENCY_LINE_MAX_WORDS and not ends_sentence(value.text)):
        return
    _mark(value, value.text)
    if above.kept and above.text and nwords(above.text) <= settings.SPLIT_CREDIT_CAPTION_MAX_WORDS:
        _mark(above, above.text)


def captioned(blocks: list[Block]) -> list[int]:
    """The indices of the blocks removed as captions (found by C calls)."""
    return list(compress(count(), map(eq, map(attrgetter("reason"), blocks), repeat(REASON))))


def apply(doc: Document) -> None:
    blocks = doc.blocks
    texts = [b.text for b in blocks]

    def short(i: int) -> bool:  # a block can be a caption when it is kept and short (marking does not change it)
        return bool(texts[i]) and nwords(texts[i]) <= settings.CAPTION_MAX_WORDS

    # the blocks each rule of the loop below can mark, by their shapes: a copy starts one of the next two texts
    # (str.startswith mapped over the page: in C); a doubled text has an odd length, a space in the middle and the
    # same text on either side;
    # a file name (with a ".") or slug (a "-" or "_") is one or two words (split at most twice to tell)
    copies = {*compress(count(), map(str.startswith, texts[1:], texts)),
              *compress(count(), map(str.startswith, texts[2:], texts))}
    halves = {i for i, t in enumerate(texts)
              if len(t) & 1 and t[len(t) >> 1] == " " and t[:len(t) >> 1] == t[(len(t) >> 1) + 1:]}
    names = {i for i, t in enumerate(texts) if ("." in t or "-" in t or "_" in t) and len(t.split(None, 2)) <= 2}
    for i in sorted(copies | halves | names):
        b = blocks[i]
        if not b.kept:
            continue
        # (a rule's shape first, the block's length last: nwords is asked only of the blocks a rule fits)
        caption = shape_caption(b.text, i in halves, i in names)
        if caption is not None:
            if short(i):
                _mark(b, caption)
            continue
        if i not in copies or nwords(b.text) < MIN_WORDS or not short(i):
            continue
        # the same text on the next line, or the same text plus a short credit soon after
        for j in range(i + 1, min(i + 3, len(blocks))):
            c = blocks[j]
            if c.text.startswith(b.text) and c.kept and short(j) and marks_copy(blocks, i, j):
                break
    credits = CREDITS.lines_of(blocks)
    credit_of: dict[int, bool | None] = dict.fromkeys(credits)  # (a line not in CREDITS is no credit)

    def credit(i: int) -> bool:  # is_credit of block i, once (the two loops below ask twice)
        c = credit_of.get(i, False)
        if c is None:
            c = credit_of[i] = is_credit(texts[i])
        return c

    for i in credits:
        b = blocks[i]
        if b.kept and short(i) and (credit(i) or CAPTION_SENTENCE.match(b.text)):
            _mark(b, b.text)
            if b.text[-1] == ":" and SPLIT_LABEL.match(b.text.strip()):
                split_credit(blocks, i)
        elif b.kept and texts[i] and not short(i) and nwords(texts[i]) <= settings.LONG_CAPTION_MAX_WORDS \
                and CREDITED.search(texts[i]):  # a longer caption ending in its credit
            _mark(b, b.text)
    # a block right above a credit line (no blank line between) is that picture's caption
    for i in [k - 1 for k in credits if k]:
        b, nxt = blocks[i], blocks[i + 1]
        if b.kept and short(i) and not nxt.blank_before and nxt.text and credit(i + 1) and not credit(i):
            _mark(b, b.text)
            _mark(nxt, nxt.text)
    # a block right under a caption (no blank line between) that speaks of a picture or credit: a chain, as a
    # block so marked is a caption above the next (only these blocks are asked: the rest has no caption above)
    for i in [k + 1 for k in captioned(blocks) if k + 1 < len(blocks)]:
        while i < len(blocks):
            b = blocks[i]
            if not (b.kept and short(i) and not b.blank_before
                    and (PICTURE.search(fold(b.text)) or SLASH_CREDIT.search(b.text))):
                break
            _mark(b, b.text)
            i += 1
    # a picture's alt text right above its caption, a blank line between or not: a short line, no
    # sentence end, whose words the caption all prints ("Plague doctor" / "A 14th century plague doctor
    # (Image: …)"); the page's first line (its title) is never one
    for k in [k for k in captioned(blocks) if k > 1]:
        i = k - 1
        while i > 0 and not texts[i]:
            i -= 1
        b = blocks[i]
        if i and b.kept and texts[i] and nwords(texts[i]) <= ALT_MAX_WORDS and not ends_sentence(texts[i]):
            words = set(fold_words(texts[i]))
            if words and words < set(fold_words(texts[k])):
                _mark(b, b.text)
