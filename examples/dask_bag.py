"""Run citekit over a partitioned corpus with Dask, on one machine or a cluster.

The corpus is JSON Lines files, one article a line (``{"id": ..., "text": ...}``),
as a crawler or a ``spark.write.json`` leaves them, gzipped or not. Each file is
a partition (large files are cut into blocks); the partitions are parsed in
Dask's workers, an article at a time, and the results are written back as
JSON Lines, one file per partition, plus a table of who is quoted most::

    pip install 'citekit[dask]'
    python examples/dask_bag.py 'corpus/*.jsonl.gz' results/

Dask's default for a bag is a pool of local processes, one per core. To use a
cluster, start a ``dask.distributed.Client`` for it before ``compute()`` (see
docs/recipes.md). citekit needs nothing but itself on the workers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

import dask
import dask.bag as db

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


def citations(paths: str | Sequence[str], *, blocksize: str | int | None = None) -> db.Bag:
    """A bag of citekit rows for the JSON Lines files that ``paths`` names (a glob or a list).

    ``blocksize`` (such as ``"64MiB"``) cuts big uncompressed files into
    several partitions; a gzipped file is always one partition.
    """
    lines = db.read_text(paths, blocksize=blocksize)
    return lines.filter(str.strip).map(json.loads).map(parse_record)


def top_speakers(rows: db.Bag, count: int = 10) -> db.Bag:
    """The most quoted speakers over the whole corpus: ``(name, quotations)`` pairs."""
    names = rows.map(
        lambda row: [q["speaker"]["name"] for q in row.get("quotes", ()) if q["speaker"]]
    )
    return names.flatten().frequencies(sort=True).topk(count, key=1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
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

    rows = citations(args.corpus, blocksize=args.blocksize)
    written = rows.map(json.dumps).to_textfiles(
        f"{args.output}/part-*.jsonl", compute=False, encoding="utf-8"
    )
    # One pass over the corpus computes both: Dask parses each partition once.
    files, speakers = dask.compute(written, top_speakers(rows), scheduler=args.scheduler)
    print(f"wrote {len(files)} files to {args.output}")
    for name, quotations in speakers:
        print(f"{quotations:6d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
