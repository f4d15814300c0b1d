"""Subjects: the phrase a speech verb attributes to, before the verb or at the start of its unit.

"White House spokesman Carl Woog said"; "Hale, the U.S. envoy, said" (the
nearest proper name a few appositions back); "The ministry dismissed
the claims as “baseless”" (the subject that opens a unit, for a quotation that
no clause attributes). And the apposition after a person's name that gives
the title ("Priya Raman, a trade scholar with the Atlantic Policy Institute").
A noun no word list holds ("A local beekeeper said") is read in ``unlisted``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.calendar import DAYS_AND_MONTHS
from .._lexicon.documents import DOCUMENT_NOUNS
from .._lexicon.function_words import (
    APPOSITION_OPENERS,
    APPOSITION_STARTS,
    CLAUSE_BREAKERS,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    INVERTING_VERBS,
    NEGATIVES,
    PERSON_PRONOUNS,
    POSTMODIFIER_ADJECTIVES,
    PREPOSITIONS,
    RELATIVE_ENDS,
    RELATIVE_OPENERS,
    RELATIVES,
)
from .._lexicon.people import (
    NAME_CONNECTORS,
    NAME_RUN_PARTICLES,
    PERSON_NOUNS,
    TITLE_MODIFIERS,
)
from .._lexicon.speech_verbs import SPEECH_VERBS
from .._records import Span
from .._text.patterns import lazy_pattern
from .anonymity import anonymity_reason
from .appositions import named_in_apposition, with_apposition
from .descriptions import classify
from .gaps import (
    SUBJECT_VERB_GAPS,
    abbreviated_state,
    abbreviation,
    before_bracket,
    segment_start,
    skip_prefixes,
)
from .modified_subjects import finite
from .names import NameIndex, surname_key
from .openers import after_dateline, clause_starts
from .phrases import Phrase, continues_phrase, next_is_capitalised, noun_phrase
from .profiles import Description, Profile
from .shares import quantity_phrase, share_phrase
from .tokens import Token
from .word_kinds import is_capitalised, is_nominal

_HE_SHE = frozenset({"he", "she"})

# The determiners that open a role speaking in an incise: "…, a top aide said, …".
_INCISE_DETERMINERS = frozenset({"a", "an", "the", "one"})

# A year, which opens no speaker phrase: "in 2017 America says".
_YEAR = lazy_pattern(r"1[89]\d\d|20\d\d")


def subject_before(
    text: str, words: Sequence[Token], index: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The verb's subject: the phrase before it, or a name a few appositives back."""
    end = skip_prefixes(words, index)
    if index - end > 8:
        return None  # no subject is this far from its verb
    if end > 0:
        run = segment_start(words, end)
        share = share_phrase(text, words, run, end) or quantity_phrase(text, words, run, end)
        if share is None and run == end and not next_is_capitalised(words, index, len(words)):
            share = _share_between_commas(text, words, end)  # not "…, said Ruiz"
        if share is not None:
            return share  # "26 percent said", "Two in three said", "Many in the crowd said"
    if end > 0 and words[end - 1].lower in RELATIVES and end - 1 > segment_start(words, end):
        end -= 1  # "a blog post that said": the relative's antecedent
    elif end > 2 and words[end - 1].lower in {"who", "which"} and words[end - 2].text == ",":
        # "… came from Dale Whitt, who said": the phrase before the comma, whatever its role
        comma = end - 2
        antecedent = longest_suffix(text, words, segment_start(words, comma), comma, names)
        profile = antecedent[1].profile if antecedent is not None else None
        if (
            antecedent is not None
            and profile is not None
            and profile.kind in {"person", "organization", "outlet", "anonymous"}
            and profile.confident
            and not profile.place
            and antecedent[1].anaphor != "pronoun"
        ):
            if profile.kind == "anonymous":  # "by Ana Ruiz, a researcher in Tarnvik, who said"
                return _named_before_apposition(text, words, antecedent[0], names) or antecedent
            return antecedent
    segments: list[tuple[int, int]] = []
    stop = end
    dateline = after_dateline(words)  # "DOVER — The board …": the place is no one
    for _ in range(7):
        start = max(segment_start(words, stop), dateline if stop > dateline else 0)
        segments.append((start, stop))
        if start == 0 or words[start - 1].kind == "quote" or words[start - 1].text in ":;.!?()":
            break
        if start == dateline:
            break
        if words[start - 1].is_word:
            break  # cut at MAX_PHRASE words, not at a comma: no appositive before it
        stop = start - 1
        if words[stop].text == ",":
            stop = before_bracket(words, stop)  # "Sen. Bernie Sanders (I-Vt.), who lost,"
            if stop > 1 and words[stop - 1].text == "." and abbreviation(words[stop - 2]):
                stop -= 1  # "Mitch McConnell, R-Ky., said", "in Allentown, Pa., said"
    if _inverts_after_clause(text, words, index, segments, names):
        return None  # "…, invoke an air defense zone, said an American official who …"
    first_start, first_end = segments[0]
    nearest = (
        longest_suffix(text, words, first_start, first_end, names)
        if first_end > first_start
        else None
    )
    if nearest is not None and (
        not _is_apposition(words, nearest[0])
        or _after_conjunction(words, nearest[0])
        or _incise(words, nearest[0], index)
    ):
        return nearest
    wholes = _segment_phrases(text, words, segments, names)
    candidates = [
        w
        for w in wholes
        if w is not None
        and not _is_apposition(words, w[0])
        and not w[1].profile.place
        and not abbreviated_state(words, w[0])  # "Sanders, I-Vt., …", "Allentown, Pa., …"
    ]
    for accept in (_is_person, _is_proper, _is_any):
        for phrase, description in candidates:
            if accept(words, phrase, description):
                return phrase, with_apposition(text, words, phrase, description)
    if nearest is not None:
        return nearest
    for whole in wholes:  # "An official, who spoke on condition of anonymity, said"
        if (
            whole is not None
            and not whole[1].profile.place
            and words[whole[0].start].lower not in RELATIVES
        ):
            return whole
    if first_end - first_start == 1 and all(
        words[i].lower in CONJUNCTIONS for i in range(first_start, first_end)
    ):
        return clause_subject(text, words, names)  # "She …, but said …"
    return None


