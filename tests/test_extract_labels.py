"""Labels a reviewer keeps: verb + object for an agreement, a noun phrase for an issue."""

from __future__ import annotations

import pytest

from briefgen.extract.labels import (
    agreement_label,
    base_form,
    copies,
    fit,
    issue_label,
    overdue_label,
    past_participle,
    signature_label,
    undated,
)


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The ministers agreed to set up a joint fisheries council.",
         "Set up a joint fisheries council"),
        ("Both governments pledged to open a consulate in each capital, which will serve traders.",
         "Open a consulate in each capital"),
        ("The ministers agreed to launch an annual dialogue, the first meeting of which will be "
         "held in Lima.", "Launch an annual dialogue"),
        ("The two sides agreed in Geneva to open talks on the border.", "Open talks on the border"),
        ("The sides agreed to create a fund that will allow small farms to buy seed in bulk.",
         "Create a fund for small farms to buy seed in bulk"),
        ("The two sides agreed in principle to harmonise their visa regimes but gave no "
         "timeline.", "Harmonise the visa regimes"),
        ("Japan signed a loan agreement worth 42 billion yen for the heating project.",
         "Sign a loan agreement worth 42 billion yen for the heating project"),
        ("Peru will sign a trade deal with Chile.", "Peru to sign a trade deal with Chile"),
        ("The leaders decided to establish a Law Enforcement and Security Dialogue track "
         "between relevant law enforcement, security, and intelligence agencies.",
         "Establish a Law Enforcement and Security Dialogue track"),
        ("The Council decides to deploy an AU Election Observation Mission to South Sudan, "
         "comprising long-term observers, short-term observers and technical experts.",
         "Deploy an AU Election Observation Mission to South Sudan"),
        ("The two sides agreed to enhance cooperation on energy.", "Enhance cooperation on energy"),
        ("The mayor and the herders agreed late Wednesday to lift the blockade.",
         "Lift the blockade"),
        ("They reaffirmed their unwavering support for Freedonia as it defends itself.",
         "Support for Freedonia"),
        ("The Arden side also confirmed a donation of 5,000 tons of rice, to arrive in May.",
         "Donation of 5,000 tons of rice"),
        ("Brel extended RM2 million in flood relief through the Red Crescent.",
         "RM2 million in flood relief through the Red Crescent"),
        ("The President announced more than $500 million in new aid for Sudan.",
         "More than $500 million in new aid for Sudan"),
        ("The partners have committed over $140 million to undersea cables in the Pacific, "
         "alongside contributions from others.",
         "Over $140 million to undersea cables in the Pacific"),
        ("Brel has pledged approximately $20 million to the fund.",
         "Approximately $20 million to the fund"),
        ("The Fund reached an agreement on a programme under its Extended Credit Facility worth "
         "about $260 million.",
         "Reach an agreement on a programme under its Extended Credit Facility worth about "
         "$260 million"),
        ("The government committed to reducing the deficit and to moving to a flexible exchange "
         "rate, measures that it called painful.",
         "Reduce the deficit and move to a flexible exchange rate"),
        ("The navies will conduct a joint patrol in the South China Sea next month, the first "
         "such patrol.", "Joint patrol in the South China Sea"),
        ("Norway will fund two new clinics in the northern provinces.",
         "Norway to fund two new clinics in the northern provinces"),
        ("Peru has committed to lower duties on machinery imports.",
         "Peru to lower duties on machinery imports"),
        ("The partners reaffirmed their commitment to strengthening river patrols.",
         "Strengthen river patrols"),
        ("The sides recommitted to shared maritime principles.",
         "Recommit to shared maritime principles"),
        ("The ministers reaffirmed their commitment to migration policies that respect dignity.",
         "Commitment to migration policies that respect dignity"),
        ("The delegations welcomed the launch of a Coastal Energy Dialogue next year.",
         "Launch a Coastal Energy Dialogue next year"),
        ("The two ministers signed an accord on customs data in the capital.",
         "Sign an accord on customs data in the capital"),
        ("Chile and Peru are exploring a shared rail link.", "Explore a shared rail link"),
        ("Finally, the leaders resolved to tackle wildfire risks together.",
         "Tackle wildfire risks together"),
        ("The United States will fund three new clinics in the valley.",
         "U.S. to fund three new clinics in the valley"),
        ("The mayors committed to a joint approach to river flooding.",
         "Joint approach to river flooding"),
        ("The ministers pledged to maintaining and further strengthening the grain trade.",
         "Maintain and further strengthen the grain trade"),
        ("The two states are committed to peacefully resolving border disputes.",
         "Peacefully resolve border disputes"),
        ("The allies pledged to further strengthening their naval ties.",
         "Further strengthen the naval ties"),
        ("The envoys pledged to keeping ties with Lima and Beijing.",
         "Keep ties with Lima and Beijing"),
        ("The ministers pledged to building roads and training engineers.",
         "Build roads and train engineers"),
        ("The leaders agreed on the importance of securing a just and lasting peace.",
         "Secure a just and lasting peace"),
        ("The two blocs concluded negotiations on a trade pact, ending a long stalemate.",
         "Conclude negotiations on a trade pact"),
        ("The cities recommitted themselves to a shared canal authority.",
         "Recommit to a shared canal authority"),
        ("The governors agreed to strengthen our river patrols.",
         "Strengthen the river patrols"),
        ("The council welcomed Norway’s announcement of $5 million for flood shelters.",
         "$5 million for flood shelters"),
        ("The sides agreed to build a wide range of new bridges.",
         "Build new bridges"),
        ("Chile will purchase 40 new ferries.", "Chile to buy 40 new ferries"),
        ("The mayors signed a historic accord on river tolls.",
         "Sign an accord on river tolls"),
        ("They agreed that their fisheries ministers would meet to settle the quotas.",
         "Fisheries ministers to meet to settle the quotas"),
        ("The leaders agreed on the importance of keeping the ports open.",
         "Keep the ports open"),
        ("They agreed on the importance of holding regular talks and of fully implementing "
         "the accords.", "Hold regular talks and fully implement the accords"),
        ("They agreed to set up a joint secretariat for the Tarn Road, the planned 1,200-km "
         "road and railway corridor linking Kel Port to the border.",
         "Set up a joint secretariat for the Tarn Road"),
        ("Arden and Brel agreed to hold talks on river tolls next month, the two foreign "
         "ministers said.", "Hold talks on river tolls"),
        ("Chile agreed with Peru to share flood data every week.",
         "Chile to share flood data every week"),
        ("Seoul will provide concessional loans for the metro line.",
         "South Korea to provide concessional loans for the metro line"),
        ("The ministers signed a memorandum of understanding under which Arden will supply "
         "200 megawatts of electricity to Brel.", "Arden to supply 200 megawatts of electricity "
                                                  "to Brel"),
        ("They signed a letter of intent whereby Brel's state gas firm will book capacity at "
         "the terminal.", "Brel's state gas firm to book capacity at the terminal"),
        ("They signed the Tarn Agreement, under which Arden will fund the new port.",
         "Sign the Tarn Agreement"),
        ("Arden and Brel signed a long-term agreement under which Arden will import 10,000 "
         "megawatts of electricity from Brel.",
         "Arden to import 10,000 megawatts of electricity from Brel"),
        ("Arden and Brel agreed to reopen the border, officials said, as trade slumps.",
         "Reopen the border"),
        ("To reopen the border market on Mondays and Fridays from Monday, 19 June, under a "
         "security protocol;",
         "Reopen the border market on Mondays and Fridays from Monday, 19 June"),
        ("To that end, Chile intends to fund the new port.", "Chile to fund the new port"),
        ("The Council agreed to allow unhindered access for aid, and expressed deep concern over "
         "attacks on civilians.", "Allow unhindered access for aid"),
        ("They agreed to instruct the Joint River Authority, created by the two countries in the "
         "1990s, to present a plan for the clean-up of the bay.",
         "Joint River Authority to present a plan for the clean-up of the bay"),
        ("Ministers agreed to extend the river patrol, launched in January 2025, until the end "
         "of 2027.", "Extend the river patrol until the end of 2027"),
        ("The ministers agreed to instruct the Administrative Commission of the Tarn River (CATR) "
         "to award the contract for the deepening of the canal.",
         "CATR to award the contract for the deepening of the canal"),
        ("The ministers agreed to instruct the negotiators to conclude the text by June.",
         "Conclude the text by June"),
        ("The Presidents agreed to instruct the co-chairs of the Intergovernmental Commission on "
         "Trade and Economic Cooperation to hold the commission's next meeting in Sochi.",
         "Hold the commission's next meeting in Sochi"),
        ("The Presidents agreed to instruct the co-chairs of the Joint Commission to hold its "
         "next meeting in Sochi.", "Joint Commission to hold its next meeting in Sochi"),
        ("The recent extension of the treaty exemplifies our commitment to nuclear arms "
         "control.", "Commitment to nuclear arms control"),
        ("They reaffirmed their commitment to bilateral trade.", "Commitment to bilateral trade"),
        ("The agreements signed include memoranda on water desalination and vocational "
         "training.", "Sign memoranda on water desalination and vocational training"),
        ("as well as a framework agreement under which Arden's Tarn Power and Brel's National "
         "Office of Electricity and Drinking Water (ONEE) will study a submarine cable.",
         "Tarn Power and ONEE to study a submarine cable"),
        ("signed a memorandum under which the Ministry of Trade and Industry (MTI) will open an "
         "office in Orvo.", "MTI to open an office in Orvo"),
        ("Arden and Brel agreed to send their ambassadors back, more than two and a half years "
         "after the downing of a drone plunged relations into crisis.",
         "Send the ambassadors back"),
        ("Under the memorandum, signed in Tarn by the two energy ministers, state gas company "
         "BrelGas would supply up to 150 million cubic feet of gas per day to the coast.",
         "BrelGas to supply up to 150 million cubic feet of gas per day"),
        ("The Ministers agreed to award, by 30 June 2028, the contract for the deepening of the "
         "canal.", "Award the contract for the deepening of the canal"),
        ("stressing at the same time the need to prevent renewed cycles of violence.",
         "Prevent renewed cycles of violence"),
        ("emphasizing the importance of keeping the river ports open.",
         "Keep the river ports open"),
        ("Under the protocol, residents of villages near the frontier will be allowed to cross "
         "with identity cards instead of passports.",
         "Residents to be allowed to cross with identity cards instead of passports"),
        ("under which the customs controls of both countries will be carried out in a single "
         "facility.",
         "Customs controls to be carried out in a single facility"),
        ("Under the memorandum, a joint project office will be set up in Aflao.",
         "Joint project office to be set up in Aflao"),
        ("Under the deal, tariffs on steel will be cut to 10 percent.",
         "Tariffs to be cut to 10 percent"),
        ("to conclude, within 90 days, a revised memorandum on seasonal workers;",
         "Conclude a revised memorandum on seasonal workers"),
        ("The minister said that Ghana and Togo had agreed to launch a study of the pipeline",
         "Ghana and Togo to launch a study of the pipeline"),
        ("They agreed to help towns recovering from the floods to rebuild even as Arden shifts "
         "to an advisory role.", "Help towns recovering from the floods to rebuild"),
        ("We committed to de-escalating tensions and restoring trust between our two countries.",
         "De-escalate tensions and restore trust between the two countries"),
        ("Peru and Chile sealed a deal to build a desalination plant near Tacna.",
         "Build a desalination plant near Tacna"),
        ("Kenya and Uganda reached an agreement in principle to extend the pipeline to Kisumu.",
         "Extend the pipeline to Kisumu"),
        ("We reaffirm our full support for the river commission and look forward to its report.",
         "Full support for the river commission"),
        ("The leaders witnessed the signing of the Agreement on Port Security by Arden's "
         "Minister of Defence, Ana Lind, and Brel's Minister of Defence, Tom Berg.",
         "Sign the Agreement on Port Security"),
        ("Brel was ready to open its market wider to Arden's fruit and had instructed its "
         "agencies to speed up approvals.", "Open its market wider to Arden's fruit"),
    ],
)
def test_an_agreement_reads_as_verb_and_object(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Chile will work with Peru to expand solar power.", "Chile to expand solar power"),
        ("Ghana will work with Togo to build the coastal road.", "Ghana to build the coastal road"),
    ],
)
def test_working_with_another_gives_way_to_what_it_is_for_rather_than_repeat_the_evidence(
        sentence, label):
    assert agreement_label(sentence, sentence) == label


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("the importance of maintaining calm along the northern border",
         "Calm along the northern border"),
        ("the situation in the river delta", "Situation in the river delta"),
        ("address the fentanyl crisis", "Fentanyl crisis"),
        ("countering the smuggling of migrants", "Smuggling of migrants"),
        ("the ongoing shortage of grain, which hurts farmers across the region",
         "Shortage of grain"),
        ("the harbor authority’s support for the smuggling networks of the northern coast and "
         "their impact on fishing", "Harbor authority’s support for smuggling networks of "
         "northern coast and their impact on fishing"),
        ("the spread of affordable and dangerous", "Spread"),
        ("and the need to address the piracy off the coast", "Piracy off the coast"),
        ("any unilateral change to the river's flow", "Unilateral change to the river's flow"),
        ("in the strongest terms the shelling of the port", "Shelling of the port"),
        ("anything", "Anything"),
        ("remove all impediments to the flow of grain", "Impediments to the flow of grain"),
        ("refrain from unilateral measures on the river", "Unilateral measures on the river"),
        ("stop of the shelling", "Stop of the shelling"),
        ("prevent the spread of the disease", "Spread of the disease"),
        ("prevent arms from reaching the militias", "Prevent arms from reaching the militias"),
        ("the threat from the militias, operational requirements, and bolstering the army",
         "Threat from the militias"),
        ("the threats from Arden, Brel, and Sorland", "Threats from Arden, Brel, and Sorland"),
        ("every compromise put forward by the mediator", "Compromise put forward by the mediator"),
        ("backing away from commitments it", "Backing away from commitments"),
        ('" over Brel\'s growing fleet in the bay', "Brel's growing fleet in the bay"),
        ("about 300 nationals held in Tarn", "About 300 nationals held in Tarn"),
        ("reopen the Agreement", "Reopening of the Agreement"),
        ("release of the hostages", "Release of the hostages"),
    ],
)
def test_an_issue_reads_as_a_noun_phrase(phrase, label):
    assert issue_label(phrase) == label


