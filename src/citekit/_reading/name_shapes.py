"""Shapes of a capitalised run that say what it names before the word lists do.

"Residents of Marrow Point" (people of a place, not a body's name), "Leyla and Nurana
Aliyeva" (two people, not a firm's "Barnes and Noble"), "Anna Pryce MP" (a person whose
letters after the name are no acronym of a body), "Jordan, who …" (a person, for no
place or body takes "who"), "The Arc Fold" (a thing), "The Daily Meridian" (a
newspaper), "Bloomberg said" after "Dana Bloomberg" (the person). ``descriptions`` asks
these first.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.calendar import DAYS_AND_MONTHS
from .._lexicon.function_words import DETERMINERS, FUNCTION_WORDS
from .._lexicon.given_names import GIVEN_NAMES
from .._lexicon.organisations import ORGANIZATION_HEADS, ORGANIZATION_NAMES_LOWER
from .._lexicon.outlets import OUTLET_LEADS, OUTLET_WORDS
from .._lexicon.people import GROUP_NOUNS, POST_NOMINALS, TITLE_WORDS
from .genders import given_name_gender, name_gender
from .name_words import is_place
from .names import NameIndex, OutletMention
from .person_names import ends_like_organization
from .tokens import Token
from .word_kinds import is_capitalised

# The prepositions after people that place them, not name a body: "Residents of
# Marrow Point", "Workers at the plant" ("Parents for Safe Streets" is a body's name).
_PLACING_PREPOSITIONS = frozenset({"of", "in", "at", "from", "near", "around", "across"})

# The people a place has, who name no body after a preposition as "Veterans of Foreign
# Wars", "Women in Film" or "Sons of Norway" do.
_PEOPLE_OF_PLACES = frozenset(
    """
    residents villagers locals inhabitants townspeople neighbours neighbors homeowners
    tenants citizens voters workers employees officials shoppers commuters passengers
    families parents farmers fishermen traders merchants shopkeepers students pupils
    teachers
    """.split()
)

# The people who work or speak for a body, after whom "for" names the body, not an
# advocacy group's cause ("Citizens for Tax Justice", "Parents for Safe Streets").
_PEOPLE_OF_BODIES = frozenset(
    """
    executives lawyers attorneys officials spokespeople spokesmen spokeswomen
    representatives aides advisers advisors staffers managers
    """.split()
)

# Causes an advocacy group is named for: "Lawyers for Human Rights", "Attorneys for
# Civil Rights", "Executives for Peace".
_CAUSES = frozenset(
    """
    rights justice freedom liberty democracy peace change reform life choice truth
    equality progress responsibility accountability integrity safety environment
    """.split()
)

# The listed bodies named so: "Friends of the Earth", "Doctors Without Borders".
_PEOPLE_NAMED_BODIES = tuple(
    name for name in ORGANIZATION_NAMES_LOWER if name.split()[0] in GROUP_NOUNS
)


def placed_people(core: Sequence[Token]) -> bool:
    """ "Residents of Marrow Point said", "Villagers in Skarvik say", "Executives for
    Mondelez say": the people of a place or of a body, capitalised (as a sentence's first
    word is) and placed by a preposition, are a group, not the name of a body ("Veterans
    of Foreign Wars", "Citizens for Tax Justice" name one)."""
    if len(core) < 3 or not core[0].text[:1].isupper():
        return False
    if core[0].lower in _PEOPLE_OF_BODIES and core[1].lower in {"for", "at", "of"}:
        if core[1].lower == "for" and any(w.lower in _CAUSES for w in core[2:]):
            return False  # "Lawyers for Human Rights": an advocacy group's name
        return not _listed_body(core)  # "Executives for Mondelez", "Lawyers for the family"
    if core[0].lower not in _PEOPLE_OF_PLACES or core[1].lower not in _PLACING_PREPOSITIONS:
        return False
    return not _listed_body(core)


def _listed_body(core: Sequence[Token]) -> bool:
    """Whether the phrase opens with a listed body's name: "Friends of the Earth"."""
    joined = " ".join(w.text for w in core).lower()
    return any(joined.startswith(name) for name in _PEOPLE_NAMED_BODIES)


def people_joined(name_words: Sequence[Token]) -> bool:
    """ "Leyla and Nurana Aliyeva", "Frank Uzzell and Ana-Lucia Fontaine": two people,
    who share a surname or open with given names; not a firm's "Barnes and Noble"."""
    texts = [w.text for w in name_words]
    if texts.count("and") != 1 or any(w.lower in ORGANIZATION_HEADS for w in name_words):
        return False
    joint = texts.index("and")
    first, second = texts[:joint], texts[joint + 1 :]
    if not first or not second or any(is_place(t) for t in texts):
        return False
    given = [_given(part[0]) for part in (first, second)]
    if len(first) == 1 and len(second) == 2:  # "Ana and Tom Ruiz", not "Johnson and Johnson Vision"
        person = any(given) or name_gender(" ".join(second)) is not None  # "… Aliyeva"
        return person and not ends_like_organization(second)
    return len(first) >= 2 and len(second) >= 2 and all(given)


def _given(word: str) -> bool:
    """A given name: listed, or of a gender the name lists know ("Mara", "Ji-woo")."""
    first = word.split("-")[0]
    return first.lower() in GIVEN_NAMES or given_name_gender(first) is not None


def without_post_nominal(name_words: Sequence[Token]) -> Sequence[Token]:
    """The name's words but the letters after a full name ("Anna Pryce MP")."""
    if len(name_words) > 2 and name_words[-1].text in POST_NOMINALS:
        return name_words[:-1]
    return name_words


def named_before_who(words: Sequence[Token], index: int) -> bool:
    """Whether the lone capitalised word at ``index`` names a person by the ", who"
    after it: "“…,” Ravenna, who runs the café, said". Not a place's name ("England,
    who …" is a team), not after a preposition ("a voter from Manchester, who") or a noun the word
    would stand in apposition to ("an official in the capital, Velisk, who")."""
    if index + 2 >= len(words) or words[index + 1].text != ",":
        return False
    if words[index + 2].lower != "who":
        return False  # "Ukraine, whose air defences …": a country's, or a body's
    word = words[index]
    if word.lower in FUNCTION_WORDS or word.lower in DAYS_AND_MONTHS or not word.text[1:].islower():
        return False
    if is_place(word.text):
        return False  # "England, who beat …": a side, a team; "Paris" given in full is read so
    if index == 0:
        return True
    before = words[index - 1]
    if before.kind == "quote" or before.text in ".!?:;":
        return True
    return before.is_word and before.lower not in FUNCTION_WORDS


def thing_after_the(core: Sequence[Token], name_words: Sequence[Token]) -> bool:
    """Whether a capitalised run right after "the" names a thing, not a person: "The Arc
    Fold can be used flat" (a product), "the Estadio Ribera". No title or role stands
    between (not "the actor Tom Hale", "the Rev. Ana Ruiz") or inside it ("the Home
    Secretary", "the Dalai Lama"), and no given name opens it."""
    if len(core) < 3 or core[0].lower != "the" or len(name_words) < 2:
        return False
    if core[1] is not name_words[0] or any(w.lower in TITLE_WORDS for w in name_words):
        return False  # "The Home Secretary", "the Dalai Lama": a title, a person's
    first = name_words[0].text.rstrip(".")
    return first.lower() not in GIVEN_NAMES and given_name_gender(first) is None


def outlet_by_words(core: Sequence[Token]) -> bool:
    """Whether a capitalised phrase is a newspaper's name by its words: "The Marlow
    Weekly", "Cinéfile Quarterly", "The Daily Meridian", "The Eastholm Evening Crier"."""
    names = [w for w in core if w.lower not in DETERMINERS]
    if core[0].lower not in DETERMINERS and any(
        w.lower in GIVEN_NAMES or given_name_gender(w.text) is not None or w.lower in TITLE_WORDS
        for w in names[:-1]
    ):
        return False  # "Lisa Star", "Dr. Ana Star", "Mary Ellen Star"; not "The Charlotte …"
    if core[-1].text in OUTLET_WORDS:
        return True
    return any(w.text in OUTLET_LEADS for w in names[:-1]) and all(
        is_capitalised(w.text) for w in names
    )


def surname_of_someone(outlet: OutletMention, names: NameIndex) -> bool:
    """ "Bloomberg said" after "Dana Bloomberg" was named: the person, not the outlet."""
    if " " in outlet.name.removeprefix("The ").removeprefix("the "):
        return False
    person = names.full_name(outlet.name, outlet.start)
    return person is not None and person.start < outlet.start
