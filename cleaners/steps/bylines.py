"""widget: bylines and datelines, the page's metadata printed as lines: "By Jane Doe",
"Von Max Muster", "Posted by jd on May 3, 2019", "Nov. 18, 2019 7:04 pm ET", "Updated:
January 16, 2020", "Montag | 15. Juli 2019".

A byline is a byline word and then names only (capitalised words, an @handle), or names
and a date; a dateline is a dateline word ("Updated:") and a date, or a date (a month name
or a numeric date, and a number) with nothing but date and time words ("at", "Uhr", "1 day
ago") and at most a few names ("February 1, 2019 | BY: Jane Doe, MS"). At most
BYLINE_MAX_WORDS words and no closing full stop (but "p.m.", "Nov."): sentences that
mention a date ("The law passed on May 3, 2019.") stay. Names and an @handle ("Catherine
Shu @catherineshu / 2 days") are a byline too; a byline word ending a line ("21.01.2022
11:46 von") takes the names on the next line with it.

Speed, same marks (tests/test_fast_paths.py compares apply with both rules asked of every row): the rules
are asked only of the rows found once a page by CANDIDATES, necessary conditions of both (see there).
"""
from __future__ import annotations

import re
from itertools import compress, count

from .. import phrases, settings
from ..model import Block, Document
from ._match import Prefilter, page, phrase_set, prefix_regex
from ..text import fold, fold_words, is_run, nwords

NAME = "bylines"
REASON = "widget"

BYLINE_MAX_WORDS = 14
NAMES_MAX_WORDS = 6   # names beside a date: "February 1, 2019 Jane Doe, MS"
CONNECTORS = {"and", "und", "et", "y", "e", "&"}
SHORT_DATE_END = re.compile(r"(?:\b[ap]\.m\.|\b[A-Za-zäéû]{3,4}\.)$")
NAME_MIN_SHARE = 0.6  # of the words after the byline word, this share at least is capitalised

BY = prefix_regex(phrases.BYLINE_PREFIXES)
AUTHOR_LABEL = re.compile(r"^\W*(?:%s)\s*:\s*" % "|".join(map(re.escape, phrases.AUTHOR_LABELS)), re.I)
BY_START = re.compile(r"^\W*(?:%s)\b" % "|".join(sorted({re.escape(p.split()[0]) for p in phrases.BYLINE_PREFIXES})),
                      re.I)
DIGIT = re.compile(r"\d")
DATE_PREFIX = prefix_regex(phrases.DATELINE_PREFIXES)
_MONTH = "|".join(sorted({re.escape(m) for m in phrases.MONTHS}, key=len, reverse=True))
_DAY = "|".join(sorted({re.escape(d) for d in phrases.WEEKDAYS}, key=len, reverse=True))
MONTH = re.compile(rf"^(?:{_MONTH})$")
NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
DATE_TOKEN = re.compile(
    rf"^(?:\d{{1,4}}(?:st|nd|rd|th|er)?|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}[:h]\d\d(?::\d\d)?"
    rf"|(?:{_MONTH})|(?:{_DAY})|(?:{'|'.join(re.escape(w) for w in phrases.DATE_WORDS)}))$")
# "Catherine Shu @catherineshu / 2 days": names and the author's handle, then perhaps a short date part
HANDLE_LINE = re.compile(r"^(?:[A-ZÄÖÜ][\w.'’-]+ ){1,3}@\w+(?:\s*[/|·•–-]\s*[^.!?]{0,30})?$")
# a byline word alone or ending a line ("21.01.2022 11:46 von", "Geschrieben von:"): the names follow on the next line
DANGLING_BY = re.compile(r"(?:^|\s)(?:%s)\s*:?$" % "|".join(map(re.escape, phrases.BYLINE_PREFIXES)), re.I)
NEXT_NAMES_MAX_WORDS = 4
TOKEN = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[:h]\d\d(?::\d\d)?|[^\W_]+")


MONTH_WORDS = frozenset(phrases.MONTHS)  # MONTH.match(t) is t in MONTH_WORDS, for a token t (no line end in it)


def has_date(toks: list[str]) -> bool:
    return (not MONTH_WORDS.isdisjoint(toks) or any(map(NUMERIC_DATE.match, toks))) and any(t[0].isdigit() for t in toks)


def is_name(word: str) -> bool:
    return word[:1].isupper() or word[:1] == "@" or word.lower() in CONNECTORS


def is_byline(text: str) -> bool:
    # (each regex is asked only where its literal can be: HANDLE_LINE needs an '@',
    # AUTHOR_LABEL a ':'; tests/test_fast_paths.py checks this against the plain order)
    if "@" in text and HANDLE_LINE.match(text.strip()):
        return True
    n = nwords(text)  # (cached: long paragraphs are not split here)
    if not n or n > BYLINE_MAX_WORDS:
        return False
    label = AUTHOR_LABEL.match(text) if ":" in text else None
    if label:  # "Author: Jane Doe" reads as "By Jane Doe" (BY_START matches it)
        text = "by " + text[label.end():]
    elif not DIGIT.search(text) and not BY_START.match(text):
        return False  # no date and no byline word: most lines stop here
    return dated_or_named(text)


