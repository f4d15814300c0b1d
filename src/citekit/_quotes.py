"""Direct quotations and their speakers.

The quoted stretches (``_text.marks``) and the resolved attribution clauses
come from the reading (``_reading``), which the pipeline runs once and hands
to this detector. A quotation's speaker is, in this order (each rule's name
is the speaker's ``rule``):

0. ``transcript-label``: the label in capitals that opens a transcript's line
   quoted, "“PENCE: Well, the question is …”";
1. ``clause-after``: the clause right after it, "“…,” Ferreira said", "“…,”
   said Sen. Ted Cruz"; ``signature``: the name a dash signs it with, right
   after it or opening the next paragraph, "“…” ― Pamela Padilla"; or
   ``next-sentence``, after a question, the clause that opens the next
   sentence, "“…?” Trump asked.";
2. ``clause-before``: the nearest clause before it in its unit, "Cruz said:
   “…”", "Halvorsen said Thursday he would not be “the least bit
   surprised”", "“…,” he said, “…”";
3. ``clause-later``: for a quotation that opens its unit, the first clause
   after it, "“…” announced in March, said Priya Raman";
4. ``paragraph-speaker``: the last speaker named in the same paragraph a unit
   or two before, "“…,” Marsh said. “When all is said and done …”"; a short
   quoted sentence of its own counts only right after that speaker's
   quotation, "“…?” Graham asked. “Neither do I.”";
5. ``previous-paragraph``: for a quotation that opens its paragraph, the last
   speaker of the paragraph before: the lead-in ("spokesman Carl Woog, shares
   …") or the previous quotation, which a paragraph-long quotation continues;
6. ``sentence-subject``: for a fragment inside a sentence, the sentence's
   subject, "The ministry dismissed the claims as “utterly baseless”";
7. ``headline``: in a headline "Name: …", the name;
8. ``quoted-below``: a headline's quotation that the story quotes again below takes
   the speaker it has there, "‘It came through like a train’: Storm hits …".

In German, French, Italian and Spanish (``_reading.cues`` reads their
clauses) three more shapes hold:

- ``clause-final``: a clause that ends the sentence after a comma names every
  quotation before it in the sentence: "Bondi werde sich auf seine
  „eigentlichen Aufgaben“ konzentrieren, so Trump.";
- ``introduced`` (in English too, for a paragraph that is one quotation after
  a sentence of narration): a quotation that makes up its sentence alone, after a
  sentence whose subject is a named person: "Die Forscherin Ute Brandt lobt
  den Bericht. „Er ist gründlich.“";
- a sentence in reported speech (the German Konjunktiv I, "sei", "habe",
  outside the quotation) carries on the last speaker's words, however short
  the quotation: "Sie sei „klug und zäh“" (``paragraph-speaker`` and
  ``previous-paragraph``, the paragraph before when the sentence opens its
  paragraph); its subject is its topic, never its speaker.

A paragraph that opens a quotation and never closes it, with no speaker of
its own, takes the speaker of the quotation it runs into
(``continued-quotation``); so does a paragraph that is one quotation, with no
clause of its own, after the paragraph whose last quotation has a speaker (a
quotation left open there, in two-apostrophe marks, hides that paragraph's clauses
from ``previous-paragraph``).

Not quotations (``_scare_quotes``): a quoted term, title or nickname used as a name ("the
“Every drop counts” campaign", "dubbed the “Iron Palace”"), a one-word scare
quote, a short fragment that no one is said to have said. Quotation marks
inside an embedded post belong to the post.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from ._carried_speakers import after_question, answered, carried, continued, quoted_below
from ._lexicon.speech_verbs import SPEECH_VERBS
from ._reading import Reading
from ._reading.complements import closed_relative, that_clause
from ._reading.resolution import Mention
from ._reading.tokens import Token
from ._reading.units import TokenWindow, Unit
from ._records import Article, Quote, QuoteType, Span, Speaker, SpeakerRule
from ._scare_quotes import RIGHT_AFTER, no_quotation
from ._text.marks import Quoted
from ._text.patterns import WORD, lazy_pattern, trie
from ._text.segment import Document

# A word with its inner apostrophe ("god’s", "dell’anno", "l’hiver" as one), as counted in
# the other languages than English (whose figures were set with ``WORD``).
_WHOLE_WORD = lazy_pattern(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")
# How many units back a speaker of the same paragraph still holds.
_PARAGRAPH_REACH = 3
# How many tokens from a quotation a clause may be to name its speaker. (The
# tokens themselves are read at most ``TokenWindow.REACH``, three, from a
# quotation: the reading keeps no others.)
_WINDOW = 60


def find_quotes(doc: Document, reading: Reading, article: Article) -> tuple[Quote, ...]:
    """Every direct quotation in the document, with its speaker, in text order."""
    text = doc.text
    quotes: list[Quote] = []
    events: dict[int, list[tuple[int, Mention]]] = {}  # unit -> (offset, speaker) of quotes
    posts = sorted(p.span for p in article.posts)
    foreign = doc.lexicon.code != "en"
    reported: dict[int, bool] = {}  # unit -> whether it is in reported speech
    answering = False  # whether someone was quoted, who may answer an interview's questions
    for quoted in reading.quoted:
        if _inside_post(quoted.inner, posts):
            continue
        unit_index = reading.unit_index(quoted.outer.start)
        tokens = reading.units[unit_index].tokens
        position = tokens.position(quoted.outer.start)
        if position is None:
            continue
        inner = quoted.inner.of(text)
        words = len((_WHOLE_WORD if foreign else WORD).findall(inner))
        in_reported = foreign and _reported(doc, reading, unit_index, reported)
        speaker, rule = _speaker(
            reading,
            unit_index,
            position,
            tokens,
            quoted,
            inner,
            events,
            right_after_only=words == 1,
            foreign=foreign,
            reported=in_reported,
        )
        if speaker is None and words == 1:
            # one word goes on only with the quotation just before it (``_goes_on``)
            speaker, rule = _speaker(
                reading, unit_index, position, tokens, quoted, inner, events, foreign=foreign
            )
        goes_on = speaker is not None and _goes_on(
            reading, unit_index, tokens, position, quoted, inner, quotes, speaker, rule
        )
        if words == 1 and not goes_on and rule not in RIGHT_AFTER:
            speaker, rule = None, None
        if (
            not goes_on
            and no_quotation(inner, words, tokens, position, speaker, rule, in_reported)
            and not (speaker is None and answering and after_question(text, quoted.inner.start))
        ):
            continue  # but an interview's answer, however short ("Terrified."), is kept
        quote = Quote(
            span=quoted.inner,
            text=inner,
            speaker=_record(speaker, rule) if speaker is not None and rule else None,
            type=_type(tokens, position),
            rule="quote-dash" if quoted.mark == "dash" else "quote-marks",
        )
        quotes.append(quote)
        answering = answering or (speaker is not None and quote.type == "direct")
        if speaker is not None:
            events.setdefault(unit_index, []).append((quoted.inner.start, speaker))
    carried_over = carried(reading, continued(reading, quotes))
    return tuple(quoted_below(reading, answered(reading, carried_over)))


def _inside_post(span: Span, posts: list[Span]) -> bool:
    """Whether an embedded post (spans sorted, apart) holds ``span``."""
    index = bisect.bisect_right(posts, span.start, key=_start) - 1
    return index >= 0 and posts[index].start <= span.start and span.end <= posts[index].end


def _outer_start(quoted: Quoted) -> int:
    return quoted.outer.start


def _start(span: Span) -> int:
    return span.start


def _record(mention: Mention, rule: SpeakerRule) -> Speaker:
    profile = mention.entity.profile
    attribution = mention.attribution
    return Speaker(
        name=mention.entity.name,
        kind=profile.kind,
        span=attribution.speaker.span,
        title=profile.title,
        affiliation=profile.affiliation,
        cue=attribution.cue or None,
        rule=rule,
    )


def _speaker(
    reading: Reading,
    unit_index: int,
    position: int,
    tokens: TokenWindow,
    quoted: Quoted,
    inner: str,
    events: dict[int, list[tuple[int, Mention]]],
    *,
    right_after_only: bool = False,
    foreign: bool = False,
    reported: bool = False,
) -> tuple[Mention | None, SpeakerRule | None]:
    """The quotation's speaker and the rule that chose it, or (None, None).

    ``inner`` is the quoted text, without its marks.

    With ``right_after_only`` only the clause right after it is tried: a
    one-word quotation is kept only with one.
    """
    unit = reading.units[unit_index]
    speakers = [m for m in unit.mentions_near(position, _WINDOW) if m.attribution.role != "hearer"]
    for mention in speakers:
        if mention.attribution.role == "label" and mention.attribution.first == position:
            return mention, "transcript-label"  # "“PENCE: Well, …”"
    speakers = [m for m in speakers if m.attribution.role != "label"]
    glued = _glued_sentence_after(reading.text, quoted, inner)
    if glued:  # "“…the rules.”Some neighbours said …": the next sentence's clause
        speakers = [m for m in speakers if m.attribution.cue_span.end <= quoted.outer.start]
    named = bool(unit.mentions) and not (glued and not speakers)  # anyone for the quotation
    after = position + 1
    if after < len(tokens) and tokens[after].text == ",":
        after += 1
    for mention in speakers:
        if mention.attribution.first == after:
            return mention, "signature" if _signs(mention) else "clause-after"
    if (
        len(tokens) - after <= 1
        and _no_word(tokens.slice(after, len(tokens)))
        and _opens_unit(tokens, position)
    ):
        signed = _next_paragraph_signature(reading, unit_index)  # "“…” ¶ - Bernie Sanders."
        if signed is not None:
            return signed, "signature"
    ends_question = inner.rstrip().endswith(("?", "!"))
    # the length test first: the window keeps the tokens within three of the quotation only
    if ends_question and len(tokens) - after <= 2 and _no_word(tokens.slice(after, len(tokens))):
        following = _next_unit_speaker(reading, unit_index)  # "“…?” Trump asked."
        if following is not None:
            return following, "next-sentence"
    if right_after_only:
        return None, None
    before = [m for m in speakers if m.attribution.cue_span.end <= quoted.outer.start]
    outside = [m for m in before if not _in_closed_relative(reading.text, m, quoted)]
    before = outside or before
    if before:
        # "Ruiz quoted the mayor as saying, “…”": the one quoted, not the one quoting
        nearest = max(
            before, key=lambda m: (m.attribution.cue_span.start, m.attribution.role == "object")
        )
        if _follows_at_once(tokens, position, nearest):
            return nearest, "clause-before"  # "his parents told him: “…”": their words
        return _reporter(before, nearest), "clause-before"
    if _opens_unit(tokens, position):
        later = [m for m in speakers if m.attribution.first > position]
        if later:
            return later[0], "clause-later"
    if foreign:
        final = _final_clause(reading, unit, speakers, quoted)
        if final is not None:
            return final, "clause-final"
        if not named and _alone(reading, unit, tokens, position, quoted):
            introduced = _introducer_subject(reading, unit_index, quoted)
            if introduced is not None:
                return introduced, "introduced"
    lead_in = None if speakers else _lead_in_subject(unit, tokens, position)
    if lead_in is not None:
        return lead_in, "lead-in"  # "Ebersole had a blunt message for them: “…”"
    alone = not foreign and not unit.mentions and _alone(reading, unit, tokens, position, quoted)
    if alone and unit_index and reading.units[unit_index - 1].paragraph == unit.paragraph:
        # "… Moraru laughed. “No. I booked my flight home.”": the one just narrated, by
        # name, before the paragraph's earlier speaker
        introduced = _introducer_subject(reading, unit_index, quoted)
        if introduced is not None and introduced.attribution.speaker.anaphor != "pronoun":
            return introduced, "introduced"
    if not named:
        recent = _last_event(reading, unit_index, quoted, events, reported=reported)
        if recent is not None:
            return recent
    if alone:
        introduced = _introducer_subject(reading, unit_index, quoted)
        if introduced is not None:
            return introduced, "introduced"  # "MacLeod does not dispute it. ¶ “…”"
    if reported:
        return None, None  # the subject of reported speech is its topic, not its speaker
    subject = unit.subject
    if (
        subject is not None
        and position > 0
        and subject.entity.profile.kind in {"person", "organization", "outlet"}
        and subject.entity.profile.confident
    ):
        return subject, "sentence-subject"
    if unit.headline is not None:
        return unit.headline, "headline"
    return None, None


def _lead_in_subject(unit: Unit, tokens: TokenWindow, position: int) -> Mention | None:
    """The subject of a clause that ends in a colon right before the quotation, and names
    a person, an unnamed one, an organisation or an outlet: "Ebersole had a blunt message
    for anyone who stayed: “…”", "Okafor chose her words carefully: “…”"."""
    subject = unit.subject
    if subject is None or position == 0 or tokens[position - 1].text != ":":
        return None
    if subject.attribution.speaker.span.start >= tokens[position - 1].start:
        return None
    profile = subject.entity.profile
    if profile.kind not in {"person", "organization", "outlet", "anonymous"}:
        return None
    return subject


