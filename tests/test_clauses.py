"""Attribution clauses, read through the public results: who says, with which cue.

The table (``cases/clauses.yaml``) holds sentences written for these tests
and the sources each must give (name and kind, and a title, affiliation or
cue where it matters), or none: the verbs that look like speech and are not
("added 25 points", "the claims are false", "four U.S. states"), passives,
infinitives, and phrases that are no speaker. Then the speech verbs of the
lexicon, each form of each; and properties.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from case_tables import case_param, load_cases
from citekit._lexicon.speech_verbs import (
    DOCUMENT_BASE_FORMS,
    QUOTATION_VERBS,
    SPEECH_VERB_TABLE,
)
from strategies import (
    STATEMENTS,
    according_to_objects,
    adverb_openers,
    appositions_after_conjunctions,
    appositions_with_states,
    attributive_participles,
    auxiliary_clauses,
    bare_claims,
    bare_participles,
    bracketed_names,
    capitalised_times,
    cited_arguments,
    comma_participles,
    comment_clauses,
    commitments_and_demands,
    coordinated_groups,
    coordinated_predicates,
    counted_groups,
    counted_people,
    dated_documents,
    document_asides,
    document_findings,
    documents_and_their_bodies,
    groups_in_two_places,
    groups_with_members,
    hearers_before_that,
    hostile_text,
    hypothetical_clauses,
    identified_as,
    inverted_with_relatives,
    joined_participles,
    lone_quantities,
    modified_groups,
    naming_participles,
    particle_claims,
    partitive_groups,
    party_member_roles,
    party_state_names,
    passive_agents,
    plural_collectives,
    poll_shares,
    posted_texts,
    postmodified_subjects,
    prose,
    reflexive_subjects,
    relative_objects,
    reported_findings,
    roles_in_towns_and_states,
    sent_documents,
    speech_noun_sources,
    subjects_with_a_time,
    surnames_after_exclamations,
    timed_claims,
    title_case_headlines,
    transcript_turns,
    via_channels,
)

CASES = load_cases("clauses.yaml")
NOT_CLAUSES = [case["text"] for case in CASES if case["sources"] == []]


def _sources(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in citekit.parse_article(text).sources]


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_table(case: dict[str, Any]) -> None:
    sources = citekit.parse_article(case["text"]).sources
    assert [(s.name, s.kind) for s in sources] == [(w["name"], w["kind"]) for w in case["sources"]]
    for source, want in zip(sources, case["sources"], strict=True):
        for field, expected in want.items():
            got = getattr(source, field)
            assert (list(got) if isinstance(got, tuple) else got) == expected, field


# ------------------------------------------------------------------ speech verbs

# Each verb of the table in each form it reads as a cue, in a sentence of the
# shape that form takes: a base form after a plural subject, a third person
# or a past after a person, an "-ing" participle after a comma.
_VERB_FORMS = [
    pytest.param(form, shape, id=form)
    for row in SPEECH_VERB_TABLE
    for form, shape in zip(row, ("base", "third", "past", "participle"), strict=True)
    if not form.startswith("(")
]


@pytest.mark.parametrize(("form", "shape"), _VERB_FORMS)
def test_every_form_in_the_verb_table_is_a_cue(form: str, shape: str) -> None:
    """One row of ``SPEECH_VERB_TABLE`` is all a verb needs, irregular forms included.

    No rule holds a list of verb forms of its own (the past "said", "told",
    "wrote" and "found" are known as pasts by their column, not by their
    ending): so a verb added to the table with its forms, "swear swears swore
    swearing", is read in each of them, as every verb here is.
    """
    if form in QUOTATION_VERBS and shape == "participle":  # "chanting" before its words
        text, speaker = f"Ana Ruiz left the hall, {form} “The plan was fair.”", "Ana Ruiz"
    elif form in QUOTATION_VERBS:  # "read" speaks only beside a quotation
        text, speaker = f"“The plan was fair,” the harbour report {form}.", "the harbour report"
    elif form in DOCUMENT_BASE_FORMS:  # "reveal" in the base form only after a document
        text, speaker = f"Court records {form} that the plan was fair.", "Court records"
    elif shape == "base":
        text, speaker = f"Officials {form} that the plan was fair.", "Officials"
    elif shape == "participle":
        text, speaker = f"Ana Ruiz defended the plan, {form} that it was fair.", "Ana Ruiz"
    else:
        text, speaker = f"Ana Ruiz {form} that the plan was fair.", "Ana Ruiz"
    cues = {s.name: s.cues for s in citekit.parse_article(text).sources}
    assert form in cues.get(speaker, ()), cues


@pytest.mark.parametrize(
    "base", [row[0] for row in SPEECH_VERB_TABLE if not row[0].startswith("(")]
)
def test_a_base_form_needs_a_plural_subject(base: str) -> None:
    """The base form is known by its column: "officials say", never "Ana Ruiz say"."""
    assert _sources(f"Ana Ruiz {base} that the plan was fair.") == []


@given(hostile_text)
def test_sources_never_raise_and_keep_their_spans(text: str) -> None:
    article = citekit.parse_article(text)
    for source in article.sources:
        assert source.mentions
        for mention in source.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
        for index in source.quotes:
            speaker = article.quotes[index].speaker
            assert speaker is not None
            assert speaker.name == source.name


@given(prose, st.sampled_from(NOT_CLAUSES))
def test_negative_controls_in_prose(before: str, sentence: str) -> None:
    assert _sources(f"{before} {sentence}") == []


# ------------------------------------------------------------------ shapes of attribution


@given(bracketed_names(), st.sampled_from(STATEMENTS), prose)
def test_a_bracket_after_a_name_stands_between_the_name_and_its_verb(
    named: tuple[str, str], words: str, before: str
) -> None:
    """ "Rep. Gwen Moore (D-Wis.) said …", "“…,” Moore (D-Wis.) said", "…, who …, said"."""
    written, name = named
    for text in (
        f"{before} {written} said on Friday that the plan was fair.",
        f"{before} {written}, who chairs the panel, told reporters the plan was fair.",
        f"{before} “{words},” {written} said.",
    ):
        article = citekit.parse_article(text)
        assert name in [s.name for s in article.sources], (text, article.sources)
        for quote in article.quotes:
            assert quote.speaker is not None
            assert (quote.speaker.name, quote.speaker.rule) == (name, "clause-after")


@given(prose, poll_shares())
def test_a_share_of_people_polled_is_a_group_source(before: str, case: tuple[str, str]) -> None:
    """ "Nearly half of voters said …", "Two in three say …", "45% of Republicans say …"."""
    sentence, share = case
    sources = _sources(f"{before} {sentence}")
    assert (share, "group") in sources, sources


@given(prose, document_findings())
def test_a_document_that_shows_or_finds_is_a_source(before: str, case: tuple[str, str]) -> None:
    """ "A new poll shows Ana Ruiz ahead", "Video of the meeting shows him at the dock"."""
    sentence, document = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert document in names, (sentence, names)


@given(prose, documents_and_their_bodies())
def test_data_from_a_body_is_the_bodys(before: str, case: tuple[str, str, str]) -> None:
    """ "Figures from the data firm Pitchgrid" are the firm's; "a poll by Opinionline" is a
    document; "one of the clerks" is one unnamed person."""
    sentence, source, kind = case
    assert (source, kind) in _sources(f"{before} {sentence}"), sentence


@given(prose, document_asides())
def test_a_documents_clause_between_commas_is_a_source(before: str, case: tuple[str, str]) -> None:
    """ "Most residents oppose the fee, a new poll finds, a debate …": "finds" before a
    comma is the document's verb, not a plural noun."""
    sentence, document = case
    assert (document, "document") in _sources(f"{before} {sentence}"), sentence


