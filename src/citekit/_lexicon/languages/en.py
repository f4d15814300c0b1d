"""English: the language citekit's reading was written for, and the default.

English's own word lists stay in the other ``_lexicon`` modules, where its
reading (``_reading.clauses`` and the modules it imports) reads them as
module constants; this entry names the ones the shared, language-blind rules
read: the words that tell English apart and the abbreviations of its
sentences, and its hedges.
"""

from __future__ import annotations

from ..abbreviations import SENTENCE_ABBREVIATIONS
from ..hedges import HEDGES
from ..lexicon import Lexicon, words
from ..speech_verbs import SPEECH_VERBS

LEXICON = Lexicon(
    code="en",
    name="English",
    detection_words=words(
        """
        the and of to is that with was for said have has from this which would were
        been their they who will not but are his her it he she by at be or had its we
        you after about also more there when than can out what could into just
        """
    ),
    abbreviations=SENTENCE_ABBREVIATIONS,
    speech_verbs=dict.fromkeys(SPEECH_VERBS),
    hedges=HEDGES,
)
