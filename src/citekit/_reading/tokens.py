"""Tokens: a unit's words, punctuation, dashes and quotations, with their offsets.

The reading looks at characters only here: each unit (``units``) is cut into
tokens once, a quotation folded into a single token so that the words inside
it are never read as the article's own, and a known organisation or outlet
name that a noun phrase would break apart ("Save the Children", "Procter &
Gamble", "Time magazine") into one word.

Documented internals, which the tests read: ``TOKEN``, the one pattern that
defines a token; ``ABBREVIATION``, the words that keep their full stop; and
``plain_tokens``, the tokens of a stretch without quotations, found faster
than ``TOKEN`` alone would find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import regex

from .._lexicon.abbreviations import ABBREVIATIONS
from .._lexicon.function_words import FUNCTION_WORDS
from .._lexicon.organisations import ORGANIZATION_NAMES
from .._lexicon.outlets import OUTLETS
from .._lexicon.people import NAME_CONNECTORS
from .._records import Span
from .._text.patterns import trie

TokenKind = Literal["word", "punct", "dash", "quote"]

# A word, with the inner dots, apostrophes and hyphens of "U.S", "al-Qaeda’s",
# "Factcheck.example" and the closing apostrophe of a plural possessive
# ("Kansas’ Whitaker"), but not the full stop of two sentences glued
# together ("context.Then"); then the punctuation that bounds phrases.
TOKEN = regex.compile(
    r"""
    (?P<word> [\p{L}\p{N}] (?: [\p{L}\p{N}\p{M}&] | (?<! \p{Ll} ) \. (?= [\p{L}\p{N}] )
                                | \. (?= [\p{Ll}\p{N}] ) | ['’-] (?= [\p{L}\p{N}] ) ){0,60}+
              (?: (?<= [sS] ) ['’] (?= [\s,] ) )? )
    | (?P<punct> [,;:()\[\].!?] )
    | (?P<dash> [—–] | -- | (?<= \s ) - (?= \s ) )
    """,
    regex.VERBOSE,
)

# The same tokens, found faster: a word of letters and digits only, which is
# most words, in one step, and so the word before a lone full stop ("said.",
# "Mr.": the full stop is its own token or, after an abbreviation, the
# word's); any other run of word characters ("U.S.", "al-Qaeda’s") is
# handed to ``TOKEN``.
_QUICK_TOKEN = regex.compile(
    r"""
    (?P<word> [\p{L}\p{N}] [\p{L}\p{N}\p{M}&]{0,60}+ (?! [\p{L}\p{N}\p{M}&.'’-] ) )
    | (?P<stop> [\p{L}\p{N}] [\p{L}\p{N}\p{M}&]{0,60}+ (?= \. (?! [\p{L}\p{N}\p{M}&.'’-] ) ) )
    | (?P<punct> [,;:()\[\].!?] )
    | (?P<dash> [—–] | -- | (?<= \s ) - (?= \s ) )
    | (?P<other> [\p{L}\p{N}] [\p{L}\p{N}\p{M}&.'’-]*+ )
    """,
    regex.VERBOSE,
)

# Organisation and outlet names that a noun phrase would break apart: with a
# lower-case word ("Save the Children", "Time magazine"), a capitalised
# function word ("Doctors Without Borders") or an ampersand ("Procter &
# Gamble"). Each is read as one word, unless a possessive follows it.
_FOLDED_NAME = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + trie(
        sorted(
            name
            for name in (*ORGANIZATION_NAMES, *OUTLETS)
            if any(
                word == "&"
                or (word.islower() and word not in NAME_CONNECTORS)
                or (index > 0 and word.lower() in FUNCTION_WORDS and word[:1].isupper())
                for index, word in enumerate(name.split())
            )
        )
    )
    + r")(?![\p{L}\p{N}]|['’]s\b)"
)

# A word that keeps its full stop: an initial ("J."), "U.S.", "Sen.", "Inc.".
ABBREVIATION = regex.compile(
    r"\p{L}(?:\.\p{L}){0,3}|" + "|".join(regex.escape(word) for word in ABBREVIATIONS)
)

# The endings of a word in the possessive: "Trump’s", "the officials’ report".
POSSESSIVES = ("’s", "'s", "s’", "s'")


class Token:
    """A word, a punctuation mark, a dash, or a whole quotation, with its offsets.

    Tokens are the reading's bulk, so each keeps little: its end is computed
    from its start and text rather than stored, as it is read seldom.
    ``is_word`` and ``lower`` are read for nearly every token, so they are
    stored (``lower`` as the same string as ``text`` when the word is in
    lower case already).
    """

    __slots__ = ("is_word", "kind", "lower", "start", "text")

    def __init__(self, text: str, start: int, kind: TokenKind) -> None:
        self.text = text
        self.start = start
        self.kind: TokenKind = kind
        lower = text.lower()
        self.lower = text if lower == text else lower  # one string for "said"
        self.is_word = kind == "word"

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


def tokenize(text: str, span: Span, quoted: Sequence[Span]) -> list[Token]:
    """The unit's tokens, each quotation in ``quoted`` (outer spans) folded into one."""
    found: list[Token] = []
    position = span.start
    for outer in quoted:
        if outer.start > position:
            found.extend(_tokens(text, position, min(outer.start, span.end)))
        if outer.end > outer.start and outer.start >= span.start:
            found.append(Token(text[outer.start : outer.end], outer.start, "quote"))
        position = max(position, outer.end)
    if span.end > position:
        found.extend(_tokens(text, position, span.end))
    return found


def _tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, each known name in ``_FOLDED_NAME`` one word."""
    found: list[Token] = []
    position = start
    for name in _FOLDED_NAME.finditer(text, start, end):
        found.extend(plain_tokens(text, position, name.start()))
        found.append(Token(name.group(), name.start(), "word"))
        position = name.end()
    found.extend(plain_tokens(text, position, end))
    return found


def plain_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, which holds no quotation: ``TOKEN``'s, found faster.

    ``_QUICK_TOKEN`` takes most words in one step; a word with inner marks is
    handed to ``TOKEN`` (``_inner_tokens``).
    """
    found: list[Token] = []
    skip_to = -1
    for match in _QUICK_TOKEN.finditer(text, start, end):
        first, last = match.span()
        kind = match.lastgroup
        if kind == "word":
            found.append(Token(text[first:last], first, "word"))
        elif kind == "stop":
            word = text[first:last]
            if ABBREVIATION.fullmatch(word):
                word += "."
                skip_to = last + 1  # the full stop belongs to the abbreviation
            found.append(Token(word, first, "word"))
        elif kind == "other":
            skip_to = _inner_tokens(text, first, last, end, found, skip_to)
        elif first >= skip_to:
            found.append(Token(text[first:last], first, _mark_kind(kind)))
    return found


def _inner_tokens(
    text: str, start: int, stop: int, end: int, found: list[Token], skip_to: int
) -> int:
    """The tokens of a run of word characters and ``.'’-`` that ``TOKEN`` splits.

    They go to ``found``; returns where the next token may start (past the
    full stop an abbreviation takes). ``TOKEN`` may look one character past
    the run, never further.
    """
    for match in TOKEN.finditer(text, start, min(stop + 1, end)):
        first, last = match.span()
        if first >= stop:
            break
        kind = match.lastgroup
        if kind == "word":
            word = text[first:last]
            if last < end and text[last] == "." and ABBREVIATION.fullmatch(word):
                last += 1
                word += "."
                skip_to = last  # the full stop belongs to the abbreviation
            found.append(Token(word, first, "word"))
        elif first >= skip_to:
            found.append(Token(text[first:last], first, _mark_kind(kind)))
    return skip_to


def _mark_kind(group: str | None) -> TokenKind:
    return "punct" if group == "punct" else "dash"


def next_is(words: Sequence[Token], index: int, word: str) -> bool:
    """Whether the token after ``index`` is ``word`` (in any case)."""
    return index + 1 < len(words) and words[index + 1].lower == word


def next_kind(words: Sequence[Token], index: int) -> str | None:
    """The kind of the token after ``index``, or None at the end."""
    return words[index + 1].kind if index + 1 < len(words) else None