def _glued_sentence_after(text: str, quoted: Quoted, inner: str) -> bool:
    """Whether a sentence ends inside the closing mark and the next is glued to it, as a
    scrape leaves it: "“…followed the rules.”Some neighbours said …"."""
    end = quoted.outer.end
    return inner.rstrip().endswith(".") and end < len(text) and text[end].isupper()


def _goes_on(
    reading: Reading,
    unit_index: int,
    tokens: TokenWindow,
    position: int,
    quoted: Quoted,
    inner: str,
    quotes: list[Quote],
    speaker: Mention,
    rule: SpeakerRule | None,
) -> bool:
    """Whether a short quotation goes on with the quotation just before it, whose
    speaker is the same: kept however short, as a scare quote or a title is not.

    Two shapes: a quoted sentence alone in its unit after that quotation's
    clause ("“Does anyone know the plan?” Ruiz asked. “Neither do I.”",
    ``paragraph-speaker``), and the second part of a quotation split by its
    clause ("“The plan,” Ruiz said, “works.”", ``clause-before``).
    """
    before = quotes[-1] if quotes else None
    if before is None or before.speaker is None or before.type != "direct":
        return False
    if before.speaker.name != speaker.entity.name:
        return False
    earlier = reading.unit_index(before.span.start)
    unit = reading.units[unit_index]
    if rule == "clause-before":
        between = reading.text[before.span.end : quoted.outer.start]
        clause = speaker.attribution.speaker.span
        return (
            earlier == unit_index
            and before.text.rstrip().endswith(",")
            and between.rstrip().endswith(",")
            and before.span.end <= clause.start < quoted.outer.start
        )
    if rule != "paragraph-speaker":
        return False
    if not inner.rstrip(" ,’'\"”").endswith((".", "!", "?")):
        return False
    if not _alone(reading, unit, tokens, position, quoted):
        return False
    # two units back when the clause is a sentence of its own ("“…?” Ruiz asked.")
    return unit_index - earlier <= 2 and reading.units[earlier].paragraph == unit.paragraph


