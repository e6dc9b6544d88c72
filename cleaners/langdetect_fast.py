"""langdetect's ``Detector.detect()`` with the same result, several times faster.

langdetect stays the detector: its profiles (``word_lang_prob_map``), its constants, its
seeded ``random.Random`` and its algorithm. Only the Python work per call is cut:

* ``append`` and ``cleaning_text``: the double-space loop is one regular expression, the
  latin / non-latin count by regular expressions (same text);
* n-gram extraction: each distinct character is normalised once (``NGram.normalize``),
  the text then in one ``str.translate``; each word's n-grams are kept in a dict, a new
  word's made of what NGram offers at each of its three-character windows (kept too);
* the random trials: an update ``prob[i] *= weight + row[i]`` is the same IEEE operation
  element-wise on numpy arrays; the factors ``weight + row`` of the first two trials are
  kept across calls (seeded, their weights are the same for every text). The normalising
  sum is Python's ``sum`` over the same floats in the same order, as in langdetect. The
  random draws (``gauss`` at the start of a trial, one ``choice`` per update, inlined as
  its ``getrandbits`` loop) are the same calls in the same order, on one ``random.Random``
  a thread whose state is set at each call; the convergence test after every five updates
  asks the leading language first (``LEADER_SHARE``);
* ``detect`` skips the last trial when the first ones already decide the language (see
  its docstring); ``probabilities`` always runs every trial.

tests/test_language.py checks the result, and the probabilities bit for bit, against
langdetect's own ``Detector`` on real pages.
"""
from __future__ import annotations

import random
import re
import threading
from functools import partial
from itertools import chain

import numpy as np
from langdetect.detector import Detector
from langdetect.utils.ngram import NGram
from langdetect.utils.unicode_block import UNICODE_LATIN_EXTENDED_ADDITIONAL, unicode_block

from .text import TextCache

_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # "A" <= ch <= "z"
# ch >= U+0300 and unicode_block(ch) != UNICODE_LATIN_EXTENDED_ADDITIONAL (U+1E00-U+1EFF)
_NON_LATIN = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")
_NORMALISED: dict[int, str] = {}  # code point -> NGram.normalize(ch), filled as characters turn up
_SEEN: set[str] = set()  # the characters in _NORMALISED
_ROWS: dict = {}  # n-gram -> its langdetect profile row as a numpy array, filled as n-grams turn up
# weight -> {n-gram: weight + its row}, kept across calls for at most FACTOR_WEIGHTS weights. Seeded,
# the first two trials of every call have the same weight (the first gauss() draws a pair from the
# seeded state before any choice(); the second trial takes the pair's other half), so their factors
# carry over from page to page; the third trial's weight depends on the page's draws.
_FACTORS: dict[float, dict] = {}
FACTOR_WEIGHTS = 2
FACTOR_MAX_NGRAMS = 30_000  # a kept cache this full starts again (about 17 MB of rows each)
DECIDED_MARGIN = 1e-9  # detect(): a lead this much over what the trials left can add decides
# The convergence test max(p) / sum(p) > CONV_THRESHOLD asks max() of 55 floats after every five
# updates. A language holding at least LEADER_SHARE of the sum answers it alone: every other one
# holds at most the rest, 1 - LEADER_SHARE (plus the sum's rounding, about 1e-14), far under the
# threshold; and when its own share is over the threshold (over one half), it is the maximum. Only
# when the leader's share falls under LEADER_SHARE is the maximum looked for (and becomes the leader).
LEADER_SHARE = 0.001
WORD_CACHE_MAX = 65536  # words whose n-grams are kept (a full cache starts again)


def _factors(weight: float, seeded: bool) -> dict:
    """The factor cache of a trial's weight: shared when kept, else a new one for this trial."""
    kept = _FACTORS.get(weight)
    if kept is not None:
        if len(kept) >= FACTOR_MAX_NGRAMS:
            kept.clear()
        return kept
    if seeded and len(_FACTORS) < FACTOR_WEIGHTS:
        kept = _FACTORS[weight] = {}
        return kept
    return {}


