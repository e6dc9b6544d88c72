"""widget: bylines and datelines, the page's metadata printed as lines: "By Jane Doe",
"Von Max Muster", "Posted by jd on May 3, 2019", "Nov. 18, 2019 7:04 pm ET", "Updated:
January 16, 2020", "Montag | 15. Juli 2019".

A byline is a byline word and then names only (capitalised words, an @handle), at most
BYLINE_MAX_WORDS words, or names and a date. A dateline holds a date (a month name or a
numeric date, and a number) and nothing but date and time words. Sentences that mention a
date ("The law passed on May 3, 2019.") have other words and stay.
"""
from __future__ import annotations

import re

from .. import phrases
from ..model import Document
from ._match import prefix_regex
from ..text import fold

NAME = "bylines"
REASON = "widget"

BYLINE_MAX_WORDS = 12
NAME_MIN_SHARE = 0.6  # of the words after the byline word, this share at least is capitalised

BY = prefix_regex(phrases.BYLINE_PREFIXES)
DATE_PREFIX = prefix_regex(phrases.DATELINE_PREFIXES)
_MONTH = "|".join(sorted({re.escape(m) for m in phrases.MONTHS}, key=len, reverse=True))
_DAY = "|".join(sorted({re.escape(d) for d in phrases.WEEKDAYS}, key=len, reverse=True))
MONTH = re.compile(rf"^(?:{_MONTH})$")
NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
DATE_TOKEN = re.compile(
    rf"^(?:\d{{1,4}}(?:st|nd|rd|th|er)?|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}[:h]\d\d(?::\d\d)?"
    rf"|(?:{_MONTH})|(?:{_DAY})|(?:{'|'.join(re.escape(w) for w in phrases.DATE_WORDS)}))$")
TOKEN = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[:h]\d\d(?::\d\d)?|[^\W_]+")


def is_dateline(text: str) -> bool:
    low = text.lower()
    toks = TOKEN.findall(low)
    if not toks or len(toks) > BYLINE_MAX_WORDS:
        return False
    if not all(DATE_TOKEN.match(t) for t in toks):
        return False
    return any(MONTH.match(t) or NUMERIC_DATE.match(t) for t in toks) and any(t[0].isdigit() for t in toks)


def is_byline(text: str) -> bool:
    words = text.split()
    if not words or len(words) > BYLINE_MAX_WORDS:
        return False
    f = fold(text)
    m = DATE_PREFIX.match(f)
    if m:
        return is_dateline(f[m.end():]) or is_dateline(text) or bool(re.search(r"\d", f[m.end():])) and \
            not text.rstrip().endswith((".", "!", "?"))
    m = BY.match(f)
    if m:
        if text.rstrip().endswith(("!", "?")) or text.rstrip().endswith(".") and not re.search(r"\d", text):
            return False
        rest = [w for w in words[len(f[:m.end()].split()):] if any(c.isalnum() for c in w)]
        if not rest:
            return False
        names = [w for w in rest if w[0].isupper() or w[0] == "@" or w.lower() in ("and", "und", "et", "y", "e")]
        if len(names) == len(rest):
            return True
        return len(names) >= NAME_MIN_SHARE * len(rest) and bool(re.search(r"\d", text))
    return is_dateline(text)


def apply(doc: Document) -> None:
    for b in doc.blocks:
        if b.kept and is_byline(b.text):
            b.remove(REASON, NAME)
