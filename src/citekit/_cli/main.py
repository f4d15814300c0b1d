"""The ``citekit`` command line: parse articles from files, folders, globs,
JSON Lines or standard input.

One bad input never stops a batch: it is reported on standard error as
``citekit: NAME: REASON``, the other inputs are still parsed, and the exit
status is 1. Bad usage exits with 2, as argparse does; output that cannot be
written (a full disk) with 3; an interrupted run (Ctrl-C, SIGTERM from
``timeout``, systemd or Slurm, SIGHUP) with 128 plus the signal's number, after
the workers are stopped, what was parsed is written, a JSON array is closed and
the summary is printed. A user's mistake never shows a traceback. Output is
streamed: each article is written as soon as it and every input before it are
parsed, so memory stays flat on any corpus.
"""

from __future__ import annotations

import argparse
import io
import re
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import partial
from types import FrameType, TracebackType
from typing import Any, TextIO

import attrs

from .._pool import Outcome, died_how, map_in_order, resolve_jobs
from .._version import __version__
from .inputs import (
    JSONL_PATTERNS,
    STDIN,
    TEXT_PATTERNS,
    Failed,
    FieldMisses,
    Meter,
    Parsed,
    Task,
    find_inputs,
    read_jsonl,
    read_stdin,
    reason,
    run_task,
    shown,
    task_size,
)
from .limits import MAX_BYTES, Limits
from .output import (
    OutputError,
    Writer,
    is_terminal,
    prepare_stream,
    silence,
    use_color,
    width_of,
)
from .progress import Progress
from .report import plural

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "EXIT_USAGE",
    "Interrupted",
    "build_parser",
    "main",
]

FORMATS = ("text", "json", "jsonl")
COLORS = ("auto", "always", "never")