def _final_clause(
    reading: Reading, unit: Unit, speakers: Sequence[Mention], quoted: Quoted
) -> Mention | None:
    """A clause after a comma that ends the sentence, after the quotation: ", so Trump."."""
    text = reading.text
    for mention in speakers:
        attribution = mention.attribution
        start = min(attribution.cue_span.start, attribution.speaker.span.start)
        end = max(attribution.cue_span.end, attribution.speaker.span.end)
        if start < quoted.outer.end or attribution.role not in {"inverted", "subject"}:
            continue
        if not text[unit.span.start : start].rstrip().endswith(","):
            continue
        if not WORD.search(text, end, unit.span.end):
            return mention
    return None


def _alone(
    reading: Reading, unit: Unit, tokens: TokenWindow, position: int, quoted: Quoted
) -> bool:
    """Only marks before and after the quotation in its unit."""
    return _opens_unit(tokens, position) and not WORD.search(
        reading.text, quoted.outer.end, unit.span.end
    )


def _introducer_subject(reading: Reading, unit_index: int, quoted: Quoted) -> Mention | None:
    """Rule 9: the named person that is the subject of the sentence before, with no clause.

    "Die Forscherin Ute Brandt lobt den Bericht. „Er ist gründlich.“"
    """
    if unit_index == 0:
        return None
    unit = reading.units[unit_index]
    earlier = reading.units[unit_index - 1]
    if earlier.paragraph != unit.paragraph and not _opens_paragraph(reading, unit, quoted):
        return None
    subject = earlier.subject
    if earlier.mentions or subject is None:
        return None
    profile = subject.entity.profile
    if profile.kind != "person" or not profile.confident:
        return None
    return subject


