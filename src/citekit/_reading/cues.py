"""Attribution clauses in German, French, Italian and Spanish, read from the language's words.

The same ``Attribution`` records as the English clauses (``clauses``), so the
quotes and sources detectors read every language alike. The shapes, each a
rule below (invented examples):

- a speech verb and its subject, before it or after it: "„…“, sagte
  Brenner.", "Am Montag sagte die Ministerin …" (German puts the verb second,
  the subject after it when something else comes first), "Die Ministerin
  sagte", "« … », affirme Claire Dumesnil.", "«…» ha detto il sindaco",
  "«…», dijo el ministro.";
- a compound tense: "a déclaré le ministre", "ha detto", "ha afirmado",
  "hat … erklärt" (the participle at the clause end);
- a German separable verb, its particle at the clause end: "teilte … mit";
- a French verb carrying its pronoun: "a-t-il dit", "confie-t-elle";
- a verb with no subject in Italian and Spanish ("«…», ha aggiunto."): the
  last person;
- (in ``verbless_cues``) a cue with an object: "laut Polizei", "nach Angaben des Ministeriums",
  "selon le ministre", "d'après", "secondo fonti", "según el informe";
  after its object: "Dem Bericht zufolge"; a bare introducer: "…, so Trump.";
- a possessive cue: "à ses yeux", "seiner Ansicht nach" (the last person);
- an impersonal cue whose source follows a preposition: "heißt es in dem
  Papier", "hieß es aus Regierungskreisen".
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.given_names import GIVEN_NAMES
from .._lexicon.lexicon import Lexicon
from .._records import Span
from .attributions import Attribution
from .names import NameIndex
from .profiles import Description
from .speaker_words import apostrophe
from .speakers import SpeakerPhrase, phrase_at, phrase_before, zero_subject
from .tokens import Token
from .verbless_cues import (
    attribution,
    impersonal_cue,
    introducer_cue,
    object_cue,
    object_phrase_end,
    possessive_cue,
    postposition_cue,
    quoted_object,
    skip_adverbs,
    view_cue,
)

# How far a German participle or separable particle may stand from its verb,
# in tokens: "hat am Montag in Kiel vor Journalisten erklärt".
_BRACKET_REACH = 14


def read_foreign_clauses(
    text: str, tokens: Sequence[Token], names: NameIndex, lexicon: Lexicon
) -> list[Attribution]:
    """Every attribution clause in one unit's tokens, in text order."""
    found: list[Attribution] = []
    covered = -1
    for index, token in enumerate(tokens):
        if index <= covered or not token.is_word:
            continue
        clause = _clause_at(text, tokens, index, names, lexicon)
        if (
            clause is None
            and found
            and index > 0
            and tokens[index - 1].lower in lexicon.conjunctions
        ):
            clause = _coordinated(text, tokens, index, found[-1], lexicon)
        if clause is not None:
            found.append(clause)
            covered = max(clause.last, index)
            if clause.role in {"subject", "inverted"}:
                hearer = _hearer(text, tokens, clause, names, lexicon)
                if hearer is not None:
                    found.append(hearer)
                    covered = max(covered, hearer.last)
    found.sort(key=lambda a: a.first)
    return found


def _hearer(
    text: str, tokens: Sequence[Token], clause: Attribution, names: NameIndex, lexicon: Lexicon
) -> Attribution | None:
    """The outlet a speaker talked to: "sagte er dem NDR", "a-t-il déclaré à l'AFP", "ha
    detto all'ANSA", "dijo a EFE", "sagte sie der „Zeit“"."""
    index = skip_adverbs(tokens, clause.last + 1, lexicon)
    if index >= len(tokens) or not tokens[index].is_word:
        return None
    lower = apostrophe(tokens[index].lower)
    if lower not in lexicon.hearer_prepositions and lower not in lexicon.oblique_determiners:
        return None
    start = index + 1
    if start < len(tokens) and apostrophe(tokens[start].lower) in lexicon.determiners:
        start += 1  # "à l'AFP", "a la Cadena SER"
    if start < len(tokens) and tokens[start].kind == "quote":
        quoted = quoted_object(text, tokens, index, start, clause.cue, lexicon)
        if quoted is None or quoted.speaker.profile.kind != "outlet":
            return None
        return attribution(quoted.speaker, clause.cue, clause.cue_span, "hearer", index, start)
    found = phrase_at(text, tokens, start, lexicon, names, oblique=True)
    if found is None:
        found = phrase_at(text, tokens, index, lexicon, names, oblique=True)
    if found is None or found.description.profile.kind != "outlet":
        return None
    return attribution(found.description, clause.cue, clause.cue_span, "hearer", index,
                        found.last)  # fmt: skip


