"""Marked blocks -> the canonical text and the metadata record of CLEANING_POLICY.md."""
from __future__ import annotations

import json
from collections import Counter
from typing import Any

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
    recs = []
    for b in doc.blocks:
        if b.reason is not None:
            r: dict[str, Any] = {"line": b.line, "reason": b.reason, "text": b.text}
            if b.where is not None:
                r["where"] = b.where
            recs.append(r)
    recs.extend(doc.extra_removed)
    # line order; records without a line number keep their page order at the end
    return sorted(recs, key=lambda r: (r["line"] is None, r["line"] or 0))


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


def stats(doc: Document, removed: list[dict[str, Any]]) -> dict[str, Any]:
    counts = Counter(r["reason"] for r in removed)
    s = dict(doc.stats)
    s.update(blocks=len(doc.blocks), kept=sum(1 for b in doc.blocks if b.kept and b.text),
             removed={r: counts[r] for r in REASONS if counts[r]})
    return s


def metadata(doc: Document) -> dict[str, Any]:
    removed = removed_records(doc)
    page = {k: v for k, v in doc.meta.items() if k not in ("id", "url")}
    rec: dict[str, Any] = {"id": doc.id, "source": doc.source, "url": doc.meta.get("url")}
    if page:
        rec["page"] = page
    rec.update(title=doc.title, language=doc.language, captions=captions(doc), removed=removed,
               stats=stats(doc, removed))
    return rec


def dumps(obj: Any) -> str:
    """The one JSON style of every file pagewash writes: stable, UTF-8, two-space indent."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
