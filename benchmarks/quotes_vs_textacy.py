#!/usr/bin/env python3
"""Quotations and speakers: citekit against textacy's ``direct_quotations``.

Usage:
    python benchmarks/quotes_vs_textacy.py [FOLDER] [--model NAME]

FOLDER holds gold articles (``*.gold.json``, the format of ``seeds/``); the
default is ``../shared/corpus/dev`` when it is there, else ``seeds/``. Only
articles whose ``scope`` includes quotes are read. For each tool the script
prints quotation precision, recall and F1, the share of matched quotations
whose speaker is right, source F1 (the distinct speakers, against the gold
sources), and articles per second.

The matching rules are those of the project's scorer: a found quotation
matches a gold one when their spans overlap by half or more (Jaccard over
characters), one to one, best first; its speaker is right when its name
equals one of the gold names or contains one of four letters or more, case
and a leading article aside; gold records marked optional count neither way.

textacy runs only when it and a spaCy English model are importable: they
are the optional extra ``compare`` (``pip install -e '.[compare]'``) plus a
model package (``en_core_web_sm``, or ``--model`` naming another). Without
them the script measures citekit alone and says so. textacy's time includes
spaCy's parse, which its quotations need. A document on which textacy
raises (it does on unbalanced quotation marks) counts as one with no
quotations.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import citekit

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

Found = tuple[int, int, str | None]  # quotation span and speaker name
_SPACE = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_MARKS = "\"'“”‘’„‟«»‹›`"


# ------------------------------------------------------------------ gold


def load(folder: Path) -> list[dict[str, Any]]:
    """The gold articles in ``folder`` whose quotations are annotated."""
    articles = []
    for path in sorted(folder.rglob("*.gold.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        if "text" in article and "quotes" in article.get("scope", ("quotes",)):
            articles.append(article)
    return articles


def _names(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


# ------------------------------------------------------------------ matching


def normalize(name: str | None) -> str:
    text = _SPACE.sub(" ", name or "").strip().strip(".,;:").strip()
    return _ARTICLE.sub("", text.replace("’", "'").replace("‘", "'").lower())


def same_speaker(found: str | None, gold: Iterable[str]) -> bool:
    name = normalize(found)
    if not name:
        return False
    for want in map(normalize, gold):
        if name == want:
            return True
        if len(want) >= 4 and re.search(r"(?:^|\W)" + re.escape(want) + r"(?:$|\W)", name):
            return True
    return False


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.speaker_right = self.speaker_asked = 0
        self.source_tp = self.source_fp = self.source_fn = 0
        self.seconds = 0.0
        self.articles = 0
        self.chars = 0
        self.failed = 0

    def quotes(self, gold: list[dict[str, Any]], found: list[Found]) -> None:
        pairs = sorted(
            (
                (jaccard(tuple(g["span"]), (f[0], f[1])), gi, fi)
                for gi, g in enumerate(gold)
                for fi, f in enumerate(found)
            ),
            reverse=True,
        )
        used_gold: set[int] = set()
        used_found: set[int] = set()
        for score, gi, fi in pairs:
            if score < 0.5 or gi in used_gold or fi in used_found:
                continue
            used_gold.add(gi)
            used_found.add(fi)
            if not gold[gi].get("optional"):
                self.tp += 1
            if gold[gi].get("speaker"):
                self.speaker_asked += 1
                self.speaker_right += same_speaker(found[fi][2], _names(gold[gi]["speaker"]))
        self.fn += sum(
            1 for gi, g in enumerate(gold) if gi not in used_gold and not g.get("optional")
        )
        self.fp += len(found) - len(used_found)

    def sources(self, gold: list[dict[str, Any]], speakers: Iterable[str]) -> None:
        distinct: dict[str, str] = {}
        for name in speakers:
            distinct.setdefault(normalize(name), name)
        matched: set[int] = set()
        for name in distinct.values():
            hit = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in matched and same_speaker(name, _names(g.get("names")))
                ),
                None,
            )
            if hit is None:
                if not any(same_speaker(name, _names(gold[i].get("names"))) for i in matched):
                    self.source_fp += 1
                continue
            matched.add(hit)
            if not gold[hit].get("optional"):
                self.source_tp += 1
        self.source_fn += sum(
            1 for i, g in enumerate(gold) if i not in matched and not g.get("optional")
        )

    def line(self, tool: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else float(not self.fn)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        speaker = self.speaker_right / self.speaker_asked if self.speaker_asked else 0.0
        sp = self.source_tp / (self.source_tp + self.source_fp) if self.source_tp else 0.0
        sr = self.source_tp / (self.source_tp + self.source_fn) if self.source_tp else 0.0
        sf1 = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
        rate = self.articles / self.seconds if self.seconds else float("inf")
        speed = self.chars / self.seconds / 1e6 if self.seconds else float("inf")
        return (
            f"{tool:9} quotes P {p:.3f} R {r:.3f} F1 {f1:.3f}  speaker {speaker:.3f}  "
            f"sources F1 {sf1:.3f}  {rate:7.1f} articles/s {speed:7.3f} MB/s"
            + (f"  ({self.failed} articles raised)" if self.failed else "")
        )


# ------------------------------------------------------------------ tools


def run_citekit(text: str) -> tuple[list[Found], list[str]]:
    article = citekit.parse_article(text)
    quotes = [
        (q.span.start, q.span.end, q.speaker.name if q.speaker else None) for q in article.quotes
    ]
    return quotes, [s.name for s in article.sources]


def textacy_runner(model: str | None) -> tuple[Callable[[str], tuple[list[Found], list[str]]], str]:
    """textacy's ``direct_quotations`` on a spaCy model, or a reason it cannot run."""
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError as error:
        raise LookupError(f"textacy is unavailable ({error.name} is not installed)") from error
    candidates = [model] if model else ["en_core_web_sm", *_installed_models()]
    nlp = None
    for name in candidates:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        raise LookupError(
            "textacy is unavailable (no spaCy English model: install en_core_web_sm "
            "or name one with --model)"
        )

    def run(text: str) -> tuple[list[Found], list[str]]:
        doc = nlp(text)
        quotes: list[Found] = []
        for triple in direct_quotations(doc):
            content = triple.content
            start, end = content.start_char, content.end_char
            while start < end and text[start] in _MARKS + " ":
                start += 1
            while end > start and text[end - 1] in _MARKS + " ,":
                end -= 1
            speaker = " ".join(t.text for t in triple.speaker) or None
            quotes.append((start, end, speaker))
        return quotes, [q[2] for q in quotes if q[2]]

    return run, str(nlp.meta.get("name", "model"))


