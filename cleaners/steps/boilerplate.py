"""navigation / related-links / widget: furniture found by the shape of the text, not by a phrase.

Every kept block gets a score in the manner of jusText and BTE (Finn et al., 2001):
"good" prose (long, many stop words of the page's language, ends a sentence) scores
its word count; short lines, link-like lines and the furniture the phrase steps already
removed score a penalty. The article body is the run of blocks with the largest total
(a maximum-subarray search). The body usually starts just under the page's headline (the
line that repeats the first line, the page's <title>): when the best run lies elsewhere,
the best run starting right under the headline wins if it scores a fair share of it
(settings.ANCHOR_*), so a long prose widget further down does not take the article's
place; when no prose starts there, the run of lines under the headline (up to the next
menu, share bar, pointer or comment line) is the body if it holds more words than the best
run elsewhere scores (settings.REGION_*); so is that run of lines around the run under the
headline that won over the best run (a short post whose last lines are low in stop words), and
the body starts there when that run of lines runs into the best run (minutes: short items first).
A list announced by a sentence ending in ":" at
the body's end joins it (settings.LIST_*). A near-good block that leads into good prose
scores as good (jusText's context rule, one-sided); sentences whose last one ends in ":" (it
announces an address, a list) end as a sentence does. The few kept lines right under the body,
up to the next furniture line, join it when each is a sentence or a short heading (a match
report's last results: figures, few stop words) or an item of a list printed with text markers
("? item"); an author box at its end (a header such as
"About the author" or "Sobre Ana Lima" with the name printed again, phrases.AUTHOR_BOX_PATTERN)
leaves it as ``widget``. Blocks outside the body go, except the title candidate (never a list
item) and the headline-like lines just above the body (they introduce it). Removed short
lines are ``navigation``, headline-like teasers ``related-links``, the rest ``widget``; a run
of two to five list items inside the body that are capitalised headlines, with a prose
paragraph (not announcing a list) above and under it, is a box of story links, and a
headline in capitals of six words or more between two paragraphs a link to another story
(both ``related-links``). The body's end takes in a list whose lower-case items finish its
last, unfinished sentence, and a sign-off under its last paragraph ("Euer Hans",
phrases.SIGNOFF_PATTERN). When the body ends at (or starts in) a picture gallery (slides that
repeat a label, with photo credits between) and the article goes on on its other side, the
two parts are one body and the slides leave it (their captions as ``caption``). When the best
run reached into a comment section, the article ends where its run scores best above the
section's header (with the prose lines running on under that point up to furniture), not at the
header: a teaser or a donation box between the two leaves. A teaser grid ending the body
(headlines printed twice, as link and picture alt text, a blurb between) is ``related-links``.
The headline's copies printed right under it count as one row (the anchor window starts under
the last), and a best run standing below the article's comment form (the comments, the sidebar
under them) loses to the run under the headline that ends above the form.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import chain

from .. import phrases, settings
from ..model import Block, Document
from ..text import title_copy, ends_sentence, fold, fold_words, headline_like, nwords, shape_reason, spaced_words
from ._match import Prefilter, page, phrase_set
from .comments import CANDIDATES as COMMENT_CANDIDATES, CONTAINS, CONTAINS_MAX_WORDS, COUNT

NAME = "boilerplate"

STOP = {lang: frozenset(words.split()) for lang, words in phrases.STOPWORDS.items()}
# each stop word: the languages whose list holds it
STOP_LANGS = {w: tuple(lang for lang, stop in STOP.items() if w in stop) for w in frozenset().union(*STOP.values())}
# reasons of earlier steps that say "page furniture is here"
FURNITURE = {"navigation", "share-widget", "related-links", "comment-form", "widget"}
SHORT_PENALTY = 2.0         # a short paragraph line (a label, a sub-heading)
SHORT_ITEM_PENALTY = 4.0    # a short list item (a menu entry)
FURNITURE_PENALTY = 40.0
FURNITURE_RUN_EXTRA = 2.0   # each further line of the same furniture run
# a byline or dateline often sits between an article's standfirst and its body
BYLINE_PENALTY = 20.0
SANDWICHED_FURNITURE_PENALTY = 15.0  # a single furniture line with prose on both sides
# a tail of at most TAIL_MAX_ROWS kept lines under the body, TAIL_MIN_SENTENCES of them more than short
TAIL_MAX_ROWS = 8
TAIL_MIN_SENTENCES = 2
# a box of story links between two paragraphs: this many list items
INLINE_TEASERS_MIN = 2
INLINE_TEASERS_MAX = 5
CAPS_POINTER_MIN_WORDS = 6
CONTINUED_INTRO_MIN_WORDS = 3  # a list's intro that its items finish: at least this many words
SIGNOFF = re.compile(phrases.SIGNOFF_PATTERN, re.I)
SIGNOFF_MAX_ROWS = 3  # the sign-off, and at most two short lines above it ("Viel Glück!")
PROSE = {"good", "neargood"}
LOW_DENSITY_FACTOR = 1.0
LOW_DENSITY_ITEM_FACTOR = 0.5
BAD_MAX_PENALTY = 12.0
NEARGOOD_FACTOR = 0.5
MIN_PAGE_STOPWORD_SHARE = 0.08  # below this no stop list fits the page
SECOND_LANGUAGE_MIN_SHARE = 0.3  # a second language's stop words count too from this share of the first's
COMMENT_AUTHOR = re.compile(phrases.COMMENT_AUTHOR_PATTERN, re.I)
TAG_LINE = re.compile(phrases.TAG_LINE_PATTERN, re.I)
TAG_LINE_MAX_WORDS = 40
TAG_HEADER = re.compile(phrases.TAG_HEADER_PATTERN, re.I)
AUTHOR_BOX = re.compile(phrases.AUTHOR_BOX_PATTERN, re.I)
COMMENT_HEADERS = phrase_set(phrases.COMMENT_SECTION_HEADERS)
# the lines marks_comments can accept: a header (these lines), or one the comments step's CANDIDATES take (a
# count's start, the words of a CONTAINS phrase: the same conditions; the Page keeps that step's scan)
HEADER_LINES = Prefilter(lines=COMMENT_HEADERS)
# A comment-section marker ends the article only below this many words of body prose.
COMMENTS_AFTER_WORDS = 60
AUTHOR_BOX_MAX_ROWS = 4  # an author box: header, name, a bio of one or two paragraphs
# a teaser grid ending the body: headlines printed twice (link, picture alt) close together
GRID_MIN_TEASERS = 3
GRID_COPY_ROWS = 2
GRID_MAX_TEASER_ROWS = 6
GRID_MIN_HEADLINE_WORDS = 4
# a picture gallery inside the article: its slides repeat a label (and hold a credit or caption)
GALLERY_LABEL_MAX_WORDS = 8  # the label each slide repeats ("In pictures: the week")
GALLERY_MIN_SLIDES = 4       # label copies, each at most GALLERY_MAX_SLIDE_ROWS rows after the last
GALLERY_MAX_SLIDE_ROWS = 8
GALLERY_MIN_PICTURED = 0.25  # this share of the slides holds a photo credit or caption the captions step found
GALLERY_CONTROL_MAX_WORDS = 3  # a gallery's short line with a figure is a control ("Show all 50"), no credit
GALLERY_MIN_PART_PARAGRAPHS = 2  # the article's part on the gallery's other side: at least this many good paragraphs
TITLE_SEPARATOR = re.compile(r"\s[|–—\-«»•·:]\s")


def page_stopwords(blocks: list[Block], block_words: list[tuple[str, ...]] | None = None) -> frozenset | None:
    """The stop list of the language whose stop words are most frequent on the page, joined
    by the runner-up's when that has a fair share too (a German post quoting English), or
    None when no list fits (a language without one): then prose is told by shape alone.
    ``block_words``: the blocks' spaced_words, when the caller has them."""
    if block_words is None:
        block_words = list(map(spaced_words, [b.text for b in blocks]))
    words = list(chain.from_iterable(block_words))
    total = len(words)
    counts = dict.fromkeys(STOP, 0)
    for word, k in Counter(filter(STOP_LANGS.__contains__, words)).items():
        for lang in STOP_LANGS[word]:
            counts[lang] += k
    best, second = sorted(sorted(counts), key=lambda lang: -counts[lang])[:2]
    if total == 0 or counts[best] < MIN_PAGE_STOPWORD_SHARE * total:
        return None
    if counts[second] >= SECOND_LANGUAGE_MIN_SHARE * counts[best]:
        return joined_stop(best, second)
    return STOP[best]


