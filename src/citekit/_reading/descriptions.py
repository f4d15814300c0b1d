"""What a speaker phrase names: its kind, the name in it, the title, affiliation and anonymity.

``classify`` describes a noun phrase (``phrases``) as a person ("Secretary of
State Ada Brennan": the name, the title, the affiliation), an organisation,
an outlet, a group, a document, an anonymous source with the reason it is not
named ("two people familiar with the talks"), or a phrase that refers back
("he", "the official", "the publication"), which ``resolution`` resolves to
the entity it means.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._lexicon.anonymity import ANONYMOUS_PLURALS, COUNTED_INSIDERS, SMALL_COUNTS
from .._lexicon.calendar import DAYS_AND_MONTHS
from .._lexicon.documents import (
    AUTHOR_PREPOSITIONS,
    AUTHORING_PARTICIPLES,
    DOCUMENT_NAME_ENDINGS,
    DOCUMENT_NOUNS,
    PLURAL_DOCUMENT_NOUNS,
    PRESS_DOCUMENT_NOUNS,
)
from .._lexicon.function_words import (
    CONJUNCTIONS,
    DEFINITE_DETERMINERS,
    DETERMINERS,
    NEGATIVES,
    NOT_SPEAKERS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
)
from .._lexicon.organisations import (
    ORGANIZATION_HEADS,
    ORGANIZATION_NAMES_LOWER,
)
from .._lexicon.outlets import MEDIA_NOUNS, OUTLET_ANAPHORS
from .._lexicon.people import (
    GROUP_HEADS,
    GROUP_NOUNS,
    KIN_NOUNS,
    NAME_CONNECTORS,
    NAME_ENDING_GROUPS,
    NAME_JOINERS,
    PARTY_MEMBER_NOUNS,
    PERSON_NOUNS,
    PERSONAL_TITLES,
    TITLE_WORDS,
)
from .._lexicon.places import MULTIWORD_PLACES
from .._records import SourceKind, Span
from .anonymity import anonymity_reason
from .genders import gender_of, given_name_gender, relative_clause_gender
from .name_shapes import (
    named_before_who,
    outlet_by_words,
    people_joined,
    placed_people,
    surname_of_someone,
    thing_after_the,
    without_post_nominal,
)
from .name_words import (
    PRONOUN_CONTRACTION,
    is_acronym,
    is_leading,
    is_name_word,
    is_place,
    is_title_word,
    names_outlet,
    title_before,
)
from .names import NameIndex, is_titleish
from .person_names import ends_like_organization, is_person_name, long_name_start
from .phrases import Phrase, continues_phrase, noun_phrase
from .profiles import Description, Profile
from .tokens import POSSESSIVES, Token
from .word_kinds import is_capitalised, is_nominal, is_plural_person

# The words before "release" that make it a document: "a press release", "news release".
_PRESS_WORDS = MEDIA_NOUNS | {"news"}


# Words before a day or a month that make a time of it, capitalised at a sentence start.
_PARTITIVE_WORDS = frozenset({"of", "the", "these", "those", "its", "their"})

_TIME_OPENERS = frozenset({"last", "early", "late", "next", "this", "since", "until"})


# The profiles of the pronouns, the commonest speakers ("he said"), made once:
# a reading keeps every description it resolves, so each of its objects counts.
_PRONOUN_PROFILES = {
    pronoun: Profile("person", pronoun, plural=pronoun == "they", gender=gender)
    for pronoun, gender in PERSON_PRONOUNS.items()
}
_PRONOUN_PROFILES["it"] = Profile("organization", "it", gender="n")  # "“…,” it said"
_PLURAL_PRONOUN_PROFILES = {
    pronoun: Profile("group", pronoun, plural=True) for pronoun in PLURAL_PRONOUNS
}


def classify(
    text: str, words: Sequence[Token], phrase: Phrase, names: NameIndex
) -> Description | None:
    """What the phrase names, or None when it names no possible source."""
    if phrase.end - 1 > phrase.head and words[phrase.end - 1].lower in CONJUNCTIONS:
        # "an official who was briefed on the talks and …": the phrase before the "and"
        phrase = Phrase(phrase.start, phrase.head, phrase.end - 1)
    description = _classify(text, words, phrase, names)
    if (
        description is not None
        and words[phrase.start].lower == "members"
        and description.profile.kind in {"organization", "outlet"}
    ):
        # "Members of the harbour board said": people, not the board
        body = Span(words[min(phrase.start + 2, phrase.end - 1)].start, description.span.end)
        affiliation = body.of(text).removeprefix("the ").removeprefix("The ")
        group = Profile("group", "members", affiliation=affiliation, plural=True)
        return attrs.evolve(description, name=phrase_text(text, words, phrase), profile=group)
    if (
        description is not None
        and description.profile.kind == "group"
        and words[phrase.start].lower == "one"
        and phrase.start + 1 < len(words)
        and words[phrase.start + 1].lower == "of"
    ):
        # "one of the employees said": one unnamed person, not the employees
        one = attrs.evolve(description.profile, kind="anonymous")  # "one of them say" too
        return attrs.evolve(description, profile=one)
    return description


def _classify(
    text: str, words: Sequence[Token], phrase: Phrase, names: NameIndex
) -> Description | None:
    core = words[phrase.start : phrase.head + 1]
    head = words[phrase.head]
    lower = head.lower
    span = Span(words[phrase.start].start, words[phrase.end - 1].end)
    written = phrase_text(text, words, phrase)
    reason = anonymity_reason(text, span) if head.text[:1].islower() else None
    if len(core) == 1 and lower in _PRONOUN_PROFILES:
        return Description(
            head.text,
            span,
            _PRONOUN_PROFILES[lower],
            anaphor="pronoun",
        )
    if len(core) == 1 and lower in PLURAL_PRONOUNS:
        return Description(head.text, span, _PLURAL_PRONOUN_PROFILES[lower])
    if len(core) == 1 and lower in NOT_SPEAKERS:
        return None
    if PRONOUN_CONTRACTION.fullmatch(lower):
        return None  # "I’m", "They’ve": a pronoun and a verb, never a name
    if _negated(words, phrase.start):
        return None  # "Neither side said when …", "No official commented": no one did
    if core[0].lower == "best" and len(core) > 1 and lower in PERSON_NOUNS:
        return None  # "Best actor went to …": an award, no one
    outlet = names.outlet_at(span.start, head.end)
    if (
        outlet is not None
        and (outlet.end >= head.end or lower in DOCUMENT_NOUNS)
        and _opens_name(words, phrase, outlet.start)
        and not surname_of_someone(outlet, names)
    ):
        # "The Washington Post", "a new Wired report"; not "a VOA reporter"
        return Description(outlet.name, Span(outlet.start, outlet.end), Profile("outlet", lower))
    if (
        _coordinated(core)
        and not any(w.lower in ORGANIZATION_HEADS for w in core)
        and lower not in ORGANIZATION_HEADS
    ):
        return Description(written, span, Profile("group", lower, plural=True))
    if head.text[:1].isupper() and phrase.head > phrase.start and outlet_by_words(core):
        return Description(written, span, Profile("outlet", lower))  # "The Daily Ledger reported"
    if (
        head.text[:1].isupper()
        and phrase.head > phrase.start
        and lower in GROUP_NOUNS
        and lower not in NAME_ENDING_GROUPS
    ):
        # "Some Democrats say", "Senate Republicans said", "Leading Democrats say"
        return Description(written, span, Profile("group", lower, plural=True))
    determiner = words[phrase.start].lower if phrase.start < phrase.head else ""
    definite = determiner in DEFINITE_DETERMINERS
    if lower in PARTY_MEMBER_NOUNS and phrase.head > phrase.start:
        # "the Alabama Republican", "a New Hampshire Democrat": a role, as "the senator" is
        profile = Profile("anonymous", lower, reason=reason)
        return Description(written, span, profile, anaphor="definite" if definite else None)
    if placed_people(core):
        return Description(written, span, Profile("group", core[0].lower, plural=True))
    if is_capitalised(head.text) and not (
        phrase.head == phrase.start and _common(lower) and not names.is_surname(head.text)
    ):
        return _proper(text, words, phrase, names, span, written, reason)
    if lower in OUTLET_ANAPHORS and any(w.text[:1].isupper() for w in core[1:-1]):
        return Description(written, span, Profile("outlet", lower))  # "the Bild newspaper"
    if lower in OUTLET_ANAPHORS and definite and phrase.head - phrase.start <= 2:
        return Description(written, span, Profile("outlet", lower), anaphor="outlet")
    if lower in MEDIA_NOUNS:
        if phrase.head - phrase.start > (1 if determiner in DETERMINERS else 0):
            return Description(written, span, Profile("outlet", lower))  # "Iranian state media"
        return None  # "the media": no one in particular
    if lower in DOCUMENT_NOUNS:
        if lower in PRESS_DOCUMENT_NOUNS and not any(w.lower in _PRESS_WORDS for w in core):
            return None  # "citing the release of political prisoners": an event
        return _document(text, words, phrase, names, span, written)
    if lower in GROUP_HEADS:  # "the group said", "civil rights groups say" (a plural)
        group = Profile("group", lower, plural=lower.endswith("s"))
        return Description(written, span, group, anaphor=_definite(definite, core))
    if lower in ORGANIZATION_HEADS:
        return Description(
            written,
            span,
            Profile("organization", lower, plural=lower.endswith("s")),
            anaphor=_definite(definite, core),
        )
    if is_plural_person(lower) or lower in ANONYMOUS_PLURALS:
        counted = core[0].lower in SMALL_COUNTS and lower in COUNTED_INSIDERS  # "Two aides"
        if lower in ANONYMOUS_PLURALS or reason is not None or counted:
            return Description(
                written,
                span,
                Profile("anonymous", lower, reason=reason, plural=True),
                anaphor=_definite(definite, core),
            )
        return Description(
            written, span, Profile("group", lower, plural=True), anaphor=_definite(definite, core)
        )
    if lower in PERSON_NOUNS:
        named = _named_after_title(text, words, phrase)
        if named is not None:
            return named
        related = determiner in POSSESSIVE_DETERMINERS
        anaphor = "definite" if definite or related else None
        kind: SourceKind = "person" if related and lower in KIN_NOUNS else "anonymous"
        return Description(
            written,
            span,
            Profile(kind, lower, reason=reason, gender=_gender(text, core, span)),
            anaphor=anaphor,
        )
    return None


def _gender(text: str, core: Sequence[Token], span: Span) -> str | None:
    """An unnamed person's gender, by a word of the phrase ("spokeswoman") or a pronoun
    in a relative clause after it."""
    return gender_of(core) or relative_clause_gender(text, span.end)


def _negated(words: Sequence[Token], start: int) -> bool:
    """ "neither government", "no official", "none of the officials": a phrase that
    opens with, or follows, a word that names no one."""
    index = start
    if words[index].lower in NEGATIVES:
        return True
    index -= 1
    while index >= 0 and words[index].lower in _PARTITIVE_WORDS:
        index -= 1  # "none of the officials"
    return index >= 0 and words[index].lower in NEGATIVES


def _opens_name(words: Sequence[Token], phrase: Phrase, start: int) -> bool:
    """Whether no given name stands right before ``start`` in the phrase.

    "Dana Bloomberg", "Rita Fox": a person whose surname is an outlet's
    name; "news agency Interfax", "CIA’s" or a title before it leave it one.
    """
    before = None
    for index in range(phrase.start, phrase.head + 1):
        if words[index].start >= start:
            break
        before = words[index]
    return before is None or not (
        before.is_word
        and continues_phrase(before)
        and not is_titleish(before.text)
        and not is_place(before.text)
        and not before.lower.endswith(POSSESSIVES)
    )


def _named_after_title(text: str, words: Sequence[Token], phrase: Phrase) -> Description | None:
    """ "city chief of staff Dana Kerr", "director of communications Ana Ruiz": a
    title whose complement the person's name follows, read as the person.

    The head is a title word and the word before the name no person noun: in
    "the lawyer for defendant Ana Ruiz" the name is the defendant's.
    """
    if words[phrase.head].lower not in TITLE_WORDS:
        return None
    end = phrase.end
    start = end
    while start > phrase.head + 1 and words[start - 1].is_word and is_name_word(words[start - 1]):
        start -= 1
    if end - start < 2:
        return None
    before = words[start - 1]
    if not before.text[:1].islower() or before.lower in PERSON_NOUNS:
        return None
    if start - 2 == phrase.head and before.lower.endswith(("ing", "ed")):
        return None  # "one pastor supporting Mr. Cruz": the name is the participle's object
    if any(w.lower in PREPOSITIONS and w.lower != "of" for w in words[phrase.head + 1 : start]):
        return None  # "the attorney general under former President Bush": not Bush
    if (
        before.lower in PREPOSITIONS
        or before.lower in DETERMINERS
        or before.lower in NAME_CONNECTORS
    ):
        return None
    name_span = Span(words[start].start, words[end - 1].end)
    name = name_span.of(text)
    if not is_person_name(name):
        return None
    title, affiliation = title_before(text, words[phrase.start : start])
    return Description(
        name,
        name_span,
        Profile(
            "person",
            words[end - 1].lower,
            title=title,
            affiliation=affiliation,
            gender=gender_of(words[phrase.start : start]),
        ),
    )


def _coordinated(core: Sequence[Token]) -> bool:
    """ "Senator Hal Moss and Senator Rita Lang", "the chairman and top Democrat".

    Two phrases of two words or more each; "Smith and Wesson" or "Russian
    and Syrian" join single words inside one name.
    """
    for index, word in enumerate(core):
        if word.lower == "and" and index >= 2 and len(core) - index - 1 >= 2:
            return is_nominal(core[index - 1])
    return False


def _common(lower: str) -> bool:
    """ "Members of the committee", "Officials said": a common noun capitalised by place."""
    if " " in lower:
        return False  # a known name read as one word: "Doctors Without Borders"
    return (
        lower in GROUP_NOUNS
        or lower in ANONYMOUS_PLURALS
        or (lower in PERSON_NOUNS and lower not in PERSONAL_TITLES)
        or lower in DOCUMENT_NOUNS
        or is_plural_person(lower)
    )


def _definite(definite: bool, core: Sequence[Token]) -> str | None:
    """ "the association": an anaphor, unless it carries a name ("the Chilean government")."""
    if definite and not any(w.text[:1].isupper() for w in core[1:]):
        return "definite"
    return None


def phrase_text(text: str, words: Sequence[Token], phrase: Phrase) -> str:
    written = text[words[phrase.start].start : words[phrase.end - 1].end]
    for ending in POSSESSIVES[:2]:
        written = written.removesuffix(ending)
    return written


def _proper(
    text: str,
    words: Sequence[Token],
    phrase: Phrase,
    names: NameIndex,
    span: Span,
    written: str,
    reason: str | None,
) -> Description | None:
    """A phrase whose head is a name: a person, an organisation, a place, an outlet.

    The name is the run of capitalised words that ends the phrase, after its
    last title word ("Secretary of State Ada Brennan"); a run joined by
    "of", "for" or "in" names an organisation ("Parents for Safe Streets"),
    unless it ends in a place ("Dale Whitaker of Kansas").
    """
    core = words[phrase.start : phrase.head + 1]
    run_start = len(core)
    while run_start > 0 and (
        is_name_word(core[run_start - 1])
        or (
            core[run_start - 1].lower in NAME_CONNECTORS
            and run_start >= 2
            and is_name_word(core[run_start - 2])
        )
    ):
        run_start -= 1
    run = [w for w in core[run_start:] if w.is_word]
    place_after: str | None = None
    if len(run) >= 3 and run[-2].lower == "of" and is_place(run[-1].text):
        place_after = run[-1].text  # "Dale Whitaker of Kansas"
        run = run[:-2]
    elif (of_at := names.person_of_at([w.text for w in run])) is not None:
        place_after = Span(run[of_at + 1].start, run[-1].end).of(text)
        run = run[:of_at]  # "Pastor Eldon Marsh of First Baptist Church"
    name_start = 0
    for position, word in enumerate(run[:-1]):
        if is_leading(word):
            name_start = position + 1
    connected = any(w.lower in NAME_JOINERS for w in run[name_start:])
    name_words = [w for w in run[name_start:] if not w.text.startswith("(")]
    leading_end = core.index(run[name_start]) if run and name_start < len(run) else len(core)
    leading = [w for w in core[:leading_end] if w.lower not in DETERMINERS and w.is_word]
    joined = " ".join(w.text for w in core if w.lower != "the")
    run_text = " ".join(w.text for w in run)
    head = words[phrase.head].lower
    place = (
        joined in MULTIWORD_PLACES
        or run_text in MULTIWORD_PLACES
        or (
            len(name_words) == 1
            and is_place(name_words[0].text)
            and not names.is_surname(name_words[0].text)  # "Jeremy Paris … Paris said"
        )
    )
    if people_joined(name_words):
        return Description(written, span, Profile("group", head, plural=True))
    organization = (
        place
        or connected
        or joined.lower() in ORGANIZATION_NAMES_LOWER
        or run_text.lower() in ORGANIZATION_NAMES_LOWER
        or " ".join(w.lower for w in name_words) in ORGANIZATION_NAMES_LOWER  # "American Red Cross"
        or any(w.lower in ORGANIZATION_HEADS for w in run[name_start:])
        or (len(name_words) > 1 and ends_like_organization([w.text for w in name_words]))
        or " & " in written  # "Brenner & Cole", a firm
        or any(is_acronym(w.text) for w in without_post_nominal(name_words))
        or not name_words
    )
    title, affiliation = title_before(text, leading)
    affiliation = affiliation or place_after
    if name_words and all(is_title_word(w) for w in name_words):
        title_head = name_words[-1].lower
        return Description(written, span, Profile("anonymous", title_head), anaphor="definite")
    if name_words and names_outlet(leading):
        return Description(written, span, Profile("outlet", head))  # "state news agency KPL"
    listed = " ".join(w.text for w in name_words).lower() in ORGANIZATION_NAMES_LOWER
    if len(name_words) > 1 and name_words[-1].text in DOCUMENT_NAME_ENDINGS and not listed:
        return Description(written, span, Profile("document", head))  # "the Labour Market Survey"
    if organization:
        if not name_words and leading and any(w.lower in PERSONAL_TITLES for w in leading):
            return None
        return Description(
            written, span, Profile("organization", head, affiliation=affiliation, place=place)
        )
    name_words = list(without_post_nominal(name_words))  # "Anna Pryce MP" is Anna Pryce
    name_words = name_words[long_name_start([w.text for w in name_words]) :]
    if name_words[0].lower in _TIME_OPENERS and name_words[-1].lower in DAYS_AND_MONTHS:
        return None  # "Last May, a judge ordered", "Early Tuesday, …": a time, no one
    name_span = Span(name_words[0].start, name_words[-1].end)
    name = name_span.of(text)
    if thing_after_the(core, name_words):
        return Description(written, span, Profile("organization", head, confident=False))
    gender = gender_of(core, name)
    if len(name_words) == 1:
        role_before = bool(leading) and (
            leading[-1].lower in PERSONAL_TITLES
            or (leading[-1].text[:1].islower() and leading[-1].lower in PERSON_NOUNS)
        )
        # "Ravenna, who runs the café": a surname given no one in full
        relative = len(core) == 1 and named_before_who(words, phrase.head)
        if names.is_surname(name) or role_before or relative:
            return Description(
                name,
                name_span,
                Profile("person", head, title=title, affiliation=affiliation, gender=gender),
                anaphor="surname",
            )
        if len(name) < 2 or not names.is_proper(name):
            return None  # "See …", "R": no name the article uses
        if name.lower() in DAYS_AND_MONTHS:
            return None  # "Monday brought more losses": a time, no one
        alone = sum(1 for w in core if w.text[:1].isupper()) == 1  # not "North Carolina"
        given = given_name_gender(name) if alone and not is_place(name) else None
        if given is None and alone and not is_place(name):
            named = names.given_named(name, span.start)  # "Ásdís laughed" after "Ásdís …dóttir"
            given = named.gender if named is not None else None
        if given is not None:  # "her first name, Lena": a person, named so
            person = Profile("person", head, title=title, affiliation=affiliation, gender=given)
            return Description(name, name_span, person)
        return Description(
            written, span, Profile("organization", head, affiliation=affiliation, confident=False)
        )
    return Description(
        name,
        name_span,
        Profile("person", head, title=title, affiliation=affiliation, gender=gender),
    )


#: Determiners before the body a document's data comes from: "figures from the council".
_AUTHOR_DETERMINERS = frozenset({"the", "its", "their"})

#: Documents that are their source's numbers: "data from X" is X's.
_DATA_NOUNS = frozenset({"data", "figures", "numbers", "statistics", "results", "estimates"})


def _data_body(
    text: str, words: Sequence[Token], phrase: Phrase, names: NameIndex
) -> SourceKind | None:
    """The kind of the body whose data a phrase names: "Tickerline data", "data from the
    Office for National Statistics", "results from the Board of Elections"."""
    noun = next((i for i in range(phrase.start, phrase.end) if words[i].lower in _DATA_NOUNS), None)
    if noun is None or any(w.lower in DOCUMENT_NOUNS for w in words[phrase.start : noun]):
        return None  # "a report on data from the Census Bureau": the report is a document
    first = phrase.start + (words[phrase.start].lower in DETERMINERS)
    if first < noun and all(w.text[:1].isupper() for w in words[first:noun]):
        owner = noun_phrase(words, first, noun, post=False)  # "Tickerline data"
        body = classify(text, words, owner, names) if owner is not None else None
        if body is not None and body.profile.kind in {"organization", "outlet"}:
            return body.profile.kind
    # "from" only: "figures published by the company" is a document, as the annotators
    # of the held-out sets mostly read it
    for index in range(noun + 1, min(phrase.end - 1, noun + 5)):
        if words[index].lower == "from":
            return _data_source(text, words, index + 1, phrase.end, names)
    return None


