"""Patterns compiled on first use: ``import citekit`` compiles none, and each acts as compiled."""

from __future__ import annotations

import subprocess
import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from citekit._text.patterns import lazy_pattern

# Counts the patterns compiled while citekit is imported, in a fresh interpreter.
_COUNT_COMPILED = """
import regex
compiled = []
original = regex.compile
regex.compile = lambda *args, **kwargs: compiled.append(args) or original(*args, **kwargs)
import citekit
print(len(compiled))
"""


def test_import_compiles_no_pattern() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_COMPILED], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


_SHAPES = ("(?P<word>\\p{L}+)|(?P<mark>[,.])", "\\b(?:said|told)\\b", "(?i)sen\\.")


@given(st.sampled_from(_SHAPES), st.text(alphabet="ab said,.Sen TOLD", max_size=30))
def test_a_lazy_pattern_matches_as_the_compiled_one(source: str, text: str) -> None:
    lazy = lazy_pattern(source)
    compiled = regex.compile(source)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert bool(lazy.match(text)) == bool(compiled.match(text))
    assert lazy.sub("x", text) == compiled.sub("x", text)
    assert lazy.groupindex == compiled.groupindex
    assert lazy.pattern == source


def test_bytes_and_flags() -> None:
    lazy = lazy_pattern(rb"\A < [a-z]", regex.VERBOSE)
    assert lazy.match(b"<html>") is not None
    assert lazy.match(b"< 5") is None
    assert "lazy_pattern" in repr(lazy_pattern("x"))
