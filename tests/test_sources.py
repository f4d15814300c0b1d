"""Attributed sources: a table of shapes, then properties.

The table (``cases/sources.yaml``) holds example texts written for these
tests in the shapes articles attribute with: outlets, people with titles,
organisations, groups, anonymous sources with their reason, documents; one
source per entity with every mention; and the hedges that attribute to no
one. The properties plant an attribution built from generated parts in
generated prose and find its source.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from case_tables import case_param, load_cases
from strategies import (
    apposed_titles,
    aspect_cues,
    counted_insiders,
    datelines_before_a_clause,
    given_names_alone,
    glued_time_stamps,
    headline_documents,
    headline_labels,
    hyphenated_given_names,
    kinds_by_name,
    labelled_headlines,
    marked_outlet_clauses,
    named_surveys,
    negated_subjects,
    paired_signers,
    parents_of_children,
    people_joined_by_and,
    people_of_places,
    placed_roles,
    post_nominal_names,
    postmodified_documents,
    prose,
    relatives_before_a_second_predicate,
    synonymous_roles,
    thousands_in_phrases,
    titled_surnames,
    verb_forms_after_determiners,
)

CASES = load_cases("sources.yaml")


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in citekit.parse_article(text).sources}


def _check_source(source: citekit.Source, want: dict[str, Any], text: str) -> None:
    for field, expected in want.items():
        if field == "mentions":
            got: Any = [m.of(text) for m in source.mentions]
        elif field in ("cues", "quotes"):
            got = list(getattr(source, field))
        else:
            got = getattr(source, field)
        assert got == expected, (source.name, field)


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_table(case: dict[str, Any]) -> None:
    text = case["text"]
    article = citekit.parse_article(text)
    if "sources" in case:
        assert len(article.sources) == len(case["sources"]), _sources(text)
        for source, want in zip(article.sources, case["sources"], strict=True):
            _check_source(source, want, text)
    if "hedges" in case:
        assert [h.cue for h in article.hedges] == [w["cue"] for w in case["hedges"]]
        for hedge, want in zip(article.hedges, case["hedges"], strict=True):
            assert hedge.span.of(text) == hedge.cue
            assert hedge.sentence.of(text) == want["sentence"]


def test_hedges_are_in_to_dict() -> None:
    data = citekit.parse_article("The funds were allegedly moved.").to_dict()
    assert data["hedges"][0]["cue"] == "allegedly"


# ------------------------------------------------------------------ properties

_SOURCES = (
    # (as written, the name citekit gives, kind)
    ("Reuters", "Reuters", "outlet"),
    ("The New York Times", "The New York Times", "outlet"),
    ("the Pentagon", "the Pentagon", "organization"),
    ("the Department of Energy", "the Department of Energy", "organization"),
    ("Governor Ellen Price", "Ellen Price", "person"),
    ("U.S. officials", "U.S. officials", "group"),
    ("protesters", "protesters", "group"),
    ("a senior official", "a senior official", "anonymous"),
    ("people familiar with the matter", "people familiar with the matter", "anonymous"),
    ("a report by the auditor", "a report by the auditor", "document"),
)
_CONTENT = (
    "the bridge will close in June",
    "the budget was cut by a third",
    "no decision has been made",
)


@st.composite
def _attribution(draw: st.DrawFn) -> tuple[str, str, str]:
    """(sentence, source's name, kind), built from source, cue, content and order."""
    written, name, kind = draw(st.sampled_from(_SOURCES))
    content = draw(st.sampled_from(_CONTENT))
    order = draw(st.sampled_from(("before", "after", "according to")))
    if kind == "document":
        verb = draw(st.sampled_from(("found", "shows", "says")))
    else:
        verb = draw(st.sampled_from(("said", "reported" if kind == "outlet" else "added")))
    if order == "according to":
        sentence = f"{content[0].upper()}{content[1:]}, according to {written}."
    elif order == "before":
        sentence = f"{written[0].upper()}{written[1:]} {verb} that {content}."
    else:
        sentence = f"{content[0].upper()}{content[1:]}, {written} {verb}."
    return sentence, name, kind


@given(prose, _attribution(), prose)
def test_plant_an_attribution_and_find_its_source(
    before: str, case: tuple[str, str, str], after: str
) -> None:
    sentence, source, kind = case
    found = _sources(f"{before}\n{sentence}\n{after}")
    names = {name.lower(): k for name, k in found.items()}
    assert names.get(source.lower()) == kind, found


@given(prose)
def test_prose_without_cues_has_no_sources_or_hedges(text: str) -> None:
    article = citekit.parse_article(text)
    assert article.sources == ()
    assert article.hedges == ()


@given(st.lists(_attribution(), min_size=1, max_size=5))
def test_sources_are_one_per_entity_and_in_order(cases: list[tuple[str, str, str]]) -> None:
    text = " ".join(c[0] for c in cases)
    sources = citekit.parse_article(text).sources
    names = [s.name.lower() for s in sources]
    assert len(names) == len(set(names))
    assert [s.span.start for s in sources] == sorted(s.span.start for s in sources)
    for source in sources:
        for mention in source.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)


