"""The agencies, stock libraries, platforms and institutions that supply pictures: one table.

Each entry of ``AGENCY_TABLE`` is one name a credit reports (its canonical
name: "AP", "Getty Images", "Reuters") with what credits print for it and
what it does in a credit:

* ``aliases``: other spellings credits print, matched without regard to case
  ("Associated Press" and "AP Images" are "AP", "Getty" is "Getty Images");
* ``lines``: a photo agency, whose name after a "/" or "|" makes a line a
  credit without a label ("Spencer Platt/Getty Images");
* ``labels``: the labels it prints on its own pictures, before a "/" or in
  brackets ("AP Photo" in "(AP Photo/Evan Vucci)", "REUTERS" in
  "REUTERS/Lena Park"). A label in capitals or with "Photo" is read wherever
  it stands; one in mixed case ("Reuters") only in brackets. The word
  "Photo" is matched in any case ("AP PHOTO");
* ``lone``: how it prints as a whole credit alone at a caption's end
  ("…in Ohio on Monday. Getty Images");
* ``user_names``: a stock library whose contributors sign with a user name
  ("Shutterstock/bluefern");
* ``lower_case``: the words of it that credits print in lower case, read as
  words of a name ("Uwe Anspach/dpa-tmn", "Gage Skidmore on flickr").

Adding an agency is adding its entry here, nothing else: the lookup table,
the sets below and the pattern of agency labels in ``_credits.cues`` are
built from the entries. An agency not listed is reported as written.
"""

from __future__ import annotations

from typing import NamedTuple


class Agency(NamedTuple):
    """One name a credit reports, with how credits print it (see the module's docstring)."""

    name: str
    aliases: tuple[str, ...] = ()
    lines: bool = False
    labels: tuple[str, ...] = ()
    lone: tuple[str, ...] = ()
    user_names: bool = False
    lower_case: tuple[str, ...] = ()


