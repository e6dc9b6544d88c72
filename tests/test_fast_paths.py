"""The faster forms of shared helpers equal the plain definitions they replaced."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED_FILES, SHARED, needs_eval
from cleaners import phrases
from cleaners import settings as cleaners_settings
from cleaners.io import read_bytes
from cleaners.model import Block
from cleaners.pipeline import parse
from cleaners.steps._match import contains_regex, prefix_regex
from cleaners.text import fold, fold_chars, fold_uncached, fold_words, fold_words_uncached

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


def plain_fold_chars(text: str) -> str:
    return re.sub(r"[^\w\s]", " ", text.lower().replace("_", " "))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_fold_chars_equals_its_regex_definition(text):
    assert fold_chars(text) == plain_fold_chars(text)


def test_fold_chars_equals_its_regex_definition_on_pages():
    """fold_chars (bytes.translate for ASCII, a replace per non-ASCII punctuation character) of each seed and
    eval page's lines joined, as learn_lines folds them, and of made texts (a lone surrogate, 'İ' that lower()
    makes two characters, a final sigma, Han punctuation)."""
    evals = sorted((SHARED / "eval" / "aeb" / "dumps").glob("*.txt")) + sorted(
        (SHARED / "eval" / "trafi" / "dumps").glob("*.txt"))  # (none in a clone without ../shared: the seeds)
    joined = ["\n".join(b.text for b in parse(read_bytes(f), f.stem).blocks) for f in list(SEED_FILES) + evals]
    made = ["a\ud800b – c", "İstanbul’un", "ΟΔΟΣ ΣΟΦΟΣ. Σ", "漢字。「かな」_x", "x\u2028y\x85z…", ""]
    for text in joined + made:
        assert fold_chars(text) == plain_fold_chars(text)
    # (the pages exercise the non-ASCII path: every seed page holds a non-ASCII character, most eval pages do)
    assert sum(not t.isascii() for t in joined) >= (len(SEED_FILES) + 50 if evals else len(SEED_FILES))


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


INLINE_CHARS = st.sampled_from(list(" \t\xa0\u2028aé\u0301e\u00ad\u200b\u200c\u200d\u2060\ufeff\x07Å\u212b’"))


@settings(max_examples=400, deadline=None)
@given(TEXTS | PHRASE_TEXTS | st.text(INLINE_CHARS, max_size=12))
def test_normalize_inline_equals_its_definition(text):
    from cleaners.text import normalize_inline
    assert normalize_inline(text) == plain_normalize_inline(text)


def test_normalize_inline_equals_its_definition_on_eval_lines():
    from cleaners.text import INVISIBLE, normalize_inline
    from cleaners.textparse import decode, split_lines
    files = sorted((SHARED / "eval" / "trafi" / "dumps").glob("*.txt"))[:60]
    lines = [ln.lstrip() for f in files for ln in split_lines(decode(read_bytes(f))[0])]
    assert [normalize_inline(t) for t in lines] == [plain_normalize_inline(t) for t in lines]
    assert all(not c.isprintable() for c in map(chr, INVISIBLE))  # why a printable text skips the search


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


# Han and kana: each character a word (text.nwords, text.fold_words); their punctuation no word
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def plain_headline_like(text: str, max_words: int, max_chars: int) -> bool:
    from cleaners.text import ELLIPSES
    words = re.findall(f"[{CJK}]|[^\\s{CJK}\u3000-\u303f\uff00-\uffef]+", text) if re.search(f"[{CJK}]", text) \
        else text.split()
    if not words or len(words) > max_words or len(text) > max_chars:
        return False
    if not any(c.isalpha() for c in text):
        return False
    core = text.rstrip().rstrip("\"”’»)'」』")
    return not (not core or core[-1] in ".,;!…。，；！" or core.endswith(ELLIPSES))


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
            assert fold_uncached(text) == plain_fold(text), repr(text)


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=40))
def test_fold_of_ascii_text_equals_regex_definition(text):
    assert fold_uncached(text) == plain_fold(text)


def plain_fold_words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(f"[{CJK}]|[^\\W{CJK}]+", text[:200_000].lower()))


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=40) | TEXTS)
def test_fold_words_equals_regex_definition(text):
    assert fold_words_uncached(text) == plain_fold_words(text)


def test_fold_words_of_every_ascii_character_and_eval_line():
    texts = [f"a{c}B{c}_{c}9" for c in map(chr, range(128))] + eval_texts()
    assert [fold_words_uncached(t) for t in texts] == [plain_fold_words(t) for t in texts]
    assert [fold_uncached(t) for t in texts] == [plain_fold(t) for t in texts]


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


# --- bylines: each regex asked only where its literal can be; long lines skipped ---------------

def plain_is_byline(text: str) -> bool:
    """bylines.is_byline as it was: every test in its first order."""
    from cleaners.steps.bylines import (AUTHOR_LABEL, BY_START, BYLINE_MAX_WORDS, DIGIT, HANDLE_LINE,
                                        dated_or_named)
    if HANDLE_LINE.match(text.strip()):
        return True
    n = len(text.split())
    if not n or n > BYLINE_MAX_WORDS:
        return False
    label = AUTHOR_LABEL.match(text)
    if label:
        text = "by " + text[label.end():]
    if not DIGIT.search(text) and not BY_START.match(text):
        return False
    return dated_or_named(text)


def plain_bylines_apply(doc) -> None:
    """bylines.apply as it was: both tests on every block."""
    from cleaners.steps.bylines import DANGLING_BY, NAME, REASON, repeats_title, take_next_names
    from cleaners.text import fold_words
    blocks = [b for b in doc.blocks if b.text]
    title = fold_words(blocks[0].text) if blocks and blocks[0].line == 1 else ()
    rows = blocks[1:] if title else blocks
    for k, b in enumerate(rows):
        if b.kept and plain_is_byline(b.text) and not repeats_title(fold_words(b.text), title):
            b.remove(REASON, NAME)
        if (b.reason == REASON or b.kept and len(b.text.split()) <= 3) and DANGLING_BY.search(b.text) \
                and k + 1 < len(rows):
            take_next_names(b, rows[k + 1])


BYLINE_WORDS = st.sampled_from(["By", "by", "Author:", "Autor :", "Posted", "on", "Updated:", "May", "3,", "2019",
                                "Jane", "Doe", "@jd", "/", "|", "2", "days", "ago", "von", "at", "7:04", "pm", "ET.",
                                "Nov.", "12.03.2021", "und", "the", "law", "passed.", "x" * 3, "A", ":", "écrit",
                                "par", "10h30mai", "7:04NOV", "1/2/19", "MAYIS", "Автор:"])
BYLINE_TEXTS = st.lists(BYLINE_WORDS, max_size=18).map(" ".join)


@settings(max_examples=600, deadline=None)
@given(BYLINE_TEXTS | TEXTS)
def test_is_byline_equals_its_plain_order(text):
    from cleaners.steps.bylines import is_byline
    assert is_byline(text) == plain_is_byline(text)


@settings(max_examples=600, deadline=None)
@given(BYLINE_TEXTS | TEXTS)
def test_byline_candidates_hold_every_byline_and_dangling_byline_word(text):
    from cleaners.steps import bylines
    for t in (text, text.upper(), " " + text + " :"):
        if bylines.is_byline(t) or bylines.DANGLING_BY.search(t):
            assert bylines.CANDIDATES.accepts(t), t


def step_docs(step: str, n: int = 40):
    """Eval dumps and seeds, run up to (not through) the step."""
    from cleaners.pipeline import run_steps, steps_until
    files = list(SEED_FILES) + sorted((SHARED / "eval" / "aeb" / "dumps").glob("*.txt"))[:n] \
        + sorted((SHARED / "eval" / "trafi" / "dumps").glob("*.txt"))[:n]
    for f in files:
        doc = parse(read_bytes(f), f.stem)
        yield run_steps(doc, steps_until(step)[:-1])


def marks(doc) -> list[tuple]:
    return [(b.reason, b.step, b.kind) for b in doc.blocks]


@needs_eval
def test_bylines_equals_its_plain_form_on_eval_pages():
    import copy
    from cleaners.steps import bylines
    removed = 0
    for doc in step_docs("bylines"):
        texts = [b.text for b in doc.blocks]
        assert [bylines.is_byline(t) for t in texts] == [plain_is_byline(t) for t in texts]
        plain = copy.deepcopy(doc)
        plain_bylines_apply(plain)
        bylines.apply(doc)
        assert marks(doc) == marks(plain)
        removed += sum(b.step == "bylines" for b in doc.blocks)
    assert removed > 20  # the pages do hold bylines


# --- langdetect_fast: the script counts by regex, the random draws inlined ---------------------

def plain_prepare(det, text: str) -> str:
    """FastDetector.prepare with langdetect's own character loop (Detector.cleaning_text)."""
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram
    from langdetect.utils.unicode_block import UNICODE_LATIN_EXTENDED_ADDITIONAL, unicode_block
    text = Detector.URL_RE.sub(" ", text)
    text = Detector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)
    text = re.sub(" {2,}", " ", text[: det.max_text_length])
    latin, non_latin = 0, 0
    for ch in text:
        if "A" <= ch <= "z":
            latin += 1
        elif ch >= "\u0300" and unicode_block(ch) != UNICODE_LATIN_EXTENDED_ADDITIONAL:
            non_latin += 1
    if latin * 2 < non_latin:
        text = "".join(ch for ch in text if ch < "A" or "z" < ch)
    return text