@given(prose, adverb_openers())
def test_a_sentence_adverb_opens_no_subject(before: str, case: tuple[str, str]) -> None:
    """ "Separately, the harbour board rejected the plan, saying …": the subject is the
    phrase after the adverb's comma."""
    sentence, subject = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert subject in names, (sentence, names)


@given(prose, reported_findings())
def test_a_document_inside_a_claim_is_no_source(before: str, case: tuple[str, str, str]) -> None:
    """ "Ana Ruiz said the results showed …", "The results, critics said, show …", "The
    data would show …": what a speaker says a document shows, or what it would show, is
    no attribution to the document; the speaker is the source."""
    sentence, speaker, document = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert document not in names, (sentence, names)
    if speaker:
        assert speaker in names, (sentence, names)


@given(prose, transcript_turns())
def test_a_transcript_turn_names_its_speaker(before: str, case: tuple[str, set[str]]) -> None:
    """ "JAKE TAPPER: Donald Trump released …" ¶ "TAPPER: …": each label in capitals at
    a line's start names a source, one per person, by the full name a label gave."""
    text, spoken = case
    names = {name for name, kind in _sources(f"{before}\n\n{text}") if kind == "person"}
    assert names == spoken, (text, names)


@given(prose)
def test_a_lone_label_line_is_no_transcript(before: str) -> None:
    """ "UPDATE: The story …", "NOTE: …": one line with a label in capitals is a note."""
    for label in ("UPDATE", "EMAIL", "KATE ROSS"):
        assert _sources(f"{label}: The ferry was late.\n\n{before}") == [], label