@lru_cache(maxsize=None)
def joined_stop(best: str, second: str) -> frozenset:
    """The two languages' stop lists joined (built once a pair: the union is a large set)."""
    return STOP[best] | STOP[second]


def density(words: list[str], stop: frozenset | None) -> float:
    if stop is None:
        return 1.0
    return sum(map(stop.__contains__, words)) / len(words) if words else 0.0


SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’»)']?\s+[^\W\d_]")


def leads_into_list(text: str) -> bool:
    """Sentences whose last one ends in ":" (it announces an address, a list, an account: "Ab sofort
    kann der Pass bestellt werden. Die Bestellung kann per E-Mail erfolgen:"): prose, whatever
    follows. One clause ending in ":" alone may be a label or a kicker."""
    t = text.rstrip()
    return t.endswith(":") and SENTENCE_INSIDE.search(t) is not None


def classify(b: Block, stop: frozenset | None, words: tuple[str, ...] | None = None,
             spaced: tuple[str, ...] | None = None) -> str:
    """``words``, ``spaced``: fold_words(b.text) and spaced_words(b.text), when the caller has them."""
    if words is None:
        words = fold_words(b.text)
    n = len(words)
    if n <= settings.SHORT_MAX_WORDS:
        return "short"
    if spaced is None:
        spaced = words if b.text.isascii() else spaced_words(b.text)
    d = density(spaced, stop) if spaced else 1.0  # (Han or kana only: no stop list judges it)
    ends = ends_sentence(b.text) or leads_into_list(b.text)
    if n >= settings.GOOD_MIN_WORDS and d >= settings.GOOD_MIN_STOPWORD_DENSITY and (
            ends or n >= 2 * settings.GOOD_MIN_WORDS):
        return "good"
    if n >= settings.NEARGOOD_MIN_WORDS and d >= settings.NEARGOOD_MIN_STOPWORD_DENSITY and ends:
        return "neargood"
    return "bad"


def score(cls: str, b: Block) -> float:
    if cls == "short":  # (most rows: their words are not counted)
        return -SHORT_ITEM_PENALTY if b.kind == "item" else -SHORT_PENALTY
    n = nwords(b.text)
    if cls == "good":
        return float(n)
    if cls == "neargood":
        return NEARGOOD_FACTOR * n
    item = b.kind == "item"
    # a long low-density block (figures, a table row, a list of names) costs no more than
    # a short one: alone it must not cut an article in two
    return -min(BAD_MAX_PENALTY, (LOW_DENSITY_ITEM_FACTOR if item else LOW_DENSITY_FACTOR) * n)


def classes_values(rows: list[Block], stop: frozenset | None, kept_words: list[tuple[str, ...]] | None = None,
                   kept_spaced: list[tuple[str, ...]] | None = None) -> tuple[list[str | None], list[float]]:
    """classify and score of every kept row in one pass: each row's class (None for a removed row;
    the list the helpers read a row's class from, by its index: ``cls``), and each row's value
    (score, or the furniture penalty of a removed row: more in a run of removed rows, less for a
    byline). ``kept_words``, ``kept_spaced``: the kept rows' fold_words and spaced_words, when the
    caller has them."""
    if kept_words is None:
        kept_words = [fold_words(b.text) for b in rows if b.kept]
    if kept_spaced is None:
        kept_spaced = [None] * len(kept_words)
    k = 0
    row_cls: list[str | None] = []
    values: list[float] = []
    prev_kept = False
    for b in rows:
        if not b.kept:
            row_cls.append(None)
            values.append(-(FURNITURE_RUN_EXTRA if values and not prev_kept else
                            BYLINE_PENALTY if b.step == "bylines" else FURNITURE_PENALTY))
            prev_kept = False
            continue
        prev_kept = True
        c = classify(b, stop, kept_words[k], kept_spaced[k])
        k += 1
        row_cls.append(c)
        values.append(score(c, b))
    return row_cls, values


