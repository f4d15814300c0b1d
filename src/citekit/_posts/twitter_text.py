"""Find @mentions, #hashtags, $cashtags and URLs in tweet text, the way twitter-text does.

Twitter's own libraries define which spans of a tweet become links; its public
conformance suite (``extract.yml``, ``tlds.yml``) pins that behaviour down case by case.
The rules here are written from those cases and the documented behaviour, not copied
from any implementation, and are shaped so that every scan is linear in the input:
all repeats are possessive or bounded, and the only backtracking left (choosing which
dot of a host name starts the top-level domain) is bounded by the host's labels.

Indices are Python ``str`` offsets, i.e. code points, as in the conformance suite.
Every function accepts any ``str`` (lone surrogates, control characters, huge input)
and never raises.

Where the rules knowingly differ from twitter-text:

* mentions and cashtags that lie inside a URL are dropped, as twitter-text already does
  for hashtags (``example.com/@user`` is one URL, not a URL and a mention);
* a Latin letter right before ``@`` or ``http`` blocks the match, as an ASCII one does
  (``josé@example.com`` mentions nobody);
* a top-level domain must also not run on into ``_``, a Latin letter or a combining
  mark (``example.coméx`` is not ``example.com``);
* host labels are checked for DNS length (63 per label, 253 per host, after punycode),
  not by full IDNA processing;
* query strings may hold Latin and Cyrillic letters, as paths may;
* in :func:`extract_entities` a URL wins over anything overlapping it, even an entity
  that starts earlier.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from importlib import resources

import regex

from .._text.patterns import lazy_pattern

__all__ = [
    "extract_cashtags",
    "extract_entities",
    "extract_hashtags",
    "extract_mentions",
    "extract_mentions_or_lists",
    "extract_reply",
    "extract_urls",
]

#: ``(kind, value, start, end)``: the shape every scanner below yields.
_Entity = tuple[str, str, int, int]

_MAX_URL_LENGTH = 4096  # twitter-text's limit, counted with the host in punycode
_MAX_TCO_SLUG = 40  # a longer t.co "slug" is not a t.co link at all
_MAX_LABEL = 63  # DNS limits, in ASCII (punycode) characters
_MAX_HOST = 253


def _load_tlds() -> list[str]:
    """Read the bundled root-zone list once; it is data, so it lives outside the code."""
    path = resources.files("citekit").joinpath("data").joinpath("tlds.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _tld_alternation(tlds: Iterable[str]) -> str:
    """A pattern for any of ``tlds``, grouped by first character: ``(?:c(?:om|o)|d(?:e|k))``.

    The engine then only tries the few domains sharing the first character instead of all
    1,574 at every candidate dot. Longest first, so ``嘉里大酒店`` is not cut to ``嘉里``.
    """
    groups: dict[str, list[str]] = {}
    for tld in sorted({tld.lower() for tld in tlds}, key=len, reverse=True):
        groups.setdefault(tld[0], []).append(regex.escape(tld[1:]))
    branches = (
        regex.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items()
    )
    return "(?:" + "|".join(branches) + ")"


_TLD_PATTERN = _tld_alternation(_load_tlds())

# --- character classes (class bodies, so they can be combined) ---------------------------

# Latin letters, accented or not, plus the combining diacritics that accent them.
_LATIN = r"\p{Latin}\u0300-\u036F"

# A hashtag may hold letters, marks and decimal digits of any script, "_", and the
# word-internal punctuation some scripts need: Catalan middle dot, Hebrew maqaf, geresh
# and gershayim, Tibetan tsheg, the (non-)joiners of Persian and Indic text, and the
# Japanese ditto and iteration marks, wave dash, kana sound marks, double hyphen,
# katakana middle dot and fullwidth tilde; also the Cyrillic kavyka.
_HASHTAG_CHAR = (
    r"\pL\pM\p{Nd}_\u00B7\u05BE\u05F3\u05F4\u0F0B\u0F0C\u200C\u200D"
    r"\u3003\u301C\u309B\u309C\u30A0\u30FB\uA67E\uFF5E"
)

# A host label character after "http://": a letter, mark, digit or symbol of any script,
# but no ASCII punctuation, space, control or format character ("http://ああ.com", "http://✪df.ws").
_IDN_CHAR = r"[^\x00-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F\s\pZ\pC\pP]"

# Without a scheme only Latin hosts count, so "中国語example.com" yields "example.com".
_BARE_CHAR = rf"[0-9{_LATIN}]"

# Path characters: those that may end a URL, and those that may only sit inside one
# ("http://example.com/path." ends before the period).
_PATH_END = rf"0-9{_LATIN}\p{{Cyrillic}}=_\#/+\-"
_PATH_MID = r"!*';:,.$%\[\]~|&@\u2013"
_QUERY_END = rf"0-9{_LATIN}\p{{Cyrillic}}\-_&=\#/"
_QUERY_MID = r"!?*'@();:+$%\[\].,~|"

# --- patterns ------------------------------------------------------------------------------

_TLD = rf"""
    (?: {_TLD_PATTERN} | xn--[0-9a-z\-]++ )  # com, みんな, xn--p1ai
    (?! [0-9_@+\-{_LATIN}\pM] )         # not the start of comm, co_m, gov@, al-x, bz2
