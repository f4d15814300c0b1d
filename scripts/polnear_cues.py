"""Split PolNeAR's source recall by whether each source's cue is a word citekit reads as one.

PolNeAR counts as a speech cue many words that attribute no information in the
sense of ``docs/quotes-and-sources.md`` ("attacked", "protested", "did not
immediately respond", "unveiled a proposal"). This script scores the sources as
``polnear_score.py`` does (the scorer's own grouping and name matching, imported
from it) and prints the recall twice: over the PolNeAR sources whose cue holds a
word citekit reads as a cue (a speech verb in any form, an object cue, "according
to", a document's "show" or "find"), and over those whose cue holds none, with the
commonest of those cues::

    python scripts/polnear_cues.py ../shared/corpus/polnear-dev
    python scripts/polnear_cues.py ../shared/corpus/polnear-train --eval ../shared/eval

A verb added to the lexicon moves its sources from the second line to the first:
the split says where the misses are, not what a source is.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

import citekit
from citekit._lexicon.speech_verbs import OBJECT_VERB_TABLE, QUOTATION_VERBS, SPEECH_VERB_TABLE
from citekit._reading.clauses import CUE_OPENERS

ROOT = Path(__file__).resolve().parent.parent

#: A document's cues, which the speech verb table does not hold.
_DOCUMENT_CUES = ("show", "shows", "showed", "shown", "showing", "find", "finds", "found")


def cue_words() -> frozenset[str]:
    """Every word citekit reads as a cue, in lower case."""
    words = set(CUE_OPENERS) | set(QUOTATION_VERBS) | set(_DOCUMENT_CUES)
    for row in SPEECH_VERB_TABLE + OBJECT_VERB_TABLE:
        words.update(form.lower() for form in row if form)
    return frozenset(words)


def known_cue(cue: str | None, words: frozenset[str]) -> bool:
    """Whether PolNeAR's cue holds a word citekit reads as a cue."""
    tokens = (cue or "").lower().replace("’", "'").split()
    return any(token.strip(".,:;!?\"'“”") in words for token in tokens)


def split(
    scorer: Any, folder: Path
) -> tuple[collections.Counter[tuple[str, bool]], collections.Counter[str]]:
    """(counts of (side, recalled), the cues of the sources missed on the unknown side)."""
    words = cue_words()
    counts: collections.Counter[tuple[str, bool]] = collections.Counter()
    unknown: collections.Counter[str] = collections.Counter()
    for doc in scorer.load_docs([folder]):
        predicted = scorer.as_dict(citekit.parse_article(doc["text"]))
        names = [s["name"] for s in predicted.get("sources") or [] if s.get("name")]
        cues: dict[str, list[str | None]] = collections.defaultdict(list)
        for source in doc["sources"]:
            if source.get("cue_kind") == "speech":
                cues[source["text"]].append(source.get("cue"))
        for group in scorer.source_groups(doc):
            if not (group["speech"] and group["named"]):
                continue
            group_cues = [cue for text in group["texts"] for cue in cues.get(text, [])]
            side = "known" if any(known_cue(cue, words) for cue in group_cues) else "unknown"
            recalled = any(scorer.name_match(n, group["heads"], group["parts"]) for n in names)
            counts[side, recalled] += 1
            if side == "unknown" and not recalled:
                unknown[" / ".join(sorted({cue or "" for cue in group_cues}))[:60]] += 1
    return counts, unknown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of PolNeAR *.json articles")
    parser.add_argument(
        "--eval",
        type=Path,
        default=ROOT.parent / "shared" / "eval",
        help="the folder holding polnear_score.py",
    )
    parser.add_argument("--show", type=int, default=20, help="how many unknown cues to list")
    args = parser.parse_args()
    if not (args.eval / "polnear_score.py").is_file():
        parser.error(f"no polnear_score.py in {args.eval} (give --eval)")
    sys.path.insert(0, str(args.eval))
    import polnear_score

    counts, unknown = split(polnear_score, args.corpus)
    for side in ("known", "unknown"):
        found, missed = counts[side, True], counts[side, False]
        total = found + missed
        print(f"cue {side:8} sources {total:5}  recalled {found:5}  R {found / max(total, 1):.3f}")
    found = counts["known", True] + counts["unknown", True]
    total = sum(counts.values())
    print(f"all              sources {total:5}  recalled {found:5}  R {found / max(total, 1):.3f}")
    for cue, count in unknown.most_common(args.show):
        print(f"  {count:4}  {cue}")


if __name__ == "__main__":
    main()