def tag_clouds(rows: list[Block], cls: list, values: list[float]) -> None:
    """A tag or category cloud: the line right under a tag header the navigation step took
    ("Schlagworte" / "Aachen Berlin Doppelbelichtung ..."), without a sentence, is the header's
    links, not prose (its short names can pass the stop-word bar and win as the best run over an
    article of short lines). It joins the header's furniture run, as "Tags: a, b" on one line."""
    for i in range(1, len(rows)):
        b, above = rows[i], rows[i - 1]
        if cls[i] in PROSE and b.kept and not above.kept and above.reason == "navigation" \
                and TAG_HEADER.match(above.text) \
                and not ends_sentence(b.text):
            b.remove("navigation", NAME)
            cls[i], values[i] = None, -FURNITURE_RUN_EXTRA


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


def headline_anchor(rows: list[Block], words: list[tuple[str, ...]] | None = None) -> int | None:
    """Index of the page's headline (its <h1>): the first later headline-like line that
    repeats the first line (the page's <title>) or its start ("Title | Site" -> "Title"),
    or that holds the title's first part under a kicker ("Kicker: Title"). A run from the
    middle of the title is not enough: that is usually the site's name in its logo. When no
    line repeats it, the first line made mostly of the title's first part's words (in any
    order, settings.ANCHOR_FUZZY_*) will do. ``words``: the rows' fold_words, when the caller has them."""
    first = rows[0]
    if first.line != 1 or nwords(first.text) > settings.TITLE_MAX_WORDS:
        return None
    if words is None:
        words = [fold_words(b.text) for b in rows]
    tw = words[0]
    head = fold_words(TITLE_SEPARATOR.split(first.text, 1)[0])  # (the title's first words)
    if len(head) < 2:
        head = ()
    # each test below needs a word of the title in the line (the first of the title, of its head, or
    # one of the head's): the other lines are not asked whether they look like a headline
    title_words = frozenset(tw)
    candidates = []
    for i in range(1, len(rows)):
        w = words[i]
        if title_words.isdisjoint(w):
            continue
        b = rows[i]
        # (a headline may end in "!", "Ikigai macht dich glücklicher!": the line repeats the title)
        if b.kind == "item" or not headline_like(b.text.rstrip("!"), settings.TITLE_MAX_WORDS, settings.TITLE_MAX_CHARS):
            continue  # a list item repeating the title is a menu entry or a teaser
        candidates.append((i, w))
        if w and w == tw[:len(w)] and title_copy(w, tw):
            return i
        if head and len(w) >= 2 and (w == head[:len(w)] and len(w) >= settings.TITLE_COPY_MIN_SHARE * len(head)
                                     or len(w) > len(head) >= settings.TITLE_COPY_MIN_WORDS and title_copy(head, w)):
            return i
    head_words = set(head)
    for i, w in candidates:
        common = len(set(w) & head_words)
        if len(w) >= 2 and common >= settings.ANCHOR_FUZZY_LINE_SHARE * len(set(w)) \
                and common >= settings.ANCHOR_FUZZY_TITLE_SHARE * len(head_words) > 0:
            return i
    return None


def comment_form_row(rows: list[Block], i: int, j: int) -> int | None:
    """Index of the first line of a comment form (one the comments step found) in rows[i:j], if any."""
    for k in range(i, j):
        if rows[k].reason == "comment-form":
            return k
    return None


def last_copy(rows: list[Block], h1: int | None) -> int | None:
    """The headline's last copy printed right under it (a product's name printed once a
    picture of a gallery): the article starts under the copies, and the anchor window counts
    from there."""
    if h1 is not None:
        text = rows[h1].text
        while h1 + 1 < len(rows) and rows[h1 + 1].text == text:
            h1 += 1
    return h1


def span_from(values: list[float], lo: int, hi: int) -> tuple[int, int, float] | None:
    """The best run that starts at an index in [lo, hi]: (start, end, sum)."""
    best_end: list[int] = [0] * (len(values) + 1)
    best_sum: list[float] = [0.0] * (len(values) + 1)
    for i in range(len(values) - 1, lo - 1, -1):
        tail = best_sum[i + 1]  # 0 past the end
        if tail > 0:
            best_sum[i], best_end[i] = values[i] + tail, best_end[i + 1]
        else:
            best_sum[i], best_end[i] = values[i], i
    found = None
    for i in range(lo, min(hi, len(values) - 1) + 1):
        if values[i] > 0 and best_sum[i] > 0 and (found is None or best_sum[i] > found[2]):
            found = (i, best_end[i], best_sum[i])
    return found


def marks_comments(text: str) -> bool:
    """A comment section's header, a comment count, the form's notice."""
    f = fold(text)
    return f in COMMENT_HEADERS or bool(COUNT.match(f)) or nwords(f) <= CONTAINS_MAX_WORDS and bool(CONTAINS.search(f))


def is_comments_marker(b: Block) -> bool:
    """A line that opens a comment section: a header, a count, the form's notice."""
    return bool(b.text) and (b.kept or b.reason == "comment-form") and marks_comments(b.text)


def marker_candidates(doc: Document) -> set[int]:
    """id() of the blocks is_comments_marker can accept (HEADER_LINES and the comments step's CANDIDATES, found
    on the page when that step ran): the only ones comments_start need test."""
    blocks = doc.blocks
    p = page([b.text for b in blocks])
    return {id(blocks[i]) for prefilter in (COMMENT_CANDIDATES, HEADER_LINES) for i in prefilter.of_page(p)}


