"""The reading: units, tokens, phrases, clauses, and every speaker resolved to an entity.

Quotes, sources and hedges all read the same attribution clauses, so the
reading is a stage of the pipeline of its own, run once per article.
"""
