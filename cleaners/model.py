"""The one document model every step reads and marks.

A dump becomes an ordered list of :class:`Block` objects. Steps never delete a
block: they set ``block.reason`` (a removal reason from :data:`REASONS`) or
change its ``kind``; :mod:`cleaners.render` turns the marked blocks into the
canonical text and metadata. This is Dolma-style non-destructive tagging.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The closed vocabulary of removal reasons (CLEANING_POLICY.md).
REASONS = (
    "navigation",
    "share-widget",
    "related-links",
    "comment-form",
    "caption",
    "duplicate",
    "widget",
)

# Block kinds. "title" and "heading" are set by the structure step; the parser
# only produces "paragraph" and "item".
KINDS = ("title", "heading", "paragraph", "item")


_NEW_TAGS: dict = {}  # Block's tags default: a new dict for each block (this one is never stored)


@dataclass(slots=True, init=False)  # slots: the steps read block fields hundreds of times a page
class Block:
    """One block of the dump: a line (or a rejoined run of wrapped lines)."""

    line: int | None  # 1-based first source line (None when unknown, e.g. some HTML)
    text: str  # normalised in-block text (NFC, white space folded, bullets removed)
    kind: str = "paragraph"
    end_line: int | None = None  # last source line of the block
    indent: int = 0  # leading white space of the source line
    bullet: str = ""  # bullet glyph or number the dump used ("" when none)
    blank_before: bool = True  # a blank line (or start of file) precedes it
    reason: str | None = field(default=None, init=False)  # removal reason, None while kept: set by remove()
    step: str | None = None  # name of the step that removed it
    caption: str | None = None  # caption text to keep in metadata (caption blocks)
    where: str | None = None  # element description for HTML inputs (tag#id.class)
    tags: dict[str, Any] = field(default_factory=dict)  # free-form step annotations
    # reason is None, kept up to date by remove() (the only writer of reason): a plain slot,
    # because the steps ask it thousands of times a page and a property costs a call each time
    kept: bool = field(default=True, init=False, repr=False, compare=False)

    def __init__(self, line: int | None, text: str, kind: str = "paragraph", end_line: int | None = None,
                 indent: int = 0, bullet: str = "", blank_before: bool = True, step: str | None = None,
                 caption: str | None = None, where: str | None = None, tags: dict[str, Any] = _NEW_TAGS):
        # dataclass's own __init__, written out: its default_factory and closure look-ups cost a
        # third of a block's construction, and the parser builds one per line
        self.line = line
        self.text = text
        self.kind = kind
        self.end_line = end_line
        self.indent = indent
        self.bullet = bullet
        self.blank_before = blank_before
        self.reason = None
        self.step = step
        self.caption = caption
        self.where = where
        self.tags = {} if tags is _NEW_TAGS else tags
        self.kept = True

    @property
    def words(self) -> list[str]:
        return self.text.split()

    def remove(self, reason: str, step: str) -> None:
        """Mark the block as removed; the first reason given wins."""
        if reason not in REASONS:
            raise ValueError(f"unknown removal reason {reason!r}")
        if self.reason is None:
            self.reason = reason
            self.step = step
            self.kept = False


@dataclass
class Document:
    """A parsed dump: its blocks plus what the steps found out about it."""

    id: str
    blocks: list[Block]
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # page fields from --meta (url, ...)
    title: str | None = None
    language: str = "und"
    stats: dict[str, Any] = field(default_factory=dict)
    fmt: str = "text"  # "text" or "html"
    extra_removed: list[dict[str, Any]] = field(default_factory=list)  # HTML pre-pass records
    extra_captions: list[str] = field(default_factory=list)  # HTML pre-pass captions, page order
    context: dict[str, Any] = field(default_factory=dict)  # corpus facts for steps (site repetition)

    def kept(self) -> list[Block]:
        return [b for b in self.blocks if b.reason is None]

    def next_kept(self, i: int) -> Block | None:
        """The first kept block after index ``i``."""
        for b in self.blocks[i + 1:]:
            if b.reason is None:
                return b
        return None

    def prev_kept(self, i: int) -> Block | None:
        for b in reversed(self.blocks[:i]):
            if b.reason is None:
                return b
        return None
