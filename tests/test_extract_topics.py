"""Issue topics named after a cue phrase, one per distinct coordinated noun phrase."""

from __future__ import annotations

import pytest

from briefgen.extract.topics import cue_topics, split_coordination


@pytest.mark.parametrize(
    ("clause", "topics"),
    [
        ("The minister raised concerns over the blockade of the northern ports.",
         ["the blockade of the northern ports"]),
        ("She stressed the importance of keeping calm along the river border and the safety "
         "of fishing crews in the Gulf of Tonkin.",
         ["keeping calm along the river border",
          "the safety of fishing crews in the Gulf of Tonkin"]),
        ("The envoys called for an immediate halt to shelling, which has displaced thousands.",
         ["an immediate halt to shelling"]),
        ("The council condemned attacks on aid convoys.", ["attacks on aid convoys"]),
        ("Arden has raised the carbon levy as a specific trade concern at the Council for "
         "Trade in Goods.", ["the carbon levy"]),
        ("They discussed the situation in Sudan.", ["situation in Sudan"]),
        ("They discussed the situation in Gaza, Sudan and Libya.",
         ["situation in Gaza, Sudan and Libya"]),
        ("They discussed the situation in Gaza, Prime Minister Lind said.", ["situation in Gaza"]),
        ("They expressed concern over Ostia's missile programme, including its launches this "
         "year, and over deepening military ties between Ostia and Veldora.",
         ["Ostia's missile programme", "deepening military ties between Ostia and Veldora"]),
        ("They addressed the situation in the West Bank and prevent attacks.",
         ["situation in the West Bank"]),
        ("They stood together against Ruritania’s unprovoked aggression against Freedonia.",
         ["Ruritania’s unprovoked aggression against Freedonia"]),
        ("Sorland restated its rejection of Ruritania’s unprovoked and unjustifiable "
         "aggression against Freedonia.",
         ["Ruritania’s unprovoked and unjustifiable aggression against Freedonia"]),
        ("The envoy stressed the need to avoid steps that could stoke unrest in the valley.",
         ["avoid steps that could stoke unrest in the valley"]),
        ("The deal secures the port from the threat of piracy in the strait.",
         ["threat of piracy in the strait"]),
        ("They discussed the threat Ruritania poses to river trade.",
         ["the threat Ruritania poses to river trade"]),
        ("The allies discussed the threat posed by the spread of armed river drones.",
         ["the spread of armed river drones"]),
        ("The ministers voiced concern over the risk posed by drifting mines to river ferries.",
         ["the risk posed by drifting mines to river ferries"]),
        ("The envoys discussed the threat posed by drones to shipping in the strait.",
         ["threat posed by drones to shipping in the strait"]),
        ("She highlighted the challenges posed by climate change to island states.",
         ["challenges posed by climate change to island states"]),
        ("The envoys discussed cyber threats from Ruritania.", ["cyber threats from Ruritania"]),
        ("The envoys discussed the growing maritime threats to river trade.",
         ["maritime threats to river trade"]),  # how grave is no part of what
        ("They discussed a grave and serious threat to river trade.", ["threat to river trade"]),
        ("The envoys discussed nuclear threats posed by Ruritania.",
         ["nuclear threats posed by Ruritania"]),  # a name alone is no matter
        ("The envoys discussed the threat posed by the Free Army of Sorland.",
         ["threat posed by the Free Army of Sorland"]),
        ("The envoys condemned the siege of the city by starving its people.",
         ["the siege of the city"]),
        ("Hauliers want an end to the roadblocks on the border road.",
         ["the roadblocks on the border road"]),
        ("The valley has endured long power cuts.", ["long power cuts"]),
        ("Hauliers are frustrated by the slow pace of work on the tunnel.",
         ["the slow pace of work on the tunnel"]),
        ("The port is still grappling with a shortage of cranes.", ["a shortage of cranes"]),
        ("The mayors met to plan the harvest festival.", []),
        ("They voiced concern over the Republic of Sorland’s (RS’s) missile tests.",
         ["the Republic of Sorland’s (RS’s) missile tests"]),
        ("They voiced concern over the missile tests (first reported in May).",
         ["the missile tests"]),
        ("The Council notes with dismay the continued closure of the border crossings.",
         ["the continued closure of the border crossings"]),
        ("The Council noted with alarm the reports of mass killings in the valley.",
         ["the reports of mass killings in the valley"]),
        ("We note with regret the passing of the former President.", []),
        ("The ministers condemned the shelling of the port strongly.",
         ["the shelling of the port"]),
        ("We note with concern that the arrears of contributions to the fund amount to 14.6 "
         "million dollars, and call on members to settle them.",
         ["the arrears of contributions to the fund"]),
        ("The Council is concerned that the ceasefire remains fragile.", ["the ceasefire"]),
    ],
)
def test_cue_phrases_name_the_topic_that_follows(clause, topics):
    assert cue_topics(clause) == topics