@given(prose, auxiliary_clauses())
def test_a_verb_after_an_auxiliary_agrees_with_any_subject(
    before: str, case: tuple[str, str]
) -> None:
    """ "Ana Ruiz would not say", "The White House isn’t saying": a singular subject
    takes the base form after a modal, and a progressive's subject is the speaker."""
    sentence, subject = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert subject in names, (sentence, names)


@given(title_case_headlines())
def test_a_title_case_headline_names_its_speaker(case: tuple[str, str]) -> None:
    """ "Ana Ruiz Says No To The Harbour Board", when the story names Ana Ruiz."""
    text, name = case
    assert (name, "person") in _sources(text), text


@given(st.sampled_from(("Sailors", "Optimistic Sailors", "Most Sailors")), prose)
def test_a_title_case_headline_names_no_one_the_story_does_not(subject: str, story: str) -> None:
    """ "Optimistic Sailors Will Say Anything": in title case a verb is read only after
    a name the story uses."""
    assert _sources(f"{subject} Will Say Anything About Ferries\n\n{story}") == []


@given(party_state_names(), prose)
def test_a_party_and_state_between_commas_stand_between_name_and_verb(
    case: tuple[str, str], before: str
) -> None:
    """ "Dana Kerr, R-Ky., said": the state's full stop ends no sentence."""
    sentence, name = case
    assert name in [n for n, _ in _sources(f"{before} {sentence}")], sentence


@given(prose, according_to_objects())
def test_whatever_according_to_governs_is_a_source(before: str, case: tuple[str, str, str]) -> None:
    """ "…, according to early returns", "According to Portwatch.org, …": the object
    is a source though no word list knows its head, with a kind from its shape."""
    sentence, obj, kind = case
    assert (obj, kind) in _sources(f"{before} {sentence}"), sentence


@given(prose, comma_participles())
def test_an_ing_cue_after_a_comma_or_in_a_progressive_attributes_to_the_subject(
    before: str, case: tuple[str, str, str]
) -> None:
    """ "Ana Ruiz defended the plan, arguing that …", "The board is insisting that …"."""
    sentence, subject, cue = case
    cues = {s.name: s.cues for s in citekit.parse_article(f"{before} {sentence}").sources}
    assert cue in cues.get(subject, ()), (sentence, cues)


@given(prose, joined_participles())
def test_an_ing_cue_joined_to_its_clause_attributes_to_the_subject(
    before: str, case: tuple[str, str, str]
) -> None:
    """ "…, with Ana Ruiz calling it a surprise", "ended the meeting by saying …", "…,
    while urging …", "The judge sided with the port, saying …"."""
    sentence, subject, cue = case
    cues = {s.name: s.cues for s in citekit.parse_article(f"{before} {sentence}").sources}
    assert cue in cues.get(subject, ()), (sentence, cues)


