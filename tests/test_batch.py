"""parse_many: the same articles as parse_article, in input order, in bounded memory."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7c77af76040d90d3.txt"

SHAPES = [
    "“We are leaving,” said Mara Olsen, a spokeswoman for the port.",
    "Crowds gathered in the square. [Photo by Ada Vance/Reuters]",
    "",
    "A plain sentence with nothing cited in it.",
    "Hello world pic.twitter.com/AbCdEf12\n— Jo Bright (@jobright) March 3, 2021",
]


def texts(count: int) -> list[str]:
    """Texts of very different lengths, so that workers finish chunks out of order."""
    seed = SEED.read_text(encoding="utf-8")
    return [
        (seed * 3 if i % 40 < 4 else "") + SHAPES[i % len(SHAPES)] + f" Item {i}."
        for i in range(count)
    ]


def test_public() -> None:
    assert "parse_many" in citekit.__all__


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], list[citekit.Article]]:
    batch = texts(150)  # several chunks of 32
    return batch, [citekit.parse_article(t) for t in batch]


@pytest.mark.parametrize("jobs", [None, 1, 2, 0])
def test_same_articles_in_input_order(
    corpus: tuple[list[str], list[citekit.Article]], jobs: int | None
) -> None:
    batch, expected = corpus
    assert list(citekit.parse_many(batch, jobs=jobs)) == expected


def test_any_iterable_and_lazy() -> None:
    results = citekit.parse_many(t for t in SHAPES)
    assert isinstance(results, Iterator)
    assert [a.text for a in results] == SHAPES


@pytest.mark.parametrize("jobs", [1, 2])
def test_endless_input_is_read_only_as_far_as_needed(jobs: int) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Line {i} said Ann Lee."

    results = citekit.parse_many(endless(), jobs=jobs)
    first = list(itertools.islice(results, 10))
    results.close()  # stops the pool
    assert [a.text for a in first] == [f"Line {i} said Ann Lee." for i in range(10)]
    # A bounded window: two chunks of at most 32 texts per worker, and the
    # chunk being filled; never the whole input.
    assert pulled <= (10 if jobs == 1 else (2 * jobs + 1) * 32)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_non_str_item_raises_type_error_naming_its_index(jobs: int) -> None:
    results = citekit.parse_many(["First text.", "Second text.", b"bytes", "Never."], jobs=jobs)
    assert [next(results).text, next(results).text] == ["First text.", "Second text."]
    with pytest.raises(TypeError, match=r"item 2 is bytes, not str"):
        next(results)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_input_is_raised_after_the_results_before_it(jobs: int) -> None:
    def failing() -> Iterator[str]:
        yield "One."
        yield "Two."
        raise OSError("the disk went away")

    results = citekit.parse_many(failing(), jobs=jobs)
    assert [a.text for a in itertools.islice(results, 2)] == ["One.", "Two."]
    with pytest.raises(OSError, match="the disk went away"):
        next(results)


@pytest.mark.parametrize(
    ("jobs", "error"),
    [(-1, ValueError), ("2", TypeError), (1.5, TypeError), (True, TypeError)],
)
def test_bad_jobs(jobs: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="jobs"):
        citekit.parse_many(["text"], jobs=jobs)  # type: ignore[arg-type]


def test_empty_input() -> None:
    assert list(citekit.parse_many([], jobs=2)) == []


@given(st.lists(st.text(max_size=200), max_size=8))
def test_property_same_as_parse_article(batch: list[str]) -> None:
    assert list(citekit.parse_many(batch)) == [citekit.parse_article(t) for t in batch]