SCRIPT_CHARS = st.sampled_from(list("aZ[`_ @.-\u02ff\u0300\u0301é\u1dff\u1e00\u1eff\u1f00\u2019\u201c—\ud7ff"
                                    "\ue000\uffff\U00010000\U0010ffffпжあ漢한ع"))


@settings(max_examples=500, deadline=None)
@given(st.text(SCRIPT_CHARS, max_size=40) | TEXTS)
def test_langdetect_prepare_equals_the_character_loop(text):
    from cleaners.steps import language
    det = language.detector()
    assert det.prepare(text) == plain_prepare(det, text)


def test_langdetect_prepare_equals_the_character_loop_on_eval_lines():
    from cleaners.steps import language
    det = language.detector()
    texts = eval_texts() + ["Привет мир with a few words", "これは日本語のテキスト ab", "ab — “x” ’",
                            "mail jane.doe@example.org or x@y", "see https://a.b/c?d=e and a@b.c"]
    assert [det.prepare(t) for t in texts] == [plain_prepare(det, t) for t in texts]
    assert det.prepare("これは日本語のテキスト ab") == "これは日本語のテキスト "  # latin letters dropped


# --- render.dumps: json.dumps(indent=2) built by joins -----------------------------------------

JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text(CHARS) | st.text()
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                           | st.dictionaries(st.text(CHARS, max_size=5) | st.text(max_size=5), inner, max_size=4)
                           | st.dictionaries(st.integers() | st.booleans() | st.none(), inner, max_size=2),
                           max_leaves=20)


