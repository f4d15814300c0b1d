"""The words of a speaker phrase in German, French, Italian and Spanish, one test each.

``speakers`` reads a phrase token by token; these tell it what each word is
by the language's lexicon: a title ("Verteidigungsminister", "SPD-Chef"), an
organisation's word ("Bundesregierung", "des Philologenverbands"), a name
particle ("von der", "ad-Din"), the opening of a title's complement ("de la
CGT", "del PP en el Congreso"), an outlet ("au Parisien" is Le Parisien), the
gender a determiner or honorific implies, and the elided articles cut off a
word ("l’", "dell’"). Every function is total: odd tokens give False or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.given_names import GIVEN_NAMES
from .._lexicon.lexicon import Lexicon
from .names import NameIndex
from .tokens import Token


def apostrophe(word: str) -> str:
    """The word with its typographic apostrophe made straight, as the lexicons write it."""
    return word.replace("’", "'")


def split_elisions(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The tokens with each elided article or pronoun a word of its own.

    "l’exécutif" and "d’après", "dell’Interno", "qu’il": the tokenizer keeps
    a word with an inner apostrophe whole; here "l’", "d’", "dell’" are cut
    off with exact offsets, so that "d’" "après" is a cue and "l’AFP" an
    outlet.
    """
    if not lexicon.elisions:
        return tokens
    result: list[Token] = []
    for token in tokens:
        cut = _elision_cut(token, lexicon) if token.is_word else 0
        if cut:
            result.append(Token(token.text[:cut], token.start, "word"))
            result.append(Token(token.text[cut:], token.start + cut, "word"))
        else:
            result.append(token)
    return result


def _elision_cut(token: Token, lexicon: Lexicon) -> int:
    text = token.text
    for mark in ("’", "'"):
        at = text.find(mark)
        if 0 < at < len(text) - 1 and apostrophe(text[: at + 1]).lower() in lexicon.elisions:
            return at + 1
    return 0


def is_title(word: str, lexicon: Lexicon) -> bool:
    """ "ministre", "Verteidigungsminister", "SPD-Politikerin", "Oberstaatsanwalts"."""
    lower = word.lower()
    if lower in lexicon.title_words or lower in lexicon.kin_words:
        return True
    if not lexicon.title_suffixes:
        return False
    base = lower.rsplit("-", 1)[-1]
    if base != lower and base in lexicon.title_words:
        return True  # "SPD-Chef", "HTS-Chef"
    if lexicon.capitalised_nouns:
        for stem in (lower, lower[:-1] if lower.endswith("s") else lower):
            if stem.endswith(lexicon.title_suffixes) and not is_organization_word(stem, lexicon):
                return True
    return False


def is_organization_word(lower: str, lexicon: Lexicon) -> bool:
    if lower in lexicon.organization_words or (
        bool(lexicon.organization_suffixes) and lower.endswith(lexicon.organization_suffixes)
    ):
        return True
    # a German genitive: "des Philologenverbands", "des Bundesamtes"
    if lexicon.capitalised_nouns and lower.endswith("s") and len(lower) > 4:
        stem = lower[:-2] if lower.endswith("es") else lower[:-1]
        return is_organization_word(stem, lexicon) or is_organization_word(lower[:-1], lexicon)
    return False


def capitalised(token: Token) -> bool:
    return token.is_word and token.text[:1].isupper()


def stops_a_name(lower: str, lexicon: Lexicon) -> bool:
    """Words that a sentence start capitalises and that name no one: "Am", "Inzwischen"."""
    return (
        lower in lexicon.prepositions
        or lower in lexicon.object_cues
        or lower in lexicon.view_cues
        or lower in lexicon.conjunctions
        or lower in lexicon.adverbs
        or lower in lexicon.clause_words
        or lower in lexicon.pronouns
        or lower in lexicon.impersonal_subjects
        or lower in lexicon.speech_verbs
        or lower in lexicon.auxiliaries
    )


# The most tokens inside the brackets after a name: "(SPD)", "(Bündnis 90/Die Grünen)".
_MAX_BRACKET = 5


