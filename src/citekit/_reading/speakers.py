"""Speaker phrases in German, French, Italian and Spanish: what a phrase names, from its words.

The English reading has its own phrase rules (``phrases``, ``descriptions``);
these read the lexicon of the language (``_lexicon.languages``) instead, so
that a language is its words only. A phrase is an optional determiner,
titles and their modifiers, and a name:

- "der Anwalt und Dissident Ayman Sheib ad-Din", "SWR-Landeskorrespondent
  Matthias Zahn", "Mme Binet", "il sindaco di Torino Anna Ferri", "el
  presidente del Gobierno, Andrés Molina" (a title, then a name: a person);
- "die Mutter", "le ministre", "la portavoz" (a title or a kin word without a
  name: a role that refers back to the person last named with it);
- "er", "elle", "lei" (a pronoun); "die Bundesregierung", "le parquet" (an
  organisation); "Regierungskreisen", "une source proche du dossier"
  (anonymous); "dem Papier", "le rapport" (a document).

German capitalises every noun, so there a capital is a name only where no
determiner stands before it ("Das Ziel" names no one) or after a title
("der Minister Boris Pistorius"). Every function here is total: odd tokens
give ``None``, never an error.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._lexicon.given_names import GIVEN_NAMES
from .._lexicon.lexicon import Lexicon
from .._records import SourceKind, Span
from .descriptions import Description, Profile
from .names import NameIndex
from .tokens import Token

# The most words a speaker phrase has: "el portavoz del PP en el Congreso, Alberto Sanz".
_MAX_WORDS = 14


@attrs.frozen
class SpeakerPhrase:
    """A speaker phrase read from ``first`` to ``last`` (token indices, inclusive)."""

    description: Description
    first: int
    last: int


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
            if stem.endswith(lexicon.title_suffixes) and not _is_organization_word(stem, lexicon):
                return True
    return False


def _is_organization_word(lower: str, lexicon: Lexicon) -> bool:
    if lower in lexicon.organization_words or (
        bool(lexicon.organization_suffixes) and lower.endswith(lexicon.organization_suffixes)
    ):
        return True
    # a German genitive: "des Philologenverbands", "des Bundesamtes"
    if lexicon.capitalised_nouns and lower.endswith("s") and len(lower) > 4:
        stem = lower[:-2] if lower.endswith("es") else lower[:-1]
        return _is_organization_word(stem, lexicon) or _is_organization_word(lower[:-1], lexicon)
    return False


def _capitalised(token: Token) -> bool:
    return token.is_word and token.text[:1].isupper()


def _stops_a_name(lower: str, lexicon: Lexicon) -> bool:
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


def pronoun(token: Token, lexicon: Lexicon, *, stressed: bool = False) -> Description | None:
    """ "er", "elle", "lei": a person to be resolved to the last of that gender."""
    table = lexicon.stressed_pronouns if stressed else lexicon.pronouns
    lower = token.lower
    if not token.is_word or lower not in table:
        return None
    gender = table[lower]
    return zero_subject(token, gender, name=token.text)


def zero_subject(token: Token, gender: str | None, *, name: str | None = None) -> Description:
    """The subject a verb carries in itself ("ha aggiunto", "dijo"): the last person."""
    profile = Profile("person", (name or "").lower(), gender=gender, plural=gender == "p")
    return Description(name or token.text, Span(token.start, token.end), profile, "pronoun")


def phrase_at(
    text: str,
    tokens: Sequence[Token],
    start: int,
    lexicon: Lexicon,
    names: NameIndex,
    *,
    oblique: bool = False,
    after_verb: bool = False,
) -> SpeakerPhrase | None:
    """The speaker phrase that starts at token ``start``, or None.

    With ``oblique``, a determiner of a case no subject takes ("dem Papier",
    "des Ministeriums") is allowed, as after "laut" or "nach Angaben".
    ``after_verb`` says the phrase follows a cue ("sagte Trump", "laut
    Polizei"), where a lone German capital is a name.
    """
    size = len(tokens)
    if start >= size or not tokens[start].is_word:
        return None
    first = tokens[start]
    found = pronoun(first, lexicon) or (pronoun(first, lexicon, stressed=True) if oblique else None)
    if found is not None:
        return SpeakerPhrase(found, start, start)
    index = start
    determiner: Token | None = None
    lower = apostrophe(first.lower)
    if lower in lexicon.determiners or lower in lexicon.oblique_determiners:
        if lower in lexicon.oblique_determiners and not oblique:
            return None
        determiner = first
        index += 1
    unnamed = _unnamed_source(text, tokens, start, index, lexicon)
    if unnamed is not None:
        return unnamed
    if determiner is not None:
        institution = _institution(text, tokens, start, index, lexicon)
        if institution is not None:
            return institution
    honorific: Token | None = None
    titles: list[Token] = []
    name: list[Token] = []
    other: list[Token] = []  # capitalised nouns, words of an organisation's name
    complement = False  # inside a Romance title's complement, before its name
    while index < size and index - start < _MAX_WORDS:
        token = tokens[index]
        if not token.is_word:
            if token.text == "," and titles and not name and _name_follows(tokens, index, lexicon):
                index += 1  # "el presidente del Gobierno, Andrés Molina"
                complement = False
                continue
            break
        lower = apostrophe(token.lower)
        if token.text in lexicon.honorifics and not name:
            honorific = token
        elif is_title(token.text, lexicon) and not name:
            titles.append(token)
        elif (
            determiner is not None
            and not titles
            and not name
            and not other
            and index == start + 1
            and lower not in lexicon.clause_words
            and _holder_follows(tokens, index, lexicon)
        ):
            # "Der Eigentümer der Halle, Hans Petersen", "le propriétaire des lieux, Karim
            # Haddad": a noun the lexicon does not list, used as a title before a name
            titles.append(token)
        elif (
            titles
            and not name
            and not complement
            and not lexicon.capitalised_nouns
            and not token.text[:1].isupper()
            and lower.endswith(lexicon.adjective_endings)
            and _complement(tokens, index + 1, lexicon)
        ):
            titles.append(token)  # "il comandante provinciale dei vigili del fuoco, X"
        elif titles and not name and lower in lexicon.title_modifiers:
            titles.append(token)  # "la secrétaire générale"
        elif titles and not name and not complement and _complement(tokens, index, lexicon):
            titles.append(token)  # "le ministre de l'Intérieur", "del Gobierno"
            complement = True
        elif complement and _capitalised(token) and not name:
            titles.append(token)  # the complement's name: "de la CGT", "della Filt Cgil"
            if _capitalised_at(tokens, index + 1) and tokens[index + 1].lower in GIVEN_NAMES:
                complement = False  # "de la République Emmanuel Macron": the name next
        elif complement and name_run(titles) and token.is_word:
            if _complement(tokens, index, lexicon):
                titles.append(token)  # "del PP en el Congreso": a second complement
            elif (
                not lexicon.capitalised_nouns
                and lower not in lexicon.clause_words
                and lower not in lexicon.speech_verbs
                and index + 1 < size
                and tokens[index + 1].text == ","
                and _name_follows(tokens, index + 1, lexicon)
            ):
                titles.append(token)  # "alla Protezione civile, X", "des Comptes publics, X"
            else:
                break
        elif complement and not name and not _capitalised(token) and not name_run(titles):
            titles.append(token)  # "de l'association", before ", Claire Dumesnil"
        elif _capitalised(token) and not _stops_a_name(lower, lexicon):
            if lexicon.capitalised_nouns and determiner is not None and not titles and not name:
                other.append(token)  # "Die Parlamentsdebatte": a noun
            else:
                name.append(token)
        elif (
            name
            and lower in lexicon.name_particles
            and _particles_then_name(tokens, index, lexicon)
        ):
            name.append(token)  # "Ursula von der Leyen", "Luigi di Maio"
        elif (titles or name) and _hyphenated_particle(token.text, lexicon):
            name.append(token)  # "Ayman Sheib ad-Din", "Laith al-Balaous"
        elif (
            titles
            and not name
            and lower in lexicon.conjunctions
            and index + 1 < size
            and is_title(tokens[index + 1].text, lexicon)
        ):
            titles.append(token)  # "der Anwalt und Dissident", "vicepresidenta y ministra"
        elif not titles and not name and not other and determiner is not None:
            if lower in lexicon.clause_words or not (
                lower.endswith(lexicon.adjective_endings)
                or lower in lexicon.adverbs
                or lower[:1].isdigit()
            ):
                break
            # "der erst 29-jährige drusische Anführer": modifiers before the title
        else:
            break
        index += 1
    while len(name) > 1 and _not_a_name_word(name[0].text, name[1].text, lexicon):
        titles.append(name.pop(0))  # "Rektorin Carla Imhof"
    last = index - 1
    if last < start or (determiner is not None and last == start):
        return None
    description = _describe(
        text, tokens, start, last, determiner, honorific, titles, name, other, lexicon, names,
        after_verb=after_verb or oblique,
    )  # fmt: skip
    if description is None:
        return None
    bracket = _bracket_end(tokens, last + 1)
    if bracket is not None and name:
        # "Boris Pistorius (SPD)", "Katrin Lohmeier (Grüne)": the party, an affiliation
        party = text[tokens[last + 2].start : tokens[bracket - 1].end]
        profile = description.profile
        if profile.affiliation is None:
            description = attrs.evolve(
                description, profile=attrs.evolve(profile, affiliation=party)
            )
        last = bracket
    return SpeakerPhrase(description, start, last)


# The most tokens inside the brackets after a name: "(SPD)", "(Bündnis 90/Die Grünen)".
_MAX_BRACKET = 5


# The most words after the head of an unnamed source: "fuentes de la patronal consultadas
# por este periódico".
_MAX_UNNAMED = 7


def _unnamed_source(
    text: str, tokens: Sequence[Token], start: int, head: int, lexicon: Lexicon
) -> SpeakerPhrase | None:
    """ "fonti di governo", "fuentes policiales", "une source proche du dossier", "Experten":
    an anonymous source or a group, by its head word, with the words that qualify it."""
    if head >= len(tokens) or not tokens[head].is_word:
        return None
    lower = apostrophe(tokens[head].lower)
    anonymous = lower in lexicon.anonymous_words or (
        bool(lexicon.anonymous_suffixes) and lower.endswith(lexicon.anonymous_suffixes)
    )
    if not anonymous and lower not in lexicon.group_words:
        return None
    if _capitalised_at(tokens, head + 1) and not _stops_a_name(tokens[head + 1].lower, lexicon):
        return None  # "die Abgeordnete Ina Seidel": a title before a name
    last = head
    for ahead in range(head + 1, min(len(tokens), head + 1 + _MAX_UNNAMED)):
        token = tokens[ahead]
        low = apostrophe(token.lower)
        if (
            not token.is_word
            or low in lexicon.clause_words
            or low in lexicon.speech_verbs
            or low in lexicon.auxiliaries
            or low in lexicon.conjunctions
            or (
                lexicon.capitalised_nouns
                and low not in lexicon.determiners
                and low not in lexicon.prepositions
            )
        ):
            break
        last = ahead
    while (
        last > head
        and apostrophe(tokens[last].lower) in lexicon.prepositions | lexicon.determiners.keys()
    ):
        last -= 1  # "fonti vicine al": a preposition ends no phrase
    written = text[tokens[head].start : tokens[last].end]
    span = Span(tokens[head].start, tokens[last].end)
    kind: SourceKind = "anonymous" if anonymous else "group"
    profile = Profile(kind, lower, plural=not anonymous or lower.endswith(("i", "s", "n")))
    return SpeakerPhrase(Description(written, span, profile, None), start, last)


def _institution(
    text: str, tokens: Sequence[Token], start: int, head: int, lexicon: Lexicon
) -> SpeakerPhrase | None:
    """ "la préfecture", "il governo", "le rapport", "la procura di Milano": a lower-case
    institution or document after its determiner, with its complement."""
    if head >= len(tokens) or not tokens[head].is_word or not tokens[head].text[:1].islower():
        return None
    lower = apostrophe(tokens[head].lower)
    if lower in lexicon.organization_words:
        kind: SourceKind = "organization"
    elif lower in lexicon.document_words:
        kind = "document"
    else:
        return None
    last = head
    if head + 1 < len(tokens) and _complement(tokens, head + 1, lexicon):
        for ahead in range(head + 1, min(len(tokens), head + 5)):
            token = tokens[ahead]
            if not token.is_word:
                break
            last = ahead
            if token.text[:1].isupper():
                break  # "de Paris", "di Milano"
    written = text[tokens[head].start : tokens[last].end]
    span = Span(tokens[head].start, tokens[last].end)
    return SpeakerPhrase(Description(written, span, Profile(kind, lower), None), start, last)


def _bracket_end(tokens: Sequence[Token], index: int) -> int | None:
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


def _bracket_start(tokens: Sequence[Token], end: int) -> int | None:
    """The index of the "(" of a short bracket that closes at ``end``, or None."""
    if end < 0 or tokens[end].text != ")":
        return None
    for back in range(end - 1, max(-1, end - 2 - _MAX_BRACKET), -1):
        if tokens[back].text == "(":
            return back if _bracket_end(tokens, back) == end else None
    return None


def name_run(titles: list[Token]) -> bool:
    """Whether the title's complement has reached its capitalised name ("de la CGT")."""
    return bool(titles) and titles[-1].text[:1].isupper() and len(titles) > 1


def _particles_then_name(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """ "von der Leyen", "de la Vega": particles, then the capitalised end of the name.

    German writes "zu Beginn der Sitzung" after a name too: there the word
    after the particles is a noun, as the determiner after it shows.
    """
    ahead = index
    while (
        ahead < len(tokens) and ahead - index < 3 and tokens[ahead].lower in lexicon.name_particles
    ):
        ahead += 1
    if not _capitalised_at(tokens, ahead):
        return False
    if lexicon.capitalised_nouns and ahead + 1 < len(tokens):
        return apostrophe(tokens[ahead + 1].lower) not in lexicon.determiners
    return True


def _outlet_at(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """Whether an outlet's name (one to three capitalised words) starts at ``index``."""
    words: list[str] = []
    for ahead in range(index, min(len(tokens), index + 3)):
        if not _capitalised(tokens[ahead]):
            break
        words.append(tokens[ahead].text)
        if " ".join(words) in lexicon.outlets:
            return True
    return False


def _hyphenated_particle(word: str, lexicon: Lexicon) -> bool:
    """ "ad-Din", "al-Assad", "el-Sisi": a particle glued to a capitalised name."""
    particle, _, rest = word.partition("-")
    return bool(rest) and rest[:1].isupper() and particle.lower() in lexicon.name_particles


def _holder_follows(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A person's name right after the noun at ``index`` (a given name first), or after its
    complement and a comma: "Eigentümer Hans Petersen", "propriétaire des lieux, Karim Haddad"."""
    following = index + 1
    if _capitalised_at(tokens, following) and tokens[following].lower in GIVEN_NAMES:
        return True
    if following >= len(tokens) or not _complement(tokens, following, lexicon):
        return False
    for ahead in range(following, min(len(tokens), following + 8)):
        token = tokens[ahead]
        if not token.is_word:
            return token.text == "," and _name_follows(tokens, ahead, lexicon)
    return False


def _name_follows(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A comma, then two capitalised words: the name after a title ("…, Andrés Molina,")."""
    return (
        index + 2 < len(tokens)
        and _capitalised(tokens[index + 1])
        and _capitalised(tokens[index + 2])
        and not _stops_a_name(tokens[index + 1].lower, lexicon)
    )


def _capitalised_at(tokens: Sequence[Token], index: int) -> bool:
    return index < len(tokens) and _capitalised(tokens[index])


def _complement(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A title's complement opens at ``index``: "de", "del", "de la", "di", then words up to
    capitalised ones or a comma and a name; in German a genitive article ("der CDU")."""
    lower = apostrophe(tokens[index].lower)
    genitive = lexicon.capitalised_nouns and lower in lexicon.determiners
    opens = lower in lexicon.prepositions or lower in lexicon.oblique_determiners or genitive
    if not opens:
        return False  # "de", "du", "des", "del", "della"; German "der", "des"
    if _outlet_at(tokens, index + 1, lexicon):
        return False  # "sagte ein Sprecher der Deutschen Presse-Agentur": the hearer
    nouns = 0
    for ahead in range(index + 1, min(index + 9, len(tokens))):
        token = tokens[ahead]
        if not token.is_word:
            # "la présidente de l'association, Claire Dumesnil": a comma, then the name
            return nouns > 0 and token.text == "," and _name_follows(tokens, ahead, lexicon)
        if _capitalised(token):
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


def _describe(
    text: str,
    tokens: Sequence[Token],
    start: int,
    last: int,
    determiner: Token | None,
    honorific: Token | None,
    titles: list[Token],
    name: list[Token],
    other: list[Token],
    lexicon: Lexicon,
    names: NameIndex,
    *,
    after_verb: bool,
) -> Description | None:
    # the name as written, without its determiner ("la Fiscalía" is "Fiscalía"); a role
    # keeps it ("die Mutter", "le ministre"), as that is how the article names it
    oblique = determiner is not None and apostrophe(determiner.lower) in lexicon.oblique_determiners
    bare = determiner is not None and start + 1 <= last
    from_token = tokens[start + 1] if bare else tokens[start]
    written = text[from_token.start : tokens[last].end]
    span = Span(from_token.start, tokens[last].end)
    role_written = text[tokens[start].start if not oblique else from_token.start : tokens[last].end]
    role_span = Span(tokens[start].start if not oblique else from_token.start, tokens[last].end)
    words = [*titles, *name, *other]
    lowers = [apostrophe(t.lower) for t in words]
    head = lowers[-1] if lowers else ""
    title = text[titles[0].start : titles[-1].end] if titles else None
    gender = _gender(determiner, honorific, titles, lexicon)
    kind: SourceKind | None = None
    if _is_outlet(written, name, lexicon) or _is_outlet(role_written, name, lexicon):
        kind = "outlet"
    elif any(_is_organization_word(w, lexicon) for w in lowers) or (
        len(name) == 1 and name[0].text in lexicon.metonyms
    ):
        kind = "organization"
    elif any(
        w in lexicon.anonymous_words or w.endswith(lexicon.anonymous_suffixes) for w in lowers
    ):
        if lexicon.anonymous_suffixes and any(
            w.endswith(lexicon.anonymous_suffixes) for w in lowers
        ):
            return Description(written, span, Profile("anonymous", head, plural=True), None)
        return Description(written, span, Profile("anonymous", head), None)
    elif head in lexicon.document_words:
        kind = "document"
    elif head in lexicon.group_words and (not name or name[-1].lower in lexicon.group_words):
        return Description(written, span, Profile("group", head, plural=True), None)
    if kind is not None:
        if kind == "organization" and name and titles:
            kind = "person"  # "der Innenminister Roger Lewentz" is no ministry
        elif role_written in lexicon.outlets:
            return Description(role_written, role_span, Profile(kind, head), None)  # "Le Monde"
        elif kind == "outlet" and written in _bare_outlets(lexicon):
            outlet = _bare_outlets(lexicon)[written]  # "au Parisien": Le Parisien
            return Description(outlet, span, Profile(kind, head), None)
        else:
            return Description(written, span, Profile(kind, head), None)
    if name:
        full = text[name[0].start : name[-1].end]
        if (
            not titles
            and honorific is None
            and len(name) == 1
            and not _known_person(full, names, lexicon)
            and (tokens[start] is not name[0] or not after_verb)
        ):
            # a lone capital after a determiner names no one known, nor one that
            # opens a German clause ("Teilhabe fordert …"): there a noun has one
            return None
        profile = Profile(
            "person", name[-1].lower, title=title, gender=gender, confident=len(name) > 1
        )
        if len(name) == 1:
            full = _full_name(full, tokens[start].start, names, lexicon) or full
        return Description(full, Span(name[0].start, name[-1].end), profile, None)
    if titles:
        base = apostrophe(titles[0].lower)
        if determiner is not None and apostrophe(determiner.lower) in lexicon.indefinite_articles:
            role = None  # "un conseiller", "ein Sprecher": someone new
        else:
            role = "definite" if base in lexicon.kin_words else "role"
        profile = Profile("anonymous", base, title=title, gender=gender)
        return Description(role_written, role_span, profile, role)
    return None


def _full_name(surname: str, offset: int, names: NameIndex, lexicon: Lexicon) -> str | None:
    """The full name the article gives for a surname, without the titles the index keeps
    before it ("Rektorin Carla Imhof" is "Carla Imhof")."""
    found = names.full_name(surname, offset)
    if found is None:
        return None
    words = found.full.split()
    while len(words) > 1 and _not_a_name_word(words[0], words[1], lexicon):
        words.pop(0)
    if len(words) < 2 or words[0].lower() in lexicon.determiners:
        return None
    return " ".join(words)


def _not_a_name_word(word: str, following: str, lexicon: Lexicon) -> bool:
    """A title, honorific or determiner before a name; in German, a capitalised noun
    before a given name ("Rektorin Carla Imhof")."""
    lower = word.lower()
    if is_title(word, lexicon) or word in lexicon.honorifics or lower in lexicon.determiners:
        return True
    return (
        lexicon.capitalised_nouns and following.lower() in GIVEN_NAMES and lower not in GIVEN_NAMES
    )


def _known_person(name: str, names: NameIndex, lexicon: Lexicon) -> bool:
    """A surname the article gives in full somewhere ("Jun" after "Uwe Jun")."""
    full = names.full_name(name, 1 << 30)
    if full is None or full.full == name:
        return False
    first = full.full.split()[0]
    return first[:1].isupper() and first.lower() not in lexicon.determiners


def _is_outlet(written: str, name: list[Token], lexicon: Lexicon) -> bool:
    if not name:
        return False
    full = " ".join(t.text for t in name)
    if full in lexicon.outlets or written in lexicon.outlets or full in _bare_outlets(lexicon):
        return True
    return len(name) > 1 and name[-1].lower in lexicon.outlet_words


_BARE_OUTLETS: dict[str, dict[str, str]] = {}


def _bare_outlets(lexicon: Lexicon) -> dict[str, str]:
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


def _gender(
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


def phrase_before(
    text: str, tokens: Sequence[Token], end: int, lexicon: Lexicon, names: NameIndex
) -> SpeakerPhrase | None:
    """The subject phrase that ends at token ``end`` and opens its clause, or None.

    "Die Ministerin sagte", "Sophie Binet estime", "…, wie ein Sprecher
    mitteilte": the phrase must stand at the start of the unit or after a
    punctuation mark, a quotation, a conjunction or a subordinator, as a
    subject does; "Am Montag sagte …" has none before its verb.
    """
    opening = _bracket_start(tokens, end)
    if opening is not None:
        quoted = _quoted_organization(text, tokens, opening, lexicon)
        if quoted is not None:
            return quoted
        inner_end = opening - 1  # "Dietmar Bartsch (Linke) kritisierte"
    else:
        inner_end = end
    earliest = inner_end
    while earliest > 0 and inner_end - earliest < _MAX_WORDS - 1 and tokens[earliest - 1].is_word:
        earliest -= 1
    for start in range(earliest, inner_end + 1):  # the longest phrase first
        if start > 0 and not _opens_clause(tokens[start - 1], lexicon):
            continue
        found = phrase_at(text, tokens, start, lexicon, names)
        if found is not None and found.last == end:
            return found
    return None


def _quoted_organization(
    text: str, tokens: Sequence[Token], opening: int, lexicon: Lexicon
) -> SpeakerPhrase | None:
    """ "Die »Deutsche Friedensgesellschaft« (DFG-VK) verurteilte": a name in quotation marks
    with its acronym in brackets is an organisation, the subject, and no quotation."""
    if opening < 1 or tokens[opening - 1].kind != "quote" or opening + 2 >= len(tokens):
        return None
    acronym = tokens[opening + 1].text
    if tokens[opening + 2].text != ")" or not (acronym[:1].isupper() and acronym[-1:].isupper()):
        return None
    quote = tokens[opening - 1]
    inner = quote.text[1:-1].strip()
    if not inner[:1].isupper():
        return None
    first = opening - 1
    if first > 0 and apostrophe(tokens[first - 1].lower) in lexicon.determiners:
        first -= 1
    if first > 0 and not _opens_clause(tokens[first - 1], lexicon):
        return None
    at = quote.start + quote.text.index(inner)
    description = Description(
        inner, Span(at, at + len(inner)), Profile("organization", acronym.lower()), None
    )
    return SpeakerPhrase(description, first, opening + 2)


def _opens_clause(token: Token, lexicon: Lexicon) -> bool:
    if not token.is_word:
        return token.text not in "()"
    lower = apostrophe(token.lower)
    return (
        lower in lexicon.conjunctions
        or lower in lexicon.relatives
        or lower in {"dass", "wie", "que", "che", "qu'", "come", "como", "comme"}
    )
