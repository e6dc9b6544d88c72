"""Text-dump parsing: decoding, line ends, bullets, normalisation, wrapped dumps."""
from __future__ import annotations

import codecs
import textwrap
import unicodedata

import pytest

from conftest import SEED_FILES, assert_nothing_lost, md_blocks
from cleaners.pipeline import clean_bytes, parse
from cleaners.textparse import InputError, decode, is_hard_wrapped, parse_text, split_lines

# the opening of seed 000, as the scraper saved it
SNIPPET = (
    "Trump’s Peace Push: Can a Summit with Putin and Zelensky End the Russia-Ukraine War?\n"
    "\n"
    "Executive Summary\n"
    "\n"
    "  • President Trump has initiated a new diplomatic push to end the Russia-Ukraine war.\n"
    "  • Key unresolved issues include agreements on land swaps and security guarantees.\n"
    "  • The Story So Far\n"
)


def texts(blocks):
    return [(b.kind, b.text) for b in blocks]


def test_blank_lines_or_not_give_the_same_blocks():
    with_blanks = parse_text(SNIPPET)
    without = parse_text(SNIPPET.replace("\n\n", "\n"))
    assert texts(with_blanks) == texts(without)
    assert [b.blank_before for b in with_blanks] == [True, True, True, False, False]
    assert [b.blank_before for b in without] == [True, False, False, False, False]
    assert [b.line for b in with_blanks] == [1, 3, 5, 6, 7]
    assert [b.line for b in without] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("glyph", ["•", "*", "-", "·"])
def test_bullet_glyphs_become_items(glyph):
    dump = SNIPPET.replace("•", glyph)
    blocks = parse_text(dump)
    assert texts(blocks)[2:] == [
        ("item", "President Trump has initiated a new diplomatic push to end the Russia-Ukraine war."),
        ("item", "Key unresolved issues include agreements on land swaps and security guarantees."),
        ("item", "The Story So Far"),
    ]
    assert {b.bullet for b in blocks[2:]} == {glyph}
    assert {b.indent for b in blocks[2:]} == {2}


def test_numbered_list_in_a_run_is_a_list_but_a_lone_number_is_not():
    dump = ("Steps to apply:\n"
            "1. Fill in the form.\n"
            "2. Send it by post.\n"
            "3) Wait for the answer.\n"
            "\n"
            "1. Juli 2024 war ein heißer Tag in Berlin.\n"
            "2024 was a record year.\n")
    got = texts(parse_text(dump))
    assert got == [
        ("paragraph", "Steps to apply:"),
        ("item", "Fill in the form."),
        ("item", "Send it by post."),
        ("item", "Wait for the answer."),
        ("paragraph", "1. Juli 2024 war ein heißer Tag in Berlin."),
        ("paragraph", "2024 was a record year."),
    ]
    md = clean_bytes(dump.encode(), "n").text
    assert "- Fill in the form.\n- Send it by post.\n- Wait for the answer." in md


def test_hyphen_inside_text_is_not_a_bullet():
    blocks = parse_text("-5 degrees tonight in Oslo, the coldest night this year.\n--- \nWell-known facts.\n")
    assert texts(blocks)[0] == ("paragraph", "-5 degrees tonight in Oslo, the coldest night this year.")
    assert texts(blocks)[2] == ("paragraph", "Well-known facts.")


def test_indentation_is_kept_as_data_not_text():
    blocks = parse_text("Title\n\n    Indented body text of the article.\n\tTabbed line.\n")
    assert [(b.indent, b.text) for b in blocks] == [(0, "Title"), (4, "Indented body text of the article."),
                                                   (1, "Tabbed line.")]


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\n"])
def test_line_ends(eol):
    dump = SNIPPET.replace("\n", eol)
    assert split_lines(dump) == SNIPPET.split("\n")
    blocks = parse_text(dump)
    assert texts(blocks) == texts(parse_text(SNIPPET))
    assert [b.line for b in blocks] == [1, 3, 5, 6, 7]
    assert not any("\r" in b.text for b in blocks)


def test_mixed_line_ends_count_lines_like_the_policy():
    blocks = parse_text("a line\r\nb line\rc line\n\r\nd line")
    assert [(b.line, b.text) for b in blocks] == [(1, "a line"), (2, "b line"), (3, "c line"), (5, "d line")]


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks(bom, codec):
    data = bom + SNIPPET.encode(codec)
    text, enc = decode(data)
    assert not text.startswith("\ufeff")
    doc = parse(data, "b")
    assert texts(doc.blocks) == texts(parse_text(SNIPPET))
    assert doc.blocks[0].text.startswith("Trump’s")
    assert doc.stats["encoding"] in ("utf-8-sig", codec)


def test_nfc_and_white_space_folding():
    decomposed = unicodedata.normalize("NFD", "Zelenskyy visitó Kyiv, la capitale d’Ukraine, à l’été.")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    blocks = parse_text(f"  {decomposed}  \t with   runs\u00a0of   space \n")
    assert blocks[0].text == "Zelenskyy visitó Kyiv, la capitale d’Ukraine, à l’été. with runs of space"
    assert unicodedata.is_normalized("NFC", blocks[0].text)


