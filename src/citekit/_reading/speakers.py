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
from .names import NameIndex
from .profiles import Description, Profile
from .speaker_words import (
    apostrophe,
    bare_outlets,
    bracket_end,
    bracket_start,
    capitalised,
    capitalised_at,
    full_name_of,
    holder_follows,
    hyphenated_particle,
    is_organization_word,
    is_outlet,
    is_title,
    known_person,
    name_follows,
    name_run,
    not_a_name_word,
    opens_clause,
    opens_complement,
    particles_then_name,
    phrase_gender,
    stops_a_name,
)
from .tokens import Token

# The most words a speaker phrase has: "el portavoz del PP en el Congreso, Alberto Sanz".
_MAX_WORDS = 14


@attrs.frozen
class SpeakerPhrase:
    """A speaker phrase read from ``first`` to ``last`` (token indices, inclusive)."""

    description: Description
    first: int
    last: int


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
            if token.text == "," and titles and not name and name_follows(tokens, index, lexicon):
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
            and holder_follows(tokens, index, lexicon)
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
            and opens_complement(tokens, index + 1, lexicon)
        ):
            titles.append(token)  # "il comandante provinciale dei vigili del fuoco, X"
        elif titles and not name and lower in lexicon.title_modifiers:
            titles.append(token)  # "la secrétaire générale"
        elif titles and not name and not complement and opens_complement(tokens, index, lexicon):
            titles.append(token)  # "le ministre de l'Intérieur", "del Gobierno"
            complement = True
        elif complement and capitalised(token) and not name:
            titles.append(token)  # the complement's name: "de la CGT", "della Filt Cgil"
            if capitalised_at(tokens, index + 1) and tokens[index + 1].lower in GIVEN_NAMES:
                complement = False  # "de la République Emmanuel Macron": the name next
        elif complement and name_run(titles) and token.is_word:
            if opens_complement(tokens, index, lexicon):
                titles.append(token)  # "del PP en el Congreso": a second complement
            elif (
                not lexicon.capitalised_nouns
                and lower not in lexicon.clause_words
                and lower not in lexicon.speech_verbs
                and index + 1 < size
                and tokens[index + 1].text == ","
                and name_follows(tokens, index + 1, lexicon)
            ):
                titles.append(token)  # "alla Protezione civile, X", "des Comptes publics, X"
            else:
                break
        elif complement and not name and not capitalised(token) and not name_run(titles):
            titles.append(token)  # "de l'association", before ", Claire Dumesnil"
        elif capitalised(token) and not stops_a_name(lower, lexicon):
            if lexicon.capitalised_nouns and determiner is not None and not titles and not name:
                other.append(token)  # "Die Parlamentsdebatte": a noun
            else:
                name.append(token)
        elif (
            name and lower in lexicon.name_particles and particles_then_name(tokens, index, lexicon)
        ):
            name.append(token)  # "Ursula von der Leyen", "Luigi di Maio"
        elif (titles or name) and hyphenated_particle(token.text, lexicon):
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
    while len(name) > 1 and not_a_name_word(name[0].text, name[1].text, lexicon):
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
    bracket = bracket_end(tokens, last + 1)
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
    if capitalised_at(tokens, head + 1) and not stops_a_name(tokens[head + 1].lower, lexicon):
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
    if head + 1 < len(tokens) and opens_complement(tokens, head + 1, lexicon):
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
    gender = phrase_gender(determiner, honorific, titles, lexicon)
    kind: SourceKind | None = None
    if is_outlet(written, name, lexicon) or is_outlet(role_written, name, lexicon):
        kind = "outlet"
    elif any(is_organization_word(w, lexicon) for w in lowers) or (
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
        elif kind == "outlet" and written in bare_outlets(lexicon):
            outlet = bare_outlets(lexicon)[written]  # "au Parisien": Le Parisien
            return Description(outlet, span, Profile(kind, head), None)
        else:
            return Description(written, span, Profile(kind, head), None)
    if name:
        full = text[name[0].start : name[-1].end]
        if (
            not titles
            and honorific is None
            and len(name) == 1
            and not known_person(full, names, lexicon)
            and (tokens[start] is not name[0] or not after_verb)
        ):
            # a lone capital after a determiner names no one known, nor one that
            # opens a German clause ("Teilhabe fordert …"): there a noun has one
            return None
        profile = Profile(
            "person", name[-1].lower, title=title, gender=gender, confident=len(name) > 1
        )
        if len(name) == 1:
            full = full_name_of(full, tokens[start].start, names, lexicon) or full
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


def phrase_before(
    text: str, tokens: Sequence[Token], end: int, lexicon: Lexicon, names: NameIndex
) -> SpeakerPhrase | None:
    """The subject phrase that ends at token ``end`` and opens its clause, or None.

    "Die Ministerin sagte", "Sophie Binet estime", "…, wie ein Sprecher
    mitteilte": the phrase must stand at the start of the unit or after a
    punctuation mark, a quotation, a conjunction or a subordinator, as a
    subject does; "Am Montag sagte …" has none before its verb.
    """
    opening = bracket_start(tokens, end)
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
        if start > 0 and not opens_clause(tokens[start - 1], lexicon):
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
    if first > 0 and not opens_clause(tokens[first - 1], lexicon):
        return None
    at = quote.start + quote.text.index(inner)
    description = Description(
        inner, Span(at, at + len(inner)), Profile("organization", acronym.lower()), None
    )
    return SpeakerPhrase(description, first, opening + 2)
