"""The HTML path: raw HTML -> the same block model as text dumps.

1. **Pre-pass (selectolax, lexbor backend).** Reads the page metadata (title,
   canonical URL, published date, author, ``<html lang>``), drops what is never
   visible (scripts, styles, hidden elements; no record), and walks the body once:
   elements that the rules in :mod:`cleaners.html_selectors` call furniture (share,
   related, comment, navigation, ad widgets, figcaptions) become one ``removed``
   record each (``line`` null: lexbor keeps no source positions; ``where`` names
   the element ``tag#id.class``) and are taken out of the page; ``figcaption`` text
   and image ``alt`` text go to ``captions``. The walk also renders the page's
   visible text as blocks (the audit inventory).
2. **Extraction (trafilatura)** of the main content from the smaller page
   (``include_comments=False``, ``deduplicate=False``); its headings, paragraphs,
   list items, quotes and table rows become blocks (heading / paragraph / item).
3. **Audit.** Every visible block of the inventory that is in neither a pre-pass
   record nor trafilatura's output becomes a ``removed`` record: the reason of the
   nearest enclosing element that hints at one (a ``comments`` box, a ``footer``,
   ...), else one from its shape (short -> navigation, mostly links ->
   related-links, else widget).
4. **Fallback.** When trafilatura returns (almost) nothing while the page has
   visible text, the rendered inventory is used instead (``stats.extractor`` =
   ``rendered``) and the text steps, including ``boilerplate``, find the body.

The page title (og:title / h1 / <title>) is the first block, kind ``title``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import html_selectors as S
from . import settings
from .model import Block, Document
from .text import INVISIBLE, fold, nwords



def normalize_inline(text: str) -> str:
    """cleaners.text.normalize_inline (same result), with a fast path for ASCII text:
    the walk calls it for every block of every page."""
    if not text.isascii():
        text = text.translate(INVISIBLE)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())
_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|bmp)$", re.I)
_TOKEN_SPLIT = re.compile(r"[-_]")


# --- rule matching ---------------------------------------------------------------------------

def _token_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for reason, patterns in S.REMOVE_TOKENS:
        for p in patterns:
            table.setdefault(p, reason)
    return table


_TOKENS = _token_table()


@lru_cache(maxsize=8192)
def token_reason(token: str) -> str | None:
    """Reason of a class/id token: it equals a pattern, or starts/ends with one at a - or _."""
    if token in _TOKENS:
        return _TOKENS[token]
    best = None
    for m in _TOKEN_SPLIT.finditer(token):
        for cand in (token[: m.start()], token[m.end():]):
            r = _TOKENS.get(cand)
            if r is not None and best is None:
                best = r
    return best


@lru_cache(maxsize=8192)
def hint_reason(attr_text: str) -> str | None:
    for reason, subs in S.HINT_SUBSTRINGS:
        if any(s in attr_text for s in subs):
            return reason
    return None


def where_of(tag: str, attrs: dict) -> str:
    out = tag
    ident = (attrs.get("id") or "").strip()
    if ident:
        out += "#" + ident.split()[0]
    cls = (attrs.get("class") or "").split()
    if cls:
        out += "." + ".".join(cls)
    return out


def _hidden(attrs: dict) -> bool:
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style:
        s = style.replace(" ", "").lower()
        return any(h in s for h in S.HIDDEN_STYLES)
    return False


# --- the walk --------------------------------------------------------------------------------

@dataclass
class Piece:
    """One visible block of the rendered page (the audit inventory)."""

    text: str
    where: str
    record: int | None  # index of the pre-pass record it belongs to
    hint: str | None
    link_chars: int
    item: bool


@dataclass
class Walk:
    pieces: list[Piece] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)  # pre-pass removals
    record_nodes: list[Any] = field(default_factory=list)
    alts: list[str] = field(default_factory=list)
    order: list[tuple[str, int]] = field(default_factory=list)  # page order of records/pieces


class _Ctx:
    """What the walk knows about the element it is in (shared by children until one changes it)."""

    __slots__ = ("record", "hint", "in_article", "in_link", "block", "item")

    def __init__(self, record=None, hint=None, in_article=False, in_link=False, block=("body", {}), item=False):
        self.record, self.hint, self.in_article, self.in_link = record, hint, in_article, in_link
        self.block, self.item = block, item  # block: (tag, attrs) of the enclosing block element

    def copy(self) -> "_Ctx":
        return _Ctx(self.record, self.hint, self.in_article, self.in_link, self.block, self.item)


def main_path(body) -> set[int]:
    """mem_ids of the element holding the most paragraph text, and of all its ancestors.

    A paragraph credits its parent with its length; the best parent is the likely
    article container. The pre-pass never removes it or anything around it.
    """
    credit: dict[int, int] = {}
    nodes: dict[int, Any] = {}
    for p in body.css("p"):
        n = len(p.text(separator=" ").strip())
        if n >= S.MAIN_MIN_PARAGRAPH_CHARS and p.parent is not None:
            key = p.parent.mem_id
            credit[key] = credit.get(key, 0) + n
            nodes[key] = p.parent
    if not credit:
        return set()
    best = nodes[max(credit, key=credit.__getitem__)]  # a tie goes to the first in page order
    out = set()
    node = best
    while node is not None:
        out.add(node.mem_id)
        node = node.parent
    return out


def _protected(node, page_chars: int, main: set[int]) -> bool:
    if node.mem_id in main:
        return True
    if any(node.css_first(sel) is not None for sel in S.PROTECT_SELECTORS):
        return True
    if page_chars >= S.PROTECT_MIN_CHARS:
        return _p_chars(node) >= S.PROTECT_SHARE * page_chars
    return False


def _p_chars(node) -> int:
    """Paragraph text under ``node`` (script text, which lexbor keeps as text, never counts)."""
    return sum(len(p.text(separator=" ")) for p in node.css("p"))


def _removal(tag: str, attrs: dict, ctx: _Ctx) -> str | None:
    r = S.REMOVE_TAGS.get(tag)
    if r:
        return r
    for attr in ("id", "class"):  # a template's own words say most about what a box is
        v = attrs.get(attr)
        if v:
            for tok in v.lower().split():
                r = token_reason(tok)
                if r:
                    return r
    role = (attrs.get("role") or "").strip().lower()
    if role in S.REMOVE_ROLES:
        return S.REMOVE_ROLES[role]
    if not ctx.in_article and tag in S.REMOVE_OUTSIDE_ARTICLE:
        return S.REMOVE_OUTSIDE_ARTICLE[tag]
    return None


def _is_article(tag: str, attrs: dict) -> bool:
    return tag in ("article", "main") or attrs.get("itemprop") == "articleBody" or attrs.get("role") == "main"


def walk(body, page_chars: int, captions_are_content: bool = False) -> Walk:
    """Render ``body`` into pieces and find the pre-pass removals, in one pass (no recursion)."""
    w = Walk()
    main = main_path(body)
    buf: list[str] = []
    has_text = False
    link_chars = 0
    silent, inline, breaks, hint_tags = S.SILENT_TAGS, S.INLINE_TAGS, S.BREAK_TAGS, S.HINT_TAGS

    def flush(ctx: _Ctx) -> None:
        nonlocal buf, link_chars, has_text
        if has_text:
            text = normalize_inline("".join(buf))
            if text:
                w.pieces.append(Piece(text, where_of(*ctx.block), ctx.record, ctx.hint, link_chars, ctx.item))
                w.order.append(("piece", len(w.pieces) - 1))
                if ctx.record is not None:
                    w.records[ctx.record]["parts"].append(text)
        buf, link_chars, has_text = [], 0, False

    stack: list[tuple[Any, _Ctx, bool]] = [(body, _Ctx(), False)]
    while stack:
        node, ctx, leaving = stack.pop()
        if leaving:
            flush(ctx)
            continue
        if node.is_text_node:
            t = node.text_content
            if t:
                if t.isspace():
                    buf.append(" ")
                else:
                    buf.append(t)
                    has_text = True
                    if ctx.in_link:
                        link_chars += len(t.strip())
            continue
        tag = node.tag
        if not tag or tag[0] in "-_!":  # comments, doctype
            continue
        if tag in breaks:
            flush(ctx)
            continue
        if tag in silent:
            continue
        attrs = node.attributes
        if attrs and _hidden(attrs):  # not visible text: no inventory, no record
            continue
        if tag == "img":
            alt = normalize_inline(attrs.get("alt") or "")
            if alt and ctx.record is None and ctx.hint is None:
                w.alts.append(alt)
                w.order.append(("alt", len(w.alts) - 1))
            continue
        new = ctx
        if not ctx.in_article and _is_article(tag, attrs):
            new = new.copy()
            new.in_article = True
        if ctx.record is None:
            reason = _removal(tag, attrs, ctx)
            if reason == "caption" and captions_are_content:
                reason = None
            if reason and not _protected(node, page_chars, main):
                new = new.copy() if new is ctx else new
                new.record = len(w.records)
                w.records.append({"reason": reason, "where": where_of(tag, attrs), "parts": []})
                w.record_nodes.append(node)
                w.order.append(("record", new.record))
        if ctx.hint is None:
            h = hint_tags.get(tag)
            if h is None and attrs:
                attr_text = f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower()
                h = hint_reason(attr_text) if attr_text.strip() else None
            if h is not None:
                new = new.copy() if new is ctx else new
                new.hint = h
        if tag == "a" and not ctx.in_link:
            new = new.copy() if new is ctx else new
            new.in_link = True
        if tag not in inline or new.record is not ctx.record:  # a removed element is its own block
            flush(ctx)
            new = new.copy() if new is ctx else new
            new.block = (tag, attrs)
            new.item = tag == "li"
            stack.append((node, new, True))
        children = list(node.iter(include_text=True))
        children.reverse()
        stack.extend((child, new, False) for child in children)
    flush(_Ctx())
    return w


# --- metadata --------------------------------------------------------------------------------

def _attr(tree, selector: str, attr: str | None) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    v = node.attributes.get(attr) if attr else node.text(separator=" ")
    v = normalize_inline(v or "")
    return v or None


def _trim_site_name(title: str) -> str:
    for sep in S.TITLE_SEPARATORS:
        if sep in title:
            parts = [p.strip() for p in title.split(sep) if p.strip()]
            if parts:
                best = max(parts, key=len)
                if len(best.split()) >= 2:
                    return best
    return title


def page_metadata(tree) -> dict[str, Any]:
    """title, canonical_url, published, author, lang, as the page declares them (None when not)."""
    og = _attr(tree, "meta[property='og:title']", "content")
    head_title = _attr(tree, "title", None)
    h1s = [normalize_inline(n.text(separator=" ")) for n in tree.css("h1")[:5]]
    h1s = [h for h in h1s if h]
    title = None
    for h in h1s:  # an h1 that the og:title / <title> confirms is the article's headline
        if (og and h in og) or (head_title and h in head_title):
            title = h
            break
    if title is None:
        title = og or (_trim_site_name(head_title) if head_title else None) or (h1s[0] if h1s else None)
    date = None
    for sel, attr in S.DATE_SELECTORS:
        date = _attr(tree, sel, attr)
        if date:
            break
    author = None
    for sel, attr in S.AUTHOR_SELECTORS:
        author = _attr(tree, sel, attr)
        if author:
            break
    html_node = tree.css_first("html")
    lang = normalize_inline((html_node.attributes.get("lang") or "") if html_node is not None else "") or None
    canonical = _attr(tree, "link[rel='canonical']", "href") or _attr(tree, "meta[property='og:url']", "content")
    return {"title": title, "canonical_url": canonical, "published": date, "author": author, "lang": lang}


# --- trafilatura output -> blocks -----------------------------------------------------------

def _text_with_breaks(el) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in ("graphic",):
            parts.append(_text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _lines(el) -> list[str]:
    return [t for t in (normalize_inline(x) for x in _text_with_breaks(el).split("\n")) if t]


def map_body(body) -> list[tuple[str, str, str]]:
    """trafilatura's XML body -> [(kind, text, element)] in order."""
    out: list[tuple[str, str, str]] = []

    def emit(el, kind: str, name: str) -> None:
        for t in _lines(el):
            out.append((kind, t, name))

    def visit(el) -> None:
        tag = el.tag
        if tag == "head":
            emit(el, "heading", el.get("rend") or "h2")
        elif tag == "list":
            for item in el:
                if item.tag != "item":
                    continue
                nested = [c for c in item if c.tag == "list"]
                for c in nested:  # the item's own text first, then its sub-list
                    item.remove(c)
                emit(item, "item", "li")
                for c in nested:
                    visit(c)
        elif tag == "table":
            for row in el.iter("row"):
                cells = [normalize_inline(" ".join(_lines(c))) for c in row if c.tag == "cell"]
                cells = [c for c in cells if c]
                if cells:
                    out.append(("paragraph", " | ".join(cells), "tr"))
        elif tag in ("quote", "div") and len(el):
            if (el.text or "").strip():
                out.append(("paragraph", normalize_inline(el.text), tag))
            for c in el:
                visit(c)
                if (c.tail or "").strip():
                    out.append(("paragraph", normalize_inline(c.tail), tag))
        elif tag == "graphic":
            return
        else:
            emit(el, "paragraph", {"code": "pre", "quote": "blockquote"}.get(tag, "p"))

    if (body.text or "").strip():
        out.append(("paragraph", normalize_inline(body.text), "p"))
    for el in body:
        visit(el)
        for t in (normalize_inline(x) for x in (el.tail or "").split("\n")):
            if t:  # loose text between trafilatura's elements
                out.append(("paragraph", t, "p"))
    return out


