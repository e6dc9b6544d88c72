"""The faster forms of shared helpers equal the plain definitions they replaced."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED_FILES, SHARED
from cleaners import phrases
from cleaners.io import read_bytes
from cleaners.model import Block
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


def eval_texts() -> list[str]:
    files = list(SEED_FILES) + sorted((SHARED / "eval" / "aeb" / "dumps").glob("*.txt"))[:30]
    return [b.text for f in files for b in parse(read_bytes(f), f.stem).blocks]


PHRASE_WORDS = st.sampled_from(sorted({w for p in phrases.WIDGET_CONTAINS + phrases.PICTURE_WORDS for w in fold(p).split()}))
PHRASE_TEXTS = st.lists(PHRASE_WORDS | st.text(CHARS, max_size=4), max_size=8).map(
    lambda ws: "".join(w + c for w, c in zip(ws, " \t \xa0 \u2028 " * 4)))


@settings(max_examples=400, deadline=None)
@given(PHRASE_TEXTS | TEXTS)
def test_contains_regex_search_is_its_plain_regex_on_any_text(text):
    for ph in (phrases.WIDGET_CONTAINS, phrases.PICTURE_WORDS, phrases.SIGNUP_BOX_WORDS):
        rx = contains_regex(ph)
        assert bool(rx.search(text)) == bool(rx.plain.search(text))


def test_contains_regex_search_is_its_plain_regex_on_eval_lines():
    lines = eval_lines() + eval_texts()
    for name in ("COMMENT_CONTAINS", "WIDGET_CONTAINS", "PICTURE_WORDS", "SIGNUP_BOX_WORDS"):
        rx = contains_regex(getattr(phrases, name))
        assert [bool(rx.search(s)) for s in lines] == [bool(rx.plain.search(s)) for s in lines], name


def plain_normalize_inline(text: str) -> str:
    from cleaners.text import INVISIBLE
    import unicodedata
    return " ".join(unicodedata.normalize("NFC", text.translate(INVISIBLE)).split())


@settings(max_examples=400, deadline=None)
@given(TEXTS | PHRASE_TEXTS)
def test_normalize_inline_equals_its_definition(text):
    from cleaners.text import normalize_inline
    assert normalize_inline(text) == plain_normalize_inline(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list(" \t\xa0\u2028123٣²4.)a-")), max_size=12))
def test_numbered_line_regex_is_is_numbered(line):
    from cleaners.textparse import _NUMBERED_LINE, _is_numbered
    assert (_NUMBERED_LINE.match(line) is not None) == _is_numbered(line)


def test_step_shortcuts_equal_their_plain_forms_on_eval_lines():
    from cleaners.steps import bylines, navigation, share
    texts = eval_texts()
    crumb = [not navigation._CRUMB_CHAR.search(t) for t in texts]
    assert crumb == [navigation.CRUMB_CHARS.isdisjoint(t) for t in texts]
    toks = [t for s in texts for t in bylines.TOKEN.findall(s.lower())] + list(phrases.MONTHS)
    assert [t in bylines.MONTH_WORDS for t in toks] == [bool(bylines.MONTH.match(t)) for t in toks]
    filler = {"on", "via", "this", "e", "link", "copy", "x"}
    for words in [fold(t).split() for t in texts] + [[w] for w in share.WORDS] + [["on", "x"], []]:
        assert (share.WORDS.issuperset(words) and not share.FILLER.issuperset(words)) == (
            all(w in share.WORDS for w in words) and any(w not in filler for w in words))


def plain_headline_like(text: str, max_words: int, max_chars: int) -> bool:
    from cleaners.text import ELLIPSES
    words = text.split()
    if not words or len(words) > max_words or len(text) > max_chars:
        return False
    if not any(c.isalpha() for c in text):
        return False
    core = text.rstrip().rstrip("\"”’»)'")
    return not (not core or core[-1] in ".,;!…" or core.endswith(ELLIPSES))


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list(" \t\xa0.,;!…:?\"”'’»)_-²½Ⅻ٣0aZéß")), max_size=14) | TEXTS, st.integers(0, 6))
def test_headline_like_equals_its_plain_definition(text, max_words):
    from cleaners.text import headline_like
    assert headline_like(text, max_words, 12) == plain_headline_like(text, max_words, 12)


def test_headline_like_equals_its_plain_definition_on_eval_lines():
    from cleaners.text import headline_like
    for t in eval_texts():
        assert headline_like(t, 30, 250) == plain_headline_like(t, 30, 250)
        assert headline_like(t, 20, 160) == plain_headline_like(t, 20, 160)


def test_fold_of_every_ascii_character_equals_regex_definition():
    for c in map(chr, range(128)):
        for text in (c, f"a{c}b", f"A{c}{c}B_{c} x", f"{c}Word{c}"):
            assert fold.__wrapped__(text) == plain_fold(text), repr(text)


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=40))
def test_fold_of_ascii_text_equals_regex_definition(text):
    assert fold.__wrapped__(text) == plain_fold(text)


def plain_fold_words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text[:200_000].lower()))


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=40) | TEXTS)
def test_fold_words_equals_regex_definition(text):
    from cleaners.text import fold_words
    assert fold_words.__wrapped__(text) == plain_fold_words(text)


def test_fold_words_of_every_ascii_character_and_eval_line():
    from cleaners.text import fold_words
    texts = [f"a{c}B{c}_{c}9" for c in map(chr, range(128))] + eval_texts()
    assert [fold_words.__wrapped__(t) for t in texts] == [plain_fold_words(t) for t in texts]
    assert [fold.__wrapped__(t) for t in texts] == [plain_fold(t) for t in texts]


def test_block_reason_is_written_by_remove_only():
    """Block.kept is a slot that remove() keeps equal to ``reason is None``: no other code may set reason."""
    from pathlib import Path
    from cleaners.model import Block
    root = Path(__file__).resolve().parent.parent
    writers = [f"{p.relative_to(root)}:{n}" for d in ("cleaners", "flows") for p in sorted((root / d).rglob("*.py"))
               if p.name != "model.py"
               for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r"\.reason\s*=(?!=)|\breason\s*=[^=]", line) and "Block(" in line
               or re.search(r"\.reason\s*=(?!=)", line)]
    assert writers == []
    b = Block(1, "x")
    assert b.kept and b.reason is None
    b.remove("widget", "t")
    assert not b.kept and b.reason == "widget"
    b.remove("caption", "u")  # the first reason wins
    assert b.reason == "widget" and b.step == "t" and not b.kept


# --- page-level prefilters (cleaners/steps/_match.py): a step runs its rules only on the lines that
# meet their stated necessary conditions; these never reject a line the rule accepts ------------------

def all_eval_texts() -> list[str]:
    files = list(SEED_FILES) + [f for ds in ("aeb", "trafi") for f in sorted((SHARED / "eval" / ds / "dumps").glob("*.txt"))]
    return [b.text for f in files for b in parse(read_bytes(f), f.stem).blocks]


def needs_prefilter(needs: list, view: str):
    from cleaners.steps._match import Prefilter, literals_and_words
    lits, words = literals_and_words(needs)
    return Prefilter(**{view: lits}, words=words)


def pattern_needs():
    """(pattern, flags, its needs, the views it is matched on: "raw" (the line or the line stripped), "fold")."""
    table = [
        (phrases.NAV_PATTERNS, re.I, phrases.NAV_PATTERN_NEEDS, ("raw",)),
        (phrases.WIDGET_PATTERNS, re.I, phrases.WIDGET_PATTERN_NEEDS, ("raw", "fold")),
        (phrases.WIDGET_PROMPT_PATTERNS, re.I, phrases.WIDGET_PROMPT_NEEDS, ("fold",)),
        (phrases.CREDIT_PATTERNS, re.I, phrases.CREDIT_NEEDS, ("raw",)),
        (phrases.CAPTION_PATTERNS, re.I, phrases.CAPTION_NEEDS, ("raw",)),
        ([phrases.AGENCY_PATTERN], re.I, phrases.AGENCY_NEEDS, ("raw",)),
        ([phrases.SLASH_CREDIT_PATTERN], re.I, phrases.SLASH_CREDIT_NEEDS, ("raw",)),
        ([phrases.COMMENT_COUNT_PATTERN], 0, [phrases.COMMENT_COUNT_NEEDS], ("fold",)),
        (phrases.RELATED_HEADER_PATTERNS, re.I, phrases.RELATED_HEADER_PATTERN_NEEDS, ("fold",)),
        (phrases.RELATED_PATTERNS, re.I, phrases.RELATED_PATTERN_NEEDS, ("fold",)),
        ([phrases.RELATED_ARROWS_PATTERN], 0, phrases.RELATED_ARROWS_NEEDS, ("raw",)),
    ]
    for patterns, flags, needs, views in table:
        assert len(patterns) == len(needs)  # one need list per pattern, in order
        for p, need in zip(patterns, needs):
            yield re.compile(p, flags), need, views


PATTERN_NEEDS = list(pattern_needs())


def assert_needs_hold(rx, need, views, text):
    for view in views:
        s = fold(text) if view == "fold" else text
        if rx.search(s) or rx.search(s.strip()):
            assert needs_prefilter([need], view).accepts(text), (rx.pattern, view, text)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_each_pattern_implies_its_needs_on_texts_it_matches(data):
    for rx, need, views in PATTERN_NEEDS:
        text = data.draw(st.from_regex(rx) | TEXTS)
        assert_needs_hold(rx, need, views, text)
        assert_needs_hold(rx, need, views, " \t" + text.upper() + " \xa0")  # case and white space around


def test_each_pattern_implies_its_needs_on_eval_lines():
    texts = eval_texts()
    for rx, need, views in PATTERN_NEEDS:
        for t in texts:
            assert_needs_hold(rx, need, views, t)


def test_step_prefilters_keep_every_line_their_rules_accept():
    from cleaners.steps import captions, comments, navigation, related, share, widgets
    texts = all_eval_texts()
    texts += [t.upper() for t in texts[::7]] + [" " + t + "  " for t in texts[::11]]
    checks = [
        (navigation.CANDIDATES, lambda t: bool(t) and navigation.is_navigation(t)),
        (share.CANDIDATES, share.is_share),
        (comments.CANDIDATES, comments.is_comment_form),
        (widgets.CANDIDATES, widgets.is_widget),
        (related.CANDIDATES, lambda t: related.is_header(t) or related.is_inline(t)),
        (captions.CREDITS, lambda t: captions.is_credit(t) or bool(captions.CAPTION_SENTENCE.match(t))),
        (captions.PICTURES, lambda t: bool(captions.PICTURE.search(fold(t)) or captions.SLASH_CREDIT.search(t))),
    ]
    for prefilter, rule in checks:
        accepted = [t for t in texts if rule(t)]
        assert len(accepted) > 100  # the lines do exercise the rule
        assert [t for t in accepted if not prefilter.accepts(t)] == []
        # and a page's lines are found where they stand
        lines = prefilter.lines_of([Block(None, t) for t in texts[:3000]])
        assert lines == [i for i, t in enumerate(texts[:3000]) if prefilter.accepts(t)]


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE_TEXTS | TEXTS, max_size=6))
def test_prefilter_lines_of_a_page_are_its_lines_one_by_one(texts):
    from cleaners.steps import captions, navigation, widgets
    for prefilter in (navigation.CANDIDATES, widgets.CANDIDATES, captions.CREDITS):
        lines = prefilter.lines_of([Block(None, t) for t in texts])
        assert set(lines) >= {i for i, t in enumerate(texts) if prefilter.accepts(t)}


def test_case_fix_covers_what_re_ignorecase_equates():
    """Literals and words are looked for in the case-fixed folded line (fixed_fold), case-sensitively:
    every character re.I equates with a letter of a need must become that letter there."""
    import sys
    from cleaners.steps import _match
    lits, words = [], []
    for _, need, _ in PATTERN_NEEDS:
        lw = _match.literals_and_words([need])
        lits += lw[0]
        words += lw[1]
    words += phrases.WIDGET_CONTAINS + phrases.COMMENT_CONTAINS + phrases.SIGNUP_BOX_WORDS + phrases.PICTURE_WORDS
    words += phrases.SHARE_WORDS
    letters = sorted({c for s in lits + words for c in s if c.isalpha()})
    any_letter = re.compile("[%s]" % re.escape("".join(letters)), re.I)
    for c in map(chr, range(sys.maxunicode + 1)):
        low = c.lower()
        if not any_letter.fullmatch(c) and not any_letter.fullmatch(low[:1]):
            continue
        for a in letters:
            for y in {c, low} if len(low) == 1 else {c}:
                if re.fullmatch(re.escape(a), y, re.I):
                    assert _match.fold(_match.case_fix(y)) == a, (a, y)


def captions_shape(t: str) -> bool:
    """The shapes captions.apply's first loop asks of a line before its rules (see there)."""
    from cleaners.text import nwords
    return nwords(t) <= 2 and ("." in t or "-" in t or "_" in t) or bool(len(t) & 1 and t[len(t) >> 1] == " ")


def assert_caption_shapes(t: str) -> None:
    from cleaners.steps import captions
    if captions.doubled(t) is not None or captions.IMAGE_FILE.fullmatch(t.strip()) or captions.SLUG.fullmatch(t.strip()):
        assert captions_shape(t), t


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_caption_file_slug_and_doubled_lines_have_their_shapes(data):
    from cleaners.steps import captions
    for rx in (captions.IMAGE_FILE, captions.SLUG, re.compile(r"(\w+ \w+[ \w]*)")):
        t = data.draw(st.from_regex(rx, fullmatch=True) | TEXTS)
        assert_caption_shapes(t)
        assert_caption_shapes(f"{t} {t}")


def test_caption_shapes_on_eval_lines():
    texts = eval_texts()
    for t in texts + [f"{t} {t}" for t in texts[::5]]:
        assert_caption_shapes(t)
