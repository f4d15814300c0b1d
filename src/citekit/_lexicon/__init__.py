"""All of citekit's word data: the lists and tables that rules read, apart from the rules.

One module per kind of word: speech verbs with all their forms
(``speech_verbs``), people and titles (``people``), organisations, outlets,
documents, places, function words, anonymity, hedges, time words and
abbreviations (what the reading and the quotes, sources and hedges detectors
read); agencies, given names, credit words, the calendar, and what embeds and
markup print. Data only: nothing here decides where a word counts; the
detectors do.
"""