@given(prose, speech_noun_sources())
def test_a_noun_of_speech_attributes_to_who_follows_from(
    before: str, case: tuple[str, str]
) -> None:
    """ "has drawn criticism from dockworkers", "complaints from Ana Ruiz that …"."""
    sentence, speaker = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert speaker in names, (sentence, names)


@given(prose, bare_participles())
def test_an_ing_form_right_after_a_phrase_reports_nothing(before: str, sentence: str) -> None:
    """ "Polls showing the mayor ahead", "A man claiming …": no speaker's words."""
    assert _sources(f"{before} {sentence}") == [], sentence


@given(prose, coordinated_predicates())
def test_a_second_predicate_speaks_for_its_clause_subject(
    before: str, case: tuple[str, str]
) -> None:
    """ "A spokesman for the port defended the route and said …": the clause's subject,
    whole, and not a phrase the first predicate ends with."""
    sentence, name = case
    assert [n for n, _ in _sources(f"{before} {sentence}")] == [name], sentence


@given(prose, appositions_with_states())
def test_a_state_abbreviation_ends_no_sentence_inside_an_apposition(
    before: str, case: tuple[str, str]
) -> None:
    """ "Ana Ruiz, 67, a retired teacher from Allentown, Pa., said …"."""
    sentence, name = case
    assert (name, "person") in _sources(f"{before} {sentence}"), sentence


@given(prose, postmodified_subjects())
def test_a_subject_with_its_postmodifier_speaks_whole(
    before: str, case: tuple[str, str, str]
) -> None:
    """ "Dockworkers trying to keep the ferry running say", "leaders who’d rather work for
    Hale or Dana Kerr said": the phrase that opens the clause, with its postmodifier (a
    definite one named by its head, as any new definite is); not the time or the name the
    postmodifier ends with."""
    sentence, name, head = case
    names = [n for n, _ in _sources(f"{before} {sentence}")]
    assert names in ([name], [head] if head.startswith("The ") else [name]), sentence


def test_a_name_and_its_past_tense_open_no_postmodifier() -> None:
    """ "Ana Ruiz elaborated in a column that skippers pledged …": a name's verb in "-ed"
    before a preposition is its predicate; the verb after it is not hers."""
    text = "Ana Ruiz elaborated in a column that skippers pledged to the plan may leave it."
    assert all(s.name != "Ana Ruiz" for s in citekit.parse_article(text).sources)


@given(prose, modified_groups())
def test_a_capitalised_plural_for_people_after_a_modifier_is_a_group(
    before: str, sentence: str
) -> None:
    """ "Some Democrats say", "Senate Republicans said": a group, which takes "say"."""
    group = sentence.split(" that ")[0].rsplit(" ", 2 if " told " in sentence else 1)[0]
    assert (group, "group") in _sources(f"{before} {sentence}"), sentence


@given(prose, dated_documents())
def test_a_document_with_its_time_is_a_source(before: str, case: tuple[str, str]) -> None:
    """ "A harbour report published Wednesday said …": the time is the participle's,
    not the verb's."""
    sentence, document = case
    assert (document, "document") in _sources(f"{before} {sentence}"), sentence


@given(prose, commitments_and_demands())
def test_a_promise_or_a_call_for_something_is_a_speech_act(
    before: str, case: tuple[str, str, str]
) -> None:
    """ "Ana Ruiz vowed to fight the fees", "The board called for a ban"."""
    sentence, subject, cue = case
    cues = {s.name: s.cues for s in citekit.parse_article(f"{before} {sentence}").sources}
    assert cue in cues.get(subject, ()), (sentence, cues)


@given(prose, passive_agents())
def test_the_agent_of_a_passive_speech_verb_is_the_source(
    before: str, case: tuple[str, str, str]
) -> None:
    """ "The plan has been criticized by several skippers": the skippers, not the plan."""
    sentence, agent, cue = case
    cues = {s.name: s.cues for s in citekit.parse_article(f"{before} {sentence}").sources}
    assert list(cues) == [agent], (sentence, cues)
    assert cue in cues[agent], (sentence, cues)


