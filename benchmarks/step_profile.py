#!/usr/bin/env python3
"""CPU time per step of the text path, per page, for speed work (A/B between checkouts).

    python benchmarks/step_profile.py [--dataset aeb] [--rounds 4] [--code CHECKOUT ...]

Cleans the eval dumps (already in memory) the way ``clean_bytes`` does, timing with
``time.process_time`` each part: ``decode`` and ``parse`` (text to blocks), each step,
``render`` (canonical text and metadata), ``sha256`` and ``page`` (the whole
``clean_bytes`` call, timed separately in the same round). The first round warms the caches
and is not counted; each part's figure is its best round, in ms per page. With several
``--code`` checkouts (``--code /work/ref .``) this script runs in a fresh process per
checkout and pass, importing that checkout's ``cleaners``, in turn (A B, then B A, ...), so a
change of machine load and the order hit all of them; a table gives each part's best pass.

``--new-pages`` times pages the process has not cleaned before, as a corpus run meets them
after it has seen the rest of the corpus: the pages are split in two halves (sha1 of the id,
as quality.py's); a fresh process per half cleans the other dataset and the other half first
(untimed: code paths, langdetect's profiles, the common words and the site's repeated lines
warm) and then the half's pages once, that round counted; the halves are added up. The default
rounds clean the same pages again, where every line's cached facts (folds, words, n-grams)
are found in the caches; on the dev pages that makes a page about 1.3 times cheaper.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from halves import half as page_half  # (no cleaners import: the --at checkout is chosen later)

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def profile(dataset: str, rounds: int, half: int | None = None) -> dict[str, float]:
    import hashlib

    from cleaners.io import read_bytes
    from cleaners.model import Document
    from cleaners import pipeline, render
    from cleaners.textparse import decode, parse_text

    pages = [(f.name.split(".")[0], read_bytes(f)) for f in sorted((EVAL / dataset / "dumps").glob("*.txt"))]
    clock = time.process_time
    best: dict[str, float] = {}
    if half is not None:  # warm on the other dataset and half, then one counted round of this half's pages
        other = "trafi" if dataset == "aeb" else "aeb"
        for f in sorted((EVAL / other / "dumps").glob("*.txt")):
            pipeline.clean_bytes(read_bytes(f), f.name)
        for pid, data in pages:
            if page_half(pid) != half:
                pipeline.clean_bytes(data, pid)
        pages = [(pid, data) for pid, data in pages if page_half(pid) == half]
    for rnd in range(1, 2) if half is not None else range(rounds + 1):
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
    return {k: v / len(pages) * 1e3 for k, v in best.items()} | {"pages": len(pages)}


def child(code: Path, a) -> dict[str, float]:
    """profile() of a checkout in a fresh process; --new-pages: a process per half, added up."""
    def run(extra: list[str]) -> dict[str, float]:
        out = subprocess.run([sys.executable, "-B", __file__, "--json", "--at", str(code.resolve()),
                              "--dataset", a.dataset, "--rounds", str(a.rounds)] + extra,
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out)
    if not a.new_pages:
        return run([])
    halves = [run(["--half", str(h)]) for h in (0, 1)]
    n = sum(h["pages"] for h in halves)
    return {k: sum(h[k] * h["pages"] for h in halves) / n for k in halves[0] if k != "pages"}


def profile_here(a) -> dict[str, float]:
    sys.path.insert(0, str(a.at))
    return profile(a.dataset, a.rounds)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", choices=["aeb", "trafi"], default="aeb")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--new-pages", action="store_true", help="time pages not cleaned before (see above)")
    ap.add_argument("--code", type=Path, nargs="*", help="checkouts to compare (default: this one)")
    ap.add_argument("--passes", type=int, default=3, help="with --code: fresh processes per checkout")
    ap.add_argument("--half", type=int, choices=[0, 1], help=argparse.SUPPRESS)  # a --new-pages child
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one checkout, for the A/B driver
    ap.add_argument("--at", type=Path, default=ROOT, help=argparse.SUPPRESS)  # whose cleaners to import
    a = ap.parse_args()
    if a.json:
        sys.path.insert(0, str(a.at))
        print(json.dumps(profile(a.dataset, a.rounds, a.half)))
        return 0
    if not a.code:
        res = child(a.at, a) if a.new_pages else profile_here(a)
        for k, v in res.items():
            if k != "pages":
                print(f"{k:12s} {v:7.3f} ms")
        return 0
    results: list[dict[str, float]] = [{} for _ in a.code]
    for n in range(a.passes):
        # the order turns every other pass (A B, B A, ...): the checkout timed second in a pass came out
        # 5-10 % slower in every part, whichever it was (session 7)
        order = list(enumerate(a.code))
        for i, code in order if n % 2 == 0 else order[::-1]:
            for k, v in child(code, a).items():
                results[i][k] = min(results[i].get(k, v), v)
    print(f"{'part':12s} " + " ".join(f"{str(c)[-14:]:>14s}" for c in a.code))
    for k in results[0]:
        if k == "pages":
            continue
        print(f"{k:12s} " + " ".join(f"{r.get(k, float('nan')):14.3f}" for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
