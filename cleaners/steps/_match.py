"""Phrase matching shared by the steps: compiled once from :mod:`cleaners.phrases`."""
from __future__ import annotations

import re

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
