"""The words embeds print around a post, per platform and language; data only.

Each tuple lists the variants a scraped page shows: the English form first,
then the localised ones that news sites in German, French, Spanish, Italian,
Portuguese and Dutch serve.
"""

from __future__ import annotations

#: Instagram's signature phrase, before "Name (@handle) on <date>":
#: "A post shared by", the older "A photo posted by", the German "Ein Beitrag geteilt von".
INSTAGRAM_SHARED: tuple[str, ...] = (
    "A post shared by",
    "A photo shared by",
    "A video shared by",
    "A photo posted by",
    "A video posted by",
    "Ein Beitrag geteilt von",
    "Une publication partagée par",
    "Una publicación compartida de",
    "Una publicación compartida por",
    "Un post condiviso da",
    "Uma publicação compartilhada por",
    "Een bericht gedeeld door",
)

#: Pieces of those phrases, each shared by some of them, that a text is
#: searched for first (``PhraseTest``): fewer passes than one per phrase.
INSTAGRAM_SHARED_ANCHORS: tuple[str, ...] = (
    "shared by",
    "posted by",
    "geteilt",
    "partag",
    "compart",
    "condiviso",
    "gedeeld",
)

#: The words between Instagram's "(@handle)" and its date: "on", "am", "le", "el", ...
INSTAGRAM_DATE_WORDS: tuple[str, ...] = ("on", "am", "le", "el", "em", "in data:", "op")

#: The link text that opens an Instagram embed.
INSTAGRAM_VIEW: tuple[str, ...] = (
    "View this post on Instagram",
    "View this photo on Instagram",
    "View this video on Instagram",
    "Diesen Beitrag auf Instagram ansehen",
    "Dieser Beitrag auf Instagram ansehen",
    "Voir cette publication sur Instagram",
    "Ver esta publicación en Instagram",
    "Visualizza questo post su Instagram",
    "Ver esta publicação no Instagram",
    "Ver essa foto no Instagram",
    "Dit bericht op Instagram bekijken",
)

#: Pieces, lower-cased, of the line under an Instagram embed's markup that names the
#: account, in the page's language: "A post shared by Pier Life (@pier.life)", "Ein
#: Beitrag geteilt von Hafen Kiel (@hafen…)", "A photo posted by …", and the old German
#: "Ein von Lou Hart (@lou.hart) gepostetes Foto".
INSTAGRAM_SHARED_BY: tuple[str, ...] = (
    "shared by",
    "posted by",
    "ein von",
    "publiée par",
    "publicada por",
    "pubblicato da",
    "geteilt von",
    "partagée par",
    "partagé par",
    "compartida por",
    "compartida de",
    "condiviso da",
    "gedeeld door",
    "compartilhada por",
    "udostępniony przez",
)

#: Facebook's signature phrase, before "Name on <weekday, date>".
FACEBOOK_POSTED: tuple[str, ...] = (
    "Posted by",
    "Gepostet von",
    "Publié par",
    "Publiée par",
    "Publicado por",
    "Pubblicato da",
    "Geplaatst door",
)

#: Pieces of those phrases searched for first, as ``INSTAGRAM_SHARED_ANCHORS``.
FACEBOOK_POSTED_ANCHORS: tuple[str, ...] = ("Posted by", "Pub", "Gep")

#: The words between a Facebook author and the date: "on", "am", "sur", "en", ...
FACEBOOK_DATE_WORDS: tuple[str, ...] = ("on", "am", "sur", "le", "en", "el", "il", "em", "op")

#: The link text of a Mastodon or Threads embed, with the platform it names.
VIEW_ON: dict[str, str] = {
    "View on Mastodon": "mastodon",
    "Auf Mastodon ansehen": "mastodon",
    "Voir sur Mastodon": "mastodon",
    "View on Threads": "threads",
    "Auf Threads ansehen": "threads",
    "Voir sur Threads": "threads",
}

#: Pieces of those link texts searched for first, as ``INSTAGRAM_SHARED_ANCHORS``.
VIEW_ON_ANCHORS: tuple[str, ...] = ("Mastodon", "Threads")

#: The label before the account in those embeds: "Post by @user@instance".
POST_BY: tuple[str, ...] = ("Post by", "Beitrag von", "Publication de", "Publicación de")

#: TikTok's sound credit when the poster made the sound: "♬ original sound - Name".
TIKTOK_ORIGINAL_SOUND: tuple[str, ...] = (
    "original sound",
    "Originalton",
    "son original",
    "sonido original",
    "suono originale",
    "som original",
    "originele sound",
)

#: Hosts whose links are a post's attached media rather than links in its words.
MEDIA_HOSTS: tuple[str, ...] = ("pic.twitter.com/", "pic.x.com/")

#: Strings a site prints between an embed's words and its signature, no part of
#: the post: "…everything up! SIGN UP FOR OUR NEWSLETTER — Name (@h) Date".
SITE_FURNITURE: tuple[str, ...] = (
    "SIGN UP FOR OUR NEWSLETTER",
    "Sign up for our newsletter",
    "Sign Up For Our Newsletter",
    "ADVERTISEMENT",
    "Advertisement",
    "Continue reading",
    "Click to expand",
    "READ MORE",
    "Read more",
    # the button under a Facebook caption cut short: "…and of the... See More"
    "See More",
    "See more",
    "Mehr anzeigen",
    "Voir plus",
    "Ver más",
)

#: Fingerprints of the scripts that load embeds, whose code a scrape may keep
#: before a post's words: "(function(d, s, id) { … 'facebook-jssdk'));".
EMBED_LOADERS: tuple[str, ...] = (
    "facebook-jssdk",
    "connect.facebook.net/",
    "fbAsyncInit",
    "platform.twitter.com/widgets.js",
    "instagram.com/embed.js",
    "tiktok.com/embed.js",
    "getElementsByTagName(",
)

#: Tags that may stand inside a post's words ("<br>", "<a href=…>"), unlike the block
#: tags of an embed's markup ("<blockquote …>", "<p …>") that the words start after.
INLINE_TAGS: frozenset[str] = frozenset(
    "a abbr b bdi bdo br cite code em i img mark q s small span strong sub sup time u wbr".split()
)
