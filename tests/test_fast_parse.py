"""Session 5 fast paths of the parser and the language step equal their plain forms."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED_FILES, SHARED
from cleaners import settings as cfg
from cleaners.io import read_bytes
from cleaners.model import Block
from cleaners.text import ends_sentence, normalize_inline
from cleaners.textparse import _NUMBER, _fits, _is_numbered, _strip_marker, decode, is_hard_wrapped, \
    parse_text, split_lines


def plain_split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def plain_is_hard_wrapped(lines: list[str]) -> bool:
    lengths = [n for n in map(len, map(str.rstrip, lines)) if n]
    if len(lengths) < cfg.WRAP_MIN_LINES:
        return False
    width = max(lengths)
    if width > cfg.WRAP_MAX_WIDTH:
        return False
    near = [ln.rstrip() for ln in lines if ln.strip() and len(ln.rstrip()) >= cfg.WRAP_NEAR_FRACTION * width]
    if len(near) < cfg.WRAP_MIN_SHARE * len(lengths):
        return False
    ended = sum(1 for ln in near if ends_sentence(ln))
    return ended <= cfg.WRAP_MAX_ENDED_SHARE * len(near)


def plain_parse_text(text: str) -> list[Block]:
    """parse_text as it was: markers by _strip_marker, every line through normalize_inline."""
    text = text.removeprefix("\ufeff")
    lines = plain_split_lines(text)
    wrapped = plain_is_hard_wrapped(lines)
    width = max(map(len, map(str.rstrip, lines))) if wrapped else 0
    blocks: list[Block] = []
    prev, blank_before = None, True
    for n, raw in enumerate(lines):
        body = raw.lstrip()
        if not body:
            blank_before = True
            continue
        numbered = _is_numbered(body)
        near = numbered and ((n > 0 and _is_numbered(lines[n - 1])) or (n + 1 < len(lines) and _is_numbered(lines[n + 1])))
        marker, rest = _strip_marker(body, near)
        content = normalize_inline(rest)
        if not content and not marker:
            blank_before = True
            continue
        if (wrapped and prev is not None and not blank_before and prev.end_line == n
                and (not marker or not content) and not _fits(lines[n - 1], body, width)):
            prev.text = f"{prev.text} {content or marker}".strip()
            prev.end_line = n + 1
            continue
        prev = Block(line=n + 1, text=content, kind="item" if marker else "paragraph", end_line=n + 1,
                     indent=len(raw) - len(body), bullet=marker, blank_before=blank_before)
        blocks.append(prev)
        blank_before = False
    return blocks


def fields(blocks: list[Block]) -> list[tuple]:
    return [(b.line, b.text, b.kind, b.end_line, b.indent, b.bullet, b.blank_before, b.tags) for b in blocks]


def dump_texts() -> list[str]:
    files = list(SEED_FILES) + [f for ds in ("aeb", "trafi") for f in sorted((SHARED / "eval" / ds / "dumps").glob("*.txt"))]
    return [decode(read_bytes(f))[0] for f in files]


def test_parse_text_equals_its_plain_form_on_eval_dumps():
    texts = dump_texts()
    items = 0
    for text in texts:
        blocks = parse_text(text)
        assert fields(blocks) == fields(plain_parse_text(text))
        items += sum(b.kind == "item" for b in blocks)
    assert items > 0  # the dumps do have bullets
    wrapped = 0
    for text in texts:  # the same with Windows and old Mac line ends, and cut to 80 columns
        cut = "\n".join(ln[:80] for ln in text.split("\n"))  # (some of these are hard-wrapped)
        wrapped += is_hard_wrapped(split_lines(cut))
        for variant in (text.replace("\n", "\r\n"), text.replace("\n", "\r"), cut):
            assert fields(parse_text(variant)) == fields(plain_parse_text(variant))
    assert wrapped > 0


# every white space the bullet rule's \s takes (and \x1c-\x1f, which str.isspace takes too),
# bullet glyphs, digits, the numbered markers' '.' and ')', invisible and combining characters
LINE_CHARS = st.sampled_from(list(" \t\x0b\x0c\x1c\x1f\x85\xa0\u2000\u2028\u3000•*·-▪◦●■‣⁃0123.)a"
                                  "Bé\u0301\u00ad\u200b\ufeff\x07٣"))
LINES = st.text(LINE_CHARS, max_size=12) | st.sampled_from(["1. one", "2) two", "- item", "•", "10. März", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(LINES, max_size=14), st.sampled_from(["\n", "\r\n", "\r"]))
def test_parse_text_equals_its_plain_form_on_any_lines(lines, end):
    text = end.join(lines)
    assert fields(parse_text(text)) == fields(plain_parse_text(text))


def test_bullet_white_space_is_str_isspace_for_every_character():
    # the inlined bullet rule: "glyph then \s+ or the end" as str.isspace and str.lstrip
    for c in map(chr, range(0x3100)):
        body = "•" + c + c + "x"
        m = _strip_marker(body, False)
        fast = ("•", body[1:].lstrip()) if body[1].isspace() else ("", body)
        assert m == fast, repr(c)
    assert _NUMBER.match("12.\u3000x") and not _NUMBER.match("12.x")


def test_is_hard_wrapped_and_split_lines_equal_their_plain_forms():
    texts = dump_texts()
    for text in texts:
        lines = split_lines(text)
        assert lines == plain_split_lines(text)
        assert is_hard_wrapped(lines) == plain_is_hard_wrapped(lines)
        short = [ln[:80] for ln in lines]  # no line wider than a wrap width: the full test runs
        assert is_hard_wrapped(short) == plain_is_hard_wrapped(short)
        assert is_hard_wrapped(short[:5]) == plain_is_hard_wrapped(short[:5])
    assert is_hard_wrapped([]) == plain_is_hard_wrapped([]) is False


# --- langdetect_fast: the word n-gram dicts, the leader's convergence test, one Random a thread ---

def language_texts() -> list[str]:
    from cleaners.pipeline import parse
    files = list(SEED_FILES) + sorted((SHARED / "eval" / "trafi" / "dumps").glob("*.txt"))[:40]
    texts = [b.text for f in files for b in parse(read_bytes(f), f.stem).blocks if len(b.text) > 40]
    return texts + ["Привет мир, это тест with English", "これは日本語のテキストです", "Tiếng Việt có dấu"]


def test_langdetect_ngrams_with_full_word_caches_are_the_same(monkeypatch):
    from cleaners import langdetect_fast
    from cleaners.steps import language
    det = language.detector()
    texts = [det.prepare(t) for t in language_texts()]
    want = [det.ngrams(t) for t in texts]
    monkeypatch.setattr(langdetect_fast, "WORD_CACHE_MAX", 3)  # caches start again on every text
    assert [det.ngrams(t) for t in texts] == want
    assert all(len(c) <= 3 + 60 for c in det._grams)


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