def _extract(html: str, fast: bool = False):
    import trafilatura

    try:
        res = trafilatura.bare_extraction(html, fast=fast, **S.TRAFILATURA_OPTIONS)
    except (RecursionError, ValueError, TypeError, AttributeError):
        return None
    if res is None or getattr(res, "body", None) is None:
        return None
    return res.body


# --- audit -------------------------------------------------------------------------------

def shape_reason(p: Piece) -> str:
    """Like cleaners.text.shape_reason, but HTML knows link text: a link-heavy piece is a teaser."""
    if nwords(p.text) <= settings.SHORT_MAX_WORDS:
        return "navigation"
    if p.link_chars >= 0.5 * len(p.text):
        return "related-links"
    return "widget"


def _key(text: str) -> str:
    return "".join(text.split())


class Coverage:
    """Is a piece of the rendered page in the output? Compared without white space: a short
    piece must equal an output block (or table cell); a longer one may sit inside one."""

    def __init__(self, texts: list[str]):
        keys = [_key(t) for t in texts]
        self.exact = set(keys)
        for t in texts:
            if " | " in t:
                self.exact.update(_key(c) for c in t.split(" | "))
        self.joined = "".join(keys)

    def covers(self, text: str) -> bool:
        k = _key(text)
        if k in self.exact:
            return True
        return len(k) >= S.AUDIT_SUBSTRING_MIN_CHARS and k in self.joined


