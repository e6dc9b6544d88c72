"""The ``pagewash`` command line: clean, steps, step, check.

Exit codes (every command):
  0  success
  1  the command ran but found a problem: an input failed (clean), a difference (check)
  2  usage error: bad arguments, missing folders, unreadable --meta, unknown step
"""
from __future__ import annotations

import argparse
import difflib
import gc
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

from . import __version__, render
from .io import discover, doc_id, fmt_of, load_meta, read_bytes, write_atomic
from .model import REASONS
from .pipeline import clean_bytes, parse, run_steps, steps_until
from .repetition import SiteCounts, page_keys, site_of
from .steps import PIPELINE, STEPS, describe
from .textparse import InputError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

# Extra sub-commands (flows/cli.py adds run, serve, export): name -> (add_arguments, handler)
EXTRA_COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}


class Colour:
    def __init__(self, mode: str, stream=sys.stdout):
        on = mode == "always" or (mode == "auto" and stream.isatty() and not os.environ.get("NO_COLOR"))
        self.on = on

    def __call__(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.on else text


# --- clean -------------------------------------------------------------------------------------

def count_sites(files: list[Path], meta: dict, counts: SiteCounts | None = None) -> SiteCounts:
    """Pass 1 of per-site repetition: count the lines of every readable input."""
    counts = counts or SiteCounts()
    for path in files:
        did = doc_id(path)
        try:
            doc = parse(read_bytes(path), did, fmt=fmt_of(path))
        except Exception:
            continue  # pass 2 reports it
        counts.add(site_of((meta.get(did) or {}).get("url")), page_keys(doc), did)
    return counts


def clean_one(path: Path, meta: dict, counts: SiteCounts | None = None) -> tuple[str, object]:
    """('ok', Article) or ('error', error record) for one input file."""
    did = doc_id(path)
    try:
        data = read_bytes(path)
        page = meta.get(did)
        context = counts.context(site_of((page or {}).get("url"))) if counts is not None else None
        art = clean_bytes(data, did, source=str(path), meta=page, fmt=fmt_of(path), context=context)
        return "ok", art
    except InputError as e:
        return "error", {"id": did, "source": str(path), "error": str(e)}
    except OSError as e:
        return "error", {"id": did, "source": str(path), "error": f"cannot read: {e.strerror or e}"}
    except Exception as e:  # a bug in a step must not abort the run; the record names it
        return "error", {"id": did, "source": str(path), "error": f"internal error: {type(e).__name__}: {e}"}


def summary_line(n_ok: int, n_err: int, reasons: Counter) -> str:
    parts = ", ".join(f"{r} {reasons[r]}" for r in REASONS if reasons[r]) or "nothing"
    return f"cleaned {n_ok}, errors {n_err}; removed: {parts}"


def freeze_survivors() -> None:
    """After the first page, put what lives as long as the run out of the garbage collector's walks:
    langdetect's profiles (~88,000 lists, loaded by the first page) and the modules. Every full
    collection walked them (60-125 ms, one in about 500 pages: 0.13-0.33 ms a page, session 7). The
    command's own choice, not the library's: a freeze keeps whatever is alive at that moment, which
    only the application can judge (the flow freezes before each batch, flows/corpus_flow.py)."""
    gc.collect()
    gc.freeze()


def cmd_clean(a: argparse.Namespace) -> int:
    try:
        meta = load_meta(a.meta)
    except (OSError, ValueError) as e:
        print(f"pagewash clean: --meta: {e}", file=sys.stderr)
        return EXIT_USAGE
    out = Path(a.out)
    # our own <id>.md outputs (--out inside an input folder, or a re-run) are not inputs
    files = [f for f in discover(a.inputs)
             if not (f.name.endswith(".md") and f.resolve().is_relative_to(out.resolve()))]
    if not files:
        print("pagewash clean: no input files found", file=sys.stderr)
        return EXIT_USAGE
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"pagewash clean: --out: cannot create folder {out}: {e.strerror or e}", file=sys.stderr)
        return EXIT_USAGE
    counts = None
    if a.site_counts:  # per-site repetition: opt-in, so that by default an article depends on its input alone
        try:
            counts = SiteCounts.load(a.site_counts) if a.site_counts and Path(a.site_counts).exists() else None
        except (OSError, ValueError) as e:
            print(f"pagewash clean: --site-counts: {e}", file=sys.stderr)
            return EXIT_USAGE
        counts = count_sites(files, meta, counts)
        write_atomic(Path(a.site_counts), counts.to_json())
    errors: list[dict] = []
    reasons: Counter = Counter()
    seen: dict[str, Path] = {}
    n_ok = 0
    from rich.progress import Progress

    with Progress(transient=True, disable=not sys.stderr.isatty() or len(files) < 50) as bar:
        task = bar.add_task("cleaning", total=len(files))
        for path in files:
            did = doc_id(path)
            if did in seen:
                status, res = "error", {"id": did, "source": str(path),
                                        "error": f"duplicate id: {seen[did]} has the same id"}
            else:
                seen[did] = path
                status, res = clean_one(path, meta, counts)
                if len(seen) == 1:
                    freeze_survivors()
            if status == "ok":
                write_atomic(out / f"{did}.md", res.text)
                write_atomic(out / f"{did}.json", render.dumps(res.meta))
                reasons.update(r["reason"] for r in res.meta["removed"])
                n_ok += 1
            else:
                errors.append(res)
                if seen.get(did) == path:  # not a duplicate id: outputs of an earlier run would lie
                    for ext in (".md", ".json"):
                        (out / f"{did}{ext}").unlink(missing_ok=True)
                print(f"pagewash clean: {res['source']}: {res['error']}", file=sys.stderr)
            bar.advance(task)
    err_path = out / "errors.jsonl"
    if errors:
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(errors, key=lambda e: (e["id"], e["source"]))]
        write_atomic(err_path, "\n".join(lines) + "\n")
    elif err_path.exists():
        err_path.unlink()  # a stale file from an earlier run would lie
    print(summary_line(n_ok, len(errors), reasons))
    return EXIT_PROBLEM if errors else EXIT_OK


