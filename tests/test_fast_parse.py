"""Session 5 fast paths of the parser and the language step equal their plain forms."""
from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from conftest import SEED_FILES, SHARED
from cleaners import settings as cleaners_settings
from cleaners.io import read_bytes
from cleaners.model import Block
from cleaners.text import normalize_inline
from cleaners.textparse import _BULLET_GLYPHS, _NUMBER, _is_numbered, _strip_marker, _wrapped_shape, decode, \
    is_hard_wrapped, parse_text, split_lines


def plain_split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def plain_local_wraps(lines: list[str]) -> set[int]:
    """textparse.local_wraps as its docstring reads: every run of non-blank lines judged, no seeds."""
    found, n = set(), 0
    while n < len(lines):
        end = n
        while end < len(lines) and lines[end].strip():
            end += 1
        run = range(n, end)
        n = end + 1
        if len(run) < cleaners_settings.WRAP_LOCAL_MIN_LINES:
            continue
        width = max(len(lines[i].rstrip()) for i in run)
        if not cleaners_settings.WRAP_LOCAL_MIN_WIDTH <= width <= cleaners_settings.WRAP_MAX_WIDTH:
            continue
        near = [i for i in run if len(lines[i].rstrip()) >= cleaners_settings.WRAP_NEAR_FRACTION * width]
        if len(near) < cleaners_settings.WRAP_MIN_SHARE * len(run):
            continue
        goes_on = [i + 1 for i in near if i + 1 in run and len(lines[i].split()) >= cleaners_settings.WRAP_LOCAL_MIN_WORDS
                   and lines[i + 1].lstrip()[:1] not in _BULLET_GLYPHS and not _is_numbered(lines[i + 1])
                   and len(lines[i].rstrip()) + 1 + len(lines[i + 1].split()[0]) > width]
        lower = [i for i in goes_on if lines[i].lstrip()[:1].islower()]
        if len(goes_on) >= cleaners_settings.WRAP_LOCAL_MIN_LINES - 1 \
                and len(lower) >= cleaners_settings.WRAP_LOCAL_LOWER_SHARE * len(goes_on):
            found.update(goes_on)
    return found


def plain_blocks(text: str) -> list[tuple]:
    """The fields of parse_text's blocks for a dump that is not hard-wrapped (one block per line
    that is not blank, or per locally wrapped paragraph: plain_local_wraps), each line's marker by
    _strip_marker and its text by normalize_inline."""
    lines = plain_split_lines(text.removeprefix("\ufeff"))
    assert not _wrapped_shape(lines)
    local = plain_local_wraps(lines)
    out, blank = [], True
    for n, raw in enumerate(lines):
        body = raw.lstrip()
        near = (n > 0 and _is_numbered(lines[n - 1])) or (n + 1 < len(lines) and _is_numbered(lines[n + 1]))
        marker, rest = _strip_marker(body, _is_numbered(body) and near)
        content = normalize_inline(rest)
        if not content and not marker:
            blank = True
            continue
        if n in local and not blank and out and out[-1][3] == n and not marker:
            line, text_, kind, _, indent, bullet, blank_before, tags = out[-1]
            out[-1] = (line, f"{text_} {content}".strip(), kind, n + 1, indent, bullet, blank_before, tags)
            continue
        out.append((n + 1, content, "item" if marker else "paragraph", n + 1, len(raw) - len(body), marker, blank, {}))
        blank = False
    return out


def fields(blocks: list[Block]) -> list[tuple]:
    return [(b.line, b.text, b.kind, b.end_line, b.indent, b.bullet, b.blank_before, b.tags) for b in blocks]


def dump_texts() -> list[str]:
    files = list(SEED_FILES) + [f for ds in ("aeb", "trafi") for f in sorted((SHARED / "eval" / ds / "dumps").glob("*.txt"))]
    return [decode(read_bytes(f))[0] for f in files]


def test_parse_text_equals_its_plain_form_on_eval_dumps():
    texts = dump_texts()
    items = 0
    for text in texts:  # (no eval dump is hard-wrapped; tests/test_parse.py has wrapped ones)
        blocks = parse_text(text)
        assert fields(blocks) == plain_blocks(text)
        items += sum(b.kind == "item" for b in blocks)
        for variant in (text.replace("\n", "\r\n"), text.replace("\n", "\r")):  # Windows, old Mac
            assert fields(parse_text(variant)) == plain_blocks(variant)
    assert items > 0  # the dumps do have bullets


# every white space the bullet rule's \s takes (and \x1c-\x1f, which str.isspace takes too),
# bullet glyphs, digits, the numbered markers' '.' and ')', invisible and combining characters
LINE_CHARS = st.sampled_from(list(" \t\x0b\x0c\x1c\x1f\x85\xa0\u2000\u2028\u3000•*·-▪◦●■‣⁃0123.)a"
                                  "Bé\u0301\u00ad\u200b\ufeff\x07٣"))