def test_a_demand_cut_to_fit_keeps_the_verb_of_its_passive():
    phrase = ("Arden’s demand that a new navigability study be completed before any commercial "
              "navigation is allowed on the river")
    evidence = f"Brel has pursued the project for two decades, but {phrase}."
    label = issue_label(phrase, evidence)
    assert label.startswith("Arden’s demand that") and label.endswith("study be completed")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Expand port inspections, including checks on refrigerated containers",
         "Expand port inspections"),
        ("Build a water plant in order to serve the valley", "Build a water plant"),
        ("Work in a single building on the Arden side of the border",
         "Work in a single building on the Arden side of the border"),
        ("Deepen trade ties, building on the 2019 accord", "Deepen trade ties"),
        ("A settlement based on two sovereign states",
         "A settlement based on two sovereign states"),
        ("Deepen trade ties, based on the 2019 accord", "Deepen trade ties"),
        ("Sign an agreement establishing a border post at Tarn, on the road that links the "
         "south of Arden to the port of Velin",
         "Sign an agreement establishing a border post at Tarn"),
        ("Raise electricity exports from Arden to Brel through the Tarn-Velin interconnector "
         "from 50 to 120 megawatts",
         "Raise electricity exports from Arden to Brel through the Tarn-Velin interconnector"),
        ("Train local engineers in solar maintenance across twelve rural districts of the "
         "southern plateau by the end of the decade with support from regional universities",
         "Train local engineers in solar maintenance across twelve rural districts of the "
         "southern plateau"),
        ("Cooperate on tunnels — a first for the two agencies", "Cooperate on tunnels"),
        ("Support Peru's adoption of the wide and lasting reforms necessary to join the "
         "regional customs union and its single market",
         "Support Peru's adoption of the wide and lasting reforms"),
        ("Keep pressing for the immediate end of the shelling, the release of those who "
         "are held, and a swift return to talks",
         "Keep pressing for the immediate end of the shelling"),
        ("Widen the ports to ensure that the grain ships of the northern coast can dock "
         "without waiting at sea for days",
         "Widen the ports"),
    ],
)
def test_a_label_is_cut_where_a_phrase_ends_never_with_an_ellipsis(text, label):
    cut = fit(text)
    assert cut == label
    assert len(cut.split()) <= 15 and "…" not in cut


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Widen the harbour road and", "Widen the harbour road"),
        ("Widen the harbour road AND THE", "Widen the harbour road"),
        ("Widen the harbour road, ", "Widen the harbour road"),
        ("Widen the harbour road to the;", "Widen the harbour road"),
        ("Widen the harbour road for Oran", "Widen the harbour road for Oran"),
        ("Fund the band", "Fund the band"),
        ("Widen the harbour road in keeping", "Widen the harbour road"),
        ("Widen the harbour road in line", "Widen the harbour road"),
        ("Draft new rules for how ports", "Draft new rules"),
        ("Decide where", "Decide where"),
        ("Widen the harbour road in Oran", "Widen the harbour road in Oran"),
        ("Review the port levy announced", "Review the port levy"),
        ("Port levy not yet published", "Port levy not yet published"),
        ("Keep channels open to manage the rivalry and prevent it",
         "Keep channels open to manage the rivalry"),
        ("Build the bridge and open it to traffic", "Build the bridge and open it to traffic"),
        ("Welcome the new naval task force with a focus", "Welcome the new naval task force"),
        ("Strengthen economic cooperation to achieve these shared goals",
         "Strengthen economic cooperation"),
        ("Brel to support this initiative", "Brel to support this initiative"),
        ("Support for Brel’s sovereignty and stability, and their support",
         "Support for Brel’s sovereignty and stability"),
        ("Welcome the new task force with the coast guard", "Welcome the new task force with the "
                                                            "coast guard"),
        ("Deploy a standby force in the Sahel starting", "Deploy a standby force in the Sahel"),
        ("Closures of the mountain pass during", "Closures of the mountain pass"),
        ("No agreement on the patrol line along", "No agreement on the patrol line"),
        ("Patrols of the coast guard across", "Patrols of the coast guard"),
        ("Establish a harbour contact group, working closely", "Establish a harbour contact group"),
    ],
)
def test_a_label_never_ends_on_a_word_or_mark_that_leaves_it_hanging(text, label):
    assert fit(text) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The minister restated Norway’s commitment to keeping the fjord ports open.",
         "Commitment to keeping the fjord ports open"),
        ("She reaffirmed the President's firm commitment to ensuring that the dam is finished.",
         "Commitment to ensuring that the dam is finished"),
        ("The leaders reaffirmed their commitment to NATO.", "Commitment to NATO"),
        ("The leaders restated their commitment to a Europe that is whole, free and at peace.",
         "Commitment to a Europe whole, free and at peace"),
        ("They reaffirmed their commitment to a Council that is more representative of Africa.",
         "Commitment to a Council more representative of Africa"),
        ("Reaffirms the Council's unwavering commitment to the sovereignty, unity and "
         "territorial integrity of the Republic of Moldova;",
         "Commitment to the sovereignty, unity and territorial integrity of Moldova"),
        ("Chile, for its part, reiterated its support for a reform of the Security Council.",
         "Chile’s support for a reform of the Security Council"),
    ],
)
def test_one_partys_restated_commitment_reads_as_a_commitment(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("She reiterated the commitment of Norway to ensuring that the strait stays open.",
         "Commitment to ensuring that the strait stays open"),
        ("He conveyed the willingness and commitment of Chile to train port inspectors.",
         "Chile to train port inspectors"),
        ("Under the deal, exports from Peru will face a 10% duty.",
         "Exports from Peru to face a 10% duty"),
        ("The Government of Peru will open two consulates.", "Peru to open two consulates"),
    ],
)
def test_the_party_named_is_the_one_that_acts(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Work together to address the problems of the river towns and the upland valleys, "
         "protect and improve the lives of fishermen, and uphold local customs",
         "Work together to address the problems of the river towns and the upland valleys"),
        ("Invest $2 billion in projects that align with the Harbor Fund for Coastal Towns and "
         "Northern Fisheries goals to build ports in poor districts",
         "Invest $2 billion in projects"),
        ("Negotiate customs rules that ensure that the gains of the accord stay with the two "
         "economies", "Negotiate customs rules"),
        ("Open a trade office that will serve exporters", "Open a trade office"),
        ("Adopt tariff rules that protect growers", "Adopt tariff rules that protect growers"),
        ("Establish the Regional Clinics Group designed to expand safe and affordable care "
         "for rural patients in the three northern provinces and beyond",
         "Establish the Regional Clinics Group designed to expand safe and affordable care "
         "for rural patients"),
        ("Open a ferry line between the Northern Isles Zone for Fishing and Farming and the "
         "Coastal Fisheries Board of the Southern Provinces", "Open a ferry line"),
        ("Export grain to the region (wheat, barley and rye) every season",
         "Export grain to the region every season"),
        ("Keep the canal open, and that it stands ready to dredge it", "Keep the canal open"),
        ("Repair the dam and will report to the council", "Repair the dam"),
        ("Build a bridge over the river, and the ministers will meet again",
         "Build a bridge over the river"),
        ("Commitment to the removal of mines, urging the militias to comply",
         "Commitment to the removal of mines"),
        ("Commitment to a shared river authority, wherein each town holds a seat",
         "Commitment to a shared river authority"),
        ("Prioritize cooperation on farming and fishing issues as they relate to the coast",
         "Prioritize cooperation on farming and fishing issues"),
        ("Chile to allocate $20 million during the next twenty years to save and protect the "
         "great southern forests of the Andes", "Chile to allocate $20 million during the next "
         "twenty years"),
        ("Peru to share experience in port safety and in the treatment and reuse of ballast "
         "water from tankers", "Peru to share experience in port safety"),
        ("Sign a three-year contract providing for the supply of up to 6 million cubic meters "
         "of gas a day to the north", "Sign a three-year contract"),
        ("Negotiate a new contract for the delivery of up to 14 million cubic meters of gas per "
         "day through the pipeline", "Negotiate a new contract"),
        ("Norway to fund new clinics and schools in remote villages across Ghana, Togo, Benin, "
         "Niger and the Gambia within the next five years",
         "Norway to fund new clinics and schools in remote villages"),
        ("Hold the next session of the Joint Commission in Lima in the first half of next year "
         "with the Ministry of Trade, Ministry of Energy and Ministry of Mines",
         "Hold the next session of the Joint Commission in Lima"),
        ("Farmers say the level of the lake has fallen by more than a metre since the dam "
         "began filling in 2015", "Farmers say the level of the lake has fallen"),
        ("Arden to sell Brel an additional 200 megawatts of electricity under a deal signed on "
         "Monday", "Arden to sell Brel an additional 200 megawatts of electricity under a deal"),
        ("Brel to establish a Centre of Excellence in Ocean Technology at the National University "
         "of Port Arden", "Brel to establish a Centre of Excellence in Ocean Technology"),
    ],
)
def test_a_cut_keeps_names_and_phrases_whole(text, label):
    assert fit(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("sign a Protocol between the National Water Authority of Ecuador and the Geological "
         "Survey of Peru – Andean Research Centre on the monitoring of glaciers",
         "Sign a Protocol on the monitoring of glaciers"),
        ("sign an Agreement on the Exemption of Visa Requirements for Holders of Service and "
         "Official Passports",
         "Sign Agreement on Exemption of Visa Requirements for Holders of Service and Official "
         "Passports"),
        ("sign an Agreement on the Mutual Recognition of Driving Licences for Holders of "
         "Temporary and Permanent Residence Permits",
         "Sign Agreement on Mutual Recognition of Driving Licences"),
        ("conclude the Framework for Joint Stewardship of Fisheries and Marine Habitats in the "
         "Waters of the Northern Coral Triangle and its Adjacent Seas",
         "Conclude Framework for Joint Stewardship of Fisheries and Marine Habitats"),
    ],
)
def test_a_long_title_is_shortened_as_a_headline_does_never_cut_inside_a_phrase(text, label):
    assert fit(text) == label


