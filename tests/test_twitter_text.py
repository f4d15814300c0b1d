"""Entity extraction from tweet text: twitter-text's conformance suite, properties, examples.

The suite's README asks implementations to read its YAML files at test time rather than
copy the cases, so the cases are loaded from ``$CITEKIT_TWITTER_TEXT`` or from
``shared/twitter-text`` beside the repository, and skipped (with the reason) when absent.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit._posts.twitter_text import (
    extract_cashtags,
    extract_entities,
    extract_hashtags,
    extract_mentions,
    extract_mentions_or_lists,
    extract_reply,
    extract_urls,
    url_at_start,
)
from strategies import hostile_text

try:
    import yaml
except ImportError:  # pragma: no cover - pyyaml is in the "test" extra
    yaml = None  # type: ignore[assignment]

# --- the conformance suite -----------------------------------------------------------------


def _suite_dir() -> Path:
    configured = os.environ.get("CITEKIT_TWITTER_TEXT")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[1].parent / "shared" / "twitter-text"


def _suite_cases(filename: str) -> list[Any]:
    """One pytest param per YAML case, id'd by its description; a skip when unavailable."""
    path = _suite_dir() / filename
    if yaml is None or not path.is_file():
        missing = "pyyaml is not installed" if yaml is None else f"{path} does not exist"
        reason = (
            f"twitter-text conformance suite unavailable ({missing}); "
            "set CITEKIT_TWITTER_TEXT to the folder holding extract.yml and tlds.yml"
        )
        return [pytest.param("", "", None, marks=pytest.mark.skip(reason=reason), id=filename)]
    tests = yaml.safe_load(path.read_text(encoding="utf-8"))["tests"]
    return [
        pytest.param(
            section, case["text"], case["expected"], id=f"{section}: {case['description']}"
        )
        for section, cases in tests.items()
        for case in cases
    ]


# Section name (its first word) -> extractor and the key the YAML uses for the value.
_BY_SECTION: dict[str, tuple[Callable[[str], list[tuple[str, int, int]]], str]] = {
    "mentions": (extract_mentions, "screen_name"),
    "urls": (extract_urls, "url"),
    "tco": (extract_urls, "url"),
    "hashtags": (extract_hashtags, "hashtag"),
    "cashtags": (extract_cashtags, "cashtag"),
    "country": (extract_urls, "url"),  # tlds.yml
    "generic": (extract_urls, "url"),
}


def _extract_as_suite(section: str, text: str, expected: Any) -> Any:
    """Run the extractor a section tests and shape its result like the YAML's ``expected``."""
    if section == "replies":
        return extract_reply(text)
    if section.startswith("mentions_or_lists"):
        return [
            {"screen_name": name, "list_slug": slug, "indices": [start, end]}
            for name, slug, start, end in extract_mentions_or_lists(text)
        ]
    kind = section.split("_")[0]
    if kind not in _BY_SECTION:
        pytest.fail(f"no extractor for conformance section {section!r}")
    extract, key = _BY_SECTION[kind]
    found = extract(text)
    if expected and isinstance(expected[0], dict):
        return [{key: value, "indices": [start, end]} for value, start, end in found]
    return [value for value, _, _ in found]


@pytest.mark.parametrize(("section", "text", "expected"), _suite_cases("extract.yml"))
def test_extract_conformance(section: str, text: str, expected: Any) -> None:
    if section != "replies" and expected is None:
        expected = []
    assert _extract_as_suite(section, text, expected) == expected


@pytest.mark.parametrize(("section", "text", "expected"), _suite_cases("tlds.yml"))
def test_tld_conformance(section: str, text: str, expected: Any) -> None:
    assert _extract_as_suite(section, text, expected) == expected


# --- properties ----------------------------------------------------------------------------

# Fragments that make entities (and near misses) likely in generated text.
_PIECES = (
    "@", "＠", "#", "＃", "$", "http://", "https://", "t.co/", ".com", ".co.jp", ".みんな",
    "example", "user", "RT", "AAPL", "a", "1", "_", "-", ".", "/", "?", "=", "&", ":",
    "(", ")", "'", "!", " ", "\n", "é", "中", "\ufe0f", "\u20e3", "\u202a", "\u200d", "xn--",
)  # fmt: skip

tweetish_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=40).map(
    "".join
)
any_tweet = st.one_of(tweetish_text, hostile_text)

_SIGILS = {"mention": "@＠", "hashtag": "#＃", "cashtag": "$"}


@given(any_tweet)
def test_entities_never_raise_and_point_at_their_text(text: str) -> None:
    entities = extract_entities(text)
    for kind, value, start, end in entities:
        assert 0 <= start < end <= len(text)
        if kind == "url":
            assert text[start:end] == value
        else:
            assert text[start] in _SIGILS[kind]
            assert text[start + 1 : end] == value
    starts = [start for _, _, start, _ in entities]
    assert starts == sorted(starts)
    assert all(a[3] <= b[2] for a, b in pairwise(entities))