def _segment_phrases(
    text: str, words: Sequence[Token], segments: list[tuple[int, int]], names: NameIndex
) -> list[tuple[Phrase, Description] | None]:
    """The phrase each segment before the first is, whole; or, before a town's state
    between commas right before the verb, the phrase that ends the segment ("a woman in
    Worcester, Massachusetts, told": the state is the town's, the woman the subject)."""
    found: list[tuple[Phrase, Description] | None] = []
    after_place = False
    chain = segments[0][0] == segments[0][1]  # the verb right after a comma
    for position, (start, stop) in enumerate(segments[1:]):
        phrase = _opening_whole(text, words, start, stop, names)
        if phrase is None:
            phrase = _one_of_them(text, words, start, stop, segments[position])
        if phrase is None and after_place and stop > start:
            phrase = longest_suffix(text, words, start, stop, names)
            if phrase is not None and phrase[0].head == stop - 1:
                phrase = None  # "… from Sumter, South Carolina,": the town, no one
        found.append(phrase)
        after_place = (
            chain
            and phrase is not None
            and (phrase[1].profile.place or abbreviated_state(words, phrase[0]))
        )
        chain = after_place
    return found


def _one_of_them(
    text: str, words: Sequence[Token], start: int, stop: int, relative: tuple[int, int]
) -> tuple[Phrase, Description] | None:
    """ "Two growers spoke. One, who asked not to be named because she …, said": "One"
    (or "Another") alone before a relative clause is one of the people just named, an
    anonymous source, whose gender a "she" or "he" in the clause gives."""
    if stop - start != 1 or words[start].lower not in {"one", "another"}:
        return None
    if start > 0 and words[start - 1].is_word:
        return None
    first, end = relative
    if first >= end or words[first].lower not in {"who", "whose"}:
        return None
    gender = next((PERSON_PRONOUNS[w.lower] for w in words[first:end] if w.lower in _HE_SHE), None)
    span = Span(words[start].start, words[start].end)
    reason = anonymity_reason(text, Span(span.start, words[end - 1].end))
    profile = Profile("anonymous", words[start].lower, reason=reason, gender=gender)
    return Phrase(start, start, stop), Description(words[start].text, span, profile)