@settings(max_examples=500, deadline=None)
@given(JSON_VALUES)
def test_render_dumps_is_json_dumps(obj):
    import json
    from cleaners.render import dumps
    assert dumps(obj) == json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def test_render_dumps_is_json_dumps_on_eval_metadata():
    import enum
    import json
    from cleaners.pipeline import clean_bytes
    from cleaners.render import dumps

    class Kind(enum.IntEnum):  # subclasses go to json.dumps
        A = 1

    files = list(SEED_FILES) + sorted((SHARED / "eval" / "trafi" / "dumps").glob("*.txt"))[:40]
    metas = [clean_bytes(read_bytes(f), f.stem).meta for f in files]
    metas += [{"k": Kind.A}, {"s": type("S", (str,), {})("x")}, [float("nan"), float("inf"), -float("inf"), 1e300]]
    for m in metas:
        assert dumps(m) == json.dumps(m, ensure_ascii=False, indent=2) + "\n"
    assert any(m["removed"] for m in metas[:-3])


def test_langdetect_factors_kept_across_pages_give_the_same_floats(monkeypatch):
    from cleaners import langdetect_fast
    from cleaners.steps import language
    det = language.detector()
    texts = [t for t in eval_texts() if len(t) > 80][:60]
    kept = [det.probabilities(t) for t in texts]
    assert len(langdetect_fast._FACTORS) == 2  # the first two trials' weights, the same on every page
    monkeypatch.setattr(langdetect_fast, "FACTOR_MAX_NGRAMS", 50)  # full caches start again
    assert [det.probabilities(t) for t in texts] == kept
    assert all(len(f) <= 50 + 100 for f in langdetect_fast._FACTORS.values())  # (one call adds ~40-100)
    monkeypatch.setattr(langdetect_fast, "_factors", lambda weight, seeded: {})  # a new cache per trial
    assert [det.probabilities(t) for t in texts] == kept


# --- duplicates: word count and end words of a folded text without splitting it ---------------

@settings(max_examples=400, deadline=None)
@given(TEXTS | PHRASE_TEXTS)
def test_folded_text_words_by_single_spaces(text):
    key = fold(text)
    words = key.split()
    if not key:  # (the step skips an empty folded text first)
        assert words == []
        return
    assert key.split(" ") == words
    assert key.count(" ") + 1 == len(words)
    assert tuple(key.split(" ", 3)[:3]) == tuple(words[:3]) and tuple(key.rsplit(" ", 3)[-3:]) == tuple(words[-3:])



def test_folded_eval_lines_words_by_single_spaces():
    for key in eval_lines():
        if key:
            words = key.split()
            assert key.count(" ") + 1 == len(words) and key.split(" ", 3)[:3] == words[:3]
            assert key.rsplit(" ", 3)[-3:] == words[-3:]


def test_duplicates_near_copies_on_a_made_page():
    from cleaners.model import Block, Document
    from cleaners.steps import duplicates
    long = "the quick brown fox jumps over the lazy dog near the river bank today and every day"
    texts = [long, long.upper() + "!", "other " + long, long.replace("lazy", "idle"), "short line",
             "Short line.", "a completely different sentence that shares no trigram with the others at all"]
    doc = Document("d", [Block(i + 1, t) for i, t in enumerate(texts)])
    duplicates.apply(doc)
    assert [b.reason for b in doc.blocks] == [None, "duplicate", "duplicate", None, None, "duplicate", None]

# --- render: removed records not sorted when already in line order -----------------------------

def plain_removed_records(doc):
    recs = []
    for b in doc.blocks:
        if b.reason is not None:
            r = {"line": b.line, "reason": b.reason, "text": b.text}
            if b.where is not None:
                r["where"] = b.where
            recs.append(r)
    recs.extend(doc.extra_removed)
    return sorted(recs, key=lambda r: (r["line"] is None, r["line"] or 0))


