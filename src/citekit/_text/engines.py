"""Patterns run by the standard library's ``re`` wherever it reads a text exactly as ``regex`` does.

citekit's patterns are written for ``regex`` (``\\p{L}``, variable-width
look-behinds). The standard library's engine runs a simple pattern two to
three times faster (a scan of the whole text for cue words, the tokens of a
sentence), but it knows no ``\\p{…}`` and reads ``\\w``, ``\\s``, ``\\d`` and
``\\b`` by Python's own, older Unicode tables. ``dual_pattern`` compiles a
pattern for both engines: for ``re`` each class is spelled out as the list of
the characters of the Basic Multilingual Plane that ``regex`` puts in it, so
the two engines agree on every character below U+10000 by construction. A
text (or the stretch a call reads, with the 64 characters before it that a
look-behind may see) holding a character above it that ``regex`` puts in
any class (a letter of a historic script, a mathematical letter; not an
emoji, which is in none) is read by ``regex``, as is every text on Python
3.10, whose ``re`` has no possessive repeats.

A pattern whose translation ``re`` refuses (a variable-width look-behind, a
set operation) or that uses what the translation does not spell out (a
negated class inside a set, case-blindness) is read by ``regex`` alone.
The tests check, on generated text and on the corpora, that every dual
pattern finds what its ``regex`` form finds.
"""

from __future__ import annotations

import array
import functools
import re
import sys
from collections.abc import Iterator
from typing import Any, cast

import regex

# The classes spelled out for ``re``, as written in a pattern for ``regex``.
_CLASSES = {
    "\\p{L}": r"\p{L}",
    "\\p{Lu}": r"\p{Lu}",
    "\\p{Ll}": r"\p{Ll}",
    "\\p{N}": r"\p{N}",
    "\\p{M}": r"\p{M}",
    "\\w": r"\w",
    "\\s": r"\s",
    "\\d": r"\d",
}
_NEGATED = {"\\W": "\\w", "\\S": "\\s", "\\D": "\\d"}
# Every character that some class holds: one above U+FFFF makes a text ``regex``'s.
_ANY_CLASS = r"[\p{L}\p{N}\p{M}\w\s\d]"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# How far before a call's start a look-behind may read.
_LOOK_BEHIND = 64
_HAS_POSSESSIVE = sys.version_info >= (3, 11)


@functools.cache
def _bmp() -> str:
    """Every character from U+0000 to U+FFFF, in order (surrogates too)."""
    return array.array("I", range(0x10000)).tobytes().decode("utf-32-le", "surrogatepass")


@functools.cache
def _class_body(written: str) -> str:
    """The characters of the Basic Multilingual Plane that ``regex`` puts in the class
    ``written``, as the inside of a set for ``re``: "A-Za-zª…"."""
    pieces = []
    for run in regex.finditer(f"[{_CLASSES[written]}]+", _bmp()):
        first, last = run.start(), run.end() - 1
        pieces.append(re.escape(chr(first)))
        if last > first:
            pieces.append("-" + re.escape(chr(last)))
    return "".join(pieces)


class Untranslatable(Exception):
    """The pattern uses what the translation for ``re`` does not spell out."""