def prose_reached(rows: list[Block], cls: list, s: int, e: int) -> int | None:
    """Index of the body's good row (from ``s`` to ``e``) at which its prose reaches
    COMMENTS_AFTER_WORDS words: comment markers and author boxes count only from there."""
    seen = 0
    for i in range(s, e + 1):
        b = rows[i]
        if b.kept and cls[i] == "good":
            seen += nwords(b.text)
            if seen >= COMMENTS_AFTER_WORDS:
                return i
    return None


def author_box_start(rows: list[Block], cls: list, s: int, e: int) -> int | None:
    """Index of an author box's header ("About the author", or "Sobre Ana Lima" with the
    name printed again in one of the next two lines) inside the body, below COMMENTS_AFTER_WORDS
    words of its prose: the box (header, name, bio) is no article text."""
    start = prose_reached(rows, cls, s, e)
    for i in range(e + 1 if start is None else start + 1, e + 1):
        b = rows[i]
        if b.kept and cls[i] == "good":
            continue
        if nwords(b.text) <= 6:
            m = AUTHOR_BOX.match(b.text.strip())
            # "About Jane Doe": the box prints the name again (a name line, the bio)
            if m and (m["name"] is None or any(m["name"] in r.text for r in rows[i + 1:i + 3])):
                return i
    return None


def is_author_line(b: Block) -> bool:
    return bool(b.text) and b.kept and ":" in b.text and bool(COMMENT_AUTHOR.match(b.text))


def comments_start(doc: Document, rows: list[Block], cls: list, s: int, e: int) -> int | None:
    """Index of the first comment-section marker below the start of the body's prose, if any.
    An author line ("jane says:") opens a thread only when another follows: one alone is
    more often a quote in the article ("The maker says:")."""
    start = prose_reached(rows, cls, s, e)
    if start is None:
        return None
    markers = marker_candidates(doc)  # (the only lines is_comments_marker need see)
    n = len(rows)
    # the first marker; the first author line that another follows: the first of two or more
    # (the lines holding a ":" found first, by a comprehension)
    first = next((i for i in range(start, n) if id(rows[i]) in markers and is_comments_marker(rows[i])), None) \
        if markers else None
    authors = [i for i in range(start, n) if ":" in rows[i].text and is_author_line(rows[i])]
    if len(authors) >= 2 and (first is None or authors[0] < first):
        return authors[0]
    return first


def starts_menu_run(kept: list[Block]) -> bool:
    """The first kept block heads a run of short lines printed without blank lines: a menu."""
    run = 0
    for k, b in enumerate(kept):
        if nwords(b.text) > settings.SHORT_MAX_WORDS or (k and b.blank_before):
            break
        run += 1
    return run >= settings.MENU_RUN_MIN


def is_list_intro(b: Block, cls: str) -> bool:
    """A sentence (not a short label) that announces a list: "Here are the places shown
    in the video:"."""
    return b.kept and cls != "short" and b.text.rstrip().endswith(":")


def announced_lists(rows: list[Block], cls: list) -> list[tuple[int, int]]:
    """(intro, last) of each run of kept lines right under a list intro, up to the next
    furniture line or prose paragraph: the list the sentence announces (a race calendar,
    a numbered shopping list, the stops of a tour), however little prose its lines hold."""
    runs = []
    j = 0
    # (the intros first, by a comprehension of C calls: few lines end in ":")
    intros = [i for i, b in enumerate(rows) if b.kept and b.text.rstrip().endswith(":") and cls[i] != "short"]
    for k in intros:
        if k < j:
            continue  # (inside the last intro's run)
        j = k + 1
        # the entries are all bullet items or all plain lines: a bullet list ends with its bullets
        bullets = k + 1 < len(rows) and rows[k + 1].kind == "item"
        # (plain lines end at the next list intro: that sentence announces a list of its own)
        while j < len(rows) and rows[j].kept and cls[j] != "good" \
                and (rows[j].kind == "item") == bullets and j - k <= settings.LIST_MAX_ROWS \
                and (bullets or not is_list_intro(rows[j], cls[j])):
            j += 1
        body = rows[k + 1:j]
        # list entries: bullet items, or lines that mostly say more than a label
        entries = sum(1 for b, c in zip(body, cls[k + 1:j]) if b.kind == "item" or c != "short")
        if settings.LIST_MIN_ROWS <= len(body) < settings.LIST_MAX_ROWS and 5 * entries >= 2 * len(body):
            runs.append((k, j - 1))
    return runs


def sentence_tail(rows: list[Block], cls: list, e: int) -> int:
    """End of the body with its tail: the kept lines right under it, up to the next furniture
    line, when they are few and each is a sentence, a short heading or an item of the list the
    body ends with, printed with text markers ("? 4,5 mld zł"; a match report's last results, a
    closing quote): low in stop words, not page furniture."""
    j = e + 1
    while j < len(rows) and rows[j].kept:
        j += 1
    tail, tail_cls = rows[e + 1:j], cls[e + 1:j]
    if not tail or len(tail) > TAIL_MAX_ROWS or j == len(rows):
        return e
    marker = text_marker(rows[e].text)  # (the body's last line is an item of a list printed with text markers)
    if not all(c == "short" and b.kind != "item" or ends_sentence(b.text) or continues_list(marker, b)
               for b, c in zip(tail, tail_cls)):
        return e
    if len(tail_cls) - tail_cls.count("short") < TAIL_MIN_SENTENCES or tail_cls[-1] == "short":
        return e
    return j - 1


def text_marker(text: str) -> str:
    """A list marker printed as text ("? item", "– item"): one character that is no letter or
    digit, then a space; "" when the text has none."""
    return text[0] if len(text) > 2 and text[1] == " " and not text[0].isalnum() else ""


def continues_list(marker: str, b: Block) -> bool:
    """``b`` goes on with a list printed with a text marker (bullets the dump printed as "?" or
    "–"): it starts with the same marker, or carries on an item in lower case."""
    return bool(marker) and (text_marker(b.text) == marker or b.text[:1].islower())


