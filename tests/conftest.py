"""Shared helpers for the pagewash tests: paths, running the CLI, cleaning a snippet."""
from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import os

import pytest
from hypothesis import settings as hypothesis_settings

from cleaners import cli, render
from cleaners.pipeline import parse, run_steps, steps_until
from cleaners.text import normalize_inline
from cleaners.textparse import _is_numbered, _strip_marker, decode, is_hard_wrapped, split_lines

# Property tests (hypothesis): `make test` is the gate CI runs, so it tries the same examples on
# every run and machine (derandomised, no example database): a red run means the change, not a
# new random draw. `make explore` runs them with fresh random examples each time, to look for new
# counter-examples; a case it finds becomes an @example of its test (kept by the gate).
hypothesis_settings.register_profile("gate", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("PAGEWASH_HYPOTHESIS", "gate"))

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
# tests whose assertions need the dev eval dumps (../shared/eval), e.g. "the lines exercise the rule"
needs_eval = pytest.mark.skipif(not any((SHARED / "eval").glob("*/dumps/*.txt")),
                                reason="no eval dumps under ../shared/eval (../shared absent)")
# golden/ also holds the HTML goldens (tests/test_html.py); these tests compare the five
# seeds, so GOLDEN is a folder with the seed goldens alone (copied, never edited).
GOLDEN = Path(tempfile.mkdtemp(prefix="pagewash-seed-golden-"))
atexit.register(shutil.rmtree, GOLDEN, True)
for _seed in SEED_FILES:
    for _ext in (".md", ".json"):
        shutil.copy2(REPO / "golden" / f"{_seed.stem}{_ext}", GOLDEN)


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``pagewash ARGS`` in process; returns (exit code, stdout, stderr)."""
    capsys.readouterr()
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as e:  # argparse: --help, usage errors
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def clean_doc(text: str, until: str | None = None, doc_id: str = "t"):
    """Parse a snippet and run the pipeline up to (and including) step ``until``."""
    doc = parse(text.encode("utf-8"), doc_id, fmt="text")
    return run_steps(doc, steps_until(until))


def removed(doc) -> dict[int, tuple[str, str]]:
    """line -> (reason, text) of the removed blocks."""
    return {r["line"]: (r["reason"], r["text"]) for r in render.removed_records(doc)}


def md_lines(md: str) -> list[str]:
    return [line for line in md.split("\n") if line]


def md_blocks(md: str) -> list[str]:
    """The contents of the canonical text's blocks, markers ('# ', '## ', '- ') dropped."""
    out = []
    for line in md.split("\n"):
        if not line:
            continue
        for mark in ("# ", "## ", "- "):
            if line.startswith(mark):
                line = line[len(mark):]
                break
        out.append(line)
    return out


def line_contents(data: bytes) -> list[tuple[int, str]]:
    """(line number, normalised content without bullet) of each non-blank input line."""
    text, _ = decode(data)
    text = text.removeprefix("\ufeff")
    lines = split_lines(text)
    numbered = [_is_numbered(ln) for ln in lines]
    out = []
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        # a numbered line is a list item only inside a run of numbered lines (textparse)
        run = (n > 1 and numbered[n - 2]) or (n < len(lines) and numbered[n])
        _, rest = _strip_marker(raw.lstrip(), numbered_ok=numbered[n - 1] and run)
        content = normalize_inline(rest)
        if not content and not normalize_inline(raw):
            continue  # only invisible characters: a blank line
        out.append((n, content))
    return out


def assert_nothing_lost(data: bytes, md: str, meta: dict) -> None:
    """Every non-blank input line is in the canonical text or has a ``removed`` record."""
    text, _ = decode(data)
    lines = split_lines(text.removeprefix("\ufeff"))
    recs = meta["removed"]
    rec_lines = [r["line"] for r in recs]
    assert rec_lines == sorted(rec_lines), "removed records are not in line order"
    by_line = {r["line"]: r for r in recs}
    assert len(by_line) == len(recs), "two records for one line"
    blocks = md_blocks(md)
    if is_hard_wrapped(lines):
        # wrapped paragraphs are rejoined: each line's words are in a block or a record
        pool = blocks + [r["text"] for r in recs]
        for n, content in line_contents(data):
            if n in by_line:
                continue
            assert any(content in p for p in pool), f"line {n} lost: {content!r}"
        return
    unrecorded = Counter()
    for n, content in line_contents(data):
        if n in by_line:
            # the record's text is the line after the in-block normalisation
            assert by_line[n]["text"] == content, f"line {n}: record text differs"
        else:
            unrecorded[content] += 1
    # the kept lines are exactly the canonical text's blocks (as a multiset); a paragraph may
    # itself start with '# ' (code, hashtags), so a marker is dropped only when needed to match
    from_text = Counter()
    for raw, stripped in zip(md_lines(md), md_blocks(md)):
        from_text[raw if unrecorded[raw] > from_text[raw] and stripped != raw else stripped] += 1
    assert unrecorded == from_text, (
        f"lost (not in text, no record): {dict(unrecorded - from_text)}; "
        f"in text but not from a kept line: {dict(from_text - unrecorded)}")
    valid = {n for n, _ in line_contents(data)}
    assert set(by_line) <= valid, f"records for blank or missing lines: {set(by_line) - valid}"


def read_article(out: Path, did: str) -> tuple[str, dict]:
    return (out / f"{did}.md").read_text(encoding="utf-8"), json.loads((out / f"{did}.json").read_text(encoding="utf-8"))


@pytest.fixture
def seeds_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds_out")
    assert cli.main(["clean", str(SEEDS), "--out", str(out)]) == 0
    return out


def sample_dumps(dataset: str, n: int) -> list[Path]:
    """``n`` real dumps of ../shared/eval/<dataset>, or, where ../shared is absent (a bare
    clone), ``n`` stand-ins made from the seeds: each takes a disjoint share of one seed's
    paragraphs under a menu, so they differ in id and content and are no near-duplicates."""
    real = sorted((SHARED / "eval" / dataset / "dumps").glob("*.txt"))[:n]
    if len(real) == n:
        return real
    out = Path(tempfile.mkdtemp(prefix=f"pagewash-sample-{dataset}-"))
    atexit.register(shutil.rmtree, out, True)
    groups = -(-n // len(SEED_FILES))  # stand-ins per seed
    made = []
    for k in range(n):
        seed, part = SEED_FILES[k % len(SEED_FILES)], k // len(SEED_FILES)
        paras = [ln for ln in seed.read_text(encoding="utf-8").splitlines() if len(ln.split()) > 12]
        body = "\n\n".join(paras[part::groups]) or paras[0]
        text = f"Skip to content\nHome\nSection {k}\n\nSample page number {k} on the news\n\n{body}\n"
        f = out / f"sample_{dataset}_{k:03d}.txt"
        f.write_text(text, encoding="utf-8")
        made.append(f)
    return made
