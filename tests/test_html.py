"""``parse_html``: posts and credits from markup, the article's text, any input survives.

The pages here are small and written for the tests: one shape each, the
way the platforms' embed codes and the news sites' figures print them. The
tables of shapes are data (``cases/html.yaml``); each case's markup is placed
in a news page (``page``). Every case runs with the markup reader; the cases
that depend on the main text also run with trafilatura when it is installed.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib.util
import json
import logging
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import citekit
from strategies import (
    PlacedRecord,
    any_bytes,
    any_markup,
    hostile_pages,
    html_paragraphs,
    page_date_texts,
    page_handles,
    page_names,
    page_post_words,
    page_status_ids,
    page_video_ids,
    pages_with_furniture,
    prose,
)

HAS_TRAFILATURA = importlib.util.find_spec("trafilatura") is not None
EXTRACTORS = [
    "markup",
    pytest.param(
        "auto",
        marks=pytest.mark.skipif(not HAS_TRAFILATURA, reason="the html extra is not installed"),
    ),
]
DEV_HTML = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-html"

CASES: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "html.yaml").read_text(encoding="utf-8")
)
#: The tweet embed code several cases and tests build on.
TWEET: str = CASES["tweet"]


def cases(group: str) -> list[Any]:
    """The cases of one group of ``cases/html.yaml``; a known miss is a strict xfail."""
    return [
        pytest.param(
            case,
            id=case["name"],
            marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else [],
        )
        for case in CASES[group]
    ]


LEAD = (
    "<p>The council met on Tuesday evening to discuss the new ferry timetable for the "
    "islands, which has drawn complaints from commuters all winter.</p>"
)
TAIL = (
    "<p>A final vote on the timetable is expected next month, after a second round of "
    "public hearings in the harbour towns.</p>"
)


def page(body: str, head: str = "") -> str:
    """A news page around ``body``: navigation, the article, a sidebar and a footer."""
    return f"""<!DOCTYPE html><html><head><title>Ferry timetable</title>{head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Council weighs ferry timetable</h1>{LEAD}
{body}
{TAIL}</article></main>
<aside class="sidebar"><p>Most read</p></aside>
<footer><p>© 2024 Harbour Gazette. All rights reserved.</p></footer>
</body></html>"""


def only_post(html: str, extractor: str = "markup") -> citekit.Post:
    article = citekit.parse_html(html, extractor=extractor)  # type: ignore[arg-type]
    assert len(article.posts) == 1, article.posts
    return article.posts[0]


# --- embedded posts: one shape each ------------------------------------------------------


@pytest.mark.parametrize("extractor", EXTRACTORS)
@pytest.mark.parametrize("case", cases("posts"))
def test_embedded_post(case: dict[str, Any], extractor: str) -> None:
    html = page(case["markup"])
    article = citekit.parse_html(html, extractor=extractor)  # type: ignore[arg-type]
    post = only_post(html, extractor)
    for field, value in case["post"].items():
        got = getattr(post, field)
        if field == "date":
            got = got.isoformat()[:10] if got is not None else None
        elif field in ("links", "media"):
            got = list(got)
        assert got == value, field
    if post.text is not None:
        assert post.text_span is not None
        assert post.text_span.of(article.text) == post.text
    assert post.span.start <= (post.text_span or post.span).start
    assert article.text[post.span.start : post.span.end]


@pytest.mark.parametrize("case", cases("not_posts"))
def test_not_an_embedded_post(case: dict[str, Any]) -> None:
    assert citekit.parse_html(page(case["markup"])).posts == ()


def test_a_teaser_article_after_the_story_is_not_the_story() -> None:
    html = page(TWEET).replace(
        "</main>",
        '<article class="teaser"><h2>Next story</h2><iframe src="https://www.youtube.com/embed/Ab3dE6gH9jK">'
        "</iframe><p>Another story about the harbour and its boats, told at length.</p></article></main>",
    )
    assert [p.platform for p in citekit.parse_html(html).posts] == ["twitter"]


def test_one_post_shown_twice_is_one_post() -> None:
    player = '<iframe src="https://www.youtube.com/embed/Ab3dE6gH9jK"></iframe>'
    html = page(f"{player}<noscript>{player}</noscript>")
    assert len(citekit.parse_html(html).posts) == 1


# --- image credits ------------------------------------------------------------------------

SITE_HEAD = '<meta property="og:site_name" content="Harbour Gazette">'


@pytest.mark.parametrize("extractor", EXTRACTORS)
@pytest.mark.parametrize("case", cases("credits"))
def test_image_credit(case: dict[str, Any], extractor: str) -> None:
    html = page(case["markup"], SITE_HEAD)
    article = citekit.parse_html(html, extractor=extractor)  # type: ignore[arg-type]
    assert len(article.image_credits) == 1, article.image_credits
    _check_credit(article, article.image_credits[0], case)


def _check_credit(
    article: citekit.Article, credit: citekit.ImageCredit, case: dict[str, Any]
) -> None:
    assert credit.span.of(article.text) == case["credit"]
    assert (list(credit.creators), list(credit.agencies)) == (case["creators"], case["agencies"])


def test_json_ld_credit_stands_before_the_text() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "publisher": {
            "@type": "Organization",
            "logo": {"@type": "ImageObject", "creditText": "Logo"},
        },
        "image": {
            "@type": "ImageObject",
            "url": "https://example.org/a.jpg",
            "creditText": "Ola Berg/Reuters",
        },
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    article = citekit.parse_html(page("", head))
    assert [(c.creators, c.agencies) for c in article.image_credits] == [
        (("Ola Berg",), ("Reuters",))
    ]
    assert article.image_credits[0].span.of(article.text) == "Ola Berg/Reuters"


def test_json_ld_credit_that_the_page_shows_is_one_credit() -> None:
    data = {
        "@type": "ImageObject",
        "url": "https://example.org/a.jpg",
        "copyrightHolder": "Getty Images",
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    body = '<figure><img src="/a.jpg"><figcaption>Quay. <span class="credit">Getty Images</span></figcaption></figure>'
    assert len(citekit.parse_html(page(body, head)).image_credits) == 1


@pytest.mark.parametrize("case", cases("not_credits"))
def test_not_an_image_credit(case: dict[str, Any]) -> None:
    assert citekit.parse_html(page(case["markup"], SITE_HEAD)).image_credits == ()


def test_one_image_shown_twice_is_one_credit() -> None:
    figure = (
        '<div class="hero-image"><div class="hero-image__title">The quay. Photo: AP</div></div>'
    )
    assert len(citekit.parse_html(page(figure + figure)).image_credits) == 1


@pytest.mark.parametrize("case", cases("credit_lines"))
def test_credit_line_under_an_image(case: dict[str, Any]) -> None:
    """A line right under an image, outside any caption element, ending with a labelled credit."""
    article = citekit.parse_html(page(case["markup"], SITE_HEAD), extractor="markup")
    (credit,) = article.image_credits
    _check_credit(article, credit, case)


@pytest.mark.parametrize("case", cases("not_credit_lines"))
def test_not_a_credit_line_under_an_image(case: dict[str, Any]) -> None:
    html = page(case["markup"], SITE_HEAD)
    assert citekit.parse_html(html, extractor="markup").image_credits == ()


# --- the article's text -------------------------------------------------------------------


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_text_is_the_article_with_embeds_in_place(extractor: str) -> None:
    article = citekit.parse_html(page(TWEET), extractor=extractor)  # type: ignore[arg-type]
    text = article.text
    assert "Home" not in text.split("\n")
    assert "Most read" not in text
    assert "All rights reserved" not in text
    lead = text.index("The council met")
    post = article.posts[0]
    tail = text.index("A final vote")
    assert lead < post.span.start < post.span.end < tail
    assert text[post.span.start : post.span.end].endswith("(@harbourwatch) March 4, 2024")


def test_markup_reader_drops_scripts_styles_and_hidden_text() -> None:
    body = (
        "<style>p { color: red }</style><script>var x = 1;</script>"
        '<p style="display:none">Hidden words</p><p hidden>More hidden</p>'
        '<span class="sr-only">Skip</span><table><tr><td>Pier</td><td>Sailings</td></tr></table>'
    )
    text = citekit.parse_html(page(body), extractor="markup").text
    for gone in ("color", "var x", "Hidden words", "More hidden", "Skip"):
        assert gone not in text
    assert "Pier | Sailings" in text


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_quotes_and_sources_come_from_the_text(extractor: str) -> None:
    body = (
        '<p>"We will add two sailings on Sundays," said Marta Lund, the harbour director.</p>'
        "<p>According to the Harbour Board, the ferries carried more passengers than ever.</p>"
    )
    article = citekit.parse_html(page(body), extractor=extractor)  # type: ignore[arg-type]
    assert [q.text for q in article.quotes] == ["We will add two sailings on Sundays,"]
    as_text = citekit.parse_article(article.text)
    assert (article.quotes, article.sources) == (as_text.quotes, as_text.sources)


def test_page_without_body_or_article() -> None:
    article = citekit.parse_html(
        'Loose words before any tag. <iframe src="https://www.youtube.com/embed/Ab3dE6gH9jK"></iframe>'
    )
    assert "Loose words" in article.text
    assert [p.url for p in article.posts] == ["https://www.youtube.com/watch?v=Ab3dE6gH9jK"]


@pytest.mark.parametrize(
    "markup", ["Only words, and no markup.", "<span>Only words,</span> and no markup."]
)
def test_words_without_a_block_around_them_are_the_text(markup: str) -> None:
    assert citekit.parse_html(markup, extractor="markup").text == "Only words, and no markup."


# --- the tweet as markup and as text give one post -----------------------------------------

FIELDS = ("platform", "handle", "author", "date", "text")


def _fields(post: citekit.Post) -> tuple[object, ...]:
    return tuple(getattr(post, f) for f in FIELDS)


def tweet_markup(words: str, name: str, handle: str, date: str, status: str) -> str:
    return (
        f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{words}</p>&mdash; {name} '
        f'(@{handle}) <a href="https://twitter.com/{handle}/status/{status}?ref_src=twsrc%5Etfw">'
        f"{date}</a></blockquote>"
    )


def test_tweet_in_markup_and_as_text_give_the_same_post() -> None:
    words = "The night ferry is running late again, third time this week"
    markup = tweet_markup(words, "Harbour Watch", "harbourwatch", "March 4, 2024", "12345")
    from_html = only_post(page(markup))
    flattened = (
        f"Commuters complained all week.\n{words}\n— Harbour Watch (@harbourwatch) March 4, 2024"
    )
    (from_text,) = citekit.parse_article(flattened).posts
    assert _fields(from_html) == _fields(from_text)


@given(
    words=page_post_words,
    name=page_names,
    handle=page_handles,
    date=page_date_texts,
    status=page_status_ids,
    before=prose,
)
def test_tweet_as_markup_or_text_is_one_post(
    words: str, name: str, handle: str, date: str, status: str, before: str
) -> None:
    from_html = only_post(page(tweet_markup(words, name, handle, date, status)))
    (from_text,) = citekit.parse_article(f"{before}\n{words}\n— {name} (@{handle}) {date}").posts
    assert _fields(from_html) == _fields(from_text)


# --- properties ---------------------------------------------------------------------------


def _all_spans(article: citekit.Article) -> list[citekit.Span]:
    spans: list[citekit.Span] = []
    for post in article.posts:
        spans += [post.span, *([post.text_span] if post.text_span else [])]
        spans += [e.span for e in post.entities]
    spans += [c.span for c in article.image_credits]
    spans += [q.span for q in article.quotes]
    for source in article.sources:
        spans += list(source.mentions)
    return spans


def _check_spans(article: citekit.Article) -> None:
    text = article.text
    for span in _all_spans(article):
        assert 0 <= span.start <= span.end <= len(text)
    for post in article.posts:
        if post.text_span is not None:
            assert post.text_span.of(text) == post.text
    for quote in article.quotes:
        assert quote.span.of(text) == quote.text


@given(any_markup)
def test_never_raises_on_any_text(markup: str) -> None:
    _check_spans(citekit.parse_html(markup, extractor="markup"))


@given(any_bytes)
def test_never_raises_on_any_bytes(data: bytes) -> None:
    _check_spans(citekit.parse_html(data, extractor="markup"))


@given(any_markup)
def test_deterministic(markup: str) -> None:
    assert citekit.parse_html(markup, extractor="markup") == citekit.parse_html(
        markup, extractor="markup"
    )


@given(
    before=html_paragraphs,
    after=html_paragraphs,
    words=page_post_words,
    name=page_names,
    handle=page_handles,
    date=page_date_texts,
    status=page_status_ids,
)
def test_plant_and_find_a_tweet(
    before: str, after: str, words: str, name: str, handle: str, date: str, status: str
) -> None:
    html = page(before + tweet_markup(words, name, handle, date, status) + after)
    article = citekit.parse_html(html, extractor="markup")
    (post,) = article.posts
    assert post.url == f"https://twitter.com/{handle}/status/{status}"
    assert (post.handle, post.author, post.text) == (handle, name, words)
    assert post.date == dt.datetime.strptime(date, "%B %d, %Y").date()
    _check_spans(article)


@given(
    lines=st.lists(page_post_words, min_size=1, max_size=3),
    loose=st.booleans(),
    dash=st.booleans(),
    name=page_names,
    handle=page_handles,
    date=page_date_texts,
    status=page_status_ids,
)
def test_a_tweet_of_several_lines_keeps_them_all_and_its_author(
    lines: list[str], loose: bool, dash: bool, name: str, handle: str, date: str, status: str
) -> None:
    """A tweet printed as several paragraphs, or with its last line as loose text: every
    line is its words, and none leaks into its author, with or without the dash."""
    if loose and len(lines) > 1:
        printed = "".join(f"<p>{line}</p>" for line in lines[:-1]) + lines[-1] + " "
    else:
        printed = "".join(f"<p>{line}</p>" for line in lines)
    sign = "&mdash; " if dash or (loose and len(lines) > 1) else ""
    markup = (
        f'<blockquote class="twitter-tweet">{printed}{sign}{name} (@{handle}) '
        f'<a href="https://twitter.com/{handle}/status/{status}">{date}</a></blockquote>'
    )
    post = only_post(page(markup))
    assert (post.author, post.handle, post.text) == (name, handle, " ".join(lines))


@given(
    before=html_paragraphs,
    words=page_post_words,
    name=page_names,
    handle=page_handles.map(str.lower),
    code=page_video_ids,
    day=st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2030, 1, 1)),
)
def test_plant_and_find_an_instagram_post(
    before: str, words: str, name: str, handle: str, code: str, day: dt.date
) -> None:
    permalink = f"https://www.instagram.com/p/{code}/"
    markup = (
        f'<blockquote class="instagram-media" data-instgrm-permalink="{permalink}?utm_source=ig_embed">'
        f'<p><a href="{permalink}">{words}</a></p><p>A post shared by {name} (@{handle}) on '
        f'<time datetime="{day.isoformat()}T12:00:00+00:00">{day}</time></p></blockquote>'
    )
    (post,) = citekit.parse_html(page(before + markup), extractor="markup").posts
    assert (post.url, post.handle, post.author, post.text) == (permalink, handle, name, words)
    assert post.date is not None
    assert post.date.isoformat()[:10] == day.isoformat()


@given(before=html_paragraphs, video=page_video_ids, lazy=st.booleans())
def test_plant_and_find_a_youtube_player(before: str, video: str, lazy: bool) -> None:
    attribute = "data-src" if lazy else "src"
    html = page(f'{before}<iframe {attribute}="https://www.youtube.com/embed/{video}"></iframe>')
    (post,) = citekit.parse_html(html, extractor="markup").posts
    assert post.url == f"https://www.youtube.com/watch?v={video}"


@given(caption=prose, name=page_names, agency=st.sampled_from(["Getty Images", "Reuters", "AFP"]))
def test_plant_and_find_a_credit(caption: str, name: str, agency: str) -> None:
    figure = (
        f'<figure><img src="/a.jpg"><figcaption>{caption} '
        f'<span class="credit">Photo: {name}/{agency}</span></figcaption></figure>'
    )
    article = citekit.parse_html(page(figure), extractor="markup")
    (credit,) = article.image_credits
    assert credit.span.of(article.text) == f"Photo: {name}/{agency}"
    assert (credit.creators, credit.agencies) == ((name,), (agency,))


@given(pages_with_furniture())
def test_only_the_articles_own_embeds_and_credits_are_reported(placed: PlacedRecord) -> None:
    """Pop-ups, players outside the story, the next story's card, a second story: none is
    the article's, whatever its classes are named."""
    article = citekit.parse_html(placed.html, extractor="markup")
    found = (
        [p.url for p in article.posts]
        if placed.kind == "post"
        else [c.span.of(article.text) for c in article.image_credits]
    )
    want = placed.url if placed.kind == "post" else placed.credit
    assert found == ([want] if placed.in_article else [])


@given(html_paragraphs)
def test_plain_pages_cite_no_posts_or_credits(body: str) -> None:
    article = citekit.parse_html(page(body, SITE_HEAD), extractor="markup")
    assert (article.posts, article.image_credits) == ((), ())


# --- bytes and charsets -------------------------------------------------------------------

WORDS = "Überfahrt nach Sylt: café, naïve, façade — 50 €"


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ('<meta charset="ISO-8859-1">', "cp1252"),  # which browsers read as windows-1252
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', "iso8859-15"),
        ('<meta charset="utf-8">', "utf-8"),
        ("", "utf-8"),
        ('<meta charset="no-such-charset">', "utf-8"),
        ('<meta charset="hex">', "utf-8"),  # a codec, not a text encoding
    ],
)
def test_bytes_are_decoded_by_the_declared_charset(head: str, encoding: str) -> None:
    html = page(f"<p>{WORDS}</p>", head)
    article = citekit.parse_html(html.encode(encoding, errors="replace"), extractor="markup")
    expected = WORDS.encode(encoding, errors="replace").decode(encoding)
    assert expected in article.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"])
