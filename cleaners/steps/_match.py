"""Phrase matching shared by the steps: compiled once from :mod:`cleaners.phrases`."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, compress, count, repeat
from operator import is_, not_

from ..text import TextCache, fold, learn_lines


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
#   words:  the words of the folded line hold all the words of one of these phrases (the lines holding
#           a word found once a page for all prefilters, Page.word_lines; for a phrase of several words,
#           the lines holding its longest word, and of them those holding the rest);
#   fold:   the folded line holds one of these literals;
#   raw:    the line holds one of these literals.
# Literals are lower case and match ignoring case as re.IGNORECASE does (the rules' own flag): in
# the raw line by re.I, in the folded line case-sensitively, after fold(case_fix(text)) turned
# every character re.I equates with a letter into that letter (fixed_fold). In a literal, " "
# stands for a run of white space, DIGIT for a digit (\d), a leading "^" for the line's start and a
# trailing "$" for its end (white space before or after them allowed on the raw line); a raw
# literal anchored so and made of letters, digits and spaces is looked for in the folded line.
# Literals are found by regexes over the page's lines joined as "\n" line "\r\n" line ... "\r"
# ("^" is "\n"; "$" is "\r", searched in the reversed page, where it comes first), one regex a group
# (start, end, or a first character) for all prefilters, run once a page (Page.found): a regex
# starting with one known character is searched for it (fast), so a literal's first character
# should be a rare one (not a letter on the raw line), and whole words go to ``words``.
DIGIT = "#"
# the characters re.IGNORECASE equates with a lower-case letter that str.lower() does not turn into it
_CASE_FIX = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т",
                           "ᲅ": "т", "ᲆ": "ъ", "ᲇ": "ѣ", "ᲈ": "ꙋ", "ẛ": "ṡ", "ﬅ": "ﬆ"})
_HAS_CASE_FIX = re.compile("[%s]" % "".join(map(chr, _CASE_FIX)))
_CASE_FIX_CHARS = tuple(map(chr, _CASE_FIX))


def case_fix(text: str) -> str:
    return text.translate(_CASE_FIX) if not text.isascii() and _HAS_CASE_FIX.search(text) else text


# Every prefilter's words (its single words, and the word of each of its phrases whose lines are looked at): the
# lines holding them are found once a page for all prefilters (Page.word_lines)
_WORDS: set[str] = set()


def fixed_fold_uncached(text: str) -> tuple[str, tuple[str, ...], str, tuple[str, ...]]:
    """The text case-fixed and folded (as re.I reads it: where the ``fold`` literals are looked for),
    its words (the ``words`` condition), the text folded (``fold``, the same string unless the text
    held a character ``case_fix`` changes) and the words of ``_WORDS`` among its words, sorted (most
    lines: none). ``fixed_fold`` is its cached form, so a page's lines take one look-up each for all
    four (the cache is emptied when ``_WORDS`` grows; ``learn_fixed_folds`` fills it for a page's new
    lines at once). Tuples of strings, not sets: the garbage collector stops tracking the tuples,
    while thousands of tracked cache entries made the next full collections come sooner."""
    plain, fixed = fold(text), case_fix(text)
    f = plain if fixed is text else fold(fixed)
    tokens = tuple(f.split())
    words = () if _WORDS.isdisjoint(tokens) else tuple(sorted(_WORDS.intersection(tokens)))
    return f, tokens, plain, words


_FIXED = TextCache(fixed_fold_uncached)
fixed_fold = _FIXED.__getitem__


def learn_fixed_folds(texts: list[str]) -> dict[str, tuple]:
    """fixed_fold of each text (distinct, not in its cache) into the cache and returned (text: entry), for all
    at once: the folds and
    their words by one ``learn_lines`` (the texts no ``case_fix`` changes: nearly all), the words of ``_WORDS``
    looked for by C calls (a Python step only for the lines holding one). Whether the texts hold a character
    ``case_fix`` changes: a str search of the texts joined for each (C calls; instant on a page of Latin-1
    characters, where none fits), not a Python step a text."""
    joined = "".join(texts)
    fixable = [t for t in texts if not t.isascii() and _HAS_CASE_FIX.search(t)] if any(map(joined.__contains__, _CASE_FIX_CHARS)) else []
    learned = {t: fixed_fold(t) for t in fixable}
    if learned:
        texts = [t for t in texts if t not in learned]
    texts, tokens = learn_lines(texts)
    folds = list(map(fold, texts))  # (learned by learn_lines: look-ups)
    words = [()] * len(tokens)
    for i in compress(count(), map(not_, map(_WORDS.isdisjoint, tokens))):
        words[i] = tuple(sorted(_WORDS.intersection(tokens[i])))
    entries = list(zip(folds, tokens, folds, words))
    _FIXED.learn(texts, entries)
    learned.update(zip(texts, entries))
    return learned


def fold_tokens(text: str) -> frozenset[str]:
    return frozenset(fixed_fold(text)[1])


class _View:
    """One form of a page's lines, joined for literal scans."""

    __slots__ = ("lines", "text", "_rev", "_ends", "whole")

    def __init__(self, lines: list[str], whole: bool = False):
        self.lines = lines
        self.text = "\n" + "\r\n".join(lines) + "\r"
        self._rev = self._ends = None
        n = len(lines)
        # no line holds "\r" or "\n" (``whole``: known to hold none, as folded lines: fold splits at them)
        self.whole = whole or self.text.count("\n") == n and self.text.count("\r") == n

    def rev(self) -> str:
        if self._rev is None:
            self._rev = self.text[::-1]
        return self._rev

    def lines_at(self, positions: Iterable[int]) -> Iterator[int]:
        """The line of each position of ``text``: how many lines after the first start ("\n") at or before it."""
        if self._ends is None:  # where each line but the first has its "\n" (and the text's end: no position reaches it)
            self._ends = list(accumulate(map((2).__add__, map(len, self.lines))))
        return map(bisect_right, repeat(self._ends), positions)


