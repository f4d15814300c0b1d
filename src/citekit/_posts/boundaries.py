"""Where a paragraph may begin inside a line: the boundaries a post's words may start at.

A scrape that deleted line breaks leaves a paragraph boundary as punctuation
glued to what starts the next paragraph ("Senate.Just in", "below:Senator",
"came in.pic.twitter.com/…"): ``glued``. A sentence may start after a space
(``sentence_starts``, the document's segmentation), a line may go on after
an introducing colon ("…for a free ride: Pass"): ``colon_spaces``. What a
scrape leaves of the page itself is no part of the words: the markup of the
embed ("<tweet id=…>", 'datetime="…">'), the script that loads it
("…'facebook-jssdk'));"), and the site's furniture glued after the words
("SIGN UP FOR OUR NEWSLETTER"): ``residue_end`` and ``furniture_start``.

Each finder is matched only where what it needs stands (a mark, a colon,
a ">"), found with ``str.find``: the patterns are never tried at every offset.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from .._lexicon.embeds import EMBED_LOADERS, INLINE_TAGS, MEDIA_HOSTS, SITE_FURNITURE
from .._text.patterns import lazy_pattern
from .._text.segment import Document

# A paragraph boundary left by a scrape that deleted line breaks: punctuation
# glued to what starts the next paragraph. "Senate.Just in", "Night!https",
# "team.)Our", "said this:Shameful", "Office:.@JoLinPhoto", "posted.Then",
# "came in.pic.twitter.com/Ab12" (a tweet of a picture alone).
GLUED = lazy_pattern(
    r"""
    (?<= [\p{L}\p{M}\p{N}%)\]"'”’!?\#] )         # after a word, a figure or a closing mark
    (?: (?P<end> [.!?…]{1,3}+ ["'”’)\]]{0,2}+ )    # "Obama." "#'s!" "kids.)"
      | (?P<colon> : ) )                         # "Watch below:"
    (?= \.?+ @ [\w]                              # ".@PeteSouza", "@bessbell"
      | [\p{Lu}\#"“‘(¿¡]                         # "Just", "#Browns", "“We"
      | (?<! \d [.:] ) \p{N}                     # "8 Dems", but not "22.4" or "7:30"
      | (?<= [^.!?…] \. ["'”’)\]]{0,2}+ )          # after one full stop, a link or a picture:
        (?i: https?:// | """
    + "|".join(regex.escape(host) for host in MEDIA_HOSTS)
    + r""" ) )                                    # "in.pic.twitter.com/…", not "hail!pic…"
    """,
    regex.VERBOSE,
)

# A colon that introduces what follows on the same line: "…for a free ride: Pass".
COLON_SPACE = lazy_pattern(r"(?<=\p{L}[)\"'”’]{0,2}+:[ \t\u00a0]{1,3}+)(?=[\p{Lu}\p{N}@#\"“‘(])")
# The same, matched from its colon: "…: Pass" from ":".
_COLON_SPACE_AT = lazy_pattern(
    r":(?<=\p{L}[)\"'”’]{0,2}+:)[ \t\u00a0]{1,3}+(?=[\p{Lu}\p{N}@#\"“‘(])"
)

# Markup left in the text, matched backwards from its ">": a tag
# ("<tweet id="1" author="@h">", "</p>", "<blockquote class=…>") or the end of
# one cut in two, an attribute and the tag's close ('datetime="2016-06-28">').
_MARKUP_BEFORE = lazy_pattern(
    r"""
    (?r)
    (?: < (?P<tag> /? [A-Za-z][\w:-]{0,30} ) (?: [ \t\n] [^<>]{0,600} )?
      | (?<! [\w:-] ) [A-Za-z][\w:-]{0,30} =
        (?: "[^"<>\n]{0,300}" | '[^'<>\n]{0,300}' ) [ \t]{0,3} )
    /? >
    """,
    regex.VERBOSE,
)
# (Matched backwards, the repeats are not possessive: read from its ">", a tag's
# attributes run back to the blank after its name. Each is bounded.)

# The end of an embed loader's script, after its last fingerprint: the ";", "}" or ")"
# before the words begin ("…'facebook-jssdk'));We are proud", or on the next line).
_SCRIPT_END = lazy_pattern(r"[;})][ \t\u00a0\n\r]{0,3}+(?=[\p{Lu}\p{N}\"“‘#@¿¡])")
_SCRIPT_REACH = 400

# How far back residue is looked for before the start of a post's words.
_RESIDUE_WINDOW = 700

# Where the patterns above may start: a glued boundary at its mark.
_GLUE_MARKS = ".!?…:"


def glued(text: str, start: int, last: int) -> Iterator[regex.Match[str]]:
    """What ``GLUED.finditer(text, start, last)`` gives, matched only at the marks it starts
    with."""
    return matches_at(GLUED, text, offsets(text, _GLUE_MARKS, start, last), last)


def offsets(text: str, heads: Iterable[str], start: int, last: int) -> list[int]:
    """The offsets in ``[start, last)`` where one of ``heads`` stands, in order."""
    found: list[int] = []
    for head in heads:
        at = text.find(head, start, last)
        while at >= 0:
            found.append(at)
            at = text.find(head, at + 1, last)
    found.sort()
    return found


def matches_at(
    pattern: regex.Pattern[str], text: str, offsets: list[int], last: int
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` at ``offsets`` in order, resuming after each match as
    ``finditer`` does."""
    floor = -1
    for at in offsets:
        if at < floor:
            continue
        match = pattern.match(text, at, last)
        if match is not None:
            yield match
            floor = match.end()


def colon_spaces(text: str, start: int, last: int) -> list[int]:
    """The ends of ``COLON_SPACE.finditer(text, start, last)``, read from each colon on
    (it stands two to four characters before a match)."""
    colons = offsets(text, ":", max(start - 4, 0), last)
    return [m.end() for m in matches_at(_COLON_SPACE_AT, text, colons, last) if m.end() >= start]


def sentence_starts(doc: Document, lo: int, last: int) -> list[int]:
    """The starts of the document's sentences in ``[lo, last)``."""
    sentences = doc.sentences
    starts: list[int] = []
    for index in range(doc.sentence_index(lo), len(sentences)):  # no slice: no copy of the rest
        start = sentences[index].start
        if start >= last:
            break
        if start >= lo:
            starts.append(start)
    return starts


def residue_end(text: str, lo: int, last: int) -> int:
    """Where the words may start at the latest after what a scrape left of the page in
    ``text[lo:last]``: after the last block tag or attribute ("<tweet id=…>",
    'datetime="…">'), or after an embed loader's script; else ``lo``.

    Inline tags ("<br>", "<a href=…>") may stand inside the words and bound nothing.
    """
    start = max(lo, last - _RESIDUE_WINDOW)
    end = lo
    at = text.rfind(">", start, last)
    while at >= 0:
        markup = _MARKUP_BEFORE.match(text, max(start, at - 700), at + 1)
        tag = markup.group("tag") if markup is not None else None
        if markup is not None and (tag or "").lstrip("/").lower() not in INLINE_TAGS:
            end = at + 1
            break
        at = text.rfind(">", start, at)
    for loader in EMBED_LOADERS:
        found = text.rfind(loader, max(lo, last - _RESIDUE_WINDOW - _SCRIPT_REACH), last)
        if found >= 0:
            code_end = _SCRIPT_END.search(text, found, min(last, found + _SCRIPT_REACH))
            if code_end is not None:
                end = max(end, code_end.end())
    return end


def words_end(text: str, floor: int, last: int) -> int:
    """Where a post's words end before what a scrape glued after them and before its
    signature: the site's furniture ("SIGN UP FOR OUR NEWSLETTER"), a closing tag."""
    while True:
        end = furniture_start(text, floor, last)
        if end > floor and text[end - 1] == ">":
            markup = _MARKUP_BEFORE.match(text, max(floor, end - 700), end)
            if markup is not None:
                end = markup.start()
                while end > floor and text[end - 1].isspace():
                    end -= 1
        if end == last:
            return last
        last = end


def furniture_start(text: str, floor: int, last: int) -> int:
    """Where the words end before the site's furniture glued after them ("…up! SIGN UP FOR
    OUR NEWSLETTER — Name (@h)"), or ``last``."""
    cut = True
    while cut and last > floor:
        cut = False
        for furniture in SITE_FURNITURE:
            start = last - len(furniture)
            glued_on = start > floor and text[start - 1].isalnum()
            if start > floor and not glued_on and text.startswith(furniture, start):
                last = start
                while last > floor and text[last - 1].isspace():
                    last -= 1
                cut = True
                break
    return last


def word_start(text: str, start: int, last: int) -> int:
    """``start`` if a word begins there, else the start of the next word (at ``last`` at most)."""
    if start == 0 or text[start - 1].isspace():
        return start
    while start < last and not text[start].isspace():
        start += 1
    return start
