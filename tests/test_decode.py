"""Bytes of a page to text: WHATWG labels only, windows-1252 as the fallback, never an error."""

from __future__ import annotations

import encodings.aliases
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from citekit.__main__ import main
from citekit._html.decode import declared_encoding, decode_html
from citekit._lexicon.encodings import CODECS, ENCODINGS, LABELS

WORDS = "Café, naïve, façade: 50 €"


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><p>{body}</p></body></html>"


def text_of(data: bytes) -> str:
    return citekit.parse_html(data, extractor="markup").text


@pytest.mark.parametrize(
    "label",
    ["undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape", "hex", "rot13",
     "base64", "zlib", "uu", "mbcs", "oem", "no-such-charset"],
)  # fmt: skip
def test_a_python_codec_that_is_no_web_encoding_is_passed_over(label: str) -> None:
    html = page(f'<meta charset="{label}">', r"Caf\u00e9 \x41 " + WORDS).encode("utf-8")
    text = text_of(html)  # before: UnicodeError, or the text rewritten
    assert r"Caf\u00e9 \x41 " + WORDS in text


@pytest.mark.parametrize(
    ("label", "encoding", "expected"),
    [
        ("ISO-8859-1", "cp1252", WORDS),  # browsers read Latin-1 as windows-1252
        ("latin1", "cp1252", WORDS),
        (" Windows-1252 ", "cp1252", WORDS),
        ("us-ascii", "cp1252", WORDS),
        ("iso-8859-15", "iso8859_15", WORDS),
        ("utf8", "utf-8", WORDS),
        ("x-user-defined", "cp1252", WORDS),  # read as windows-1252 in a page
        ("shift_jis", "cp932", "ニュース"),
        ("gb2312", "gb18030", "新闻"),
        ("koi8-r", "koi8_r", "Новости"),
    ],
)
def test_a_web_label_is_read_as_browsers_read_it(label: str, encoding: str, expected: str) -> None:
    html = page(f'<meta charset="{label}">', expected).encode(encoding)
    assert expected in text_of(html)


def test_a_declared_utf_16_is_utf_8() -> None:
    # A page whose meta tag is readable as ASCII is not UTF-16, whatever it says.
    assert WORDS in text_of(page('<meta charset="utf-16">', WORDS).encode("utf-8"))


@pytest.mark.parametrize("label", ["iso-2022-kr", "hz-gb-2312", "replacement", "csiso2022kr"])
def test_a_refused_encoding_reads_as_one_replacement_character(label: str) -> None:
    assert decode_html(page(f'<meta charset="{label}">', WORDS).encode("utf-8")) == "\ufffd"


def test_the_first_known_label_counts() -> None:
    head = b'<meta charset="bogus"><meta charset="windows-1251">'
    assert declared_encoding(head) == "windows-1251"


def test_windows_1252_as_the_standard_has_it() -> None:
    html = page('<meta charset="windows-1252">', "").encode() + b"\x80\x81\x8d\x9d\x9f"
    assert decode_html(html).endswith("€\x81\x8d\x9dŸ")  # the holes stay C1 controls


def test_undeclared_bytes_that_are_not_utf_8_are_windows_1252() -> None:
    assert WORDS in text_of(page("", WORDS).encode("cp1252"))


def test_undeclared_utf_8_with_a_stray_byte_stays_utf_8() -> None:
    html = page("", WORDS).encode("utf-8").replace(b"50", b"5\xff0")
    assert "Café, naïve, façade: 5\ufffd0 €" in text_of(html)


def test_undeclared_ascii_is_ascii() -> None:
    assert text_of(page("", "Plain words.").encode("ascii")) == "Plain words."


def test_the_table() -> None:
    assert LABELS["latin1"] == "windows-1252"
    assert LABELS["utf8"] == "UTF-8"
    assert all(label == label.strip().lower() for label in LABELS)
    assert len(LABELS) == sum(len(labels) for _, _, labels in ENCODINGS)  # no label twice
    for name, codec in CODECS.items():
        if codec is not None:
            assert "abc".encode(codec).decode(codec) == "abc", name


@pytest.mark.parametrize("label", sorted(LABELS))
def test_every_label_decodes_any_bytes(label: str) -> None:
    junk = bytes(range(256)) * 2
    assert isinstance(decode_html(f'<meta charset="{label}">'.encode() + junk), str)


python_labels = st.sampled_from(
    sorted({*encodings.aliases.aliases, *encodings.aliases.aliases.values()})
)


@given(
    st.one_of(python_labels, st.sampled_from(sorted(LABELS)), st.text(max_size=12)),
    st.binary(max_size=300),
)
def test_property_decoding_never_raises(label: str, body: bytes) -> None:
    declared = f'<meta charset="{label}">'.encode("utf-8", "replace")
    text = decode_html(declared + body)
    assert isinstance(text, str)
    if label.strip().lower() not in LABELS:  # no Python codec is ever honoured
        assert declared_encoding(declared) is None


def test_the_command_line_parses_a_page_with_an_odd_charset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "punycode" raised UnicodeDecodeError, which the command line called "not UTF-8".
    for label in ("punycode", "undefined", "idna"):
        (tmp_path / f"{label}.html").write_bytes(page(f'<meta charset="{label}">', WORDS).encode())
    status = main([str(tmp_path), "-f", "jsonl", "-q"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert len([json.loads(line) for line in out.splitlines()]) == 3
