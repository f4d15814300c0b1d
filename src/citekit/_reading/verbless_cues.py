"""Attribution cues without a speech verb in German, French, Italian and Spanish.

``cues`` reads the verbs; these read the cues that name a source without one
(invented examples): an object after its cue ("laut Polizei", "nach Angaben des
Ministeriums", "selon elle", "d’après le récit qu’elle livre", "según la
Fiscalía", "Laut „Washington Post“") or before it ("Dem Bericht zufolge"); a
bare introducer ("…, so Trump.", "Così il ministro: «…»"); a view opening the
sentence ("Pour la syndicaliste, …"); a possessive ("à ses yeux", "seiner
Ansicht nach"); an impersonal phrase with its source after a preposition
("heißt es in dem Papier", "Aus dem Ministerium hieß es").
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.lexicon import Lexicon
from .._records import Span
from .attributions import Attribution, Role
from .names import NameIndex
from .profiles import Description, Profile
from .speaker_words import apostrophe
from .speakers import SpeakerPhrase, phrase_at, pronoun, zero_subject
from .tokens import Token


def attribution(
    speaker: Description, cue: str, cue_span: Span, role: Role, first: int, last: int
) -> Attribution:
    return Attribution(speaker, cue, cue_span, role, first, last)


def skip_adverbs(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> int:
    while (
        index < len(tokens)
        and tokens[index].is_word
        and (
            apostrophe(tokens[index].lower) in lexicon.adverbs
            # "sprach sich … aus"; a clitic stands before its verb, and "le" after
            # one is the subject's article ("prévient le président")
            or apostrophe(tokens[index].lower) in lexicon.reflexives
        )
    ):
        index += 1
    return index


def object_phrase_end(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> int | None:
    """The index after a multiword cue that starts at ``index`` ("nach Angaben von")."""
    best: int | None = None
    for phrase in lexicon.object_phrases:
        end = index + len(phrase)
        if end <= len(tokens) and all(
            tokens[index + k].is_word and apostrophe(tokens[index + k].lower) == word
            for k, word in enumerate(phrase)
        ):
            best = end if best is None else max(best, end)
    return best


def object_cue(
    text: str,
    tokens: Sequence[Token],
    first: int,
    cue_last: int,
    cue: str,
    names: NameIndex,
    lexicon: Lexicon,
) -> Attribution | None:
    """ "laut Polizei", "selon le ministre", "selon elle", "nach Angaben des Ministeriums"."""
    start = cue_last + 1
    if start < len(tokens) and tokens[start].kind == "quote":
        return quoted_object(text, tokens, first, start, cue, lexicon)  # "Laut „Washington Post“"
    found = phrase_at(text, tokens, start, lexicon, names, oblique=True)
    if found is None:
        stressed = pronoun(tokens[start], lexicon, stressed=True) if start < len(tokens) else None
        if stressed is None:
            return None
        found = SpeakerPhrase(stressed, start, start)
    teller = _teller(tokens, found, lexicon)
    if teller is not None:
        found = teller
    cue_span = Span(tokens[first].start, tokens[cue_last].end)
    return attribution(found.description, cue, cue_span, "object", first, found.last)


def _teller(
    tokens: Sequence[Token], found: SpeakerPhrase, lexicon: Lexicon
) -> SpeakerPhrase | None:
    """ "d’après le récit qu’elle livre": the account's teller, a pronoun after a relative."""
    if found.description.profile.kind != "document" or found.last + 2 >= len(tokens):
        return None
    relative, subject = tokens[found.last + 1], tokens[found.last + 2]
    if apostrophe(relative.lower) not in lexicon.relatives:
        return None
    described = pronoun(subject, lexicon)
    if described is None:
        return None
    return SpeakerPhrase(described, found.first, found.last + 2)


def quoted_object(
    text: str, tokens: Sequence[Token], first: int, at: int, cue: str, lexicon: Lexicon
) -> Attribution | None:
    """A name in quotation marks after a cue: an outlet ("laut „Washington Post“")."""

    token = tokens[at]
    inner = token.text[1:-1].strip()
    if not inner or len(inner.split()) > 5 or not inner[:1].isupper():
        return None
    kind = "outlet" if inner in lexicon.outlets or inner.split()[-1].lower() in (
        lexicon.outlet_words
    ) else "organization"  # fmt: skip
    span = Span(token.start + 1, token.start + 1 + len(token.text[1:-1]))
    description = Description(inner, span, Profile(kind, inner.lower()), None)  # type: ignore[arg-type]
    cue_span = Span(tokens[first].start, tokens[at - 1].end)
    return attribution(description, cue, cue_span, "object", first, at)


