"""Resolution: each speaker phrase, in text order, to the entity it names.

As a reader does:

- "he said", "she told" take the most recent person of that gender (a
  gender is known from a title, "spokeswoman", or from an earlier pronoun);
  "they say" the most recent group;
- "Woog said" takes the full name ending in "Woog"; "the president said"
  the person last named with that title;
- "the publication shares", "the Post" take the outlet last named;
- "the official said", "the association said" take the last entity with
  that head noun ("an official", "An association of Peruvian fishermen").

Lookups into what the article names are bisections into indexes built once
(``names``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import attrs
import regex

from .._lexicon.function_words import DETERMINERS
from .._lexicon.organisations import COMPANY_NAME_WORDS, COMPANY_NAMES, COMPANY_NOUNS
from .._lexicon.people import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ROLE_SYNONYMS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
)
from .._lexicon.places import PLACES, STATE_ABBREVIATIONS
from .._lexicon.shares import NUMBER_WORDS
from .._records import Span
from .._text.patterns import lazy_pattern
from .attributions import Attribution
from .names import NEARBY, NameIndex
from .profiles import Description, Profile
from .tokens import POSSESSIVES

# A middle initial, dropped from a person's key: the "J." of "Donald J. Trump".
_INITIAL = lazy_pattern(r"\w\.?")

# How far back a pronoun or a definite phrase looks for its antecedent, in
# mentions: far enough for a paragraph, near enough not to jump topics.
_LOOKBACK = 15
# A phrase that gives a person's age: "the 29-year-old singer", "the 24-year-old".
_AGED = lazy_pattern(r"\b(\d{1,3})-year-old\b")

# What "it" may stand for as a speaker: "The ministry … “…,” it said".
_NEUTER_KINDS = frozenset({"organization", "outlet", "document"})


@attrs.define(eq=False)
class Entity:
    """A source being read: one per distinct person, organisation, group, outlet.

    Its ``profile`` is the one its first mention gave, with what later
    mentions add: a title, an affiliation, a reason, a gender. So an entity
    is mutable while the reading runs, and shared by every mention of it.
    """

    key: str
    name: str
    profile: Profile
    # The heads of the definite phrases resolved to this person ("the 34-year-old
    # teacher"), which a later "the teacher" refers back to.
    roles: set[str] = attrs.field(factory=set)

    def learn(self, profile: Profile) -> None:
        """Take the title, affiliation and reason of a later mention, where none is known."""
        known = self.profile
        title = known.title if known.title is not None else profile.title
        affiliation = known.affiliation if known.affiliation is not None else profile.affiliation
        reason = known.reason if known.reason is not None else profile.reason
        if (title, affiliation, reason) != (known.title, known.affiliation, known.reason):
            self.profile = attrs.evolve(known, title=title, affiliation=affiliation, reason=reason)

    def take_gender(self, gender: str | None) -> None:
        if gender != self.profile.gender:
            self.profile = attrs.evolve(self.profile, gender=gender)


@attrs.frozen(eq=False)
class Mention:
    """An attribution clause whose speaker is resolved to ``entity``."""

    attribution: Attribution
    entity: Entity

    @property
    def span(self) -> Span:
        return self.attribution.speaker.span


class Resolver:
    """The entities read so far, and the rules that resolve a new phrase to one."""

    def __init__(self, names: NameIndex, quoted: Sequence[Span] = ()) -> None:
        self.names = names
        self.quoted = quoted  # the quotations, whose names speak of no one nearby
        self.entities: dict[str, Entity] = {}
        self.recent: list[Entity] = []
        self.last_seen: dict[str, int] = {}

    def resolve(self, description: Description, offset: int) -> Entity | None:
        entity = self._find(description, offset)
        if entity is not None:
            self.last_seen[entity.key] = offset
            if not self.recent or self.recent[-1] is not entity:
                self.recent.append(entity)
            entity.learn(description.profile)
            if description.anaphor == "definite" and entity.profile.kind == "person":
                entity.roles.add(description.profile.head)
        return entity

    def _find(self, description: Description, offset: int) -> Entity | None:
        anaphor = description.anaphor
        profile = description.profile
        if anaphor == "pronoun":
            return self._pronoun(description) or self._named_person(description, offset)
        if anaphor == "outlet":
            return self._outlet(description, offset)
        if anaphor in {"definite", "role"}:
            found = self._definite(description, offset)
            if found is None and anaphor == "role":
                found = self._role(description)
            if found is not None:
                return found
        if profile.kind == "organization" and not profile.confident:
            word = description.name.split()[-1]
            named = self.names.last_outlet(offset, ending=word)
            if named is not None:  # "according to the Post"
                outlet = attrs.evolve(profile, kind="outlet")
                return self._entity(attrs.evolve(description, name=named.name, profile=outlet))
        if profile.kind == "person":
            name = description.name
            first = name.split(" ", 1)[0]
            if " " in name and first.lower() in NAME_PARTICLES:
                name = first.lower() + name[len(first) :]  # "Van der Lijn" opening a sentence
            if " " not in name or name[:1].islower():  # "Woog", "de la Vega"
                full = self.names.full_name(name, offset)
                if full is None and " " not in name and profile.gender is not None:
                    # "Hillary said", and "Ms. Gao" after "Gao Junlan": the name opens it
                    full = self.names.given_named(name, offset)
                company = (
                    self.names.company_of(name)
                    if full is None and profile.title is None and not self.names.is_surname(name)
                    else None
                )
                if company is not None:  # "Vextra said" after "Vextra Inc.": the company
                    body = attrs.evolve(profile, kind="organization", gender=None, title=None)
                    return self._entity(attrs.evolve(description, name=company, profile=body))
                if full is not None:
                    person = attrs.evolve(
                        profile,
                        gender=profile.gender or full.gender,
                        title=profile.title or full.title,
                    )
                    return self._entity(attrs.evolve(description, name=full.full, profile=person))
        return self._entity(description)

    def _outlet(self, description: Description, offset: int) -> Entity:
        """ "the publication shares": the outlet named or attributed to last. "the paper"
        after a study, with no outlet attributed to since, is the study's paper, a
        document ("…, the paper concludes")."""
        named = self.names.last_outlet(offset)
        attributed = next(
            (e for e in reversed(self.recent[-_LOOKBACK:]) if e.profile.kind == "outlet"), None
        )
        if description.profile.head == "paper" and self._after_document(attributed):
            document = attrs.evolve(description.profile, kind="document")
            return self._entity(attrs.evolve(description, profile=document))
        if attributed is not None and (
            named is None or self.last_seen.get(attributed.key, -1) >= named.start
        ):
            return attributed
        if named is None:
            return self._entity(description)
        return self._entity(attrs.evolve(description, name=named.name))

    def _after_document(self, outlet: Entity | None) -> bool:
        """Whether a document was attributed to after ``outlet`` (or at all, with none)."""
        for entity in reversed(self.recent[-_LOOKBACK:]):
            if entity is outlet:
                return False
            if entity.profile.kind == "document":
                return True
        return False

    def _entity(self, description: Description) -> Entity:
        """The entity ``description`` names by its name, made on its first mention."""
        profile = description.profile
        key = _key(description.name, profile.kind)
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, name=description.name, profile=profile)
            self.entities[key] = entity
        elif entity.profile.kind == "person" and entity.profile.gender is None:
            entity.take_gender(profile.gender)
        return entity

    def _pronoun(self, description: Description) -> Entity | None:
        """The last person of the pronoun's gender; a verb's own subject (gender None:
        "ha aggiunto", "dijo") takes the last person of any."""
        gender = description.profile.gender
        for entity in reversed(self.recent[-_LOOKBACK:]):
            known = entity.profile
            if gender == "n":  # "it": the last organisation, outlet or document
                if known.kind in _NEUTER_KINDS and not known.plural:
                    return entity
                continue
            if gender == "p":
                if known.plural or known.kind in {"group", "organization"}:
                    return entity
                continue
            if known.kind == "person" and (gender is None or known.gender in {None, gender}):
                if gender is not None:
                    entity.take_gender(gender)
                return entity
            if known.kind == "anonymous" and not known.plural and known.gender == gender:
                return entity  # "The man’s sister said … “…,” she said"
        return None

    def _named_person(self, description: Description, offset: int) -> Entity | None:
        """ "she said" when no woman was read before it: the last woman named at a
        sentence's start (an obituary's subject, named at its start and never as a
        speaker); "he said" likewise."""
        gender = description.profile.gender
        if gender not in {"m", "f"}:
            return None
        named = self.names.last_person(offset, gender)
        if named is None and not self._someone_since(offset):
            named = self.names.last_person(offset, gender, anywhere=True)
        if named is None or _inside(self.quoted, named.start):
            return None
        person = attrs.evolve(description.profile, gender=gender, title=named.title)
        return self._entity(attrs.evolve(description, name=named.full, profile=person))

    def _someone_since(self, offset: int) -> bool:
        """Whether a person or an unnamed one was read in the last ``NEARBY`` characters
        before ``offset`` ("A bartender who saw it called police. “…,” she said")."""
        return any(
            e.profile.kind in {"person", "anonymous"}
            and offset - self.last_seen.get(e.key, -1) < NEARBY
            for e in self.recent[-_LOOKBACK:]
        )

    def _aged(self, description: Description, age: str, offset: int) -> Entity | None:
        """ "said the 34-year-old" after "Marguerite Lowell, 34, a schoolteacher": the person
        the article gave that age. (Not any person read last: "the 46-year-old" is as often
        someone the article has not named.)"""
        named = self.names.person_aged(age, offset)
        if named is not None:  # "Marguerite Lowell, 34, a teacher … said the 34-year-old"
            person = attrs.evolve(description.profile, kind="person", gender=named.gender)
            return self._entity(attrs.evolve(description, name=named.full, profile=person))
        return None

    def _role(self, description: Description) -> Entity | None:
        """ "la dirigeante", "der Minister" (``speakers``): the last person of that gender.

        Only a person whose gender is known: a title names one person of the
        article, and the gender of its article ("la", "die") tells which.
        """
        gender = description.profile.gender
        if gender not in {"m", "f"}:
            return None
        for entity in reversed(self.recent[-_LOOKBACK:]):
            if entity.profile.kind == "person" and entity.profile.gender == gender:
                return entity
        return None

    def _definite(self, description: Description, offset: int) -> Entity | None:
        """ "the official" after "an official", "the president" after "President X"."""
        profile = description.profile
        head = profile.head
        age = _AGED.search(description.name) if profile.kind == "anonymous" else None
        if age is not None:
            return self._aged(description, age.group(1), offset)
        places = _places_named(description.name)
        modifiers = _modifiers(description.name, head)
        for entity in reversed(self.recent[-_LOOKBACK:]):
            known = entity.profile
            if known.head == head and known.kind == profile.kind:
                if places and _places_named(entity.name) - places:
                    continue  # "the Florida senator" is not "the Vermont senator"
                if not modifiers <= set(entity.name.lower().split()):
                    continue  # "the emergency management office" is not the sheriff's
                return entity
        for entity in reversed(self.recent[-_LOOKBACK:]):
            known = entity.profile
            if head == "source" and known.kind == "anonymous" and not known.plural:
                return entity  # "an aide said … the source added": no source named before
        if profile.kind == "organization" and head in COMPANY_NOUNS:
            for entity in reversed(self.recent[-_LOOKBACK:]):
                known = entity.profile
                if known.kind == "organization" and not known.place and _is_company(entity):
                    return entity  # "Orbitly is … The company posted"
        if profile.kind == "anonymous":
            exact = self._role_holder(head, places, _has_title_word)
            if exact is not None:
                return exact  # "spokeswoman Dana Perkins … the spokeswoman said"
            # a bare capitalised title ("Senator says …" in a headline) may name
            # someone the article names in full only below it
            bare = " " not in description.name and description.name[:1].isupper()
            holder = self.names.holder_of(
                head,
                offset,
                ahead=bare,
                accept=lambda p: _holds_places(
                    places, p.full, p.title, self.names.party_state_after(p)
                ),
            )
            if holder is not None:
                person = attrs.evolve(profile, kind="person", title=holder.title)
                return self._entity(attrs.evolve(description, name=holder.full, profile=person))
            return self._role_holder(head, places, _holds_role)  # "Sgt. …", "attorney …"
        return None

    def _role_holder(
        self, head: str, places: frozenset[str], holds: Callable[[str, Entity], bool]
    ) -> Entity | None:
        """The person read last whom ``holds`` gives the role, in the places it names."""
        for entity in reversed(self.recent[-_LOOKBACK:]):
            known = entity.profile
            if known.kind == "person" and holds(head, entity):
                if not _holds_places(places, entity.name, known.title, known.affiliation):
                    continue  # "the Wisconsin Republican" is no Texan's
                return entity
        return None


def _has_title_word(head: str, entity: Entity) -> bool:
    """Whether the person's title holds the role's head as it is written."""
    return head in (entity.profile.title or "").lower().split()


def _holds_role(head: str, entity: Entity) -> bool:
    """Whether the person's title, written out, or a role that named them before has the
    role's head or a word for the same role: "the defense lawyer" after "defense attorney
    Corinne …", "the sergeant" after "Sgt. Marisol …"; not "the governor" after "Lt. Gov.
    Tom Hale", whose title's head is a deputy's."""
    title = (entity.profile.title or "").lower().split()
    if any(word in _DEPUTY_WORDS for word in title):
        return False
    words = {TITLE_ABBREVIATIONS.get(w, w) for w in title} | entity.roles
    return head in words or not words.isdisjoint(ROLE_SYNONYMS.get(head, ()))


