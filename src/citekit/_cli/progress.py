"""A one-line progress bar on standard error, redrawn in place.

It shows the count, the rate and, when the end is known (a number of files,
or the bytes of the JSON Lines being read), the share done and the time left:

    citekit ▕██████████▌         ▏  52%  5,210/10,000  312/s  0:15 left

The command line draws it only when standard error is a terminal, and clears
it before anything else is written to that terminal.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress", "clock_text"]

_BLOCKS = " ▏▎▍▌▋▊█"
_CLEAR = "\r\033[K"
_INTERVAL = 0.1  # seconds between redraws


class Progress:
    """Count finished inputs and redraw the bar at most ten times a second."""

    def __init__(
        self,
        stream: TextIO,
        *,
        total: int | None = None,
        fraction: Callable[[], float | None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        width: int | None = None,
    ) -> None:
        self.stream = stream
        self.total = total
        self.fraction = fraction
        self.clock = clock
        self.width = width
        self.count = 0
        self.started = clock()
        self.drawn_at: float | None = None
        self.visible = False
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        self.unicode = encoding in ("utf8", "utf16", "utf32")

    def advance(self, count: int = 1) -> None:
        self.count += count
        now = self.clock()
        if self.drawn_at is None or now - self.drawn_at >= _INTERVAL:
            self.draw(now)

    def draw(self, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        self.drawn_at = now
        self.stream.write(_CLEAR + self.line(now))
        self.stream.flush()
        self.visible = True

    def clear(self) -> None:
        """Take the bar off the screen (it comes back at the next redraw)."""
        if self.visible:
            self.stream.write(_CLEAR)
            self.stream.flush()
            self.visible = False
            self.drawn_at = None

    def line(self, now: float) -> str:
        """The bar as it stands at ``now``."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.count / elapsed
        share = self._share()
        parts = ["citekit"]
        columns = self.width or _columns(self.stream)
        if share is not None:
            bar_width = max(min(columns - 60, 30), 10)
            parts.append(self._bar(share, bar_width))
            parts.append(f"{share * 100:3.0f}%")
        parts.append(f"{self.count:,}/{self.total:,}" if self.total else f"{self.count:,}")
        parts.append(f"{rate:,.0f}/s" if rate >= 10 else f"{rate:.1f}/s")
        if share is not None and share > 0:
            parts.append(f"{clock_text(elapsed * (1 - share) / share)} left")
        else:
            parts.append(clock_text(elapsed))
        return "  ".join(parts)[: max(columns - 1, 20)]

    def _share(self) -> float | None:
        if self.total:
            return min(self.count / self.total, 1.0)
        if self.fraction is not None:
            return self.fraction()
        return None

    def _bar(self, share: float, width: int) -> str:
        if not self.unicode:
            filled = int(share * width)
            return "[" + "#" * filled + "." * (width - filled) + "]"
        eighths = int(share * width * 8)
        full, part = divmod(eighths, 8)
        body = "█" * full + (_BLOCKS[part] if full < width else "")
        return "▕" + body.ljust(width) + "▏"


def _columns(stream: TextIO) -> int:
    # The width of the terminal that the bar is drawn on, which is standard
    # error's even when standard output goes to a file.
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return shutil.get_terminal_size().columns


def clock_text(seconds: float) -> str:
    """ "0:07", "12:30", "1:02:03"."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
