"""Benchmark citekit: throughput, time per detector, memory, scaling and hostile inputs.

Run from the project root, with citekit installed::

    python benchmarks/bench.py                       # the seed article(s) in seeds/
    python benchmarks/bench.py /work/shared/corpus/dev   # a folder of *.gold.json / *.txt
    python benchmarks/bench.py --only adversarial --size 0.25
    python benchmarks/bench.py --only adversarial --case "names said"

It prints Markdown tables (the ones in docs/performance.md):

1. throughput of ``parse_article`` over the corpus, in articles/s and MB/s, in
   total and per stage (the segmentation, the pipeline's ``TEXT_DETECTORS``,
   the reading, then its ``READING_DETECTORS``), with peak memory as a
   multiple of the input size;
2. scaling: one article repeated 1, 4, 16 and 64 times (cost per MB against
   one copy), and 1 MB of the corpus with every line break removed (against
   the same 1 MB as written), each with its peak memory;
3. adversarial inputs (``benchmarks/adversarial.py``) at ``--size`` MB, each
   as its cost per MB against ordinary article text (the corpus).

"MB" is 10**6 characters of text (for these mostly-ASCII articles, about a
megabyte of UTF-8). Times are the best of several rounds on one core;
memory is the peak that ``tracemalloc`` sees during one call, input
excluded. The targets checked (and marked in the tables) are those of the
project: at least 5 MB/s on ordinary text, peak memory at most 20 times
the input, every adversarial input at most 3 times the cost per MB of
ordinary text, and linear scaling. The exit status is 1 when one is missed.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

import citekit
from citekit._pipeline import READING_DETECTORS, TEXT_DETECTORS
from citekit._reading import read
from citekit._text.segment import segment

sys.path.insert(0, str(Path(__file__).resolve().parent))

import adversarial
import against

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
TARGET_MB_PER_S = 5.0
TARGET_MEMORY_RATIO = 20.0
TARGET_ADVERSARIAL_RATIO = 3.0
TARGET_MEMORY_GROWTH = 10.0  # median, above the fixed cost of a call (--against)
TARGET_SPEEDUP = 4.0  # against the checkout of --against (0.2.0)
TARGET_IMPORT = 0.1  # seconds of ``import citekit`` in a fresh interpreter (--against)
TARGET_SCALING_RATIO = 1.5  # cost per MB at 64 copies against one copy
SECTIONS = ("corpus", "scaling", "adversarial")
FIXED_COST_TEXT = "The mayor said the bridge would reopen in May."


# ------------------------------------------------------------------ inputs


def load_corpus(folder: Path) -> list[tuple[str, str]]:
    """(name, text) of every article in ``folder``: ``*.json`` with a "text" (the gold
    files, PolNeAR's), then ``*.txt``."""
    articles: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if (
            isinstance(data, dict)
            and isinstance(data.get("text"), str)
            and not data.get("html_file")
        ):
            articles[path.name.removesuffix(".json").removesuffix(".gold")] = data["text"]
    for path in sorted(folder.glob("*.txt")):
        articles.setdefault(path.stem, path.read_text(encoding="utf-8"))
    return sorted(articles.items())


# ------------------------------------------------------------------ measuring


def best_time(run: Callable[[], object], min_total: float = 1.0, min_rounds: int = 3) -> float:
    """The fastest of several rounds of ``run()``, rounds repeated for ``min_total`` seconds."""
    best = math.inf
    total = 0.0
    rounds = 0
    while rounds < min_rounds or total < min_total:
        gc.collect()
        start = time.perf_counter()
        run()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        total += elapsed
        rounds += 1
        if elapsed > min_total and rounds >= 1:
            break  # one slow round says enough
    return best


def peak_memory(text: str) -> int:
    """The peak bytes allocated while parsing ``text`` (the input itself excluded)."""
    gc.collect()
    tracemalloc.start()
    try:
        citekit.parse_article(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def stage_times(texts: Sequence[str]) -> dict[str, float]:
    """Seconds spent in each stage over ``texts`` (one round).

    This replays ``parse_article``: one segmentation, the detectors of the
    text, one reading, then the detectors of the reading, in the pipeline's
    order, each seeing the records of those before it.
    """
    text_fields = [field for field, _ in TEXT_DETECTORS]
    reading_fields = [field for field, _ in READING_DETECTORS]
    times = dict.fromkeys(["segment", *text_fields, "read", *reading_fields], 0.0)
    clock = time.perf_counter
    for text in texts:
        article = citekit.Article(text=text)
        if not text.strip():
            continue
        start = clock()
        doc = segment(text)
        times["segment"] += clock() - start
        for field, find in TEXT_DETECTORS:
            start = clock()
            article = attrs.evolve(article, **{field: tuple(find(doc, article))})
            times[field] += clock() - start
        start = clock()
        reading = read(doc)
        times["read"] += clock() - start
        for field, detector in READING_DETECTORS:
            start = clock()
            article = attrs.evolve(article, **{field: tuple(detector(doc, reading, article))})
            times[field] += clock() - start
    return times


def best_stage_times(texts: Sequence[str], rounds: int = 5) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(rounds):
        gc.collect()
        for stage, seconds in stage_times(texts).items():
            best[stage] = min(best.get(stage, math.inf), seconds)
    return best


def parse_all(texts: Iterable[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            citekit.parse_article(text)

    return run


# ------------------------------------------------------------------ printing


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def mark(ok: bool) -> str:
    return "ok" if ok else "**MISS**"


# ------------------------------------------------------------------ sections


@attrs.define
class Report:
    """The figures measured, for the closing check and ``--json``."""

    figures: dict[str, Any] = attrs.field(factory=dict)
    misses: list[str] = attrs.field(factory=list)

    def check(self, ok: bool, what: str) -> str:
        if not ok:
            self.misses.append(what)
        return mark(ok)


def corpus_section(texts: Sequence[str], report: Report) -> float:
    """Print throughput per stage and in total; return the seconds per MB of the corpus."""
    chars = sum(len(t) for t in texts)
    total = best_time(parse_all(texts))
    stages = best_stage_times(texts)
    megabytes = chars / MB
    mb_per_s = megabytes / total
    rows: list[list[object]] = []
    for stage, seconds in stages.items():
        rows.append(
            [
                stage,
                f"{seconds * 1000:.1f}",
                f"{100 * seconds / total:.0f}%",
                f"{len(texts) / seconds:,.0f}" if seconds else "-",
                f"{megabytes / seconds:.1f}" if seconds else "-",
            ]
        )
    rows.append(
        [
            "**parse_article**",
            f"{total * 1000:.1f}",
            "100%",
            f"{len(texts) / total:,.0f}",
            f"**{mb_per_s:.1f}**",
        ]
    )
    peaks = [peak_memory(t) for t in texts]
    ratios = [peak / max(len(t), 1) for peak, t in zip(peaks, texts, strict=True)]
    worst_memory = max(ratios)
    # What any call holds, however short the text: interpreter frames and
    # the lazily built tables. It is most of the peak for a short article.
    fixed = peak_memory(FIXED_COST_TEXT)
    growth = [max(peak - fixed, 0) / max(len(t), 1) for peak, t in zip(peaks, texts, strict=True)]
    print(f"## Throughput: {len(texts)} articles, {chars:,} characters\n")
    print(table(["stage", "ms", "share", "articles/s", "MB/s"], rows))
    print()
    print(
        f"Throughput {mb_per_s:.1f} MB/s (target >= {TARGET_MB_PER_S:g}): "
        + report.check(mb_per_s >= TARGET_MB_PER_S, f"throughput {mb_per_s:.1f} MB/s")
    )
    print(
        f"Peak memory: median {sorted(ratios)[len(ratios) // 2]:.1f}x, "
        f"worst {worst_memory:.1f}x the article's size (target <= {TARGET_MEMORY_RATIO:g}x): "
        + report.check(worst_memory <= TARGET_MEMORY_RATIO, f"corpus memory {worst_memory:.1f}x")
    )
    print(
        f"Of which fixed: {fixed / 1000:.1f} kB for any call (a one-sentence article); "
        f"above it, median {sorted(growth)[len(growth) // 2]:.1f}x, worst {max(growth):.1f}x"
    )
    print()
    report.figures["corpus"] = {
        "articles": len(texts),
        "characters": chars,
        "seconds": total,
        "mb_per_s": mb_per_s,
        "stages": stages,
        "memory_ratio_worst": worst_memory,
        "memory_fixed_bytes": fixed,
        "memory_growth_worst": max(growth),
    }
    return total / megabytes


def scaling_section(texts: Sequence[str], report: Report) -> None:
    """Time and memory per MB as one article is repeated, and without line breaks.

    The article repeated is compared with one copy of it; 1 MB of the corpus
    with its line breaks removed is compared with the same 1 MB as written.
    """
    article = max(texts, key=len)
    corpus = "\n".join(texts) + "\n"
    inputs = [(f"{n} x article", "\n".join([article] * n), "1 x article") for n in (1, 4, 16, 64)]
    inputs.append(("1 MB of the corpus", adversarial.repeated(corpus, MB), ""))
    inputs.append(
        (
            "the same, no line break",
            adversarial.without_line_breaks(corpus, MB),
            "1 MB of the corpus",
        )
    )
    rows = []
    costs: dict[str, float] = {}
    figures = []
    for name, text, base in inputs:
        seconds = best_time(parse_all([text]), min_total=0.5)
        cost = seconds / (len(text) / MB)
        costs[name] = cost
        memory = peak_memory(text) / len(text)
        growth = cost / costs[base] if base else float("nan")
        ok_time = not base or growth <= TARGET_SCALING_RATIO
        ok_memory = memory <= TARGET_MEMORY_RATIO
        rows.append(
            [
                name,
                f"{len(text):,}",
                f"{seconds * 1000:.1f}",
                f"{len(text) / MB / seconds:.1f}",
                f"{growth:.2f} ({base})" if base and base != name else "-",
                f"{memory:.1f}x",
                report.check(ok_time and ok_memory, f"scaling {name}"),
            ]
        )
        figures.append({"input": name, "chars": len(text), "seconds": seconds, "memory": memory})
    print(f"## Scaling: the longest article ({len(article):,} characters) repeated\n")
    print(
        table(
            ["input", "characters", "ms", "MB/s", "cost/MB against", "peak memory", "check"],
            rows,
        )
    )
    print()
    report.figures["scaling"] = figures


def adversarial_section(
    ordinary_cost: float,
    size: float,
    budget: float,
    report: Report,
    memory: bool,
    cases: Sequence[str] = (),
    against: tuple[str, float, Any] | None = None,
) -> None:
    """Each hostile input (``cases``, else all) at ``size`` MB, its cost per MB against
    ordinary text: this citekit's, and with ``against`` (a name, its seconds per MB of
    CPU time, and the side-by-side workers) another checkout's, which the check then
    holds it to, the input parsed again by this citekit's worker and timed as that was."""
    target = int(size * MB)
    rows = []
    figures = []
    for name, _unit in adversarial.CASES:
        if cases and name not in cases:
            continue
        length = min(4_096, target)
        previous: tuple[int, float] | None = None
        seconds = 0.0
        while True:
            text = adversarial.case(name, length)
            seconds = best_time(parse_all([text]), min_total=0.3, min_rounds=2)
            # A quadratic case grows 16x over the next 4x step: stop before it runs away.
            if length >= target or seconds * 16 > budget * 4:
                break
            previous = (length, seconds)
            length = min(length * 4, target)
        cost = seconds / (length / MB)
        ratio = cost / ordinary_cost
        checked = ratio
        if against is not None and length >= target:
            mine = against[2].case_seconds(0, name, length)
            checked = mine / (length / MB) / against[1]
        exponent = (
            math.log(seconds / previous[1]) / math.log(length / previous[0])
            if previous and previous[1] > 0
            else float("nan")
        )
        reached = length >= target
        peak = peak_memory(text) / length if memory and reached else float("nan")
        time_ok = reached and checked <= TARGET_ADVERSARIAL_RATIO
        memory_ok = peak <= TARGET_MEMORY_RATIO
        rows.append(
            [
                name,
                f"{length:,}" + ("" if reached else " (stopped)"),
                f"{seconds * 1000:.0f}",
                f"{ratio:.2f}",
                *([f"{checked:.2f}"] if against is not None else []),
                f"{exponent:.2f}",
                report.check(time_ok, f"adversarial {name!r}: {checked:.2f}x the cost per MB"),
                f"{peak:.1f}x" if memory and reached else "-",
                report.check(memory_ok, f"adversarial {name!r}: memory {peak:.1f}x")
                if memory and reached
                else "-",
            ]
        )
        figures.append(
            {
                "case": name,
                "chars": length,
                "seconds": seconds,
                "ratio": ratio,
                "ratio_against": checked,
                "memory": peak,
            }
        )
    print(f"## Adversarial inputs at {size:g} MB, cost per MB against ordinary text\n")
    print(
        table(
            [
                "input",
                "characters",
                "ms",
                "cost/MB vs ordinary",
                *([f"vs ordinary of {against[0]}"] if against is not None else []),
                "exponent",
                "time",
                "peak memory",
                "memory",
            ],
            rows,
        )
    )
    print()
    print(
        "exponent: how time grew over the last 4x step in size (1.0 is linear). "
        "(stopped): the case was cut short because it would exceed the time budget."
    )
    print()
    report.figures["adversarial"] = figures


def against_section(
    corpora: Sequence[tuple[Path, Sequence[str]]],
    pair: against.SideBySide,
    name: str,
    rounds: int,
    report: Report,
) -> float:
    """This citekit against another checkout, side by side (``against.py``).

    Prints the speed-up on each corpus, the memory of each, and the time of
    ``import citekit``; returns the other checkout's seconds per MB of the
    first corpus, the ordinary cost the hostile inputs are held against.
    """
    speed_rows = []
    memory_rows = []
    ordinary = 0.0
    for index, (folder, texts) in enumerate(corpora):
        megabytes = sum(map(len, texts)) / MB
        times = pair.corpus_rounds(index, rounds)
        best = [min(t) for t in times]
        spread = [max(t) / min(t) - 1 for t in times]
        speedup = best[1] / best[0]
        if index == 0:
            ordinary = best[1] / megabytes
        speed_rows.append(
            [
                folder.name,
                f"{len(texts)} / {megabytes * MB:,.0f}",
                f"{best[0] * 1000:.1f}",
                f"{best[1] * 1000:.1f}",
                f"{megabytes / best[0]:.2f}",
                f"{megabytes / best[1]:.2f}",
                f"**{speedup:.2f}x**",
                f"{100 * spread[0]:.0f}% / {100 * spread[1]:.0f}%",
                report.check(speedup >= TARGET_SPEEDUP, f"{folder.name}: {speedup:.2f}x the speed"),
            ]
        )
        ours, other = pair.memory(index, texts)
        memory_ok = (
            ours["growth_median"] <= TARGET_MEMORY_GROWTH and ours["worst"] <= TARGET_MEMORY_RATIO
        )
        memory_rows.append(
            [
                folder.name,
                f"{ours['fixed_bytes'] / 1000:.1f} / {other['fixed_bytes'] / 1000:.1f}",
                f"{ours['growth_median']:.1f}x / {other['growth_median']:.1f}x",
                f"{ours['growth_worst']:.1f}x / {other['growth_worst']:.1f}x",
                f"{ours['median']:.1f}x / {other['median']:.1f}x",
                f"{ours['worst']:.1f}x / {other['worst']:.1f}x",
                report.check(memory_ok, f"{folder.name}: memory"),
            ]
        )
        report.figures.setdefault("against", []).append(
            {"corpus": str(folder), "seconds": times, "memory": [ours, other]}
        )
    imports = against.import_times(pair.sources)
    print(
        f"## Against {name} ({pair.sources[1]}), side by side: {rounds} rounds each, "
        "turn about, CPU time\n"
    )
    print(
        table(
            [
                "corpus",
                "articles / characters",
                "ms",
                f"ms ({name})",
                "MB/s",
                f"MB/s ({name})",
                "speed-up",
                "spread (slowest round / best)",
                f"target >= {TARGET_SPEEDUP:g}x",
            ],
            speed_rows,
        )
    )
    print("\nPeak memory per article as a multiple of its size (this / " + name + "):\n")
    print(
        table(
            [
                "corpus",
                "fixed cost of a call, kB",
                "above it, median",
                "above it, worst",
                "median",
                "worst",
                f"median above fixed <= {TARGET_MEMORY_GROWTH:g}x, worst <= "
                f"{TARGET_MEMORY_RATIO:g}x",
            ],
            memory_rows,
        )
    )
    best_import = [min(t) for t in imports]
    print(
        f"\n`import citekit` in a fresh interpreter, best of {len(imports[0])}: "
        f"{best_import[0]:.3f} s ({name}: {best_import[1]:.3f} s), target <= {TARGET_IMPORT:g} s: "
        + report.check(best_import[0] <= TARGET_IMPORT, f"import {best_import[0]:.3f} s")
        + "\n"
    )
    report.figures["import"] = imports
    return ordinary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus", nargs="*", type=Path, help="folders of articles (default: seeds/)"
    )
    parser.add_argument("--size", type=float, default=1.0, help="adversarial size in MB")
    parser.add_argument(
        "--budget", type=float, default=5.0, help="seconds an adversarial case may take"
    )
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run these sections")
    parser.add_argument("--no-memory", action="store_true", help="skip adversarial memory")
    parser.add_argument(
        "--case",
        action="append",
        default=[],
        choices=[name for name, _ in adversarial.CASES],
        metavar="NAME",
        help="time only this adversarial input (repeatable; see benchmarks/adversarial.py)",
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="PATH",
        help="also time the citekit checked out in PATH, side by side (a ratio per target)",
    )
    parser.add_argument(
        "--rounds", type=int, default=10, help="rounds each of --against's corpus timing"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    sections = args.only or SECTIONS

    corpora = []
    for folder in args.corpus or [ROOT / "seeds"]:
        texts = [text for _, text in load_corpus(folder)]
        if not texts:
            parser.error(f"no *.json (with a text) or *.txt articles in {folder}")
        corpora.append((folder, texts))
    report = Report()
    print(
        f"citekit {citekit.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, corpus {', '.join(str(f) for f, _ in corpora)}\n"
    )
    ordinary_cost = 0.0
    if "corpus" in sections:
        for _, texts in corpora:
            cost = corpus_section(texts, report)
            ordinary_cost = ordinary_cost or cost
    texts = corpora[0][1]
    if not ordinary_cost:
        ordinary_cost = best_time(parse_all(texts)) / (sum(map(len, texts)) / MB)
    pair = None
    if args.against is not None:
        mine = Path(citekit.__file__).resolve().parent.parent
        theirs = against.source_folder(args.against)
        pair = against.SideBySide(mine, theirs, [texts for _, texts in corpora])
    try:
        their = None
        if pair is not None:
            cost = against_section(corpora, pair, args.against.name, args.rounds, report)
            their = (args.against.name, cost, pair)
        if "scaling" in sections:
            scaling_section(texts, report)
        if "adversarial" in sections:
            adversarial_section(
                ordinary_cost,
                args.size,
                args.budget,
                report,
                not args.no_memory,
                args.case,
                against=their,
            )
    finally:
        if pair is not None:
            pair.close()
    if args.json:
        args.json.write_text(json.dumps(report.figures, indent=1) + "\n", encoding="utf-8")
    if report.misses:
        print("Targets missed:\n" + "\n".join(f"- {miss}" for miss in report.misses))
        return 1
    print("All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
