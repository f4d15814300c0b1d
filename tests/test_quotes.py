"""Direct quotations and their speakers: tables of shapes, then properties.

Every sentence here is written for these tests, in the shapes news articles
use: the speaker before, after or inside the quotation, in the paragraph
before it, named by pronoun or surname; every kind of quotation mark; and
the quoted words that are no quotation (titles, nicknames, scare quotes).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citekit
from citekit._reading.units import MAX_UNIT, unit_spans
from citekit._text.marks import find_quoted
from citekit._text.segment import segment
from strategies import (
    MARKS,
    NAMED_PEOPLE,
    STATEMENTS,
    plain_sentence,
    prose,
)


def _found(text: str) -> list[tuple[str, str | None]]:
    article = citekit.parse_article(text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


# ------------------------------------------------------------------ positions

POSITIONS = [
    # speaker after, inverted
    (
        "“We will rebuild the bridge before winter,” said Mayor Ana Ruiz.",
        [("We will rebuild the bridge before winter", "Ana Ruiz")],
    ),
    # speaker after, subject first
    (
        "Ana Ruiz runs the town. “We will rebuild the bridge before winter,” Ruiz said.",
        [("We will rebuild the bridge before winter", "Ana Ruiz")],
    ),
    # speaker before, with a colon
    (
        "Harbor master Tomas Lindqvist said: “The ferries will sail again on Monday.”",
        [("The ferries will sail again on Monday.", "Tomas Lindqvist")],
    ),
    # speaker before, with a comma
    (
        "Later, Tomas Lindqvist told reporters, “The ferries will sail again on Monday.”",
        [("The ferries will sail again on Monday.", "Tomas Lindqvist")],
    ),
    # speaker inside a quotation split in two
    (
        "“The ferries will sail again,” Tomas Lindqvist said, “but only in daylight.”",
        [
            ("The ferries will sail again", "Tomas Lindqvist"),
            ("but only in daylight.", "Tomas Lindqvist"),
        ],
    ),
    # speaker with a title and an affiliation after the verb
    (
        "“This bill protects every farmer in the state,” said Sen. Ted Cruz, R-Texas.",
        [("This bill protects every farmer in the state", "Ted Cruz")],
    ),
    # speaker with an apposition between the name and the verb
    (
        "“Nobody expected the river to rise this fast,” Dana Whitfield, a hydrologist at the "
        "county water board, told reporters.",
        [("Nobody expected the river to rise this fast", "Dana Whitfield")],
    ),
    # speaker in the lead-in paragraph before the quotation paragraph
    (
        "County spokeswoman Irene Vos explained the delay.\n"
        "“The contractor ran out of steel in March and the new order arrived in May.”",
        [
            (
                "The contractor ran out of steel in March and the new order arrived in May.",
                "Irene Vos",
            )
        ],
    ),
    # the same speaker for the sentence that follows in the paragraph
    (
        "“We lost two weeks to the storm,” Irene Vos said. “The crews are working nights now.”",
        [
            ("We lost two weeks to the storm", "Irene Vos"),
            ("The crews are working nights now.", "Irene Vos"),
        ],
    ),
    # a question, its speaker in the next sentence
    (
        "Farmer Jonas Keller listened. “Who will pay for the lost harvest?” Keller asked.",
        [("Who will pay for the lost harvest?", "Jonas Keller")],
    ),
    # a question or an exclamation right before its speaker clause is no title
    (
        "The vote failed. “Who signed off on this?” one official said.",
        [("Who signed off on this?", "one official")],
    ),
    (
        "“Save our park!” the protesters shouted outside city hall.",
        [("Save our park!", "the protesters")],
    ),
    # a long statement after a work noun is what was said in it, not its title
    (
        "Dr. Nina Ostrova said on her podcast “I was wrong about the dosage and I said so.”",
        [("I was wrong about the dosage and I said so.", "Nina Ostrova")],
    ),
    # a headline capitalises its quotation; the title before the colon names the holder below
    (
        "Judge: “I Will Not Step Aside”\n"
        "Judge Ines Varga said on Monday that she would hear the case.",
        [("I Will Not Step Aside", "Ines Varga")],
    ),
    (
        "Mayor Lee: “We Will Rebuild Every Home”\nMayor Ann Lee spoke after the flood.",
        [("We Will Rebuild Every Home", "Ann Lee")],
    ),
    # a dateline before the lead sentence's subject
    (
        "ROME (Reuters) - Bishop Mark Ode on Sunday called for calm, telling the crowd in "
        "the square that “peace is always possible.”",
        [("peace is always possible.", "Mark Ode")],
    ),
    (
        "LYON, France — The city council on Friday approved the budget, calling it “the "
        "fairest plan in a decade.”",
        [("the fairest plan in a decade.", "The city council")],
    ),
    # speaker before, in the same sentence, with words between
    (
        "Jonas Keller said on Tuesday that the cooperative would not be “one bit surprised” "
        "by the decision.",
        [("one bit surprised", "Jonas Keller")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIONS)
def test_speaker_positions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


# ------------------------------------------------------------------ marks

MARK_STYLES = [
    ("“", "”"),
    ('"', '"'),
    ("‘", "’"),
    ("'", "'"),
    ("« ", " »"),
    ("„", "“"),
]


@pytest.mark.parametrize(("opening", "closing"), MARK_STYLES)
def test_every_mark_style(opening: str, closing: str) -> None:
    text = f"{opening}The vote was close, but it was fair{closing}, said Carla Mendes."
    assert _found(text) == [("The vote was close, but it was fair", "Carla Mendes")]


def test_mixed_styles_in_one_article() -> None:
    text = (
        "“The clinic opens at eight,” said nurse Lena Ortiz.\n"
        '"We have hired four new doctors," Ortiz added.\n'
        "‘Nobody will be turned away,’ she said."
    )
    assert _found(text) == [
        ("The clinic opens at eight", "Lena Ortiz"),
        ("We have hired four new doctors", "Lena Ortiz"),
        ("Nobody will be turned away", "Lena Ortiz"),
    ]


APOSTROPHES = [
    "The mayor’s office said it wouldn’t comment on the ’90s contract.",
    "The officials’ report didn't say what the teachers' union wanted.",
    "Donald Trump s tweet on Monday didn t say which agency s budget would shrink.",
    "Rock ’n’ roll is what the band’s fans came for, and they weren’t disappointed.",
]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert citekit.parse_article(text).quotes == ()


def test_an_unbalanced_mark_costs_only_its_own_quotation() -> None:
    text = (
        "“The budget is short by a third, said the treasurer. Then the council met. "
        "“We will cut the parade, not the schools,” said council member Rosa Diaz."
    )
    found = _found(text)
    assert ("We will cut the parade, not the schools", "Rosa Diaz") in found


def test_glued_quotation_paragraphs_are_split_at_the_next_opening_mark() -> None:
    # Text whose line breaks were lost: the first quotation never closes.
    text = (
        "Asked about the levee, engineer Paul Amsel said: “It held this time. But it will "
        "not hold forever. “We need the money this year,” Amsel added."
    )
    assert _found(text) == [
        ("It held this time. But it will not hold forever.", "Paul Amsel"),
        ("We need the money this year", "Paul Amsel"),
    ]


def test_a_quotation_over_several_paragraphs_keeps_one_speaker() -> None:
    text = (
        "Principal Maria Sousa spoke to the parents on Friday.\n"
        "“The roof will be repaired over the summer.\n"
        "“The gym will stay closed until the inspectors sign off.\n"
        "“Classes will start on time,” Sousa said."
    )
    assert _found(text) == [
        ("The roof will be repaired over the summer.", "Maria Sousa"),
        ("The gym will stay closed until the inspectors sign off.", "Maria Sousa"),
        ("Classes will start on time", "Maria Sousa"),
    ]


# ------------------------------------------------------------------ cues

CUES = [
    ("said", "“The road is closed,” Omar Haddad said."),
    ("told reporters", "“The road is closed,” Omar Haddad told reporters."),
    ("wrote", "“The road is closed,” Omar Haddad wrote on Facebook."),
    ("tweeted", "Omar Haddad tweeted: “The road is closed until further notice.”"),
    ("added", "“The road is closed,” added Omar Haddad."),
    ("states", "The Daily Ledger states: “The road is closed until further notice.”"),
    ("according to", "“The road is closed until further notice,” according to Omar Haddad."),
    ("said in a statement", "“The road is closed,” Omar Haddad said in a statement."),
]


@pytest.mark.parametrize(("cue", "text"), CUES)
def test_cues(cue: str, text: str) -> None:
    (quote,) = citekit.parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.cue is not None
    assert quote.speaker.cue.startswith(cue)


# ------------------------------------------------------------------ anaphora

ANAPHORA = [
    # a pronoun takes the person named in an apposition to a role
    (
        "A ministry spokesman, Tomas Ekwe, dismissed the report on Friday. "
        "“The figures are simply wrong,” he said.",
        "Tomas Ekwe",
    ),
    # a role noun takes the person last named with it in a title
    (
        "White House spokeswoman Dana Perkins spoke on Monday. "
        "“The trip is off,” the spokeswoman said later.",
        "Dana Perkins",
    ),
    (
        "Secretary of State Ada Brennan flew to Oslo. “The talks went well,” the secretary said.",
        "Ada Brennan",
    ),
    # a pronoun takes an unnamed person of that gender named after the last named one
    (
        "Chief Ana Ruiz spoke first. A woman who runs the bakery said the water rose fast. "
        "“We lost everything in an hour,” she said.",
        "A woman who runs the bakery",
    ),
    # a bare title in a headline takes the person named with it below
    (
        "Governor vows to veto budget\nGovernor Tom Hale said on Monday that he would veto it. "
        "“This budget is not serious,” Hale said.",
        "Tom Hale",
    ),
    # an inverted clause with "one of"
    (
        "“The merger is off,” said one of the bankers, who spoke on condition of anonymity.",
        "one of the bankers",
    ),
    # a pronoun takes the most recent person
    (
        "Coach Ben Alvarez watched the replay twice. “We were not good enough,” he said.",
        "Ben Alvarez",
    ),
    # a pronoun skips a person of the other gender named in a title
    (
        "Spokeswoman Julia Brandt met Mr. Ben Alvarez at noon. Alvarez left early. "
        "Later Brandt spoke again. “The talks will resume tomorrow,” she said.",
        "Julia Brandt",
    ),
    # a surname takes the full name given before
    (
        "The club hired Marta Kowalczyk in June. “I am staying,” Kowalczyk said.",
        "Marta Kowalczyk",
    ),
    # "the president" takes the person last named with that title
    (
        "President Elena Marsh visited the port. The president said: “Trade will grow.”",
        "Elena Marsh",
    ),
    # "the official" takes the official introduced before
    (
        "A senior official said the plan was ready. “We expect a vote in May,” the official said.",
        "A senior official",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ANAPHORA)
def test_anaphora(text: str, speaker: str) -> None:
    quotes = citekit.parse_article(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]


def test_pronoun_speaker_keeps_its_mention_span() -> None:
    text = "Coach Ben Alvarez watched the replay. “We were not good enough,” he said."
    (quote,) = citekit.parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.span.of(text) == "he"
    assert quote.speaker.kind == "person"


# ------------------------------------------------------------------ speaker records

SPEAKERS = [
    (
        "“The border will stay open,” a senior official who spoke on condition of anonymity said.",
        "a senior official who spoke on condition of anonymity",
        "anonymous",
    ),
    (
        "“The deal is dead,” said two people familiar with the talks.",
        "two people familiar with the talks",
        "anonymous",
    ),
    ("“We will not pay,” the ministry said in a statement.", "the ministry", "organization"),
    ("“Water is life,” protesters chanted outside the plant.", "protesters", "group"),
    (
        "“The report is accurate,” The Washington Post said on Sunday.",
        "The Washington Post",
        "outlet",
    ),
    ("“We are reviewing the footage,” the Pentagon said.", "the Pentagon", "organization"),
]


@pytest.mark.parametrize(("text", "name", "kind"), SPEAKERS)
def test_speaker_kinds(text: str, name: str, kind: str) -> None:
    (quote,) = citekit.parse_article(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (name, kind)


def test_speaker_title_and_affiliation() -> None:
    text = "Harbor Authority spokesman Carl Vance said: “The port reopens at dawn.”"
    (quote,) = citekit.parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Carl Vance"
    assert quote.speaker.title == "Harbor Authority spokesman"
    assert quote.speaker.affiliation == "Harbor Authority"


def test_affiliation_after_the_name() -> None:
    text = "“This bill protects every farmer,” said Sen. Ted Cruz, R-Texas."
    (quote,) = citekit.parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.affiliation == "R-Texas"


# ------------------------------------------------------------------ not quotations

NOT_QUOTATIONS = [
    "The so-called “moderate” rebels took the town.",
    "She reread her novel “The Long Winter Road” on the train.",
    "The prison, dubbed the “Iron Palace” by inmates, is now a museum.",
    "The word “resilience” appears nine times in the plan.",
    "The city launched its “Clean Streets, Safe Streets” campaign last year.",
    "Fans still call him “The Rocket” after all these years.",
    "Mayor Ana Ruiz praised the campaign “Buy local.” on Monday.",
    "Critic Ana Ruiz said the film “The Quiet Harbor Road” was too long.",
    "The agency’s “yellow light rating” system covers most colleges.",
]


@pytest.mark.parametrize("text", NOT_QUOTATIONS)
def test_titles_terms_and_nicknames_are_not_quotations(text: str) -> None:
    assert _found(text) == []


def test_a_fragment_in_a_paraphrase_is_partial() -> None:
    text = "Mayor Ana Ruiz called the proposal “a waste of everyone’s time” on Monday."
    (quote,) = citekit.parse_article(text).quotes
    assert quote.type == "partial"
    assert quote.speaker is not None
    assert quote.speaker.name == "Ana Ruiz"


def test_a_full_statement_is_direct() -> None:
    text = "“We will appeal the ruling,” said lawyer Ines Kovac."
    (quote,) = citekit.parse_article(text).quotes
    assert quote.type == "direct"


def test_quotation_marks_inside_an_embedded_post_belong_to_the_post() -> None:
    text = (
        "The senator answered online.\n"
        "“We will not back down” on the farm bill pic.twitter.com/AbCdEf1234\n"
        "— Ann Lowe (@AnnLowe) March 3, 2019\n"
        "Her office did not comment."
    )
    article = citekit.parse_article(text)
    assert len(article.posts) == 1
    assert article.quotes == ()


# ------------------------------------------------------------------ properties

_FIRST_NAMES = ("Ana", "Tomas", "Irene", "Jonas", "Dana", "Lena", "Omar", "Marta")
_SURNAMES = ("Ruiz", "Lindqvist", "Vos", "Keller", "Whitfield", "Ortiz", "Haddad", "Nowak")


@st.composite
def _quotation(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """(text, quoted words, speaker's full name, position) built from parts."""
    first = draw(st.sampled_from(_FIRST_NAMES))
    last = draw(st.sampled_from(_SURNAMES))
    name = f"{first} {last}"
    words = draw(st.sampled_from(STATEMENTS))
    opening, closing = draw(st.sampled_from(MARKS))
    verb = draw(st.sampled_from(("said", "added", "told reporters", "wrote")))
    before = draw(prose)
    after = draw(prose)
    position = draw(st.sampled_from(("after", "inverted", "before", "lead-in", "surname")))
    quoted = f"{opening}{words}{closing}"
    if position == "after":
        body = f"{quoted[: -len(closing)]},{closing} {name} {verb}."
    elif position == "inverted":
        body = f"{quoted[: -len(closing)]},{closing} {verb} {name}."
    elif position == "before":
        body = f"{name} {verb}: {quoted}"
    elif position == "lead-in":
        body = f"{name} {verb} this on Monday.\n{quoted}"
    else:
        body = f"{name} arrived. {quoted[: -len(closing)]},{closing} {last} {verb}."
    return f"{before}\n{body}\n{after}", words, name, position


@given(
    first=st.sampled_from(_FIRST_NAMES),
    last=st.sampled_from(_SURNAMES),
    words=st.sampled_from(STATEMENTS),
    dateline=st.sampled_from(("OSLO (Reuters) - ", "LYON, France — ", "NEW DELHI (AP) -- ", "")),
    after=prose,
)
def test_a_dateline_keeps_the_lead_sentence_subject_as_speaker(
    first: str, last: str, words: str, dateline: str, after: str
) -> None:
    text = (
        f"{dateline}Mayor {first} {last} on Monday defended the plan, calling it “{words}” {after}"
    )
    found = _found(text)
    assert (words, f"{first} {last}") in found


@given(_quotation())
def test_plant_a_quotation_and_find_it_with_its_speaker(
    case: tuple[str, str, str, str],
) -> None:
    text, words, name, _ = case
    found = _found(text)
    assert (words.rstrip(","), name) in [(q.rstrip(","), s) for q, s in found]


@given(prose, st.sampled_from(MARKS), st.sampled_from(STATEMENTS), st.sampled_from(NAMED_PEOPLE))
def test_a_pronoun_speaker_resolves_to_the_person_named_before(
    before: str, marks: tuple[str, str], words: str, person: tuple[str, str]
) -> None:
    name, pronoun = person
    opening, closing = marks
    text = f"{before}\n{name} visited the site. {opening}{words},{closing} {pronoun} said."
    assert (words, name) in _found(text)


@given(st.lists(plain_sentence, min_size=1, max_size=6).map(" ".join), st.sampled_from(MARKS))
def test_a_scare_quoted_word_in_plain_prose_is_no_quotation(
    text: str, marks: tuple[str, str]
) -> None:
    opening, closing = marks
    planted = text.replace(" quiet ", f" {opening}quiet{closing} ", 1)
    assert citekit.parse_article(planted).quotes == ()


@given(_quotation())
def test_quotes_are_deterministic_and_in_text_order(case: tuple[str, str, str, str]) -> None:
    text = case[0]
    first = citekit.parse_article(text)
    assert first == citekit.parse_article(text)
    starts = [q.span.start for q in first.quotes]
    assert starts == sorted(starts)
    for quote in first.quotes:
        assert quote.span.of(text) == quote.text
        if quote.speaker is not None:
            assert 0 <= quote.speaker.span.start <= quote.speaker.span.end <= len(text)


# ------------------------------------------------------------------ benchmark


def test_the_benchmark_scores_citekit_on_the_seed() -> None:
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(
        "quotes_vs_textacy", root / "benchmarks" / "quotes_vs_textacy.py"
    )
    assert spec is not None
    assert spec.loader is not None
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    tally = benchmark.measure(benchmark.load(root / "seeds"), benchmark.run_citekit)
    assert (tally.tp, tally.fp, tally.fn) == (3, 0, 0)
    assert tally.speaker_right == tally.speaker_asked == 3
    assert "F1 1.000" in tally.line("citekit")


@pytest.mark.parametrize(
    "unit",
    [
        "Ana Ruiz said ",  # one sentence of clauses without an end
        '"a b c d," Ana Ruiz said, ',  # one sentence of quotations
        'Ana Ruiz spoke. "We will go," he said. ',  # pronouns, each resolved
        "An official said it. The official said so. ",  # definite phrases
    ],
)
def test_long_repetitions_are_read_in_linear_time(unit: str) -> None:
    # Quadratic reading would take minutes here; linear reading takes a second.
    text = unit * 1500
    article = citekit.parse_article(text)
    assert len(article.sources) <= 3


# Text without sentence ends is read in units of at most 1,500 characters; a
# cut never parts a quotation from the clause that names its speaker.
_LONG_QUOTATION = (
    "Officials met on Monday. “"
    + "The new ferry will carry twice as many people as the old one did. " * 30
    + "” said Dana Whitlock, the harbour master."
)
_RUN_ON = (
    "the council talked about the parking rules and the bus lanes for hours " * 21
    + " “We will never sell the park to anyone, not while I chair this council,”"
    + " said Dana Whitlock."
)


@pytest.mark.parametrize("text", [_LONG_QUOTATION, _RUN_ON], ids=["long quotation", "run-on"])
def test_a_long_unit_keeps_a_quotation_with_its_speaker(text: str) -> None:
    assert len(text) > 1500
    (quote,) = citekit.parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Dana Whitlock"


# Words and quotations without a sentence end, repeated: a quotation every few
# hundred characters leaves no place 600 characters from every quotation.
_RUN_ON_PIECES = (
    "the", "ferry", "left", "harbour", "he", "said", "Dana", "Whitlock", "“yes,”",
    "“We will go when the tide turns,”", "«non»", '"it is"', "",
)  # fmt: skip


@given(st.lists(st.sampled_from(_RUN_ON_PIECES), min_size=1, max_size=60), st.integers(1, 400))
def test_text_without_sentence_ends_is_cut_into_bounded_units(
    motif: list[str], repeats: int
) -> None:
    text = " ".join(motif * repeats)
    doc = segment(text)
    quoted = find_quoted(doc)
    units = unit_spans(doc, quoted)
    assert all(len(unit) <= 2 * MAX_UNIT + 40 for unit in units)
    for item in quoted:  # a cut never parts a quotation
        assert any(u.start <= item.outer.start and item.outer.end <= u.end for u in units)
