"""Where a tweet's words start in a line that holds more than the tweet.

Once a scrape has lost the line breaks, a tweet's words run on from the
article's sentence before them: "…on Tuesday.Late boat cut from May. — Island
Radio (@islandradio) March 3, 2016". A tweet is short (140 weighted
characters until November 2017, 280 since; ``weight``), so its words start
within that reach of the signature, at a paragraph boundary. In order:

1. Nothing before what the scrape left of the page counts: the words start
   after the embed's markup or loader script at the latest
   (``boundaries.residue_end``).
2. A colon that ends an article's lead-in ("He wrote:", "Trump said this:",
   "Watch below:") starts the words after it; a colon after a head of the
   post's own ("BREAKING:", "Ferry update:", "Alejandro Villanueva:") does
   not. Of the lead-in colons in reach, the last one glued to the words (a
   lost line break) wins, else the first one.
3. Else the earliest glued boundary in reach ("…Tuesday.Late boat"), the
   line's start or the previous post's end (but not the article's start: an
   article does not open with an embed), skipping what reads as the article's
   own comment between two embeds ("Not everyone agreed.", "Twitter users
   were quick to react."): a sentence without the post's entities that
   narrates a post ("Quill replied.") or opens as such comments do.
4. Else the earliest sentence start in reach that is not such a comment.
5. Else (no boundary in reach: entities, "&amp;" or emoji read as "??" made
   the words longer than they weigh) the nearest boundary before the reach
   within a second allowance, never the middle of a sentence when a sentence
   start is near.

A closing link counts nothing first (a quoted tweet's or an attached card's
link, as Twitter has counted them since 2016); counted 23 only when that is
what lets the words start at a boundary of rule 3.
"""

from __future__ import annotations

import regex

from .._lexicon.lead_ins import (
    COMMENT_OPENERS,
    DETERMINERS,
    EMBED_NOUNS,
    ENDING_VERBS,
    LEAD_IN_HEADS,
    NARRATING_VERBS,
    PLATFORM_NAMES,
    PLATFORM_PREPOSITIONS,
    POINTERS,
    READER_WORDS,
    REPORTING_VERBS,
)
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from . import boundaries, weight
from .boundaries import glued, sentence_starts, word_start

# Slack over the length limit: scrapes turn one emoji into "??" and "&" into "&amp;".
SLACK = 10
# How much further back than the limit a boundary may stand when none is in reach.
_ALLOWANCE = 4  # a quarter of the limit

# The words of a head or sentence, lower-cased: "Trump", "said", "this".
_WORD = lazy_pattern(r"[\p{L}][\p{L}\p{M}'’-]*+")
# What marks a sentence as a post's own: an @mention, a #tag, a link.
_ENTITY = lazy_pattern(r"[@#＠＃]|https?://|www\.|pic\.(?:twitter|x)\.com", regex.IGNORECASE)
# The end of a sentence inside a post's reach, and the blanks after it: "agreed. ",
# "this: ", "wrote. @jo" (a post may open with a mention, a tag, a figure).
_PIECE_END = lazy_pattern(
    r"(?P<mark>[.!?…:]{1,3}+[\"'”’)\]]{0,2}+)[ \t\u00a0]{1,20}+(?=[^\s\p{Ll}])"
)
# A head this long before a colon is an article's clause, not a post's own head.
_LONG_HEAD = 5


class Line:
    """The document and where the article's body starts (after its headline line)."""

    __slots__ = ("body_start", "doc", "text")

    def __init__(self, doc: Document, body_start: int) -> None:
        self.doc = doc
        self.text = doc.text
        self.body_start = body_start


