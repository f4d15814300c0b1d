"""Helpers for tests that handle processes: find a command's workers, kill a busy one,
wait for a process to block, run the command line as a user who is not root.

Linux only (they read /proc); the tests that use them skip elsewhere.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

LINUX = sys.platform.startswith("linux")
needs_linux = pytest.mark.skipif(not LINUX, reason="reads /proc")

#: The user and group that a test running as root becomes to meet a permission error.
NOBODY = 65534


def state(pid: int) -> str:
    """The process's state as /proc says it: "R" running, "S" sleeping, "Z" a zombie; "" gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[1].split()[0]


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def kill_a_busy_worker(workers: Callable[[], Sequence[int]], timeout: float = 60) -> int:
    """SIGKILL a worker while it runs (as the out-of-memory killer would); its pid.

    A running worker holds an input; one that waits for work (sleeping) is passed over.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for pid in workers():
            if state(pid) == "R":
                os.kill(pid, signal.SIGKILL)
                return pid
        time.sleep(0.0005)
    raise AssertionError("no worker was seen running")


def wait_until_blocked(pid: int, timeout: float = 30) -> None:
    """Wait until the process sleeps in a read of a pipe (standard input, say)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            channel = Path(f"/proc/{pid}/wchan").read_text()
        except OSError:
            channel = ""
        if "pipe" in channel and state(pid) == "S":
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} never blocked on a pipe")


def open_folder() -> Path:
    """A new temporary folder that every user may enter (``tmp_path`` is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="citekit-"))
    folder.chmod(0o755)
    return folder


def run_unprivileged(main: Callable[[list[str]], int], argv: list[str]) -> tuple[int, str, str]:
    """``main(argv)`` as a user who is not root: (status, standard output, standard error).

    As root, a forked child drops to ``nobody`` first, so that file permissions
    are kept as they are for everyone else; it needs nothing from the disk, since
    citekit is already imported. Not as root, ``main`` runs in a child as it is.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:  # the child: never returns to pytest
            status = 99
            try:
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
                if os.geteuid() == 0:
                    os.setgroups([])
                    os.setgid(NOBODY)
                    os.setuid(NOBODY)
                status = main(argv)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
        _, code = os.waitpid(pid, 0)
        out.seek(0)
        err.seek(0)
        return os.waitstatus_to_exitcode(code), out.read().decode(), err.read().decode()
