"""A credit's body: its names read one by one from where its cue ends, and where it ends.

The body is a few names joined by "/", "|", ",", "&", "via", "and", "on",
"for" or "from" ("Spencer Platt/Getty Images", "Lena Park via Getty
Images", "Fré Sonneveld on Unsplash"), perhaps followed by a licence ("CC
BY-SA 2.0"). ``scan_body`` reads at most ``_MAX_PARTS`` names of at most
``_MAX_WORDS`` words, each word by one anchored match, and stops before a
word that opens the next credit or a caption; ``END`` is where a credit may
end (a closing bracket, a full stop, a line end, the next credit), so that a
label opening a sentence of prose is no credit.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from .._lexicon.agencies import AGENCIES, LOWERCASE_NAMES, STOCK_LIBRARIES
from .._lexicon.credit_words import COMPANY_SUFFIXES, HEADLINE_WORDS, SENTENCE_OPENERS
from .._text.patterns import lazy_pattern
from .names import CONNECTORS, DESCRIPTOR, SCREEN, agency_name, collapse

# How many names a credit holds at most, and how many words a name.
_MAX_PARTS = 6
_MAX_WORDS = 6

# The blanks inside a credit: space, tab, no-break space.
BLANKS = " \t\u00a0"

# What may stand before a credit without a label: a line start, the end of a
# sentence or bracket, or a lower-case word ("…outside the court Spencer
# Platt/Getty Images").
BOUNDARY_BEFORE = frozenset('.!?:;"”’)]\n\r\u2028\u2029')

# One word of a name: "Spencer", "McNamee", "BECERRA", "Drago-Pool",
# "Shutterstock.com", "dpa-tmn", "U.S.", "O’Neill".
_WORD = lazy_pattern(
    r"""
    (?: \p{Lu} \. ){2,4}+
  | \p{Lu} \. (?= [ \t\u00a0]{1,3}+ \p{Lu} )
  | [\p{L}\p{N}] [\p{L}\p{M}\p{N}'’-]{0,40}+ (?: \. \p{Ll} [\p{Ll}\p{N}-]{1,20}+ ){0,3}+
    """,
    regex.VERBOSE,
)

# A name the agency table knows, read in any case at a name's start, longest
# first: "Getty images", "getty images", "reuters", "Anadolu agency". Its words
# are then the name's whatever their case; it ends at a word's end, or where a
# lower-case letter is glued to a capital ("Getty imagesThe crowd").
_TABLE_KEYS = sorted((key for key in AGENCIES if len(key) >= 3), key=len, reverse=True)
_TABLE_NAME = lazy_pattern(
    r"(?i:"
    + "|".join(regex.escape(key).replace(r"\ ", r"[ \t\u00a0]{1,3}+") for key in _TABLE_KEYS)
    + r")(?:(?![\p{L}\p{N}])|(?<=\p{Ll})(?=\p{Lu}))"
)
# The first words of those names, lower-cased: the pattern is tried only after one.
_TABLE_FIRST_WORDS = frozenset(regex.split(r"[ /]", key, maxsplit=1)[0] for key in _TABLE_KEYS)

# A company's legal form after its name, part of the name: "Apple, Inc.", "Harbour
# Holdings plc", "Harbour Films, LLC" (``COMPANY_SUFFIXES``, longest first). Matched
# where the name's last word ends; "Tesla Inc" read as two words gets its full stop.
_COMPANY_SUFFIX = lazy_pattern(
    r"(?:[ \t\u00a0]{0,2}+,)?+[ \t\u00a0]{1,3}+(?:"
    + "|".join(
        regex.escape(form).replace(r"\ ", r"[ \t\u00a0]")
        for form in sorted(COMPANY_SUFFIXES, key=len, reverse=True)
    )
    + r")(?![\p{L}\p{N}])"
)
# What follows a name before its company form: a comma or a blank.
_SUFFIX_LEADS = frozenset(", \t\u00a0")
_SUFFIX_STOPS = frozenset(
    form.removesuffix(".")
    for form in COMPANY_SUFFIXES
    if form.endswith(".") and "." not in form[:-1]
)

# A name in brackets after a name, before a "/": the channel or the person a
# screenshot shows, "YouTube (Island Radio)/screengrab", "Island Radio (Ann Kale)/…".
_QUALIFIER = lazy_pattern(
    r"[ \t\u00a0]{0,2}+\((?P<inner>\p{Lu}[^()\n/|]{0,58}+)\)(?=[ \t\u00a0]{0,3}+/)"
)

# The gap between two words of one name: "Pierre Lamont   Pool" keeps three.
_GAP = lazy_pattern(r"[ \t\u00a0]{1,4}+")

# A Creative Commons licence or an editing note after the names, part of the
# credit: "Gage Skidmore/Flickr (CC BY-SA 2.0)", "Jane Hartley, CC BY 4.0",
# "Jane Hartley via Flickr (edited)", "…, used under a Creative Commons licence".
_LICENCE = lazy_pattern(
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
_AT_HANDLE = lazy_pattern(r"@[\p{L}\p{N}_]{1,30}+")

# A stock library contributor's user name after the library: "Shutterstock/bluefern".
_HANDLE = lazy_pattern(r"[\p{L}\p{N}_][\p{L}\p{N}_-]{0,40}+")

# The joint between two names of one credit:
#   "Spencer Platt/Getty Images"   "Lena Park | Getty Images"   "Damian Dovarganes, AP"
#   "AP & Reuters"   "Lena Park via Getty Images"   "Fré Sonneveld on Unsplash"
#   "Official White House Photo by Jo Lin"   "Flickr user Gage Skidmore"
#   "Pierre Lamont - Pool"
_SEP = lazy_pattern(
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

_SEP_GROUP = "sep"  # one group, named in each branch

# A word that opens the next credit or caption rather than going on with this
# one: "Credit: A Credit: B", "Image copyright AFP Image caption …".
_STOP = lazy_pattern(
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
_INNER_BY = lazy_pattern(r"(?i:photos?)[ \t]{1,3}+by\b")

# Where a credit ends:
#   "(Photo by X/Getty Images)"   "(Photo courtesy of Shelby Bell.)"   "… Getty Images.The"
#   "… Getty Images\n"   "Credit: A Credit: A"
END = lazy_pattern(
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

END_CLOSE = "close"

# The end of a line, after an optional full stop: "Getty Images.\n".
LINE_END = lazy_pattern(r"[ \t\u00a0]{0,8}+\.?+[ \t\u00a0]{0,8}+(?:\Z|[\n\r\u2028\u2029\f\v])")


class Part(NamedTuple):
    """One name of a credit's body, with the separator before it ("" for the first)."""

    sep: str
    text: str
    screenshot: bool = False
    handle: bool = False


def scan_body(text: str, pos: int) -> tuple[list[Part], int]:
    """The names of a credit's body from ``pos`` on, and where the last one ends."""
    parts: list[Part] = []
    sep = ""
    end = pos
    cursor = pos
    while len(parts) < _MAX_PARTS:
        scanned = _scan_name(text, cursor, first=not parts)
        if scanned is None and not parts:
            user = _user_before_platform(text, cursor)
            if user is not None:  # "wavecatcher / Unsplash": an account, then its platform
                user_end, next_cursor = user
                parts.append(Part(sep, text[cursor:user_end], handle=True))
                end = user_end
                sep = "/"
                cursor = next_cursor
                continue
        if scanned is None:
            handle = _HANDLE.match(text, cursor) if sep == "/" and _follows_stock(parts) else None
            if handle is None:
                break
            parts.append(Part(sep, handle.group(), handle=True))
            end = handle.end()
            break
        part_end, screenshot = scanned
        company_end = _company_end(text, cursor, part_end)
        if (
            company_end != part_end
            and text[company_end - 1] == "."
            and text[company_end : company_end + 1] in (",", ";")
        ):
            # "AccuSoft Inc., All rights…": the company's stop ends the names
            parts.append(Part(sep, text[cursor:company_end], screenshot))
            end = company_end
            break
        part_end = company_end
        parts.append(Part(sep, text[cursor:part_end], screenshot))
        qualifier = (
            _QUALIFIER.match(text, part_end) if "(" in text[part_end : part_end + 3] else None
        )
        if qualifier is not None:  # "YouTube (Island Radio)/screengrab"
            parts.append(Part("(", qualifier.group("inner")))
            part_end = qualifier.end()
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
        sep = collapse(sep_match.group(_SEP_GROUP)).lower()
        if sep.startswith("photo"):
            sep = "photo by"
        cursor = sep_match.end()
    return parts, end


# A user name in lower case, as a platform's or a stock library's contributor signs:
# "wavecatcher", "hafen_kind", "lena.park". Read only before the platform's name.
_USER_TOKEN = lazy_pattern(r"[a-z0-9][a-z0-9_.-]{2,30}+(?![\p{L}\p{N}])")


def _user_before_platform(text: str, pos: int) -> tuple[int, int] | None:
    """(end, where the next name starts) of a lower-case user name at ``pos`` that a
    separator and an agency of the table follow ("wavecatcher / Unsplash", "lena.park
    via Flickr"), or None."""
    user = _USER_TOKEN.match(text, pos)
    if user is None:
        return None
    word = user.group().rstrip(".")
    if word in CONNECTORS or word in _NOT_USERS or word in AGENCIES:
        return None
    sep = _SEP.match(text, pos + len(word))
    if sep is None or sep.group(_SEP_GROUP).lower() not in ("/", "|", "via", "on"):
        return None
    agency = _TABLE_NAME.match(text, sep.end())
    if agency is None:
        return None
    return pos + len(word), sep.end()


# Lower-case words a credit prints where a name stands that are no one's user name.
_NOT_USERS = frozenset("file files handout pool staff courtesy via by from photo image".split())


def _company_end(text: str, start: int, end: int) -> int:
    """Where a name that starts at ``start`` and was read to ``end`` ends with its company
    form: "Apple, Inc.", "Harbour Holdings plc", "Tesla Inc." (its full stop)."""
    follows = text[end : end + 1]
    if follows in _SUFFIX_LEADS:
        suffix = _COMPANY_SUFFIX.match(text, end)
        if suffix is not None:
            return suffix.end()
    if follows != ".":
        return end
    last = text[text.rfind(" ", start, end) + 1 : end]
    if last in _SUFFIX_STOPS and text[end : end + 1] == "." and end - start > len(last):
        return end + 1
    return end


def _may_be_licence(text: str, pos: int) -> bool:
    """False where ``_LICENCE`` cannot match: its blanks after the optional "," or "/"
    are missing ("Jane Doe/Getty Images")."""
    mark = pos
    while mark < len(text) and mark - pos < 3 and text[mark] in BLANKS:
        mark += 1
    if text[mark : mark + 1] in _LICENCE_MARKS:
        return text[mark + 1 : mark + 2] in BLANKS
    return text[pos : pos + 1] in BLANKS


def _follows_stock(parts: list[Part]) -> bool:
    return bool(parts) and agency_name(parts[-1].text) in STOCK_LIBRARIES


def _scan_name(text: str, pos: int, *, first: bool) -> tuple[int, bool] | None:
    """The end of the name that starts at ``pos`` (and whether it says screenshot), or None.

    A name is up to ``_MAX_WORDS`` words one gap apart: capitalised words,
    known lower-case agencies, connectors between them ("University of
    Salford"), screenshot words, and descriptors after them ("YouTube video").
    It stops before a word that opens another credit or a "Photo by".
    """
    if not may_start_name(text, pos):
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
        screen = SCREEN.match(text, cursor) if not ascii_head or head in "aAvVsS" else None
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
            if (
                cursor == pos
                and _first_word(lowered) in _TABLE_FIRST_WORDS
                and (not word[0].isupper() or _lower_word_follows(text, word_match.end()))
            ):  # (a name the word-by-word reading takes whole, "Getty Images", is not tried)
                known = _TABLE_NAME.match(text, cursor)
                if (
                    known is not None
                    and known.end() >= after
                    and _INNER_BY.search(text, cursor + 1, known.end() + 4) is None
                ):  # not "Official White House Photo" of "… Photo by Jo Lin"
                    word = known.group()
                    lowered = word.lower()
                    after = known.end()
            if lowered == "via" or word in HEADLINE_WORDS:
                break
            if lowered in CONNECTORS:
                gap = _GAP.match(text, after)
                following = _WORD.match(text, gap.end()) if gap else None
                if following is None or not _is_name_word(following.group()):
                    break
            elif (
                _is_name_word(word)
                or (end >= 0 and DESCRIPTOR.fullmatch(word))
                or (cursor == pos and after > word_match.end())  # read by the table
                or (cursor == pos and lowered in AGENCIES)
            ):
                glued = _glued_agency_end(text, pos, word, cursor)
                if glued is not None:
                    end = glued
                    break
                end = after
            else:
                break
        # the gap to the next word: one to four blanks (``_GAP``)
        cursor = after
        while cursor < len(text) and cursor - after < 4 and text[cursor] in BLANKS:
            cursor += 1
        if cursor == after:
            break
    if end < 0:
        return None
    return end, screenshot


def may_start_name(text: str, pos: int) -> bool:
    """False where no word, screenshot word or handle starts: an ASCII mark or space."""
    head = text[pos : pos + 1]
    return bool(head) and (head >= "\x80" or head.isalnum() or head == "@")


def _is_name_word(word: str) -> bool:
    """A word that may belong to a name: capitalised, "iStock", or a known lower-case agency."""
    return word[0].isupper() or word.lower() in LOWERCASE_NAMES or any(c.isupper() for c in word)


def _glued_agency_end(text: str, start: int, value: str, at: int) -> int | None:
    """Where a name glued to the next sentence ends: "…/Getty ImagesThe next …", "Lena
    ParkThe crowd …".

    ``value`` is the last word read, at ``at``; the name began at ``start``. The
    word is cut where a lower-case letter meets a capital, when what is before
    is an agency the table knows, or what is after is a word that opens a
    sentence (``SENTENCE_OPENERS``: never the end of "McDonald" or "DeVos").
    """
    if value[1:].islower():
        return None  # no capital after the first letter: nothing glued
    for index in range(1, len(value)):
        if value[index].isupper() and value[index - 1].islower():
            cut = at + index
            if agency_name(text[start:cut]) is not None:
                return cut
            if value[index:] in SENTENCE_OPENERS:
                return cut
    return None


def _lower_word_follows(text: str, at: int) -> bool:
    """Whether a lower-case word follows ``at`` after one to three blanks ("Getty images")."""
    gap = at
    while gap < len(text) and gap - at < 3 and text[gap] in BLANKS:
        gap += 1
    return gap > at and text[gap : gap + 1].islower()


def _first_word(lowered: str) -> str:
    """A word's part before a "/" (``_WORD`` reads "esa/hubble" as "esa")."""
    return lowered.split("/", 1)[0]


def starts_line_or_sentence(text: str, at: int) -> bool:
    """Whether ``at`` is a line start, or follows a sentence's end or a bracket."""
    spaces = 0
    while at > 0 and text[at - 1] in " \t\u00a0" and spaces < 3:
        at -= 1
        spaces += 1
    return at == 0 or text[at - 1] in BOUNDARY_BEFORE
