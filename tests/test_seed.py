"""The canonical example: the seed article comes out exactly as expected.

``seeds/*.expected.json`` is citekit's full output for the seed (every field
of every record); ``seeds/*.gold.json`` is what a careful reader says it
cites. Both are asserted: the snapshot catches any change, the gold says
which changes are wrong. Regenerate the snapshot after an intended change
with ``python seeds/regenerate.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import citekit

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "000_7c77af76040d90d3.txt"


@pytest.fixture(scope="module")
def article() -> citekit.Article:
    return citekit.parse_article(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gold() -> dict:  # type: ignore[type-arg]
    return json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))


def test_every_record_matches_the_snapshot(article: citekit.Article) -> None:
    expected = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
    produced = article.to_dict()
    produced.pop("text")
    for section in ("posts", "image_credits", "quotes", "sources"):
        assert produced[section] == expected[section], section


def test_posts_are_the_gold_posts(article: citekit.Article, gold: dict) -> None:  # type: ignore[type-arg]
    assert len(article.posts) == len(gold["posts"])
    for post, want in zip(article.posts, gold["posts"], strict=True):
        assert (post.span.start, post.span.end) == tuple(want["span"])
        assert post.platform == want["platform"]
        assert post.handle == want["handle"]
        assert post.author == want["author"]
        assert post.date.isoformat() == want["date"]  # type: ignore[union-attr]
        assert post.text == want["text"]
        assert list(post.links) == want["links"]
        assert list(post.media) == want["media"]


def test_credit_is_the_gold_credit(article: citekit.Article, gold: dict) -> None:  # type: ignore[type-arg]
    (credit,) = article.image_credits
    (want,) = gold["image_credits"]
    assert (credit.span.start, credit.span.end) == tuple(want["span"])
    assert list(credit.creators) == want["creators"]
    assert list(credit.agencies) == want["agencies"]


def test_quotes_and_speakers_are_the_gold_ones(article: citekit.Article, gold: dict) -> None:  # type: ignore[type-arg]
    required = [q for q in gold["quotes"] if not q.get("optional")]
    found = {(q.span.start, q.span.end): q for q in article.quotes}
    for want in required:
        quote = found[tuple(want["span"])]
        assert quote.text == want["text"]
        assert quote.speaker is not None
        assert quote.speaker.name == want["speaker"][0]
        assert quote.speaker.kind == want["speaker_kind"]
    optional = {tuple(q["span"]) for q in gold["quotes"] if q.get("optional")}
    assert set(found) <= {tuple(q["span"]) for q in required} | optional


def test_speaker_titles(article: citekit.Article) -> None:
    woog = next(q.speaker for q in article.quotes if q.speaker and q.speaker.name == "Carl Woog")
    assert woog.title == "White House National Security Council spokesman"


def test_sources_are_the_gold_sources(article: citekit.Article, gold: dict) -> None:  # type: ignore[type-arg]
    names = {s.name: s.kind for s in article.sources}
    for want in gold["sources"]:
        if want.get("optional"):
            continue
        assert names.get(want["names"][0]) == want["kind"], want["names"][0]
    allowed = {n for s in gold["sources"] for n in s["names"]}
    assert set(names) <= allowed
