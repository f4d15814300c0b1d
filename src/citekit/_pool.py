"""The ordered pool of worker processes under ``parse_many`` and the command line.

The pool is built for what a long batch meets in production:

- it starts a worker only when it has a chunk for it, and never more than
  ``jobs`` or the CPUs this process may use: a run over one file is one worker,
  whatever ``--jobs`` says;
- a worker that dies (the kernel's out-of-memory killer, a signal, a crash in
  C code) costs only the item it was parsing: that item's outcome says how the
  worker died, a fresh worker takes the rest of its chunk, and the batch goes on;
- a worker whose parent is gone stops by itself, so that a batch killed with
  SIGKILL leaves no process behind.

Each worker has a pipe of its own, is given one chunk at a time and sends back
each item's result as soon as it is done. So the parent always knows which item
a worker holds, and no queue is shared that a dying worker could leave locked
(which is how ``multiprocessing.Pool`` hangs and ``ProcessPoolExecutor`` breaks
when a worker is killed).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import suppress
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

import attrs

__all__ = [
    "CHUNKS_PER_JOB",
    "CHUNK_ITEMS",
    "CHUNK_SIZE",
    "Outcome",
    "died_how",
    "map_in_order",
    "resolve_jobs",
    "usable_cpus",
]

T = TypeVar("T")
R = TypeVar("R")

#: A chunk is closed at this many items ...
CHUNK_ITEMS = 32
#: ... or once its items' sizes add up to this many characters (or bytes).
CHUNK_SIZE = 1 << 20
#: Chunks read ahead per worker process: enough to keep every worker busy while
#: the results of the oldest are still awaited, few enough to bound memory.
CHUNKS_PER_JOB = 2

#: How often (seconds) a waiting worker checks that its parent is still there.
_PARENT_CHECK = 1.0
#: How long (seconds) stopped workers are given to exit before they are killed.
_STOP_GRACE = 2.0
#: Workers that may die in a row before taking any work, before the pool gives up.
_MAX_STILLBORN = 5


def died_how(exit_code: int) -> str:
    """ "signal 9" or "exit status 1": how a process ended, from its exit code."""
    if exit_code < 0:
        return f"signal {-exit_code}"
    return f"exit status {exit_code}"


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes that ``jobs`` asks for: at least 1, at most the CPUs."""
    if jobs is None:
        return 1
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int or None, not {type(jobs).__name__}")
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, got {jobs}")
    cpus = usable_cpus()
    return cpus if jobs == 0 else min(jobs, cpus)


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, where the system has one)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):  # pragma: no cover - macOS and Windows
        return max(os.cpu_count() or 1, 1)


@attrs.frozen
class Outcome(Generic[T, R]):
    """What became of one item: its ``result``, the ``error`` it raised, or its worker's death.

    ``exit_code`` is set when the worker died holding the item: minus the
    signal that killed it (-9), or the status it exited with.
    """

    index: int
    item: T
    result: R | None = None
    error: BaseException | None = None
    exit_code: int | None = None


def map_in_order(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    size: Callable[[T], int] | None = None,
) -> Generator[Outcome[T, R], None, None]:
    """``function`` over ``items`` (in workers when ``jobs > 1``): outcomes in input order.

    An exception that ``function`` raises is the item's outcome, not raised
    here; so is a worker's death. An exception raised by ``items`` is raised
    after the outcomes of every item before it. ``function`` must be
    picklable (a module-level function, or a ``functools.partial`` of one)
    where processes are not forked. ``size`` measures an item (in characters
    or bytes) to cut chunks of about ``CHUNK_SIZE``; without it chunks are cut
    by count alone. Closing the generator stops the workers.
    """
    if jobs <= 1:
        return _serial(function, items)
    return _pooled(function, items, jobs, size or _one)


def _serial(function: Callable[[T], R], items: Iterable[T]) -> Generator[Outcome[T, R], None, None]:
    for index, item in enumerate(items):
        try:
            result = function(item)
        except Exception as error:
            yield Outcome(index, item, error=error)
        else:
            yield Outcome(index, item, result)


def _one(item: object) -> int:
    return 1


@attrs.frozen
class _Chunk(Generic[T]):
    """Items read together; ``error`` is what reading the item after them raised."""

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


