"""The command line's output: articles written as text, JSON or JSON Lines as they come.

The writer turns a failure to write (a full disk, a closed pipe) into an
``OutputError`` that names the reason, so the command can exit with its own
status (3) rather than a traceback; the helpers here decide colour and width
from the stream the output goes to.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Iterable
from typing import Any, TextIO

from .inputs import Parsed, shown
from .report import render_text


class OutputError(Exception):
    """Standard output could not be written: the message says why ("No space left on device")."""


class Writer:
    """Writes articles to standard output in one of the three formats, as they come."""

    def __init__(self, out: TextIO, fmt: str, *, color: bool, width: int) -> None:
        self.out = out
        self.format = fmt
        self.color = color
        self.width = width
        self.count = 0
        self.closed = False

    def write(self, result: Parsed) -> None:
        if self.format == "text":
            name = shown(result.name)
            chunk = render_text(name, result.article, color=self.color, width=self.width)
            self._emit(("\n" if self.count else "") + chunk)
        else:
            record = record_of(result)
            if self.format == "jsonl":
                self._emit(_json(record) + "\n")
            else:
                lines = _json(record, indent=2).split("\n")
                self._emit(("[\n" if not self.count else ",\n") + _indent(lines))
        self.count += 1

    def close(self) -> None:
        """End the output (a JSON array's "]"); once, however often it is called."""
        if self.closed:
            return
        self.closed = True
        if self.format == "json":
            self._emit("\n]\n" if self.count else "[]\n")
        else:
            self._emit("")

    def _emit(self, text: str) -> None:
        try:
            if text:
                self.out.write(text)
            self.out.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as error:
            self.closed = True  # nothing more can be written, a closing "]" included
            why = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise OutputError(why) from None


def record_of(result: Parsed) -> dict[str, Any]:
    """The output object of one article: ``input``, carried fields, then the article."""
    return {"input": result.name, **dict(result.fields), **result.article.to_dict()}


#: Line separators that JSON leaves unescaped but that many line readers
#: (Python's str.splitlines, old JavaScript) split on: escaped, so that one
#: record stays one line whatever its text holds.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _json(record: dict[str, Any], indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent).translate(_LINE_BREAKS)


def _indent(lines: Iterable[str]) -> str:
    return "\n".join("  " + line for line in lines)


def prepare_stream(out: TextIO, *, utf8: bool) -> None:
    # JSON is written as UTF-8 whatever the locale. A lone surrogate (which a
    # JSON string may hold, as "\ud800") cannot be encoded: backslashreplace
    # writes it as the same escape, which keeps the JSON valid.
    if isinstance(out, io.TextIOWrapper):
        try:
            if utf8:
                out.reconfigure(encoding="utf-8", errors="backslashreplace")
            else:
                out.reconfigure(errors="backslashreplace")
        except (ValueError, io.UnsupportedOperation):  # pragma: no cover - exotic streams
            pass


def silence(out: TextIO) -> None:
    # After a broken pipe, Python would complain once more when it flushes
    # standard output at exit: point it at devnull instead.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def use_color(choice: str, out: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return is_terminal(out)


def width_of(out: TextIO) -> int:
    if is_terminal(out):
        return max(min(shutil.get_terminal_size().columns, 120), 40)
    return 100
