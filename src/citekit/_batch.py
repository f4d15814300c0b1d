"""Many articles: ``parse_many``, in input order and in flat memory, over the pool of ``_pool``.

A corpus can be larger than memory, so nothing here ever holds the whole input:
the input is read only as fast as results are taken, and at most a fixed window
of chunks is in flight. Results come out in input order, whatever order the
workers finish in.

The pool itself (``_pool``) survives a dead worker: a text whose worker died is
reported in its place as ``WorkerDied``.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from functools import partial
from types import TracebackType
from typing import Any

from ._pipeline import parse_article
from ._pool import Outcome, died_how, map_in_order, resolve_jobs
from ._records import Article
from ._text.language import lexicon_for

__all__ = [
    "MAX_CHARS",
    "BatchItemError",
    "InputTooLarge",
    "NotAString",
    "WorkerDied",
    "parse_many",
]

#: ``parse_many``'s default ``max_chars``: far more than any article (a long
#: feature is 100,000 characters), far less than what would take a machine's memory.
MAX_CHARS = 20_000_000


class BatchItemError(Exception):
    """An item of ``parse_many`` that was not parsed; ``index`` is its place in the input.

    It is raised at the item's place, after the articles of every item before
    it. The batch is not over: ``next()`` on the same iterator goes on with the
    item after it.
    """

    index: int


class NotAString(BatchItemError, TypeError):
    """An item that is not a ``str``: it is not parsed."""

    def __init__(self, index: int, kind: str) -> None:
        super().__init__(index, kind)
        self.index = index
        self.kind = kind

    def __str__(self) -> str:
        return f"parse_many() item {self.index} is {self.kind}, not str"


class InputTooLarge(BatchItemError, ValueError):
    """A text longer than ``parse_many``'s ``max_chars``: it is not parsed."""

    def __init__(self, index: int, length: int, limit: int) -> None:
        super().__init__(index, length, limit)
        self.index = index
        self.length = length
        self.limit = limit

    def __str__(self) -> str:
        return (
            f"parse_many() item {self.index} is {self.length:,} characters long, "
            f"more than max_chars={self.limit:,}; it was not parsed"
        )


class WorkerDied(BatchItemError):
    """The worker process parsing this item died: killed by a signal or exited.

    ``signal`` is the number of the signal that killed it (9 when the kernel's
    out-of-memory killer did), else ``None`` and ``exit_status`` says how it exited.
    """

    def __init__(self, index: int, exit_code: int) -> None:
        super().__init__(index, exit_code)
        self.index = index
        self.exit_code = exit_code
        self.signal: int | None = -exit_code if exit_code < 0 else None
        self.exit_status: int | None = exit_code if exit_code >= 0 else None

    def __str__(self) -> str:
        return (
            f"parse_many() item {self.index}: the worker process died "
            f"({died_how(self.exit_code)}) while parsing it"
        )


def parse_many(
    texts: Iterable[str],
    *,
    jobs: int | None = None,
    max_chars: int | None = MAX_CHARS,
    language: str | None = None,
) -> Iterator[Article]:
    """Parse many articles, yielding one ``Article`` per text, in input order.

    ``texts`` is any iterable of ``str``: a list, a generator reading files or
    database rows, a pandas column. It is read lazily, and only a bounded
    window of texts is held at a time (about ``2 * jobs`` chunks of at most 32
    texts or 1 MB each), so memory stays flat however long the input.

    ``language`` is as ``parse_article`` takes it, for every text: ``None``
    detects each text's language.

    ``jobs`` is the number of worker processes: ``None`` or ``1`` parses in
    this process; ``0`` uses one per CPU; more than 1 starts worker processes
    as they are needed, never more than the CPUs this process may use, which
    live as long as the iterator (run it to its end, or ``close()`` it, or use
    it in a ``with`` block, to stop them). The results are the same whatever
    ``jobs`` is.

    An item that cannot be parsed raises an exception at its place, after the
    articles of every item before it; the batch is not over, and ``next()``
    goes on with the item after it:

    - ``citekit.NotAString`` (a ``TypeError``) for an item that is not a ``str``;
    - ``citekit.InputTooLarge`` (a ``ValueError``) for a text longer than
      ``max_chars`` (default 20,000,000; ``None`` for no limit);
    - ``citekit.WorkerDied`` when the worker parsing it died (the kernel's
      out-of-memory killer, a signal): a fresh worker takes over the rest.

    Each is a ``citekit.BatchItemError``, with the item's ``index``. An
    exception raised by ``texts`` itself (a dropped database connection) is
    raised at its place too, and ends the batch. Raises ``TypeError`` at once
    when ``texts`` is a ``str`` or ``bytes`` (one text, not an iterable of
    texts) or not iterable, and ``ValueError`` for a negative ``jobs`` or
    ``max_chars`` or an unknown ``language``.
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            f"parse_many() takes an iterable of texts, not one {type(texts).__name__}: "
            "for one text, call parse_article(text) or pass [text]"
        )
    workers = resolve_jobs(jobs)
    limit = _checked_limit(max_chars)
    if language is not None:
        lexicon_for(language, "")  # a bad code is named at once, not at each item
    items = _checked_texts(iter(texts), limit)
    parse = _parse_item if language is None else partial(_parse_item, language=language)
    return _Articles(map_in_order(parse, items, jobs=workers, size=_text_size))


def _checked_limit(max_chars: int | None) -> int | None:
    if max_chars is None:
        return None
    if isinstance(max_chars, bool) or not isinstance(max_chars, int):
        raise TypeError(f"max_chars must be an int or None, not {type(max_chars).__name__}")
    if max_chars < 0:
        raise ValueError(f"max_chars must be 0 or more, got {max_chars}")
    return max_chars


def _checked_texts(texts: Iterator[object], limit: int | None) -> Iterator[str | Exception]:
    """The texts, each one that cannot be parsed replaced by the exception it raises."""
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            yield NotAString(index, type(text).__name__)
        elif limit is not None and len(text) > limit:
            yield InputTooLarge(index, len(text), limit)
        else:
            yield text


def _parse_item(item: str | Exception, language: str | None = None) -> Article:
    if isinstance(item, Exception):
        raise item
    return parse_article(item, language)


def _text_size(item: str | Exception) -> int:
    return len(item) if isinstance(item, str) else 1


class _Articles(Iterator[Article]):
    """``parse_many``'s iterator: each outcome's article, or its exception raised in its place."""

    def __init__(self, outcomes: Generator[Outcome[Any, Article], None, None]) -> None:
        self._outcomes = outcomes

    def __iter__(self) -> _Articles:
        return self

    def __next__(self) -> Article:
        outcome = next(self._outcomes)
        if outcome.exit_code is not None:
            raise WorkerDied(outcome.index, outcome.exit_code)
        if outcome.error is not None:
            raise outcome.error
        return outcome.result  # type: ignore[return-value]

    def close(self) -> None:
        """Stop the worker processes; the iterator yields nothing more."""
        self._outcomes.close()

    def __enter__(self) -> _Articles:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