def _coordinated(
    text: str, tokens: Sequence[Token], index: int, previous: Attribution, lexicon: Lexicon
) -> Attribution | None:
    """ "Die Partei verurteilte den Plan und warnte vor …": a second verb, the same subject."""
    token = tokens[index]
    if token.lower not in lexicon.speech_verbs or not token.text[:1].islower():
        return None
    if previous.role not in {"subject", "inverted"}:
        return None
    cue_span = Span(token.start, token.end)
    return attribution(previous.speaker, token.text, cue_span, "subject", index, index)


# The first words of each language's multiword cues, so that a token that opens none is
# passed over at once (a German article has some two thousand tokens).
_FIRST_WORDS: dict[str, frozenset[str]] = {}


def _first_words(lexicon: Lexicon) -> frozenset[str]:
    found = _FIRST_WORDS.get(lexicon.code)
    if found is None:
        found = frozenset(
            phrase[0]
            for phrase in (
                *lexicon.object_phrases,
                *lexicon.possessive_cues,
                *lexicon.impersonal_cues,
            )
        )
        _FIRST_WORDS[lexicon.code] = found
    return found


def _clause_at(
    text: str, tokens: Sequence[Token], index: int, names: NameIndex, lexicon: Lexicon
) -> Attribution | None:
    token = tokens[index]
    lower = apostrophe(token.lower)
    opens_phrase = lower in _first_words(lexicon)
    if lexicon.inversion and "-" in lower:
        clause = _inversion(text, tokens, index, names, lexicon)
        if clause is not None:
            return clause
    if lower in lexicon.object_cues:
        return object_cue(text, tokens, index, index, token.text, names, lexicon)
    phrase = object_phrase_end(tokens, index, lexicon) if opens_phrase else None
    if phrase is not None:
        return object_cue(text, tokens, index, phrase - 1, _words(text, tokens, index, phrase - 1),
                       names, lexicon)  # fmt: skip
    possessive = possessive_cue(text, tokens, index, lexicon) if opens_phrase else None
    if possessive is not None:
        return possessive
    if lower in lexicon.view_cues and index == 0:
        return view_cue(text, tokens, index, names, lexicon)
    if lower in lexicon.postposition_cues:
        return postposition_cue(text, tokens, index, names, lexicon)
    if lower in lexicon.introducers:
        return introducer_cue(text, tokens, index, names, lexicon)
    impersonal = impersonal_cue(text, tokens, index, names, lexicon) if opens_phrase else None
    if impersonal is not None:
        return impersonal
    if not token.text[:1].islower() and not (index == 0 or _after_mark(tokens, index)):
        return None  # "Sagt" in the middle of a sentence is a noun's capital, not a verb
    if lower in lexicon.speech_verbs:
        return _verb(text, tokens, index, index, lexicon.speech_verbs[lower], names, lexicon)
    if lower in lexicon.auxiliaries:
        participle = _participle(tokens, index, lexicon)
        if participle is not None:
            return _verb(text, tokens, index, participle, lexicon.auxiliaries[lower], names,
                         lexicon)  # fmt: skip
    if lower in lexicon.separable:
        particle = _particle(tokens, index, lexicon.separable[lower])
        if particle is not None:
            return _verb(text, tokens, index, particle, None, names, lexicon)
    return None


def _after_mark(tokens: Sequence[Token], index: int) -> bool:
    return index > 0 and not tokens[index - 1].is_word


