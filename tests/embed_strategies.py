"""Hypothesis strategies that build embeds the way scrapes leave them in article text.

``strategies`` re-exports them; they live apart only to keep each module short.
Every name, word, handle and date is generated (random letters, random dates),
so that a rule that holds here holds for the shape, not for a list of names.

``flattened_articles`` is the core of issue 15: real-looking article sentences
with tweets between them, laid out one paragraph a line or with every line
break lost (glued, or with one space where the break was), with lead-ins
("She wrote:"), heads ("BREAKING:"), short sentences of the article's own
between two embeds, links of every kind, markup residue and site furniture.
Each planted post keeps the words it was built from, so a test checks that
exactly those words come back.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from hypothesis import strategies as st

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

# Words an article uses to lead into or comment on an embed; generated words of a
# post never take them (a post that narrates "she wrote" is a known limit).
_CUE_WORDS = frozenset(
    """
    said says say wrote writes write tweeted tweets tweet twitter posted posts post replied
    reply replies responded response reacted reaction added asked noted agreed told tells
    shared read reads users user account this these here below following watch look see
    listen seriously others meanwhile however another one some many not everyone
    via photo image featured credit posted pic www http https com org net
    """.split()
)

#: A generated word: random lower-case letters (no cue word).
words = st.from_regex(r"\A[a-z]{2,9}\Z").filter(lambda w: w not in _CUE_WORDS)
#: A generated capitalised word.
capitalised = words.map(str.capitalize)
#: A person's name: two or three capitalised words.
person_names = st.lists(capitalised, min_size=2, max_size=3).map(" ".join)
#: A Twitter handle.
handles = st.from_regex(r"\A[A-Za-z][A-Za-z0-9_]{2,14}\Z")
#: Dates around Twitter's two length changes (2016-09-19, 2017-11-07).
post_dates = st.dates(dt.date(2015, 1, 1), dt.date(2019, 12, 31))


def date_text(day: dt.date) -> str:
    """ "March 3, 2016": the date as a tweet's signature prints it."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def tweet_limit(day: dt.date) -> int:
    """A tweet's length limit on ``day``: 140 before November 7, 2017, then 280."""
    return 140 if day < dt.date(2017, 11, 7) else 280


# ----------------------------------------------------------------- a post's words

_ENDS = (".", ".", "!", "?")


@st.composite
def post_sentences(draw: st.DrawFn) -> str:
    """One sentence of a post: a capitalised word, words, entities, an end mark."""
    first = draw(st.one_of(capitalised, capitalised, handles.map("@{}".format)))
    rest = draw(
        st.lists(
            st.one_of(
                *[words] * 8,
                handles.map("@{}".format),
                capitalised.map("#{}".format),
                st.integers(2, 99).map(str),
                st.builds("{}:{:02d}".format, st.integers(1, 12), st.integers(0, 59)),
            ),
            min_size=1,
            max_size=9,
        )
    )
    return " ".join([first, *rest]) + draw(st.sampled_from(_ENDS))


#: A head the post's author writes before a colon: "BREAKING:", "Ferry update:".
post_heads = st.one_of(
    st.sampled_from(("BREAKING", "JUST IN", "UPDATE", "WATCH", "NEW", "PHOTOS")),
    st.builds(lambda a, b: f"{a} {b}", capitalised, words),
    person_names,
)

_SLUGS = st.lists(words, min_size=1, max_size=4).map("-".join)
_LINKS = (
    st.from_regex(r"\Ahttps://t\.co/[A-Za-z0-9]{10}\Z"),
    st.builds("www.{}.com/{}/{}".format, words, st.integers(2010, 2019), _SLUGS),
    st.builds("{}.org/{}/{}".format, words, words, _SLUGS),
)
_MEDIA = st.from_regex(r"\Apic\.twitter\.com/[A-Za-z0-9]{10}\Z")


def tweet_weight(text: str) -> int:
    """The weighted length of generated words: a link counts 23, a media link nothing."""
    weight = 0
    for token in text.replace("\n", " ").split(" "):
        if token.startswith("pic.twitter.com/"):
            continue
        if token.startswith(("https://", "www.")) or ".org/" in token:
            weight += 23 + 1
        else:
            weight += len(token) + 1
    return max(weight - 1, 0)


class PostWords(NamedTuple):
    """A post's words as printed, once with its lines kept and once flattened."""

    lines: tuple[str, ...]
    link: str