def _reported(doc: Document, reading: Reading, unit_index: int, known: dict[int, bool]) -> bool:
    """Whether the unit is in reported speech: a form of ``lexicon.reported_forms`` outside
    its quotations ("Bondi sei „klug …“")."""
    if unit_index in known:
        return known[unit_index]
    pattern = _reported_pattern(doc.lexicon.code, doc.lexicon.reported_forms)
    span = reading.units[unit_index].span
    first = bisect.bisect_left(reading.quoted, span.start, key=_outer_start)
    outers = []
    for index in range(first, len(reading.quoted)):  # not a slice: a copy of the rest each time
        item = reading.quoted[index]
        if item.outer.start >= span.end:
            break
        outers.append(item.outer)
    found = False
    if pattern is not None:
        for match in pattern.finditer(doc.lowered, span.start, span.end):
            if not any(o.start <= match.start() < o.end for o in outers):
                found = True
                break
    known[unit_index] = found
    return found


_REPORTED_PATTERNS: dict[str, regex.Pattern[str] | None] = {}


def _reported_pattern(code: str, forms: frozenset[str]) -> regex.Pattern[str] | None:
    """The reported forms of a language as one pattern, compiled on its first use."""
    if code not in _REPORTED_PATTERNS:
        _REPORTED_PATTERNS[code] = (
            regex.compile(r"(?<![\p{L}\p{N}])(?:" + trie(sorted(forms)) + r")(?![\p{L}\p{N}])")
            if forms
            else None
        )
    return _REPORTED_PATTERNS[code]


