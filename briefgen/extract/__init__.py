"""Drafting briefings from articles: reading, sentences, dates, names, and the items."""
