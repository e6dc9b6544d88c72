#!/usr/bin/env python3
"""Pages/s of pagewash's HTML path and of ``trafilatura.extract`` alone, same pages, one run.

    python benchmarks/html_speed.py                      # all ../shared/eval/*/html pages
    python benchmarks/html_speed.py --dataset aeb --repeat 3
    python benchmarks/html_speed.py FILE_OR_DIR ...      # your own .html / .html.gz pages

Both sides get the same decompressed bytes in memory (no disk I/O is timed). pagewash is
the whole ``clean_bytes`` (decoding, pre-pass, trafilatura, text steps, rendering);
trafilatura is ``extract(html, include_comments=False)`` with its defaults otherwise.
Both sides are warmed up on three pages first; then every page is run by both sides
back to back (which side goes first alternates), so changing machine load hits both alike. The ratio is pagewash / trafilatura (>= 1: pagewash is not slower).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners.io import discover, doc_id, read_bytes  # noqa: E402
from cleaners.pipeline import clean_bytes  # noqa: E402
from cleaners.textparse import InputError  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def pagewash_one(did: str, data: bytes) -> None:
    try:
        clean_bytes(data, did, fmt="html")
    except InputError:
        pass  # an error record is a result too


def trafilatura_one(did: str, data: bytes) -> None:
    import trafilatura

    trafilatura.extract(data, include_comments=False)


def timed(fn, did: str, data: bytes) -> float:
    t0 = time.perf_counter()
    fn(did, data)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", type=Path, help="HTML files or folders (default: the eval pages)")
    ap.add_argument("--dataset", choices=["aeb", "trafi"], action="append")
    ap.add_argument("--repeat", type=int, default=1, help="rounds (each round runs both sides once)")
    a = ap.parse_args()
    srcs = a.inputs or [EVAL / ds / "html" for ds in (a.dataset or ["aeb", "trafi"])]
    files = [f for f in discover(srcs) if f.name.lower().endswith((".html", ".htm", ".html.gz", ".htm.gz"))]
    if not files:
        print("html_speed: no HTML pages found", file=sys.stderr)
        return 2
    pages = [(doc_id(f), read_bytes(f)) for f in files]
    for did, data in pages[:3]:  # warm-up: imports, stop lists, language profiles
        pagewash_one(did, data)
        trafilatura_one(did, data)
    t_pw = t_tr = 0.0
    for r in range(a.repeat):
        for k, (did, data) in enumerate(pages):
            if (k + r) % 2 == 0:
                t_tr += timed(trafilatura_one, did, data)
                t_pw += timed(pagewash_one, did, data)
            else:
                t_pw += timed(pagewash_one, did, data)
                t_tr += timed(trafilatura_one, did, data)
    n = len(pages) * a.repeat
    mb = sum(len(d) for _, d in pages) / 1e6
    pw, tr = n / t_pw, n / t_tr
    print(f"pages: {len(pages)} ({mb:.1f} MB) x {a.repeat} round(s)")
    print(f"pagewash HTML path:        {pw:7.1f} pages/s")
    print(f"trafilatura.extract alone: {tr:7.1f} pages/s")
    print(f"ratio pagewash/trafilatura: {pw / tr:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
