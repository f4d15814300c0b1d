"""Many articles: ``parse_many`` and the ordered, bounded process pool under it.

A corpus can be larger than memory, so nothing here ever holds the whole input:
the input iterable is read only as fast as results are taken, and at most a
fixed window of chunks is in flight in the worker processes. Results come out
in input order, whatever order the workers finish in.

An exception keeps its place too. If reading the input raises (a non-``str``
item, or the caller's own generator failing), or the function raises in a
worker, every result before that item is yielded first and then the exception
is raised, so a caller sees exactly how far the batch got.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Generic, TypeVar

import attrs

from ._pipeline import parse_article
from ._records import Article

__all__ = ["ordered_map", "parse_many", "resolve_jobs"]

T = TypeVar("T")
R = TypeVar("R")

#: A chunk is closed at this many items ...
CHUNK_ITEMS = 32
#: ... or once its items' sizes add up to this many characters (or bytes).
CHUNK_SIZE = 1 << 20
#: Chunks in flight per worker process: enough to keep every worker busy while
#: the parent hands out the next one, few enough to bound memory.
CHUNKS_PER_JOB = 2


def parse_many(texts: Iterable[str], *, jobs: int | None = None) -> Generator[Article, None, None]:
    """Parse many articles, yielding one ``Article`` per text, in input order.

    ``texts`` is any iterable of ``str``: a list, a generator reading files or
    database rows, a file of one article a line. It is read lazily, and only a
    bounded window of texts is held at a time (about ``2 * jobs`` chunks of at
    most 32 texts or 1 MB each), so memory stays flat however long the input.

    ``jobs`` is the number of worker processes: ``None`` or ``1`` parses in
    this process; ``0`` uses one process per CPU; more than 1 starts a process
    pool that lives as long as the iterator (close the iterator, or run it to
    its end, to stop the pool). The results are the same whatever ``jobs`` is.

    An item that is not a ``str`` raises ``TypeError`` naming its index, after
    the articles of every item before it have been yielded; nothing after it
    is yielded. Raises ``ValueError`` for a negative ``jobs``.
    """
    workers = resolve_jobs(jobs)
    return ordered_map(parse_article, _checked_texts(texts), jobs=workers, size=len)


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes that ``jobs`` asks for (at least 1)."""
    if jobs is None:
        return 1
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int or None, not {type(jobs).__name__}")
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, got {jobs}")
    if jobs == 0:
        return max(os.cpu_count() or 1, 1)
    return jobs


def _checked_texts(texts: Iterable[str]) -> Iterator[str]:
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"parse_many() item {index} is {type(text).__name__}, not str")
        yield text


def ordered_map(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    size: Callable[[T], int] | None = None,
) -> Generator[R, None, None]:
    """``map(function, items)``, in worker processes when ``jobs > 1``, in input order.

    ``function`` must be picklable (a module-level function) when ``jobs > 1``.
    ``size`` measures an item (in characters or bytes) to cut chunks of about
    ``CHUNK_SIZE``; without it chunks are cut by count alone. Closing the
    generator stops the pool.
    """
    if jobs <= 1:
        return _serial_map(function, items)
    return _pooled_map(function, items, jobs, size or _one)


def _serial_map(function: Callable[[T], R], items: Iterable[T]) -> Generator[R, None, None]:
    for item in items:
        yield function(item)


def _one(item: object) -> int:
    return 1


@attrs.frozen
class _ChunkResult(Generic[R]):
    """What a worker returns for a chunk: the results, and the error that stopped it."""

    results: list[R]
    error: BaseException | None = None


def _run_chunk(function: Callable[[T], R], chunk: list[T]) -> _ChunkResult[R]:
    results: list[R] = []
    for item in chunk:
        try:
            results.append(function(item))
        except Exception as error:  # raised in the parent, after the results before it
            return _ChunkResult(results, error)
    return _ChunkResult(results)


def _ignore_interrupts() -> None:
    # Ctrl-C goes to the whole process group: let the parent alone handle it
    # (it cancels the pool), rather than every worker printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pooled_map(
    function: Callable[[T], R], items: Iterable[T], jobs: int, size: Callable[[T], int]
) -> Generator[R, None, None]:
    chunks = _chunks(items, size)
    window: deque[Future[_ChunkResult[R]]] = deque()
    limit = jobs * CHUNKS_PER_JOB
    input_error: Exception | None = None
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        while True:
            while input_error is None and len(window) < limit:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    break
                except Exception as error:  # the input failed: drain what is in flight first
                    input_error = error
                    break
                window.append(executor.submit(_run_chunk, function, chunk.items))
                if chunk.error is not None:
                    input_error = chunk.error
            if not window:
                break
            done = window.popleft().result()
            yield from done.results
            if done.error is not None:
                raise done.error
        if input_error is not None:
            raise input_error
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


@attrs.frozen
class _Chunk(Generic[T]):
    """Items to send to one worker; ``error`` is what reading the next item raised."""

    items: list[T]
    error: Exception | None = None


def _chunks(items: Iterable[T], size: Callable[[T], int]) -> Iterator[_Chunk[T]]:
    chunk: list[T] = []
    weight = 0
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        except Exception as error:
            if chunk:
                yield _Chunk(chunk, error)
                return
            raise
        chunk.append(item)
        weight += size(item)
        if len(chunk) >= CHUNK_ITEMS or weight >= CHUNK_SIZE:
            yield _Chunk(chunk)
            chunk, weight = [], 0
    if chunk:
        yield _Chunk(chunk)
