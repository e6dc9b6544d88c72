"""The ``pagewash`` console script: the cleaners' commands plus the flow commands.

Prefect is imported only by the commands that orchestrate (``import prefect`` costs
about a second), so ``pagewash clean`` and ``pagewash step`` stay fast.
"""
from __future__ import annotations

import sys

from cleaners import cli


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