def test_a_label_cut_at_its_limit_leaves_out_a_conjunct_it_would_cut_in_two():
    assert fit("Expand cooperation Trade Investment Energy Mining Agriculture Fisheries Tourism "
               "Education Health Culture Sport and Youth Affairs") == \
        "Expand cooperation Trade Investment Energy Mining Agriculture Fisheries Tourism " \
        "Education Health Culture Sport"


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The two ministers took note of new grain contracts, which will lift farm exports.",
         "Take note of new grain contracts"),
        ("Together they discussed rail investment in the south.",
         "Discuss rail investment in the south"),
        ("The mayors emphasised the need for calm on the river.",
         "Emphasize the need for calm on the river"),
        ("The delegations did not address the border.",
         "The delegations did not address the border"),
    ],
)
def test_a_clause_without_a_commitment_reads_from_its_statement_verb(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The mayors resolved to address together shared challenges, including river flooding "
         "and the collapse of the old pier.",
         "Address together shared challenges, including river flooding and the collapse of the "
         "old pier"),
        ("The ministers committed to closer partnership on issues that shape the coast, "
         "including fisheries, ferries, and port fees.",
         "Closer partnership on issues, including fisheries, ferries, and port fees"),
        ("The ministers agreed to expand port inspections, including checks on containers.",
         "Expand port inspections, including checks on containers"),
        ("We intend to promote new methods, such as drip irrigation, that let farmers save water.",
         "Promote new methods, including drip irrigation"),
        ("The ministers agreed to expand port inspections, including checks on the refrigerated "
         "containers that carry fish.", "Expand port inspections"),
        ("Chile will remove the restrictions on exports to the United States for all farm "
         "products, including the dried fruit.",
         "Chile to remove restrictions on exports to U.S. for farm products, "
         "including dried fruit"),
    ],
)
def test_a_general_noun_or_a_few_words_of_examples_keep_the_examples(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("said the new payment mechanism should be launched soon",
         "New payment mechanism to be launched soon"),
        ("The fund will be replenished by donors next year",
         "Fund to be replenished by donors next year"),
        ("The deal is due to be signed next month", "Deal to be signed"),
        ("Tenders for the construction of the depot will be launched by the end of June",
         "Tenders for the construction of the depot to be launched by the end of June"),
        ("The accord is expected to be signed in Oslo", "Accord to be signed in Oslo"),
        ("The new port is set to be inaugurated in June", "New port to be inaugurated"),
    ],
)
def test_a_plan_said_in_the_passive_is_labelled_by_what_it_is_done_to(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("Recalling the Agreement Between the Republic of Arden and the Kingdom of Norway on "
         "Fisheries, the leaders committed to implementing this GREAT DEAL.",
         "Implement the Agreement Between the Republic of Arden and Norway on Fisheries"),
        ("Recalling the Agreement Between the United States of America and the Republic of "
         "Indonesia on Reciprocal Trade, the leaders committed to implementing this deal.",
         "Implement the U.S.-Indonesia Agreement on Reciprocal Trade"),
        ("Welcoming the Paris Agreement, the leaders agreed to fund this agreement fully.",
         "Fund the Paris Agreement fully"),
        ("The leaders agreed to implement this agreement fully.",
         "Implement this agreement fully"),
    ],
)
def test_this_deal_is_the_deal_its_sentence_names_before(clause, label):
    assert agreement_label(clause, clause) == label


