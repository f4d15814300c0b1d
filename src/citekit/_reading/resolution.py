"""One reading of the document: its clauses, each speaker resolved to an entity.

The quotes and sources detectors share this reading. It cuts the text into
units (sentences, joined where a quotation runs across their boundary),
reads the attribution clauses of each unit (``_attribution``), and resolves
every speaker phrase, in text order, to an entity, as a reader does:

- "he said", "she told" take the most recent person of that gender (a
  gender is known from a title, "spokeswoman", or from an earlier pronoun);
  "they say" the most recent group;
- "Woog said" takes the full name ending in "Woog"; "the president said"
  the person last named with that title;
- "the publication shares", "the Post" take the outlet last named;
- "the official said", "the association said" take the last entity with
  that head noun ("an official", "An association of Peruvian fishermen").

The subject that opens each unit ("The entrepreneurs took …") is an
antecedent for a later pronoun, but a source only if something is attributed
to it. Everything is read once; lookups are bisections into indexes built
once (``_names``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import pairwise

import attrs
import regex

from .._lexicon.words import (
    COMPANY_NAME_WORDS,
    COMPANY_NAMES,
    COMPANY_NOUNS,
)
from .._records import SourceKind, Span
from .._text.marks import Quoted, find_quoted
from .._text.segment import Document
from .attribution import (
    CUE_OPENERS,
    Attribution,
    Description,
    Token,
    classify,
    clause_subject,
    noun_phrase,
    read_clauses,
    tokenize,
)
from .names import NameIndex, trie

# A middle initial, dropped from a person's key: the "J." of "Donald J. Trump".
_INITIAL = regex.compile(r"\w\.?")

# Where a unit may hold an attribution clause: a word that opens one, in any
# case (the clause reader decides what case it takes: "said", but "According
# to the BBC, …"), or the colon of a headline. One pass over the lower-cased
# text finds them all, faster than a case-blind pattern over the text.
_TRIGGER = regex.compile(r"\b(?:" + trie(sorted(CUE_OPENERS)) + r")\b")
# The longest unit, in characters: a long sentence has a few hundred.
_MAX_UNIT = 1500
# How far from a quotation a unit is never cut: past the clauses that may
# name its speaker (the quotes detector looks 60 tokens either side).
_QUOTE_MARGIN = 600
_SPACE = regex.compile(r"\s+")
# How many units back the subject of an unread unit is an antecedent.
_UNIT_LOOKBACK = 4

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


class TokenWindow:
    """A unit's tokens around its quotations: what the quotes detector reads of them.

    Every token of every unit with a quotation, kept until the quotes
    detector runs, took some forty times the memory of the text. The
    detector reads the tokens up to ``REACH`` on either side of a quotation
    and the unit's token count, so only those are kept, in one tuple from
    the first quotation's reach to the last's with ``None`` between.
    Indexing a token outside them raises ``KeyError``.
    """

    REACH = 3
    __slots__ = ("_kept", "_length", "_low", "_quote_indices", "_quote_starts")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._length = len(tokens)
        indices = [i for i, token in enumerate(tokens) if token.kind == "quote"]
        self._quote_indices = tuple(indices)
        self._quote_starts = tuple(tokens[i].start for i in indices)
        self._low = low = max(0, indices[0] - self.REACH) if indices else 0
        high = min(len(tokens), indices[-1] + self.REACH + 1) if indices else 0
        kept: list[Token | None] = list(tokens[low:high])
        for before, after in pairwise(indices):
            gap = range(before + self.REACH + 1 - low, after - self.REACH - low)
            if gap:
                kept[gap.start : gap.stop] = [None] * len(gap)  # out of every quotation's reach
        self._kept = tuple(kept)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> Token:
        offset = (index if index >= 0 else index + self._length) - self._low
        token = self._kept[offset] if 0 <= offset < len(self._kept) else None
        if token is None:
            raise KeyError(index)
        return token

    def slice(self, start: int, stop: int) -> list[Token]:
        """``tokens[start:stop]``, all of them within reach of a quotation."""
        return [self[i] for i in range(max(start, 0), min(stop, self._length))]

    def position(self, start: int) -> int | None:
        """The index of the quotation token whose outer span starts at ``start``."""
        found = bisect.bisect_left(self._quote_starts, start)
        if found < len(self._quote_starts) and self._quote_starts[found] == start:
            return self._quote_indices[found]
        return None


EMPTY_WINDOW = TokenWindow(())


@attrs.frozen(eq=False)
class Unit:
    """A sentence (or sentences a quotation joins), its clauses and its quotations.

    ``subject`` is the entity its first clause is about, when it names one;
    ``headline`` the speaker of a "Name: …" line, for the quotations in it.
    ``read_in_full`` says whether its clauses were read. ``tokens`` keeps the
    tokens around its quotations (see ``TokenWindow``).
    """

    span: Span
    paragraph: int
    tokens: TokenWindow
    mentions: tuple[Mention, ...]
    subject: Mention | None = None
    headline: Mention | None = None
    read_in_full: bool = True
    _firsts: tuple[int, ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.mentions:
            object.__setattr__(self, "_firsts", ())
            return
        ordered = sorted(self.mentions, key=lambda m: m.attribution.first)
        object.__setattr__(self, "mentions", tuple(ordered))
        object.__setattr__(self, "_firsts", tuple(m.attribution.first for m in ordered))

    def mentions_near(self, position: int, window: int) -> tuple[Mention, ...]:
        """The clauses that start within ``window`` tokens of ``position``, in order."""
        low = bisect.bisect_left(self._firsts, position - window)
        high = bisect.bisect_right(self._firsts, position + window)
        return self.mentions[low:high]


@attrs.frozen(eq=False)
class Reading:
    text: str
    quoted: tuple[Quoted, ...]
    units: tuple[Unit, ...]
    names: NameIndex
    unit_starts: tuple[int, ...]

    def unit_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.unit_starts, offset) - 1, 0)


def read(doc: Document) -> Reading:
    """The document's units and resolved clauses, read once per document.

    Quotes, sources and hedges share it through the document's memo (a cache
    keyed by the document itself would hash and compare every paragraph and
    sentence span on each call, and keep old documents alive).
    """
    return doc.memo("reading", lambda: _read(doc))


def _read(doc: Document) -> Reading:
    """The document's units and resolved clauses.

    Only the units that hold a cue word or a quotation are read in full. The
    subject of any other unit is read only when a pronoun or a definite
    phrase a few units later may refer back to it, and only if no unit
    read in full stands between them: the resolver takes entities in text
    order, and one read after a later unit's would pass for the more recent.
    """
    text = doc.text
    quoted = find_quoted(doc)
    names = NameIndex(text)
    resolver = _Resolver(names)
    spans = _unit_spans(doc, quoted)
    triggers = [m.start() for m in _TRIGGER.finditer(doc.lowered)]
    outers = [q.outer for q in quoted]
    units: list[Unit] = []
    registered = -1  # the last unit whose subject the resolver has seen
    position = 0
    for index, span in enumerate(spans):
        while position < len(outers) and outers[position].start < span.start:
            position += 1
        inside: list[Span] = []
        while position < len(outers) and outers[position].start < span.end:
            inside.append(outers[position])
            position += 1
        paragraph = doc.paragraph_index(span.start)
        cue = bisect.bisect_left(triggers, span.start)
        active = bool(inside) or (cue < len(triggers) and triggers[cue] < span.end)
        if not active and not _may_be_headline(text, doc, span):
            units.append(Unit(span, paragraph, EMPTY_WINDOW, (), read_in_full=False))
            continue
        tokens = tokenize(text, span, inside)
        clauses = read_clauses(text, tokens, names)
        if any(a.speaker.anaphor in {"pronoun", "definite"} for a in clauses):
            for earlier in range(max(registered + 1, index - _UNIT_LOOKBACK), index):
                _register_subject(text, units[earlier], quoted, resolver, names)
        units.append(
            _read_unit(text, doc, span, paragraph, tokens, bool(inside), clauses, names, resolver)
        )
        registered = index
    return Reading(text, quoted, tuple(units), names, tuple(u.span.start for u in units))


def _outer_start(quoted: Quoted) -> int:
    return quoted.outer.start


def _may_be_headline(text: str, doc: Document, span: Span) -> bool:
    return ":" in text[span.start : min(span.end, span.start + 80)] and (
        doc.paragraphs[doc.paragraph_index(span.start)].start == span.start
    )


def _register_subject(
    text: str, unit: Unit, quoted: tuple[Quoted, ...], resolver: _Resolver, names: NameIndex
) -> None:
    """Make the subject of a unit read lazily an antecedent ("The entrepreneurs took …")."""
    if unit.read_in_full:
        return  # its subject was resolved when it was read
    window = Span(unit.span.start, min(unit.span.end, unit.span.start + 240))
    first = bisect.bisect_left(quoted, window.start, key=_outer_start)
    inside = []
    for item in quoted[first:]:
        if item.outer.start >= window.end:
            break
        inside.append(item.outer)
    tokens = tokenize(text, window, inside)
    subject = clause_subject(text, tokens, names)
    if subject is not None and subject[1].anaphor != "pronoun":
        resolver.resolve(subject[1], subject[1].span.start)


def _unit_spans(doc: Document, quoted: tuple[Quoted, ...]) -> list[Span]:
    """Sentences, joined where a quotation runs across a sentence boundary."""
    spans: list[Span] = []
    sentences = doc.sentences
    position = 0
    index = 0
    while index < len(sentences):
        start, end = sentences[index].start, sentences[index].end
        reach = end
        while True:
            while position < len(quoted) and quoted[position].outer.start < end:
                reach = max(reach, quoted[position].outer.end)
                position += 1
            if (
                reach > end
                and index + 1 < len(sentences)
                and sentences[index + 1].start < reach
                and doc.paragraph_index(sentences[index + 1].start) == doc.paragraph_index(start)
            ):
                index += 1
                end = sentences[index].end
                continue
            break
        spans.extend(_bounded(doc.text, start, end, quoted))
        index += 1
    return spans


def _bounded(text: str, start: int, end: int, quoted: tuple[Quoted, ...]) -> list[Span]:
    """``[start, end)`` cut at spaces into units of ``_MAX_UNIT`` to twice that many characters.

    Text without sentence ends (a scraped page with its punctuation lost,
    a list of names) would otherwise be one unit, read and held at once. A
    cut keeps ``_QUOTE_MARGIN`` characters from every quotation where it
    can, so that a quotation stays in one unit with the clauses that may
    name its speaker ("“…,” said Maria Lopez"). A unit of less than twice
    ``_MAX_UNIT`` is left whole when it has no such place; a longer one,
    where quotations come too often for a margin, is cut in the middle of
    the widest stretch between two of them. A cut never falls inside a
    quotation.
    """
    pieces: list[Span] = []
    while end - start > _MAX_UNIT:
        forced = end - start > 2 * _MAX_UNIT
        high = start + 2 * _MAX_UNIT if forced else end
        cut = _cut(text, start + _MAX_UNIT, high, end, quoted, forced=forced)
        if cut is None:
            break
        space = _SPACE.match(text, cut, end)
        if space is None or space.end() >= end:
            break
        pieces.append(Span(start, cut))
        start = space.end()
    pieces.append(Span(start, end))
    return pieces


def _cut(
    text: str, low: int, high: int, end: int, quoted: tuple[Quoted, ...], *, forced: bool
) -> int | None:
    """Where to cut a unit, from ``low`` on: the start of a run of white space, or None.

    The first run in ``[low, high)`` at least ``_QUOTE_MARGIN`` from every
    quotation; else, when the cut is ``forced``, the first from the middle
    of the widest stretch of ``[low, high)`` between quotations that holds
    one (or from that stretch's start), or the first before ``end`` outside
    every quotation.
    """
    offset = _clear_of_quotations(low, quoted, high)
    while offset < high:
        space = _SPACE.search(text, offset, high)
        if space is None:
            break
        clear = _clear_of_quotations(space.start(), quoted, high)
        if clear == space.start():
            return clear
        offset = clear
    if not forced:
        return None
    for gap_start, gap_end in sorted(_gaps(low, high, quoted), key=lambda g: g[0] - g[1]):
        middle = (gap_start + gap_end) // 2
        space = _SPACE.search(text, middle, gap_end) or _SPACE.search(text, gap_start, middle)
        if space is not None:
            return space.start()
    offset = high
    while offset < end:
        inside = _quotation_at(offset, quoted)
        if inside is not None:
            offset = inside.outer.end
            continue
        space = _SPACE.search(text, offset, end)
        if space is None:
            return None
        inside = _quotation_at(space.start(), quoted)
        if inside is None:
            return space.start()
        offset = inside.outer.end
    return None


def _gaps(low: int, high: int, quoted: tuple[Quoted, ...]) -> list[tuple[int, int]]:
    """The stretches of ``[low, high)`` outside every quotation."""
    gaps: list[tuple[int, int]] = []
    index = max(bisect.bisect_right(quoted, low, key=_outer_start) - 1, 0)
    position = low
    for item in quoted[index:]:
        if item.outer.start >= high:
            break
        if item.outer.start > position:
            gaps.append((position, item.outer.start))
        position = max(position, item.outer.end)
    if position < high:
        gaps.append((position, high))
    return gaps


def _quotation_at(offset: int, quoted: tuple[Quoted, ...]) -> Quoted | None:
    """The quotation whose outer span holds ``offset``, if any."""
    index = bisect.bisect_right(quoted, offset, key=_outer_start) - 1
    if index >= 0 and quoted[index].outer.start <= offset < quoted[index].outer.end:
        return quoted[index]
    return None


def _clear_of_quotations(offset: int, quoted: tuple[Quoted, ...], limit: int) -> int:
    """The first offset from ``offset`` at least ``_QUOTE_MARGIN`` from every quotation,
    or an offset at ``limit`` or past it when there is none before ``limit`` (the walk
    stops there, so that a run dense with quotations is not walked for every cut)."""
    index = bisect.bisect_right(quoted, offset + _QUOTE_MARGIN, key=_outer_start) - 1
    while offset < limit and index >= 0 and quoted[index].outer.end + _QUOTE_MARGIN > offset:
        offset = quoted[index].outer.end + _QUOTE_MARGIN
        index = bisect.bisect_right(quoted, offset + _QUOTE_MARGIN, key=_outer_start) - 1
    return offset


def _read_unit(
    text: str,
    doc: Document,
    span: Span,
    paragraph: int,
    tokens: Sequence[Token],
    has_quotations: bool,
    clauses: list[Attribution],
    names: NameIndex,
    resolver: _Resolver,
) -> Unit:
    window = TokenWindow(tokens) if has_quotations else EMPTY_WINDOW
    if not clauses and not any(token.is_word for token in tokens):
        return Unit(span, paragraph, window, ())  # a quotation alone names no one
    subject = clause_subject(text, tokens, names)
    headline = _headline(text, doc, span, tokens, names)
    events: list[tuple[int, int, Attribution | Description]] = [
        (a.speaker.span.start, 1, a) for a in clauses
    ]
    if subject is not None:
        events.append((subject[1].span.start, 0, subject[1]))
    if headline is not None:
        events.append((headline.speaker.span.start, 0, headline))
    events.sort(key=lambda e: (e[0], e[1]))
    mentions: list[Mention] = []
    subject_mention: Mention | None = None
    headline_mention: Mention | None = None
    for offset, _, event in events:
        description = event.speaker if isinstance(event, Attribution) else event
        entity = resolver.resolve(description, offset)
        if entity is None:
            continue
        if isinstance(event, Attribution) and event is headline:
            headline_mention = Mention(event, entity)
        elif isinstance(event, Attribution):
            mentions.append(Mention(event, entity))
        else:
            marker = Attribution(event, "", event.span, "subject", 0, 0)
            subject_mention = Mention(marker, entity)
    return Unit(span, paragraph, window, tuple(mentions), subject_mention, headline_mention)


def _headline(
    text: str, doc: Document, span: Span, tokens: Sequence[Token], names: NameIndex
) -> Attribution | None:
    """ "Orbit's Halvorsen: If the board picks Lund …": the speaker of a headline."""
    paragraph = doc.paragraphs[doc.paragraph_index(span.start)] if doc.paragraphs else None
    if paragraph is None or paragraph.start != span.start:
        return None
    colon = next((i for i, t in enumerate(tokens[:7]) if t.text == ":"), None)
    if colon is None or colon == 0:
        return None
    phrase = noun_phrase(tokens, 0, colon, post=False)
    if phrase is None or phrase.end != colon:
        return None
    description = classify(text, tokens, phrase, names)
    if description is not None and description.kind == "anonymous" and description.anaphor:
        # "Judge: “I Will Not …”" over "Judge Ines Varga said …": the title's holder
        holder = names.holder_of(description.head, span.start, ahead=True)
        if holder is not None:
            description = attrs.evolve(
                description, name=holder.full, kind="person", title=holder.title, anaphor=None
            )
    if description is None or description.kind not in {"person", "organization", "outlet"}:
        return None
    cue = tokens[colon]
    return Attribution(description, ":", Span(cue.start, cue.end), "subject", 0, colon)


class _Resolver:
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
        if words[-1] in {"jr.", "jr", "sr.", "sr", "ii", "iii"} and len(words) > 2:
            words = words[:-1]
    return " ".join(words).removeprefix("the ")
