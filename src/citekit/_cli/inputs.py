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
import io
import json
import math
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO, cast

import attrs
import regex

from .._pipeline import parse_article
from .._records import Article
from .._text.patterns import lazy_pattern
from .limits import Limits, MemoryLimit, OverMemory, TooLarge, size_text

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_PATTERNS",
    "TEXT_PATTERNS",
    "Failed",
    "FieldMisses",
    "Meter",
    "Parsed",
    "Task",
    "find_inputs",
    "looks_like_markup",
    "read_jsonl",
    "read_stdin",
    "reason",
    "run_task",
    "shown",
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
_MARKUP_START_BYTES = lazy_pattern(
    rb"""
    \A (?: \xef\xbb\xbf )?       # a UTF-8 byte-order mark
    [\x20\t\r\n\f]{0,1000}+       # blank space, bounded
    < [!?a-zA-Z]                  # <!doctype, <!--, <?xml, <html, <div
    """,
    regex.VERBOSE,
)
# The same for text already decoded (a JSON Lines record's field).
_MARKUP_START_TEXT = lazy_pattern(
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
    ``html`` forces ``parse_html``; ``language`` is the code given with
    ``--language`` (None: detected).
    """

    name: str
    label: str | None = None
    path: str | None = None
    data: str | bytes | None = None
    size: int = 0
    fields: tuple[tuple[str, Any], ...] = ()
    html: bool = False
    language: str | None = None


@attrs.frozen
class Parsed:
    """One input's article, with its name and the fields it carries."""

    name: str
    article: Article
    fields: tuple[tuple[str, Any], ...] = ()


@attrs.frozen
class Failed:
    """One input that could not be read or parsed, and why.

    ``silent`` failures are counted but not reported one by one (a record
    like the one reported before it: see ``FieldMisses``).
    """

    name: str
    reason: str
    silent: bool = False


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


@attrs.define
class FieldMisses:
    """The JSON Lines records without the text field, over the whole run.

    A wrong ``--text-field`` makes every record miss it: the first is
    reported with the fields it has, so that the right name can be picked;
    the others are counted, and the count is said once at the end.
    """

    field: str
    count: int = 0

    def failure(self, name: str, record: dict[str, Any]) -> Failed:
        self.count += 1
        if self.count > 1:
            return Failed(name, f'no "{self.field}" field', silent=True)
        keys = ", ".join(
            json.dumps(shown(str(k))[:40], ensure_ascii=False) for k in list(record)[:12]
        )
        more = ", …" if len(record) > 12 else ""
        has = f"its fields are {keys}{more}" if record else "it has no fields"
        return Failed(name, f'no "{self.field}" field ({has}; --text-field names the field)')

    def summary(self) -> str | None:
        """The line that says how many more records missed the field, if any did."""
        if self.count <= 1:
            return None
        more = self.count - 1
        records = "record" if more == 1 else "records"
        return f'citekit: {more:,} more {records} with no "{self.field}" field, not listed'


class HtmlUnavailable(Exception):
    """This citekit has no ``parse_html`` to read an HTML input with."""


class NotText(Exception):
    """A text input that is not UTF-8: the message says where."""


def task_size(item: Task | Failed) -> int:
    """How much an item weighs in a chunk sent to a worker (bytes or characters)."""
    if isinstance(item, Failed):
        return 1
    return max(item.size, 1)


#: Characters that would drive a terminal or break a line, in a name shown on it
#: (a file named "a\x1b[2Jb.txt"): C0 and C1 controls, DEL, line and paragraph
#: separators, and the bidirectional overrides that reorder what is shown.
_UNSHOWABLE = lazy_pattern(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def shown(name: str) -> str:
    """``name`` as it can be shown on a terminal: each control character escaped (``\\x1b``)."""
    if _UNSHOWABLE.search(name) is None:
        return name
    return _UNSHOWABLE.sub(lambda m: _ESCAPES.get(m[0]) or _escape(m[0]), name)


def _escape(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def find_inputs(
    arguments: Iterable[str], patterns: tuple[str, ...]
) -> Iterator[tuple[str, int] | Failed]:
    """The files that the command's arguments name, as ``(path, size)``, in order.

    A file is taken whatever its name and kind (a named pipe given by name,
    as ``<(zcat a.gz)`` gives one, is read); a folder is walked recursively,
    in sorted order, for the regular files whose names match ``patterns``
    (hidden files and folders are skipped, a folder that cannot be read is
    reported, and so is a pipe, socket or device whose name matches); an
    argument that is no file but holds ``*``, ``?`` or ``[`` is a glob
    (``**`` crosses folders). ``-`` (standard input) is passed through with size 0.
    """
    for argument in arguments:
        if argument == STDIN:
            yield STDIN, 0
        elif os.path.isdir(argument):
            files = 0
            for found in _walk(argument, patterns):
                files += not isinstance(found, Failed)
                yield found
                if isinstance(found, Failed) and found.name == argument:
                    break  # the folder itself could not be read: reported as that
            else:
                if not files:
                    yield Failed(argument, f"no files named {_or(patterns)} in this folder")
        elif not os.path.lexists(argument) and glob.has_magic(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                yield Failed(argument, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match, patterns)
                else:
                    yield _regular(match)
        else:
            yield argument, _size(argument)


def _walk(folder: str, patterns: tuple[str, ...]) -> Iterator[tuple[str, int] | Failed]:
    """The matching files below ``folder``, in the order of ``os.walk`` with sorted names.

    A folder's files come before its sub-folders', each level sorted by name;
    links to folders are not followed (as ``os.walk`` does not).
    """
    lowered = tuple(p.lower() for p in patterns)
    stack = [folder]
    while stack:
        root = stack.pop()
        try:
            with os.scandir(root) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            why = reason(error)
            yield Failed(root, why if root == folder else f"{why}; the folder was not read")
            continue
        folders: list[str] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if _is_folder(entry):
                if not entry.is_symlink():
                    folders.append(entry.path)
                continue
            lower = name.lower()
            if any(fnmatch.fnmatchcase(lower, p) for p in lowered):
                yield _regular(entry.path)
        stack.extend(reversed(folders))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _regular(path: str) -> tuple[str, int] | Failed:
    """A file found in a folder or by a glob: a regular file, else a failure that says what it is.

    Reading a named pipe that nobody writes to would wait for ever, and a
    device may never end. A file whose kind cannot be told (a broken link)
    is passed on, and the reader reports why it cannot be read.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return path, 0
    if stat.S_ISREG(mode):
        return path, _size(path)
    return Failed(path, f"not a regular file ({_kind(mode)}); skipped")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported when the worker tries to read it


def _or(patterns: tuple[str, ...]) -> str:
    shown = [p for p in patterns if not p.endswith(".gz")] or list(patterns)
    gz = " (or gzipped)" if len(shown) < len(patterns) else ""
    return ", ".join(shown) + gz


def read_stdin(limit: int | None = None) -> bytes:
    """Standard input, read to its end or to one byte past ``limit``."""
    if sys.stdin is None:
        raise OSError("standard input is closed")
    stream = sys.stdin.buffer
    return stream.read() if limit is None else stream.read(limit + 1)


def read_jsonl(
    source: tuple[str, int] | Failed,
    *,
    text_field: str,
    id_field: str,
    html: bool,
    meter: Meter,
    misses: FieldMisses | None = None,
    max_bytes: int | None = None,
    open_stdin: Callable[[], BinaryIO] = lambda: sys.stdin.buffer,
) -> Iterator[Task | Failed]:
    """A ``Task`` per record of a JSON Lines file (gzipped or not), a ``Failed`` per bad line.

    Blank lines are skipped. A line that is not JSON, not an object, or has no
    string ``text_field`` is a ``Failed`` named ``FILE:LINE`` (with the id
    when it has one); the file goes on. A line longer than ``max_bytes`` is
    a ``Failed``, skipped without being held. A file that cannot be opened,
    or whose gzip stream breaks, is one ``Failed`` and stops there.
    """
    if isinstance(source, Failed):
        yield source
        return
    path, _ = source
    misses = misses or FieldMisses(text_field)
    try:
        raw = open_stdin() if path == STDIN else open(path, "rb")  # noqa: SIM115
    except (OSError, AttributeError) as error:
        yield Failed(
            path, reason(error) if isinstance(error, OSError) else "standard input is closed"
        )
        return
    try:
        yield from _records(path, raw, text_field, id_field, html, meter, misses, max_bytes)
    except (OSError, EOFError, zlib.error) as error:
        yield Failed(path, reason(error))
    finally:
        if path != STDIN:
            raw.close()


def _records(
    path: str,
    raw: BinaryIO,
    text_field: str,
    id_field: str,
    html: bool,
    meter: Meter,
    misses: FieldMisses,
    max_bytes: int | None,
) -> Iterator[Task | Failed]:
    stream: BinaryIO = raw
    peek = getattr(raw, "peek", None)
    head = peek(2)[:2] if peek else b""
    if path.lower().endswith(".gz") or head == GZIP_MAGIC:
        stream = cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb"))
    last = _tell(raw)
    for number, line in enumerate(_lines(stream, max_bytes), 1):
        position = _tell(raw)
        meter.done += position - last if position else len(line or b"")
        last = position
        name = f"{path}:{number}"
        if line is None:
            limit = size_text(max_bytes or 0)
            yield Failed(name, f"the line is more than {limit} long (--max-bytes); skipped")
        elif line.strip():
            yield _record(name, line, text_field, id_field, html, misses)


def _lines(stream: BinaryIO, limit: int | None) -> Iterator[bytes | None]:
    """The stream's lines; ``None`` for a line over ``limit`` bytes (read past, never held)."""
    while True:
        line = stream.readline() if limit is None else stream.readline(limit + 1)
        if not line:
            return
        if limit is None or len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
        yield None


def _tell(raw: BinaryIO) -> int:
    try:
        return raw.tell()
    except (OSError, ValueError):
        return 0


class _Number:
    """A JSON number that JSON cannot write back (``NaN``, ``Infinity``, ``1e999``), as written."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _finite_float(text: str) -> float | _Number:
    value = float(text)
    return value if math.isfinite(value) else _Number(text)


def _load(line: bytes) -> Any:
    # Python's json reads NaN and Infinity, and reads 1e999 as infinity, but
    # writes them back as bare NaN and Infinity, which no JSON reader takes.
    return json.loads(line.decode("utf-8"), parse_constant=_Number, parse_float=_finite_float)


def _plain(value: Any) -> Any:
    """``value`` with each number JSON cannot write turned into the string of it."""
    if isinstance(value, _Number):
        return value.text
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _record(
    name: str, line: bytes, text_field: str, id_field: str, html: bool, misses: FieldMisses
) -> Task | Failed:
    try:
        record = _load(line)
    except UnicodeDecodeError as error:
        return Failed(name, _not_utf8(error))
    except (ValueError, RecursionError) as error:
        return Failed(name, f"not JSON ({error})")
    if not isinstance(record, dict):
        return Failed(name, f"not a JSON object but {_json_type(record)}")
    record_id = _plain(record.get(id_field))
    shown_name = name
    if record_id is not None:
        shown_name = f"{name} (id {json.dumps(record_id, ensure_ascii=False)})"
    if text_field not in record:
        return misses.failure(shown_name, record)
    text = record[text_field]
    if not isinstance(text, str):
        return Failed(shown_name, f'"{text_field}" is {_json_type(text)}, not a string')
    return Task(
        name, label=shown_name, data=text, size=len(text), fields=(("id", record_id),), html=html
    )


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float, _Number)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def run_task(item: Task | Failed, limits: Limits | None = None) -> Parsed | Failed:
    """Read and parse one input within ``limits``; a ``Failed`` says why not.

    Never raises on a bad input.
    """
    if isinstance(item, Failed):
        return item
    limits = limits or Limits()
    label = item.label or item.name
    try:
        data = _read(item, limits.max_bytes)
        with MemoryLimit(limits.memory_for(len(data))):
            article = _parse(item, data)
        return Parsed(item.name, article, item.fields)
    except (TooLarge, OverMemory, NotText) as error:
        return Failed(label, str(error))
    except (OSError, EOFError, zlib.error) as error:
        return Failed(label, reason(error))
    except HtmlUnavailable:
        return Failed(label, "is HTML, and this citekit has no parse_html to read it")
    except MemoryError:
        return Failed(label, "ran out of memory; skipped")
    except Exception as error:  # a bug in citekit: report it and go on with the batch
        return Failed(label, f"citekit failed ({type(error).__name__}: {error}); please report")


def _read(task: Task, limit: int | None) -> str | bytes:
    """The input's content, gzip inflated; ``TooLarge`` past ``limit`` bytes, never read further."""
    data = task.data
    if data is None:
        with open(task.path or task.name, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if limit is not None and size > limit:
                raise TooLarge(
                    f"is {size_text(size)}, more than {size_text(limit)} (--max-bytes); skipped"
                )
            data = handle.read() if limit is None else handle.read(limit + 1)
    if limit is not None and len(data) > limit:
        raise TooLarge(f"is more than {size_text(limit)} (--max-bytes); skipped")
    if isinstance(data, bytes) and data[:2] == GZIP_MAGIC:
        data = _inflate(data, limit)
    return data


def _inflate(data: bytes, limit: int | None) -> bytes:
    """``data`` inflated, to one byte past ``limit`` at most: a gzip bomb stops there."""
    with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as stream:
        inflated = stream.read() if limit is None else stream.read(limit + 1)
    if limit is not None and len(inflated) > limit:
        raise TooLarge(f"inflates to more than {size_text(limit)} (--max-bytes); skipped")
    return inflated


def _parse(task: Task, data: str | bytes) -> Article:
    language = task.language
    if isinstance(data, str):
        if task.html or looks_like_markup(data):
            return _parse_html(data, language)
        return parse_article(data, language=language)
    name = task.name.lower().removesuffix(".gz")
    if task.html or name.endswith(HTML_SUFFIXES) or looks_like_markup(data):
        return _parse_html(data, language)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotText(_not_utf8(error)) from None
    return parse_article(text, language=language)


def _parse_html(data: str | bytes, language: str | None = None) -> Article:
    # citekit.parse_html is looked up when needed, so that the command line
    # works, and says why, with a citekit that cannot read HTML.
    parse_html = getattr(importlib.import_module("citekit"), "parse_html", None)
    if parse_html is None:
        raise HtmlUnavailable
    if language is None:
        return cast(Article, parse_html(data))
    return cast(Article, parse_html(data, language=language))


def _not_utf8(error: UnicodeDecodeError) -> str:
    return f"not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset {error.start})"


def reason(error: BaseException) -> str:
    """Why an input could not be read, in a few words."""
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
