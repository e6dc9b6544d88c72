"""The pagewash commands: steps, step, clean (summary, --meta), check, --help."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from conftest import GOLDEN, REPO, SEED_FILES, SEEDS, run_cli
from cleaners.model import REASONS
from cleaners.steps import STEPS

SEED000 = SEED_FILES[0]
SEED004 = SEED_FILES[4]


def test_steps_lists_every_step_in_order(capsys):
    code, out, _ = run_cli(capsys, "steps")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(STEPS) == 12
    for i, (line, name) in enumerate(zip(lines, STEPS), 1):
        number, step_name, *description = line.split()
        assert number == f"{i}." and step_name == name and description


def test_step_shows_removed_lines_with_numbers_reasons_and_text(capsys):
    code, out, _ = run_cli(capsys, "step", "captions", SEED000, "--color", "never", "--width", "60")
    assert code == 0
    assert "\033[" not in out
    lines = out.splitlines()
    assert lines[0].startswith("captions: ")
    assert lines[1] == f"{SEED000}: 2 block(s) changed by this step; 27 kept after it"
    removed = [ln for ln in lines if ln.startswith("-")]
    # --width cuts the text to 60 characters, the last one an ellipsis
    assert removed == ["-    3  [caption] An elderly woman with a cane and a man holding a bag are st…",
                       "-    4  [caption] A poignant photograph capturing a Ukrainian soldier assisti…"]
    # context: the kept neighbours, with their line numbers
    assert "     1  Trump’s Peace Push: Can a Summit with Putin and Zelensky En…" in lines
    assert "     6  Executive Summary" in lines


def test_step_comments_lists_each_form_line(capsys):
    code, out, _ = run_cli(capsys, "step", "comments", SEED000, "--color", "never", "--context", "0")
    assert code == 0
    removed = [ln for ln in out.splitlines() if ln.startswith("-")]
    assert removed == ["-   48  [comment-form] Add a comment", "-   50  [comment-form] Leave a Reply",
                       "-   52  [comment-form] Your email address will not be published. Required fields are "
                       "marked *"]


def test_step_shows_relabelled_blocks(capsys):
    code, out, _ = run_cli(capsys, "step", "structure", SEED004, "--color", "never")
    assert code == 0
    lines = out.splitlines()
    assert "~    1  [paragraph -> title] Diplomatic Blitz: Trump Pushes for Putin-Zelenskyy Summit Amidst " \
           "Shifting Security Landscape" in lines
    assert "~   15  [paragraph -> heading] Context & Background" in lines


def test_step_language_prints_the_code(capsys):
    code, out, _ = run_cli(capsys, "step", "language", SEED000, "--color", "never")
    assert code == 0 and "language: en" in out.splitlines()


def test_step_color_always_uses_escapes(capsys):
    code, out, _ = run_cli(capsys, "step", "share", SEED_FILES[1], "--color", "always")
    assert code == 0
    assert "\033[31m-    3  [share-widget] Share This Post\033[0m" in out


def test_step_unknown_name_exits_2(capsys):
    code, out, err = run_cli(capsys, "step", "nosuchstep", SEED000)
    assert code == 2 and out == ""
    assert "unknown step 'nosuchstep'" in err and "navigation" in err and "language" in err


def test_step_bad_file_exits_1(tmp_path, capsys):
    code, _, err = run_cli(capsys, "step", "share", tmp_path / "missing.txt")
    assert code == 1 and "missing.txt" in err
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run_cli(capsys, "step", "share", empty)
    assert code == 1 and f"{empty}: empty input" in err


def test_clean_summary_counts_per_reason(tmp_path, capsys):
    code, out, err = run_cli(capsys, "clean", SEEDS, "--out", tmp_path)
    assert code == 0 and err == ""
    counts = Counter()
    for g in GOLDEN.glob("*.json"):
        counts.update(r["reason"] for r in json.loads(g.read_text(encoding="utf-8"))["removed"])
    parts = ", ".join(f"{r} {counts[r]}" for r in REASONS if counts[r])
    assert out == f"cleaned 5, errors 0; removed: {parts}\n"
    assert "related-links 15" in out and "duplicate 2" in out


def test_clean_meta_url_and_page_fields(tmp_path, capsys):
    meta = tmp_path / "pages.jsonl"
    rows = [{"id": SEED000.stem, "url": "https://example.org/news/peace-push", "lang": "en", "crawl": 7},
            {"id": "not-in-this-run", "url": "https://example.org/other"}]
    meta.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, _ = run_cli(capsys, "clean", SEED000, SEED_FILES[1], "--out", out, "--meta", meta)
    assert code == 0
    rec = json.loads((out / f"{SEED000.stem}.json").read_text(encoding="utf-8"))
    assert rec["url"] == "https://example.org/news/peace-push"
    assert rec["page"] == {"lang": "en", "crawl": 7}
    other = json.loads((out / f"{SEED_FILES[1].stem}.json").read_text(encoding="utf-8"))
    assert other["url"] is None and "page" not in other
    # the text does not depend on the metadata
    assert (out / f"{SEED000.stem}.md").read_bytes() == (GOLDEN / f"{SEED000.stem}.md").read_bytes()


def test_check_usage_error_on_missing_folder(tmp_path, capsys):
    code, _, err = run_cli(capsys, "check", tmp_path / "nope", "--golden", GOLDEN)
    assert code == 2 and "not a folder" in err


@pytest.mark.parametrize("command", [[], ["clean"], ["steps"], ["step"], ["check"]])
def test_help_for_each_command(command, capsys):
    code, out, _ = run_cli(capsys, *command, "--help")
    assert code == 0
    assert out.startswith("usage: pagewash")
    if command:
        assert f"pagewash {command[0]}" in out.splitlines()[0]
    else:
        assert all(c in out for c in ("clean", "steps", "step", "check")) and "exit codes" in out


def test_no_command_is_a_usage_error(capsys):
    code, _, err = run_cli(capsys)
    assert code == 2 and "usage:" in err


def test_console_script_fresh_processes_are_deterministic(tmp_path):
    """The installed entry point, in two processes with different hash seeds: same bytes."""
    mixed = tmp_path / "in" / "mixed.txt"
    mixed.parent.mkdir()
    mixed.write_text("Short Title\n\nDie Regierung hat heute ein neues Gesetz beschlossen. Le gouvernement a "
                     "présenté un projet de loi. The government passed a new law today.\n", encoding="utf-8")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = subprocess.run([sys.executable, "-m", "flows.cli", "clean", str(SEEDS), str(mixed.parent),
                            "--out", str(out)], cwd=REPO, env=env, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert len(outs[0]) == 12 and outs[0] == outs[1]


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda f: f.stem[:3])
def test_step_diffs_over_all_steps_add_up_to_the_golden_removals(seed, capsys):
    import re

    shown = []
    for name in STEPS:
        code, out, _ = run_cli(capsys, "step", name, seed, "--color", "never", "--context", "0",
                               "--width", "100000")
        assert code == 0
        for ln in out.splitlines():
            m = re.match(r"-\s*(\d+)  \[([a-z-]+)\] (.*)$", ln)
            if m:
                shown.append((int(m.group(1)), m.group(2), m.group(3)))
    golden = json.loads((GOLDEN / f"{seed.stem}.json").read_text(encoding="utf-8"))["removed"]
    assert sorted(shown) == [(r["line"], r["reason"], r["text"]) for r in golden]


def test_clean_freezes_the_profiles_after_its_first_page(tmp_path, capsys):
    """`pagewash clean` puts langdetect's profiles (loaded by the first page) out of the garbage
    collector's walks once it has cleaned its first page; the library itself never freezes."""
    import gc

    from cleaners.pipeline import clean_bytes
    from cleaners.steps import language

    gc.unfreeze()
    clean_bytes(SEED_FILES[0].read_bytes(), "lib")
    assert gc.get_freeze_count() == 0  # cleaning through the library leaves the collector alone
    code, _, _ = run_cli(capsys, "clean", *SEED_FILES, "--out", tmp_path / "out")
    assert code == 0
    rows = list(language.detector().word_lang_prob_map.values())[::1000]
    walked = {id(o) for o in gc.get_objects()}  # the collector's generations: frozen objects are not in them
    assert gc.get_freeze_count() > len(rows) * 1000 and not any(id(r) in walked for r in rows)