#: Every input was parsed.
EXIT_OK = 0
#: Some inputs could not be read or parsed (each was reported).
EXIT_FAILED = 1
#: Bad usage (argparse's own status).
EXIT_USAGE = 2
#: The output could not be written: a full disk, a closed or broken descriptor.
EXIT_OUTPUT = 3
#: An interrupted run exits with 128 plus the signal's number: 130 for SIGINT
#: (Ctrl-C), 143 for SIGTERM, 129 for SIGHUP, as a shell reports them.
_STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


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
            "2 for bad usage, 3 when the output could not be written, 130 (143 for "
            "SIGTERM) when interrupted."
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
        help="parse in up to N worker processes, never more than the CPUs or the inputs "
        "(0: one per CPU; default 1)",
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
        "--max-bytes",
        type=_size,
        default=MAX_BYTES,
        metavar="SIZE",
        help="skip, and report, an input larger than SIZE: a file, a gzip file as it "
        "inflates, a JSON Lines line (default 20MB; 0: no limit)",
    )
    parser.add_argument(
        "--max-memory",
        type=_size,
        default=None,
        metavar="SIZE",
        help="stop, and report, the parse of an input that needs more than SIZE of "
        "memory (default: 256MB plus 30 times the input's size; 0: no limit; Linux)",
    )
    parser.add_argument(
        "--language",
        type=_language,
        default=None,
        metavar="CODE",
        help="the language of every input: en, de, fr, it or es (default: detected from each text)",
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


def _language(value: str) -> str:
    """A language code --language takes ("de", "fr-CH"), checked as parse_article checks it."""
    from .._text.language import lexicon_for

    try:
        return lexicon_for(value, "").code
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {jobs}")
    return jobs


# "20MB", "500k", "1.5G", "2GiB", "123", "0".
_SIZE = re.compile(
    r"(?P<number>\d+(?:\.\d+)?) \s* (?:(?P<prefix>[kmgt])(?P<binary>i)?)? b?", re.I | re.X
)


def _size(value: str) -> int:
    """A size in bytes: a number, with k, M, G or T for powers of 1000 (KiB, MiB: of 1024)."""
    match = _SIZE.fullmatch(value.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (say 20MB, 500k or 1G)")
    power = "kmgt".index(match["prefix"].lower()) + 1 if match["prefix"] else 0
    base = (1024 if match["binary"] else 1000) ** power
    return int(float(match["number"]) * base)


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
    err: TextIO = sys.stderr if sys.stderr is not None else io.StringIO()
    out = sys.stdout
    if out is None:  # "citekit news/ >&-": nowhere to write, so nothing is parsed
        _say(err, "citekit: cannot write the output (standard output is closed)")
        return EXIT_OUTPUT
    with _Signals() as signals:
        return _run(args, out, err, signals)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO, signals: _Signals) -> int:
    started = time.monotonic()
    prepare_stream(out, utf8=args.format != "text")
    limits = Limits(max_bytes=args.max_bytes or None, memory=args.max_memory)
    misses = FieldMisses(args.text_field or "text")
    writer = Writer(out, args.format, color=use_color(args.color, out), width=width_of(out))
    tally = Tally()
    progress: Progress | None = None
    results: Iterator[Outcome[Task | Failed, Parsed | Failed]] | None = None
    stopped_by: int | None = None
    output_error: str | None = None
    try:
        with signals.armed():
            patterns = tuple(args.include or (JSONL_PATTERNS if args.jsonl else TEXT_PATTERNS))
            found = list(find_inputs(args.inputs, patterns))
            items: Iterable[Task | Failed]
            if args.jsonl:
                sizes = [f[1] for f in found if not isinstance(f, Failed)]
                unknown = any(f[0] == STDIN for f in found if not isinstance(f, Failed))
                meter = Meter(total=None if unknown else sum(sizes))
                items = _jsonl_items(found, args, meter, misses, limits.max_bytes)
                total, fraction = None, (lambda: meter.fraction)
            else:
                items = [_file_task(f, html=args.html, limit=limits.max_bytes) for f in found]
                total, fraction = len(items), None
            if not args.quiet and is_terminal(err):
                progress = Progress(err, total=total, fraction=fraction)
            if args.language is not None:
                items = (
                    attrs.evolve(item, language=args.language) if isinstance(item, Task) else item
                    for item in items
                )
            results = map_in_order(
                partial(run_task, limits=limits),
                items,
                jobs=resolve_jobs(args.jobs),
                size=task_size,
            )
            for outcome in results:
                result = _result_of(outcome)
                with signals.deferred():  # a record is written whole, and counted once written
                    if progress and (isinstance(result, Failed) or is_terminal(out)):
                        progress.clear()
                    if isinstance(result, Parsed):
                        writer.write(result)
                    elif not result.silent:
                        _say(err, f"citekit: {shown(result.name)}: {result.reason}")
                    tally.add(result)
                    if progress:
                        progress.advance()
            with signals.deferred():
                writer.close()
    except Interrupted as stop:
        stopped_by = stop.signal
    except KeyboardInterrupt:  # where no handler could be installed (not the main thread)
        stopped_by = signal.SIGINT
    except BrokenPipeError:  # "citekit … | head" closed the pipe: not an error
        silence(out)
        _close(results)
        return EXIT_FAILED if tally.failed else EXIT_OK
    except OutputError as error:
        output_error = str(error)
    finally:
        _close(results)  # stops the worker processes, if any
        if progress:
            progress.clear()
    if stopped_by is not None and output_error is None:
        try:
            writer.close()  # what was parsed is out, and a JSON array is closed
        except (OutputError, BrokenPipeError) as error:
            output_error = str(error) if isinstance(error, OutputError) else None
    if output_error is not None:
        silence(out)
        _say(err, f"citekit: cannot write the output ({output_error})")
    missed = misses.summary()
    if missed:
        _say(err, missed)
    if not args.quiet:
        line = tally.summary(time.monotonic() - started)
        _say(err, line + (" (interrupted)" if stopped_by is not None else ""))
    if stopped_by is not None:
        return 128 + stopped_by
    if output_error is not None:
        return EXIT_OUTPUT
    return EXIT_FAILED if tally.failed else EXIT_OK


def _result_of(outcome: Outcome[Task | Failed, Parsed | Failed]) -> Parsed | Failed:
    """The result of one input; a worker's death or a failure of citekit, as a ``Failed``."""
    item = outcome.item
    name = item.name if isinstance(item, Failed) else item.label or item.name
    if outcome.exit_code is not None:
        return Failed(name, f"worker died ({died_how(outcome.exit_code)})")
    if outcome.error is not None or outcome.result is None:
        error = outcome.error
        return Failed(name, f"citekit failed ({type(error).__name__}: {error}); please report")
    return outcome.result


def _close(results: Iterator[Any] | None) -> None:
    close = getattr(results, "close", None)
    if close is not None:
        close()


def _say(err: TextIO, line: str) -> None:
    """A line on standard error; one that cannot be written is dropped, never raised."""
    with suppress(OSError, ValueError):
        print(line, file=err, flush=True)


class Interrupted(BaseException):
    """A signal that stops the run (SIGINT, SIGTERM, SIGHUP): ``signal`` is its number.

    A ``BaseException``, as ``KeyboardInterrupt`` is, so that no ``except
    Exception`` on its way (a parse that fails is reported and the batch
    goes on) takes it for a failed input.
    """

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.signal = number


class _Signals:
    """SIGINT, SIGTERM and SIGHUP raise ``Interrupted``, but only where the run can stop.

    While ``armed``, the first of them raises ``Interrupted`` where the run
    stands, except inside a ``deferred`` block (writing one record), where it
    is raised at the block's end, so that no record is cut in half. Outside
    (while the run stops the workers, closes the output and prints the
    summary), and after the first, a signal is noted and nothing else: a
    second Ctrl-C never leaves the workers running. A signal ignored when
    the command started (``nohup`` ignores SIGHUP) stays ignored; the old
    handlers are put back at the end.
    """

    def __init__(self) -> None:
        self.caught: int | None = None
        self.live = False
        self.deferring = 0
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> _Signals:
        if threading.current_thread() is not threading.main_thread():
            return self
        for name in _STOP_SIGNALS:
            number = getattr(signal, name, None)
            if number is None or signal.getsignal(number) == signal.SIG_IGN:
                continue
            with suppress(OSError, ValueError):  # a platform without it
                self.previous[number] = signal.signal(number, self._caught)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for number, handler in self.previous.items():
            signal.signal(number, handler)

    def _caught(self, number: int, frame: FrameType | None) -> None:
        if self.caught is None:
            self.caught = number
            self._stop_if_live()

    def _stop_if_live(self) -> None:
        if self.live and not self.deferring and self.caught is not None:
            self.live = False
            raise Interrupted(self.caught)

    @contextmanager
    def armed(self) -> Iterator[None]:
        self.live = True
        try:
            self._stop_if_live()
            yield
        finally:
            self.live = False

    @contextmanager
    def deferred(self) -> Iterator[None]:
        self.deferring += 1
        try:
            yield
        finally:
            self.deferring -= 1
        self._stop_if_live()


def _jsonl_items(
    found: Iterable[tuple[str, int] | Failed],
    args: argparse.Namespace,
    meter: Meter,
    misses: FieldMisses,
    max_bytes: int | None,
) -> Iterator[Task | Failed]:
    for source in found:
        yield from read_jsonl(
            source,
            text_field=args.text_field or "text",
            id_field=args.id_field or "id",
            html=args.html,
            meter=meter,
            misses=misses,
            max_bytes=max_bytes,
        )


def _file_task(found: tuple[str, int] | Failed, *, html: bool, limit: int | None) -> Task | Failed:
    if isinstance(found, Failed):
        return found
    path, size = found
    if path != STDIN:
        return Task(path, path=path, size=size, html=html)
    try:
        data = read_stdin(limit)
    except OSError as error:
        return Failed(STDIN, reason(error))
    return Task(STDIN, data=data, size=len(data), html=html)
