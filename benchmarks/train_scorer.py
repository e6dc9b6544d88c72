#!/usr/bin/env python3
"""A learned block scorer for the ``boilerplate`` step, trained and scored on held-out halves.
FINDINGS (session 4): it does NOT beat the hand rules on held-out pages; not adopted (no
weights file, no change to cleaners/). Re-run:

    python benchmarks/train_scorer.py                  # pooled model, the model's score replaces the hand one
    python benchmarks/train_scorer.py --separate       # one model per dataset
    python benchmarks/train_scorer.py --mixes .5 1 --shifts 0 .5 1 --neg-factors .25 .5 1   # a blend

Pages are split by ``int(sha1(id), 16) % 2`` into halves A (0) and B (1): train on A, score
B; train on B, score A. Each line compares the current hand rules (baseline) with the scorer
on the held-out half; the integration parameters are chosen on the training half's F1 only.

Labels, one per kept block at the point the boilerplate step runs (after the phrase steps):
  aeb   -- positive when more than half of the block's 4-word shingles (``\\w+`` tokens, as
           score.py counts them) are in the page's truth body; a block of fewer than 4 tokens
           is positive when its tokens stand together in the truth. Every kept block is labelled.
  trafi -- positive when the block holds a 'with' snippet (or, 4 words or more, is part of one),
           negative when it holds a 'without' snippet; other blocks are left out (unlabelled).
  aeb: 9,096 labelled blocks (1,920 positive) on 71 pages; trafi: 2,232 (1,179) on 414.
Features (FEATURES, 35 + bias): shape and context only -- log word count, stop-word density
with ``page_stopwords``' list (and "no list fits"), sentence end, item, ends in ':', the hand
class (good / neargood / bad / short), headline shape, title-case share, digit and punctuation
share, mean word length, blank line before, position on the page, the headline anchor (none,
above, in the anchor window, log distance below), previous/next row furniture / good / item /
log words, the furniture share and good share within 3 rows, good words near / above / below
(shares of the page's), inside an item run, inside a short-line run. No words of pages or sites.
Model: L2-regularised logistic regression (standardised features, Newton's method from zero:
deterministic, numpy only), sample weight sqrt(min(words, 100)), each dataset the same total
weight. Integration: a kept block's score in the max-sum search becomes
``(1 - mix) * hand score + mix * value``, value = words * min(1, (2p-1) / pos_sat) when p >= 1/2,
else neg_factor * (2p-1) * clip(words, 2, 12) (the hand rule's range: -2 .. -12), p from the
log-odds + shift; the furniture penalties, anchor, announced lists, headline region and comment
cut are unchanged (this script patches ``boilerplate.score``; cleaners/ is not modified).

Results (held-out F1, baseline -> scorer; the baselines are the README's halves):

| run | aeb B (train A) | trafi B | aeb A (train B) | trafi A |
| --- | --- | --- | --- | --- |
| pooled, replace (mix 1), shift -1..1, neg 0.5/1/2 | 0.942 -> 0.936 | 0.912 -> 0.915 | 0.961 -> 0.957 | 0.896 -> 0.898 |
| pooled, replace, shift -0.5..2, neg 0.25..1 | 0.942 -> 0.926 | 0.912 -> 0.917 | 0.961 -> 0.957 | 0.896 -> 0.898 |
| pooled, mix 0.5/1 | 0.942 -> 0.937 | 0.912 -> 0.909 | 0.961 -> 0.961 | 0.896 -> 0.891 |
| separate models, mix 0.5/1 | 0.942 -> 0.943 | 0.912 -> 0.903 | 0.961 -> 0.962 | 0.896 -> 0.889 |
| pooled, replace, pos_sat 0.3/0.6 | 0.942 -> 0.923 | 0.912 -> 0.914 | 0.961 -> 0.919 | 0.896 -> 0.894 |
| separate, replace, pos_sat 0.3/0.6 | 0.942 -> 0.931 | 0.912 -> 0.902 | 0.961 -> 0.916 | 0.896 -> 0.889 |
| pooled, `--keep-good` (hand "good" keeps +words; the model scores the rest) | 0.942 -> 0.937 | 0.912 -> 0.910 | 0.961 -> 0.961 | 0.896 -> 0.893 |

The pattern is stable: a pooled model gains trafi +0.002..+0.005 and loses aeb 0.004..0.016;
per-dataset models gain aeb +0.001 on each half (one or two pages' worth on 35 pages) and lose
trafi 0.007-0.010, while their training-half F1 rises (aeb 0.961 -> 0.970, 0.942 -> 0.945;
trafi 0.896 -> 0.910, 0.912 -> 0.918): the weights and the grid fit the pages they see. No
run improves both datasets on both held-out halves. Block by block the model is much better than the hand classes: AUC of its log-odds
on the held-out blocks 0.873 / 0.919 (aeb B / A) and 0.947 / 0.905 (trafi) against the hand
score's 0.713 / 0.846 and 0.872 / 0.791. That gain does not reach the page F1. Page by page
(pooled replace model, the first row): it changes the output of 19 of 37 aeb pages of half B
(8 up, 11 down) and 19 of 34 of half A (7 up, 12 down), 53 of 216 trafi pages of B (28 up, 25
down) and 40 of 198 of A (19 up, 21 down). The changes are large both ways -- the max-sum run
moves to another part of the page (aeb B 0.933 -> 0.735 at 481 -> 734 words; trafi 0.857 -> 0
at 443 -> 113 words; and 0.0 -> 1.0 at 733 -> 1,950 words the other way) -- and they nearly
cancel: a better ranking of single blocks is not a better choice of the run, which the rules
(anchor, lists, headline region) were tuned around; with aeb's 79 % furniture labels a pooled
model also leans towards cutting. Next steps, if any: learn the choice between candidate runs
(the best run, the anchored run, the headline region, with the run's features) rather than
block labels, or give the model's log-odds to the hand rules as one more feature at the body's
edges, and check both on these halves.

Cost, had it landed: the features and the dot product, pure Python over the rows the step
already builds, took 2.16 ms CPU per aeb page (173 rows a page; the hand scores 0.08 ms), on a
text path of about 3.4 ms a page: it would have cost about 40 % of the pages/s as written.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import pickle
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners import render, settings  # noqa: E402
from cleaners.cli import count_sites  # noqa: E402
from cleaners.io import discover, load_meta, read_bytes  # noqa: E402
from cleaners.pipeline import parse, run_steps, steps_until  # noqa: E402
from cleaners.repetition import site_of  # noqa: E402
from cleaners.steps import STEPS, boilerplate  # noqa: E402
from cleaners.text import ends_sentence, fold_words, headline_like, nwords  # noqa: E402
from halves import half  # noqa: E402  (the halves of benchmarks/quality.py --halves)

EVAL = ROOT.parent / "shared" / "eval"
DATASETS = ("aeb", "trafi")
WORD = re.compile(r"\w+")
L2 = 1.0
# the integration grid (chosen on the training half): log-odds shift, negative-side factor,
# mix = share of the model in the block's score, pos_sat = 2p - 1 from which all words count
SHIFTS = (-1.0, -0.5, 0.0, 0.5, 1.0)
NEG_FACTORS = (0.5, 1.0, 2.0)
MIXES = (1.0,)
POS_SATS = (1.0,)
# the steps after boilerplate that change the text (language only sets a field)
AFTER = tuple(STEPS[n] for n in ("boilerplate", "duplicates", "structure"))


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
        return min(1.0, s / model.get("pos_sat", 1.0)) * n
    return model.get("neg_factor", 1.0) * s * min(max(n, model.get("neg_min", 2.0)), model.get("neg_cap", 12.0))


# --- the scorer inside the boilerplate step (patched in; cleaners/ unchanged) ----------------
MODEL: dict | None = None
_HAND_SCORE = boilerplate.score
_HAND_APPLY = boilerplate.apply
_VALUES: dict[int, float] = {}


def prepare(doc):
    """(rows, kept, stop list, classes) as boilerplate.apply computes them, or None."""
    rows = [b for b in doc.blocks if b.text and (b.kept or b.reason in boilerplate.FURNITURE)]
    kept = [b for b in rows if b.kept]
    if not kept:
        return None
    stop = boilerplate.page_stopwords(kept)
    classes = {id(b): boilerplate.classify(b, stop) for b in kept}
    if "good" not in classes.values():
        return None
    return rows, kept, stop, classes


def _apply(doc) -> None:
    _VALUES.clear()
    prep = prepare(doc) if MODEL is not None else None
    if prep is not None:
        rows, _, stop, classes = prep
        feats = features(rows, classes, stop, boilerplate.headline_anchor(rows))
        mix = MODEL["mix"]
        for x, b in zip(feats, rows):
            if x is not None and not (MODEL.get("keep_good") and classes[id(b)] == "good"):
                _VALUES[id(b)] = (1.0 - mix) * _HAND_SCORE(classes[id(b)], b) + \
                    mix * value(MODEL, logodds(MODEL, x), nwords(b.text))
    try:
        _HAND_APPLY(doc)
    finally:
        _VALUES.clear()


def _score(cls: str, b) -> float:
    v = _VALUES.get(id(b))
    return _HAND_SCORE(cls, b) if v is None else v


boilerplate.apply = _apply
boilerplate.score = _score


def load_score():
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Dataset:
    def __init__(self, name: str):
        self.name = name
        self.files = {f.name.split(".")[0]: f for f in discover([EVAL / name / "dumps"])}
        self.meta = load_meta(EVAL / name / "pages.jsonl")
        self.truth = json.loads((EVAL / name / "truth.json").read_text(encoding="utf-8"))
        self.counts = count_sites(list(self.files.values()), self.meta)
        self.ids = sorted(p for p in self.files if p in self.truth)

        self.frozen: dict[str, bytes] = {}

    def context(self, pid):
        return self.counts.context(site_of((self.meta.get(pid) or {}).get("url")))


def labels_aeb(texts: list[str], truth: str) -> list[float | None]:
    toks = WORD.findall(truth)
    sh = {tuple(toks[i:i + 4]) for i in range(len(toks) - 3)}
    joined = " " + " ".join(toks) + " "
    out = []
    for t in texts:
        w = WORD.findall(t)
        if not w:
            out.append(None)
        elif len(w) < 4:
            out.append(float(" " + " ".join(w) + " " in joined))
        else:
            grams = [tuple(w[i:i + 4]) for i in range(len(w) - 3)]
            out.append(float(sum(g in sh for g in grams) * 2 > len(grams)))
    return out


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def labels_trafi(texts: list[str], truth: dict) -> list[float | None]:
    with_ = [_norm(s) for s in truth["with"]]
    without = [_norm(s) for s in truth["without"]]
    out = []
    for t in texts:
        t = _norm(t)
        if any(s and s in t for s in with_) or nwords(t) >= 4 and any(t in s for s in with_):
            out.append(1.0)
        elif any(s and s in t for s in without):
            out.append(0.0)
        else:
            out.append(None)
    return out


def page_examples(ds: Dataset, pid: str):
    """(features, label, weight, hand score) of the labelled kept blocks of one page."""
    doc = parse(read_bytes(ds.files[pid]), pid, meta=ds.meta.get(pid), fmt="text")
    doc.context = dict(ds.context(pid) or {})
    run_steps(doc, steps_until("repeated"))
    ds.frozen[pid] = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)  # the page before boilerplate
    prep = prepare(doc)
    if prep is None:
        return []
    rows, _, stop, classes = prep
    feats = features(rows, classes, stop, boilerplate.headline_anchor(rows))
    texts = [b.text for b in rows]
    hand = [_HAND_SCORE(classes[id(b)], b) if b.kept else 0.0 for b in rows]
    labs = labels_aeb(texts, ds.truth[pid]) if ds.name == "aeb" else labels_trafi(texts, ds.truth[pid])
    return [(x, y, float(np.sqrt(min(nwords(t), 100))), h) for x, y, t, h in zip(feats, labs, texts, hand)
            if x is not None and y is not None]


def fit(examples_by_ds: dict[str, list], l2: float = L2) -> dict:
    """Logistic regression by Newton's method on standardised features; weights folded back
    to raw features (one dot product at inference)."""
    xs, ys, ws = [], [], []
    for exs in examples_by_ds.values():
        if not exs:
            continue
        total = sum(e[2] for e in exs)
        for x, y, w, _ in exs:
            xs.append(x)
            ys.append(y)
            ws.append(w / total)
    X = np.array(xs, dtype=float)
    y = np.array(ys)
    sw = np.array(ws) * len(ws) / sum(ws)
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    mu[0], sd[0] = 0.0, 1.0  # the bias column
    sd[sd < 1e-9] = 1.0
    Z = (X - mu) / sd
    beta = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(Z @ beta)))
        g = Z.T @ (sw * (p - y)) + reg * beta
        H = (Z * (sw * p * (1 - p))[:, None]).T @ Z + np.diag(reg + 1e-9)
        step = np.linalg.solve(H, g)
        beta -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    w = beta / sd
    w[0] = beta[0] - float(np.sum(beta[1:] * mu[1:] / sd[1:]))
    return {"features": list(FEATURES), "weights": [round(float(v), 8) for v in w],
            "shift": 0.0, "neg_factor": 1.0, "mix": 1.0, "pos_sat": 1.0, "neg_min": 2.0, "neg_cap": 12.0}


def f1(score_mod, ds: Dataset, ids: list[str], model: dict | None) -> float:
    global MODEL
    MODEL = model
    preds = {}
    for pid in ids:
        doc = pickle.loads(ds.frozen[pid])
        run_steps(doc, AFTER)
        preds[pid] = score_mod.drop_title(render.canonical_text(doc))
    truth = {pid: ds.truth[pid] for pid in ids}
    _, s = (score_mod.score_aeb if ds.name == "aeb" else score_mod.score_trafi)(truth, preds)
    return s["f1"]


def tune(score_mod, dsets: dict, model: dict, ids_by_ds: dict) -> dict:
    """shift, neg_factor and mix by the summed F1 of the given (training) pages."""
    best = None
    for shift, nf, mix, sat in ((s, f, x, t) for s in SHIFTS for f in NEG_FACTORS for x in MIXES for t in POS_SATS):
        m = {**model, "shift": shift, "neg_factor": nf, "mix": mix, "pos_sat": sat}
        tot = sum(f1(score_mod, dsets[d], ids_by_ds[d], m) for d in dsets)
        if best is None or tot > best[0] + 1e-12:
            best = (tot, m)
    return best[1]


def auc(scores, labels) -> float:
    """Probability that a positive block scores above a negative one (ties count half)."""
    order = sorted(range(len(scores)), key=lambda k: scores[k])
    ranks = [0.0] * len(scores)
    k = 0
    while k < len(order):
        j = k
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[k]]:
            j += 1
        for t in range(k, j + 1):
            ranks[order[t]] = (k + j) / 2 + 1
        k = j + 1
    pos = [r for r, y in zip(ranks, labels) if y]
    npos, nneg = len(pos), len(labels) - len(pos)
    return (sum(pos) - npos * (npos + 1) / 2) / (npos * nneg) if npos and nneg else float("nan")


def main() -> int:
    global MIXES, SHIFTS, POS_SATS, NEG_FACTORS, MODEL
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--separate", action="store_true", help="one model per dataset")
    ap.add_argument("--mixes", type=float, nargs="+", default=list(MIXES))
    ap.add_argument("--pos-sats", type=float, nargs="+", default=list(POS_SATS))
    ap.add_argument("--shifts", type=float, nargs="+", default=list(SHIFTS))
    ap.add_argument("--keep-good", action="store_true",
                    help="blocks the hand rules call good keep their score (+words); the model scores the rest")
    ap.add_argument("--neg-factors", type=float, nargs="+", default=list(NEG_FACTORS))
    a = ap.parse_args()
    MIXES, SHIFTS, POS_SATS, NEG_FACTORS = tuple(a.mixes), tuple(a.shifts), tuple(a.pos_sats), tuple(a.neg_factors)
    score_mod = load_score()
    dsets = {d: Dataset(d) for d in DATASETS}
    MODEL = None
    examples = {d: {pid: page_examples(ds, pid) for pid in ds.ids} for d, ds in dsets.items()}
    for d in DATASETS:
        n = sum(len(v) for v in examples[d].values())
        pos = sum(e[1] for v in examples[d].values() for e in v)
        print(f"{d}: {len(dsets[d].ids)} pages, {n} labelled blocks, {pos:.0f} positive", flush=True)
    for held in (1, 0):
        train = {d: [pid for pid in dsets[d].ids if half(pid) != held] for d in DATASETS}
        test = {d: [pid for pid in dsets[d].ids if half(pid) == held] for d in DATASETS}
        groups = [(d,) for d in DATASETS] if a.separate else [DATASETS]
        for g in groups:
            model = fit({d: [e for pid in train[d] for e in examples[d][pid]] for d in g})
            model["keep_good"] = a.keep_good
            model = tune(score_mod, {d: dsets[d] for d in g}, model, train)
            for d in g:
                base = f1(score_mod, dsets[d], test[d], None)
                new = f1(score_mod, dsets[d], test[d], model)
                tr_base = f1(score_mod, dsets[d], train[d], None)
                tr_new = f1(score_mod, dsets[d], train[d], model)
                held_ex = [e for pid in test[d] for e in examples[d][pid]]
                ys = [e[1] for e in held_ex]
                print(f"train {'AB'[1 - held]} -> held-out {'AB'[held]}  {d}: baseline {base:.3f}  "
                      f"scorer {new:.3f}  ({new - base:+.3f}; training half {tr_base:.3f} -> {tr_new:.3f})  "
                      f"block AUC hand {auc([e[3] for e in held_ex], ys):.3f} model "
                      f"{auc([logodds(model, e[0]) for e in held_ex], ys):.3f}  shift {model['shift']} "
                      f"neg_factor {model['neg_factor']} mix {model['mix']} pos_sat {model['pos_sat']}", flush=True)
    MODEL = None
    return 0


if __name__ == "__main__":
    sys.exit(main())