class Page:
    """A page's block texts in the forms the conditions read, each built when first asked."""

    __slots__ = ("texts", "_folds", "_raw", "_fold", "_fixed_folds", "_tokens", "_line_words", "_words_of", "_found",
                 "_word_lines", "_of")

    def __init__(self, texts: list[str]):
        self.texts = texts
        self._folds = self._raw = self._fold = self._fixed_folds = self._tokens = self._line_words = None
        self._words_of = 0  # the size of _WORDS the lines' words of it were looked up with
        self._found: dict = {}
        self._word_lines: tuple[int, dict[str, list[int]]] | None = None
        self._of: dict[Prefilter, list[int]] = {}  # each prefilter's lines (of_page), found once a page

    def found(self, key: tuple[bool, str]) -> list[int]:
        """Where the regex of a literal group (all prefilters') matches in the view ("$": reversed)."""
        rx, overlap, plain = _group_regex(key)
        # (found with this regex: a group grows when a prefilter is made later; the regex is told by identity, as
        # hashing a Pattern hashes its compiled code, thousands of words for a large group, at every call)
        rx_where = self._found.get(key)
        where = rx_where[1] if rx_where is not None and rx_where[0] is rx else None
        if where is None:
            v = self.fold() if key[0] else self.raw()
            text = v.rev() if key[1] == "$" else v.text
            first = key[1]
            if first not in "^$" and first.upper() == first.lower() and first not in text:  # (a str search is faster)
                where = []
            elif plain is not None:  # (str.find: faster than the regex engine trying the first character at each)
                where, i, step = [], text.find(plain), 1 if overlap else len(plain)
                while i >= 0:
                    where.append(i)
                    i = text.find(plain, i + step)
            elif not overlap:
                where = [m.start() for m in rx.finditer(text)]
            else:  # every start, also inside another match
                where, m = [], rx.search(text)
                while m:
                    where.append(m.start())
                    m = rx.search(text, m.start() + 1)
            self._found[key] = (rx, where)
        return where

    def word_lines(self) -> dict[str, list[int]]:
        """The lines holding each word of ``_WORDS`` (every prefilter's words) that stands on the page, in
        order: ``{w: [i for i, t in enumerate(tokens) if w in t]}`` for all prefilters at once, from the
        lines' words of ``_WORDS`` (``fixed_fold``: a Python loop only over the lines holding one)."""
        known = self._word_lines
        if known is None or known[0] != len(_WORDS):  # (_WORDS only grows: a prefilter made later adds words)
            self._fixed()
            if self._words_of != len(_WORDS):  # (looked up before _WORDS grew: again, in the emptied cache)
                self._line_words, self._words_of = tuple(fixed_fold(t)[3] for t in self.texts), len(_WORDS)
            words = self._line_words
            lines: dict[str, list[int]] = {}
            for i in compress(count(), words):
                for w in words[i]:
                    if w in lines:
                        lines[w].append(i)
                    else:
                        lines[w] = [i]
            known = self._word_lines = (len(_WORDS), lines)
        return known[1]

    def folds(self) -> tuple[str, ...]:
        self._fixed()
        return self._folds

    def raw(self) -> _View:
        if self._raw is None:
            self._raw = _View(self.texts)
        return self._raw

    def fold(self) -> _View:
        if self._fold is None:
            self._fixed()
            self._fold = _View(self._fixed_folds, whole=True)
        return self._fold

    def _fixed(self) -> None:
        if self._tokens is None:  # (the cache's look-ups by C calls; a Python call a line only where it misses)
            got = list(map(_FIXED.get, self.texts))
            if None in got:  # (the new lines' entries from the page's own small dict, not the cache's look-ups again)
                learned = learn_fixed_folds(list(dict.fromkeys(compress(self.texts, map(is_, got, repeat(None))))))
                got = list(map(learned.get, self.texts, got))
            self._fixed_folds, self._tokens, self._folds, self._line_words = zip(*got) if got else ((), (), (), ())
            self._words_of = len(_WORDS)

    def tokens(self) -> tuple[tuple[str, ...], ...]:
        self._fixed()
        return self._tokens


