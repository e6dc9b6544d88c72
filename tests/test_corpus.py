"""The corpus without Prefect: records, shards, export, near-duplicates, incremental plan, time limit."""
from __future__ import annotations

import json
import random
import shutil
import threading
import time
from pathlib import Path

import pytest

from cleaners import corpus as C
from cleaners.cli import compare_dirs, main as clean_main
from cleaners.limits import PageTimeout, call_with_limit

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
from conftest import GOLDEN, sample_dumps  # noqa: E402  (seed goldens alone; eval dumps or stand-ins)
AS_OF = "2026-01-02T03:04:05Z"


def build(corpus: Path, sources, batch_size=1000, shuffle=False, meta=None, as_of=AS_OF, nshards=C.DEFAULT_SHARDS):
    """One run of the plain pipeline: plan, clean batches, publish."""
    p = C.plan(corpus, C.discover_sources([str(s) for s in sources]), meta or {})
    todo = list(p["todo"])
    if shuffle:
        random.Random(7).shuffle(todo)
    sums = [C.clean_batch(str(corpus), "t", i, b, as_of, 10.0, nshards) for i, b in enumerate(C.batches(todo, batch_size))]
    pub = C.publish(str(corpus), sums, p["failed"], as_of, nshards)
    return p, sums, pub


