"""The words a regular expression can begin with, read from the expression itself.

`find_expressions` tries at each word only the rules that can start with it. Reading those
words off each rule's own pattern keeps that index from drifting when a rule changes.

A word is a maximal run of word characters, in lower case. Digits become "#": a pattern that
starts with a digit gives "#", one that starts with letters and then digits gives the
letters and "#" ("Q3" -> "q#", "FY2026" -> "fy#"). A leading apostrophe gives "'" ("'90s").
Lookarounds and anchors match nothing, so they are passed over: the words found are a
superset of those the pattern accepts, never a subset.
"""

from __future__ import annotations

import re
from re import _constants as c  # the standard library's own parser of regular expressions
from re import _parser as parser

__all__ = ["first_words", "token_key"]

_APOSTROPHES = "'’"
_LONGEST = 40  # a word this long is cut off: no rule begins with one


class UnsupportedPattern(ValueError):
    """A construct whose first words cannot be listed (a wildcard, a large letter class)."""


def token_key(token: str) -> str:
    """The index key of a token of running text, in the same terms as `first_words`."""
    if token[0].isdigit():
        return "#"
    if token[0] in _APOSTROPHES:
        return "'"
    letters = re.match(r"[^\W\d]*", token).group()
    return letters.lower() + ("#" if len(letters) < len(token) else "")


def first_words(pattern: str, flags: int = 0) -> frozenset[str]:
    """The keys (see `token_key`) of the words a match of `pattern` can begin with."""
    return frozenset(_walk(tuple(parser.parse(pattern, flags).data), ""))


def _chars(items) -> list[str]:
    """The characters a class can match, one digit standing for all digits."""
    out: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo > 5 and not chr(lo).isdigit():
                raise UnsupportedPattern("a large class of letters")
            out.extend(chr(i) for i in range(lo, hi + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            out.append("0")
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            out.append(" ")
        else:
            raise UnsupportedPattern(f"class member {op}")
    return list(dict.fromkeys("0" if ch.isdigit() else ch for ch in out))


def _starts_with_word_class(pattern) -> bool:
    first = pattern.data[0] if pattern.data else None
    if first is None:
        return False
    op, av = first
    if op is c.IN:
        return any(o is c.CATEGORY and a is c.CATEGORY_WORD for o, a in av)
    return op is c.CATEGORY and av is c.CATEGORY_WORD


def _step(ch: str, rest: tuple, word: str) -> set[str]:
    if ch.isdigit():
        return {word + "#"} if word else {"#"}
    if ch.isalpha() or ch == "_":
        if len(word) >= _LONGEST:
            return {word}
        return _walk(rest, word + ch.lower())
    if word:
        return {word}
    return {"'"} if ch in _APOSTROPHES else set()


def _walk(items: tuple, word: str) -> set[str]:
    """The words of the sequence `items`, given the word characters `word` already read."""
    if not items:
        if not word:
            raise UnsupportedPattern("a pattern that can match nothing")
        return {word}
    (op, av), rest = items[0], items[1:]
    if op is c.LITERAL:
        return _step(chr(av), rest, word)
    if op is c.IN:
        found: set[str] = set()
        for ch in _chars(av):
            found |= _step(ch, rest, word)
        return found
    if op is c.BRANCH:
        found = set()
        for alternative in av[1]:
            found |= _walk(tuple(alternative.data) + rest, word)
        return found
    if op is c.SUBPATTERN:
        return _walk(tuple(av[-1].data) + rest, word)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        least, most, body = av
        found = set()
        if least == 0:
            found |= _walk(rest, word)
        if most > 0:
            again = ((op, (max(least - 1, 0), most - 1, body)),) if most > 1 else ()
            found |= _walk(tuple(body.data) + again + rest, word)
        return found
    if op is c.ASSERT_NOT and av[0] == 1 and word and _starts_with_word_class(av[1]):
        return {word}  # "(?!\w)": the word ends here
    if op is c.AT and av is c.AT_BOUNDARY and word:
        return {word}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _walk(rest, word)
    if op is c.GROUPREF and word:
        return {word}
    raise UnsupportedPattern(f"{op} at the start of a word")
