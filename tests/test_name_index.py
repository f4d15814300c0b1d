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
    plain = _unguarded(names.NAME_RUN.pattern)
    assert [m.span() for m in names.NAME_RUN.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@given(_WORDS)
def test_the_guarded_outlets_are_the_outlets(text: str) -> None:
    guard = names.OUTLET.pattern.index("(?<!")
    plain = regex.compile(names.OUTLET.pattern[guard:])
    assert [m.span() for m in names.OUTLET.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
    assert NameIndex(text).outlets == tuple(
        names.outlet_mention(text, m.start(), m.end()) for m in plain.finditer(text)
    )


_TITLED = st.lists(
    st.sampled_from(
        [
            *(" ", ". ", ", ", "’s ", "\n", "Sen.", "Gov.", "President", "Chief", "of", "State"),
            *("Ann", "Lee", "Bob", "Ray", "Marta", "de", "la", "Vega", "(Tom)", "said"),
        ]
    ),
    max_size=30,
).map(" ".join)


@given(_TITLED)
def test_the_holders_of_a_title_are_read_from_every_run(text: str) -> None:
    """The title index skips runs of two words (no title and name fit in them):
    it holds what reading every run gives."""
    index = NameIndex(text)
    expected: dict[str, list[names.PersonName]] = {}
    seen: set[int] = set()
    for entries in index._runs().values():
        for start, run in entries:
            if start not in seen:
                seen.add(start)
                for person in names.people_in_run(start, run):
                    for held in dict.fromkeys(person.titles):
                        expected.setdefault(held, []).append(person)
    for title in ("sen", "gov", "president", "chief", "state", "of"):
        assert index._holders(title) == sorted(expected.get(title, []), key=lambda p: p.start)


def test_a_title_before_a_name_of_two_words_is_held() -> None:
    index = NameIndex("Ann Lee spoke. Then President Bob Ray said so, and Ray left.")
    assert [p.full for p in index._holders("president")] == ["Bob Ray"]
    assert index._holders("ann") == []