def continued_list(rows: list[Block], e: int) -> int:
    """End of the body with the list that finishes its last sentence: the body's last line, or
    the kept line right under it, stops mid-sentence (its last word in lower case, no end mark,
    no ":") and the list items right under that start in lower case, the last one ending the
    sentence ("Compared with last year," / "exports rose by 13 %;" / "imports fell by 5 %.")."""
    for k in (e, e + 1):
        if k >= len(rows) or not rows[k].kept or rows[k].kind == "item":
            return e
        words = rows[k].text.split()
        if len(words) >= CONTINUED_INTRO_MIN_WORDS and words[-1][:1].islower() and words[-1][-1:].isalpha():
            break
    else:
        return e
    j = k + 1
    while j < len(rows) and rows[j].kept and rows[j].kind == "item" and rows[j].text.lstrip()[:1].islower():
        j += 1
    if j - k - 1 < settings.LIST_MIN_ROWS or not ends_sentence(rows[j - 1].text):
        return e
    return j - 1


def sign_off(rows: list[Block], e: int) -> int:
    """End of the body with the post's sign-off: a kept line right under it, or under one or
    two more short lines ("Viel Glück!"), that is a valediction and a name ("Euer Hans",
    phrases.SIGNOFF_PATTERN)."""
    for k in range(e + 1, min(e + 1 + SIGNOFF_MAX_ROWS, len(rows))):
        b = rows[k]
        if not b.kept or b.kind == "item" or nwords(b.text) > settings.SHORT_MAX_WORDS:
            return e
        if SIGNOFF.match(b.text.strip()):
            return k
    return e


def is_caps_pointer(b: Block) -> bool:
    """A headline in capitals, longer than a sub-heading ("MAYOR QUITS AFTER TWO DAYS IN
    OFFICE"): the link to another story that news sites set between paragraphs."""
    t = b.text
    return nwords(t) >= CAPS_POINTER_MIN_WORDS and t.isupper() and headline_like(
        t, settings.TEASER_MAX_WORDS, 10 * settings.TEASER_MAX_WORDS)


def inline_teasers(rows: list[Block], cls: list, s: int, e: int) -> list[tuple[int, int]]:
    """(first, last) of each run of list items inside the body that are headlines (no sentence
    end, an upper-case start), with a prose paragraph right above (not announcing a list: no ":") and right under:
    a box of links to other stories set between two paragraphs ("One virus, two Americas")."""
    runs = []
    i = s + 1
    while i < e:
        b = rows[i]
        if not (b.kept and b.kind == "item"):
            i += 1
            continue
        j = i
        while j + 1 < e and rows[j + 1].kept and rows[j + 1].kind == "item":
            j += 1
        above, below = rows[i - 1], rows[j + 1]
        if INLINE_TEASERS_MIN <= j - i + 1 <= INLINE_TEASERS_MAX \
                and above.kept and above.kind == "paragraph" and cls[i - 1] in PROSE \
                and not above.text.rstrip().endswith(":") \
                and below.kept and below.kind == "paragraph" and cls[j + 1] in PROSE \
                and all(headline_like(r.text, settings.TEASER_MAX_WORDS, 10 * settings.TEASER_MAX_WORDS)
                        and nwords(r.text) > 2 and r.text.lstrip()[:1].isupper() for r in rows[i:j + 1]):
            runs.append((i, j))
        i = j + 1
    return runs


# --- galleries: a run of picture slides set inside the article --------------------------------

def gallery_spans(doc: Document, rows: list[Block], cls: list, near: list[int]) -> list[tuple[int, int, str]]:
    """(first, last, label) of each picture gallery with a label copy at most
    2 * GALLERY_MAX_SLIDE_ROWS rows above or GALLERY_MAX_SLIDE_ROWS rows under a row in ``near``: a
    short line (its label, no sentence end) printed again and again, at most GALLERY_MAX_SLIDE_ROWS
    rows apart, at least GALLERY_MIN_SLIDES times, with a photo credit or caption (a ``caption``
    removal) between enough of the copies: the slides of a gallery ("In pictures" / date / caption
    / credit, fifty times). The last slide runs on after its label up to the slide's length, but
    not into two paragraphs in a row (the article going on under the gallery)."""
    seeds: dict[str, int] = {}
    step = GALLERY_MAX_SLIDE_ROWS
    for x in near:
        # a label copy in the core window has its next copy at most a step away: in the wider one
        lo, hi = max(0, x - 2 * step), min(len(rows), x + step + 1)
        wide = Counter([b.text for b in rows[max(0, lo - step):hi + step] if b.kept])
        for i in range(lo, hi):
            b = rows[i]
            if b.kept and wide[b.text] > 1 and b.text not in seeds and nwords(b.text) <= GALLERY_LABEL_MAX_WORDS:
                seeds[b.text] = i
    if not seeds:
        return []
    texts = [b.text if b.kept else None for b in rows]
    spans: list[tuple[int, int, str]] = []
    captions = None
    for text, i in seeds.items():
        at = label_copies(texts, text, i)
        if len(at) < GALLERY_MIN_SLIDES or ends_sentence(text):
            continue
        if captions is None:  # source lines of the caption removals (few pages get here)
            captions = [b.line or 0 for b in doc.blocks if b.reason == "caption"]
        slides = list(zip(at, at[1:]))
        pictured = sum(1 for p, q in slides if bisect_right(captions, rows[q].line or 0)
                       > bisect_right(captions, rows[p].line or 0))
        # a slide holds one caption, not paragraphs (a listicle's items with a "Buy now" line)
        paragraphs = sum(1 for p, q in slides if sum(1 for k in range(p + 1, q) if rows[k].kept and cls[k] in PROSE) > 1)
        if pictured >= 2 and pictured >= GALLERY_MIN_PICTURED * len(slides) and not paragraphs:
            gap = Counter(q - p for p, q in slides).most_common(1)[0][0]
            end = at[-1]
            while end + 1 < len(rows) and end + 1 < at[-1] + gap and not (
                    rows[end + 1].kept and cls[end + 1] in PROSE
                    and end + 2 < len(rows) and rows[end + 2].kept and cls[end + 2] in PROSE):
                end += 1
            spans.append((at[0], end, text))
    return sorted(set(spans))


