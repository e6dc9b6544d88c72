"""widget: ads ("Advertisement"), honeypot links ("Secret Link"), newsletter and cookie
prompts, sign-up box titles ("PC Gamer Newsletter"), copyright lines, reading times,
icon-only bullets with no text; an author box closed by its "Latest posts by <name>" link."""
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
AUTHOR_POSTS = re.compile(phrases.AUTHOR_POSTS_PATTERN, re.I)
DONATION = re.compile(phrases.DONATION_LINE_PATTERN, re.I)
PROMPT_ROWS = 2  # a donation box's call above its payment button: "Sie lesen gern …?" / "Zeigen Sie …!"
PROMPT_ROW_MAX_WORDS = 12
AUTHOR_POSTS_MAX_WORDS = 12  # the link: "Latest posts by" and a name
AUTHOR_BOX_ROWS = 6  # an author box above its link: header (the name), name, a bio of a few paragraphs


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
# "newsletter" (consent notices, sign-up boxes), an author box link's start, the words of a CONTAINS phrase or a sign-up box word
CANDIDATES = Prefilter(lines=LINES | {""}, raw=_PATTERN_LITERALS,
                       fold=_PATTERN_LITERALS + [phrases.NEWSLETTER_WORD] + literals_and_words(phrases.AUTHOR_POSTS_NEEDS)[0],
                       words=_PATTERN_WORDS + phrases.WIDGET_CONTAINS + phrases.SIGNUP_BOX_WORDS)


def author_box(blocks: list, i: int, name: str) -> None:
    """``blocks[i]`` is an author box's closing link ("Latest posts by Jane Doe"): the box runs
    from its header, the earliest of the AUTHOR_BOX_ROWS blocks above printing the name alone
    ("Jane Doe" / bio / "Jane Doe" / link), down to the link. Without that header the link
    goes alone."""
    start = next((k for k in range(max(0, i - AUTHOR_BOX_ROWS), i) if blocks[k].text == name), i)
    for b in blocks[start:i + 1]:
        if b.kept:
            b.remove(REASON, NAME)


def donation_prompt(blocks: list, i: int) -> None:
    """``blocks[i]`` is a donation box's payment button ("via PayPal"): the short calls right above
    it, each a question or an exclamation ("Enjoying our work?" / "Show your support!"), are the box."""
    for b in blocks[max(0, i - PROMPT_ROWS):i][::-1]:
        t = b.text.rstrip()
        if not (b.kept and t.endswith(("?", "!")) and nwords(t) <= PROMPT_ROW_MAX_WORDS):
            return
        b.remove(REASON, NAME)


def apply(doc: Document) -> None:
    blocks = doc.blocks
    for i in CANDIDATES.lines_of(blocks):
        b = blocks[i]
        m = AUTHOR_POSTS.match(b.text.strip())  # (anchored: most lines fail at once; their length is asked after)
        if m and nwords(b.text) <= AUTHOR_POSTS_MAX_WORDS:
            author_box(blocks, i, m["name"])
        elif b.kept and is_widget(b.text):
            b.remove(REASON, NAME)
            if DONATION.match(b.text.strip()):
                donation_prompt(blocks, i)