@given(prose, marked_outlet_clauses())
def test_an_outlet_name_with_a_mark_is_one_name(before: str, case: tuple[str, str]) -> None:
    """ "E! News reported that …": the outlet, whole, in one sentence."""
    sentence, outlet = case
    found = _sources(f"{before} {sentence}")
    assert found.get(outlet) == "outlet", (sentence, found)


@given(prose, apposed_titles())
def test_a_title_given_in_an_apposition_names_its_holder(
    before: str, case: tuple[str, str]
) -> None:
    """ "Ana Ruiz, the mayor, spoke first. The mayor said …": one source, Ana Ruiz."""
    text, name = case
    found = _sources(f"{before} {text}")
    assert found == {name: "person"}, (text, found)


@given(prose, titled_surnames())
def test_a_surname_given_after_a_title_is_a_person(before: str, case: tuple[str, str]) -> None:
    """ "Mayor Ruiz opened the meeting. Ruiz said …": a person, not an organisation."""
    text, surname = case
    found = _sources(f"{before} {text}")
    assert found.get(surname) == "person", (text, found)


@given(prose, kinds_by_name())
def test_a_name_that_says_its_kind_gives_that_kind(before: str, case: tuple[str, str, str]) -> None:
    """ "Carrow Health", "Brenner & Cole", "Ana Ruiz of Eastgate Research", "her
    father", "local broadcaster Channel 9 Sports": the name says what it is."""
    sentence, name, kind = case
    found = _sources(f"{before} {sentence}")
    assert found.get(name) == kind, (sentence, found)


@given(prose, given_names_alone())
def test_a_given_name_alone_is_a_person(before: str, case: tuple[str, str, str]) -> None:
    """ "Later, Renata said …" after "Renata Okafor": Okafor; "…, Renata said" with no
    full name: a person called Renata, no organisation."""
    text, name, kind = case
    found = _sources(f"{before}\n\n{text}")
    assert found.get(name) == kind, (text, found)


@given(prose, negated_subjects())
def test_a_subject_that_names_no_one_is_no_source(before: str, sentence: str) -> None:
    """ "Neither side said when …": no one is said to have said anything."""
    found = _sources(f"{before} {sentence}")
    assert found == _sources(before), (sentence, found)


@given(labelled_headlines(), prose)
def test_a_page_label_before_a_headline_s_colon_is_no_source(headline: str, body: str) -> None:
    """ "EXCLUSIVE: ‘Star’ … ‘split’": the label names no speaker."""
    article = citekit.parse_article(headline + body)
    label = headline.split(":", 1)[0]
    assert label not in {s.name for s in article.sources}
    assert all(q.speaker is None or q.speaker.name != label for q in article.quotes)


def test_the_gendered_given_names_are_lower_case_and_of_one_gender_each() -> None:
    from citekit._lexicon.name_genders import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES

    assert not FEMALE_GIVEN_NAMES & MALE_GIVEN_NAMES
    for name in FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES:
        assert name == name.lower(), name
        assert " " not in name, name


@pytest.mark.parametrize("given", ["June", "April"])
def test_a_first_name_that_is_a_month_names_a_person(given: str) -> None:
    article = citekit.parse_article(f"Library board chair {given} Okafor said the roof leaks.")
    assert [(s.name, s.kind) for s in article.sources] == [(f"{given} Okafor", "person")]


@given(placed_roles())
def test_a_role_that_names_a_place_is_the_person_of_that_place(
    case: tuple[str, str, str],
) -> None:
    """ "The Florida senator said" after "Senator Ana Ruiz (R-Fla.)" and another senator:
    Ruiz, whichever of the two was named last."""
    text, role, name = case
    sources = citekit.parse_article(text).sources
    speaking = [s for s in sources if any(m.of(text) == role for m in s.mentions)]
    assert [s.name for s in speaking] == [name], text


def test_a_role_that_names_a_place_no_one_holds_stays_a_role() -> None:
    """No senator of Texas was named: "the Texas senator" is no one named before."""
    text = "Senator Jane Hartley (I-Vt.) spoke first. The Texas senator said the fees were fair."
    assert _sources(text) == {"The Texas senator": "anonymous"}


