"""Regular expressions tried only on texts holding a word they can begin with.

Most event patterns find nothing in most clauses, yet reading a clause with one costs as
much as a match. The words a pattern can begin with are read off the pattern itself
(`first_words`, as the date finder reads its rules); a text's words are read once, and a
pattern none of whose first words is a word of the text is known to find nothing without
being run. That holds for a pattern whose every alternative begins with `\\b` and a letter
and ends its first word where a word of the text ends: before a space, a mark, `\\b` or a
lookahead asking for a space ("visits?\\b", "travel(?:s|ing)?\\s+to"), not inside a longer
word ("intensify" would miss "intensifying").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from briefgen.extract.dates.first_words import first_words, token_key

_WORD = re.compile(r"\w+")


class WordGated:
    """A compiled pattern with `search` and `finditer` that skip texts it cannot match."""

    def __init__(self, pattern: re.Pattern) -> None:
        if not pattern.pattern.startswith(r"\b"):
            raise ValueError(f"a gated pattern must begin at a word: {pattern.pattern[:40]}")
        self.pattern = pattern
        self.first_words = first_words(pattern.pattern, pattern.flags)

    def may_match(self, text: str) -> bool:
        return not self.first_words.isdisjoint(word_keys(text))

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


@functools.lru_cache(maxsize=64)  # the same clause is asked about by several patterns in turn
def word_keys(text: str) -> frozenset[str]:
    """The text's words in the terms of `first_words` (lower case, digits as "#")."""
    words = set(_WORD.findall(as_ascii_case(text).lower()))
    odd = [word for word in words if not word.isalpha()]  # few words hold a digit or "_"
    words.difference_update(odd)
    words.update(map(token_key, odd))
    return frozenset(words)


def as_ascii_case(text: str) -> str:
    """The text with the only letters but ASCII ones that `re.IGNORECASE` takes for ASCII
    letters ("ſ" for "s", dotted and dotless "i") written as those letters."""
    if text.isascii():
        return text
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s")