def _inverts_after_clause(
    text: str,
    words: Sequence[Token],
    index: int,
    segments: list[tuple[int, int]],
    names: NameIndex,
) -> bool:
    """Whether the verb after a comma is inverted: the stretch before the comma is a
    clause's end, no phrase ("…, invoke an air defense zone, said"), and a person or a
    role follows the verb and ends its clause ("said an American official who …", not
    "said the official was …"). A name further back is not the verb's subject."""
    if words[index].lower not in INVERTING_VERBS or index + 2 >= len(words):
        return False
    if len(segments) < 2 or segments[0][0] != segments[0][1]:
        return False
    start, stop = segments[1]
    if stop <= start or _whole(text, words, start, stop, names) is not None:
        return False
    first = words[start]
    if first.lower in APPOSITION_STARTS or first.text[:1].isdigit():
        return False  # "Ana Ruiz, who …, said", "Ruiz, 45, said": an apposition
    phrase = noun_phrase(words, index + 1, len(words), post=False)
    if phrase is None or words[index + 1].lower not in DETERMINERS:
        return False
    after = words[phrase.head + 1] if phrase.head + 1 < len(words) else None
    if after is not None and after.is_word and after.lower not in RELATIVES | PREPOSITIONS:
        return False  # "said the official was wrong": the phrase is the clause's subject
    found = classify(text, words, phrase, names)
    return found is not None and found.profile.kind in {"anonymous", "person"}


def _incise(words: Sequence[Token], phrase: Phrase, index: int) -> bool:
    """ "Clinton, a top aide said, “is very confident …”": a role between a comma and
    its verb, the verb between commas, is the incise's subject; an apposition of the name
    before it would close with a comma of its own ("Clinton, a top aide, said")."""
    if phrase.start < 2 or words[phrase.start - 1].text != "," or phrase.end != index:
        return False
    if words[phrase.start].lower not in _INCISE_DETERMINERS:
        return False
    after = index + 1
    while after < min(len(words), index + 3) and words[after].is_word:
        after += 1  # "a top aide told reporters, …"
    return after < len(words) and words[after].text == ","


def _after_conjunction(words: Sequence[Token], phrase: Phrase) -> bool:
    """ "…, and a former defense official said": a phrase after "and" or "but" opens a
    clause of its own; it is no apposition of the phrase before the comma."""
    start = phrase.start
    return start > 1 and words[start - 1].lower in CONJUNCTIONS and words[start - 2].text == ","


def _share_between_commas(
    text: str, words: Sequence[Token], end: int
) -> tuple[Phrase, Description] | None:
    """ "Just over a quarter, 26 percent, say", "A third of independents, 33%, say":
    a share between commas before its verb, the first of two when the second gives
    it in numbers. Each opens its stretch between commas ("rose to 26 percent, said
    Ruiz" is no share speaking)."""
    found = None
    stop = end
    for _ in range(2):
        if stop < 2 or words[stop - 1].text != ",":
            break
        start = segment_start(words, stop - 1)
        share = share_phrase(text, words, start, stop - 1)
        if share is None or share[0].start != start:
            break
        found, stop = share, start
    return found


def _is_person(words: Sequence[Token], phrase: Phrase, description: Description) -> bool:
    return description.profile.kind == "person" and description.anaphor != "pronoun"


def _is_proper(words: Sequence[Token], phrase: Phrase, description: Description) -> bool:
    return words[phrase.head].text[:1].isupper()


def _is_any(words: Sequence[Token], phrase: Phrase, description: Description) -> bool:
    return True