@given(headline_labels())
def test_a_headline_label_names_a_source(case: tuple[str, str | None]) -> None:
    """ "Ana Ruiz: The ferry must run on time." or "Reuters: …" as the article's first
    line: the person or outlet it names is a source; a kicker ("The Latest:",
    "BREAKING:"), a place or a label line inside the story names none."""
    text, label = case
    names = list(_sources(text))
    assert names == ([label] if label else []), (text, names)


@given(prose, paired_signers())
def test_two_people_before_a_round_up_colon_are_its_source(
    before: str, case: tuple[str, str]
) -> None:
    """ "WHY THE POLLS MISSED - Dana Kerr and Omar Price: “…”": both sign the quotation."""
    text, names = case
    article = citekit.parse_article(f"{before}\n\n{text}")
    assert names in [s.name for s in article.sources], (text, article.sources)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [names]


@given(headline_documents())
def test_a_document_in_a_title_case_headline_is_a_source(case: tuple[str, str]) -> None:
    """ "Leaked Memos Reveal Harbour Deal": the capitalised document is the source."""
    text, document = case
    assert _sources(text) == {document: "document"}, text


@given(prose)
def test_only_a_document_reveals_in_the_base_form(before: str) -> None:
    """ "Court filings reveal …" attributes to the filings; "they would reveal …", a
    guess at what someone might say, to no one."""
    assert _sources(f"{before} Court filings reveal that the deal was signed.") == {
        "Court filings": "document"
    }
    assert _sources(f"{before} If asked, they would reveal the plan.") == {}


@given(prose, postmodified_documents())
def test_a_document_opening_its_sentence_keeps_its_postmodifier(
    before: str, case: tuple[str, str]
) -> None:
    """ "Disclosures filed on Sunday night revealed …": the capitalised document noun
    before its participle is a common noun; the document is the source."""
    sentence, document = case
    assert _sources(f"{before} {sentence}") == {document: "document"}, sentence


@given(prose, people_of_places())
def test_people_placed_by_a_preposition_are_a_group(before: str, case: tuple[str, str]) -> None:
    """ "Residents of Marrow Point said": a group, not an organisation's name."""
    sentence, group = case
    assert _sources(f"{before} {sentence}") == {group: "group"}, sentence


def test_a_body_named_after_people_stays_a_body() -> None:
    assert _sources("Friends of the Earth said the water had turned brown.") == {
        "Friends of the Earth": "organization"
    }
    assert _sources("Parents for Safe Streets said the crossing was dangerous.") == {
        "Parents for Safe Streets": "organization"
    }


@given(prose, hyphenated_given_names())
def test_a_hyphenated_given_name_in_lower_case_is_part_of_the_name(
    before: str, case: tuple[str, str]
) -> None:
    """ "Library Director Hyun-woo Castellanos said": a person, named "Hyun-woo …"."""
    sentence, name = case
    assert _sources(f"{before} {sentence}") == {name: "person"}, sentence


@given(prose, thousands_in_phrases())
def test_a_number_with_a_thousands_separator_stays_in_its_phrase(
    before: str, case: tuple[str, str]
) -> None:
    """ "A survey of 1,500 voters showed": not a source named "500 voters"."""
    sentence, phrase = case
    assert list(_sources(f"{before} {sentence}")) == [phrase], sentence


@given(prose, people_joined_by_and())
def test_two_people_joined_by_and_are_a_group(before: str, case: tuple[str, str]) -> None:
    """ "Mara and Jonas Okafor said": people, not a firm named "X and Y"."""
    sentence, phrase = case
    assert _sources(f"{before} {sentence}") == {phrase: "group"}, sentence


def test_a_firm_named_by_two_words_and_stays_a_body() -> None:
    assert _sources("Barnes and Noble said its sales fell.") == {"Barnes and Noble": "organization"}


@given(prose, post_nominal_names())
def test_letters_after_a_full_name_are_no_acronym(before: str, case: tuple[str, str]) -> None:
    """ "Mara Okafor KC said": a person, Mara Okafor, not an organisation named by an
    acronym; "Okafor said" later is the same person."""
    sentence, phrase = case
    name = phrase.rsplit(" ", 1)[0]
    text = f"{before} {sentence} Later {name.split()[-1]} said the court would sit."
    assert _sources(text) == {name: "person"}, text


@given(prose, synonymous_roles())
def test_a_role_in_other_words_refers_back_to_its_holder(
    before: str, case: tuple[str, str]
) -> None:
    """ "attorney Mara Okafor … The lawyer argued": one person, not a second source."""
    text, name = case
    assert _sources(f"{before} {text}") == {name: "person"}, text