def bracket_end(tokens: Sequence[Token], index: int) -> int | None:
    """The index of the ")" that closes a short bracket opening at ``index``, or None."""
    if index >= len(tokens) or tokens[index].text != "(":
        return None
    for ahead in range(index + 1, min(len(tokens), index + 2 + _MAX_BRACKET)):
        token = tokens[ahead]
        if token.text == ")":
            return ahead if ahead > index + 1 else None
        if not token.is_word and token.text not in {"/", "-", ","}:
            return None
    return None


def bracket_start(tokens: Sequence[Token], end: int) -> int | None:
    """The index of the "(" of a short bracket that closes at ``end``, or None."""
    if end < 0 or tokens[end].text != ")":
        return None
    for back in range(end - 1, max(-1, end - 2 - _MAX_BRACKET), -1):
        if tokens[back].text == "(":
            return back if bracket_end(tokens, back) == end else None
    return None


def name_run(titles: list[Token]) -> bool:
    """Whether the title's complement has reached its capitalised name ("de la CGT")."""
    return bool(titles) and titles[-1].text[:1].isupper() and len(titles) > 1


def particles_then_name(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """ "von der Leyen", "de la Vega": particles, then the capitalised end of the name.

    German writes "zu Beginn der Sitzung" after a name too: there the word
    after the particles is a noun, as the determiner after it shows.
    """
    ahead = index
    while (
        ahead < len(tokens) and ahead - index < 3 and tokens[ahead].lower in lexicon.name_particles
    ):
        ahead += 1
    if not capitalised_at(tokens, ahead):
        return False
    if lexicon.capitalised_nouns and ahead + 1 < len(tokens):
        return apostrophe(tokens[ahead + 1].lower) not in lexicon.determiners
    return True


def outlet_at(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """Whether an outlet's name (one to three capitalised words) starts at ``index``."""
    words: list[str] = []
    for ahead in range(index, min(len(tokens), index + 3)):
        if not capitalised(tokens[ahead]):
            break
        words.append(tokens[ahead].text)
        if " ".join(words) in lexicon.outlets:
            return True
    return False


def hyphenated_particle(word: str, lexicon: Lexicon) -> bool:
    """ "ad-Din", "al-Assad", "el-Sisi": a particle glued to a capitalised name."""
    particle, _, rest = word.partition("-")
    return bool(rest) and rest[:1].isupper() and particle.lower() in lexicon.name_particles


def holder_follows(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A person's name right after the noun at ``index`` (a given name first), or after its
    complement and a comma: "Eigentümer Hans Petersen", "propriétaire des lieux, Karim Haddad"."""
    following = index + 1
    if capitalised_at(tokens, following) and tokens[following].lower in GIVEN_NAMES:
        return True
    if following >= len(tokens) or not opens_complement(tokens, following, lexicon):
        return False
    for ahead in range(following, min(len(tokens), following + 8)):
        token = tokens[ahead]
        if not token.is_word:
            return token.text == "," and name_follows(tokens, ahead, lexicon)
    return False


def name_follows(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A comma, then two capitalised words: the name after a title ("…, Andrés Molina,")."""
    return (
        index + 2 < len(tokens)
        and capitalised(tokens[index + 1])
        and capitalised(tokens[index + 2])
        and not stops_a_name(tokens[index + 1].lower, lexicon)
    )


def capitalised_at(tokens: Sequence[Token], index: int) -> bool:
    return index < len(tokens) and capitalised(tokens[index])


def opens_complement(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A title's complement opens at ``index``: "de", "del", "de la", "di", then words up to
    capitalised ones or a comma and a name; in German a genitive article ("der CDU")."""
    lower = apostrophe(tokens[index].lower)
    genitive = lexicon.capitalised_nouns and lower in lexicon.determiners
    opens = lower in lexicon.prepositions or lower in lexicon.oblique_determiners or genitive
    if not opens:
        return False  # "de", "du", "des", "del", "della"; German "der", "des"
    if outlet_at(tokens, index + 1, lexicon):
        return False  # "sagte ein Sprecher der Deutschen Presse-Agentur": the hearer
    nouns = 0
    for ahead in range(index + 1, min(index + 9, len(tokens))):
        token = tokens[ahead]
        if not token.is_word:
            # "la présidente de l'association, Claire Dumesnil": a comma, then the name
            return nouns > 0 and token.text == "," and name_follows(tokens, ahead, lexicon)
        if capitalised(token):
            return True
        low = apostrophe(token.lower)
        if low not in lexicon.determiners and low not in lexicon.prepositions:
            if (
                low in lexicon.clause_words
                or low in lexicon.speech_verbs
                or low in lexicon.auxiliaries
            ):
                return False
            nouns += 1  # "del museo civico di arte moderna", within eight words
    return False


def full_name_of(surname: str, offset: int, names: NameIndex, lexicon: Lexicon) -> str | None:
    """The full name the article gives for a surname, without the titles the index keeps
    before it ("Rektorin Carla Imhof" is "Carla Imhof")."""
    found = names.full_name(surname, offset)
    if found is None:
        return None
    words = found.full.split()
    while len(words) > 1 and not_a_name_word(words[0], words[1], lexicon):
        words.pop(0)
    if len(words) < 2 or words[0].lower() in lexicon.determiners:
        return None
    return " ".join(words)


def not_a_name_word(word: str, following: str, lexicon: Lexicon) -> bool:
    """A title, honorific or determiner before a name; in German, a capitalised noun
    before a given name ("Rektorin Carla Imhof")."""
    lower = word.lower()
    if is_title(word, lexicon) or word in lexicon.honorifics or lower in lexicon.determiners:
        return True
    return (
        lexicon.capitalised_nouns and following.lower() in GIVEN_NAMES and lower not in GIVEN_NAMES
    )


def known_person(name: str, names: NameIndex, lexicon: Lexicon) -> bool:
    """A surname the article gives in full somewhere ("Jun" after "Uwe Jun")."""
    full = names.full_name(name, 1 << 30)
    if full is None or full.full == name:
        return False
    first = full.full.split()[0]
    return first[:1].isupper() and first.lower() not in lexicon.determiners


def is_outlet(written: str, name: list[Token], lexicon: Lexicon) -> bool:
    if not name:
        return False
    full = " ".join(t.text for t in name)
    if full in lexicon.outlets or written in lexicon.outlets or full in bare_outlets(lexicon):
        return True
    return len(name) > 1 and name[-1].lower in lexicon.outlet_words


_BARE_OUTLETS: dict[str, dict[str, str]] = {}


def bare_outlets(lexicon: Lexicon) -> dict[str, str]:
    """Outlets whose name opens with an article, by the rest: "Parisien" to "Le Parisien",
    as "au Parisien", "del Corriere", "al País" write them."""
    found = _BARE_OUTLETS.get(lexicon.code)
    if found is None:
        found = {}
        for outlet in lexicon.outlets:
            article, _, rest = outlet.partition(" ")
            if rest and apostrophe(article.lower()) in lexicon.determiners:
                found.setdefault(rest, outlet)
        _BARE_OUTLETS[lexicon.code] = found
    return found


def phrase_gender(
    determiner: Token | None, honorific: Token | None, titles: list[Token], lexicon: Lexicon
) -> str | None:
    if honorific is not None:
        return lexicon.honorifics.get(honorific.text)
    if titles and lexicon.feminine_endings and titles[-1].lower.endswith(lexicon.feminine_endings):
        return "f"
    if determiner is not None:
        gender = lexicon.determiners.get(apostrophe(determiner.lower))
        if gender in {"m", "f"}:
            return gender
    return None


def opens_clause(token: Token, lexicon: Lexicon) -> bool:
    if not token.is_word:
        return token.text not in "()"
    lower = apostrophe(token.lower)
    return (
        lower in lexicon.conjunctions
        or lower in lexicon.relatives
        or lower in {"dass", "wie", "que", "che", "qu'", "come", "como", "comme"}
    )
