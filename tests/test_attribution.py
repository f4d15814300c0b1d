"""Attribution clauses, read through the public results: who says, with which cue.

Each case is a sentence written for this test and the source it must give
(name and kind), or nothing: the verbs that look like speech and are not
("added 25 points", "the claims are false", "four U.S. states"), passives,
infinitives, and phrases that are no speaker.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from strategies import hostile_text, prose


def _sources(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in citekit.parse_article(text).sources]


CLAUSES = [
    # the subject before its verb, with words between
    ("Mayor Ana Ruiz also said the plan was fair.", [("Ana Ruiz", "person")]),
    ("Ana Ruiz on Tuesday said the plan was fair.", [("Ana Ruiz", "person")]),
    ("Ana Ruiz has said repeatedly that the plan is fair.", [("Ana Ruiz", "person")]),
    # a capitalised word in "-ly" is a surname, not an adverb; a lower-case one is an adverb
    ("Senator Tom Kelly said the bill was dead.", [("Tom Kelly", "person")]),
    ("Coach Dana Reilly told reporters the team was tired.", [("Dana Reilly", "person")]),
    ("Governor Tom Hale publicly said the bill was dead.", [("Tom Hale", "person")]),
    # a month after a given name is a surname; after "last" it is a date; a weekday is a time
    ("Laura March told reporters the talks had failed.", [("Laura March", "person")]),
    ("Deputy Ivo June said the talks had failed.", [("Ivo June", "person")]),
    ("Mayor Ana Ruiz last May said the plan was fair.", [("Ana Ruiz", "person")]),
    ("Governor Tom Hale Monday said the plan was fair.", [("Tom Hale", "person")]),
    # a person whose surname is an outlet's one-word name
    ("Dana Bloomberg said the levy was fair.", [("Dana Bloomberg", "person")]),
    (
        "Rita Fox told CNN the levy was a mistake.",
        [("Rita Fox", "person"), ("CNN", "outlet")],
    ),
    (
        "Investor Lena Forbes said the levy was fair. Forbes said she would pay it.",
        [("Lena Forbes", "person")],
    ),
    ("Bloomberg reported the merger on Friday.", [("Bloomberg", "outlet")]),
    ("Russian news agency Interfax reported the blast.", [("Interfax", "outlet")]),
    # the outlet a speaker talked on or to
    (
        "Senator Hal Moss told Fox News Sunday that the levy was dead.",
        [("Hal Moss", "person"), ("Fox News Sunday", "outlet")],
    ),
    (
        "The mayor said in an interview with CNN that the levy was a mistake.",
        [("The mayor", "anonymous"), ("CNN", "outlet")],
    ),
    (
        "Hal Moss wrote in The Atlantic that the bill was dead.",
        [("Hal Moss", "person"), ("The Atlantic", "outlet")],
    ),
    ("Hal Moss said on Monday that the bill was dead.", [("Hal Moss", "person")]),
    # a word that is as often a plural noun is a verb before a colon, or after the claim
    ("Prices will fall, the Post reports.", [("the Post", "outlet")]),
    ("The Post reports: prices will fall.", [("The Post", "outlet")]),
    # particles inside names
    ("Corriere della Sera reported the deal.", [("Corriere della Sera", "outlet")]),
    ("Mayor Ana dos Santos said the plan was fair.", [("Ana dos Santos", "person")]),
    # organisations whose names read like a person's, or hold lower-case words
    ("Goldman Sachs said profits rose.", [("Goldman Sachs", "organization")]),
    ("Human Rights Watch said the trial was unfair.", [("Human Rights Watch", "organization")]),
    (
        "Amnesty International said the trial was unfair.",
        [("Amnesty International", "organization")],
    ),
    ("Tervo Pharma said the drug was safe.", [("Tervo Pharma", "organization")]),
    (
        "Doctors Without Borders said its field hospital was shelled.",
        [("Doctors Without Borders", "organization")],
    ),
    ("Save the Children said the school had reopened.", [("Save the Children", "organization")]),
    ("Procter & Gamble said sales rose.", [("Procter & Gamble", "organization")]),
    # a long run of capitalised words: the name from its given name, or whole with particles
    (
        "Riverton Rovers defender Marco Antonio Villa said he was tired.",
        [("Marco Antonio Villa", "person")],
    ),
    (
        "Former President Ana Lucia Prado da Costa said the forest was safe.",
        [("Ana Lucia Prado da Costa", "person")],
    ),
    # "the company" refers back only to an organisation that is a company
    (
        "Orbit Labs said sales fell. The company said it would cut jobs.",
        [("Orbit Labs", "organization")],
    ),
    (
        "Goldman Sachs said profits rose. The company said it would hire.",
        [("Goldman Sachs", "organization")],
    ),
    (
        "The ministry said the fine stood. The company said it would appeal.",
        [("The ministry", "organization"), ("The company", "organization")],
    ),
    (
        "Monday brought more losses. The company said it would cut jobs.",
        [("The company", "organization")],
    ),
    # a title whose complement the name follows; a title word before a name is no organisation
    (
        "Former city chief of staff Dana Kerr said the plan was fair.",
        [("Dana Kerr", "person")],
    ),
    ("Fire Chief Ana Torres said the road was closed.", [("Ana Torres", "person")]),
    (
        "The lawyer for defendant Ana Ruiz said the plan was fair.",
        [("The lawyer for defendant Ana Ruiz", "anonymous")],
    ),
    # a word for an outlet before a name
    ("Laos’s state news agency KPL said the dam held.", None),
    ("Japanese broadcaster NHK reported the quake.", [("Japanese broadcaster NHK", "outlet")]),
    # a relative clause ends before the main clause's verb
    (
        "A nurse at the clinic that was flooded in the storm last week said the power failed.",
        [("A nurse at the clinic that was flooded in the storm", "anonymous")],
    ),
    # the subject a few appositions back
    (
        "Ana Ruiz, who has led the town since 2015, said the plan was fair.",
        [("Ana Ruiz", "person")],
    ),
    (
        "Ana Ruiz, the mayor, said the plan was fair.",
        [("Ana Ruiz", "person")],
    ),
    (
        "Ana Ruiz, a lawyer at Brandt & Cole, the firm that drafted it, said it was fair.",
        [("Ana Ruiz", "person")],
    ),
    (
        "Lucas Moreau, a chemist at the national laboratory in Lyon, France, said the test failed.",
        [("Lucas Moreau", "person")],
    ),
    # the subject after its verb
    ("The plan is fair, said Ana Ruiz, who leads the town.", [("Ana Ruiz", "person")]),
    # a relative clause after the subject
    (
        "Officials who attended the hearing said the plan was fair.",
        [("Officials who attended the hearing", "group")],
    ),
    # a participle after a phrase
    (
        "The report cites comments by Governor Ellen Price saying the plan was fair.",
        [("Ellen Price", "person")],
    ),
    # an object cue
    ("The plan is fair, according to the town council.", [("the town council", "organization")]),
    ("The paper, citing two unnamed sources, said the plan was fair.", None),
    # an object cue that opens the sentence
    ("According to the BBC, a ferry sank off the coast.", [("the BBC", "outlet")]),
    (
        "Quoting a port official, the ministry said the ferry sank at dawn.",
        [("a port official", "anonymous"), ("the ministry", "organization")],
    ),
    # a dateline's agency is no subject
    (
        "BERLIN (Reuters) - The ministry imposed new rules on Monday, a senior official said.",
        [("a senior official", "anonymous")],
    ),
    # a refusal to be named is no cue, and it is the source's reason
    (
        "A spokeswoman for the ministry, who asked not to be named, said talks would go on.",
        [("A spokeswoman for the ministry", "anonymous")],
    ),
    # an outlet named by its kind
    (
        "Markus Albrecht told the Bild newspaper that the plan was unfair.",
        [("Markus Albrecht", "person"), ("the Bild newspaper", "outlet")],
    ),
    # a participle after a comma attributes to the sentence's subject
    (
        "The finance minister on Monday defended the plan, saying the state could not pay.",
        [("The finance minister", "anonymous")],
    ),
    # a plural of an organisation noun is a group
    ("Farm groups said the cuts would close farms.", [("Farm groups", "group")]),
    # coordinated speakers make a group
    (
        "Senator Hal Moss and Senator Rita Lang wrote that the plan was unfair.",
        [("Senator Hal Moss and Senator Rita Lang", "group")],
    ),
]


# everyday people, groups, organisations and outlets, named by common nouns
EVERYDAY = [
    ("A woman who runs the kiosk said the fire started at noon.", "anonymous"),
    ("The pilot’s brother said the family was waiting for news.", "anonymous"),
    ("A Danish negotiator told reporters the deal was close.", "anonymous"),
    ("The suspect told police he had been at home.", "anonymous"),
    ("A bystander told reporters the car was speeding.", "anonymous"),
    ("Delegates told reporters the vote would be close.", "group"),
    ("Neighbours said the house had been empty for years.", "group"),
    ("“Open the gates!” the crowd chanted.", "group"),
    ("The jury said it could not reach a verdict.", "organization"),
    ("The regulator said it would fine the bank.", "organization"),
    ("The pension fund said it had sold its stake.", "organization"),
    ("Iranian state media reported the launch on Sunday.", "outlet"),
    ("The bridge was shut, local radio said.", "outlet"),
    # a noun no list holds, shaped like a noun for a person, or a bare plural
    ("A local beekeeper said the hives were empty.", "anonymous"),
    ("The surveyor told the council the wall was unsafe.", "anonymous"),
    ("Stallholders said trade was slow all week.", "group"),
    ("Trade was slow all week, stallholders said.", "group"),
]


@pytest.mark.parametrize(("text", "kind"), EVERYDAY)
def test_everyday_nouns(text: str, kind: str) -> None:
    (source,) = citekit.parse_article(text).sources
    assert source.kind == kind


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_clauses(text: str, expected: list[tuple[str, str]] | None) -> None:
    found = _sources(text)
    if expected is None:
        assert found
    else:
        assert found == expected


def test_an_outlet_named_by_its_kind() -> None:
    (source,) = citekit.parse_article("Laos’s state news agency KPL said the dam held.").sources
    assert source.kind == "outlet"


def test_a_title_before_a_name_gives_title_and_affiliation() -> None:
    (source,) = citekit.parse_article(
        "Former Orbit Labs head of security Dana Kerr said the plan was fair."
    ).sources
    assert source.title == "Former Orbit Labs head of security"
    assert source.affiliation == "Orbit Labs"


def test_citing_names_the_source_cited() -> None:
    found = dict(_sources("The paper, citing two unnamed sources, said the plan was fair."))
    assert found.get("two unnamed sources") == "anonymous"


NOT_CLAUSES = [
    "Mensah added 25 points and eight rebounds.",
    "The Russian claims are false, and the pictures show nothing.",
    "Mayors from six U.S. states met on Friday.",
    "Employees were told to stay home.",
    "The minister declined to say more and promised to act.",
    "The state legislative districts were redrawn in 2011.",
    "The museum called for calm after the fire.",
    "A post shared by the museum showed the damage.",
    "The company shares fell by a tenth.",
    "His remarks surprised the room.",
    "It said nothing at all.",
    "The order says the plant must close by June.",
    "Rules say the plant must close by June.",
    "The media reported the launch.",
    "The plan says nothing about rents.",
    "The treaty still requires consent from member states, which vote in June.",
    "The treaty still requires consent from member states.",
    "Regulators fined three trading firms accused of hiding losses.",
    "Two former aides charged with fraud will appear in court.",
]


@pytest.mark.parametrize("text", NOT_CLAUSES)
def test_words_that_look_like_speech_and_are_not(text: str) -> None:
    assert _sources(text) == []


TITLES = [
    (
        "White House National Security Council spokesman Carl Woog said it was over.",
        "Carl Woog",
        "White House National Security Council spokesman",
        "White House National Security Council",
    ),
    (
        "Former CIA Director Nora Vance said it was over.",
        "Nora Vance",
        "Former CIA Director",
        "CIA",
    ),
    (
        "Derek Hale, a senior fellow at the Brookings Institution, said it was over.",
        "Derek Hale",
        "senior fellow",
        "Brookings Institution",
    ),
    ("Secretary of State Rex Tillman said it was over.", "Rex Tillman", "Secretary of State", None),
]


@pytest.mark.parametrize(("text", "name", "title", "affiliation"), TITLES)
def test_titles_and_affiliations(
    text: str, name: str, title: str | None, affiliation: str | None
) -> None:
    (source,) = citekit.parse_article(text).sources
    assert (source.name, source.kind) == (name, "person")
    assert source.title == title
    assert source.affiliation == affiliation


def test_cue_with_its_tail() -> None:
    text = "The White House said in a statement that talks would resume."
    (source,) = citekit.parse_article(text).sources
    assert source.cues == ("said in a statement",)


def test_a_hearer_outlet_is_a_source_and_reporters_are_not() -> None:
    text = "Ana Ruiz told CNN the plan was fair. Later she told reporters the same."
    found = dict(_sources(text))
    assert found == {"Ana Ruiz": "person", "CNN": "outlet"}


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
