"""A learned block scorer for the ``boilerplate`` step: logistic regression over the shape
and context of each kept block (no words of particular pages or sites), trained by
``benchmarks/train_scorer.py``. Inference is a dot product per block.

``features(rows, classes, stop, h1)`` gives one feature vector per row of the step (kept
rows and the furniture rows of earlier steps); ``logodds(model, x)`` the model's log-odds
that the block belongs to the article; ``value(model, z, n)`` turns it into the block's
score for the maximum-sum search.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from . import settings
from .text import ends_sentence, fold_words, headline_like, nwords

WEIGHTS_FILE = Path(__file__).with_name("scorer_weights.json")

FEATURES = (
    "bias",
    "log_words", "density", "no_stoplist", "ends_sentence", "item", "ends_colon",
    "good", "neargood", "bad", "headline_like", "title_case", "digits", "punct", "mean_word_len",
    "blank_before", "rel_pos", "no_anchor", "above_anchor", "in_anchor_window", "log_below_anchor",
    "prev_furniture", "next_furniture", "prev_good", "next_good", "prev_item", "next_item",
    "prev_log_words", "next_log_words", "furniture_near", "good_near", "good_words_near",
    "good_words_above", "good_words_below", "item_run", "short_run",
)
NEAR = 3  # rows each side that "near" counts look at


def _shape(b, cls: str, stop) -> list[float]:
    text = b.text
    words = fold_words(text)
    n = nwords(text)
    if stop is None:
        d = 1.0
    else:
        d = sum(map(stop.__contains__, words)) / len(words) if words else 0.0
    toks = text.split()
    long = [w for w in toks if len(w) >= 4]
    tc = sum(1 for w in long if w[:1].isupper()) / len(long) if long else 0.0
    chars = len(text) or 1
    digits = sum(c.isdigit() for c in text) / chars
    punct = sum(1 for c in text if not c.isalnum() and not c.isspace()) / chars
    return [math.log1p(n), d, float(stop is None), float(ends_sentence(text)), float(b.kind == "item"),
            float(text.rstrip().endswith(":")), float(cls == "good"), float(cls == "neargood"),
            float(cls == "bad"),
            float(headline_like(text, settings.HEADING_MAX_WORDS, settings.HEADING_MAX_CHARS)),
            tc, digits, punct, min(len(text) / max(n, 1), 20.0) / 10.0, float(b.blank_before)]


def features(rows, classes: dict, stop, h1: int | None) -> list[list[float] | None]:
    """One feature vector per row (None for furniture rows: the model scores kept rows)."""
    m = len(rows)
    kept = [b.kept for b in rows]
    cls = [classes.get(id(b), "") if kept[i] else "" for i, b in enumerate(rows)]
    shape = [_shape(b, cls[i], stop) if kept[i] else None for i, b in enumerate(rows)]
    gw = [nwords(b.text) if cls[i] == "good" else 0 for i, b in enumerate(rows)]
    total_good = sum(gw) or 1
    above = 0
    out: list[list[float] | None] = []
    for i, b in enumerate(rows):
        if not kept[i]:
            out.append(None)
            above += gw[i]
            continue
        lo, hi = max(0, i - NEAR), min(m, i + NEAR + 1)
        near = [k for k in range(lo, hi) if k != i]
        p, q = i - 1, i + 1
        if h1 is None:
            anchor = [1.0, 0.0, 0.0, 0.0]
        else:
            anchor = [0.0, float(i <= h1), float(h1 < i <= h1 + settings.ANCHOR_WINDOW),
                      math.log1p(max(0, i - h1)) / 3.0]
        x = [1.0] + shape[i] + [i / max(m - 1, 1)] + anchor + [
            float(p >= 0 and not kept[p]), float(q < m and not kept[q]),
            float(p >= 0 and cls[p] == "good"), float(q < m and cls[q] == "good"),
            float(p >= 0 and rows[p].kind == "item"), float(q < m and rows[q].kind == "item"),
            shape[p][0] if p >= 0 and kept[p] else 0.0, shape[q][0] if q < m and kept[q] else 0.0,
            sum(1 for k in near if not kept[k]) / len(near) if near else 0.0,
            sum(1 for k in near if cls[k] == "good") / len(near) if near else 0.0,
            sum(gw[k] for k in near) / total_good,
            above / total_good, (total_good - above - gw[i]) / total_good,
            float(b.kind == "item" and p >= 0 and q < m and rows[p].kind == "item" and rows[q].kind == "item"),
            float(cls[i] == "short" and p >= 0 and q < m and cls[p] == "short" and cls[q] == "short"),
        ]
        above += gw[i]
        out.append(x)
    return out


def logodds(model: dict, x: list[float]) -> float:
    return sum(w * v for w, v in zip(model["weights"], x))


def value(model: dict, z: float, n: int) -> float:
    """The block's score in the maximum-sum search: its words times the model's confidence
    when it says "article", a penalty of at most NEG_CAP words times the confidence otherwise."""
    z += model.get("shift", 0.0)
    s = 2.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - 1.0  # 2p - 1, in (-1, 1)
    if s >= 0:
        return s * n
    return model.get("neg_factor", 1.0) * s * min(max(n, model.get("neg_min", 2.0)), model.get("neg_cap", 12.0))


def load(path: Path = WEIGHTS_FILE) -> dict | None:
    if not path.exists():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise ValueError(f"{path}: features differ from cleaners.scorer.FEATURES")
    return model