@st.composite
def post_words(draw: st.DrawFn, limit: int = 140) -> PostWords:
    """A post's lines (one to three, each one or two sentences), maybe a head, maybe a link.

    The words are at most ``limit`` long as Twitter weighs them.
    """
    count = draw(st.integers(1, 3))
    lines = [
        " ".join(draw(st.lists(post_sentences(), min_size=1, max_size=2))) for _ in range(count)
    ]
    if draw(st.integers(0, 4)) == 0:
        glue = draw(st.sampled_from((": ", ":")))
        lines[0] = f"{draw(post_heads)}{glue}{lines[0]}"
    link = draw(st.one_of(st.just(""), st.just(""), *_LINKS, _MEDIA))
    while lines and tweet_weight(" ".join(lines) + (" " + link if link else "")) > limit:
        if len(lines) > 1:
            lines.pop()
        else:
            lines[0] = " ".join(lines[0].split(" ")[:-1]) or "Late"
            if tweet_weight(lines[0]) <= limit - 25:
                break
    return PostWords(tuple(lines), link)


def glue_lines(words: PostWords, joints: list[str]) -> str:
    """The post's words with each line joined to the next by one of ``joints`` and the
    link after the last line: "" where a scrape deleted the break, " " or "\\n"."""
    text = words.lines[0]
    for index, line in enumerate(words.lines[1:]):
        joint = joints[index % len(joints)]
        if joint == "" and text[-1] not in ".!?":
            joint = " "  # a break lost after no end mark leaves no boundary to read
        text += joint + line
    if words.link:
        text += " " + words.link
    return text


# ------------------------------------------------------------ the article around them


@st.composite
def article_sentences(draw: st.DrawFn, min_length: int = 0) -> str:
    """A sentence of the article's own, at least ``min_length`` characters long."""
    parts = [draw(capitalised)]
    while True:
        more = st.lists(st.one_of(words, words, words, capitalised), min_size=4, max_size=12)
        parts += draw(more)
        sentence = " ".join(parts)
        if len(sentence) >= min_length:
            return sentence + "."


_LEAD_VERBS = ("wrote", "tweeted", "posted", "replied", "responded", "added", "said")
_COMMENT_OPENERS = (
    "Not everyone agreed.", "Others were less kind.", "Reaction was swift.",
    "Islanders were quick to react.",
)  # fmt: skip
_POINTING_LEAD_INS = ("Watch:", "See below:", "Here is the tweet:", "And then there is this:")


@st.composite
def lead_ins(draw: st.DrawFn) -> str:
    """A short sentence by which the article leads into or comments on an embed:
    "Mara Quill wrote:", "Quill tweeted this:", "Watch:", "Not everyone agreed."."""
    name = draw(st.one_of(person_names, capitalised, st.sampled_from(("He", "She", "They"))))
    verb = draw(st.sampled_from(_LEAD_VERBS))
    after = draw(st.sampled_from(("", " this", " on Twitter", " soon after", " within the hour")))
    # "said" narrates a post only where it ends the sentence or points at it ("He said this.")
    full_stop = verb != "said" or after in ("", " this")
    return draw(
        st.one_of(
            st.just(f"{name} {verb}{after}:"),
            st.just(f"{name} {verb}{after}." if full_stop else f"{name} {verb}{after}:"),
            st.sampled_from(_POINTING_LEAD_INS),
            st.sampled_from(_COMMENT_OPENERS),
            st.just(f"Another user {verb}:"),
            st.just(f"Twitter users {verb} within minutes."),
        )
    )


class PlantedPost(NamedTuple):
    """A post as planted: its words exactly, and its signature's fields."""

    words: str
    author: str
    handle: str
    day: dt.date


class PlantedArticle(NamedTuple):
    """An article text and the posts planted in it, in text order."""

    text: str
    posts: tuple[PlantedPost, ...]


#: Markup a scrape left before a post's words, and what closes it after the signature.
_RESIDUE = (
    ('<tweet id="{n}" author="@{h}" datetime="{d}">', "</tweet>"),
    ('author="@{h}" datetime="{d}">', "</tweet>"),
    ('<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">', "</blockquote>"),
)
#: A site's furniture string glued between a post's words and its signature.
_FURNITURE = (" SIGN UP FOR OUR NEWSLETTER", " Advertisement", " ADVERTISEMENT")


