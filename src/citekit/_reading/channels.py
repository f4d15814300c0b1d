"""The object of "via" that is a source: a channel the news came through.

"The news came via the mayor’s office", "…, via Reuters", "leaked via a
spokesman": "via" attributes what it qualifies to an outlet, an organisation or
an unnamed person. Most objects of "via" are a means, not a source: "via Zoom",
"via email", "via the port road", "via a private server", "via Twitter" (a lone
name read without confidence, a document, a thing no word list holds), and a
picture's credit ("Photo via Reuters", "(NASA via AP, File)", "Ana Ruiz via
Getty Images": a name or a credit's word before "via") is read by the credits,
not here.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._lexicon.credit_words import NOT_NAMES
from .._lexicon.organisations import ORGANIZATION_HEADS
from .profiles import Description
from .tokens import Token


def via_source(words: Sequence[Token], via: int, description: Description) -> bool:
    """Whether the object of the "via" at ``via`` is a source."""
    before = words[via - 1] if via > 0 else None
    if before is not None and (before.lower in NOT_NAMES or before.text[:1].isupper()):
        return False  # "Photo via Reuters", "(NASA via AP)", "Ana Ruiz via Getty": a credit
    if via == 0 and len(words) < 6:
        return False  # "Via Reuters" on a line of its own: a credit
    profile = description.profile
    if profile.kind in {"outlet", "anonymous"}:
        return True  # "via Reuters", "via the Westby Courier", "via a spokesman"
    return (
        profile.kind == "organization"
        and profile.confident
        and not profile.place
        and profile.head in ORGANIZATION_HEADS  # "via the mayor’s office", "via the board"
    )