def bounded_start(
    line: Line, lo: int, last: int, limit: int, *, after_residue: bool = False
) -> int:
    """Where a tweet whose words end at ``last`` starts, not before ``lo``
    (``after_residue``: ``lo`` is already the end of what the scrape left of the page)."""
    text = line.text
    residue = boundaries.residue_end(text, lo, last)
    hard = after_residue or residue > lo
    lo = residue
    budget = limit + SLACK
    links = weight.links_in(text, lo, last, budget)
    counted = weight.reach(links, lo, last, budget, closing_free=False)
    free = weight.reach(links, lo, last, budget, closing_free=True)
    reaches = (free, counted) if free < counted else (counted,)
    for weak in (False, True):
        for reach in reaches:
            start = _start_in_reach(line, lo, reach, last, hard, weak=weak)
            if start is not None:
                return start
    return _start_before_reach(line, lo, free, last, limit)


def _start_in_reach(
    line: Line, lo: int, reach: int, last: int, hard: bool, *, weak: bool
) -> int | None:
    """Rules 2 and 3 within ``[reach, last)`` (rule 4 if ``weak``), or None when no
    boundary of theirs is there."""
    text = line.text
    intro = lead_in_end(line, lo, reach, last)
    if intro is not None:
        return intro
    comment = _after_comments(text, max(lo, reach), last)
    if comment is not None:
        return comment
    if weak:
        sentences = _spaced_starts(text, max(lo, reach), last)
        return next((s for s in sentences if s > line.body_start or hard), None)
    strong: list[int] = []
    for match in glued(text, reach, last):
        if match.end() >= last:
            break
        # a post's own head glued to its words ("Ferry update:Late boat") starts with it
        strong.append(_head_start(line, lo, match.start()) if match.group("colon") else match.end())
    strong = sorted(p for p in strong if p >= reach)
    if lo >= reach and (hard or lo > line.body_start):
        strong.insert(0, lo)  # a line start, the previous post's end, the end of residue
    return strong[0] if strong else None


def _spaced_starts(text: str, start: int, last: int) -> list[int]:
    """Where a sentence starts after a space in ``[start, last)``: after an end mark or a
    colon and blanks, before anything but a lower-case letter ("agreed. @jo", "ends. 8
    dead")."""
    ends = _PIECE_END.finditer(text, max(start - 24, 0), last)
    return [m.end() for m in ends if start <= m.end() < last]


def _after_comments(text: str, start: int, last: int) -> int | None:
    """Where the words start after the article's comments in ``[start, last)``
    ("…2016Not everyone agreed.Finally a ferry…"): after the first comment and those
    that follow it; None if there is none."""
    cuts = sorted(
        {m.end() for m in glued(text, start, last)}
        | {m.end() for m in _PIECE_END.finditer(text, start, last)}
    )
    after: int | None = None
    begin = start
    for cut in [*cuts, last]:
        if cut > begin:
            if _is_comment(text[begin:cut]):
                after = cut
            elif after is not None:
                break
        begin = cut
    return after if after is not None and after < last else None


def _is_comment(piece: str) -> bool:
    """Whether a sentence reads as the article's comment on an embed rather than a post's own
    words: no entity, a full stop or colon at its end, and a narrating verb ("Quill
    replied."), a word for the post or its readers ("Reaction was swift."), or the
    opening of such a comment ("Not everyone agreed.")."""
    piece = piece.strip().rstrip("\"'”’)")
    if not piece or piece[-1] not in ".:" or _ENTITY.search(piece):
        return False
    lowered = piece.lower()
    if lowered.startswith(COMMENT_OPENERS):
        return True
    words = [w.lower() for w in _WORD.findall(piece)]
    if any(w in NARRATING_VERBS for w in words) or _names_the_post(words):
        return True
    # "They said this.", "…, Trump said.": a reporting verb that points at the post or
    # ends the sentence, as a quotation's attribution does ("…were quick to react." too)
    if words and (words[-1] in REPORTING_VERBS or words[-1] in ENDING_VERBS):
        return True
    return any(w in REPORTING_VERBS for w in words) and any(w in POINTERS for w in words)


