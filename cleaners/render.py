"""Marked blocks -> the canonical text and the metadata record of CLEANING_POLICY.md."""
from __future__ import annotations

import json
from collections import Counter
from itertools import islice
from operator import attrgetter, le
from typing import Any, NamedTuple

from .model import REASONS, Document


def canonical_text(doc: Document) -> str:
    out: list[str] = []
    prev_kind = None
    if doc.title is not None:
        out.append(f"# {doc.title}")
        prev_kind = "title"
    for b in doc.blocks:
        if not b.kept or b.kind == "title" or not b.text:
            continue
        line = f"## {b.text}" if b.kind == "heading" else f"- {b.text}" if b.kind == "item" else b.text
        if out:
            out.append("\n" if b.kind == prev_kind == "item" else "\n\n")
        out.append(line)
        prev_kind = b.kind
    return "".join(out) + "\n" if out else ""


def removed_records(doc: Document) -> list[dict[str, Any]]:
    """The removed blocks and the HTML pre-pass records in line order, one dict each (``where`` when set)."""
    return [{"line": line, "reason": reason, "text": text} if where is None
            else {"line": line, "reason": reason, "text": text, "where": where}
            for line, reason, text, where in zip(*removed_columns(doc))]


class RemovedColumns(NamedTuple):
    """The removed records as four parallel lists (the corpus takes them so: no dict per removed line)."""

    line: list[int | None]
    reason: list[str]
    text: list[str]
    where: list[str | None]


_LINE, _REASON, _TEXT, _WHERE = (attrgetter(a) for a in ("line", "reason", "text", "where"))


def removed_columns(doc: Document) -> RemovedColumns:
    """The removed blocks and the HTML pre-pass records in line order, column by column (``where``
    None when unset); :func:`removed_records` is these as dicts."""
    rem = [b for b in doc.blocks if b.reason is not None]
    cols = RemovedColumns(*(list(map(get, rem)) for get in (_LINE, _REASON, _TEXT, _WHERE)))
    for r in doc.extra_removed:
        cols.line.append(r["line"])
        cols.reason.append(r["reason"])
        cols.text.append(r["text"])
        cols.where.append(r.get("where"))
    order = _line_order(cols.line)
    return cols if order is None else RemovedColumns(*([c[i] for i in order] for c in cols))


def _line_order(lines: list[int | None]) -> list[int] | None:
    """Positions of the removed records in line order, records without a line number at the end in
    page order (a stable sort); None when they are in that order already (a dump's blocks are)."""
    if None not in lines and all(map(le, lines, islice(lines, 1, None))):
        return None
    return sorted(range(len(lines)), key=lambda i: (lines[i] is None, lines[i] or 0))


def captions(doc: Document) -> list[str]:
    seen, out = set(), []
    for b in doc.blocks:
        c = b.caption
        if c and c not in seen:
            seen.add(c)
            out.append(c)
    for c in doc.extra_captions:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out


def stats(doc: Document, removed: list[dict[str, Any]] | RemovedColumns) -> dict[str, Any]:
    counts = Counter(removed.reason if isinstance(removed, RemovedColumns) else [r["reason"] for r in removed])
    s = dict(doc.stats)
    s.update(blocks=len(doc.blocks), kept=len([b for b in doc.blocks if b.kept and b.text]),
             removed={r: counts[r] for r in REASONS if r in counts})
    return s


def metadata(doc: Document, columns: bool = False) -> dict[str, Any]:
    """The metadata record (<id>.json); ``columns``: ``removed`` as :class:`RemovedColumns`."""
    removed = removed_columns(doc) if columns else removed_records(doc)
    page = {k: v for k, v in doc.meta.items() if k not in ("id", "url")}
    rec: dict[str, Any] = {"id": doc.id, "source": doc.source, "url": doc.meta.get("url")}
    if page:
        rec["page"] = page
    rec.update(title=doc.title, language=doc.language, captions=captions(doc), removed=removed,
               stats=stats(doc, removed))
    return rec


def dumps(obj: Any) -> str:
    """The one JSON style of every file pagewash writes: stable, UTF-8, two-space indent.

    ``json.dumps(obj, ensure_ascii=False, indent=2)``, byte for byte: with an indent the
    json module encodes in Python, a generator step per token (0.47 ms an article's
    metadata); ``_indented`` builds the same text by joins, strings by the same C escaper.
    Anything but plain dicts, lists, strings, numbers, booleans and None (a subclass, a key
    that is not a string) goes to json.dumps (tests/test_fast_paths.py compares them)."""
    try:
        return _indented(obj, "\n") + "\n"
    except (_Unsupported, RecursionError):
        return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


class _Unsupported(Exception):
    """A value ``_indented`` leaves to json.dumps."""


_escape = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses (C when available)
_CONSTANTS = {None: "null", True: "true", False: "false"}


def _indented(o: Any, nl: str) -> str:
    """``o`` as json.dumps(indent=2) writes it at the depth where a new line is ``nl``."""
    t = type(o)
    if t is str:
        return _escape(o)
    if t is dict:
        if not o:
            return "{}"
        inner = nl + "  "
        parts = []
        for k, v in o.items():
            if type(k) is not str:
                raise _Unsupported
            tv = type(v)  # (strings and ints inline: most values are the removed records' fields)
            parts.append(_escape(k) + ": " + (_escape(v) if tv is str else int.__repr__(v) if tv is int
                                              else _indented(v, inner)))
        return "{" + inner + ("," + inner).join(parts) + nl + "}"
    if t is list or t is tuple:
        if not o:
            return "[]"
        inner = nl + "  "
        return "[" + inner + ("," + inner).join([_indented(v, inner) for v in o]) + nl + "]"
    if t is int:
        return int.__repr__(o)
    if t is bool or o is None:
        return _CONSTANTS[o]
    if t is float:
        if o != o:
            return "NaN"
        if o in (float("inf"), float("-inf")):
            return "Infinity" if o > 0 else "-Infinity"
        return float.__repr__(o)
    raise _Unsupported
