"""parse_many: the same articles as parse_article, in input order, in bounded memory."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
import citekit._batch
from processes import kill_a_busy_worker, needs_linux

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


# -- what production throws at a batch --------------------------------------------

KILL = "Kill the worker that reads this."
_PARSE_ITEM = getattr(citekit._batch, "_parse_item", None)


def _killing_parse(item: str | Exception) -> citekit.Article:
    """``parse_many``'s worker function, except that one text kills its worker process,
    as the kernel's out-of-memory killer would (module-level, so that it pickles)."""
    if item == KILL:
        os.kill(os.getpid(), signal.SIGKILL)
    assert _PARSE_ITEM is not None
    return _PARSE_ITEM(item)


def _everything(
    results: Iterator[citekit.Article],
) -> tuple[list[citekit.Article], list[Exception]]:
    """Every article of a batch, and every exception raised in its place, the batch going on."""
    articles: list[citekit.Article] = []
    raised: list[Exception] = []
    while True:
        try:
            articles.append(next(results))
        except StopIteration:
            return articles, raised
        except citekit.BatchItemError as error:
            raised.append(error)


def test_a_dead_worker_costs_only_the_text_it_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(citekit._batch, "_parse_item", _killing_parse)
    batch = [f"“Item {i},” said Ann Lee." for i in range(3000)]
    batch[1234] = KILL
    articles, raised = _everything(citekit.parse_many(batch, jobs=2))
    assert len(articles) == 2999
    assert [a.text for a in articles] == batch[:1234] + batch[1235:]  # in order, none twice
    assert len(raised) == 1
    died = raised[0]
    assert isinstance(died, citekit.WorkerDied)
    assert (died.index, died.signal, died.exit_status) == (1234, 9, None)
    assert "item 1234: the worker process died (signal 9)" in str(died)


@needs_linux
def test_a_worker_killed_from_outside_costs_one_text() -> None:
    seed = SEED.read_text(encoding="utf-8")
    batch = [f"{seed}\nItem {i}." for i in range(600)]  # each a few ms: the workers stay busy
    results = citekit.parse_many(batch, jobs=2)
    articles = [next(results) for _ in range(20)]
    kill_a_busy_worker(lambda: [p.pid for p in multiprocessing.active_children()])
    more, raised = _everything(results)
    articles += more
    assert len(raised) == 1
    died = raised[0]
    assert isinstance(died, citekit.WorkerDied)
    assert died.signal == 9
    assert [a.text for a in articles] == batch[: died.index] + batch[died.index + 1 :]


def test_worker_died_pickles() -> None:
    died = pickle.loads(pickle.dumps(citekit.WorkerDied(3, -9)))
    assert (died.index, died.signal, str(died)) == (3, 9, str(citekit.WorkerDied(3, -9)))
    large = pickle.loads(pickle.dumps(citekit.InputTooLarge(4, 30, 20)))
    assert (large.index, large.length, large.limit) == (4, 30, 20)
    other = pickle.loads(pickle.dumps(citekit.NotAString(5, "bytes")))
    assert (other.index, str(other)) == (5, "parse_many() item 5 is bytes, not str")


class _CountedStarts:
    """Counts the processes started while it is installed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        start = multiprocessing.process.BaseProcess.start

        def counted(process: multiprocessing.process.BaseProcess) -> None:
            self.count += 1
            start(process)

        monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", counted)


def test_no_more_workers_than_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    starts = _CountedStarts(monkeypatch)
    assert len(list(citekit.parse_many(["One.", "Two.", "Three."], jobs=64))) == 3
    assert starts.count == 1  # three texts are one chunk: one worker, whatever jobs says


def test_no_more_workers_than_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    starts = _CountedStarts(monkeypatch)
    assert len(list(citekit.parse_many([f"Text {i}." for i in range(40 * 32)], jobs=500))) == 1280
    assert starts.count <= citekit._pool.usable_cpus()


def test_jobs_are_bounded_by_the_cpus() -> None:
    cpus = citekit._pool.usable_cpus()
    assert citekit._pool.resolve_jobs(100_000) == cpus
    assert citekit._pool.resolve_jobs(0) == cpus
    assert citekit._pool.resolve_jobs(1) == 1


@pytest.mark.parametrize("one", ["abc", b"abc", bytearray(b"abc")])
def test_one_text_is_not_a_batch(one: object) -> None:
    with pytest.raises(TypeError, match=r"an iterable of texts, not one"):
        citekit.parse_many(one)  # type: ignore[arg-type]


def test_not_iterable_raises_at_once() -> None:
    with pytest.raises(TypeError):
        citekit.parse_many(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_text_over_max_chars_is_raised_in_its_place_and_the_batch_goes_on(jobs: int) -> None:
    batch = ["Short one.", "x" * 101, "Short two.", 7, "Short three."]
    articles, raised = _everything(citekit.parse_many(batch, jobs=jobs, max_chars=100))  # type: ignore[list-item]
    assert [a.text for a in articles] == ["Short one.", "Short two.", "Short three."]
    assert isinstance(raised[0], citekit.InputTooLarge)
    assert isinstance(raised[0], ValueError)
    assert (raised[0].index, raised[0].length, raised[0].limit) == (1, 101, 100)
    assert "item 1 is 101 characters long, more than max_chars=100" in str(raised[0])
    assert isinstance(raised[1], citekit.NotAString)
    assert isinstance(raised[1], TypeError)
    assert "item 3 is int, not str" in str(raised[1])


def test_max_chars_default_and_none() -> None:
    assert citekit._batch.MAX_CHARS == 20_000_000
    assert [a.text for a in citekit.parse_many(["x" * 50], max_chars=None)] == ["x" * 50]


@pytest.mark.parametrize(
    ("limit", "error"), [(-1, ValueError), ("9", TypeError), (True, TypeError)]
)
def test_bad_max_chars(limit: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="max_chars"):
        citekit.parse_many(["text"], max_chars=limit)  # type: ignore[arg-type]


def test_a_with_block_stops_the_workers() -> None:
    with citekit.parse_many((f"Text {i}." for i in range(10_000)), jobs=2) as results:
        first = next(results)
        workers = multiprocessing.active_children()
        assert workers
    assert first.text == "Text 0."
    for worker in workers:
        worker.join(5)
        assert not worker.is_alive()
    with pytest.raises(StopIteration):
        next(results)


def test_the_public_exceptions() -> None:
    for name in ("BatchItemError", "InputTooLarge", "NotAString", "WorkerDied"):
        assert name in citekit.__all__
        assert issubclass(getattr(citekit, name), citekit.BatchItemError)
