"""Per-site repetition: lines that recur across pages of one site are furniture.

A deterministic two-pass corpus step. Pass 1 (:meth:`SiteCounts.add`) counts, per
site, on how many pages each short line occurs; pass 2 is the ``repeated`` step,
which reads the counts of the page's site from ``doc.context``. The site is the
host of the page's ``url`` (from ``--meta``) without ``www.``; pages with no url
share one corpus-wide site ``""`` with a stricter threshold. Counts are plain JSON
(sorted keys), so a later run can load them, add its pages and save them again.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from . import settings
from .model import Document
from .text import ends_sentence, fold, nwords

FORMAT = "pagewash-site-counts/1"


def site_of(url: str | None) -> str:
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def candidate(text: str) -> bool:
    """Lines the step may judge: short ones, or any that does not end a sentence."""
    n = nwords(text)
    return 0 < n and (n <= settings.REPEAT_MAX_WORDS or not ends_sentence(text))


def page_keys(doc: Document) -> set[str]:
    return {k for k in (fold(b.text) for b in doc.blocks if candidate(b.text)) if k}


class SiteCounts:
    """site -> number of pages, and per folded line the number of pages holding it."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}
        self.lines: dict[str, dict[str, int]] = {}
        self.ids: set[str] = set()  # pages already counted: a re-run does not count them twice
        self._contexts: dict[str, dict] = {}

    def add(self, site: str, keys: set[str], page_id: str) -> None:
        if page_id in self.ids:
            return
        self.ids.add(page_id)
        self._contexts.pop(site, None)
        self.pages[site] = self.pages.get(site, 0) + 1
        counts = self.lines.setdefault(site, {})
        for k in keys:
            counts[k] = counts.get(k, 0) + 1

    def context(self, site: str) -> dict:
        """What the ``repeated`` step needs for one page: lines frequent enough on its site."""
        if site in self._contexts:
            return self._contexts[site]
        pages = self.pages.get(site, 0)
        if site == "":
            need = max(settings.REPEAT_MIN_PAGES_UNKNOWN_SITE, settings.REPEAT_MIN_SHARE_UNKNOWN_SITE * pages)
        else:
            need = max(settings.REPEAT_MIN_PAGES, settings.REPEAT_MIN_SHARE * pages)
        lines = self.lines.get(site, {})
        ctx = {"site": site, "site_pages": pages, "repeated": frozenset(k for k, c in lines.items() if c >= need)}
        self._contexts[site] = ctx
        return ctx

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "ids": sorted(self.ids), "pages": dict(sorted(self.pages.items())),
                           "lines": {s: dict(sorted(c.items())) for s, c in sorted(self.lines.items())}},
                          ensure_ascii=False, sort_keys=False) + "\n"

    @classmethod
    def load(cls, path: str | Path) -> "SiteCounts":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: not a {FORMAT} file")
        sc = cls()
        sc.ids = set(map(str, data["ids"]))
        sc.pages = {str(k): int(v) for k, v in data["pages"].items()}
        sc.lines = {str(s): {str(k): int(v) for k, v in c.items()} for s, c in data["lines"].items()}
        return sc