def test_soft_hyphens_and_zero_width_characters_removed():
    raw = ("Secu\u00adrity guaran\u00adtees for Ukr\u200baine were dis\u200ccussed in Wash\u200dington "
           "on Mon\u2060day\ufeff.")
    blocks = parse_text(raw + "\n")
    assert blocks[0].text == "Security guarantees for Ukraine were discussed in Washington on Monday."
    # quotes, dashes and typos stay as published
    kept = "“We’re setting the stage” — diplomacyprevail"
    assert parse_text(kept)[0].text == kept


def test_line_of_invisible_characters_is_blank():
    blocks = parse_text("First paragraph here.\n\u200b\u00ad\n\ufeff\nSecond paragraph here.\n")
    assert [(b.line, b.blank_before) for b in blocks] == [(1, True), (4, True)]


def test_empty_bullet_icon_line_is_recorded_as_removed():
    dump = ("How the Summit Could Unfold\n\n"
            "  • \n"
            "  •\n"
            "President Trump has expressed cautious optimism about reaching a deal within about two weeks, "
            "officials said on Monday.\n")
    art = clean_bytes(dump.encode(), "icon")
    assert art.text == ("# How the Summit Could Unfold\n\nPresident Trump has expressed cautious optimism about "
                        "reaching a deal within about two weeks, officials said on Monday.\n")
    assert [(r["line"], r["text"]) for r in art.meta["removed"]] == [(3, ""), (4, "")]
    assert {r["reason"] for r in art.meta["removed"]} == {"widget"}
    assert_nothing_lost(dump.encode(), art.text, art.meta)


def _wrap(dump: str, width: int = 72) -> str:
    """Hard-wrap a dump like a text-mode browser: items keep a hanging indent."""
    out = []
    for line in dump.split("\n"):
        if not line.strip():
            out.append("")
            continue
        body = line.lstrip()
        indent = line[: len(line) - len(body)]
        hang = indent + ("  " if body[:1] in "•*-·" else "")
        out += textwrap.wrap(body, width, initial_indent=indent, subsequent_indent=hang,
                             break_on_hyphens=False, break_long_words=False)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("seed", [f for f in SEED_FILES if not f.name.startswith("002")],
                         ids=lambda f: f.stem)
def test_wrapped_dump_is_rejoined(seed):
    dump = seed.read_text(encoding="utf-8")
    wrapped = _wrap(dump)
    assert len(wrapped.split("\n")) > 1.5 * len(dump.split("\n"))
    assert is_hard_wrapped(split_lines(wrapped)) and not is_hard_wrapped(split_lines(dump))
    assert texts(parse_text(wrapped)) == texts(parse_text(dump))
    # the whole pipeline gives the seed's canonical text, and every line is accounted for
    art, ref = clean_bytes(wrapped.encode(), "w"), clean_bytes(dump.encode(), "w")
    assert art.text == ref.text
    assert [(r["reason"], r["text"]) for r in art.meta["removed"]] == \
        [(r["reason"], r["text"]) for r in ref.meta["removed"]]
    assert_nothing_lost(wrapped.encode(), art.text, art.meta)


def test_wrapped_dump_without_blank_lines_keeps_paragraphs_apart():
    # seed 002 has no blank lines: a paragraph ends where the next word would have fitted
    dump = next(f for f in SEED_FILES if f.name.startswith("002")).read_text(encoding="utf-8")
    paras = [ln for ln in dump.split("\n") if len(ln) > 150][:4]
    wrapped = _wrap("\n".join(paras))
    assert "\n\n" not in wrapped.strip()
    assert [b.text for b in parse_text(wrapped)] == paras


def test_wrapped_long_item_continues_the_item():
    items = ["  • Humanitarian concerns, specifically the abduction of over 19,000 Ukrainian children, are a "
             "significant part of the discussions.",
             "  • Key unresolved issues include agreements on land swaps, security guarantees for Ukraine and "
             "Russia’s rejection of NATO troops."]
    body = ("Diplomatic efforts continue as global leaders navigate complex negotiations surrounding the "
            "Russia-Ukraine war, addressing security guarantees, territorial disputes and humanitarian concerns "
            "amidst an ongoing conflict that has reshaped the European security architecture and triggered "
            "widespread global repercussions for trade, energy and food supplies.")
    more = [body.replace("war", w) for w in ("conflict", "crisis", "fighting")]
    wrapped = _wrap("\n\n".join(["Executive Summary", "\n".join(items), body, *more]))
    assert is_hard_wrapped(split_lines(wrapped))
    got = texts(parse_text(wrapped))
    assert got[1:3] == [("item", items[0].lstrip(" •")), ("item", items[1].lstrip(" •"))]
    assert got[3] == ("paragraph", body)


def test_unwrapped_short_lines_are_not_joined():
    dump = "\n".join(["Home", "News", "World", "Politics", "Business", "Sport", "Weather", "Contact",
                      "Trump and Putin to meet in Alaska."]) + "\n"
    assert len(parse_text(dump)) == 9


def test_no_text_is_an_input_error():
    for data in (b"", b"   \n\t\r\n", "\ufeff\u200b\n".encode()):
        with pytest.raises(InputError):
            parse(data, "e")
