"""The HTML path: goldens, the audit, decoding, broken and hostile pages, the fallback."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from cleaners import html as H
from cleaners.cli import clean_one
from cleaners.htmldecode import decode_html, declared_charset
from cleaners.io import discover, fmt_of
from cleaners.model import REASONS
from cleaners.pipeline import clean_bytes, parse
from cleaners.textparse import InputError

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "seeds_html").glob("*.html"))
GOLDEN = ROOT / "golden"

ART = "".join(
    f"<p>Paragraph {i} of the article explains in plain words why the harbour ferry matters "
    f"to the three villages across the estuary and what the vote will change.</p>" for i in range(8))


def page(body: str, head: str = "<title>Harbour ferry saved by vote</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def clean(html: str | bytes, did: str = "t"):
    data = html.encode("utf-8") if isinstance(html, str) else html
    return clean_bytes(data, did, fmt="html")


# --- goldens ---------------------------------------------------------------------------------

def test_three_html_goldens_exist():
    assert len(PAGES) >= 3


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_html_golden(path: Path):
    art = clean(path.read_bytes(), path.stem)
    assert art.text == (GOLDEN / f"{path.stem}.md").read_text(encoding="utf-8")
    want = json.loads((GOLDEN / f"{path.stem}.json").read_text(encoding="utf-8"))
    for key, value in want.items():
        assert art.meta[key] == value, key


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_every_visible_text_is_kept_or_recorded(path: Path):
    """The audit: each visible block of the page is in the article, a removed record or captions."""
    from selectolax.lexbor import LexborHTMLParser

    art = clean(path.read_bytes(), path.stem)
    tree = LexborHTMLParser(decode_html(path.read_bytes())[0])
    tree.strip_tags(["script", "style", "noscript", "head", "input", "textarea", "select"])
    w = H.walk(tree.body, 0)
    accounted = re.sub(r"\s+", "", " ".join(
        [art.text] + [r["text"] for r in art.meta["removed"]] + art.meta["captions"]))
    missing = [p.text for p in w.pieces if re.sub(r"\s+", "", p.text) not in accounted]
    assert missing == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_records_name_elements_and_use_the_vocabulary(path: Path):
    art = clean(path.read_bytes(), path.stem)
    assert art.meta["removed"]
    for r in art.meta["removed"]:
        assert r["reason"] in REASONS
        assert r["line"] is None  # lexbor keeps no source positions
        assert r["where"] and re.match(r"^[a-z][a-z0-9]*([#.][^\s]+)*$", r["where"]), r


def test_golden_page_furniture_and_metadata():
    art = clean((ROOT / "seeds_html" / "html_001_harbour.html").read_bytes(), "h")
    reasons = {r["where"]: r["reason"] for r in art.meta["removed"]}
    assert reasons["div.share-buttons"] == "share-widget"
    assert reasons["section.related-posts"] == "related-links"
    assert reasons["div#comments.comments-area"] == "comment-form"
    assert reasons["div.ad-slot.ad-container"] == "widget"
    assert "Related Posts" not in art.text and "Leave a Reply" not in art.text
    meta = art.meta["page"]["html"]
    assert meta["published"] == "2025-03-14T09:30:00+00:00"
    assert meta["author"] == "Maggie Trelawny"
    assert meta["canonical_url"].endswith("/harbour-ferry-vote")
    assert meta["lang"] == "en-GB"
    # an ad image's alt text and the site logo are not captions
    assert all("Trago" not in c and "logo" not in c for c in art.meta["captions"])


# --- decoding ---------------------------------------------------------------------------------

def test_meta_charset_is_used_for_legacy_bytes():
    html = page(f"<article><h1>Caf\u00e9 cr\u00e8me</h1>{ART}<p>\u201eZitat\u201c \u2013 sagt M\u00fcller.</p></article>",
                head='<meta charset="windows-1252"><title>Caf\u00e9</title>')
    text, enc = decode_html(html.encode("cp1252"))
    assert enc == "cp1252" and "\u201eZitat\u201c \u2013 sagt M\u00fcller." in text


def test_wrong_declaration_utf8_bytes_declared_latin1():
    html = page(f"<article>{ART}<p>Gr\u00fc\u00dfe aus M\u00fcnchen, sagte die \u00c4rztin.</p></article>",
                head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    art = clean(html.encode("utf-8"))
    assert "Gr\u00fc\u00dfe aus M\u00fcnchen, sagte die \u00c4rztin." in art.text


def test_wrong_declaration_latin1_bytes_declared_utf8_does_not_crash():
    html = page(f"<article>{ART}<p>Cr\u00e8me br\u00fbl\u00e9e et caf\u00e9 au lait, d\u00e9j\u00e0 vu.</p></article>",
                head='<meta charset="utf-8">')
    art = clean(html.encode("latin-1"))
    assert "Paragraph 7 of the article" in art.text
    assert "br\u00fbl\u00e9e" in art.text  # the detector finds the real encoding


def test_unknown_charset_label_and_utf16_bom():
    assert declared_charset(b'<meta charset="x-no-such-thing">') is None
    html = page(f"<article>{ART}</article>")
    text, enc = decode_html(b"\xff\xfe" + html.encode("utf-16-le"))
    assert enc == "utf-16-le" and "Paragraph 7" in text
    assert "Paragraph 7" in clean(b"\xff\xfe" + html.encode("utf-16-le")).text


def test_txt_file_that_is_html_takes_the_html_path(tmp_path: Path):
    f = tmp_path / "page.txt"
    f.write_bytes(page(f"<article>{ART}</article>").encode())
    assert fmt_of(f) is None
    status, art = clean_one(f, {})
    assert status == "ok" and art.meta["stats"]["format"] == "html"
    assert "<p>" not in art.text and "Paragraph 3 of the article" in art.text


def test_html_suffixes_are_discovered_as_html(tmp_path: Path):
    for name in ("a.html", "b.htm", "c.html.gz"):
        data = page(f"<article>{ART}</article>").encode()
        (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    found = discover([tmp_path])
    assert [f.name for f in found] == ["a.html", "b.htm", "c.html.gz"]
    assert all(fmt_of(f) == "html" for f in found)
    assert all(clean_one(f, {})[0] == "ok" for f in found)


# --- broken and hostile pages ----------------------------------------------------------------

def test_unclosed_tags():
    html = "<html><body><div><article><h1>Harbour ferry saved<p>" + ART.replace("</p>", "") + "<ul><li>one<li>two"
    art = clean(html)
    assert "Paragraph 0 of the article" in art.text and "Paragraph 7 of the article" in art.text


def test_ten_thousand_nested_elements():
    html = page("<div>" * 10_000 + "<h1>Deep</h1>" + ART + "</div>" * 10_000)
    art = clean(html)
    assert all(f"Paragraph {i} of the article" in art.text for i in range(8))


def test_fifty_megabyte_page():
    filler = "<div class='c'><p>Lorem ipsum dolor sit amet consectetur.</p></div>\n" * 700_000
    html = page(f"<article><h1>Harbour ferry saved by vote</h1>{ART}</article>{filler}")
    assert len(html) > 45_000_000
    art = clean(html)
    assert "Paragraph 7 of the article" in art.text
    assert art.meta["stats"]["trafilatura_mode"] == "skipped"


def test_page_of_only_scripts_is_an_error_record(tmp_path: Path):
    f = tmp_path / "scripts.html"
    f.write_text("<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script>"
                 "<style>p{color:red}</style></body></html>")
    status, rec = clean_one(f, {})
    assert status == "error" and "no text" in rec["error"]


def test_binaryish_and_empty_inputs_give_errors_not_crashes():
    with pytest.raises(InputError):
        clean(b"")
    with pytest.raises(InputError):
        clean(b"<html><body>   </body></html>")


# --- extraction, mapping, fallback ------------------------------------------------------------

def test_structure_is_mapped_to_blocks():
    html = page("<article><h1>Harbour ferry saved by vote</h1>" + ART[:400] +
                "<h2>What the levy pays for</h2><ul><li>a new engine for the ferry</li>"
                "<li>a second crew member in winter</li></ul>" + ART[400:] + "</article>")
    doc = parse(html.encode(), "t", fmt="html")
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["What the levy pays for"] == "heading"
    assert kinds["a new engine for the ferry"] == "item"
    assert doc.blocks[0].kind == "title" and doc.title == "Harbour ferry saved by vote"
    art = clean(html)
    assert "## What the levy pays for\n\n" in art.text
    assert "- a new engine for the ferry\n- a second crew member in winter" in art.text
    assert art.text.count("Harbour ferry saved by vote") == 1  # the h1 copy is a duplicate


def test_fallback_when_trafilatura_finds_nothing(monkeypatch):
    monkeypatch.setattr(H, "_extract", lambda html, fast=False: None)
    art = clean(page(f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div>{ART}</div>"))
    assert art.meta["stats"]["extractor"] == "rendered"
    assert "Paragraph 5 of the article" in art.text


def test_protected_article_container_is_not_removed():
    # a content box whose class contains a furniture word ("share") still holds the article
    html = page(f"<div class='entry-content no-share'>{ART}</div><div class='share'><a>Tweet</a></div>")
    art = clean(html)
    assert "Paragraph 4 of the article" in art.text
    assert any(r["where"] == "div.share" and r["reason"] == "share-widget" for r in art.meta["removed"])


def test_output_does_not_depend_on_order():
    a = page(f"<article>{ART}</article>")
    b = page(f"<article><h1>Other</h1>{ART}<p>An extra closing paragraph for the second page only.</p></article>")
    first = clean(a, "a")
    clean(b, "b")
    again = clean(a, "a")
    assert first.text == again.text and first.meta == again.meta