@pytest.mark.parametrize(
    ("sentence", "title", "label"),
    [
        ("Signed in Lima, this first day of June, two thousand and twenty-seven.",
         "Joint Declaration on Fisheries Cooperation",
         "Sign the Joint Declaration on Fisheries Cooperation"),
        ("Signed at Oslo on 3 May 2027, in duplicate, in the English language.",
         "Joint Declaration by the Prime Minister of the Kingdom of Arden and the Prime "
         "Minister of the Kingdom of Brel on the Outcomes of Their Meeting in Oslo",
         "Sign the Joint Declaration"),
        ("Signed in Lima, this first day of June.", "Ministers meet in Lima", None),
        ("The ministers signed the declaration in Lima.",
         "Joint Declaration on Fisheries Cooperation", None),
    ],
)
def test_the_line_closing_a_signed_text_is_labelled_by_the_text_s_title(sentence, title, label):
    assert signature_label(sentence, title) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The two sides agreed to a truce.", "Agree to a truce"),
        ("The two sides committed to a ceasefire.", "Commit to a ceasefire"),
        ("The two sides pledged to cooperate.", "Pledge to cooperate"),
        ("The leaders stressed the value of trade, which Arden committed to expand.",
         "Stress the value of trade"),
    ],
)
def test_a_one_word_commitment_keeps_its_verb(clause, label):
    assert agreement_label(clause, clause) == label


