"""Image credits: who made an image and which agency or platform supplied it.

A credit is a cue and a body. The cue is a label and its joint ("Featured
image via", "Photo:", "Image credit:", "Courtesy of", "©"), or an agency
that labels its own pictures ("(AP Photo/", "REUTERS/"); a line such as
"Spencer Platt/Getty Images" or "Lena Park | Getty Images", whose last name
is a photo agency, is a credit without a label. The body is a few names
joined by "/", "|", ",", "&", "via", "and", "on", "for" or "from"; it must
end where a credit ends (a closing bracket, a full stop, the end of the line,
or the next credit), so a label that opens a sentence of prose is no credit.
Each name is then an agency (by the table in ``_agencies``, canonical) or a
person, by where it stands and what it looks like; ``docs/credits.md`` spells
the rules out.

Everything here is bounded: one ``find`` pass over the text for the stems of
cues and for the separators of unlabelled credits, then for each hit a
match anchored there and a walk over at most ``_MAX_PARTS`` names of at most
``_MAX_WORDS`` words.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Iterator
from typing import NamedTuple

import regex

from .._lexicon.agencies import (
    AGENCIES,
    GIVEN_NAMES,
    HEADLINE_WORDS,
    LONE_CREDITS,
    LOWERCASE_NAMES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PHOTO_AGENCIES,
    STOCK_LIBRARIES,
)
from .._lexicon.organisations import ORGANIZATION_NAMES
from .._lexicon.outlets import OUTLETS
from .._records import Article, ImageCredit, Span
from .._text.segment import Document, lower_keeping_offsets

_MAX_PARTS = 6
_MAX_WORDS = 6

# A labelled credit's cue, or an agency's own label:
#   "[Featured Image by "   "Featured image via "   "(Photo: "   "Photograph: "
#   "Image credit: "   "Image copyright "   "© "   "Courtesy of "   "Foto: "
#   "(AP Photo/"   "REUTERS/"   "(Reuters/"   "EPA/"   "Credit...", "Image source, "
_CUE = regex.compile(
    r"""
    (?P<open> [\[(] [ \t\u00a0]{0,3}+ )?
    (?:
        (?P<label>
            (?i: (?: featured | header | lead | main | top | cover | hero ) [ \t]{1,3}+
                   (?: image | photo | picture | img )
                   (?: [ \t]{1,3}+ (?: credits? | source | copyright ) )?+
               | (?: photo | image | picture ) s?+ [ \t]{1,3}+ (?: credits? | sources? | copyright )
               | photo [ \t]{1,3}+ illustration
               | photographs? | photos? | images? | pictures? | pics?
               | illustrations? | graphics? | fotos? | bild
               | (?: video [ \t]{1,3}+ )?+
                 (?: screen [ \t]?+ (?: shots? | grabs? | captures? ) | screengrabs? | screencaps? )
               | photography | credits? | crédits? (?: [ \t]{1,3}+ photos? )?+ | copyright
               | courtesy | composite ) (?! \p{L} )
          | (?P<sign> © )
        )
        (?P<joint>
            [ \t\u00a0]{0,3}+ [:：] [ \t\u00a0]{0,3}+
            (?: (?i: by | via | from | courtesy [ \t]{1,3}+ of ) [ \t\u00a0]{1,3}+ )?+
          | [ \t\u00a0]{1,3}+ (?i: by | via | from | courtesy [ \t]{1,3}+ of | of | is )
            (?: [ \t\u00a0]{0,3}+ : )?+ [ \t\u00a0]{1,3}+
          | [ \t\u00a0]{0,3}+ (?: \.{3} | … | , ) [ \t\u00a0]{0,3}+
          | [ \t\u00a0]{0,3}+ )
      | (?P<alabel> AP [ \t]{1,3}+ (?i: photos? ) | AFP [ \t]{1,3}+ (?i: photo )
                  | REUTERS | Reuters | EPA (?: -EFE )?+ | AFP )
        (?P<ajoint> [ \t\u00a0]{0,3}+ / [ \t\u00a0]{0,3}+
                  | (?<= (?i: photo ) ) (?= [ \t\u00a0]{0,3}+ \) ) )
    )
    """,
    regex.VERBOSE,
)

# The numbers of the cue's groups (a group read by number costs no lookup).
_LABEL, _SIGN, _JOINT, _ALABEL, _AJOINT = (
    _CUE.groupindex[name] for name in ("label", "sign", "joint", "alabel", "ajoint")
)

# The stems every cue contains, lower-cased: cues are looked for only where
# one of them stands, which keeps the one pass over the text a fast ``find``.
_CUE_STEMS = (
    "photo", "image", "pic", "img", "illustr", "graphic", "foto", "bild", "screen",
    "credit", "crédit", "copyright", "courtesy", "composite", "©", "reuters", "afp", "epa",
)  # fmt: skip


# Where a cue may start before its stem: at the stem, at a bracket before it
# (``_bracket_before``), or at the word before it with its bracket:
# "[Featured Image", "(AP Photo".
_BLANKS = " \t\u00a0"
_WORD_BEFORE = regex.compile(r"(?r)(?:[\[(][ \t\u00a0]{0,3}+)?+\p{L}{1,10}+[ \t\u00a0]{1,3}+")

# The names before a "/", "|" or "via" of a credit without a label, matched
# backwards from the separator: "Marco Diaz" in "…majority.Marco
# Diaz/Getty Images", "Lena Park" in "Lena Park | Getty Images", "(NASA"
# in "(NASA via AP)".
_NAMES_BEFORE = regex.compile(
    r"""
    (?r) (?P<open> \( )?+
    \p{Lu} [\p{L}\p{M}'’.-]{0,40} (?: [ \t\u00a0]{1,4} \p{Lu} [\p{L}\p{M}'’.-]{0,40} ){0,4}
    [ \t\u00a0]{0,3}
    """,
    regex.VERBOSE,
)

_NAMES_OPEN = _NAMES_BEFORE.groupindex["open"]

# The end of a sentence inside what ``_NAMES_BEFORE`` read as names, the
# last one before the separator: "France. " in "…in Lyon, France. Marc
# Dubois/Getty Images". A word of two lower-case letters or more before
# the full stop, so initials ("J. Scott") and "Jr." stay inside a name.
_SENTENCE_GAP = regex.compile(r"(?r)(?<=\p{Ll}{2}\.)[ \t\u00a0]{1,3}+(?=\p{Lu})")

# "(Official White House Photo by": the organisation that owns a picture,
# before the "Photo by" of a credit in brackets, matched backwards.
_OWNER_BEFORE = regex.compile(
    r"(?r)\([ \t\u00a0]{0,3}(?P<owner>\p{Lu}[\p{L}.]{0,20}(?:[ \t\u00a0]\p{Lu}[\p{L}.]{0,20}){0,4})"
    r"[ \t\u00a0]{1,3}"
)

# What may stand before a credit without a label: a line start, the end of a
# sentence or bracket, or a lower-case word ("…outside the court Spencer
# Platt/Getty Images").
_BARE_AFTER = frozenset('.!?:;"”’)]\n\r\u2028\u2029')

# One word of a name: "Spencer", "McNamee", "BECERRA", "Drago-Pool",
# "Shutterstock.com", "dpa-tmn", "U.S.", "O’Neill".
_WORD = regex.compile(
    r"""
    (?: \p{Lu} \. ){2,4}+
  | \p{Lu} \. (?= [ \t\u00a0]{1,3}+ \p{Lu} )
  | [\p{L}\p{N}] [\p{L}\p{M}\p{N}'’-]{0,40}+ (?: \. \p{Ll} [\p{Ll}\p{N}-]{1,20}+ ){0,3}+
    """,
    regex.VERBOSE,
)

# The gap between two words of one name: "Pierre Lamont   Pool" keeps three.
_GAP = regex.compile(r"[ \t\u00a0]{1,4}+")

# A screenshot instead of a name: "screengrab", "a screenshot",
# "video screen capture", "YouTube screenshot" (after the name).
_SCREEN = regex.compile(
    r"""
    (?i: (?: an? [ \t]{1,3}+ )?+ (?: video [ \t]{1,3}+ )?+
         (?: screen [ \t-]?+ (?: shots? | grabs? | caps? | captures? ) | screenshots? | screengrabs?
           | screencaps? ) ) \b
    """,
    regex.VERBOSE,
)

# Words that describe the picture rather than name anyone: "YouTube video".
_DESCRIPTOR = regex.compile(r"(?i:video|still|photo|image)\b")

# A Creative Commons licence or an editing note after the names, part of the
# credit: "Gage Skidmore/Flickr (CC BY-SA 2.0)", "Jane Hartley, CC BY 4.0",
# "Jane Hartley via Flickr (edited)", "…, used under a Creative Commons licence".
_LICENCE = regex.compile(
    r"""
    (?: [ \t\u00a0]{0,3}+ [,|/–-] )?+ [ \t\u00a0]{1,3}+ (?P<open> \( )?+
    (?: CC [ \t-] (?: BY | 0 ) (?: - (?: SA | ND | NC ) ){0,2}+ (?: [ \t] \d\.\d )?+
      | CC0 | (?i: public [ \t] domain )
      | (?i: edited | cropped | modified | altered | adapted )
      | (?i: (?: available | licensed | used | shared ) [ \t] )?+ under [ \t] (?: a | the ) [ \t]
        (?i: creative [ \t] commons ) [^\n\r()]{0,120}? (?= [ \t]* (?: [.)] | $ ) ) )
    (?(open) \) )
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# The marks ``_LICENCE`` may start with, after blanks.
_LICENCE_MARKS = frozenset(",|/–-")

# An account's handle as a name: "Featured image via Twitter/@jane_hartley".
_AT_HANDLE = regex.compile(r"@[\p{L}\p{N}_]{1,30}+")

# A stock library contributor's user name after the library: "Shutterstock/bluefern".
_HANDLE = regex.compile(r"[\p{L}\p{N}_][\p{L}\p{N}_-]{0,40}+")

# Names of outlets and institutions, as written: organisations, not people.
_KNOWN_ORGANISATIONS = frozenset(
    name
    for known in (*OUTLETS, *ORGANIZATION_NAMES)
    for name in (known, known.removeprefix("The "))
)

# News outlets, as written: a photographer works "for" one of them.
_OUTLET_NAMES = frozenset(name for known in OUTLETS for name in (known, known.removeprefix("The ")))

# Lower-case words that may stand inside a name: "University of Leeds",
# "Marta de la Vega", "the White House".
_CONNECTORS = frozenset(
    "of the de da di del della der den van von la le du des al el bin ibn y".split()
)

# The joint between two names of one credit:
#   "Spencer Platt/Getty Images"   "Lena Park | Getty Images"   "Damian Dovarganes, AP"
#   "AP & Reuters"   "Lena Park via Getty Images"   "Fré Sonneveld on Unsplash"
#   "Official White House Photo by Jo Lin"   "Flickr user Gage Skidmore"
#   "Pierre Lamont - Pool"
_SEP = regex.compile(
    r"""
    [ \t\u00a0]{0,4}+ (?P<sep> / | \| | , | & | \+ ) [ \t\u00a0]{0,4}+
  | [ \t\u00a0]{1,4}+ (?P<sep> (?i: via ) | and | on | for | from | user
                     | (?i: photos? ) [ \t]{1,3}+ by ) [ \t\u00a0]{1,4}+
  | [ \t\u00a0]{0,3}+ (?P<sep> [-–] ) [ \t\u00a0]{0,3}+ (?= (?i: pool ) \b )
    """,
    regex.VERBOSE,
)

# What a licence or a separator after a name starts with (``_LICENCE``, ``_SEP``).
_AFTER_NAME = " \t\u00a0,|/–-&+"

_SEP_GROUP = _SEP.groupindex["sep"]

# A word that opens the next credit or caption rather than going on with this
# one: "Credit: A Credit: B", "Image copyright AFP Image caption …".
_STOP = regex.compile(
    r"""
    (?i: featured [ \t]{1,3}+ (?: image | photo ) \b
       | (?: image | photo | picture ) [ \t]{1,3}+
         (?: caption | copyright | credit | source ) s?+ \b
       | (?: photo | image | picture | photograph | foto | credit | caption ) s?+ [ \t]{0,3}+ : )
  | ©
    """,
    regex.VERBOSE,
)

# The ASCII letters ``_STOP`` may start with.
_STOP_HEADS = "fFiIpPcC"

# "Photo by" inside a name, "Official White House Photo by Jo Lin": a
# separator, with the agency before it and the photographer after.
_INNER_BY = regex.compile(r"(?i:photos?)[ \t]{1,3}+by\b")

# Any one- or two-word label before a colon, for a credit element whose text
# is known to be a credit: "Source: NASA", "Bildquelle: dpa".
_ANY_LABEL = regex.compile(r"[(\[]?+(?P<label>\p{L}{2,20}+(?:[ ]\p{L}{2,20}+)?+)[ ]?+[:：][ ]?+")

# Where a credit ends:
#   "(Photo by X/Getty Images)"   "(Photo courtesy of Shelby Bell.)"   "… Getty Images.The"
#   "… Getty Images\n"   "Credit: A Credit: A"
_END = regex.compile(
    r"""
    [ \t\u00a0]{0,3}+ \.?+ [ \t\u00a0]{0,3}+ (?P<close> [\])] )
  | [ \t\u00a0]{0,8}+ \.?+ [ \t\u00a0]{0,8}+ (?: \Z | [\n\r\u2028\u2029\f\v] )
  | \.
  | (?= \p{Lu} )                       # an agency glued to the next sentence: "ImagesThe"
  | [ \t\u00a0]{1,8}+ (?= featured [ \t]{1,3}+ (?:image|photo) | (?:image|photo)[ \t]{1,3}+caption
                        | credit [ \t]{0,3}+ : | © )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_CLOSE = _END.groupindex["close"]

# The end of a line, after an optional full stop: "Getty Images.\n".
_LINE_END = regex.compile(r"[ \t\u00a0]{0,8}+\.?+[ \t\u00a0]{0,8}+(?:\Z|[\n\r\u2028\u2029\f\v])")

# A site's own footer, not a credit: "© 2017 Example News. All rights reserved."
_RIGHTS_RESERVED = regex.compile(r"[ \t\u00a0.,]{0,4}+(?i:all[ \t]{1,3}+rights[ \t]{1,3}+reserved)")

# "Al Drago-Pool", "Pierre Lamont   Pool", "Pierre Lamont- Pool": the
# pool is how the picture was shared, not who took it.
_POOL = regex.compile(r"(?:[ \t\u00a0]*+[-–][ \t\u00a0]*+|[ \t\u00a0]++)(?i:pool)\Z")

# A web address as a name: "Shutterstock.com", "example.org".
_DOMAIN = regex.compile(r"\.\p{Ll}{2,}")

# One word with capitals inside it, a brand rather than a surname: "SwRI",
# "NurPhoto", "TheBlaze"; but not "McNamee", "DeVos", "O'Neill".
_CAPITALS_INSIDE = regex.compile(
    r"(?! (?: Mc | Mac | O['’] | D['’] | De | Di | Da | Du | Le | La | Van | Von ) \p{Lu} )"
    r"\p{Lu}? \p{Ll}++ \p{Lu} [\p{L}\p{N}]*+ | \p{Lu}{2,} \p{Ll} [\p{L}\p{N}]*+",
    regex.VERBOSE,
)

# A word of a person's name: "Spencer", "McNamee", "BECERRA", "B.", "Fré".
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]{0,40}+\.?+|\p{Lu}\.")

# Labels under which a single name is the person who made the picture:
# "Illustration: Jane Hartley".
_BY_LABELS = ("illustration", "photo illustration")


class _Part(NamedTuple):
    """One name of a credit's body, with the separator before it ("" for the first)."""

    sep: str
    text: str
    screenshot: bool = False
    handle: bool = False


def find_image_credits(doc: Document, article: Article) -> tuple[ImageCredit, ...]:
    """Every image credit in the document, in text order."""
    return _find_credits(doc.text, doc.lowered)


# The kinds of candidate, in the order they are taken at one offset.
_AT_CUE, _BEFORE_SEPARATOR, _LONE_AGENCY = range(3)


def _find_credits(text: str, lowered: str | None = None) -> tuple[ImageCredit, ...]:
    """Every credit in ``text``: cues and agency lines in text order, none overlapping.

    The candidates are listed as offsets only, and each is matched when its
    turn comes: a text of many cues ("(Photo: " repeated) would otherwise
    hold a match object, with all its groups, for every one of them at once.
    Candidates are taken by start, then kind: a cue (listed as its start
    alone), names before a separator, an agency alone.
    """
    if lowered is None:
        lowered = lower_keeping_offsets(text)
    hits = _stem_hits(lowered)
    candidates = heapq.merge(
        ((start, _AT_CUE, start) for start in _cue_starts(text, hits)),
        ((start, _BEFORE_SEPARATOR, at) for start, at in _bare_name_starts(text)),
        ((at, _LONE_AGENCY, index) for at, index in _lone_agencies(text, hits)),
    )
    credits: list[ImageCredit] = []
    taken_until = -1
    reader = _CueReader(text)
    for start, kind, value in candidates:
        if start < taken_until:
            continue
        credit: ImageCredit | None
        if kind == _AT_CUE:
            credit = reader.credit_at(start)
        elif kind == _BEFORE_SEPARATOR:
            names = _NAMES_BEFORE.match(text, start, value)  # as _bare_name_starts did
            credit = _bare(text, names) if names is not None else None
        else:
            credit = _lone_agency(text, start, _LONE_STEMS[value][0])
        if credit is not None:
            credits.append(credit)
            taken_until = credit.span.end
    return tuple(credits)


class _CueReader:
    """Reads the cue that starts at an offset; a cue in brackets and its label share one match.

    A bracket before a label ("(Photo: ", "[ Featured image") is the cue's
    ``open`` group; matched at the bracket or at the label, the pattern reads
    the same label and joint. So the label is matched once, and the match is
    kept for the label's own candidate, which comes next in text order.
    """

    __slots__ = ("_at", "_match", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._at = -1
        self._match: regex.Match[str] | None = None

    def credit_at(self, start: int) -> ImageCredit | None:
        text = self._text
        open_start = -1
        label_at = start
        if text[start] in "[(":
            open_start = start
            label_at = start + 1
            while label_at < len(text) and label_at - start <= 3 and text[label_at] in _BLANKS:
                label_at += 1
            if label_at >= len(text) or text[label_at] in "[(":
                return None  # no label after the bracket (no bracket opens two cues)
        if label_at != self._at:
            self._at, self._match = label_at, _CUE.match(text, label_at)
        cue = self._match
        return _labelled(text, cue, open_start) if cue is not None else None


def _stem_hits(lowered: str) -> list[list[int]]:
    """Where each of ``_CUE_STEMS`` stands in ``lowered`` (the text lower-cased, same offsets)."""
    hits: list[list[int]] = []
    for stem in _CUE_STEMS:
        found: list[int] = []
        at = lowered.find(stem)
        while at >= 0:
            found.append(at)
            at = lowered.find(stem, at + 1)
        hits.append(found)
    return hits


def _cue_starts(text: str, hits: list[list[int]]) -> list[int]:
    """Where a cue may start in ``text``: at each stem (``hits``), and just before it;
    in order, an offset possibly more than once (a list weighs less than a set)."""
    starts: list[int] = []
    for found_at in hits:
        for found in found_at:
            starts.append(found)
            bracket = _bracket_before(text, found)
            if bracket != found:
                starts.append(bracket)
            if found > 0 and text[found - 1] in _BLANKS:  # else no word before it is read
                head = _WORD_BEFORE.match(text, max(0, found - 16), found)
                if head is not None:
                    starts.append(head.start())
    starts.sort()
    return starts


def _bracket_before(text: str, at: int) -> int:
    """Where a cue starts that has a bracket before its stem: at the bracket, up to
    three blanks before ``at`` ("( Photo"), else at ``at``. (As the pattern
    ``(?r)(?:[\\[(][ \\t\\u00a0]{0,3}+)?+`` matched backwards from ``at``, without the
    engine's cost of a call.)"""
    start = at
    while start > 0 and at - start < 3 and text[start - 1] in _BLANKS:
        start -= 1
    return start - 1 if start > 0 and text[start - 1] in "[(" else at


def _bare_name_starts(text: str) -> Iterator[tuple[int, int]]:
    """(start, separator) of the names before each "/", "|", "via" or "for" that may open an
    unlabelled credit, in order, read as they are taken (none is listed).

    The separators are read in text order; names hold none, so the names
    before one start after the one before it, and their starts come in order too.
    """
    # each separator that follows a word with a capital, as one int, 4 * offset
    # + kind: a list of ints, sorted once, weighs little beside the text
    found: list[int] = []
    for kind, separator in enumerate(_SEPARATORS):
        at = text.find(separator)
        while at >= 0:
            if not _no_capital_before(text, at):
                found.append(4 * at + kind)
            at = text.find(separator, at + 1)
    found.sort()
    for code in found:
        at, kind = divmod(code, 4)
        separator = _SEPARATORS[kind]
        names = _NAMES_BEFORE.match(text, max(0, at - 120), at)
        if names is not None and text.find(".", names.start(), at) >= 0:
            gap = _SENTENCE_GAP.search(text, names.start(), at)
            if gap is not None:  # "… in Lyon, France. Marc Dubois/Getty Images"
                names = _NAMES_BEFORE.match(text, gap.end(), at)
        if names is not None and _may_open_bare_credit(text, names, separator):
            yield names.start(), at


_SEPARATORS = ("/", "|", " via ", " for ")


def _no_capital_before(text: str, at: int) -> bool:
    """True where ``_NAMES_BEFORE`` cannot match before ``at``: the word there holds no
    capital ("waited for", "https://"), so it is no name's last word."""
    end = at
    while end > 0 and at - end < 3 and text[end - 1] in _BLANKS:
        end -= 1
    space = text.rfind(" ", max(0, end - 42), end)
    word = text[max(space + 1, end - 42, 0) : end]
    return word.isascii() and (word.islower() or not word)


def _lone_agencies(text: str, hits: list[list[int]]) -> list[tuple[int, int]]:
    """(offset, index in ``LONE_CREDITS``) where an agency that may stand alone as a credit
    is printed ("Getty Images"), in text order (at one offset, in the order of the table).

    A name that holds a cue's stem ("Getty Images", "AP Photo") is looked for
    only where the stem stands (``hits``); the others with a search of their own.
    """
    found: list[tuple[int, int]] = []
    for index, (name, stem, offset) in enumerate(_LONE_STEMS):
        if stem < 0:
            at = text.find(name)
            while at >= 0:
                found.append((at, index))
                at = text.find(name, at + len(name))
            continue
        for hit in hits[stem]:
            if hit >= offset and text.startswith(name, hit - offset):
                found.append((hit - offset, index))
    found.sort()
    return found


def _lone_stem(name: str) -> tuple[str, int, int]:
    """(name, index of the first stem it holds in ``_CUE_STEMS`` or -1, the stem's offset)."""
    lowered = name.lower()
    for index, stem in enumerate(_CUE_STEMS):
        if stem in lowered:
            return name, index, lowered.index(stem)
    return name, -1, 0


# The lone agencies, each with the cue stem it is found by (the names hold no
# border, a suffix that is also a prefix: no two of one name's occurrences overlap).
_LONE_STEMS = tuple(_lone_stem(name) for name in LONE_CREDITS)


def _lone_agency(text: str, at: int, name: str) -> ImageCredit | None:
    """A lone "Getty Images" at a caption's end: its own line, or a sentence at a line end."""
    end = at + len(name)
    if not _starts_line_or_sentence(text, at) or _LINE_END.match(text, end) is None:
        return None
    agency = _agency_name(name)
    return ImageCredit(
        span=Span(at, end),
        agencies=(agency,) if agency else (name,),
        label=None,
        rule="agency-line",
    )


def _may_open_bare_credit(text: str, names: regex.Match[str], separator: str) -> bool:
    if names.group(_NAMES_OPEN) is not None:
        return True
    if separator == " via ":
        # "NASA via AP" only in brackets; "Handout via REUTERS" as a caption's end too
        name = _collapse(names.group()).lower()
        return name in NOT_NAMES and _starts_line_or_sentence(text, names.start())
    if separator == " for ":
        # "Lena Park for The Washington Post": after a line or a sentence only
        return _starts_line_or_sentence(text, names.start())
    start = names.start()
    spaces = 0
    while start > 0 and text[start - 1] in " \t\u00a0" and spaces < 3:
        start -= 1
        spaces += 1
    if start == 0:
        return True
    before = text[start - 1]
    return before in _BARE_AFTER or (before.islower() and spaces > 0)


def _labelled(text: str, match: regex.Match[str], open_start: int) -> ImageCredit | None:
    """The credit a cue opens, or None when what follows is not a credit's body.

    ``match`` is the cue from its label on; ``open_start`` is where its bracket
    stands before it, or -1.
    """
    # Groups are read by number: a read by name costs a lookup each time.
    agency_end = match.end(_AJOINT)
    body_start = agency_end if agency_end >= 0 else match.end(_JOINT)
    if not _may_start_name(text, body_start) and (
        agency_end < 0 or "/" in text[match.start(_AJOINT) : agency_end]
    ):
        return None  # no name follows: "(Photo: (Photo: …"
    found_label, sign, found_joint, agency_label, agency_joint = match.group(
        _LABEL, _SIGN, _JOINT, _ALABEL, _AJOINT
    )
    opened = open_start >= 0
    if agency_label is not None:
        label = agency_label
        label_start = match.start(_ALABEL)
        if agency_label == "Reuters" and not opened:
            return None  # "Reuters/Harris poll": the mixed-case name only in brackets
        if "/" not in agency_joint and not opened:
            return None
    else:
        label = found_label
        label_start = match.start(_LABEL)
        cue_start = open_start if opened else label_start
        if not _cue_is_credit(
            text, label, found_joint, sign is not None, opened, cue_start, label_start
        ):
            return None
    owner = (
        _owner_before(text, label, found_joint, label_start)
        if agency_label is None and not opened
        else None
    )
    if owner is not None:  # "(Official White House Photo by Jo Lin)"
        opened, open_start = True, owner[0]
    parts, body_end = _scan_body(text, body_start)
    if not parts and not (agency_label and "/" not in agency_joint):
        return None
    end_match = _END.match(text, body_end)
    if end_match is None:
        return None
    copyright = sign or label.lower().startswith("copyright")
    if copyright and _RIGHTS_RESERVED.match(text, body_end):
        return None  # the site's own copyright line
    start, end = label_start, body_end
    close = end_match.group(_CLOSE)
    if close is not None and opened:
        if (close == "]") != (text[open_start] == "["):
            return None
        start, end = open_start, end_match.end(_CLOSE)
    elif opened and close is None:
        return None  # "(Photo: …" that runs on and never closes
    joint = found_joint or agency_joint or ""
    owner_agency = owner[1] if owner is not None else None
    creators, agencies, screenshot = _split_parts(
        tuple(parts),
        label,
        joint,
        agency_label=AGENCIES.get(_key(agency_label or "")) or owner_agency,
    )
    if not creators and not agencies and not screenshot:
        return None
    return ImageCredit(
        span=Span(start, end),
        creators=creators,
        agencies=agencies,
        label=_collapse(label),
        screenshot=screenshot,
        rule="agency-label" if agency_label else "labelled",
    )


def _owner_before(text: str, label: str, joint: str, label_start: int) -> tuple[int, str] | None:
    """The bracket and the organisation before a "Photo by" cue: "(Official White House ".

    A picture taken for an institution names it before "Photo by" inside the
    credit's bracket; it is the credit's agency, and the bracket its start.
    """
    if _collapse(label).lower() not in {"photo", "photos"} or "by" not in _collapse(joint).lower():
        return None
    found = _OWNER_BEFORE.match(text, max(0, label_start - 80), label_start)
    if found is None:
        return None
    owner = _collapse(found.group("owner"))
    if not _is_organisation(owner):
        return None
    return found.start(), _agency_name(owner) or owner


def _cue_is_credit(
    text: str, found_label: str, found_joint: str, sign: bool, opened: bool, start: int, at: int
) -> bool:
    """Whether a label and its joint can open a credit where they stand.

    ``start`` is where the cue starts: its bracket when ``opened``, else its
    label, which starts at ``at``. The joint must suit the label ("Image credit:" needs its colon,
    "Courtesy" its "of", only "©" and "copyright" stand bare). A label in
    running text starts with a capital ("Photo by …", not "the photo by …")
    unless a bracket or a line start sets it apart, and it is glued to the
    word before only when that is a number or the label is the unmistakable
    "Featured image" ("…2017Featured Image: …", "…country.Featured image via …").
    """
    label = _collapse(found_label).lower()
    joint = _collapse(found_joint).lower()
    word = joint.strip(" :：.…,")
    colon = ":" in joint or "：" in joint
    if "." in joint or "…" in joint or "," in joint:
        # "Credit...Doug Mills/…" (a page's ellipsis), "Image source, Getty Images"
        return any(stem in label for stem in ("credit", "source")) and _starts_line_or_sentence(
            text, at
        )
    if sign:
        if word in {"of", "is"}:
            return False
    elif label.endswith("copyright"):
        if word:
            return False
    elif label == "courtesy":
        if not (colon or word == "of"):
            return False
    elif any(stem in label for stem in ("credit", "crédit", "source")):
        if not colon:
            return False
    elif word == "of" or (word == "is" and not label.startswith("featured")) or not (colon or word):
        return False
    before = text[start - 1] if start > 0 else "\n"
    first = found_label[0]
    if sign:
        return not before.isalnum()
    if before.isalpha():
        return label.startswith("featured") and first.isupper()
    if before in "\n\r\u2028\u2029" or opened:
        return True
    return first.isupper()


def _starts_line_or_sentence(text: str, at: int) -> bool:
    """Whether ``at`` is a line start, or follows a sentence's end or a bracket."""
    spaces = 0
    while at > 0 and text[at - 1] in " \t\u00a0" and spaces < 3:
        at -= 1
        spaces += 1
    return at == 0 or text[at - 1] in _BARE_AFTER


def _bare(text: str, match: regex.Match[str]) -> ImageCredit | None:
    """A credit without a label: names ending in a photo agency, alone on their line or sentence.

    "Spencer Platt/Getty Images", "Nadia Haddad | Bloomberg | Getty
    Images", "AFP/Getty Images", and in brackets "(NASA via AP, File)". Every
    joint is "/", "|" or "via", every name before the agency a person or
    another agency, and the credit ends as a credit does; "Reuters/Harris poll"
    ends in no agency and is prose.
    """
    opened = match.group(_NAMES_OPEN) is not None
    parts, body_end = _scan_body(text, match.start() + opened)
    names = [part for part in parts if _clean_name(part.text).lower() not in NOT_NAMES]
    if len(parts) < 2 or not names:
        return None  # "Handout via REUTERS": a handout is no name, but the agency is
    if any(part.sep not in {"/", "|", "via", "-", ",", "for"} for part in parts[1:]):
        return None
    if any(part.sep == "," for part in names[1:]):
        return None  # "File" may follow a comma, a name may not
    tail = _clean_name(names[-1].text)
    if any(part.sep == "for" for part in parts[1:]):
        # "Lena Park for The Washington Post": a photographer working for an outlet
        if len(names) != 2 or tail not in _OUTLET_NAMES or not _is_person_shaped(names[0].text):
            return None
    elif _agency_name(tail) not in PHOTO_AGENCIES and not (
        # "(Jabin Botsford/The Washington Post)": in brackets, any named organisation
        opened and _is_organisation(tail) and not _is_acronym(tail)
    ):
        return None
    first = names[0].text
    if len(first.split()) > 4 or not (
        _agency_name(first) or _is_person_shaped(first) or _is_organisation(first)
    ):
        return None
    end_match = _END.match(text, body_end)
    if end_match is None or (opened and end_match.group(_CLOSE) != ")"):
        return None
    end = end_match.end(_CLOSE) if opened else body_end
    creators, agencies, screenshot = _split_parts(tuple(parts), "", "")
    return ImageCredit(
        span=Span(match.start(), end),
        creators=creators,
        agencies=agencies,
        label=None,
        screenshot=screenshot,
        rule="agency-line",
    )


def _scan_body(text: str, pos: int) -> tuple[list[_Part], int]:
    """The names of a credit's body from ``pos`` on, and where the last one ends."""
    parts: list[_Part] = []
    sep = ""
    end = pos
    cursor = pos
    while len(parts) < _MAX_PARTS:
        scanned = _scan_name(text, cursor, first=not parts)
        if scanned is None:
            handle = _HANDLE.match(text, cursor) if sep == "/" and _follows_stock(parts) else None
            if handle is None:
                break
            parts.append(_Part(sep, handle.group(), handle=True))
            end = handle.end()
            break
        part_end, screenshot = scanned
        parts.append(_Part(sep, text[cursor:part_end], screenshot))
        end = part_end
        follows = text[part_end : part_end + 1]
        if not follows or follows not in _AFTER_NAME:
            break  # neither a licence nor a separator follows
        licence = _LICENCE.match(text, part_end) if _may_be_licence(text, part_end) else None
        if licence is not None:
            end = licence.end()
            break
        sep_match = _SEP.match(text, part_end)
        if sep_match is None:
            break
        sep = _collapse(sep_match.group(_SEP_GROUP)).lower()
        if sep.startswith("photo"):
            sep = "photo by"
        cursor = sep_match.end()
    return parts, end


def _may_be_licence(text: str, pos: int) -> bool:
    """False where ``_LICENCE`` cannot match: its blanks after the optional "," or "/"
    are missing ("Jane Doe/Getty Images")."""
    mark = pos
    while mark < len(text) and mark - pos < 3 and text[mark] in _BLANKS:
        mark += 1
    if text[mark : mark + 1] in _LICENCE_MARKS:
        return text[mark + 1 : mark + 2] in _BLANKS
    return text[pos : pos + 1] in _BLANKS


def _follows_stock(parts: list[_Part]) -> bool:
    return bool(parts) and _agency_name(parts[-1].text) in STOCK_LIBRARIES


def _scan_name(text: str, pos: int, *, first: bool) -> tuple[int, bool] | None:
    """The end of the name that starts at ``pos`` (and whether it says screenshot), or None.

    A name is up to ``_MAX_WORDS`` words one gap apart: capitalised words,
    known lower-case agencies, connectors between them ("University of
    Salford"), screenshot words, and descriptors after them ("YouTube video").
    It stops before a word that opens another credit or a "Photo by".
    """
    if not _may_start_name(text, pos):
        return None
    end = -1
    screenshot = False
    cursor = pos
    for _ in range(_MAX_WORDS):
        # An ASCII first letter that none of them starts with spares a pattern's call.
        head = text[cursor : cursor + 1]
        ascii_head = head < "\x80"
        if (
            (cursor > pos or not first)
            and (not ascii_head or head in _STOP_HEADS)
            and _STOP.match(text, cursor)
        ):
            break
        if cursor > pos and (not ascii_head or head in "pP") and _INNER_BY.match(text, cursor):
            break
        screen = _SCREEN.match(text, cursor) if not ascii_head or head in "aAvVsS" else None
        if screen is not None:
            end = after = screen.end()
            screenshot = True
        else:
            word_match = _WORD.match(text, cursor)
            if word_match is None:
                handle = _AT_HANDLE.match(text, cursor) if cursor == pos else None
                if handle is not None:
                    end = handle.end()  # "Twitter/@jane_hartley": a name on its own
                break
            word = word_match.group()
            lowered = word.lower()
            after = word_match.end()
            if lowered == "via" or word in HEADLINE_WORDS:
                break
            if lowered in _CONNECTORS:
                gap = _GAP.match(text, after)
                following = _WORD.match(text, gap.end()) if gap else None
                if following is None or not _is_name_word(following.group()):
                    break
            elif _is_name_word(word) or (end >= 0 and _DESCRIPTOR.fullmatch(word)):
                glued = _glued_agency_end(text, pos, word, cursor)
                if glued is not None:
                    end = glued
                    break
                end = after
            else:
                break
        # the gap to the next word: one to four blanks (``_GAP``)
        cursor = after
        while cursor < len(text) and cursor - after < 4 and text[cursor] in _BLANKS:
            cursor += 1
        if cursor == after:
            break
    if end < 0:
        return None
    return end, screenshot


def _may_start_name(text: str, pos: int) -> bool:
    """False where no word, screenshot word or handle starts: an ASCII mark or space."""
    head = text[pos : pos + 1]
    return bool(head) and (head >= "\x80" or head.isalnum() or head == "@")


def _is_name_word(word: str) -> bool:
    """A word that may belong to a name: capitalised, "iStock", or a known lower-case agency."""
    return word[0].isupper() or word.lower() in LOWERCASE_NAMES or any(c.isupper() for c in word)


def _glued_agency_end(text: str, start: int, value: str, at: int) -> int | None:
    """Where an agency glued to the next sentence ends: "…/Getty ImagesThe next …".

    ``value`` is the last word read, at ``at``; the name began at ``start``.
    """
    if value[1:].islower():
        return None  # no capital after the first letter: nothing glued
    for index in range(1, len(value)):
        if value[index].isupper() and value[index - 1].islower():
            cut = at + index
            if _agency_name(text[start:cut]) is not None:
                return cut
    return None


@functools.lru_cache(maxsize=512)
def _split_parts(
    parts: tuple[_Part, ...], label: str, joint: str, *, agency_label: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Split a credit's names into (creators, agencies, is_screenshot).

    Cached: a page repeats its credits ("Getty Images", a staff
    photographer's), and reading the names is most of a credit's cost.
    """
    label_key = _collapse(label).lower()
    screenshot = (
        any(part.screenshot for part in parts)
        or "screen" in label_key
        or _collapse(joint).strip().lower() == "is"
    )
    by = "by" in _collapse(joint).lower().split() or label_key.startswith(_BY_LABELS)
    names = _merge_compounds(
        [("user" if part.handle else part.sep, _clean_name(part.text)) for part in parts]
    )
    names = [(sep, name) for sep, name in names if name and name.lower() not in NOT_NAMES]
    creators: list[str] = []
    agencies: list[str] = []
    if agency_label:
        agencies.append(agency_label)
    known = [_is_organisation(name) for _, name in names]
    any_known = any(known) or agency_label is not None
    for index, (sep, name) in enumerate(names):
        canonical = _agency_name(name)
        nxt = names[index + 1][0] if index + 1 < len(names) else ""
        if canonical is not None:
            _add(agencies, canonical)
        elif (
            name.startswith("@") or sep == "user" or (sep == "photo by" and _is_person_shaped(name))
        ):
            _add(creators, name)
        elif nxt == "photo by" or known[index] or not _is_person_shaped(name):
            _add(agencies, name)
        elif not any_known and len(names) > 1 and index == len(names) - 1:
            _add(creators if _has_given_name(name) else agencies, name)
        elif by or any_known or len(names) > 1:
            _add(creators, name)
        else:
            _add(creators if _has_given_name(name) else agencies, name)
    return tuple(creators), tuple(agencies), screenshot


def _merge_compounds(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join "ESA" "/" "Hubble" into the one agency "ESA/Hubble" the table knows."""
    merged: list[tuple[str, str]] = []
    for sep, name in names:
        if merged and sep == "/" and _key(f"{merged[-1][1]}/{name}") in AGENCIES:
            merged[-1] = (merged[-1][0], f"{merged[-1][1]}/{name}")
        else:
            merged.append((sep, name))
    return merged


def _clean_name(name: str) -> str:
    """A name as written, without its screenshot words, its pool, or runs of spaces."""
    name = _collapse(name)
    name = _SCREEN.sub("", name)
    name = _collapse(name)
    while True:
        trimmed = _POOL.sub("", name)
        words = trimmed.split()
        if words and _DESCRIPTOR.fullmatch(words[-1]) and len(words) > 1:
            trimmed = " ".join(words[:-1])
        if trimmed == name:
            break
        name = trimmed
    return name.strip(" -–")


def _agency_name(name: str) -> str | None:
    """The canonical agency a name is, by the table, or None."""
    key = _key(name)
    for candidate in (key, key.removeprefix("the "), key.removesuffix(".com")):
        if candidate in AGENCIES:
            return AGENCIES[candidate]
    return None


def _is_organisation(name: str) -> bool:
    """An agency by the table, an acronym ("NRA", "GPO"), or a name with an organisation word."""
    if _agency_name(name) is not None or name in _KNOWN_ORGANISATIONS:
        return True
    if _is_acronym(name) or _CAPITALS_INSIDE.fullmatch(name):
        return True
    words = name.split()
    if len(words) > 1 and _is_acronym(words[0]) and not all(w.isupper() for w in words):
        return True  # "WWF Nepal", "UNICEF Jordan"; not "MARTA KOWALSKA"
    lowered = [word.lower().strip(".,") for word in words]
    if any(word in ORGANISATION_WORDS for word in lowered):
        return True
    if words and lowered[0] == "the":
        return True
    return any(word in {"of", "for", "and"} for word in lowered) or bool(_DOMAIN.search(name))


def _is_acronym(name: str) -> bool:
    """One word in capitals: "NRA", "GPO", "C-SPAN"."""
    return " " not in name and len(name) >= 2 and name.replace("-", "").isupper()


def _is_person_shaped(name: str) -> bool:
    """One to four capitalised words, particles allowed: "Samuel T. Ortiz", "Ezequiel BECERRA"."""
    words = name.split()
    if not 1 <= len(words) <= 4:
        return False
    if not all(
        _NAME_WORD.fullmatch(word) or (index > 0 and word.lower() in _CONNECTORS)
        for index, word in enumerate(words)
    ):
        return False
    return not (len(words) == 1 and name.isupper() and len(name) > 1)


def _has_given_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[0].lower().rstrip(".") in GIVEN_NAMES


def _key(name: str) -> str:
    return _collapse(name).lower()


def _collapse(value: str) -> str:
    return " ".join(value.split())


def _add(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)


def split_credit(
    label: str, joint: str, body: str
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Split a credit's body into (creators, agencies, is_screenshot).

    For a credit whose label and joint are already known (an HTML credit
    element, a caption's "Photo:" line): ``split_credit("Photo", " by ",
    "Andrew Burton/Getty Images")`` gives (("Andrew Burton",), ("Getty
    Images",), False). The body is read as far as it reads as names.
    """
    body = _collapse(body)
    parts, _ = _scan_body(body, 0)
    agency_label = AGENCIES.get(_key(label))
    return _split_parts(tuple(parts), label, joint, agency_label=agency_label)


def split_credit_text(text: str) -> tuple[tuple[str, ...], tuple[str, ...], bool, str | None]:
    """Split a whole credit into (creators, agencies, is_screenshot, label).

    ``text`` is one credit as a reader sees it: "(AP Photo/Evan Vucci)",
    "Photo: Lena Park via Getty Images", "Nadia Haddad | Bloomberg |
    Getty Images", or a credit element's bare "Ana Kim / The Verge".
    Two credits in one string ("Photo illustration by Slate. Photo by …")
    give the names of both; the label is the first credit's.
    """
    text = _collapse(text)
    found = _find_credits(text)
    if found:
        creators: list[str] = []
        agencies: list[str] = []
        for credit in found:
            for name in credit.creators:
                _add(creators, name)
            for name in credit.agencies:
                _add(agencies, name)
        screenshot = any(credit.screenshot for credit in found)
        return tuple(creators), tuple(agencies), screenshot, found[0].label
    label_match = _ANY_LABEL.match(text)
    body = text[label_match.end() :] if label_match else text.strip("()[] ")
    parts, _ = _scan_body(body.rstrip(")] "), 0)
    label = label_match.group("label") if label_match else None
    split = _split_parts(tuple(parts), label or "", "")
    return (*split, label)