def test_byte_order_mark_wins(encoding: str) -> None:
    html = "\ufeff" + page(f"<p>{WORDS}</p>", '<meta charset="windows-1252">')
    assert WORDS in citekit.parse_html(html.encode(encoding), extractor="markup").text


def test_bytes_that_do_not_decode_are_replaced() -> None:
    data = page("<p>Fähre broken</p>").encode("utf-8").replace("ä".encode(), b"\xff\xfe\xc3")
    assert "F\ufffd\ufffd\ufffdhre broken" in citekit.parse_html(data, extractor="markup").text


@pytest.mark.parametrize("filler", ["<br>", "<p></p>", "<b><i></i></b>"])
def test_a_page_of_little_but_tags_is_read_by_the_markup_reader(
    filler: str, caplog: pytest.LogCaptureFixture
) -> None:
    html = "<p>Words of the page.</p>" + filler * 20_000
    with caplog.at_level(logging.INFO, logger="citekit"):
        article = citekit.parse_html(html, extractor="trafilatura")
    assert "too many elements" in caplog.text
    assert article.text == "Words of the page."


def test_the_garbage_collector_is_left_as_it_was() -> None:
    assert gc.isenabled()
    citekit.parse_html(page(TWEET))
    assert gc.isenabled()
    gc.disable()
    try:
        citekit.parse_html(page(TWEET))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_bad_input_types_and_extractor() -> None:
    with pytest.raises(TypeError, match="int"):
        citekit.parse_html(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="extractor"):
        citekit.parse_html("<p>x</p>", extractor="regex")  # type: ignore[arg-type]


