"""The language of an article, from counts of its function words: cheap, and English by default.

Each language lists frequent function words (``Lexicon.detection_words``);
a word that more than one list holds ("de", "la", "in", "a") tells nothing
and counts for none. Detection counts the words of a sample of the text (its
first ``SAMPLE`` characters, cut at a space, read in two steps so that
a clear text is decided on its first few hundred), and a language other than
English wins only by a clear margin: at least ``_MIN_HITS`` of its words and
twice as many as any other language's. Otherwise a longer text gets a second
sample from its middle, and then English stands. So the cost is bounded
whatever the text's length, and an English article that quotes a few words
of French or names Spanish places stays English.
"""

from __future__ import annotations

from collections import Counter

from .._lexicon.languages import ENGLISH, LANGUAGES
from .._lexicon.lexicon import Lexicon
from .patterns import lazy_pattern

#: The characters of each sample read.
SAMPLE = 1000
# The start of the first sample, read first: most articles are decided by it
# (an English one has some twenty of its function words there).
_QUICK_SAMPLE = 400
# A language other than English needs this many of its words in the samples …
_MIN_HITS = 5
# … and this many times the hits of any other.
_MARGIN = 2

_WORD = lazy_pattern(r"\p{L}+")


def _owners() -> dict[str, str]:
    """Each detection word listed by exactly one language, to that language's code."""
    seen: Counter[str] = Counter()
    for lexicon in LANGUAGES.values():
        seen.update(lexicon.detection_words)
    return {
        word: lexicon.code
        for lexicon in LANGUAGES.values()
        for word in lexicon.detection_words
        if seen[word] == 1
    }


OWNER = _owners()


def detect_language(text: str) -> str:
    """The code of the language ``text`` is written in, among ``LANGUAGES``; "en" when unsure."""
    hits: Counter[str] = Counter()
    first = _cut(text, _QUICK_SAMPLE)
    _count(text[:first], hits)
    found = _decided(hits)
    if found is None and first < len(text):
        _count(text[first : _cut(text, SAMPLE)], hits)  # the rest of the first sample
        found = _decided(hits)
    if found is None and len(text) > 2 * SAMPLE:
        middle = len(text) // 2
        start = text.find(" ", middle) + 1 or middle
        _count(text[start : start + _cut(text[start:], SAMPLE)], hits)
        found = _decided(hits)
    return found or ENGLISH.code


def _cut(text: str, size: int) -> int:
    """``size``, or the last space before it, so that no word is cut in two."""
    if len(text) <= size:
        return len(text)
    space = text.rfind(" ", 0, size)
    return space if space > 0 else size


def _count(sample: str, hits: Counter[str]) -> None:
    """Add the sample's owned words to ``hits``, by language (in C: a map and a count)."""
    hits.update(filter(None, map(OWNER.get, _WORD.findall(sample.lower()))))


def _decided(hits: Counter[str]) -> str | None:
    """The language the hits show clearly, or None."""
    ranked = hits.most_common(2)
    if not ranked:
        return None
    code, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count >= _MIN_HITS and count >= _MARGIN * runner_up:
        return code
    return None


def lexicon_for(language: str | None, text: str) -> Lexicon:
    """The lexicon of ``language`` (a code such as "de", "de-AT" or "fr_CH"), else detected.

    Raises ``TypeError`` when ``language`` is neither ``None`` nor a ``str``
    and ``ValueError``, naming it, when no language has that code.
    """
    if language is None:
        return LANGUAGES[detect_language(text)]
    if not isinstance(language, str):
        raise TypeError(f"language must be a str or None, not {type(language).__name__}")
    code = language.strip().replace("_", "-").split("-", 1)[0].lower()
    lexicon = LANGUAGES.get(code)
    if lexicon is None:
        known = ", ".join(sorted(LANGUAGES))
        raise ValueError(f"language must be one of {known}, not {language!r}")
    return lexicon
