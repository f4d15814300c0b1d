"""Run citekit over a partitioned corpus with Dask, on one machine or a cluster.

The corpus is JSON Lines files, one article a line (``{"id": ..., "text": ...}``),
as a crawler or a ``spark.write.json`` leaves them, gzipped or not. Each file is
a partition (large files are cut into blocks); the partitions are parsed in
Dask's workers, an article at a time, and the results are written back as
JSON Lines, one file per partition, plus a table of who is quoted most::

    pip install 'citekit[dask]'
    python examples/dask_bag.py 'corpus/*.jsonl.gz' results/

Each article is parsed once: one task per partition parses its articles,
writes their rows and counts their speakers, and the counts are added up.
(Two outputs computed from one bag of parsed rows would each parse the
corpus: Dask optimises the two graphs apart, and their shared tasks are no
longer shared.) Every line written ends with a newline, so that the part files
can be concatenated.

Dask's default for a bag is a pool of local processes, one per core, started
with the "spawn" method: so the script's work stands under
``if __name__ == "__main__":``. To use a cluster, start a
``dask.distributed.Client`` for it first (see docs/recipes.md); the output may
then be an ``s3://`` or ``gs://`` URL. citekit needs nothing but itself on the
workers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import dask.bag as db
import fsspec

import citekit


def parse_record(record: dict[str, Any]) -> dict[str, Any]:
    """One output row: the record's id, and what citekit found (without the text).

    A record without a text gives a row with an ``error`` instead, so that one
    bad line does not fail its whole partition.
    """
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": record.get("id"), "error": "no text"}
    found = citekit.parse_article(text).to_dict()
    del found["text"]  # the corpus has it already; keep the output small
    return {"id": record.get("id"), **found}


def speakers_of(row: dict[str, Any]) -> list[str]:
    return [q["speaker"]["name"] for q in row.get("quotes", ()) if q["speaker"]]


def citations(paths: str | Sequence[str], *, blocksize: str | int | None = None) -> db.Bag:
    """A bag of citekit rows for the JSON Lines files that ``paths`` names (a glob or a list).

    For looking at rows (``.take(5)``) or one output of them; for several
    outputs, use ``write_citations``, which parses each article once.
    ``blocksize`` (such as ``"64MiB"``) cuts big uncompressed files into
    several partitions; a gzipped file is always one partition.
    """
    lines = db.read_text(paths, blocksize=blocksize)
    return lines.filter(str.strip).map(json.loads).map(parse_record)


def top_speakers(rows: db.Bag, count: int = 10) -> db.Bag:
    """The most quoted speakers of a bag of rows: ``(name, quotations)`` pairs."""
    return rows.map(speakers_of).flatten().frequencies(sort=True).topk(count, key=1)


def write_part(lines: Iterable[str], names: Sequence[str]) -> list[Counter[str]]:
    """Parse a partition's articles once: write their rows to ``names[0]``, count the speakers."""
    speakers: Counter[str] = Counter()
    with fsspec.open(names[0], "w", encoding="utf-8") as out:
        for line in lines:
            if not line.strip():
                continue
            row = parse_record(json.loads(line))
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            speakers.update(speakers_of(row))
    return [speakers]


def write_citations(
    paths: str | Sequence[str], output: str, *, blocksize: str | int | None = None
) -> db.Item:
    """Parse the corpus into ``output/part-NNNNN.jsonl``, one file a partition.

    Computes to the speakers of the whole corpus, a ``Counter`` of their quotations.
    """
    lines = db.read_text(paths, blocksize=blocksize)
    parts = lines.npartitions
    names = db.from_sequence(
        [f"{output.rstrip('/')}/part-{i:05d}.jsonl" for i in range(parts)], npartitions=parts
    )
    counts = lines.map_partitions(write_part, names)
    return counts.fold(_add, initial=Counter())


def _add(one: Counter[str], other: Counter[str]) -> Counter[str]:
    return one + other


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("corpus", help="JSON Lines files: a glob such as 'corpus/*.jsonl.gz'")
    parser.add_argument("output", help="a folder for the results, one JSON Lines file a partition")
    parser.add_argument("--blocksize", default=None, help="cut big files, e.g. 64MiB")
    parser.add_argument(
        "--scheduler",
        default="processes",
        choices=("processes", "threads", "synchronous"),
        help="Dask's local scheduler (default: processes, one per core)",
    )
    args = parser.parse_args(argv)

    filesystem, folder = fsspec.core.url_to_fs(args.output)
    filesystem.makedirs(folder, exist_ok=True)
    speakers = write_citations(args.corpus, args.output, blocksize=args.blocksize).compute(
        scheduler=args.scheduler
    )
    written = len(filesystem.glob(f"{folder}/part-*.jsonl"))
    print(f"wrote {written} files to {args.output}")
    for name, quotations in speakers.most_common(10):
        print(f"{quotations:6d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
