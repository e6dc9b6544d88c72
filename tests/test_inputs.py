"""Bad inputs: each gives an article or an error record; the run goes on."""
from __future__ import annotations

import codecs
import gzip
import json
import shutil

import pytest

from conftest import GOLDEN, SEED_FILES, read_article, run_cli
from cleaners.textparse import decode

GOOD = SEED_FILES[1]  # 001
GOOD_ID = GOOD.stem
UTF16_SEED = SEED_FILES[3]  # 003

GERMAN = ("Die Bundesregierung hat am Montag ein neues Gesetz zur Förderung der Windenergie beschlossen, "
          "das den Ausbau an Land und auf See in den kommenden Jahren deutlich beschleunigen soll. "
          "Kritik kam von Umweltschützern, die vor einer Schwächung des Naturschutzes warnen.")
HTML = ("<!DOCTYPE html>\n<html><head><title>Trump Pushes for a Summit</title></head>\n<body>\n"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\n<article>\n"
        "<h1>Trump Pushes for a Summit</h1>\n"
        "<p>President Trump has expressed cautious optimism about reaching a deal within about two weeks, "
        "but he also suggested that Ukraine might need to adopt a more offensive military stance.</p>\n"
        "<p>Russian officials insist that Russia must have a role in any security guarantees for Ukraine "
        "and reject European-led diplomatic efforts as futile.</p>\n</article>\n</body></html>\n")


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    """One `pagewash clean` over a folder holding every bad input plus one good seed."""
    root = tmp_path_factory.mktemp("bad")
    src = root / "in"
    (src / "nested" / "deeper").mkdir(parents=True)
    (src / ".cache").mkdir()
    shutil.copy(GOOD, src / GOOD.name)
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(b"  \n\t\r\n\xe2\x80\x8b\n")
    (src / "latin1.txt").write_bytes(GERMAN.encode("latin-1"))
    (src / "mixed.txt").write_bytes(("“Quoted” — " + GERMAN).encode("utf-8").replace(
        "Förderung".encode(), "Förderung".encode("latin-1")))
    (src / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 8)
    (src / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + UTF16_SEED.read_text("utf-8").encode("utf-16-le"))
    (src / "huge.txt").write_bytes(b"word " * 4_000_000)  # 20 MB, one line
    (src / "page.txt").write_text(HTML, encoding="utf-8")
    (src / "broken.html.gz").write_bytes(b"not gzip at all")
    (src / "deep.txt.gz").write_bytes(gzip.compress(SEED_FILES[0].read_bytes(), mtime=0))
    (src / "nested" / "deeper" / "inner.txt").write_text(GERMAN + "\n", encoding="utf-8")
    (src / "nested" / "empty.txt").write_bytes(b"")  # same id as ../empty.txt
    (src / "nested" / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a dump: not picked up
    (src / ".cache" / "hidden.txt").write_text("hidden", encoding="utf-8")
    missing = src / "missing.txt"
    out = root / "out"
    return src, out, missing


@pytest.fixture(scope="module")
def bad_result(bad_run, capsys_module):
    src, out, missing = bad_run
    code, stdout, stderr = capsys_module(["clean", str(src), str(missing), "--out", str(out)])
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return code, stdout, stderr, {(e["id"], e["source"]): e for e in errors}, out, src


@pytest.fixture(scope="module")
def capsys_module():
    """Module-scoped CLI runner capturing stdout/stderr (capsys is function-scoped)."""
    import contextlib
    import io

    from cleaners import cli

    def run(argv):
        o, e = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(o), contextlib.redirect_stderr(e):
            code = cli.main(argv)
        return code, o.getvalue(), e.getvalue()
    return run


def test_exit_code_1_when_any_input_failed(bad_result):
    code, stdout, *_ = bad_result
    assert code == 1
    assert stdout.startswith("cleaned 8, errors 6;")


def test_good_seed_still_written_and_equal_to_golden(bad_result):
    out = bad_result[4]
    assert (out / f"{GOOD_ID}.md").read_bytes() == (GOLDEN / f"{GOOD_ID}.md").read_bytes()


def test_error_records(bad_result):
    errors, src = bad_result[3], bad_result[5]
    want = {
        ("binary", src / "binary.txt"): "binary input: contains NUL bytes",
        ("blank", src / "blank.txt"): "empty input: no text",
        ("empty", src / "empty.txt"): "empty input: no text",
        ("empty", src / "nested" / "empty.txt"): f"duplicate id: {src / 'empty.txt'} has the same id",
        ("missing", src / "missing.txt"): "cannot read: No such file or directory",
        ("broken", src / "broken.html.gz"): "cannot read: Not a gzipped file",
    }
    assert set(errors) == {(i, str(p)) for i, p in want}
    for (did, path), reason in want.items():
        rec = errors[(did, str(path))]
        assert set(rec) == {"id", "source", "error"}
        assert rec["error"].startswith(reason), rec


def test_errors_jsonl_is_sorted_and_stable(bad_result):
    out = bad_result[4]
    lines = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    keys = [(json.loads(ln)["id"], json.loads(ln)["source"]) for ln in lines]
    assert keys == sorted(keys)


def test_stderr_names_each_failed_file(bad_result):
    stderr, errors = bad_result[2], bad_result[3]
    for (_, source), rec in errors.items():
        assert f"pagewash clean: {source}: {rec['error']}" in stderr


def test_failed_inputs_write_no_article(bad_result):
    out = bad_result[4]
    for did in ("binary", "blank", "missing", "broken"):
        assert not (out / f"{did}.md").exists() and not (out / f"{did}.json").exists()


def test_articles_from_odd_but_readable_inputs(bad_result):
    out = bad_result[4]
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{d}.{e}" for d in (GOOD_ID, "latin1", "mixed", "utf16", "huge", "page", "deep",
                                                "inner") for e in ("md", "json")] + ["errors.jsonl"])