@given(prose, partitive_groups(), st.sampled_from(("said", "say", "told reporters")))
def test_a_quantity_of_a_group_is_named_whole(before: str, group: str, verb: str) -> None:
    """ "Most of the skippers said": the whole phrase, not "the skippers", nor the
    pronoun "Most" alone."""
    sentence = f"{group} {verb} that the fees were fair."
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert group in names, (sentence, names)


@given(
    prose,
    counted_people(),
    st.sampled_from(("said", "say", "told reporters", "argued")),
    st.sampled_from(("", "And ", "But ", "Even ")),
)
def test_a_quantity_and_whom_it_counts_are_named_whole(
    before: str, group: str, verb: str, lead: str
) -> None:
    """ "Many in the crowd said", "most of them said", "all but two said": the whole
    phrase, not "the crowd", nor the quantity alone."""
    if lead:
        group = group[0].lower() + group[1:]
    sentence = f"{lead}{group} {verb} that the fees were fair."
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert group in names, (sentence, names)


@given(prose, groups_with_members())
def test_a_group_speaks_not_the_members_named_after_it(before: str, case: tuple[str, str]) -> None:
    """ "Several skippers, including Ana Ruiz, said": the skippers; the member between
    the commas ("including Ana Ruiz") is no source of its own."""
    sentence, group = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert names == [group], (sentence, names)


@given(
    prose,
    coordinated_groups(),
    st.sampled_from(("said", "say", "told reporters")),
    st.sampled_from(("", "both ", "all ")),
)
def test_two_groups_that_speak_together_are_one(
    before: str, group: str, verb: str, floating: str
) -> None:
    """ "Ruiz and her aides said", "… both said": one group, not "her aides" alone."""
    sentence = f"{group} {floating}{verb} that the fees were too high."
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert names == [group], (sentence, names)


@given(prose, relative_objects())
def test_a_relative_pronoun_as_object_leaves_the_subject_after_it(
    before: str, case: tuple[str, str]
) -> None:
    """ "hackers who U.S. officials say are tied to …": the officials speak, not "the
    hackers who U.S. officials"."""
    sentence, subject = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert names == [subject], (sentence, names)


@given(prose, groups_in_two_places(), st.sampled_from(("said", "say", "have said")))
def test_a_group_in_two_places_is_named_whole(before: str, group: str, verb: str) -> None:
    """ "observers in Virginia and around the country say": the whole phrase."""
    sentence = f"{group} {verb} that the fees were too high."
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert names == [group], (sentence, names)


@given(prose, lone_quantities())
def test_a_quantity_standing_alone_is_no_source(before: str, case: tuple[str, str]) -> None:
    """ "Others say", "“…,” some shouted": no one the article names, so no source; a
    quotation keeps the quantity as its speaker, if it has one."""
    sentence, quantity = case
    article = citekit.parse_article(f"{before} {sentence}")
    assert article.sources == (), (sentence, article.sources)
    for quote in article.quotes:
        assert quote.speaker is None or quote.speaker.name.lower() == quantity.lower(), sentence


@given(prose, plural_collectives())
def test_a_collective_noun_takes_the_plural_verb(before: str, case: tuple[str, str]) -> None:
    """ "Police say", "Dover police say": the police speak, as "officials say"."""
    sentence, subject = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert subject in names, (sentence, names)


@given(prose, hearers_before_that())
def test_a_hearer_before_that_keeps_the_verb_a_cue(before: str, case: tuple[str, str, str]) -> None:
    """ "Ana Ruiz suggested to me that …": "to me" does not hide the claim."""
    sentence, speaker, verb = case
    cues = {s.name: s.cues for s in citekit.parse_article(f"{before} {sentence}").sources}
    assert verb in cues.get(speaker, ()), (sentence, cues)


