"""The seeds through the real CLI: exact goldens, `check`, determinism, nothing lost."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import GOLDEN, SEED_FILES, SEEDS, SHARED, assert_nothing_lost, read_article, run_cli
from cleaners import cli
from cleaners.io import doc_id

SEED_IDS = [doc_id(f) for f in SEED_FILES]


def test_five_seeds_and_goldens_present():
    assert len(SEED_IDS) == 5
    for did in SEED_IDS:
        assert (GOLDEN / f"{did}.md").is_file() and (GOLDEN / f"{did}.json").is_file()


@pytest.mark.parametrize("did", SEED_IDS)
def test_seed_text_equals_golden(seeds_out, did):
    got = (seeds_out / f"{did}.md").read_bytes()
    assert got == (GOLDEN / f"{did}.md").read_bytes()
    assert got.endswith(b"\n") and not got.endswith(b"\n\n")


@pytest.mark.parametrize("did", SEED_IDS)
def test_seed_json_fields_equal_golden(seeds_out, did):
    want = json.loads((GOLDEN / f"{did}.json").read_text(encoding="utf-8"))
    got = json.loads((seeds_out / f"{did}.json").read_text(encoding="utf-8"))
    assert set(want) >= {"title", "language", "captions", "removed"}
    for key in want:
        assert got.get(key) == want[key], key
    # the fields the README documents beyond the golden ones
    assert got["id"] == did and got["source"].endswith(f"{did}.txt") and got["url"] is None
    assert got["stats"]["removed"] == {r: n for r, n in
                                       _count(rec["reason"] for rec in got["removed"]).items()}


def _count(items):
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def test_check_passes_on_clean_output(seeds_out, capsys):
    code, out, _ = run_cli(capsys, "check", seeds_out, "--golden", GOLDEN)
    assert code == 0
    assert "10 of 10 golden files match" in out


def test_check_fails_with_diff_on_altered_text(seeds_out, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    target = out / f"{SEED_IDS[1]}.md"
    lines = target.read_text(encoding="utf-8").split("\n")
    lines[2] = lines[2] + " ALTERED"
    target.write_text("\n".join(lines), encoding="utf-8")
    code, stdout, _ = run_cli(capsys, "check", out, "--golden", GOLDEN)
    assert code == 1
    assert f"--- {GOLDEN / target.name}" in stdout and f"+++ {target}" in stdout
    assert "@@" in stdout
    assert f"+{lines[2]}" in stdout and f"-{lines[2].removesuffix(' ALTERED')}" in stdout
    assert "1 differ" in stdout


def test_check_fails_on_altered_json_field_and_missing_file(seeds_out, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    j = out / f"{SEED_IDS[0]}.json"
    rec = json.loads(j.read_text(encoding="utf-8"))
    rec["language"] = "de"
    j.write_text(json.dumps(rec), encoding="utf-8")
    (out / f"{SEED_IDS[4]}.md").unlink()
    code, stdout, _ = run_cli(capsys, "check", out, "--golden", GOLDEN)
    assert code == 1
    assert '-"en"' in stdout and '+"de"' in stdout and ":language" in stdout
    assert f"missing: {out / (SEED_IDS[4] + '.md')}" in stdout
    assert "2 differ" in stdout


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_two_runs_byte_identical(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_cli(capsys, "clean", SEEDS, "--out", a)[0] == 0
    assert run_cli(capsys, "clean", SEEDS, "--out", b)[0] == 0
    snap = _snapshot(a)
    assert len(snap) == 10 and snap == _snapshot(b)


def test_order_and_subset_do_not_change_an_article(tmp_path, capsys):
    files = [str(f) for f in SEED_FILES]
    full, rev = tmp_path / "full", tmp_path / "rev"
    assert run_cli(capsys, "clean", *files, "--out", full)[0] == 0
    assert run_cli(capsys, "clean", *reversed(files), "--out", rev)[0] == 0
    assert _snapshot(full) == _snapshot(rev)
    for f in (SEED_FILES[3], SEED_FILES[0]):  # alone, and in a reversed pair
        one = tmp_path / f"one-{f.stem}"
        assert run_cli(capsys, "clean", f, "--out", one)[0] == 0
        assert _snapshot(one) == {n: b for n, b in _snapshot(full).items() if n.startswith(f.stem)}
    pair = tmp_path / "pair"
    assert run_cli(capsys, "clean", files[4], files[2], "--out", pair)[0] == 0
    assert _snapshot(pair) == {n: b for n, b in _snapshot(full).items()
                               if n.startswith((SEED_FILES[4].stem, SEED_FILES[2].stem))}


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_seed_nothing_lost(seeds_out, seed):
    md, meta = read_article(seeds_out, doc_id(seed))
    assert_nothing_lost(seed.read_bytes(), md, meta)


EVAL_SAMPLE_EVERY = 8  # about 60 of the 485 eval dumps


def _eval_sample() -> list[Path]:
    files = sorted((SHARED / "eval").glob("*/dumps/*.txt"))
    return files[::EVAL_SAMPLE_EVERY]


@pytest.fixture(scope="module")
def eval_out(tmp_path_factory):
    files = _eval_sample()
    if not files:
        pytest.skip(f"no eval dumps under {SHARED / 'eval'} (../shared absent)")
    out = tmp_path_factory.mktemp("eval_out")
    assert cli.main(["clean", *map(str, files), "--out", str(out)]) == 0
    return files, out


def test_eval_sample_nothing_lost(eval_out):
    files, out = eval_out
    failures = []
    for f in files:
        md, meta = read_article(out, doc_id(f))
        try:
            assert_nothing_lost(f.read_bytes(), md, meta)
        except AssertionError as e:
            failures.append(f"{f.name}: {str(e)[:300]}")
    assert not failures, "\n".join(failures)


def test_eval_sample_deterministic(eval_out, tmp_path):
    files, out = eval_out
    again = tmp_path / "again"
    subset = files[::3][::-1]  # a subset, in reverse order, cleaned in another run
    assert cli.main(["clean", *map(str, subset), "--out", str(again)]) == 0
    for f in subset:
        for ext in (".md", ".json"):
            name = doc_id(f) + ext
            assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_check_is_byte_exact_on_line_ends(seeds_out, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    target = out / f"{SEED_IDS[2]}.md"
    target.write_bytes(target.read_bytes().replace(b"\n", b"\r\n"))
    code, stdout, _ = run_cli(capsys, "check", out, "--golden", GOLDEN)
    assert code == 1 and "1 differ" in stdout
    assert str(target) in stdout


def test_check_reports_a_broken_json_output(seeds_out, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    target = out / f"{SEED_IDS[3]}.json"
    target.write_bytes(target.read_bytes()[:100])  # a truncated write
    code, stdout, _ = run_cli(capsys, "check", out, "--golden", GOLDEN)
    assert code == 1 and f"{target}: not a JSON record" in stdout
