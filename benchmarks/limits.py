"""What one hostile input costs in memory, and whether the command line's bound holds.

Run from the project root, with citekit installed (Linux: it reads /proc)::

    python benchmarks/limits.py                      # every case at 1 MB
    python benchmarks/limits.py --size 4 --only html
    python benchmarks/limits.py --case "element soup" --case "one-character lines"

Each case runs in a fresh process, so that no case inherits another's heap.
A case is one of the hostile texts of ``benchmarks/adversarial.py`` (parsed
with ``parse_article``) or one of the hostile pages below (parsed with
``parse_html``, through trafilatura when it is installed), at ``--size`` MB.
For each it prints:

- **peak**: how far the process's resident memory rose above what it held
  before the parse (the kernel's high-water mark, reset just before), in MB
  and as a multiple of the input's size in bytes;
- **time** of the parse;
- **bounded**: the same parse in a fresh process under the command line's
  memory bound (``citekit._cli.limits``: 256 MB plus 30 times the input;
  ``--base`` and ``--per-byte`` change it), whether it was parsed or stopped
  at the bound, and the peak it reached. The bound holds when that peak is
  within the budget.

The exit status is 1 when the bound does not hold on some case.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import adversarial

MB = 1_000_000
#: The name of ordinary article text, beside the hostile texts.
ORDINARY = "ordinary text"

_TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Still waiting at the dock '
    '<a href="https://t.co/AbC">pic.twitter.com/AbC</a></p>&mdash; Jo Bright (@jobright) '
    '<a href="https://twitter.com/jobright/status/1367000000000000001">March 3, 2021</a>'
    "</blockquote>\n"
)
_FIGURE = (
    '<figure class="photo"><img src="/a.jpg" alt="The harbour at dusk">'
    "<figcaption>The harbour at dusk. Photo: Jane Doe/Getty Images</figcaption></figure>\n"
)
_LD = (
    '<script type="application/ld+json">{"@type": "ImageObject", "url": "/a.jpg", '
    '"creditText": "Jane Doe/Getty Images"}</script>\n'
)

#: (name, unit): a hostile page is the unit repeated to the size, inside a page's
#: frame (``_page``); a unit ending in "|" is not repeated but padded with its
#: last character (one tag, one attribute value, one comment).
HTML_CASES: tuple[tuple[str, str], ...] = (
    ("attributes on one tag", "<p a|"),
    ("distinct attributes on one tag", "<p {word}=1 |"),
    ("unclosed attribute value", '<p class="y |'),
    ("long attribute value", '<p title="x|'),
    ("quoted '>' and no end", '<a b=">" '),
    ("unclosed CDATA", "<![CDATA[>"),
    ("unclosed comment", "<!-- |"),
    ("comments", "<!-- x -->"),
    ("element soup", "<i>"),
    ("empty paragraphs", "<p></p>"),
    ("deep nesting", "<div>"),
    ("nested blockquotes", "<blockquote>"),
    ("line breaks", "<br>x"),
    ("unclosed list items", "<li>x"),
    ("table cells", "<td>x"),
    ("self-closing svg", '<path d="M0 0"/>'),
    ("entities", "&amp;"),
    ("lone <", "a < b "),
    ("links", '<a href="https://x.com/a/status/1">x</a> '),
    ("tweet embeds", _TWEET),
    ("video embeds", '<iframe src="https://www.youtube.com/embed/abc{word}"></iframe>'),
    ("figures with credits", _FIGURE),
    ("credit classes", '<div class="caption credit">Photo: Ann Lee/Reuters</div>'),
    ("structured-data credits", _LD),
    ("scripts", '<script>var a = "<p>";</script>'),
    ("prose paragraphs", "<p>{ordinary}</p>\n"),
)


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour</title></head>'
        f"<body><article><h1>Harbour talks stall</h1>{body}</article></body></html>"
    )


def html_case(name: str, size: int) -> str:
    """The hostile page ``name`` at about ``size`` characters."""
    unit = dict(HTML_CASES)[name]
    if unit.endswith("|"):
        head = unit[:-1]
        if "{word}" in head:
            return _page(adversarial.build(head, size))
        return _page(head + head[-1] * (size - len(head)))
    if "{ordinary}" in unit:
        paragraphs = adversarial.ordinary(size).split("\n")
        return _page("".join(unit.replace("{ordinary}", p) for p in paragraphs if p))
    return _page(adversarial.build(unit, size))


def _status(field: str) -> int:
    found = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
    return int(found[1]) * 1024 if found else 0


def child(kind: str, name: str, size: int, budget: int | None) -> dict[str, object]:
    """Parse one case in this (fresh) process; what it cost."""
    import citekit
    from citekit._cli.limits import MemoryLimit, OverMemory

    if kind == "html":
        content = html_case(name, size)
    elif name == ORDINARY:
        content = adversarial.ordinary(size)
    else:
        content = adversarial.case(name, size)
    parse: Callable[[str], object] = citekit.parse_article if kind == "text" else citekit.parse_html
    parse("A warm-up, said Ann Lee." if kind == "text" else _page("<p>A warm-up.</p>"))
    gc.collect()
    before = _status("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # the high-water mark starts here
    started = time.perf_counter()
    outcome = "parsed"
    try:
        with MemoryLimit(budget):
            parse(content)
    except OverMemory:
        outcome = "stopped"
    seconds = time.perf_counter() - started
    return {
        "bytes": len(content.encode("utf-8")),
        "peak": max(_status("VmHWM") - before, 0),
        "seconds": seconds,
        "outcome": outcome,
    }


def run_case(kind: str, name: str, size: int, budget: int | None) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", kind, name, str(size)]
    if budget is not None:
        command.append(str(budget))
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=1.0, help="MB of each input (default 1)")
    parser.add_argument("--only", choices=("text", "html"), help="only the texts or the pages")
    parser.add_argument("--case", action="append", help="only the named cases (repeatable)")
    parser.add_argument("--base", type=float, default=256, help="the bound's fixed part, in MB")
    parser.add_argument("--per-byte", type=float, default=30, help="the bound's bytes per byte")
    parser.add_argument("--no-bound", action="store_true", help="do not run the bounded parses")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, name, size, *budget = args.child
        print(json.dumps(child(kind, name, int(size), int(budget[0]) if budget else None)))
        return 0

    size = int(args.size * MB)
    cases = [("text", name) for name, _ in adversarial.CASES]
    cases.append(("text", ORDINARY))
    cases += [("html", name) for name, _ in HTML_CASES]
    if args.only:
        cases = [c for c in cases if c[0] == args.only]
    if args.case:
        cases = [c for c in cases if c[1] in args.case]
    print(f"Each input {args.size:g} MB; bound {args.base:g} MB + {args.per_byte:g} x input\n")
    print("| input | kind | MB | peak MB | peak / input | s | bounded | bounded peak MB | holds |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    figures = []
    broken = 0
    for kind, name in cases:
        free = run_case(kind, name, size, None)
        row: dict[str, object] = {"kind": kind, "name": name, **free}
        if "error" in free:
            print(f"| {name} | {kind} | | | | | error: {free['error']} | | |", flush=True)
            figures.append(row)
            continue
        size_bytes = int(free["bytes"])  # type: ignore[call-overload]
        budget = int(args.base * MB + args.per_byte * size_bytes)
        peak = int(free["peak"])  # type: ignore[call-overload]
        bounded_cell, bounded_peak, holds = "-", "-", peak <= budget
        if not args.no_bound:
            bounded = run_case(kind, name, size, budget)
            row["bounded"] = bounded
            if "error" in bounded:
                bounded_cell, holds = f"error: {bounded['error']}", False
            else:
                bounded_peak_bytes = int(bounded["peak"])  # type: ignore[call-overload]
                bounded_cell = str(bounded["outcome"])
                bounded_peak = f"{bounded_peak_bytes / MB:,.0f}"
                holds = bounded_peak_bytes <= budget + 16 * 2**20  # the reserve and the stack
        broken += not holds
        print(
            f"| {name} | {kind} | {size_bytes / MB:.1f} | {peak / MB:,.0f} | "
            f"{peak / size_bytes:.1f}x | {float(free['seconds']):.2f} | "  # type: ignore[arg-type]
            f"{bounded_cell} | {bounded_peak} | {'yes' if holds else 'NO'} |",
            flush=True,
        )
        figures.append(row)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"\nThe bound holds on {len(cases) - broken} of {len(cases)} inputs.")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
