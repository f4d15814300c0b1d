"""The words by which an article leads into an embedded post or comments on it; data only.

An article that embeds posts writes around them: it leads in ("She wrote:",
"Trump said this:", "Watch below:"), and between two embeds it comments
("Not everyone agreed.", "Twitter users were quick to react."). Once the
line breaks are lost, those sentences touch the post's words; these words
tell them from the post's own first sentence. The rules that read them are
in ``_posts.starts``.
"""

from __future__ import annotations

#: Verbs that narrate a post or a reaction to it, in the past as articles tell it:
#: "Quill replied.", "Another user wrote:", "Twitter users reacted within minutes.".
NARRATING_VERBS: frozenset[str] = frozenset(
    """
    wrote tweeted retweeted posted replied responded reacted commented added agreed quipped
    joked chimed captioned
    """.split()
)

#: Verbs that end an article's comment as infinitives: "Islanders were quick to react.",
#: "The mayor was slow to respond." (a post's own "Watch fans react to the win." goes on).
ENDING_VERBS: frozenset[str] = frozenset("react respond reply answer weigh".split())

#: Verbs in the past that lead into a quotation after a colon, besides those:
#: "Trump said this:", "Then she explained:". (A post's own "Mayor says:" is in the present.)
REPORTING_VERBS: frozenset[str] = frozenset(
    """
    said told asked answered explained declared announced continued countered argued
    claimed insisted warned urged noted stated remarked wondered shared
    """.split()
)

#: Words that point at what follows a colon: "he said this:", "Watch below:", "the following:".
POINTERS: frozenset[str] = frozenset("this these here below following above thus".split())

#: Words that lead into an embed on their own before a colon, as an article writes them
#: (capitalised, not in capitals: "WATCH:" is a post's own head): "Watch:", "Seriously:".
LEAD_IN_HEADS: frozenset[str] = frozenset(
    "watch look see listen read behold check take seriously indeed again also plus wow yes".split()
)

#: Nouns for a post, named in the article's words after a determiner ("this tweet",
#: "the replies", "his post"); a post's own "to a tweet" is no such mention.
EMBED_NOUNS: frozenset[str] = frozenset(
    "tweet tweets post posts reply replies response responses retweet retweets thread".split()
)

#: The determiners before them that point at one post: "this tweet", "her reply".
DETERMINERS: frozenset[str] = frozenset("the this that these those his her their its".split())

#: Words for the people who answer a post, or their answers: "Twitter users were quick
#: to react.", "Reaction was swift.", "His followers agreed.".
READER_WORDS: frozenset[str] = frozenset(
    "users followers commenters tweeters reaction reactions".split()
)

#: Platforms named as where a post stands: "on Twitter", "to Twitter".
PLATFORM_NAMES: frozenset[str] = frozenset("twitter facebook instagram".split())

#: The prepositions before them: "on Twitter", "took to Twitter", "via Facebook".
PLATFORM_PREPOSITIONS: frozenset[str] = frozenset("on to via from across".split())

#: How an article's comment between two embeds opens: "Not everyone agreed.",
#: "Others were less kind.", "Meanwhile, …", "Another user …".
COMMENT_OPENERS: tuple[str, ...] = (
    "not everyone",
    "not all",
    "others",
    "other users",
    "meanwhile",
    "however",
    "another user",
    "another twitter",
    "one user",
    "one twitter",
    "some users",
    "many users",
    "many others",
)