@given(prose, counted_groups(), st.sampled_from(("said", "say", "told reporters")))
def test_a_count_of_people_is_named_whole(before: str, group: str, verb: str) -> None:
    """ "A number of skippers said": the whole phrase, not "skippers"."""
    sentence = f"{group} {verb} that the fees were fair."
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert group in names, (sentence, names)


@given(prose, subjects_with_a_time())
def test_a_time_between_subject_and_verb_is_passed_over(before: str, case: tuple[str, str]) -> None:
    """ "A ferry survey in June showed that …": the survey, not "June"."""
    sentence, subject = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert subject in names, (sentence, names)


@given(prose, attributive_participles())
def test_a_form_after_a_preposition_is_an_adjective(before: str, case: tuple[str, str]) -> None:
    """ "a majority of pledged delegates": "pledged" cues no one."""
    sentence, form = case
    cues = [s.cues for s in citekit.parse_article(f"{before} {sentence}").sources]
    assert not any(form in c for c in cues), (sentence, cues)


@given(prose, naming_participles())
def test_called_after_an_indefinite_thing_names_it(before: str, case: tuple[str, str]) -> None:
    """ "A ferry company called Harbour Lines ran …": the company is no source."""
    sentence, thing = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert thing not in names, (sentence, names)


@given(prose, cited_arguments())
def test_what_is_cited_to_argue_is_no_source(before: str, case: tuple[str, str]) -> None:
    """ "…, citing rising costs": the costs are no source."""
    sentence, thing = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert thing not in names, (sentence, names)


@given(prose, sent_documents())
def test_a_sent_document_is_no_source_of_its_own(before: str, case: tuple[str, str]) -> None:
    """ "… issued a statement saying": the statement speaks for its sender."""
    sentence, document = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert document not in names, (sentence, names)


@given(prose, appositions_after_conjunctions())
def test_a_name_after_an_opening_conjunction_is_the_subject_past_its_appositions(
    before: str, case: tuple[str, str]
) -> None:
    """ "But Jane Hartley, the president of the Harbour Trust, said": Hartley, not the
    apposition nearest the verb."""
    sentence, name = case
    found = _sources(f"{before} {sentence}")
    assert (name, "person") in found, sentence
    assert [n for n, _ in found if n != name] == [], sentence


@given(prose, party_member_roles())
def test_a_party_member_is_a_role_not_a_name(before: str, sentence: str) -> None:
    """ "a Maine Democrat said": the role whole, an anonymous source, as "an official" is."""
    phrase = sentence.split(" that ")[0].rsplit(" ", 2 if " told " in sentence else 1)[0]
    assert (phrase, "anonymous") in _sources(f"{before} {sentence}"), sentence


@given(prose, inverted_with_relatives())
def test_the_relative_in_an_inverted_persons_apposition_speaks_for_him(
    before: str, case: tuple[str, str]
) -> None:
    """ "“…,” said Jane Hartley, a trade scholar who has argued …": one source, Hartley;
    the apposition is no source of its own."""
    text, name = case
    assert _sources(f"{before} {text}") == [(name, "person")], text


@given(prose, surnames_after_exclamations())
def test_a_lone_surname_after_an_exclamation_speaks_the_quotation(
    before: str, case: tuple[str, str, str]
) -> None:
    """ "“It is a disgrace!” Hartley said.": the sentences are read apart after "!”",
    and the surname is still the speaker."""
    text, surname, words = case
    article = citekit.parse_article(f"{before} {text}")
    assert (surname, "person") in [(s.name, s.kind) for s in article.sources], text
    spoken = [q for q in article.quotes if q.text == words]
    assert [q.speaker.name if q.speaker else None for q in spoken] == [surname], text


@given(prose, roles_in_towns_and_states())
def test_the_phrase_before_a_towns_state_speaks(before: str, case: tuple[str, str]) -> None:
    """ "A woman in Dover, Delaware, told him …": the woman, not the state or the town."""
    sentence, name = case
    assert [n for n, _ in _sources(f"{before} {sentence}")] == [name], sentence