def test_render_metadata_equals_its_plain_form():
    from collections import Counter
    from cleaners import render
    from cleaners.model import REASONS, Block, Document
    from cleaners.pipeline import run_steps
    from conftest import REPO
    html = sorted((REPO / "seeds_html").glob("*")) + sorted((SHARED / "eval" / "aeb" / "html").glob("*"))[:10]
    docs = [run_steps(parse(read_bytes(f), f.stem)) for f in list(SEED_FILES) + html]
    made = Document("m", [Block(3, "c"), Block(None, "n"), Block(1, "a"), Block(2, "b")])
    for b, why in zip(made.blocks, ("widget", "caption", "widget", "duplicate")):
        b.remove(why, "t")
    made.extra_removed = [{"line": 2, "reason": "navigation", "text": "x", "where": "nav"}, {"line": None, "reason": "widget", "text": "y"}]
    docs.append(made)
    unsorted = 0
    for doc in docs:
        want = plain_removed_records(doc)
        assert render.removed_records(doc) == want
        cols = render.removed_columns(doc)  # the corpus' form: the same records, column by column
        assert cols == ([r["line"] for r in want], [r["reason"] for r in want], [r["text"] for r in want],
                        [r.get("where") for r in want])
        assert render.stats(doc, cols) == render.stats(doc, want)
        unsorted += want != [r for r in want if r not in doc.extra_removed] + doc.extra_removed
        counts = Counter(r["reason"] for r in want)
        assert render.stats(doc, want) == {**doc.stats, "blocks": len(doc.blocks),
                                           "kept": sum(1 for b in doc.blocks if b.kept and b.text),
                                           "removed": {r: counts[r] for r in REASONS if counts[r]}}
    assert unsorted and any(r.get("where") for d in docs for r in render.removed_records(d))


def plain_detect(det, text: str) -> str:
    """FastDetector.detect from every trial's probabilities, as langdetect sorts them."""
    from langdetect.detector import Detector
    from langdetect.language import Language
    langprob = det.probabilities(text)
    result = sorted((Language(lang, p) for lang, p in zip(det.langlist, langprob) if p > Detector.PROB_THRESHOLD),
                    reverse=True)
    return result[0].lang if result else Detector.UNKNOWN_LANG


def test_detect_without_the_last_trial_when_decided_is_the_full_detect(monkeypatch):
    import random
    from cleaners import langdetect_fast
    from cleaners.steps import language
    det = language.detector()
    texts = [t for t in eval_texts() if len(t) > 30]
    rnd = random.Random(3)  # cut-outs: short and mixed texts decide later or not at all
    texts += [t[rnd.randrange(len(t)):][: rnd.randrange(8, 120)] for t in texts[::3]]
    texts += ["Der Hund and the cat sont ici", "ok ok", "Привет hello", "日本 China 中国"]
    texts = [t for t in texts if det.probabilities(t) is not None]  # (no n-gram: langdetect raises)
    decided = []
    real = langdetect_fast.FastDetector._langprob

    def spy(self, text, decide):
        out = real(self, text, decide)
        if decide:
            decided.append(out != real(self, text, False))  # a partial sum: the last trial did not run
        return out

    monkeypatch.setattr(langdetect_fast.FastDetector, "_langprob", spy)
    assert [det.detect(t) for t in texts] == [plain_detect(det, t) for t in texts]
    assert 0.5 * len(texts) < sum(decided) < len(texts)  # most decided early, not all


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("a1 .é²")), max_size=60).map(lambda t: t * 3) | TEXTS)
def test_language_letter_count_by_the_head_first(text):
    from cleaners import settings as cfg
    from cleaners.steps import language
    assert language.too_few_letters(text) == (sum(c.isalpha() for c in text) < cfg.LANG_MIN_LETTERS)


# --- model.Block: dataclass's __init__ written out ----------------------------------------------

def test_block_init_equals_the_dataclass_init():
    import dataclasses
    from typing import Any
    from cleaners.model import Block

    @dataclasses.dataclass(slots=True)
    class PlainBlock:  # Block's fields as they were, with the __init__ dataclass generates
        line: int | None
        text: str
        kind: str = "paragraph"
        end_line: int | None = None
        indent: int = 0
        bullet: str = ""
        blank_before: bool = True
        reason: str | None = dataclasses.field(default=None, init=False)
        step: str | None = None
        caption: str | None = None
        where: str | None = None
        tags: dict[str, Any] = dataclasses.field(default_factory=dict)
        kept: bool = dataclasses.field(default=True, init=False, repr=False, compare=False)

    names = [f.name for f in dataclasses.fields(PlainBlock)]
    assert [f.name for f in dataclasses.fields(Block)] == names
    calls = [((1, "a"), {}), ((None, ""), {}), ((3, "b", "item", 4, 2, "•", False), {}),
             ((5, "c"), dict(step="s", caption="cap", where="p#x", tags={"lead": True})),
             ((), dict(line=7, text="d", kind="heading", blank_before=False, tags={}))]
    for args, kw in calls:
        new, plain = Block(*args, **kw), PlainBlock(*args, **kw)
        assert [getattr(new, n) for n in names] == [getattr(plain, n) for n in names]
        assert repr(new) == "Block" + repr(plain).split("PlainBlock", 1)[1]
    a, b = Block(1, "a"), Block(1, "a")
    assert a == b and a.tags is not b.tags  # a new tags dict for each block

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
        ([phrases.SPLIT_CREDIT_LABEL_PATTERN], re.I, phrases.SPLIT_CREDIT_LABEL_NEEDS, ("raw",)),
        ([phrases.AUTHOR_POSTS_PATTERN], re.I, phrases.AUTHOR_POSTS_NEEDS, ("raw",)),
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


class Either:
    """The lines either prefilter takes (boilerplate's marker_candidates: the comments step's and the headers)."""

    def __init__(self, *prefilters):
        self.prefilters = prefilters

    def accepts(self, text: str) -> bool:
        return any(p.accepts(text) for p in self.prefilters)

    def lines_of(self, blocks) -> list[int]:
        return sorted({i for p in self.prefilters for i in p.lines_of(blocks)})