@attrs.define
class _Slot(Generic[T, R]):
    """A chunk in the window: its items, and their outcomes as they come (in any order)."""

    first: int  # the index of its first item in the input
    items: list[T]
    outcomes: list[Outcome[T, R] | None]
    yielded: int = 0

    def outcome(self, position: int, **what: Any) -> None:
        self.outcomes[position] = Outcome(self.first + position, self.items[position], **what)


@attrs.define
class _Unit(Generic[T, R]):
    """Work for one worker: the items of a slot from ``start`` on."""

    slot: _Slot[T, R]
    start: int


def _pooled(
    function: Callable[[T], R], items: Iterable[T], jobs: int, size: Callable[[T], int]
) -> Generator[Outcome[T, R], None, None]:
    chunks = _chunks(items, size)
    window: deque[_Slot[T, R]] = deque()
    pending: deque[_Unit[T, R]] = deque()
    limit = jobs * CHUNKS_PER_JOB
    read = 0
    exhausted = False
    input_error: Exception | None = None
    pool: _Pool[T, R] = _Pool(function, jobs)
    try:
        while True:
            while not exhausted and input_error is None and len(window) < limit:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    exhausted = True
                    break
                except Exception as error:  # the input failed: drain what is in flight first
                    input_error = error
                    break
                slot: _Slot[T, R] = _Slot(read, chunk.items, [None] * len(chunk.items))
                read += len(chunk.items)
                window.append(slot)
                pending.append(_Unit(slot, 0))
                if chunk.error is not None:
                    input_error = chunk.error
            while window:
                head = window[0]
                while head.yielded < len(head.items):
                    outcome = head.outcomes[head.yielded]
                    if outcome is None:
                        break
                    head.outcomes[head.yielded] = None
                    head.yielded += 1
                    yield outcome
                if head.yielded < len(head.items):
                    break
                window.popleft()
                if not exhausted and input_error is None:
                    break  # room in the window: read on
            if not window:
                if input_error is not None:
                    raise input_error
                if exhausted:
                    return
                continue
            pool.dispatch(pending)
            pool.collect(pending)
    finally:
        pool.close()


class _Worker(Generic[T, R]):
    """A worker process, its end of the pipe, and the work it holds."""

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.unit: _Unit[T, R] | None = None
        self.received = 0  # results received of the unit
        self.worked = False  # whether it ever took a unit