@st.composite
def flattened_articles(draw: st.DrawFn) -> PlantedArticle:
    """An article of real-looking sentences with one to four tweets between them.

    The layout is one paragraph a line, or every line break lost: a glued
    joint ("…on Tuesday.Late boat…") or one space where the break was. The
    sentence before a post is one the article leads in with ("She wrote:",
    "Watch:", "Not everyone agreed.") or longer than the post may be, so that
    a careful reader can tell where the post starts; that is the rule tested.
    """
    breaks = draw(st.sampled_from(("lines", "glued", "spaced", "mixed")))
    text = draw(article_sentences(40))
    if draw(st.booleans()):  # a headline line
        text = draw(st.lists(capitalised, min_size=3, max_size=8).map(" ".join)) + "\n" + text
    posts: list[PlantedPost] = []
    for _ in range(draw(st.integers(1, 4))):
        day = draw(post_dates)
        limit = tweet_limit(day)
        words_ = draw(post_words(limit))
        before = draw(st.sampled_from(("lead-in", "long", "none" if posts else "long")))
        if before == "long":
            text += _joint(draw, breaks) + draw(article_sentences(limit + 12))
        elif before == "lead-in":
            if draw(st.booleans()):
                text += _joint(draw, breaks) + draw(article_sentences(20))
            text += _joint(draw, breaks) + draw(lead_ins())
        joint = _joint(draw, breaks)
        if joint == "" and not text.endswith((".", "!", "?", ":")):
            joint = " "  # a lost break after a date: "2016 Ferry" or glued, "2016Ferry"
        # The post's own lost breaks are lost as the article's are: a scrape that put
        # a space for the break before the post put spaces inside it too.
        inner = (" ",) if joint == " " or breaks == "spaced" else ("", " ")
        flat = glue_lines(words_, draw(st.lists(st.sampled_from(inner), min_size=1)))
        residue_open, residue_close = ("", "")
        if draw(st.integers(0, 5)) == 0:
            opening, residue_close = draw(st.sampled_from(_RESIDUE))
            residue_open = opening.format(n=draw(st.integers(10**17, 10**18)), h="x", d=day)
        furniture = draw(st.sampled_from(_FURNITURE)) if draw(st.integers(0, 6)) == 0 else ""
        handle = draw(handles)
        author = draw(st.one_of(person_names, st.just(handle)))
        dash = draw(st.sampled_from((" — ", "  ", " - ", "\n— " if breaks == "lines" else " —")))
        signature = f"{dash}{author} (@{handle}) {date_text(day)}"
        text += joint + residue_open + flat + furniture + signature + residue_close
        posts.append(PlantedPost(flat, author, handle, day))
    if draw(st.booleans()):
        text += _joint(draw, breaks) + draw(article_sentences(20))
    return PlantedArticle(text, tuple(posts))


def _joint(draw: st.DrawFn, breaks: str) -> str:
    """What stands where the article had a line break, in the layout drawn."""
    if breaks == "lines":
        return "\n"
    if breaks == "glued":
        return ""
    if breaks == "spaced":
        return " "
    return draw(st.sampled_from(("", " ", "\n")))


# ------------------------------------------------------------------ Facebook posts

_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip

#: The text of Facebook's SDK loader, as scraped pages keep it before an embed.
FACEBOOK_SDK = (
    "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if "
    "(d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = "
    '"//connect.facebook.net/en_US/sdk.js#xfbml=1&version=v2.3"; '
    "fjs.parentNode.insertBefore(js, fjs);}(document, 'script', 'facebook-jssdk'));"
)


class PlantedCaption(NamedTuple):
    """A Facebook embed as planted: the caption's words, the page, the day."""

    text: str
    words: str
    author: str
    day: dt.date


@st.composite
def facebook_embeds(draw: st.DrawFn) -> PlantedCaption:
    """An article with one Facebook embed: a caption (whole, or cut at a random word, with
    or without "…" and "See More"), then "Posted by Page on Weekday, Month D, YYYY" (or
    the German "Gepostet von Page am Weekday, D. Month YYYY"); maybe the SDK's script
    before it; one paragraph a line or the line breaks lost."""
    day = draw(post_dates)
    author = draw(st.lists(capitalised, min_size=1, max_size=3).map(" ".join))
    sentences = draw(st.lists(post_sentences(), min_size=1, max_size=4))
    caption = " ".join(sentences)
    if draw(st.booleans()):  # cut off mid-sentence, as the embed shows a long caption
        cut = caption.split(" ")
        caption = " ".join(cut[: draw(st.integers(1, max(1, len(cut) - 1)))]).rstrip(".!?:")
        caption += draw(st.sampled_from(("", "…", "...")))
    # The button after the caption; its "…" or "..." is the caption's own (drawn above).
    more = draw(st.sampled_from(("", " See More")))
    if draw(st.booleans()):
        weekday = _WEEKDAYS_EN[day.weekday()]
        signature = f"Posted by {author} on {weekday}, {date_text(day)}"
    else:
        weekday = _WEEKDAYS_DE[day.weekday()]
        signature = (
            f"Gepostet von {author} am {weekday}, {day.day}. {_MONTHS_DE[day.month - 1]} {day.year}"
        )
    breaks = draw(st.sampled_from(("lines", "flattened")))
    before = draw(article_sentences(20))
    after = draw(article_sentences(20))
    sdk = FACEBOOK_SDK if draw(st.booleans()) else ""
    if breaks == "lines":
        joint = draw(st.sampled_from(("\n", "\n\n")))
        sdk_joint = draw(st.sampled_from(("", "\n", " "))) if sdk else ""
        inner = draw(st.sampled_from(("\n", " ")))
        text = f"{before}{joint}{sdk}{sdk_joint}{caption}{more}{inner}{signature}{joint}{after}"
    else:
        inner = "" if caption[-1] in ".!?…" and not more else " "
        text = f"{before}{sdk}{caption}{more}{inner}{signature}{after}"
    return PlantedCaption(text, caption, author, day)
