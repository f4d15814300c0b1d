"""Embeds of the other platforms: Facebook, YouTube, TikTok, Reddit, Mastodon and Threads cards.

Each reads as the page's embed code prints it once the markup is gone:

* Facebook: the post, then "Posted by Name on Monday, February 7, 2022".
* YouTube: a WordPress shortcode left in the text ("[youtube https://…]",
  "[embed]https://youtu.be/…[/embed]"), or a line that is nothing but a
  youtube.com/watch or youtu.be link. A link inside a sentence ("See
  this: https://youtu.be/…") is a link, not an embed.
* TikTok: "@user caption #tag ♬ original sound - Name", on one line or
  several; the sound credit ``♬`` is the anchor.
* Reddit: "Title by u/user in subreddit" (the title may stand on the line
  before), the older card "Title from r/subreddit".
* Mastodon and Threads cards: "Post by @user@instance View on Mastodon",
  "Post by @user View on Threads", or the "View on …" line alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._lexicon.embeds import (
    FACEBOOK_DATE_WORDS,
    FACEBOOK_POSTED,
    FACEBOOK_POSTED_ANCHORS,
    POST_BY,
    TIKTOK_ORIGINAL_SOUND,
    VIEW_ON,
    VIEW_ON_ANCHORS,
)
from .._records import Platform, Span
from .._text.dates import DATE
from .._text.segment import Document
from .signature import PhraseTest, Signature
from .words import trimmed


def _phrases(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", "[ ]") for w in ordered) + ")"


_LINE_BREAKS = "\n\r\u2028\u2029"

# ------------------------------------------------------------------ Facebook

# "Posted by Jane Doe on Monday, February 7, 2022", "Gepostet von X am Montag, 7. Februar 2022".
_FACEBOOK = regex.compile(
    rf"""
    (?<! [\p{{Ll}}] [ ] ) {_phrases(FACEBOOK_POSTED)} [ \t\u00a0]{{1,3}}+
    (?P<author> [^\n\r\u2028\u2029]{{1,80}}? ) [ \t\u00a0]{{1,3}}+
    {_phrases(FACEBOOK_DATE_WORDS)} [ \t\u00a0]{{1,3}}+ {DATE}
    """,
    regex.VERBOSE,
)
_FACEBOOK_PERMALINK = regex.compile(
    r"(?:https?://)?+(?:www\.|m\.)?+facebook\.com/[^\s]{1,300}+/(?:posts|videos|photos)/[^\s]{1,300}+"
)
_HOLDS_POSTED = PhraseTest(FACEBOOK_POSTED, FACEBOOK_POSTED_ANCHORS)
_HAS_YEAR = regex.compile(r"\d{4}")
_WEEKDAY_FIRST = regex.compile(r"\A\p{L}{2,}+-?+\p{L}*+\.?+,")


def find_facebook(doc: Document) -> Iterator[Signature]:
    """Facebook post embeds: the words, then "Posted by Name on <weekday, date>"."""
    text = doc.text
    if not _HOLDS_POSTED(text):
        return
    for match in _FACEBOOK.finditer(text):
        date_text = match.group("date")
        # A weekday or a year makes it the embed's date, not "posted by X on Monday".
        if not (_HAS_YEAR.search(date_text) or _WEEKDAY_FIRST.match(date_text)):
            continue
        link = _FACEBOOK_PERMALINK.search(text, match.end(), min(len(text), match.end() + 300))
        yield Signature(
            platform="facebook",
            span=Span(match.start(), match.end("date")),
            rule="facebook-signature",
            words="before",
            words_end=match.start(),
            author=match.group("author").strip() or None,
            date_text=date_text,
            url=link.group() if link and _same_line(text, match.end(), link.start()) else None,
        )


# ------------------------------------------------------------------ YouTube

_YOUTUBE_URL = r"""
    (?: https?:// )?+ (?: www\. | m\. | music\. )?+
    (?: youtube(?:-nocookie)?+\.com/
        (?: watch\?[^\s\[\]]{0,200}?v= | embed/ | shorts/ | live/ | v/ )
      | youtu\.be/ )
    [\w-]{6,20}+ [^\s\[\]"<>]{0,200}+
"""

# "[youtube https://www.youtube.com/watch?v=abcdefghijk]", "[youtube=https://youtu.be/x&w=640]",
# "[embed]https://www.youtube.com/watch?v=abcdefghijk[/embed]".
_YOUTUBE_SHORTCODE = regex.compile(
    rf"""
    \[ (?: youtube [ =]++ (?P<a> {_YOUTUBE_URL} ) [^\]]{{0,200}}+ \]
         | embed (?: [ ][^\]]{{0,100}}+ )?+ \] [ ]*+ (?P<b> {_YOUTUBE_URL} ) [ ]*+ \[/embed\] )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A line that is only a link: "https://youtu.be/abcdefghijk", "www.youtube.com/watch?v=…".
