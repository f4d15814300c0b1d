"""Attributed sources: one per entity, with its kind, mentions, cues and quotations.

The sentences are written for these tests in the shapes articles attribute
with: outlets, people with titles, organisations, groups, anonymous sources
with their reason, documents; and the hedges that attribute to no one.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from strategies import prose


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in citekit.parse_article(text).sources}


SOURCES = [
    # outlets
    (
        "The Washington Post states that the deal was signed in May.",
        "The Washington Post",
        "outlet",
    ),
    ("The dam was nearly full, according to Reuters.", "Reuters", "outlet"),
    (
        "The ministry is preparing new rules, the Associated Press reported.",
        "the Associated Press",
        "outlet",
    ),
    ("The plan, as first reported by Politico, cuts the budget by a fifth.", "Politico", "outlet"),
    # "published by" opens a clause of its own, with no other cue in the sentence
    ("The survey was published by the Lancet on Monday.", "the Lancet", "outlet"),
    ("Governor Ellen Price told CNN that she would sign the bill.", "CNN", "outlet"),
    # people, with titles
    ("Sen. Ted Cruz, R-Texas, said the vote would be close.", "Ted Cruz", "person"),
    ("White House spokesman Carl Vance said the meeting went well.", "Carl Vance", "person"),
    # organisations
    ("The Pentagon said the drill would go ahead.", "The Pentagon", "organization"),
    (
        "The Department of Justice announced charges on Friday.",
        "The Department of Justice",
        "organization",
    ),
    (
        "The White House said in a statement that talks would resume.",
        "The White House",
        "organization",
    ),
    ("Russia denies any role in the attack.", "Russia", "organization"),
    # groups
    ("U.S. officials said the talks would resume.", "U.S. officials", "group"),
    ("Protesters chanted that the plant must close.", "Protesters", "group"),
    (
        "Counterterrorism advisers to the president state that the threat is growing.",
        "Counterterrorism advisers to the president",
        "group",
    ),
    # anonymous
    (
        "Sources familiar with the matter said the firm would be sold.",
        "Sources familiar with the matter",
        "anonymous",
    ),
    (
        "A senior official who spoke on condition of anonymity said the plan was ready.",
        "A senior official who spoke on condition of anonymity",
        "anonymous",
    ),
    (
        "Two people briefed on the plan said no deal was near.",
        "Two people briefed on the plan",
        "anonymous",
    ),
    # documents
    (
        "A report by the inspector general found that the money was misspent.",
        "A report by the inspector general",
        "document",
    ),
    ("Court filings show that the company knew of the defect.", "Court filings", "document"),
    (
        "A study published in Nature found that the ice is thinning.",
        "A study published in Nature",
        "document",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), SOURCES)
def test_source_shapes(text: str, name: str, kind: str) -> None:
    assert _sources(text).get(name) == kind, _sources(text)


def test_the_publication_refers_back_to_the_outlet() -> None:
    text = (
        "The Daily Ledger first reported the closure on Monday.\n"
        "The publication shares that three more plants will close."
    )
    (source,) = citekit.parse_article(text).sources
    assert (source.name, source.kind) == ("The Daily Ledger", "outlet")
    assert len(source.mentions) == 2
    assert [m.of(text) for m in source.mentions] == ["The Daily Ledger", "The publication"]


def test_a_surname_is_folded_into_the_full_name() -> None:
    text = (
        "Economist Hannah Weiss said prices would fall. Weiss added that wages would not. "
        "Later, Weiss said the bank agreed."
    )
    (source,) = citekit.parse_article(text).sources
    assert source.name == "Hannah Weiss"
    assert source.kind == "person"
    assert source.title == "Economist"
    assert [m.of(text) for m in source.mentions] == ["Economist Hannah Weiss", "Weiss", "Weiss"][
        -len(source.mentions) :
    ] or len(source.mentions) == 3


def test_an_anonymous_source_carries_its_reason() -> None:
    text = (
        "An official, who spoke on condition of anonymity because the talks are private, "
        "said the deal was close."
    )
    (source,) = citekit.parse_article(text).sources
    assert source.kind == "anonymous"
    assert source.reason is not None
    assert "condition of anonymity" in source.reason
    assert "because the talks are private" in source.reason


def test_the_official_is_the_official_named_before() -> None:
    text = "An official said the plan was ready. The official said a vote was set for May."
    sources = citekit.parse_article(text).sources
    assert [s.name for s in sources] == ["An official"]
    assert len(sources[0].mentions) == 2


def test_a_speaker_is_a_source_linked_to_its_quotations() -> None:
    text = (
        "“We will rebuild,” said Mayor Ana Ruiz. “It will take a year,” Ruiz added.\n"
        "The council agreed, according to the Daily Ledger."
    )
    article = citekit.parse_article(text)
    ruiz = next(s for s in article.sources if s.name == "Ana Ruiz")
    assert ruiz.quotes == (0, 1)
    assert all(article.quotes[i].speaker.name == "Ana Ruiz" for i in ruiz.quotes)  # type: ignore[union-attr]
    assert set(ruiz.cues) == {"said", "added"}


def test_merely_mentioned_entities_are_not_sources() -> None:
    text = (
        "The Pentagon is tracking the convoy. Reuters photographers were at the border. "
        "The White House hosted a dinner for Ana Ruiz."
    )
    assert citekit.parse_article(text).sources == ()


# ------------------------------------------------------------------ hedges

HEDGES = [
    ("The Pentagon is reportedly tracking the convoy.", "reportedly"),
    ("The funds were allegedly moved offshore.", "allegedly"),
    ("It is believed that the tunnel collapsed at night.", "It is believed"),
    ("The minister is said to be furious.", "is said to"),
]


@pytest.mark.parametrize(("text", "cue"), HEDGES)
def test_hedges_are_reported_without_a_source(text: str, cue: str) -> None:
    article = citekit.parse_article(text)
    assert [h.cue for h in article.hedges] == [cue]
    (hedge,) = article.hedges
    assert hedge.span.of(text) == cue
    assert hedge.sentence.of(text) == text
    assert article.sources == ()


def test_a_hedge_inside_a_quotation_is_the_speakers() -> None:
    text = "“He reportedly left at noon,” said Ana Ruiz."
    assert citekit.parse_article(text).hedges == ()


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
