"""The command line as an operator runs it: as its own process, with worker processes,
signals from outside, output that cannot be written, folders it may not read.

Each test starts ``python -m citekit`` (or forks) and watches it from outside,
as ``timeout``, systemd, Slurm or the kernel's out-of-memory killer would
treat it. Linux only: the tests read /proc to find and watch the workers.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from citekit.__main__ import main
from processes import (
    LINUX,
    children,
    kill_a_busy_worker,
    open_folder,
    run_unprivileged,
    state,
    wait_until_blocked,
)

pytestmark = pytest.mark.skipif(not LINUX, reason="watches processes through /proc")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7c77af76040d90d3.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
QUOTE = "“The bridge stays shut,” said Mara Olsen, a spokeswoman for the city.\n"
SUMMARY = re.compile(r"citekit: (?P<parsed>[\d,]+) parsed, (?P<failed>[\d,]+) failed in ")


def citekit(*argv: str | Path, **options: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "citekit", *map(str, argv)],
        stdout=options.pop("stdout", subprocess.PIPE),  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        stdin=options.pop("stdin", subprocess.DEVNULL),  # type: ignore[arg-type]
        text=True,
        **options,  # type: ignore[arg-type]
    )


class Drained:
    """A process's standard output and error read as they come, in threads, so that it
    never blocks on a full pipe while the test watches it."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.out: list[str] = []
        self.err: list[str] = []
        self.threads = [
            threading.Thread(target=self._read, args=(stream, into), daemon=True)
            for stream, into in ((process.stdout, self.out), (process.stderr, self.err))
            if stream is not None
        ]
        for thread in self.threads:
            thread.start()

    @staticmethod
    def _read(stream: object, into: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            into.append(line)

    def wait_for_lines(self, count: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while len(self.out) < count:
            assert time.monotonic() < deadline, "no output"
            assert self.process.poll() is None, "".join(self.err)
            time.sleep(0.005)

    def finish(self, timeout: float = 120) -> tuple[int, str, str]:
        status = self.process.wait(timeout)
        for thread in self.threads:
            thread.join(timeout)
        return status, "".join(self.out), "".join(self.err)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """3,000 short articles in a folder, in ten sub-folders."""
    for i in range(3000):
        path = tmp_path / "news" / f"{i % 10}" / f"{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Harbour report {i}\n{QUOTE}", encoding="utf-8")
    return tmp_path / "news"


def gone(pids: list[int], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(state(pid) in ("", "Z") for pid in pids):
            return True
        time.sleep(0.02)
    return False


# -- a dead worker --------------------------------------------------------------------


def test_a_killed_worker_loses_one_input_of_3000_and_names_it(corpus: Path) -> None:
    run = Drained(citekit(corpus, "-f", "jsonl", "-j", "2"))
    run.wait_for_lines(100)
    killed = kill_a_busy_worker(lambda: children(run.process.pid))
    status, out, err = run.finish()
    assert status == 1
    assert "Traceback" not in err
    died = re.findall(r"^citekit: (.+): worker died \(signal 9\)$", err, re.MULTILINE)
    assert len(died) == 1, err
    names = [json.loads(line)["input"] for line in out.splitlines()]
    assert len(names) == 2999
    assert died[0] not in names
    assert sorted([*names, died[0]]) == sorted(str(p) for p in corpus.rglob("*.txt"))
    summary = SUMMARY.search(err)
    assert summary
    assert (summary["parsed"], summary["failed"]) == ("2,999", "1")
    assert state(killed) in ("", "Z")


def test_one_input_starts_one_worker_whatever_jobs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    fifo = tmp_path / "hold"  # a named pipe that holds the run open until it is written
    os.mkfifo(fifo)
    process = citekit(tmp_path / "a.txt", fifo, "-j", "40", "-f", "jsonl")
    try:
        deadline = time.monotonic() + 60
        while not children(process.pid):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(0.5)  # every worker the run would start has started
        assert len(children(process.pid)) == 1
    finally:
        with open(fifo, "w", encoding="utf-8") as hold:
            hold.write("Released.")
        process.communicate(timeout=60)


# -- signals ------------------------------------------------------------------------------


@pytest.mark.parametrize(("number", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_the_workers_keeps_what_is_done_and_closes_the_array(
    corpus: Path, number: int, status: int
) -> None:
    run = Drained(citekit(corpus, "-f", "json", "-j", "2"))
    run.wait_for_lines(200)
    workers = children(run.process.pid)
    assert workers
    run.process.send_signal(number)
    code, out, err = run.finish()
    assert code == status
    assert "Traceback" not in err
    written = json.loads(out)  # a whole array: each record whole, the "]" written
    assert 0 < len(written) < 3000
    summary = SUMMARY.search(err)
    assert summary
    assert int(summary["parsed"].replace(",", "")) == len(written)
    assert err.rstrip().endswith("(interrupted)")
    assert gone(workers)


def test_the_workers_end_when_the_command_is_killed(corpus: Path) -> None:
    run = Drained(citekit(corpus, "-f", "jsonl", "-j", "2"))
    run.wait_for_lines(100)
    workers = children(run.process.pid)
    assert workers
    run.process.kill()  # SIGKILL: no handler runs, nothing is cleaned up
    run.finish()
    assert gone(workers, timeout=30)  # each notices that its parent is gone


def test_ctrl_c_while_reading_standard_input() -> None:
    process = citekit("-", stdin=subprocess.PIPE)
    try:
        wait_until_blocked(process.pid)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert "Traceback" not in err
    assert err.rstrip().endswith("(interrupted)")


# -- output that cannot be written ------------------------------------------------------------


def test_a_full_disk_exits_3_with_one_line() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "citekit", str(SEED), "-f", "jsonl"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[0] == (
        "citekit: cannot write the output (No space left on device)"
    )
    assert "Exception ignored" not in done.stderr


def test_a_closed_standard_output_exits_3() -> None:
    done = subprocess.run(
        f"'{sys.executable}' -m citekit '{SEED}' >&-",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr == "citekit: cannot write the output (standard output is closed)\n"


# -- folders and files that are not what they seem ---------------------------------------------


def test_a_named_pipe_in_a_folder_is_reported_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")  # nobody writes to it: reading it would wait for ever
    done = subprocess.run(
        [sys.executable, "-m", "citekit", str(tmp_path), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert f"citekit: {tmp_path / 'b.txt'}: not a regular file (a named pipe); skipped" in (
        done.stderr
    )
    assert len(done.stdout.splitlines()) == 1


@pytest.fixture
def locked() -> Iterator[Path]:
    """A folder every user may enter, holding a readable article, and a sub-folder and a
    file that nobody but root may read (``run_unprivileged`` drops root to nobody)."""
    folder = open_folder()
    (folder / "a.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "private").mkdir()
    (folder / "private" / "b.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "private").chmod(0)
    (folder / "secret.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "secret.txt").chmod(0)
    yield folder
    (folder / "private").chmod(0o755)
    for path in sorted(folder.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    folder.rmdir()


def test_an_unreadable_sub_folder_is_reported(locked: Path) -> None:
    status, out, err = run_unprivileged(main, [str(locked), "-f", "jsonl", "--include", "*.txt"])
    assert status == 1, err
    assert f"citekit: {locked / 'private'}: permission denied; the folder was not read" in err
    assert f"citekit: {locked / 'secret.txt'}: permission denied" in err
    assert [json.loads(line)["input"] for line in out.splitlines()] == [str(locked / "a.txt")]


def test_an_unreadable_folder_named_is_reported_as_such(locked: Path) -> None:
    status, _, err = run_unprivileged(main, [str(locked / "private"), "-f", "jsonl"])
    assert status == 1, err
    assert err.splitlines()[0] == f"citekit: {locked / 'private'}: permission denied"
    assert "no files named" not in err