def longest_suffix(
    text: str, words: Sequence[Token], start: int, end: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    floor = _phrase_floor(words, max(start, end - 25), end)
    inside = False  # in a subject relative: "A woman who has accused Bill Clinton of …"
    for first in range(floor, end):
        word = words[first]
        if first > floor and _opens_relative(words, first):
            inside = True
        elif word.lower in RELATIVE_ENDS:
            inside = False  # "… who gained attention when he yelled": a clause of its own
        if inside and first > floor:
            continue  # the relative's object is no subject of the verb after it
        if first > start and words[first - 1].is_word and continues_phrase(words[first - 1]):
            continue  # a suffix of a phrase is no phrase: "Wendell Price", not "Price"
        if _YEAR.fullmatch(words[first].text) and first + 1 < end:
            continue  # "in 2017 America says": a year before the phrase
        if word.lower in NEGATIVES and _one_phrase_after(words, first, end):
            return None  # "no terrorist organization claimed": not its "organization"
        found = _whole(text, words, first, end, names)
        if found is not None:
            return found
    return None


def _named_before_apposition(
    text: str, words: Sequence[Token], apposition: Phrase, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The person a role between commas is in apposition to: "Oluwaseun Adebayo-Lind, an
    independent security researcher in Tarnvik, who said …" is Adebayo-Lind."""
    comma = apposition.start - 1
    if comma < 1 or words[comma].text != ",":
        return None
    named = longest_suffix(text, words, segment_start(words, comma), comma, names)
    if named is None or named[1].profile.kind != "person" or named[1].anaphor is not None:
        return None
    return named


def _one_phrase_after(words: Sequence[Token], index: int, end: int) -> bool:
    """Whether the few words after ``index`` up to ``end`` are one phrase's: lower-case
    words with no mark between ("no terrorist organization")."""
    rest = words[index + 1 : end]
    return 0 < len(rest) <= 4 and all(
        w.is_word and w.text[:1].islower() and w.lower not in FUNCTION_WORDS for w in rest
    )  # not "none uncovered that she talked": a clause


def _opens_relative(words: Sequence[Token], index: int) -> bool:
    """ "who" right after a noun for people or a name: a relative clause whose subject is
    that noun, whose object ("Bill Clinton") is no subject of the verb after it. Not
    "whom": "the preacher whom Erdogan accuses" has Erdogan for its subject."""
    before = words[index - 1]
    after = words[index + 1] if index + 1 < len(words) else None
    if after is not None and (after.text[:1].isupper() or after.lower in DETERMINERS):
        return False  # "the hackers who U.S. officials say …": the relative is the object
    return words[index].lower == "who" and before.is_word and is_nominal(before)


def _phrase_floor(words: Sequence[Token], start: int, end: int) -> int:
    """The first index in ``[start, end)`` a phrase ending at ``end`` may start at.

    No phrase runs over a lower-case speech verb ("Woog said Lund said"), but
    for a relative clause ("people who said …"): without one, the phrases
    that start before the last such verb are not tried, which keeps a text
    dense with clauses to one phrase reading per verb.
    """
    for index in range(end - 1, start - 1, -1):
        if _stops_phrase(words[index]):
            if any(w.lower in RELATIVE_OPENERS for w in words[start:index]):
                return start
            return index + 1
    return start


def _stops_phrase(word: Token) -> bool:
    """A word that ends every phrase but a relative clause: a lower-case speech verb,
    but for one that is as often a document ("media reports say")."""
    lower = word.lower
    return (
        lower in SPEECH_VERBS
        and lower not in DOCUMENT_NOUNS
        and word.is_word
        and word.text[:1].islower()
        and lower not in TITLE_MODIFIERS
        and lower not in PREPOSITIONS
        and lower not in POSTMODIFIER_ADJECTIVES
        and lower not in NAME_CONNECTORS
    )


def _whole(
    text: str, words: Sequence[Token], start: int, end: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The phrase that is exactly ``words[start:end]``, described, or None."""
    phrase = noun_phrase(words, start, end, post=True)
    if phrase is None or phrase.end != end:
        return None
    if any(w.lower in CLAUSE_BREAKERS for w in words[phrase.head + 1 : phrase.end]):
        return None
    description = classify(text, words, phrase, names)
    if description is None:
        return None
    return phrase, description


def _opening_whole(
    text: str, words: Sequence[Token], start: int, stop: int, names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The phrase that is ``words[start:stop]``, or all of it but the word that opens it:
    a conjunction that opens the sentence or a clause after a comma ("But Tom Fitton, the
    president of …, said", "And aides to …, who …, said", "…, and an estate agent, who …,
    said"; not a document: "But six minutes into the event, …" is a time), or the verb
    of an inverted clause before a person ("…,” said Ana Ruiz, a trade scholar who has
    argued …": the relative's antecedent is Ruiz)."""
    found = _whole(text, words, start, stop, names)
    if found is not None or stop - start < 2:
        return found
    first = words[start]
    after_comma = (
        start > 1 and words[start - 1].text == "," and _after_clause(text, words, start - 1, names)
    )  # "… had pulled out, and an estate agent …", not a list's "…, and Gov. Jay Nixon"
    if first.lower in CONJUNCTIONS and (first.text[:1].isupper() or after_comma):
        kinds = {"person", "organization", "outlet", "group", "anonymous"}
    elif first.lower in SPEECH_VERBS and first.text[:1].islower():
        kinds = {"person"}
    else:
        return None
    rest = _whole(text, words, start + 1, stop, names)
    return rest if rest is not None and rest[1].profile.kind in kinds else None


def _after_clause(text: str, words: Sequence[Token], comma: int, names: NameIndex) -> bool:
    """Whether the words before the comma end a clause, not a list's phrase: "Two families
    said buyers had pulled out," but not "Hillary Clinton and Bernie Sanders,"."""
    start = segment_start(words, comma)
    if start >= comma or _whole(text, words, start, comma, names) is not None:
        return False  # "Hillary Clinton and Bernie Sanders,": a list's phrase
    # not "Ana Ruiz, 45,": a clause has a verb, a finite one or one of speech
    return any(
        finite(w) or (w.lower in SPEECH_VERBS and w.text[:1].islower()) for w in words[start:comma]
    )


def _is_apposition(words: Sequence[Token], phrase: Phrase) -> bool:
    """ "a spokesperson for X", "who once ran the FBI", "24", "president of X"."""
    first = words[phrase.start]
    lower = first.lower
    return (
        lower in APPOSITION_OPENERS
        or lower in RELATIVES
        or first.text.isdigit()
        or (first.text[:1].islower() and lower in PERSON_NOUNS and phrase.head == phrase.start)
    )


def clause_subject(
    text: str, words: Sequence[Token], names: NameIndex
) -> tuple[Phrase, Description] | None:
    """The noun phrase that opens a unit and is followed by a verb.

    "The Pentagon rejected …", "On Tuesday, the chairman blasted …": the
    subject that a quotation inside the sentence is attributed to when no
    clause names its speaker.
    """
    for start in clause_starts(words):
        if start < len(words) and words[start].lower == "born":
            continue  # "Born Ana Maria Ruiz in 1937, she …": a birth name, and no subject
        phrase = noun_phrase(words, start, len(words), post=True, bounded=True)
        if phrase is None or phrase.end >= len(words):
            continue
        phrase = _without_gaps(words, phrase)
        after = phrase.end
        while after + 1 < len(words) and (
            words[after].lower in SUBJECT_VERB_GAPS
            or words[after].lower in DAYS_AND_MONTHS
            or (words[after].lower == "on" and words[after + 1].lower in DAYS_AND_MONTHS)
        ):
            after += 1  # "the minister on Monday defended", "Trump last week said"
        apposition = None
        if words[after].text == ",":
            # "The group, Rideshare Workers United, formed …": past the apposition
            closing = next(
                (
                    i
                    for i in range(after + 1, min(len(words), after + _reach(words, phrase)))
                    if not words[i].is_word
                    and not (words[i].text == "." and abbreviation(words[i - 1]))
                ),  # "Mitch McConnell, R-Ky., delivered": the state's full stop
                None,
            )
            if closing is None or words[closing].text != "," or closing + 1 >= len(words):
                continue
            apposition = (after + 1, closing)
            after = closing + 1
        following = words[after]
        if not following.is_word or not following.text[:1].islower():
            continue
        if following.lower in PREPOSITIONS or following.lower in CONJUNCTIONS:
            continue
        description = classify(text, words, phrase, names)
        if description is not None and apposition is not None:
            named = named_in_apposition(text, words, phrase, description, apposition, names)
            if named is not None:
                return named
        if description is not None:
            return phrase, description
    return None


def _reach(words: Sequence[Token], phrase: Phrase) -> int:
    """How far an apposition after a subject may run: further after a person's name of
    two words ("Ted Nordhaus, co-founder of the … Institute and advocate of …, welcomed")
    than after a role or a group."""
    head = words[phrase.head]
    named = phrase.end - phrase.start >= 2 and all(
        w.text[:1].isupper() for w in words[phrase.start : phrase.end]
    )
    return 26 if named and head.text[:1].isupper() else 14


def _without_gaps(words: Sequence[Token], phrase: Phrase) -> Phrase:
    """ "The pilot with no knowledge of the contract later said": the adverb a
    postmodifier ran over stands between the subject and its verb."""
    end = phrase.end
    while (
        end - 1 > phrase.head
        and words[end - 1].lower in SUBJECT_VERB_GAPS
        and words[end - 1].text[:1].islower()
    ):
        end -= 1
    return phrase if end == phrase.end else Phrase(phrase.start, phrase.head, end)


def introduced_object(
    text: str, words: Sequence[Token], names: NameIndex
) -> tuple[Phrase, Description] | None:
    """A person named in full as an object and introduced by a relative clause: "They
    should listen to Renata Vogel, who has run the branch for years", "I went to see Ana
    Ruiz, who …". The unit's own subject names no one who could be "she" (``read`` asks
    only then) and no name stands before the person's, so a pronoun after it may refer
    to that person."""
    for index in range(2, len(words) - 1):
        if words[index].text != "," or words[index + 1].lower != "who":
            continue
        start = index
        while start > 0 and index - start < 4 and is_capitalised(words[start - 1].text):
            start -= 1
        before = words[start - 1] if start > 0 else None
        if index - start < 2 or before is None or not before.text[:1].islower():
            continue  # "Renata Vogel, who": two names after a lower-case word
        if any(w.text[:1].isupper() for w in words[1 : start - 1]):
            return None  # "Trump mentioned … she married Jared Kushner, who": others named
        phrase = noun_phrase(words, start, index, post=False)
        if phrase is None or phrase.start != start or phrase.end != index:
            continue
        found = classify(text, words, phrase, names)
        if found is not None and found.profile.kind == "person" and " " in found.name:
            return phrase, found
    return None


# A person's name in the possessive opening a phrase, before a lower-case noun: "Van der
# Lijn’s team", "Ruiz's office", "Ana Ruiz’s lawyers".
_NAME_WORD = r"\p{Lu}(?:[\p{L}.-]|['’](?=\p{Lu}))*+"  # "Ruiz", "O'Rourke", "Dubois-Lambert"
_POSSESSOR = lazy_pattern(
    rf"({_NAME_WORD}(?:[ ](?:{'|'.join(sorted(NAME_RUN_PARTICLES))}|{_NAME_WORD})){{0,3}})"
    r"[’']s[ ]\p{Ll}"
)


def possessor(text: str, span: Span, names: NameIndex) -> Description | None:
    """The person in the possessive who opens the sentence at ``span``: "Van der Lijn’s
    team is recruiting … ¶ “…,” she said" refers back to Van der Lijn. Only a surname
    the article gives a person in full ("Ingrid van der Lijn")."""
    match = _POSSESSOR.match(text, span.start, span.end)
    if match is None:
        return None
    name = match.group(1)
    if not names.is_surname(surname_key(name)):
        return None
    found = Span(match.start(1), match.end(1))
    return Description(name, found, Profile("person", name.lower()), anaphor="surname")