def _next_unit_speaker(reading: Reading, unit_index: int) -> Mention | None:
    """The clause that opens the next unit of the same paragraph, if any."""
    if unit_index + 1 >= len(reading.units):
        return None
    following = reading.units[unit_index + 1]
    if following.paragraph != reading.units[unit_index].paragraph:
        return None
    for mention in following.mentions:
        attribution = mention.attribution
        if attribution.role != "hearer" and attribution.first == 0:
            # "“…?” Trump asked reporters.", not "“…!” The Record reported that police …"
            return None if that_clause(reading.text, attribution.cue_span.end) else mention
    return None


def _signs(mention: Mention) -> bool:
    """Whether a clause is a dash's signature ("“…” ― Pamela Padilla")."""
    return mention.attribution.role == "signature"


def _next_paragraph_signature(reading: Reading, unit_index: int) -> Mention | None:
    """The signature that opens the next paragraph, when this unit ends its own."""
    if unit_index + 1 >= len(reading.units):
        return None
    following = reading.units[unit_index + 1]
    if following.paragraph != reading.units[unit_index].paragraph + 1:
        return None
    for mention in following.mentions:
        if mention.attribution.first == 0 and _signs(mention):
            return mention
    return None


# Verbs whose complement may hold a clause of its own: "Hammond said the poll showed …".
_REPORTING_VERBS = frozenset(
    "said says say told tells wrote writes added adds argued argues noted notes".split()
)


# The hearer between a clause and the quotation it leads into: "told him: “…”".
_HEARERS = frozenset({"him", "her", "them", "us", "me"})