@needs_eval
def test_step_prefilters_keep_every_line_their_rules_accept():
    from cleaners.steps import boilerplate, bylines, captions, comments, navigation, related, share, widgets
    texts = all_eval_texts()
    texts += [t.upper() for t in texts[::7]] + [" " + t + "  " for t in texts[::11]]
    checks = [
        (navigation.CANDIDATES, lambda t: bool(t) and navigation.is_navigation(t)),
        (share.CANDIDATES, share.is_share),
        (comments.CANDIDATES, comments.is_comment_form),
        (widgets.CANDIDATES, widgets.is_widget),
        (related.CANDIDATES, lambda t: related.is_header(t) or related.is_inline(t)),
        (captions.CREDITS, lambda t: captions.is_credit(t) or bool(captions.CAPTION_SENTENCE.match(t))),
        (Either(comments.CANDIDATES, boilerplate.HEADER_LINES), boilerplate.marks_comments),
        (bylines.CANDIDATES, lambda t: bylines.is_byline(t) or bool(bylines.DANGLING_BY.search(t))),
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
    words += phrases.BYLINE_PREFIXES + phrases.DATELINE_PREFIXES + phrases.AUTHOR_LABELS  # (bylines' prefixes)
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


def test_case_fix_keeps_the_month_tokens_of_lower():
    """bylines finds months (matched in the lower-cased line) among the case-fixed folded words: a character
    whose lower() is a letter of a month has that letter's case-fixed fold there."""
    import sys
    from cleaners.steps import _match
    letters = {c for m in phrases.MONTHS for c in m}
    for c in map(chr, range(sys.maxunicode + 1)):
        low = c.lower()
        if len(low) == 1 and low in letters:
            assert _match.fold(_match.case_fix(c)) == _match.fold(_match.case_fix(low)), c


def captions_shape(t: str) -> bool:
    """The shapes captions.apply's first loop asks of a line before its rules (see there)."""
    # (white-space separated words, as the step splits: a Han file name "年.png" is one)
    half = len(t) >> 1
    return len(t.split()) <= 2 and ("." in t or "-" in t or "_" in t) or bool(len(t) & 1 and t[half] == " " and t[:half] == t[half + 1:])


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


def plain_captions_apply(doc) -> None:
    """captions.apply as its rules read: every block asked by each loop, no shape sets, no prefilter."""
    from cleaners.steps.captions import (ALT_MAX_WORDS, CAPTION_SENTENCE, CREDITED, IMAGE_FILE, MIN_WORDS, PICTURE, REASON,
                                         SLASH_CREDIT, SLUG,
                                         SLUG_SINGLE, SPLIT_LABEL, _mark, doubled, is_credit, marks_copy,
                                         split_credit)
    from cleaners.text import ends_sentence, fold_words, nwords
    blocks = doc.blocks
    short = [bool(b.text) and nwords(b.text) <= cleaners_settings.CAPTION_MAX_WORDS for b in blocks]
    for i, b in enumerate(blocks):
        if not (b.kept and short[i]):
            continue
        half = doubled(b.text)
        if half is not None:
            _mark(b, half)
            continue
        file = IMAGE_FILE.fullmatch(b.text.strip())
        if file:
            _mark(b, file.group(1))
            continue
        slug = SLUG.fullmatch(b.text.strip())
        if slug and (slug.group(2) or SLUG_SINGLE.match(slug.group(1))):
            _mark(b, slug.group(1))
            continue
        if nwords(b.text) < MIN_WORDS:
            continue
        for j in range(i + 1, min(i + 3, len(blocks))):
            if blocks[j].kept and short[j] and marks_copy(blocks, i, j):
                break
    for i, b in enumerate(blocks):
        if b.kept and short[i] and (is_credit(b.text) or CAPTION_SENTENCE.match(b.text)):
            _mark(b, b.text)
            if b.text[-1] == ":" and SPLIT_LABEL.match(b.text.strip()):
                split_credit(blocks, i)
        elif (b.kept and b.text and not short[i] and nwords(b.text) <= cleaners_settings.LONG_CAPTION_MAX_WORDS
              and CREDITED.search(b.text)):
            _mark(b, b.text)
    for i in range(len(blocks) - 1):
        b, nxt = blocks[i], blocks[i + 1]
        if b.kept and short[i] and not nxt.blank_before and nxt.text and is_credit(nxt.text) and not is_credit(b.text):
            _mark(b, b.text)
            _mark(nxt, nxt.text)
    for i in range(1, len(blocks)):
        b, prev = blocks[i], blocks[i - 1]
        if (prev.reason == REASON and b.kept and short[i] and not b.blank_before
                and (PICTURE.search(fold(b.text)) or SLASH_CREDIT.search(b.text))):
            _mark(b, b.text)
    for k in range(2, len(blocks)):
        if blocks[k].reason == REASON:
            i = max(j for j in range(k) if j == 0 or blocks[j].text)  # the block above, blank ones skipped
            b = blocks[i]
            if i and b.kept and nwords(b.text) <= ALT_MAX_WORDS and not ends_sentence(b.text) \
                    and set(fold_words(b.text)) < set(fold_words(blocks[k].text)) and fold_words(b.text):
                _mark(b, b.text)


@needs_eval
def test_captions_equals_its_plain_form_on_eval_pages():
    import copy
    from cleaners.steps import captions
    removed = 0
    for doc in step_docs("captions", 80):
        plain = copy.deepcopy(doc)
        plain_captions_apply(plain)
        captions.apply(doc)
        assert marks(doc) == marks(plain)
        assert [b.caption for b in doc.blocks] == [b.caption for b in plain.blocks]
        removed += sum(b.step == "captions" for b in doc.blocks)
    assert removed > 100  # the pages do hold captions


def test_caption_shapes_on_eval_lines():
    texts = eval_texts()
    for t in texts + [f"{t} {t}" for t in texts[::5]]:
        assert_caption_shapes(t)


def plain_word_lines(p) -> dict[str, list[int]]:
    """Page.word_lines line by line: the lines holding each prefilter word."""
    from cleaners.steps import _match
    found = {w: [i for i, t in enumerate(p.tokens()) if w in t] for w in sorted(_match._WORDS)}
    return {w: lines for w, lines in found.items() if lines}


def plain_word_hits(prefilter, p) -> set[int]:
    """Prefilter.word_hits line by line: one of its words, or all the words of one of its phrases."""
    phrases_ = [ws for group in prefilter._phrases.values() for ws in group]
    return {i for i, t in enumerate(p.tokens()) if not prefilter._words.isdisjoint(t) or any(ws <= set(t) for ws in phrases_)}


def step_prefilters():
    from cleaners.steps import boilerplate, bylines, captions, comments, navigation, related, share, widgets
    return [navigation.CANDIDATES, share.CANDIDATES, related.CANDIDATES, comments.CANDIDATES, captions.CREDITS,
            widgets.CANDIDATES, bylines.CANDIDATES, boilerplate.HEADER_LINES]


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE_TEXTS | TEXTS, max_size=6))
def test_page_word_lines_and_word_hits_are_their_plain_forms(texts):
    from cleaners.steps._match import Page
    p = Page(texts)
    assert p.word_lines() == plain_word_lines(p)
    for prefilter in step_prefilters():
        assert prefilter.word_hits(p) == plain_word_hits(prefilter, p)


