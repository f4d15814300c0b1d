"""Embedded posts: a table of shapes per platform, dates, and Hypothesis properties.

The table (``cases/posts.yaml``) holds example texts written for these tests
in the shapes scraped articles take; the properties plant a signature built
from generated parts (any display name, handle and date) in generated prose,
laid out as scrapes leave it, and find it again with those fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from case_tables import case_param, load_cases
from citekit._text.dates import parse_date
from strategies import (
    bluesky_handles,
    display_names,
    hostile_text,
    paragraphs,
    post_trigger_runs,
    post_words,
    prose,
    single_spaced_names,
    twitter_handles,
)

CASES = load_cases("posts.yaml")


def _check(post: citekit.Post, want: dict[str, Any]) -> None:
    for field, expected in want.items():
        got = getattr(post, field)
        if field == "date":
            got = got.isoformat()[:10] if got is not None else None
        elif field in ("links", "media"):
            got = list(got)
        assert got == expected, field


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_table(case: dict[str, Any]) -> None:
    text = case["text"]
    article = citekit.parse_article(text)
    assert len(article.posts) == len(case["posts"]), [p.text for p in article.posts]
    for post, want in zip(article.posts, case["posts"], strict=True):
        _check(post, want)
        assert post.span.of(text)
        if post.text_span is not None:
            assert post.text_span.of(text) == post.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 12, 2016", dt.date(2016, 11, 12)),
        ("Sept. 5, 2017", dt.date(2017, 9, 5)),
        ("25. September 2018", dt.date(2018, 9, 25)),
        ("3 de mayo de 2019", dt.date(2019, 5, 3)),
        ("12 juin 2019", dt.date(2019, 6, 12)),
        ("Monday, February 7, 2022", dt.date(2022, 2, 7)),
        ("2018年9月25日", dt.date(2018, 9, 25)),
        ("Jun 16", None),
        ("February 30, 2017", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_parse_date_understands_times_and_zones() -> None:
    pdt = parse_date("Jun 16, 2019 at 7:30am PDT")
    assert isinstance(pdt, dt.datetime)
    assert pdt.utcoffset() == dt.timedelta(hours=-7)
    assert (pdt.hour, pdt.minute) == (7, 30)
    german = parse_date("14. Okt 2018 um 9:12 Uhr")
    assert german == dt.datetime(2018, 10, 14, 9, 12)
    bluesky = parse_date("November 25, 2024 at 12:58 AM")
    assert bluesky == dt.datetime(2024, 11, 25, 0, 58)
    assert parse_date("3:45 PM - 12 Nov 2016") == dt.datetime(2016, 11, 12, 15, 45)


def test_a_tweets_date_is_read_once() -> None:
    """A tweet's date was read for its length limit, then again for its record.

    The cache hid the second read until a text held more distinct dates than
    it keeps (a few thousand signatures): from there every date cost two
    dateutil parses.
    """
    lines = [
        f"Ferry late again\n— Harbour Watch (@harbour) May {day}, 1911" for day in range(1, 29)
    ]
    parse_date.cache_clear()
    article = citekit.parse_article("\n".join(lines))
    info = parse_date.cache_info()
    assert len(article.posts) == 28
    assert info.hits + info.misses == 28
    assert [post.date for post in article.posts] == [dt.date(1911, 5, d) for d in range(1, 29)]


def test_entities_point_into_the_article() -> None:
    text = "Intro.\nGo @coach! #MatchDay $ACME https://t.co/Ab12Cd34Ef\n— Club (@club) May 1, 2019"
    (post,) = citekit.parse_article(text).posts
    kinds = [(e.kind, e.text, e.span.of(text)) for e in post.entities]
    assert kinds == [
        ("mention", "coach", "@coach"),
        ("hashtag", "MatchDay", "#MatchDay"),
        ("cashtag", "ACME", "$ACME"),
        ("url", "https://t.co/Ab12Cd34Ef", "https://t.co/Ab12Cd34Ef"),
    ]


# ---------------------------------------------------------------- plant and find

_MONTHS_EN = "January February March April May June July August September October November December"
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def _format_date(day: dt.date, style: int) -> str:
    en, de, es = (m.split()[day.month - 1] for m in (_MONTHS_EN, _MONTHS_DE, _MONTHS_ES))
    return (
        f"{en} {day.day}, {day.year}",
        f"{en[:3]} {day.day}, {day.year}",
        f"{day.day}. {de} {day.year}",
        f"{day.day} {en} {day.year}",
        f"{day.day} de {es} de {day.year}",
    )[style]


dates = st.dates(dt.date(2007, 1, 1), dt.date(2030, 12, 31))
date_styles = st.integers(0, 4)
dashes = st.sampled_from(["— ", "—", "– ", "&mdash; ", "- "])
long_prose = st.lists(prose, min_size=4, max_size=6).map(" ".join)


@given(post_words, display_names, twitter_handles, dates, date_styles, dashes, paragraphs, prose)
def test_plant_and_find_a_tweet_on_its_own_lines(
    words: str,
    name: str,
    handle: str,
    day: dt.date,
    style: int,
    dash: str,
    before: str,
    after: str,
) -> None:
    text = f"{before}\n{words}\n{dash}{name} (@{handle}) {_format_date(day, style)}\n{after}"
    (post,) = citekit.parse_article(text).posts
    _assert_planted(post, text, words, name, handle, day)


@given(post_words, display_names, twitter_handles, dates, date_styles, prose, prose)
def test_plant_and_find_a_tweet_between_blank_lines(
    words: str, name: str, handle: str, day: dt.date, style: int, before: str, after: str
) -> None:
    text = f"{before}\n\n{words}\n\n— {name} (@{handle}) {_format_date(day, style)}\n\n{after}"
    (post,) = citekit.parse_article(text).posts
    _assert_planted(post, text, words, name, handle, day)


@given(post_words, display_names, twitter_handles, dates, date_styles, prose, prose)
def test_plant_and_find_a_tweet_sharing_its_line(
    words: str, name: str, handle: str, day: dt.date, style: int, before: str, after: str
) -> None:
    text = f"{before}\n{words} — {name} (@{handle}) {_format_date(day, style)}\n{after}"
    (post,) = citekit.parse_article(text).posts
    _assert_planted(post, text, words, name, handle, day)


@given(post_words, display_names, twitter_handles, dates, date_styles, long_prose, prose)
def test_plant_and_find_a_tweet_in_flattened_text(
    words: str, name: str, handle: str, day: dt.date, style: int, before: str, after: str
) -> None:
    """No line breaks: the post glued to the sentence before it, the date to the one after."""
    text = f"{before}{words} — {name} (@{handle}) {_format_date(day, style)}{after}"
    (post,) = citekit.parse_article(text).posts
    _assert_planted(post, text, words, name, handle, day)


@given(post_words, single_spaced_names, twitter_handles, dates, date_styles, long_prose, prose)
def test_plant_and_find_a_tweet_whose_dash_was_deleted(
    words: str, name: str, handle: str, day: dt.date, style: int, before: str, after: str
) -> None:
    """The ISOT shape: no line breaks, and two spaces where the dash was."""
    text = f"{before}{words}  {name} (@{handle}) {_format_date(day, style)}{after}"
    (post,) = citekit.parse_article(text).posts
    _assert_planted(post, text, words, name, handle, day)


@given(post_words, display_names, bluesky_handles, dates, st.integers(0, 23), st.integers(0, 59))
def test_plant_and_find_a_bluesky_post(
    words: str, name: str, handle: str, day: dt.date, hour: int, minute: int
) -> None:
    clock = f"{(hour + 11) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    text = f"The thread went on.\n{words}\n— {name} (@{handle}) {_format_date(day, 0)} at {clock}"
    (post,) = citekit.parse_article(text).posts
    assert post.platform == "bluesky"
    _assert_planted(post, text, words, name, handle, day)
    assert isinstance(post.date, dt.datetime)
    assert (post.date.hour, post.date.minute) == (hour, minute)


@given(post_words, display_names, twitter_handles, dates, st.booleans(), prose)
def test_plant_and_find_an_instagram_post(
    words: str, name: str, handle: str, day: dt.date, opening: bool, after: str
) -> None:
    month = _MONTHS_EN.split()[day.month - 1][:3]
    view = "View this post on Instagram\n\n" if opening else ""
    signature = (
        f"A post shared by {name} (@{handle}) on {month} {day.day}, {day.year} at 7:30am PDT"
    )
    text = f"The shop posted again.\n\n{view}{words}\n\n{signature}\n\n{after}"
    (post,) = citekit.parse_article(text).posts
    assert post.platform == "instagram"
    _assert_planted(post, text, words, name, handle, day)


def _assert_planted(
    post: citekit.Post, text: str, words: str, name: str, handle: str, day: dt.date
) -> None:
    assert post.handle == handle
    assert post.author == (name.strip() or None)
    assert post.date is not None
    assert post.date.isoformat()[:10] == day.isoformat()
    assert post.text == words
    assert post.text_span is not None
    assert post.text_span.of(text) == words
    link = words.rsplit(" ", 1)[-1]
    if link.startswith("pic."):
        assert post.media == (link,)
    elif link.startswith("http"):
        assert post.links == (link,)


# ---------------------------------------------------------------- invariants

post_text = st.one_of(
    hostile_text,
    post_trigger_runs,
    st.lists(st.one_of(prose, post_trigger_runs), max_size=6).map("".join),
)


@given(post_text)
def test_posts_never_raise_and_spans_hold_their_words(text: str) -> None:
    posts = citekit.parse_article(text).posts
    end = 0
    for post in posts:
        assert end <= post.span.start <= post.span.end <= len(text)
        end = post.span.end
        if post.text_span is not None:
            assert post.text == post.text_span.of(text)
            assert post.span.start <= post.text_span.start < post.text_span.end <= post.span.end
        else:
            assert post.text is None
        for entity in post.entities:
            assert post.text_span is not None
            assert post.text_span.start <= entity.span.start < entity.span.end
            assert entity.span.end <= post.text_span.end
        assert set(post.links) | set(post.media) <= {
            e.text for e in post.entities if e.kind == "url"
        }


@given(post_text)
def test_posts_are_deterministic(text: str) -> None:
    assert citekit.parse_article(text).posts == citekit.parse_article(text).posts


@given(post_text, st.sampled_from(["\n", "  ", "\n\n", " \n"]))
def test_a_blank_prefix_shifts_every_post(text: str, prefix: str) -> None:
    before = citekit.parse_article(text).posts
    after = citekit.parse_article(prefix + text).posts
    assert [p.span.shift(len(prefix)) for p in before] == [p.span for p in after]
    assert [(p.text, p.handle, p.author, p.date) for p in before] == [
        (p.text, p.handle, p.author, p.date) for p in after
    ]


@given(paragraphs)
def test_prose_has_no_posts(text: str) -> None:
    assert citekit.parse_article(text).posts == ()
