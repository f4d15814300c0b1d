"""What one input may cost the command line: its size, and the memory its parse takes.

A corpus holds what nobody meant to write: a 3 GB log file named ``.txt``, a
gzip file that inflates without end, a page of a million attributes. Each of
them is one input among thousands, and must cost the batch that input alone.

- **Size.** An input larger than ``max_bytes`` (20 MB by default, two hundred
  times a long feature) is reported and skipped, not read: a file by its size
  on disk, a gzip file as it inflates (it is never inflated further than the
  limit), standard input and a JSON Lines line as they are read.
- **Memory.** While an input is parsed, the process's data segment may grow
  by at most a budget: 256 MB, plus 30 bytes for each byte of the input (an
  article takes up to about 20). An input whose parse needs more is stopped
  where it stands, reported and skipped, and the process goes on with the next
  input in the memory it had. The budget is the kernel's ``RLIMIT_DATA``, set
  before the parse and restored after it, so it is exact and costs nothing
  while the parse runs; it is set on Linux only (elsewhere the limit is not
  kept by the kernel for every kind of allocation).
"""

from __future__ import annotations

import mmap
import sys
from types import TracebackType

import attrs

if sys.platform.startswith("linux"):
    import resource

__all__ = [
    "MAX_BYTES",
    "MEMORY_BASE",
    "MEMORY_PER_BYTE",
    "Limits",
    "MemoryLimit",
    "OverMemory",
    "TooLarge",
    "size_text",
]

#: Address space kept free for the way out of a parse that ran out of its budget.
_RESERVE = 8 * 2**20

#: The default ``--max-bytes``.
MAX_BYTES = 20_000_000
#: The memory any input may take, however small it is (trafilatura's tree of a
#: page, the patterns' caches) ...
MEMORY_BASE = 256_000_000
#: ... and the memory it may take for each byte (or character) of it.
MEMORY_PER_BYTE = 30


@attrs.frozen
class Limits:
    """The limits of one run: ``max_bytes`` per input, and the memory budget of a parse.

    ``memory`` is a fixed budget in bytes; ``None`` is the default budget
    (``MEMORY_BASE`` plus ``MEMORY_PER_BYTE`` per byte of the input); 0 is
    no limit. ``max_bytes`` ``None`` is no size limit.
    """

    max_bytes: int | None = MAX_BYTES
    memory: int | None = None

    def memory_for(self, size: int) -> int | None:
        """The memory budget of parsing an input of ``size`` bytes (``None``: no limit)."""
        if self.memory == 0:
            return None
        if self.memory is not None:
            return self.memory
        return MEMORY_BASE + MEMORY_PER_BYTE * size


class TooLarge(Exception):
    """An input over ``max_bytes``: the message says how large, and the limit."""


class OverMemory(Exception):
    """A parse that needed more memory than its budget (``limit`` bytes)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit

    def __str__(self) -> str:
        return f"needs more than {size_text(self.limit)} of memory to parse (--max-memory); skipped"


def size_text(count: int) -> str:
    """A size as people say it, in units of 1000: "812 bytes", "2 KB", "1.5 MB", "20 MB"."""
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if count >= size:
            value = count / size
            return (
                f"{value:,.0f} {unit}"
                if value >= 10 or value == int(value)
                else f"{value:.1f} {unit}"
            )
    return f"{count:,} byte{'' if count == 1 else 's'}"


class MemoryLimit:
    """Let this process's data segment grow by at most ``budget`` bytes inside the block.

    An allocation beyond it fails, Python raises ``MemoryError`` where it
    stands, and the block raises ``OverMemory``; the limit there was before is
    restored either way. A limit set from outside (``ulimit -d``) is never
    raised. Does nothing for ``None``, or where the limit cannot be set.

    When the budget runs out, even the exception's way out needs memory (a
    traceback for each frame it leaves, the exception to raise): so a reserve
    of address space is mapped before the limit is set and unmapped first
    thing on the way out, and nothing is allocated before it is.
    """

    def __init__(self, budget: int | None) -> None:
        self.budget = budget
        self.previous: tuple[int, int] | None = None
        self.reserve: mmap.mmap | None = None

    def __enter__(self) -> None:
        if self.budget is None or not sys.platform.startswith("linux"):
            return
        now = _data_size()
        if now is None:
            return
        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        cap = now + _RESERVE + self.budget
        for outer in (soft, hard):
            if outer != resource.RLIM_INFINITY:
                cap = min(cap, outer)
        try:
            self.reserve = mmap.mmap(-1, _RESERVE)
            resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
        except (OSError, ValueError):
            self._release()
            return
        self.previous = (soft, hard)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._release()
        if self.previous is not None:
            resource.setrlimit(resource.RLIMIT_DATA, self.previous)
            self.previous = None
            if kind is not None and issubclass(kind, MemoryError) and self.budget is not None:
                raise OverMemory(self.budget) from None

    def _release(self) -> None:
        if self.reserve is not None:
            self.reserve.close()
            self.reserve = None


def _data_size() -> int | None:
    """The size of this process's data segment (``VmData``, which ``RLIMIT_DATA`` counts)."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None