def test_in_a_commitment_only_concerns_threats_and_condemnations_name_issues():
    clause = "The leaders pledged to counter threats to shipping and called for open markets."
    assert cue_topics(clause, strong_only=True) == ["threats to shipping"]


@pytest.mark.parametrize(
    ("phrase", "parts"),
    [
        ("peace and stability in the strait", ["peace and stability in the strait"]),
        ("the grain shortage and the fuel shortage", ["the grain shortage", "the fuel shortage"]),
        ("the war in Ruritania and the conflict in Freedonia",
         ["the war in Ruritania", "the conflict in Freedonia"]),
        ("Sudan, Chad and South Sudan", ["Sudan", "Chad", "South Sudan"]),
        ("the detention of Ann Lee and Bo Chan", ["the detention of Ann Lee and Bo Chan"]),
        ("the fighting between the Ardenian army and the Free Brel militia in the north",
         ["the fighting between the Ardenian army and the Free Brel militia in the north"]),
        ("criminal groups in the area between Tarn and the province of Oss",
         ["criminal groups in the area between Tarn and the province of Oss"]),
        ("attacks on ships in the Red Sea and the Gulf of Aden",
         ["attacks on ships in the Red Sea and the Gulf of Aden"]),
        ("violations of its airspace by military aircraft and over the activities of tankers",
         ["violations of its airspace by military aircraft", "the activities of tankers"]),
        ("developments in the Tarn Sea, the humanitarian situation in Brel and the conflict in "
         "Oss", ["developments in the Tarn Sea", "the humanitarian situation in Brel",
                 "the conflict in Oss"]),
        ("piracy in the strait, as well as over illegal fishing",
         ["piracy in the strait", "illegal fishing"]),
    ],
)
def test_distinct_coordinated_topics_are_split_and_pairs_of_words_are_not(phrase, parts):
    assert split_coordination(phrase) == parts


@pytest.mark.parametrize(
    ("clause", "topics"),
    [
        ("The UN warned of a looming famine in Gaza.", ["a looming famine in Gaza"]),
        ("They expressed concern over the risk of escalation if talks fail.",
         ["the risk of escalation"]),
        ("He drew attention to the long queues of trucks at the crossing, where drivers staged "
         "a protest last week.", ["the long queues of trucks at the crossing"]),
        ("Our concerns about the use of Ardenian soil by armed groups are well known.",
         ["the use of Ardenian soil by armed groups"]),
    ],
)
def test_a_warning_names_what_it_warns_of_and_a_condition_ends_the_topic(clause, topics):
    assert cue_topics(clause) == topics


def test_a_second_act_joined_by_and_ends_the_topic():
    assert cue_topics("We affirm our commitment to addressing the challenges posed by climate "
                      "change and ensure the resilience of port infrastructure.") == \
        ["climate change"]


@pytest.mark.parametrize("phrase", [
    "the growing security cooperation between Arville, Brel and the United States",
    "irregular arrivals by sea from the Brelish coast to the Tarn Islands and the Region of Oss",
    "the free flow of commerce through waterways like the Oss Strait and the Gulf of Tarn",
    "attacks on shipping routes such as the Oss Strait and the Gulf of Tarn",
    "the free flow of commerce through waterways like the Bab al-Mandab and the Strait of Hormuz",
])
def test_a_list_of_names_after_between_or_to_is_one_topic(phrase):
    assert split_coordination(phrase) == [phrase]


def test_a_matter_naming_no_place_shares_the_place_of_the_one_it_is_joined_to():
    phrase = "the continued violence and the humanitarian situation in Myanmar"
    assert split_coordination(phrase) == ["the continued violence in Myanmar",
                                          "the humanitarian situation in Myanmar"]


def test_a_matter_that_points_back_at_the_one_before_is_not_split_from_it():
    phrase = "the proliferation of trade-restrictive measures and the risks they pose to trade"
    assert split_coordination(phrase) == [phrase]
