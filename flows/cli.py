"""The ``pagewash`` console script: the cleaners' commands plus the flow commands.

Prefect is imported only by the commands that orchestrate (``import prefect`` costs
about a second), so ``pagewash clean`` and ``pagewash step`` stay fast. ``export`` reads
the corpus with pyarrow only.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys

from cleaners import cli

# Defaults of cleaners.corpus, repeated so that the other commands need not import pyarrow and numpy
# (about 1 s); tests/test_flows.py checks they agree.
DEFAULT_PAGE_TIMEOUT = 10.0
DEFAULT_SHARDS = 64

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = cli.EXIT_OK, cli.EXIT_PROBLEM, cli.EXIT_USAGE


def _prefect_env() -> None:
    # A fresh PREFECT_HOME starts the temporary server in 14-21 s, near the 20 s default limit.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def _flow_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", required=True, action="append", metavar="S",
                   help="folder, glob or fsspec URL of dumps (repeatable)")
    p.add_argument("--corpus", required=True, metavar="C", help="corpus folder (created when missing)")
    p.add_argument("--meta", metavar="F", help="JSON lines with id, url and other page fields")
    p.add_argument("--golden", metavar="DIR", help="end by checking the articles that have goldens in DIR")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="N worker processes (default 1 thread)")
    p.add_argument("--dask", action="store_true", help="run the batches on a local Dask cluster")
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", help="run on an existing Dask cluster")
    p.add_argument("--batch-size", type=int, metavar="K", help="pages per task (default: auto, at most 1000)")
    p.add_argument("--page-timeout", type=float, default=DEFAULT_PAGE_TIMEOUT, metavar="SECONDS",
                   help=f"time limit per page; 0 for none (default {DEFAULT_PAGE_TIMEOUT:g})")
    p.add_argument("--shards", type=int, metavar="N",
                   help=f"shard files of a new corpus (default {DEFAULT_SHARDS}; fixed once created)")


def _check_usage(a: argparse.Namespace, cmd: str) -> str | None:
    if a.meta and not os.path.isfile(a.meta):
        return f"--meta: no such file: {a.meta}"
    if a.golden and not os.path.isdir(a.golden):
        return f"--golden: not a folder: {a.golden}"
    if a.workers < 1 or (a.batch_size is not None and a.batch_size < 1):
        return "--workers and --batch-size must be at least 1"
    return None


def _run_kwargs(a: argparse.Namespace) -> dict:
    return dict(meta=a.meta, golden=a.golden, batch_size=a.batch_size,
                page_timeout=a.page_timeout or None, shards=a.shards)


def cmd_run(a: argparse.Namespace) -> int:
    msg = _check_usage(a, "run")
    if msg:
        print(f"pagewash run: {msg}", file=sys.stderr)
        return EXIT_USAGE
    _prefect_env()
    from flows.corpus_flow import GoldenMismatch, run

    try:
        result = run(a.source, a.corpus, workers=a.workers, dask=a.dask, dask_address=a.dask_address,
                     **_run_kwargs(a))
    except GoldenMismatch as e:
        print(f"pagewash run: {e}", file=sys.stderr)
        return EXIT_PROBLEM
    except RuntimeError as e:
        print(f"pagewash run: {e}", file=sys.stderr)
        return EXIT_PROBLEM
    summary = {k: result[k] for k in ("inputs", "cleaned", "skipped", "errors", "duplicates")}
    if a.json:
        print(json.dumps(summary))
    else:
        print(", ".join(f"{k} {v}" for k, v in summary.items()) + f"; corpus {a.corpus}: {result['records']} records")
    return EXIT_PROBLEM if result["errors"] else EXIT_OK


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _local_server():
    """A dedicated ``prefect server start`` for this process, when no PREFECT_API_URL is set.

    Schedules need the server's scheduler service, which the temporary (ephemeral) server does
    not run. Its database is $PREFECT_HOME/prefect.db (SQLite), so history survives restarts.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"]
        return
    import subprocess
    import time
    import urllib.request

    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_UI_ENABLED="false")
    home = os.environ.get("PREFECT_HOME") or os.path.expanduser("~/.prefect")
    os.makedirs(home, exist_ok=True)
    log = open(os.path.join(home, "pagewash-server.log"), "ab")
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])
        while True:
            try:
                urllib.request.urlopen(f"{url}/health", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the Prefect server did not start; see {log.name}") from None
                time.sleep(0.5)
        os.environ["PREFECT_API_URL"] = url
        print(f"pagewash serve: started a Prefect server at {url} (database in {home}; log {log.name})",
              file=sys.stderr)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def cmd_serve(a: argparse.Namespace) -> int:
    msg = _check_usage(a, "serve")
    if msg or (a.cron is None) == (a.interval is None):
        print(f"pagewash serve: {msg or 'give one of --cron or --interval'}", file=sys.stderr)
        return EXIT_USAGE
    _prefect_env()
    workers = a.workers if not (a.dask and a.workers <= 1) else (os.cpu_count() or 2)
    params = dict(source=[s if "://" in s else os.path.abspath(s) for s in a.source],
                  corpus=os.path.abspath(a.corpus), workers=workers, **_run_kwargs(a))
    for key in ("meta", "golden"):
        if params[key]:
            params[key] = os.path.abspath(params[key])
    schedule = {"cron": a.cron} if a.cron else {"interval": a.interval}
    try:
        with _local_server():
            from flows.corpus_flow import clean_corpus, task_runner  # Prefect reads PREFECT_API_URL now

            f = clean_corpus.with_options(task_runner=task_runner(workers, a.dask, a.dask_address))
            f.serve(name=a.name, parameters=params, limit=1, **schedule)  # one run at a time
    except RuntimeError as e:
        print(f"pagewash serve: {e}", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


def cmd_export(a: argparse.Namespace) -> int:
    from cleaners import corpus as C

    try:
        n, n_err = C.export(a.corpus, a.out)
    except FileNotFoundError as e:
        print(f"pagewash export: {e}", file=sys.stderr)
        return EXIT_USAGE
    print(f"exported {n} articles, {n_err} error records to {a.out}")
    return EXIT_OK


def _add_run(p: argparse.ArgumentParser) -> None:
    _flow_args(p)
    p.add_argument("--json", action="store_true", help='print a last line {"inputs": ..., "cleaned": ..., '
                                                       '"skipped": ..., "errors": ..., "duplicates": ...}')


def _add_serve(p: argparse.ArgumentParser) -> None:
    _flow_args(p)
    p.add_argument("--cron", metavar='"*/15 * * * *"', help="cron schedule")
    p.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS")
    p.add_argument("--name", default="pagewash", help="deployment name (default pagewash)")


def _add_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", metavar="CORPUS")
    p.add_argument("--out", required=True, metavar="DIR")


cli.EXTRA_COMMANDS.update({
    "run": ("run the clean-corpus flow once: new and changed dumps into the corpus (exit 1 if an input "
            "failed or a golden differs)", _add_run, cmd_run),
    "serve": ("serve the clean-corpus flow as a deployment on a schedule (--cron or --interval)",
              _add_serve, cmd_serve),
    "export": ("write CORPUS as DIR/<id>.md and DIR/<id>.json (the view of 'pagewash clean')",
               _add_export, cmd_export),
})


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