def _words(text: str, tokens: Sequence[Token], first: int, last: int) -> str:
    return text[tokens[first].start : tokens[last].end]


def _verb(
    text: str,
    tokens: Sequence[Token],
    verb: int,
    verb_end: int,
    number: str | None,
    names: NameIndex,
    lexicon: Lexicon,
) -> Attribution | None:
    """A speech verb (``verb`` to ``verb_end``, its participle or particle) and its subject."""
    cue_span = Span(tokens[verb].start, tokens[verb_end].end)
    cue = (
        text[cue_span.start : cue_span.end]
        if verb_end == verb
        else _cue_words(tokens, verb, verb_end)
    )
    # the subject ends before the clitics and reflexives the verb carries ("se dit", "le dijo")
    end = verb - 1
    while end >= 0 and tokens[end].is_word and _is_clitic(tokens[end], lexicon):
        end -= 1
    before = phrase_before(text, tokens, end, lexicon, names) if end >= 0 else None
    if before is None and end > 0 and tokens[end].text == "," and tokens[end - 1].is_word:
        # "Der Fraktionschef der CDU, Markus Brandt, nannte": an apposition before the verb
        appositive = phrase_before(text, tokens, end - 1, lexicon, names)
        if appositive is not None and appositive.description.anaphor is None:
            before = appositive
    compact = verb_end == verb or verb_end == verb + 1
    after_from = verb_end + 1 if compact else verb + 1
    after = _phrase_after(text, tokens, after_from, names, lexicon)
    if before is not None and (after is None or not _inverted_position(tokens, verb)):
        speaker = _with_number(before, number)
        return attribution(speaker.description, cue, cue_span, "subject", before.first,
                            max(verb_end, before.last))  # fmt: skip
    if after is not None and number == "p" and _one_person(after.description):
        after = None  # "Drusen fordern Teilhabe": a plural verb's subject is no one person
    if after is not None:
        speaker = _with_number(after, number)
        return attribution(speaker.description, cue, cue_span, "inverted", verb,
                            max(verb_end, after.last))  # fmt: skip
    if lexicon.pro_drop and _inverted_position(tokens, end + 1) and number != "p":
        subject = zero_subject(tokens[verb], None)
        return attribution(subject, cue, cue_span, "inverted", verb, verb_end)
    return None


def _is_clitic(token: Token, lexicon: Lexicon) -> bool:
    lower = apostrophe(token.lower)
    return token.text[:1].islower() and (lower in lexicon.clitics or lower in lexicon.reflexives)


def _one_person(description: Description) -> bool:
    profile = description.profile
    return profile.kind == "person" and description.anaphor is None and not profile.plural


def _cue_words(tokens: Sequence[Token], verb: int, verb_end: int) -> str:
    return f"{tokens[verb].text} {tokens[verb_end].text}"


def _with_number(phrase: SpeakerPhrase, number: str | None) -> SpeakerPhrase:
    """German "sie sagten" is plural, "sie sagte" feminine: the verb decides."""
    description = phrase.description
    if description.anaphor == "pronoun" and number == "p" and description.profile.gender != "p":
        plural = zero_subject_like(description, "p")
        return SpeakerPhrase(plural, phrase.first, phrase.last)
    return phrase


def zero_subject_like(description: Description, gender: str) -> Description:
    import attrs

    profile = attrs.evolve(description.profile, gender=gender, plural=gender == "p")
    return attrs.evolve(description, profile=profile)


def _inverted_position(tokens: Sequence[Token], verb: int) -> bool:
    """Whether a verb here takes its subject after it: after a quotation, a comma, a colon.

    "„…“, sagte Brenner", "«…» ha detto il sindaco", "…, so Trump", and the
    verb that opens its unit ("Sagt der Minister …" in a headline).
    """
    if verb == 0:
        return True
    previous = tokens[verb - 1]
    return not previous.is_word and previous.text not in "()"


