"""The languages citekit reads, one module each: a new language is one file and one line.

Each module holds one ``LEXICON`` (``_lexicon.lexicon.Lexicon``), data only.
``LANGUAGES`` lists them in one place, by code; English comes first and is
the default. To add a language, write ``xx.py`` with its ``LEXICON`` (copy
the closest language's file: a language of the same family needs no rule
code) and add it to the tuple below.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from . import de, en, es, fr, it

#: Every language by its code, English first.
LANGUAGES: dict[str, Lexicon] = {
    lexicon.code: lexicon
    for lexicon in (en.LEXICON, de.LEXICON, fr.LEXICON, it.LEXICON, es.LEXICON)
}

#: The language read when none is given or detected.
ENGLISH: Lexicon = en.LEXICON
