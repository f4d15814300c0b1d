"""All of citekit's word data: the lists and tables that rules read, apart from the rules.

One module per kind of word (speech verbs, people and titles, organisations,
agencies, the calendar, what embeds and markup print). Data only: nothing here
decides where a word counts; the detectors do.
"""
