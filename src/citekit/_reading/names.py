"""Proper names, indexed once: people by surname and title, outlets by position.

A later mention of a person by surname ("Woog said"), by role ("the
president said") or of an outlet by a word for it ("the publication
shares", "the Post") is resolved against what the article named before it.
This module reads the names in one pass over the text and keeps them in
lists sorted by offset, so each lookup is a bisection and a short walk back,
never a rescan of the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import attrs
import regex

from .._lexicon.abbreviations import NAME_ABBREVIATIONS
from .._lexicon.function_words import FUNCTION_WORDS
from .._lexicon.given_names import GIVEN_NAMES
from .._lexicon.organisations import (
    COMPANY_NAME_WORDS,
)
from .._lexicon.outlets import OUTLETS
from .._lexicon.people import (
    FEMALE_WORDS,
    GLUED_NAME_PARTICLES,
    MALE_WORDS,
    NAME_RUN_PARTICLES,
    NOT_NAME_WORDS,
    PERSON_NOUNS,
    PERSONAL_TITLES,
    POST_NOMINALS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from .._text.engines import dual_pattern
from .._text.patterns import lazy_pattern, trie
from .genders import name_gender, sentence_gender
from .hyphens import hyphenated_given_name, lower_after_hyphen
from .person_names import MAX_NAME_WORDS, is_person_name, long_name_start
from .subject_leads import after_subject_lead
from .tokens import NICKNAME_PATTERN

# A run of capitalised words that may name someone: "Sen. Ted Cruz", "Marta de la Vega",
# "Coach (Tom) Brandt", "Ana “Big Ed” Ruiz" (a first-character guard: twice as fast).
NAME_RUN = dual_pattern(
    r"""
    (?= [\p{Lu}(] ) (?<! [\p{L}\p{N}] )
    (?: \p{Lu} [\p{L}\p{M}.'’-]{0,30}+ | \( \p{Lu} [\p{Ll}\p{M}]{1,30}+ \) )
    (?: [ ]
        (?: (?: """
    + " | ".join(sorted(NAME_RUN_PARTICLES))
    + r""" ) [ ] ){0,3}+
        (?: (?: (?: """
    + " | ".join(sorted(GLUED_NAME_PARTICLES))
    + r""" ) - )?+ \p{Lu} [\p{L}\p{M}.'’-]{0,30}+ | \( \p{Lu} [\p{Ll}\p{M}]{1,30}+ \) | """
    + NICKNAME_PATTERN
    + r""" (?= [ ] \p{Lu} ) )
    ){0,7}+
    """,
    regex.VERBOSE,
)

# A capitalised word: "Amazon", "Brightloom". Those a sentence start capitalises
# are no evidence of a name.
# A capitalised word: "Amazon", "Brightloom". Those a sentence start capitalises
# (after nothing but blanks since a sentence end, a quote mark or a line break)
# are no evidence of a name: the first branch takes them, the second, a group,
# the others, so that ``findall`` gives the others and "" for each of them.
_CAPITALISED = lazy_pattern(
    r"(?<![\p{L}\p{N}])(?:(?<=(?:^|[.!?:\"“”‘’\n\r])[ \t\u00a0]*)\p{Lu}[\p{L}\p{M}'’-]{1,30}+"
    r"|(\p{Lu}[\p{L}\p{M}'’-]{1,30}+))"
)
# The words of a name run: "Donald", "J.", "Trump’s".
_WORDS = lazy_pattern(r"\S+")


# News outlets as the lexicon names them, on whole words, "The" apart:
# "The Washington Post", "Reuters", "Bloomberg News"; a one-word name that
# the lexicon gives with "The" only with it ("The Economist", "The Hill", not
# "economist Hannah Weiss").
_OUTLET_NAMES = (
    [name.removeprefix("The ") for name in OUTLETS if " " in name.removeprefix("The ")],
    [name for name in OUTLETS if " " not in name.removeprefix("The ")],
    [
        "the " + name.removeprefix("The ")
        for name in OUTLETS
        if name.startswith("The ") and " " not in name.removeprefix("The ")
    ],
)
# (The guard on the first character, before the look-behind, makes the standard
# library's engine skip most of the text quickly.)
OUTLET = dual_pattern(
    "(?=["
    + regex.escape("".join(sorted({name[0] for names in _OUTLET_NAMES for name in names} | {"T"})))
    + r"])(?<![\p{L}\p{N}])(?:"
    + trie(_OUTLET_NAMES[0])
    + "|"
    + trie(_OUTLET_NAMES[1])
    + "|[Tt]he "
    + trie(name.removeprefix("the ") for name in _OUTLET_NAMES[2])
    + r")(?![\p{L}\p{N}])"
)

# A word whose full stop is its own: "J.", "Jr.", "Sen."; any other full stop
# ends a sentence glued to the next ("Russia. Lund").
_ABBREVIATED = lazy_pattern(
    r"\p{Lu}\.|(?:\p{Lu}\.)+|" + "|".join(regex.escape(word) + r"\." for word in NAME_ABBREVIATIONS)
)
_POSSESSIVE = ("’s", "'s", "’", "'")
# How many people named last (by a gendered given name) an unresolved pronoun may be.
_PEOPLE_BACK = 4
NEARBY = 300  # characters: how near a person named anywhere in a sentence must be
# The words before a person named as a sentence's agent or complement, not its object.
_AGENT_WORDS = frozenset({"from", "by", "was", "is", "were", "among", "including"})


@attrs.frozen
class PersonName:
    """A person's full name where the article gives it, with the title before it."""

    start: int
    end: int
    full: str
    titles: tuple[str, ...]
    gender: str | None
    title: str | None = None


@attrs.frozen
class OutletMention:
    start: int
    end: int
    name: str


class NameIndex:
    """The people and outlets an article names, sorted by offset.

    Each index is built on first use, in one pass over the text: an article
    whose sentences name no speaker never pays for the people index.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._run_keys: dict[str, list[tuple[int, str]]] | None = None
        self._by_surname: dict[str, list[PersonName]] = {}
        self._by_title: dict[str, list[PersonName]] | None = None
        self._gendered_people: list[PersonName] | None = None
        self._aged: dict[str, list[PersonName]] | None = None
        self._proper_words: set[str] | None = None
        self._first: frozenset[str] | None = None
        self._titled_words: set[str] | None = None
        self._companies: dict[str, str] | None = None
        self.outlets: tuple[OutletMention, ...] = tuple(
            outlet_mention(text, m.start(), m.end()) for m in OUTLET.finditer(text)
        )
        self._outlet_starts = [o.start for o in self.outlets]

    def _runs(self) -> dict[str, list[tuple[int, str]]]:
        """Runs of two capitalised words or more, by the words that may be a surname."""
        if self._run_keys is None:
            self._run_keys = {}
            for match in NAME_RUN.finditer(self._text):
                run = match.group()
                if " " not in run:
                    continue  # a person's name has two words at least
                entry = (match.start(), run)
                if "’" in run or "'" in run or ". " in run:  # split inside: "Lund’s Commerce …"
                    for word in set(run.split()):
                        self._run_keys.setdefault(surname_key(_clean(word)), []).append(entry)
                else:
                    self._run_keys.setdefault(surname_key(run), []).append(entry)
                    last = run.rsplit(" ", 1)
                    if last[1] in POST_NOMINALS:  # "Anna Pryce MP": by "Pryce" too
                        self._run_keys.setdefault(surname_key(last[0]), []).append(entry)
        return self._run_keys

    def _people(self, key: str) -> list[PersonName]:
        """The full names whose surname is ``key``, read from their runs on first use."""
        found = self._by_surname.get(key)
        if found is None:
            seen: set[int] = set()
            found = []
            for start, run in self._runs().get(key, []):
                if start in seen:
                    continue
                seen.add(start)
                found.extend(p for p in people_in_run(start, run) if surname_key(p.full) == key)
            found.sort(key=lambda p: p.start)
            self._by_surname[key] = found
        return found

    def _holders(self, title: str) -> list[PersonName]:
        """The people named with ``title`` before their name.

        All the titles are indexed at the first call, in one reading of the
        runs: walking every run for each title asked would cost the runs
        times the distinct titles ("The surveyor said", "the assessor said",
        … each asks once).
        """
        if self._by_title is None:
            by_title: dict[str, list[PersonName]] = {}
            seen: set[int] = set()
            for entries in self._runs().values():
                for start, run in entries:
                    if start in seen or (
                        run.count(" ") < 2 and not _APPOSITION.match(self._text, start + len(run))
                    ):
                        continue  # a title and a name take three words, or an apposition
                    seen.add(start)
                    for person in people_in_run(start, run):
                        held_titles = (*person.titles, *_apposed_title(self._text, person.end))
                        for held in dict.fromkeys(held_titles):
                            by_title.setdefault(held, []).append(person)
            for people in by_title.values():
                people.sort(key=_start)
            self._by_title = by_title
        return self._by_title.get(title, [])

    def full_name(self, surname: str, offset: int) -> PersonName | None:
        """The full name ending in ``surname`` named last before ``offset``, else first after.

        A headline ("Orbit's Halvorsen: …") may name by surname someone whom
        the article names fully only below it.
        """
        candidates = self._people(surname_key(surname))
        found = _last_before(candidates, offset, lambda p: p.full.endswith(" " + surname))
        if found is None:
            index = bisect.bisect_left(candidates, offset, key=_start)
            found = next(
                (p for p in candidates[index : index + 20] if p.full.endswith(" " + surname)), None
            )
        if found is not None and found.full == surname:
            return None
        return found

    def _gendered(self) -> list[PersonName]:
        """Everyone named in full whose gender is known, in text order: by the given name,
        or, for a sentence's subject, by the first "his" or "her" after it ("J. Aldous
        McCreary, who …, died on Saturday at his home")."""
        if self._gendered_people is None:
            everyone = {p.start: p for key in self._runs() for p in self._people(key)}
            people = sorted(everyone.values(), key=_start)
            for index, person in enumerate(people):
                if person.gender is None and self._opens_sentence(person.start):
                    gender = sentence_gender(self._text, person.end)
                    people[index] = attrs.evolve(person, gender=gender)
            self._gendered_people = [p for p in people if p.gender]
        return self._gendered_people

    def last_person(self, offset: int, gender: str, *, anywhere: bool = False) -> PersonName | None:
        """The person of ``gender`` ("m", "f") named in full last before ``offset``, at a
        sentence's start (or ``anywhere`` within ``NEARBY`` characters, as its agent),
        among the last ``_PEOPLE_BACK`` people of known gender named before it."""
        everyone = self._gendered()
        index = bisect.bisect_left(everyone, offset, key=_start)
        recent = everyone[max(0, index - _PEOPLE_BACK) : index]
        if not anywhere:
            return _last_before(
                recent, offset, lambda p: p.gender == gender and self._opens_sentence(p.start)
            )
        return _last_before(
            recent,
            offset,
            lambda p: p.gender == gender and offset - p.start < NEARBY and self._as_agent(p),
        )

    def _as_agent(self, person: PersonName) -> bool:
        """Whether a person named inside a sentence is named as its agent or complement
        ("came from Councilwoman Amy Lind", "was filed by Ruth Odom", "Among those … was Joe
        Marsh"), not as a verb's object ("Police arrested Emily Jones")."""
        before = self._text[max(0, person.start - 60) : person.start].rstrip()
        if person.title and before.endswith(person.title):
            before = before[: -len(person.title)]
        words = before.split()
        return bool(words) and words[-1].lower() in _AGENT_WORDS

    def person_aged(self, age: str, offset: int) -> PersonName | None:
        """The person named in full last before ``offset`` with ``age`` in apposition
        ("Marguerite Lowell, 34, a schoolteacher")."""
        if self._aged is None:
            self._aged = {}
            for match in _AGE_APPOSITION.finditer(self._text):
                run = _NAME_BEFORE.search(self._text, max(0, match.start() - 60), match.start())
                people = people_in_run(run.start(), run.group()) if run is not None else []
                if people:
                    self._aged.setdefault(match.group(1), []).append(people[-1])
        found = self._aged.get(age, [])
        index = bisect.bisect_left(found, offset, key=_start)
        return found[index - 1] if index else None

    def given_named(self, given: str, offset: int) -> PersonName | None:
        """The full name that opens with the given name ``given`` named last before
        ``offset`` ("Hillary said" after "Hillary Clinton")."""
        if given not in self._first_words():
            return None  # opening no name: the article's people need not be read
        return _last_before(self._gendered(), offset, lambda p: p.full.startswith(given + " "))

    def _first_words(self) -> frozenset[str]:
        """The capitalised words followed by another, which may open a full name; read
        once."""
        if self._first is None:
            self._first = frozenset(_BEFORE_CAPITAL.findall(self._text))
        return self._first

    def _opens_sentence(self, start: int) -> bool:
        """Whether the name at ``start`` is its sentence's subject: it opens the sentence
        (or its line), or follows only an opener ("Accepting the prize, Ásdís …") or a
        role ("The director Ásdís …")."""
        before = self._text[max(0, start - 4) : start].rstrip(" \t")
        if before.endswith(".") and before[-2:-1].isupper() and not before[-3:-2].isalpha():
            return False  # "R. Mary Castle": after an initial
        if not before or before[-1] in '\n.!?”"':
            return True
        return after_subject_lead(self._text, start)

    def is_proper(self, word: str) -> bool:
        """Whether ``word`` is capitalised somewhere inside a sentence: a name, not a
        common word capitalised by its place ("See", "Institutions")."""
        if any(map(str.isupper, word[1:])):
            return True
        if self._proper_words is None:
            self._proper_words = set(_CAPITALISED.findall(self._text))
            self._proper_words.discard("")  # the words that start a sentence
        return word in self._proper_words

    def is_surname(self, word: str) -> bool:
        """Whether the article uses ``word`` as a person's surname: in a full name
        ("Ana Ruiz … Ruiz said"), or alone after a personal title ("Mayor Ruiz",
        "Mr. Obama"), which no organisation takes."""
        if any(p.full != word for p in self._people(surname_key(word))):
            return True
        if self._titled_words is None:
            self._titled_words = {_clean(w) for w in _TITLED_SURNAME.findall(self._text)}
        return word in self._titled_words

    def person_of_at(self, run: Sequence[str]) -> int | None:
        """Where "of" follows a person's name in a run of words: "Mei-Ling Cho of
        Eastgate Research" is a person of an organisation, "Bank of Asia" is one."""
        of_at = next((i for i, word in enumerate(run) if word == "of"), None)
        if of_at is None or of_at + 1 >= len(run):
            return None
        before = list(run[:of_at])
        titles = [i for i, word in enumerate(before) if is_titleish(word.strip("()"))]
        if titles:
            before = before[titles[-1] + 1 :]  # "Pastor", "Dr.", "Prime Minister"
        if not 2 <= len(before) <= 3:
            return None  # "Missouri Secretary of State Jason Kander": a title
        if not is_person_name(" ".join(before)) or not self.is_surname(before[-1]):
            return None
        return of_at

    def named_elsewhere(self, full: str, start: int, end: int) -> bool:
        """Whether a person named ``full`` (or by its surname in a full name) is named
        outside ``[start, end)`` too: a headline's name the story uses."""
        key = surname_key(full)
        return any(not start <= p.start < end for p in self._people(key)) or any(
            not start <= offset < end for offset, _ in self._runs().get(key, [])
        )

    def holder_of(
        self,
        title: str,
        offset: int,
        *,
        ahead: bool = False,
        accept: Callable[[PersonName], bool] = lambda p: True,
    ) -> PersonName | None:
        """The person last named with ``title`` before ``offset`` ("the president"), of
        those ``accept`` takes.

        With ``ahead``, else the first named after it: a headline ("Judge: …")
        names by title someone whom the article names fully below it.
        """
        holders = self._holders(title.lower())
        found = _last_before(holders, offset, accept)
        if found is None and ahead:
            index = bisect.bisect_left(holders, offset, key=_start)
            found = next((p for p in holders[index : index + 20] if accept(p)), None)
        return found

    def party_state_after(self, person: PersonName) -> str:
        """The bracket or apposition right after a person's name that may give a party and
        state ("Sen. Ron Wyden (D-Ore.)", "Mitch McConnell, R-Ky."), or ""."""
        after = self._text[person.end : person.end + 12]
        return after if after.startswith((" (", ", ")) else ""

    def company_of(self, word: str) -> str | None:
        """The company the article names with ``word`` first: "Vextra" for "Vextra Inc."."""
        if self._companies is None:
            runs = [run.split() for entries in self._runs().values() for _, run in entries]
            ends = [words for words in runs if words[-1].lower().rstrip(".") in COMPANY_NAME_WORDS]
            self._companies = {words[0]: " ".join(words) for words in reversed(ends)}
        return self._companies.get(word)

    def last_outlet(self, offset: int, ending: str | None = None) -> OutletMention | None:
        """The outlet named last before ``offset``, or the last whose name ends in ``ending``."""
        index = bisect.bisect_left(self._outlet_starts, offset)
        for outlet in reversed(self.outlets[max(0, index - 50) : index]):
            if ending is None or outlet.name.lower().endswith(" " + ending.lower()):
                return outlet
        return None

    def outlet_at(self, start: int, end: int) -> OutletMention | None:
        """An outlet named inside ``[start, end)``."""
        index = bisect.bisect_left(self._outlet_starts, start)
        if index < len(self.outlets) and self.outlets[index].end <= end:
            return self.outlets[index]
        return None


# A lone capitalised word after a personal title, no name word after it: "Mayor
# Ruiz said", "Mr. Obama’s plan", "Sen. Rubio (R-Fla.)"; not "Mayor Ana Ruiz".
_TITLED_SURNAME = lazy_pattern(
    r"(?<![\p{L}\p{N}])(?:"
    + trie(sorted({t.capitalize() for t in PERSONAL_TITLES}))
    + r")[ \u00a0]++(\p{Lu}[\p{L}\p{M}'’-]{1,30}+)(?![\p{L}\p{M}'’-]|[ \u00a0]\p{Lu})"
)


# An apposition after a full name, up to its closing comma: "Ana Ruiz, the mayor,",
# "Ana Ruiz, the town’s mayor,", "Ana Ruiz, mayor of Westby,". Its title word (the
# last word before the comma or before "of", "for", "at", "in") makes the person
# the holder of that title, as "Mayor Ana Ruiz" does: "The mayor said" is her.
_APPOSITION = lazy_pattern(
    r"""
    ,[ ] (?: (?: the | a | an ) [ ] )?+
    (?: [\p{L}-]{1,30}+ ['’] s [ ] )?+                 # "the town’s mayor"
    (?P<words> \p{Ll}[\p{Ll}-]{0,30}+ (?: [ ] (?! (?: of | for | at | in ) [ ] )
                                      \p{Ll}[\p{Ll}-]{0,30}+ ){0,2}+ )
    (?: [ ] (?: of | for | at | in ) [ ] [^,;:.!?]{1,60}+ )?+
    ,
    """,
    regex.VERBOSE,
)


# An age in apposition, between commas: "Marguerite Lowell, 34, a schoolteacher" (not
# ", 34 percent").
_AGE_APPOSITION = lazy_pattern(r", (\d{1,3}),")
# A run of two capitalised words or more right before a point: "Marguerite Lowell".
_NAME_BEFORE = lazy_pattern(r"\p{Lu}[\p{L}’'.-]+(?:[ ]\p{Lu}[\p{L}’'.-]+)+$")


def _apposed_title(text: str, end: int) -> tuple[str, ...]:
    """The title word of an apposition right after a name ending at ``end``, if any."""
    match = _APPOSITION.match(text, end)
    if match is None:
        return ()
    head = match.group("words").rsplit(" ", 1)[-1]
    return (head,) if head in TITLE_WORDS or head in PERSON_NOUNS else ()


def _last_before(
    candidates: Sequence[PersonName], offset: int, accept: Callable[[PersonName], bool]
) -> PersonName | None:
    index = bisect.bisect_left(candidates, offset, key=_start)
    for candidate in reversed(candidates[max(0, index - 20) : index]):
        if accept(candidate):
            return candidate
    return None


def _start(person: PersonName) -> int:
    return person.start


def surname_key(name: str) -> str:
    return name.rsplit(" ", 1)[-1].rstrip(".")


def outlet_mention(text: str, start: int, end: int) -> OutletMention:
    """ "The Washington Post" with its "The" as the article writes it."""
    if text[start:end].startswith(("The ", "the ")):
        return OutletMention(start, end, text[start:end])
    if text[max(0, start - 4) : start] in {"The ", "the "}:
        return OutletMention(start - 4, end, text[start - 4 : end])
    return OutletMention(start, end, text[start:end])


# A capitalised word and the space before another: "Ásdís " of "Ásdís Hallgrímsdóttir".
_BEFORE_CAPITAL = lazy_pattern(r"(\p{Lu}[\p{L}\p{M}’'-]*) (?=\p{Lu})")


def people_in_run(start: int, run: str) -> list[PersonName]:
    """The person names in one run of capitalised words, split at possessives."""
    found: list[PersonName] = []
    words: list[tuple[int, str]] = []
    for match in _WORDS.finditer(run):
        word = match.group()
        words.append((start + match.start(), word))
        if word.endswith(".") and not _ABBREVIATED.fullmatch(word):
            words[-1] = (words[-1][0], word.rstrip("."))  # "… said Mayor Ana Ruiz. Then"
            found.extend(_person(words))
            words = []
        elif word.endswith(_POSSESSIVE):
            found.extend(_person(words))
            words = []
    found.extend(_person(words))
    return found


def _clean(word: str) -> str:
    for ending in _POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word.strip("()")


def is_titleish(word: str) -> bool:
    """A word that stands before a name without being part of it: "Sen.", "CEO", "State"."""
    lower = word.lower()
    return (
        lower in TITLE_WORDS
        or lower in PERSON_NOUNS
        or lower in TITLE_MODIFIERS
        or (lower in NOT_NAME_WORDS and lower not in GIVEN_NAMES)  # not "June Okafor"
        or lower in FUNCTION_WORDS
        or (len(word) > 1 and word.isupper() and "." not in word)  # CIA, CEO, FDNY
        or (lower_after_hyphen(word) and not hyphenated_given_name(word))  # President-elect
        or (lower.endswith("ing") and len(word) > 5 and "-" not in word)  # "Blaming Congress"
    )


def _person(words: list[tuple[int, str]]) -> list[PersonName]:
    """ "Secretary of State Ada Brennan": the words after the last title-like one."""
    if len(words) > 2 and words[-1][1] in POST_NOMINALS:
        words = words[:-1]  # "Anna Pryce MP": Pryce's name, without its letters
    if not words:
        return []
    index = 0
    for position, (_, word) in enumerate(words[:-1]):
        if is_titleish(_clean(word)):
            index = position + 1
    if len(words) == 2 and index == 1 and hyphenated_given_name(words[0][1]):
        index -= 1
    titles = tuple(_clean(w).lower() for _, w in words[:index])
    name_words = [(o, _clean(w)) for o, w in words[index:]]
    name_words = name_words[long_name_start([w for _, w in name_words]) :]
    if not 2 <= len(name_words) <= MAX_NAME_WORDS:
        return []
    full = " ".join(w for _, w in name_words)
    if not is_person_name(full):
        return []
    start = name_words[0][0]
    end = name_words[-1][0] + len(name_words[-1][1])
    gender = name_gender(full)
    if any(t in MALE_WORDS for t in titles):
        gender = "m"
    elif any(t in FEMALE_WORDS for t in titles):
        gender = "f"
    title = " ".join(w for _, w in words[:index]) or None
    return [PersonName(start, end, full, titles, gender, title)]
