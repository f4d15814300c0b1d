"""``parse_html``: posts and credits from markup, the article's text, any input survives.

The pages here are small and written for the tests: one shape each, the
way the platforms' embed codes and the news sites' figures print them.
Every case runs with the markup reader; the cases that depend on the main
text also run with trafilatura when it is installed.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib.util
import json
import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import citekit
from strategies import (
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

TWEET = """<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The night
ferry is running late again,<br>third time this week <a href="https://t.co/AbC123xyz">https://t.co/AbC123xyz</a>
<a href="https://t.co/pic987">pic.twitter.com/Zq81LmNop</a></p>&mdash; Harbour Watch
(@harbourwatch) <a href="https://twitter.com/harbourwatch/status/1234567890123456789?ref_src=twsrc%5Etfw">March 4, 2024</a></blockquote>"""

POST_CASES = {
    "tweet blockquote, script stripped": (
        TWEET,
        {
            "platform": "twitter",
            "url": "https://twitter.com/harbourwatch/status/1234567890123456789",
            "handle": "harbourwatch",
            "author": "Harbour Watch",
            "date": dt.date(2024, 3, 4),
            "text": "The night ferry is running late again, third time this week "
            "https://t.co/AbC123xyz pic.twitter.com/Zq81LmNop",
            "links": ("https://t.co/AbC123xyz",),
            "media": ("pic.twitter.com/Zq81LmNop",),
        },
    ),
    "tweet blockquote on x.com, signature without a paragraph": (
        """<blockquote class="twitter-tweet">Timetable consultation opens today
        — Island Council (@islandcouncil) <a href="https://x.com/islandcouncil/status/998877665544332211">June 1, 2023</a>
        </blockquote>""",
        {
            "platform": "twitter",
            "url": "https://x.com/islandcouncil/status/998877665544332211",
            "handle": "islandcouncil",
            "author": "Island Council",
            "date": dt.date(2023, 6, 1),
            "text": "Timetable consultation opens today",
        },
    ),
    "video tweet": (
        TWEET.replace("twitter-tweet", "twitter-video"),
        {"platform": "twitter", "handle": "harbourwatch", "date": dt.date(2024, 3, 4)},
    ),
    "tweet whose class was stripped": (
        TWEET.replace(' class="twitter-tweet" data-lang="en"', ""),
        {"platform": "twitter", "handle": "harbourwatch", "author": "Harbour Watch"},
    ),
    "tweet in a container named for social embeds": (
        f'<div class="social-embed social-embed--twitter">{TWEET}</div>',
        {"platform": "twitter", "handle": "harbourwatch"},
    ),
    "amp tweet with its placeholder": (
        f'<amp-twitter data-tweetid="1234567890123456789" layout="responsive">{TWEET.replace("<blockquote", "<blockquote placeholder")}</amp-twitter>',
        {"platform": "twitter", "handle": "harbourwatch", "date": dt.date(2024, 3, 4)},
    ),
    "amp tweet without a placeholder": (
        '<amp-twitter data-tweetid="1234567890123456789" width="375" height="472"></amp-twitter>',
        {"platform": "twitter", "url": "https://twitter.com/i/web/status/1234567890123456789"},
    ),
    "amp instagram": (
        '<amp-instagram data-shortcode="Cx1Yz2AbCdE" width="400" height="400"></amp-instagram>',
        {"platform": "instagram", "url": "https://www.instagram.com/p/Cx1Yz2AbCdE/"},
    ),
    "tweet iframe": (
        '<iframe src="https://platform.twitter.com/embed/Tweet.html?dnt=false&id=1112223334445556667"></iframe>',
        {"platform": "twitter", "url": "https://twitter.com/i/web/status/1112223334445556667"},
    ),
    "rendered tweet with its id": (
        '<div class="twitter-tweet twitter-tweet-rendered"><iframe data-tweet-id="4445556667778889990"></iframe></div>',
        {"platform": "twitter", "url": "https://twitter.com/i/web/status/4445556667778889990"},
    ),
    "instagram blockquote with caption": (
        """<blockquote class="instagram-media" data-instgrm-captioned
        data-instgrm-permalink="https://www.instagram.com/p/Cx1Yz2AbCdE/?utm_source=ig_embed">
        <div><p><a href="https://www.instagram.com/p/Cx1Yz2AbCdE/">Sunset over the old pier #harbour</a></p>
        <p>A post shared by <a href="https://www.instagram.com/pier.life/">Pier Life</a> (@pier.life) on
        <time datetime="2023-08-19T18:02:11+00:00">Aug 19, 2023 at 11:02am PDT</time></p></div></blockquote>""",
        {
            "platform": "instagram",
            "url": "https://www.instagram.com/p/Cx1Yz2AbCdE/",
            "handle": "pier.life",
            "author": "Pier Life",
            "date": dt.date(2023, 8, 19),
            "text": "Sunset over the old pier #harbour",
        },
    ),
    "instagram blockquote in German": (
        """<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/reel/Ab12Cd34Ef5/">
        <p><a href="https://www.instagram.com/reel/Ab12Cd34Ef5/">Neue Fähre im Test</a></p>
        <p>Ein Beitrag geteilt von Hafen Kiel (@hafen.kiel) am
        <time datetime="2022-05-02T09:00:00+00:00">2. Mai 2022</time></p></blockquote>""",
        {
            "platform": "instagram",
            "url": "https://www.instagram.com/reel/Ab12Cd34Ef5/",
            "handle": "hafen.kiel",
            "author": "Hafen Kiel",
            "date": dt.date(2022, 5, 2),
        },
    ),
    "older instagram embed": (
        """<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/BabCdEf12_/">
        <div><p><a href="https://www.instagram.com/p/BabCdEf12_/">Morning swim</a></p><p>Ein von Lou Hart
        (@lou.hart) gepostetes Foto am <time datetime="2016-05-01T10:00:00+00:00">1. Mai 2016</time></p></div></blockquote>""",
        {
            "handle": "lou.hart",
            "author": "Lou Hart",
            "text": "Morning swim",
            "date": dt.date(2016, 5, 1),
        },
    ),
    "instagram iframe": (
        '<iframe class="instagram-media instagram-media-rendered" src="https://www.instagram.com/p/Qw3Er4Ty5Ui/embed/captioned/"></iframe>',
        {"platform": "instagram", "url": "https://www.instagram.com/p/Qw3Er4Ty5Ui/"},
    ),
    "tiktok blockquote": (
        """<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@ferryfan/video/7012345678901234567"
        data-video-id="7012345678901234567"><section><a title="@ferryfan" href="https://www.tiktok.com/@ferryfan">@ferryfan</a>
        Waves at the harbour wall <a title="♬ original sound" href="https://www.tiktok.com/music/x">♬ original sound - ferryfan</a>
        </section></blockquote>""",
        {
            "platform": "tiktok",
            "url": "https://www.tiktok.com/@ferryfan/video/7012345678901234567",
            "handle": "ferryfan",
            "text": "Waves at the harbour wall",
        },
    ),
    "youtube iframe": (
        '<iframe width="560" src="https://www.youtube.com/embed/Ab3dE6gH9jK?feature=oembed"></iframe>',
        {"platform": "youtube", "url": "https://www.youtube.com/watch?v=Ab3dE6gH9jK"},
    ),
    "youtube-nocookie iframe": (
        '<iframe src="//www.youtube-nocookie.com/embed/Zz9_yY8-xX7"></iframe>',
        {"platform": "youtube", "url": "https://www.youtube.com/watch?v=Zz9_yY8-xX7"},
    ),
    "lazy youtube iframe": (
        '<iframe class="lazyload" data-src="https://www.youtube.com/embed/Qq1Ww2Ee3Rr?rel=0"></iframe>',
        {"platform": "youtube", "url": "https://www.youtube.com/watch?v=Qq1Ww2Ee3Rr"},
    ),
    "youtube playlist": (
        '<iframe src="https://www.youtube.com/embed/videoseries?list=PLabcdefghijklmno"></iframe>',
        {"platform": "youtube", "url": "https://www.youtube.com/playlist?list=PLabcdefghijklmno"},
    ),
    "lite-youtube element": (
        '<lite-youtube videoid="Mm4Nn5Bb6Vv"></lite-youtube>',
        {"platform": "youtube", "url": "https://www.youtube.com/watch?v=Mm4Nn5Bb6Vv"},
    ),
    "youtube player in escaped markup": (
        '<div class="video" data-html="&lt;iframe src=&quot;//www.youtube.com/embed/Tt7Yy8Uu9Ii&quot;&gt;&lt;/iframe&gt;"></div>',
        {"platform": "youtube", "url": "https://www.youtube.com/watch?v=Tt7Yy8Uu9Ii"},
    ),
    "youtube player written by an inline script": (
        '<div class="embed"><script>renderPlayer("https://www.youtube.com/embed/Ll0Kk9Jj8Hh?fs=1")</script></div>',
        {"platform": "youtube", "url": "https://www.youtube.com/watch?v=Ll0Kk9Jj8Hh"},
    ),
    "vimeo iframe": (
        '<iframe src="https://player.vimeo.com/video/123456789?h=abc"></iframe>',
        {"platform": "vimeo", "url": "https://vimeo.com/123456789"},
    ),
    "facebook fb-post": (
        """<div class="fb-post" data-href="https://www.facebook.com/islandferries/posts/10158000111222333"
        data-width="500"><blockquote cite="https://www.facebook.com/islandferries/posts/10158000111222333"
        class="fb-xfbml-parse-ignore"><p>Extra sailings this weekend for the regatta.</p>Posted by
        <a href="https://www.facebook.com/islandferries">Island Ferries</a> on
        <a href="https://www.facebook.com/islandferries/posts/10158000111222333">Friday, July 7, 2023</a>
        </blockquote></div>""",
        {
            "platform": "facebook",
            "url": "https://www.facebook.com/islandferries/posts/10158000111222333",
            "author": "Island Ferries",
            "date": dt.date(2023, 7, 7),
            "text": "Extra sailings this weekend for the regatta.",
        },
    ),
    "facebook post plugin iframe": (
        '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fislandferries%2Fposts%2F555&width=500"></iframe>',
        {"platform": "facebook", "url": "https://www.facebook.com/islandferries/posts/555"},
    ),
    "facebook video plugin iframe": (
        '<iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fislandferries%2Fvideos%2F777%2F"></iframe>',
        {"platform": "facebook", "url": "https://www.facebook.com/islandferries/videos/777/"},
    ),
    "bluesky blockquote": (
        """<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc123/app.bsky.feed.post/3kq2w7x"
        data-bluesky-cid="bafy"><p lang="en">Fog horn practice at noon, do not be alarmed</p>&mdash; Port Office
        (<a href="https://bsky.app/profile/did:plc:abc123?ref_src=embed">@port.bsky.social</a>)
        <a href="https://bsky.app/profile/did:plc:abc123/post/3kq2w7x?ref_src=embed">January 9, 2024 at 10:15 AM</a>
        </blockquote>""",
        {
            "platform": "bluesky",
            "url": "https://bsky.app/profile/did:plc:abc123/post/3kq2w7x",
            "handle": "port.bsky.social",
            "author": "Port Office",
            "date": dt.date(2024, 1, 9),
            "text": "Fog horn practice at noon, do not be alarmed",
        },
    ),
    "mastodon blockquote": (
        """<blockquote class="mastodon-embed" data-embed-url="https://social.example/@tides/112233445566/embed">
        <a href="https://social.example/@tides/112233445566">Post by @tides@social.example</a></blockquote>""",
        {
            "platform": "mastodon",
            "url": "https://social.example/@tides/112233445566",
            "handle": "tides@social.example",
        },
    ),
    "mastodon iframe": (
        '<iframe src="https://social.example/@tides/998877/embed" class="mastodon-embed"></iframe>',
        {"platform": "mastodon", "url": "https://social.example/@tides/998877"},
    ),
    "threads blockquote": (
        """<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@harbourwatch/post/C1a2B3c4D5e"
        data-text-post-version="0"><a href="https://www.threads.net/@harbourwatch/post/C1a2B3c4D5e">View on Threads</a></blockquote>""",
        {
            "platform": "threads",
            "url": "https://www.threads.net/@harbourwatch/post/C1a2B3c4D5e",
            "handle": "harbourwatch",
        },
    ),
    "reddit blockquote": (
        """<blockquote class="reddit-embed-bq" data-embed-height="240"><a
        href="https://www.reddit.com/r/ferries/comments/abc123/the_new_timetable_is_out/">The new timetable is out</a><br>
        by <a href="https://www.reddit.com/user/deckhand42/">u/deckhand42</a> in <a href="https://www.reddit.com/r/ferries/">ferries</a>
        </blockquote>""",
        {
            "platform": "reddit",
            "url": "https://www.reddit.com/r/ferries/comments/abc123/the_new_timetable_is_out/",
            "handle": "deckhand42",
            "text": "The new timetable is out",
        },
    ),
    "embed block whose script never ran": (
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://youtu.be/Pp0Oo9Ii8Uu</div></figure>',
        {"platform": "youtube", "url": "https://www.youtube.com/watch?v=Pp0Oo9Ii8Uu"},
    ),
}


@pytest.mark.parametrize("extractor", EXTRACTORS)
@pytest.mark.parametrize(("markup", "expected"), POST_CASES.values(), ids=POST_CASES.keys())
def test_embedded_post(markup: str, expected: dict[str, object], extractor: str) -> None:
    html = page(markup)
    article = citekit.parse_html(html, extractor=extractor)  # type: ignore[arg-type]
    post = only_post(html, extractor)
    for field, value in expected.items():
        got = getattr(post, field)
        if field == "date" and isinstance(got, dt.datetime):
            got = got.date()
        assert got == value, field
    if post.text is not None:
        assert post.text_span is not None
        assert post.text_span.of(article.text) == post.text
    assert post.span.start <= (post.text_span or post.span).start
    assert article.text[post.span.start : post.span.end]


NOT_POSTS = {
    "share buttons": '<a class="twitter-share-button" href="https://twitter.com/intent/tweet?text=x">Tweet</a>'
    '<a href="https://www.facebook.com/sharer/sharer.php?u=https://example.org">Share</a>',
    "follow button": '<a href="https://twitter.com/harbourgazette" class="twitter-follow-button">Follow</a>',
    "timeline": '<a class="twitter-timeline" href="https://twitter.com/harbourgazette">Tweets</a>',
    "page plugin": '<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fgazette"></iframe>',
    "like button": '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fexample.org"></iframe>',
    "profile link": '<p>Follow us on <a href="https://www.instagram.com/harbourgazette/">Instagram</a>.</p>',
    "instagram profile embed": '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/harbourgazette/"></blockquote>',
    "a link to a video": '<p>Watch <a href="https://www.youtube.com/watch?v=Ab3dE6gH9jK">the launch</a>.</p>',
    "a player template in a script": "<script>var p = '<iframe src=\"https://www.youtube.com/embed/' + id + '\">';</script>",
    "a tweet in a sidebar": f'<aside class="widget">{TWEET}</aside>',
    "a video in the related stories": '<div class="related-stories"><iframe src="https://www.youtube.com/embed/Ab3dE6gH9jK"></iframe></div>',
    "a tweet in the comments": f'<section id="comments"><p>{TWEET}</p></section>',
}


@pytest.mark.parametrize("markup", NOT_POSTS.values(), ids=NOT_POSTS.keys())
def test_not_an_embedded_post(markup: str) -> None:
    assert citekit.parse_html(page(markup)).posts == ()


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

CREDIT_CASES = {
    "credit span in a figcaption": (
        '<figure><img src="/a.jpg"><figcaption>Passengers wait at the pier. '
        '<span class="credit">Jane Marlow/Getty Images</span></figcaption></figure>',
        "Jane Marlow/Getty Images",
        ("Jane Marlow",),
        ("Getty Images",),
    ),
    "agency credit at the end of a caption": (
        '<figure><img src="/a.jpg"><figcaption>The harbour master inspects the ramp. '
        "(AP Photo/Tom Reyes)</figcaption></figure>",
        "(AP Photo/Tom Reyes)",
        ("Tom Reyes",),
        ("AP",),
    ),
    "cite under a figure": (
        '<figure class="media-image"><img src="/a.jpg"><span><cite>Photo by Lena Ortiz / Reuters</cite></span></figure>',
        "Photo by Lena Ortiz / Reuters",
        ("Lena Ortiz",),
        ("Reuters",),
    ),
    "small in a figcaption": (
        '<figure><img src="/a.jpg"><figcaption>The new terminal. <small>Foto: dpa</small></figcaption></figure>',
        "Foto: dpa",
        (),
        ("dpa",),
    ),
    "credit block beside an image": (
        '<div class="story-img"><img src="/a.jpg"><div class="credits">© Paul Winter</div></div>',
        "© Paul Winter",
        ("Paul Winter",),
        (),
    ),
    "copyright element with a French label": (
        '<figure><img src="/a.jpg"><figcaption><span class="caption">Le port au matin</span>'
        '<span class="copyright">Crédits : <em itemprop="copyrightHolder">AFP</em></span></figcaption></figure>',
        "Crédits : AFP",
        (),
        ("AFP",),
    ),
    "copyright sign at the end of a caption": (
        '<figure><img src="/a.jpg"><figcaption>Die Fähre legt ab © Hanna Vogt / dpa</figcaption></figure>',
        "© Hanna Vogt / dpa",
        ("Hanna Vogt",),
        ("dpa",),
    ),
    "source in brackets at the end of a caption": (
        '<figure><img src="/a.jpg"><figcaption>The storm over the bay. (Source: NOAA)</figcaption></figure>',
        "(Source: NOAA)",
        (),
        ("NOAA",),
    ),
    "caption paragraph in an image block": (
        '<div class="image top"><img src="/a.jpg"><p>Cars queue for the ferry. (Coast Guard Agency via AP, File)</p></div>',
        "(Coast Guard Agency via AP, File)",
        (),
        ("Coast Guard Agency", "AP"),
    ),
    "the site's own name is an organisation": (
        '<figure><img src="/a.jpg"><figcaption><span class="image-credit">Photo by Ana Lind / Harbour Gazette</span>'
        "</figcaption></figure>",
        "Photo by Ana Lind / Harbour Gazette",
        ("Ana Lind",),
        ("Harbour Gazette",),
    ),
    "a linked account is a creator": (
        '<figure><img src="/a.jpg"><figcaption>Harbour lights</figcaption><cite>Image: '
        '<a href="https://twitter.com/NightLens/status/1">NightLens</a></cite></figure>',
        "Image: NightLens",
        ("NightLens",),
        (),
    ),
    "a platform user name after the agency": (
        '<div class="solo-image"><img src="/a.jpg"><div class="img-copyright">© Shutterstock/wavecatcher</div></div>',
        "© Shutterstock/wavecatcher",
        ("wavecatcher",),
        ("Shutterstock",),
    ),
    "a publisher's name that is no person's": (
        '<div class="solo-image"><img src="/cover.jpg"><div class="img-copyright">© nordwind Verlag</div></div>',
        "© nordwind Verlag",
        (),
        ("nordwind Verlag",),
    ),
    "photographer element": (
        '<figure><img src="/a.jpg"><figcaption>The pier. <span class="photographer">Jonas Brandt</span></figcaption></figure>',
        "Jonas Brandt",
        ("Jonas Brandt",),
        (),
    ),
    "microdata credit of an ImageObject": (
        '<div itemscope itemtype="https://schema.org/ImageObject"><img itemprop="contentUrl" src="/a.jpg">'
        '<span itemprop="creditText">Mika Sand/AFP</span></div>',
        "Mika Sand/AFP",
        ("Mika Sand",),
        ("AFP",),
    ),
}

SITE_HEAD = '<meta property="og:site_name" content="Harbour Gazette">'


@pytest.mark.parametrize("extractor", EXTRACTORS)
@pytest.mark.parametrize(
    ("markup", "source", "creators", "agencies"), CREDIT_CASES.values(), ids=CREDIT_CASES.keys()
)
def test_image_credit(
    markup: str, source: str, creators: tuple[str, ...], agencies: tuple[str, ...], extractor: str
) -> None:
    article = citekit.parse_html(page(markup, SITE_HEAD), extractor=extractor)  # type: ignore[arg-type]
    assert len(article.image_credits) == 1, article.image_credits
    credit = article.image_credits[0]
    assert credit.span.of(article.text) == source
    assert (credit.creators, credit.agencies) == (creators, agencies)


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


NOT_CREDITS = {
    "site copyright in the footer": "",
    "logo with a copyright line": '<div class="site-logo"><img src="/logo.png"><span class="copyright">© Harbour Gazette</span></div>',
    "author avatar": '<div class="author-avatar"><img src="/me.jpg"><span class="credit">Photo: Ana Lind</span></div>',
    "a byline outside a figure": '<p class="byline">By Ana Lind, March 4, 2024</p>',
    "credits of the article, not of an image": '<p class="article-credits">Reporting by Ana Lind; editing by Tom Reyes</p>',
    "caption without a credit": '<figure><img src="/a.jpg"><figcaption>The quay at dawn (left) and at dusk.</figcaption></figure>',
    "prose that mentions a photo": "<p>The photo by the harbour wall shows a crowd.</p>",
    "advertisement": '<div class="ad-slot"><figure><img src="/ad.jpg"><figcaption>Photo: Sponsor Inc</figcaption></figure></div>',
}


@pytest.mark.parametrize("markup", NOT_CREDITS.values(), ids=NOT_CREDITS.keys())
def test_not_an_image_credit(markup: str) -> None:
    assert citekit.parse_html(page(markup, SITE_HEAD)).image_credits == ()


def test_one_image_shown_twice_is_one_credit() -> None:
    figure = (
        '<div class="hero-image"><div class="hero-image__title">The quay. Photo: AP</div></div>'
    )
    assert len(citekit.parse_html(page(figure + figure)).image_credits) == 1


# A line right under an image, outside any caption element, that ends with a labelled credit.
CREDIT_LINES = {
    "in the image's paragraph, after a line break": (
        '<p><img src="/a.jpg"><br><em>Pastries at the corner bakery. Foto: Elena Moreau</em></p>',
        "Foto: Elena Moreau",
        ("Elena Moreau",),
        (),
    ),
    "the paragraph after a figure": (
        '<figure><img src="/a.jpg"></figure><p>Photo: Jonas Brandt/Reuters</p>',
        "Photo: Jonas Brandt/Reuters",
        ("Jonas Brandt",),
        ("Reuters",),
    ),
    "the paragraph after a bare image, with a copyright sign": (
        '<div><img src="/a.jpg" width="800"></div><p>The quay at dawn. © Ruth Brennan</p>',
        "© Ruth Brennan",
        ("Ruth Brennan",),
        (),
    ),
}


@pytest.mark.parametrize(
    ("markup", "source", "creators", "agencies"), CREDIT_LINES.values(), ids=CREDIT_LINES.keys()
)
def test_credit_line_under_an_image(
    markup: str, source: str, creators: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    article = citekit.parse_html(page(markup, SITE_HEAD), extractor="markup")
    (credit,) = article.image_credits
    assert credit.span.of(article.text) == source
    assert (credit.creators, credit.agencies) == (creators, agencies)


NOT_CREDIT_LINES = {
    "prose after an image": '<img src="/a.jpg"><p>The photo by the harbour wall shows a crowd.</p>',
    "a long paragraph after an image": '<img src="/a.jpg"><p>'
    + "The ferry left the harbour on time and the passengers cheered. " * 5
    + "Photo: Ana Lind</p>",
    "a line between the image and the credit": '<img src="/a.jpg"><p>The quay.</p><p>Photo: Ana Lind</p>',
    "a credit that does not end the line": '<img src="/a.jpg"><p>Photo: Ana Lind took it at dawn, she said.</p>',
    "an image inside a line": "<p>The quay <img src='/i.png'> Photo: Ana Lind</p>",
    "a logo": '<div class="logo"><img src="/logo.png"></div><p>© Harbour Gazette</p>',
    "a tracking pixel": '<img src="/p.gif" width="1" height="1"><p>Photo: Ana Lind</p>',
}


@pytest.mark.parametrize("markup", NOT_CREDIT_LINES.values(), ids=NOT_CREDIT_LINES.keys())
def test_not_a_credit_line_under_an_image(markup: str) -> None:
    assert citekit.parse_html(page(markup, SITE_HEAD), extractor="markup").image_credits == ()


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
    assert [q.text for q in article.quotes] == ["We will add two sailings on Sundays"]
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

# How the markup is read where pages break it: (markup, the article's text).
READINGS = {
    "a quoted attribute holds '>'": ('<p title="a > b">Words</p>', "Words"),
    "an unquoted attribute": ("<p class=lead>Words</p>", "Words"),
    "a comment": ("<p>One <!-- <b>hidden</b> --> two</p>", "One two"),
    "an empty comment": ("<p>One <!--> two</p>", "One two"),
    "a comment left open hides the rest": ("<p>One</p><!-- <p>Two</p>", "One"),
    "CDATA": ("<p>One <![CDATA[ <b>x</b> ]]> two</p>", "One two"),
    "a declaration and an instruction": ("<!DOCTYPE html><?xml version='1.0'?><p>One</p>", "One"),
    "a lone '<'": ("<p>1 < 2 and 3 > 2</p>", "1 < 2 and 3 > 2"),
    "entities": (
        "<p>Caf&eacute; &amp; bar &#8212; &bogus; &#99999999;</p>",
        "Café & bar — &bogus; \ufffd",
    ),
    "a script holds markup": (
        "<p>One</p><script>var s = '<p>Two</p>';</script><p>Three</p>",
        "One\nThree",
    ),
    "a script left open hides the rest": ("<p>One</p><script>var s = '<p>Two</p>';", "One"),
    "a script closed in capitals": ("<p>One</p><script>x</SCRIPT ><p>Two</p>", "One\nTwo"),
    "a tag cut off at the end": ("<p>One</p><p>Two <spa", "One\nTwo"),
    "an end tag cut off at the end": ("<p>One</p><p>Two</di", "One\nTwo"),
    "a bogus end tag": ("<p>One</ 3></p><p>Two</p>", "One\nTwo"),
    "a void element closed as XHTML": ("<p>One<br/>Two</p>", "One\nTwo"),
    "an end tag of a line break": ("<p>One</br>Two</p>", "One\nTwo"),
    "paragraphs left open": ("<p>One<p>Two<div>Three</div>", "One\nTwo\nThree"),
    "list items left open": ("<ul><li>One<li>Two</ul>", "One\nTwo"),
}


@pytest.mark.parametrize(("markup", "text"), READINGS.values(), ids=READINGS.keys())
def test_broken_markup_is_read_as_a_browser_reads_it(markup: str, text: str) -> None:
    assert citekit.parse_html(markup, extractor="markup").text == text


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
