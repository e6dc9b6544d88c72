"""The two halves of the eval pages, by page id: half A (0) has its errors read while rules are
built, half B (1) is only scored (benchmarks/quality.py --halves). The speed benchmarks' --new-pages
warm a process on one half and time the other. No import of cleaners here: step_profile.py picks
which checkout's cleaners a process imports."""
from __future__ import annotations

import hashlib


def half(pid: str) -> int:
    """0 for half A (its errors may be read), 1 for half B (only scored)."""
    return int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2