def _phrase_after(
    text: str, tokens: Sequence[Token], start: int, names: NameIndex, lexicon: Lexicon
) -> SpeakerPhrase | None:
    """The subject after a verb: adverbs and a hearer skipped ("sagte Trump nun", "sagte dem
    Sender die Ministerin", "explicó a este diario el alcalde")."""
    index = skip_adverbs(tokens, start, lexicon)
    found = phrase_at(text, tokens, index, lexicon, names, after_verb=True)
    if found is not None:
        return found
    if index < len(tokens) and apostrophe(tokens[index].lower) in (
        lexicon.hearer_prepositions | lexicon.oblique_determiners
    ):
        hearer = phrase_at(text, tokens, index + 1, lexicon, names, oblique=True)
        if hearer is None:
            hearer = phrase_at(text, tokens, index, lexicon, names, oblique=True)
        if hearer is not None:
            after = skip_adverbs(tokens, hearer.last + 1, lexicon)
            return phrase_at(text, tokens, after, lexicon, names, after_verb=True)
        # "aseguró a este diario el portavoz", "a dit à la presse le maire": a hearer of
        # common words, then the subject at its determiner
        for ahead in range(index + 2, min(len(tokens), index + 5)):
            token = tokens[ahead]
            if not token.is_word:
                break
            if apostrophe(token.lower) in lexicon.determiners:
                found = phrase_at(text, tokens, ahead, lexicon, names, after_verb=True)
                if found is not None and found.description.profile.kind in {"person", "anonymous"}:
                    return found
    return None


def _participle(tokens: Sequence[Token], aux: int, lexicon: Lexicon) -> int | None:
    """The participle of a compound tense: right after the auxiliary (Romance, adverbs
    between), or at the end of the German clause ("hat … erklärt")."""
    # German puts the participle at the clause end; Romance right after the auxiliary, but
    # for adverbs and short phrases ("a également déclaré", "a de son côté martelé")
    reach = _BRACKET_REACH if lexicon.capitalised_nouns else 5
    index = aux
    end = min(len(tokens), aux + 1 + reach)
    skipped_one = False  # one relative clause at most, so the scan stays bounded
    while index + 1 < end:
        index += 1
        token = tokens[index]
        if not token.is_word:
            skipped = None if skipped_one else _relative_clause_end(tokens, index, lexicon)
            if skipped is None:
                return None
            end = min(len(tokens), end + skipped - index)
            index, skipped_one = skipped, True  # "hat X, der bisher … war, … angekündigt"
            continue
        lower = apostrophe(token.lower)
        if lower in lexicon.participles:
            return index
        if index + 1 < len(tokens) and f"{lower} {tokens[index + 1].lower}" in lexicon.participles:
            return index + 1  # "mis en garde"
        if not lexicon.capitalised_nouns and (
            lower in lexicon.clause_words or lower in lexicon.speech_verbs or lower[:1].isupper()
        ):
            return None
    return None


# The most tokens of a relative clause inside a German verb's bracket.
_RELATIVE_REACH = 20


def _relative_clause_end(tokens: Sequence[Token], comma: int, lexicon: Lexicon) -> int | None:
    """The closing comma of a German relative clause that opens at ``comma``, or None."""
    if not lexicon.capitalised_nouns or tokens[comma].text != ",":
        return None
    if comma + 1 >= len(tokens) or tokens[comma + 1].lower not in lexicon.relatives:
        return None
    for ahead in range(comma + 2, min(len(tokens), comma + 2 + _RELATIVE_REACH)):
        text = tokens[ahead].text
        if text == ",":
            return ahead
        if not tokens[ahead].is_word and text not in "()":
            return None
    return None


def _particle(tokens: Sequence[Token], verb: int, particles: frozenset[str]) -> int | None:
    """The particle that closes a German separable verb's clause ("teilte … mit,")."""
    for index in range(verb + 1, min(len(tokens), verb + 1 + _BRACKET_REACH)):
        token = tokens[index]
        if not token.is_word and token.text not in "()":
            return None
        if token.lower in particles and (index + 1 >= len(tokens) or not tokens[index + 1].is_word):
            return index
    return None


