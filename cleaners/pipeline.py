"""Run the steps on one input: bytes in, an :class:`Article` (or an :class:`InputError`) out."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Iterable

from . import __version__, render
from .model import Document
from .steps import PIPELINE, STEPS
from .textparse import InputError, decode, looks_like_html, parse_text


@dataclass
class Article:
    id: str
    text: str  # canonical text (<id>.md)
    meta: dict[str, Any]  # metadata record (<id>.json)
    sha256: str


def steps_until(name: str | None) -> tuple[ModuleType, ...]:
    if name is None:
        return PIPELINE
    if name not in STEPS:
        raise KeyError(f"unknown step {name!r}; steps: {', '.join(STEPS)}")
    names = list(STEPS)
    return PIPELINE[: names.index(name) + 1]


def parse(data: bytes, doc_id: str, source: str | None = None, meta: dict | None = None,
          fmt: str | None = None) -> Document:
    """Decode and parse a dump (text or HTML) into a Document; no step has run yet."""
    text, encoding = decode(data)
    if not text.strip(" \t\r\n\ufeff\u200b\u200c\u200d\u2060"):
        raise InputError("empty input: no text")
    is_html = fmt == "html" or (fmt is None and looks_like_html(text))
    if is_html:
        from .html import parse_html  # the HTML path (selectolax + trafilatura)

        doc = parse_html(text, doc_id)
    else:
        doc = Document(id=doc_id, blocks=parse_text(text), fmt="text")
    doc.source = source
    doc.meta = dict(meta or {})
    doc.stats.update(format=doc.fmt, encoding=encoding, chars_in=len(text))
    if not doc.blocks and not doc.extra_removed:
        raise InputError("no text found in the input")
    return doc


def run_steps(doc: Document, steps: Iterable[ModuleType] = PIPELINE) -> Document:
    for step in steps:
        step.apply(doc)
    return doc


def clean_bytes(data: bytes, doc_id: str, source: str | None = None, meta: dict | None = None,
                fmt: str | None = None, context: dict | None = None) -> Article:
    """The whole pipeline on one dump. Raises InputError for input that cannot be an article.

    ``context`` holds corpus facts for the steps (see cleaners.repetition.SiteCounts.context)."""
    doc = parse(data, doc_id, source, meta, fmt)
    doc.context = dict(context or {})
    run_steps(doc)
    text = render.canonical_text(doc)
    record = render.metadata(doc)
    record["stats"]["chars_out"] = len(text)
    record["cleaner_version"] = __version__
    return Article(id=doc_id, text=text, meta=record, sha256=hashlib.sha256(data).hexdigest())