def _installed_models() -> list[str]:
    """Installed packages that are spaCy's small English model under another name."""
    found = []
    for distribution in importlib.metadata.distributions():
        name = (distribution.metadata["Name"] or "").replace("-", "_").lower()
        if name.startswith("en_core_web_sm"):
            found.append(name)
    return sorted(found)


def measure(
    articles: list[dict[str, Any]], run: Callable[[str], tuple[list[Found], list[str]]]
) -> Tally:
    tally = Tally()
    for article in articles:
        text = article["text"]
        start = time.perf_counter()
        try:
            quotes, speakers = run(text)
        except Exception:  # textacy raises on a whole document; count it as finding nothing
            quotes, speakers = [], []
            tally.failed += 1
        tally.seconds += time.perf_counter() - start
        tally.articles += 1
        tally.chars += len(text)
        tally.quotes(article.get("quotes", []), quotes)
        if "sources" in article.get("scope", ("sources",)):
            tally.sources(article.get("sources", []), speakers)
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else ROOT / "seeds"
    parser.add_argument("folder", nargs="?", type=Path, default=default)
    parser.add_argument("--model", help="the spaCy model for textacy (default: en_core_web_sm)")
    args = parser.parse_args(argv)
    articles = load(args.folder)
    if not articles:
        print(f"no gold articles with quotations in {args.folder}", file=sys.stderr)
        return 1
    chars = sum(len(a["text"]) for a in articles)
    print(f"{len(articles)} articles, {chars} characters, from {args.folder}")
    print(measure(articles, run_citekit).line("citekit"))
    try:
        runner, model = textacy_runner(args.model)
    except LookupError as error:
        print(f"textacy   {error}")
        return 0
    print(measure(articles, runner).line("textacy") + f"  [{model}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