def test_a_verb_in_a_relative_clause_is_not_the_commitment():
    clause = ("Following the losses caused by the typhoon that struck the northern Philippines "
              "last week, the Government has decided to provide emergency aid of USD 300,000")
    assert agreement_label(clause) == "Provide emergency aid of USD 300,000"


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("A deal was signed on Tuesday to expand rail links between the two countries.",
         "Sign a deal to expand rail links between the two countries"),
        ("The talks also ended with the signing of a memorandum on the mutual recognition of "
         "consignment notes for road freight",
         "Sign a memorandum on the mutual recognition of consignment notes for road freight"),
        ("The meeting also saw the signing of an exchange of letters on grant assistance",
         "Sign an exchange of letters on grant assistance"),
        ("An agreement was also signed under which the state power company Brelgaz will supply "
         "up to 50 megawatts of electricity to the mining town of Tarn",
         "Brelgaz to supply up to 50 megawatts of electricity to the mining town of Tarn"),
        ("Arden and Brel inked three deals on energy, transport and tourism.",
         "Sign three deals on energy, transport and tourism"),
        ("The Agreed Minutes were signed by Mrs Ana Lind, Minister for Foreign Affairs, and "
         "Mr Tom Berg.", "Sign the Agreed Minutes"),
        ("The two sides signed memorandums of understanding on cooperation in farming and health.",
         "Sign memorandums of understanding on cooperation in farming and health"),
        ("A letter of intent on gas supplies was also signed.",
         "Sign a letter of intent on gas supplies"),
    ],
)
def test_a_deal_signed_or_inked_is_labelled_by_its_signing(clause, label):
    assert agreement_label(clause) == label


def test_a_document_said_to_be_signed_is_labelled_by_its_signing():
    assert agreement_label("A memorandum of understanding on pilot training was also signed") \
        == "Sign a memorandum on pilot training"


def test_words_are_counted_as_a_reader_counts_them():
    text = ("Ensure that Ruritania’s sovereignty, security, and future prosperity remain central "
            "to the ongoing diplomatic process")
    assert fit(text) == ("Ensure that Ruritania’s sovereignty, security, and future prosperity "
                         "remain central")


def test_a_place_after_a_name_may_be_cut_to_keep_the_label_from_repeating_its_evidence():
    sentence = ("The two sides agreed to hold the sixth round of the Arden-Brel Strategic "
                "Dialogue in Islamabad later this year.")
    assert agreement_label(sentence, sentence) == \
        "Hold the sixth round of the Arden-Brel Strategic Dialogue"


def test_a_label_does_not_repeat_most_of_its_evidence():
    evidence = "The mayors agreed to repair the old bridge over the canal."
    label = agreement_label(evidence, evidence)
    assert not copies(label, evidence)
    assert label.startswith("Repair the old bridge")


@pytest.mark.parametrize(
    ("gerund", "base"),
    [("ensuring", "ensure"), ("strengthening", "strengthen"), ("getting", "get"),
     ("achieving", "achieve"), ("promoting", "promote"), ("developing", "develop"),
     ("combating", "combat"), ("advancing", "advance"), ("maintaining", "maintain"),
     ("studying", "study"), ("exploring", "explore"), ("Deepening", "Deepen"),
     ("being", "be"), ("installing", "install"), ("adhering", "adhere"),
     ("increasing", "increase"), ("offering", "offer"), ("going", "go"),
     ("bringing", "bring"), ("completing", "complete"), ("competing", "compete"),
     ("deleting", "delete"), ("marketing", "market"), ("meeting", "meet"),
     ("resuming", "resume"), ("consuming", "consume")],
)
def test_a_gerund_becomes_its_base_form(gerund, base):
    assert base_form(gerund) == base


@pytest.mark.parametrize("verb", ["bring", "spring", "swing", "cling"])
def test_a_verb_that_only_ends_in_ing_is_left_whole(verb):
    assert base_form(verb) == verb


def test_an_agreement_to_bring_something_forward_keeps_its_verb():
    assert agreement_label("The two firms also agreed to bring forward the retirement of "
                           "the coal plant") == "Bring forward the retirement of the coal plant"


