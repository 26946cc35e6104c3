"""A name is found where it stands alone in a text, as a whole-word pattern finds it."""

from __future__ import annotations

import re

import pytest

from briefgen.extract.phrases import standing_alone

CASES = [
    ("Lind met Wu Ming; Wu said the talks went well.", "Wu"),
    ("Wu-led talks and the Wuhan office, then Wu.", "Wu"),
    ("Lind_2 and 2Lind are handles, not Lind.", "Lind"),
    ("LindLind Lind", "Lind"),
    ("Éva Nagy met Évan Nagy and Nagy’s aide.", "Nagy"),
    ("Donald J. Trump, Jr. spoke; Donald J. Trump, Jr.-style remarks followed.",
     "Donald J. Trump, Jr."),
    ("Aaa Aaa Aaa", "Aaa Aaa"),
    ("Mr. Ono", "Ono"),
    ("Ono", "Ono"),
    ("nothing here", "Ono"),
    ("Ono²", "Ono"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_name_stands_alone_where_a_whole_word_pattern_finds_it(text, name):
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    assert list(standing_alone(text, name)) == [m.start() for m in pattern.finditer(text)]


def test_a_name_inside_a_longer_word_or_hyphenated_is_not_there():
    assert list(standing_alone("Xinjiang and Xi-led talks", "Xi")) == []
    assert list(standing_alone("Xinjiang and Xi", "Xi")) == [13]