def possessive_cue(
    text: str, tokens: Sequence[Token], index: int, lexicon: Lexicon
) -> Attribution | None:
    """ "à ses yeux", "seiner Ansicht nach": the last person, of the gender the words imply."""
    for words, gender in lexicon.possessive_cues.items():
        end = index + len(words)
        if end <= len(tokens) and all(
            tokens[index + k].is_word and apostrophe(tokens[index + k].lower) == word
            for k, word in enumerate(words)
        ):
            possessor = tokens[index + 1]
            speaker = zero_subject(possessor, gender, name=possessor.text)
            cue_span = Span(tokens[index].start, tokens[end - 1].end)
            return attribution(speaker, text[cue_span.start : cue_span.end], cue_span, "object",
                                index, end - 1)  # fmt: skip
    return None


def view_cue(
    text: str, tokens: Sequence[Token], index: int, names: NameIndex, lexicon: Lexicon
) -> Attribution | None:
    """ "Pour la syndicaliste, …", "Per il ministro, …", "Para la ministra, …": a view cue
    opening the sentence, then a person and a comma ("Pour la première fois" is none)."""
    found = phrase_at(text, tokens, index + 1, lexicon, names, after_verb=True)
    if found is None or found.last + 1 >= len(tokens) or tokens[found.last + 1].text != ",":
        return None
    if found.description.profile.kind not in {"person", "anonymous"}:
        return None
    cue_span = Span(tokens[index].start, tokens[index].end)
    return attribution(found.description, tokens[index].text, cue_span, "object", index,
                        found.last)  # fmt: skip


def postposition_cue(
    text: str, tokens: Sequence[Token], index: int, names: NameIndex, lexicon: Lexicon
) -> Attribution | None:
    """ "Dem Bericht zufolge", "Polizeiangaben zufolge": the object before the cue."""
    for start in range(index - 1, max(-1, index - 6), -1):
        found = phrase_at(text, tokens, start, lexicon, names, oblique=True)
        if found is not None and found.last == index - 1:
            cue_span = Span(tokens[index].start, tokens[index].end)
            return attribution(found.description, tokens[index].text, cue_span, "object",
                                found.first, index)  # fmt: skip
    return None


def introducer_cue(
    text: str, tokens: Sequence[Token], index: int, names: NameIndex, lexicon: Lexicon
) -> Attribution | None:
    """ "…, so Trump.", "„…“, so die Ministerin im Interview": after a comma or a quotation
    only, and a phrase that ends the clause or runs into a preposition ("So kam es" is none)."""
    previous = tokens[index - 1] if index > 0 else None
    found = phrase_at(text, tokens, index + 1, lexicon, names, after_verb=True)
    if found is None:
        return None
    if previous is None:
        # "Così il ministro: «…»", "So der Minister: „…“": the introducer opens the unit
        colon = found.last + 1
        if colon >= len(tokens) or tokens[colon].text != ":":
            return None
        cue_span = Span(tokens[index].start, tokens[index].end)
        return attribution(found.description, tokens[index].text, cue_span, "subject", index,
                            colon)  # fmt: skip
    if not (previous.kind == "quote" or previous.text in {",", "—", "–"}):
        return None
    following = tokens[found.last + 1] if found.last + 1 < len(tokens) else None
    if (
        following is not None
        and following.is_word
        and apostrophe(following.lower) not in lexicon.prepositions | lexicon.adverbs
    ):
        return None
    cue_span = Span(tokens[index].start, tokens[index].end)
    return attribution(found.description, tokens[index].text, cue_span, "inverted", index,
                        found.last)  # fmt: skip


def impersonal_cue(
    text: str, tokens: Sequence[Token], index: int, names: NameIndex, lexicon: Lexicon
) -> Attribution | None:
    """ "heißt es in dem Papier", "hieß es aus Regierungskreisen": the source after a preposition.

    The preposition may come before the cue, as the sentence fronts it: "In
    der Mitteilung heißt es", "Aus dem Ministerium hieß es".
    """
    for words in lexicon.impersonal_cues:
        end = index + len(words)
        if end > len(tokens) or not all(
            tokens[index + k].is_word and tokens[index + k].lower == word
            for k, word in enumerate(words)
        ):
            continue
        cue_span = Span(tokens[index].start, tokens[end - 1].end)
        cue = text[cue_span.start : cue_span.end]
        after = skip_adverbs(tokens, end, lexicon)
        places = [after, after + 1, after + 2]  # "heißt es stolz in dem Papier"
        if index > 0:
            places.append(_fronted_preposition(tokens, index, lexicon))
        for place in places:
            if place < 0 or place >= len(tokens):
                continue
            if apostrophe(tokens[place].lower) not in lexicon.source_prepositions:
                continue
            found = phrase_at(text, tokens, place + 1, lexicon, names, oblique=True)
            if found is None:
                found = phrase_at(text, tokens, place, lexicon, names, oblique=True)
            if found is not None and found.description.profile.kind != "person":
                first = min(place, index)
                return attribution(found.description, cue, cue_span, "object", first,
                                    max(found.last, end - 1))  # fmt: skip
        return None
    return None


def _fronted_preposition(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> int:
    """The preposition that opens the unit before an impersonal cue, or -1."""
    for start in range(index):
        if not tokens[start].is_word:
            return -1
        if apostrophe(tokens[start].lower) in lexicon.source_prepositions:
            return start
        return -1
    return -1