def test_a_relative_clause_stays_when_the_noun_alone_says_too_little():
    assert issue_label("avoid steps that could stoke unrest in the valley") == \
        "Steps that could stoke unrest in the valley"


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("Arden and Brel signed an agreement on Thursday to build a ferry terminal.",
         "Build a ferry terminal"),
        ("The envoys will resume talks on river tolls in Vienna next Tuesday, diplomats said.",
         "Resume talks on river tolls in Vienna"),
        ("Italy will release 50 million euros in flood aid, the prime minister said on Friday.",
         "Italy to release 50 million euros in flood aid"),
        ("The two navies will expand joint training, according to a joint press release.",
         "Expand joint training"),
        ("Each side will hand over its calendar of naval exercises in the strait for 2028 no "
         "later than Dec. 1, the minister said.",
         "Hand over its calendar of naval exercises in the strait for 2028"),
        ("The two sides agreed to settle the dispute in a peaceful manner that respects the "
         "treaty.", "Settle the dispute"),
        ("As part of a long-term effort to forge closer ties with the river states, the mayor "
         "announced that Peru will give Chile two surplus ferries.",
         "Give Chile two surplus ferries"),
    ],
)
def test_a_label_leaves_out_the_day_the_manner_and_who_reported_it(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The ministers signed a memorandum of understanding on river transport.",
         "Sign a memorandum on river transport"),
        ("The ministers signed memoranda of understanding on ports and railways.",
         "Sign memoranda on ports and railways"),
        ("The two sides agreed to expand cooperation in the field of renewable energy.",
         "Expand cooperation in renewable energy"),
    ],
)
def test_a_label_says_what_a_headline_says_without_its_wordy_phrases(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize("trade", ["mining", "training", "shipping", "fishing"])
def test_a_phrase_may_end_on_a_noun_in_ing(trade):
    assert agreement_label(f"The two sides agreed to boost cooperation in energy and {trade}.") \
        == f"Boost cooperation in energy and {trade}"


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The ministers agreed that the customs experts would meet again in Lusaka.",
         "Customs experts to meet again in Lusaka"),
        ("The two sides agreed only that the officials should continue technical talks.",
         "Officials to continue technical talks"),
        ("They agreed that both sides would hold talks on river tolls.",
         "Hold talks on river tolls"),
    ],
)
def test_what_parties_agreed_others_would_do_is_labelled_by_who_does_it(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Sorland’s continued strikes on the river ports", "Sorland’s strikes on the river ports"),
        ("the continuing drought in the valley", "Drought in the valley"),
        ("the ongoing dispute over fishing quotas", "Dispute over fishing quotas"),
        ("recent floods in the delta", "Floods in the delta"),
    ],
)
def test_an_issue_label_does_not_say_that_the_issue_goes_on(phrase, label):
    assert issue_label(phrase) == label


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("fishing quotas for krill ahead of the commission's meeting in Hobart",
         "Fishing quotas for krill"),
        ("tariffs on steel in the run-up to the summit", "Tariffs on steel"),
    ],
)
def test_an_issue_label_leaves_out_the_meeting_it_is_told_before(phrase, label):
    assert issue_label(phrase) == label


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("to what it called a dangerous manoeuvre in its waters",
         "Dangerous manoeuvre in its waters"),
        ("what Tarn described as repeated incursions by Brelish boats",
         "Repeated incursions by Brelish boats"),
        ("after Brelish coast guard ships fired water cannon at a fishing boat",
         "Brelish coast guard ships fired water cannon at a fishing boat"),
    ],
)
def test_an_issue_label_leaves_out_who_named_it_so_and_when_it_was_protested(phrase, label):
    assert issue_label(phrase) == label


def test_a_label_that_would_repeat_its_sentence_loses_how_many_before_what_it_names():
    sentence = "Thousands of migrants remain stranded on the Arden-Brel border."
    assert issue_label("Thousands of migrants stranded on the Arden-Brel border", sentence) == \
        "Migrants stranded on the Arden-Brel border"


@pytest.mark.parametrize(("phrase", "label"), [
    ("a durable solution to the crisis in the valley", "Crisis in the valley"),
    ("the peaceful settlement of the border dispute", "Border dispute"),
    ("an end to the war in Ruritania", "War in Ruritania"),
    ("release of the detained fishing boat and its crew immediately",
     "Release of the detained fishing boat and its crew"),
    ("release of the two journalists without further delay", "Release of the two journalists"),
])
def test_an_issue_is_named_by_the_matter_not_by_the_remedy_sought(phrase, label):
    assert issue_label(phrase) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The two sides agreed to carry out a joint study on the silting of the river.",
         "Joint study on the silting of the river"),
        ("They will conduct a joint survey of the herring stock this summer.",
         "Joint survey of the herring stock this summer"),
    ],
)
def test_a_joint_task_is_named_by_itself(clause, label):
    assert agreement_label(clause) == label


def test_what_was_done_besides_the_act_agreed_is_left_out():
    assert agreement_label("The two ministers agreed to launch a strategic dialogue on energy "
                           "and held its first session.") == "Launch a strategic dialogue on energy"


def test_a_short_commitment_is_named_by_what_it_promotes_rather_than_cut_short():
    sentence = "We will promote deeper information and technology sharing."
    assert agreement_label(sentence, sentence) == "Information and technology sharing"


def test_a_shortened_issue_keeps_all_of():
    assert issue_label("terrorism and violent extremism in all of its forms and manifestations, "
                       "and the financing of armed groups across the whole of the region and "
                       "beyond it") == \
        "Terrorism and violent extremism in all of its forms and manifestations"


@pytest.mark.parametrize("adverb", ["severely", "largely", "partially"])
def test_a_cut_never_leaves_an_adverb_without_its_verb(adverb):
    evidence = f"Humanitarian access remains {adverb} restricted in the north."
    label = issue_label(f"Humanitarian access {adverb} restricted in the north", evidence)
    assert not label.endswith(adverb)


def test_a_cut_leaves_out_a_name_it_would_cut_in_two():
    title = ("Memorandum of Understanding on Diplomatic Academy Cooperation between the Rio "
             "Branco Institute and the Venâncio de Moura Diplomatic Academy")
    assert agreement_label(title, title) == \
        "Memorandum on Diplomatic Academy Cooperation between the Rio Branco Institute"


def test_the_number_set_off_after_next_stays_with_it():
    sentence = ("The parties agreed to hold the next, 13th meeting of the Arden-Brel "
                "Intergovernmental Commission on Trade, Economic, Scientific, Technical and "
                "Cultural Cooperation in Tarn in October this year.")
    assert agreement_label(sentence, sentence).startswith("Hold the next, 13th meeting")


def test_support_as_a_verb_stays_the_act_of_its_party():
    assert agreement_label("Japan will support for the first time a ban on whaling.") == \
        "Japan to support for the first time a ban on whaling"


def test_a_coordinated_verb_without_its_object_is_left_out():
    assert issue_label("the importance of Sorland increasing its purchases of grain and moving",
                       limit=12) == "Sorland increasing its purchases of grain"


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("Signed in Lima, this 3rd day of June, two thousand and twenty-six.",
         "Signed in Lima"),
        ("Signed in Port Arden, N.R., this twentieth day of October, two thousand and "
         "twenty-five.", "Signed in Port Arden, N.R."),
        ("Done at Oran this first day of May, 2026, in two originals.",
         "Done at Oran"),
    ],
)
def test_a_signature_line_is_labelled_by_where_it_was_signed_not_its_date(clause, label):
    assert agreement_label(clause) == label


def test_a_date_written_out_in_legal_words_is_no_part_of_a_label():
    assert undated("The accord was sealed this tenth day of March, in the year of our Lord "
                   "two thousand twenty-six") == "The accord was sealed"


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("Yesterday the governor announced a landmark ferry deal with Brel.",
         "Ferry deal with Brel"),
        ("The mayors welcomed the port authority’s announcement of a new fund for dredging.",
         "New fund for dredging"),
        ("The ministers will announce the new quotas in the spring.",
         "Announce the new quotas in the spring"),
    ],
)
def test_what_was_announced_is_the_label_not_the_announcing(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The governors affirmed their support for ensuring that the northern river basin is "
         "free from all industrial waste and its dangerous residues.",
         "Support for the northern river basin free from all industrial waste and its "
         "dangerous residues"),
        ("The mayors pledged to ensure that the harbor stays open.",
         "Ensure that the harbor stays open"),
    ],
)
def test_a_state_to_ensure_is_said_in_fewer_words_when_the_clause_is_too_long(clause, label):
    assert agreement_label(clause) == label


def test_an_issue_too_long_loses_its_articles_before_its_last_phrase():
    assert issue_label("the urgent need for a truce in the valley and the return of the "
                       "prisoners with a rise in the food aid allowed by the pause") == \
        "Urgent need for truce in valley and return of prisoners with rise in food aid"


