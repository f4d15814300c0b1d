"""The text's own shape, shared by every stage: paragraphs and sentences, quotation marks, dates."""