def label_copies(texts: list, text: str, i: int) -> list[int]:
    """Indices of the copies of ``text`` in ``texts`` (the rows' texts, None for a removed row)
    linked to index i by steps of at most GALLERY_MAX_SLIDE_ROWS rows, in order."""
    top = i
    while True:  # upwards: the furthest copy within a step, again and again
        try:
            top = texts.index(text, max(0, top - GALLERY_MAX_SLIDE_ROWS), top)
        except ValueError:
            break
    at = [top]
    while True:  # downwards from the top copy, every copy
        try:
            at.append(texts.index(text, at[-1] + 1, at[-1] + 1 + GALLERY_MAX_SLIDE_ROWS))
        except ValueError:
            return at


def drop_gallery(rows: list[Block], first: int, last: int, labels: set[str]) -> None:
    """The gallery's lines leave the article: its label copies and its controls (a line holding
    the label, a short line with a figure: "1/50", "Show all 50") as ``navigation``, the slides'
    captions and credits as ``caption`` (kept in the record's captions)."""
    for b in rows[first:last + 1]:
        if b.kept:
            t = b.text
            if t in labels or any(label in t for label in labels) \
                    or nwords(t) <= GALLERY_CONTROL_MAX_WORDS and any(c.isdigit() for c in t):
                b.remove("navigation", NAME)
            else:
                b.remove("caption", NAME)
                b.caption = b.text


def across_gallery(doc: Document, rows: list[Block], cls: list, values: list[float], s: int, e: int) -> tuple[int, int]:
    """The body (s, e) with the article's other part when a picture gallery splits it: the body
    ends at (or in) a gallery, or starts in (or under) one, and a run of prose starts (ends)
    within GALLERY_MAX_SLIDE_ROWS rows on the gallery's other side. The gallery's lines, and the
    lines between it and the two parts, leave the body (drop_gallery)."""
    spans = gallery_spans(doc, rows, cls, [s, e])
    # (one gallery can repeat two labels: the section's name and a credit)
    labels = {label for _, _, label in spans}
    for g0, g1 in merged(spans):
        if g0 - GALLERY_MAX_SLIDE_ROWS <= e <= g1 and s < g0 and no_prose(rows, cls, e + 1, g0):
            after = span_from(values, g1 + 1, g1 + GALLERY_MAX_SLIDE_ROWS)
            if after is not None and paragraphs(rows, cls, after[0], after[1]) >= GALLERY_MIN_PART_PARAGRAPHS:
                drop_gallery(rows, min(e + 1, g0), after[0] - 1, labels)
                e = after[1]
        elif g0 <= s <= g1 + GALLERY_MAX_SLIDE_ROWS and e > g1 and no_prose(rows, cls, g1 + 1, s):
            before = span_to(values, g0 - GALLERY_MAX_SLIDE_ROWS, g0 - 1)
            if before is not None and paragraphs(rows, cls, before[0], before[1]) >= GALLERY_MIN_PART_PARAGRAPHS:
                drop_gallery(rows, before[1] + 1, s - 1 if s > g1 else g1, labels)
                s = before[0]
    return s, e


def merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The (first, last) spans, overlapping ones joined (sorted by first)."""
    out: list[tuple[int, int]] = []
    for first, last, _ in sorted(spans):
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def paragraphs(rows: list[Block], cls: list, i: int, j: int) -> int:
    """How many good blocks rows[i..j] hold."""
    return sum(1 for k in range(i, j + 1) if rows[k].kept and cls[k] == "good")


def no_prose(rows: list[Block], cls: list, i: int, j: int) -> bool:
    """No kept prose block in rows[i:j]."""
    return not any(rows[k].kept and cls[k] in PROSE for k in range(max(i, 0), min(j, len(rows))))


def span_to(values: list[float], lo: int, hi: int) -> tuple[int, int, float] | None:
    """The best run that ends at an index in [lo, hi]: (start, end, sum)."""
    n = len(values)
    found = span_from(values[::-1], n - 1 - hi, n - 1 - max(lo, 0))
    return None if found is None else (n - 1 - found[1], n - 1 - found[0], found[2])


def prose_intros(rows: list[Block], lists: list[tuple[int, int]], stop: frozenset | None) -> frozenset:
    """The announced lists' intros that read as article prose (as many words and stop words as a
    good block; "In her book she names ten principles:", not a reference's authors "Ann Lee, Bo
    Kim et al.:"): such a list belongs to the article even under a sub-heading of its own."""
    return frozenset(k for k, _ in lists if nwords(rows[k].text) >= settings.GOOD_MIN_WORDS
                     and density(spaced_words(rows[k].text), stop) >= settings.GOOD_MIN_STOPWORD_DENSITY)


def headings_between(rows: list[Block], cls: list, i: int, k: int) -> bool:
    """rows[i:k] are a few kept headline-like lines, no prose (the sub-headings over a list's intro)."""
    return 0 < k - i <= settings.LIST_MAX_HEADINGS and all(
        rows[m].kept and cls[m] not in PROSE
        and headline_like(rows[m].text, settings.HEADING_MAX_WORDS, settings.HEADING_MAX_CHARS) for m in range(i, k))


def body_end(rows: list[Block], cls: list, lists: list[tuple[int, int]], s: int, e: int,
             prose_intro: frozenset = frozenset()) -> int:
    """The body's end with what ends it: a list announced at its end (its intro right under the
    body, or a prose intro under a few sub-headings), a list finishing its last sentence, a tail of
    sentences, a sign-off."""
    for k, j in lists:
        if j > e and (s <= k <= e + 1 or k in prose_intro and headings_between(rows, cls, e + 1, k)):
            e = j
    e = continued_list(rows, e)
    e = sentence_tail(rows, cls, e)
    return sign_off(rows, e)