def test_a_role_that_named_a_person_refers_back_to_her() -> None:
    """ "said the 34-year-old teacher" names Lowell; a later "the teacher" is Lowell."""
    text = (
        "Marguerite Lowell, 34, has taught at the school for a decade. “We were never told,”"
        " said the 34-year-old teacher. Later the teacher said the board had known for years."
    )
    assert _sources(text) == {"Marguerite Lowell": "person"}


def test_every_abbreviated_title_is_read_as_a_title() -> None:
    """The table that gives an abbreviation its role holds only titles citekit reads."""
    from citekit._lexicon.people import PERSONAL_TITLES, TITLE_ABBREVIATIONS

    assert set(TITLE_ABBREVIATIONS) <= PERSONAL_TITLES


@given(prose, relatives_before_a_second_predicate())
def test_no_source_name_ends_in_a_conjunction(before: str, sentence: str) -> None:
    """ "A pilot who had worked here came into my office and asked": no source is named
    "… and"; the phrase before the conjunction, if any."""
    article = citekit.parse_article(f"{before} {sentence}")
    names = [s.name for s in article.sources]
    assert not [n for n in names if n.rsplit(" ", 1)[-1] in {"and", "or", "but"}], names


@given(prose, named_surveys())
def test_a_name_that_ends_like_a_survey_is_a_document(before: str, case: tuple[str, str]) -> None:
    """ "the Labour Market Survey showed": a document, not a person or a body."""
    sentence, phrase = case
    assert _sources(f"{before} {sentence}") == {phrase: "document"}, sentence


def test_a_listed_body_named_like_a_survey_stays_a_body() -> None:
    assert _sources("The U.S. Geological Survey said the quake was small.") == {
        "The U.S. Geological Survey": "organization"
    }


@given(prose, parents_of_children())
def test_a_parent_of_so_many_children_is_one_unnamed_person(
    before: str, case: tuple[str, str]
) -> None:
    """ "A father of two said": the whole phrase, an anonymous source."""
    sentence, phrase = case
    assert _sources(f"{before} {sentence}") == {phrase: "anonymous"}, sentence


def test_people_with_their_ages_between_commas_are_no_clause_before_and() -> None:
    """ "Ana Ruiz, 45, and Tom Hale, 52, said": a list; its last member alone is not the
    subject of a clause after ", and" (docs/limits.md: the list is not yet one source)."""
    assert _sources("Ana Ruiz, 45, and Tom Hale, 52, said the plan was sound.") != {
        "Tom Hale": "person"
    }


@given(prose, aspect_cues())
def test_a_verb_of_aspect_before_a_speech_verb_keeps_its_subject(
    before: str, case: tuple[str, str]
) -> None:
    """ "Mara Okafor continues to insist that …": Okafor is the source."""
    sentence, name = case
    assert _sources(f"{before} {sentence}") == {name: "person"}, sentence


def test_a_refusal_to_speak_is_no_aspect() -> None:
    """ "declined to say", "refused to comment": no source (docs/quotes-and-sources.md)."""
    assert _sources("Ana Ruiz declined to say whether she would run.") == {}


@given(glued_time_stamps())
def test_a_glued_time_stamp_is_no_part_of_a_name(case: tuple[str, str]) -> None:
    """ "…electricity.17:40Ardmore Power says": Ardmore Power, not "40Ardmore Power"."""
    text, body = case
    assert _sources(text) == {body: "organization"}, text


@given(datelines_before_a_clause())
def test_a_dateline_s_place_and_a_participle_after_an_object_name_no_one(
    case: tuple[str, str],
) -> None:
    """ "DOVER — The board postponed a decision on buildings proposed for the yard": no
    source in the first sentence; the chair in the second."""
    text, full = case
    assert _sources(text) == {full: "person"}, text


@given(prose, counted_insiders())
def test_a_small_count_of_insiders_is_anonymous(before: str, case: tuple[str, str, str]) -> None:
    """ "Two House Republican aides said": unnamed individuals; "Several parents said": a
    group. "current and former" is one noun's modifiers."""
    sentence, name, kind = case
    assert _sources(f"{before} {sentence}") == {name: kind}, sentence


@given(prose, verb_forms_after_determiners())
def test_a_verb_form_after_a_determiner_is_a_noun(before: str, case: tuple[str, str, str]) -> None:
    """ "A report by the state auditor found": the report, whole; not "the state auditor"."""
    sentence, name, kind = case
    assert _sources(f"{before} {sentence}") == {name: kind}, sentence
