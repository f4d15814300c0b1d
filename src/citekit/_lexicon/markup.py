"""Tag sets, class-name words and credit labels that the HTML reader keys on.

Data only: the rules that use it are in ``_html`` (``page``, ``tree``, ``credits``,
``embeds``). The phrases of embeds themselves are in ``embeds``.
"""

from __future__ import annotations

# Elements without content: "<br>", "<img src=…>".
VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)

# Elements whose content is raw text, not markup.
RAW_TEXT = frozenset({"script", "style"})

# Block elements that close an open <p> when they start (HTML5 §13.2.6.4.7).
CLOSES_PARAGRAPH = frozenset(
    """address article aside blockquote center details dialog dir div dl fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section
    table ul""".split()
)

# Elements that start a new line of text. Table cells do not: a row is one
# line, its cells joined by " | ", as trafilatura writes a table.
BLOCK = CLOSES_PARAGRAPH | frozenset(
    "body caption dd dt html legend li option summary tbody tfoot thead tr title".split()
)
CELLS = frozenset({"td", "th"})

# Elements whose own text makes their parent the page's main block (a column of
# paragraphs), and those whose own text makes themselves it (text cut by <br>).
SCORED_BLOCKS = frozenset(
    "p li dd dt pre blockquote h1 h2 h3 h4 h5 h6 td th div section article main".split()
)
CONTAINER_BLOCKS = frozenset({"div", "section", "article", "main", "td"})

# Elements whose text a reader never sees.
INVISIBLE = frozenset(
    """script style noscript template head svg math select textarea button iframe object
    embed video audio canvas map datalist""".split()
)

# Page furniture dropped from the fallback text: navigation, footers, sidebars, forms.
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "form", "menu"})

# Elements that, without attributes, hold nothing to read but their children: no
# embed, credit, image, furniture or article is known by such a tag alone.
PLAIN_TAGS = frozenset(
    """#document html body div span p a b i u s em strong mark q abbr time code sup sub
    font center label ul ol li dl dt dd table thead tbody tfoot tr td th caption h1 h2 h3
    h4 h5 h6 section main header hgroup address details summary""".split()
)

# Words of a class or id that mark page furniture rather than the article:
#   <div class="sidebar">  <section id="comments">  <aside class="story-recirc-rail">
#   <div class="related-stories">  <ul class="share-bar social-icons">
FURNITURE_WORDS = frozenset(
    """sidebar sidebars rail related recirc recirculation recommended recommendations
    outbrain taboola popular mostread most-read trending comment comments disqus share
    shares sharing sharebar social newsletter subscribe subscription promo promotion
    advert advertisement ads ad sponsor sponsored breadcrumb breadcrumbs navigation nav
    navbar menu footer cookie cookies consent paywall widget widgets teaser teasers
    more-stories read-more readmore modal popup pop-up next-article next-story up-next
    read-next more-from""".split()
)

# Words of a class or id that hold an embed: a container named so is never furniture,
# whatever else its name says (<div class="social-embed">, <div class="embed-widget">).
EMBED_WORDS = frozenset(
    "embed embeds embedded oembed tweet twitter-tweet instagram-media youtube vimeo".split()
)

# Words of a class or id whose text is never the article's, however long:
# cookie banners, comment threads, newsletters.
NOT_CONTENT_WORDS = frozenset(
    """comment comments disqus consent cookie cookies newsletter subscribe paywall
    related recommended outbrain taboola footer""".split()
)

# Class names that hide an element: <span class="meta-data element-hidden">. Whole
# names only: "overflow-hidden" hides nothing.
HIDDEN_CLASSES = frozenset(
    """hidden hide is-hidden element-hidden element-invisible sr-only visually-hidden
    visuallyhidden screen-reader-text screenreader-only u-hidden d-none display-none
    offscreen invisible""".split()
)

# Words of a class or id around images that are not the article's: logos, avatars, ads.
NOT_ARTICLE_IMAGE_WORDS = frozenset(
    """logo logos avatar avatars author-image author-photo profile gravatar icon icons
    badge advert advertisement ad ads sponsor""".split()
)