LINES = st.text(LINE_CHARS, max_size=12) | st.sampled_from(["1. one", "2) two", "- item", "•", "10. März", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(LINES, max_size=14), st.sampled_from(["\n", "\r\n", "\r"]))
def test_parse_text_equals_its_plain_form_on_any_lines(lines, end):
    text = end.join(lines)
    assume(not _wrapped_shape(split_lines(text.removeprefix("\ufeff"))))  # (parse_text drops a BOM first)
    assert fields(parse_text(text)) == plain_blocks(text)


def test_bullet_white_space_is_str_isspace_for_every_character():
    # _strip_marker's bullet rule (str.isspace, str.lstrip) is the regex "glyph then \s+ or the end"
    bullet = re.compile(r"(?P<glyph>[%s])(?:\s+|$)" % re.escape(_BULLET_GLYPHS))
    for c in map(chr, range(0x3100)):
        body = "•" + c + c + "x"
        m = _strip_marker(body, False)
        found = bullet.match(body)
        fast = (found.group("glyph"), body[found.end():]) if found else ("", body)
        assert m == fast, repr(c)
    assert _NUMBER.match("12.\u3000x") and not _NUMBER.match("12.x")


def test_is_hard_wrapped_and_split_lines_equal_their_plain_forms():
    texts = dump_texts()
    for text in texts:
        lines = split_lines(text)
        assert lines == plain_split_lines(text)
        assert is_hard_wrapped(lines) == _wrapped_shape(lines)
        short = [ln[:80] for ln in lines]  # no line wider than a wrap width: the full test runs
        assert is_hard_wrapped(short) == _wrapped_shape(short)
        assert is_hard_wrapped(short[:5]) == _wrapped_shape(short[:5])
    assert is_hard_wrapped([]) == _wrapped_shape([]) is False


# --- langdetect_fast: the word n-gram dicts, the leader's convergence test, one Random a thread ---

def language_texts() -> list[str]:
    from cleaners.pipeline import parse
    files = list(SEED_FILES) + sorted((SHARED / "eval" / "trafi" / "dumps").glob("*.txt"))[:40]
    texts = [b.text for f in files for b in parse(read_bytes(f), f.stem).blocks if len(b.text) > 40]
    return texts + ["Привет мир, это тест with English", "これは日本語のテキストです", "Tiếng Việt có dấu"]


def test_langdetect_ngrams_with_full_word_caches_are_the_same(monkeypatch):
    from cleaners import langdetect_fast, text
    from cleaners.steps import language
    det = language.detector()
    texts = [det.prepare(t) for t in language_texts()]
    want = [det.ngrams(t) for t in texts]
    monkeypatch.setattr(langdetect_fast, "WORD_CACHE_MAX", 3)  # caches start again on every text
    monkeypatch.setattr(text, "CACHE_MAX", 5)  # the windows' cache too, mid-word (a word has more windows)
    det._windows.clear()
    assert [det.ngrams(t) for t in texts] == want
    assert all(len(c) <= 3 + 60 for c in det._grams)
    assert len(det._windows) <= 5


# capitals in a row (NGram's capitalword), one-letter words, runs of spaces and characters that
# normalise to one, a text ending in a space, scripts NGram maps to one character
NGRAM_CHARS = st.sampled_from(list("aAbBzZ  .,-'’éÉßİıǅ\u0219Ддあア漢한ع1"))


@settings(max_examples=400, deadline=None)
@given(st.text(NGRAM_CHARS, max_size=40))
def test_langdetect_ngrams_by_windows_equal_the_character_loop(text):
    """A word's n-grams from its three-character windows (langdetect_fast._window_grams) are the ones
    langdetect's own character loop offers, in its order."""
    from langdetect import detector_factory
    from cleaners.steps import language
    fast = language.detector()
    det = detector_factory._factory.create()
    det.append(text)
    det.cleaning_text()
    assert fast.ngrams(det.text) == det._extract_ngrams()


def test_langdetect_leader_convergence_equals_max_over_every_language(monkeypatch):
    """LEADER_SHARE 1.0 asks max() at every check (the leader never answers alone): the same
    floats; LEADER_SHARE 0.4 lets the leader answer more often: the same floats too."""
    from cleaners import langdetect_fast
    from cleaners.steps import language
    det = language.detector()
    texts = [t for t in language_texts() if det.probabilities(t) is not None][:150]
    want = [det.probabilities(t) for t in texts]
    for share in (1.0, 0.4):
        monkeypatch.setattr(langdetect_fast, "LEADER_SHARE", share)
        assert [det.probabilities(t) for t in texts] == want
    assert len({w.index(max(w)) for w in want}) >= 2  # more than one language leads


def test_langdetect_in_threads_equals_one_thread():
    from concurrent.futures import ThreadPoolExecutor
    from cleaners.steps import language
    det = language.detector()
    texts = language_texts()[:200]
    want = [det.probabilities(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(det.probabilities, texts)) == want
