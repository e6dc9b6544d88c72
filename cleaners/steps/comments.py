"""comment-form: "Add a comment", "Leave a Reply", the e-mail notice, form fields, "Post Comment"."""
from __future__ import annotations

import re

from .. import phrases
from ..model import Document
from ..text import fold, nwords
from ._match import Prefilter, contains_regex, literals_and_words, phrase_set

NAME = "comments"
REASON = "comment-form"

LINES = phrase_set(phrases.COMMENT_LINES)
CONTAINS = contains_regex(phrases.COMMENT_CONTAINS)
COUNT = re.compile(phrases.COMMENT_COUNT_PATTERN)
CONTAINS_MAX_WORDS = 150  # a form's notice can run on into its data-protection text


def is_comment_form(text: str) -> bool:
    f = fold(text)
    if not f:
        return False
    if f in LINES or COUNT.match(f):
        return True
    return nwords(f) <= CONTAINS_MAX_WORDS and bool(CONTAINS.search(f))


# the lines is_comment_form can accept: one of LINES, a count's start, the words of a CONTAINS phrase
COUNT_LITERALS, COUNT_WORDS = literals_and_words([phrases.COMMENT_COUNT_NEEDS])
CANDIDATES = Prefilter(lines=LINES, fold=COUNT_LITERALS, words=COUNT_WORDS + phrases.COMMENT_CONTAINS)


def apply(doc: Document) -> None:
    blocks = doc.blocks
    for i in CANDIDATES.lines_of(blocks):
        b = blocks[i]
        if b.kept and is_comment_form(b.text):
            b.remove(REASON, NAME)