_last_page: Page | None = None


def page(texts: list[str]) -> Page:
    """The :class:`Page` of these texts: the last one asked is kept (the steps of a page ask in turn)."""
    global _last_page
    p = _last_page
    if p is None or p.texts != texts:
        p = _last_page = Page(texts)
    return p


_SPACE = r"[^\S\r\n]"  # white space within a line


def _groups(literals: list[str]) -> dict[str, set[str]]:
    """Literals by how they are searched: "^" (after the "\n"), "$" (reversed, after the "\r"), or
    their first character (one regex per first character: a regex starting with one known character
    is searched for it, fast, one starting with any of several tries every character of the page)."""
    groups: dict[str, set[str]] = {}
    for lit in literals:
        if lit != lit.lower() or not lit.strip("^$") or "\n" in lit or "\r" in lit or lit.startswith("^") and lit.endswith("$"):
            raise ValueError(f"not a literal condition: {lit!r}")
        if lit.startswith("^"):
            groups.setdefault("^", set()).add(lit[1:])
        elif lit.endswith("$"):
            groups.setdefault("$", set()).add(lit[:-1][::-1])
        else:
            groups.setdefault(lit[0], set()).add(lit)
    return groups


def _compile(group: str, lits: set[str], folded: bool) -> re.Pattern:
    rx = alternation(lits).replace(re.escape(DIGIT), r"\d").replace(re.escape(" "), _SPACE + "+")
    edge = "" if folded else _SPACE + "*"  # (folded lines have no white space at their ends)
    prefix = {"^": "\n" + edge, "$": "\r" + edge}.get(group, "")
    cased = not folded and any(c.upper() != c for lit in lits for c in lit)  # (re.I makes the regex slower)
    return re.compile(prefix + rx, re.I if cased else 0)


def _folded(lit: str) -> str | None:
    """A literal anchored at the line's start or end made of letters, digits and spaces: where the line
    starts (ends) so, the folded line (:func:`fixed_fold`, which lower-cases as re.I reads) starts (ends)
    with the literal, the space towards the line's middle dropped. Then that literal, else None."""
    if lit.startswith("^"):
        core = lit[1:].rstrip(" ")
        folded = "^" + core
    elif lit.endswith("$"):
        core = lit[:-1].lstrip(" ")
        folded = core + "$"
    else:
        return None
    plain = core.replace(DIGIT, "0")
    return folded if plain and fold(plain) == plain else None


# Every prefilter's literals by (folded view?, group): a page is searched once a group, for all
# prefilters at once (Page.found); a prefilter's own regex then runs only where that search matched.
_GROUPS: dict[tuple[bool, str], set[str]] = {}
# (regex, may overlap, the group's one literal when the regex matches it as it is: else None), made when first used
_GROUP_RX: dict[tuple[bool, str], tuple[re.Pattern, bool, str | None]] = {}