@given(prose, reflexive_subjects())
def test_a_reflexive_stands_between_subject_and_verb(before: str, case: tuple[str, str]) -> None:
    """ "Ana Ruiz herself said …", "Ana Ruiz would only say …"."""
    sentence, name = case
    assert _sources(f"{before} {sentence}") == [(name, "person")], sentence


@given(prose, capitalised_times())
def test_a_capitalised_time_is_no_one(before: str, case: tuple[str, str]) -> None:
    """ "Last May, a harbour judge ordered …": the subject after the time, and no source
    named by the time."""
    sentence, subject = case
    assert [n for n, _ in _sources(f"{before} {sentence}")] == [subject], sentence


@given(prose, particle_claims())
def test_a_verb_with_its_particle_reports(before: str, case: tuple[str, str]) -> None:
    """ "Governor Ana Ruiz ruled out a tax rise": she is a source."""
    sentence, speaker = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert speaker in names, (sentence, names)


@given(prose, bare_claims())
def test_a_claim_without_that_is_reported(before: str, case: tuple[str, str, str, bool]) -> None:
    """ "Ana Ruiz suggested the ferry would stop": she is a source; "… maintained the
    piers that were …" names the verb's object, and no claim."""
    sentence, speaker, verb, reports = case
    cues = {s.name: s.cues for s in citekit.parse_article(f"{before} {sentence}").sources}
    assert (verb in cues.get(speaker, ())) == reports, (sentence, cues)


@given(prose, timed_claims())
def test_a_time_before_that_keeps_the_claim(before: str, case: tuple[str, str, str]) -> None:
    """ "The port authority estimated last month that …": the authority is a source."""
    sentence, subject, verb = case
    cues = {s.name: s.cues for s in citekit.parse_article(f"{before} {sentence}").sources}
    assert verb in cues.get(subject, ()), (sentence, cues)


@given(prose, identified_as())
def test_identified_as_reports_who_someone_is(before: str, case: tuple[str, str]) -> None:
    """ "Police identified the driver as a local man": the police are a source;
    "identified themselves as" is none."""
    sentence, subject = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert subject in names, (sentence, names)
    reflexive = f"{sentence.split(' identified ')[0]} identified themselves as students."
    cues = [s.cues for s in citekit.parse_article(f"{before} {reflexive}").sources]
    assert not any("identified" in c for c in cues), (reflexive, cues)


@given(prose, comment_clauses())
def test_an_as_clause_comments_on_the_claim(before: str, case: tuple[str, str, str]) -> None:
    """ "The pier is safe, as Mayor Ana Ruiz has maintained for months."."""
    sentence, speaker, verb = case
    cues = {s.name: s.cues for s in citekit.parse_article(f"{before} {sentence}").sources}
    assert verb in cues.get(speaker, ()), (sentence, cues)


@given(prose, via_channels())
def test_via_names_a_channel_not_a_means(before: str, case: tuple[str, str, bool]) -> None:
    """ "via the mayor’s office" is a source; "via Zoom", "via the port road" none."""
    sentence, channel, is_source = case
    sources = citekit.parse_article(f"{before} {sentence}").sources
    via = [s.name for s in sources if "via" in s.cues]
    assert via == ([channel] if is_source else []), (sentence, via)


@given(prose, hypothetical_clauses())
def test_a_conditional_clause_attributes_nothing(before: str, case: tuple[str, str]) -> None:
    """ "If the person reports a fault, the crew fixes it.": no one spoke."""
    sentence, verb = case
    cues = [s.cues for s in citekit.parse_article(f"{before} {sentence}").sources]
    assert not any(verb in c for c in cues), (sentence, cues)


@given(prose, posted_texts())
def test_a_text_put_out_is_no_source_of_it(before: str, case: tuple[str, str]) -> None:
    """ "In a video posted to her account, …": the video posted nothing."""
    sentence, posted = case
    names = [name for name, _ in _sources(f"{before} {sentence}")]
    assert posted not in names, (sentence, names)
