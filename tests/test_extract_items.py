"""Sentences in, briefing items out: the rules for agreements, open issues and quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.items import extract_items

REFERENCE = dt.date(2025, 11, 24)  # a Monday
PEOPLE = ["Donald Trump", "Xi Jinping", "Janet Yellen", "Antony Blinken", "Karoline Leavitt"]


def items(*sentences: str, reference: dt.date = REFERENCE):
    return extract_items([list(sentences)], reference, PEOPLE, ["United States", "China"])


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The two leaders agreed to extend the truce by a year.",
         ["Extend the truce by a year"]),
        ("Arden and Brel agreed on Tuesday to reopen the border crossing.",
         ["Reopen the border crossing"]),
        ("China pledged to resume soybean purchases and to address fentanyl precursor exports.",
         ["China to resume soybean purchases", "China to address fentanyl precursor exports"]),
        ("Japan and India signed a memorandum of understanding on rail.",
         ["Sign a memorandum of understanding on rail"]),
        ("The leaders affirmed their joint commitment to preserve regional security.",
         ["Preserve regional security"]),
        ("Indonesia will eliminate 99 percent of tariff barriers on U.S. goods.",
         ["Indonesia to eliminate 99 percent of tariff barriers"]),
        ("The U.S. and China are also exploring co-operation on critical minerals.",
         ["Explore co-operation on critical minerals"]),
        ("The ministry will fund two clinics in Avel and will continue to support the river "
         "authority.", ["Fund two clinics in Avel", "Continue to support the river authority"]),
        ("The two envoys said after meeting in Oslo that they would share radar data.",
         ["Share radar data"]),
        ("Decides to deploy a monitoring mission to the border within 30 days and requests "
         "the Commission to report back.",
         ["Deploy a monitoring mission to the border within 30 days"]),
        ("Russia will lift its ban on Ardenian poultry once the new checks are in place.",
         ["Russia to lift its ban on Ardenian poultry"]),
        ("Under the deal, Hamas will free 20 hostages and Israel will release 60 prisoners.",
         ["Hamas to free 20 hostages", "Israel to release 60 prisoners"]),
        ("Varo said that Russia is willing to work with Sorland to deepen trade in copper.",
         ["Russia to work with Sorland to deepen trade in copper"]),
        ("The United States and Sorland will work and invest together to build grid lines.",
         ["Work and invest together to build grid lines"]),
        ("They reaffirmed their shared and steadfast commitment to the river accord.",
         ["Commitment to the river accord"]),
        ("The two countries will revive their security pact.", ["Revive the security pact"]),
        ("The ministers instructed their fisheries experts to draft new quotas.",
         ["Draft new quotas"]),
        ("Russia said it would reduce its grain exports by a fifth in March.",
         ["Russia to reduce its grain exports by a fifth"]),
        ("The assembly adopted a resolution urging members to ban drift nets.",
         ["Adopt a resolution urging members to ban drift nets"]),
    ],
)
def test_commitments_are_agreements_one_per_commitment(sentence, whats):
    found = items(sentence).agreements
    assert [a["what"] for a in found] == whats
    assert all(a["evidence"] == sentence for a in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Biden congratulated Angola on signing the Artemis Accords.",
        "The talks ended without an agreement.",
        "He emphasized the United States’ enduring commitment to denuclearization.",
        "The administration remains committed to engaging with both sides.",
        "Varo said Sorland remained committed to its policy of neutrality.",
        "Varo said the deal would create 15,000 jobs in the border provinces.",
        "Varo said the money would fund clinics and schools.",
        "Sorland hopes the two sides will launch direct flights this year.",
        "The ministers will meet in Avel on May 3 to agree on a joint plan.",
        "Decides to remain actively seized of the matter.",
        "The leaders disagreed on tariffs.",
        "Hungary criticised the deal.",
        "“This deal will bring the hostages home,” Biden said.",
        "Biden welcomed the agreement.",
        "It builds on the Trade and Investment Framework Agreement, signed on July 16, 1996.",
        "At the summit, leaders are expected to sign a trade protocol.",
        "Analysts note the planned visits mark a diplomatic opening.",
        "“Today we have signed the most important deal in our history.",
        "The mediators urged the parties to respect their commitments.",
        "The council will hold an emergency session on the floods on Thursday.",
        "Sorland’s Foreign Minister will pay an official visit to Arden from March 12 to 14.",
    ],
)
def test_praise_refusal_and_stated_positions_are_not_agreements(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("We intend to expand seed banks across the region.", "Expand seed banks"),
        ("Chile will immediately purchase two coastal patrol ships.",
         "Chile to buy two coastal patrol ships"),
        ("The envoy reiterated the commitment of Norway to stand with its Baltic neighbours.",
         "Norway to stand with its Baltic neighbours"),
        ("The two ministers will memorialize the framework in a formal text.",
         "Memorialize the framework in a formal text"),
    ],
)
def test_intentions_purchases_and_restated_commitments_are_agreements(sentence, what):
    assert [a["what"] for a in items(sentence).agreements] == [what]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 2019 the United States has provided $40 million to the river fund.",
        "The President has successfully ended three long wars and secured a port deal.",
        "Over the past two years, the partners have already launched a grain corridor.",
    ],
)
def test_past_achievements_are_background_not_agreements(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "agreed"),
    [
        ("The two sides signed the river accord on July 16, 1996.", False),
        ("The ministers agreed to restore a credit line, which had lapsed in 2015.", True),
    ],
)
def test_an_agreement_dated_years_ago_is_history_but_a_date_in_its_relative_clause_is_not(
        sentence, agreed):
    assert bool(items(sentence).agreements) is agreed


def test_list_items_after_an_agreement_lead_in_are_agreements():
    draft = extract_items(
        [["Both governments take note of the following commercial deals:"],
         ["Procurement of aircraft valued at 3.2 billion USD."],
         ["Purchase of agricultural products valued at 4.5 billion USD."],
         ["The talks lasted two hours.", "Both sides spoke."]],
        REFERENCE, PEOPLE, ["United States", "Indonesia"])
    assert [a["what"] for a in draft.agreements] == [
        "Procurement of aircraft",
        "Purchase of agricultural products",
    ]


def test_list_items_after_a_request_are_not_agreements():
    draft = extract_items(
        [["The ministry urged mayors to take the following steps:"],
         ["Open shelters for storm victims;"],
         ["Publish evacuation routes."]],
        REFERENCE, PEOPLE, ["United States", "Indonesia"])
    assert draft.agreements == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("U.S. officials pointed to continuing tensions over export controls and rare-earth "
         "supply chains.", ["Export controls", "Rare-earth supply chains"]),
        ("He raised concerns about the PRC’s unfair trade policies and non-market practices.",
         ["PRC’s unfair trade policies and non-market practices"]),
        ("They discussed global challenges, including Russia’s war in Ukraine and the conflict "
         "in eastern Democratic Republic of the Congo.",
         ["Russia’s war in Ukraine", "Conflict in eastern Democratic Republic of the Congo"]),
        ("She reiterated that no travel announcement has yet been scheduled.",
         ["No travel announcement"]),
        ("Disputes remain over the prisoner lists, and Israel's cabinet has not met.",
         ["Prisoner lists"]),
        ("Orban criticised the deal.", ["Orban criticised the deal"]),
        ("The envoy raised Ruritania’s brutal war against Freedonia and Ruritania’s threats.",
         ["Ruritania’s brutal war against Freedonia"]),
        ("The minister raised concerns about practices in Aland, Tavia, and Orsk, and press "
         "freedom more broadly.",
         ["Practices in Aland, Tavia, and Orsk, and press freedom more broadly"]),
        ("Xi warned Japan over recent comments on Taiwan.",
         ["Japan over recent comments"]),
        ("For years, Peruvian growers have faced barriers when selling fruit in Chile.",
         ["Barriers when selling fruit in Chile"]),
    ],
)
def test_disputes_and_concerns_are_open_issues_one_per_topic(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Still, unresolved issues remain.",
        "The Pope spoke for those suffering from hunger, conflict, and persecution.",
        "The leaders agreed to combat the climate crisis.",
        "The parties will work together to address non-tariff barriers.",
        "Lawmakers called for a briefing next week.",
        "The two leaders discussed issues of mutual concern.",
        "Yet today the harbour is calmer than it was.",
        "The centre-right opposition won a clear majority in the election.",
        "Opposition leader Ana Pires is expected to be sworn in this month.",
        "Arden and Sorland agreed to end a months-long dispute over grain imports.",
        "Their union plans a protest in Avel on Friday.",
        "Sorland imposed export restrictions on Arden in 2019.",
    ],
)
def test_vague_or_addressed_problems_are_not_open_issues(sentence):
    assert items(sentence).open_issues == []


def test_the_same_topic_twice_is_one_issue():
    draft = items("The exchange addressed the war in Ukraine.",
                  "She said they remain neutral in the Ukraine conflict.")
    assert [i["topic"] for i in draft.open_issues] == ["War in Ukraine"]




@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The two ministers remained at odds over grazing rights.", ["Grazing rights"]),
        ("Officials said the talks on river tolls ended in deadlock.", ["River tolls"]),
        ("The canal dispute has strained relations since 2019.", ["Canal dispute"]),
        ("Differences remained over the timetable for troop cuts, a sticking point for both.",
         ["Timetable for troop cuts"]),
        ("Arden and Brel have yet to agree on the sharing of sonar data.",
         ["Sharing of sonar data"]),
        ("The envoys did not reach agreement on visa fees for students.",
         ["Visa fees for students"]),
        ("Both capitals remain divided over the route of the pipeline.",
         ["Route of the pipeline"]),
        ("Both armies accused each other of violating the truce in the valley.",
         ["Violating the truce in the valley"]),
        ("The mediators urged the two militias to allow aid convoys into the city.",
         ["Allow aid convoys into the city"]),
        ("The envoy raised Ruritania’s war against Freedonia and its threats of nuclear use.",
         ["Threats of nuclear use", "Ruritania’s war against Freedonia"]),
        ("The talks made no progress on the question of frozen assets.", ["Frozen assets"]),
        ("The issue of river tolls was not resolved.", ["River tolls"]),
        ("Disagreement persists over the pace of emissions cuts.", ["Pace of emissions cuts"]),
        ("The dispute centres on fishing rights around the islands.",
         ["Fishing rights around the islands"]),
        ("Relations have soured over the detention of two journalists.",
         ["Detention of two journalists"]),
        ("The main obstacle is the sequencing of sanctions relief.",
         ["Sequencing of sanctions relief"]),
        ("Talks broke down over the issue of security guarantees.", ["Security guarantees"]),
        ("There was no breakthrough on the release of the crew.", ["Release of the crew"]),
        ("We urge the other side to stop its provocations at sea.",
         ["Stop its provocations at sea"]),
        ("We have not yet decided on the level of our delegation.", ["Level of our delegation"]),
        ("Fuel shortages in the northern provinces have worsened this winter.",
         ["Fuel shortages in the northern provinces"]),
        ("Officials pointed to the trade deficit with Sorland.", ["Trade deficit with Sorland"]),
        ("The envoy said Sorland would not accept limits on its fishing fleet.",
         ["Limits on its fishing fleet"]),
        ("Ruritania blocked a proposal to extend the measures to potash exports.",
         ["Extend the measures to potash exports"]),
        ("Varo repeated Sorland’s demand for compensation for damage done in World War II.",
         ["Compensation for damage done in World War II"]),
        ("The ministers failed on Tuesday to agree on grazing fees in the uplands, leaving "
         "herders uncertain about the summer.", ["Grazing fees in the uplands"]),
        ("Varo said Sorland would not accept a plan that ignored the new border survey.",
         ["Plan that ignored the new border survey"]),
        ("The envoy warned that unilateral tolls would hurt both ports.", ["Unilateral tolls"]),
        ("Ruritania condemned in the strongest terms the shelling of a bridge in Avel.",
         ["Shelling of a bridge in Avel"]),
        ("Ties have improved, but disagreements over the canal fees remain unresolved.",
         ["Canal fees"]),
        ("Both sides voiced concern over the buildup of troops, although neither named Sorland.",
         ["Buildup of troops"]),
        ("The relief agency accused both armies of blocking grain convoys.",
         ["Blocking grain convoys"]),
        ("The resolution calls for a new fund for flood defences and asks the bank to report.",
         ["New fund for flood defences"]),
        ("Sorland will impose an additional 25% tariff on Ardenian barley from May 1.",
         ["Additional 25% tariff on Ardenian barley"]),
        ("Varo said Arden would not lift its ban on Sorland poultry.",
         ["Ban on Sorland poultry"]),
        ("Hungary voted against the sanctions package.", ["Sanctions package"]),
        ("The leaders failed to reach agreement on Tuesday on how to implement the deal, the "
         "envoy Jane Roe said.", ["How to implement the deal"]),
        ("Belgrade insists on broad self-rule for the association.",
         ["Broad self-rule for the association"]),
        ("The EU would consider consequences if tensions in the north did not ease.",
         ["Tensions in the north"]),
        ("They discussed the challenges posed by Sorland and our shared commitment to peace.",
         ["Sorland"]),
        ("Farmers blocked the roads in protest at cheap imports.", ["Cheap imports"]),
        ("The EU will impose retaliatory tariffs on U.S. goods from March 1.",
         ["Retaliatory tariffs on U.S. goods"]),
        ("Arden offered to cut its 10% tariff on U.S. cars to 2.5% if Sorland drops its levies.",
         ["10% tariff on U.S. cars"]),
        ("The ministers will meet on Friday to discuss the cost of the garrison, an issue that "
         "has strained ties in the past.", ["Cost of the garrison"]),
        ("Arden rejected Sorland’s demand that the drills be cancelled.",
         ["Sorland’s demand that the drills be cancelled"]),
        ("The Left party said it would vote against the budget.", ["Vote against the budget"]),
        ("The accord must still be ratified by the Sorland parliament.",
         ["Ratification of the accord by the Sorland parliament"]),
        ("The pact has yet to be approved by both cabinets.",
         ["Approval of the pact by both cabinets"]),
    ],
)
def test_news_wording_of_disagreement_names_open_issues(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Arden and Brel have yet to agree on the sharing of sonar data.",
        "The envoys did not reach agreement on visa fees for students.",
        "The ministers failed to strike a deal on fishing quotas.",
        "The ministers failed on Tuesday to agree on grazing fees in the uplands.",
        "The envoys again refused to sign the protocol on river tolls.",
    ],
)
def test_an_agreement_not_reached_is_not_an_agreement(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The foreign ministers inked the accord in Lisbon.", "Sign the accord in Lisbon"),
        ("The governors vowed to rebuild the bridge within a year.",
         "Rebuild the bridge within a year"),
        ("The leaders announced a 40 million dollar fund for coral research.",
         "40 million dollar fund for coral research"),
        ("Rao said India would double its purchases of Chilean copper.",
         "India to double its purchases of Chilean copper"),
        ("The ministers affirmed their intention to expand cooperation on tidal power.",
         "Expand cooperation on tidal power"),
        ("The envoys reaffirmed their steadfast support for Moldova’s reforms.",
         "Support for Moldova’s reforms"),
        ("Varo said that Sorland is ready to work with Arden to deepen trade.",
         "Work with Arden to deepen trade"),
        ("After the talks, the two leaders witnessed the signing of a treaty on fisheries.",
         "Sign a treaty on fisheries"),
        ("Arden and Brel are to build a rail bridge over the border river.",
         "Build a rail bridge over the border river"),
        ("The ministers adopted a declaration on river safety.",
         "Adopt a declaration on river safety"),
        ("Both sides agreed in principle to a prisoner exchange.", "Agree to a prisoner exchange"),
        ("The firms signed contracts worth $2 billion.", "Sign contracts worth $2 billion"),
        ("Today, after weeks of talks, Arden and Brel have accepted a cessation of hostilities.",
         "Accept a cessation of hostilities"),
        ("The accord, signed in Lisbon, provides for a phased withdrawal of troops.",
         "Phased withdrawal of troops"),
    ],
)
def test_news_verbs_of_commitment_are_agreements(sentence, what):
    assert [a["what"] for a in items(sentence).agreements] == [what]


def test_a_participle_clause_is_read_on_its_own():
    draft = items("The leaders affirmed their support for a canal free of mines, underscoring "
                  "that raids threaten shipping in the strait.")
    assert [a["what"] for a in draft.agreements] == ["Support for a canal free of mines"]
    assert [i["topic"] for i in draft.open_issues] == ["Shipping in the strait"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Will the minister attend the peace conference in Geneva next month?",
        "Did the two sides agree to extend the truce?",
        "Is there a dispute over the border?",
    ],
)
def test_a_question_states_no_item(sentence):
    draft = items(sentence)
    assert (draft.agreements, draft.open_issues, draft.upcoming) == ([], [], [])


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The two ministers signed a treaty on river safety.", "signed"),
        ("The leaders agreed to consider opening a consulate in Lagos.", "proposed"),
        ("The two sides are exploring a joint satellite launch.", "exploring"),
        ("The two leaders agreed that the envoy will visit Lima to follow up on their "
         "discussions.", "pledged"),
        ("Arden agreed to extend the truce by a year.", "agreed"),
    ],
)
def test_an_agreement_s_status_says_how_far_it_went(sentence, status):
    [agreement] = items(sentence).agreements
    assert agreement["status"] == status


def test_he_or_she_who_travels_is_the_person_named_just_before():
    draft = items("Janet Yellen will arrive in Cairo on Thursday.",
                  "She will also visit Amman on Friday.")
    assert [(e["what"], e["who"]) for e in draft.upcoming] == [
        ("Janet Yellen visit to Cairo", ["Janet Yellen"]),
        ("Janet Yellen visit to Amman", ["Janet Yellen"])]


def test_an_event_set_during_the_visit_before_it_takes_the_visit_s_date():
    draft = items("Janet Yellen will visit Kenya from 14 to 16 December.",
                  "During the visit, the two ministers will co-chair the 4th session of the "
                  "Joint Commission in Nairobi.")
    assert [(e["kind"], e["when"]) for e in draft.upcoming] == [
        ("visit", "2025-12-14/2025-12-16"), ("meeting", "2025-12-14/2025-12-16")]
    assert draft.unsure == []


def test_an_undated_event_in_a_city_of_a_dated_trip_takes_the_trip_s_date():
    draft = items("Janet Yellen will travel to Nairobi and Addis Ababa on Friday.",
                  "In Addis Ababa, she will meet Chairperson Moussa Diallo.")
    assert [(e["where"], e["when"]) for e in draft.upcoming] == [
        ("Nairobi and Addis Ababa", "2025-11-28"), ("Addis Ababa", "2025-11-28")]


def test_the_note_on_an_undated_event_names_it_as_the_draft_finally_labels_it():
    draft = items("Janet Yellen will arrive in Cairo on Thursday.", "She will also visit Amman.")
    assert draft.unsure == ["upcoming[1] has no date: Janet Yellen visit to Amman"]