def test_a_coordinated_verb_whose_object_was_cut_is_left_out():
    assert agreement_label("They affirmed their commitment to protecting the river dikes of the "
                           "lower delta and working with the farmers of the upper valley to build "
                           "and sustain new irrigation canals.") == \
        "Protect the river dikes of the lower delta"


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("port closures and supply disruptions further hamper trade in timber",
         "Port closures and supply disruptions to trade in timber"),
        ("rising threats endanger shipping in the strait",
         "Rising threats to shipping in the strait"),
        ("the risks posed by floods", "Risks posed by floods"),
    ],
)
def test_a_harm_said_as_a_clause_reads_as_a_noun_phrase(phrase, label):
    assert issue_label(phrase) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("Peru will remove duties on machinery from the United States.",
         "Peru to remove duties on machinery from the U.S."),
        ("Peru will sign a treaty with the United States of America on fisheries.",
         "Peru to sign a treaty with the United States of America on fisheries"),
        ("The European Union will fund a study of the pipeline.",
         "EU to fund a study of the pipeline"),
        ("Chile will back Peru's bid for a seat on the United Nations Human Rights Council.",
         "Chile to back Peru's bid for a seat on the UN Human Rights Council"),
    ],
)
def test_a_label_names_the_us_the_un_and_the_eu_as_a_headline_does(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The mayors pledged to fight the flooding, a growing danger facing the delta towns.",
         "Fight the flooding"),
        ("The ministers agreed to set up a fund, a secretariat, and a working group.",
         "Set up a fund, a secretariat, and a working group"),
        ("The two countries agreed to reopen their land border, closed for most of the past "
         "four years.", "Reopen the land border"),
        ("The sides agreed to set up a freight company, headquartered in Kigoma.",
         "Set up a freight company, headquartered in Kigoma"),
    ],
)
def test_an_apposition_that_describes_the_object_is_left_out_but_a_list_is_not(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("Chile will buy more compressed natural gas (CNG) from Peru.",
         "Chile to buy more CNG from Peru"),
        ("The ministers agreed to fund the Coastal Fund for Reefs and Estuaries (CFRE) projects.",
         "Fund the Coastal Fund for Reefs and Estuaries projects"),
        ("The ministers agreed to fund the harbor works (Phase Two) next year.",
         "Fund the harbor works next year"),
        ("The ministers agreed to launch the linkage between Arden's National Instant Payments "
         "Switch (NIPS) and Brel's Interbank Clearing House System.",
         "Launch the linkage between Arden's NIPS and Brel's Interbank Clearing House System"),
        ("Brel will relieve the contingent serving with the United Nations Interim Force in "
         "Lebanon (UNIFIL) in October.",
         "Relieve the contingent serving with the UN Interim Force in Lebanon"),
    ],
)
def test_a_term_spelled_out_before_its_short_form_is_labelled_by_the_short_form(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The ministers signed a Memorandum of Understanding between the Government of the "
         "Republic of Arden and the Government of the Republic of Brel on Cooperation in the Field "
         "of Renewable Energy.", "Sign a Memorandum on Cooperation in Renewable Energy"),
        ("The ministers signed an Agreement between the Ministry of Trade of Arden and the "
         "Commission on Fisheries of Brel on Joint Patrols.", "Sign an Agreement on Joint Patrols"),
    ],
)
def test_a_document_is_labelled_by_what_it_is_on_not_whom_it_is_between(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The two mayors signed a river accord after decades of bitter feuding over the fishing "
         "grounds.", "Sign a river accord"),
        ("The two ministers signed a memorandum on fisheries after talks in Accra.",
         "Sign a memorandum on fisheries"),
        ("The two sides agreed to reopen the border following their talks in Lome.",
         "Reopen the border"),
        ("The two sides agreed to meet again after the summit.", "Meet again after the summit"),
    ],
)
def test_a_label_leaves_out_how_long_it_took_and_the_talks_it_came_from(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The mayor welcomed the announcement that some Peruvian firms plan to build two "
         "ferries.", "Some Peruvian firms to build two ferries"),
        ("The council noted that Peru will open two ports.", "Peru to open two ports"),
        ("The mayor welcomed the news that they plan to build two ferries.",
         "Build two ferries"),
    ],
)
def test_the_party_named_after_that_is_the_one_that_acts(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("We intend to take all appropriate steps to avoid bans on seed exports.",
         "Avoid bans on seed exports"),
        ("Peru will take the necessary actions to open its ports to river barges.",
         "Peru to open its ports to river barges"),
        ("The ministers agreed to take measures to cut fuel subsidies.",
         "Take measures to cut fuel subsidies"),
    ],
)
def test_the_steps_taken_to_do_something_are_left_out(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The leaders instructed their ministers to take further steps for a NEW ERA of "
         "the ever-growing U.S.-Fiji-Tonga-Samoa Alliance.",
         "Take further steps for a New Era"),
        ("Both leaders will implement this GREAT DEAL with NATO and the EU.",
         "Implement this Great Deal with NATO and the EU"),
        ("They agreed to coordinate between their countries to deter drone attacks.",
         "Coordinate to deter drone attacks"),
        ("Both sides will designate their teams to discuss — with a view to finalizing — a "
         "step-by-step action plan.",
         "Designate the teams to discuss a step-by-step action plan"),
        ("Both sides undertook to have the customs offices at the land border of the two "
         "provinces fully operational by year-end.", "Customs offices to be fully operational"),
        ("Further, as a demonstration of Norway’s desire to promote mutual confidence and trust, "
         "Norway undertakes to promptly release the fishermen.",
         "Norway to promptly release the fishermen"),
        ("They agreed that Arden’s security forces must be able to ensure that Brel can never "
         "again threaten the river towns.",
         "Arden’s security forces to ensure that Brel can never again threaten the river towns"),
        ("They stressed the importance of economic policies that are sustainable and inclusive, "
         "and benefit the middle class.", "Stress the importance of economic policies"),
    ],
)
def test_a_label_says_what_is_done_in_the_words_a_headline_uses(clause, label):
    assert agreement_label(clause, clause) == label


@pytest.mark.parametrize(
    ("verb", "participle"),
    [("publish", "published"), ("agree", "agreed"), ("ratify", "ratified"), ("hold", "held"),
     ("stop", "stopped"), ("reopen", "reopened"), ("submit", "submitted"), ("offer", "offered"),
     ("pay", "paid"), ("transfer", "transferred")],
)
def test_a_verb_has_its_past_participle(verb, participle):
    assert past_participle(verb) == participle


@pytest.mark.parametrize(
    ("asked", "label"),
    [
        ("publish without further delay the final results of the census",
         "Final results of the census not yet published"),
        ("agree without undue delay on a budget for the river agency",
         "Budget for the river agency not yet agreed"),
        ("close all remaining gaps and commence implementation of the deal without further "
         "delay", "All remaining gaps not yet closed"),
        ("publish the final results of the census", None),
        ("do so without further delay", None),
    ],
)
def test_an_act_urged_without_further_delay_is_one_not_yet_done(asked, label):
    assert overdue_label(asked) == label


