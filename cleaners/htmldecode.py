"""Bytes -> str for HTML dumps; never raises on a wrong or missing declaration.

Order (first that works wins):

1. a byte order mark (UTF-8, UTF-16 LE/BE);
2. strict UTF-8 — a page that decodes as UTF-8 is UTF-8, whatever its ``<meta>``
   says (a legacy-encoded page with non-ASCII bytes almost never is valid UTF-8,
   while "UTF-8 bytes declared latin-1" is a common server mistake);
3. the declared charset: ``<meta charset>``, ``<meta http-equiv="Content-Type">``
   or an XML declaration in the first 4 KB, mapped the WHATWG way (latin-1/ASCII
   are read as windows-1252, GB2312 as GB18030, ...), decoded strictly;
4. charset-normalizer's best guess;
5. windows-1252 with replacement characters (cannot fail).

UTF-16 without a BOM (every other byte NUL) is recognised; stray NUL bytes in an
8-bit page are dropped.
"""
from __future__ import annotations

import codecs
import re

_DECL = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""", re.I)
PRESCAN_BYTES = 4096

# WHATWG Encoding Standard labels whose decoder is a superset of the declared one.
WHATWG = {
    "iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "l1": "cp1252",
    "ascii": "cp1252", "us-ascii": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949", "big5": "big5hkscs", "utf8": "utf-8", "unicode": "utf-16-le",
}


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its first 4 KB (a codec name Python knows), or None."""
    head = data[:PRESCAN_BYTES]
    m = _XML_DECL.match(head) or _DECL.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").strip().lower()
    label = WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None  # an unknown label is no declaration


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode an HTML dump; returns (text, encoding name). Never raises."""
    for mark, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                        (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(mark):
            return data[len(mark):].decode(codec, errors="replace"), codec
    if b"\x00" in data:
        wide = _utf16_without_bom(data)
        if wide:
            return data.decode(wide, errors="replace"), wide
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()  # a prefix: big pages stay fast
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace"), best.encoding
    except (LookupError, ValueError):
        pass
    return data.decode("cp1252", errors="replace"), "cp1252"