AGENCY_TABLE: tuple[Agency, ...] = (
    # News photo agencies and wires.
    Agency(
        "AP",
        ("AP Photo", "AP Photos", "AP Images", "Associated Press", "The Associated Press"),
        lines=True,
        labels=("AP Photo", "AP Photos"),
        lone=("AP Photo",),
    ),
    Agency(
        "Getty Images",
        ("Getty", "GettyImages", "Getty Images News", "Getty Images for"),
        lines=True,
        lone=("Getty Images", "Getty"),
    ),
    Agency("Reuters", ("Thomson Reuters",), lines=True, labels=("REUTERS", "Reuters")),
    Agency(
        "AFP",
        ("AFP Photo", "Agence France-Presse", "Agence France Presse"),
        lines=True,
        labels=("AFP Photo", "AFP"),
        lone=("AFP Photo", "AFP PHOTO"),
    ),
    Agency("EPA", ("EPA-EFE", "EPA Images"), lines=True, labels=("EPA", "EPA-EFE")),
    Agency("EFE", lines=True),
    Agency("dpa", lines=True, labels=("dpa",), lower_case=("dpa", "dpa-tmn", "dpa-zentralbild")),
    Agency(
        "picture alliance",
        ("picture-alliance",),
        lines=True,
        lower_case=("picture", "alliance", "picture-alliance"),
    ),
    Agency("UPI", ("United Press International",), lines=True),
    Agency("Bloomberg", lines=True),
    Agency("PA", ("Press Association",), lines=True),
    Agency("PA Images", lines=True),
    Agency("PA Wire", lines=True),
    Agency("Anadolu", lines=True),
    Agency("Anadolu Agency", lines=True),
    Agency("Xinhua", lines=True),
    Agency("Sipa", lines=True),
    Agency("Sipa USA", lines=True),
    Agency("ZUMA", lines=True),
    Agency("ZUMA Press", lines=True),
    Agency("ZUMA Wire", lines=True),
    Agency("NurPhoto", lines=True),
    Agency("Abaca", lines=True),
    Agency("Redux", lines=True),
    Agency("Polaris", lines=True),
    Agency("Magnum", lines=True),
    Agency("Magnum Photos", lines=True),
    Agency("TASS", lines=True),
    Agency("RIA Novosti", lines=True),
    Agency("Sputnik", lines=True),
    Agency("Kyodo", lines=True),
    Agency("Yonhap", lines=True),
    Agency("Keystone", lines=True),
    Agency("Imago", lines=True),
    Agency("ullstein bild", lower_case=("ullstein", "bild")),
    # Stock libraries.
    Agency(
        "Shutterstock",
        ("Shutterstock.com", "Rex/Shutterstock"),
        lines=True,
        lone=("Shutterstock",),
        user_names=True,
        lower_case=("shutterstock", "shutterstock.com"),
    ),
    Agency("Rex", lines=True),
    Agency("Rex Features", lines=True),
    Agency(
        "Alamy",
        ("Alamy Stock Photo",),
        lines=True,
        lone=("Alamy Stock Photo",),
        user_names=True,
    ),
    Agency("iStock", lines=True, lone=("iStock",), user_names=True, lower_case=("istock",)),
    Agency(
        "iStockphoto",
        ("iStockphoto.com",),
        lines=True,
        lone=("iStockphoto",),
        user_names=True,
        lower_case=("istockphoto",),
    ),
    Agency("Corbis", lines=True),
    Agency("Dreamstime", user_names=True),
    Agency("Depositphotos", user_names=True),
    Agency("Adobe Stock", user_names=True),
    Agency("123RF", user_names=True),
    Agency("Unsplash", lower_case=("unsplash",)),
    Agency("Pixabay", lower_case=("pixabay",)),
    Agency("Pexels", lower_case=("pexels",)),
    # Platforms an image is taken from.
    Agency("Flickr", lower_case=("flickr",)),
    Agency("Twitter", ("X", "X.com"), lower_case=("twitter",)),
    Agency("YouTube", lower_case=("youtube",)),
    Agency("Facebook", lower_case=("facebook",)),
    Agency("Instagram", lower_case=("instagram",)),
    Agency("TikTok", lower_case=("tiktok",)),
    Agency("Reddit", lower_case=("reddit",)),
    Agency("Imgur", lower_case=("imgur",)),
    Agency("Giphy", lower_case=("giphy",)),
    Agency("Wikimedia Commons", ("Wikimedia", "Wiki Commons"), lower_case=("wikimedia",)),
    Agency("Wikipedia"),
    Agency("Creative Commons"),
    # Institutions that hand out their own pictures.
    Agency("NASA"),
    Agency("ESA"),
    Agency("ESA/Hubble"),
    Agency("NASA/JPL"),
    Agency("NASA/JPL-Caltech"),
    Agency(
        "White House",
        ("The White House", "Official White House", "Official White House Photo"),
    ),
    Agency("GPO"),
    Agency("DoD"),
    Agency("U.S. Army"),
    Agency("U.S. Navy"),
    Agency("U.S. Air Force"),
    # Broadcasters and papers that credit their own photos.
    Agency("CNN"),
    Agency("Fox News"),
    Agency("MSNBC"),
    Agency("NBC"),
    Agency("NBC News"),
    Agency("ABC"),
    Agency("ABC News"),
    Agency("CBS"),
    Agency("CBS News"),
    Agency("C-SPAN"),
    Agency("BBC"),
    Agency("USA TODAY"),
    Agency("The New York Times", ("New York Times",)),
    Agency("The Washington Post", ("Washington Post",)),
)


def _key(name: str) -> str:
    return " ".join(name.split()).lower()


#: Every surface form credits print, lower-cased, with the canonical name it
#: stands for: "ap photo" and "associated press" are "AP", "getty" is "Getty Images".
AGENCIES: dict[str, str] = {
    _key(form): agency.name
    for agency in AGENCY_TABLE
    for form in (agency.name, *agency.aliases, *agency.labels, *agency.lone)
}

#: The canonical names: what a credit reports for an agency the table knows.
AGENCY_NAMES: frozenset[str] = frozenset(agency.name for agency in AGENCY_TABLE)

#: Agencies whose name after a "/" or "|" makes a line a credit even without
#: a label: "Spencer Platt/Getty Images", "Lena Park | Getty Images".
PHOTO_AGENCIES: frozenset[str] = frozenset(a.name for a in AGENCY_TABLE if a.lines)

#: Stock libraries whose contributors sign with a user name: "Shutterstock/bluefern".
STOCK_LIBRARIES: frozenset[str] = frozenset(a.name for a in AGENCY_TABLE if a.user_names)

#: The labels agencies print on their own pictures, as printed: "AP Photo", "REUTERS".
SELF_LABELS: tuple[str, ...] = tuple(label for a in AGENCY_TABLE for label in a.labels)

#: Agencies whose name alone on a caption's last line is a credit, as credits
#: print them; longest first, so that "iStockphoto" is read before "iStock".
LONE_CREDITS: tuple[str, ...] = tuple(
    sorted((lone for a in AGENCY_TABLE for lone in a.lone), key=len, reverse=True)
)

#: Words credits print in lower case that are words of a name: "dpa-tmn", "flickr".
LOWERCASE_NAMES: frozenset[str] = frozenset(
    word for agency in AGENCY_TABLE for word in agency.lower_case
)
