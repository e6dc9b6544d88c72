"""navigation / related-links / widget: furniture found by the shape of the text, not by a phrase.

Every kept block gets a score in the manner of jusText and BTE (Finn et al., 2001):
"good" prose (long, many stop words of the page's language, ends a sentence) scores
its word count; short lines, link-like lines and the furniture the phrase steps already
removed score a penalty. The article body is the run of blocks with the largest total
(a maximum-subarray search). Blocks outside it go, except the title candidate and the
headline-like lines just above the body (they introduce it). Removed short lines are
``navigation``, headline-like teasers ``related-links``, the rest ``widget``.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from .. import phrases, settings
from ..model import Block, Document
from ..text import ends_sentence, fold, fold_words, headline_like, nwords, shape_reason
from ._match import phrase_set
from .comments import COUNT, CONTAINS

NAME = "boilerplate"

STOP = {lang: frozenset(words.split()) for lang, words in phrases.STOPWORDS.items()}
# reasons of earlier steps that say "page furniture is here"
FURNITURE = {"navigation", "share-widget", "related-links", "comment-form", "widget"}
SHORT_PENALTY = 2.0         # a short paragraph line (a label, a sub-heading)
SHORT_ITEM_PENALTY = 4.0    # a short list item (a menu entry)
FURNITURE_PENALTY = 40.0
FURNITURE_RUN_EXTRA = 2.0   # each further line of the same furniture run
LOW_DENSITY_FACTOR = 1.0
LOW_DENSITY_ITEM_FACTOR = 0.5
NEARGOOD_FACTOR = 0.5
MIN_PAGE_STOPWORD_SHARE = 0.08  # below this no stop list fits the page
WORD_LIST_MIN_WORDS = 12
WORD_LIST_MAX_DENSITY = 0.06
COMMENT_AUTHOR = re.compile(phrases.COMMENT_AUTHOR_PATTERN, re.I)
COMMENT_HEADERS = phrase_set(phrases.COMMENT_SECTION_HEADERS)
# A comment-section marker ends the article only below this many words of body prose.
COMMENTS_AFTER_WORDS = 60


def page_stopwords(blocks: list[Block]) -> frozenset | None:
    """The stop list of the language whose stop words are most frequent on the page, or
    None when no list fits (a language without one): then prose is told by shape alone."""
    freq = Counter(chain.from_iterable(fold_words(b.text) for b in blocks))
    total = sum(freq.values())
    counts = {lang: sum(map(freq.__getitem__, freq.keys() & stop)) for lang, stop in STOP.items()}
    best = max(sorted(counts), key=lambda lang: counts[lang])
    if total == 0 or counts[best] < MIN_PAGE_STOPWORD_SHARE * total:
        return None
    return STOP[best]


def density(words: list[str], stop: frozenset | None) -> float:
    if stop is None:
        return 1.0
    return sum(map(stop.__contains__, words)) / len(words) if words else 0.0


def classify(b: Block, stop: frozenset | None) -> str:
    words = fold_words(b.text)
    n = len(words)
    if n <= settings.SHORT_MAX_WORDS:
        return "short"
    d = density(words, stop)
    if n >= settings.GOOD_MIN_WORDS and d >= settings.GOOD_MIN_STOPWORD_DENSITY and (
            ends_sentence(b.text) or n >= 2 * settings.GOOD_MIN_WORDS):
        return "good"
    if n >= settings.NEARGOOD_MIN_WORDS and d >= settings.NEARGOOD_MIN_STOPWORD_DENSITY \
            and ends_sentence(b.text):
        return "neargood"
    return "bad"


def score(cls: str, b: Block) -> float:
    n = nwords(b.text)
    if cls == "good":
        return float(n)
    if cls == "neargood":
        return NEARGOOD_FACTOR * n
    item = b.kind == "item"
    if cls == "short":
        return -SHORT_ITEM_PENALTY if item else -SHORT_PENALTY
    return -(LOW_DENSITY_ITEM_FACTOR if item else LOW_DENSITY_FACTOR) * n


def best_span(values: list[float]) -> tuple[int, int] | None:
    best, best_span_, cur, start = 0.0, None, 0.0, 0
    for i, v in enumerate(values):
        if cur <= 0:
            cur, start = v, i
        else:
            cur += v
        if cur > best:
            best, best_span_ = cur, (start, i)
    return best_span_


def is_comments_marker(b: Block) -> bool:
    """A line that opens a comment section: a header, a count, the form's notice, an author line."""
    if not b.text or not (b.kept or b.reason == "comment-form"):
        return False
    f = fold(b.text)
    return (f in COMMENT_HEADERS or bool(COUNT.match(f)) or (":" in b.text and bool(COMMENT_AUTHOR.match(b.text)))
            or nwords(f) <= 40 and bool(CONTAINS.search(f)))


