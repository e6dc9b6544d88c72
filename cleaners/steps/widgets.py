"""widget: ads ("Advertisement"), honeypot links ("Secret Link"), newsletter and cookie
prompts, sign-up box titles ("PC Gamer Newsletter"), copyright lines, reading times,
icon-only bullets with no text."""
from __future__ import annotations

import re

from .. import phrases
from ..model import Document
from ..text import ends_sentence, fold, nwords
from ._match import Prefilter, any_regex, contains_regex, literals_and_words, phrase_set

NAME = "widgets"
REASON = "widget"

LINES = phrase_set(phrases.WIDGET_LINES)
CONTAINS = contains_regex(phrases.WIDGET_CONTAINS)
PATTERNS = any_regex(phrases.WIDGET_PATTERNS)
CONTAINS_MAX_WORDS = 150  # cookie and legal notices run long
SIGNUP_BOX = contains_regex(phrases.SIGNUP_BOX_WORDS)
SIGNUP_BOX_MAX_WORDS = 12
PROMPTS = any_regex(phrases.WIDGET_PROMPT_PATTERNS)
PROMPT_MAX_WORDS = 30
CONSENT = re.compile(phrases.NEWSLETTER_CONSENT_PATTERN, re.I)


def is_widget(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return True  # an icon-only bullet or link: nothing to read
    f = fold(text)
    if f in LINES:
        return True
    if PATTERNS.match(stripped) or PATTERNS.match(f):  # every pattern is anchored at the start
        return True
    n = nwords(f)
    if n <= PROMPT_MAX_WORDS and PROMPTS.search(f):
        return True
    if n <= CONTAINS_MAX_WORDS and phrases.NEWSLETTER_WORD in f and CONSENT.search(f):  # (f is lower case)
        return True
    if n <= SIGNUP_BOX_MAX_WORDS and SIGNUP_BOX.search(f) and not ends_sentence(text):
        return True
    return n <= CONTAINS_MAX_WORDS and bool(CONTAINS.search(f))


_PATTERN_LITERALS, _PATTERN_WORDS = literals_and_words(phrases.WIDGET_PATTERN_NEEDS + phrases.WIDGET_PROMPT_NEEDS)
# the lines is_widget can accept: empty (folded), one of LINES, a pattern's or prompt's literal or word,
# "newsletter" (consent notices, sign-up boxes), the words of a CONTAINS phrase or a sign-up box word
CANDIDATES = Prefilter(lines=LINES | {""}, raw=_PATTERN_LITERALS, fold=_PATTERN_LITERALS + [phrases.NEWSLETTER_WORD],
                       words=_PATTERN_WORDS + phrases.WIDGET_CONTAINS + phrases.SIGNUP_BOX_WORDS)


def apply(doc: Document) -> None:
    blocks = doc.blocks
    for i in CANDIDATES.lines_of(blocks):
        b = blocks[i]
        if b.kept and is_widget(b.text):
            b.remove(REASON, NAME)