# --- steps / step ----------------------------------------------------------------------------

def cmd_steps(a: argparse.Namespace) -> int:
    width = max(len(n) for n in STEPS)
    for i, step in enumerate(PIPELINE, 1):
        print(f"{i:2}. {step.NAME:<{width}}  {describe(step)}")
    return EXIT_OK


def cmd_step(a: argparse.Namespace) -> int:
    c = Colour(a.color)
    try:
        steps = steps_until(a.name)
    except KeyError as e:
        print(f"pagewash step: {e.args[0]}", file=sys.stderr)
        return EXIT_USAGE
    path = Path(a.file)
    try:
        doc = parse(read_bytes(path), doc_id(path), source=str(path), fmt=fmt_of(path))
        if a.site_counts:
            doc.context = SiteCounts.load(a.site_counts).context(site_of(a.url))
    except (InputError, OSError, ValueError) as e:
        print(f"pagewash step: {path}: {e}", file=sys.stderr)
        return EXIT_PROBLEM
    run_steps(doc, steps[:-1])
    step = steps[-1]
    before = [(b.reason, b.kind) for b in doc.blocks]
    step.apply(doc)
    changed = [i for i, b in enumerate(doc.blocks) if (b.reason, b.kind) != before[i]]
    print(c("1", f"{step.NAME}: {describe(step)}"))
    print(c("2", f"{path}: {len(changed)} block(s) changed by this step; "
                 f"{sum(1 for b in doc.blocks if b.kept)} kept after it"))
    if step.NAME == "language":
        print(f"language: {doc.language}")
    show = set()
    for i in changed:
        show.update(range(max(0, i - a.context), min(len(doc.blocks), i + a.context + 1)))
    last = -2
    for i in sorted(show):
        b = doc.blocks[i]
        if before[i][0] is not None and i not in changed:
            continue  # removed by an earlier step: not part of this step's story
        if i != last + 1:
            print(c("36", "@@"))
        last = i
        ln = f"{b.line:>5}" if b.line is not None else "    ?"
        text = b.text if len(b.text) <= a.width else b.text[: a.width - 1] + "…"
        if i in changed and b.reason is not None:
            print(c("31", f"-{ln}  [{b.reason}] {text}"))
        elif i in changed:
            print(c("33", f"~{ln}  [{before[i][1]} -> {b.kind}] {text}"))
        else:
            print(c("2", f" {ln}  {text}"))
    return EXIT_OK


# --- check ------------------------------------------------------------------------------------