def best_end(rows: list[Block], cls: list, values: list[float], s: int, hi: int) -> int:
    """The index in [s, hi] where the run from s sums highest (s when hi < s), or the last prose
    block of the kept lines right under it (the article going on in low-scoring lines up to
    the next run of furniture)."""
    best, at, total = float("-inf"), s, 0.0
    for i in range(s, hi + 1):
        total += values[i]
        if total > best:
            best, at = total, i
    k = at
    for i in range(at + 1, hi + 1):
        if not rows[i].kept:
            if i + 1 > hi or not rows[i + 1].kept:
                break  # (a lone furniture line, a list number the navigation step took, does not end them)
        elif cls[i] in PROSE:
            k = i
    return k


def teaser_grid_start(rows: list[Block], cls: list, s: int, e: int) -> int | None:
    """Index of the first headline of a teaser grid ending the body: at least GRID_MIN_TEASERS
    headlines each printed twice within GRID_COPY_ROWS rows (the link and the picture's alt
    text), at most GRID_MAX_TEASER_ROWS rows apart, with at most one prose blurb between two,
    the last within GRID_MAX_TEASER_ROWS rows of the body's end: links to other stories."""
    heads: list[int] = []
    last = e  # the body's end, then the teaser found last (scanning upwards)
    for i in range(e, s - 1, -1):
        if last - i > GRID_MAX_TEASER_ROWS:
            break
        b = rows[i]
        if b.kept and nwords(b.text) >= GRID_MIN_HEADLINE_WORDS and any(
                c.kept and c.text == b.text for c in rows[i + 1:min(i + 1 + GRID_COPY_ROWS, e + 1)]):
            if heads and sum(1 for c, c_cls in zip(rows[i + 1:heads[-1]], cls[i + 1:heads[-1]])
                             if c.kept and c.text != b.text and c_cls in PROSE) > 1:
                break  # (paragraphs between two copies: the article's pictures, not a grid)
            heads.append(i)
            last = i
    return heads[-1] if len(heads) >= GRID_MIN_TEASERS else None


def card_run_start(doc: Document, rows: list[Block], s: int, e: int) -> int | None:
    """Index of the first headline of a run of teaser cards ending the body: at least
    GRID_MIN_TEASERS headline-like lines in a row, each printed right under a picture's alt text
    the captions step took (a card: picture, headline; nothing else between two cards): links
    to other stories with their pictures ("A jar of honey" / "Ten Uses For Honey" / ...)."""
    i = e  # (the kept headline-like lines ending the body first: the pictures are asked of them only)
    while i >= s and rows[i].kept and headline_like(rows[i].text, settings.TITLE_MAX_WORDS, settings.TITLE_MAX_CHARS):
        i -= 1
    if e - i < GRID_MIN_TEASERS:
        return None
    prev: dict[int, Block | None] = {}  # (the block printed above each, captions included)
    p = None
    for b in doc.blocks:
        if b.text:
            prev[id(b)] = p
            p = b
    k = e
    while k > i and (above := prev.get(id(rows[k]))) is not None and above.reason == "caption":
        k -= 1
    return k + 1 if e - k >= GRID_MIN_TEASERS else None


REGION_ENDS = {"navigation", "share-widget", "related-links", "comment-form"}


def headline_region(rows: list[Block], h1: int) -> tuple[int, int] | None:
    """The first run of at least REGION_MIN_ROWS kept lines that starts within the anchor
    window under the headline, up to the next menu, share bar, pointer or comment line (a
    byline or an ad line inside it does not end it): where the article stands on the page,
    whatever its lines look like."""
    i = h1 + 1
    while i < len(rows) and i <= h1 + settings.ANCHOR_WINDOW:
        if not rows[i].kept:
            i += 1
            continue
        j = i
        while j + 1 < len(rows) and (rows[j + 1].kept or rows[j + 1].reason not in REGION_ENDS
                                     and j + 2 < len(rows) and rows[j + 2].kept):
            j += 1
        if sum(1 for b in rows[i:j + 1] if b.kept) >= settings.REGION_MIN_ROWS:
            return i, j
        i = j + 1
    return None


def region_words(rows: list[Block], reg: tuple[int, int]) -> int:
    return sum(nwords(b.text) for b in rows[reg[0]:reg[1] + 1] if b.kept)


def region_around(rows: list[Block], h1: int, near: tuple[int, int], best: tuple[int, int],
                  values: list[float], form: int | None = None) -> tuple[int, int]:
    """The run under the headline that won over the best run (``near``), or the headline region
    around it when that region reaches further and holds as many words as the best run scores:
    the lines standing under the headline are the article, as when no prose starts there (a short
    post whose last lines are low in stop words, up to the comment form). ``form``: the row of a
    comment form standing between the headline and the best run, which made the best run the
    comments or the sidebar under them: then the region only has to end above the form (the best
    run's score is no bar for the article's words: a photo post's detail lines above its form)."""
    reg = headline_region(rows, h1)
    if reg is None or not (reg[0] <= near[0] and near[1] < reg[1] < best[0]):
        return near
    if form is not None:
        return reg if reg[1] < form else near
    if region_words(rows, reg) >= settings.REGION_MIN_SHARE * sum(values[best[0]:best[1] + 1]):
        return reg
    return near


def next_prose_class(rows: list[Block], cls: list, i: int) -> str | None:
    """Class of the first kept block after rows[i] that is not a short line, or None when
    furniture (or the end) comes first."""
    k = i + 1
    while k < len(rows) and rows[k].kept and cls[k] == "short":
        k += 1
    return cls[k] if k < len(rows) and rows[k].kept else None


