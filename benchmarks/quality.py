#!/usr/bin/env python3
"""F1 of pagewash on the eval pages (../shared/eval), scored by ../shared/eval/score.py.

    python benchmarks/quality.py                  # text dumps, aeb and trafi
    python benchmarks/quality.py --path html      # HTML pages
    python benchmarks/quality.py --dataset aeb --keep OUTDIR --per-page scores.tsv
    python benchmarks/quality.py --halves         # also F1 on half A and half B of the pages

Halves: a page is in half A when ``int(sha1(id), 16) % 2 == 0``, else in half B. Rules are
built reading the errors of half A only; half B is only scored, so its figure is the one to
trust for pages nobody here has seen (README "Quality").

Cleans ``<ds>/dumps`` (or ``<ds>/html``) in process with the pages' ``pages.jsonl`` as
metadata, writes ``<id>.md`` per page to a temporary folder, then runs score.py on it.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners.cli import clean_one, count_sites  # noqa: E402
from cleaners.io import discover, load_meta  # noqa: E402
from halves import half  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def score(dataset: str, pred: Path, eval_dir: Path, per_page: Path | None = None, only: int | None = None) -> dict:
    """score.py on ``pred``; ``only`` = 0 or 1 scores one half (a truth.json of that half's pages)."""
    data = eval_dir
    with tempfile.TemporaryDirectory() as tmp:
        if only is not None:
            truth = json.loads((eval_dir / dataset / "truth.json").read_text(encoding="utf-8"))
            (Path(tmp) / dataset).mkdir()
            (Path(tmp) / dataset / "truth.json").write_text(
                json.dumps({k: v for k, v in truth.items() if half(k) == only}), encoding="utf-8")
            data = Path(tmp)
        cmd = [sys.executable, str(eval_dir / "score.py"), "--dataset", dataset, "--pred", str(pred), "--json",
               "--data", str(data)]
        if per_page:
            cmd += ["--per-page", str(per_page)]
        return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def run(dataset: str, path: str, out: Path, eval_dir: Path, per_page: Path | None,
        repetition: bool = True) -> dict:
    src = eval_dir / dataset / ("dumps" if path == "text" else "html")
    meta = load_meta(eval_dir / dataset / "pages.jsonl")
    files = discover([src])
    counts = count_sites(files, meta) if repetition else None
    errors = 0
    for f in files:
        status, res = clean_one(f, meta, counts)
        if status == "ok":
            (out / f"{res.id}.md").write_text(res.text, encoding="utf-8")
        else:
            errors += 1
            print(f"error: {f.name}: {res['error']}", file=sys.stderr)
    res = score(dataset, out, eval_dir, per_page)
    res["errors"] = errors
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", choices=["aeb", "trafi"], action="append")
    ap.add_argument("--path", choices=["text", "html"], default="text")
    ap.add_argument("--eval", type=Path, default=EVAL, help="folder holding aeb/, trafi/, score.py")
    ap.add_argument("--keep", type=Path, help="write outputs here instead of a temporary folder")
    ap.add_argument("--per-page", type=Path, help="per-page scores TSV (one dataset)")
    ap.add_argument("--halves", action="store_true", help="also F1 on half A and half B of the pages")
    ap.add_argument("--no-repetition", action="store_true", help="without the per-site repetition step")
    a = ap.parse_args()
    for ds in a.dataset or ["aeb", "trafi"]:
        with tempfile.TemporaryDirectory() as tmp:
            out = a.keep / ds if a.keep else Path(tmp)
            out.mkdir(parents=True, exist_ok=True)
            s = run(ds, a.path, out, a.eval, a.per_page, not a.no_repetition)
            ab = [score(ds, out, a.eval, only=h)["f1"] for h in (0, 1)] if a.halves else None
        print(f"{ds} ({a.path}): F1 {s['f1']:.3f}  P {s['precision']:.3f}  R {s['recall']:.3f}  "
              f"pages {s['pages']}  F1<0.5 {s['f1_lt_05']}  empty {s['empty']}  errors {s['errors']}")
        if ab:
            print(f"{ds} ({a.path}): half A F1 {ab[0]:.4f}  half B F1 {ab[1]:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
