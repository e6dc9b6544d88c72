#!/usr/bin/env python3
"""CPU time per step and page of the text path, two checkouts in interleaved rounds.

    python benchmarks/step_cpu.py [--ref CHECKOUT] [--dataset aeb] [--rounds 4]

Each round runs, for this checkout and then the reference (when given), a fresh process that
parses the dataset's dumps and runs the pipeline step by step over them 4 times, timing each step
with ``time.process_time`` (the first pass, caches cold, is not counted). Prints, per step, the
best round of each checkout in ms per page. CPU time, not wall clock: the machine is shared.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"

ONE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from cleaners.io import read_bytes
from cleaners.pipeline import PIPELINE, parse, render
pages = [(f.stem, read_bytes(f)) for f in sorted(Path(sys.argv[2]).glob('*.txt'))]
t = {}
for rnd in range(4):
    for pid, data in pages:
        a = time.process_time(); doc = parse(data, pid); doc.context = {}; b = time.process_time()
        if rnd: t['parse'] = t.get('parse', 0) + b - a
        for s in PIPELINE:
            a = time.process_time(); s.apply(doc); b = time.process_time()
            if rnd: t[s.NAME] = t.get(s.NAME, 0) + b - a
        a = time.process_time(); render.canonical_text(doc); render.metadata(doc); b = time.process_time()
        if rnd: t['render'] = t.get('render', 0) + b - a
print(json.dumps({k: v / (3 * len(pages)) * 1000 for k, v in t.items()}))
"""


def one(code: Path, dumps: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", ONE, str(code), str(dumps)], check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ref", type=Path, help="another checkout to compare with")
    ap.add_argument("--dataset", default="aeb")
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()
    dumps = EVAL / args.dataset / "dumps"
    codes = {"this": ROOT} | ({"ref": args.ref} if args.ref else {})
    best: dict[str, dict[str, float]] = {k: {} for k in codes}
    for _ in range(args.rounds):
        for name, code in codes.items():
            for step, ms in one(code, dumps).items():
                best[name][step] = min(ms, best[name].get(step, ms))
    steps = sorted(best["this"], key=lambda s: -best.get("ref", best["this"]).get(s, 0))
    print(f"{'step':12s} " + " ".join(f"{k:>8s}" for k in codes) + "   (ms a page, best round)")
    for s in steps + ["total"]:
        vals = [sum(best[k].values()) if s == "total" else best[k].get(s, 0) for k in codes]
        print(f"{s:12s} " + " ".join(f"{v:8.3f}" for v in vals))


if __name__ == "__main__":
    main()