@needs_eval
def test_page_word_lines_and_word_hits_on_eval_pages():
    from cleaners.steps._match import Page
    files = list(SEED_FILES) + [f for ds in ("aeb", "trafi") for f in sorted((SHARED / "eval" / ds / "dumps").glob("*.txt"))[:60]]
    checked = 0
    for f in files:
        p = Page([b.text for b in parse(read_bytes(f), f.stem).blocks])
        assert p.word_lines() == plain_word_lines(p), f.name
        for prefilter in step_prefilters():
            hits = prefilter.word_hits(p)
            assert hits == plain_word_hits(prefilter, p), f.name
            checked += len(hits)
    assert checked > 1000  # the words do stand on lines


def assert_fixed_fold_is_its_parts(text: str) -> None:
    from cleaners.steps._match import _WORDS, _View, case_fix, fixed_fold
    fixed, tokens, plain, words = fixed_fold(text)
    assert (fixed, tokens, plain) == (fold(case_fix(text)), tuple(fold(case_fix(text)).split()), fold(text))
    assert words == tuple(sorted(_WORDS.intersection(tokens)))
    v = _View([fixed, plain])  # folded lines never hold a line end: their view is whole without counting
    assert v.whole and _View([fixed, plain], whole=True).text == v.text


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_fixed_fold_is_the_case_fixed_fold_its_words_and_the_fold(text):
    assert_fixed_fold_is_its_parts(text)


def test_fixed_fold_is_its_parts_on_eval_lines():
    for t in eval_texts():
        assert_fixed_fold_is_its_parts(t)
def test_page_found_follows_a_group_grown_after_it_was_searched():
    """Page.found keeps a group's positions with the group's regex (told by identity): a prefilter made later
    adds literals to the group, and the page is searched again."""
    from cleaners.steps import _match
    p = _match.Page(["Zqxv one", "qzzy two", "plain"])
    key = (True, "^")
    before = list(p.found(key))
    _match.Prefilter(fold=["^qzzy"])
    after = p.found(key)
    assert before != after and set(before) < set(after)
    assert p.found(key) is after  # (and kept)


def test_page_word_lines_follow_words_added_after_the_page_was_read():
    """A prefilter made later adds its words to _WORDS (and empties the fixed_fold cache, whose entries hold
    the lines' words of _WORDS): a page read before finds them too."""
    from cleaners.steps import _match
    asked, read = _match.Page(["Zqxvword one", "plain"]), _match.Page(["plain", "two zqxvword"])
    assert "zqxvword" not in asked.word_lines()
    read.tokens()  # (its lines looked up, word_lines not asked yet)
    _match.Prefilter(words=["zqxvword"])
    assert asked.word_lines()["zqxvword"] == [0] and read.word_lines()["zqxvword"] == [1]
    assert _match.Page(["zqxvword"]).word_lines() == {"zqxvword": [0]}


