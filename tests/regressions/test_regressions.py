"""Inputs that once broke citekit, found by fuzzing or by Hypothesis, kept as tests.

Each case is the (shrunk) input as found and what went wrong; the check is
the contract ``fuzz/fuzz_parse_article.py`` enforces (``tests/contract.py``): no
exception, spans inside the text, each section in text order, quotation and post
words equal to the text at their spans, and the same result twice. A new finding from
``fuzz/run.sh`` goes in this table (the bytes decoded as the fuzz target
decodes them) with a line saying what it broke.
"""

from __future__ import annotations

import pytest

import citekit
from contract import check_contract

CASES = [
    pytest.param(
        "word\nw— Jane Doe (@janedoe) November 12, 2016 — Jane Doe (@janedoe)",
        id="post-after-post-on-one-line-out-of-order",
        # A signature right after another post on its line fell back to the
        # line before, so posts came out of text order (test_linear, Hypothesis).
    ),
    pytest.param(
        "x\n— Z (@z) y — A (@a)\n— B (@b)",
        id="post-words-from-line-before-overlapping-a-post",
    ),
]


@pytest.mark.parametrize("text", CASES)
def test_contract_holds(text: str) -> None:
    check_contract(text)


def test_a_sentence_opening_with_according_to_is_read() -> None:
    """The trigger scan was case-sensitive: "According to X," at a sentence start was lost."""
    article = citekit.parse_article("According to police, the fire started at noon.")
    assert [source.name for source in article.sources] == ["police"]