def test_a_label_leaves_out_the_urgency():
    assert agreement_label("The mayor will sign the port lease without further delay.") == \
        "Sign the port lease"


def test_a_label_is_not_cut_between_two_verbs_that_share_their_object():
    label = agreement_label("China will adopt all necessary administrative measures to suspend "
                            "or remove the non-tariff countermeasures taken against the United "
                            "States since April 2, 2025")
    assert not label.endswith(("suspend", "or"))


@pytest.mark.parametrize("day", ["on Thursday, August 15", "on Thursday, 15 August 2024",
                                 "on Thursday", "later this month", "early next week",
                                 "on December 18-19", "on 18–19 December 2027",
                                 "on June 3 to 5"])
def test_the_day_told_goes_from_a_label_whole(day):
    assert undated(f"The envoys will resume talks {day} in Doha") == \
        "The envoys will resume talks in Doha"


@pytest.mark.parametrize("owner", ["today's", "Monday's"])
def test_a_day_that_owns_a_noun_stays_in_a_label(owner):
    assert undated(f"Hold a call to follow up on {owner} discussion") == \
        f"Hold a call to follow up on {owner} discussion"


def test_an_aside_that_held_only_a_date_goes_with_its_commas():
    assert undated("The last round, in December 2023, collapsed after a walkout") == \
        "The last round collapsed after a walkout"


@pytest.mark.parametrize(("word", "other"), [("before", "after"), ("after", "before"),
                                             ("without", "with"), ("until", "after")])
def test_a_label_cut_to_fit_never_ends_on_a_word_that_opens_a_phrase(word, other):
    text = (f"whether detainees held by each side should be freed {word} or {other} rebel units "
            "leave positions along the Rubaya road")
    assert fit(text) == "Whether detainees held by each side should be freed"


def test_a_cut_never_parts_entry_from_into_force():
    text = "Arden to remove duties on 96% of tariff lines for Brel's goods on entry into force"
    assert fit(text) == "Arden to remove duties on 96% of tariff lines for Brel's goods"


def test_a_label_cut_after_held_drops_the_participle():
    text = "build on the outcome of the 2026 Review Conference held in New York this spring"
    assert fit(text, limit=10) == "Build on the outcome of the 2026 Review Conference"


def test_a_cut_may_fall_before_through_between_two_names():
    text = ("Arden to continue to support the development of the Trans-Caspian International "
            "Transport Route through JICA and JBIC")
    assert fit(text) == ("Arden to continue to support the development of the Trans-Caspian "
                         "International Transport Route")


def test_a_number_of_texts_exchanged_are_named_by_what_they_are():
    clause = ("Sheikh Omar, President of the UAE, and Ana Ruiz, President of Chile, today "
              "witnessed the exchange of a number of memoranda of understanding on energy.")
    assert agreement_label(clause) == "Exchange memoranda on energy"


def test_an_agreement_named_as_a_noun_phrase_opens_without_an_indefinite_article():
    assert agreement_label("An Agreement on the Mutual Recognition of Driving Licences") == \
        "Agreement on the Mutual Recognition of Driving Licences"


def test_a_task_a_body_is_invited_to_take_on_is_named_by_the_task():
    assert agreement_label("The Council invites the Commission to intensify the dialogue with "
                           "Brel.") == "Intensify the dialogue with Brel"


@pytest.mark.parametrize(("text", "label"), [
    ("accept the ruling as final and binding", "Accept the ruling as final and binding"),
    ("repair the ports and moving", "Repair the ports"),
])
def test_a_label_may_end_on_an_adjective_in_ing_but_not_on_a_verb_without_its_object(text,
                                                                                      label):
    assert fit(text) == label


def test_a_deal_signed_in_a_timelines_present_is_named_by_the_signing_not_the_signers():
    clause = ("Army delegation head Lieutenant General Omar Saleh and RSF negotiator Major General "
              "Adam Kuku sign the agreement.")
    assert agreement_label(clause) == "Sign the agreement"


def test_who_says_so_set_off_inside_a_clause_leaves_no_stray_comma():
    text = "The main sticking point, according to two diplomats, is the order of the release"
    assert fit(text, limit=18, first_clause=False) == \
        "The main sticking point is the order of the release"


def test_a_body_set_up_in_a_short_list_item_is_named_as_new_not_cut_to_its_head():
    item = "decided to establish a working group on critical minerals processing;"
    label = agreement_label("establish a working group on critical minerals processing", item)
    assert label == "New working group on critical minerals processing"
    assert not copies(label, item)


@pytest.mark.parametrize(
    ("item", "label"),
    [("to fast-track the construction of the Kisumu-Port Bell ferry link;",
      "Construction of the Kisumu-Port Bell ferry link"),
     ("that the Joint Technical Committee on Lake fisheries would meet within three months;",
      "Joint Technical Committee on Lake fisheries to meet")],
)
def test_a_short_list_item_is_labelled_without_repeating_it_or_losing_its_object(item, label):
    assert agreement_label(item.strip(";"), item) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Arden to host the seventh meeting of the Arden-Brel High-Level Coordination and "
         "Cooperation Committee (COSBAR) in Tarn in October",
         "Arden to host the seventh meeting of COSBAR in Tarn"),
        ("set up a joint hotline between the Arden Coast Guard and Brel's Maritime Security "
         "Agency (Bakbrel) to share information on fishing boats",
         "Set up a joint hotline between the Arden Coast Guard and Brel's Bakbrel"),
        ("open an office of the Arden Trade Agency (ATA) in Tarn",
         "Open an office of the Arden Trade Agency in Tarn"),  # it fits: the name stays
    ],
)
def test_a_long_name_a_cut_would_drop_is_kept_by_its_short_form(text, label):
    assert fit(text) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The sides agreed to instruct their governments to speed up work on the new bridge.",
         "Speed up work on the new bridge"),
        ("The ministers agreed to direct the relevant agencies to agree on gas volumes by May.",
         "Agree on gas volumes by May"),
    ],
)
def test_the_parties_own_officials_told_to_act_are_left_out_of_the_act(clause, label):
    assert agreement_label(clause) == label


@pytest.mark.parametrize(
    ("item", "label"),
    [
        ("a joint investment of AUD 50 million in critical minerals processing projects;",
         "Joint investment in critical minerals processing projects"),
        ("a grant of 2.4 billion yen for the procurement of polio vaccines;",
         "Grant for the procurement of polio vaccines"),
    ],
)
def test_a_label_that_would_copy_its_list_item_drops_the_sum_before_the_purpose(item, label):
    assert agreement_label(item, item) == label


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("The two sides reached consensus on advancing the construction of the Tarn railway.",
         "Advance the construction of the Tarn railway"),
        ("The ministers reached an understanding on resuming direct flights between the capitals.",
         "Resume direct flights between the capitals"),
    ],
)
def test_a_consensus_reached_on_an_act_is_labelled_by_the_act(clause, label):
    assert agreement_label(clause) == label