# --- broken, truncated and huge pages ------------------------------------------------------


@pytest.mark.parametrize("case", cases("readings"))
def test_broken_markup_is_read_as_a_browser_reads_it(case: dict[str, Any]) -> None:
    assert citekit.parse_html(case["markup"], extractor="markup").text == case["text"]


BROKEN = {
    "truncated in a tag": page(TWEET)[:-40] + '<a href="https://twit',
    "truncated in a comment": page(TWEET) + "<!-- never closed",
    "unclosed elements": "<html><body><div><p>One<p>Two<li>Three<blockquote class='twitter-tweet'><p>Four",
    "stray end tags": "</div></p></span><p>Words</b></i></html></body>",
    "only text": "Nothing but words, no markup at all.",
    "empty": "",
    "attributes without values": "<p class id= data-x=>Words<img src>",
}


@pytest.mark.parametrize("markup", BROKEN.values(), ids=BROKEN.keys())
def test_broken_markup_never_raises(markup: str) -> None:
    _check_spans(citekit.parse_html(markup, extractor="markup"))


# Hostile pages of the shapes that benchmarks/html_bench.py times by the megabyte,
# here at a size that keeps the suite fast: each must parse, with valid spans.
HOSTILE = {
    "open tags": "<a" * 20000,
    "open quotes": '<a "' * 20000,
    "end-tag openers": "</" * 20000,
    "declarations": "<!" * 20000,
    "deep divs": "<div>" * 20000 + "<p>deep</p>",
    "p and spans": "<p>" + "<span>" * 20000 + "<div>x</div>" * 200,
    "deep tweet blockquotes": '<blockquote class="twitter-tweet">' * 5000,
    "deep signed tweets": (
        '<blockquote class="twitter-tweet"><p>Ferry update</p>&mdash; Port (@port) '
        '<a href="https://twitter.com/port/status/123">June 5, 2017</a>'
    )
    * 1000,
    "deep classless tweets": (
        '<blockquote><p>Ferry update (@port)</p><a href="https://twitter.com/port/status/1">x</a>'
    )
    * 1000,
    "deep instagram blockquotes": '<blockquote class="instagram-media">' * 5000,
    "deep amp tweets": "<amp-twitter data-tweetid='x'>" * 5000,
    "deep cites under a figure": "<figure>" + "<cite><i>" * 5000,
    "deep credit elements": "<figure>" + '<span class="credit">Photo: A ' * 3000,
    "deep links": '<a href="https://twitter.com/a/status/1">' * 5000,
    "deep headings": "<article>" * 3 + "<h1>" * 5000,
    "line breaks": "<br>" * 50000,
    "tag soup": "<p><b><i></p></b></i>" * 5000,
    "huge attribute": '<div class="' + "a" * 200_000 + '">x</div>',
    "unclosed attribute quote": '<p>x</p><div class="' + "a " * 50000,
    "unclosed comment": "<p>x</p><!--" + "x" * 100_000,
    "unclosed CDATA": "<p>x</p><![CDATA[" + "<p>x" * 10000,
    "broken entities": "&#99999999999; &#xD800; &#0; &bogus; &amp" * 2000,
    "scripts with markup": "<script>document.write('<blockquote class=\"twitter-tweet\">')</script>"
    * 2000,
    "unclosed script": "<p>x</p><script>" + "var a = '<div>';" * 5000,
    "many figures": '<figure><img src="a.jpg"><figcaption>The pier. Photo: Ana Lind/Reuters'
    "</figcaption></figure>" * 1000,
    "json-ld images": '<script type="application/ld+json">['
    + ",".join(f'{{"@type":"ImageObject","creditText":"Ana Lind{i}/AFP"}}' for i in range(500))
    + "]</script>",
}


