#!/usr/bin/env python3
"""CPU time per step of the text path, per page, for speed work (A/B between checkouts).

    python benchmarks/step_profile.py [--dataset aeb] [--rounds 4] [--code CHECKOUT ...]

Cleans the eval dumps (already in memory) the way ``clean_bytes`` does, timing with
``time.process_time`` each part: ``decode`` and ``parse`` (text to blocks), each step,
``render`` (canonical text and metadata), ``sha256`` and ``page`` (the whole
``clean_bytes`` call, timed separately in the same round). The first round warms the caches
and is not counted; each part's figure is its best round, in ms per page. With several
``--code`` checkouts (``--code /work/ref .``) this script runs in a fresh process per
checkout and pass, importing that checkout's ``cleaners``, in turn (A B A B ...), so a
change of machine load hits all of them; a table gives each part's best pass.

``--new-pages`` times pages the process has not cleaned before, as a corpus run meets them:
the other dataset is cleaned first (untimed: code paths, langdetect's profiles and common
words warm) and then the dataset's pages once, that round counted. The default rounds clean
the same pages again, where every line's cached facts (folds, words, n-grams) are found in
the caches; on the dev pages that makes a page about 1.5 times cheaper than on first sight.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def profile(dataset: str, rounds: int, new_pages: bool = False) -> dict[str, float]:
    import hashlib

    from cleaners.io import read_bytes
    from cleaners.model import Document
    from cleaners import pipeline, render
    from cleaners.textparse import decode, parse_text

    pages = [(f.name.split(".")[0], read_bytes(f)) for f in sorted((EVAL / dataset / "dumps").glob("*.txt"))]
    clock = time.process_time
    best: dict[str, float] = {}
    if new_pages:  # warm on the other dataset, then one counted round of pages not seen before
        other = "trafi" if dataset == "aeb" else "aeb"
        for f in sorted((EVAL / other / "dumps").glob("*.txt")):
            pipeline.clean_bytes(read_bytes(f), f.name)
    for rnd in range(1, 2) if new_pages else range(rounds + 1):
        t: dict[str, float] = {}
        for pid, data in pages:
            a = clock()
            text, enc = decode(data)
            b = clock()
            doc = Document(id=pid, blocks=parse_text(text), fmt="text")
            doc.stats.update(format="text", encoding=enc, chars_in=len(text))
            c = clock()
            t["decode"] = t.get("decode", 0.0) + b - a
            t["parse"] = t.get("parse", 0.0) + c - b
            for step in pipeline.PIPELINE:
                a = clock()
                step.apply(doc)
                t[step.NAME] = t.get(step.NAME, 0.0) + clock() - a
            a = clock()
            render.canonical_text(doc)
            render.metadata(doc)
            b = clock()
            hashlib.sha256(data).hexdigest()
            c = clock()
            t["render"] = t.get("render", 0.0) + b - a
            t["sha256"] = t.get("sha256", 0.0) + c - b
        a = clock()
        for pid, data in pages:
            pipeline.clean_bytes(data, pid)
        t["page"] = clock() - a  # (with --new-pages: pages seen once before, in the timed steps above)
        if rnd:  # round 0 warms the caches
            for k, v in t.items():
                best[k] = min(best.get(k, v), v)
    return {k: v / len(pages) * 1e3 for k, v in best.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", choices=["aeb", "trafi"], default="aeb")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--new-pages", action="store_true", help="time pages not cleaned before (see above)")
    ap.add_argument("--code", type=Path, nargs="*", help="checkouts to compare (default: this one)")
    ap.add_argument("--passes", type=int, default=3, help="with --code: fresh processes per checkout")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one checkout, for the A/B driver
    ap.add_argument("--at", type=Path, default=ROOT, help=argparse.SUPPRESS)  # whose cleaners to import
    a = ap.parse_args()
    if not a.code:
        sys.path.insert(0, str(a.at))
        res = profile(a.dataset, a.rounds, a.new_pages)
        if a.json:
            print(json.dumps(res))
        else:
            for k, v in res.items():
                print(f"{k:12s} {v:7.3f} ms")
        return 0
    results: list[dict[str, float]] = [{} for _ in a.code]
    for _ in range(a.passes):
        for i, code in enumerate(a.code):
            out = subprocess.run([sys.executable, "-B", __file__, "--json", "--at", str(code.resolve()),
                                  "--dataset", a.dataset, "--rounds", str(a.rounds)] + ["--new-pages"] * a.new_pages,
                                 check=True, capture_output=True, text=True).stdout
            for k, v in json.loads(out).items():
                results[i][k] = min(results[i].get(k, v), v)
    print(f"{'part':12s} " + " ".join(f"{str(c)[-14:]:>14s}" for c in a.code))
    for k in results[0]:
        print(f"{k:12s} " + " ".join(f"{r.get(k, float('nan')):14.3f}" for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
