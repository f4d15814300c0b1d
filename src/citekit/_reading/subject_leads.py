"""What may stand between a sentence's start and its subject's name.

"Accepting the prize, Ásdís thanked the crew", "The director Ásdís Hallgrímsdóttir won":
the name is the sentence's subject, as a name that opens its sentence is, for a later
"she said" (``names.NameIndex.last_person``); "A neighbor found Tom Hale" names an
object, not the subject.
"""

from __future__ import annotations

from .._lexicon.people import PERSON_NOUNS, TITLE_WORDS
from .._text.patterns import lazy_pattern

# The abbreviated titles whose full stop ends no sentence: "Mr. Manafort and his deputy, …".
_TITLE_STOPS = "(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Det|Supt|St|Jr|Sr)"

# What may stand before a sentence's subject after the sentence's start: an opener of
# a few lower-case words and its comma ("Accepting the prize, "), or a role after an
# article ("The director ", "A retired teacher ").
_SENTENCE_LEAD = lazy_pattern(
    r"(?:^|(?<=[.!?”\"\n]\s{0,2})(?<!\b" + _TITLE_STOPS + r"\.\s{0,2}))"  # not after "Mr. "
    r"(?:\p{Lu}\p{Ll}+(?: \p{Ll}+){0,4}, |(?:The|A|An) (?:\p{Ll}+ )?(?P<role>\p{Ll}+) )"
)


def after_subject_lead(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows only an opener and its comma or an article
    and a role, from its sentence's start."""
    lead = _SENTENCE_LEAD.search(text, max(0, start - 48), start)
    if lead is None or lead.end() != start:
        return False
    role = lead.group("role")  # "The director ", not "A neighbor found "
    return role is None or role.lower() in PERSON_NOUNS or role.lower() in TITLE_WORDS