def _window_grams(known: dict, w: str) -> tuple[str, ...]:
    """The known n-grams NGram offers at one character, by the character and the two before it.

    NGram resets at a space; inside a word it offers the 1-, 2- and 3-gram ending at each
    character (the 2- and 3-grams may start with the space before the word), and at the space
    after a word the 2- and 3-gram ending in it. It skips a character while ``capitalword`` is
    set, which is exactly when it and the one before it are upper case. So what it offers at a
    character is a function of the window of three characters ending there (a word padded by two
    spaces in front): the n-grams of a new word are found by its windows, which other words share
    (a profile look-up for a window not seen before; the profile dict is large and out of the CPU
    caches on a new page, the windows' is small)."""
    before, ch = w[1], w[2]
    if ch == " ":  # the space after a word (before it the word's last character: a word holds no space)
        offered: tuple[str, ...] = (w[1:], w)
    elif before == " ":  # a word's first character
        offered = (ch, w[1:])
    elif ch.isupper() and before.isupper():
        offered = ()
    else:
        offered = (ch, w[1:], w)
    return tuple([g for g in offered if g in known])


def _word_grams(w: str, spaced: bool, windows: TextCache) -> tuple[str, ...]:
    """The known n-grams NGram offers for one word (normalised, no space in it), and for the
    space after it when one follows: its windows' (``windows``: _window_grams, cached)."""
    p = "  " + w + " " if spaced else "  " + w
    return tuple(chain.from_iterable(map(windows.__getitem__, [p[i:i + 3] for i in range(len(p) - 2)])))