class _Pool(Generic[T, R]):
    """Worker processes started as they are needed, each given one unit at a time."""

    def __init__(self, function: Callable[[T], R], most: int) -> None:
        self.function = function
        self.most = most
        self.workers: list[_Worker[T, R]] = []
        self.context = multiprocessing.get_context()
        self.stillborn = 0

    def dispatch(self, pending: deque[_Unit[T, R]]) -> None:
        """Give the pending units to idle workers, starting workers while there are too few."""
        while pending:
            worker = next((w for w in self.workers if w.unit is None), None)
            if worker is None:
                if len(self.workers) >= self.most:
                    return
                worker = self._start()
                if worker is None:
                    return
            unit = pending.popleft()
            try:
                worker.conn.send_bytes(pickle.dumps(unit.slot.items[unit.start :]))
            except (OSError, ValueError):  # it died while idle: it held nothing
                pending.appendleft(unit)
                self._bury(worker, pending)
                continue
            worker.unit, worker.received, worker.worked = unit, 0, True

    def collect(self, pending: deque[_Unit[T, R]]) -> None:
        """Wait for a result or a death, and take in every one that is there."""
        busy = [w for w in self.workers if w.unit is not None]
        if not busy:
            return
        waited: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in self.workers]
        ready = set(wait(waited))
        for worker in list(self.workers):
            alive = True
            if worker.conn in ready:
                alive = self._receive(worker)
            if not alive or worker.process.sentinel in ready:
                self._bury(worker, pending)

    def close(self) -> None:
        """Stop every worker: an idle one is asked to, a busy one is terminated."""
        for worker in self.workers:
            if worker.unit is None:
                with suppress(OSError, ValueError):
                    worker.conn.send_bytes(pickle.dumps(None))
            else:
                _signal(worker.process, signal.SIGTERM)
        deadline = time.monotonic() + _STOP_GRACE
        for worker in self.workers:
            worker.process.join(max(deadline - time.monotonic(), 0))
            if worker.process.exitcode is None:
                _signal(worker.process, signal.SIGKILL)
                worker.process.join()
            worker.conn.close()
        self.workers.clear()

    def _start(self) -> _Worker[T, R] | None:
        mine, theirs = self.context.Pipe()
        # A forked worker inherits the parent's ends of every pipe, its own
        # included: it closes them, so that the parent's death closes its pipe.
        forked = self.context.get_start_method() == "fork"
        inherited = [w.conn.fileno() for w in self.workers] + [mine.fileno()] if forked else []
        process = self.context.Process(
            target=_work,
            args=(self.function, theirs, inherited),
            name="citekit-worker",
            daemon=False,
        )
        try:
            process.start()
        except OSError:  # no more processes: go on with the workers there are
            mine.close()
            theirs.close()
            if not self.workers:
                raise
            self.most = len(self.workers)
            return None
        theirs.close()
        worker: _Worker[T, R] = _Worker(process, mine)
        self.workers.append(worker)
        return worker

    def _receive(self, worker: _Worker[T, R]) -> bool:
        """Take in the results the worker has sent; ``False`` when its pipe is closed."""
        try:
            while worker.unit is not None and worker.conn.poll():
                data = worker.conn.recv_bytes()
                self._record(worker, data)
        except (EOFError, OSError):
            return False
        return True

    def _record(self, worker: _Worker[T, R], data: bytes) -> None:
        unit = worker.unit
        assert unit is not None
        position = unit.start + worker.received
        try:
            kind, payload = pickle.loads(data)
        except Exception as error:  # a result that cannot be read back here
            kind, payload = "error", RuntimeError(f"its result could not be read: {error!r}")
        if kind == "result":
            unit.slot.outcome(position, result=payload)
        else:
            unit.slot.outcome(position, error=payload)
        worker.received += 1
        if position + 1 == len(unit.slot.items):
            worker.unit = None

    def _bury(self, worker: _Worker[T, R], pending: deque[_Unit[T, R]]) -> None:
        """A worker has ended: its results first, then its item is lost and its chunk goes on."""
        self._receive(worker)
        worker.process.join(_STOP_GRACE)
        if worker.process.exitcode is None:  # its pipe broke, yet it lives: end it
            _signal(worker.process, signal.SIGKILL)
            worker.process.join()
        exit_code = worker.process.exitcode
        worker.conn.close()
        self.workers.remove(worker)
        unit = worker.unit
        if unit is None:
            if not worker.worked:
                self.stillborn += 1
                if self.stillborn >= _MAX_STILLBORN:
                    raise RuntimeError(
                        f"citekit's worker processes die as they start ({died_how(exit_code or 0)})"
                    )
            return
        self.stillborn = 0
        position = unit.start + worker.received
        unit.slot.outcome(position, exit_code=exit_code if exit_code is not None else -9)
        if position + 1 < len(unit.slot.items):
            pending.appendleft(_Unit(unit.slot, position + 1))


def _signal(process: BaseProcess, number: int) -> None:
    if process.pid is None or process.exitcode is not None:
        return
    with suppress(OSError):  # it is gone already
        os.kill(process.pid, number)


def _work(function: Callable[[Any], Any], conn: Connection, inherited: list[int]) -> None:
    """A worker: parse the units the parent sends, one result at a time, until told to stop."""
    # Ctrl-C goes to the whole process group: the parent alone handles it and
    # stops the workers. SIGTERM ends a worker at once (the parent's handler,
    # inherited by a fork, is not this process's to run).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for fd in inherited:
        with suppress(OSError):
            os.close(fd)
    parent = os.getppid()
    while True:
        while not conn.poll(_PARENT_CHECK):
            if os.getppid() != parent:
                return  # the parent is gone: nobody waits for results
        try:
            unit = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
        if unit is None:
            return
        for item in unit:
            try:
                message = ("result", function(item))
            except Exception as error:
                message = ("error", error)
            try:
                data = pickle.dumps(message)
            except Exception as error:  # an unpicklable result or exception
                data = pickle.dumps(("error", RuntimeError(f"{message[1]!r} ({error})")))
            try:
                conn.send_bytes(data)
            except (OSError, ValueError):
                return