@pytest.mark.parametrize("markup", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_markup_parses(markup: str) -> None:
    _check_spans(citekit.parse_html(markup, extractor="markup"))


@given(hostile_pages)
def test_hostile_pages_parse_with_valid_spans(markup: str) -> None:
    _check_spans(citekit.parse_html(markup, extractor="markup"))


@pytest.mark.skipif(not HAS_TRAFILATURA, reason="the html extra is not installed")
@settings(max_examples=20)
@given(hostile_pages)
def test_hostile_pages_parse_with_trafilatura(markup: str) -> None:
    _check_spans(citekit.parse_html(markup, extractor="auto"))


def test_multi_megabyte_page() -> None:
    paragraph = (
        "<p>" + "The ferry left the harbour on time and the passengers cheered. " * 8 + "</p>\n"
    )
    html = page(paragraph * 6000 + TWEET)
    assert len(html) > 3_000_000
    article = citekit.parse_html(html, extractor="markup")
    assert [p.handle for p in article.posts] == ["harbourwatch"]


# --- the annotated pages, where /work/shared is present --------------------------------------


@pytest.mark.skipif(not DEV_HTML.is_dir(), reason="the annotated pages (shared corpus) are absent")
@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_annotated_pages_never_crash(extractor: str) -> None:
    for path in sorted(DEV_HTML.glob("*.html")):
        _check_spans(citekit.parse_html(path.read_bytes(), extractor=extractor))  # type: ignore[arg-type]
