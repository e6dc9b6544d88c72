"""Small text helpers shared by the parser and the steps."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import compress
from operator import not_

from . import settings

# Soft hyphen and zero-width characters the policy removes inside blocks.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_HAS_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_FOLD_DROP = re.compile(r"[^\w\s]+")
_WORD = re.compile(r"\w+")
# every str.isalpha character (and a few that are not, such as '²'): isalpha implies \w, never \d or '_'
_LETTERISH = re.compile(r"[^\W\d_]")
SENTENCE_END = tuple(".!?…。！？\"”’»)'」』")  # a block ending in one of these "ends a sentence"
# Han and kana: scripts written without spaces between words. Each of their characters counts as
# a word (a line of 40 characters is prose, not one long "word"); their punctuation is no word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAS_CJK = re.compile(f"[{_CJK}]")
_CJK_WORD = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")  # fold_words: one such character, or a run of other \w
_CJK_TOKEN = re.compile(f"[{_CJK}]|[^\\s{_CJK}\u3000-\u303f\uff00-\uffef]+")  # nwords: the same, for split()
ELLIPSES = ("...", "…")


def normalize_inline(text: str) -> str:
    """The policy's in-block normalisation (bullets are handled by the parser)."""
    printable = text.isprintable()
    if not text.isascii():  # (the invisible characters are not ASCII, and not printable)
        if not printable and _HAS_INVISIBLE.search(text):  # str.translate: a dict look-up per character
            text = text.translate(INVISIBLE)
            printable = text.isprintable()
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
            printable = text.isprintable()
    if printable and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # already folded: its only white space is single inner spaces (as isspace)
    return " ".join(text.split())  # str.split() folds the same (Unicode) white space as \s


# fold()'s rules for the ASCII characters, as a bytes.translate table: upper case to lower, '_' and every
# other character of [^\w\s] to a space; the bytes of other characters (128-255: UTF-8's) unchanged
_ASCII_FOLD = bytes(32 if c == 95 or _FOLD_DROP.match(chr(c)) else ord(chr(c).lower()) for c in range(128)) + bytes(range(128, 256))
_ASCII_BYTES = bytes(range(128))

# fold_words() of ASCII text: upper case to lower, every character but [A-Za-z0-9_] to a space
_ASCII_WORDS = str.maketrans({chr(c): (chr(c).lower() if _WORD.match(chr(c)) else " ") for c in range(128)})


CACHE_MAX = 65536  # texts a cache of text facts holds before it is emptied


class TextCache(dict):
    """A pure function's results by text. The function's cached form is the bound ``__getitem__``: a
    look-up is one C call (no Python frame; cheaper than lru_cache's, which also reorders its list); a
    text not found is computed (``__missing__``). ``learn`` stores results computed for many at once."""

    __slots__ = ("fn",)

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, text: str):
        if len(self) >= CACHE_MAX:
            self.clear()
        value = self[text] = self.fn(text)
        return value

    def learn(self, texts: list[str], values) -> None:
        if len(self) + len(texts) > CACHE_MAX:
            self.clear()
        self.update(zip(texts, values))


def fold_chars(text: str) -> str:
    r"""fold's rules of one character: lower case, then '_' and every character of [^\w\s] a space, white
    space left as it is (``re.sub(r"[^\w\s]", " ", text.lower().replace("_", " "))``) by C calls whose cost
    is of the text's bytes, not its characters: the ASCII characters by one bytes.translate of its UTF-8
    (a regex tries each character against \w and \s: about 10 ns a character, most of a page's fold), the
    other characters by one ``str.replace`` each of those in [^\w\s] (a page holds a few: ’ “ – …), found
    among its non-ASCII characters alone. (UTF-8 holds no ASCII byte inside another character's bytes.)"""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    low = text.lower().encode("utf-8", "surrogatepass")
    others = low.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    low = low.translate(_ASCII_FOLD).decode("utf-8", "surrogatepass")
    for c in set("".join(_FOLD_DROP.findall(others))):
        low = low.replace(c, " ")
    return low


def fold_uncached(text: str) -> str:
    """Lower case, punctuation dropped, white space folded: the key phrases match on (``fold``, cached)."""
    # str.split() folds the same (Unicode) white space as \s; faster than re.sub(r"\s+", " ") and strip()
    return " ".join(fold_chars(text[: settings.MAX_BLOCK_CHARS]).split())


def fold_words_uncached(text: str) -> tuple[str, ...]:
    """The lower-cased words of a text (``fold_words``, cached: the steps ask for the same block many times)."""
    text = text[: settings.MAX_BLOCK_CHARS]
    if text.isascii():  # (the same words: \w is [A-Za-z0-9_] there)
        return tuple(text.translate(_ASCII_WORDS).split())
    if _HAS_CJK.search(text):
        return tuple(_CJK_WORD.findall(text.lower()))
    return tuple(_WORD.findall(text.lower()))


def spaced_words_uncached(text: str) -> tuple[str, ...]:
    """fold_words without the Han and kana characters (``spaced_words``, cached): the words a stop list
    can judge (no list holds those scripts; a line of them is told by its shape alone)."""
    words = fold_words(text)
    if text.isascii() or not _HAS_CJK.search(text):
        return words
    return tuple(w for w in words if not _HAS_CJK.match(w))


