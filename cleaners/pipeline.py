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
    # HTML is decoded from the raw bytes (its <meta charset> is a hint the text decoder cannot use)
    is_html = fmt == "html" or (fmt is None and sniff_html(data))
    if is_html:
        from .htmldecode import decode_html

        text, encoding = decode_html(data)
    else:
        text, encoding = decode(data)
    if not text.strip(" \t\r\n\ufeff\u200b\u200c\u200d\u2060"):
        raise InputError("empty input: no text")
    if is_html:
        from .html import parse_html  # the HTML path (selectolax + trafilatura)

        doc = parse_html(text, doc_id)
    else:
        doc = Document(id=doc_id, blocks=parse_text(text), fmt="text")
    doc.source = source
    doc.meta = {**doc.meta, **(meta or {})}  # the HTML pre-pass put page metadata under "html"
    doc.stats.update(format=doc.fmt, encoding=encoding, chars_in=len(text))
    if not doc.blocks and not doc.extra_removed:
        raise InputError("no text found in the input")
    return doc


# Steps that do not run on trafilatura's output (HTML path): see README "HTML path".
# * boilerplate finds the article body in a full text dump; trafilatura already did that,
#   and on a body alone it cuts real paragraphs;
# * duplicates drops every repeat of a block, but trafilatura's body repeats only what the
#   article repeats (recipe plans, refrains, table rows): on the dev pages it cost aeb
#   recall 0.009. The headline printed again in the body is removed by cleaners.html.
# * structure guesses the title and headings from the shape of lines; in HTML they are
#   markup: the title comes from the page (og:title / h1 / <title>), headings from h1-h6
#   (trafilatura's <head>), and a short quote or bold line is not promoted to a heading.
# * repeated (per-site repetition) judges lines of whole pages; on trafilatura's body it
#   only finds lines the site's articles share (aeb HTML F1 0.973 -> 0.972 with it).
# The HTML fallback ("rendered": the page's text, furniture and all) runs every step.
HTML_SKIP_STEPS = frozenset({"repeated", "boilerplate", "duplicates", "structure"})


def sniff_html(data: bytes) -> bool:
    """Whether raw bytes look like an HTML document (any ASCII-compatible or UTF-16 encoding)."""
    head = data[:4096]
    for mark, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(mark):
            return looks_like_html(head[2:].decode(codec, errors="ignore"))
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return looks_like_html(head.replace(b"\x00", b"").decode("latin-1"))


def skipped_steps(doc: Document) -> frozenset:
    if doc.fmt == "html" and doc.stats.get("extractor") == "trafilatura":
        return HTML_SKIP_STEPS
    return frozenset()


def run_steps(doc: Document, steps: Iterable[ModuleType] = PIPELINE) -> Document:
    skip = skipped_steps(doc)
    for step in steps:
        if step.NAME not in skip:
            step.apply(doc)
    return doc


def clean_bytes(data: bytes, doc_id: str, source: str | None = None, meta: dict | None = None,
                fmt: str | None = None, context: dict | None = None, removed_columns: bool = False) -> Article:
    """The whole pipeline on one dump. Raises InputError for input that cannot be an article.

    ``context`` holds corpus facts for the steps (see cleaners.repetition.SiteCounts.context).
    ``removed_columns``: ``meta["removed"]`` as :class:`cleaners.render.RemovedColumns` (the corpus)."""
    doc = parse(data, doc_id, source, meta, fmt)
    doc.context = dict(context or {})
    run_steps(doc)
    text = render.canonical_text(doc)
    record = render.metadata(doc, columns=removed_columns)
    record["stats"]["chars_out"] = len(text)
    record["cleaner_version"] = __version__
    return Article(id=doc_id, text=text, meta=record, sha256=hashlib.sha256(data).hexdigest())
