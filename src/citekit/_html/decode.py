"""Bytes of a page to text, by the charset the page declares, as browsers read it.

The order is the one browsers follow (WHATWG Encoding, "determine the
character encoding"): a byte-order mark first, then a ``<meta charset>`` or
``<meta http-equiv="Content-Type" content="…; charset=…">`` near the top of
the page (or an XML declaration), then a fallback. A label counts only if the
standard's table has it (``_lexicon/encodings.py``): "iso-8859-1" and
"ascii" mean windows-1252, a meta tag that claims UTF-16 means UTF-8 (a page
that could say so in ASCII is not UTF-16), x-user-defined means
windows-1252, and a label the table does not have ("undefined", "idna",
"unicode_escape", "hex") is passed over as a browser passes it over, so no
Python codec ever sees a page's label.

Without a declaration the page is UTF-8 unless its bytes beyond ASCII never
read as UTF-8: then it is windows-1252, the standard's fallback for pages of
the West (an old Latin-1 page that leaves its charset to the HTTP header).
Bytes that do not fit the encoding are replaced with U+FFFD; nothing here
ever raises.
"""

from __future__ import annotations

import codecs

import regex

from .._lexicon.encodings import CODECS, LABELS
from .._text.patterns import lazy_pattern

__all__ = ["declared_encoding", "decode_as", "decode_html"]

# The byte-order marks, longest first: UTF-32's starts like UTF-16's.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# How far into the page a declaration is looked for. The standard says 1024
# bytes; real pages put long <head> scripts first, so this reads further.
_PRESCAN = 16384

# <meta charset="windows-1252">, <meta http-equiv="Content-Type" content="text/html;
# charset=ISO-8859-1">, and the XML declaration <?xml version="1.0" encoding="utf-8"?>.
_DECLARED = lazy_pattern(
    rb"""
    <meta [^>]{0,500}? charset \s*=\s* ["']? \s* (?P<meta> [A-Za-z0-9._:-]{1,40}+ )
    | \A \s* <\?xml [^>]{0,200}? encoding \s*=\s* ["'] (?P<xml> [A-Za-z0-9._:-]{1,40}+ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# What a declaration in the page's own ASCII bytes cannot mean (HTML, "prescan").
_IN_MARKUP = {"UTF-16BE": "UTF-8", "UTF-16LE": "UTF-8", "x-user-defined": "windows-1252"}

# A character that UTF-8 decoding made of bytes beyond ASCII (U+FFFD aside).
_DECODED_BEYOND_ASCII = lazy_pattern(r"[^\x00-\x7f\ufffd]")

# windows-1252 as the standard has it: Latin-1, with the printable characters
# of Python's cp1252 at 0x80-0x9F; its five holes (0x81, 0x8D, 0x8F, 0x90,
# 0x9D) stay the C1 controls of Latin-1, where Python's codec has no character.
_WINDOWS_1252 = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if bytes([byte]).decode("cp1252", errors="replace") != "\ufffd"
}


def decode_html(data: bytes) -> str:
    """The text of an HTML page given as bytes; never raises."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = declared_encoding(data[:_PRESCAN])
    if declared is not None:
        return decode_as(data, declared)
    text = data.decode("utf-8", errors="replace")
    if "\ufffd" not in text or b"\xef\xbf\xbd" in data or _DECODED_BEYOND_ASCII.search(text):
        return text
    return decode_as(data, "windows-1252")


def declared_encoding(head: bytes) -> str | None:
    """The WHATWG name of the first encoding that ``head`` declares with a known label."""
    for match in _DECLARED.finditer(head):
        label = (match["meta"] or match["xml"]).decode("ascii").lower()
        name = LABELS.get(label)
        if name is not None:
            return _IN_MARKUP.get(name, name)
    return None


def decode_as(data: bytes, encoding: str) -> str:
    """``data`` decoded as the WHATWG ``encoding`` (a name of ``ENCODINGS``), bad bytes replaced."""
    if encoding == "replacement":
        return "\ufffd" if data else ""
    if encoding == "windows-1252":
        return data.decode("latin-1").translate(_WINDOWS_1252)
    codec = CODECS.get(encoding) or "utf-8"
    try:
        return data.decode(codec, errors="replace")
    except (LookupError, UnicodeError):  # pragma: no cover - a codec missing from this Python
        return data.decode("latin-1").translate(_WINDOWS_1252)
