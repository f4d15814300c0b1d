"""The shape of one language's word data: ``Lexicon``, one per language in ``languages``.

A language is data: the words that tell it apart (for detection), the
abbreviations whose full stop ends no sentence, and the words its attribution
clauses are made of ("sagte", "a déclaré", "ha detto", "según"), its
determiners, pronouns, titles, institutions, anonymous sources and outlets.
The rules that read them are shared: ``_text.language`` (detection),
``_text.segment`` (abbreviations), ``_text.dashes`` and ``_text.incises``
(typography), ``_reading.speakers`` and ``_reading.cues`` (attribution).
English is a ``Lexicon`` too, whose reading keeps its own rules and the lists
of the other ``_lexicon`` modules.

Every word is lower case unless the field says otherwise. "m", "f" and "p"
are a gender (or the plural) that a determiner, pronoun or title implies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

import attrs

Gender = Literal["m", "f", "p"]
Number = Literal["s", "p"]


def words(text: str) -> frozenset[str]:
    """A set of words written as one string, one or more a line."""
    return frozenset(text.split())


def gendered(**groups: str) -> dict[str, Gender | None]:
    """Words by the gender they imply: ``gendered(m="der ein", f="die", x="das")``.

    ``x`` is for words that imply none.
    """
    table: dict[str, Gender | None] = {}
    for key, text in groups.items():
        gender: Gender | None = None if key == "x" else key  # type: ignore[assignment]
        for word in text.split():
            table[word] = gender
    return table


def numbered(singular: str, plural: str = "") -> dict[str, Number | None]:
    """Verb forms by number: singular forms, then plural ones (a form may be several
    words, joined by "_": "met_en_garde")."""
    table: dict[str, Number | None] = {form.replace("_", " "): "s" for form in singular.split()}
    table.update({form.replace("_", " "): "p" for form in plural.split()})
    return table


def lines(text: str) -> tuple[str, ...]:
    """Names with spaces in them, one a line, as written."""
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


def phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """Multiword cues, one a line: ``nach Angaben`` gives ``("nach", "angaben")``."""
    return tuple(tuple(line.lower().split()) for line in text.strip().splitlines() if line.strip())


def _frozen(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _mapping(value: Mapping[str, Gender | None]) -> Mapping[str, Gender | None]:
    return dict(value)


@attrs.frozen(eq=False)
class Lexicon:
    """One language's words, as the shared rules read them.

    Detection and segmentation:

    - ``code``: the ISO 639-1 code ("de"); ``name``: the language's English name.
    - ``detection_words``: frequent function words of this language that are
      no words of the others' lists ("und", "nicht"; "les", "est").
    - ``abbreviations``: words (as written) whose full stop ends no sentence
      ("Dr", "Nr", "Mme").
    - ``ordinal_words``: words before which "15." is an ordinal, not a
      sentence end ("Juni", "Jahrhundert"), and ``ordinal_openers``, words
      after which it is ("am", "vom"): German writes "am 15. Juni".

    Attribution (``_reading.cues``):

    - ``speech_verbs``: finite forms of the verbs that attribute words or
      information, each to "s" (singular) or "p" (plural) when known; a
      form may be several words ("met en garde").
    - ``participles`` and ``auxiliaries``: compound tenses ("a déclaré",
      "ha detto", "hat erklärt").
    - ``separable``: German stems whose particle closes the clause
      ("teilte … mit"), stem to its particles.
    - ``inversion``: whether a verb may carry its subject pronoun ("confie-t-elle").
    - ``gerunds``: "saying" forms ("estimant", "diciendo").
    - ``object_cues``: words whose object is the source ("laut", "selon");
      ``object_phrases``: the same in several words ("nach Angaben",
      "de acuerdo con"); ``postposition_cues``: words after their object
      ("zufolge"); ``introducers``: a bare word before the speaker after a
      quotation or a comma ("…, so Trump."); ``view_cues``: a word that opens
      a sentence before a speaker and a comma ("Pour la ministre, …").
    - ``impersonal_cues``: phrases with no subject whose source follows a
      preposition ("heißt es in dem Bericht").
    - ``possessive_cues``: phrases with a possessive that name the last
      person ("à ses yeux", "a su juicio"), to the gender they imply;
      ``impersonal_subjects``: pronouns that name no one ("on", "es", "si"),
      whose source follows one of ``source_prepositions`` ("de source
      proche", "da fonti"); ``hearer_prepositions``: before the outlet a
      speaker talked to ("à l'AFP", "gegenüber dem ORF").
    - ``reported_forms``: verb forms of reported speech (the German
      Konjunktiv I: "sei", "habe"): a quotation in a sentence that holds
      one continues the last speaker's words.
    - ``pro_drop``: whether a verb without a subject means the last person
      (Italian and Spanish).

    Phrases (``_reading.speakers``):

    - ``elisions``: the elided words glued to the next by an apostrophe
      ("l'", "d'", "dell'"), read as words of their own.
    - ``determiners`` (word to gender), ``oblique_determiners`` (articles of
      a case no subject takes: "dem", "den"), ``prepositions``,
      ``conjunctions``, ``relatives``, ``clause_words`` (words that end a
      phrase: auxiliaries, negation, subordinators), ``adverbs`` (words
      between a verb and its subject: "nun", "également").
    - ``pronouns``: subject pronouns to gender; ``stressed_pronouns``: those
      after a cue ("selon elle"); ``possessives``: "à ses yeux"; ``clitics``:
      object pronouns before a verb ("gli ha detto"); ``reflexives``.
    - ``honorifics`` (as written, to gender): "M." "Mme" "Herr" "Frau".
    - ``title_words``: roles ("ministre", "sindaco"); ``title_suffixes``:
      endings of compound titles ("minister" in "Verteidigungsminister");
      ``title_modifiers``: words inside a title that are not one ("ancien",
      "générale"); ``adjective_endings``: endings of the adjectives a title
      may carry ("-ale", "-ische"); ``feminine_endings``: "in" (Ministerin).
    - ``organization_words`` and ``organization_suffixes``; ``metonyms``
      (as written: "Matignon", "Moncloa"); ``group_words``;
      ``anonymous_words`` ("source", "fonti") and ``anonymity_markers``
      ("proche du dossier"), ``anonymous_suffixes`` ("kreisen" in
      "Regierungskreisen"); ``document_words``; ``outlets`` (as written)
      and ``outlet_words``; ``kin_words`` ("Mutter": a role, not a title);
      ``indefinite_articles`` ("un", "ein"): "un conseiller" is someone new, no role
      that refers back.
    - ``name_particles``: lower-case words inside a name ("von", "de la");
      ``capitalised_nouns``: whether every noun is capitalised (German), so
      that a capital is no evidence of a name.

    ``hedges``: words that hedge a claim without a source ("reportedly"),
    for ``_hedges``.

    Typography: ``dialogue_dashes`` (a paragraph that opens with a dash is
    a quotation), ``incise_inside_quotes`` ("« A, dit-il. B »").
    """

    code: str
    name: str
    detection_words: frozenset[str] = attrs.field(converter=_frozen)
    abbreviations: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    ordinal_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    ordinal_openers: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    # attribution
    speech_verbs: Mapping[str, Number | None] = attrs.field(factory=dict)
    participles: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    auxiliaries: Mapping[str, Number | None] = attrs.field(factory=dict)
    separable: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    inversion: bool = False
    gerunds: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    object_cues: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    object_phrases: tuple[tuple[str, ...], ...] = ()
    postposition_cues: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    introducers: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    view_cues: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    impersonal_cues: tuple[tuple[str, ...], ...] = ()
    possessive_cues: Mapping[tuple[str, ...], Gender | None] = attrs.field(factory=dict)
    impersonal_subjects: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    source_prepositions: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    hearer_prepositions: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    reported_forms: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    pro_drop: bool = False
    # phrases
    elisions: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    determiners: Mapping[str, Gender | None] = attrs.field(factory=dict, converter=_mapping)
    oblique_determiners: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    prepositions: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    conjunctions: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    relatives: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    clause_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    adverbs: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    pronouns: Mapping[str, Gender | None] = attrs.field(factory=dict, converter=_mapping)
    stressed_pronouns: Mapping[str, Gender | None] = attrs.field(factory=dict, converter=_mapping)
    possessives: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    clitics: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    reflexives: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    honorifics: Mapping[str, Gender | None] = attrs.field(factory=dict, converter=_mapping)
    title_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    title_suffixes: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    title_modifiers: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    adjective_endings: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    feminine_endings: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    organization_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    organization_suffixes: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    metonyms: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    group_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    anonymous_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    anonymity_markers: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    anonymous_suffixes: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    document_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    outlets: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    outlet_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    kin_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    indefinite_articles: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    naming_words: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    name_particles: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    capitalised_nouns: bool = False
    hedges: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # typography
    dialogue_dashes: bool = False
    incise_inside_quotes: bool = False