def pages_at_boilerplate():
    """(doc, rows) of the first 40 eval dumps of aeb and of trafi as the boilerplate step sees them:
    the steps before it run, its rows (the kept blocks and the furniture) taken as apply takes them."""
    from cleaners import pipeline
    from cleaners.steps import boilerplate as bp
    for f in [f for ds in ("aeb", "trafi") for f in sorted((SHARED / "eval" / ds / "dumps").glob("*.txt"))[:40]]:
        doc = parse(read_bytes(f), f.stem)
        for step in pipeline.PIPELINE:
            if step is bp:
                break
            step.apply(doc)
        yield doc, [b for b in doc.blocks if b.text and (b.kept or b.reason in bp.FURNITURE)]


def plain_announced_lists(rows, classes):
    """announced_lists as it was written before its intros were found first: row by row (the classes
    by block id, as they were handed before the rows' class list)."""
    from cleaners.steps.boilerplate import is_list_intro
    s = cleaners_settings
    runs, k = [], 0
    while k < len(rows):
        b = rows[k]
        if not (b.kept and is_list_intro(b, classes[id(b)])):
            k += 1
            continue
        j = k + 1
        bullets = k + 1 < len(rows) and rows[k + 1].kind == "item"
        while j < len(rows) and rows[j].kept and classes[id(rows[j])] != "good" \
                and (rows[j].kind == "item") == bullets and j - k <= s.LIST_MAX_ROWS \
                and (bullets or not is_list_intro(rows[j], classes[id(rows[j])])):
            j += 1
        body = rows[k + 1:j]
        entries = sum(1 for b in body if b.kind == "item" or classes[id(b)] != "short")
        if s.LIST_MIN_ROWS <= len(body) < s.LIST_MAX_ROWS and 5 * entries >= 2 * len(body):
            runs.append((k, j - 1))
        k = j
    return runs


def plain_comments_start(doc, rows, cls, s, e):
    """comments_start as it was written before its author lines were found first: row by row."""
    from cleaners.steps.boilerplate import is_author_line, is_comments_marker, marker_candidates, prose_reached
    start = prose_reached(rows, cls, s, e)
    if start is None:
        return None
    markers = marker_candidates(doc)
    for i in range(start, len(rows)):
        b = rows[i]
        if id(b) in markers and is_comments_marker(b) or is_author_line(b) and any(is_author_line(c) for c in rows[i + 1:]):
            return i
    return None


@needs_eval
def test_boilerplate_one_pass_classes_equal_classify_score_and_plain_lists_on_eval_pages():
    """classes_values is classify and score (and the furniture penalties) row by row (also with the
    kept rows' words handed in, as apply does; page_stopwords too), and
    announced_lists and comments_start find the lists and the comment section's start the
    row-by-row scans find, on the eval pages as the boilerplate step sees them."""
    from cleaners.steps import boilerplate as bp
    from cleaners.text import fold_words, spaced_words

    lists = cuts = 0
    for doc, rows in pages_at_boilerplate():
        kept = [b for b in rows if b.kept]
        stop = bp.page_stopwords(kept)
        # (apply hands both the kept rows' words, once a row: the same results)
        kept_words = [fold_words(b.text) for b in kept]
        kept_spaced = [spaced_words(b.text) for b in kept]
        assert bp.page_stopwords(kept, kept_spaced) == stop
        row_cls, values = bp.classes_values(rows, stop)
        assert bp.classes_values(rows, stop, kept_words) == (row_cls, values)
        assert bp.classes_values(rows, stop, kept_words, kept_spaced) == (row_cls, values)
        plain = {id(b): bp.classify(b, stop) for b in kept}
        assert row_cls == [plain[id(b)] if b.kept else None for b in rows]
        assert values == [bp.score(plain[id(b)], b) if b.kept else
                          -(bp.FURNITURE_RUN_EXTRA if i and not rows[i - 1].kept else
                            bp.BYLINE_PENALTY if b.step == "bylines" else bp.FURNITURE_PENALTY)
                          for i, b in enumerate(rows)]
        found = bp.announced_lists(rows, row_cls)
        assert found == plain_announced_lists(rows, plain)
        lists += len(found)
        # comments_start from every tenth row (the body's start) to the page's end
        for s in range(0, len(rows), 10):
            cut = bp.comments_start(doc, rows, row_cls, s, len(rows) - 1)
            assert cut == plain_comments_start(doc, rows, row_cls, s, len(rows) - 1)
            cuts += cut is not None
    assert lists > 0 and cuts > 0  # (the pages hold announced lists and comment sections: the comparisons saw some)


