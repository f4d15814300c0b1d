"""The clause reader's tokenizer: its quick path gives the tokens of the one pattern."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit._reading.tokens import ABBREVIATION, TOKEN, Token, plain_tokens
from citekit._reading.units import TokenWindow

# Letters, digits, marks and every character the word pattern treats apart.
_TRICKY = st.lists(
    st.sampled_from([*"aBcSs Mr.U'’-–—&,;:()[]!?\n\t0é\u0301", "--", "x" * 30, "Mr", "U.S"]),
    max_size=40,
).map("".join)


def _one_pattern(text: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    """The tokens as ``TOKEN`` alone reads them: the definition the quick path keeps."""
    found = []
    skip_to = -1
    for match in TOKEN.finditer(text, start, end):
        first, last = match.span()
        if match.lastgroup == "word":
            word = text[first:last]
            if last < end and text[last] == "." and ABBREVIATION.fullmatch(word):
                last += 1
                word += "."
                skip_to = last
            found.append((word, first, last, "word"))
        elif first >= skip_to:
            kind = "punct" if match.lastgroup == "punct" else "dash"
            found.append((text[first:last], first, last, kind))
    return found


def _plain(tokens: list[Token]) -> list[tuple[str, int, int, str]]:
    return [(t.text, t.start, t.end, t.kind) for t in tokens]


@given(_TRICKY, st.integers(0, 10), st.integers(0, 10))
def test_quick_tokens_are_the_one_pattern_tokens(text: str, lead: int, trail: int) -> None:
    start, end = min(lead, len(text)), max(min(lead, len(text)), len(text) - trail)
    assert _plain(plain_tokens(text, start, end)) == _one_pattern(text, start, end)


def test_examples() -> None:
    text = "Mr. Woog, of U.S. firm al-Qaeda’s -- said Kansas’ 'no'. context.Then"
    tokens = [t.text for t in plain_tokens(text, 0, len(text))]
    assert tokens == [
        "Mr.", "Woog", ",", "of", "U.S.", "firm", "al-Qaeda’s", "--", "said", "Kansas’",
        "no", ".", "context", ".", "Then",
    ]  # fmt: skip
    long_word = "a" * 70
    assert [t.text for t in plain_tokens(long_word, 0, 70)] == ["a" * 61, "a" * 9]


def test_end_is_start_plus_length() -> None:
    text = "Sen. Ted Cruz said"
    for token in plain_tokens(text, 0, len(text)):
        assert token.end == token.start + len(token.text)
        assert token.text == text[token.start : token.end]


@given(st.integers(0, 40), st.sets(st.integers(0, 39), max_size=6))
def test_token_window_keeps_the_tokens_in_reach_of_a_quotation(
    length: int, quotes: set[int]
) -> None:
    tokens = [Token(f"w{i}", 3 * i, "quote" if i in quotes else "word") for i in range(length)]
    quotes = {q for q in quotes if q < length}
    window = TokenWindow(tokens)
    assert len(window) == length
    reach = TokenWindow.REACH
    for index, token in enumerate(tokens):
        if any(abs(index - q) <= reach for q in quotes):
            assert window[index] is token
        else:
            with pytest.raises(KeyError):
                window[index]
        assert window.position(token.start) == (index if token.kind == "quote" else None)
