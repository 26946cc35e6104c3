"""A label ends on the head of its phrase, never on a word waiting for one."""

from __future__ import annotations

import pytest

from briefgen.extract.label_words import ends_on_modifier


@pytest.mark.parametrize(
    "label",
    ["Promote safe", "Expand the supply of raw", "Build an orderly", "Fund regional",
     "Develop sustainable", "Assist the islands with both finance", "Repair the roads of those",
     "Secure the ports and", "Send envoys who will", "Stand with Freedonia against Ruritania’s",
     "Condemn Ruritania’s unprovoked", "Help farmers in low", "Depletion of stocks by illegal",
     "Floods in the north and the need", "Expand cooperation in the meetings co-chaired",
     "Send a mission of long-term", "Hold talks at the ministerial and high-level"],
)
def test_a_label_may_not_end_on_a_modifier(label):
    assert ends_on_modifier(label)


@pytest.mark.parametrize(
    "label",
    ["Promote safe vaccines", "Control the pandemic", "Launch a joint initiative",
     "Expand information sharing", "Ensure that trade is mutually beneficial",
     "Act as necessary", "Serve both countries", "Sign the Treaty of Friendship",
     "Reach a settlement", "Name a special envoy", "Work with each other",
     "Changes to the status quo by either side", "The council’s abiding will",
     "The levy was not renewed", "A market that is open and fair", "Apply where applicable",
     "Consult on energy markets in the long-term",
     "Consult on energy markets in the near- and long-term",
     "A court ruling declaring the port levy unconstitutional",
     "Regulators deemed the merger illegal",
     "Its decision to no longer consider the dams illegal",
     "Tolls in the Delft estuary", "Dams on a tributary", "Detention of a Brelish national"],
)
def test_a_label_may_end_on_a_noun_or_a_predicate(label):
    assert not ends_on_modifier(label)


def test_a_quotation_closed_by_a_single_mark_is_no_possessive_waiting_for_its_noun():
    assert not ends_on_modifier("launch the ‘Education Exchange’")
    assert ends_on_modifier("against Russia’s")
