"""Split a paragraph into sentences, knowing "U.S.", "Mr." and "Joseph R. Biden, Jr.".

A small rule-based splitter: a sentence ends at ".", "!" or "?" (with any closing quotes or
brackets) before white space and a capital, digit or opening quote — unless the word before
the stop is a title or an initial (never an end), or an abbreviation such as "U.S." or "Jr."
followed by a word that does not usually start a sentence ("U.S. officials").
"""

from __future__ import annotations

import re

#: Never end a sentence: titles and other abbreviations that precede a name or a number.
_NEVER = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
    "sgt", "adm", "cmdr", "amb", "hon", "rev", "sr", "st", "ft", "mt", "no", "nos", "vol",
    "art", "sec", "para", "fig", "vs", "v", "cf", "approx", "dept", "est", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "pres", "supt", "messrs", "mme", "mmes",
}
#: May end a sentence: only when the next word commonly starts one.
_MAYBE = {
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "jr", "inc", "ltd", "co", "corp", "llc", "a.m", "p.m",
    "etc", "d.c", "n.y", "s.a", "plc", "bros",
}
_STARTERS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "in", "on", "at", "for", "but", "and", "or", "as",
    "after", "before", "while", "when", "if", "there", "both", "all", "each", "during", "since",
    "under", "with", "president", "secretary", "officials", "prime", "however", "meanwhile",
    "still", "also", "today", "yesterday", "earlier", "later", "last", "next", "among", "some",
    "many", "most", "no", "not", "by", "from", "to", "according", "separately", "further",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, each with its own words and punctuation, trimmed."""
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        if _is_boundary(paragraph, match.start(), end):
            sentence = paragraph[start:end].strip()
            if sentence:
                sentences.append(sentence)
            start = end
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _is_boundary(text: str, stop: int, end: int) -> bool:
    if text[stop] != ".":
        return True
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[:stop])
    if not word:
        return True
    token = word.group(1).lower().rstrip(".")
    next_word = re.match(r"\s+[\"'“‘(\[]?([A-Za-z0-9]+)", text[end:])
    following = next_word.group(1).lower() if next_word else ""
    if token in _NEVER:
        return False
    if len(token) == 1 and token.isalpha():  # an initial: "Joseph R. Biden"
        return following in _STARTERS
    if token in _MAYBE or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return following in _STARTERS
    return True
