"""The HTML path: raw HTML -> the same block model as text dumps.

Minimal version: trafilatura extracts the main text (comments excluded, no
process-global deduplication) and the text-dump parser turns it into blocks.
"""
from __future__ import annotations

from .model import Document
from .textparse import parse_text


def parse_html(html: str, doc_id: str) -> Document:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False,
                               favor_precision=False) or ""
    return Document(id=doc_id, blocks=parse_text(text), fmt="html")
