"""The reading: the stage of the pipeline that the quotes, sources and hedges detectors share.

``read(doc)`` runs once per article (``_pipeline`` calls it) and gives the
``Reading`` that the quotes, sources and hedges detectors share: the quoted
stretches, and the units with their attribution clauses, each speaker
resolved to an entity. Only the units that hold a cue word or a quotation
(or open with a dash, which may sign the quotation before it) are read in
full; the subject that opens another unit ("The entrepreneurs took …") is
read only when a later pronoun may refer back to it, as an antecedent and
not as a source.

The modules, in the order the data flows through them: ``tokens`` (a unit's
tokens), ``phrases`` (noun phrases), ``descriptions`` (what a phrase names),
``shares`` (a share of people polled, "52 percent"),
``subjects`` (whose phrase a verb attributes to), ``clauses`` (cue and
speaker; its "-ing" cues in ``participles``), ``resolution`` (each speaker to
an entity), ``units`` (the stretches read together, and what is kept of them),
then this module, which
reads the units. ``names`` indexes the people and outlets the article names,
for the modules from ``descriptions`` on to look up.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from .._lexicon.lexicon import Lexicon
from .._records import Span
from .._text.dashes import find_dialogue
from .._text.dashes import merge as merge_dialogue
from .._text.incises import split_incises
from .._text.marks import Quoted, find_quoted
from .._text.patterns import lazy_pattern
from .._text.segment import Document
from .attributions import Attribution
from .clauses import CUE_OPENER, read_clauses
from .cue_marks import headline_clause
from .cues import foreign_subject, read_foreign_clauses
from .names import NameIndex
from .profiles import Description
from .resolution import Entity, Mention, Resolver
from .speaker_words import split_elisions
from .subjects import clause_subject, introduced_object, possessor
from .tokens import Token, tokenize
from .units import EMPTY_WINDOW, TokenWindow, Unit, outer_start, unit_spans

# How many units back the subject of an unread unit is an antecedent.
_UNIT_LOOKBACK = 4

# "he" and "she" within this many tokens of a unit's start may be its clause's subject.
_SINGULAR_PRONOUNS = frozenset({"he", "she"})
_PRONOUN_REACH = 16

# A unit that opens with a dash may sign the quotation before it ("- Bernie Sanders.").
_DASHES = "―—–-"

# A unit that opens with a dash, maybe after marks the tokens leave out ("'– Name",
# "&– Name"): it may sign the quotation before it.
_OPENING_DASH = lazy_pattern(r"[^\w\s―—–-]{0,4}+\s*+[―—–-]")


@attrs.frozen(eq=False)
class Reading:
    """What the reading found in one document, for the detectors after it.

    ``quoted`` are the quoted stretches (``_text.marks``), in text order;
    ``units`` the units with their resolved clauses (``units.Unit``), and
    ``unit_starts`` where each starts, for ``unit_index``; ``names`` the
    index of the people and outlets the article names.
    """

    text: str
    quoted: tuple[Quoted, ...]
    units: tuple[Unit, ...]
    names: NameIndex
    unit_starts: tuple[int, ...]

    def unit_index(self, offset: int) -> int:
        """The index of the unit holding ``offset`` (or the one before it)."""
        return max(bisect.bisect_right(self.unit_starts, offset) - 1, 0)


def read(doc: Document) -> Reading:
    """The document's quoted stretches, units and resolved clauses.

    Only the units that hold a cue word or a quotation, or open with a dash
    (a signature: "- Bernie Sanders."), are read in full. The
    subject of any other unit is read only when a pronoun or a definite
    phrase a few units later may refer back to it, and only if no unit
    read in full stands between them: the resolver takes entities in text
    order, and one read after a later unit's would pass for the more recent.
    """
    text = doc.text
    quoted = find_quoted(doc)
    # another language than English reads every unit with its own words (``cues``)
    foreign = doc.lexicon if doc.lexicon.code != "en" else None
    if foreign is not None:
        quoted = split_incises(quoted, text, foreign)
        if foreign.dialogue_dashes:
            quoted = merge_dialogue(quoted, find_dialogue(doc))
    names = NameIndex(text)
    outers = [q.outer for q in quoted]
    resolver = Resolver(names, outers)
    spans = unit_spans(doc, quoted)
    triggers = [m.start() for m in CUE_OPENER.finditer(doc.lowered)]
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
        active = (
            foreign is not None
            or bool(inside)
            or (cue < len(triggers) and triggers[cue] < span.end)
        )
        if not active and not _may_be_headline(text, doc, span) and not opens_with_dash(text, span):
            units.append(Unit(span, paragraph, EMPTY_WINDOW, (), read_in_full=False))
            continue
        tokens = tokenize(text, span, inside)
        if foreign is None:
            clauses = read_clauses(text, tokens, names)
        else:
            tokens = split_elisions(tokens, foreign)
            clauses = read_foreign_clauses(text, tokens, names, foreign)
        if any(a.speaker.anaphor in {"pronoun", "definite"} for a in clauses) or (
            foreign is None and _pronoun_may_open(tokens)
        ):
            for earlier in range(max(registered + 1, index - _UNIT_LOOKBACK), index):
                _register_subject(text, units[earlier], quoted, resolver, names)
        elif (
            foreign is None
            and not clauses
            and registered < index - 1
            and _opens_quoted_paragraph(doc, span, inside, units)
        ):
            # "MacLeod does not dispute it. ¶ “…”": the subject before may introduce it,
            # a pronoun too ("She had never lived there. ¶ “…”") when it ends the paragraph
            # before, once the units before it are antecedents
            for earlier in range(max(registered + 1, index - _UNIT_LOOKBACK), index - 1):
                _register_subject(text, units[earlier], quoted, resolver, names)
            own = units[-1].paragraph == paragraph  # "… Okafor laughed. “…”"
            introducer = _register_subject(
                text, units[-1], quoted, resolver, names, pronoun=not own
            )
            if introducer is not None:
                units[-1] = attrs.evolve(units[-1], subject=introducer)
        units.append(
            _read_unit(
                text, doc, span, paragraph, tokens, bool(inside), clauses, names, resolver, foreign
            )
        )
        registered = index
    return Reading(text, quoted, tuple(units), names, tuple(u.span.start for u in units))


def _pronoun_may_open(tokens: Sequence[Token]) -> bool:
    """Whether "he" or "she" stands where the unit's clause may open ("Asked why he
    stayed, he put down the net"): its subject may be a pronoun, whose antecedent the units
    before must give."""
    return any(t.lower in _SINGULAR_PRONOUNS for t in tokens[:_PRONOUN_REACH])


def opens_with_dash(text: str, span: Span) -> bool:
    """Whether the unit at ``span`` opens with a dash, maybe after a few marks."""
    return text[span.start] in _DASHES or bool(_OPENING_DASH.match(text, span.start, span.end))


def _may_be_headline(text: str, doc: Document, span: Span) -> bool:
    return ":" in text[span.start : min(span.end, span.start + 80)] and (
        doc.paragraphs[doc.paragraph_index(span.start)].start == span.start
    )


def _opens_quoted_paragraph(
    doc: Document, span: Span, inside: list[Span], units: list[Unit]
) -> bool:
    """Whether the unit opens with a quotation, after a sentence that was not read: the
    last of the paragraph before ("MacLeod does not dispute it. ¶ “…”") or one of its own
    ("… Okafor laughed. “…”")."""
    if not inside or inside[0].start != span.start or not units or units[-1].read_in_full:
        return False
    before = doc.paragraph_index(units[-1].span.start)
    return before in {doc.paragraph_index(span.start) - 1, doc.paragraph_index(span.start)}


def _register_subject(
    text: str,
    unit: Unit,
    quoted: tuple[Quoted, ...],
    resolver: Resolver,
    names: NameIndex,
    *,
    pronoun: bool = False,
) -> Mention | None:
    """Make the subject of a unit read lazily an antecedent ("The entrepreneurs took …"),
    and give it as a mention; with ``pronoun``, a pronoun subject too, resolved."""
    if unit.read_in_full:
        return None  # its subject was resolved when it was read
    window = Span(unit.span.start, min(unit.span.end, unit.span.start + 240))
    first = bisect.bisect_left(quoted, window.start, key=outer_start)
    inside = []
    for index in range(first, len(quoted)):  # not a slice: a copy of the rest each time
        item = quoted[index]
        if item.outer.start >= window.end:
            break
        inside.append(item.outer)
    tokens = tokenize(text, window, inside)
    subject = clause_subject(text, tokens, names)
    described = subject[1] if subject is not None else None
    entity = None
    if described is not None and (described.anaphor != "pronoun" or pronoun):
        entity = resolver.resolve(described, described.span.start)
    _register_possessor(text, unit.span, resolver, names)
    if described is None or (
        described.profile.gender == "p"
        if described.anaphor == "pronoun"
        else described.profile.kind not in {"person", "anonymous"}
    ):
        # "They should listen to Renata Vogel, who …", "The council should hear from Ana
        # Ruiz, who …": the subject is no one a later "she" could be, the object may
        introduced = introduced_object(text, tokens, names)
        if introduced is not None:
            resolver.resolve(introduced[1], introduced[1].span.start)
    if described is None or entity is None:
        return None
    return _as_subject(described, entity)


def _register_possessor(text: str, span: Span, resolver: Resolver, names: NameIndex) -> None:
    """Make the person in the possessive who opens the sentence at ``span`` an antecedent:
    "Van der Lijn’s team is recruiting …" for a later "she"."""
    owner = possessor(text, span, names)
    if owner is not None:
        resolver.resolve(owner, owner.span.start)


def _as_subject(description: Description, entity: Entity) -> Mention:
    """A unit's subject as a mention: a clause with no cue, whose speaker is the subject."""
    return Mention(Attribution(description, "", description.span, "subject", 0, 0), entity)


