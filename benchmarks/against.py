"""Time this citekit against another checkout of it, side by side in one run.

``bench.py --against PATH`` uses this module: ``PATH`` is a checkout of
citekit (a folder holding ``src/citekit``, e.g. ``git worktree add
/tmp/v020 1260dd7`` for version 0.2.0). Absolute figures move with the
machine and with what else it runs, so the two are compared as ratios,
measured in the same minutes:

- one worker process per checkout (``PYTHONPATH`` set to its ``src``) parses
  the corpus a round at a time, the two taking turns, for ``rounds`` rounds;
  each is given the best of its rounds, and the spread of the rounds (the
  slowest against the best) says how noisy the machine was. A round is timed
  by the worker's CPU time (``time.process_time``), which other processes on
  a shared machine disturb far less than the clock on the wall;
- the peak memory of each article (``tracemalloc``, the input excluded) and
  of a one-sentence article (the fixed cost of any call), in each worker;
- ``import citekit`` in a fresh interpreter, turn about, the best of several;
- each hostile input of ``adversarial.py``, parsed by this citekit's worker
  (the best of two), its cost per MB set against the other checkout's cost
  per MB of ordinary text (the first corpus).

A worker imports nothing of citekit but ``parse_article``, so any version can
be timed. Run alone, this module is that worker (``python against.py
--serve TEXTS.json``): it reads one command a line and answers one JSON line.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIXED_COST_TEXT = "The mayor said the bridge would reopen in May."
_IMPORT = "import time; s = time.perf_counter(); import citekit; print(time.perf_counter() - s)"


# ------------------------------------------------------------------ the worker


def serve(texts_file: Path) -> None:
    """Answer commands on stdin, one JSON line each, until "quit"."""
    import citekit

    sys.path.insert(0, str(HERE))
    import adversarial

    corpora: list[list[str]] = json.loads(texts_file.read_text(encoding="utf-8"))
    parse = citekit.parse_article
    for line in sys.stdin:
        command, *args = line.rstrip("\n").split("\t")
        answer: Any
        if command == "time":
            texts = corpora[int(args[0])]
            gc.collect()
            start = time.process_time()
            for text in texts:
                parse(text)
            answer = time.process_time() - start
        elif command == "case":
            text = adversarial.case(args[0], int(args[1]))
            gc.collect()
            start = time.process_time()
            parse(text)
            answer = time.process_time() - start
        elif command == "memory":
            texts = corpora[int(args[0])]
            answer = {
                "fixed": _peak(parse, FIXED_COST_TEXT),
                "peaks": [_peak(parse, t) for t in texts],
            }
        elif command == "where":
            answer = citekit.__file__
        else:
            return
        print(json.dumps(answer), flush=True)


def _peak(parse: Any, text: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        parse(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# ------------------------------------------------------------------ the parent


class Worker:
    """A worker process parsing with the citekit found in ``src``."""

    def __init__(self, src: Path, texts_file: Path) -> None:
        environment = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve", str(texts_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        self.where = self.ask("where")

    def ask(self, *command: object) -> Any:
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write("\t".join(map(str, command)) + "\n")
        self._process.stdin.flush()
        return json.loads(self._process.stdout.readline())

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.write("quit\n")
            self._process.stdin.close()
        self._process.wait()


def source_folder(checkout: Path) -> Path:
    """The folder to put on ``PYTHONPATH`` for the citekit of ``checkout``."""
    for candidate in (checkout / "src", checkout):
        if (candidate / "citekit" / "__init__.py").is_file():
            return candidate
    raise SystemExit(f"--against: no citekit package in {checkout} or {checkout / 'src'}")


def import_times(sources: Sequence[Path], rounds: int = 7) -> list[list[float]]:
    """Seconds of ``import citekit`` in a fresh interpreter, for each source, turn about."""
    times: list[list[float]] = [[] for _ in sources]
    for round_ in range(rounds + 1):  # the first writes the bytecode caches, untimed
        for index, src in enumerate(sources):
            environment = dict(os.environ, PYTHONPATH=str(src))
            environment.pop("PYTHONDONTWRITEBYTECODE", None)  # timed as installed: with .pyc
            out = subprocess.run(
                [sys.executable, "-c", _IMPORT],
                capture_output=True,
                text=True,
                env=environment,
                check=True,
            )
            if round_:
                times[index].append(float(out.stdout))
    return times


class SideBySide:
    """Two workers, this citekit's (``mine``) and the other checkout's (``theirs``)."""

    def __init__(self, mine: Path, theirs: Path, corpora: Sequence[Sequence[str]]) -> None:
        self.sources = (mine, theirs)
        handle, name = tempfile.mkstemp(suffix=".json")
        os.close(handle)
        self._texts = Path(name)
        self._texts.write_text(json.dumps([list(c) for c in corpora]), encoding="utf-8")
        self.workers = (Worker(mine, self._texts), Worker(theirs, self._texts))

    def close(self) -> None:
        for worker in self.workers:
            worker.close()
        self._texts.unlink(missing_ok=True)

    def corpus_rounds(self, corpus: int, rounds: int) -> tuple[list[float], list[float]]:
        """Each worker's seconds per round over the corpus, the two taking turns."""
        for worker in self.workers:
            worker.ask("time", corpus)  # warm: lazily built tables, caches
        times: tuple[list[float], list[float]] = ([], [])
        for round_ in range(rounds):
            order = (0, 1) if round_ % 2 == 0 else (1, 0)
            for index in order:
                times[index].append(self.workers[index].ask("time", corpus))
        return times

    def case_seconds(self, worker: int, name: str, size: int, rounds: int = 2) -> float:
        return min(self.workers[worker].ask("case", name, size) for _ in range(rounds))

    def memory(self, corpus: int, texts: Sequence[str]) -> tuple[dict[str, float], ...]:
        """Each worker's peak memory: median and worst per article, above the fixed cost too."""
        figures = []
        for worker in self.workers:
            answer = worker.ask("memory", corpus)
            fixed = answer["fixed"]
            sizes = [max(len(t), 1) for t in texts]
            ratios = [peak / size for peak, size in zip(answer["peaks"], sizes, strict=True)]
            growth = [
                max(peak - fixed, 0) / size
                for peak, size in zip(answer["peaks"], sizes, strict=True)
            ]
            figures.append(
                {
                    "fixed_bytes": fixed,
                    "median": statistics.median(ratios),
                    "worst": max(ratios),
                    "growth_median": statistics.median(growth),
                    "growth_worst": max(growth),
                }
            )
        return tuple(figures)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        serve(Path(sys.argv[2]))
    else:
        sys.exit("usage: against.py --serve TEXTS.json (bench.py --against PATH runs it)")
