"""Flow throughput and memory against the plain in-process cleaner, in the same run.

    python benchmarks/flow_bench.py [--n 10000] [--mem 10000,50000] [--skip-mem]

Inputs: the dev eval dumps (../shared/eval/*/dumps) repeated under distinct ids in a temp dir.
Prints pages/s of
  - the plain in-process cleaner (read + clean_bytes per dump, nothing written),
  - the clean-corpus flow with one worker thread (default), two worker processes (--workers 2),
    a two-worker local Dask cluster that the run starts (--dask: its start is timed), and a
    two-worker local cluster started before the timing (--dask-address: a long-lived cluster),
each as a ratio to the baseline it is judged against, on a Prefect temporary server started
once before the timed runs (its 10-20 s start is a one-off: a long-lived server does not pay it).
The load average is printed with each figure; the baseline is measured again after the flows
(the machine's load drifts), and CPU time per page of the baseline and the 1-thread flow.
Then the peak RSS of a flow process (``pagewash run --workers 2`` in a child, its own temporary
server) at each size of --mem, and the ratio of the largest to the smallest.
Not part of ``make test``: ``make flow-bench``.
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--mem", default="10000,50000", help="sizes for the peak-memory runs")
    ap.add_argument("--skip-mem", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pagewash-bench-"))
    os.environ.setdefault("PREFECT_HOME", str(tmp / "prefect"))
    try:
        if not a.skip_speed:
            src = make_inputs(a.n, tmp / f"in-{a.n}")
            files = sorted(src.iterdir())
            global CLOCK
            CLOCK = CleaningClock()
            base, base_cpu = in_process(files)
            base_clean = CLOCK.take()
            print(f"in-process cleaner      {base:8.1f} pages/s  ({a.n} dumps; {load()})", flush=True)
            from flows.corpus_flow import run

            t0 = time.perf_counter()
            run([str(ROOT / "seeds")], str(tmp / "warm"))  # starts the temporary server once
            print(f"(temporary Prefect server start + first run: {time.perf_counter() - t0:.1f} s, not counted)",
                  flush=True)
            CLOCK.take()  # not the warm-up run's pages
            one, one_cpu, one_server = flow_rate(src, tmp / "c1")
            one_clean = CLOCK.take()
            print(f"flow, 1 worker thread   {one:8.1f} pages/s  = {one / base:5.1%} of in-process (target >= 85 %; "
                  f"{load()})", flush=True)
            two, _, _ = flow_rate(src, tmp / "c2", workers=2)
            print(f"flow, 2 processes       {two:8.1f} pages/s  = {two / one:5.2f}x the 1-worker flow (target >= 1.3x; "
                  f"{load()})", flush=True)
            dask, _, _ = flow_rate(src, tmp / "c3", dask=True, workers=2)
            print(f"flow, Dask 2 workers    {dask:8.1f} pages/s  = {dask / one:5.2f}x the 1-worker flow (target >= 1.3x; "
                  f"{load()})", flush=True)
            # a long-lived cluster, as the temporary server above: started (and its workers' imports
            # warmed by one small run) before the timing, used through --dask-address
            from distributed import LocalCluster

            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                              silence_logs=logging.WARNING) as cluster:
                run([str(ROOT / "seeds")], str(tmp / "warm-dask"), dask_address=cluster.scheduler_address)
                dask_live, _, _ = flow_rate(src, tmp / "c4", dask_address=cluster.scheduler_address)
            print(f"flow, existing Dask cluster (2 workers, started before the timing) {dask_live:8.1f} pages/s  = "
                  f"{dask_live / one:5.2f}x the 1-worker flow ({load()})", flush=True)
            # the machine's load drifts (other jobs share the cores): the baseline again, after the
            # flows, and the 1-worker flow against the faster of the two; CPU time per page (this
            # process and the server) does not depend on the load
            CLOCK.take()
            base2, base2_cpu = in_process(files)
            base2_clean = CLOCK.take()
            print(f"in-process cleaner again {base2:7.1f} pages/s  ({load()}); 1-worker flow = {one / max(base, base2):5.1%} "
                  f"of the faster baseline; CPU per page: in-process {1000 * min(base_cpu, base2_cpu):.2f} ms, "
                  f"flow {1000 * one_cpu:.2f} ms = {min(base_cpu, base2_cpu) / one_cpu:5.1%} efficiency; the flow adds "
                  f"{1000 * (one_cpu - min(base_cpu, base2_cpu)):.2f} ms a page, {1000 * one_server:.2f} of it in the "
                  f"server", flush=True)
            print(f"cleaning (clean_bytes) CPU per page: in-process {1000 * base_clean:.2f} / {1000 * base2_clean:.2f} ms "
                  f"(before / after), in the flow's worker thread {1000 * one_clean:.2f} ms; the flow outside the "
                  f"cleaning: {1000 * (one_cpu - one_server - one_clean):.2f} ms a page in its process", flush=True)
            from cleaners.corpus import corpus_files

            same = corpus_files(tmp / "c2").keys() == corpus_files(tmp / "c3").keys() == corpus_files(tmp / "c4").keys()
            print(f"(corpora of the four runs have the same files: {same}; processed-at differs per run)")
            shutil.rmtree(src)
        if not a.skip_mem:
            sizes = [int(x) for x in a.mem.split(",")]
            peaks = []
            for n in sizes:
                src = make_inputs(n, tmp / f"mem-{n}")
                own, kids = peak_rss(src, tmp / f"mc-{n}", workers=2)
                peaks.append(own)
                print(f"peak RSS, {n:6d} dumps, --workers 2: flow process {own:7.1f} MiB, "
                      f"largest child {kids:7.1f} MiB", flush=True)
                shutil.rmtree(src)
                shutil.rmtree(tmp / f"mc-{n}")
            print(f"peak RSS ratio {sizes[-1]} / {sizes[0]}: {peaks[-1] / peaks[0]:.3f} (target <= 1.20)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