def _read_unit(
    text: str,
    doc: Document,
    span: Span,
    paragraph: int,
    tokens: Sequence[Token],
    has_quotations: bool,
    clauses: list[Attribution],
    names: NameIndex,
    resolver: Resolver,
    foreign: Lexicon | None = None,
) -> Unit:
    window = TokenWindow(tokens) if has_quotations else EMPTY_WINDOW
    if not clauses and not any(token.is_word for token in tokens):
        return Unit(span, paragraph, window, ())  # a quotation alone names no one
    if foreign is None:
        found = clause_subject(text, tokens, names)
        subject = found[1] if found is not None else None
    else:
        subject = foreign_subject(text, tokens, names, foreign)
    headline = headline_clause(text, doc, span, tokens, names)
    if headline is not None and any(a.role == "label" for a in clauses):
        headline = None  # "JAKE TAPPER: …" in a transcript is a turn's label
    if headline is not None:  # "Ted Cruz: ‘…’" is a headline's, not a lead-in's
        clauses = [a for a in clauses if a.cue_span != headline.cue_span]
    events: list[tuple[int, int, Attribution | Description]] = [
        (a.speaker.span.start, 1, a) for a in clauses
    ]
    if subject is not None:
        events.append((subject.span.start, 0, subject))
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
            subject_mention = _as_subject(event, entity)
    if not clauses:
        _register_possessor(text, span, resolver, names)
    return Unit(span, paragraph, window, tuple(mentions), subject_mention, headline_mention)