@pytest.fixture
def mixed(tmp_path):
    """The seeds, 30 eval dumps, a near-copy of one seed under another id, and an empty file."""
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    dumps = sample_dumps("aeb", 30)
    for d in dumps:
        shutil.copy(d, src / d.name)
    seed = sorted(SEEDS.glob("*.txt"))[1]
    text = seed.read_text(encoding="utf-8")
    (src / "zz_copy.txt").write_text(text.replace("\n\n", "\n\nAn added line of text here.\n\n", 1), encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    return src


def test_export_equals_clean_and_goldens(tmp_path):
    corpus, exp, out = tmp_path / "c", tmp_path / "exp", tmp_path / "out"
    _, _, pub = build(corpus, [SEEDS])
    assert pub["records"] == 5
    C.export(str(corpus), str(exp))
    assert compare_dirs(exp, GOLDEN) == []
    assert clean_main(["clean", str(SEEDS), "--out", str(out)]) == 0
    for md in sorted(out.glob("*.md")):
        assert (exp / md.name).read_text(encoding="utf-8") == md.read_text(encoding="utf-8")
        want = json.loads(md.with_suffix(".json").read_text(encoding="utf-8"))
        got = json.loads((exp / md.with_suffix(".json").name).read_text(encoding="utf-8"))
        assert {k: got[k] for k in want} == want  # every field of 'pagewash clean', in the same order
        assert list(got)[:len(want)] == list(want)
        assert got["processed_at"] == AS_OF and got["duplicate_of"] is None and len(got["source_sha256"]) == 64


def test_bytes_do_not_depend_on_batches_or_order(tmp_path, mixed):
    a, b = tmp_path / "a", tmp_path / "b"
    build(a, [mixed], batch_size=1000)
    build(b, [mixed], batch_size=4, shuffle=True)
    fa, fb = C.corpus_files(a), C.corpus_files(b)
    assert len(fa) > 10 and fa == fb
    # and an incremental build of the same folder (half the files, then all) ends with the same bytes
    c, rest = tmp_path / "c", tmp_path / "rest"
    rest.mkdir()
    files = sorted(mixed.iterdir())
    for f in files[1::2]:
        shutil.move(str(f), rest / f.name)
    build(c, [mixed])
    for f in rest.iterdir():
        shutil.move(str(f), mixed / f.name)
    p, _, _ = build(c, [mixed])
    assert p["skipped"] == len(files[::2])  # records, and the failed empty file if it was there
    assert len(p["todo"]) + len(p["failed"]) == len(files[1::2])
    assert C.corpus_files(c) == fa


def test_row_groups_sliced_or_gathered_give_the_same_bytes(tmp_path, mixed, monkeypatch):
    """publish takes a row group's rows as slices of runs or by two gathers: the same bytes,
    with row groups of 3 rows (4 shards of several) from ordered, shuffled and incremental runs."""
    monkeypatch.setattr(C, "ROW_GROUP", 3)
    files = sorted(mixed.iterdir())
    outs = []
    for runs in (0, 10 ** 6):  # 0: always gathered; 10**6: always sliced
        monkeypatch.setattr(C, "SLICE_RUNS", runs)
        a, b, c = (tmp_path / f"{x}{runs}" for x in "abc")
        build(a, [mixed], batch_size=1000, nshards=4)
        build(b, [mixed], batch_size=4, shuffle=True, nshards=4)
        half = tmp_path / f"half{runs}"
        half.mkdir()
        for f in files[::2]:
            shutil.copy(f, half / f.name)
        build(c, [half], nshards=4)  # then all: old rows interleave with new ones in every shard
        build(c, [mixed], nshards=4)
        outs += [C.corpus_files(x) for x in (a, b, c)]
        assert max(C.pq.ParquetFile(f).num_row_groups for f in C.shard_files(a)) > 1
    assert len(outs[0]) == 6 and all(o == outs[0] for o in outs[1:])  # 4 shards, errors, manifest


def test_near_duplicates_marked_not_dropped(tmp_path, mixed):
    corpus = tmp_path / "c"
    _, _, pub = build(corpus, [mixed])
    recs = {r["id"]: r for r in C.iter_records(str(corpus), columns=["id", "duplicate_of", "text"])}
    seed_id = sorted(SEEDS.glob("*.txt"))[1].stem
    assert "zz_copy" in recs and seed_id in recs  # both kept
    assert recs["zz_copy"]["duplicate_of"] == seed_id  # points at the first by id
    assert recs[seed_id]["duplicate_of"] is None
    assert pub["duplicates"] == sum(1 for r in recs.values() if r["duplicate_of"])
    # the first one goes away (now a bad input): the mark moves, the copy stays
    (mixed / f"{seed_id}.txt").write_bytes(b"   \n")
    build(corpus, [mixed])
    recs = {r["id"]: r for r in C.iter_records(str(corpus), columns=["id", "duplicate_of"])}
    assert seed_id not in recs and recs["zz_copy"]["duplicate_of"] is None
    assert seed_id in {e["id"] for e in C.read_errors(corpus)}


def test_errors_incremental_and_changed_input(tmp_path, mixed):
    corpus = tmp_path / "c"
    p, sums, _ = build(corpus, [mixed])
    errors = C.read_errors(corpus)
    assert [e["id"] for e in errors] == ["empty"] and errors[0]["kind"] == "input"
    n = C.load_manifest(corpus)["records"]
    assert n == len(list(mixed.iterdir())) - 1
    # unchanged: nothing to do, not even the failed input
    p, _, _ = build(corpus, [mixed])
    assert p["todo"] == [] and p["skipped"] == n + 1
    # a changed input is cleaned again and replaces its record
    f = sorted(SEEDS.glob("*.txt"))[0]
    lines = f.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = lines[longest].replace(" ", " zyxwvut ", 1)
    (mixed / f.name).write_text("\n".join(lines), encoding="utf-8")
    p, _, _ = build(corpus, [mixed], as_of="2026-02-01T00:00:00Z")
    assert [t[0] for t in p["todo"]] == [f.stem]
    recs = [r for r in C.iter_records(str(corpus)) if r["id"] == f.stem]
    assert len(recs) == 1 and "zyxwvut" in recs[0]["text"]
    assert C.iso(recs[0]["processed_at"]) == "2026-02-01T00:00:00Z"
    assert C.load_manifest(corpus)["records"] == n
    # new --meta for an unchanged input re-cleans it too
    meta = {f.stem: {"id": f.stem, "url": "https://example.org/a", "site": "x"}}
    p, _, _ = build(corpus, [mixed], meta=meta)
    assert [t[0] for t in p["todo"]] == [f.stem]
    rec = next(r for r in C.iter_records(str(corpus)) if r["id"] == f.stem)
    assert rec["url"] == "https://example.org/a" and json.loads(rec["page"]) == {"site": "x"}


def test_read_with_pyarrow_pandas_duckdb(tmp_path, mixed):
    corpus = tmp_path / "c"
    build(corpus, [mixed])
    n = C.load_manifest(corpus)["records"]
    import duckdb
    import pandas as pd
    import pyarrow.dataset as ds

    t = ds.dataset(corpus / "shards", format="parquet").to_table(columns=["id", "language", "text"])
    assert t.num_rows == n and set(t.column("language").to_pylist()) >= {"en"}
    df = pd.read_parquet(corpus / "shards", columns=["id", "title", "duplicate_of"])
    assert len(df) == n and df["duplicate_of"].notna().sum() >= 1
    rows = duckdb.sql(f"SELECT language, count(*) AS n FROM read_parquet('{corpus}/shards/*.parquet') "
                      "WHERE duplicate_of IS NULL GROUP BY language ORDER BY n DESC").fetchall()
    assert sum(r[1] for r in rows) == n - df["duplicate_of"].notna().sum()
    reasons = duckdb.sql(f"SELECT r.reason, count(*) FROM (SELECT unnest(removed) AS r FROM "
                         f"read_parquet('{corpus}/shards/*.parquet')) GROUP BY 1").fetchall()
    assert {r for r, _ in reasons} <= set(__import__("cleaners.model").model.REASONS) and reasons


def test_time_limit_main_thread_and_worker_thread():
    def spin():
        while True:
            pass

    t0 = time.monotonic()
    with pytest.raises(PageTimeout):
        call_with_limit(spin, 0.2)
    assert call_with_limit(lambda: 42, 0.2) == 42
    got = []

    def worker():
        call_with_limit(lambda: None, 30)  # the watchdog now sleeps until about 30 s from now
        try:
            call_with_limit(spin, 0.2)  # a shorter limit wakes it
        except PageTimeout:
            got.append("timeout")
        got.append(call_with_limit(lambda: sum(range(1000)), 0.2))
        time.sleep(0.4)  # a disarmed limit does not fire later
        got.append("done")

    th = threading.Thread(target=worker)
    th.start()
    th.join(10)
    assert got == ["timeout", 499500, "done"]
    assert time.monotonic() - t0 < 10


def test_timed_out_page_is_an_error_record(tmp_path, monkeypatch):
    def slow(*a, **k):
        while True:
            pass

    monkeypatch.setattr(C, "clean_bytes", slow)
    src = sorted(SEEDS.glob("*.txt"))[0]
    status, rec = C.clean_input(src.stem, str(src), None, 0.2, C.parse_time(AS_OF))
    assert status == "error" and rec["kind"] == "timeout" and "time limit" in rec["error"]


def test_sources_globs_and_fsspec_urls(tmp_path):
    import fsspec

    fs = fsspec.filesystem("memory")
    seeds = sorted(SEEDS.glob("*.txt"))
    for f in seeds[:3]:
        fs.pipe(f"/pw-test/dumps/{f.name}", f.read_bytes())
    fs.pipe("/pw-test/dumps/notes.csv", b"a,b\n")  # not a dump
    urls = C.discover_sources(["memory://pw-test/dumps"])
    assert [C.doc_id(u) for u in urls] == [f.stem for f in seeds[:3]]
    assert C.discover_sources(["memory://pw-test/dumps/*.txt"]) == urls
    local = C.discover_sources([str(SEEDS / "00[34]_*.txt")])
    assert [Path(x).name for x in local] == [f.name for f in seeds[3:]]
    corpus, exp = tmp_path / "c", tmp_path / "exp"
    build(corpus, ["memory://pw-test/dumps", str(SEEDS / "00[34]_*.txt")])
    C.export(str(corpus), str(exp))
    assert compare_dirs(exp, GOLDEN) == []
    rec = next(C.iter_records(str(corpus), ids={seeds[0].stem}))
    assert rec["source"].startswith("memory://")
    fs.rm("/pw-test", recursive=True)


def test_older_schema_is_migrated_without_cleaning_again(tmp_path, mixed):
    """A schema-1 corpus (signature version 1): the next run rewrites it as a fresh build would, cleaning nothing."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fresh, old = tmp_path / "fresh", tmp_path / "old"
    build(fresh, [mixed])
    build(old, [mixed])
    for f in C.shard_files(old):  # what schema 1 stored: other signature values (here: shifted), other marks
        t = pq.read_table(f)
        sigs = pa.array([None if s is None else [(v + 1) % 2 ** 32 for v in s] for s in t.column("minhash").to_pylist()],
                        C.SCHEMA.field("minhash").type)
        t = t.set_column(t.schema.get_field_index("minhash"), C.SCHEMA.field("minhash"), sigs)
        t = t.set_column(t.schema.get_field_index("duplicate_of"), C.SCHEMA.field("duplicate_of"),
                         pa.nulls(t.num_rows, pa.string()))
        pq.write_table(t.replace_schema_metadata({b"pagewash.schema_version": b"1"}), f)
        assert C.shard_version(f) == 1
    m = C.load_manifest(old)
    (old / "manifest.json").write_text(json.dumps(dict(m, schema_version=1)), encoding="utf-8")
    gone = sorted(SEEDS.glob("*.txt"))[1]  # its input is gone: the record stays, and is migrated too
    (mixed / gone.name).unlink()
    p, _, pub = build(old, [mixed])
    assert p["todo"] == [] and pub["duplicates"] >= 1
    assert C.corpus_files(old) == C.corpus_files(fresh)
    assert all(C.shard_version(f) == C.SCHEMA_VERSION for f in C.shard_files(old))


def test_newer_schema_is_refused(tmp_path):
    corpus = tmp_path / "c"
    build(corpus, [SEEDS])
    m = C.load_manifest(corpus)
    (corpus / "manifest.json").write_text(json.dumps(dict(m, schema_version=C.SCHEMA_VERSION + 1)), encoding="utf-8")
    with pytest.raises(RuntimeError, match="newer"):
        build(corpus, [SEEDS])


def test_signature_properties():
    """Deterministic constants, LSH bands as datasketch computes them, words as str.split() finds them."""
    from datasketch.lsh import _optimal_param

    from cleaners import neardup as N

    assert (N.BANDS, N.ROWS) == _optimal_param(N.THRESHOLD, N.NUM_PERM, 0.5, 0.5)
    text = "The quick brown fox jumps over the lazy dog, again and again.\n\n- A list item\n"
    sig = N.signature(text)
    assert len(sig) == N.NUM_PERM and all(0 <= v < 2 ** 32 for v in sig)
    assert sig[:4] == [198726006, 767270157, 265659975, 461158795]  # fixed across machines and numpy versions
    assert N.signature(text.upper().replace(" ", "  \t")) == sig  # case and spacing do not matter
    assert N.signature("") is None and N.signature(" \n\t ") is None
    assert N.signature("one two") != N.signature("two one")
    long = " ".join(f"w{i % 5000}" for i in range(300_000)) + " " + "x" * 200_000 + " end"
    small = N._SEGMENT, N._COLUMNS
    try:  # segmentation of long pages does not change the signature
        a = N.signature(long)
        N._SEGMENT, N._COLUMNS = 1 << 10, 7
        N._POW, N._INV = N._power_tables(N._SEGMENT)
        assert N.signature(long) == a
    finally:
        N._SEGMENT, N._COLUMNS = small
        N._POW, N._INV = N._power_tables(N._SEGMENT)


def test_signatures_of_pages_together_equal_each_signature(monkeypatch):
    """neardup.signatures (the pages of a record chunk at once) gives signature() of each page:
    real pages cleaned, in chunks of any size, with pages of no words, of fewer words than a
    shingle, of just a shingle, of more shingles than a pass takes, and a word longer than a segment."""
    import random

    from cleaners import neardup as N
    from cleaners.io import read_bytes
    from cleaners.pipeline import clean_bytes

    texts = [clean_bytes(read_bytes(f), f.stem).text for f in sample_dumps("aeb", 15) + sample_dumps("trafi", 15)]
    texts += ["", " \n\t ", "one", "one two three four", "one two three four five", "Ünï cödé wörds, and more of them",
              " ".join(f"w{i % 700}" for i in range(9000)), "y" * 70_000 + " z w v u t", "\n\n lead  space  words in a row"]
    random.Random(5).shuffle(texts)
    want = [N.signature(t) for t in texts]
    assert sum(w is None for w in want) == 2
    for k in (1, 2, 7, 32, len(texts)):
        assert [s for i in range(0, len(texts), k) for s in N.signatures(texts[i:i + k])] == want
    monkeypatch.setattr(N, "_COLUMNS", 300)  # groups of pages split often; most pages alone
    assert N.signatures(texts) == want


def test_batch_counts_and_plan_of_new_inputs(tmp_path, mixed):
    """The report's counts (from the Arrow columns) are those of the records; new inputs are not
    hashed by the plan (no sha256 yet; clean-batch reads them), a changed known one is."""
    import hashlib
    from collections import Counter

    corpus = tmp_path / "c"
    p, sums, _ = build(corpus, [mixed], batch_size=7)
    assert p["todo"] and all(sha is None for _, _, sha, _ in p["todo"])
    reasons, languages = Counter(), Counter()
    for s in sums:
        reasons.update(s["reasons"])
        languages.update(s["languages"])
    recs = list(C.iter_records(str(corpus), columns=["language", "removed"]))
    assert languages == Counter(r["language"] for r in recs) and sum(languages.values()) == len(recs)
    assert reasons == Counter(x["reason"] for r in recs for x in r["removed"]) and reasons
    seed = sorted(mixed.glob("0*.txt"))[0]
    seed.write_bytes(seed.read_bytes() + b"\nOne more line of text, for a new hash.\n")
    p2 = C.plan(corpus, C.discover_sources([str(mixed)]), {})
    assert [(t[0], t[2]) for t in p2["todo"]] == [(seed.stem, hashlib.sha256(seed.read_bytes()).hexdigest())]


@pytest.mark.parametrize("chunk, nshards", [(4, 3), (C.RECORD_CHUNK, 64)])
def test_staged_batch_per_shard_holds_its_records_in_id_order(tmp_path, mixed, monkeypatch, chunk, nshards):
    """clean_batch cleans in (shard, id) order and stages each shard's rows as one record batch
    (zero-copy slices of the record chunks, or the chunks a shard spans put together): each
    batch equals the records of that shard's inputs, by id; the error records keep the input order."""
    import pyarrow as pa

    monkeypatch.setattr(C, "RECORD_CHUNK", chunk)  # 4: every shard spans chunks; 64 shards: most are in one
    p = C.plan(tmp_path / "c", C.discover_sources([str(mixed)]), {})
    items = list(reversed(p["todo"]))  # not in id order
    t = C.parse_time(AS_OF)
    s = C.clean_batch(str(tmp_path / "c"), "t", 0, items, AS_OF, 10.0, nshards)
    want: dict[int, list] = {}
    errors = []
    for did, src, _, meta in items:
        status, rec = C.clean_input(did, src, meta, 10.0, t)
        if status == "ok":
            want.setdefault(C.shard_of(did, nshards), []).append(rec)
        else:
            errors.append(rec)
    assert s["errors"] == errors and [e["id"] for e in errors] == ["empty"]
    assert sum(map(len, want.values())) == s["cleaned"] > 30
    with pa.memory_map(str(tmp_path / "c" / s["batch"])) as f:
        reader = pa.ipc.open_file(f)
        assert sorted(s["rowgroups"]) == sorted(want) and reader.num_record_batches == len(want)
        for shard, recs in want.items():
            got = reader.get_batch(s["rowgroups"][shard])
            assert got.equals(C.records_batch(sorted(recs, key=lambda r: r["id"])))


def test_records_removed_column_wise_equal_the_articles_dicts():
    """The corpus' ``removed`` column, built from the cleaner's RemovedColumns (no dict per line),
    equals pyarrow's own conversion of the removed dicts ``pagewash clean`` writes, on real text
    and HTML pages; every other field of the article is the same whichever form it has."""
    import pyarrow as pa
    from cleaners.io import fmt_of, read_bytes
    from cleaners.pipeline import clean_bytes

    files = sample_dumps("aeb", 12) + sample_dumps("trafi", 12) + sorted((ROOT / "seeds_html").glob("*"))
    files += sorted((ROOT.parent / "shared" / "eval" / "aeb" / "html").glob("*"))[:6]
    t = C.parse_time(AS_OF)
    dicts, cols = [], []
    for f in files:
        data, fmt = read_bytes(f), fmt_of(f)
        a = clean_bytes(data, f.name.split(".")[0], source=str(f), fmt=fmt)
        b = clean_bytes(data, f.name.split(".")[0], source=str(f), fmt=fmt, removed_columns=True)
        assert (a.text, a.sha256) == (b.text, b.sha256)
        assert {k: v for k, v in a.meta.items() if k != "removed"} == {k: v for k, v in b.meta.items() if k != "removed"}
        dicts.append(a.meta["removed"])
        cols.append(C.to_record(b, t))
    assert any(r.get("where") for rs in dicts for r in rs) and sum(map(len, dicts)) > 50  # (92 on the stand-ins)
    got = C.records_batch(cols).column("removed")
    assert got.equals(pa.array(dicts, C.SCHEMA.field("removed").type))
    assert got.to_pylist() == [[{"where": None, **r} for r in rs] for rs in dicts]
