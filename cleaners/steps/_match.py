"""Phrase matching shared by the steps: compiled once from :mod:`cleaners.phrases`."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from ..text import fold


def phrase_set(phrases: list[str]) -> frozenset[str]:
    return frozenset(fold(p) for p in phrases)


def alternation(literals: set[str]) -> str:
    """A regex matching exactly the given strings, as a character trie: ``(?:a(?:b|c)|d)``.

    The same strings as ``a|b|c...``, so the same matches wherever it is used as a whole;
    it is faster because at each position the engine tries one branch per first character,
    not one per phrase."""
    trie: dict = {}
    for s in literals:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = True  # a phrase ends here

    def render(node: dict) -> str:
        alts = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)
        if "" in node:  # a phrase may end here: the rest is optional
            return body + "?" if len(alts) > 1 else "(?:%s)?" % body
        return body

    return "(?:%s)" % render(trie)


def prefix_regex(phrases: list[str]) -> re.Pattern:
    """Matches folded text that starts with one of the phrases as whole words."""
    return re.compile(r"^%s(?:\s|$)" % alternation({fold(p) for p in phrases}))


class ContainsRegex:
    """One of the phrases as whole words anywhere in a text: ``(?:^|\\s)phrase(?:\\s|$)``
    (``plain``). ``search`` finds the same texts (its match object is not the plain one's:
    callers test its truth only) about twice as fast: it looks for `` phrase`` in
    ``" " + text``, so the regex engine jumps from space to space (a literal first character)
    instead of trying every position; a text with other white space than " " (never
    folded or normalised text) goes to the plain regex."""

    __slots__ = ("plain", "_fast", "pattern")

    def __init__(self, alternation_: str):
        self.plain = re.compile(r"(?:^|\s)%s(?:\s|$)" % alternation_)
        self._fast = re.compile(r" %s(?!\S)" % alternation_)  # (?!\S) is (?:\s|$) without consuming
        self.pattern = self.plain.pattern

    def search(self, text: str) -> re.Match | None:
        m = self._fast.search(" " + text)
        if m is None and not text.isprintable():  # (str.isspace characters but " " are not printable)
            return self.plain.search(text)
        return m


def contains_regex(phrases: list[str]) -> ContainsRegex:
    return ContainsRegex(alternation({fold(p) for p in phrases}))


def any_regex(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


# --- page-level prefilters: the lines a rule can match, found once per page ------------------------
# A rule states a NECESSARY condition next to it (tests/test_fast_paths.py checks it never rejects a
# line the rule accepts); a step runs the rule only on the lines that meet it. Conditions, any of:
#   lines:  the folded line is one of these (a set look-up);
#   words:  the words of the folded line (fold(text).split()) hold all the words of one of these
#           phrases (folded: one set test a page for single words, one a phrase for longer ones);
#   fold:   the folded line holds one of these literals;
#   raw:    the line holds one of these literals.
# Literals are lower case and matched ignoring case as re.IGNORECASE does (the rules' own flag; in
# folded text, which is lower case, by the characters _CASE_FIX maps to a letter: then a regex
# starting with a letter still has a known first character, which re.I takes away); in
# a literal, " " stands for a run of white space, DIGIT for a digit (\d), a leading "^" for the line's
# start and a trailing "$" for its end (white space before or after them allowed). They are found by
# regexes over the page's lines joined as "\n" line "\r\n" line ... "\r": "^" is "\n", "$" is "\r",
# searched in the reversed page, where it comes first. Literals that do not start with "^" are
# searched one regex per first character, which should be a rare one (not a letter): words go to ``words``.
DIGIT = "#"
# the characters re.IGNORECASE equates with a lower-case letter that str.lower() does not turn into it
_CASE_FIX = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т",
                           "ᲅ": "т", "ᲆ": "ъ", "ᲇ": "ѣ", "ᲈ": "ꙋ", "ẛ": "ṡ", "ﬅ": "ﬆ"})
_HAS_CASE_FIX = re.compile("[%s]" % "".join(map(chr, _CASE_FIX)))
_CASE_FIXED = {v: "".join(chr(k) for k, w in _CASE_FIX.items() if w == v) for v in sorted(set(_CASE_FIX.values()))}


def case_fix(text: str) -> str:
    return text.translate(_CASE_FIX) if not text.isascii() and _HAS_CASE_FIX.search(text) else text


@lru_cache(maxsize=65536)
def fold_tokens(text: str) -> frozenset[str]:
    """The words of the text, case-fixed and folded (the ``words`` condition)."""
    return frozenset(fold(case_fix(text)).split())


class _View:
    """One form of a page's lines, joined for literal scans."""

    __slots__ = ("lines", "text", "_rev", "_starts", "whole")

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.text = "\n" + "\r\n".join(lines) + "\r"
        self._rev = self._starts = None
        n = len(lines)
        self.whole = self.text.count("\n") == n and self.text.count("\r") == n  # no line holds "\r" or "\n"

    def rev(self) -> str:
        if self._rev is None:
            self._rev = self.text[::-1]
        return self._rev

    def line_at(self, pos: int) -> int:
        if self._starts is None:  # where each line's "\n" is
            self._starts = list(accumulate(map((2).__add__, map(len, self.lines)), initial=0))
        return bisect_right(self._starts, pos) - 1


