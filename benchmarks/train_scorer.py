#!/usr/bin/env python3
"""Train and evaluate the learned block scorer of the ``boilerplate`` step (cleaners/scorer.py).

    python benchmarks/train_scorer.py --cv        # held-out halves: train on A score B, train on B score A
    python benchmarks/train_scorer.py --write     # train on all dev pages, write cleaners/scorer_weights.json

Labels, one per kept block at the point the boilerplate step runs (after the phrase steps):
  aeb   -- positive when more than half of the block's 4-word shingles (``\\w+`` tokens, as
           score.py counts them) are in the page's truth body; a block of fewer than 4 tokens
           is positive when its tokens stand together in the truth. Every kept block is labelled.
  trafi -- positive when the block holds a 'with' snippet (or, 4 words or more, is part of one),
           negative when it holds a 'without' snippet; other blocks are left out (unlabelled).
Features: cleaners.scorer.FEATURES (shape and context only). Model: L2-regularised logistic
regression (standardised features, Newton's method from zero: deterministic, numpy only),
sample weight sqrt(min(words, 100)), each dataset given the same total weight.
Integration: a kept block's score in the max-sum search is ``scorer.value`` (its words times
2p-1 when p >= 1/2, else NEG_FACTOR * (2p-1) * clip(words, 2, 12)); the furniture, anchor,
list, headline-region and comment logic stay as they are. ``shift`` (added to the log-odds)
and ``neg_factor`` are chosen on the training pages' F1 only.

Pages are split by ``int(sha1(id), 16) % 2`` into halves A (0) and B (1).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners import scorer  # noqa: E402
from cleaners.cli import clean_one, count_sites  # noqa: E402
from cleaners.io import discover, load_meta, read_bytes  # noqa: E402
from cleaners.pipeline import parse, run_steps, steps_until  # noqa: E402
from cleaners.repetition import site_of  # noqa: E402
from cleaners.steps import boilerplate  # noqa: E402
from cleaners.text import nwords  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
DATASETS = ("aeb", "trafi")
WORD = re.compile(r"\w+")
L2 = 1.0
SHIFTS = (-1.0, -0.5, 0.0, 0.5, 1.0)
NEG_FACTORS = (0.5, 1.0, 2.0)


def half(pid: str) -> int:
    return int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2


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
    """(features, label, weight) of the labelled kept blocks of one page."""
    doc = parse(read_bytes(ds.files[pid]), pid, meta=ds.meta.get(pid), fmt="text")
    doc.context = dict(ds.context(pid) or {})
    run_steps(doc, steps_until("repeated"))
    prep = boilerplate.prepare(doc)
    if prep is None:
        return []
    rows, _, stop, classes = prep
    feats = scorer.features(rows, classes, stop, boilerplate.headline_anchor(rows))
    texts = [b.text for b in rows]
    labs = labels_aeb(texts, ds.truth[pid]) if ds.name == "aeb" else labels_trafi(texts, ds.truth[pid])
    return [(x, y, float(np.sqrt(min(nwords(t), 100)))) for x, y, t in zip(feats, labs, texts)
            if x is not None and y is not None]


def fit(examples_by_ds: dict[str, list], l2: float = L2) -> dict:
    """Logistic regression by Newton's method on standardised features; weights folded back
    to raw features (one dot product at inference)."""
    xs, ys, ws = [], [], []
    for exs in examples_by_ds.values():
        if not exs:
            continue
        total = sum(e[2] for e in exs)
        for x, y, w in exs:
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
    return {"features": list(scorer.FEATURES), "weights": [round(float(v), 8) for v in w],
            "shift": 0.0, "neg_factor": 1.0, "neg_min": 2.0, "neg_cap": 12.0}


def f1(score_mod, ds: Dataset, ids: list[str], model: dict | None) -> float:
    boilerplate.MODEL = model
    preds = {}
    for pid in ids:
        status, res = clean_one(ds.files[pid], ds.meta, ds.counts)
        if status == "ok":
            preds[pid] = score_mod.drop_title(res.text)
    truth = {pid: ds.truth[pid] for pid in ids}
    _, s = (score_mod.score_aeb if ds.name == "aeb" else score_mod.score_trafi)(truth, preds)
    return s["f1"]


def tune(score_mod, dsets: dict, model: dict, ids_by_ds: dict) -> dict:
    """shift and neg_factor by the summed F1 of the given (training) pages."""
    best = None
    for shift in SHIFTS:
        for nf in NEG_FACTORS:
            m = {**model, "shift": shift, "neg_factor": nf}
            tot = sum(f1(score_mod, dsets[d], ids_by_ds[d], m) for d in dsets)
            if best is None or tot > best[0] + 1e-12:
                best = (tot, m)
    return best[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", action="store_true", help="held-out halves A/B")
    ap.add_argument("--write", action="store_true", help="train on all pages, write the weights file")
    ap.add_argument("--separate", action="store_true", help="one model per dataset (CV only)")
    ap.add_argument("--out", type=Path, default=scorer.WEIGHTS_FILE)
    a = ap.parse_args()
    score_mod = load_score()
    dsets = {d: Dataset(d) for d in DATASETS}
    boilerplate.MODEL = None
    examples = {d: {pid: page_examples(ds, pid) for pid in ds.ids} for d, ds in dsets.items()}
    for d in DATASETS:
        n = sum(len(v) for v in examples[d].values())
        pos = sum(e[1] for v in examples[d].values() for e in v)
        print(f"{d}: {len(dsets[d].ids)} pages, {n} labelled blocks, {pos:.0f} positive", flush=True)
    if a.cv:
        for held in (1, 0):
            train = {d: [pid for pid in dsets[d].ids if half(pid) != held] for d in DATASETS}
            test = {d: [pid for pid in dsets[d].ids if half(pid) == held] for d in DATASETS}
            groups = [(d,) for d in DATASETS] if a.separate else [DATASETS]
            for g in groups:
                model = fit({d: [e for pid in train[d] for e in examples[d][pid]] for d in g})
                model = tune(score_mod, {d: dsets[d] for d in g}, model, train)
                for d in g:
                    base = f1(score_mod, dsets[d], test[d], None)
                    new = f1(score_mod, dsets[d], test[d], model)
                    tr_base = f1(score_mod, dsets[d], train[d], None)
                    tr_new = f1(score_mod, dsets[d], train[d], model)
                    print(f"train {'AB'[1 - held]} -> held-out {'AB'[held]}  {d}: baseline {base:.3f}  "
                          f"scorer {new:.3f}  ({new - base:+.3f}; on the training half {tr_base:.3f} -> "
                          f"{tr_new:.3f})  shift {model['shift']} neg_factor {model['neg_factor']}", flush=True)
    if a.write:
        model = fit({d: [e for v in examples[d].values() for e in v] for d in DATASETS})
        model = tune(score_mod, dsets, model, {d: dsets[d].ids for d in DATASETS})
        a.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {a.out}: shift {model['shift']} neg_factor {model['neg_factor']}")
        for d in DATASETS:
            print(f"{d} (all dev pages, in-sample): {f1(score_mod, dsets[d], dsets[d].ids, model):.3f}")
    boilerplate.MODEL = None
    return 0


if __name__ == "__main__":
    sys.exit(main())