@given(any_tweet)
def test_extractors_agree_with_entities_and_are_deterministic(text: str) -> None:
    entities = extract_entities(text)
    assert entities == extract_entities(text)
    assert extract_urls(text) == [(v, s, e) for k, v, s, e in entities if k == "url"]
    for kind, extract in (("hashtag", extract_hashtags), ("cashtag", extract_cashtags)):
        assert {(kind, *found) for found in extract(text)} >= {
            entity for entity in entities if entity[0] == kind
        }
    mentions = extract_mentions_or_lists(text)
    assert {("mention", name + slug, s, e) for name, slug, s, e in mentions} >= {
        entity for entity in entities if entity[0] == "mention"
    }
    assert extract_mentions(text) == [(name, s, e) for name, slug, s, e in mentions if not slug]
    reply = extract_reply(text)
    assert reply is None or mentions[0][0] == reply


@given(any_tweet)
def test_each_extractor_lists_spans_in_text_order(text: str) -> None:
    for found in (extract_urls(text), extract_hashtags(text), extract_cashtags(text)):
        assert [start for _, start, _ in found] == sorted(start for _, start, _ in found)
        for value, start, end in found:
            assert value in text[start:end]


@given(any_tweet, st.sampled_from(["http://", "https://", "https://t.co/", ""]))
def test_the_url_at_the_start_is_the_first_one_a_scan_finds(text: str, scheme: str) -> None:
    text = scheme + text
    found = extract_urls(text)
    assert url_at_start(text) == (found[0][0] if found and found[0][1] == 0 else None)


# --- adversarial runs ----------------------------------------------------------------------
# Their cost is measured by benchmarks/ (a timed assertion here would be flaky on a busy
# machine); the test checks that they parse and that every span still points at its text.

_ADVERSARIAL = (
    "@", "#", "$", "a.", "http://", "-", "a", "http://a.", "(a.com/", "x.com/(",
    "x.com/(!a.com/", "http://x.com/a.?b.com/a.", "a_b.", "?a", "@a/b", "#1", "\u3042.",
)  # fmt: skip


@pytest.mark.parametrize("unit", _ADVERSARIAL)
def test_adversarial_runs_parse(unit: str) -> None:
    text = (unit * (20_000 // len(unit) + 1))[:20_000]
    for _kind, value, start, end in extract_entities(text):
        assert value in text[start:end]
    for name, start, end in extract_mentions(text):
        assert text[start:end] == "@" + name
    extract_reply(text)


# --- examples ------------------------------------------------------------------------------

EXAMPLES: list[tuple[str, list[tuple[str, str, int, int]]]] = [
    # URLs win over what lies inside them; a list mention keeps its slug.
    (
        "#tag http://example.com/#tag @user/list $AAPL",
        [
            ("hashtag", "tag", 0, 4),
            ("url", "http://example.com/#tag", 5, 28),
            ("mention", "user/list", 29, 39),
            ("cashtag", "AAPL", 40, 45),
        ],
    ),
    ("see example.com/@user", [("url", "example.com/@user", 4, 21)]),
    # Trailing punctuation and unbalanced brackets stay out of a URL.
    ("(see http://example.com/foo)", [("url", "http://example.com/foo", 5, 27)]),
    ("http://example.com/foo?", [("url", "http://example.com/foo", 0, 22)]),
    ("http://x.com/a(foo.com", [("url", "http://x.com/a", 0, 14), ("url", "foo.com", 15, 22)]),
    ("https://t.co/abc?x=1.", [("url", "https://t.co/abc?x=1", 0, 20)]),
    ("https://t.co/abc/def", [("url", "https://t.co/abc", 0, 16)]),
    ("http://x.com/?q=café", [("url", "http://x.com/?q=café", 0, 20)]),
    ("HTTPS://EXAMPLE.COM/A", [("url", "HTTPS://EXAMPLE.COM/A", 0, 21)]),
    ("http://例え.みんな/パス", [("url", "http://例え.みんな/", 0, 14)]),
    # Hosts must be real: a known TLD, DNS-sized labels, not glued to a word or sigil.
    ("http://例え.テスト example.coméx ftp.example.coM_x", []),
    ("http://" + "a" * 64 + ".com", []),
    ("http://" + "a" * 63 + ".com", [("url", "http://" + "a" * 63 + ".com", 0, 74)]),
    ("http://" + "ab." * 90 + "com", []),
    ("xhttp://example.com ftp://example.com", []),
    # Mentions: not in addresses, not followed by an accent, 20 characters at most.
    ("josé@example.com mail me: a@b.com @user/list@x", []),
    ("@" + "a" * 25, [("mention", "a" * 20, 0, 21)]),
    ("RT@user: hi", [("mention", "user", 2, 7)]),
    # Hashtags and cashtags.
    ("#️⃣ #ok &#39;s", [("hashtag", "ok", 4, 7)]),
    (
        "$AAPL🚀 $TSLA, $BRK.B",
        [("cashtag", "AAPL", 0, 5), ("cashtag", "TSLA", 7, 12), ("cashtag", "BRK.B", 14, 20)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[text[:40] for text, _ in EXAMPLES])
def test_examples(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert extract_entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeff@user hi", "user"),
        ("\u202a @user/list hi", "user"),
        ("RT @user: hi", None),
        (".@user hi", None),
        ("@user@example.com", None),
        ("", None),
    ],
)
def test_reply_examples(text: str, expected: str | None) -> None:
    assert extract_reply(text) == expected
