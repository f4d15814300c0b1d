"""Snapshot citekit's full output, and compare a later run with it.

A change that should not change behaviour (a move, a speed-up) is checked by
writing a snapshot before it and comparing after it::

    python scripts/snapshot.py write before.jsonl ../shared/corpus/dev ../shared/seeds
    python scripts/snapshot.py compare before.jsonl ../shared/corpus/dev ../shared/seeds

Every input is parsed and its ``Article.to_dict()`` kept, one JSON line per
input, keyed by its name. The inputs are the folders given (``*.txt``;
``*.json`` with a ``"text"``, as the gold files and PolNeAR's are; ``*.html``
through ``parse_html``), and always the seed and the hostile inputs of
``benchmarks/adversarial.py`` at a small size. ``compare`` prints every input
whose output differs, with the first differing record, and exits 1 if any does.
A top-level field the snapshot does not hold (a field added since it was
written, such as ``language``) is left out of the comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import citekit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import adversarial  # noqa: E402

#: The size of each hostile input: big enough for every unit to repeat.
HOSTILE_SIZE = 6_000


def inputs(folders: list[Path]) -> Iterator[tuple[str, str, str]]:
    """(name, kind, content) of every input: kind is "text" or "html"."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed/{path.name}", "text", path.read_text(encoding="utf-8")
    for name, _unit in adversarial.CASES:
        yield f"hostile/{name}", "text", adversarial.case(name, HOSTILE_SIZE)
    yield "hostile/ordinary", "text", adversarial.ordinary(HOSTILE_SIZE)
    for folder in folders:
        for path in sorted(folder.iterdir()):
            name = f"{folder.name}/{path.name}"
            if path.suffix == ".txt":
                yield name, "text", path.read_text(encoding="utf-8")
            elif path.suffix in {".html", ".htm"}:
                yield name, "html", path.read_text(encoding="utf-8", errors="replace")
            elif path.suffix == ".json":
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and isinstance(data.get("text"), str):
                    yield name, "text", data["text"]


def output(kind: str, content: str) -> dict[str, object]:
    article = citekit.parse_html(content) if kind == "html" else citekit.parse_article(content)
    result = article.to_dict()
    del result["text"]  # the input, or for a page its text: kept as a length only
    result["text_length"] = len(article.text)
    return result


def write(snapshot: Path, folders: list[Path]) -> int:
    with snapshot.open("w", encoding="utf-8") as out:
        count = 0
        for name, kind, content in inputs(folders):
            line = {"name": name, "output": output(kind, content)}
            out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} outputs written to {snapshot}")
    return 0


def compare(snapshot: Path, folders: list[Path]) -> int:
    before: dict[str, object] = {}
    with snapshot.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            before[record["name"]] = record["output"]
    differ = missing = same = 0
    for name, kind, content in inputs(folders):
        if name not in before:
            missing += 1
            print(f"not in the snapshot: {name}")
            continue
        now = json.loads(json.dumps(output(kind, content), ensure_ascii=False, sort_keys=True))
        old = before[name]
        if isinstance(old, dict):
            now = {key: value for key, value in now.items() if key in old}
        if now == old:
            same += 1
            continue
        differ += 1
        print(f"DIFFERS: {name}")
        _show_first_difference(before[name], now)
    print(f"{same} identical, {differ} differ, {missing} not in the snapshot")
    return 1 if differ or missing else 0


def _show_first_difference(old: object, new: object) -> None:
    assert isinstance(old, dict)
    assert isinstance(new, dict)
    for section in sorted(set(old) | set(new)):
        a, b = old.get(section), new.get(section)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            for i in range(max(len(a), len(b))):
                x = a[i] if i < len(a) else None
                y = b[i] if i < len(b) else None
                if x != y:
                    print(f"  {section}[{i}]\n    before: {x}\n    now:    {y}")
                    return
        print(f"  {section}\n    before: {a}\n    now:    {b}")
        return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["write", "compare"])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("folders", type=Path, nargs="*")
    args = parser.parse_args()
    if args.action == "write":
        return write(args.snapshot, args.folders)
    return compare(args.snapshot, args.folders)


if __name__ == "__main__":
    sys.exit(main())
