"""The records of a reading's speaker phrases: what a phrase names (``Description``) and
what the article tells of it (``Profile``), made by ``descriptions`` and resolved to
entities by ``resolution``.
"""

from __future__ import annotations

import attrs

from .._records import SourceKind, Span


@attrs.frozen
class Profile:
    """What the article tells of whom a phrase names, and of an entity once resolved.

    ``kind`` is the kind of source; ``head`` the phrase's head noun ("official",
    "Woog"), by which a definite phrase refers back; ``title``, ``affiliation``
    and, for an anonymous source, the ``reason`` it is not named. ``gender`` is
    "m", "f", or "p" for a plural pronoun. ``confident`` is false for a lone
    capitalised word that names no one the article introduced ("Brightloom"),
    taken for an organisation; ``place`` is true for a place standing for its
    government ("Russia denies").
    """

    kind: SourceKind
    head: str
    title: str | None = None
    affiliation: str | None = None
    reason: str | None = None
    gender: str | None = None
    plural: bool = False
    confident: bool = True
    place: bool = False


@attrs.frozen
class Description:
    """What a speaker phrase is: its name as the article writes it, and its profile.

    ``name`` is the person's name without title ("Carl Woog") or the phrase as
    written ("one of the U.S. senior officials", "the Pentagon"); ``anaphor``
    says how it refers back: "pronoun", "outlet" ("the publication"),
    "definite" ("the official", "the association"), "surname" (one word that
    may be a person's surname), or None.
    """

    name: str
    span: Span
    profile: Profile
    anaphor: str | None = None