def _inversion(
    text: str, tokens: Sequence[Token], index: int, names: NameIndex, lexicon: Lexicon
) -> Attribution | None:
    """ "dit-il", "confie-t-elle", "a-t-il ajouté", "estiment-ils": a verb carrying its pronoun."""
    token = tokens[index]
    parts = apostrophe(token.lower).split("-")
    if len(parts) >= 2 and parts[-1] in lexicon.impersonal_subjects:
        return _impersonal_inversion(text, tokens, index, parts[0], names, lexicon)
    if len(parts) < 2 or parts[-1] not in lexicon.pronouns:
        return None
    verb = parts[0]
    cue_end = index
    if verb not in lexicon.speech_verbs:
        if verb not in lexicon.auxiliaries:
            return None
        participle = _participle(tokens, index, lexicon)
        if participle is None:
            return None
        cue_end = participle
    gender = lexicon.pronouns[parts[-1]]
    offset = token.start + len(token.text) - len(parts[-1])
    pronoun_token = Token(token.text[-len(parts[-1]) :], offset, "word")
    speaker = zero_subject(pronoun_token, gender, name=pronoun_token.text)
    cue_span = Span(token.start, tokens[cue_end].end)
    return attribution(speaker, text[cue_span.start : cue_span.end], cue_span, "inverted",
                        index, cue_end)  # fmt: skip


def _impersonal_inversion(
    text: str, tokens: Sequence[Token], index: int, verb: str, names: NameIndex, lexicon: Lexicon
) -> Attribution | None:
    """ "a-t-on appris de source policière", "indique-t-on à Matignon": no one speaks, the
    source follows a preposition."""
    cue_end = index
    if verb in lexicon.auxiliaries:
        participle = _participle(tokens, index, lexicon)
        if participle is None:
            return None
        cue_end = participle
    elif verb not in lexicon.speech_verbs:
        return None
    place = cue_end + 1
    if place >= len(tokens):
        return None
    lower = apostrophe(tokens[place].lower)
    if lower not in lexicon.source_prepositions and lower not in lexicon.hearer_prepositions:
        return None
    found = phrase_at(text, tokens, place + 1, lexicon, names, oblique=True)
    if found is None or found.description.profile.kind == "person":
        return None
    cue_span = Span(tokens[index].start, tokens[cue_end].end)
    return attribution(found.description, text[cue_span.start : cue_span.end], cue_span,
                        "object", index, found.last)  # fmt: skip


def _past_fronted_place(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> int:
    """Past a place that opens the sentence: "A Genova il sindaco …", "In Wien, die …"."""
    if start >= len(tokens) or apostrophe(tokens[start].lower) not in lexicon.prepositions:
        return start
    index = start + 1
    while index < len(tokens) and index - start <= 3 and tokens[index].text[:1].isupper():
        index += 1
    if index == start + 1:
        return start
    if index < len(tokens) and tokens[index].text == ",":
        index += 1
    return index


def foreign_subject(
    text: str, tokens: Sequence[Token], names: NameIndex, lexicon: Lexicon
) -> Description | None:
    """The named subject that opens a unit, before a verb: "Bondi werde …", "Mme Binet est …".

    The subject a quotation inside the sentence is given when no clause names
    its speaker; only a name counts (a pronoun or a role refers back, and a
    German capital after a determiner is a noun).
    """
    start = 1 if tokens and tokens[0].kind == "quote" else 0
    start = _past_fronted_place(tokens, start, lexicon)
    found = phrase_at(text, tokens, start, lexicon, names)
    if found is None or found.last + 1 >= len(tokens):
        return None
    description = found.description
    following = tokens[found.last + 1]
    if description.anaphor is not None or following.text[:1].isupper():
        return None
    if not following.is_word and following.text != ",":
        return None
    if description.profile.kind not in {"person", "organization", "outlet"}:
        return None
    if (
        lexicon.capitalised_nouns
        and description.profile.kind == "person"
        and description.profile.title is None
        and " " in description.name
        and description.name.split()[0].lower() not in GIVEN_NAMES
    ):
        return None  # "Umstrittene Spende": two German capitals, but no given name, no title
    return description