# Words of a class, id or itemprop that mark an image's caption or its container.
CAPTION_WORDS = frozenset(
    """caption captions figcaption legend image-caption photo-caption wp-caption
    wp-caption-text""".split()
)
IMAGE_WORDS = frozenset(
    """image images img photo photos picture pictures figure gallery slide slideshow
    lead-image thumbnail""".split()
)

# Class or id fragments of an element that holds only a credit:
#   <div class="StoryImage-imageFooterCredit">  <span class="copyright">
#   <figcaption class="attribution">  <p class="image-credit">
CREDIT_CLASS_PARTS = (
    "credit", "copyright", "attribution", "photographer", "fotograf", "urheber", "bildnachweis",
    "photog", "fotog",
)  # fmt: skip
# … and fragments that do so only inside an image's container: <span class="byline">.
#   <span class="img-autor">, <span class="caption-photog"> (the stems of "photographer",
#   "fotógrafo", "Autor" in the languages read).
FIGURE_CREDIT_CLASS_PARTS = ("byline", "source", "quelle", "author", "autor")
# … of which these name the one who took the picture: a lone name there is a person's.
PHOTOGRAPHER_CLASS_PARTS = ("photog", "fotog", "fotograf", "autor", "author", "byline")

# Hosts whose links name an account, so that a credit's linked name is a person or an
# account: "Image: <a href="https://twitter.com/NightLens">NightLens</a>".
ACCOUNT_HOSTS = (
    "twitter.com", "x.com", "instagram.com", "flickr.com", "tiktok.com", "youtube.com",
    "facebook.com", "bsky.app", "threads.net", "unsplash.com",
)  # fmt: skip

# schema.org properties of an ImageObject that name who made or supplied it.
SCHEMA_CREDIT_PROPERTIES = ("creditText", "copyrightHolder", "creator", "author")
# JSON-LD keys under which an ImageObject is not the article's image.
SCHEMA_NOT_ARTICLE_IMAGE_KEYS = frozenset({"logo", "publisher", "author", "creator", "brand"})

# Words that label a credit in a caption or credit element, before ":" or "by":
#   "Photo: AP"   "Photo illustration by Pier Post"   "Crédits : AFP"   "Foto: dpa"
CREDIT_LABEL_WORDS = (
    "photo illustration", "photo-illustration", "photo credits", "photo credit",
    "image credits", "image credit", "picture credit", "image source", "image courtesy",
    "photo courtesy", "photography", "photographs", "photograph", "photos", "photo",
    "images", "image", "pictures", "picture", "illustration", "graphic", "video",
    "credits", "credit", "sources", "source", "fotos", "foto", "bilder", "bild",
    "bildquelle", "quelle", "fotograf", "grafik", "crédits photo", "crédit photo",
    "crédits", "crédit", "photographie", "fuente", "créditos", "crédito",
)  # fmt: skip

# Words that join a label to the names: "Photo by …", "Image via …", "Bild von …".
CREDIT_JOINT_WORDS = ("courtesy of", "by", "via", "from", "von", "par", "de", "por")

# Words a credit line may hold besides its label and its names (a line under an
# image is read as a credit only when it holds no others):
#   "Photo: Jonas Brandt/Reuters, File"   "Foto: dpa/Pool"   "© 2021 Hanna Vogt und AP"
CREDIT_LINE_WORDS = frozenset(
    {w for joint in CREDIT_JOINT_WORDS for w in joint.split()}
    | {w for label in CREDIT_LABEL_WORDS for w in label.replace("-", " ").split()}
    | set("c copyright file pool handout and und et y & photo photos foto fotos".split())
)

# Signs and words that open a copyright credit: "© Hanna Vogt", "(c) dpa", "Copyright AP".
COPYRIGHT_SIGNS = ("©", "(c)", "(C)", "copyright", "Copyright")