def test_utf16_with_bom_gives_the_seed_article(bad_result):
    out = bad_result[4]
    md, meta = read_article(out, "utf16")
    assert md == (GOLDEN / f"{UTF16_SEED.stem}.md").read_text(encoding="utf-8")
    want = json.loads((GOLDEN / f"{UTF16_SEED.stem}.json").read_text(encoding="utf-8"))
    assert meta["removed"] == want["removed"] and meta["captions"] == want["captions"]
    assert meta["stats"]["encoding"] == "utf-16-le"


def test_gzipped_dump_in_a_nested_listing(bad_result):
    out = bad_result[4]
    md, meta = read_article(out, "deep")
    assert md == (GOLDEN / f"{SEED_FILES[0].stem}.md").read_text(encoding="utf-8")
    assert meta["source"].endswith("deep.txt.gz")
    md, meta = read_article(out, "inner")
    assert md == GERMAN + "\n" and meta["language"] == "de"
    assert meta["source"] == str(bad_result[5] / "nested" / "deeper" / "inner.txt")


def test_latin1_is_decoded_by_the_fallback_not_mangled(bad_result):
    # documented: not UTF-8 -> charset-normalizer's guess, windows-1252 preferred when plausible
    md, meta = read_article(bad_result[4], "latin1")
    assert md == GERMAN + "\n"
    assert meta["stats"]["encoding"] == "cp1252" and meta["language"] == "de"


def test_utf8_with_a_stray_latin1_byte_stays_utf8(bad_result):
    md, meta = read_article(bad_result[4], "mixed")
    assert md == "“Quoted” — " + GERMAN + "\n"
    assert meta["stats"]["encoding"] == "utf-8+cp1252"


def test_huge_single_line_finishes(bad_result):
    md, meta = read_article(bad_result[4], "huge")
    assert meta["stats"]["chars_in"] == 20_000_000
    assert md == ("word " * 4_000_000).strip() + "\n"
    assert meta["removed"] == []


def test_html_saved_as_txt_takes_the_html_path(bad_result):
    md, meta = read_article(bad_result[4], "page")
    assert meta["stats"]["format"] == "html"
    assert "<" not in md and "President Trump has expressed cautious optimism" in md
    assert "Russian officials insist" in md
    assert "Home" not in md.split("\n")


