"""The name index's scans, written for speed, find what their plain forms find."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from citekit._reading import names
from citekit._reading.names import NameIndex

_WORDS = st.lists(
    st.sampled_from(
        [
            *" .,:!?\"“”‘’'()-\n\t\u00a0",
            "  ",
            "Ann",
            "Lee",
            "de",
            "la",
            "(Tom)",
            "Reuters",
            "The Washington Post",
            "the Post",
            "The Economist",
            "economist",
            "said",
            "Mr.",
            "O’Neil",
            "Jean-Pierre",
            "McDonald",
            "ÉCOLE",
            "Ölz",
            "x",
            "9",
        ]
    ),
    max_size=30,
).map("".join)

# The scans as they were written before the guards on their first character.
_SENTENCE_ENDS = frozenset('.!?:"“”‘’\n\r')
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]{1,30}+")


def _starts_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in " \t\u00a0":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_ENDS


def _unguarded(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern.replace("(?= [\\p{Lu}(] ) ", ""), regex.VERBOSE)


@given(_WORDS)
def test_proper_words_are_the_capitalised_words_inside_sentences(text: str) -> None:
    index = NameIndex(text)
    index.is_proper("Ann")
    expected = {
        m.group() for m in _CAPITALISED.finditer(text) if not _starts_sentence(text, m.start())
    }
    assert index._proper_words == expected


@given(_WORDS)
def test_the_guarded_name_runs_are_the_runs(text: str) -> None:
    plain = _unguarded(names._NAME_RUN.pattern)
    assert [m.span() for m in names._NAME_RUN.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@given(_WORDS)
def test_the_guarded_outlets_are_the_outlets(text: str) -> None:
    guard = names._OUTLET.pattern.index("(?<!")
    plain = regex.compile(names._OUTLET.pattern[guard:])
    assert [m.span() for m in names._OUTLET.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
    assert NameIndex(text).outlets == tuple(
        names._outlet_mention(text, m.start(), m.end()) for m in plain.finditer(text)
    )
