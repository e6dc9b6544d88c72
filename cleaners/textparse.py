"""Bytes in, blocks out: decoding and text-dump parsing.

* decoding: BOM (UTF-8, UTF-16), strict UTF-8, then charset-normalizer's best
  guess; NUL bytes in a non-UTF-16 input mean binary and give an
  :class:`InputError`;
* line ends: CRLF and CR become LF;
* one block per non-blank line; bullets (``•``, ``*``, ``-``, ``·`` and
  numbered lists) become list items;
* dumps hard-wrapped at a fixed width are rejoined into paragraphs.
"""
from __future__ import annotations

import codecs
import math
import re

from . import settings
from .model import Block
from .text import ends_sentence, normalize_inline


class InputError(ValueError):
    """The input cannot become an article; the message says why, for the error record."""


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_BULLET_GLYPHS = "•*·-▪◦●■‣⁃"
_NUMBER = re.compile(r"(?P<num>\d{1,3}[.)])\s+(?=\S)")


FALLBACK_CHAOS_MARGIN = 0.1  # how much more "chaos" windows-1252 may show than the best guess


def _cp1252_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as windows-1252 (else latin-1)."""
    bad = err.object[err.start:err.end]
    return "".join(bytes([c]).decode("cp1252", errors="ignore") or chr(c) for c in bad), err.end


codecs.register_error("pagewash-cp1252", _cp1252_bytes)


def _decode_mixed_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray single-byte characters (a latin-1 byte pasted into a UTF-8 page).

    Guessing one code page for the whole dump turned every correct UTF-8 character into
    mojibake; when the valid non-ASCII UTF-8 characters outnumber the invalid bytes, the
    dump is UTF-8 and only the invalid bytes are read as windows-1252.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")
    if valid_non_ascii <= invalid:
        return None
    return data.decode("utf-8", errors="pagewash-cp1252")


def decode(data: bytes) -> tuple[str, str]:
    """Decode a dump; returns (text, encoding name)."""
    if data.startswith(codecs.BOM_UTF8):
        data, bom = data[3:], True
    else:
        bom = False
    for mark, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if not bom and data.startswith(mark):
            try:
                return data[len(mark):].decode(codec), codec
            except UnicodeDecodeError as e:
                raise InputError(f"invalid {codec} after a UTF-16 byte order mark (byte {e.start})") from None
    if b"\x00" in data:
        raise InputError("binary input: contains NUL bytes (not a text or HTML dump)")
    try:
        return data.decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError as e:
        first_error = e.start
    mixed = _decode_mixed_utf8(data)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    from charset_normalizer import from_bytes  # imported only for the rare non-UTF-8 input

    results = from_bytes(data)
    best = results.best()
    # charset-normalizer often ties Western single-byte code pages (short latin-1 text came
    # out as cp1006 or cp1250 mojibake); like browsers, prefer windows-1252 when it is plausible
    if best is not None and any("cp1252" in m.could_be_from_charset
                                and m.chaos <= best.chaos + FALLBACK_CHAOS_MARGIN for m in results):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if best is None or best.encoding is None:
        raise InputError(f"not valid UTF-8 (first bad byte at offset {first_error}) and no other encoding fits")
    return str(best), best.encoding


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def split_lines(text: str) -> list[str]:
    if "\r" not in text:  # (most dumps: no copy of the text for nothing to replace)
        return text.split("\n")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _strip_marker(body: str, numbered_ok: bool) -> tuple[str, str]:
    """(marker, rest) of a line's body: a bullet glyph followed by white space or the end, or, when
    ``numbered_ok``, a number ("1.", "2)") followed by white space; else ("", body)."""
    first = body[:1]
    if first and first in _BULLET_GLYPHS and (len(body) == 1 or body[1].isspace()):
        return first, body[1:].lstrip()
    if numbered_ok:
        m = _NUMBER.match(body)
        if m:
            return m.group("num"), body[m.end():]
    return "", body


def _is_numbered(line: str) -> bool:
    body = line.lstrip()
    return body[:1].isdigit() and bool(_NUMBER.match(body))  # (\d is a subset of isdigit)


def is_hard_wrapped(lines: list[str]) -> bool:
    """Most long lines end near one width and do not end a sentence (``_wrapped_shape``).

    A line wider than any wrap width answers before the lengths of all lines are needed: both
    of ``_wrapped_shape``'s early answers are False then. Most dumps have one."""
    if len(max(lines, key=len, default="").rstrip()) > settings.WRAP_MAX_WIDTH:
        return False
    return _wrapped_shape(lines)


def _wrapped_shape(lines: list[str]) -> bool:
    lengths = [n for n in map(len, map(str.rstrip, lines)) if n]  # non-blank lines
    if len(lengths) < settings.WRAP_MIN_LINES:
        return False
    width = max(lengths)
    if width > settings.WRAP_MAX_WIDTH:
        return False
    near = [ln.rstrip() for ln in lines if ln.strip() and len(ln.rstrip()) >= settings.WRAP_NEAR_FRACTION * width]
    if len(near) < settings.WRAP_MIN_SHARE * len(lengths):
        return False
    ended = sum(1 for ln in near if ends_sentence(ln))
    return ended <= settings.WRAP_MAX_ENDED_SHARE * len(near)


def _fits(prev: str, body: str, width: int) -> bool:
    """The wrapper would have put the first word of ``body`` on ``prev``: a new paragraph."""
    first = body.split(None, 1)[0] if body.strip() else ""
    return len(prev.rstrip()) + 1 + len(first) <= width


