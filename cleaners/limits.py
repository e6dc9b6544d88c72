"""A per-page time limit that works in any worker: main thread, thread pool, process pool, Dask.

Two mechanisms, chosen per call:

* In the main thread of a process that has ``signal.setitimer`` (POSIX: the default
  one-thread runner's flow process when it runs the task inline, process-pool workers),
  an ``ITIMER_REAL`` timer raises :class:`PageTimeout` from a ``SIGALRM`` handler.
* Anywhere else (a worker thread: Prefect's thread pool, Dask worker threads, Windows),
  one watchdog thread per process raises :class:`PageTimeout` inside the cleaning thread
  with ``PyThreadState_SetAsyncExc`` when the deadline passes.

Both interrupt Python code between byte codes; neither can stop one long call into C
code (a single huge regular-expression match) before it returns. The steps are pure
Python loops over blocks, so a slow page is stopped within milliseconds of its limit.
:class:`PageTimeout` derives from ``BaseException`` so a step's ``except Exception``
cannot swallow it.
"""
from __future__ import annotations

import ctypes
import signal
import threading
import time
from typing import Callable, TypeVar

T = TypeVar("T")


class PageTimeout(BaseException):
    """The page took longer than its time limit."""


class _Watchdog:
    """One daemon thread per process; at most one armed deadline per cleaning thread."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.armed: dict[int, tuple[float, int]] = {}  # thread id -> (deadline, token)
        self.fired: set[int] = set()  # tokens that fired
        self.token = 0
        self.thread: threading.Thread | None = None
        self.wake_at = 0.0  # when the watchdog thread wakes up next (it is not woken before)

    def _start(self) -> None:
        if self.thread is None or not self.thread.is_alive():
            self.thread = threading.Thread(target=self._run, name="pagewash-page-limit", daemon=True)
            self.thread.start()

    def arm(self, seconds: float) -> int:
        with self.cond:
            self._start()
            self.token += 1
            deadline = time.monotonic() + seconds
            self.armed[threading.get_ident()] = (deadline, self.token)
            if deadline < self.wake_at or not self.wake_at:
                # wake the watchdog only when it would sleep past this deadline: one page after
                # another with the same limit never wakes it (no thread switch per page)
                self.cond.notify()
            return self.token

    def disarm(self, token: int) -> bool:
        """Stop the deadline; True when it fired (any pending exception is cleared)."""
        tid = threading.get_ident()
        with self.cond:
            if self.armed.get(tid, (0, None))[1] == token:
                del self.armed[tid]
            fired = token in self.fired
            self.fired.discard(token)
            if fired:  # cancel an exception set but not yet delivered
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)
            return fired

    def _run(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for tid, (deadline, token) in list(self.armed.items()):
                    if deadline <= now:
                        del self.armed[tid]
                        self.fired.add(token)
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid),
                                                                   ctypes.py_object(PageTimeout))
                self.wake_at = max(min((d for d, _ in self.armed.values()), default=now + 60), now + 0.001)
                self.cond.wait(timeout=self.wake_at - now)
                self.wake_at = 0.0


_WATCHDOG = _Watchdog()


def _alarm(signum, frame):  # noqa: ARG001
    raise PageTimeout()


def call_with_limit(fn: Callable[[], T], seconds: float | None) -> T:
    """``fn()``, or :class:`PageTimeout` when it runs longer than ``seconds`` (None/0: no limit)."""
    if not seconds or seconds <= 0:
        return fn()
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        old = signal.signal(signal.SIGALRM, _alarm)
        try:
            signal.setitimer(signal.ITIMER_REAL, seconds)
            try:
                return fn()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, old)
    token = _WATCHDOG.arm(seconds)
    try:
        result = fn()
    finally:
        fired = _WATCHDOG.disarm(token)
    if fired:
        raise PageTimeout()
    return result