"""


def _host(char: str) -> str:
    """Pattern for ``sub_domain.example.com`` built from labels of ``char``.

    Hyphens (and, left of the registered name, underscores) may only sit between label
    characters. Labels are possessive, so the only backtracking is over how many labels
    are subdomains, which lets ``example.comだよね.com`` fall back to ``example.com``.
    """
    subdomain = rf"{char}++ (?: [\-_]++ {char}++ )*+"
    name = rf"{char}++ (?: -++ {char}++ )*+"
    return rf"(?: {subdomain} \. ){{0,125}} {name} \. {_TLD}"


# One parenthesised group, one level of nesting: "(film)", "(v=(x))".
_PARENS = rf"\( (?: [{_PATH_END}{_PATH_MID}]++ | \( [{_PATH_END}{_PATH_MID}]*+ \) )*+ \)"

URL_PATTERN = lazy_pattern(
    rf"""
    (?:
        (?<! [0-9{_LATIN}@＠$\#＃] )              # scheme not glued on: xhttp://, @http://
        (?P<scheme> https?:// )
        (?P<host> {_host(_IDN_CHAR)} )          # http://sub.例え.みんな
      |
        (?<! [0-9{_LATIN}_\-./@＠$\#＃] )          # a bare host starts a word: not _x.com, $x.com
        (?P<host> {_host(_BARE_CHAR)} )         # www.ELPAÍS.co.uk
    )
    (?: : [0-9]++ )?                            # :3000
    (?P<path>                                   # /wiki/Primer_(film)
        / (?: [{_PATH_MID}]*+ (?: [{_PATH_END}]++ | {_PARENS} ) )*+
    )?
    (?P<query>                                  # ?q=iphone%20-filter#top
        \? (?: [{_QUERY_MID}]*+ [{_QUERY_END}]++ )++
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_TCO_SLUG = lazy_pattern(r"[0-9A-Za-z]++")

_MENTION = lazy_pattern(
    rf"""
    (?:
        (?<! [0-9_!\#$%&*@＠{_LATIN}] )            # not in a word, an address, or after a sigil
      | (?<= (?:^|[^0-9_+~.\-{_LATIN}]) [Rr][Tt] )  # but a retweet prefix is fine: RT@user
    )
    [@＠]
    (?P<name> [A-Za-z0-9_]{{1,20}}+ )            # @user_name
    (?P<slug> / [A-Za-z][A-Za-z0-9_\-]{{0,24}}+ )?+  # @user/list-name
    (?! [@＠] | :// | (?![A-Za-z])[{_LATIN}] )    # not @a@b.com, @http://, @aliceìn
    """,
    regex.VERBOSE,
)

_LEADING_BLANKS = lazy_pattern(r"[\s\pZ\p{Cf}]*+")

_HASHTAG = lazy_pattern(
    rf"""
    (?:
        (?<! [&{_HASHTAG_CHAR}] )      # not in a word, nor an HTML entity &#39;
      | (?<= [\uFE0E\uFE0F] )           # but an emoji's variation selector is fine: ✌️#tag
    )
    [\#＃]
    (?! \pM )                           # not a keycap #️⃣ (the mark belongs to the #)
    (?P<tag> [{_HASHTAG_CHAR}]++ )      # #mañana, #日本語, #ශ්‍රීලංකා
    (?! [\#＃] | :// )                  # not #tag#tag, #http://
    """,
    regex.VERBOSE,
)

_LETTER = lazy_pattern(r"[\pL\pM]")  # a hashtag needs one: #2024 is a number, not a tag

_CASHTAG = lazy_pattern(
    r"""
    (?<! \S )                                     # at the start or after a space
    \$
    (?P<tag> [A-Za-z]{1,6} (?: [._][A-Za-z]{1,2} )? )  # $AAPL, $TEST.T, $symbol_ab
    (?= \Z | [\s\pP\pS] )                         # then a break: $TEST. $OK$NG
    """,
    regex.VERBOSE,
)

# --- scanners ------------------------------------------------------------------------------


def _ascii_host_length(host: str) -> int | None:
    """Length of ``host`` once its Unicode labels are punycoded, or None if DNS forbids it."""
    total = -1
    for label in host.split("."):
        if label.isascii():
            size = len(label)
        elif label[:4].lower() == "xn--" or len(label) > _MAX_LABEL:
            return None  # "xn--はじめよう" is neither punycode nor Unicode
        else:
            try:
                size = len("xn--") + len(label.encode("punycode"))
            except UnicodeError:
                return None
        if size > _MAX_LABEL:
            return None
        total += size + 1
    return total if total <= _MAX_HOST else None


def accept_url(match: regex.Match[str]) -> str | None:
    """The URL a candidate match stands for, or None if twitter-text would not link it."""
    url, host, scheme = match[0], match["host"], match["scheme"]
    if scheme and host.lower() == "t.co" and url[len(scheme) + len(host) :].startswith("/"):
        # A t.co link is its slug (and a query right after it), never a longer path.
        slug_start = match.start() + len(scheme) + len(host) + 1
        slug = _TCO_SLUG.match(match.string, slug_start, match.end())
        if slug is not None:
            if len(slug[0]) > _MAX_TCO_SLUG:
                return None
            end = slug.end()
            if match["query"] and match.end("path") == end:
                end = match.end("query")
            url = match.string[match.start() : end]
    ascii_host = _ascii_host_length(host)
    if ascii_host is None:
        return None
    length = len(url) - len(host) + ascii_host + (0 if scheme else len("https://"))
    return url if length <= _MAX_URL_LENGTH else None


# White space, which no URL holds, forwards and backwards: the bounds of a word.
_BLANK = lazy_pattern(r"\s")
_BLANK_BEFORE = lazy_pattern(r"\s", regex.REVERSE)
# What ``str.isspace`` reads as white space and the pattern's ``\s`` does not.
_NOT_BLANK = "\x1c\x1d\x1e\x1f"


def scan_urls(text: str) -> list[_Entity]:
    """URLs in text order (see :func:`_iter_urls`)."""
    return list(_iter_urls(text))


def url_at_start(text: str) -> str | None:
    """The URL that ``text`` starts with, if any, as :func:`extract_urls` would give it.

    The pattern is tried at offset 0 only: the first URL found by a scan would
    be this one if it starts there (no URL holds white space, and the pattern
    looks at nothing past the URL's end), and the rest of ``text`` is not read.
    """
    match = URL_PATTERN.match(text)
    return accept_url(match) if match is not None else None


def _iter_urls(text: str) -> Iterator[_Entity]:
    """URLs in text order. A rejected candidate is skipped whole, so nothing inside it
    (``http://xn--bad.com/x.com``) is picked up instead.

    The engine would try the pattern at every offset; but every URL holds a
    dot (before its top-level domain) and no white space, so it lies in a word
    (a run of characters that are not ``\\s``) that holds a dot followed by a
    character of the word. The search is bounded to such words, found with
    ``str.find``; each word is delimited once (``word_end`` is the end of the
    last one), so the scan stays linear.
    """
    pos = 0
    word_end = 0
    while (dot := text.find(".", pos)) >= 0:
        following = text[dot + 1 : dot + 2]
        if not following or (following.isspace() and following not in _NOT_BLANK):
            pos = dot + 1  # a dot that ends its word ("said.") is no domain's
            continue
        start = pos
        if dot >= word_end:
            blank = _BLANK_BEFORE.search(text, word_end, dot)
            start = blank.end() if blank is not None else word_end
            after = _BLANK.search(text, dot)
            word_end = after.start() if after is not None else len(text)
        match = URL_PATTERN.search(text, start, word_end)
        if match is None:
            pos = word_end
            continue
        pos = match.end()
        url = accept_url(match)
        if url is not None:
            yield ("url", url, match.start(), match.start() + len(url))


def _scan_mentions(text: str) -> Iterator[_Entity]:
    """Mentions in text order; a list mention's value is ``user/slug``."""
    if "@" not in text and "＠" not in text:
        return
    for match in _MENTION.finditer(text):
        yield ("mention", match[0][1:], match.start(), match.end())


def _scan_hashtags(text: str) -> Iterator[_Entity]:
    if "#" not in text and "＃" not in text:
        return
    for match in _HASHTAG.finditer(text):
        if _LETTER.search(match["tag"]):
            yield ("hashtag", match["tag"], match.start(), match.end())


def _scan_cashtags(text: str) -> Iterator[_Entity]:
    if "$" not in text:
        return
    for match in _CASHTAG.finditer(text):
        yield ("cashtag", match["tag"], match.start(), match.end())


def outside(entities: Iterable[_Entity], urls: Sequence[_Entity]) -> list[_Entity]:
    """Drop entities overlapping a URL. Both inputs are in text order (by start; the
    URLs may overlap one another), so one sweep does."""
    kept: list[_Entity] = []
    i = 0
    for entity in entities:
        while i < len(urls) and urls[i][3] <= entity[2]:
            i += 1
        if i == len(urls) or entity[3] <= urls[i][2]:
            kept.append(entity)
    return kept


def _outside_urls(text: str, entities: Iterable[_Entity]) -> list[_Entity]:
    """Like :func:`outside`, but only scans for URLs when there is something to drop."""
    found = list(entities)
    return outside(found, scan_urls(text)) if found else found


# --- public API ----------------------------------------------------------------------------


def extract_mentions(text: str) -> list[tuple[str, int, int]]:
    """``(screen_name, start, end)`` for each @mention; list mentions are left out.

    ``start`` is the index of the ``@`` (or fullwidth ``＠``).
    """
    mentions = _outside_urls(text, _scan_mentions(text))
    return [(name, start, end) for _, name, start, end in mentions if "/" not in name]


def extract_mentions_or_lists(text: str) -> list[tuple[str, str, int, int]]:
    """``(screen_name, list_slug, start, end)``; ``list_slug`` is ``"/slug"`` or ``""``."""
    result = []
    for _, value, start, end in _outside_urls(text, _scan_mentions(text)):
        name, slash, slug = value.partition("/")
        result.append((name, slash + slug, start, end))
    return result


def extract_reply(text: str) -> str | None:
    """The screen name a tweet replies to: a mention preceded by nothing but blanks."""
    lead = _LEADING_BLANKS.match(text)
    match = _MENTION.match(text, lead.end() if lead else 0)
    return match["name"] if match else None


def extract_urls(text: str) -> list[tuple[str, int, int]]:
    """``(url, start, end)`` for each URL, with or without ``http(s)://``."""
    return [(url, start, end) for _, url, start, end in scan_urls(text)]


def extract_hashtags(text: str) -> list[tuple[str, int, int]]:
    """``(tag, start, end)`` for each hashtag (without the ``#``); ``start`` is the ``#``."""
    tags = _outside_urls(text, _scan_hashtags(text))
    return [(tag, start, end) for _, tag, start, end in tags]


def extract_cashtags(text: str) -> list[tuple[str, int, int]]:
    """``(symbol, start, end)`` for each cashtag (without the ``$``); ``start`` is the ``$``."""
    tags = _outside_urls(text, _scan_cashtags(text))
    return [(tag, start, end) for _, tag, start, end in tags]


def extract_entities(text: str) -> list[tuple[str, str, int, int]]:
    """All entities as ``(kind, value, start, end)`` in text order, none overlapping.

    ``kind`` is ``"url"``, ``"mention"``, ``"hashtag"`` or ``"cashtag"``; ``value`` is
    the text without its sigil (``user`` or ``user/list`` for mentions). A URL wins over
    anything overlapping it; otherwise the earlier entity wins.
    """
    urls = scan_urls(text)
    others = sorted(
        [*_scan_mentions(text), *_scan_hashtags(text), *_scan_cashtags(text)],
        key=lambda entity: entity[2],
    )
    kept = list(urls)
    last_end = 0
    for entity in outside(others, urls):
        if entity[2] >= last_end:
            kept.append(entity)
            last_end = entity[3]
    return sorted(kept, key=lambda entity: entity[2])