def translate(source: str, *, verbose: bool = False) -> str:
    """``source``, written for ``regex``, with its classes spelled out for ``re``.

    Raises ``Untranslatable`` for an escape whose class it does not know
    (``\\p{Lo}``, ``\\B``) or a negated class inside a set. In a ``verbose``
    pattern a comment is kept as written.
    """
    out: list[str] = []
    index = 0
    in_set = False
    size = len(source)
    while index < size:
        char = source[index]
        if verbose and char == "#" and not in_set:
            stop = source.find("\n", index)
            stop = size if stop < 0 else stop
            out.append(source[index:stop])
            index = stop
            continue
        if char == "\\" and index + 1 < size:
            escape = source[index : index + 2]
            if escape in ("\\p", "\\P"):
                close = source.find("}", index)
                escape = source[index : close + 1]
                if escape not in _CLASSES:
                    raise Untranslatable(escape)
            index += len(escape)
            if escape in _CLASSES:
                body = _class_body(escape)
                out.append(body if in_set else f"[{body}]")
            elif escape in _NEGATED:
                if in_set:
                    raise Untranslatable(escape)
                out.append(f"[^{_class_body(_NEGATED[escape])}]")
            elif escape == "\\b" and not in_set:
                word = _class_body("\\w")
                out.append(f"(?:(?<=[{word}])(?![{word}])|(?<![{word}])(?=[{word}]))")
            elif escape in ("\\B", "\\X", "\\m", "\\M", "\\G", "\\K"):
                raise Untranslatable(escape)
            else:
                out.append(escape)
            continue
        if char == "[" and not in_set:
            in_set = True
            out.append(char)
            index += 1
            # A "]" first in the set (after "^") is a literal.
            if index < size and source[index] == "^":
                out.append("^")
                index += 1
            if index < size and source[index] == "]":
                out.append("\\]")
                index += 1
            continue
        if char == "[" and in_set:
            raise Untranslatable("a nested set")
        if char == "]" and in_set:
            in_set = False
        out.append(char)
        index += 1
    return "".join(out)


@functools.cache
def _classless(char: str) -> bool:
    return regex.match(_ANY_CLASS, char) is None


def reads_alike(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether ``re`` reads ``text[pos:endpos]`` as ``regex`` does, for a dual pattern:
    no character of it above U+FFFF (nor of the look-behind before it) is in any class."""
    start = max(0, pos - _LOOK_BEHIND)
    end = len(text) if endpos is None else endpos
    astral = _ASTRAL.search(text, start, end)
    if astral is None:
        return True
    return all(_classless(m.group()) for m in _ASTRAL.finditer(text, astral.start(), end))


class DualPattern:
    """A pattern compiled for ``regex`` and for ``re``; each call read by ``re`` when it may."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._classless_source = False  # no class to spell out: ``re`` reads every text alike

    @functools.cached_property
    def by_regex(self) -> regex.Pattern[str]:
        return regex.compile(self._source, self._flags)

    @functools.cached_property
    def by_re(self) -> re.Pattern[str] | None:
        if not _HAS_POSSESSIVE or self._flags & ~regex.VERBOSE:
            return None  # only VERBOSE is read alike by both
        try:
            verbose = bool(self._flags & regex.VERBOSE)
            translated = translate(self._source, verbose=verbose)
            compiled = re.compile(translated, re.VERBOSE if verbose else 0)
        except (Untranslatable, re.error):
            return None
        self._classless_source = translated == self._source
        return compiled

    def _engine(self, text: str, pos: int, endpos: int | None) -> Any:
        fast = self.by_re
        if fast is not None and (self._classless_source or reads_alike(text, pos, endpos)):
            return fast
        return self.by_regex

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        end = len(text) if endpos is None else endpos
        return cast("Iterator[Any]", self._engine(text, pos, end).finditer(text, pos, end))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        return self._engine(text, pos, end).search(text, pos, end)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        return self._engine(text, pos, end).match(text, pos, end)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        return self._engine(text, pos, end).fullmatch(text, pos, end)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        end = len(text) if endpos is None else endpos
        return cast("list[Any]", self._engine(text, pos, end).findall(text, pos, end))

    @property
    def pattern(self) -> str:
        return self._source

    def __repr__(self) -> str:
        return f"dual_pattern({self._source!r}, {self._flags})"


def dual_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, each call run by ``re`` where it reads alike.

    Compiled on first use, as ``lazy_pattern``'s are. Its matches are
    ``re.Match`` or ``regex.Match`` objects: read them by ``group``,
    ``start``, ``end``, ``span`` and ``lastgroup`` only.
    """
    return cast("regex.Pattern[str]", DualPattern(source, flags))