def _group_regex(key: tuple[bool, str]) -> tuple[re.Pattern, bool, str | None]:
    found = _GROUP_RX.get(key)
    if found is None:
        group, lits = key[1], _GROUPS[key]
        # a literal holding its group's first character again could start inside another's match
        overlap = group not in "^$" and any(group in lit[1:] for lit in lits)
        rx = _compile(group, lits, key[0])
        plain = next(iter(lits)) if len(lits) == 1 and group not in "^$" else None
        if plain is not None and (DIGIT in plain or " " in plain or rx.flags & re.I):  # (then the regex is not it)
            plain = None
        found = _GROUP_RX[key] = (rx, overlap, plain)
    return found


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
        # the phrases of several words by the word of each whose lines are looked at: its longest (likely the rarest)
        self._phrases: dict[str, list[frozenset[str]]] = {}
        for ws in sorted(phrases_, key=sorted):
            if len(ws) > 1 and self._words.isdisjoint(ws):
                self._phrases.setdefault(max(sorted(ws), key=len), []).append(ws)
        if not _WORDS.issuperset(self._words) or not _WORDS.issuperset(self._phrases):
            _WORDS.update(self._words, self._phrases)
            _FIXED.clear()  # (its entries hold the lines' words of _WORDS)
        self._literals = []  # (group key, own regex, how many literals of the group are its own)
        fold = [*fold, *filter(None, map(_folded, raw))]
        raw = [lit for lit in raw if _folded(lit) is None]
        for folded, lits in ((True, fold), (False, raw)):
            for group, own in _groups(list(lits)).items():
                key = (folded, group)
                if not own <= _GROUPS.setdefault(key, set()):
                    _GROUPS[key] |= own
                    _GROUP_RX.pop(key, None)
                self._literals.append((key, _compile(group, own, folded), len(own)))

    def of_page(self, p: Page) -> list[int]:
        """The page's lines meeting the condition, in order (kept by the page: a second step asking the same
        prefilter, as boilerplate asks the comments step's, finds them; callers do not change the list)."""
        got = p._of.get(self)
        if got is None:
            got = p._of[self] = self._scan(p)
        return got

    def _scan(self, p: Page) -> list[int]:
        hits: set[int] = set()
        if self._lines:
            folds = p.folds()
            found = self._lines.intersection(folds)
            if found:  # (the lines whose fold is one of them, by C calls)
                hits.update(compress(range(len(folds)), map(found.__contains__, folds)))
        if self._words or self._phrases:
            hits.update(self.word_hits(p))
        for key, own, n_own in self._literals:
            v = p.fold() if key[0] else p.raw()
            if not v.whole:
                return list(range(len(p.texts)))
            where = p.found(key)
            if where:
                # where the group's regex matched; when the group's literals are all this prefilter's own, its
                # own regex is the group's (the same literals compiled alike) and matches at each: not tried again
                mine = n_own == len(_GROUPS[key])
                text = v.rev() if key[1] == "$" else v.text
                if not mine:
                    where = compress(where, map(own.match, repeat(text), where))
                if key[1] == "$":  # (a position in the reversed text)
                    where = map((len(text) - 1).__sub__, where)
                hits.update(v.lines_at(where))
        return sorted(hits)

    def word_hits(self, p: Page) -> set[int]:
        """The lines meeting the words condition: holding one of the words, or all the words of one phrase."""
        hits: set[int] = set()
        word_lines = p.word_lines()
        for w in self._words.intersection(word_lines):
            hits.update(word_lines[w])
        for rare in self._phrases.keys() & word_lines.keys():
            tokens = p.tokens()
            for ws in self._phrases[rare]:
                hits.update(i for i in word_lines[rare] if ws.issubset(tokens[i]))
        return hits

    def lines_of(self, blocks) -> list[int]:
        """Indices of the blocks whose text can match."""
        return self.of_page(page([b.text for b in blocks]))

    def accepts(self, text: str) -> bool:
        """Whether one text meets the condition (for the tests)."""
        return bool(self.of_page(Page([text])))
