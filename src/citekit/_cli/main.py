"""The ``citekit`` command line: parse articles from files, folders, globs,
JSON Lines or standard input.

One bad input never stops a batch: it is reported on standard error as
``citekit: NAME: REASON``, the other inputs are still parsed, and the exit
status is 1. Bad usage exits with 2, as argparse does. A user's mistake never
shows a traceback. Output is streamed: each article is written as soon as it
and every input before it are parsed, so memory stays flat on any corpus.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

import attrs

from .._batch import ordered_map, resolve_jobs
from .._version import __version__
from .inputs import (
    JSONL_PATTERNS,
    STDIN,
    TEXT_PATTERNS,
    Failed,
    Meter,
    Parsed,
    Task,
    find_inputs,
    read_jsonl,
    read_stdin,
    reason,
    run_task,
    task_size,
)
from .progress import Progress
from .report import plural, render_text

__all__ = ["build_parser", "main"]

FORMATS = ("text", "json", "jsonl")
COLORS = ("auto", "always", "never")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="citekit",
        description=(
            "Find what news articles cite: embedded social posts, image credits, "
            "quotations with their speakers, and attributed sources."
        ),
        epilog=(
            "Folders are read recursively for *.txt, *.text, *.html, *.htm and *.xhtml "
            "files (with --jsonl: *.jsonl and *.ndjson), each also gzipped (.gz). "
            "Exit status: 0 when every input was parsed, 1 when some could not be, "
            "2 for bad usage."
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a file (UTF-8 text, HTML, or either gzipped), a folder, a glob such as "
        "'news/**/*.txt', or '-' for standard input",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="text",
        help="text: a report to read (default); json: one JSON array with an object "
        "per article; jsonl: one JSON object a line, written as each article is parsed",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N worker processes (0: one per CPU; default 1)",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="the inputs are JSON Lines: one JSON object a line, the article in a field",
    )
    parser.add_argument(
        "--text-field",
        metavar="NAME",
        help='with --jsonl, the field that holds the article (default "text")',
    )
    parser.add_argument(
        "--id-field",
        metavar="NAME",
        help='with --jsonl, the field copied into the output as "id" (default "id")',
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="read every input as HTML (without it: files named *.html, *.htm or *.xhtml, "
        "and content that starts like markup)",
    )
    parser.add_argument(
        "--include",
        action="append",
        metavar="PATTERN",
        help="in folders, read the files whose names match PATTERN (repeatable; "
        "replaces the default patterns), e.g. --include '*.md'",
    )
    parser.add_argument(
        "--color",
        choices=COLORS,
        default="auto",
        help="colour the text report: auto (default) when standard output is a "
        "terminal and NO_COLOR is not set",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary line; failures are still reported",
    )
    parser.add_argument("--version", action="version", version=f"citekit {__version__}")
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {jobs}")
    return jobs


@attrs.define
class Tally:
    """What the run has done so far, for the summary line."""

    parsed: int = 0
    failed: int = 0
    posts: int = 0
    image_credits: int = 0
    quotes: int = 0
    sources: int = 0

    def add(self, result: Parsed | Failed) -> None:
        if isinstance(result, Failed):
            self.failed += 1
            return
        self.parsed += 1
        self.posts += len(result.article.posts)
        self.image_credits += len(result.article.image_credits)
        self.quotes += len(result.article.quotes)
        self.sources += len(result.article.sources)

    def summary(self, seconds: float) -> str:
        found = ", ".join(
            (
                plural(self.posts, "post"),
                plural(self.image_credits, "image credit"),
                plural(self.quotes, "quote"),
                plural(self.sources, "source"),
            )
        )
        return (
            f"citekit: {self.parsed:,} parsed, {self.failed:,} failed "
            f"in {seconds:.1f} s; found {found}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.jsonl and (args.text_field or args.id_field):
        parser.error("--text-field and --id-field go with --jsonl")
    if args.inputs.count(STDIN) > 1:
        parser.error("standard input ('-') can be read only once")
    started = time.monotonic()
    out, err = sys.stdout, sys.stderr
    _prepare(out, utf8=args.format != "text")

    patterns = tuple(args.include or (JSONL_PATTERNS if args.jsonl else TEXT_PATTERNS))
    found = list(find_inputs(args.inputs, patterns))
    items: Iterable[Task | Failed]
    if args.jsonl:
        sizes = [f[1] for f in found if not isinstance(f, Failed)]
        unknown = any(f[0] == STDIN for f in found if not isinstance(f, Failed))
        meter = Meter(total=None if unknown else sum(sizes))
        items = _jsonl_items(found, args, meter)
        total, fraction = None, (lambda: meter.fraction)
    else:
        items = [_file_task(f, html=args.html) for f in found]
        total, fraction = len(items), None

    progress = None
    if not args.quiet and _is_terminal(err):
        progress = Progress(err, total=total, fraction=fraction)
    tally = Tally()
    writer = Writer(out, args.format, color=_use_color(args.color, out), width=_width(out))
    results = ordered_map(run_task, items, jobs=resolve_jobs(args.jobs), size=task_size)
    status = 0
    try:
        for result in results:
            tally.add(result)
            if progress and (isinstance(result, Failed) or _is_terminal(out)):
                progress.clear()
            if isinstance(result, Failed):
                print(f"citekit: {result.name}: {result.reason}", file=err)
            else:
                writer.write(result)
            if progress:
                progress.advance()
        writer.close()
    except BrokenPipeError:  # "citekit … | head" closed the pipe: not an error
        _silence(out)
        return 1 if tally.failed else 0
    except KeyboardInterrupt:
        status = 130
    finally:
        results.close()  # stops the worker processes, if any
        if progress:
            progress.clear()
    if not args.quiet:
        line = tally.summary(time.monotonic() - started)
        print(line + (" (interrupted)" if status else ""), file=err)
    return status or (1 if tally.failed else 0)


def _jsonl_items(
    found: Iterable[tuple[str, int] | Failed], args: argparse.Namespace, meter: Meter
) -> Iterator[Task | Failed]:
    for source in found:
        yield from read_jsonl(
            source,
            text_field=args.text_field or "text",
            id_field=args.id_field or "id",
            html=args.html,
            meter=meter,
        )


def _file_task(found: tuple[str, int] | Failed, *, html: bool) -> Task | Failed:
    if isinstance(found, Failed):
        return found
    path, size = found
    if path != STDIN:
        return Task(path, path=path, size=size, html=html)
    try:
        data = read_stdin()
    except OSError as error:
        return Failed(STDIN, reason(error))
    return Task(STDIN, data=data, size=len(data), html=html)


class Writer:
    """Writes articles to standard output in one of the three formats, as they come."""

    def __init__(self, out: TextIO, fmt: str, *, color: bool, width: int) -> None:
        self.out = out
        self.format = fmt
        self.color = color
        self.width = width
        self.count = 0

    def write(self, result: Parsed) -> None:
        if self.format == "text":
            chunk = render_text(result.name, result.article, color=self.color, width=self.width)
            self.out.write(("\n" if self.count else "") + chunk)
        else:
            record = record_of(result)
            if self.format == "jsonl":
                self.out.write(_json(record) + "\n")
            else:
                lines = _json(record, indent=2).split("\n")
                self.out.write(("[\n" if not self.count else ",\n") + _indent(lines))
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.format == "json":
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


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


def _prepare(out: TextIO, *, utf8: bool) -> None:
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


def _silence(out: TextIO) -> None:
    # After a broken pipe, Python would complain once more when it flushes
    # standard output at exit: point it at devnull instead.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _use_color(choice: str, out: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return _is_terminal(out)


def _width(out: TextIO) -> int:
    if _is_terminal(out):
        return max(min(shutil.get_terminal_size().columns, 120), 40)
    return 100
