"""Canonical names of states and organisations."""

from __future__ import annotations

import pytest

from briefgen.extract.names import (
    US_STATES,
    canonical,
    find_parties,
    in_a_phrase,
    short_state_names,
)


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("U.S.", "United States"), ("US", "United States"), ("America", "United States"),
        ("PRC", "China"), ("People’s Republic of China", "China"), ("Chinese", "China"),
        ("Türkiye", "Turkey"), ("DPRK", "North Korea"), ("ROK", "South Korea"),
        ("EU", "European Union"), ("ASEAN", "ASEAN"), ("African Union", "African Union"),
        ("Washington", "United States"), ("Kyiv", "Ukraine"), ("Narnia", None),
        ("the Kingdom of Morocco", "Morocco"), ("Sultanate of Oman", "Oman"),
        ("Federal Republic of Nigeria", "Nigeria"), ("Bank of England", None),
        ("Kingdom of Narnia", None),
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
        ("the South American bloc and Latin American states", []),
        ("American and Chinese officials", ["United States", "China"]),
        ("Malawi and its creditors", ["Malawi"]),
        ("Turkmen and Azerbaijani officials signed", ["Turkmenistan", "Azerbaijan"]),
        ("Greek Cypriot and Turkish Cypriot leaders", ["Greece", "Cyprus", "Turkey"]),
        ("talks in Geneva", []),
        ("Guinea-Bissau and Guinea", ["Guinea-Bissau", "Guinea"]),
        ("St. Kitts and Nevis and Antigua and Barbuda", ["Saint Kitts and Nevis",
                                                         "Antigua and Barbuda"]),
        ("Dominica and the Dominican Republic", ["Dominica", "Dominican Republic"]),
        ("Tuvalu offered to host the meeting", ["Tuvalu"]),
        ("piracy in the Gulf of Guinea worries Ghana", ["Ghana"]),
        ("patrols in the Sea of Japan and the Gulf of Oman", []),
        ("the Philippines and Vietnam held drills in the South China Sea",
         ["Philippines", "Vietnam"]),
        ("peace on the Korean Peninsula and in the Indian Ocean", []),
        ("Peru will pay 210 billion soles (US$56 million)", ["Peru"]),
        ("Arrears reached 14.6 million US dollars, Peru said.", ["Peru"]),
        ("all Bissau-Guinean political stakeholders", ["Guinea-Bissau"]),
        ("a loan of U.S.$ 2 billion to the US Treasury", ["United States"]),
    ],
)
def test_find_parties_without_capitals(text, parties):
    assert find_parties(text) == parties


def test_capitals_stand_for_states_only_when_asked():
    assert find_parties("talks between Washington and Beijing", capital_as_state=True) == [
        "United States", "China"]



@pytest.mark.parametrize("place", ["Florida", "Arizona", "Washington"])
def test_us_states_are_known_places(place):
    assert place in US_STATES


@pytest.mark.parametrize(("text", "headline"), [
    ("integrity of the Republic of South Sudan", "integrity of South Sudan"),
    ("the Kingdom of Saudi Arabia and the State of Qatar", "Saudi Arabia and Qatar"),
    ("Socialist Republic of Viet Nam to buy aircraft", "Viet Nam to buy aircraft"),
    ("United Republic of Tanzania to host the summit", "Tanzania to host the summit"),
    # a short name that could mean another state, and a formal name inside a longer one
    ("Republic of Korea to invest", "Republic of Korea to invest"),
    ("the Democratic People's Republic of Korea", "the Democratic People's Republic of Korea"),
    ("the Republic of the Congo", "the Republic of the Congo"),
    ("the Bank of England", "the Bank of England"),
])
def test_a_formal_state_name_is_written_as_headlines_write_it(text, headline):
    assert short_state_names(text) == headline


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Caracas rejected the ruling.", ["Venezuela"]),
        ("Georgetown and Nairobi welcomed the decision.", ["Guyana", "Kenya"]),
        ("Addis Ababa has said it will not sign.", ["Ethiopia"]),
        ("Both sides will resume talks in Doha.", []),
        ("Moscow sent a delegation to Caracas.", ["Russia"]),
    ],
)
def test_a_seat_of_government_stands_for_its_state_where_it_acts_not_where_it_is_a_place(
        text, parties):
    assert find_parties(text, capital_as_state=True) == parties


@pytest.mark.parametrize(("state", "phrase"), [
    ("Democratic Republic of the Congo", "the Democratic Republic of the Congo"),
    ("Solomon Islands", "the Solomon Islands"),
    ("Gambia", "the Gambia"),
    ("Chile", "Chile"),
])
def test_a_state_is_written_with_the_article_a_phrase_gives_it(state, phrase):
    assert in_a_phrase(state) == phrase