_YOUTUBE_LINE = regex.compile(rf"{_YOUTUBE_URL}", regex.VERBOSE | regex.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"”’"


def find_youtube(doc: Document) -> Iterator[Signature]:
    """YouTube embeds: shortcodes, and lines that are a bare video link."""
    text = doc.text
    found: list[Signature] = []
    for match in _YOUTUBE_SHORTCODE.finditer(text):
        url = match.group("a") or match.group("b")
        found.append(
            _youtube(Span(match.start(), match.end()), url.rstrip(_TRAILING), "youtube-shortcode")
        )
    # every link names YouTube: "youtube.com", "youtu.be" (the pattern ignores case)
    lines = doc.paragraphs if "youtu" in doc.lowered else ()
    for line in lines:
        if line.end - line.start > 300 or text[line.start] not in "hHwWyYmM":
            continue
        bare = _YOUTUBE_LINE.fullmatch(text, line.start, line.end)
        if bare is not None:
            url = bare.group().rstrip(_TRAILING)
            found.append(
                _youtube(Span(line.start, line.start + len(url)), url, "youtube-link-line")
            )
    found.sort(key=lambda s: s.span.start)
    yield from found


def _youtube(span: Span, url: str, rule: str) -> Signature:
    return Signature(platform="youtube", span=span, rule=rule, url=url)


# ------------------------------------------------------------------ TikTok

# The sound credit that closes a TikTok embed: "♬ original sound - Jane Doe".
_SOUND = regex.compile(r"♬[ \t\u00a0]{0,3}+(?P<sound>[^\n\r\u2028\u2029♬]{1,100}+)")
_ORIGINAL = regex.compile(
    rf"""\A (?i: {_phrases(TIKTOK_ORIGINAL_SOUND)} )
    [ \t\u00a0]{{1,3}}+ [-–—] [ \t\u00a0]{{1,3}}+ (?P<name> .{{1,80}}+ ) \Z""",
    regex.VERBOSE,
)
# The account that opens it: "@jane.doe" at the start of a line.
_OPENING_HANDLE = regex.compile(r"@(?P<handle>[\w.]{2,24}+)(?<!\.)(?=[\s]|\Z)")
_TIKTOK_PERMALINK = regex.compile(
    r"(?:https?://)?+(?:www\.|m\.)?+tiktok\.com/@[\w.]{2,24}+/video/\d{5,25}+"
)
_TIKTOK_REACH = 2500
_TIKTOK_LINES = 4


def find_tiktok(doc: Document) -> Iterator[Signature]:
    """TikTok embeds: "@user", the caption, then "♬ sound"."""
    text = doc.text
    for match in _SOUND.finditer(text):
        opening = _tiktok_opening(doc, match.start())
        if opening is None:
            continue
        sound = match.group("sound").strip()
        original = _ORIGINAL.match(sound)
        end = match.start("sound") + len(match.group("sound").rstrip())
        caption = trimmed(text, opening.end(), match.start())
        link = _TIKTOK_PERMALINK.search(text, opening.start(), min(len(text), end + 300))
        yield Signature(
            platform="tiktok",
            span=Span(opening.start(), end),
            rule="tiktok-sound",
            words="given",
            given=caption,
            handle=opening.group("handle"),
            author=original.group("name").strip() if original else None,
            url=link.group() if link else None,
        )


def _tiktok_opening(doc: Document, sound: int) -> regex.Match[str] | None:
    """The "@user" that opens the embed whose sound credit is at ``sound``."""
    index = doc.paragraph_index(sound)
    best: regex.Match[str] | None = None
    for line in reversed(doc.paragraphs[max(index - _TIKTOK_LINES, 0) : index + 1]):
        if line.start < sound - _TIKTOK_REACH:
            break
        match = _OPENING_HANDLE.match(doc.text, line.start, sound)
        if match is not None:
            best = match
    return best


# ------------------------------------------------------------------ Reddit

# "Physics is cool by u/someone in BeAmazed", "by u/someone in r/BeAmazed" (title on the line
# before), "Comment by u/someone from discussion Title in godot", glued "byu/someone indatascience".
_REDDIT = regex.compile(
    r"""
    (?: (?<= [ \t\u00a0] ) | ^ ) by [ \t\u00a0]{0,2}+ u/ (?P<user> [A-Za-z0-9_-]{3,20}+ )
    (?: [ \t\u00a0]{1,2}+ from [ ] discussion [^\n\r]{0,300}? )?
    [ \t\u00a0]{1,2}+ in [ \t\u00a0]{0,2}+ (?: r/ )?+ (?P<sub> [A-Za-z0-9_]{2,21}+ )
    [ \t\u00a0\r]*+ $
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# The older card: "Physics is cool from r/BeAmazed", or "… from BeAmazed" when the
# scrape kept the card's link to the subreddit (else "Greetings from Paris" would count).
_REDDIT_CARD = regex.compile(
    r"(?<=[ \t\u00a0])from[ \t\u00a0]{1,2}+(?P<r>r/)?+(?P<sub>[A-Za-z0-9_]{2,21}+)[ \t\u00a0\r]*+$",
    regex.MULTILINE,
)
_REDDIT_LINK_REACH = 300
_REDDIT_PERMALINK = regex.compile(
    r"(?:https?://)?+(?:www\.|old\.|new\.)?+reddit\.com/r/\w{2,21}+/comments/\w{2,12}+[^\s]{0,300}+"
)


def find_reddit(doc: Document) -> Iterator[Signature]:
    """Reddit embeds: the title, then "by u/user in subreddit" or "from r/subreddit"."""
    text = doc.text
    found = [(m, m.group("user")) for m in _REDDIT.finditer(text)]
    found += [(m, None) for m in _REDDIT_CARD.finditer(text) if m.group("r") or _links_sub(text, m)]
    found.sort(key=lambda pair: pair[0].start())
    for match, user in found:
        title = _reddit_title(doc, match.start())
        if title is None:
            continue
        link = _REDDIT_PERMALINK.search(
            text,
            max(0, title.start - _REDDIT_LINK_REACH),
            min(len(text), match.end() + _REDDIT_LINK_REACH),
        )
        yield Signature(
            platform="reddit",
            span=Span(match.start(), match.end("sub")),
            rule="reddit-card" if user is None else "reddit-signature",
            words="given",
            given=title,
            handle=user,
            url=link.group() if link else None,
        )


def _links_sub(text: str, card: regex.Match[str]) -> bool:
    """Whether a link to the card's subreddit stands near it: "reddit.com/r/BeAmazed"."""
    lo = max(0, card.start() - _REDDIT_LINK_REACH)
    hi = min(len(text), card.end() + _REDDIT_LINK_REACH)
    return f"reddit.com/r/{card.group('sub').lower()}" in text[lo:hi].lower()


def _reddit_title(doc: Document, start: int) -> Span | None:
    """The title before "by u/…": on the same line, or the line before."""
    text = doc.text
    index = doc.paragraph_index(start)
    line = doc.paragraphs[index] if doc.paragraphs else None
    if line is None:
        return None
    if line.start < start and text[line.start : start].strip():
        return trimmed(text, line.start, start)
    if index == 0:
        return None
    previous = doc.paragraphs[index - 1]
    return previous if len(previous) <= 300 else None


# ------------------------------------------------------------------ Mastodon, Threads

# "Post by @Gargron@mastodon.social View on Mastodon", "Post by @zuck\nView on Threads",
# "View on Threads".
_VIEW_ON = regex.compile(
    rf"""
    (?: {_phrases(POST_BY)} [ \t\u00a0]{{0,3}}+ @ (?P<user> [\w.]{{1,30}}+ (?<! \. ) )
        (?: @ (?P<instance> [\w-]{{1,63}}+ (?: \. [\w-]{{1,63}}+ ){{1,8}}+ ) )?+
        \s{{0,6}}+ )?+
    (?P<view> {_phrases(list(VIEW_ON))} )
    """,
    regex.VERBOSE,
)
_HOLDS_VIEW_ON = PhraseTest(VIEW_ON, VIEW_ON_ANCHORS)
_CARD_PERMALINK = regex.compile(
    r"(?:https?://)?+(?:www\.)?+(?P<host>threads\.(?:net|com)|[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}+)"
    r"/@(?P<user>[\w.]{1,30}+)/(?:post/)?+[\w-]{4,40}+"
)


def find_cards(doc: Document) -> Iterator[Signature]:
    """Mastodon and Threads cards: "Post by @account" and "View on …"."""
    text = doc.text
    if not _HOLDS_VIEW_ON(text):
        return
    for match in _VIEW_ON.finditer(text):
        platform: Platform = "threads" if VIEW_ON[match.group("view")] == "threads" else "mastodon"
        user, instance = match.group("user"), match.group("instance")
        link = _CARD_PERMALINK.search(
            text, max(0, match.start() - 300), min(len(text), match.end() + 300)
        )
        url = link.group() if link else None
        if user is None and link is not None:
            user = link.group("user")
            if platform == "mastodon" and "threads." not in link.group("host"):
                instance = link.group("host")
        handle = f"{user}@{instance}" if user and instance and platform == "mastodon" else user
        yield Signature(
            platform=platform,
            span=Span(match.start(), match.end()),
            rule=f"{platform}-card",
            handle=handle,
            url=url,
        )


# ------------------------------------------------------------------ helpers


def _same_line(text: str, start: int, end: int) -> bool:
    return not any(c in _LINE_BREAKS for c in text[start:end])
