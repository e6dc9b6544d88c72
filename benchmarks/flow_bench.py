"""Flow throughput and memory against the plain in-process cleaner, in the same run.

    python benchmarks/flow_bench.py [--n 10000] [--rounds 3] [--mem 10000,50000] [--skip-mem]
                                    [--skip-parallel] [--quick]

Inputs: the dev eval dumps (../shared/eval/*/dumps) repeated under distinct ids in a temp dir.
One Prefect temporary server is started first (its 10-20 s start is a one-off: a long-lived
server does not pay it) and used by every flow run (PREFECT_API_URL).

The 1-worker must-show is judged by interleaved rounds: in-process (A: read + clean_bytes per
dump, nothing written) and the clean-corpus flow with one worker thread (B: into an empty
corpus), each in a fresh process (cold caches and a fresh garbage collector, as a real run;
one untimed warm-up of the five seed pages in both arms), in the order ABBAAB...: a drift of the
machine's load hits both arms alike. Each round prints both pages/s and CPU a page
(``time.process_time`` of the child, all its threads; the server's CPU during the flow
separately), the wall ratio B/A and the CPU ratio; then the medians over the rounds.
Then (unless --skip-parallel) pages/s of the flow with two worker processes (--workers 2), a
two-worker local Dask cluster that the run starts (--dask: its start is timed) and a two-worker
local cluster started before the timing (--dask-address: a long-lived cluster), each against
the median 1-worker flow, with the load average. Then the peak RSS of a flow process
(``pagewash run --workers 2`` in a child, its own temporary server) at each size of --mem, and
the ratio of the largest to the smallest. --quick: 2,000 dumps, rounds only.
Not part of ``make test``: ``make flow-bench``.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"

for k, v in {"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
             "DO_NOT_TRACK": "1", "PREFECT_LOGGING_LEVEL": "WARNING"}.items():
    os.environ.setdefault(k, v)


def make_inputs(n: int, dest: Path) -> Path:
    """n dumps: the eval dumps repeated, each copy under a distinct id (hard links when possible)."""
    src = sorted(EVAL.glob("*/dumps/*.txt"))
    if not src:
        sys.exit(f"no eval dumps under {EVAL}")
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        f = src[i % len(src)]
        target = dest / f"{i:06d}_{f.stem[:24]}.txt"
        try:
            os.link(f, target)
        except OSError:
            shutil.copyfile(f, target)
    return dest


def cpu_seconds(children_only: bool = False) -> float:
    """CPU time of this process and of its live children (the temporary Prefect server)."""
    import psutil

    me = psutil.Process()
    total = 0.0 if children_only else sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.Error:
            pass
    return total


class CleaningClock:
    """CPU time of the cleaning itself (``clean_bytes``, per thread) in the baseline and in the flow.

    The same wrapper times both: the baseline calls it, and the flow's one-thread runner calls it
    through ``cleaners.corpus`` (worker processes import their own, untimed). It separates the
    flow's cost into the cleaning (the same code: is it slower in the flow's worker thread?) and
    what the flow does around it (records, MinHash, staging, plan, publish, Prefect).
    """

    def __init__(self) -> None:
        from cleaners import corpus
        from cleaners.pipeline import clean_bytes

        self.fn, self.seconds, self.pages = clean_bytes, 0.0, 0
        corpus.clean_bytes = self

    def __call__(self, *args, **kw):
        t0 = time.thread_time()
        try:
            return self.fn(*args, **kw)
        finally:
            self.seconds += time.thread_time() - t0
            self.pages += 1

    def take(self) -> float:
        """Cleaning CPU seconds per page since the last call."""
        per_page = self.seconds / max(1, self.pages)
        self.seconds, self.pages = 0.0, 0
        return per_page


CLOCK: CleaningClock | None = None


def in_process(files: list[Path]) -> tuple[float, float]:
    """(pages/s, CPU s/page) of read + clean_bytes per dump."""
    from cleaners.io import doc_id, fmt_of, read_bytes
    from cleaners.textparse import InputError

    c0, t0 = cpu_seconds(), time.perf_counter()
    for f in files:
        try:
            CLOCK(read_bytes(f), doc_id(f), source=str(f), fmt=fmt_of(f))
        except InputError:
            pass
    return len(files) / (time.perf_counter() - t0), (cpu_seconds() - c0) / len(files)


def flow_rate(src: Path, corpus: Path, **kw) -> tuple[float, float, float]:
    """(pages/s, CPU s/page of this process and the server, of the server alone): CPU figures are
    meaningful for the one-thread runner (worker processes are gone before they can be counted)."""
    from flows.corpus_flow import run

    c0, s0, t0 = cpu_seconds(), cpu_seconds(children_only=True), time.perf_counter()
    r = run([str(src)], str(corpus), **kw)
    dt = time.perf_counter() - t0
    assert r["cleaned"] + r["errors"] == r["inputs"], r
    n = r["inputs"]
    return n / dt, (cpu_seconds() - c0) / n, (cpu_seconds(children_only=True) - s0) / n


def load() -> str:
    return "load %.1f %.1f %.1f" % os.getloadavg()


_PEAK_CHILD = """
import os, sys, threading, time
import psutil
from flows.cli import main

