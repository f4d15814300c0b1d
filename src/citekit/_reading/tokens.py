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

import functools
import itertools
import operator
from collections.abc import Sequence
from typing import Literal, NamedTuple, Protocol

import regex

from .._lexicon.abbreviations import ABBREVIATIONS
from .._lexicon.function_words import FUNCTION_WORDS
from .._lexicon.organisations import ORGANIZATION_NAMES
from .._lexicon.outlets import OUTLETS
from .._lexicon.people import NAME_CONNECTORS
from .._records import Span
from .._text.engines import dual_pattern
from .._text.patterns import lazy_pattern, trie

TokenKind = Literal["word", "punct", "dash", "quote"]

# A word, with the inner dots, apostrophes and hyphens of "U.S", "al-Qaeda’s",
# "Factcheck.example", the thousands of "1,500" and the closing apostrophe of a plural possessive
# ("Kansas’ Whitaker"), but not the full stop of two sentences glued
# together ("context.Then"); then the punctuation that bounds phrases.
TOKEN = dual_pattern(
    r"""
    (?P<word> [\p{L}\p{N}] (?: [\p{L}\p{N}\p{M}&] | (?<! \p{Ll} ) \. (?= [\p{L}\p{N}] )
                                | \. (?= [\p{Ll}\p{N}] ) | ['’-] (?= [\p{L}\p{N}] )
                                | (?<= \p{N} ) , (?= \p{N}{3} (?! \p{N} ) ) ){0,60}+
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
_QUICK_TOKEN = dual_pattern(
    r"""
    (?P<word> [\p{L}\p{N}] [\p{L}\p{N}\p{M}&]{0,60}+
              (?! [\p{L}\p{N}\p{M}&.'’-] | (?<= \p{N} ) , \p{N} ) )
    | (?P<stop> [\p{L}\p{N}] [\p{L}\p{N}\p{M}&]{0,60}+ (?= \. (?! [\p{L}\p{N}\p{M}&.'’-] ) ) )
    | (?P<punct> [,;:()\[\].!?] )
    | (?P<dash> [—–] | -- | (?<= \s ) - (?= \s ) )
    | (?P<other> [\p{L}\p{N}] (?: [\p{L}\p{N}\p{M}&.'’-] | (?<= \p{N} ) , (?= \p{N} ) )*+ )
    """,
    regex.VERBOSE,
)

# Organisation and outlet names that a noun phrase would break apart: with a
# lower-case word ("Save the Children", "Time magazine"), a capitalised
# function word ("Doctors Without Borders"), an ampersand ("Procter &
# Gamble") or a sentence's mark ("E! News", "Yahoo!"). Each is read as one
# word, unless a possessive follows it.
_FOLDED_NAME = lazy_pattern(
    r"(?<![\p{L}\p{N}])(?:"
    + trie(
        sorted(
            name
            for name in (*ORGANIZATION_NAMES, *OUTLETS)
            if any(
                word == "&"
                or word[-1:] in "!?"
                or (word.islower() and word not in NAME_CONNECTORS)
                or (index > 0 and word.lower() in FUNCTION_WORDS and word[:1].isupper())
                for index, word in enumerate(name.split())
            )
        )
    )
    + r")(?![\p{L}\p{N}]|['’]s\b)"
)

# A word that keeps its full stop: an initial ("J."), "U.S.", "Sen.", "Inc.".
ABBREVIATION = lazy_pattern(
    r"\p{L}(?:\.\p{L}){0,3}|" + "|".join(regex.escape(word) for word in ABBREVIATIONS)
)

# The endings of a word in the possessive: "Trump’s", "the officials’ report".
POSSESSIVES = ("’s", "'s", "s’", "s'")


class _TokenFields(NamedTuple):
    text: str
    start: int
    kind: TokenKind
    lower: str
    is_word: bool


class Token(_TokenFields):
    """A word, a punctuation mark, a dash, or a whole quotation, with its offsets.

    Tokens are the reading's bulk: a tuple each, so that a unit's tokens are
    made by C code (``plain_tokens`` builds the columns with ``map`` and each
    tuple with ``tuple.__new__``, no Python call per token). ``is_word`` and
    ``lower`` are read for nearly every token, so they are stored; the end is
    computed from the start and the text, as it is read seldom.
    ``Token(text, start, kind)`` makes one from its three facts.
    """

    __slots__ = ()

    def __new__(cls, text: str, start: int, kind: TokenKind) -> Token:
        lower = text.lower()
        fields = (text, start, kind, text if lower == text else lower, kind == "word")
        return tuple.__new__(cls, fields)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


# Each token made from its columns (text, start, kind, lower, is_word) by C code.
_NEW = tuple.__new__
_MAKE = functools.partial(map, _NEW)
_KIND = operator.attrgetter("lastgroup")
_IS_WORD = "word".__eq__


# The matches read at a time: a match object weighs more than the token made of it.
_CHUNK = 32
# The longest stretch read a token at a time (some six tokens).
_FEW = 32


def _made(texts: list[str], starts: list[int], kinds: list[str]) -> list[Token]:
    """The tokens of three columns, each made by C code.

    A word already in lower case is its own lower-cased form ("said": one
    string, not two): each pair (lower-cased, as written) is indexed by
    whether the two are equal, which picks the written one when they are.
    """
    lowered = list(map(str.lower, texts))
    same = map(str.__eq__, texts, lowered)
    lowers = map(tuple.__getitem__, zip(lowered, texts, strict=True), same)
    columns = zip(texts, starts, kinds, lowers, map(_IS_WORD, kinds), strict=True)
    return list(_MAKE(itertools.repeat(Token), columns))


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
    handed to ``TOKEN`` (``_inner_tokens``). The matches are read a few at a
    time, column by column; only the few that are not a plain word or mark
    get a Python step: the word before a full stop ("stop": the full stop is
    the word's after an abbreviation, "Mr.", and is then no token of its own)
    and the words with inner marks ("other").
    """
    if end - start <= _FEW:
        return _one_by_one(text, start, end)
    matches = _QUICK_TOKEN.finditer(text, start, end)
    found: list[Token] = []
    drop_first = False  # the full stop that an abbreviation ending the last chunk took
    while chunk := list(itertools.islice(matches, _CHUNK)):
        match_type = type(chunk[0])  # ``re``'s or ``regex``'s (``_text.engines``)
        kinds: list[str] = list(map(_KIND, chunk))
        texts: list[str] = list(map(match_type.group, chunk))
        starts: list[int] = list(map(match_type.start, chunk))
        del chunk
        replaced: dict[int, list[Token]] = {0: []} if drop_first else {}
        drop_first = False
        for special in ("stop", "other"):
            index = -1
            for _ in range(kinds.count(special)):
                index = kinds.index(special, index + 1)
                kinds[index] = "word"
                if special == "other":
                    inner: list[Token] = []
                    first = starts[index]
                    _inner_tokens(text, first, first + len(texts[index]), end, inner, -1)
                    replaced[index] = inner
                elif ABBREVIATION.fullmatch(texts[index]):
                    texts[index] += "."
                    if index + 1 < len(kinds):
                        replaced[index + 1] = []  # the full stop belongs to the abbreviation
                    else:
                        drop_first = True
        tokens = _made(texts, starts, kinds)
        if not replaced:
            found += tokens
            continue
        previous = 0
        for index in sorted(replaced):
            found += tokens[previous:index]
            found += replaced[index]
            previous = index + 1
        found += tokens[previous:]
    return found


def _one_by_one(text: str, start: int, end: int) -> list[Token]:
    """``plain_tokens`` for a short stretch, a token at a time: for a few tokens
    ("Ann Lee: "), the columns cost more than they save."""
    found: list[Token] = []
    skip_to = -1
    for match in _QUICK_TOKEN.finditer(text, start, end):
        first, last = match.span()
        kind = match.lastgroup
        if kind == "word" or kind == "stop":
            word = text[first:last]
            if kind == "stop" and ABBREVIATION.fullmatch(word):
                word += "."
                skip_to = last + 1  # the full stop belongs to the abbreviation
            lower = word.lower()
            found.append(_NEW(Token, (word, first, "word", word if lower == word else lower, True)))
        elif kind == "other":
            skip_to = _inner_tokens(text, first, last, end, found, skip_to)
        elif first >= skip_to:
            mark = text[first:last]
            found.append(_NEW(Token, (mark, first, _mark_kind(kind), mark, False)))
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


def used_to(words: Sequence[Token], index: int) -> bool:
    """ "Amberley used to say": the habitual "used to" before the word at ``index``, an
    auxiliary as "would" is (not the infinitive of "declined to say")."""
    return (
        index >= 2
        and words[index - 1].lower == "to"
        and words[index - 2].lower == "used"
        and words[index - 2].text[:1].islower()
    )


def next_kind(words: Sequence[Token], index: int) -> str | None:
    """The kind of the token after ``index``, or None at the end."""
    return words[index + 1].kind if index + 1 < len(words) else None


# A nickname in quotation marks: one or two capitalised words.
_NICKNAME_WORD = r"\p{Lu}[\p{L}\p{M}.'’-]{0,20}+"
NICKNAME_PATTERN = rf"[\"“]{_NICKNAME_WORD}(?:[ ]{_NICKNAME_WORD})?+[\"”]"  # verbose or not
NICKNAME = lazy_pattern(NICKNAME_PATTERN)


class Indexed(Protocol):
    """Tokens read by index: a list of them, or a unit's ``TokenWindow``."""

    def __getitem__(self, index: int) -> Token: ...

    def __len__(self) -> int: ...


def is_nickname(words: Indexed, index: int) -> bool:
    """Whether the quotation at ``index`` is a nickname inside a name, between two of its
    capitalised words: "Oluwaseun "Seun" Adeyemi", "Earvin “Magic” Johnson"; no
    quotation."""
    if not 0 < index < len(words) - 1 or words[index].kind != "quote":
        return False
    before, after = words[index - 1], words[index + 1]
    return (
        before.is_word
        and before.text[:1].isupper()
        and after.is_word
        and after.text[:1].isupper()
        and NICKNAME.fullmatch(words[index].text) is not None
    )