def _follows_at_once(tokens: TokenWindow, position: int, mention: Mention) -> bool:
    """Whether the quotation follows the clause at once, but for marks and the hearer:
    "his parents told him: “…”", "the crowd chanted “…”" (not past another quotation:
    "… the crowd chanted “…” - “and …”")."""
    last = mention.attribution.last
    if not 0 < position - last <= 3:
        return False
    return all(
        (not t.is_word and t.kind != "quote") or t.lower in _HEARERS
        for t in tokens.slice(last + 1, position)
    )


def _in_closed_relative(text: str, mention: Mention, quoted: Quoted) -> bool:
    """ "Okonjo said early numbers, which Lumenvale shared with analysts, were “…”": a
    relative clause that closes before the quotation (``complements.closed_relative``)."""
    attribution = mention.attribution
    return closed_relative(
        text, attribution.speaker.span.start, attribution.cue_span.end, quoted.outer.start
    )


def _reporter(mentions: Sequence[Mention], nearest: Mention) -> Mention:
    """The clause whose complement holds ``nearest``'s, when ``nearest`` names a document
    or a group: "Hammond said the poll confirmed that “…”" and "He said in the post that
    …" quote Hammond and him, not the poll or the post; "Carter said that some critics
    had predicted …" leads into Carter's quotation. A person inside it ("Ruiz said Kerr
    told her “…”") is the one quoted."""
    if nearest.entity.profile.kind not in {"document", "group"}:
        return nearest
    start = nearest.attribution.speaker.span.start
    for mention in mentions:
        attribution = mention.attribution
        if (
            attribution.role == "subject"
            and attribution.cue_span.end <= start
            and attribution.cue.split()[0].lower() in _REPORTING_VERBS
            and mention.entity.profile.kind not in {"document", "group"}
        ):
            return mention
    return nearest


def _last_event(
    reading: Reading,
    unit_index: int,
    quoted: Quoted,
    events: dict[int, list[tuple[int, Mention]]],
    *,
    reported: bool = False,
) -> tuple[Mention, SpeakerRule] | None:
    """The speaker of the same paragraph a few units back, or of the paragraph before.

    A unit in reported speech that opens its paragraph reaches the paragraph
    before as a quotation that opens it does.
    """
    unit = reading.units[unit_index]
    opens_paragraph = _opens_paragraph(reading, unit, quoted) or (
        reported and unit_index > 0 and reading.units[unit_index - 1].paragraph != unit.paragraph
    )
    for index in range(unit_index - 1, max(-1, unit_index - 40), -1):
        earlier = reading.units[index]
        same = earlier.paragraph == unit.paragraph
        if not same and not (opens_paragraph and earlier.paragraph == unit.paragraph - 1):
            break
        if same and unit_index - index > _PARAGRAPH_REACH:
            break
        candidates: list[tuple[int, Mention]] = [
            (m.attribution.cue_span.start, m)
            for m in earlier.mentions
            if m.attribution.role != "hearer"
        ]
        candidates.extend(events.get(index, ()))
        if candidates:
            rule: SpeakerRule = "paragraph-speaker" if same else "previous-paragraph"
            last = max(candidates, key=lambda c: c[0])[1]
            return _reporter(earlier.mentions, last), rule
    return None


def _opens_paragraph(reading: Reading, unit: Unit, quoted: Quoted) -> bool:
    return unit.span.start == quoted.outer.start and (
        unit is reading.units[0]
        or reading.units[reading.unit_index(unit.span.start) - 1].paragraph != unit.paragraph
    )


def _type(tokens: TokenWindow, position: int) -> QuoteType:
    """ "partial" for words quoted inside the article's own sentence."""
    if position == 0:
        return "direct"
    before = tokens[position - 1]
    if before.text == ":" or before.kind == "quote" or before.lower in SPEECH_VERBS:
        return "direct"
    if before.text == "," and position >= 2 and tokens[position - 2].lower in SPEECH_VERBS:
        return "direct"
    if _opens_unit(tokens, position):
        return "direct"
    return "partial"


def _no_word(tokens: Sequence[Token]) -> bool:
    return not any(t.is_word for t in tokens)


def _opens_unit(tokens: TokenWindow, position: int) -> bool:
    """Only marks or brackets before the quotation in its unit."""
    return position <= 3 and _no_word(tokens.slice(0, position))
