"""Finding date expressions in a sentence: try the rules that can begin at each word."""

from __future__ import annotations

import re

from briefgen.extract.dates import resolution
from briefgen.extract.dates.arithmetic import Date
from briefgen.extract.dates.rules import (
    KINDS,
    TOKEN_RX,
    WINDOW,
    is_trigger,
    may_hold_trigger,
    pattern_for,
)
from briefgen.extract.dates.vocabulary import NOT_YEAR_PREPOSITIONS, PREPOSITIONS

_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(" + PREPOSITIONS + r")\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?<!\w)an?\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:for|and|the|was|were|are|has|had|will|would|that|this|"
                         r"with|from)\b)[a-z]{3,}\b")
# "the first time in eight years", "its lowest level in a decade", "the first visit by a
# Japanese minister in five years": a span looked back over, not a date ahead.
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|last|only|highest|lowest|largest|biggest|smallest|worst|best|strongest|"
    r"weakest|fastest|slowest|sharpest|steepest|deepest|longest|most|least)\b"
    r"(?:\s+(?!(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|"
    r"to|begins?|starts?|opens?|takes?|comes?|due|set|expected|scheduled|planned|held|"
    r"opening|beginning)\b)[\w’'-]+){0,6}\s+$", re.IGNORECASE)
# Any date: a match is tried against it to reject what is not a real date ("February 30").
_CHECK_DATE = Date(2000, 6, 15)


def find_expressions(sentence: str) -> list[tuple[int, int, str]]:
    """The temporal expressions in a sentence: (start, end, text), in order, not overlapping.

    At each position the longest form is taken ("April 2026", not "April"). A leading
    preposition is left out of the span unless it changes the meaning ("in two weeks",
    "within 90 days", "for 90 days"), so every text found can be given to `normalize`.
    Plain numbers are not dates ("24 percentage points", "Section 301", "1,000 troops").
    """
    if not may_hold_trigger(sentence):
        return []
    tokens = [(m.start(), m.group()) for m in TOKEN_RX.finditer(sentence)]
    # Try matching only at the tokens up to WINDOW before a trigger word.
    candidates = bytearray(len(tokens))
    for i, (_, token) in enumerate(tokens):
        if is_trigger(token):
            candidates[max(0, i - WINDOW + 1):i + 1] = b"\x01" * (i + 1 - max(0, i - WINDOW + 1))
    found: list[tuple[int, int, str]] = []
    done = 0
    for i, (pos, token) in enumerate(tokens):
        if not candidates[i] or pos < done:
            continue
        pattern = pattern_for(token)
        m = pattern.match(sentence, pos) if pattern else None
        if m is None:
            continue
        rule = m.lastgroup
        if KINDS[rule] == "W":
            # A bare month, season or year needs a preposition before it ("in April").
            pre = _PREPOSITION_BEFORE.search(sentence, max(0, pos - 30), pos)
            if pre is None and rule == "month" and _DETERMINER_BEFORE.search(
                    sentence, max(0, pos - 8), pos) and _NOUN_AFTER.match(sentence, m.end()):
                pass  # a month that says which one of a thing: "a December meeting" ("the
                # September meeting" points back at one told before)
            elif pre is None or (rule == "year" and
                                 pre.group(1).lower() in NOT_YEAR_PREPOSITIONS):
                continue
        if rule == "dur_in" and _SUPERLATIVE_BEFORE.search(sentence, max(0, pos - 60), pos) and \
                token.lower() != "within":  # "its first plan within 60 days": a deadline
            continue
        try:
            resolution.apply(m, resolution.Context(_CHECK_DATE))
        except (ValueError, KeyError, StopIteration):
            continue  # not a real date ("February 30")
        start, end = m.span()
        found.append((start, end, sentence[start:end]))
        done = end
    return found

