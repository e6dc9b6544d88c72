"""The faster forms of shared helpers equal the plain definitions they replaced."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED_FILES, SHARED
from cleaners import phrases
from cleaners.io import read_bytes
from cleaners.pipeline import parse
from cleaners.steps._match import contains_regex, prefix_regex
from cleaners.text import fold

# white space of every kind, punctuation, '_', letters that change length when lower-cased
CHARS = st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u2028\u3000_-.,!?:/'\"©aZéßİ0٣"))
TEXTS = st.text(CHARS, max_size=30) | st.text(max_size=30)


def plain_fold(text: str) -> str:
    text = text[:200_000]
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]+", " ", text.lower().replace("_", " "))).strip()


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_fold_equals_regex_definition(text):
    assert fold(text) == plain_fold(text)


def plain_alternation(phrases_: list[str]) -> str:
    return "(?:%s)" % "|".join(sorted({re.escape(fold(p)) for p in phrases_}, key=len, reverse=True))


def eval_lines() -> list[str]:
    files = list(SEED_FILES) + sorted((SHARED / "eval" / "aeb" / "dumps").glob("*.txt"))[:30]
    return [fold(b.text) for f in files for b in parse(read_bytes(f), f.stem).blocks]


def test_trie_regexes_match_the_same_lines_as_plain_alternations():
    lines = eval_lines()
    # every phrase itself, and with words around it, must match as before
    for name in ("NAV_PREFIXES", "SHARE_PREFIXES", "RELATED_PREFIXES"):
        ph = getattr(phrases, name)
        plain = re.compile(r"^%s(?:\s|$)" % plain_alternation(ph))
        fast = prefix_regex(ph)
        probes = lines + [fold(p) for p in ph] + [fold(p) + " x" for p in ph] + [fold(p) + "x" for p in ph]
        assert [bool(plain.match(s)) for s in probes] == [bool(fast.match(s)) for s in probes], name
    for name in ("COMMENT_CONTAINS", "WIDGET_CONTAINS", "PICTURE_WORDS"):
        ph = getattr(phrases, name)
        plain = re.compile(r"(?:^|\s)%s(?:\s|$)" % plain_alternation(ph))
        fast = contains_regex(ph)
        probes = lines + ["a " + fold(p) + " b" for p in ph] + ["a" + fold(p) for p in ph]
        hits = [bool(plain.search(s)) for s in probes]
        assert hits == [bool(fast.search(s)) for s in probes], name
        assert sum(hits) >= len(ph)  # the probes do exercise the phrases