_FOLDS, _FOLD_WORDS, _SPACED_WORDS = map(TextCache, (fold_uncached, fold_words_uncached, spaced_words_uncached))
fold = _FOLDS.__getitem__
fold_words = _FOLD_WORDS.__getitem__
spaced_words = _SPACED_WORDS.__getitem__


def nwords_uncached(text: str) -> int:
    """Number of white-space separated words (a Han or kana character is a word of its own; ``nwords``, cached)."""
    if not text.isascii() and _HAS_CJK.search(text):
        return len(_CJK_TOKEN.findall(text))
    return len(text.split())


_NWORDS = TextCache(nwords_uncached)
nwords = _NWORDS.__getitem__


def learn_lines(texts: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The texts (distinct: a page's new lines), the ASCII ones first, and the words of each's fold
    (``tuple(fold(t).split())``), computed for all at once: the ASCII texts joined by "\n" are folded by one
    ``fold_chars``, the others by another (rules of one character: none reaches over
    a "\n", which no text holds, nor does str.lower's final sigma), then cut into lines and words by C
    calls. The caches learn the texts' folds, and their fold_words and spaced_words where they are the
    same words (no '_', no Han or kana). (The folds' nwords are not learned: a new page asks about a quarter
    of them, and the ~100 inserts cost more than the ~25 misses they save, while filling the cache to its
    clearing: session 8.)"""
    ordered: list[str] = []
    words: list[tuple[str, ...]] = []
    ascii_ = list(map(str.isascii, texts))
    for group, is_ascii in ((list(compress(texts, ascii_)), True), (list(compress(texts, map(not_, ascii_))), False)):
        if not group:
            continue
        joined = "\n".join(group)
        if joined.count("\n") != len(group) - 1 or max(map(len, group)) > settings.MAX_BLOCK_CHARS:
            folds = list(map(fold, group))  # (a text holding "\n", or one cut: each alone)
            ws = list(map(tuple, map(str.split, folds)))
        else:
            ws = list(map(tuple, map(str.split, fold_chars(joined).split("\n"))))
            folds = list(map(" ".join, ws))
            _FOLDS.learn(group, folds)
        ordered += group
        words += ws
        if not is_ascii and _HAS_CJK.search(joined):
            spaced = [not _HAS_CJK.search(t) for t in group]
            group, ws = list(compress(group, spaced)), list(compress(ws, spaced))
        if "_" in joined:
            same = ["_" not in t for t in group]
            group, ws = list(compress(group, same)), list(compress(ws, same))
        _FOLD_WORDS.learn(group, ws)
        _SPACED_WORDS.learn(group, ws)
    return ordered, words


def ends_sentence(text: str) -> bool:
    t = text.rstrip()
    if not t:
        return False
    if t.endswith(("?", "!", ".", "…", "。", "！", "？")):
        return True
    # a sentence may end inside quotes or brackets: 'he said "yes."' / '(see above.)'
    return len(t) > 1 and t[-1] in "\"”’»)'」』" and t[-2] in ".!?…。！？"


def is_title_case(words: list[str]) -> bool:
    """Most words of four letters or more start upper case (English-style headlines)."""
    long = [w for w in words if len(w.strip("\"'“”‘’()[]")) >= 4]
    if not long:
        return True
    upper = sum(1 for w in long if w.strip("\"'“”‘’()[]")[:1].isupper())
    return upper / len(long) >= settings.TITLE_CASE_MIN_SHARE


def headline_like(text: str, max_words: int, max_chars: int) -> bool:
    """Short, has letters, and has no closing full stop (':' and '?' are fine)."""
    if len(text) > max_chars:
        return False
    n = nwords(text)  # (cached; a long paragraph is not split again for each step asking)
    if not n or n > max_words:
        return False
    return _headline_shape(text)


@lru_cache(maxsize=65536)
def _headline_shape(text: str) -> bool:
    """headline_like's tests of the text alone, cached: the steps ask them of a short line with
    different word and length limits (a page asks about 100 times of about 55 lines)."""
    letter = _LETTERISH.search(text)  # C-speed any(c.isalpha() for c in text), exactly:
    if letter is None or not letter.group().isalpha() and not any(c.isalpha() for c in text):
        return False
    core = text.rstrip().rstrip("\"”’»)'」』")  # 'he said “yes.”' ends in a full stop too
    if not core or core[-1] in ".,;!…。，；！" or core.endswith(ELLIPSES):
        return False
    return True


def shape_reason(text: str) -> str:
    """The reason for furniture found by its shape rather than a phrase (boilerplate,
    repeated): a short line is ``navigation``, a teaser-like headline ``related-links``,
    anything else ``widget``."""
    if nwords(text) <= settings.SHORT_MAX_WORDS:
        return "navigation"
    if headline_like(text, settings.TEASER_MAX_WORDS, 10 * settings.TEASER_MAX_WORDS):
        return "related-links"
    return "widget"


def is_run(words, of) -> bool:
    """``words`` stand together, in order, somewhere in ``of`` (both word sequences)."""
    n = len(words)
    return any(of[k:k + n] == words for k in range(len(of) - n + 1))


def title_copy(words: list[str], title_words: list[str]) -> bool:
    """``words`` are a run of the title's words covering enough of it ("Title" of "Title | Site")."""
    n = len(words)
    if n < settings.TITLE_COPY_MIN_WORDS or n > len(title_words):
        return False
    if n < settings.TITLE_COPY_MIN_SHARE * len(title_words):
        return False
    return is_run(words, title_words)
