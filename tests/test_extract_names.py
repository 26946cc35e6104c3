"""Canonical names of states and organisations, and people with their roles."""

from __future__ import annotations

import pytest

from briefgen.extract.names import canonical, find_parties
from briefgen.extract.people import Person, find_people


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("U.S.", "United States"), ("US", "United States"), ("America", "United States"),
        ("PRC", "China"), ("People’s Republic of China", "China"), ("Chinese", "China"),
        ("Türkiye", "Turkey"), ("DPRK", "North Korea"), ("ROK", "South Korea"),
        ("EU", "European Union"), ("ASEAN", "ASEAN"), ("African Union", "African Union"),
        ("Washington", "United States"), ("Kyiv", "Ukraine"), ("Narnia", None),
    ],
)
def test_canonical_names(name, state):
    assert canonical(name) == state


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("the U.S. and China are exploring expansion", ["United States", "China"]),
        ("Chinese President Xi met Japanese officials", ["China", "Japan"]),
        ("talks between Washington and Beijing", []),
        ("the EU and the African Union signed", ["European Union", "African Union"]),
        ("let us meet", []),
        ("South Korea and North Korea", ["South Korea", "North Korea"]),
    ],
)
def test_find_parties_without_capitals(text, parties):
    assert find_parties(text) == parties


def test_capitals_stand_for_states_only_when_asked():
    assert find_parties("talks between Washington and Beijing", capital_as_state=True) == [
        "United States", "China"]


@pytest.mark.parametrize(
    ("texts", "people"),
    [
        (["White House Press Secretary Karoline Leavitt said so."],
         [Person("Karoline Leavitt", "White House Press Secretary")]),
        (["Chinese President Xi Jinping called."], [Person("Xi Jinping", "President of China")]),
        (["President Joseph R. Biden, Jr. spoke with President Uhuru Kenyatta of Kenya."],
         [Person("Joseph R. Biden, Jr.", "President"),
          Person("Uhuru Kenyatta", "President of Kenya")]),
        (["Prime Minister Mustafa Al-Kadhimi of Iraq met Secretary Blinken."],
         [Person("Mustafa Al-Kadhimi", "Prime Minister of Iraq"),
          Person("Blinken", "Secretary")]),
        (["President Donald Trump spoke.", "Later President Trump left."],
         [Person("Donald Trump", "President")]),
        (["President Joe Biden and First Lady Jill Biden will host President Macron."],
         [Person("Joe Biden", "President"), Person("Jill Biden", "First Lady"),
          Person("Macron", "President")]),
        (["Readout of President Biden’s Meeting with Chancellor Scholz"],
         [Person("Biden", "President"), Person("Scholz", "Chancellor")]),
        (["Israeli Prime Minister Benjamin Netanyahu's office said so."],
         [Person("Benjamin Netanyahu", "Prime Minister of Israel")]),
        (["The President of the United States spoke."], []),
    ],
)
def test_find_people_with_roles(texts, people):
    assert find_people(texts) == people