# Words that make a title a deputy's: "Lt. Gov.", "vice president", "deputy mayor".
_DEPUTY_WORDS = frozenset({"lt.", "lieutenant", "vice", "deputy", "assistant", "associate"})


def _modifiers(name: str, head: str) -> set[str]:
    """The lower-case words that tell a definite phrase's entity apart from another with
    its head: "emergency management" in "The county’s emergency management office"."""
    return {
        word
        for word in name.split()
        if word.islower()
        and word != head
        and word not in DETERMINERS
        and word not in TITLE_MODIFIERS
        and word not in NUMBER_WORDS  # "the three candidates" after "the candidates"
        and not word.endswith(POSSESSIVES)
    }


def _inside(spans: Sequence[Span], offset: int) -> bool:
    """Whether ``offset`` lies inside one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, offset, key=_start) - 1
    return index >= 0 and spans[index].start <= offset < spans[index].end


def _start(span: Span) -> int:
    return span.start


def _places_named(name: str) -> frozenset[str]:
    """The countries and states a role names: "the Florida senator" gives "Florida"."""
    return frozenset(word for word in name.split() if word in PLACES)


def _holds_places(places: frozenset[str], *texts: str | None) -> bool:
    """Whether a person's name, title or affiliation ("R-Wis.") gives every place in
    ``places``, by its name or its state's abbreviation: the one a role names."""
    words = {w for text in texts if text for w in regex.split(r"[^\w]+", text) if w}
    return all(
        place in words or any(a in words for a in STATE_ABBREVIATIONS.get(place, ()))
        for place in places
    )


def _is_company(entity: Entity) -> bool:
    """Whether an organisation shows it is a company, for "the company" to refer to it.

    A lone name the article does not explain ("Amazon", read as an
    organisation without confidence), a company word in its name ("Tervo
    Pharma", "Orbit Labs Inc."), a company noun ("a Chicago firm") or a
    known company ("Goldman Sachs"); not a ministry, a court or the Pentagon.
    """
    words = entity.name.lower().split()
    return (
        not entity.profile.confident
        or entity.profile.head in COMPANY_NOUNS
        or any(word in COMPANY_NAME_WORDS for word in words)
        or entity.name.removeprefix("the ").removeprefix("The ") in COMPANY_NAMES
    )


def _key(name: str, kind: str = "") -> str:
    """One key per entity: "Donald J. Trump" and "Donald Trump" are one person."""
    words = name.lower().replace("’", "'").split()
    if kind == "person" and len(words) > 2:
        words = [w for w in words[:-1] if not _INITIAL.fullmatch(w)] + words[-1:]
        if words[-1] in NAME_SUFFIXES and len(words) > 2:
            words = words[:-1]
    return " ".join(words).removeprefix("the ")
