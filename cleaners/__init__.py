"""pagewash cleaners: raw page dumps in, canonical articles out. Plain Python, no Prefect."""

__version__ = "0.1.0"