def test_page_batch_of_line_facts_equals_each_line_alone():
    """learn_lines / learn_fixed_folds (a page's new lines at once, their caches filled) give every line the
    facts fold, fold_words, spaced_words and fixed_fold compute for it alone (nwords: none learned): on
    the seed and eval pages, and on made lines holding '_', Han, a case-fixed letter ('ı'), a final sigma, a
    line end and a cut text."""
    from cleaners import text
    from cleaners.steps import _match
    from cleaners.text import spaced_words_uncached
    made = [" spaced  out ", "tab\there", "no\xa0break", "", "snake_case Word", "漢字 and かな_x", "Işık ılık",
            "ΟΔΟΣ ΣΟΦΟΣ. Σ", "two\nlines", "x" * 200_001 + " y", "plain text", "ſtraße_"]
    files = list(SEED_FILES) + sorted((SHARED / "eval" / "aeb" / "dumps").glob("*.txt"))[:40]
    pages = [made] + [[b.text for b in parse(read_bytes(f), f.stem).blocks] for f in files]
    checked = 0
    for texts in pages:
        for cache in (text._FOLDS, text._FOLD_WORDS, text._SPACED_WORDS, text._NWORDS, _match._FIXED):
            cache.clear()
        texts = list(dict.fromkeys(texts))
        ordered, words = text.learn_lines(texts)
        assert sorted(ordered) == sorted(texts) and ordered == sorted(texts, key=lambda t: not t.isascii())
        assert words == [tuple(fold_uncached(t).split()) for t in ordered]
        for t in texts:  # what the batch stored is what each computes
            assert text._FOLDS.get(t, fold_uncached(t)) == fold_uncached(t)
            assert text._FOLD_WORDS.get(t, fold_words_uncached(t)) == fold_words_uncached(t)
            assert text._SPACED_WORDS.get(t, spaced_words_uncached(t)) == spaced_words_uncached(t)
        checked += len(text._FOLD_WORDS)
        alone = {}
        for t in texts:
            _match._FIXED.clear()
            alone[t] = _match.fixed_fold(t)
        _match._FIXED.clear()
        assert _match.learn_fixed_folds(texts) == alone  # (what it returns: the page's entries)
        assert {t: _match._FIXED[t] for t in texts} == alone
    assert checked > 20 * len(files)  # (lines learned: the five seed pages alone hold about 180)

def plain_headline_anchor(rows):
    """headline_anchor as it was written before it skipped the lines holding no word of the title:
    every line not a list item asked whether it looks like a headline."""
    from cleaners.steps.boilerplate import TITLE_SEPARATOR
    from cleaners.text import fold_words, headline_like, nwords, title_copy
    s = cleaners_settings
    first = rows[0]
    if first.line != 1 or nwords(first.text) > s.TITLE_MAX_WORDS:
        return None
    tw = fold_words(first.text)
    head = fold_words(TITLE_SEPARATOR.split(first.text, 1)[0])
    if len(head) < 2:
        head = ()
    candidates = []
    for i in range(1, len(rows)):
        b = rows[i]
        # (a headline may end in "!": session 8's quality8r, as in headline_anchor)
        if b.kind == "item" or not headline_like(b.text.rstrip("!"),
                                                 s.TITLE_MAX_WORDS, s.TITLE_MAX_CHARS):
            continue
        w = fold_words(b.text)
        candidates.append((i, w))
        if w and w == tw[:len(w)] and title_copy(w, tw):
            return i
        if head and len(w) >= 2 and (w == head[:len(w)] and len(w) >= s.TITLE_COPY_MIN_SHARE * len(head)
                                     or len(w) > len(head) >= s.TITLE_COPY_MIN_WORDS and title_copy(head, w)):
            return i
    head_words = set(head)
    for i, w in candidates:
        common = len(set(w) & head_words)
        if len(w) >= 2 and common >= s.ANCHOR_FUZZY_LINE_SHARE * len(set(w)) \
                and common >= s.ANCHOR_FUZZY_TITLE_SHARE * len(head_words) > 0:
            return i
    return None


@needs_eval
def test_boilerplate_headline_anchor_equals_its_plain_form_on_eval_pages():
    """headline_anchor asks only the lines sharing a word with the title (the rows' words handed in,
    as apply does): the same anchor as the plain scan, on the eval pages as the step sees them, and
    on each page's rows with the title's line replaced by every third later line (other titles)."""
    from cleaners.steps import boilerplate as bp

    found = others = 0
    for doc, rows in pages_at_boilerplate():
        if not rows:
            continue
        words = [fold_words(b.text) for b in rows]
        at = bp.headline_anchor(rows, words)
        assert at == plain_headline_anchor(rows) == bp.headline_anchor(rows)
        found += at is not None
        for k in range(1, len(rows), 3):  # (a later line as the title, alone and with a site's name)
            for text in (rows[k].text, rows[k].text + " | Site"):
                other = [Block(1, text)] + rows[1:]
                at = bp.headline_anchor(other, [fold_words(text)] + words[1:])
                assert at == plain_headline_anchor(other)
                others += at is not None
    assert found > 0 and others > 0


@needs_eval
def test_marker_candidates_from_the_kept_comments_scan_hold_the_markers_own_conditions():
    """marker_candidates (the comments step's CANDIDATES, whose scan the page kept when that step ran, and
    HEADER_LINES) holds every line of the markers' own conditions as one prefilter (the comments step's
    with the section headers for its lines: its form until session 8) and the lines a fresh scan finds."""
    from cleaners import phrases
    from cleaners.steps import boilerplate as bp, comments
    from cleaners.steps._match import Page, Prefilter
    own = Prefilter(lines=bp.COMMENT_HEADERS, fold=comments.COUNT_LITERALS,
                    words=comments.COUNT_WORDS + phrases.COMMENT_CONTAINS)
    found = 0
    for doc, _ in pages_at_boilerplate():
        blocks = doc.blocks
        markers = bp.marker_candidates(doc)
        fresh = Page([b.text for b in blocks])  # (no kept scans)
        assert markers == {id(blocks[i]) for p in (comments.CANDIDATES, bp.HEADER_LINES) for i in p._scan(fresh)}
        assert markers >= {id(blocks[i]) for i in own.of_page(fresh)}
        found += len(markers)
    assert found > 50