def _data_source(
    text: str, words: Sequence[Token], start: int, end: int, names: NameIndex
) -> SourceKind | None:
    """ "the data firm Pitchgrid", "its local association", "the Office for National
    Statistics": the kind of the body some data comes from, an organisation or an
    outlet after "the", "its" or "their" (a survey or an event is no body)."""
    if start >= end or words[start].lower not in _AUTHOR_DETERMINERS:
        return None
    inner = noun_phrase(words, start, end, post=False)
    if inner is None:
        return None
    if words[inner.head].lower in DOCUMENT_NOUNS and not any(
        w.lower in ORGANIZATION_HEADS for w in words[inner.start : inner.head]
    ):
        return None  # "data from the 2014 Community Survey": a document's (not the "Office
        # for National Statistics")
    body = classify(text, words, inner, names)
    if body is None or body.profile.kind not in {"organization", "outlet"}:
        return None
    return body.profile.kind


#: Documents that stay documents with their author after "by": "a poll by Opinionline".
_AUTHORED_DOCUMENTS = frozenset(
    {"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "audit"}
)


def _document(
    text: str,
    words: Sequence[Token],
    phrase: Phrase,
    names: NameIndex,
    span: Span,
    written: str,
) -> Description:
    """ "a report by the inspector general", "court filings": a document; "data from
    Bondwatch", "figures from the data firm Pitchgrid": what the data's source is (a
    document "by" its author stays a document: "a poll by Opinionline")."""
    head = words[phrase.head].lower
    plural = head in PLURAL_DOCUMENT_NOUNS
    body = _data_body(text, words, phrase, names)
    if body is not None:  # "figures from the data firm Pitchgrid", "Tickerline data"
        return Description(written, span, Profile(body, head, plural=plural))
    for index in range(phrase.head + 1, phrase.end - 1):
        if words[index].lower not in AUTHOR_PREPOSITIONS:
            continue
        if not words[index + 1].text[:1].isupper():
            continue
        if index > phrase.head + 1 and words[index - 1].lower not in AUTHORING_PARTICIPLES:
            continue  # "a draft seen by The Associated Press": not its author
        if words[index].lower == "by" and head in _AUTHORED_DOCUMENTS:
            break  # "a poll by Opinionline", "a study by the port authority": a document
        inner = noun_phrase(words, index + 1, phrase.end, post=False)
        author = classify(text, words, inner, names) if inner is not None else None
        if author is None:
            continue
        if author.profile.kind == "person" and words[index].lower == "from":
            organization = Profile("organization", head, plural=plural)
            return Description(written, span, organization)  # "a survey from X"
        return Description(written, span, Profile(author.profile.kind, head, plural=plural))
    return Description(written, span, Profile("document", head, plural=plural))
