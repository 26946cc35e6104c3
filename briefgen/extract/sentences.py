"""Split a paragraph into sentences, knowing "U.S.", "Mr." and "Joseph R. Biden, Jr.".

A small rule-based splitter: a sentence ends at ".", "!" or "?" (with any closing quotes or
brackets) before white space and a capital, digit or opening quote, or at a full stop
between two words with no space after it ("force.Russia") — unless the word before
the stop is a title or an initial (never an end), or an abbreviation such as "U.S." or "Jr."
followed by a word that does not usually start a sentence ("U.S. officials").

Each candidate stop looks only at the few characters around it, so splitting costs time in
proportion to the paragraph's length, however long the paragraph is.
"""

from __future__ import annotations

import re

#: Never end a sentence: titles and other abbreviations that precede a name or a number.
_NEVER = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
    "sgt", "adm", "cmdr", "amb", "hon", "rt", "rev", "sr", "st", "ft", "mt", "vol",
    "art", "sec", "para", "fig", "vs", "v", "cf", "approx", "dept", "est", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "pres", "supt", "messrs", "mme", "mmes", "gens", "reps", "sens", "govs", "lieut", "smt",
    "eng",
}
#: Abbreviations of a count ("No. 5", "Nos. 3 and 4"): never an end before a number.
_BEFORE_NUMBER = {"no", "nos", "art", "para", "vol", "fig", "sec"}
#: May end a sentence: only when the next word commonly starts one.
_MAYBE = {
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "jr", "inc", "ltd", "co", "corp", "llc", "a.m", "p.m",
    "etc", "d.c", "n.y", "s.a", "plc", "bros",
}
#: Given names written short, read as an initial is: "Ma. Cristina Reyes" (María),
#: "Mohd. Azmi" (Mohammad), "Md. Touhid" (Muhammad), "Wm. Carter" (William).
GIVEN_NAME_ABBREVIATIONS = frozenset({"Ma", "Mohd", "Muhd", "Md", "Wm", "Chas", "Jas", "Geo",
                                      "Thos", "Jos", "Benj", "Robt"})
_GIVEN_NAMES_SHORT = frozenset(name.lower() for name in GIVEN_NAME_ABBREVIATIONS)
#: Words that open a sentence and never a name.
_FUNCTION_STARTERS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "in", "on", "at", "for", "but", "and", "or", "as",
    "after", "before", "while", "when", "if", "there", "both", "all", "each", "during", "since",
    "under", "with", "however", "meanwhile", "today", "yesterday", "by", "from", "to",
}
#: Words that commonly open a sentence.
_STARTERS = _FUNCTION_STARTERS | {
    "president", "secretary", "officials", "prime", "still", "also", "earlier", "later", "last",
    "next", "among", "some", "many", "most", "no", "not", "according", "separately", "further",
}
#: States written by their initials, after which an office is the state's, not a new
#: sentence's subject: "the U.S. Secretary of State", "a U.S. President".
_STATE_INITIALS = {"u.s", "u.k", "u.n", "e.u", "u.s.a"}
_OFFICES = {"president", "secretary", "prime", "officials"}
#: Two capitalised words after a stop, which go on naming something ("Most Favored").
_NAME_GOES_ON = re.compile(r"\s+[A-Z][\w-]*\s+[A-Z]")
#: A stop before white space and what may begin a sentence, or one a space was left out
#: after, between two words ("… by force.Russia violated …").
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|"
                       r"(?<=[a-z]{2})\.(?=[A-Z][a-z]+\b)")
#: The word before a stop, read from a short window that ends at the stop.
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z.]*)$")
_WORD_AFTER = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z0-9]+)")
_WINDOW = 40


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, each with its own words and punctuation, trimmed."""
    return [sentence for _, sentence in sentence_spans(paragraph)]


def sentence_spans(paragraph: str) -> list[tuple[int, str]]:
    """Each sentence of a paragraph with the offset where it starts in the paragraph."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        if _is_boundary(paragraph, match.start(), end):
            _add_span(spans, paragraph, start, end)
            start = end
    _add_span(spans, paragraph, start, len(paragraph))
    return spans


def _add_span(spans: list[tuple[int, str]], paragraph: str, start: int, end: int) -> None:
    text = paragraph[start:end]
    sentence = text.strip()
    if sentence:
        spans.append((start + len(text) - len(text.lstrip()), sentence))


def _is_boundary(text: str, stop: int, end: int) -> bool:
    if text[stop] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, stop - _WINDOW), stop)
    if not word:  # a number ("3.5 percent.") or an ordinal ("October 1st.") ends a sentence
        return True
    token = word.group(1).lower().rstrip(".")
    next_word = _WORD_AFTER.match(text, end)
    following = next_word.group(1).lower() if next_word else ""
    if token in _BEFORE_NUMBER:
        return not following[:1].isdigit() and following in _STARTERS
    if token in _NEVER:
        return False
    if (len(token) == 1 and token.isalpha()) or token in _GIVEN_NAMES_SHORT:  # an initial:
        # "Joseph R. Biden", "Ma. Cristina Reyes"
        return following in _STARTERS
    if token in _STATE_INITIALS and (following in _OFFICES or (
            following not in _FUNCTION_STARTERS and _NAME_GOES_ON.match(text, end))):
        return False  # "the U.S. Secretary of State", "the U.S. Most Favored Nation tariff"
    if token in _MAYBE or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return following in _STARTERS
    return True