def comments_start(rows: list[Block], classes: dict, s: int, e: int) -> int | None:
    """Index of the first comment-section marker below the start of the body's prose, if any."""
    seen = 0
    for i in range(s, len(rows)):
        b = rows[i]
        if i <= e and b.kept and classes.get(id(b)) == "good":
            seen += nwords(b.text)
        if seen >= COMMENTS_AFTER_WORDS and is_comments_marker(b):
            return i
    return None


def starts_menu_run(kept: list[Block]) -> bool:
    """The first kept block heads a run of short lines printed without blank lines: a menu."""
    run = 0
    for k, b in enumerate(kept):
        if nwords(b.text) > settings.SHORT_MAX_WORDS or (k and b.blank_before):
            break
        run += 1
    return run >= settings.MENU_RUN_MIN


def is_word_list(b: Block, stop: frozenset | None) -> bool:
    """Many words, almost no stop words, no sentence end: tags, keywords, a link list."""
    words = fold_words(b.text)
    if stop is None or len(words) < WORD_LIST_MIN_WORDS or ends_sentence(b.text):
        return False
    return density(words, stop) < WORD_LIST_MAX_DENSITY


def apply(doc: Document) -> None:
    rows = [b for b in doc.blocks if b.text and (b.kept or b.reason in FURNITURE)]
    kept = [b for b in rows if b.kept]
    if not kept:
        return
    stop = page_stopwords(kept)
    classes = {id(b): classify(b, stop) for b in kept}
    if "good" not in classes.values():
        return  # no prose at all: when unsure, keep
    # a run of furniture lines (a share bar, a menu) costs about as much as one line
    values = [score(classes[id(b)], b) if b.kept else
              -(FURNITURE_RUN_EXTRA if i and not rows[i - 1].kept else FURNITURE_PENALTY)
              for i, b in enumerate(rows)]
    span = best_span(values)
    if span is None:
        return
    s, e = span
    cut = comments_start(rows, classes, s, e)
    if cut is not None:
        for b in rows[cut:]:
            if b.kept:
                b.remove("comment-form", NAME)
        e = min(e, cut - 1)
    title = kept[0] if headline_like(kept[0].text, settings.TITLE_MAX_WORDS, settings.TITLE_MAX_CHARS) \
        and not starts_menu_run(kept) else None
    # headline-like lines right above the body introduce it
    lead = set()
    k = s - 1
    while k >= 0 and s - k <= settings.MAX_HEADING_GAP and rows[k].kept \
            and headline_like(rows[k].text, settings.HEADING_MAX_WORDS, settings.HEADING_MAX_CHARS):
        lead.add(id(rows[k]))
        rows[k].tags["lead"] = True
        k -= 1
    for i, b in enumerate(rows):
        if not b.kept or b is title or id(b) in lead:
            continue
        if s <= i <= e:
            b.tags["body"] = True
            if is_word_list(b, stop):
                b.remove("widget", NAME)  # a tag cloud or keyword list inside the body
            continue
        b.remove(shape_reason(b.text), NAME)