def vm_hwm(pid="self"):
    with open(f"/proc/{pid}/status") as f:
        return next(int(x.split()[1]) for x in f if x.startswith("VmHWM:"))

kids = {}
def sample():  # worker processes: the largest peak seen (sampled; they are gone at the end)
    me = psutil.Process()
    while True:
        for c in me.children(recursive=True):
            try:
                kids[c.pid] = max(kids.get(c.pid, 0), vm_hwm(c.pid))
            except (OSError, StopIteration, psutil.Error):
                pass
        time.sleep(0.2)

threading.Thread(target=sample, daemon=True).start()
rc = main(sys.argv[1:])
print("RSS", vm_hwm(), max(kids.values(), default=0))
sys.exit(rc)
"""


def peak_rss(src: Path, corpus: Path, workers: int) -> tuple[float, float]:
    """(flow process, largest child) peak RSS in MiB of one `pagewash run` in a fresh process.

    The peak is the kernel's high-water mark of the process' own memory (VmHWM, Linux), not
    ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries ru_maxrss across fork and exec, so a child
    started by this benchmark after its speed runs reported this process' peak instead of its own
    (587.8 MiB at 10,000 and at 50,000 dumps in an earlier run: the benchmark's, not the flow's).
    The largest child (a worker process or the temporary server) is sampled every 0.2 s.
    """
    out = subprocess.run([sys.executable, "-c", _PEAK_CHILD, "run", "--source", str(src), "--corpus", str(corpus),
                          "--workers", str(workers), "--json"], capture_output=True, text=True, cwd=ROOT)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RSS")), None)
    if line is None:
        sys.exit(f"flow run failed:\n{out.stdout}\n{out.stderr[-3000:]}")
    own, kids = (int(x) / 1024 for x in line.split()[1:])
    return own, kids


_ROUND_CHILD = """
import json, sys, time
sys.path.insert(0, {bench!r})
import flow_bench as B

arm, src, work = sys.argv[1:4]
files = sorted(B.Path(src).iterdir())
B.CLOCK = B.CleaningClock()
seeds = sorted((B.ROOT / "seeds").glob("*.txt"))
if arm == "flow":
    from flows.corpus_flow import run
    run([str(B.ROOT / "seeds")], work + "/warm")  # untimed: the client's first run
else:
    B.in_process(seeds)  # untimed: the same five seed pages cleaned first
B.CLOCK.take()
print("START", flush=True)
c0, t0 = time.process_time(), time.perf_counter()
if arm == "flow":
    r = run([src], work + "/corpus")
    assert r["cleaned"] + r["errors"] == r["inputs"] == len(files), r
else:
    B.in_process(files)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
