"""Regular expressions tried only on texts holding a word they can begin with.

Most cue patterns find nothing in most sentences, yet reading a sentence with one costs as
much as a match. The words a pattern can begin with are read off the pattern itself
(`first_words`, as the date finder reads its rules); a text's words are read once, and a
pattern none of whose first words begins a word of the text is known to find nothing
without being run. A first word is compared as the beginning of a word of the text ("intensify"
also for "intensifying"), since a pattern need not end its first word where the text does.
This holds for patterns whose every alternative begins with `\\b` and a letter.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from briefgen.extract.dates.first_words import first_words

_WORD = re.compile(r"\w+")
#: The only characters but ASCII letters that `re.IGNORECASE` matches with ASCII letters.
AS_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
#: First words are compared by their first letters, at most this many.
_LONGEST = 12


class WordGated:
    """A compiled pattern with `search` and `finditer` that skip texts it cannot match."""

    def __init__(self, pattern: re.Pattern) -> None:
        if not pattern.pattern.startswith(r"\b"):
            raise ValueError(f"a gated pattern must begin at a word: {pattern.pattern[:40]}")
        self.pattern = pattern
        # "#" stands for a digit in `first_words`: "cop#" begins with "cop".
        self.beginnings = frozenset(word.split("#")[0][:_LONGEST]
                                    for word in first_words(pattern.pattern, pattern.flags))

    def may_match(self, text: str) -> bool:
        return "" in self.beginnings or not self.beginnings.isdisjoint(word_beginnings(text))

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


@functools.lru_cache(maxsize=64)  # the same clause is asked about by several patterns in turn
def word_beginnings(text: str) -> frozenset[str]:
    """Every beginning of every word of the text, in lower case: "Talks" → t, ta, tal, …"""
    words = set(_WORD.findall(text.translate(AS_ASCII).lower()))
    return frozenset(word[:size] for word in words
                     for size in range(1, min(len(word), _LONGEST) + 1))
