"""What the command line reads: files, folders, globs, standard input, JSON Lines.

Reading is split in two so that the slow part runs in the worker processes:
the parent finds the inputs (``find_inputs``, ``read_jsonl``) and hands out
small ``Task`` records; a worker reads, decompresses and parses one
(``run_task``) and returns a ``Parsed`` or a ``Failed``, never raising, so one
bad input costs only itself.
"""

from __future__ import annotations

import fnmatch
import glob
import gzip
import importlib
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO, cast

import attrs
import regex

from .._pipeline import parse_article
from .._records import Article

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_PATTERNS",
    "TEXT_PATTERNS",
    "Failed",
    "Meter",
    "Parsed",
    "Task",
    "find_inputs",
    "looks_like_markup",
    "read_jsonl",
    "read_stdin",
    "reason",
    "run_task",
    "task_size",
]

#: Files taken from a folder, by default: articles as text or HTML, plain or gzipped.
TEXT_PATTERNS = tuple(
    f"*.{ext}{gz}" for ext in ("txt", "text", "html", "htm", "xhtml") for gz in ("", ".gz")
)
#: Files taken from a folder with ``--jsonl``.
JSONL_PATTERNS = tuple(f"*.{ext}{gz}" for ext in ("jsonl", "ndjson") for gz in ("", ".gz"))
#: A file with one of these suffixes (before any ``.gz``) is read as HTML.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

GZIP_MAGIC = b"\x1f\x8b"
STDIN = "-"

# Content that "starts like markup": after an optional byte-order mark and
# blank space, a "<" opening a tag, a comment, a doctype or an XML
# declaration: "<!DOCTYPE html>", "<html lang=en>", "<!-- saved -->",
# "<?xml version", "<div class=". A text article may start with "<3" or
# "< 5 km", which are not tags.
_MARKUP_START_BYTES = regex.compile(
    rb"""
    \A (?: \xef\xbb\xbf )?       # a UTF-8 byte-order mark
    [\x20\t\r\n\f]{0,1000}+       # blank space, bounded
    < [!?a-zA-Z]                  # <!doctype, <!--, <?xml, <html, <div
    """,
    regex.VERBOSE,
)
# The same for text already decoded (a JSON Lines record's field).
_MARKUP_START_TEXT = regex.compile(
    r"""
    \A \ufeff?                    # a byte-order mark
    [\x20\t\r\n\f]{0,1000}+       # blank space, bounded
    < [!?a-zA-Z]                  # <!doctype, <!--, <?xml, <html, <div
    """,
    regex.VERBOSE,
)


def looks_like_markup(data: str | bytes) -> bool:
    """Whether content starts like HTML or XML markup (see ``_MARKUP_START_BYTES``)."""
    if isinstance(data, str):
        return _MARKUP_START_TEXT.match(data) is not None
    return _MARKUP_START_BYTES.match(data) is not None


@attrs.frozen
class Task:
    """One input to parse: a file to read in the worker, or content already read.

    ``name`` is what the output's ``input`` says; ``label`` (when set) is
    what a failure says (``corpus.jsonl:12 (id "a7")``); ``fields`` are
    carried into the output record as they are (a JSON Lines record's id);
    ``html`` forces ``parse_html``.
    """

    name: str
    label: str | None = None
    path: str | None = None
    data: str | bytes | None = None
    size: int = 0
    fields: tuple[tuple[str, Any], ...] = ()
    html: bool = False


@attrs.frozen
class Parsed:
    """One input's article, with its name and the fields it carries."""

    name: str
    article: Article
    fields: tuple[tuple[str, Any], ...] = ()


@attrs.frozen
class Failed:
    """One input that could not be read or parsed, and why."""

    name: str
    reason: str


@attrs.define
class Meter:
    """How many bytes of JSON Lines have been read, out of ``total`` (None: unknown)."""

    total: int | None
    done: int = 0

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(self.done / self.total, 1.0)


class HtmlUnavailable(Exception):
    """This citekit has no ``parse_html`` to read an HTML input with."""


def task_size(item: Task | Failed) -> int:
    """How much an item weighs in a chunk sent to a worker (bytes or characters)."""
    if isinstance(item, Failed):
        return 1
    return max(item.size, 1)