def apply(doc: Document) -> None:
    rows = [b for b in doc.blocks if b.text and (b.kept or b.reason in FURNITURE)]
    kept = [b for b in rows if b.kept]
    if not kept:
        return
    # (once a row: the navigation step's Page learnt every line's words, so these are look-ups)
    words = list(map(fold_words, [b.text for b in rows]))
    texts = [b.text for b in kept]
    kept_words = [w for w, b in zip(words, rows) if b.kept]
    kept_spaced = list(map(spaced_words, texts))
    stop = page_stopwords(kept, kept_spaced)
    # classify and score of each row; a run of furniture lines (a share bar, a menu) costs
    # about as much as one line
    cls, values = classes_values(rows, stop, kept_words, kept_spaced)
    if "good" not in cls:
        return  # no prose at all: when unsure, keep
    tag_clouds(rows, cls, values)
    # jusText's context rule, one-sided: a near-good block that leads into good prose (the next
    # kept block that is more than a short line is good, no furniture between) is article text
    if "neargood" in cls:
        for i, b in enumerate(rows):
            if cls[i] == "neargood" and next_prose_class(rows, cls, i) == "good":
                values[i] = float(nwords(b.text))
    # one furniture line between two prose blocks (an ad slot, a pointer) sits inside the
    # article: it costs less than one that starts a page region
    for i in range(1, len(rows) - 1):
        if cls[i] is None and cls[i - 1] in PROSE and cls[i + 1] in PROSE:
            values[i] = -SANDWICHED_FURNITURE_PENALTY
    lists = announced_lists(rows, cls)
    prose_intro = prose_intros(rows, lists, stop)
    span = best_span(values)
    h1 = last_copy(rows, headline_anchor(rows, words))
    # the best run is kept when it reaches into the rows just under the headline
    if span is not None and h1 is not None and not (span[0] <= h1 + settings.ANCHOR_WINDOW and span[1] > h1):
        near = span_from(values, h1 + 1, h1 + settings.ANCHOR_WINDOW)
        if near is not None and near[2] >= settings.ANCHOR_MIN_SHARE * sum(values[span[0]:span[1] + 1]):
            span = region_around(rows, h1, near[:2], span, values)
        elif near is not None:
            # the best run stands below the article's comment form (the comments, or the sidebar
            # under them): the best run under the headline ending above the form is the article
            form = comment_form_row(rows, h1 + 1, span[0])
            above = None if form is None else span_from(values[:form], h1 + 1, h1 + settings.ANCHOR_WINDOW)
            if above is not None:
                span = region_around(rows, h1, above[:2], span, values, form)
    if span is None and h1 is not None:
        # no run scores above nothing (the page's one prose line was a tag cloud): the lines
        # standing under the headline are the article, as below when the best run scores less
        span = headline_region(rows, h1)
    if span is None:
        return
    if h1 is not None and not (span[0] <= h1 + settings.ANCHOR_WINDOW and span[1] > h1):
        # no prose under the headline: the lines standing there are the article (a calendar,
        # a photo post, a link digest) when they hold more words than the best run elsewhere scores
        reg = headline_region(rows, h1)
        if reg is not None and reg[1] < span[0] and region_words(rows, reg) \
                >= settings.REGION_MIN_SHARE * sum(values[span[0]:span[1] + 1]):
            span = reg
        elif reg is not None and reg[0] < span[0] <= reg[1] < span[1] and region_words(rows, reg) \
                >= settings.REGION_MIN_SHARE * sum(values[span[0]:span[1] + 1]):
            span = (reg[0], span[1])  # the lines under the headline run into the best run: the body starts there
    s, e = span
    s, e = across_gallery(doc, rows, cls, values, s, e)
    e = body_end(rows, cls, lists, s, e, prose_intro)
    cut = comments_start(doc, rows, cls, s, e)
    if cut is not None:
        for b in rows[cut:]:
            if b.kept:
                b.remove("comment-form", NAME)
        if cut <= e:
            # the best run reached into the comments: the article ends where its run scores best
            # above them (a teaser, a donation box between the two leave), then takes its end again
            e = body_end(rows, cls, lists, s, best_end(rows, cls, values, s, cut - 1), prose_intro)
        e = min(e, cut - 1)
    grid = teaser_grid_start(rows, cls, s, e)
    if grid is None:
        grid = card_run_start(doc, rows, s, e)
    if grid is not None:
        for b in rows[grid:e + 1]:
            if b.kept:
                b.remove("related-links", NAME)  # a grid of teasers: headline, kicker, blurb
        e = best_end(rows, cls, values, s, grid - 1)
    # (a list item is a menu entry or a teaser, never the page's title)
    box = author_box_start(rows, cls, s, e)
    # (only at the body's end: a box set inside the article ("Zur Person") leaves the rest alone)
    if box is not None and sum(1 for b in rows[box:e + 1] if b.kept) <= AUTHOR_BOX_MAX_ROWS:
        for b in rows[box:e + 1]:
            if b.kept:
                b.remove("widget", NAME)  # an author box: its header, the name, the bio
        e = box - 1
    title = kept[0] if kept[0].kind != "item" and headline_like(
        kept[0].text, settings.TITLE_MAX_WORDS, settings.TITLE_MAX_CHARS) and not starts_menu_run(kept) else None
    # headline-like lines right above the body introduce it
    lead = set()
    k = s - 1
    while k >= 0 and s - k <= settings.MAX_HEADING_GAP and rows[k].kept \
            and headline_like(rows[k].text, settings.HEADING_MAX_WORDS, settings.HEADING_MAX_CHARS):
        lead.add(id(rows[k]))
        rows[k].tags["lead"] = True
        k -= 1
    # (the rows outside the body, then the body's: s > e leaves no body)
    for b in rows[:s] + rows[max(s, e + 1):]:
        if b.kept and b is not title and id(b) not in lead:
            b.remove(shape_reason(b.text), NAME)
    for b in rows[s:e + 1]:
        if b.kept and b is not title and id(b) not in lead:
            b.tags["body"] = True
            if ":" in b.text and TAG_LINE.match(b.text) and not ends_sentence(b.text) and nwords(b.text) <= TAG_LINE_MAX_WORDS:
                b.remove("navigation", NAME)  # "Tags: a, b, c": links to the site's sections
    for i in range(s + 1, e):
        b = rows[i]
        if b.kept and b.text.isupper() and is_caps_pointer(b) and rows[i - 1].kept and rows[i + 1].kept \
                and cls[i - 1] in PROSE and cls[i + 1] in PROSE:
            b.remove("related-links", NAME)
    for i, j in inline_teasers(rows, cls, s, e):
        for b in rows[i:j + 1]:
            b.remove("related-links", NAME)