def lead_in_end(line: Line, lo: int, reach: int, last: int) -> int | None:
    """Where the words start after an article's lead-in colon in reach, if there is one."""
    text = line.text
    first_spaced: int | None = None
    last_glued: int | None = None
    colon = text.find(":", max(lo, reach - 3), last)
    while colon >= 0:
        after = _colon_opening(text, colon, last)
        head_start = _head_start(line, lo, colon) if after is not None else colon
        # a long head is the article's when it is glued to the words (a lost line break)
        # or starts out of the post's reach; a post may hold one too ("Statement from
        # the mayor, who spoke at the pier on Monday: pic.twitter.com/…")
        long_is_lead_in = after == colon + 1 or head_start < reach
        if after is not None and _is_lead_in(text[head_start:colon], long_is_lead_in):
            if after == colon + 1:
                last_glued = after
            elif first_spaced is None:
                first_spaced = after
        colon = text.find(":", colon + 1, last)
    if last_glued is not None and (first_spaced is None or last_glued > first_spaced):
        return last_glued
    return first_spaced if first_spaced is not None else last_glued


def _colon_opening(text: str, colon: int, last: int) -> int | None:
    """Where the words after a clause's colon start: glued ("this:Shameful") or after a
    few blanks ("wrote: We"); None for a colon in a time, a link or a word ("7:30")."""
    if colon == 0 or not (text[colon - 1].isalpha() or text[colon - 1] in ")\"'”’"):
        return None
    if boundaries.GLUED.match(text, colon, last) is not None:
        return colon + 1
    spaced = boundaries.COLON_SPACE.match(text, colon + 1, last)
    if spaced is not None:
        return spaced.end()
    blanks = colon + 1
    while blanks < last and blanks - colon <= 3 and text[blanks] in " \t\u00a0":
        blanks += 1
    return blanks if blanks > colon + 1 and blanks < last else None


def _head_start(line: Line, lo: int, colon: int) -> int:
    """Where the head before a colon starts: back to the boundary before it, the start of
    the sentence, glued paragraph or line that the colon ends."""
    text = line.text
    start = max(lo, line.doc.sentences[line.doc.sentence_index(colon)].start)
    for match in glued(text, start, colon):
        if match.end() <= colon:
            start = max(start, match.end())
    for match in _PIECE_END.finditer(text, start, colon):
        start = max(start, match.end())
    return start


def _is_lead_in(head: str, long_is_lead_in: bool) -> bool:
    """Whether the words before a colon are an article's lead-in ("He wrote", "Watch below",
    "The event opened with a chant by the crowd", if ``long_is_lead_in``) rather than a
    post's own head ("BREAKING", "Ferry update", "Alejandro Villanueva", "Mayor says")."""
    words = [w.lower() for w in _WORD.findall(head)]
    if not words:
        return False
    letters = [c for c in head if c.isalpha()]
    if all(c.isupper() for c in letters):
        return False  # "BREAKING", "JUST IN", "WATCH": a post's head in capitals
    if any(w in NARRATING_VERBS or w in REPORTING_VERBS or w in POINTERS for w in words):
        return True
    if words[0] in LEAD_IN_HEADS and len(words) < _LONG_HEAD:
        return True
    return _names_the_post(words) or (long_is_lead_in and len(words) >= _LONG_HEAD)


def _names_the_post(words: list[str]) -> bool:
    """Whether the article's words name the post or its readers: "this tweet", "the
    replies", "Twitter users", "on Twitter", "Reaction was swift"."""
    for index, word in enumerate(words):
        if word in READER_WORDS:
            return True
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in DETERMINERS and following in EMBED_NOUNS:
            return True
        if word in PLATFORM_PREPOSITIONS and following in PLATFORM_NAMES:
            return True
    return False


def _start_before_reach(line: Line, lo: int, reach: int, last: int, limit: int) -> int:
    """Rule 5: no boundary in reach. The nearest boundary before it within a quarter of the
    limit more, else the first sentence start or word after the reach."""
    text = line.text
    doc = line.doc
    wider = max(lo, reach - limit // _ALLOWANCE)
    found = [m.end() for m in glued(text, wider, reach)]
    found += sentence_starts(doc, wider, reach)
    if lo >= wider and lo > line.body_start:
        found.append(lo)
    if found:
        return max(found)
    after = sentence_starts(doc, reach, last)
    if after:
        return after[0]
    return word_start(text, reach, last)
