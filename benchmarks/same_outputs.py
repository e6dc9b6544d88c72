#!/usr/bin/env python3
"""Check that two checkouts of pagewash write byte-identical outputs (for speed work).

    git worktree add /tmp/ref <commit>
    python benchmarks/same_outputs.py --ref /tmp/ref [--ref-out /tmp/ref-out] [--html]

Runs ``pagewash clean`` of each checkout (its ``cleaners`` first on ``sys.path``) over
``../shared/eval/<ds>/dumps`` (plain, and with ``--meta pages.jsonl --site-counts``, as
benchmarks/quality.py does), ``seeds/`` and ``seeds_html/`` (and, with ``--html``, the eval
HTML pages), then compares every written file (``.md``, ``.json``, ``errors.jsonl``, the
site counts) byte for byte. ``--ref-out`` keeps the reference tree: reused when it exists.
Exit 1 on any difference.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def jobs(eval_dir: Path, html: bool) -> dict[str, list[str]]:
    j: dict[str, list[str]] = {}
    for ds in ("aeb", "trafi"):
        dumps = str(eval_dir / ds / "dumps")
        j[f"{ds}-plain"] = [dumps]
        j[f"{ds}-meta"] = [dumps, "--meta", str(eval_dir / ds / "pages.jsonl"), "--site-counts", "{out}/counts.json"]
        if html:
            j[f"{ds}-html"] = [str(eval_dir / ds / "html"), "--meta", str(eval_dir / ds / "pages.jsonl")]
    j["seeds"] = [str(ROOT / "seeds")]
    j["seeds_html"] = [str(ROOT / "seeds_html")]
    return j


def run_tree(code: Path, out: Path, eval_dir: Path, html: bool) -> None:
    """All jobs with the cleaners of checkout ``code``, into ``out/<job>/``."""
    script = ("import sys; sys.path.insert(0, sys.argv[1]); import cleaners, json; "
              "assert cleaners.__file__.startswith(sys.argv[1]), cleaners.__file__; "
              "from cleaners.cli import main; "
              "[main(['clean', *[a.replace('{out}', o) for a in args], '--out', o]) "
              "for o, args in json.loads(sys.argv[2])]")
    import json
    todo = []
    for name, args in jobs(eval_dir, html).items():
        (out / name).mkdir(parents=True, exist_ok=True)
        todo.append((str(out / name), args))
    subprocess.run([sys.executable, "-c", script, str(code.resolve()), json.dumps(todo)], check=True,
                   cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def compare(a: Path, b: Path) -> tuple[int, list[str]]:
    fa = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    fb = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    diffs = [f"only in reference: {p}" for p in sorted(fa - fb)] + [f"only in new: {p}" for p in sorted(fb - fa)]
    for p in sorted(fa & fb):
        if (a / p).read_bytes() != (b / p).read_bytes():
            diffs.append(f"differs: {p}")
    return len(fa & fb), diffs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", type=Path, required=True, help="the reference checkout")
    ap.add_argument("--new", type=Path, default=ROOT, help="the checkout under test (default: this one)")
    ap.add_argument("--ref-out", type=Path, help="keep (and reuse) the reference outputs here")
    ap.add_argument("--eval", type=Path, default=EVAL)
    ap.add_argument("--html", action="store_true", help="also the eval HTML pages (slower)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ref_out = a.ref_out or Path(tmp) / "ref"
        new_out = Path(tmp) / "new"
        if not (ref_out / "seeds").is_dir():
            run_tree(a.ref, ref_out, a.eval, a.html)
        run_tree(a.new, new_out, a.eval, a.html)
        n, diffs = compare(ref_out, new_out)
        if a.ref_out is None:
            shutil.rmtree(ref_out, ignore_errors=True)
    for d in diffs[:50]:
        print(d)
    print(f"{n} files compared, {len(diffs)} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
