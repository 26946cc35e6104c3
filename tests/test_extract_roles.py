"""The vocabulary that tells a name from a role, an office, a place or a headline."""

from __future__ import annotations

import pytest

from briefgen.extract.roles import (
    is_government_building,
    is_name_word,
    is_role_word,
    title_case,
)


@pytest.mark.parametrize(
    ("word", "name"),
    [("Lind", True), ("McGurk", True), ("DiMarco", True), ("el-Sisi", True),
     ("Secretary", False), ("Deputy", False), ("Affairs", False), ("Japan", False),
     ("Florida", False), ("Declaration", False), ("NATO", False), ("the", False)],
)
def test_name_words_are_capitalised_and_neither_roles_nor_places(word, name):
    assert is_name_word(word) is name


@pytest.mark.parametrize("word", ["Minister", "Prime", "Council", "U.S.", "Canada"])
def test_role_words(word):
    assert is_role_word(word)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("President Trump Brokers Another Historic Peace Deal", True),
        ("Readout of President Joe Biden’s Call with Prime Minister Ava Stone of Norway", True),
        ("Special Envoy Lena Ortiz and Sam Reyes met Ivan Petrov.", False),
        ("The President spoke with the Prime Minister.", False),
        ("Good Day", False),
    ],
)
def test_a_title_case_headline_has_no_lowercase_word_but_function_words(text, headline):
    assert title_case(text) is headline


@pytest.mark.parametrize(
    ("name", "building"),
    [("Downing Street", True), ("The Kremlin", True), ("Quai d’Orsay", True),
     ("the White House", True), ("Wisma Putra", True), ("Ana Putra", False),
     ("Kremlin Ray", False)],
)
def test_a_building_that_stands_for_a_government_is_known_however_it_is_written(name, building):
    assert is_government_building(name) is building
