"""Where a post's words begin in flattened text: tweets planted between article sentences.

The core property of issue 15: an article of generated sentences, with
tweets between them, laid out one paragraph a line or with every line break
lost (glued or spaced), gives back each post with exactly the words it was
built from.
"""

from __future__ import annotations

from hypothesis import given

import citekit
from embed_strategies import PlantedArticle, PlantedCaption, facebook_embeds, flattened_articles


@given(flattened_articles())
def test_each_posts_words_come_back_exactly(planted: PlantedArticle) -> None:
    posts = citekit.parse_article(planted.text).posts
    assert [(p.handle, p.text) for p in posts] == [(w.handle, w.words) for w in planted.posts]
    for post, want in zip(posts, planted.posts, strict=True):
        assert post.author == want.author
        assert post.date is not None
        assert post.date.isoformat()[:10] == want.day.isoformat()


@given(facebook_embeds())
def test_a_facebook_captions_words_come_back(planted: PlantedCaption) -> None:
    (post,) = citekit.parse_article(planted.text).posts
    assert post.platform == "facebook"
    assert post.author == planted.author
    assert post.text == planted.words
    assert post.date is not None
    assert post.date.isoformat()[:10] == planted.day.isoformat()
