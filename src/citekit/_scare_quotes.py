"""Which quoted words are no quotation: scare quotes, terms, titles and names in use.

The quotes detector asks ``no_quotation`` of every quoted stretch once its
speaker and the rule that chose it are known: a quoted term after a
determiner ("a ‘green tier noise rating’"), a title ("The Art of the Deal"),
a name in use ("the “Every drop counts” campaign"), and a short fragment
whose speaker is only the paragraph's are the article's own words in marks.
"""

from __future__ import annotations

from ._lexicon.documents import NAMING_WORDS, WORK_NOUNS
from ._lexicon.function_words import CONTINUERS, DETERMINERS, PREPOSITIONS, TITLE_SMALL_WORDS
from ._lexicon.speech_verbs import SPEECH_VERBS
from ._reading.resolution import Mention
from ._reading.tokens import POSSESSIVES, Token, is_nickname
from ._reading.units import TokenWindow
from ._records import SpeakerRule

# A fragment this short needs a speaker to be a quotation, and one word a
# clause right after it ("“Amazing,” Davis said").
_MIN_STATEMENT_WORDS = 4
# The most words a sentence-case slogan after a work noun has: "Buy local."
_MAX_SLOGAN_WORDS = 5

# The rules that find a speaker right after the quotation, the only ones that
# keep a one-word quotation or a capitalised one ("“Amazing,” Davis said").
RIGHT_AFTER: frozenset[SpeakerRule | None] = frozenset(
    {"clause-after", "next-sentence", "signature", "transcript-label"}
)
# The rules that take the speaker of an earlier quotation or clause: too far
# for a short fragment to be a quotation.
_EARLIER_SPEAKER: frozenset[SpeakerRule | None] = frozenset(
    {"paragraph-speaker", "previous-paragraph"}
)


def no_quotation(
    inner: str,
    words: int,
    tokens: TokenWindow,
    position: int,
    speaker: Mention | None,
    rule: SpeakerRule | None,
    in_reported: bool,
) -> bool:
    """Whether quoted words with this speaker and rule are no quotation."""
    if is_nickname(tokens, position):
        return True  # "Earvin “Magic” Johnson said": a nickname inside a name
    if rule not in RIGHT_AFTER and _is_name_or_title(inner, tokens, position):
        return True  # "“Lock her up!” the crowd chanted": a clause right after, no title
    if _after_preposition(tokens, position) and _capitalised(inner):
        return True  # "on this weekend’s broadcast of “Fox News Sunday,” Pence said"
    if speaker is None and (words < _MIN_STATEMENT_WORDS or _is_term(tokens, position, words)):
        return True  # a scare quote or a term: no one is said to have said it
    if words == 1 and rule not in RIGHT_AFTER:
        return True
    if rule not in RIGHT_AFTER and rule != "headline" and _capitalised(inner):
        return True  # a title: "Star Harbor: Nova"; a headline capitalises its quotation
    return words < _MIN_STATEMENT_WORDS and rule in _EARLIER_SPEAKER and not in_reported


def _is_name_or_title(inner: str, tokens: TokenWindow, position: int) -> bool:
    """ "the “Every drop counts” campaign", "“Litter. We see it.” awareness": a name in use.

    A quotation followed by a lower-case noun (not a word that continues a
    sentence, "and", "he", "to") is a modifier: a title or a slogan. So is a
    quotation after "the" that is all capitalised words ("the “Iron
    Palace”") or after "so-called".
    """
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    previous = tokens[position - 1] if position > 0 else None
    if previous is not None and (
        previous.lower in NAMING_WORDS
        and (previous.lower != "as" or position < 2 or tokens[position - 2].lower == "known")
    ):
        return True  # "so-called “moderate” rebels", "known as “the Ridge”"
    if previous is not None and previous.lower in WORK_NOUNS and _name_shaped(inner):
        return True  # "the campaign “Stay Home, Stay Safe”", "the slogan “Buy local.”"
    if previous is not None and previous.lower == "the" and _capitalised(inner):
        return True
    if following is None or not following.is_word or not following.text[:1].islower():
        return False
    noun = following.lower not in CONTINUERS and following.lower not in SPEECH_VERBS
    if not noun or following.lower.endswith(("ly", "ed", "ing")):
        return False
    ends_sentence = inner.rstrip()[-1:] in ".!?"
    return ends_sentence or (previous is not None and previous.lower in DETERMINERS)


def _after_preposition(tokens: TokenWindow, position: int) -> bool:
    """Whether a preposition stands right before the quotation, or before a possessor
    right before it: "on “Meet the Press,”", "on CBS’s “Face the Nation,”"."""
    if position > 1 and tokens[position - 1].lower.endswith(POSSESSIVES):
        return tokens[position - 2].lower in PREPOSITIONS
    return position > 0 and tokens[position - 1].lower in PREPOSITIONS


def _capitalised(inner: str) -> bool:
    """ "The Art of the Deal": a short run of capitalised words, no exclamation."""
    words = [w for w in inner.split() if w[:1].isalpha()]
    if not words or len(words) > 8 or inner.rstrip().endswith(("!", "?")):
        return False
    return all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _name_shaped(inner: str) -> bool:
    """A title or a slogan: capitalised words, or a few words opening with a capital.

    After "his podcast" or "the campaign", "The Art of the Deal" and "Buy
    local." are names; "I was wrong about the vaccine, and I said so" is what
    was said in it.
    """
    words = [w for w in inner.split() if w[:1].isalnum()]
    if _capitalised(inner):
        return True
    return 0 < len(words) <= _MAX_SLOGAN_WORDS and words[0][:1].isupper()


def _is_term(tokens: TokenWindow, position: int, words: int) -> bool:
    """ "a ‘green tier noise rating’": a term after a determiner, no statement."""
    previous: Token | None = tokens[position - 1] if position > 0 else None
    return words < 8 and previous is not None and previous.lower in DETERMINERS
