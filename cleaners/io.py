"""Files: finding inputs, naming them, reading --meta, writing atomically."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

# Suffixes a dump may carry; the id is the file name without them (a.html.gz -> a).
DUMP_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".gz", ".md")
HIDDEN_PREFIXES = (".", "_", "~")


def doc_id(path: str | Path) -> str:
    """File name without its extensions: 'a.txt' -> 'a', 'a.html.gz' -> 'a'."""
    name = Path(path).name
    while True:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem or f".{ext.lower()}" not in DUMP_SUFFIXES:
            return name
        name = stem


def discover(inputs: Iterable[str | Path]) -> list[Path]:
    """Files given, plus the dump files inside folders given (recursively), sorted, unique."""
    found: dict[Path, Path] = {}  # resolved path -> the path as first given
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(HIDDEN_PREFIXES) for part in rel) \
                        and any(f.name.lower().endswith(s) for s in DUMP_SUFFIXES):
                    found.setdefault(f.resolve(), f)
        else:
            found.setdefault(p.resolve(), p)  # a missing file becomes an error record, not a crash
    # one file named twice ('seeds' and '/abs/seeds', or a folder and a file in it) is one input
    return sorted(found.values(), key=lambda f: (doc_id(f), str(f)))


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        import gzip

        data = gzip.decompress(data)
    return data


def fmt_of(path: Path) -> str | None:
    """'html' for HTML file names; None lets the content decide."""
    name = path.name.lower().removesuffix(".gz")
    return "html" if name.endswith((".html", ".htm", ".xhtml")) else None


def load_meta(path: str | Path | None) -> dict[str, dict[str, Any]]:
    """JSON lines with an ``id`` (and ``url``, ...) per page."""
    if path is None:
        return {}
    out: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None
            if not isinstance(row, dict) or "id" not in row:
                raise ValueError(f"{path}:{n}: a row needs an 'id'")
            out[str(row["id"])] = row
    return out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def write_atomic(path: Path, data, durable: bool = True) -> None:
    """Write to a temporary file beside ``path``, fsync, then rename over it.

    ``data``: str, bytes (or any buffer), or a function that writes to the open binary file (no
    copy in memory). ``durable=False`` skips the fsync: for files that need not survive a machine
    crash (a killed process loses nothing written; the rename still makes the file whole or absent).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600 files; outputs are for other tools too
        with os.fdopen(fd, "wb") as f:
            raw(f) if callable(raw) else f.write(raw)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