def test_html_removals_are_recorded(bad_result):
    # one record per removed element (its whole text), named by ``where``; HTML has no line numbers
    _, meta = read_article(bad_result[4], "page")
    assert {"line": None, "reason": "navigation", "text": "Home World", "where": "nav"} in meta["removed"]
    assert all("where" in r for r in meta["removed"])


def test_hidden_and_non_dump_files_are_skipped(bad_result):
    out, errors = bad_result[4], bad_result[3]
    assert not (out / "hidden.md").exists() and not (out / "notes.md").exists()
    assert not any("hidden" in s or "notes" in s for _, s in errors)


def test_exit_0_and_no_errors_file_when_none_failed(tmp_path, capsys):
    out = tmp_path / "out"
    (out).mkdir()
    (out / "errors.jsonl").write_text('{"id": "stale"}\n', encoding="utf-8")
    code, stdout, stderr = run_cli(capsys, "clean", GOOD, "--out", out)
    assert code == 0 and stderr == ""
    assert stdout.startswith("cleaned 1, errors 0;")
    assert not (out / "errors.jsonl").exists()  # a stale one would lie


def test_failed_input_removes_its_stale_outputs(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(GOOD, src / "page.txt")
    assert run_cli(capsys, "clean", src, "--out", out)[0] == 0
    assert (out / "page.md").exists()
    (src / "page.txt").write_bytes(b"")
    code, _, stderr = run_cli(capsys, "clean", src, "--out", out)
    assert code == 1 and f"{src / 'page.txt'}: empty input" in stderr
    assert not (out / "page.md").exists() and not (out / "page.json").exists()


def test_usage_errors_exit_2(tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    code, _, stderr = run_cli(capsys, "clean", GOOD, "--out", afile / "sub")
    assert code == 2 and "--out" in stderr
    code, _, stderr = run_cli(capsys, "clean", tmp_path / "nothing-here", "--out", tmp_path / "o")
    assert code == 1 and "nothing-here" in stderr  # a missing path is an error record, not a crash
    (tmp_path / "emptydir").mkdir()
    code, _, stderr = run_cli(capsys, "clean", tmp_path / "emptydir", "--out", tmp_path / "o2")
    assert code == 2 and "no input files" in stderr
    code, _, stderr = run_cli(capsys, "clean", GOOD, "--out", tmp_path / "o3", "--meta", tmp_path / "no.jsonl")
    assert code == 2 and "--meta" in stderr
    bad_meta = tmp_path / "bad.jsonl"
    bad_meta.write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    code, _, stderr = run_cli(capsys, "clean", GOOD, "--out", tmp_path / "o4", "--meta", bad_meta)
    assert code == 2 and f"{bad_meta}:2: not JSON" in stderr


@pytest.mark.parametrize("data,enc", [
    ("Grüße aus Köln".encode("latin-1"), "cp1252"),
    ("Très bien, à bientôt.".encode("cp1252"), "cp1252"),
    ("Привет, как дела? Это тестовый текст.".encode("cp1251"), "cp1251"),
    ("Zażółć gęślą jaźń. Łódź jest pięknym miastem.".encode("cp1250"), "cp1250"),
])
def test_decode_fallback_single_byte_code_pages(data, enc):
    text, got = decode(data)
    assert got == enc
    assert text == data.decode(enc)


def test_out_inside_the_input_folder_is_not_read_back(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(GOOD, src / GOOD.name)
    for _ in range(2):  # the second run sees the first run's .md files in in/out
        code, stdout, stderr = run_cli(capsys, "clean", src, "--out", src / "out")
        assert (code, stderr) == (0, "")
        assert stdout.startswith("cleaned 1, errors 0;")
    assert (src / "out" / f"{GOOD_ID}.md").read_bytes() == (GOLDEN / f"{GOOD_ID}.md").read_bytes()


def test_one_file_named_twice_is_one_input(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(GOOD.parent.parent)
    code, stdout, stderr = run_cli(capsys, "clean", "seeds", str(GOOD), f"./seeds/{GOOD.name}",
                                   "--out", tmp_path)
    assert (code, stderr) == (0, "")
    assert stdout.startswith("cleaned 5, errors 0;")
    assert json.loads((tmp_path / f"{GOOD_ID}.json").read_text(encoding="utf-8"))["source"] == \
        f"seeds/{GOOD.name}"