def compare_dirs(out: Path, golden: Path) -> list[str]:
    """Differences between ``out`` and ``golden``: .md exactly, .json on the golden's fields."""
    problems: list[str] = []
    for g in sorted(golden.iterdir()):
        if g.suffix not in (".md", ".json") or g.name.startswith("."):
            continue
        o = out / g.name
        if not o.exists():
            problems.append(f"missing: {o} (golden {g})")
            continue
        if g.suffix == ".md":
            # bytes, not read_text(): text mode would turn CRLF into LF and hide the difference
            want_b, got_b = g.read_bytes(), o.read_bytes()
            if want_b != got_b:
                want, got = want_b.decode("utf-8", "replace"), got_b.decode("utf-8", "replace")
                diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), str(g), str(o)))
                problems.append(diff.rstrip("\n") or f"{o}: bytes differ from {g} (line ends or encoding)")
        else:
            want = json.loads(g.read_text(encoding="utf-8"))
            try:
                got = json.loads(o.read_bytes().decode("utf-8"))
            except ValueError as e:  # truncated or not UTF-8: a difference, not a crash
                problems.append(f"{o}: not a JSON record ({e})")
                continue
            if not isinstance(got, dict):
                problems.append(f"{o}: not a JSON object")
                continue
            for key in want:
                if want[key] != got.get(key):
                    a_ = json.dumps(want[key], ensure_ascii=False, indent=2).splitlines(True)
                    b_ = json.dumps(got.get(key), ensure_ascii=False, indent=2).splitlines(True)
                    diff = "".join(difflib.unified_diff(a_, b_, f"{g}:{key}", f"{o}:{key}"))
                    problems.append(diff.rstrip("\n") or f"{o}: field {key!r} differs")
    return problems


def cmd_check(a: argparse.Namespace) -> int:
    out, golden = Path(a.outdir), Path(a.golden)
    for p in (out, golden):
        if not p.is_dir():
            print(f"pagewash check: not a folder: {p}", file=sys.stderr)
            return EXIT_USAGE
    problems = compare_dirs(out, golden)
    n = sum(1 for g in golden.iterdir() if g.suffix in (".md", ".json"))
    for p in problems:
        print(p)
    print(f"check: {n - len(problems)} of {n} golden files match" + (f", {len(problems)} differ" if problems else ""))
    return EXIT_PROBLEM if problems else EXIT_OK


# --- parser -------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pagewash", description="Turn raw scraped page dumps into clean canonical articles.",
        epilog="exit codes: 0 success; 1 an input failed or a check found differences; 2 usage error",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"pagewash {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    c = sub.add_parser("clean", help="clean dumps into DIR/<id>.md and DIR/<id>.json",
                       description="Clean text or HTML dumps (files or folders). Writes DIR/<id>.md and "
                                   "DIR/<id>.json per input, DIR/errors.jsonl for inputs that failed. "
                                   "Exit 1 when any input failed.")
    c.add_argument("inputs", nargs="+", metavar="INPUT", help="dump files or folders of dumps")
    c.add_argument("--out", required=True, metavar="DIR", help="output folder")
    c.add_argument("--meta", metavar="FILE.jsonl", help="JSON lines with id, url and other page fields")
    c.add_argument("--site-counts", metavar="FILE.json",
                   help="turn on per-site repetition: lines found on many pages of a site (site = host of "
                        "the --meta url) are furniture. FILE is loaded if present, updated with these inputs "
                        "and saved, so later runs judge repetition on every page seen so far")
    c.set_defaults(func=cmd_clean)

    s = sub.add_parser("steps", help="list the cleaning steps in pipeline order",
                       description="List the cleaning steps in the order the pipeline runs them.")
    s.set_defaults(func=cmd_steps)

    st = sub.add_parser("step", help="show what one step removes from one file, and why",
                        description="Run the pipeline up to NAME on FILE and show, as a diff, the blocks NAME "
                                    "removed (line, reason, text) or re-labelled.")
    st.add_argument("name", metavar="NAME", help="step name (see 'pagewash steps')")
    st.add_argument("file", metavar="FILE", help="one dump")
    st.add_argument("--context", type=int, default=1, help="kept blocks shown around each change (default 1)")
    st.add_argument("--width", type=int, default=160, help="cut texts longer than this (default 160)")
    st.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    st.add_argument("--site-counts", metavar="FILE.json", help="per-site line counts saved by 'clean --site-counts'")
    st.add_argument("--url", help="the page's url, to pick its site in --site-counts")
    st.set_defaults(func=cmd_step)

    ch = sub.add_parser("check", help="compare an output folder with goldens, exactly",
                        description="Compare OUTDIR with the goldens: each golden <id>.md must be identical, "
                                    "each field of a golden <id>.json equal. Prints unified diffs; exit 1 on "
                                    "any difference.")
    ch.add_argument("outdir", metavar="OUTDIR")
    ch.add_argument("--golden", required=True, metavar="DIR")
    ch.set_defaults(func=cmd_check)

    for name, (help_, add_args, handler) in EXTRA_COMMANDS.items():
        e = sub.add_parser(name, help=help_, description=help_)
        add_args(e)
        e.set_defaults(func=handler)
    return p


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    return a.func(a)


if __name__ == "__main__":
    sys.exit(main())