class FastDetector:
    """Detects like ``factory.create()`` with ``n_trial`` set, then ``append(text)``, ``detect()``."""

    def __init__(self, factory, n_trial: int):
        self.word_lang_prob_map = factory.word_lang_prob_map
        self.langlist = factory.langlist
        self.seed = factory.seed
        self.n_trial = n_trial
        self.alpha = Detector.ALPHA_DEFAULT
        self.max_text_length = 10000  # Detector's default
        self._seeded = random.Random(self.seed).getstate()
        # one random.Random a thread, its state set at each call: Random() seeds itself from
        # os.urandom twice (its __new__ and its __init__), about 30 us, more than a page's updates
        self._local = threading.local()
        # a word's n-grams, a pure function of the word and the profiles (common words recur on
        # every page): words followed by a space, and a text's last word
        self._grams: tuple[dict, dict] = ({}, {})
        self._windows = TextCache(partial(_window_grams, self.word_lang_prob_map))  # a new word's n-grams

    # --- Detector.append and Detector.cleaning_text -------------------------------
    def prepare(self, text: str) -> str:
        text = Detector.URL_RE.sub(" ", text)
        if "@" in text:  # (MAIL_RE needs one; tried at every character it costs more than the rest)
            text = Detector.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        # append() drops every space that follows a space, within the first max_text_length
        text = _SPACES.sub(" ", text[: self.max_text_length])
        # langdetect counts "A" <= ch <= "z" (latin) and ch >= U+0300 outside Latin Extended
        # Additional (non-latin) and drops the latin ones when latin * 2 < non_latin; the latin
        # characters are counted only as far as that needs (typographic quotes are non-latin)
        non_latin = len(_NON_LATIN.findall(text))
        if non_latin:
            latin = 0
            for _ in _LATIN.finditer(text):
                latin += 1
                if latin * 2 >= non_latin:
                    break
            if latin * 2 < non_latin:
                text = _LATIN.sub("", text)
        return text

    # --- Detector._extract_ngrams ----------------------------------------------------
    def ngrams(self, text: str) -> list[str]:
        """The n-grams of NGram's character loop, in its order, word by word (see _word_grams).

        A word's n-grams are kept in a dict by whether a space follows it (every word but the
        last): a dict look-up costs a third of lru_cache's two-argument call."""
        if not _SEEN.issuperset(text):
            for ch in set(text).difference(_SEEN):
                _NORMALISED[ord(ch)] = NGram.normalize(ch)
                _SEEN.add(ch)
        words = text.translate(_NORMALISED).split(" ")
        windows = self._windows
        spaced, last = self._grams
        if len(spaced) >= WORD_CACHE_MAX or len(last) >= WORD_CACHE_MAX:
            spaced.clear()
            last.clear()
        w = words.pop()  # the last word: no space follows it
        parts = list(map(spaced.get, words))
        if None in parts:  # words not seen before
            for k, g in enumerate(parts):
                if g is None:
                    parts[k] = spaced[words[k]] = _word_grams(words[k], True, windows) if words[k] else ()
        grams = list(chain.from_iterable(parts))
        if w:
            g = last.get(w)
            if g is None:
                g = last[w] = _word_grams(w, False, windows)
            grams += g
        return grams

    def _row(self, word: str) -> np.ndarray:
        row = _ROWS.get(word)
        if row is None:
            row = _ROWS[word] = np.array(self.word_lang_prob_map[word], dtype=np.float64)
        return row

    # --- Detector._detect_block and get_probabilities ------------------------------------
    def probabilities(self, text: str) -> list[float] | None:
        """langdetect's ``langprob`` for the text, or None when it has no n-gram ("No features")."""
        return self._langprob(text, decide=False)

    def _langprob(self, text: str, decide: bool) -> list[float] | None:
        """``probabilities``; with ``decide``, perhaps the sum after fewer trials, when its
        maximum is the final maximum whatever the other trials give (see ``detect``)."""
        ngrams = self.ngrams(self.prepare(text))
        if not ngrams:
            return None
        nlang = len(self.langlist)
        langprob = np.zeros(nlang)
        uniform = np.full(nlang, 1.0 / nlang)
        rnd = getattr(self._local, "rnd", None)
        if rnd is None:
            rnd = self._local.rnd = random.Random()
        if self.seed is None:
            rnd.seed(None)  # unseeded langdetect: a fresh seed per call
        else:
            rnd.setstate(self._seeded)  # the state Random().seed(self.seed) gives (gauss_next too)
        getrandbits = rnd.getrandbits
        n = len(ngrams)
        bits = n.bit_length()  # choice(ngrams) is ngrams[_randbelow(n)]: getrandbits(bits) until < n
        rows = _ROWS
        conv, limit = Detector.CONV_THRESHOLD, Detector.ITERATION_LIMIT
        for trial in range(self.n_trial):
            prob = uniform.copy()  # (np.full(nlang, 1.0 / nlang): the same floats)
            alpha = self.alpha + rnd.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH
            weight = alpha / Detector.BASE_FREQ
            factors = _factors(weight, self.seed is not None)  # weight + lang_prob_map[word]
            get = factors.get
            i = -1  # the last update's number: langdetect checks after update 0, 5, 10, ...
            lead = 0  # a language whose share is at least LEADER_SHARE, or the maximum's
            run = 1
            while True:
                for _ in range(run):
                    r = getrandbits(bits)
                    while r >= n:
                        r = getrandbits(bits)
                    word = ngrams[r]
                    f = get(word)
                    if f is None:
                        row = rows.get(word)
                        f = factors[word] = weight + (self._row(word) if row is None else row)
                    prob *= f  # prob[i] *= weight + lang_prob_map[i], element-wise
                i += run
                values = prob.tolist()
                sump = sum(values)  # Python's sum, in langdetect's order
                if sump == 0.0:
                    raise ZeroDivisionError("float division by zero")  # as langdetect would
                prob /= sump
                # langdetect's max(p / sump) > conv: max(p) / sump (division by a positive number is
                # monotonic), asked of the leader first (see LEADER_SHARE)
                top = values[lead] / sump
                if top < LEADER_SHARE:
                    top = max(values)
                    lead = values.index(top)
                    top /= sump
                if top > conv or i >= limit:
                    break
                run = 5
            langprob += prob / self.n_trial
            left = self.n_trial - trial - 1  # trials still to run
            if decide and left and trial + 1 > left:  # (else no lead can be large enough)
                partial = langprob.tolist()
                second, top = sorted(partial)[-2:]  # (heapq.nlargest(2, ...), in Python, costs more)
                if top - second > left / self.n_trial + DECIDED_MARGIN and top > Detector.PROB_THRESHOLD:
                    return partial
        return langprob.tolist()

    def detect(self, text: str) -> str:
        """The language code langdetect returns, or ``Detector.UNKNOWN_LANG``; raises
        LangDetectException where langdetect does (no features).

        langdetect's answer is the language of the largest sum over the trials of
        ``prob / n_trial``. A trial's probabilities are at most 1 (each is a part of their sum,
        divided by it), so the trials still to run add at most ``left / n_trial`` to any one
        language (plus rounding, far below DECIDED_MARGIN), and nothing to the leader's sum
        (non-negative terms). When the leader's lead after the first trials is larger than
        that (and it is over PROB_THRESHOLD already), it leads the final sum too: the last
        trial is not run. Typical pages: the first two trials agree,
        with a lead near 2/3. The probabilities of ``probabilities`` always run every trial."""
        langprob = self._langprob(text, decide=True)
        if langprob is None:
            from langdetect.lang_detect_exception import ErrorCode, LangDetectException

            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        # langdetect sorts the languages over PROB_THRESHOLD by probability, stably, highest first, and
        # answers the first: the first maximum in langlist's order, when it is over the threshold
        top = max(langprob)
        return self.langlist[langprob.index(top)] if top > Detector.PROB_THRESHOLD else Detector.UNKNOWN_LANG