def dated_or_named(text: str) -> bool:
    """is_byline for a short line with a digit or a byline word (an author label made "by")."""
    words = text.split()
    core = text.rstrip()
    if core.endswith(("!", "?")) or core.endswith(".") and not SHORT_DATE_END.search(core):
        return False  # a sentence, unless it ends in "p.m." or "Nov."
    f = fold(text)
    low = text.lower()
    toks = TOKEN.findall(low)
    dated = has_date(toks)
    m = DATE_PREFIX.match(f)
    if m:
        return dated or bool(DIGIT.search(f, m.end()))
    m = BY.match(f)
    if m:
        rest = [w for w in words[len(f[:m.end()].split()):] if any(c.isalnum() for c in w)]
        if dated:  # "By Jane Doe Feb 8, 2020 5 min read": the date part is not names
            rest = [w for w in rest if not all(DATE_TOKEN.match(t) for t in TOKEN.findall(w.lower()))]
        names = [w for w in rest if is_name(w)]
        if not rest:
            return dated
        return len(names) == len(rest) or dated and len(names) >= NAME_MIN_SHARE * len(rest)
    if not dated:
        return False
    if all(DATE_TOKEN.match(t) for t in toks):
        return True
    # "February 1, 2019 | BY: Jane Doe, MS": a date, a byline word or names, nothing else
    others = [w for w in TOKEN.findall(text) if not DATE_TOKEN.match(w.lower())]
    return len(others) <= NAMES_MAX_WORDS and all(
        is_name(w) or BY.match(w.lower()) or DATE_PREFIX.match(w.lower()) for w in others)


def repeats_title(words: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """The page's headline (a run of the <title>'s words) can hold a date: it stays."""
    return len(words) >= 2 and is_run(words, title)


# The rows apply can change, found once a page (candidates). A kept row is a byline (is_byline) only with an
# '@' (HANDLE_LINE), or when its fold() starts with a byline or dateline prefix (BY, DATE_PREFIX) or an author
# label (AUTHOR_LABEL), or when it is dated (has_date): a month among its fold() words, or a numeric date or a
# time among its TOKENs ("1.2.20", "7:04", "10h30"; a month token is a fold word unless glued to a numeric
# date or time before it, "10h30mai"); and a row takes the next one's names only when it ends in a byline
# word (DANGLING_BY). _match.Prefilter finds these words and literals in the page's lines (case ignored as
# re.I does, "#" a digit), the numbers by their separators, a literal first character (a regex starting
# with a digit would be tried at every character of the page); "10h30" in the folded lines, where "H" is "h".
_SEPARATORS = "./-"
NUMBER_LITERALS = [":##"] + [f"{a}#{d}{b}#" for a in _SEPARATORS for b in _SEPARATORS for d in ("", "#")]
CANDIDATES = Prefilter(raw=["@", *NUMBER_LITERALS], words=phrases.MONTHS, fold=["h##",  # (case-sensitive there: faster)
    *("^" + p for p in phrase_set(phrases.BYLINE_PREFIXES + phrases.DATELINE_PREFIXES + phrases.AUTHOR_LABELS)),
    *(p.split()[-1] + "$" for p in phrase_set(phrases.BYLINE_PREFIXES))])


def candidates(texts: list[str]) -> list[int]:
    """The indices of the texts (a page's blocks') apply can change (a superset: see CANDIDATES)."""
    if max(map(len, texts), default=0) > settings.MAX_BLOCK_CHARS:
        return list(range(len(texts)))  # (fold reads a prefix of such a line: its end is not in the view)
    return CANDIDATES.of_page(page(texts))


def apply(doc: Document) -> None:
    blocks = doc.blocks
    texts = [b.text for b in blocks]
    # the rows are the blocks with text (found by C calls), the title (the first row, on line 1, with words) apart
    rows = list(compress(count(), texts))
    title = fold_words(texts[rows[0]]) if rows and blocks[rows[0]].line == 1 else ()
    rows = rows[1:] if title else rows
    last = rows[-1] if rows else -1
    for i in candidates(texts):
        b = blocks[i]
        text = b.text
        if not text or not rows or i < rows[0]:
            continue
        if b.kept:
            n = nwords(text)
            if n > BYLINE_MAX_WORDS and "@" not in text:
                continue  # is_byline is False without an '@' (HANDLE_LINE), and no byline word dangles
            if is_byline(text) and not repeats_title(fold_words(text), title):
                b.remove(REASON, NAME)
                dangling = True
            else:
                dangling = n <= 3
        else:
            dangling = b.reason == REASON
        if dangling and i < last and DANGLING_BY.search(text):
            j = i + 1
            while not blocks[j].text:  # the next row
                j += 1
            take_next_names(b, blocks[j])


def take_next_names(b: Block, nxt: Block) -> None:
    """``b`` ends in a byline word: the names of the byline on the next line go with it."""
    words = nxt.text.split()
    if nxt.kept and 0 < len(words) <= NEXT_NAMES_MAX_WORDS and all(is_name(w) for w in words) \
            and not nxt.text.rstrip().endswith((".", "!", "?", ":")):
        if b.kept:
            b.remove(REASON, NAME)
        nxt.remove(REASON, NAME)