print("END " + json.dumps({{"wall": wall, "cpu": cpu, "clean": B.CLOCK.take(), "pages": len(files)}}), flush=True)
"""


def round_arm(arm: str, src: Path, work: Path) -> dict:
    """One timed run of ``arm`` ("inproc": read + clean_bytes per dump; "flow": the 1-worker flow into
    an empty corpus) in a fresh process, so no round inherits another's caches, garbage-collector
    state (the flow freezes its heap before each batch) or warm-up; the flow uses this process'
    Prefect server (PREFECT_API_URL). Returns pages/s, CPU s/page of the child (process_time: all
    its threads), of the server during the timed part, and of ``clean_bytes`` alone."""
    work.mkdir(parents=True, exist_ok=True)
    code = _ROUND_CHILD.format(bench=str(ROOT / "benchmarks"))
    log = open(work / "stderr.log", "w+")  # a file, not a pipe: a full pipe would block the child
    p = subprocess.Popen([sys.executable, "-c", code, arm, str(src), str(work)], cwd=ROOT, stdout=subprocess.PIPE,
                         stderr=log, text=True)
    s0 = s1 = None
    for line in p.stdout:
        if line.startswith("START"):
            s0 = cpu_seconds(children_only=True)  # the server (the child's own CPU is its process_time)
        elif line.startswith("END "):
            s1 = cpu_seconds(children_only=True)
            res = json.loads(line[4:])
    rc = p.wait()
    log.seek(0)
    err = log.read()
    log.close()
    if rc != 0 or s1 is None:
        sys.exit(f"{arm} round failed:\n{err[-3000:]}")
    shutil.rmtree(work, ignore_errors=True)
    n = res["pages"]
    # the child is alive while sampled: take its CPU out of the children's total
    server = max(0.0, (s1 - s0) - res["cpu"]) / n
    return {"rate": n / res["wall"], "cpu": res["cpu"] / n, "server": server, "clean": res["clean"],
            "load": os.getloadavg()[0]}


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=None, help="dumps (default 10,000; 2,000 with --quick)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved in-process / 1-worker flow rounds")
    ap.add_argument("--mem", default="10000,50000", help="sizes for the peak-memory runs")
    ap.add_argument("--skip-mem", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-parallel", action="store_true", help="no 2-process or Dask runs")
    ap.add_argument("--quick", action="store_true", help="2,000 dumps, the rounds only (no parallel or memory runs)")
    a = ap.parse_args()
    if a.quick:
        a.skip_mem = a.skip_parallel = True
    n = a.n or (2_000 if a.quick else 10_000)
    tmp = Path(tempfile.mkdtemp(prefix="pagewash-bench-"))
    os.environ.setdefault("PREFECT_HOME", str(tmp / "prefect"))
    try:
        if not a.skip_speed:
            src = make_inputs(n, tmp / f"in-{n}")
            from flows.corpus_flow import run, share_api_url

            # one temporary server for the whole benchmark, as `pagewash run` would start it
            os.environ.setdefault("PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED", "false")
            t0 = time.perf_counter()
            share_api_url()
            print(f"(temporary Prefect server start: {time.perf_counter() - t0:.1f} s, not counted)", flush=True)
            # A = in-process, B = 1-worker flow, each in a fresh process; ABBA... so drift cancels
            print(f"{a.rounds} rounds of {n} dumps, in-process (A) and 1-worker flow (B) each in a fresh "
                  f"process, order {''.join('AB' if r % 2 == 0 else 'BA' for r in range(a.rounds))}:", flush=True)
            rounds = []
            for r in range(a.rounds):
                res = {}
                for arm in (("inproc", "flow") if r % 2 == 0 else ("flow", "inproc")):
                    res[arm] = round_arm(arm, src, tmp / f"round-{r}-{arm}")
                A, B = res["inproc"], res["flow"]
                wall, cpu = B["rate"] / A["rate"], A["cpu"] / (B["cpu"] + B["server"])
                rounds.append((A, B, wall, cpu))
                print(f"  round {r + 1}: in-process {A['rate']:7.1f} pages/s {1000 * A['cpu']:.2f} ms CPU (load "
                      f"{A['load']:.1f}); flow {B['rate']:7.1f} pages/s {1000 * B['cpu']:.2f} + server "
                      f"{1000 * B['server']:.2f} ms CPU (load {B['load']:.1f}); wall ratio {wall:5.1%}, "
                      f"CPU ratio {cpu:5.1%}", flush=True)
            base = median([x[0]["rate"] for x in rounds])
            one = median([x[1]["rate"] for x in rounds])
            wall_ratio, cpu_ratio = median([x[2] for x in rounds]), median([x[3] for x in rounds])
            base_cpu, one_cpu = median([x[0]["cpu"] for x in rounds]), median([x[1]["cpu"] for x in rounds])
            one_server = median([x[1]["server"] for x in rounds])
            print(f"in-process cleaner      {base:8.1f} pages/s  (median of {a.rounds} rounds; {load()})")
            print(f"flow, 1 worker thread   {one:8.1f} pages/s  (median); 1-worker must-show: median wall ratio "
                  f"{wall_ratio:5.1%} (target >= 85 %: {'met' if wall_ratio >= 0.85 else 'NOT met'}), median "
                  f"CPU ratio {cpu_ratio:5.1%} (in-process CPU / flow process + server)", flush=True)
            print(f"CPU per page (medians): in-process {1000 * base_cpu:.2f} ms, flow {1000 * one_cpu:.2f} ms + server "
                  f"{1000 * one_server:.2f} ms; cleaning (clean_bytes) in-process "
                  f"{1000 * median([x[0]['clean'] for x in rounds]):.2f} ms, in the flow's worker thread "
                  f"{1000 * median([x[1]['clean'] for x in rounds]):.2f} ms; the flow outside the cleaning "
                  f"{1000 * (one_cpu - median([x[1]['clean'] for x in rounds])):.2f} ms a page in its process",
                  flush=True)
            if not a.skip_parallel:
                run([str(ROOT / "seeds")], str(tmp / "warm"))  # this process' client: its first run, untimed
                two, _, _ = flow_rate(src, tmp / "c2", workers=2)
                print(f"flow, 2 processes       {two:8.1f} pages/s  = {two / one:5.2f}x the 1-worker flow (target >= "
                      f"1.3x; {load()})", flush=True)
                dask, _, _ = flow_rate(src, tmp / "c3", dask=True, workers=2)
                print(f"flow, Dask 2 workers    {dask:8.1f} pages/s  = {dask / one:5.2f}x the 1-worker flow (target >= "
                      f"1.3x; {load()})", flush=True)
                # a long-lived cluster, as the server above: started (and its workers' imports warmed by
                # one small run) before the timing, used through --dask-address
                from distributed import LocalCluster

                with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.WARNING) as cluster:
                    run([str(ROOT / "seeds")], str(tmp / "warm-dask"), dask_address=cluster.scheduler_address)
                    dask_live, _, _ = flow_rate(src, tmp / "c4", dask_address=cluster.scheduler_address)
                print(f"flow, existing Dask cluster (2 workers, started before the timing) {dask_live:8.1f} pages/s  "
                      f"= {dask_live / one:5.2f}x the 1-worker flow ({load()})", flush=True)
                from cleaners.corpus import corpus_files

                same = corpus_files(tmp / "c2").keys() == corpus_files(tmp / "c3").keys() == \
                    corpus_files(tmp / "c4").keys()
                print(f"(corpora of the three runs have the same files: {same}; processed-at differs per run)")
            shutil.rmtree(src)
        if not a.skip_mem:
            sizes = [int(x) for x in a.mem.split(",")]
            peaks = []
            for size in sizes:
                src = make_inputs(size, tmp / f"mem-{size}")
                own, kids = peak_rss(src, tmp / f"mc-{size}", workers=2)
                peaks.append(own)
                print(f"peak RSS, {size:6d} dumps, --workers 2: flow process {own:7.1f} MiB, "
                      f"largest child {kids:7.1f} MiB", flush=True)
                shutil.rmtree(src)
                shutil.rmtree(tmp / f"mc-{size}")
            print(f"peak RSS ratio {sizes[-1]} / {sizes[0]}: {peaks[-1] / peaks[0]:.3f} (target <= 1.20)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
