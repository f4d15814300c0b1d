"""The words that tell, in an image credit, a person from an organisation, and a name from none.

Data only: the rules that read them are in ``_credits`` (``names``, ``body``,
``splitting``). The agencies themselves are in ``agencies``; given names, which
other stages read too, in ``given_names``.
"""

from __future__ import annotations

# Words in a credit that are neither people nor agencies: "Pool", "File".
NOT_NAMES: frozenset[str] = frozenset(
    {
        "pool", "file", "files", "stringer", "str", "handout", "staff", "photo", "photos",
        "via", "courtesy", "video", "still", "image", "images", "picture", "illustration",
        "screenshot", "screengrab", *("privat private privé privée privado privato privatfoto "
        "zvg z.v.g. archiv archive archivo".split()),
    }
)  # fmt: skip

# Words that say a picture is private or from the family's album, with no one to
# credit: "Foto: privat", "© privé", "Bild: zVg". The credit is kept (the reader sees a
# credit line), with no creator and no agency.
PRIVATE_WORDS: frozenset[str] = frozenset(
    "privat private privé privée privado privato privatfoto zvg z.v.g.".split()
)

# The legal forms of companies that follow a company's name, with or without a comma:
# "Apple, Inc.", "Harbour Films, LLC", "Harbour Holdings plc", "Hafenbild GmbH". The
# form is part of the name (an organisation's), as printed.
COMPANY_SUFFIXES: tuple[str, ...] = (
    "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "L.L.C.", "plc", "PLC", "GmbH", "AG", "S.A.", "SA",
    "SE", "N.V.", "NV", "B.V.", "BV", "Co.", "Corp.", "Corp", "Corporation", "AB", "ASA", "Oy",
    "KG", "S.p.A.", "S.L.", "Pty Ltd", "Pty. Ltd.", "LLP", "LP",
)  # fmt: skip

# Words that make a name an organisation: "TNG Collaboration", "NRA News",
# "University of Leeds", "European Southern Observatory".
ORGANISATION_WORDS: frozenset[str] = frozenset(
    """
    academy act administration agency archive archives army assembly association authority
    bank bureau business campaign center centre channel church city clinic club coalition
    collaboration college command commission design committee commons company conference congress
    corporation council county department district embassy federation force
    forum foundation fund gallery government group guard hospital house inc institute
    institution journal lab laboratory labs league library limited llc ltd magazine media
    ministry mission museum navy network news observatory office organization organisation
    party photography photos pictures police press program programme project railway
    records republic research reserve school senate service services society space state
    station studio studios survey team telescope television times today trust tv union
    university universe weekly wire world zoo
    """.split()
)

# Capitalised words of a title-case headline, never of a name: "Photo: Trump
# Meets Putin In Helsinki" is a heading, not a credit.
HEADLINE_WORDS: frozenset[str] = frozenset(
    """
    A An In At To Into With After Before Over Is Are Was Were
    Be Been Has Have Had Will Would Can Could Should Not Says Said Gets Got Takes Took Shows
    Makes Made Just How Why What When Who Your My Our Their His Her It Its This That These Those
    """.split()
)

# Capitalised words that open a sentence, never the end of a surname: what a
# credit glued to the next sentence by a lost space is cut before ("Lena
# ParkThe crowd", "REUTERS/Lena ParkIn May"); "McDonald", "DeVos", "LeBron"
# end in none of them.
SENTENCE_OPENERS: frozenset[str] = HEADLINE_WORDS | frozenset(
    """
    The He She They We You There Here Some Many Most Both Each Every Several
    But And Or So Yet As On For From By Of If Then Now Later Earlier Last Next
    Meanwhile However Although While Since Until
    """.split()
)
