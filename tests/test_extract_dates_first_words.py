"""The first-word index: which rules `find_expressions` tries at a word, read off the rules."""

from __future__ import annotations

import re

import pytest

from briefgen.extract.dates import finder, resolution, rules
from briefgen.extract.dates.first_words import UnsupportedPattern, first_words, token_key

FIRST_WORDS = [
    # literal words, alternatives and optional parts
    (r"next\s+week", {"next"}),
    (r"(?:early|late)\s+spring", {"early", "late"}),
    (r"(?:the\s+)?summer", {"the", "summer"}),
    # digits stand for any number; letters before digits keep their letters
    (r"\d{4}", {"#"}),
    (r"Q[1-4]", {"q#"}),
    (r"FY\s?\d{2}", {"fy", "fy#"}),
    (r"['’]\d0s", {"'"}),
    # a word ends where a lookahead forbids a word character, or at a separator
    (r"(?:Apr)(?![\w-])\.?(?:and)?", {"apr"}),
    (r"Sept\.?\s+\d", {"sept"}),
    # lookarounds match nothing: the words after them count
    (r"(?<!Good\s)Friday", {"friday"}),
    (r"(?<=\()\d{4}(?=\))", {"#"}),
]


@pytest.mark.parametrize(("pattern", "words"), FIRST_WORDS, ids=[p for p, _ in FIRST_WORDS])
def test_first_words_lists_every_word_a_match_can_begin_with(pattern, words):
    assert first_words(pattern, re.IGNORECASE) == words


@pytest.mark.parametrize("pattern", [r".+day", r"[A-Za-z]+\d", r"(?:x)?"])
def test_a_pattern_whose_first_words_cannot_be_listed_is_refused(pattern):
    with pytest.raises(UnsupportedPattern):
        first_words(pattern)


TOKENS = [("2026", "#"), ("1Q26", "#"), ("'", "'"), ("Q3", "q#"), ("FY2026", "fy#"),
          ("April", "april"), ("Sept", "sept"), ("MONDAY", "monday")]


@pytest.mark.parametrize(("token", "key"), TOKENS)
def test_a_token_is_looked_up_by_the_same_key_as_the_first_words(token, key):
    assert token_key(token) == key


def test_every_rule_of_running_text_is_in_the_index_and_only_those():
    indexed = set().union(*rules.FIRST_WORD_INDEX.values())
    assert indexed == {name for name, kind, _ in rules.RULES if kind != "N"}


@pytest.mark.parametrize(
    ("word", "rule"),
    [("April", "my"), ("Monday", "weekday"), ("the", "quarter"), ("2026", "year"),
     ("three", "ago"), ("Christmas", "holiday"), ("Q4", "q_year"), ("mid", "year_mod")],
)
def test_a_word_selects_the_rules_that_begin_with_it(word, rule):
    assert rule in rules.FIRST_WORD_INDEX[token_key(word)]


def test_a_word_no_rule_begins_with_selects_no_pattern():
    assert finder.pattern_for("agreement") is None


def test_every_rule_has_a_handler_and_every_handler_a_rule():
    assert set(resolution.HANDLERS) == {name for name, _, _ in rules.RULES}