class Page:
    """A page's block texts in the forms the conditions read, each built when first asked."""

    __slots__ = ("texts", "_folds", "_raw", "_fold", "_tokens", "_vocab")

    def __init__(self, texts: list[str]):
        self.texts = texts
        self._folds = self._raw = self._fold = self._tokens = self._vocab = None

    def folds(self) -> list[str]:
        if self._folds is None:
            self._folds = list(map(fold, self.texts))
        return self._folds

    def raw(self) -> _View:
        if self._raw is None:
            self._raw = _View(self.texts)
        return self._raw

    def fold(self) -> _View:
        if self._fold is None:
            self._fold = _View(self.folds())
        return self._fold

    def tokens(self) -> list[frozenset[str]]:
        if self._tokens is None:
            self._tokens = list(map(fold_tokens, self.texts))
            self._vocab = frozenset().union(*self._tokens)
        return self._tokens

    def vocab(self) -> frozenset[str]:
        self.tokens()
        return self._vocab


_last_page: Page | None = None


def page(texts: list[str]) -> Page:
    """The :class:`Page` of these texts: the last one asked is kept (the steps of a page ask in turn)."""
    global _last_page
    p = _last_page
    if p is None or p.texts != texts:
        p = _last_page = Page(texts)
    return p


_SPACE = r"[^\S\r\n]"  # white space within a line


def _literal_regexes(literals: list[str], folded: bool) -> list[tuple[re.Pattern, bool]]:
    """(regex, on the reversed view) pairs finding the literals in a view (``folded``: in lower case)."""
    start, end, free = set(), set(), set()
    for lit in literals:
        if lit != lit.lower() or not lit.strip("^$") or "\n" in lit or "\r" in lit or lit.startswith("^") and lit.endswith("$"):
            raise ValueError(f"not a literal condition: {lit!r}")
        if lit.startswith("^"):
            start.add(lit[1:])
        elif lit.endswith("$"):
            end.add(lit[:-1][::-1])
        else:
            free.add(lit)

    def compiled(prefix: str, lits: set[str]) -> re.Pattern:
        rx = alternation(lits)
        if folded:  # as re.I in lower-case text (and faster: see above)
            for letter, others in _CASE_FIXED.items():
                rx = rx.replace(letter, f"[{letter}{others}]")
        rx = rx.replace(re.escape(DIGIT), r"\d").replace(re.escape(" "), _SPACE + "+")
        return re.compile(prefix + rx, 0 if folded else re.I)

    edge = "" if folded else _SPACE + "*"  # (folded lines have no white space at their ends)
    out = [(compiled("\n" + edge, start), False)] if start else []
    # one regex per first character: a regex starting with one known character is searched for it
    # (fast), one starting with any of several tries every character against the set (slow)
    for first in sorted({lit[0] for lit in free}):
        out.append((compiled("", {lit for lit in free if lit[0] == first}), False))
    if end:
        out.append((compiled("\r" + edge, end), True))
    return out


def literals_and_words(needs: list[list]) -> tuple[list[str], list[str]]:
    """The literals and the words of need lists (phrases.NAV_PATTERN_NEEDS and the like), flattened."""
    lits = [n for need in needs for n in need if isinstance(n, str)]
    return lits, [w for need in needs for n in need if isinstance(n, dict) for w in n["words"]]


class Prefilter:
    """The lines of a page that can match a rule (the conditions above, any of them)."""

    def __init__(self, *, lines=(), words=(), fold=(), raw=()):
        self._lines = frozenset(lines)
        phrases_ = set(map(fold_tokens, words))
        self._words = frozenset(w for ws in phrases_ if len(ws) == 1 for w in ws)
        self._phrases = [ws for ws in phrases_ if len(ws) > 1 and self._words.isdisjoint(ws)]
        self._fold = _literal_regexes(list(fold), True)
        self._raw = _literal_regexes(list(raw), False)

    def of_page(self, p: Page) -> list[int]:
        hits: set[int] = set()
        if self._lines:
            found = self._lines.intersection(p.folds())
            if found:
                hits.update(i for i, f in enumerate(p.folds()) if f in found)
        if self._words:
            found = self._words.intersection(p.vocab())
            if found:
                hits.update(i for i, t in enumerate(p.tokens()) if not found.isdisjoint(t))
        if self._phrases:
            vocab = p.vocab()
            for ws in self._phrases:
                if ws <= vocab:
                    hits.update(i for i, t in enumerate(p.tokens()) if ws <= t)
        for regexes, view in ((self._fold, p.fold), (self._raw, p.raw)):
            if regexes:
                v = view()
                if not v.whole:
                    return list(range(len(p.texts)))
                for rx, rev in regexes:
                    if rev:
                        last = len(v.text) - 1
                        hits.update(v.line_at(last - m.start()) for m in rx.finditer(v.rev()))
                    else:
                        hits.update(v.line_at(m.start()) for m in rx.finditer(v.text))
        return sorted(hits)

    def lines_of(self, blocks) -> list[int]:
        """Indices of the blocks whose text can match."""
        return self.of_page(page([b.text for b in blocks]))

    def accepts(self, text: str) -> bool:
        """Whether one text meets the condition (for the tests)."""
        return bool(self.of_page(Page([text])))
