"""The ``clean-corpus`` flow: a thin Prefect layer over :mod:`cleaners.corpus`.

plan (hash inputs, skip unchanged) -> clean batches of pages, one task each -> publish
(merge into shards, near-duplicates, manifest) -> optional golden check -> markdown artifact.
Tasks take paths and ids, write their own output, and return small summaries.
"""
from __future__ import annotations

import gc
import os
import tempfile
from collections import Counter
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from cleaners import corpus as C
from cleaners.cli import compare_dirs
from cleaners.io import load_meta
from cleaners.model import REASONS


def _transient(task_, task_run, state) -> bool:  # noqa: ARG001
    """Retry a batch only for I/O errors (a full disk, a flaky network share), not for bugs."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


@task(name="plan", retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_transient, cache_policy=NO_CACHE)
def plan_task(corpus: str, run_tag: str, source: list[str], meta: str | None) -> dict:
    return C.stage_plan(corpus, run_tag, C.discover_sources(source), load_meta(meta))


def _freeze_survivors() -> None:
    """Put every object alive before a batch out of the garbage collector's reach (gc.freeze).

    A full collection during cleaning otherwise walks them all: Prefect's and the cleaners'
    modules (about 130,000 objects), and the about 116,000 (88,000 lists) that the cleaners
    build on their first pages, which a freeze done once before the first batch missed (full
    collections of 60-110 ms, one or two per 1,000 pages: 0.1-0.2 ms a page). Done before every
    batch, a full collection walks only what the batch itself keeps. Cyclic garbage alive at a
    freeze is never collected: Prefect's per task run, measured in the 50,000-page memory run.
    """
    gc.freeze()


@task(name="clean-batch", retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_transient, cache_policy=NO_CACHE)
def clean_batch_task(corpus: str, run_tag: str, batch_no: int, plan: str, start: int, stop: int, as_of: str,
                     page_timeout: float | None, nshards: int) -> dict:
    """Rows start:stop of the staged plan: the inputs are read from disk, not passed as parameters."""
    _freeze_survivors()
    return C.clean_batch(corpus, run_tag, batch_no, C.planned(corpus, plan, start, stop), as_of, page_timeout,
                         nshards)


@task(name="publish", retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_transient, cache_policy=NO_CACHE)
def publish_task(corpus: str, summaries: list[dict], failed: list[dict], as_of: str, nshards: int) -> dict:
    return C.publish(corpus, summaries, failed, as_of, nshards)


@task(name="golden-check", cache_policy=NO_CACHE)
def golden_task(corpus: str, golden: str) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="pagewash-golden-") as tmp:
        C.export(corpus, tmp, ids=C.golden_ids(golden))
        return compare_dirs(Path(tmp), Path(golden))


def report(source, corpus, result, reasons: Counter, languages: Counter, errors: list[dict],
           problems: list[str] | None) -> str:
    lines = [f"# pagewash clean-corpus", "", f"source `{', '.join(source)}` -> corpus `{corpus}`", "",
             "| inputs | cleaned | skipped | errors | duplicates (corpus) | records (corpus) |",
             "| --- | --- | --- | --- | --- | --- |",
             f"| {result['inputs']} | {result['cleaned']} | {result['skipped']} | {result['errors']} | "
             f"{result['duplicates']} | {result['records']} |", "",
             "## Removals per reason", "", "| reason | blocks |", "| --- | --- |"]
    lines += [f"| {r} | {reasons[r]} |" for r in REASONS if reasons[r]] or ["| (none) | 0 |"]
    lines += ["", "## Languages", "", "| language | articles |", "| --- | --- |"]
    lines += [f"| {lang} | {n} |" for lang, n in sorted(languages.items(), key=lambda x: (-x[1], x[0]))] \
        or ["| (none) | 0 |"]
    if errors:
        lines += ["", "## Errors", "", "| id | kind | error |", "| --- | --- | --- |"]
        lines += [f"| {e['id']} | {e['kind']} | {e['error'].replace('|', '/')} |" for e in errors[:200]]
        if len(errors) > 200:
            lines.append(f"| ... | | {len(errors) - 200} more in errors.jsonl |")
    if problems is not None:
        lines += ["", "## Golden check", ""]
        lines += ["all articles with goldens match"] if not problems else \
            ["```diff", *[p for p in problems], "```"]
    return "\n".join(lines) + "\n"


class GoldenMismatch(Exception):
    pass


@flow(name="clean-corpus", task_runner=ThreadPoolTaskRunner(max_workers=1), log_prints=False)
def clean_corpus(source: list[str], corpus: str, meta: str | None = None, golden: str | None = None,
                 batch_size: int | None = None, workers: int = 1, page_timeout: float | None = C.DEFAULT_PAGE_TIMEOUT,
                 as_of: str | None = None, shards: int | None = None) -> dict:
    """Clean new and changed dumps of ``source`` into the corpus at ``corpus``.

    ``as_of`` is the run's processed-at time (default: now); ``batch_size`` pages per task
    (default: 1,000, fewer so each worker gets two batches).
    """
    log = get_run_logger()
    t = C.parse_time(as_of)
    stamp = C.iso(t)
    corpus = str(Path(corpus).resolve())
    with C.locked(Path(corpus)):
        C.clear_staging(corpus)  # batches of a run that was killed
        nshards = shards or C.corpus_shards(Path(corpus))
        run_tag = stamp.replace(":", "")
        p = plan_task(corpus, run_tag, list(source), meta)
        todo = p["todo"]  # a count: the inputs are in the staged plan file
        size = batch_size or C.auto_batch_size(todo, workers)
        futures = [clean_batch_task.submit(corpus, run_tag, i, p["plan"], start, min(start + size, todo), stamp,
                                           page_timeout, nshards)
                   for i, start in enumerate(range(0, todo, size))]
        summaries, reasons, languages = [], Counter(), Counter()
        for f in futures:
            s = f.result()
            reasons.update(s["reasons"])
            languages.update(s["languages"])
            summaries.append(s)
        pub = publish_task(corpus, summaries, p["failed"], stamp, nshards)
        errors = p["failed"] + [e for s in summaries for e in s["errors"]]
        result = {"inputs": p["inputs"], "cleaned": sum(s["cleaned"] for s in summaries),
                  "skipped": p["skipped"], "errors": len(errors), "duplicates": pub["duplicates"],
                  "records": pub["records"]}
    problems = golden_task(corpus, golden) if golden else None
    create_markdown_artifact(key="clean-corpus-report", description="pagewash clean-corpus run",
                             markdown=report(source, corpus, result, reasons, languages, errors, problems))
    log.info("clean-corpus: %s", result)
    if problems:
        raise GoldenMismatch(f"{len(problems)} golden file(s) differ:\n" + "\n".join(problems))
    return result


def task_runner(workers: int = 1, dask: bool = False, dask_address: str | None = None):
    """The runner for ``--workers N`` / ``--dask`` / ``--dask-address``; one thread by default."""
    if dask or dask_address:
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers), "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    if workers > 1:
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=workers)
    return ThreadPoolTaskRunner(max_workers=1)


def share_api_url() -> None:
    """Give worker processes the API of this process' server, so none starts its own.

    Without PREFECT_API_URL, Prefect starts a temporary server per process: each spawned
    worker (process pool, local Dask) would start one more (10-20 s and a core each).
    """
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()
        server.start(timeout=int(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")))
        url = server.api_url
    os.environ["PREFECT_API_URL"] = url


def run(source, corpus, meta=None, golden=None, workers=1, dask=False, dask_address=None, **kw) -> dict:
    """One flow run with the chosen runner (raises on failure, e.g. a golden mismatch)."""
    if not os.environ.get("PREFECT_API_URL"):
        # Prefect will start a temporary server for this process: without its automation
        # triggers (no automation can exist on it), measured 14.7 -> 10.7 ms of CPU a second idle
        os.environ.setdefault("PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED", "false")
    if workers > 1 or dask:
        share_api_url()
    if (dask and not dask_address) and workers <= 1:
        workers = os.cpu_count() or 2  # a local Dask cluster: one worker process per core
    f = clean_corpus.with_options(task_runner=task_runner(workers, dask, dask_address))
    return f(source=list(source), corpus=corpus, meta=meta, golden=golden, workers=workers, **kw)
