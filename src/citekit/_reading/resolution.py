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

import attrs
import regex

from .._lexicon.organisations import COMPANY_NAME_WORDS, COMPANY_NAMES, COMPANY_NOUNS
from .._lexicon.people import NAME_SUFFIXES
from .._records import SourceKind, Span
from .clauses import Attribution
from .descriptions import Description
from .names import NameIndex

# A middle initial, dropped from a person's key: the "J." of "Donald J. Trump".
_INITIAL = regex.compile(r"\w\.?")

# How far back a pronoun or a definite phrase looks for its antecedent, in
# mentions: far enough for a paragraph, near enough not to jump topics.
_LOOKBACK = 15


@attrs.define(eq=False)
class Entity:
    """A source being read: one per distinct person, organisation, group, outlet."""

    key: str
    name: str
    kind: SourceKind
    head: str
    title: str | None = None
    affiliation: str | None = None
    reason: str | None = None
    gender: str | None = None
    plural: bool = False
    confident: bool = True
    place: bool = False


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

    def __init__(self, names: NameIndex) -> None:
        self.names = names
        self.entities: dict[str, Entity] = {}
        self.recent: list[Entity] = []
        self.last_seen: dict[str, int] = {}

    def resolve(self, description: Description, offset: int) -> Entity | None:
        entity = self._find(description, offset)
        if entity is not None:
            self.last_seen[entity.key] = offset
            if not self.recent or self.recent[-1] is not entity:
                self.recent.append(entity)
            if entity.title is None and description.title is not None:
                entity.title = description.title
            if entity.affiliation is None and description.affiliation is not None:
                entity.affiliation = description.affiliation
            if entity.reason is None and description.reason is not None:
                entity.reason = description.reason
        return entity

    def _find(self, description: Description, offset: int) -> Entity | None:
        anaphor = description.anaphor
        if anaphor == "pronoun":
            return self._pronoun(description)
        if anaphor == "outlet":
            return self._outlet(description, offset)
        if anaphor == "definite":
            found = self._definite(description, offset)
            if found is not None:
                return found
        if description.kind == "organization" and not description.confident:
            word = description.name.split()[-1]
            named = self.names.last_outlet(offset, ending=word)
            if named is not None:  # "according to the Post"
                resolved = attrs.evolve(description, name=named.name, kind="outlet")
                return self._entity(named.name, resolved)
        if description.kind == "person":
            name = description.name
            if " " not in name or name[:1].islower():  # "Woog", "de la Vega"
                full = self.names.full_name(name, offset)
                if full is not None:
                    gender = description.gender
                    title = description.title or full.title
                    resolved = attrs.evolve(
                        description, name=full.full, gender=gender or full.gender, title=title
                    )
                    return self._entity(full.full, resolved)
            return self._entity(name, description)
        return self._entity(description.name, description)

    def _outlet(self, description: Description, offset: int) -> Entity:
        """ "the publication shares": the outlet named or attributed to last."""
        named = self.names.last_outlet(offset)
        attributed = next(
            (e for e in reversed(self.recent[-_LOOKBACK:]) if e.kind == "outlet"), None
        )
        if attributed is not None and (
            named is None or self.last_seen.get(attributed.key, -1) >= named.start
        ):
            return attributed
        if named is None:
            return self._entity(description.name, description)
        return self._entity(named.name, attrs.evolve(description, name=named.name))

    def _entity(self, name: str, description: Description) -> Entity:
        key = _key(name, description.kind)
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(
                key=key,
                name=name,
                kind=description.kind,
                head=description.head,
                title=description.title,
                affiliation=description.affiliation,
                reason=description.reason,
                gender=description.gender,
                plural=description.plural,
                confident=description.confident,
                place=description.place,
            )
            self.entities[key] = entity
        elif entity.kind == "person" and entity.gender is None:
            entity.gender = description.gender
        return entity

    def _pronoun(self, description: Description) -> Entity | None:
        gender = description.gender
        for entity in reversed(self.recent[-_LOOKBACK:]):
            if gender == "p":
                if entity.plural or entity.kind in {"group", "organization"}:
                    return entity
                continue
            if entity.kind == "person" and entity.gender in {None, gender}:
                entity.gender = gender
                return entity
            if entity.kind == "anonymous" and not entity.plural and entity.gender == gender:
                return entity  # "The man’s sister said … “…,” she said"
        return None

    def _definite(self, description: Description, offset: int) -> Entity | None:
        """ "the official" after "an official", "the president" after "President X"."""
        head = description.head
        for entity in reversed(self.recent[-_LOOKBACK:]):
            if entity.head == head and entity.kind == description.kind:
                return entity
            if head == "source" and entity.kind == "anonymous" and not entity.plural:
                return entity
        if description.kind == "organization" and head in COMPANY_NOUNS:
            for entity in reversed(self.recent[-_LOOKBACK:]):
                if entity.kind == "organization" and not entity.place and _is_company(entity):
                    return entity  # "Orbitly is … The company posted"
        if description.kind == "anonymous":
            for entity in reversed(self.recent[-_LOOKBACK:]):
                if entity.kind == "person" and head in (entity.title or "").lower().split():
                    return entity  # "spokeswoman Dana Perkins … the spokeswoman said"
            # a bare capitalised title ("Senator says …" in a headline) may name
            # someone the article names in full only below it
            bare = " " not in description.name and description.name[:1].isupper()
            holder = self.names.holder_of(head, offset, ahead=bare)
            if holder is not None:
                person = attrs.evolve(
                    description, name=holder.full, kind="person", title=holder.title
                )
                return self._entity(holder.full, person)
        return None


def _is_company(entity: Entity) -> bool:
    """Whether an organisation shows it is a company, for "the company" to refer to it.

    A lone name the article does not explain ("Amazon", read as an
    organisation without confidence), a company word in its name ("Tervo
    Pharma", "Orbit Labs Inc."), a company noun ("a Chicago firm") or a
    known company ("Goldman Sachs"); not a ministry, a court or the Pentagon.
    """
    words = entity.name.lower().split()
    return (
        not entity.confident
        or entity.head in COMPANY_NOUNS
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
