"""The record of an attribution clause, shared by the modules that read clauses.

``clauses`` reads the clauses a speech verb or an object cue gives ("Woog said",
"according to Reuters"); ``cue_marks`` those a colon or a dash gives ("PENCE:",
"“…” ― Pamela Padilla"); ``resolution`` resolves each speaker to an entity.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .._records import Span
from .profiles import Description

Role = Literal["subject", "inverted", "object", "hearer", "signature", "label"]


@attrs.frozen
class Attribution:
    """A speaker phrase, described, and the cue that attributes something to it.

    ``role`` says where the phrase stands: the verb's ``subject`` ("Ferreira
    said"), ``inverted`` after it ("said Ferreira"), the ``object`` of "according
    to" or "citing", the outlet a speaker talked to (``hearer``: "told CNN"), or the
    name a dash signs a quotation with (``signature``: "“…” ― Pamela Padilla"),
    which is a source only as the speaker of the quotation it signs, or the
    label of a transcript's line inside a quotation (``label``: "“PENCE: …”").
    ``first`` and ``last`` are the token indices the clause covers in its unit.
    """

    speaker: Description
    cue: str
    cue_span: Span
    role: Role
    first: int
    last: int
