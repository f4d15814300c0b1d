"""Photo agencies and platforms that supply images, with their canonical names.

Keys are lower-case surface forms as credits print them; values are the
canonical name a credit reports ("AP Photo" and "Associated Press" are both
"AP"). Data only: the rules that use it are in ``_credits``.
"""

from __future__ import annotations

AGENCIES: dict[str, str] = {
    "ap": "AP",
    "ap photo": "AP",
    "ap photos": "AP",
    "ap images": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "getty": "Getty Images",
    "getty images": "Getty Images",
    "gettyimages": "Getty Images",
    "getty images news": "Getty Images",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "afp photo": "AFP",
    "epa": "EPA",
    "epa-efe": "EPA",
    "efe": "EFE",
    "dpa": "dpa",
    "dpa-tmn": "dpa",
    "picture alliance": "picture alliance",
    "picture-alliance": "picture alliance",
    "shutterstock": "Shutterstock",
    "shutterstock.com": "Shutterstock",
    "rex": "Rex",
    "rex features": "Rex",
    "rex/shutterstock": "Shutterstock",
    "alamy": "Alamy",
    "istock": "iStock",
    "istockphoto": "iStock",
    "corbis": "Corbis",
    "bloomberg": "Bloomberg",
    "pa": "PA",
    "pa images": "PA",
    "pa wire": "PA",
    "press association": "PA",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "xinhua": "Xinhua",
    "sipa": "Sipa",
    "sipa usa": "Sipa",
    "zuma": "ZUMA",
    "zuma press": "ZUMA",
    "zuma wire": "ZUMA",
    "nurphoto": "NurPhoto",
    "abaca": "Abaca",
    "upi": "UPI",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik",
    "flickr": "Flickr",
    "twitter": "Twitter",
    "x": "Twitter",
    "youtube": "YouTube",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "wikimedia": "Wikimedia Commons",
    "wikimedia commons": "Wikimedia Commons",
    "wikipedia": "Wikipedia",
    "unsplash": "Unsplash",
    "pixabay": "Pixabay",
    "pexels": "Pexels",
    "nasa": "NASA",
    "esa": "ESA",
    "white house": "White House",
    "official white house photo": "White House",
    "the white house": "White House",
    "gpo": "GPO",
    "cnn": "CNN",
    "fox news": "Fox News",
    "msnbc": "MSNBC",
    "nbc": "NBC",
    "abc": "ABC",
    "cbs": "CBS",
    "c-span": "C-SPAN",
    "bbc": "BBC",
    "keystone": "Keystone",
    "imago": "Imago",
    "ullstein bild": "ullstein bild",
}

# Words in a credit that are neither people nor agencies: "Pool", "File".
NOT_NAMES: frozenset[str] = frozenset(
    {"pool", "file", "stringer", "handout", "staff", "files", "photo", "photos", "via", "courtesy"}
)

# Words that make a credit a screenshot, with no creator of its own.
SCREENSHOT_WORDS: frozenset[str] = frozenset(
    {
        "screenshot",
        "screen shot",
        "screengrab",
        "screen grab",
        "screen capture",
        "screencap",
        "video screen capture",
        "video screenshot",
        "video screengrab",
        "screen-grab",
        "screen-shot",
    }
)