# --- entry point -----------------------------------------------------------------------------

def parse_html(html: str, doc_id: str) -> Document:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    info = page_metadata(tree)
    for node in tree.css(S.KEEP_SCRIPTS_NOT):  # JSON-LD may carry the articleBody trafilatura falls back on
        node.decompose()
    tree.strip_tags(sorted(S.SILENT_TAGS - S.KEEP_FOR_EXTRACTOR))
    body = tree.body or tree.root
    doc = Document(id=doc_id, blocks=[], fmt="html")
    if body is None:
        doc.stats["extractor"] = "none"
        return doc
    page_chars = _p_chars(body)
    # a gallery page: its figcaptions hold the story, they are not captions of it
    fig_chars = sum(len(n.text(separator=" ")) for n in body.css("figcaption"))
    w = walk(body, page_chars, fig_chars >= S.GALLERY_CAPTION_SHARE * page_chars)
    for node in w.record_nodes:  # hidden elements stay: scripts often reveal the article from them
        node.decompose()
    if S.UNWRAP_FOR_EXTRACTOR:  # fewer elements for trafilatura's Python-side pruning
        tree.unwrap_tags(list(S.UNWRAP_FOR_EXTRACTOR))
    blocks: list[Block] = []
    if info["title"]:
        blocks.append(Block(line=None, text=info["title"], kind="title", where="title"))
        doc.title = info["title"]

    captions: list[str] = []  # figcaptions and image alt texts, in page order
    for what, i in w.order:
        if what == "record" and w.records[i]["reason"] == "caption" and w.records[i]["parts"]:
            captions.append(" ".join(w.records[i]["parts"]))
        elif what == "alt":
            alt = w.alts[i]
            if len(alt.split()) >= S.ALT_MIN_WORDS and not _FILE_NAME.match(alt) \
                    and alt.lower() not in S.ALT_PLACEHOLDERS:
                captions.append(alt)

    free = [p for p in w.pieces if p.record is None]  # visible text the pre-pass kept
    free_chars = sum(len(p.text) for p in free)
    page = tree.html or ""
    mode = "full"
    if len(page) > S.MAX_EXTRACT_CHARS:  # trafilatura is slow and superlinear on huge pages
        mode, extracted, mapped, out_chars = "skipped", None, [], 0
    elif S.FULL_MODE_BELOW is not None:  # fast mode first, full mode when it kept too little
        extracted = _extract(page, fast=True)
        mapped = map_body(extracted) if extracted is not None else []
        out_chars = sum(len(t) for _, t, _ in mapped)
        if out_chars >= S.FULL_MODE_BELOW * free_chars:
            mode = "fast"
    if mode == "full":  # always, or fast mode kept too little
        extracted = _extract(page)
        mapped = map_body(extracted) if extracted is not None else []
        out_chars = sum(len(t) for _, t, _ in mapped)
    doc.stats["trafilatura_mode"] = mode
    if mode == "skipped" or (out_chars < S.FALLBACK_MIN_CHARS
                             and free_chars >= S.FALLBACK_FACTOR * max(out_chars, 1)):
        doc.stats["extractor"] = "rendered"
        for p in free:
            blocks.append(Block(line=None, text=p.text, kind="item" if p.item else "paragraph", where=p.where))
        kept_keys = None
    else:
        doc.stats["extractor"] = "trafilatura"
        where_by_key: dict[str, str] = {}
        for p in reversed(free):  # the first piece with a text names it
            where_by_key[_key(p.text)] = p.where
        title_key = fold(doc.title) if doc.title else None
        for kind, text, name in mapped:
            b = Block(line=None, text=text, kind=kind, where=where_by_key.get(_key(text), name))
            if title_key and fold(text) == title_key:
                b.remove("duplicate", "html")  # the headline printed again in the body
            blocks.append(b)
        kept_keys = Coverage([t for _, t, _ in mapped] + ([doc.title] if doc.title else []))

    extra: list[dict[str, Any]] = []
    for what, i in w.order:
        if what == "record":
            rec = w.records[i]
            if rec["parts"]:
                extra.append({"line": None, "reason": rec["reason"], "text": " ".join(rec["parts"]),
                              "where": rec["where"]})
        elif what == "piece" and kept_keys is not None:
            p = w.pieces[i]
            if p.record is None and not kept_keys.covers(p.text):
                extra.append({"line": None, "reason": p.hint or shape_reason(p), "text": p.text,
                              "where": p.where})
    doc.blocks = blocks
    doc.extra_removed = extra
    doc.extra_captions = captions
    doc.meta["html"] = info
    doc.stats["removed_prepass"] = sum(1 for r in w.records if r["parts"])
    return doc
