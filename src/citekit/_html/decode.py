"""Bytes of a page to text, by the charset the page declares.

The order is the one browsers follow (WHATWG Encoding, "determine the
character encoding"): a byte-order mark first, then a ``<meta charset>`` or
``<meta http-equiv="Content-Type" content="…; charset=…">`` near the top of
the page, then UTF-8. Labels are read as browsers read them: "iso-8859-1"
and "ascii" mean windows-1252, a meta tag that claims UTF-16 means UTF-8
(a page that could say so in ASCII is not UTF-16). Bytes that do not fit are
replaced, never an error.
"""

from __future__ import annotations

import codecs

import regex

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
_DECLARED = regex.compile(
    rb"""
    <meta [^>]{0,500}? charset \s*=\s* ["']? \s* (?P<meta> [A-Za-z0-9._:-]{1,40}+ )
    | \A \s* <\?xml [^>]{0,200}? encoding \s*=\s* ["'] (?P<xml> [A-Za-z0-9._:-]{1,40}+ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Labels that name another encoding than Python's codec of the same name.
_WHATWG_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "x-sjis": "shift_jis",
    "x-gbk": "gbk",
    "gb2312": "gbk",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
}


def decode_html(data: bytes) -> str:
    """The text of an HTML page given as bytes; never raises."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    return data.decode(declared_encoding(data[:_PRESCAN]) or "utf-8", errors="replace")


def declared_encoding(head: bytes) -> str | None:
    """The Python codec of the charset that ``head`` declares, or ``None``."""
    match = _DECLARED.search(head)
    if match is None:
        return None
    label = (match["meta"] or match["xml"]).decode("ascii").lower()
    label = _WHATWG_LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
        b"a".decode(name, "replace")  # "hex", "rot13" and "base64" are codecs, not text encodings
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name
