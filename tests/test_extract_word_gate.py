"""A gated pattern finds exactly what the pattern finds, and skips texts it cannot match."""

from __future__ import annotations

import re

import pytest

from briefgen.extract.word_gate import WordGated, word_keys

VISIT = re.compile(r"\b(?:state[- ]visits?|trips?)\b", re.I)
PLANS = re.compile(r"\b(?:will|plans? to)\s+(?:travel|host)\b", re.I)
COP = re.compile(r"\b(?:COP ?\d+|vote)\b")

CASES = [
    (VISIT, "The President will pay a state visit to Kenya."),
    (VISIT, "The State-Visit programme was announced."),
    (VISIT, "Her TRIPS abroad were short."),
    (VISIT, "The visitors left; no statement was made."),
    (VISIT, "The ſtate visit is planned."),  # a long s, which IGNORECASE reads as "s"
    (PLANS, "The minister plans to travel to Lima and will host the talks."),
    (PLANS, "No one spoke of travel."),
    (COP, "Delegates met at COP28 and again at COP 29 before the vote."),
    (COP, "The cop stopped the car."),
]


@pytest.mark.parametrize(("pattern", "text"), CASES)
def test_a_gated_pattern_finds_what_the_pattern_finds(pattern, text):
    gated = WordGated(pattern)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert bool(gated.search(text)) == bool(pattern.search(text))


def test_a_text_without_a_first_word_of_the_pattern_is_not_read():
    gated = WordGated(VISIT)
    assert not gated.may_match("The ministers met in Lima on Monday.")
    assert gated.may_match("A trip to Lima.")


def test_words_are_keyed_in_lower_case_with_digits_as_a_mark():
    assert word_keys("COP28 in İzmir, 2025") == {"cop#", "in", "izmir", "#"}


def test_only_a_pattern_that_begins_at_a_word_can_be_gated():
    with pytest.raises(ValueError, match="must begin at a word"):
        WordGated(re.compile(r"(?:state )?visits?\b"))
