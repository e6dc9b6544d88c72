"""kill -9 of a `pagewash run` halfway, then a re-run: every input exactly once, no truncated file.

    python benchmarks/kill_rerun.py [--n 1500]

Two kills, each of the whole process group (the run and its temporary Prefect server):
  1. while batches are being cleaned (after a third of them are staged);
  2. while the publish stage rewrites shard files (an incremental run over a grown folder).
After each kill a plain re-run completes the corpus. Checks: the manifest and every shard
parse, the manifest's sha256s match the files, the ids of the shards plus errors.jsonl are
exactly the input ids with no repeats, no temporary file is left, and the exported articles
equal those of an uninterrupted run. Prints what it did; exit 1 on any failure.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from flow_bench import make_inputs  # noqa: E402


def pagewash(*args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([str(ROOT / ".venv" / "bin" / "pagewash"), *args], env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_to_end(args: list[str], env: dict) -> dict:
    p = pagewash(*args, "--json", env=env)
    out, err = p.communicate(timeout=900)
    if p.returncode not in (0, 1):
        sys.exit(f"run failed ({p.returncode}):\n{err[-3000:]}")
    return json.loads(out.strip().splitlines()[-1])


def kill_when(args: list[str], env: dict, ready, what: str) -> None:
    p = pagewash(*args, env=env)
    deadline = time.monotonic() + 600
    while not ready():
        if p.poll() is not None:
            sys.exit(f"the run ended before the kill point ({what}):\n{p.stderr.read()[-2000:]}")
        if time.monotonic() > deadline:
            os.killpg(p.pid, signal.SIGKILL)
            sys.exit(f"kill point never reached: {what}")
        time.sleep(0.005)
    os.killpg(p.pid, signal.SIGKILL)  # the run and its temporary server, like a lost machine
    p.wait()
    print(f"killed -9 {what}")


def verify(corpus: Path, inputs: set[str]) -> list[str]:
    import pyarrow.parquet as pq

    problems = []
    manifest = json.loads((corpus / "manifest.json").read_text())
    ids: Counter = Counter()
    for s in manifest["shards"]:
        f = corpus / s["path"]
        if hashlib.sha256(f.read_bytes()).hexdigest() != s["sha256"]:
            problems.append(f"{f}: sha256 differs from the manifest")
        t = pq.read_table(f)  # raises on a truncated file
        ids.update(t.column("id").to_pylist())
    listed = {s["path"] for s in manifest["shards"]}
    on_disk = {f.relative_to(corpus).as_posix() for f in (corpus / "shards").glob("*.parquet")}
    if listed != on_disk:
        problems.append(f"manifest lists {len(listed)} shards, {len(on_disk)} on disk")
    errors = [json.loads(x) for x in (corpus / "errors.jsonl").read_text().splitlines()] \
        if (corpus / "errors.jsonl").exists() else []
    ids.update(e["id"] for e in errors)
    if set(ids) != inputs:
        problems.append(f"ids: {len(set(ids) - inputs)} unknown, {len(inputs - set(ids))} missing")
    repeated = [i for i, n in ids.items() if n > 1]
    if repeated:
        problems.append(f"{len(repeated)} ids more than once, e.g. {repeated[:3]}")
    leftovers = [p for p in corpus.rglob("*") if p.name.endswith(".tmp") or "_staging" in p.parts]
    if leftovers:
        problems.append(f"left over: {leftovers[:3]}")
    if manifest["records"] + manifest["errors"] != len(inputs):
        problems.append(f"manifest: {manifest['records']} records + {manifest['errors']} errors != {len(inputs)}")
    return problems


def exported(corpus: Path, out: Path) -> dict[str, str]:
    from cleaners.corpus import export

    export(str(corpus), str(out))
    res = {}
    for f in sorted(out.iterdir()):
        text = f.read_text()
        if f.suffix == ".json":
            d = json.loads(text)
            d.pop("processed_at", None)
            d.pop("source", None)
            text = json.dumps(d, sort_keys=True)
        elif f.name == "errors.jsonl":  # the run time differs; the rest must not
            text = json.dumps([{k: v for k, v in json.loads(x).items() if k != "processed_at"}
                               for x in text.splitlines()])
        res[f.name] = text
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1500)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pagewash-kill-"))
    env = dict(os.environ, PREFECT_HOME=str(tmp / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               DO_NOT_TRACK="1", PREFECT_LOGGING_LEVEL="WARNING",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    env.pop("PREFECT_API_URL", None)
    try:
        src = make_inputs(a.n, tmp / "src")
        (src / "broken.txt").write_bytes(b"\n\n")  # an error record must also appear exactly once
        files = sorted(src.iterdir())
        later = tmp / "later"
        later.mkdir()
        for f in files[1::3]:  # a third of the inputs arrive after the first runs
            shutil.move(str(f), later / f.name)
        corpus = tmp / "corpus"
        args = ["run", "--source", str(src), "--corpus", str(corpus), "--batch-size", "50"]
        n_batches = -(-len(list(src.iterdir())) // 50)

        def staged(k):
            return lambda: len(list((corpus / "_staging").glob("*/batch-*"))) >= k

        kill_when(args, env, staged(max(1, n_batches // 3)), f"during cleaning ({n_batches // 3} of {n_batches} batches staged)")
        r = run_to_end(args, env)
        print(f"re-run: {r}")
        problems = verify(corpus, {f.name.split('.')[0] for f in src.iterdir()})

        for f in later.iterdir():
            shutil.move(str(f), src / f.name)
        before = {f: f.stat().st_mtime_ns for f in (corpus / "shards").glob("*.parquet")}

        def publishing():
            if len(list((corpus / "_staging").glob("*/batch-*"))) < 1:
                return False
            return any(f.stat().st_mtime_ns != before.get(f) for f in (corpus / "shards").glob("*.parquet"))

        kill_when(args, env, publishing, "during publish (first shard files replaced)")
        r = run_to_end(args, env)
        print(f"re-run: {r}")
        inputs = {f.name.split(".")[0] for f in src.iterdir()}
        problems += verify(corpus, inputs)
        clean = tmp / "clean"
        run_to_end(["run", "--source", str(src), "--corpus", str(clean)], env)
        ea, eb = exported(corpus, tmp / "exp-a"), exported(clean, tmp / "exp-b")
        if ea != eb:
            diff = sorted(k for k in ea.keys() | eb.keys() if ea.get(k) != eb.get(k))
            problems.append(f"{len(diff)} exported files differ from an uninterrupted run, e.g. {diff[:5]}")
        r = run_to_end(args, env)
        if r["cleaned"] != 0:
            problems.append(f"a further run cleaned {r['cleaned']}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(inputs)} inputs: " + ("every input exactly once, no truncated or left-over file; "
                                       "articles equal an uninterrupted run" if not problems else "FAILED"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