def local_wraps(lines: list[str], seeds: list[int]) -> set[int]:
    """The lines that go on a paragraph hard-wrapped in a dump that is not wrapped as a whole (a blog
    post wrapped at 70 characters between a page's menus): in a run of at least WRAP_LOCAL_MIN_LINES
    non-blank lines, most of them (WRAP_MIN_SHARE) near the run's width, the lines (no list item) under
    a line near the width, of WRAP_LOCAL_MIN_WORDS words at least (not a link), whose first word would
    not have fitted on it, when there are at least WRAP_LOCAL_MIN_LINES - 1 of them and at least
    WRAP_LOCAL_LOWER_SHARE of them go on in lower case (a table's rows and a menu start capitalised).

    Only the runs holding a seed are looked at: a line starting in lower case under a non-blank line
    that can be near a width (``_blocks`` finds them as it goes; most dumps have none)."""
    found: set[int] = set()
    done = 0  # the lines before it are judged
    for k in seeds:
        if k < done:
            continue
        start = k - 1
        while start > 0 and lines[start - 1].strip():
            start -= 1
        end = k + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        done = end
        if end - start < settings.WRAP_LOCAL_MIN_LINES:
            continue
        lengths = [len(ln.rstrip()) for ln in lines[start:end]]
        width = max(lengths)
        if not settings.WRAP_LOCAL_MIN_WIDTH <= width <= settings.WRAP_MAX_WIDTH:
            continue
        near = [i for i in range(start, end) if lengths[i - start] >= settings.WRAP_NEAR_FRACTION * width]
        if len(near) < settings.WRAP_MIN_SHARE * (end - start):
            continue  # most lines of a wrapped run are near its width (a list's long and short lines alternate)
        goes_on = [i + 1 for i in near if i + 1 < end and len(lines[i].split()) >= settings.WRAP_LOCAL_MIN_WORDS
                   and not _line_marker(lines, i + 1, lines[i + 1].lstrip())[0] and not _fits(lines[i], lines[i + 1].lstrip(), width)]
        lower = sum(1 for i in goes_on if lines[i].lstrip()[:1].islower())
        if len(goes_on) >= settings.WRAP_LOCAL_MIN_LINES - 1 and lower >= settings.WRAP_LOCAL_LOWER_SHARE * len(goes_on):
            found.update(goes_on)
    return found


# a line under one at least this long can go on a locally wrapped paragraph
_LOCAL_NEAR_MIN = math.ceil(settings.WRAP_NEAR_FRACTION * settings.WRAP_LOCAL_MIN_WIDTH)


def _line_marker(lines: list[str], n: int, body: str) -> tuple[str, str]:
    """(marker, rest) of line ``n`` (``body``: the line without its leading white space), as the parser
    reads it: a bullet glyph, or a number when a neighbouring line is numbered too (a numbered line is
    a list item only inside a run of numbered lines; the neighbours asked only of a numbered line)."""
    first = body[:1]
    if not first or not (first in _BULLET_GLYPHS or first.isdigit()):
        return "", body
    near_numbered = first.isdigit() and _NUMBER.match(body) is not None and (
        (n > 0 and _is_numbered(lines[n - 1])) or (n < len(lines) - 1 and _is_numbered(lines[n + 1])))
    return _strip_marker(body, near_numbered)


def parse_text(text: str) -> list[Block]:
    """Split a decoded text dump into blocks (one per line, or per wrapped paragraph)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = split_lines(text)
    wrapped = is_hard_wrapped(lines)
    width = max(map(len, map(str.rstrip, lines))) if wrapped else 0  # used for wrapped dumps only
    blocks, seeds = _blocks(lines, wrapped, width, frozenset())
    if seeds and not wrapped:
        local = local_wraps(lines, seeds)
        if local:  # (a page with a locally wrapped paragraph: parsed again, its lines joined)
            blocks, _ = _blocks(lines, wrapped, width, local)
    return blocks


def _blocks(lines: list[str], wrapped: bool, width: int, local: frozenset[int] | set[int]) -> tuple[list[Block], list[int]]:
    """The blocks of a dump's lines, and the seeds of ``local_wraps``: the lines that start in lower case
    under a non-blank line of at least _LOCAL_NEAR_MIN characters. ``local`` holds the lines that go on the
    block above them (locally wrapped paragraphs)."""
    seeds: list[int] = []
    blocks: list[Block] = []
    append = blocks.append
    prev = None  # the last block
    blank_before = True
    for n, raw in enumerate(lines):
        body = raw.lstrip()
        if not body:
            blank_before = True
            continue
        first = body[0]
        marker, rest = _line_marker(lines, n, body) if first in _BULLET_GLYPHS or first.isdigit() else ("", body)
        # normalize_inline(rest), its ASCII case inline (rest never starts with white space)
        if not rest.isascii():
            content = normalize_inline(rest)
        elif rest.isprintable() and "  " not in rest and rest[-1:] != " ":
            content = rest
        else:
            content = " ".join(rest.split())
        if not content and not marker:  # only invisible characters: a blank line
            blank_before = True
            continue
        if not blank_before and first.islower() and len(lines[n - 1]) >= _LOCAL_NEAR_MIN:
            seeds.append(n)
        if (wrapped and prev is not None and not blank_before and prev.end_line == n
                and (not marker or not content) and not _fits(lines[n - 1], body, width)) or (
                n in local and prev is not None and not blank_before and prev.end_line == n and not marker):
            # continuation of a wrapped paragraph or item ('*' alone: a wrapped "marked *")
            prev.text = f"{prev.text} {content or marker}".strip()
            prev.end_line = n + 1
            continue
        # (positional: line, text, kind, end_line, indent, bullet, blank_before; keywords cost more)
        prev = Block(n + 1, content, "item" if marker else "paragraph", n + 1, len(raw) - len(body), marker,
                     blank_before)
        append(prev)
        blank_before = False
    return blocks, seeds
