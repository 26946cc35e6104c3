"""A clause read as a commitment: who acts, with what cue, to do what; the parties from who acts."""

from __future__ import annotations

import pytest

from briefgen.extract.clauses import commitment_parties, read_commitment, split_clauses

MAIN = ["Chile", "Peru"]


@pytest.mark.parametrize(
    ("clause", "agent", "act"),
    [
        ("The ministers agreed to open a border market", "The ministers", "open a border market"),
        ("Chile will fund two clinics", "Chile", "fund two clinics"),
        ("Peru has committed to lower duties", "Peru has", "lower duties"),
        ("They welcomed the launch of a rail dialogue", "They", "launch a rail dialogue"),
        ("The two presidents signed a water accord", "The two presidents", "sign a water accord"),
        ("Chile and Peru signed in Lima the Agreement on Visa Exemption", "Chile and Peru",
         "sign the Agreement on Visa Exemption"),
        ("The leaders announced a fund that will provide loans", "The leaders",
         "announce a fund that will provide loans"),
        ("We intend to expand seed banks", "We", "expand seed banks"),
        ("Guided by our commitment to open seas, we resolve to deepen naval ties",
         "Guided by our commitment to open seas, we", "deepen naval ties"),
    ],
)
def test_a_commitment_has_an_agent_a_cue_and_an_act(clause, agent, act):
    found = read_commitment(clause)
    assert found is not None
    assert (found.agent.strip(), found.act) == (agent, act)


@pytest.mark.parametrize("clause", ["The mayors toured the harbour", "Rain fell on the capital",
                                    "They recalled the accord signed in October, the initiative "
                                    "launched in 2018"])
def test_a_clause_without_a_cue_is_no_commitment(clause):
    assert read_commitment(clause) is None


@pytest.mark.parametrize(
    ("clause", "parties"),
    [
        ("The two leaders agreed to address challenges including the war in Ukraine",
         ["Chile", "Peru"]),
        ("Chile will remove barriers to Peruvian wine", ["Chile", "Peru"]),
        ("Chile has committed to join the steel forum", ["Chile"]),
        ("Peru and Chile pledged to share flood data", ["Chile", "Peru"]),
        ("Similarly, Japan will buy Chilean copper", ["Chile", "Japan"]),
        ("The President and his Peruvian counterpart signed a water accord", ["Chile", "Peru"]),
        ("The talks were long", None),
    ],
)
def test_parties_come_from_who_acts_not_from_every_country_named(clause, parties):
    assert commitment_parties(clause, MAIN) == parties


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        ("Chile will cut tariffs; Peru will open its ports.",
         [["Chile will cut tariffs"], ["Peru will open its ports."]]),
        ("Peru pledged to build a dam and to train engineers.",
         [["Peru pledged to build a dam", "to train engineers."]]),
        ("The ministers praised the talks, but the fishing quota remains unresolved.",
         [["The ministers praised the talks"], ["the fishing quota remains unresolved."]]),
        ("Chile raised the quota dispute and warned of retaliation.",
         [["Chile raised the quota dispute", "warned of retaliation."]]),
        ("Peru hosted the port summit, and today announced a new fund for dredging.",
         [["Peru hosted the port summit", "today announced a new fund for dredging."]]),
        ("The government committed to withdraw the police, and MMG agreed to fund a study.",
         [["The government committed to withdraw the police"], ["MMG agreed to fund a study."]]),
        ("Peru will secure reliable, affordable, and diversified fuel supplies.",
         [["Peru will secure reliable, affordable, and diversified fuel supplies."]]),
        ("They met in Lima, and the two ministers will meet again in May.",
         [["They met in Lima"], ["the two ministers will meet again in May."]]),
        ("Peru and Chile signed a water accord.", [["Peru and Chile signed a water accord."]]),
        ("Peru signed the accord, though talks on tolls stalled.",
         [["Peru signed the accord"], ["talks on tolls stalled."]]),
        ("He said “the problem is not solved,” but said the fund will open in May.",
         [["He said “the problem is not solved"], ["said the fund will open in May."]]),
        ("Lima called on Quito to halt the “forced and undignified” expulsion of traders.",
         [["Lima called on Quito to halt the “forced and undignified” expulsion of traders."]]),
        ('Lima called on Quito to halt the "forced and undignified" expulsion of traders.',
         [['Lima called on Quito to halt the "forced and undignified" expulsion of traders.']]),
        ("Workers will be registered before departure, and the Chilean side undertook to ease "
         "transfers.", [["Workers will be registered before departure"],
                        ["the Chilean side undertook to ease transfers."]]),
        ("They agreed to inspect the line, and Chile's state-run ENAP committed to repair it.",
         [["They agreed to inspect the line"], ["Chile's state-run ENAP committed to repair it."]]),
        ("Peru and Chile failed to agree on tolls, with the mediator saying they remain far "
         "apart on water rights.",
         [["Peru and Chile failed to agree on tolls"],
          ["the mediator saying they remain far apart on water rights."]]),
        ("Talks stalled over tolls, with Peru insisting on lower fees.",
         [["Talks stalled over tolls, with Peru insisting on lower fees."]]),  # the same matter
        ("Both sides expressed concern about the floods and spoke in favour of a joint fund.",
         [["Both sides expressed concern about the floods",
           "spoke in favour of a joint fund."]]),
    ],
)
def test_a_sentence_splits_into_clauses_and_coordinated_pieces(sentence, groups):
    assert split_clauses(sentence) == groups
