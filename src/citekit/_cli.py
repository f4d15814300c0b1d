"""The ``citekit`` command line: parse articles from files or standard input.

One bad input never stops a batch: it is reported on standard error with its
name and the reason, the other inputs are still parsed, and the exit status
is 1. Bad usage exits with 2, as argparse does. A user's mistake never shows
a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

import attrs

from ._pipeline import parse_article
from ._records import Article
from ._render import render_text
from ._version import __version__

FORMATS = ("text", "json", "jsonl")


@attrs.frozen
class Parsed:
    """One input's name and its article."""

    name: str
    article: Article


@attrs.frozen
class Failed:
    """One input that could not be read, and why."""

    name: str
    reason: str


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="citekit",
        description=(
            "Find what news articles cite: embedded social posts, image credits, "
            "quotations with their speakers, and attributed sources."
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE",
        help="article text files (UTF-8); '-' reads standard input",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="text",
        help="text: a summary to read (default); json: one JSON array with an object "
        "per input; jsonl: one JSON object a line, written as each input is parsed",
    )
    parser.add_argument("--version", action="version", version=f"citekit {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    results = _parse_all(args.inputs)
    try:
        failures = _write(results, args.format, sys.stdout)
    except BrokenPipeError:  # "citekit … | head" closed the pipe: not an error
        sys.stderr.close()
        return 0
    return 1 if failures else 0


def _parse_all(inputs: Sequence[str]) -> Iterator[Parsed | Failed]:
    for name in inputs:
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError) as error:
            yield Failed(name, _reason(error))
            continue
        yield Parsed(name, parse_article(text))


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    with open(name, "rb") as handle:
        return handle.read().decode("utf-8")


def _reason(error: OSError | UnicodeDecodeError) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset {error.start})"
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)


def _write(results: Iterator[Parsed | Failed], fmt: str, out: TextIO) -> int:
    failures = 0
    collected: list[dict[str, Any]] = []
    first = True
    for result in results:
        if isinstance(result, Failed):
            failures += 1
            print(f"citekit: {result.name}: {result.reason}", file=sys.stderr)
            continue
        record = {"input": result.name, **result.article.to_dict()}
        if fmt == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt == "json":
            collected.append(record)
        else:
            if not first:
                out.write("\n")
            out.write(render_text(result.name, result.article, color=_use_color(out)))
        first = False
        out.flush()
    if fmt == "json":
        out.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    return failures


def _use_color(out: TextIO) -> bool:
    import os

    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(out, "isatty") and out.isatty()