def find_inputs(
    arguments: Iterable[str], patterns: tuple[str, ...]
) -> Iterator[tuple[str, int] | Failed]:
    """The files that the command's arguments name, as ``(path, size)``, in order.

    A file is taken whatever its name; a folder is walked recursively, in
    sorted order, for the files whose names match ``patterns`` (hidden files
    and folders are skipped); an argument that is no file but holds ``*``,
    ``?`` or ``[`` is a glob (``**`` crosses folders). ``-`` (standard input)
    is passed through with size 0.
    """
    for argument in arguments:
        if argument == STDIN:
            yield STDIN, 0
        elif os.path.isdir(argument):
            found = _walk(argument, patterns)
            first = next(found, None)
            if first is None:
                yield Failed(argument, f"no files named {_or(patterns)} in this folder")
                continue
            yield first
            yield from found
        elif not os.path.lexists(argument) and glob.has_magic(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                yield Failed(argument, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match, patterns)
                else:
                    yield match, _size(match)
        else:
            yield argument, _size(argument)


def _walk(folder: str, patterns: tuple[str, ...]) -> Iterator[tuple[str, int]]:
    lowered = tuple(p.lower() for p in patterns)
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            lower = name.lower()
            if not name.startswith(".") and any(fnmatch.fnmatchcase(lower, p) for p in lowered):
                path = os.path.join(root, name)
                yield path, _size(path)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported when the worker tries to read it


def _or(patterns: tuple[str, ...]) -> str:
    shown = [p for p in patterns if not p.endswith(".gz")] or list(patterns)
    gz = " (or gzipped)" if len(shown) < len(patterns) else ""
    return ", ".join(shown) + gz


def read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def read_jsonl(
    source: tuple[str, int] | Failed,
    *,
    text_field: str,
    id_field: str,
    html: bool,
    meter: Meter,
    open_stdin: Callable[[], BinaryIO] = lambda: sys.stdin.buffer,
) -> Iterator[Task | Failed]:
    """A ``Task`` per record of a JSON Lines file (gzipped or not), a ``Failed`` per bad line.

    Blank lines are skipped. A line that is not JSON, not an object, or has no
    string ``text_field`` is a ``Failed`` named ``FILE:LINE`` (with the id
    when it has one); the file goes on. A file that cannot be opened, or whose
    gzip stream breaks, is one ``Failed`` and stops there.
    """
    if isinstance(source, Failed):
        yield source
        return
    path, _ = source
    try:
        raw = open_stdin() if path == STDIN else open(path, "rb")  # noqa: SIM115
    except OSError as error:
        yield Failed(path, reason(error))
        return
    try:
        yield from _records(path, raw, text_field, id_field, html, meter)
    except (OSError, EOFError, zlib.error) as error:
        yield Failed(path, reason(error))
    finally:
        if path != STDIN:
            raw.close()


def _records(
    path: str, raw: BinaryIO, text_field: str, id_field: str, html: bool, meter: Meter
) -> Iterator[Task | Failed]:
    stream: BinaryIO = raw
    peek = getattr(raw, "peek", None)
    head = peek(2)[:2] if peek else b""
    if path.lower().endswith(".gz") or head == GZIP_MAGIC:
        stream = cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb"))
    last = _tell(raw)
    for number, line in enumerate(stream, 1):
        position = _tell(raw)
        meter.done += position - last if position else len(line)
        last = position
        if line.strip():
            yield _record(f"{path}:{number}", line, text_field, id_field, html)


def _tell(raw: BinaryIO) -> int:
    try:
        return raw.tell()
    except (OSError, ValueError):
        return 0


def _record(name: str, line: bytes, text_field: str, id_field: str, html: bool) -> Task | Failed:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        return Failed(name, reason(error))
    except ValueError as error:
        return Failed(name, f"not JSON ({error})")
    if not isinstance(record, dict):
        return Failed(name, f"not a JSON object but {_json_type(record)}")
    record_id = record.get(id_field)
    shown = name
    if record_id is not None:
        shown = f"{name} (id {json.dumps(record_id, ensure_ascii=False)})"
    if text_field not in record:
        return Failed(shown, f'no "{text_field}" field')
    text = record[text_field]
    if not isinstance(text, str):
        return Failed(shown, f'"{text_field}" is {_json_type(text)}, not a string')
    return Task(
        name, label=shown, data=text, size=len(text), fields=(("id", record_id),), html=html
    )


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def run_task(item: Task | Failed) -> Parsed | Failed:
    """Read and parse one input; a ``Failed`` says why not. Never raises on a bad input."""
    if isinstance(item, Failed):
        return item
    label = item.label or item.name
    try:
        return Parsed(item.name, _parse(item), item.fields)
    except (OSError, UnicodeDecodeError, EOFError, zlib.error) as error:
        return Failed(label, reason(error))
    except HtmlUnavailable:
        return Failed(label, "is HTML, and this citekit has no parse_html to read it")
    except Exception as error:  # a bug in citekit: report it and go on with the batch
        return Failed(label, f"citekit failed ({type(error).__name__}: {error}); please report")


def _parse(task: Task) -> Article:
    data = task.data
    if data is None:
        with open(task.path or task.name, "rb") as handle:
            data = handle.read()
    if isinstance(data, str):
        if task.html or looks_like_markup(data):
            return _parse_html(data)
        return parse_article(data)
    if data[:2] == GZIP_MAGIC:
        data = gzip.decompress(data)
    name = task.name.lower().removesuffix(".gz")
    if task.html or name.endswith(HTML_SUFFIXES) or looks_like_markup(data):
        return _parse_html(data)
    return parse_article(data.decode("utf-8"))


def _parse_html(data: str | bytes) -> Article:
    # citekit.parse_html is looked up when needed, so that the command line
    # works, and says why, with a citekit that cannot read HTML.
    parse_html = getattr(importlib.import_module("citekit"), "parse_html", None)
    if parse_html is None:
        raise HtmlUnavailable
    return cast(Article, parse_html(data))


def reason(error: BaseException) -> str:
    """Why an input could not be read, in a few words."""
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset {error.start})"
    if isinstance(error, (EOFError, zlib.error, gzip.BadGzipFile)):
        return f"not a valid gzip file ({error or 'truncated'})"
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
