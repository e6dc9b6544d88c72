"""The corpus: versioned Parquet shards of cleaned articles, a manifest and an error file.

Plain Python (pyarrow, numpy); :mod:`flows` orchestrates these functions with Prefect.

Layout of a corpus folder (schema version 2, see README "The corpus")::

    manifest.json                            shards, row counts, sha256s, error count, schema version
    shards/shard-00017-of-00064.parquet      records whose id hashes to shard 17, sorted by id
    errors.jsonl                             one error record per input that failed, sorted by id
    _staging/                                batches of the run in progress (never read by users)

An article's shard depends only on its id, and a shard's rows are sorted by id, so the
corpus bytes depend only on the set of records: not on the batch size, the runner, the
number of workers or the order of work. A run cleans batches into ``_staging``, then
``publish`` merges them shard by shard (each shard file replaced atomically), recomputes
the near-duplicate marks over the whole corpus, rewrites ``errors.jsonl`` and the manifest
last. A run killed at any point leaves whole files only; every id lives in exactly one
shard or in the error file, so a re-run completes the corpus with every input once.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import glob as globlib
import hashlib
import io as _io
import json
import os
import shutil
import time
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

# The system allocator gives the shard buffers of publish back when they are freed; mimalloc
# (pyarrow's default) kept them, so the peak grew with the shards' size, i.e. with the run
# (measured: 20-25 MiB more at 50,000 pages). Only read when pyarrow is first imported; output
# bytes do not depend on it. An explicit ARROW_DEFAULT_MEMORY_POOL wins.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from . import __version__, neardup, render
from .io import DUMP_SUFFIXES, HIDDEN_PREFIXES, discover, doc_id, fmt_of, read_bytes, write_atomic
from .limits import PageTimeout, call_with_limit
from .pipeline import clean_bytes
from .textparse import InputError

# 2: ``minhash`` holds signature version 2 (cleaners/neardup.py). A corpus written with an older
# version is migrated by the next run's publish: every older shard is rewritten once, each kept
# record's signature computed again from its stored text (no page is cleaned again for it).
SCHEMA_VERSION = 2
DEFAULT_SHARDS = 64
DEFAULT_PAGE_TIMEOUT = 10.0  # seconds per page; pages clean in milliseconds
READ_ATTEMPTS = 3  # reads of one input before an I/O error record (transient errors)
RETRY_KINDS = ("io",)  # error kinds tried again by the next run even when the input is unchanged

REMOVED_TYPE = pa.struct([("line", pa.int32()), ("reason", pa.string()), ("text", pa.string()),
                          ("where", pa.string())])
SCHEMA = pa.schema([
    ("id", pa.string()),
    ("source", pa.string()),
    ("source_sha256", pa.string()),
    ("url", pa.string()),
    ("page", pa.string()),  # JSON object of the other --meta fields, null when none
    ("title", pa.string()),
    ("language", pa.string()),
    ("text", pa.string()),
    ("captions", pa.list_(pa.string())),
    ("removed", pa.list_(REMOVED_TYPE)),
    ("stats", pa.string()),  # JSON object, as in <id>.json
    ("cleaner_version", pa.string()),
    ("processed_at", pa.timestamp("us", tz="UTC")),
    ("duplicate_of", pa.string()),
    ("minhash", pa.list_(pa.uint32())),
], metadata={b"pagewash.schema_version": str(SCHEMA_VERSION).encode()})
INDEX_COLUMNS = ["id", "source", "source_sha256", "cleaner_version", "url", "page"]
ROW_GROUP = 256  # rows per Parquet row group: the unit a shard is written in (memory)
SLICE_RUNS = 32  # a row group made of fewer runs of consecutive rows is sliced, not gathered
PARQUET_OPTIONS = dict(compression="zstd", compression_level=1, use_dictionary=["language", "cleaner_version", "source_sha256"],
                       write_statistics=["id"])


# --- time -----------------------------------------------------------------------------------------

def parse_time(value: str | dt.datetime | None) -> dt.datetime:
    """A UTC timestamp (microseconds); ``None`` is now."""
    if value is None:
        t = dt.datetime.now(dt.timezone.utc)
    elif isinstance(value, dt.datetime):
        t = value
    else:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone(dt.timezone.utc)


def iso(t: dt.datetime) -> str:
    return t.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")


# --- inputs ---------------------------------------------------------------------------------------

def is_url(source: str) -> bool:
    return "://" in source


def _is_dump(name: str) -> bool:
    return any(name.lower().endswith(s) for s in DUMP_SUFFIXES)


def discover_sources(sources: Iterable[str]) -> list[str]:
    """Input files for folders, globs, files (local) and fsspec URLs (``s3://b/dumps/*.txt``)."""
    found: set[str] = set()
    for source in sources:
        source = str(source)
        if is_url(source):
            import fsspec

            fs, _, paths = fsspec.get_fs_token_paths(source)
            for p in paths:
                if fs.isdir(p):
                    for f in fs.find(p):
                        rel = f[len(p.rstrip("/")) + 1:].split("/")
                        if _is_dump(f) and not any(part.startswith(HIDDEN_PREFIXES) for part in rel):
                            found.add(fs.unstrip_protocol(f))
                else:
                    found.add(fs.unstrip_protocol(p))
        elif any(ch in source for ch in "*?[") and not Path(source).exists():
            for f in globlib.glob(source, recursive=True):
                found.update(str(x) for x in discover([f]) if x.is_file())
        elif os.path.isdir(source):
            found.update(_walk(source))
        else:
            found.update(str(x) for x in discover([source]))
    return sorted(found, key=lambda f: (doc_id(f), f))


def _walk(folder: str) -> list[str]:
    """The dump files under ``folder`` as :func:`cleaners.io.discover` finds them, as strings.

    ``discover`` builds two ``Path`` objects per file (about 1 KB): 50,000 inputs cost 50 MB
    of peak memory in the flow process. Same rules (hidden parts ``.``, ``_``, ``~`` skipped);
    a folder holding symbolic links goes through ``discover`` itself, which resolves them.
    """
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        if any(os.path.islink(os.path.join(dirpath, x)) for x in (*dirnames, *filenames)):
            return [str(x) for x in discover([folder])]
        dirnames[:] = [d for d in dirnames if not d.startswith(HIDDEN_PREFIXES)]
        out.extend(f for f in (os.path.join(dirpath, name) for name in filenames
                               if not name.startswith(HIDDEN_PREFIXES) and _is_dump(name)) if os.path.isfile(f))
    return out


def read_source(source: str) -> bytes:
    """The bytes of one input; transient I/O errors are tried READ_ATTEMPTS times."""
    for attempt in range(READ_ATTEMPTS):
        try:
            if is_url(source):
                import fsspec

                with fsspec.open(source, "rb", compression="infer") as f:
                    return f.read()
            return read_bytes(Path(source))
        except FileNotFoundError:
            raise
        except OSError:
            if attempt == READ_ATTEMPTS - 1:
                raise
            time.sleep(0.2 * 4 ** attempt)
    raise AssertionError("unreachable")


def page_json(meta: dict | None) -> str | None:
    """The ``page`` column: --meta fields other than id and url, as render.metadata keeps them."""
    page = {k: v for k, v in (meta or {}).items() if k not in ("id", "url")}
    return json.dumps(page, ensure_ascii=False) if page else None


def input_key(source: str, sha256: str, meta: dict | None) -> tuple:
    """What must be unchanged for an input to be skipped."""
    return (source, sha256, __version__, (meta or {}).get("url"), page_json(meta))


# --- corpus files ---------------------------------------------------------------------------------

def shard_of(did: str, nshards: int) -> int:
    return int.from_bytes(hashlib.sha1(did.encode("utf-8")).digest()[:4], "big") % nshards


def shard_name(n: int, nshards: int) -> str:
    return f"shards/shard-{n:05d}-of-{nshards:05d}.parquet"


def load_manifest(corpus: Path) -> dict | None:
    try:
        return json.loads((Path(corpus) / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def corpus_shards(corpus: Path) -> int:
    """The corpus' fixed shard count: from the manifest, else from shard names, else the default."""
    m = load_manifest(corpus)
    if m:
        return int(m["shards_total"])
    for f in sorted((Path(corpus) / "shards").glob("shard-*-of-*.parquet")):
        return int(f.stem.rsplit("-", 1)[1])
    return DEFAULT_SHARDS


def shard_version(path: Path) -> int:
    """The schema version a shard file was written with (its Parquet metadata; 1 when absent)."""
    meta = pq.read_schema(path).metadata or {}
    return int(meta.get(b"pagewash.schema_version", b"1"))


def check_version(corpus: Path) -> None:
    """Refuse a corpus written by a newer pagewash (its records mean something this code does not know)."""
    m = load_manifest(corpus)
    if m and int(m.get("schema_version", 1)) > SCHEMA_VERSION:
        raise RuntimeError(f"{corpus}: corpus schema version {m['schema_version']} is newer than this "
                           f"pagewash's ({SCHEMA_VERSION}); use a newer pagewash")


def resign(table: pa.Table) -> pa.Table:
    """``table`` with its ``minhash`` column computed again from ``text`` (migration of an older schema)."""
    sigs = pa.array([neardup.signature(t or "") for t in table.column("text").to_pylist()],
                    SCHEMA.field("minhash").type)
    return table.set_column(table.schema.get_field_index("minhash"), SCHEMA.field("minhash"), sigs)


def shard_files(corpus: Path) -> list[Path]:
    return sorted((Path(corpus) / "shards").glob("shard-*-of-*.parquet"))


def read_errors(corpus: Path) -> list[dict]:
    path = Path(corpus) / "errors.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@contextlib.contextmanager
def locked(corpus: Path) -> Iterator[None]:
    """One run at a time per corpus; the lock dies with the process (kill -9 leaves no stale lock)."""
    Path(corpus).mkdir(parents=True, exist_ok=True)
    with open(Path(corpus) / ".lock", "a+") as f:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory lock
            yield
            return
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise RuntimeError(f"{corpus}: another run holds the corpus lock") from None
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


# --- plan: what to clean --------------------------------------------------------------------------

def _plan(corpus: Path, sources: list[str], meta: dict[str, dict], emit) -> dict[str, Any]:
    """Hash the inputs the corpus knows; ``emit((id, source, sha256, meta))`` for each one to clean
    (sha256 None for an id the corpus has no record of: clean-batch reads and hashes it anyway).

    An input is skipped when the corpus holds a record (or a non-retryable error) for its id
    with the same source, content sha256, cleaner version and --meta fields.
    ``sources`` are sorted by (id, path) (:func:`discover_sources`), so inputs with the same
    id are adjacent: no per-input map is kept.
    """
    check_version(corpus)
    known: dict[str, tuple] = {}
    for f in shard_files(corpus):
        t = pq.read_table(f, columns=INDEX_COLUMNS)
        for row in zip(*(t.column(c).to_pylist() for c in INDEX_COLUMNS)):
            known[row[0]] = tuple(row[1:])
        del t
    for e in read_errors(corpus):
        if e.get("kind") not in RETRY_KINDS and e.get("source_sha256"):
            known[e["id"]] = (e["source"], e["source_sha256"], e.get("cleaner_version"), e.get("url"),
                              e.get("page"))
    failed: list[dict] = []
    seen: dict[str, str] = {}
    skipped = todo = 0
    for src in sources:
        did = doc_id(src)
        if did in seen:
            failed.append(error_record(did, src, None, f"duplicate id: {seen[did]} has the same id",
                                       "input", meta.get(did)))
            continue
        seen.clear()  # same ids are adjacent (sorted sources): only the previous one matters
        seen[did] = src
        if did not in known:  # new: nothing to compare, so not read here (clean-batch reads and hashes it)
            emit((did, src, None, meta.get(did)))
            todo += 1
            continue
        try:
            sha = hashlib.sha256(read_source(src)).hexdigest()
        except OSError as e:
            failed.append(error_record(did, src, None, f"cannot read: {e.strerror or e}", "io", meta.get(did)))
            continue
        if known[did] == input_key(src, sha, meta.get(did)):
            skipped += 1
        else:
            emit((did, src, sha, meta.get(did)))
            todo += 1
    return {"inputs": len(sources), "todo": todo, "skipped": skipped, "failed": failed}


def plan(corpus: Path, sources: list[str], meta: dict[str, dict]) -> dict[str, Any]:
    """Inputs to clean (id, source, sha256, meta), how many are skipped, and inputs already failed."""
    todo: list[tuple] = []
    p = _plan(corpus, sources, meta, todo.append)
    p["todo"] = todo
    return p


PLAN_SCHEMA = pa.schema([("id", pa.string()), ("source", pa.string()), ("sha256", pa.string()),
                         ("meta", pa.string())])
PLAN_CHUNK = 1024


def stage_plan(corpus: str, run_tag: str, sources: list[str], meta: dict[str, dict]) -> dict[str, Any]:
    """:func:`plan`, with the inputs to clean streamed to ``_staging/<run>/plan.arrow``.

    Returns the counts, the failed inputs and ``plan`` (the file, relative to the corpus);
    ``todo`` is the number of rows. Tasks read their (start, stop) range with :func:`planned`,
    so the list of inputs is never held in memory nor passed as task parameters.
    """
    rel = f"_staging/{run_tag}/plan.arrow"
    path = Path(corpus) / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    chunk: list[tuple] = []
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, PLAN_SCHEMA) as w:
        def flush() -> None:
            cols = list(zip(*chunk))
            cols[3] = [None if m is None else json.dumps(m, ensure_ascii=False) for m in cols[3]]
            w.write_batch(pa.RecordBatch.from_arrays([pa.array(c, pa.string()) for c in cols], schema=PLAN_SCHEMA))
            chunk.clear()

        def emit(item: tuple) -> None:
            chunk.append(item)
            if len(chunk) >= PLAN_CHUNK:
                flush()

        p = _plan(Path(corpus), sources, meta, emit)
        if chunk:
            flush()
    p["plan"] = rel
    return p


def planned(corpus: str, plan_file: str, start: int, stop: int) -> list[tuple]:
    """Rows ``start:stop`` of a staged plan, as :func:`plan`'s (id, source, sha256, meta) items."""
    with pa.OSFile(str(Path(corpus) / plan_file)) as f:
        t = pa.ipc.open_file(f).read_all().slice(start, max(0, stop - start))
    return [(d, s, h, None if m is None else json.loads(m))
            for d, s, h, m in zip(*(t.column(c).to_pylist() for c in PLAN_SCHEMA.names))]


def batches(todo: list, size: int) -> list[list]:
    return [todo[i:i + size] for i in range(0, len(todo), size)]


def auto_batch_size(n: int, workers: int) -> int:
    """Pages per task: 1,000 (measured: task overhead under 5 %), fewer so every worker gets two."""
    return max(1, min(1000, -(-n // (2 * max(1, workers)))))


# --- clean: one batch -----------------------------------------------------------------------------

def error_record(did: str, source: str, sha: str | None, error: str, kind: str,
                 meta: dict | None = None) -> dict:
    return {"id": did, "source": source, "source_sha256": sha, "error": error, "kind": kind,
            "cleaner_version": __version__, "url": (meta or {}).get("url"), "page": page_json(meta)}


def to_record(art, as_of: dt.datetime) -> dict:
    """The corpus record of an article cleaned with ``removed_columns=True``: ``removed`` is a
    :class:`cleaners.render.RemovedColumns` (no dict per removed line), made Arrow by :func:`records_batch`."""
    m = art.meta
    return {
        "id": m["id"], "source": m["source"], "source_sha256": art.sha256, "url": m.get("url"),
        "page": json.dumps(m["page"], ensure_ascii=False) if m.get("page") else None,
        "title": m.get("title"), "language": m["language"], "text": art.text,
        "captions": m["captions"], "removed": m["removed"],
        "stats": json.dumps(m["stats"], ensure_ascii=False), "cleaner_version": m["cleaner_version"],
        "processed_at": as_of, "duplicate_of": None,  # minhash: records_batch, for its pages at once
    }


_STRING_COLUMNS = ("id", "source", "source_sha256", "url", "page", "title", "language", "text", "stats",
                   "cleaner_version")


RECORD_CHUNK = 32  # pages whose records become Arrow at once: the batch keeps no Python objects per page


def records_batch(recs: list[dict]) -> pa.RecordBatch:
    """Records of :func:`to_record` as one record batch of SCHEMA, in the given order.

    The pages' MinHash signatures are computed here, together (:func:`neardup.signatures`).
    Built column by column: the ``removed`` structs (about 170 a page) from the pages' four
    lists joined, and their offsets; the cleaner never made a dict per removed line (a dict
    each, then four passes over them, cost 0.09 ms a page; ``RecordBatch.from_pylist`` 4x that).
    """
    cols = {name: pa.array([r[name] for r in recs], pa.string()) for name in _STRING_COLUMNS}
    cols["captions"] = pa.array([r["captions"] for r in recs], SCHEMA.field("captions").type)
    removed = [r["removed"] for r in recs]
    offsets = np.zeros(len(removed) + 1, np.int32)
    np.cumsum([len(x.line) for x in removed], out=offsets[1:])
    struct = pa.StructArray.from_arrays(
        [pa.array(list(chain.from_iterable(x[i] for x in removed)), f.type) for i, f in enumerate(REMOVED_TYPE)],
        fields=list(REMOVED_TYPE))
    cols["removed"] = pa.ListArray.from_arrays(pa.array(offsets), struct, type=SCHEMA.field("removed").type)
    cols["processed_at"] = pa.array([r["processed_at"] for r in recs], SCHEMA.field("processed_at").type)
    cols["duplicate_of"] = pa.nulls(len(recs), pa.string())
    cols["minhash"] = pa.array(neardup.signatures([r["text"] for r in recs]), SCHEMA.field("minhash").type)
    return pa.RecordBatch.from_arrays([cols[name] for name in SCHEMA.names], schema=SCHEMA)


def _sha256(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def clean_input(did: str, src: str, meta: dict | None, page_timeout: float | None,
                as_of: dt.datetime) -> tuple[str, dict]:
    """('ok', record) or ('error', error record) for one input.

    The input's sha256 is the article's (clean_bytes hashes the bytes it cleaned); an error
    record hashes them here.
    """
    data = None
    try:
        data = read_source(src)
        art = call_with_limit(lambda: clean_bytes(data, did, source=src, meta=meta, fmt=fmt_of(Path(src)),
                                                  removed_columns=True), page_timeout)
        return "ok", to_record(art, as_of)
    except PageTimeout:
        return "error", error_record(did, src, _sha256(data), f"time limit: cleaning took over {page_timeout} s",
                                     "timeout", meta)
    except InputError as e:
        return "error", error_record(did, src, _sha256(data), str(e), "input", meta)
    except OSError as e:
        return "error", error_record(did, src, _sha256(data), f"cannot read: {e.strerror or e}", "io", meta)
    except Exception as e:  # a bug in a step must not abort the batch; the record names it
        return "error", error_record(did, src, _sha256(data), f"internal error: {type(e).__name__}: {e}",
                                     "internal", meta)


def clean_batch(corpus: str, run_tag: str, batch_no: int, items: list[tuple], as_of: str,
                page_timeout: float | None = DEFAULT_PAGE_TIMEOUT, nshards: int = DEFAULT_SHARDS) -> dict:
    """Clean one batch into ``_staging/<run>/batch-N.arrow`` (one record batch per shard).

    Returns a small summary; the records stay on disk. Records become Arrow RECORD_CHUNK pages
    at a time: holding a batch's records as Python objects (about 170 removed-line dicts a
    page) made the garbage collector cost 0.19 ms a page (full collections walking them all),
    against 0.02 ms for a page not kept. The inputs are cleaned in (shard, id) order, the order
    they are staged in, so the chunks need no reordering: a shard's record batch is a zero-copy
    slice of its chunk, or the few rows of the chunks it spans put together (sorting the whole
    batch afterwards copied every column twice, a take and a concatenation). The error records
    keep the order of ``items``.
    """
    t = parse_time(as_of)
    pending: list[dict] = []
    chunks: list[pa.RecordBatch] = []
    shards: list[int] = []
    errors: list[tuple[int, dict]] = []
    # Python's str order is the code point order, i.e. the UTF-8 byte order publish sorts ids in
    for shard, did, k in sorted((shard_of(item[0], nshards), item[0], k) for k, item in enumerate(items)):
        _, src, _sha, meta = items[k]
        status, rec = clean_input(did, src, meta, page_timeout, t)
        if status == "ok":
            pending.append(rec)
            shards.append(shard)
            if len(pending) >= RECORD_CHUNK:
                chunks.append(records_batch(pending))
                pending.clear()
        else:
            errors.append((k, rec))
    if pending:
        chunks.append(records_batch(pending))
        pending.clear()
    rel = f"_staging/{run_tag}/batch-{batch_no:06d}.arrow"
    rowgroups: dict[int, int] = {}
    reasons: dict[str, int] = {}
    languages: dict[str, int] = {}
    if chunks:
        table = pa.Table.from_batches(chunks, schema=SCHEMA)  # zero-copy: the chunks side by side
        del chunks
        # the report's counts, from the Arrow columns (a Counter fed per page cost 0.03 ms a page)
        reasons = _counts(pc.struct_field(pc.list_flatten(table.column("removed")), "reason"))
        languages = _counts(table.column("language"))
        # Arrow IPC, one record batch per shard, sorted by id: publish reads its shard's batch
        # without decoding anything else
        shard_no = np.asarray(shards, np.int32)
        bounds = np.flatnonzero(np.diff(shard_no)) + 1

        def write(f) -> None:
            with pa.ipc.new_file(f, SCHEMA) as w:
                for i, (lo, hi) in enumerate(zip([0, *bounds.tolist()], [*bounds.tolist(), len(shard_no)])):
                    w.write_batch(_one_batch(table.slice(lo, hi - lo)))
                    rowgroups[int(shard_no[lo])] = i

        # written straight to the file (no copy in memory); not fsynced: staging is never read
        # after a crash (the next run removes it first), and a killed process loses nothing the
        # kernel has; the rename still makes it whole or absent
        write_atomic(Path(corpus) / rel, write, durable=False)
        del table
    return {"batch": rel if rowgroups else None, "rowgroups": rowgroups, "cleaned": len(shards),
            "errors": [rec for _, rec in sorted(errors, key=itemgetter(0))], "reasons": reasons,
            "languages": languages}


def _one_batch(table: pa.Table) -> pa.RecordBatch:
    """``table`` (rows of one or a few chunks) as one record batch; zero-copy when it has one chunk."""
    parts = [b for b in table.to_batches() if b.num_rows]
    return parts[0] if len(parts) == 1 else table.combine_chunks().to_batches()[0]


def _counts(values) -> dict[str, int]:
    """{value: occurrences} of an Arrow string column."""
    vc = pc.value_counts(values)
    return dict(zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()))


# --- publish: merge the batches, mark near-duplicates, write the manifest ------------------------

class _Staged:
    """The staging batches of a run, memory-mapped one file at a time.

    Mapped, so reading a part allocates nothing: what is kept is copied (ids, signatures,
    rows taken into a shard's row group). Thousands of reads into heap buffers left 30-60 MiB
    of freed but unreturned heap at 50,000 pages; a mapping is returned whole when closed.
    """

    def __init__(self, root: Path):
        self.root = root
        self.name: str | None = None
        self.file = self.reader = None

    def get(self, batch: str, i: int, columns: list[str] | None = None) -> pa.Table:
        if batch != self.name:
            self.close()
            self.file = pa.memory_map(str(self.root / batch))
            self.reader, self.name = pa.ipc.open_file(self.file), batch
        t = pa.Table.from_batches([self.reader.get_batch(i)])
        return t.select(columns) if columns else t

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        self.name = self.file = self.reader = None


def _array(x) -> pa.Array:
    return x.combine_chunks() if isinstance(x, pa.ChunkedArray) else x


def _strings(parts: list) -> pa.Array:
    """One string array (new buffers) of ``parts``."""
    return pa.concat_arrays([pa.array([], pa.string())] + [_array(x).cast(pa.string()) for x in parts])


def _lookup(ids, keys: pa.Array, values: pa.Array) -> pa.Array:
    """``values[k]`` where ``keys[k]`` is the id, null where the id is not a key (Arrow, vectorised)."""
    return values.take(pc.index_in(_array(ids), value_set=keys))


def _sig_rows(minhash, mask=None) -> np.ndarray:
    """(rows, NUM_PERM) uint32 signatures of the valid entries of a ``minhash`` column (``mask`` first)."""
    mh = _array(minhash)
    if mask is not None:
        mh = mh.filter(mask)
    flat = pc.list_flatten(mh.filter(pc.is_valid(mh)))
    return _array(flat).to_numpy(zero_copy_only=False).reshape(-1, neardup.NUM_PERM)


def _write_shard(f, sources: list, keep_old, staged: _Staged, dup_keys: pa.Array, dup_values: pa.Array,
                 resign_old: bool = False) -> int:
    """Write the merged shard to ``f``, ``ROW_GROUP`` rows at a time; returns its row count.

    ``resign_old``: the old rows are of an older schema; their signatures are computed again.

    ``sources``: ``("old", ParquetFile, row group)`` and ``("new", batch, record batch)`` in
    the order written; a shard never sits whole in memory. Rows are sorted by id and every row
    group but the last holds ROW_GROUP rows, so the bytes depend only on the set of records.
    """
    ids, src, row = [], [], []
    for k, (kind, a, b) in enumerate(sources):
        t = a.read_row_group(b, columns=["id"]) if kind == "old" else staged.get(a, b, ["id"])
        col = _array(t.column("id"))
        rows = np.arange(len(col), dtype=np.int64)
        if kind == "old":
            keep = pc.is_in(col, value_set=keep_old)
            rows = rows[keep.to_numpy(zero_copy_only=False)]
            col = col.filter(keep)
        ids.append(col)
        src.append(np.full(len(col), k, np.int64))
        row.append(rows)
    all_ids = _strings(ids)
    del ids
    src_a, row_a = np.concatenate(src), np.concatenate(row)
    order = pc.sort_indices(all_ids).to_numpy(zero_copy_only=False)
    src_a, row_a = src_a[order], row_a[order]
    n = len(order)
    del order, all_ids
    if not n:
        return 0
    last_use = {}  # source -> the last chunk that reads it
    for c, start in enumerate(range(0, n, ROW_GROUP)):
        for k in np.unique(src_a[start:start + ROW_GROUP]):
            last_use[int(k)] = c
    schema = SCHEMA.with_metadata(SCHEMA.metadata)
    loaded: dict[int, pa.Table] = {}
    with pq.ParquetWriter(f, schema, **PARQUET_OPTIONS) as w:
        for c, start in enumerate(range(0, n, ROW_GROUP)):
            cs, cr = src_a[start:start + ROW_GROUP], row_a[start:start + ROW_GROUP]
            for k in np.unique(cs):
                k = int(k)
                if k not in loaded:
                    kind, a, b = sources[k]
                    tb = a.read_row_group(b) if kind == "old" else staged.get(a, b)
                    loaded[k] = (resign(tb) if kind == "old" and resign_old else tb).cast(schema)
            # runs of consecutive rows of one source (a new corpus' batches of ids in order: one run
            # per batch), taken as slices; many short runs (sources interleaved) as two gathers
            cuts = np.flatnonzero((np.diff(cs) != 0) | (np.diff(cr) != 1)) + 1
            if len(cuts) < SLICE_RUNS:
                los = [0, *cuts.tolist()]
                pieces = [loaded[int(cs[lo])].slice(int(cr[lo]), hi - lo)
                          for lo, hi in zip(los, [*cuts.tolist(), len(cs)])]
                tb = pa.concat_tables(pieces)
            else:
                perm = np.argsort(cs, kind="stable")  # the chunk's rows grouped by source
                pieces = [loaded[int(k)].take(pa.array(cr[perm][cs[perm] == k])) for k in np.unique(cs)]
                tb = pa.concat_tables(pieces).take(pa.array(np.argsort(perm, kind="stable")))
            del pieces
            for k in [k for k, last in last_use.items() if last == c]:
                loaded.pop(k, None)
            tb = tb.combine_chunks()
            dups = _lookup(tb.column("id"), dup_keys, dup_values)
            tb = tb.set_column(tb.schema.get_field_index("duplicate_of"), SCHEMA.field("duplicate_of"), dups)
            w.write_table(tb.replace_schema_metadata(SCHEMA.metadata), row_group_size=ROW_GROUP)
            del tb
    return n


def publish(corpus: str, summaries: list[dict], failed: list[dict], as_of: str,
            nshards: int = DEFAULT_SHARDS) -> dict:
    """Merge this run's batches into the corpus; returns corpus-wide counts.

    Memory: ids are Arrow string arrays and signatures one uint32 array, never Python
    objects per article; staged batches are mapped one at a time and each shard is written
    ROW_GROUP rows at a time, so the run's size adds little more than those arrays.
    """
    root = Path(corpus)
    check_version(root)
    t = parse_time(as_of)
    # 1. what this run brings: per shard, its (batch file, record batch) parts; the ids it replaces or fails
    new_parts: dict[int, list[tuple[str, int]]] = {}
    new_errors = list(failed) + [e for s in summaries for e in s["errors"]]
    for s in summaries:
        for shard, rg in s["rowgroups"].items():
            new_parts.setdefault(int(shard), []).append((s["batch"], int(rg)))
    error_ids = pa.array(sorted({e["id"] for e in new_errors}), pa.string())
    staged = _Staged(root)
    new_ids, new_shard, new_sig = [], [], []  # one array per batch file, not per part
    for s in summaries:
        if not s["batch"]:
            continue
        ids, shard_no, has_sig = [], [], []
        for shard, rg in sorted(s["rowgroups"].items(), key=lambda x: int(x[1])):
            tb = staged.get(s["batch"], int(rg), ["id", "minhash"])
            ids.append(tb.column("id"))
            shard_no.append(np.full(tb.num_rows, int(shard), np.int32))
            has_sig.append(pc.is_valid(_array(tb.column("minhash"))).to_numpy(zero_copy_only=False))
            del tb
        new_ids.append(_strings(ids))
        new_shard.append(np.concatenate(shard_no))
        new_sig.append(np.concatenate(has_sig))
        del ids
    staged.close()
    new_ids = _strings(new_ids)
    new_shard = np.concatenate(new_shard) if new_shard else np.zeros(0, np.int32)
    new_sig = np.concatenate(new_sig) if new_sig else np.zeros(0, bool)

    def ids_of(shard: int) -> pa.Array:
        return new_ids.filter(pa.array(new_shard == shard))

    # 2. the corpus as it is: (id, duplicate_of) per shard of the records kept
    current: dict[int, pa.Table] = {}
    stored_rows: dict[int, int] = {}
    stale: dict[int, np.ndarray] = {}  # shards of an older schema: their kept rows' signatures, from the text
    sig_ids = [new_ids.filter(pa.array(new_sig))]
    for f in shard_files(root):
        shard = int(f.stem.split("-")[1])
        old = shard_version(f) < SCHEMA_VERSION
        tb = pq.read_table(f, columns=["id", "duplicate_of", "text", "minhash"] if old else
                           ["id", "duplicate_of", "minhash"])
        stored_rows[shard] = tb.num_rows
        gone = _strings([error_ids, ids_of(shard)])
        if len(gone):
            tb = tb.filter(pc.invert(pc.is_in(tb.column("id"), value_set=gone)))
        if old:
            tb = resign(tb)
            stale[shard] = _sig_rows(tb.column("minhash"))
        sig_ids.append(tb.column("id").filter(pc.is_valid(tb.column("minhash"))))
        current[shard] = tb.select(["id", "duplicate_of"]).combine_chunks()
        del tb
    migrate = set(stale)  # rewritten whatever this run brings
    # 3. near-duplicates over the whole corpus, independent of order and sharding
    all_ids = _strings(sig_ids)
    del sig_ids
    order = pc.sort_indices(all_ids)  # UTF-8 byte order = code point order = Python's str order
    sorted_ids = all_ids.take(order)
    rank = np.empty(len(all_ids), np.int64)  # position of each collected row in id order
    rank[order.to_numpy(zero_copy_only=False)] = np.arange(len(all_ids))
    del all_ids, order
    sigs = np.empty((len(rank), neardup.NUM_PERM), np.uint32)  # one array, filled in id order
    at = 0
    for s in summaries:  # the same order as in 1 and 2
        if not s["batch"]:
            continue
        for shard, rg in sorted(s["rowgroups"].items(), key=lambda x: int(x[1])):
            x = _sig_rows(staged.get(s["batch"], int(rg), ["minhash"]).column("minhash"))
            sigs[rank[at:at + len(x)]] = x
            at += len(x)
    staged.close()
    for f in shard_files(root):
        shard = int(f.stem.split("-")[1])
        if shard in stale:
            x = stale.pop(shard)
        else:
            tb = pq.read_table(f, columns=["id", "minhash"])
            x = _sig_rows(tb.column("minhash"), pc.is_in(tb.column("id"), value_set=current[shard].column("id")))
            del tb
        sigs[rank[at:at + len(x)]] = x
        at += len(x)
        del x
    assert at == len(rank)
    del rank
    rows, firsts = neardup.duplicate_pairs(sigs)
    del sigs
    dup_keys = sorted_ids.take(pa.array(rows))  # id -> the first id of its group
    dup_values = sorted_ids.take(pa.array(firsts))
    n_dups = len(dup_keys)
    del sorted_ids, rows, firsts
    # 4. rewrite the shards that change: new or removed records, or changed duplicate marks
    changed = False
    entries: dict[str, dict] = {}  # manifest entries of the shards written
    # one shard at a time: two writer threads cut the wall time a little but their heaps grew
    # with the run (publish's peak +67 against +39 MiB at 50,000 pages)
    for shard in sorted(set(current) | set(new_parts)):
        cur = current.get(shard)
        touched = shard in new_parts or shard in migrate or (cur is not None and len(cur) != stored_rows[shard])
        if not touched and cur is not None:
            want = _lookup(cur.column("id"), dup_keys, dup_values)
            touched = not want.equals(_array(cur.column("duplicate_of")).cast(pa.string()))
        if not touched:
            continue
        changed = True
        path = root / shard_name(shard, nshards)
        sources: list = []
        keep_old = cur.column("id") if cur is not None else None
        if cur is not None:
            pf = pq.ParquetFile(path)
            sources += [("old", pf, i) for i in range(pf.num_row_groups)]
        sources += [("new", batch, rg) for batch, rg in new_parts.get(shard, [])]
        rows_written = [0]

        def write(f, sources=sources, keep_old=keep_old, resign_old=shard in migrate):
            rows_written[0] = _write_shard(f, sources, keep_old, staged, dup_keys, dup_values, resign_old)

        try:
            if (cur is not None and len(cur)) or shard in new_parts:
                write_atomic(path, write)
        finally:
            staged.close()  # (the staged batches mapped for this shard)
        if not rows_written[0] and path.exists():
            path.unlink()
        elif rows_written[0]:  # hashed now, while in the page cache: build_manifest reads no shard again
            entry = shard_entry(root, path)
            entries[entry["path"]] = entry
        del sources
    del current  # close the batches before they are removed
    # 5. errors: the old ones, minus the ids this run cleaned or failed again, plus the new ones
    old_errors = read_errors(root)
    gone = pc.is_in(pa.array([e["id"] for e in old_errors], pa.string()),
                    value_set=_strings([new_ids, error_ids])).to_pylist()
    errors = {e["id"]: e for e, g in zip(old_errors, gone) if not g}
    for e in new_errors:
        errors[e["id"]] = dict(e, processed_at=iso(t))
    err_lines = [json.dumps(errors[k], ensure_ascii=False, sort_keys=True) for k in sorted(errors)]
    if err_lines != [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in old_errors]:
        changed = True
        if err_lines:
            write_atomic(root / "errors.jsonl", "\n".join(err_lines) + "\n")
        elif (root / "errors.jsonl").exists():
            (root / "errors.jsonl").unlink()
    # 6. the manifest, last
    manifest = build_manifest(root, nshards, t, len(errors), n_dups, entries)
    if changed or load_manifest(root) is None:
        write_atomic(root / "manifest.json", render.dumps(manifest))
    shutil.rmtree(root / "_staging", ignore_errors=True)
    return {"records": manifest["records"], "duplicates": n_dups, "errors_total": len(errors)}


def shard_entry(root: Path, f: Path) -> dict:
    """The manifest's entry of shard file ``f``."""
    with open(f, "rb") as fh:  # streamed: a shard is never read whole
        digest = hashlib.file_digest(fh, "sha256").hexdigest()
    return {"path": f.relative_to(root).as_posix(), "rows": pq.ParquetFile(f).metadata.num_rows,
            "bytes": f.stat().st_size, "sha256": digest}


def build_manifest(root: Path, nshards: int, t: dt.datetime, n_errors: int, n_dups: int,
                   entries: dict[str, dict] | None = None) -> dict:
    """The manifest; ``entries``: shard entries already made (of the files just written), by path."""
    entries = entries or {}
    shards = [entries.get(f.relative_to(root).as_posix()) or shard_entry(root, f) for f in shard_files(root)]
    return {"format": "pagewash-corpus", "schema_version": SCHEMA_VERSION, "cleaner_version": __version__,
            "updated_at": iso(t), "shards_total": nshards, "records": sum(s["rows"] for s in shards),
            "duplicates": n_dups, "errors": n_errors, "error_file": "errors.jsonl", "shards": shards}


def clear_staging(corpus: str) -> None:
    """Remove what a killed run left: its staging batches and half-written temporary files."""
    root = Path(corpus)
    shutil.rmtree(root / "_staging", ignore_errors=True)
    for tmp in [*root.glob(".*.tmp"), *(root / "shards").glob(".*.tmp")]:
        tmp.unlink(missing_ok=True)


# --- export: the per-article view -----------------------------------------------------------------

def record_to_article(rec: dict) -> tuple[str, dict]:
    """(<id>.md text, <id>.json object) of a corpus record: the same as ``pagewash clean`` writes."""
    meta: dict[str, Any] = {"id": rec["id"], "source": rec["source"], "url": rec["url"]}
    if rec["page"]:
        meta["page"] = json.loads(rec["page"])
    removed = []
    for r in rec["removed"]:
        d = {"line": r["line"], "reason": r["reason"], "text": r["text"]}
        if r.get("where") is not None:
            d["where"] = r["where"]
        removed.append(d)
    meta.update(title=rec["title"], language=rec["language"], captions=list(rec["captions"]), removed=removed,
                stats=json.loads(rec["stats"]), cleaner_version=rec["cleaner_version"])
    meta.update(source_sha256=rec["source_sha256"], duplicate_of=rec["duplicate_of"],
                processed_at=iso(rec["processed_at"]))
    return rec["text"], meta


def iter_records(corpus: str, columns: list[str] | None = None, ids: set[str] | None = None) -> Iterator[dict]:
    """Records shard by shard, in id order within a shard, a few hundred rows in memory at a time."""
    for f in shard_files(Path(corpus)):
        pf = pq.ParquetFile(f)
        for batch in pf.iter_batches(batch_size=256, columns=columns):
            for rec in batch.to_pylist():
                if ids is None or rec["id"] in ids:
                    yield rec


def export(corpus: str, out: str, ids: set[str] | None = None) -> tuple[int, int]:
    """Write ``out/<id>.md`` and ``out/<id>.json`` per record, ``out/errors.jsonl``; (records, errors)."""
    root, dest = Path(corpus), Path(out)
    if load_manifest(root) is None:
        raise FileNotFoundError(f"{root}: not a corpus (no manifest.json)")
    dest.mkdir(parents=True, exist_ok=True)
    n = 0
    for rec in iter_records(corpus, ids=ids):
        text, meta = record_to_article(rec)
        write_atomic(dest / f"{rec['id']}.md", text)
        write_atomic(dest / f"{rec['id']}.json", render.dumps(meta))
        n += 1
    errors = [e for e in read_errors(root) if ids is None or e["id"] in ids]
    if errors:
        write_atomic(dest / "errors.jsonl",
                     "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in errors))
    return n, len(errors)


def golden_ids(golden: str) -> set[str]:
    return {p.name.rsplit(".", 1)[0] for p in Path(golden).iterdir()
            if p.suffix in (".md", ".json") and not fnmatch.fnmatch(p.name, ".*")}


def corpus_files(corpus: str) -> dict[str, bytes]:
    """Every published file of a corpus (not staging, not the lock): for byte comparisons."""
    root = Path(corpus)
    out = {}
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root).as_posix()
        if f.is_file() and not rel.startswith(("_staging", ".lock")) and not f.name.startswith("."):
            out[rel] = f.read_bytes()
    return out

