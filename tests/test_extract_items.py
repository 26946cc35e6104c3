"""Sentences in, briefing items out: the rules for agreements, open issues and quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.items import extract_items, undated

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
         ["Sign a memorandum on rail"]),
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
        ("Arden and Brel will embark together on a bilateral dialogue on strategic stability.",
         ["Embark together on a bilateral dialogue on strategic stability"]),
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
        ("Varo said Arden would continue to support Brel on its path to the customs union.",
         ["Arden to continue to support Brel on its path to the customs union"]),
        ("Varo told Lind that Arden would lift its ban on Brelish fish.",
         ["Arden to lift its ban on Brelish fish"]),
        ("The Brelish export bank will lend $850 million for the power line.",
         ["Lend $850 million for the power line"]),
        ("Arden will raise the quota of Brelish seasonal workers to 12,000.",
         ["Raise the quota of Brelish seasonal workers to 12,000"]),
        ("The negotiating teams will complete the legal review of the text within 90 days.",
         ["Complete the legal review of the text within 90 days"]),
        ("Sorland will study a second power cable to Arden.",
         ["Study a second power cable to Arden"]),
        ("The assembly adopted a resolution urging members to ban drift nets.",
         ["Adopt a resolution urging members to ban drift nets"]),
        # a name ending in "an" or "no" before "agreed" is no article ("an agreed plan")
        ("Saudi Arabia and Iran agreed to reopen their embassies.", ["Reopen the embassies"]),
        ("Egypt and Sudan agreed to coordinate their positions on the dam.",
         ["Coordinate the positions on the dam"]),
        ("Negotiators agreed in Dar es Salaam to extend the truce.", ["Extend the truce"]),
        ("The leaders confirmed their resolve to promote trade in farm goods.",
         ["Promote trade in farm goods"]),
        ("They agreed that the port's security was central to the trade route.",
         ["Port's security central to the trade route"]),
        ("The ministers welcomed progress under the fisheries plan and agreed to open a joint "
         "patrol centre in Tanga.", ["Open a joint patrol centre in Tanga"]),
        ("The ministers welcomed progress under the fisheries plan.",
         ["Welcome progress under the fisheries plan"]),
        ("The minister said Arden would also help Brel build gas storage capacity.",
         ["Arden to help Brel build gas storage capacity"]),
        ("The two sides agreed to renew the Tarn Water Treaty, which expires next year, and to "
         "begin technical talks on its renewal.",
         ["Renew the Tarn Water Treaty",
          "Begin technical talks on the renewal of the Tarn Water Treaty"]),
        ("Arden and Brel agreed on Monday to reopen the Tarn border crossing, the main trade "
         "route between the two countries, after a week-long closure.",
         ["Reopen the Tarn border crossing"]),
        ("The United States accepted China's offer to mediate in the border dispute.",
         ["China to mediate in the border dispute"]),
        ("The two governments inked deals worth $1.2 billion in energy and transport.",
         ["Sign deals worth $1.2 billion in energy and transport"]),
        ("The trade ministry said China would tighten rules of origin checks and crack down on "
         "trade fraud.", ["China to tighten rules of origin checks and crack down on trade fraud"]),
        ("The bloc also formally admitted Timor-Leste as its 11th member.",
         ["Admit Timor-Leste as its 11th member"]),
        ("The leaders called on all parties in the valley to halt violence and agreed to "
         "accelerate negotiations on a code of conduct.",
         ["Accelerate negotiations on a code of conduct"]),
        ("The leaders also endorsed a new Security and Defence Partnership Roadmap.",
         ["Endorse a new Security and Defence Partnership Roadmap"]),
        ("The minister welcomed China's decision to purchase additional U.S. aircraft.",
         ["China to buy additional U.S. aircraft"]),
        ("The two presidents witnessed the exchange of a number of agreements and memoranda of "
         "understanding between the two countries, including a Comprehensive Economic "
         "Partnership Agreement (CEPA) and an agreement on the avoidance of double taxation.",
         ["Exchange a Comprehensive Economic Partnership Agreement",
          "Exchange an agreement on the avoidance of double taxation"]),
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
        "The new framework will help narrow the trade deficit.",
        "Sorland hopes the two sides will launch direct flights this year.",
        "The ministers will meet in Avel on May 3 to agree on a joint plan.",
        "The navies of Arden and Brel will conduct a joint patrol in the strait next month.",
        "The Fund said a team would return to Avel in September for the first review.",
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
        "Urges the parties to respect their commitments under the truce.",
        "The council called on the Armed Forces of Arden and the Brelish Rapid Support Forces to "
        "agree to an immediate humanitarian truce.",
        "Both sides welcomed the new fellowship, which the institute intends to launch this fall.",
        "The council will hold an emergency session on the floods on Thursday.",
        "Sorland’s Foreign Minister will pay an official visit to Arden from March 12 to 14.",
        "Tehran’s reaction to Thursday’s signing was not immediately available.",
        "The approved budget puts the city’s spending at about 1.06 billion euros.",
        "The absence of agreed rules for drought years worries farmers.",
        "The leaders agreed to stay in close contact.",
        "Short ceasefires agreed in the following weeks were violated almost at once.",
        "What Sorland will release when the rains fail, nobody knows,” said a researcher.",
        "They reflected on the partnership, a year since the Kensington Treaty was signed.",
        "Critics say the deal will increase prices for consumers.",
        "Farmers fear the deal will open the market to cheap beef.",
        "The opposition has vowed to scrap the agreement if it wins power.",
        "Sorland wants Arden to commit to stricter fishing rules.",
        "Previous ceasefires agreed in Avel collapsed within days.",
        "The envoy commended Arden’s reforms and highlighted Sorland’s support for the accords.",
        "The move will deepen Sorland’s isolation.",
        "Arden will continue to be a reliable partner of Brel.",
        "The partnership will support the development of low-carbon port services.",
        "Technical teams will meet next week to discuss the cost formula, which has not yet "
        "been agreed.",
        "The leaders agreed to discuss them further.",
        "The partners will do so by promoting exchanges of students.",
        "We have raised the matter with our friends, and we will continue to do so.",
        "The prisoner exchange agreed today will bring hope to thousands of families.",
        "The minister will pay a courtesy call on the King on Friday.",
        "Ties have grown across many sectors since the two countries upgraded their relationship "
        "to a Strategic Partnership.",
        "The ministry will continue to work to conclude them.",
        "The presidents will discuss their shared resolve to deepen ties.",
        "They reviewed the talks, affirming that the forum will allow both sides to trade more.",
        "Egypt fears the dam will reduce its share of Nile water.",
        "Officials worried that the new levy would hurt exporters.",
        "Brel raised the increase in the Ardenian truck toll, which hauliers say will raise their "
        "costs.",
        "Lind added that the fees charged by the operator for carrying crude to Brelish "
        "refineries were too high.",
        "The talks, mediated by Brel, will resume in Tarn on June 20.",
        "The Prime Minister welcomed President Lind's intention to visit Arden later this year.",
        "We will share more details as they become available.",
        "I will start with Brel, where the parties signed a truce in Tarn yesterday.",
        "The first meeting of the fisheries dialogue, to be established under the memorandum, "
        "will be held in Tarn in June.",
        "A signing ceremony will be held in Tarn on Sunday.",
        "The president vowed to retaliate if the tariffs take effect.",
        "He repeated Brel's position that the treaty cannot be signed until Arden amends its "
        "constitution.",
        "However, a memorandum on halal certification, which had been expected to be signed "
        "today, was not ready, the statement said.",
        "They stressed the provisions of the Tarn Accord, so there will be no weapons without "
        "the consent of the government.",
        "Critics say the agreement gives Brel too much control over the port.",
        "Arden is ready to sign a security pact if Brel agrees to joint patrols.",
        "The 300-km pipeline, expected to cost about 130 million euros, will allow Brel to "
        "receive oil via Arden.",
        "Clashes have persisted in the valley despite the truce the two sides signed.",
        "The two presidents signed a peace agreement in Washington in June.",
        "The two sides underlined the importance of intensifying efforts to achieve a ceasefire "
        "in the valley.",
        "The president expressed his confidence that the visit will contribute to advancing the "
        "partnership between the two countries.",
        "Brel will continue to insist on the return of the islands.",
        "The minister said Brel would continue to raise the issue with its neighbour.",
    ],
)
def test_praise_refusal_and_stated_positions_are_not_agreements(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("We intend to expand seed banks across the region.", "Expand seed banks"),
        ("We express deep concern over the spread of synthetic drugs, and direct the Secretariat "
         "to prepare a regional action plan.", "Prepare a regional action plan"),
        ("We direct the Secretariat to draft a protocol on transit.",
         "Draft a protocol on transit"),
        ("The two ministers agreed on the telephone on Monday to hold a strategic dialogue.",
         "Hold a strategic dialogue"),
        ("The consultations concluded here today with an agreement to complete the railway "
         "study by the end of next year.", "Complete the railway study by the end of next year"),
        ("Chile will immediately purchase two coastal patrol ships.",
         "Chile to buy two coastal patrol ships"),
        ("Under the schedule, Brel will ensure an inflow of no less than 400 cubic metres per "
         "second into the reservoir.",
         "Ensure an inflow of no less than 400 cubic metres per second into the reservoir"),
        ("The envoy reiterated the commitment of Norway to stand with its Baltic neighbours.",
         "Norway to stand with its Baltic neighbours"),
        ("The two ministers will memorialize the framework in a formal text.",
         "Memorialize the framework in a formal text"),
        ("Arden and Brel signed a memorandum on Wednesday to restart the river pipeline, idle "
         "since 2015.", "Sign a memorandum to restart the river pipeline, idle since 2015"),
        ("Arden and Brel agreed on Wednesday to open two more border crossings, a modest step "
         "that leaves the treaty they initialed two years ago still unsigned.",
         "Open two more border crossings"),
        ("The Regional Bank, which has pledged 300 million dollars for the corridor, agreed to "
         "fund a feasibility study of the port.",
         "Fund a feasibility study of the port"),
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
        "The only two states to have signed river treaties with Brel also criticised the plan.",
        "The Regional Bank, which has pledged 300 million dollars for the corridor, criticised "
        "the delays.",
        "The leaders reaffirmed their close ties, underpinned by the Strategic Partnership (SP) "
        "established in 2015.",
        "They recalled the Partnership Agreement signed in October 2017.",
        "The two sides discussed the renewal of the River Water Treaty, signed in 1996 for a "
        "period of 30 years, which expires in December this year.",
        "The group had agreed at its previous meeting to raise June output by the same amount.",
        "Arden urged both sides to implement a normalization plan agreed in Orvo in February "
        "2023 and an annex reached a month later in Tarn.",
    ],
)
def test_past_achievements_are_background_not_agreements(sentence):
    assert items(sentence).agreements == []


def test_a_pledge_stated_after_welcoming_a_past_step_is_an_agreement():
    sentence = ("Minister Sato welcomed the entry into force of the access agreement in September "
                "last year and stated that Japan will provide the coast guard with five vessels.")
    assert [a["what"] for a in items(sentence).agreements] == [
        "Japan to provide the coast guard with five vessels"]


def test_a_commitment_agreed_after_welcoming_a_past_deal_is_an_agreement():
    sentence = ("They welcomed the progress made under the Green Economy Agreement signed in "
                "2022, and agreed to expand the partnership to include critical minerals.")
    assert [a["what"] for a in items(sentence).agreements] == [
        "Expand the partnership to include critical minerals"]


def test_an_act_due_by_a_date_is_also_an_agreement_unless_it_leads_a_list():
    drafted = items("A joint committee will draw up the arrangements and must submit its "
                    "proposals to both governments within 90 days.")
    assert [a["what"] for a in drafted.agreements] == ["Draw up the arrangements"]
    assert [u["kind"] for u in drafted.upcoming] == ["deadline"]
    assert items("The two sides shall take the following actions by May 14, 2026:").agreements \
        == []
    continued = items("The two sides will continue discussions on fishing quotas.")
    assert [a["what"] for a in continued.agreements] == ["Continue discussions on fishing quotas"]


def test_an_act_due_by_a_date_in_a_dispute_is_no_agreement():
    drafted = items("Brel insists that farmers in the north may keep their old permits, while "
                    "Arden says all herds must carry new tags by the end of December.")
    assert drafted.agreements == []
    assert drafted.open_issues and [u["kind"] for u in drafted.upcoming] == ["deadline"]


def test_a_signing_expected_by_a_date_is_still_an_agreement():
    assert [a["what"] for a in items("Both sides are expected to have signed the river "
                                     "accord by Friday.").agreements] == \
        ["Sign the river accord by Friday"]


@pytest.mark.parametrize(
    ("sentence", "agreed"),
    [
        ("The two sides signed the river accord on July 16, 1996.", False),
        ("The ministers agreed to restore a credit line, which had lapsed in 2015.", True),
        ("The two countries signed a defence pact in 2019 that expires next year.", False),
        ("The two sides signed a grain deal on Sept. 2.", False),
        ("The two sides signed a grain deal on Nov. 20.", True),
        ("They reaffirmed their commitment to the Good Friday Agreement.", True),
        ("The ministers agreed to restart a river dialogue suspended since 2019.", True),
        ("They agreed to talks on rice exports, halted since 2001 after a blight.", True),
        ("Ties improved after 2021, when the two sides signed a grain deal.", False),
        ("Ties have improved since 2021, when the two sides signed a grain deal.", False),
        ("Those words echo the Lima Declaration, which the two presidents signed in "
         "December 2019.", False),
        ("Who will pay for the bridge is still being worked out, an official said.", False),
        ("He was asked about the delta, where Arden and Brel have signed separate fishing "
         "deals with Sorland.", False),
        ("The leaders met in Rome, where they agreed to open a joint trade office.", True),
        ("The last session was held in Lagos in 2023, where the two countries signed a deal on "
         "driving licences.", False),
        ("Once signed, the agreement will be submitted to the Brelish parliament for approval.",
         False),
        ("Three hundred days ago, Sorland launched an assault on Brel.", False),
        ("In September, the two leaders agreed to open two more border crossings.", False),
        ("The ministers agreed in August to launch a dialogue on energy.", False),
        ("Berg visited Arville in July, when the two sides agreed to build a bridge.", False),
        ("In November, the two leaders agreed to open two more border crossings.", True),
        ("Recalling the accord signed in July, the two leaders agreed to extend the truce.",
         True),
        ("The Brelish parliament approved the accord in June 2025, with broad support.", False),
        ("The Brelish parliament approved the accord in October 2025, with broad support.",
         True),
        ("Arden told Brel that it would lift its ban on fruit imports, imposed after a pest "
         "outbreak in 2021, once inspections were completed.", True),
        ("The 2002 Sea Treaty, signed on the day of independence, set up a joint fishing zone.",
         False),
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


def test_a_decision_list_s_items_that_take_a_stance_are_not_agreements():
    draft = extract_items(
        [["Acting under Article 7 of its Protocol, the Council adopted the following decision:"],
         ["1. Commends the mediators for their sustained efforts;"],
         ["2. Expresses deep concern over the delays in the deployment of unified forces;"],
         ["3. Condemns the recent clashes in the north;"],
         ["4. Expresses concern over the funding gap, as the Commission has received less than "
          "half of its approved budget;"],
         ["5. Decides to dispatch a field mission to Brel;"],
         ["6. Decides to remain actively seized of the matter."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"])
    assert [a["what"] for a in draft.agreements] == ["Dispatch a field mission"]


def test_no_decision_on_what_the_sentence_before_put_up_is_named_by_it():
    draft = extract_items(
        [["Both sides intend to examine whether Ardenian firms can use the new LNG terminal.",
          "No decision has yet been taken on this."]],
        REFERENCE, PEOPLE, ["United States", "Indonesia"])
    assert [i["topic"] for i in draft.open_issues] == [
        "No decision on whether Ardenian firms can use the new LNG terminal"]


def test_no_decision_on_what_its_own_sentence_put_up_is_named_by_it():
    draft = extract_items(
        [["The minister noted that Arden is reviewing options to ease visas for Brelish students, "
          "and that no decision has yet been taken."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"])
    assert [i["topic"] for i in draft.open_issues] == [
        "No decision on options to ease visas for Brelish students"]


def test_one_thanked_and_then_invited_as_him_is_the_visitor():
    draft = extract_items(
        [["President Ana Lind thanked Prime Minister Tom Berg for the warm hospitality and "
          "invited him to visit Arden in May."]],
        REFERENCE, ["Ana Lind", "Tom Berg"], ["Arden", "Brel"])
    assert [(e["what"], e["who"]) for e in draft.upcoming] == [
        ("Tom Berg visit to Arden", ["Tom Berg"])]


def test_the_list_of_who_took_part_holds_no_agreement():
    draft = extract_items(
        [["On the Ardenian side, the following took part in the consultations:"],
         ["Federal Chancellor Ada Lind"], ["Federal Minister of Defence Tom Berg"]],
        REFERENCE, PEOPLE, ["United States", "Indonesia"])
    assert draft.agreements == []


def test_a_list_item_whose_label_would_be_its_subject_alone_is_no_agreement():
    draft = extract_items(
        [["Both governments take note of the following commercial deals:"],
         ["We — the leaders of Arden, Brel and Corvia — stand together."]],
        REFERENCE, PEOPLE, ["United States", "Indonesia"])
    assert [a["what"] for a in draft.agreements] == []


def test_list_items_giving_examples_of_where_a_pledge_goes_are_not_agreements_of_their_own():
    draft = extract_items(
        [["Arden will invest $40 billion in Brel's industrial base."],
         ["The funds will go to strategic sectors, including:"],
         ["Port infrastructure and dredging;"],
         ["Shipbuilding and repair."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"])
    assert [a["what"] for a in draft.agreements] == ["Invest $40 billion in Brel's industrial base"]


def test_list_items_after_deals_signed_including_are_agreements():
    draft = extract_items(
        [["The ministers signed four agreements, including:"],
         ["A memorandum on port infrastructure;"],
         ["An agreement on shipbuilding."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"])
    assert [a["what"] for a in draft.agreements] == [
        "Memorandum on port infrastructure", "Agreement on shipbuilding"]


def test_a_list_item_holding_two_commitments_gives_one_agreement_each():
    draft = extract_items(
        [["The two governments take note of the following commitments:"],
         ["Sorland will lift its tariffs on steel, and Brel will open two ports to Sorland ships."],
         ["Purchase of grain worth 2 billion USD."]],
        REFERENCE, PEOPLE, ["Sorland", "Brel"])
    assert [a["what"] for a in draft.agreements] == [
        "Lift its tariffs on steel", "Open two ports to Sorland ships",
        "Purchase of grain worth 2 billion USD"]


def test_a_heading_after_a_lead_in_names_a_section_and_is_no_agreement():
    draft = extract_items(
        [["The two sides reviewed cooperation in the following areas:"],
         ["Energy and Climate"],
         ["The two sides agreed to consult regularly on energy markets."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"], headings=frozenset({1}))
    assert [a["what"] for a in draft.agreements] == ["Consult regularly on energy markets"]


def test_a_heading_that_names_a_section_by_its_aim_commits_no_one():
    draft = extract_items(
        [["Intensifying collaboration on justice and security issues"],
         ["The two sides intend to maintain their strong police cooperation."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"], headings=frozenset({0}))
    assert [a["what"] for a in draft.agreements] == ["Maintain the strong police cooperation"]


def test_a_section_name_run_into_its_paragraph_is_no_issue():
    found = items("Outstanding issues.", "The two sides remain divided over fishing rights.")
    assert [i["topic"] for i in found.open_issues] == ["Fishing rights"]


def test_a_heading_over_the_issues_is_no_issue_but_the_issues_below_it_are():
    draft = extract_items(
        [["Outstanding issues"],
         ["Arden raised the case of a trawler detained in Tarn since May."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"], headings=frozenset({0}))
    assert [i["topic"] for i in draft.open_issues] == ["Case of a trawler detained in Tarn"]


def test_noun_phrases_listed_under_a_heading_of_outcomes_are_agreements_each_a_headline():
    draft = extract_items(
        [["Key outcomes"],
         ["Upgrade of bilateral relations to a Comprehensive Strategic Partnership."],
         ["Agreement on the Establishment of a Joint Working Group on Rice Trade."],
         ["The new bridge will be opened by the two ministers on 26 May."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"], headings=frozenset({0}),
        marked=frozenset({1, 2, 3}))
    assert [a["what"] for a in draft.agreements] == [
        "Upgrade to a Comprehensive Strategic Partnership",
        "Establish a Joint Working Group on Rice Trade"]


@pytest.mark.parametrize("lead_in", ["The two sides agreed to:", "The ministers decided to:",
                                     "The leaders committed themselves to:",
                                     "The two ministers agreed:",
                                     "The agreement delivers openings in key sectors:"])
def test_list_items_after_what_the_parties_agreed_to_are_agreements(lead_in):
    draft = extract_items(
        [[lead_in], ["Convene the joint trade committee in Lima;"],
         ["Open a direct shipping route between the two main ports."]],
        REFERENCE, PEOPLE, ["Peru", "Viet Nam"])
    assert [a["what"] for a in draft.agreements] == [
        "Convene the joint trade committee in Lima", "Open a direct shipping route"]


@pytest.mark.parametrize(("item", "what"), [
    ("Major expansion of grain exports to Peru;", "Major expansion of grain exports to Peru"),
    ("Longstanding restrictions on U.S. cars and trucks will be lifted, granting U.S. "
     "automakers access to the market.", "Longstanding restrictions on U.S. cars and trucks to "
                                         "be lifted"),
    ("Additional purchases of U.S. defense equipment, enhancing interoperability in the region.",
     "Additional purchases of U.S. defense equipment"),
])
def test_the_terms_a_deal_delivers_are_agreements_named_as_the_list_names_them(item, what):
    draft = extract_items([["This agreement delivers breakthrough openings across key sectors:"],
                           [item]], REFERENCE, PEOPLE, ["Peru", "United States"])
    assert [a["what"] for a in draft.agreements] == [what]


def test_a_communique_s_preamble_after_following_the_meeting_does_not_make_its_items_agreed():
    draft = extract_items(
        [["The Commission, following the consultation on the situation in Tarn, convened under "
          "the chairmanship of its Chairperson:"],
         ["Takes note of the briefings by the High Representative;"],
         ["Expresses deep concern over the blockade of fuel supplies to Avel;"],
         ["Endorses the Roadmap for Security Cooperation in Tarn;"]],
        REFERENCE, PEOPLE, ["Arden", "Brel"], marked=frozenset({1, 2, 3}))
    assert [a["what"] for a in draft.agreements] == [
        "Endorse the Roadmap for Security Cooperation in Tarn"]


def test_a_lead_in_of_requests_names_the_concern_it_opens_with():
    draft = items("Regrets that no progress was made on the electoral calendar, and urges the "
                  "transitional authorities to:")
    assert [i["topic"] for i in draft.open_issues] == ["No progress on electoral calendar"]


def test_an_event_a_section_heading_announces_is_drafted_once_with_the_day_told_below():
    draft = extract_items(
        [["Summit in Tarn next month"],
         ["Leaders are due to meet at an Arden-Brel summit in Tarn on December 13."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"], headings=frozenset({0}))
    assert [(e["what"], e["when"]) for e in draft.upcoming] == [
        ("Arden-Brel summit in Tarn", "2025-12-13")]


def test_an_event_named_loosely_before_its_date_is_the_dated_one():
    draft = extract_items(
        [["Arden and Brel will report to the next Ministerial Meeting."],
         ["The Arden-Brel Ministerial Meeting will be held in Tarn on December 13."]],
        REFERENCE, PEOPLE, ["Arden", "Brel"])
    assert [(e["what"], e["when"]) for e in draft.upcoming] == [
        ("Arden-Brel Ministerial Meeting", "2025-12-13")]


def test_a_paragraph_without_a_mark_ends_a_marked_list_whose_items_take_the_lead_in_s_status():
    draft = extract_items(
        [["The two sides signed the following instruments:"],
         ["Memorandum of Understanding on Cooperation in Tourism;"],
         ["Agreement on the Avoidance of Double Taxation."],
         ["The next session of the Commission will be held in Accra in 2029."]],
        REFERENCE, PEOPLE, ["Peru", "Viet Nam"], marked=frozenset({1, 2}))
    assert [(a["what"], a["status"]) for a in draft.agreements] == [
        ("Memorandum on Cooperation in Tourism", "signed"),
        ("Agreement on the Avoidance of Double Taxation", "signed")]


def test_a_list_that_runs_as_one_sentence_with_its_lead_in_ends_at_its_full_stop():
    draft = extract_items(
        [["The leaders announced:"],
         ["a joint investment of AUD 50 million in critical minerals processing projects;"],
         ["the establishment of a Green Hydrogen Taskforce; and"],
         ["a new scholarship fund for graduate students."],
         ["The leaders called for the immediate release of all detained journalists."]],
        REFERENCE, PEOPLE, ["Peru", "Viet Nam"], marked=frozenset({1, 2, 3, 4}))
    assert [a["what"] for a in draft.agreements] == [
        "Joint investment in critical minerals processing projects",
        "Establish a Green Hydrogen Taskforce", "New scholarship fund"]


def test_a_marked_item_of_several_sentences_is_named_by_its_first():
    draft = extract_items(
        [["The two sides agree to the following steps to restore calm in the border areas:"],
         ["Withdraw heavy weapons from the border to their bases.",
          "A joint team will verify each withdrawal."],
         ["Refrain from harmful rhetoric in official channels."],
         ["The President has hailed the deal.", "It is what winning feels like for all of us."]],
        REFERENCE, PEOPLE, ["Peru", "Viet Nam"], marked=frozenset({1, 2, 3}))
    assert [a["what"] for a in draft.agreements] == [
        "Withdraw heavy weapons", "Refrain from harmful rhetoric"]


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
        ("Orban criticised the deal.", ["Criticism of the deal by Orban"]),
        ("The envoy raised Ruritania’s brutal war against Freedonia and Ruritania’s threats.",
         ["Ruritania’s brutal war against Freedonia"]),
        ("The minister raised concerns about practices in Aland, Tavia, and Orsk, and press "
         "freedom more broadly.",
         ["Practices in Aland, Tavia, and Orsk, and press freedom more broadly"]),
        ("Xi warned Japan over recent comments on Taiwan.",
         ["Comments on Taiwan"]),
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
        "The core disagreement, however, has not moved.",
        "Diplomats said the talks foundered on the same issues that sank previous rounds.",
        "The envoy stressed that disputes must be resolved peacefully.",
        "The ministry welcomed the statements of concern issued by its partners.",
        "Voters in the south rejected it by a large margin.",
        "A spokesman for the ministry refused to comment.",
        "The envoy refused to say when the talks would resume.",
        "The door remains open to talks.",
        "The minister raised the matter with the High Representative last month.",
        # a call to act or a warning of what may come, with no word of what stands in the
        # way, is no issue
        "The envoy warned that unilateral tolls would hurt both ports.",
        "The ministry warned against actions that could harm regional stability.",
        "The mediators urged the two militias to allow aid convoys into the city.",
        "The mediators called on both sides to extend the truce.",
        # a matter told with the date it arose, long before the report, is history
        "On April 2, the President declared a national emergency in response to the trade "
        "deficit caused by unfair tariff and non-tariff barriers.",
        "Arden sought assurances that the new Sorland Port would not affect its shipping.",
        "Brel has not yet provided it.",
        "The President stressed the importance of continuing to support Arden.",
        "Arden is seeking investment from Gulf states in its ports.",
        "The talks have been delayed by a week.",
        "The talks did not produce a breakthrough.",
        "The leaders highlighted the importance of the Lima Declaration as a framework for "
        "migration.",
        "The council discussed sanctions on arms sales to the region.",
        "Regional leaders are due to discuss the dispute at their summit in Lima next month.",
        "Sorland, which moved troops to its border in 2023, has an interest in keeping the "
        "dispute quiet.",
        "The programme lapsed after deadly protests over a fuel tax in 2019 forced the "
        "government to withdraw it.",
        "Its last session, held in Lima in 2019, was followed by a long suspension amid "
        "deteriorating relations.",
        "Avel and Brel signed a revised payment schedule, ending more than a year of wrangling "
        "over the overdue sum.",
        "The row led to a break in relations in December 2020, when Avel accused Brel of "
        "interfering in its affairs.",
        "Both sides agree to refrain from hostile rhetoric and accusations in the media.",
        "We committed to de-escalating tensions and restoring confidence between our two "
        "countries.",
        "Now we must agree on the details, the minister said.",
        "The two neighbours are trying to put years of friction behind them.",
        "Arden will take the matter to the Security Council if no progress is made by June.",
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
        ("The leaders shared the view that fishing disputes in the Gulf of Tarn should be "
         "resolved peacefully.", ["Fishing disputes in the Gulf of Tarn"]),
        ("Our core concern has not changed: the use of Brelish ports by smugglers.",
         ["Use of Brelish ports by smugglers"]),
        ("Twelve Ardenian fishermen in Brelish custody have completed their sentences but have "
         "not yet been repatriated.", ["Fishermen in Brelish custody not yet repatriated"]),
        ("Differences remained over the timetable for troop cuts, a sticking point for both.",
         ["Timetable for troop cuts"]),
        ("Arden and Brel have yet to agree on the sharing of sonar data.",
         ["No agreement on sharing of sonar data"]),
        ("The envoys did not reach agreement on visa fees for students.",
         ["No agreement on visa fees for students"]),
        ("The talks ended on Friday without agreeing on minimum prices for electric cars.",
         ["No agreement on minimum prices for electric cars"]),
        ("There is still no agreement on the price of the gas.",
         ["No agreement on price of the gas"]),
        ("There is no agreement yet on visa fees.", ["No agreement on visa fees"]),
        ("Arden and Brel have found it remarkably difficult to agree on where one ends and the "
         "other begins at sea.", ["No agreement on where one ends and the other begins at sea"]),
        ("Arden and Brel will continue their discussions on the price of the gas, on which the "
         "two sides have not yet reached agreement.", ["Price of the gas"]),
        ("The ministers discussed the slow implementation of the border agreement.",
         ["Slow implementation of the border agreement"]),
        ("Arden and Brel failed to agree on Thursday on steps to normalise relations.",
         ["No agreement on steps to normalise relations"]),
        ("The meeting ended without a deal on Thursday, with the envoys deadlocked over the size "
         "of the fund.", ["Size of the fund"]),
        ("Questions of return are being discussed separately with the Brelish side, and there is "
         "no agreement on that yet.", ["No agreement on questions of return"]),
        ("Arden has offered to cut its own tariffs on Brelish goods as it seeks to avoid a 46% "
         "Brelish tariff on its exports.", ["46% Brelish tariff on its exports"]),
        ("The issue of illegal migration remains a thorn in relations.", ["Illegal migration"]),
        ("The bloc barred its leaders over their failure to implement a five-point peace plan.",
         ["Failure to implement a five-point peace plan"]),
        ("Brel has yet to respond to Arden's request for the extradition of the suspects.",
         ["Arden's request for the extradition of the suspects"]),
        ("Arden is pressing Brel to lift the ban on Ardenian tea imports.",
         ["Ban on Ardenian tea imports"]),
        ("The foreign ministers said differences remained over a number of provisions.",
         ["Differences over provisions"]),
        ("The minister said Arden sought a solution acceptable to all, including the Tarn state "
         "government, which has opposed a deal.",
         ["Tarn state government’s opposition to a deal"]),
        ("Arden and Brel failed to reach an agreement on sharing the waters of the Tarn river "
         "during two days of talks that ended on Tuesday.",
         ["No agreement on sharing the waters of the Tarn river"]),
        ("Both capitals remain divided over the route of the pipeline.",
         ["Route of the pipeline"]),
        ("Both armies accused each other of violating the truce in the valley.",
         ["Accusations of violating the truce in the valley"]),
        ("The envoy raised Ruritania’s war against Freedonia and its threats of nuclear use.",
         ["Threats of nuclear use", "Ruritania’s war against Freedonia"]),
        ("The talks made no progress on the question of frozen assets.",
         ["No progress on frozen assets"]),
        ("The issue of river tolls was not resolved.", ["River tolls"]),
        ("Disagreement persists over the pace of emissions cuts.", ["Pace of emissions cuts"]),
        ("The dispute centres on fishing rights around the islands.",
         ["Fishing rights around the islands"]),
        ("Relations have soured over the detention of two journalists.",
         ["Detention of two journalists"]),
        ("The main obstacle is the sequencing of sanctions relief.",
         ["Sequencing of sanctions relief"]),
        ("Talks broke down over the issue of security guarantees.", ["Security guarantees"]),
        ("Talks on the youth scheme are stuck on the size of the cap.", ["Size of the cap"]),
        ("Fishing quotas and border disputes overshadowed the talks.",
         ["Fishing quotas and border disputes"]),
        ("Disputes, however, loomed large over the preparations.", []),
        ("The envoy pressed his counterparts over re-exports of drones to Tarn, officials said.",
         ["Re-exports of drones to Tarn"]),
        ("The negotiations got bogged down over fishing quotas.", ["Fishing quotas"]),
        ("There was no breakthrough on the release of the crew.",
         ["No breakthrough on release of the crew"]),
        ("We urge the other side to stop its provocations at sea.",
         ["Provocations at sea"]),
        ("We have not yet decided on the level of our delegation.",
         ["No decision on level of our delegation"]),
        ("Fuel shortages in the northern provinces have worsened this winter.",
         ["Fuel shortages in the northern provinces"]),
        ("Officials pointed to the trade deficit with Sorland.", ["Trade deficit with Sorland"]),
        ("The envoy said Sorland would not accept limits on its fishing fleet.",
         ["Sorland’s refusal to accept limits on its fishing fleet"]),
        ("Ruritania blocked a proposal to extend the measures to potash exports.",
         ["Opposition to a proposal to extend the measures to potash exports"]),
        ("Varo repeated Sorland’s demand for compensation for damage done in World War II.",
         ["Compensation for damage done in World War II"]),
        ("The ministers failed on Tuesday to agree on grazing fees in the uplands, leaving "
         "herders uncertain about the summer.", ["No agreement on grazing fees in the uplands"]),
        ("Varo said Sorland would not accept a plan that ignored the new border survey.",
         ["Plan that ignored the new border survey"]),
        ("Ruritania condemned in the strongest terms the shelling of a bridge in Avel.",
         ["Shelling of a bridge in Avel"]),
        ("Ties have improved, but disagreements over the canal fees remain unresolved.",
         ["Canal fees"]),
        ("Both sides voiced concern over the buildup of troops, although neither named Sorland.",
         ["Buildup of troops"]),
        ("The relief agency accused both armies of blocking grain convoys.",
         ["Accusations of blocking grain convoys"]),
        ("The resolution calls for a new fund for flood defences and asks the bank to report.",
         ["New fund for flood defences"]),
        ("Sorland will impose an additional 25% tariff on Ardenian barley from May 1.",
         ["Additional 25% tariff on Ardenian barley"]),
        ("Varo said Arden would not lift its ban on Sorland poultry.",
         ["Ban on Sorland poultry"]),
        ("Hungary voted against the sanctions package.", ["Sanctions package"]),
        ("The leaders failed to reach agreement on Tuesday on how to implement the deal, the "
         "envoy Jane Roe said.", ["No agreement on how to implement the deal"]),
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
        ("Brel again declined the Ardenian request for an arrangement on the return of asylum "
         "seekers.", ["Ardenian request for an arrangement on the return of asylum seekers"]),
        ("The Left party said it would vote against the budget.", ["Vote against the budget"]),
        ("The accord must still be ratified by the Sorland parliament.",
         ["Ratification of the accord by the Sorland parliament"]),
        ("The treaty on the sea border that the two countries signed in 1999 has yet to be "
         "ratified by the Brelish parliament.",
         ["Ratification of the treaty on the sea border by the Brelish parliament"]),
        ("The three memoranda signed by the two governments in the framework of the 2018 accord "
         "still await ratification by the Arden parliament.",
         ["Ratification of the three memoranda by the Arden parliament"]),
        ("The pact has yet to be approved by both cabinets.",
         ["Approval of the pact by both cabinets"]),
        ("The pact is still to be signed by both cabinets.",
         ["Signing of the pact by both cabinets"]),
        ("The deal still needs to be ratified by parliament.",
         ["Ratification of the deal by parliament"]),
        ("The deal, which still needs parliamentary approval, would cut tariffs on cars.",
         ["Parliamentary approval of the deal"]),
        ("The accord is still pending ratification by the Brelish parliament.",
         ["Ratification of the accord by the Brelish parliament"]),
        ("Arden recalls that the border treaty between Arden and the Republic of Brel, signed in "
         "2014, has not been ratified.",
         ["Ratification of the border treaty between Arden and the Republic of Brel"]),
        ("The fisheries accord has not yet been approved by the Brelish cabinet.",
         ["Approval of the fisheries accord by the Brelish cabinet"]),
        ("The accord, which was signed in May, has since been ratified by both parliaments.", []),
        ("The ministers said the accord must still be ratified by parliament.",
         ["Ratification of the accord by parliament"]),
        ("Fruit exports are subject to sanitary protocols that are still pending approval by "
         "the Arden authorities.", ["Approval of sanitary protocols by the Arden authorities"]),
        ("Sticking points include fishing quotas and the status of the islands.",
         ["Fishing quotas", "Status of the islands"]),
        ("The two sides remained at odds over tariffs on Arden cars and auto parts.",
         ["Tariffs on Arden cars and auto parts"]),
        ("The two countries have been at odds over water rights for decades.", ["Water rights"]),
        ("Differences also persist over how to share the cost of the undersea cable.",
         ["How to share the cost of the undersea cable"]),
        ("Tensions have flared again over fishing rights in the gulf.",
         ["Fishing rights in the gulf"]),
        ("Ethiopia has blocked Egyptian exports of cement since March.",
         ["Ethiopia’s block on Egyptian exports of cement"]),
        ("Differences persist over the releases for July and August, when demand for water peaks "
         "in the fields.", ["Releases for July and August"]),
        ("The ministers did not address the maritime claim that the two countries submitted to "
         "the International Court of Justice (ICJ), on which the court has yet to rule.",
         ["Maritime claim that the two countries submitted to the International Court of "
          "Justice"]),
        ("Arden is at loggerheads with Brel over grazing rights.", ["Grazing rights"]),
        ("The two leaders remained apart on compensation for wartime laborers.",
         ["Compensation for wartime laborers"]),
        ("The ministers met in Tarn but could not resolve the outstanding issues.", []),
        ("A senior official, who asked not to be named, said the bloc would consider measures "
         "against Brel if it did not take steps to ease tensions in the north.",
         ["Tensions in the north"]),  # asking not to be named asks nothing of anyone
        ("Arden raised the closure of shops owned by Brelish traders and called for a lasting "
         "solution.", ["Closure of shops owned by Brelish traders"]),
        ("Brel considers the deployment of Ardenian missiles in Tarn a direct threat to its "
         "security.", ["Deployment of Ardenian missiles in Tarn"]),
        ("Brel regards the expansion of the Ardenian alliance as unacceptable.",
         ["Expansion of the Ardenian alliance"]),
        ("Brel firmly opposes the sanctions imposed by Arden on Brelish companies.",
         ["Sanctions imposed by Arden on Brelish companies"]),  # the stance is the evidence
        ("Brel lodged stern representations with Arden over the remarks of its premier on Tarn.",
         ["Remarks of its premier on Tarn"]),
        ("Brel made solemn démarches to Arden over the arms sales to Tarn.",
         ["Arms sales to Tarn"]),
        ("The arrest of the journalist has clouded relations.", ["Arrest of the journalist"]),
        ("The visa regime remains the main obstacle to closer ties.", ["Visa regime"]),
        ("Both sides stressed the need to resolve the boundary question through dialogue.",
         ["Boundary question"]),
        ("Former workers are still seeking compensation from Ardenian companies.",
         ["Compensation from Ardenian companies"]),
        ("The towns of Kadugli and Dilling have been encircled for months.",
         ["Towns of Kadugli and Dilling encircled"]),
        ("More than 40 trucks have been stranded at the border crossing since Monday.",
         ["More than 40 trucks stranded at the border crossing"]),
        ('Lee said the issue of wartime labour "should not be an obstacle" to better ties.',
         ["Wartime labour"]),
        ("Unpaid debts weigh heavily on bilateral ties.", ["Unpaid debts"]),
        ("The border incident continues to cast a shadow over relations.", ["Border incident"]),
        ("The two leaders discussed the question that divides them.", []),
        ("Arden raised concerns with Brel about the new river levy.", ["New river levy"]),
        ("Arden is locked in a dispute with Brel over grazing rights.",
         ["Dispute with Brel over grazing rights"]),
        ("The talks ended on Sunday without agreement on a nationwide ceasefire.",
         ["No agreement on nationwide ceasefire"]),
        ("The ministers parted with no deal on fishing quotas.", ["Fishing quotas"]),
        ("The talks failed to yield an agreement on grazing fees.",
         ["No agreement on grazing fees"]),
        ("Years of talks have yet to produce a binding deal on water sharing.",
         ["No deal on water sharing"]),
        ("The minister criticized what he called Western double standards on Gaza.",
         ["Western double standards on Gaza"]),
        ("The President raised human rights concerns, including in Xinjiang and Tibet.",
         ["Human rights concerns in Xinjiang and Tibet"]),
        ("They discussed the ongoing humanitarian crisis in Gaza.",
         ["Humanitarian crisis in Gaza"]),
        ("Unfair trade practices have hollowed out manufacturing.", ["Unfair trade practices"]),
        ("Illegal immigration and the flow of fentanyl across the border threaten communities.",
         ["Illegal immigration and the flow of fentanyl across the border"]),
        ("The Council urges all states that have not yet ratified the treaty to do so.",
         ["States that have not yet ratified the treaty"]),
        ("The leaders discussed the ongoing negotiations in Doha for a hostage release deal.",
         ["Negotiations in Doha for a hostage release deal"]),
        ("Outstanding issues include the status of the airport.", ["Status of the airport"]),
        ("Both leaders said Sorland’s continued strikes on the power grid showed contempt.",
         ["Sorland’s strikes on the power grid"]),
        ("The office estimates that several thousand soldiers remain in Sorland captivity.",
         ["Several thousand soldiers in Sorland captivity"]),
        ("Financing for the pipeline has not been secured.", ["Financing for the pipeline"]),
        ("A conference of the guarantor powers collapsed over the future of the troops.",
         ["Future of the troops"]),
        ("Sorland will work to resolve long-standing intellectual property issues.",
         ["Long-standing intellectual property issues"]),
        ("The minister said the restrictions on aid convoys were unacceptable and must be "
         "lifted.", ["Restrictions on aid convoys"]),
        ("Moscow raised the fate of civilians held in Ukraine, an accusation Kyiv denies.",
         ["Fate of civilians held in Ukraine"]),
        ("The dispute concerns a triangle of about 100,000 square kilometers of the sea.",
         ["Triangle of about 100,000 square kilometers of the sea"]),
        ("The absence of agreed rules for drought years has turned the dispute into a crisis.",
         ["Absence of agreed rules for drought years"]),
        ("The Council deplores the continued detention of the journalists.",
         ["Detention of the journalists"]),
        ("The Council regrets that Sorland has not lifted its tariffs and calls on it to do so.",
         ["Sorland has not lifted its tariffs"]),
        ("They discussed the negotiations on a trade pact with Chile, which have been stalled "
         "since 2019.", ["Negotiations on a trade pact with Chile"]),
        ("The army accused the militia of violating a pledge signed in May 2023.",
         ["Accusations of violating a pledge"]),
        ("Arden accused the Democratic Republic of the Congo of violating the truce.",
         ["Accusations against the Democratic Republic of the Congo of violating the truce"]),
        ("Sorland accused the two armies of violating the truce.",
         ["Accusations of violating the truce"]),
        ("Chile accused Peru and Bolivia of meddling in its affairs.",
         ["Accusations against Peru and Bolivia of meddling in its affairs"]),
        ("The U.S. has yet to ratify the treaty.", ["U.S. yet to ratify the treaty"]),
        ("Armenia and Azerbaijan have yet to sign a peace treaty.",
         ["Peace treaty not yet signed"]),
        ("Sorland refused to sign the declaration.",
         ["Sorland’s refusal to sign the declaration"]),
        ("Arden’s continued refusal to recognise the ruling does not diminish its force.",
         ["Arden’s refusal to recognise the ruling"]),
        ("Serbia still refuses to recognise Kosovo's independence.",
         ["Serbia’s refusal to recognise Kosovo's independence"]),
        ("Kyiv has long refused to cede territory.", ["Ukraine’s refusal to cede territory"]),
        ("The fate of the detained sailors remains unclear, the ministry said on Monday.",
         ["Fate of the detained sailors"]),
        ("The question of prisoners remains open.", ["Question of prisoners"]),
        ("The issue of compensation was not resolved.", ["Issue of compensation"]),
        ("The sides noted that negotiations on an investment treaty had not been concluded.",
         ["Negotiations on an investment treaty"]),
        ("Sorland has demanded a permanent end to the blockade, which Arden has refused.",
         ["Sorland’s demand for a permanent end to the blockade"]),
        ("Aid agencies say deliveries to the camps remain severely restricted.",
         ["Deliveries to the camps severely restricted"]),
        ("The border crossing remains closed to aid trucks.",
         ["Border crossing closed to aid trucks"]),
        ("The army reinforced its positions and the border crossing remains closed to aid "
         "trucks.", ["Border crossing closed to aid trucks"]),
        ("The fate of the hostages is still unknown.", ["Fate of the hostages"]),
        ("We are concerned about reports of fishermen detained by Brel near the islands.",
         ["Fishermen detained by Brel near the islands"]),
        ("Sorland’s claim to the Avel region has alarmed Arden.",
         ["Sorland’s claim to the Avel region"]),
        ("Plans to fill the reservoir have angered farmers downstream.",
         ["Plans to fill the reservoir"]),
        ("The crossing has been shut since May after protests by truck drivers over fuel "
         "prices.", ["Protests by truck drivers over fuel prices"]),
        ("Relations between Avel and Brel have been strained since 2023, when a minister "
         "insulted the king.", ["Relations between Avel and Brel"]),
        ("Views still differ on the pace of the tariff cuts.", ["Pace of the tariff cuts"]),
        ("Negotiations on a visa waiver have dragged on for six years.",
         ["Negotiations on a visa waiver"]),
        ("A dispute over grazing land between Avel and Brel stalled the project for years.",
         ["Grazing land between Avel and Brel"]),
        ("The ministers agreed to refer the dispute over the border temple to the Joint "
         "Boundary Commission.", ["Border temple"]),
        ("The two sides will continue discussions on Brel's export ban on raw bauxite, which "
         "Arden views as a barrier to trade.", ["Brel's export ban on raw bauxite"]),
        ("Brel denied supplying drones to the rebels, calling the accusation baseless.",
         ["Accusations of supplying drones to the rebels"]),
        ("Some gaps remain on the rules of origin.", ["Rules of origin"]),
        ("The question of grazing fees was not settled at the meeting.", ["Grazing fees"]),
        ("Sand dredging near the border, which farmers say causes erosion, was not resolved "
         "at the talks.", ["Sand dredging near the border"]),
        ("The union said compensation for the drivers had still not been agreed.",
         ["Compensation for the drivers"]),
        ("The minister voiced concern over repeated violations of Arden's airspace by Brelish "
         "military aircraft and over the activities of tankers in the gulf.",
         ["Repeated violations of Arden's airspace by Brelish military aircraft",
          "Activities of tankers in the gulf"]),
        ("Talks stalled over the sharing of river water and over the return of refugees.",
         ["Sharing of river water", "Return of refugees"]),
        ("The Arden-Brel tunnel was also discussed; its financing remains unresolved.",
         ["Financing of the Arden-Brel tunnel"]),
        ("Negotiators ended a week of talks without closing a long-delayed trade agreement.",
         ["Long-delayed trade agreement"]),
        ("Bureaucratic obstacles at border crossings remain a problem for hauliers.",
         ["Bureaucratic obstacles at border crossings"]),
        ("The issue of fishermen was discussed.", ["Issue of fishermen"]),
        ("The ruling of the tribunal has no legal effect.", ["Ruling of the tribunal"]),
        ("The Commission has launched infringement proceedings against Poland over its ban on "
         "grain imports.", ["Poland’s ban on grain imports"]),
        ("Hungary has blocked the release of the next 6.6 billion euro tranche of military aid.",
         ["Hungary’s opposition to the release of the next 6.6 billion euro tranche"]),
        ("Slovakia threatened to veto the sanctions package unless it receives guarantees.",
         ["Slovakia’s opposition to the sanctions package"]),
        ("Brel said the decision of the court was null and void.", ["Decision of the court"]),
        ("The Brelish side has been urged to release the detained fishing boat and its crew.",
         ["Detained fishing boat and its crew"]),
        ("The question of the maritime boundary was also raised.", ["Maritime boundary"]),
        ("The two presidents noted that the question of the free movement of goods at the border "
         "crossing, where traders continue to face delays, requires urgent attention.",
         ["Free movement of goods at the border crossing"]),
        ("Arden again raised the issue of sharing the waters of the river, on which an agreement "
         "has been pending since 2011 because of objections from the state government.",
         ["Sharing the waters of the river"]),
        ("Brel is still negotiating with the rebel authorities on the price of electricity, and "
         "no agreement has been reached for April.", ["Price of electricity"]),
        ("Greece said on Monday that Turkish fighter jets had violated its airspace 27 times.",
         ["Violations of Greece’s airspace"]),
        ("But disputes over maritime boundaries, the continental shelf and the demilitarisation "
         "of the islands remain unresolved.",
         ["Maritime boundaries", "Continental shelf", "Demilitarisation of the islands"]),
        ("Peru remains opposed to the pact over fears for its beef farmers.",
         ["Peru’s opposition to the pact"]),
        ("The talks ended without a deal on the border, U.N. officials said.",
         ["No deal on the border"]),
        ("Arden and Brel failed to resolve their dispute over steel and aluminium tariffs.",
         ["Steel and aluminium tariffs"]),
        ("The Council called on the rebels to cease hostilities and withdraw from the towns "
         "they hold.", ["Hostilities by the rebels"]),
        ("On the Tarn crisis, both sides called for dialogue and negotiation.", ["Tarn crisis"]),
        ("Negotiations on the free trade agreement have been deadlocked since 2022.",
         ["Free trade agreement"]),
        ("Arden has warned it will suspend power exports unless Brel clears its arrears.",
         ["Brel’s arrears"]),
        ("The two sides noted that progress had been slow on the extension of the railway to "
         "Kel.", ["Slow progress on the extension of the railway to Kel"]),
        ("The ministers called for the immediate resolution of the abductions issue.",
         ["Abductions issue"]),
        ("The opposition Socialist Party criticised the package as too little, too late.",
         ["Criticism of the package by the opposition Socialist Party"]),
        ("Arden and Brel have negotiated over the Tarn dam for a decade without reaching a "
         "binding deal.", ["No deal on Tarn dam"]),
        ("The two sides talked about fishing quotas for hours without reaching agreement.",
         ["No agreement on fishing quotas"]),
        ("The minister thanked Brel for its support for an early settlement of the Kel border "
         "dispute.", ["Kel border dispute"]),
        ("Arden will not resume poultry imports until Brel lifts its ban on Ardenian beef.",
         ["Brel’s ban on Ardenian beef"]),
        ("Relations soured after Brel expelled two Ardenian diplomats in March.",
         ["Expulsion of two Ardenian diplomats"]),
        ("Tensions flared again this week after border guards exchanged fire near Kel.",
         ["Tensions after border guards exchanged fire near Kel"]),
        ("The talks adjourned without an agreement on a ceasefire, the Saudi and U.S. "
         "mediators said.", ["No agreement on a ceasefire"]),
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
        "The two sides have not reached an agreement on the price of gas.",
        "The talks ended before the envoys reached an understanding on river tolls.",
        "It is unclear whether the ministers reached a deal on fishing quotas.",
        "The Brelish delegation pressed for an early signing of the water-sharing deal.",
        "The new railway will cut the cost of moving a container by a third.",
        "The agreement establishes a foundation for shared prosperity.",
        "The two sides stopped short of agreeing on a timetable for troop withdrawals.",
        "The talks ended without agreeing on the price of gas.",
        "Brel declined to commit to a date for the withdrawal.",
    ],
)
def test_an_agreement_not_reached_is_not_an_agreement(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The president affirmed Arden's keenness to strengthen its historical relations with "
         "Brel.", []),
        ("The two leaders agreed to further strengthen bilateral ties.", []),
        ("This agreement will open new opportunities for our exporters.", []),
        ("The deal will create 5,000 new jobs in both countries.", []),
        ("The two leaders agreed to deepen cooperation in trade and investment.",
         ["Deepen cooperation in trade and investment"]),
        ("The two leaders agreed to upgrade relations to a strategic partnership.",
         ["Upgrade relations to a strategic partnership"]),
    ],
)
def test_goodwill_with_nothing_named_is_no_agreement_but_a_field_or_an_upgrade_is(sentence,
                                                                                   whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


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
        ("The minister reiterated Sorland’s support for the territorial integrity of Brel.",
         "Support for the territorial integrity of Brel"),
        ("Varo assured him of Arden’s continued support for a durable solution.",
         "Continued support for a durable solution"),
        ("He reaffirmed the Union’s unwavering commitment to rebuild the port.",
         "Commitment to rebuild the port"),
        ("Sorland will continue to improve its business environment.",
         "Continue to improve its business environment"),
        ("We agree to reopen the border crossings and reiterate our commitment to refrain "
         "from the use of force.", "Reopen the border crossings"),
        ("Arden and Brel affirm their commitment to upholding the rights of all, and together "
         "we stand against hatred.", "Uphold the rights of all"),
        ("The President praised the progress made on the corridor, and today announced more "
         "than $560 million in new funding for its ports.",
         "More than $560 million in new funding for its ports"),
        ("The Council agreed to hold its next session in Oslo.",
         "Hold its next session in Oslo"),
        ("Varo said that Sorland is ready to work with Arden to deepen trade.",
         "Work with Arden to deepen trade"),
        ("After the talks, the two leaders witnessed the signing of a treaty on fisheries.",
         "Sign a treaty on fisheries"),
        ("Arden and Brel are to build a rail bridge over the border river.",
         "Build a rail bridge over the border river"),
        ("The ministers adopted a declaration on river safety.",
         "Adopt a declaration on river safety"),
        ("Both sides agreed in principle to a prisoner exchange.", "Prisoner exchange"),
        ("We are committed, together with our partners, to expand the port of Lima.",
         "Expand the port of Lima"),
        ("The two sides pledged, in close coordination with the United Nations, to reopen the "
         "border crossing.", "Reopen the border crossing"),
        ("The two sides agreed, according to officials, to reopen the border crossing.",
         "Reopen the border crossing"),
        ("The two sides agreed, the ministry said, to extend the truce.", "Extend the truce"),
        ("The ministers agreed, after two days of talks, to extend the truce.",
         "Extend the truce"),
        ("The two leaders announced the launch of a strategic dialogue on energy.",
         "Launch a strategic dialogue on energy"),
        ("The ministry announced the conclusion of negotiations on a free trade agreement.",
         "Conclude negotiations on a free trade agreement"),
        ("The deal, signed in May, removes tariffs on cars.", "Remove tariffs on cars"),
        ("The firms signed contracts worth $2 billion.", "Sign contracts worth $2 billion"),
        ("Today, after weeks of talks, Arden and Brel have accepted a cessation of hostilities.",
         "Accept a cessation of hostilities"),
        ("The accord, signed in Lisbon, provides for a phased withdrawal of troops.",
         "Phased withdrawal of troops"),
        ("They instructed the export credit agencies and the relevant ministries of both "
         "countries to conclude the financing talks.", "Conclude the financing talks"),
        ("Requests the Commission to convene a donors’ conference for the border force.",
         "Convene a donors’ conference for the border force"),
        ("Arden and Brel signed on Thursday (26) a memorandum on gas supplies.",
         "Sign a memorandum on gas supplies"),
        ("Officials agreed in Arville on Tuesday to swap calendars of their naval exercises.",
         "Swap calendars of the naval exercises"),
        ("Arden and Brel signed loan agreements worth $790 million with two lenders.",
         "Sign loan agreements worth $790 million with two lenders"),
        ("The two presidents agreed to meet again in Arville, where they will open a bridge.",
         "Meet again in Arville"),
        ("The leaders tasked their foreign ministers with preparing a roadmap for visa talks.",
         "Prepare a roadmap for visa talks"),
        ("The council entrusted the secretariat with organising a donors’ conference.",
         "Organise a donors’ conference"),
        ("The ministers tasked officials with drawing up a plan for the border crossings.",
         "Draw up a plan for the border crossings"),
        ("The ministers reached an understanding on the resumption of direct flights.",
         "Resumption of direct flights"),
        ("The two sides reached an agreement to resume direct flights.", "Resume direct flights"),
        ("The ministers held talks on Monday, with both sides vowing to push forward the "
         "Arden-Brel railway.", "Push forward the Arden-Brel railway"),
        ("The deal includes a commitment to build a railway linking the two capitals.",
         "Build a railway linking the two capitals"),
        ("Arden secured a $500 million loan from the World Bank.",
         "Secure a $500 million loan from the World Bank"),
        ("Arden will mobilise an additional €20 million in humanitarian aid for the region.",
         "Mobilise an additional €20 million in humanitarian aid for the region"),
        ("The ministers decided on Monday to hold a referendum on the new constitution.",
         "Hold a referendum on the new constitution"),
        ("The ministers agreed that officials would meet in Oslo to finalise a plan on fishing.",
         "Officials to meet in Oslo to finalise a plan on fishing"),
        ("The deal allows Brelish airlines to fly to five Ardenian cities.",
         "Allow Brelish airlines to fly to five Ardenian cities"),
        ("The memorandum sets out a roadmap for cooperation in mining.",
         "Set out a roadmap for cooperation in mining"),
        ("The agreement establishes a joint commission on water.",
         "Establish a joint commission on water"),
        ("Under the deal, Arden will cut tariffs on Brelish sugar to 10 percent.",
         "Cut tariffs on Brelish sugar to 10 percent"),
        ("Arden and Brel inked four agreements covering trade, energy and security.",
         "Sign four agreements covering trade, energy and security"),
        ("The two premiers agreed here on Wednesday to open two new border gates.",
         "Open two new border gates"),
        ("The two premiers welcomed the completion of the gas interconnector and agreed to "
         "double its capacity by 2030.",
         "Double the capacity of the gas interconnector by 2030"),
        ("The pact, signed by the two ministers, raises Arden's power exports to Brel to 400 "
         "megawatts.", "Raise Arden's power exports to Brel to 400 megawatts"),
        ("The agreement, signed by the energy ministers of both countries in the presence of the "
         "prime minister, raises Arden's power exports to 400 megawatts.",
         "Raise Arden's power exports to 400 megawatts"),
        ("The deal, signed at the Hotel Brel in Tarn by Defence Minister Ana Diop and her Ardenian "
         "counterpart Tomas Berg, assigns development of the engine to a joint venture.",
         "Assign development of the engine to a joint venture"),
        ("The Summit adopted the Climate Change Policy and urged states to mobilise resources.",
         "Adopt the Climate Change Policy"),
        ("The two sides reviewed the progress of the Arden-Brel Economic Cooperation Agreement "
         "(AECA) negotiations and agreed to conclude them at the earliest.",
         "Conclude Arden-Brel Economic Cooperation Agreement negotiations at the earliest"),
        ("Officials said the deal, worth 2.3 billion dollars, would see China finance a railway "
         "to the border.", "China to finance a railway to the border"),
        ("The accord, signed in Tarn on Tuesday by the water ministers, commits Arden to "
         "release 30 billion cubic metres a year during droughts.",
         "Release 30 billion cubic metres a year during droughts"),
        ("The two ministers confirmed that they would start negotiations on a new agreement.",
         "Start negotiations on a new agreement"),
        ("The two governments inked a deal to build a cross-border railway linking Kel and "
         "Tarn.", "Build a cross-border railway linking Kel and Tarn"),
        ("Arden and Brel hammered out a deal on fishing quotas after two days of talks.",
         "Reach a deal on fishing quotas"),
        ("The two sides signed off on a joint statement but left out any mention of the dam.",
         "Approve a joint statement"),
        ("The Association Council adopted new Arden-Brel Partnership Priorities for the period "
         "until 2030, focusing on energy and migration.",
         "Adopt new Arden-Brel Partnership Priorities for the period until 2030"),
    ],
)
def test_news_verbs_of_commitment_are_agreements(sentence, what):
    assert [a["what"] for a in items(sentence).agreements] == [what]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The two sides also discussed regional issues, including Gaza, Sudan and Libya.",
         ["Regional issues: Gaza, Sudan and Libya"]),
        ("They discussed regional issues such as Syria and Yemen.",
         ["Regional issues: Syria and Yemen"]),
        ("They discussed regional issues, including trade and energy.", []),
    ],
)
def test_regional_matters_discussed_are_named_by_their_places(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("It remains unclear whether Brel will sign the accord.",
         ["Whether Brel will sign the accord"]),
        ("It is still unclear who will pay for the repairs.", ["Who will pay for the repairs"]),
        ("The question of who would command the monitoring mission was also left open.",
         ["Who would command the monitoring mission"]),
        ("Officials have not said when the border will reopen.", ["When the border will reopen"]),
    ],
)
def test_a_question_no_one_can_answer_yet_is_open_and_named_by_the_question(sentence, topics):
    draft = items(sentence)
    assert [i["topic"] for i in draft.open_issues] == topics
    assert draft.agreements == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Several points remain to be settled, including the safeguard clause on immigration "
         "and the level of Brel's annual contribution.",
         ["Safeguard clause on immigration", "Level of Brel's annual contribution"]),
        ("Differences remain on several points, including fishing quotas and port fees.",
         ["Fishing quotas", "Port fees"]),
    ],
)
def test_matters_left_open_named_only_by_their_examples_are_those_examples(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_what_the_sides_confirm_they_will_not_do_is_no_agreement():
    assert items("Officials confirmed that they would not attend.").agreements == []


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
    "sentence",
    [
        "Recalling its previous decisions and pronouncements on the situation in Arden;",
        "Bearing in mind the dispute over the islands and the tensions in the strait;",
    ],
)
def test_a_preambular_paragraph_recalling_earlier_decisions_states_no_item(sentence):
    draft = items(sentence)
    assert (draft.agreements, draft.open_issues, draft.upcoming) == ([], [], [])


def test_a_sentence_opening_with_recalling_still_states_its_main_clause():
    draft = items("Recalling the accord signed in May, the two leaders agreed to extend the "
                  "truce by six months.")
    assert [a["what"] for a in draft.agreements] == ["Extend the truce by six months"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The two ministers signed a treaty on river safety.", "signed"),
        ("The leaders agreed to consider opening a consulate in Lagos.", "proposed"),
        ("The two sides are exploring a joint satellite launch.", "exploring"),
        ("The two leaders agreed that the envoy will visit Lima to follow up on their "
         "discussions.", "pledged"),
        ("Arden agreed to extend the truce by a year.", "agreed"),
        ("The parties decided to set up a working group on mining, which will hold its first "
         "meeting before the end of 2027.", "agreed"),
        ("The leaders decided to expand cooperation in all areas discussed in the committee.",
         "agreed"),
        ("The leaders agreed to hold a meeting in June to discuss the full range of issues.",
         "agreed"),
        ("China said it would open two border crossings for traders.", "pledged"),
    ],
)
def test_an_agreement_s_status_says_how_far_it_went(sentence, status):
    [agreement] = items(sentence).agreements
    assert agreement["status"] == status


def test_a_coordinated_piece_about_an_old_deal_is_no_agreement():
    draft = items("The ministers noted the slow pace of work on the air services accord signed "
                  "in 2019 and directed their aviation authorities to resolve the open issues "
                  "within six months.")
    assert [a["what"] for a in draft.agreements] == ["Resolve the open issues within six months"]


def test_a_commitment_reaffirmed_after_congratulations_is_an_agreement():
    draft = items("The President congratulated her on her election and reaffirmed his "
                  "commitment to building a prosperous North America.")
    assert [a["what"] for a in draft.agreements] == ["Build a prosperous North America"]


def test_each_coordinated_agreement_has_the_status_of_its_own_verb():
    draft = items("The two sides signed a memorandum on electricity trade and agreed to "
                  "complete a study of a second power line.")
    assert [(a["what"], a["status"]) for a in draft.agreements] == [
        ("Sign a memorandum on electricity trade", "signed"),
        ("Complete a study of a second power line", "agreed")]


def test_he_or_she_who_travels_is_the_person_named_just_before():
    draft = items("Janet Yellen will arrive in Cairo on Thursday.",
                  "She will also visit Amman on Friday.")
    assert [(e["what"], e["who"]) for e in draft.upcoming] == [
        ("Janet Yellen visit to Cairo", ["Janet Yellen"]),
        ("Janet Yellen visit to Amman", ["Janet Yellen"])]


def test_he_who_travels_after_saying_when_is_the_person_named_before_not_whom_he_meets():
    draft = items("Antony Blinken will brief the Council on Thursday.",
                  "On Sunday, he will travel to Riyadh for meetings with Yemeni and Saudi "
                  "officials.")
    assert ("Antony Blinken visit to Riyadh", ["Antony Blinken"]) in [
        (e["what"], e["who"]) for e in draft.upcoming]


def test_an_office_that_travels_is_the_visitor_not_the_body_whose_summit_it_attends():
    draft = items("The Secretary-General will travel to Addis Ababa next month to attend the "
                  "summit of the African Union.")
    assert [(e["what"], e["who"]) for e in draft.upcoming] == [
        ("Secretary-General visit to Addis Ababa", ["Secretary-General"])]


def test_they_who_travel_are_not_the_one_person_named_just_before():
    draft = items("Janet Yellen will arrive in Cairo on Thursday.",
                  "They will also visit Amman on Friday.")
    assert [e["who"] for e in draft.upcoming] == [["Janet Yellen"], []]


def test_the_sitting_of_a_body_set_up_in_the_same_sentence_is_named_by_the_body():
    draft = items("The two leaders agreed to launch an Arctic Security Dialogue, and to hold its "
                  "first meeting in Oslo in the autumn.")
    assert [a["what"] for a in draft.agreements] == [
        "Launch an Arctic Security Dialogue",
        "Hold the first meeting of the Arctic Security Dialogue in Oslo in the autumn"]


def test_the_one_who_travels_on_is_neither_the_host_met_nor_the_spokesperson_quoted():
    draft = extract_items([[
        "Kim Ji-ho is scheduled to arrive in Astana on Dec. 2 for talks with Foreign Minister "
        "Aida Sarsen, ministry spokesperson Lee Min-jun told reporters.",
        "He will then head to Tashkent, where he is expected to meet Foreign Minister Olim "
        "Rashidov on Dec. 5.",
    ]], REFERENCE, ["Kim Ji-ho", "Aida Sarsen", "Lee Min-jun", "Olim Rashidov"],
        ["South Korea", "Kazakhstan"])
    assert [(e["what"], e["who"]) for e in draft.upcoming] == [
        ("Kim Ji-ho visit to Astana", ["Kim Ji-ho"]),
        ("Kim Ji-ho visit to Tashkent", ["Kim Ji-ho"])]


def test_a_speaker_who_says_he_will_travel_is_the_visitor():
    draft = items("Antony Blinken said the talks would resume in Geneva later this month, and "
                  "that he would travel to Cairo next week.")
    assert ("Antony Blinken visit to Cairo", ["Antony Blinken"]) in [
        (e["what"], e["who"]) for e in draft.upcoming]


def test_an_event_set_during_the_visit_before_it_takes_the_visit_s_date():
    draft = items("Janet Yellen will visit Kenya from 14 to 16 December.",
                  "During the visit, the two ministers will co-chair the 4th session of the "
                  "Joint Commission in Nairobi.")
    assert [(e["kind"], e["when"]) for e in draft.upcoming] == [
        ("visit", "2025-12-14/2025-12-16"), ("meeting", "2025-12-14/2025-12-16")]
    assert draft.unsure == []


def test_what_the_visitor_will_do_next_takes_the_visit_s_date():
    draft = items("Janet Yellen will pay an official visit to Kenya from 14 to 16 December.",
                  "She will hold delegation-level talks with the Finance Minister.")
    assert [(e["kind"], e["when"]) for e in draft.upcoming] == [
        ("visit", "2025-12-14/2025-12-16"), ("talks", "2025-12-14/2025-12-16")]


def test_an_undated_event_in_a_city_of_a_dated_trip_takes_the_trip_s_date():
    draft = items("Janet Yellen will travel to Nairobi and Addis Ababa on Friday.",
                  "In Addis Ababa, she will meet Chairperson Moussa Diallo.")
    assert [(e["where"], e["when"]) for e in draft.upcoming] == [
        ("Nairobi and Addis Ababa", "2025-11-28"), ("Addis Ababa, Ethiopia", "2025-11-28")]


def test_the_note_on_an_undated_event_names_it_as_the_draft_finally_labels_it():
    draft = items("Janet Yellen will arrive in Cairo on Thursday.", "She will also visit Amman.")
    assert undated(draft.upcoming) == ["upcoming[1] has no date: Janet Yellen visit to Amman"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The envoys could not agree on the demarcation of the upland pastures, where herders "
         "clashed last month.", ["No agreement on demarcation of the upland pastures"]),
        ("Arden signed the deal, officials said, though talks on the river tolls made little "
         "progress.", ["River tolls"]),
        ("The two sides swapped prisoners, but there was no sign of movement toward broader "
         "peace talks.", ["No sign of movement toward broader peace talks"]),
        ("The fate of the dam, held by rebels since 2022, also remains a point of contention.",
         ["Fate of the dam"]),
        ("The issue of war reparations remains a sore point in relations.",
         ["War reparations"]),
        ("Water sharing has long been a thorny issue between the two countries.",
         ["Water sharing"]),
        ("Talks on the border have stalled.", ["Talks on the border"]),
        ("Negotiations on a free trade agreement remain stalled.", ["Free trade agreement"]),
        ("Negotiations between Arden and Brel on a code of conduct in the bay have stalled over "
         "its legal status.", ["Code of conduct in the bay"]),
        ("Analysts said that Arden's building of roads near the border remains a concern for "
         "Brel.", ["Arden's building of roads near the border"]),
        ("Ties between the neighbours have been strained for years by quarrels stemming from "
         "the colonial era.", ["Quarrels stemming from the colonial era"]),
        ("France has vowed to block the deal, saying it would hurt its farmers.",
         ["France’s opposition to the deal"]),
    ],
)
def test_stalled_talks_lasting_concerns_and_moves_to_block_name_open_issues(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The ministers ended two days of talks in Oslo on Tuesday without settling how to "
         "share this year’s herring catch, officials said.",
         ["How to share this year’s herring catch"]),
        ("The joint commission, whose statute was agreed in 2019, has never been established.",
         ["Joint commission never established"]),
        ("What has never been resolved is who pays for the pipeline.",
         ["Who pays for the pipeline"]),
        ("Brel has never recognised the boundary award, its foreign ministry said.",
         ["Boundary award"]),
        ("Arden has never accepted either.", []),
        ("Water rights continue to divide the two neighbours.", ["Water rights"]),
        ("The envoys met to decide how to divide the relief funds.", []),
        ("Both sides agreed to accelerate the demarcation of the land boundary, which remains "
         "to be completed along several sections.",
         ["Demarcation of the land boundary still to be completed"]),
        ("Leaders acknowledged the divergent views among Members on deep sea mining.",
         ["Divergent views on deep sea mining"]),
    ],
)
def test_what_was_never_settled_is_open_and_named_by_what_it_is(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Humanitarian groups sharply criticised the deal.",
         ["Criticism of the deal by humanitarian groups"]),
        ("Brel criticised the decision.", ["Criticism of the decision by Brel"]),
        ("Arden rejected the offer within hours.", ["Rejection of the offer"]),
        ("Lithuania rejected the offer within hours.", ["Lithuania’s rejection of the offer"]),
        ("The Rapid Support Forces rejected the demand as a call for surrender.",
         ["Rapid Support Forces’ rejection of the demand"]),
        ("Arden rejects any binding quota on the river's flow.",
         ["Binding quota on the river's flow"]),
        ("Tokyo would not accept the proposal, officials said.",
         ["Japan’s refusal to accept the proposal"]),
        ("India did not recognize unilateral sanctions that were not adopted by the UN "
         "Security Council.", ["Unilateral sanctions"]),
        ("At least three more Arden citizens remain in Brel's prisons, the foreign ministry "
         "said on Monday.",
         ["At least three more Arden citizens in Brel's prisons"]),
        ("Relations between the neighbours remain deeply strained.",
         ["Relations between the neighbours"]),
        ("The town has been the scene of repeated road blockades since the mine opened.",
         ["Repeated road blockades"]),
        ("The firm warned it could close the mine if the blockades become permanent.",
         ["Blockades become permanent"]),
        ("Kiprono said talks with the state bank on rescheduling the railway loans had "
         "stalled over the lender's terms.", ["Rescheduling the railway loans"]),
        ("The minister admitted that “the problem has not yet been fully resolved,” but "
         "said the new fund will open soon.", ["Problem not yet fully resolved"]),
        ("In 2023 the court ruled the treaty unconstitutional, a decision that Brel rejected "
         "at the time.", ["Rejection of the decision"]),
        ("In 2023 the court ruled the treaty unconstitutional, a decision that Kuwait rejected "
         "at the time.", ["Kuwait’s rejection of the decision"]),
        ("The United States has also threatened new tariffs on the oil buyers.",
         ["Threat of new tariffs on the oil buyers"]),
        ("Russia threatened Moldova with an energy cutoff.",
         ["Threat of an energy cutoff against Moldova"]),
        ("Russia threatened Moldova.", ["Threats against Moldova"]),
        ("The UAE has been pressing for a rise in the weekly seat quota to 115,000.",
         ["UAE’s demand for a rise in the weekly seat quota to 115,000"]),
        ("Egypt still demands a legally binding agreement that guarantees minimum releases "
         "during droughts.", ["Egypt’s demand for a legally binding agreement"]),
        ("Tokyo has repeatedly asked Moscow to resume the fishing framework, but Russia has "
         "refused.", ["Russia’s refusal to resume the fishing framework"]),
        ("Brussels has urged Belgrade to align with its visa policy, something Serbia has "
         "refused to do since 2022.", ["Serbia’s refusal to align with its visa policy"]),
        ("The Commission has urged Serbia, an EU candidate country, to reduce its dependence on "
         "Russian gas and align with the bloc's sanctions against Moscow, something Belgrade has "
         "refused to do.", ["Serbia’s refusal to reduce its dependence on Russian gas"]),
        ("China has said it is worried about the safety of its own dam downstream.",
         ["Safety of China’s dam downstream"]),
        ("China is worried about a 46% tariff on its exports.", ["46% tariff on China’s exports"]),
        ("Fighting has continued in North and South Kivu despite a ceasefire declaration signed "
         "in July.", ["Fighting in North and South Kivu"]),
        ("Lind proposed setting up a joint water consortium, an idea Brel has yet to endorse.",
         ["Lind’s proposal for a joint water consortium"]),
        ("The president said the two countries must agree on rules for releasing water from the "
         "reservoirs.", ["No agreement on rules for releasing water from the reservoirs"]),
        ("Talks on a sale of the refinery have made little progress, officials say.",
         ["Sale of the refinery"]),
        ("Kyiv said Russia had violated the Easter truce more than 1,000 times.",
         ["Violations of the Easter truce"]),
        ("The move violates international law.", ["Violations of international law"]),
        ("India summoned Pakistan's envoy to protest the shelling.",
         ["Protest over the shelling"]),
        ("Arden lodged a protest with Brel after a Brelish patrol boat entered its waters.",
         ["Protest after a Brelish patrol boat entered its waters"]),
        ("Brelish coast guard ships fired water cannon at an Ardenian supply vessel near the "
         "Tarn Shoal on Saturday.",
         ["Water cannon fired at an Ardenian supply vessel near the Tarn Shoal"]),
        ("Arden expelled two Brelish diplomats in a tit-for-tat move.",
         ["Expulsion of two Brelish diplomats"]),
        ("South Africa recalled its ambassador from Israel for consultations.",
         ["South Africa’s recall of its ambassador from Israel"]),
        ("Brel complained that Arden has not lifted restrictions on imports of Brelish steel "
         "imposed last year.", ["Restrictions on imports of Brelish steel"]),
        ("The EU suspended 1.2 billion euros in aid to Niger after the coup.",
         ["EU’s suspension of 1.2 billion euros in aid to Niger"]),
        ("Tarn blocked a joint EU statement on the conflict.",
         ["Opposition to a joint EU statement on the conflict"]),
        ("Arden and Brel have been locked in a dispute over the river dam for more than a "
         "decade.", ["River dam"]),
        ("Seoul lodged a protest with Tokyo over the history textbooks.",
         ["History textbooks"]),
        ("Beijing has imposed export curbs on rare earths, hitting European carmakers.",
         ["Export curbs on rare earths"]),
        ("The ministers discussed the food insecurity crisis in the Horn of Africa.",
         ["Food insecurity crisis in the Horn of Africa"]),
        ("The leaders condemned Russia's war of aggression against Ukraine.",
         ["Russia's war of aggression against Ukraine"]),
        ("Manila said Chinese ships had harassed Filipino fishermen near Scarborough Shoal.",
         ["Harassment of Filipino fishermen near Scarborough Shoal"]),
        ("Despite the harassment, the supply boat completed its delivery.", []),
        ("The ministers regretted the lack of progress in the settlement talks.",
         ["Lack of progress in settlement talks"]),
        ("Tehran has yet to respond to the proposal.", ["Tehran yet to respond"]),
        ("Indonesia has not yet said how many of the jets, if any, it will buy.",
         ["Indonesia yet to say how many of the jets it will buy"]),
        ("Burkina Faso and Niger have not announced whether they will return their ambassadors.",
         ["Burkina Faso and Niger yet to announce whether they will return their ambassadors"]),
        ("Kenya has not said when the border will reopen.",
         ["Kenya yet to say when the border will reopen"]),
        ("Sudan, which suspended its engagement with IGAD in January 2024, did not attend.",
         ["Sudan’s suspension of its engagement with IGAD"]),
        ("The Executive Secretary said arrears of member states' contributions had reached 38 "
         "million dollars.", ["Arrears of member states' contributions"]),
        ("The visit was postponed, and a new date has not yet been agreed.",
         ["Visit postponed, no new date"]),
        ("She raised the inquests into deaths that were halted under the Legacy Act in May 2024, "
         "which the Brelish Government has yet to restore in full.",
         ["Inquests into deaths not yet restored"]),
        ("Niger has also yet to settle arrears of 30 million dollars owed for fuel deliveries.",
         ["Niger yet to settle arrears of 30 million dollars"]),
        ("Sorland refused to release him.", ["Sorland’s refusal to release him"]),
        ("Lind raised the concern of Tarn firms over the obstacles they continue to face in "
         "obtaining import licences.", ["Obstacles in obtaining import licences"]),
        ("Lind rejected the criticism, saying the port's fees were set by a regulator.",
         ["Criticism of the port's fees"]),
        ("Differences persist, however, on the sharing of the river’s waters.",
         ["Sharing of the river’s waters"]),
        ("The core disagreement, however, has not moved.", []),
        ("The declaration concerns legal pathways and training.", []),
        ("That is not nothing, but it is not yet trust, Lind said.", []),
        ("The ministers called for closer cooperation among law enforcement agencies.", []),
        ("Both sides underscored the importance of strengthening cooperation between law "
         "enforcement and criminal justice agencies.", []),
        ("The leaders underscored the importance of continued collaboration between leading "
         "academic institutions in both countries.", []),
        ("The Vice President underscored the importance of our economic and commercial "
         "partnership.", []),
        ("The two leaders underscored the importance of maintaining cooperation on migration and "
         "tackling the scourge of criminal violence.", []),
        ("The Brelish section of the highway had fallen behind schedule, the minister said.",
         ["Delays on the Brelish section of the highway"]),
        ("The International Monetary Fund rates Brel's risk of debt distress as high.",
         ["Brel's risk of debt distress"]),
        ("Officials said they were still unable to agree on customs and border-control "
         "arrangements for the road, with Baku seeking “unimpeded” passage and Yerevan insisting "
         "that its officers carry out all checks.",
         ["No agreement on customs and border-control arrangements for the road"]),
        ("She said the talks on the river boundary, launched a decade ago, remained stalled.",
         ["River boundary"]),
        ("The disagreement has not been resolved.", []),
        ("Nine member states have not yet ratified the Protocol on Free Movement.",
         ["Protocol on Free Movement not yet ratified"]),
        ("The ministers reviewed the charts and coordinates that both sides have yet to deposit "
         "with the United Nations.", ["Charts and coordinates not yet deposited"]),
        ("The ministers said that both sides have yet to sign the water treaty.",
         ["Water treaty not yet signed"]),
        ("The President reiterated Arden's rejection of any unilateral measures on the river.",
         ["Unilateral measures on the river"]),
        ("The Council repeated its position rejecting the continued occupation of the islands.",
         ["Occupation of the islands"]),
        ("The plan has been held up by objections from the regional government.",
         ["Objections from the regional government"]),
        ("The move drew sharp criticism from neighbouring states.",
         ["Criticism from neighbouring states"]),
        ("The minister said the Government will not tolerate illegal, unreported and "
         "unregulated fishing in national waters.",
         ["Illegal, unreported and unregulated fishing in national waters"]),
        ("Both countries condemn piracy in all its forms and pledge to work together against it.",
         ["Piracy in all its forms"]),
        ("Arden will work to address the concerns of U.S. producers and exporters.",
         ["Concerns of U.S. producers and exporters"]),
        ("The leaders committed to work together to deter Sorland’s aggression against Brel.",
         ["Sorland’s aggression against Brel"]),
        ("The threat of drought and the security challenges facing the region summon us to act.",
         ["Threat of drought", "Security challenges facing the region"]),
        ("Arden noted the concerns related to treatment of small firms under the levy.",
         ["Treatment of small firms under the levy"]),
        ("The move drew sharp criticism from Beijing, which called it a provocation.",
         ["Criticism of the move by Beijing"]),
        ("Tensions flared after a coast guard ship rammed a fishing vessel.",
         ["Tensions after a coast guard ship rammed a fishing vessel"]),
        ("Hungary has blocked the EU's new sanctions package.",
         ["Hungary’s opposition to the EU's new sanctions package"]),
        ("North Korea conducted its seventh nuclear test.", ["Seventh nuclear test"]),
        ("The new port levy was criticised by shipping firms on Monday.",
         ["Criticism of the new port levy by shipping firms"]),
        ("The draft budget was rejected by the Senate, which called it unrealistic.",
         ["Rejection of the draft budget by the Senate"]),
        ("It was condemned by the Arab League.", ["Condemnation by the Arab League"]),
        ("Police sealed off the campus and threatened to use tear gas, as the protests "
         "escalated.", ["Threat to use tear gas"]),
        ("The vote puts Japan at odds with most of its neighbours and the G7.",
         ["Japan at odds with most of its neighbours"]),
        ("The ruling is the basis for peacefully resolving disputes between the parties.",
         ["Disputes between the parties"]),
        ("Dockers staged a protest that closed the port for the day.",
         ["Protest that closed the port for the day"]),
        ("It was the largest protest amid a wave of strikes across the country.",
         ["Protest amid a wave of strikes"]),
        ("The new checkpoints are an obstacle to peace and threaten the truce.",
         ["Obstacle to peace"]),
        ("The move was seen as an answer to a series of complaints against Sorland.",
         ["Complaints against Sorland"]),
        ("Kenya faced sharp criticism over its decision to raise fuel taxes.",
         ["Kenya’s decision to raise fuel taxes"]),
        ("The United States faced criticism over its decision to close the consulate.",
         ["U.S. decision to close the consulate"]),
        ("The army delegation insisted that the rebels withdraw from all cities they have "
         "seized before any permanent ceasefire.",
         ["Demand that the rebels withdraw from all cities they have seized before any "
          "permanent ceasefire"]),
    ],
)
def test_a_reproach_a_refusal_or_people_still_held_is_named_as_a_headline(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Lind made clear that Sorland would not take back migrants of other nationalities.",
         ["Sorland’s refusal to take back migrants of other nationalities"]),
        ("Arden will not discuss the border itself while the case is pending.",
         ["Arden’s refusal to discuss the border itself"]),
        ("I would not like to get into the details of what is being discussed.", []),
        ("Brel said Arden would not hesitate to defend its fishing fleet.", []),
        ("Kiprop said Arden would not give up.", []),
        ("Brel said it would not back down.", []),
        ("Arden said it would not give up its claim to the islands.",
         ["Arden’s refusal to give up its claim to the islands"]),
        ("The meeting will not take place.", []),
        ("Arden has made clear that it will not discuss the border itself.",
         ["Arden’s refusal to discuss the border itself"]),
        ("Paris said it would not lift the sanctions.", ["France’s refusal to lift the sanctions"]),
        ("Venezuela took part in the hearings but has said it will not recognize any ruling.",
         ["Venezuela’s refusal to recognize any ruling"]),
        ("The minister said his country would not take back migrants of other nationalities.",
         ["Refusal to take back migrants of other nationalities"]),
        ("The minister said he would not comment on the talks.", []),
        ("Arden said it would not affect prices.", []),
    ],
)
def test_what_a_party_says_it_will_not_do_is_its_refusal(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    "sentence",
    [
        "The company denies the accusation and says its mines meet every standard.",
        "The port police deny accusations of brutality and say they show restraint.",
        "The ministry again rejected the allegations as \"baseless\" in a statement.",
        "The ministry said dialogue was the way to resolve frictions, according to its "
        "spokeswoman.",
        "All three suspects have so far refused to make a statement, the police said.",
        "They also agreed to form a joint committee with Turkish observers to report violations "
        "of the truce.",
        "Previous truces, including those agreed in Jeddah in 2023, collapsed within days.",
        "Demand for electricity has risen sharply in the region.",
        "Strong demand for seats on the routes pushed fares up.",
        "The dispute remains unresolved.",
        "The ministers stressed the ruling would not change the status of the river.",
        "The two ministries are at odds with each other.",
        "No agreement was reached at today's meeting.",
        "No agreement was reached at Monday's talks.",
        "Brel wants closer coordination over the timing of releases to protect its dam, which "
        "lies just 100 kilometres downstream, and says those arrangements are not covered by "
        "the new text.",
    ],
)
def test_a_denial_an_aim_or_a_silence_names_no_open_issue(sentence):
    assert items(sentence).open_issues == []


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("France has vowed to block the deal, saying it would hurt its farmers.", []),
        ("The president called the accord “a victory for trade.”", []),
        ("The two blocs concluded negotiations on a free trade agreement on Friday.",
         ["Conclude negotiations on a free trade agreement"]),
        ("The ministers agreed to resume a swap line worth $10 billion that lapsed in 2015.",
         ["Resume a swap line worth $10 billion that lapsed in 2015"]),
    ],
)
def test_vows_to_block_and_praise_are_no_agreements_but_concluded_talks_are(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The dispute over the islands continues to strain relations.",
         "Dispute over the islands"),
        ("The row over visas continues.", "Row over visas"),
        ("No agreement was reached on the price formula.", "No agreement on price formula"),
        ("Arden has long complained about the levy.", "Complaints about the levy"),
        ("Arden objected to the fees.", "Objections to the fees"),
        ("No decision was taken on the date of the next round, the ministry said.",
         "No decision on date of the next round"),
        ("No commitment was made on rice imports.", "No commitment on rice imports"),
        ("Brel has offered phased cuts within an annual quota, which Ardenian carmakers say is "
         "too small.", "Annual quota"),
        ("The offer, which unions say is inadequate, was rejected.", "Offer inadequate"),
        ("Their views on the dam still differ.", "Differing views on the dam"),
        ("The two sides' positions on the border differ.", "Differing positions on the border"),
        ("The issue of migrant workers' wages remains unresolved.", "Migrant workers' wages"),
        ("The question of compensation for the victims was left unresolved.",
         "Compensation for the victims"),
        ("The border demarcation remains pending.", "Border demarcation"),
        ("The status of the islands remains disputed.", "Status of the islands"),
        ("The court's ruling on the maritime boundary remains contested by both sides.",
         "Court's ruling on the maritime boundary"),
        ("No progress was made on the question of the disputed islands.",
         "No progress on the disputed islands"),
        ("No breakthrough was achieved on visa fees.", "No breakthrough on visa fees"),
        ("The question of access to intellectual property, which lawmakers have made a "
         "condition for further funds, was also left unresolved, according to a statement.",
         "Access to intellectual property"),
        ("The question of relations with the three states that withdrew from the bloc also "
         "remained unresolved.", "Relations with the three states that withdrew from the bloc"),
        ("Lind said at a press conference that the question of compensation \"has not been "
         "settled\" for Arden.", "Question of compensation"),
        ("The temporary border controls Germany introduced last year remained a source of "
         "friction.", "Germany’s temporary border controls"),
        ("Some Ardenian companies say they face delays in obtaining export licences.",
         "Delays in obtaining export licences"),
        ("Who will govern Tarn after the war also remains unresolved.",
         "Who will govern Tarn after the war"),
        ("Who will pay for the upkeep of the bridge remains unresolved.",
         "Upkeep of the bridge"),
        ("Negotiators remain at odds over beef and sugar with barely ten weeks left before the "
         "deadline.", "Beef and sugar"),
        ("The two sides have yet to agree on sugar and sheepmeat volumes either, the official "
         "said.",
         "No agreement on sugar and sheepmeat volumes"),
        ("Differences persist between the Alliance of Sahel States and ECOWAS over the sharing "
         "of intelligence.", "Sharing of intelligence"),
        ("Both sides reached an understanding on textiles, while tariff issues on farm goods "
         "remain under discussion.", "Tariff issues on farm goods"),
        ("The resolution stopped short of extending the arms embargo to the whole of Arden, a "
         "step that several members had pushed for but which continues to divide the Council.",
         "Extending the arms embargo to the whole of Arden"),
    ],
)
def test_a_dispute_over_one_thing_or_a_matter_left_undecided_is_an_issue(sentence, topic):
    assert [i["topic"] for i in items(sentence).open_issues] == [topic]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement would remove tariffs on more than 90% of goods traded.",
        "The agreement cuts tariffs on 90 percent of goods.",
        "The agreement, which takes effect in January, cuts tariffs on 90 percent of goods.",
    ],
)
def test_a_deal_s_terms_are_not_open_issues(sentence):
    assert items(sentence).open_issues == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council will deploy, in consultation with the countries concerned, a mission to Tarn.",
        "The dispute dates back to the 1890 treaty between Arden and Brel.",
        "\"There are difficult issues, but the channels remain open and both parties remain "
        "committed to diplomacy,\" Lind said.",
        "The ministers agreed to relaunch long-stalled negotiations on a trilateral trade pact.",
        "They agreed that negotiators will reopen talks on the pact, which have been frozen "
        "since 2019.",
    ],
)
def test_those_concerned_a_dispute_s_origin_revived_talks_and_open_channels_are_no_issues(
        sentence):
    assert items(sentence).open_issues == []


def test_an_agreement_told_again_in_fewer_words_is_not_a_second_one():
    draft = items("The leaders agreed to explore areas of cooperation on climate change.",
                  "They also agreed to explore areas of cooperation.")
    assert [a["what"] for a in draft.agreements] == [
        "Explore areas of cooperation on climate change"]


def test_a_situation_told_again_more_fully_is_one_issue_named_the_fuller_way():
    draft = items("The ministers discussed the situation in the Sahel.",
                  "They expressed deep concern over the continued deterioration of the security "
                  "and humanitarian situation in the Sahel.",
                  "They will report on the situation in the Sahel.")
    assert [i["topic"] for i in draft.open_issues] == [
        "Deterioration of the security and humanitarian situation in the Sahel"]


def test_an_issue_named_back_by_its_word_and_kind_is_not_a_second_one():
    draft = items("They failed to narrow differences over Tarn's ban on Ardenian seafood.",
                  "The seafood issue also remained unresolved.")
    assert [i["topic"] for i in draft.open_issues] == ["Tarn's ban on Ardenian seafood"]


def test_a_document_told_again_by_its_full_name_in_the_notes_is_not_a_second_one():
    draft = items("The two ministers signed a Memorandum of Understanding on river transport.",
                  "The Memorandum of Understanding on river transport was signed in Tarn "
                  "today.")
    assert [a["what"] for a in draft.agreements] == ["Sign a Memorandum on river transport"]


def test_a_generic_document_after_a_named_one_is_another_one():
    draft = items("They signed a Space Awareness MOU.", "Arden and Brel also signed an MOU.")
    assert len(draft.agreements) == 2


@pytest.mark.parametrize(
    "again",
    ["The deal was signed in the capital by the two trade ministers.",
     "The two trade ministers reached the agreement during talks in Lima, the ministry said.",
     "The partnerships built under the MOU confirm Arden’s role as a regional hub.",
     "The MoU was signed by the authority's chief executive officer Datuk Nurul Hidayah Rashid.",
     "The measure was agreed in the lakeside town of Tarn by the two foreign ministers.",
     "The agreement is expected to be signed next month in Arville.",
     "Brel's ambassador, Tesfaye Alemu, said the deal would be signed next month.",
     "The two ministers announced the agreement at a joint press conference.",
     "The ministers reached the agreement during talks in Kel, the first visit by a Brelish "
     "minister in five years.",
     "Minister Rowe signed the agreement with the President of Brel, Ana Lind, at a ceremony "
     "in Tarn, witnessed by members of the cabinet."],
)
def test_a_deal_told_again_as_signed_is_not_a_second_agreement(again):
    draft = items("Arden and Brel on Thursday signed an agreement on river tolls.", again)
    assert [a["what"] for a in draft.agreements] == ["Sign an agreement on river tolls"]


@pytest.mark.parametrize(
    "again",
    ["Brel rejected the demand, saying the toll does not discriminate.",
     "Lind rejected the demand, calling on countries of transit to \"assume their "
     "responsibilities\".",
     "Officials in Arville dismissed the claim.",
     "Lithuania rejected the demand within hours.",
     "Lithuania has so far refused to release him."],
)
def test_a_stance_on_an_issue_told_before_is_not_a_second_issue(again):
    draft = items("Arden repeated its demand that Brel exempt transit trucks from the toll, and "
                  "its claim that the toll breaks the treaty.", again)
    assert len(draft.open_issues) == 1


@pytest.mark.parametrize(
    "sentence, topics",
    [("The ministers voiced alarm at the fighting in Veldora and its toll on civilians, and called "
      "for an immediate cessation of hostilities.", ["Fighting in Veldora"]),
     ("The Council expresses grave concern over the delays in the border demarcation and calls "
      "for a new timetable.", ["Delays in the border demarcation"]),
     ("The presidents expressed concern over the drought in the north, and stressed the need for "
      "an early warning system.", ["Drought in the north"]),
     # a call naming a matter of its own stays an issue
     ("The ministers exchanged views on the situation in Ostia, and called for an end to the "
      "fighting in Veldora, where thousands continue to face hunger.",
      ["Situation in Ostia", "Fighting in Veldora"]),
     ("The ministers called for a new timetable for the border demarcation.",
      ["New timetable for the border demarcation"]),
     ("The two ministers also exchanged views on the situation in Ostia and the Middle East, "
      "and agreed to strengthen coordination in multilateral fora.",
      ["Situation in Ostia and the Middle East"])],
)
def test_a_call_after_a_concern_is_the_remedy_sought_not_a_second_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_a_trip_told_again_stop_by_stop_is_no_event_of_its_own():
    draft = items("Foreign Minister Ana Lind will travel to Arden and Brel early next month, the "
                  "ministry said.", "Lind is scheduled to arrive in Oran, Arden, on December 2.",
                  "She will then head to Tarn, Brel, where she will meet her counterpart on "
                  "December 5.")
    assert [e["where"] for e in draft.upcoming if e["kind"] == "visit"] == [
        "Oran, Arden", "Tarn, Brel"]


def test_a_trip_to_several_places_told_once_stays():
    draft = items("Foreign Minister Ana Lind will travel to Arden and Brel early next month.")
    assert [e["where"] for e in draft.upcoming] == ["Arden and Brel"]


def test_how_long_a_treaty_runs_does_not_date_it():
    assert items("The 1996 river treaty, signed for 30 years, was due to expire in December "
                 "2026.", reference=dt.date(2028, 1, 24)).agreements == []


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Arden and the fund have reached a staff-level agreement on a $7 billion loan.",
         ["Reach a staff-level agreement on a $7 billion loan"]),
        ("The ministers signed an accord on fisheries and a memorandum of understanding on "
         "ports.", ["Sign an accord on fisheries", "Sign a memorandum on ports"]),
        ("The leaders signed a defence pact, which will deepen cooperation, and a "
         "memorandum on minerals.", ["Sign a defence pact", "Sign a memorandum on minerals"]),
        ("Arden and Brel agreed on the text of a treaty, though they gave no date for its "
         "signing.", ["Text of a treaty"]),
        ("The accord must still be ratified by the Sorland parliament.", []),
        ("The two sides signed six agreements, including a Memorandum of Understanding on "
         "Fertilizer Supply, an Agreement on Double Taxation, and a Programme of Cultural "
         "Exchange.", ["Sign a Memorandum on Fertilizer Supply",
                       "Sign an Agreement on Double Taxation",
                       "Sign a Programme of Cultural Exchange"]),
        ("The Ministers agreed that the Fifth Session of the Joint Commission will be held in "
         "Avel in 2029.", []),
        ("The ministers agreed that the next Foreign and Defence Ministerial Consultations "
         "(2+2) will be held in Avel in 2029.", []),
        ("Chile undertook to facilitate the building of a fertilizer plant in the free zone "
         "of the port of Arica.",
         ["Chile to facilitate the building of a fertilizer plant"]),
    ],
)
def test_one_agreement_per_document_signed_and_none_for_a_step_still_open(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The agreement is subject to approval by the fund's executive board, which meets in "
         "May.", ["Approval of the agreement by the fund's executive board"]),
        ("The two countries lifted their objections after receiving assurances on gas.", []),
        ("Brel refused to lift its objections to the gas pipeline.", ["Gas pipeline"]),
    ],
)
def test_a_step_an_accord_awaits_is_open_but_an_objection_lifted_is_not(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Arden said it will not withdraw from the river corridor, a key sticking point.",
         ["River corridor"]),
        ("Divisions remain over how to share the risk of the loan if the assets are unfrozen.",
         ["How to share the risk of the loan"]),
        ("A trade panel ruled that anti-dumping duties imposed by Arden on Brel wine breached "
         "the rules.", ["Anti-dumping duties imposed by Arden on Brel wine"]),
        ("The minister raised the case of fishermen detained by Brel and called for their "
         "early release.", ["Case of fishermen detained by Brel"]),
        ("The two countries agreed last year to suspend a dispute over barley.", []),
        ("Arden says it will sign only after Brel amends its constitution.",
         ["Brel amends its constitution"]),
        ("Brel will not rejoin the talks unless the naval blockade ends.",
         ["Naval blockade ends"]),
    ],
)
def test_sticking_points_divisions_and_measures_imposed_name_open_issues(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The finance ministers on Saturday backed a plan to fund a $50 billion loan.",
         ["Fund a $50 billion loan"]),
        ("The two countries agreed last year to open consulates.", []),
    ],
)
def test_a_plan_backed_is_an_agreement_but_one_made_last_year_is_history(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The leaders should manage differences at sea and jointly keep the peace.",
         ["Differences at sea"]),
        ("He stressed that the shelling of border towns by Brel is unacceptable.",
         ["Shelling of border towns by Brel"]),
        ("A senator said that letting foreign police patrol the border “is unacceptable for a "
         "sovereign country”.", ["Letting foreign police patrol the border"]),
        ("The ministers discussed the concerns of farmers over falling grain prices.",
         ["Concerns of farmers over falling grain prices"]),
        ("The ministers voiced concern about the situation in the Straits and strongly opposed "
         "any attempt to change the status quo by force.",
         ["Situation in the Straits", "Attempt to change the status quo by force"]),
    ],
)
def test_what_is_called_unacceptable_or_opposed_after_an_adverb_is_an_open_issue(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The House on Saturday approved $95 billion in foreign aid for Arden.",
         "Approve $95 billion in foreign aid for Arden"),
        ("The Council approved €1.5 billion in macro-financial assistance for Arden.",
         "Approve €1.5 billion in macro-financial assistance for Arden"),
        ("Arden and Brel on Tuesday exchanged 240 prisoners of war each.",
         "Exchange 240 prisoners of war"),
        ("Brel also announced a credit line of US$ 300 million for Arden's farmers.",
         "Credit line of US$ 300 million for Arden's farmers"),
        ("Arden confirmed a grant of €40 million for the new port.",
         "Grant of €40 million for the new port"),
    ],
)
def test_aid_approved_by_a_legislature_is_an_agreement(sentence, what):
    assert [a["what"] for a in items(sentence).agreements] == [what]


def test_an_agreement_on_the_need_to_act_is_labelled_by_the_act():
    draft = items("The two sides agreed on the need to resume direct flights.")
    assert [a["what"] for a in draft.agreements] == ["Resume direct flights"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The two sides exchanged views on the Ukraine crisis.", ["Ukraine crisis"]),
        ("They discussed the visiting forces pact signed in July, which still needs "
         "ratification by the Senate.", ["Ratification of the visiting forces pact by the Senate"]),
    ],
)
def test_a_named_crisis_discussed_and_a_ratification_still_needed_are_open_issues(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Lind offered condolences for the loss of lives in the recent floods in Sorland.",
         ["Floods in Sorland"]),
        ("Arden conveyed its sympathy over the typhoon that struck northern Luzon.",
         ["Typhoon in northern Luzon"]),
        ("The earthquake that struck Sorland killed more than 300 people, officials said.",
         ["Earthquake in Sorland"]),
        ("The dam's releases in a drought year were on the agenda.", []),
        ("Two people died after Storm Ines brought heavy rain to the coast overnight.",
         ["Storm Ines"]),
        ("An avalanche that struck Sorland killed four climbers.", ["Avalanche in Sorland"]),
        ("Lind offered condolences over the deaths in the crash of a ferry near Port Avel.",
         ["Crash of a ferry near Port Avel"]),
        ("A blast at the refinery killed 12 workers.", ["Blast at the refinery"]),
        ("The basin was hit by an unprecedented drought that killed livestock.", []),
    ],
)
def test_a_disaster_told_with_its_toll_or_sympathy_is_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Asked about the fishing quota for next year, Lind said the figures were still being "
         "worked out.", ["Fishing quota for next year"]),
        ("Asked about river tolls in the Delft estuary, where both sides claim the channel, Lind "
         "said the matter \"is being addressed by our foreign ministries.\"",
         ["River tolls in the Delft estuary"]),
        ("When asked about the second tranche of the loan, the minister declined to comment.",
         ["Second tranche of the loan"]),
        ("Asked about the date of the visit, Lind said no decision had been taken.",
         ["Date of the visit"]),
        ("Asked about the bridge, Lind said it would open in May.", []),
        ("Asked about the new ferry line, Lind said it was a success.", []),
        ("Asked about the gas price, the minister said the issue was not discussed.",
         ["Gas price"]),
        ("Asked whether the survey agreement, which Arden declined to renew in 2024, figured in "
         "the talks, the official said the matter was not on the agenda.", ["Survey agreement"]),
        ("Asked whether Brel now recognized the ruling, Lind declined to comment.",
         ["Whether Brel now recognized the ruling"]),
        ("Asked whether a deadline had been set, he said no.", []),
    ],
)
def test_a_question_the_answer_leaves_open_is_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The Commission has proposed phasing out the remaining imports of Ardenian gas, a plan "
         "Brel opposes.", ["Phasing out the remaining imports of Ardenian gas"]),
        ("Arden plans to build a dam on the upper river, a move Brel has strongly condemned.",
         ["Move to build a dam on the upper river"]),
        ("Arden and Brel agreed to open the border, a move that Sorland welcomed.", []),
        ("Arden expects Brel to designate the militia as a terrorist group, a step Brelish "
         "officials have so far avoided.",
         ["Step to designate the militia as a terrorist group"]),
    ],
)
def test_a_step_set_off_as_one_another_side_opposes_is_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("We will strengthen cooperation on export controls to prevent our technologies from "
         "being diverted for military uses that could threaten peace and security.", []),
        ("Reaffirm our commitment to the settlement of the river dispute and river demarcation "
         "through peaceful means and international law, refraining from any acts of "
         "provocation, and recognize the Joint River Commission as the mechanism to work "
         "through river-related issues.", []),
        ("Both countries underscored the need to deter and counter Brel’s malicious cyber "
         "activities.", ["Brel’s malicious cyber activities"]),
    ],
)
def test_an_issue_is_named_by_the_threat_not_by_the_act_against_it(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The cost of repairing the old river bridge is still being worked out.",
         ["Cost of repairing the old river bridge"]),
        ("The toll formula was not included in the memorandum, officials said.",
         ["Toll formula"]),
        ("North Ruritania was not mentioned in the joint declaration.", ["North Ruritania"]),
        ("The ministers were not included in the photograph.", []),
        ("Differences over the route and the gauge were settled in 2022.", []),
        ("Fourteen Ardenian fishermen, along with two boats, were apprehended near Delft Island "
         "on January 10.", ["Fourteen Ardenian fishermen apprehended near Delft Island"]),
        ("The embassy is working for the release of the 14 Brelish fishermen detained by "
         "Ardenian authorities last month.",
         ["14 Brelish fishermen detained by Ardenian authorities"]),
        ("The ministers discussed the case of a Brelish journalist who was detained in Arville "
         "last week.", ["Brelish journalist detained in Arville"]),
        ("She requested the release of six Ardenian farmers detained by the Brelish army in "
         "June.", ["Six Ardenian farmers detained by the Brelish army"]),
        ("The Brelish side requested Arden to expedite the return of 36 Brelish nationals held "
         "in Ardenian prisons.", ["36 Brelish nationals held in Ardenian prisons"]),
        ("Three Ardenian fishermen were jailed in Brelton last month.",
         ["Three Ardenian fishermen jailed in Brelton"]),
        ("The suspects, Ardenian citizens aged 24 and 31, were detained on Wednesday.", []),
        ("He raised the plight of 14 Ardenian fishermen detained in Brelish custody, and the two "
         "sides agreed to hold talks on fishing next month.",
         ["14 Ardenian fishermen detained in Brelish custody"]),
        ("Exporters have complained that river tolls are paid in cash at the border.",
         ["River tolls"]),
        ("He said Arden's exporters still faced long delays at the border crossings.",
         ["Long delays at the border crossings"]),
        ("Farmers continue to face veterinary restrictions on the Brelish market.",
         ["Veterinary restrictions on the Brelish market"]),
        ("Arden filed a complaint against Brel over the river tolls.", ["River tolls"]),
        ("Exporters have complained that large sums in rupees remain stuck in Ardenian banks.",
         ["Large sums in rupees stuck in Ardenian banks"]),
        ("Hauliers complain that hundreds of lorries are stranded at the border.",
         ["Hundreds of lorries stranded at the border"]),
        ("Farmers in the Brelish province of Oro have complained for years that they receive "
         "less water than the treaty provides.",
         ["Farmers in the Brelish province of Oro receive less water than the treaty provides"]),
        ("The next round of talks will be held in Tumbes on a date yet to be set.", []),
        ("Brel has complained that Ardenian trawlers continue to fish in the bay.",
         ["Ardenian trawlers continuing to fish in the bay"]),
        ("The minister asked for consular access to be granted without delay.",
         ["Consular access not yet granted"]),
        ("Financing for the second phase of the railway will be further discussed, the "
         "ministry said.", ["Financing for the second phase of the railway"]),
        ("The details of the loan remain to be negotiated.", ["Details of the loan"]),
        ("Brel has still not replied to the Ardenian note of 12 November, which proposed a joint "
         "inspection.", ["No reply to the Ardenian note"]),
        ("Brel asked Tarn to reconsider the safeguard duty on imported rice that Tarn imposed in "
         "January.", ["Safeguard duty on imported rice"]),
        ("Brel raised the situation of some 60 Brelish migrants detained in the southern city of "
         "Tarn.", ["60 Brelish migrants detained"]),
        ("The Brelish side requested Arden to ease restrictions on Brelish trucks entering its "
         "territory.", ["Restrictions on Brelish trucks entering its territory"]),
        ("The ministers noted that the route of the new pipeline remains under negotiation.",
         ["Route of the new pipeline"]),
        ("The recognition of nursing diplomas remains the subject of negotiations between the "
         "two ministries.", ["Recognition of nursing diplomas"]),
        ("The toll for the bridge is still the subject of talks.", ["Toll for the bridge"]),
        ("Tuition fees for foreign students are also unresolved.",
         ["Tuition fees for foreign students"]),
        ("The route of the new pipeline is still unresolved.", ["Route of the new pipeline"]),
        ("The cooperation between the two navies is outstanding.", []),
        ("Arden will not discuss the border while the case is pending.",
         ["Arden’s refusal to discuss the border"]),  # the case pending says when, no issue
        ("Pricing for the smelter's output is still to be agreed, she said.",
         ["Pricing for the smelter's output"]),
        ("The route of the pipeline has yet to be finalised.", ["Route of the pipeline"]),
        ("The ministers agreed that the issue would be further discussed by the leaders.", []),
    ],
)
def test_a_matter_left_out_complained_of_or_a_detention_is_open_and_one_settled_is_not(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Still unresolved are the pullback of troops from positions around Tarn, the fate of "
         "fighters who would be absorbed into the army, and who collects customs revenue at the "
         "border.", ["Pullback of troops from positions around Tarn", "Fate of fighters",
                     "Who collects customs revenue at the border"]),
        ("Still outstanding are the route of the pipeline and the price of gas.",
         ["Route of the pipeline", "Price of gas"]),
        ("Unresolved is the question of who pays for the bridge.", ["Who pays for the bridge"]),
        ("Outstanding is a deal.", []),
    ],
)
def test_matters_listed_after_saying_they_are_unsettled_are_each_open(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_he_after_an_office_named_as_subject_is_not_someone_named_earlier():
    draft = extract_items([[
        "Chancellor Olaf Weber and Prime Minister Ravi Modi will discuss migration.",
        "On 25 October, the Chancellor will open a business conference in Delhi.",
        "He will then travel to Goa.",
    ]], REFERENCE, ["Olaf Weber", "Ravi Modi"], ["Germany", "India"])
    assert [(e["what"], e["who"]) for e in draft.upcoming if e["kind"] == "visit"] == [
        ("Visit to Goa", [])]


@pytest.mark.parametrize("sentence", [
    "On Friday, the Chancellor will open the Harbour Business Conference.",
    "The talks will resume in early December.",
    "Negotiations would continue next week, the ministry said.",
    "Talks on a free trade agreement with China will resume in Tarn on April 4.",
    "The president will address the nation on Sunday evening.",
    "The court will deliver its ruling on the border case on 15 January.",
])
def test_a_conference_opened_talks_resumed_a_speech_or_a_ruling_ahead_is_no_agreement(sentence):
    assert items(sentence).agreements == []


def test_an_act_dated_years_back_is_no_agreement_whatever_else_the_sentence_dates():
    draft = items("The two leaders launched the talks in 2019, and set the end of this year as "
                  "the deadline.")
    assert draft.agreements == []


def test_what_was_discussed_before_an_agreement_can_be_an_open_issue():
    draft = items("They also discussed the new tariffs on steel and agreed to keep working "
                  "together.")
    assert [i["topic"] for i in draft.open_issues] == ["New tariffs on steel"]
    assert [a["what"] for a in draft.agreements] == ["Keep working together"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The two sides remain at loggerheads over the status of the port.",
         ["Status of the port"]),
        ("The talks foundered on the question of security guarantees.",
         ["Security guarantees"]),
        ("Moscow has demanded that the alliance halt its expansion.",
         ["Russia’s demand that the alliance halt its expansion"]),
        ("Arden warned Brel against further provocations in the disputed waters.",
         ["Further provocations in the disputed waters"]),
        ("Relations have deteriorated since the expulsion of diplomats in March.",
         ["Expulsion of diplomats"]),
        ("Arden has protested the detention of its nationals in Brel.",
         ["Detention of its nationals in Brel"]),
        ("The main bone of contention is the sharing of water from the river.",
         ["Sharing of water from the river"]),
        ("The truce was violated several times overnight.", ["Violations of the truce"]),
        ("Clashes erupted along the border on Sunday, killing four soldiers.",
         ["Clashes along the border"]),
        ("Arden continues to block Brel's bid to join the bloc.",
         ["Opposition to Brel's bid to join the bloc"]),
        ("Together we can close the technological divide, empowering all.", []),
    ],
)
def test_the_wording_of_news_about_disputes_names_what_is_disputed(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Arden and Brel upgraded their security pact to allow joint patrols.",
         ["Upgrade the security pact to allow joint patrols"]),
        ("Arden and Brel restored diplomatic ties under a mediated deal.",
         ["Restore diplomatic ties under a mediated deal"]),
        ("The countries renewed a fisheries agreement for another four years.",
         ["Renew a fisheries agreement for another four years"]),
        ("Arden lifted sanctions on Brel's oil sector for six months.",
         ["Lift sanctions on Brel's oil sector for six months"]),
        ("The bloc approved a 50 billion euro facility for Brel.",
         ["Approve a 50 billion euro facility for Brel"]),
    ],
)
def test_ties_restored_pacts_renewed_and_sanctions_lifted_are_agreements(sentence, whats):
    draft = items(sentence)
    assert [a["what"] for a in draft.agreements] == whats
    assert draft.open_issues == []


def test_a_dispute_followed_by_a_participle_is_named_by_its_own_words():
    draft = items("The leaders agreed to restart talks on their long-running maritime border "
                  "dispute, signing a declaration of friendship.")
    assert [i["topic"] for i in draft.open_issues] == ["Long-running maritime border dispute"]


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The deal calls for a six-week truce and the release of 33 hostages.",
         ["Six-week truce and the release of 33 hostages"]),
        ("The accord commits both sides to a phased withdrawal of troops.",
         ["Phased withdrawal of troops"]),
        ("The two sides reached a consensus on resuming direct flights.",
         ["Resume direct flights"]),
        ("The leaders gave the green light to a joint venture in shipbuilding.",
         ["Joint venture in shipbuilding"]),
        ("The plan envisages the creation of a demilitarised zone.",
         ["Creation of a demilitarised zone"]),
    ],
)
def test_a_deal_s_terms_and_a_consensus_reached_are_agreements(sentence, whats):
    draft = items(sentence)
    assert [a["what"] for a in draft.agreements] == whats
    assert draft.open_issues == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("It still needs approval by the member states and the parliament.",
         ["Approval by the member states and the parliament"]),
        ("This must still be ratified by the Senate.", ["Ratification by the Senate"]),
    ],
)
def test_a_step_still_open_for_a_deal_named_before_is_named_by_the_step(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The envoy urged Russia to stop its attacks on the power grid and return to talks.",
         ["Russia’s attacks on the power grid"]),
        ("We urge the Philippines to halt its provocations at the shoal.",
         ["Philippines’ provocations at the shoal"]),
    ],
)
def test_what_one_party_is_urged_to_stop_is_named_as_its_own_doing(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Tokyo and the bloc wrapped up the talks, agreeing to seek a broad pact by March.",
         ["Seek a broad pact by March"]),
        ("The talks produced a commitment by both sides to allow a convoy to reach the city.",
         ["Allow a convoy to reach the city"]),
        ("The President has directed the Armed Forces of Sorland to continue resupply missions.",
         ["Continue resupply missions"]),
    ],
)
def test_commitments_agreed_in_passing_or_ordered_are_agreements(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


def test_a_statement_quoted_whole_paragraph_by_paragraph_is_read_as_the_text_s_own():
    draft = extract_items([["“The leaders agreed to tighten the oil price cap."],
                           ["“They also discussed the floods."],
                           ["“They pledged to send more aid.”"]], REFERENCE, [], [])
    assert [a["what"] for a in draft.agreements] == ["Tighten the oil price cap",
                                                     "Send more aid"]


def test_a_quotation_closed_in_its_paragraph_is_someone_s_words():
    draft = extract_items([["“We agreed to tighten the oil price cap.", "It is done,” he said."]],
                          REFERENCE, [], [])
    assert draft.agreements == []


@pytest.mark.parametrize(("tail", "whats"), [
    ('What we have signed today will bring real benefits to the people," he said.', []),
    ("What we have signed today will bring real benefits to the people,” he said.", []),
    ('Arden will continue to spare no effort until the guns fall silent," he said.', []),
    ('We have agreed that our experts will meet again in May," he said.',
     ["Experts to meet again"]),
])
def test_the_end_of_a_quotation_commits_no_one_unless_it_tells_of_a_deal_made(tail, whats):
    draft = extract_items([['"Arden is family.', tail]], REFERENCE, [], [])
    assert [a["what"] for a in draft.agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("“The fate of the detained sailors remains open, and we will keep raising it,” he said.",
         ["Fate of the detained sailors"]),
        ("“There has been no progress on the border talks,” the envoy said.",
         ["No progress on the border talks"]),
        ("“The seizure is unacceptable, and we have protested,” the minister said.", []),
        ("“We have serious concerns over the new toll on the bridge,” the minister said.",
         ["New toll on the bridge"]),
        ("“We had a very good meeting,” the minister said.", []),
        ("“Tensions rise, a neighbour offers a venue, and nothing changes,” an analyst said.", []),
    ],
)
def test_someone_s_words_tell_an_issue_only_where_they_call_it_unsettled_or_name_its_matter(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_an_issue_naming_a_war_s_country_among_others_is_not_that_war_again():
    draft = items("They discussed the war in Ukraine.",
                  "The minister criticized what he called double standards on Ukraine and Gaza.")
    assert [i["topic"] for i in draft.open_issues] == ["War in Ukraine",
                                                       "Double standards on Ukraine and Gaza"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Reform of the pension fund stalled within weeks.",
         ["Stalled reform of the pension fund"]),
        ("A loan approved in 2024 lapsed last year after reviews stalled.", []),
        ("Dozens of fishermen seized near the reef last month are still held in Brel.",
         ["Dozens of fishermen still held in Brel"]),
        ("At least 12 activists detained during the rally remain in custody, lawyers said.",
         ["At least 12 activists in custody"]),
        ("The presence of the survey vessel in Arden's exclusive economic zone, determined under "
         "the 1982 convention, is a violation of Arden's sovereign rights.",
         ["Presence of the survey vessel in Arden's exclusive economic zone"]),
        ("These actions put the crews at risk and are a clear violation of the 1982 convention.",
         []),
        ("He stressed that it is a priority to resolve the cases of Ardenian citizens who are "
         "wrongfully detained or subject to exit bans in Brel.",
         ["Ardenian citizens wrongfully detained"]),
        ("Questions remain over the financing of the new canal.", ["Financing of the new canal"]),
        ("Analysts have raised questions about inflation.", ["Questions about inflation"]),
        ("The minister dismissed those concerns, saying the bonds were safe.", []),
        ("The envoy stressed that fuel subsidies must be phased out.", ["Fuel subsidies"]),
        ("The council has yet to agree on a timetable for winter repairs.",
         ["No agreement on timetable for winter repairs"]),
        ("The two sides remain divided over the March 3 ceasefire terms.",
         ["March 3 ceasefire terms"]),
        ("Brel objected to what it describes as the arming of the militias.",
         ["Arming of the militias"]),
        ("Notes with deep concern the rising number of attacks on aid workers in the north;",
         ["Rising number of attacks on aid workers in the north"]),
        ("Expresses concern over raids by Al-Shabaab and the Islamic State in Somalia;",
         ["Raids by Al-Shabaab and the Islamic State in Somalia"]),
        ("Welcomes the new strategy and calls for its swift implementation;", []),
        ("Goods will be inspected only once, at the border post.", []),
        ("The council urges the electoral board to publish without further delay the final "
         "voter roll;", ["Final voter roll not yet published"]),
        ("Welcomes the new budget, and urges both chambers to agree without further delay on "
         "the law on river ports, so that trade can resume.",
         ["Law on river ports not yet agreed"]),
        ("The protests began peacefully in June and were sparked by a proposed law.", []),
        ("Arden faced sharp criticism on Tuesday over its decision to close the river port.",
         ["Its decision to close the river port"]),
        ("Anti-government protests have spread to the port city.",
         ["Anti-government protests"]),
        ("Police used force to crush protests in more than 100 towns across Sorland.",
         ["Protests in more than 100 towns across Sorland"]),
        ("Relations, strained for about a decade, were restored in 2023.", []),
        ("The biggest obstacle now lies with Sorland's commercial creditors.",
         ["Sorland's commercial creditors"]),
        ("Their envoy said they would take measures to oppose it, including calling for a UN "
         "Security Council debate.", []),
        ("We reaffirm our pledge to stand with Freedonia against Ruritania’s brutal war of "
         "aggression that has shaken the region.", ["Ruritania’s brutal war of aggression"]),
        ("The minister also raised the case of a fishing boat held in Arden since May, and asked "
         "that it be resolved without delay.", ["Case of a fishing boat held in Arden"]),
        ("They directed the committee to report on the outstanding issues, including rules of "
         "origin and tariff quotas, to the next meeting.",
         ["Outstanding issues, including rules of origin and tariff quotas"]),
        ("The two sides noted that negotiations on a bilateral investment treaty, launched in "
         "2024, have yet to be concluded.", ["Negotiations on a bilateral investment treaty"]),
        ("In 2022 they agreed to build a joint value chain for electric vehicle batteries, which "
         "has yet to produce a factory.", ["Joint value chain for electric vehicle batteries"]),
        ("Brel has called the 25% surtax on its steel a violation of the trade pact.",
         ["25% surtax on its steel"]),
        ("Brel called these moves a violation of the trade pact.", []),  # told before
        ("Brel regards this step as unacceptable.", []),
        ("Two member states have not yet given their consent, officials said.",
         ["Consent of two member states not yet given"]),
        ("Brel has not yet lifted its veto on the sanctions package.",
         ["Veto on the sanctions package not yet lifted"]),
        ("Uganda warned it would retaliate if Kenya did not lift the ban.", ["Kenya’s ban"]),
        ("The summit ended without a deal after France and Poland refused to back the "
         "agreement.", ["France and Poland’s refusal to back the agreement"]),
        ("Illegal small-scale mining, known locally as galamsey, continues to pollute rivers "
         "and threatens the sector's reputation.", ["Illegal small-scale mining"]),
        ("Illegal fishing threatens the region's food security.", ["Illegal fishing"]),
        ("The minister's visit to Lima has been postponed at the request of the Brelish side, "
         "and a new date has not yet been agreed.",
         ["Minister's visit to Lima postponed, no new date"]),
        ("Arden said it would take countermeasures against the sanctions on its banks.",
         ["Sanctions on its banks"]),
        ("Northern delegates insist on a federal, bicameral parliament.",
         ["Federal, bicameral parliament"]),
        ("The two states have clashed over fishing rights, with Arden calling on Brel to close "
         "its ports to trawlers.", ["Fishing rights"]),
        ("Talks with the two regional banks, which hold most of the debt, have stalled over the "
         "lenders' insistence that they be repaid in full.",
         ["Lenders' insistence that they be repaid"]),
    ],
)
def test_an_issue_is_named_by_a_noun_phrase_not_by_what_surrounds_its_cue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither protocol was ratified.",
        "The fund, whose rules were agreed in 2019, has never been set up.",
        "The venue of the summit will be agreed through diplomatic channels.",
        "The next session will take place in Lima, on a date to be agreed later.",
        "The border treaty is one of several texts agreed long ago and never applied.",
        "In May of that year, the two presidents signed a friendship treaty.",
        "The declaration was never followed by a binding accord.",
        "Washington has in the past eased some sanctions on the airline in return for releases.",
        "Its spokesman said Brel was committed to good neighbourly relations.",
        "They discussed a proposed access agreement, but did not set a date for its signing.",
        "Arden and Brel will continue to deepen cooperation in the following areas to ensure "
        "the interests of both peoples.",
        "Therefore, the Participants have reached the following understanding on a common "
        "framework for fisheries.",
    ],
)
def test_what_was_never_done_is_still_to_be_fixed_or_is_history_is_no_agreement(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("In return, the EU will suspend the duties it imposed on the three firms in late "
         "2024, starting Nov. 1.",
         ["EU to suspend the duties it imposed on the three firms in late 2024"]),
        ("The minister told reporters the government would also create a debt management "
         "office independent of the treasury.",
         ["Government to create a debt management office independent of the treasury"]),
    ],
)
def test_a_date_in_a_clause_without_that_and_a_plan_told_to_reporters_leave_a_commitment(
        sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The ministers directed senior officials to finalise a joint plan against vehicle "
         "smuggling.", ["Finalise a joint plan against vehicle smuggling"]),
        ("The Council tasked the Fisheries Agency to present options for regional surveillance.",
         ["Present options for regional surveillance"]),
        ("The Council approved the establishment of a regional emergency centre in Doha.",
         ["Establish a regional emergency centre in Doha"]),
        ("The ministers approved the formation of a committee on maritime security.",
         ["Form a committee on maritime security"]),
        ("Leaders accepted with appreciation the offer of Tuvalu to host the next Leaders "
         "Meeting.", ["Tuvalu to host the next Leaders Meeting"]),
        ("The Council authorised the signing of the partnership agreement with Tajikistan.",
         ["Sign the partnership agreement with Tajikistan"]),
        ("Japan will introduce multiple-entry visas for Mongolian students.",
         ["Japan to introduce multiple-entry visas"]),
        ("The two leaders adopted the “Action Plan for the Strategic Partnership 2027-2031”.",
         ["Adopt the Action Plan for the Strategic Partnership 2027-2031"]),
        ("The ministers signed an Agreement on Cooperation in Policing, as well as a Memorandum "
         "of Understanding on Cooperation in Tourism.",
         ["Sign an Agreement on Cooperation in Policing",
          "Sign a Memorandum on Cooperation in Tourism"]),
        ("The two sides signed an Agreement on Air Services and a Programme of Cooperation in "
         "sport for the years 2028-2030.",
         ["Sign an Agreement on Air Services",
          "Sign a Programme of Cooperation in sport for the years 2028-2030"]),
        ("The ministers welcomed the conclusion of a Protocol on cooperation in seed "
         "certification and agreed to sign it at the next Joint Commission.",
         ["Conclude a Protocol on cooperation in seed certification",
          "Sign the Protocol on cooperation in seed certification at the next Joint Commission"]),
        ("The two Prime Ministers witnessed the signing of a Memorandum of Understanding on "
         "Electricity Interconnection and an Agreement on Tourism Cooperation.",
         ["Sign a Memorandum on Electricity Interconnection",
          "Sign an Agreement on Tourism Cooperation"]),
        ("The Parties shall cooperate in the field of cybersecurity.",
         ["Cooperate in cybersecurity"]),
        ("The Prime Minister announced a grant of 10 million euros for reconstruction.",
         ["Grant of 10 million euros for reconstruction"]),
        ("The Ministers exchanged the instruments of ratification of the Extradition Treaty.",
         ["Ratify the Extradition Treaty"]),
        ("The two presidents witnessed the exchange of agreements on visa exemption.",
         ["Exchange agreements on visa exemption"]),
        ("The two presidents witnessed the exchange of a memorandum of understanding on "
         "fisheries and an agreement on the avoidance of double taxation.",
         ["Exchange a memorandum on fisheries",
          "Exchange an agreement on the avoidance of double taxation"]),
        ("The Ministers welcomed the pledge by Chile of USD 5 million to the Regional Fund and "
         "the commitment of Peru to host a training centre on maritime rescue.",
         ["Chile to pledge USD 5 million to the Regional Fund",
          "Peru to host a training centre on maritime rescue"]),
        ("The Ministers adopted the Rules of Procedure for the Council and endorsed the Regional "
         "Framework for Disaster Risk Reduction.",
         ["Adopt the Rules of Procedure for the Council",
          "Endorse the Regional Framework for Disaster Risk Reduction"]),
        ("Negotiators closed only the chapter on customs and trade facilitation, which commits "
         "both sides to faster clearance of goods.",
         ["Close the chapter on customs and trade facilitation"]),
        ("The two sides concluded two chapters of the trade agreement.",
         ["Conclude two chapters of the trade agreement"]),
        ("Ministers approved an updated Integrated Air and Missile Defence Action Plan.",
         ["Approve an updated Integrated Air and Missile Defence Action Plan"]),
        ("Ministers endorsed the progress report on the Defence Production Action Plan.",
         ["Endorse the progress report on the Defence Production Action Plan"]),
    ],
)
def test_instructions_approvals_offers_accepted_and_plans_adopted_by_name_are_agreements(
        sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


def test_each_document_of_a_list_signed_is_an_agreement_to_sign_it():
    found = items("The leaders witnessed the signing of three MOUs, namely the MOU on Food "
                  "Security; the MOU on Cooperation in Space Technology; and the MOU on Skills "
                  "Development.").agreements
    assert [a["what"] for a in found] == ["Sign the MOU on Food Security",
                                          "Sign the MOU on Cooperation in Space Technology",
                                          "Sign the MOU on Skills Development"]


def test_a_deal_told_again_more_fully_is_drafted_once_by_its_fuller_name():
    found = items("According to its ministry, Arden and Brel signed an agreement on visa "
                  "exemption last week.",
                  "I can confirm that on March 12, the two governments signed in Orvo the "
                  "Agreement on Visa Exemption for Holders of Ordinary Passports.").agreements
    assert [a["what"] for a in found] == [
        "Sign the Agreement on Visa Exemption for Holders of Ordinary Passports"]


def test_texts_exchanged_before_leaders_are_signed():
    found = items("The leaders discussed trade and witnessed the exchange of an agreement on "
                  "air services.").agreements
    assert [(a["what"], a["status"]) for a in found] == [
        ("Exchange an agreement on air services", "signed")]


def test_funds_pledged_before_and_not_yet_paid_are_no_new_pledge():
    assert items("He noted that only 14 percent of the funds pledged under the partnership had "
                 "been disbursed so far.").agreements == []


def test_a_deal_described_by_who_signed_it_is_no_new_agreement():
    assert items("It is the first agreement signed by India with a Latin American country to "
                 "include a chapter on minerals.").agreements == []


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Kenya and Uganda settled their dispute over Migingo island.",
         ["Settle the dispute over Migingo island"]),
        ("Beijing lifted its ban on Japanese seafood imports.",
         ["China to lift its ban on Japanese seafood imports"]),
        ("Minsk was ready to release more prisoners if Vilnius lifted its ban on potash transit.",
         []),
        ("Arden and Brel have resolved one of the most stubborn disputes in their trade talks.",
         ["Resolve one of the most stubborn disputes in the trade talks"]),
    ],
)
def test_a_dispute_settled_or_a_ban_lifted_is_an_agreement_but_not_one_only_offered(sentence,
                                                                                    whats):
    draft = items(sentence)
    assert [a["what"] for a in draft.agreements] == whats
    assert not (whats and draft.open_issues)  # a dispute settled is no longer open


def test_a_second_act_of_the_same_agent_has_the_agent_s_parties():
    draft = extract_items([["India will provide land for the project and will facilitate "
                            "farmers' access to the food parks."]], REFERENCE, PEOPLE,
                          ["India", "Israel", "United States"])
    assert [a["parties"] for a in draft.agreements] == [["India"], ["India"]]


def test_an_order_of_one_person_to_a_department_is_no_agreement():
    assert items("He directed the State Department to always put the country first.").agreements \
        == []


def test_a_partnership_that_has_never_been_stronger_still_makes_its_pledges():
    draft = items("We will continue to work with allies and partners, including through the Quad, "
                  "which has never been stronger, to build a free and open region.")
    assert [a["what"] for a in draft.agreements] == [
        "Continue to work with allies and partners, including through the Quad"]


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The ministers agreed that the fisheries protocol should be renewed and signed by June.",
         ["Fisheries protocol to be renewed and signed by June"]),
        ("They agreed that the joint commission would be convened twice a year.",
         ["Joint commission to be convened twice a year"]),
        ("The ministers agreed to convene the next session in Accra, on dates to be agreed.",
         ["Convene the next session in Accra"]),
    ],
)
def test_what_the_parties_agreed_should_be_done_is_labelled_by_what_is_to_be_done(
        sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The leaders asked their trade ministers to convene the joint committee in Hanoi.",
         ["Convene the joint committee in Hanoi"]),
        ("The delegation conveyed its Government's decision to back Peru's bid for the council.",
         ["Back Peru's bid for the council"]),
        ("The accord obliges both parties to share flood data every week.",
         ["Share flood data every week"]),
        ("Each side will open a liaison office, and the two coast guards will carry out joint "
         "patrols in the strait.",
         ["Open a liaison office", "Joint patrols in the strait"]),
    ],
)
def test_orders_to_one_s_own_officials_decisions_conveyed_and_duties_are_agreements(
        sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


def test_deals_inked_by_number_are_agreements():
    assert [a["what"] for a in items("Arden and Brel inked three deals on energy and "
                                      "transport.").agreements] == [
        "Sign three deals on energy and transport"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers urged the parties to cease hostilities.",
        "We encourage all parties to agree to a ceasefire.",
        "I ask council members to pledge to protect schools.",
        "The envoys are calling on both sides to sign the accord.",
        "We call on the warring parties in the north to allow aid convoys through.",
    ],
)
def test_a_request_to_the_other_side_is_still_no_agreement(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Both parties insist on a federal state, the model agreed in earlier rounds.",
        "The envoy, who plans to visit Cairo in May, said at a briefing on Tuesday that talks "
        "would go on.",
    ],
)
def test_a_model_agreed_elsewhere_or_a_plan_told_in_passing_is_no_agreement(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The ministry lodged a protest with the Embassy of Brel in Arden.", []),
        ("Arden rejected the ruling in its entirety.", ["Rejection of the ruling"]),
        ("Arden is pressing Brel to scrap its 5 percent tariff on steel imports.",
         ["5 percent tariff on steel imports"]),
    ],
)
def test_an_issue_is_not_the_addressee_of_a_protest_nor_loses_its_figure(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_a_label_that_says_how_or_with_what_is_no_item():
    draft = items("Today, with the formation of the pact, we recommit ourselves to this vision.",
                  "They stressed the peaceful settlement of disputes in accordance with "
                  "international law.")
    assert [a["what"] for a in draft.agreements] == []
    assert [i["topic"] for i in draft.open_issues] == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("A diplomatic spat over the expulsion of an envoy has dragged on for months.",
         ["Expulsion of an envoy"]),
        ("The long-running feud over grazing land shows no sign of ending.", ["Grazing land"]),
        ("Arden blamed Brel for the collapse of the truce.", ["Collapse of the truce"]),
        ("There are growing fears over the safety of the reactor.", ["Safety of the reactor"]),
        ("Herders have complained about closed crossings.", ["Closed crossings"]),
    ],
)
def test_the_news_words_for_a_quarrel_name_what_it_is_about(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_a_series_of_modifiers_before_one_noun_is_one_topic():
    draft = items("The minister said the navy will not tolerate illegal, unreported and "
                  "unregulated fishing in national waters.")
    assert [i["topic"] for i in draft.open_issues] == [
        "Illegal, unreported and unregulated fishing in national waters"]


def test_attending_a_signing_ceremony_is_no_agreement_but_a_deal_told_beside_it_is():
    assert items("The navy chief attended the signing ceremony in Colonia.").agreements == []
    draft = items("The bank will fund the study with a grant of 12 million euros, an official, "
                  "who attended the signing ceremony, said.")
    assert len(draft.agreements) == 1


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The two sides have been at odds for years over the sharing of oil revenues.",
         ["Sharing of oil revenues"]),
        ("The herders have clashed for decades over grazing rights.", ["Grazing rights"]),
        ("Clashes between herders and farmers have killed more than 200 people this year.",
         ["Clashes between herders and farmers"]),
        ("The standoff over the port has disrupted trade worth billions of dollars.",
         ["Standoff over the port"]),
        ("The rift between Rabat and Algiers has deepened.", ["Rift between Rabat and Algiers"]),
        ("Talks ended without a breakthrough on fishing rights, the main sticking point.",
         ["No breakthrough on fishing rights"]),
        ("Seoul expressed regret over Tokyo's decision to tighten export controls on chip "
         "materials.", ["Tokyo's decision to tighten export controls on chip materials"]),
        ("Berlin expressed disappointment at the decision to delay the vote.",
         ["Decision to delay the vote"]),
        ("The minister voiced frustration with the slow pace of reconstruction.",
         ["Slow pace of reconstruction"]),
    ],
)
def test_discord_is_named_by_its_matter_not_by_how_long_it_lasted_or_what_it_is_called(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Beijing condemned the visit.", ["Condemnation of the visit by Beijing"]),
        ("We condemn Arden's continued missile launches, which violate the accord.",
         ["Arden's missile launches"]),  # "continued" after a possessive is no verb
        ("We condemn the visit.", ["Condemnation of the visit"]),
        ("The opposition condemned the agreement as a sell-out.",
         ["Condemnation of the agreement by the opposition"]),
        ("Japan lodged a protest over the incursion.", ["Protest over the incursion"]),
        ("Beijing slammed the sanctions as illegal.", ["Criticism of the sanctions by Beijing"]),
        ("Kurti, in turn, blamed Belgrade for stoking unrest in the north.",
         ["Blame on Serbia for stoking unrest in the north"]),
        ('Vucic accused Kosovo of "provoking" the Serb community.',
         ["Accusations against Kosovo of provoking the Serb community"]),
        ("Brel insists that herders in the north should be allowed to keep their old permits, "
         "while Arden says all herds must carry new tags.",
         ["Demand that herders in the north keep their old permits"]),
        ("At the talks, Arden urged Brel to stop arming the rebels in the north.",
         ["Call for Brel to stop arming the rebels in the north"]),
        ("The envoy urged both sides to stop the fighting in the border villages.",
         ["Fighting in the border villages"]),
        ("Beijing called on Washington to end its arms sales to Taiwan.",
         ["U.S. arms sales to Taiwan"]),
        ("The EU urges Rwanda to withdraw its troops from Congolese territory.",
         ["Rwanda’s troops in Congolese territory"]),
        ("Arden called on Brel to lift its ban on seafood imports \"promptly and on the basis of "
         "scientific evidence.\"", ["Ban on seafood imports"]),
        ("The Council calls on Russia to withdraw its troops and ammunition from the Transnistrian "
         "region.", ["Russia’s troops and ammunition in the Transnistrian region"]),
        ("Before the meeting, ministers exchanged views over breakfast with the deputy prime "
         "minister on the reform agenda and the security situation in the region.",
         ["Security situation in the region"]),
        ("Rights groups decried the crackdown on protesters in the capital.",
         ["Crackdown on protesters in the capital"]),
        ("Tensions have simmered for months over the sharing of oil revenues.",
         ["Tensions over the sharing of oil revenues"]),
        ("Both sides accuse each other of violating the truce.",
         ["Accusations of violating the truce"]),
        ("Both sides traded accusations of violating the truce.",
         ["Accusations of violating the truce"]),
        ("The EU has threatened retaliatory tariffs if Washington goes ahead with the levy.",
         ["Threat of retaliatory tariffs"]),
    ],
)
def test_a_reproach_is_named_by_what_it_reproaches_and_who_not_by_its_judgement_or_condition(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Officials struck a deal late on Monday to reopen the crossing.",
         ["Strike a deal to reopen the crossing"]),
        ("The ministers agreed late Wednesday to lift the blockade.", ["Lift the blockade"]),
    ],
)
def test_the_time_of_day_an_agreement_was_made_is_no_part_of_its_label(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Agreement was reached on the establishment of a joint business council.",
         ["Establishment of a joint business council"]),
        ("An agreement was reached to reopen the border crossing.",
         ["Reopen the border crossing"]),
        ("A deal was struck to extend the truce by 60 days.", ["Extend the truce by 60 days"]),
        ("The two delegations initialled a new fisheries agreement.",
         ["Initial a new fisheries agreement"]),
        ("No agreement was reached on the price formula.", []),
    ],
)
def test_an_agreement_told_in_the_passive_or_initialled_is_an_agreement(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The EU will not recognize the results of the election.",
         ["EU’s refusal to recognize the results of the election"]),
        ("The United States has refused to lift the sanctions.",
         ["U.S. refusal to lift the sanctions"]),
        ("The two sides acknowledged their differences on Taiwan.", ["Differences on Taiwan"]),
        ("Concerns about the programme were also raised.", ["Concerns about the programme"]),
        ("They raised concerns over Taiwan, the South China Sea and Hong Kong.",
         ["Taiwan", "South China Sea", "Hong Kong"]),
        ("Ruritania raised concerns over a number of anti-dumping investigations.",
         ["Anti-dumping investigations"]),
        ("Freedonia expressed concern about a series of missile launches.",
         ["Missile launches"]),
    ],
)
def test_an_issue_of_one_name_or_one_word_keeps_what_makes_it_a_headline(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics", "whats"),
    [
        ("Questions remain over how the fund will be financed.",
         ["How the fund will be financed"], []),
        ("Nothing was agreed on the question of reparations.", ["Question of reparations"], []),
        ("Officials said the agreement does not address the issue of water rights.",
         ["Water rights"], []),
        ("The deal does not cover plug-in hybrids, which remain subject to duties.",
         ["Plug-in hybrids"], []),
    ],
)
def test_what_a_deal_leaves_out_or_nobody_agreed_is_an_issue_not_an_agreement(
        sentence, topics, whats):
    drafted = items(sentence)
    assert [i["topic"] for i in drafted.open_issues] == topics
    assert [a["what"] for a in drafted.agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("What it did not show was any movement on the question that divides them.",
         ["No movement on the question"]),
        ("Taiwan remains the issue that divides the two powers most.", ["Taiwan"]),
        ("In Wadi, where war has gutted the ministry, engineers say they receive the data "
         "late, raising safety concerns during the flood season.",
         ["Safety concerns during the flood season"]),
    ],
)
def test_an_issue_is_named_by_its_clause_not_by_a_cleft_a_relative_or_an_aside(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The pact, signed in Riyadh on Sunday, commits both sides to a ceasefire.",
         ["Commit to a ceasefire"]),
        ("Ministers gave the go-ahead for construction of the pipeline.",
         ["Construction of the pipeline"]),
        ("The council gave the green light to the project.", ["Approve the project"]),
    ],
)
def test_a_deal_binding_both_sides_or_an_approval_is_labelled_by_what_it_binds_or_approves(
        sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats", "topics"),
    [
        ("Analysts expect the two sides to sign a deal next year.", [], []),
        ("The two sides expect to sign a deal next year.", ["Sign a deal next year"], []),
        ("If ratified, the treaty will cut tariffs on 90% of goods.", [], []),
        ("When the leaders met in May, they agreed to set up a joint fund.",
         ["Set up a joint fund"], []),
    ],
)
def test_what_others_expect_or_a_treaty_would_do_if_ratified_commits_no_one_yet(
        sentence, whats, topics):
    drafted = items(sentence)
    assert [a["what"] for a in drafted.agreements] == whats
    assert [i["topic"] for i in drafted.open_issues] == topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas said it would release the hostages only if Israel withdrew its troops.",
        "Kenya will sign the deal on condition that tariffs are cut.",
    ],
)
def test_a_promise_made_on_a_condition_is_no_agreement(sentence):
    assert items(sentence).agreements == []


def test_a_demand_in_the_present_tense_names_who_demands():
    assert [i["topic"] for i in items(
        "Moscow demands that Kyiv withdraw from four regions.").open_issues] == \
        ["Russia’s demand that Kyiv withdraw from four regions"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Indian and Chinese troops clashed along the disputed border in Ladakh.",
         ["Clashes along the disputed border in Ladakh"]),
        ("Protesters clashed with police in the capital.", ["Clashes with police in the capital"]),
        ("Tensions with Beijing have risen.", ["Tensions with Beijing"]),
    ],
)
def test_clashes_and_tensions_keep_their_noun_with_where_and_with_whom(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("India and China have been locked in a border standoff since 2020.",
         ["Border standoff between India and China"]),
        ("Japan and South Korea have a trade dispute.",
         ["Trade dispute between Japan and South Korea"]),
        ("Kenya and Somalia are locked in a dispute.", ["Dispute between Kenya and Somalia"]),
        ("The dispute between Japan and South Korea has dragged on for years.",
         ["Dispute between Japan and South Korea"]),
        ("The ruling is the basis for peacefully resolving disputes between the parties.",
         ["Disputes between the parties"]),
        ("Exports resumed in 2024 after a months-long standoff.", []),
    ],
)
def test_a_conflict_named_by_its_noun_alone_keeps_its_kind_and_between_whom(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Georgetown has made clear that it will not discuss the border.",
         ["Guyana’s refusal to discuss the border"]),
        ("The Faroese minister accused Reykjavik of clinging to old catch records.",
         ["Accusations against Iceland of clinging to old catch records"]),
    ],
)
def test_a_seat_of_government_in_an_issue_is_named_by_its_state(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_what_the_sides_previously_agreed_is_background():
    assert items("The sides previously agreed to a prisoner swap that collapsed.").agreements \
        == []


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The two sides agreed to: (a) establish a joint border committee; (b) harmonise "
         "customs procedures at the crossing; and (c) train customs officers together.",
         ["Establish a joint border committee", "Harmonise customs procedures at the crossing",
          "Train customs officers together"]),
        ("Indonesia will address non-tariff barriers, including by: (1) exempting U.S. firms "
         "from local content rules; (2) accepting U.S. vehicle standards.",
         ["Indonesia to address non-tariff barriers"]),
    ],
)
def test_each_item_of_a_list_run_into_a_commitment_is_an_agreement_but_not_its_examples(
        sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("King Abdullah will receive the Egyptian president in Amman on Monday.", []),
        ("The king will receive Macron on Monday.", []),
        ("The king will receive the Emir of Qatar at the palace on Tuesday.", []),
        ("Kenya will receive 20 locomotives from China.", ["Receive 20 locomotives from China"]),
    ],
)
def test_receiving_a_visitor_is_no_agreement_but_receiving_goods_is(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


def test_a_rejection_coordinated_with_a_later_cue_is_named_by_what_was_rejected():
    assert [i["topic"] for i in items(
        "Thailand has long rejected international mediation over the border and insists the "
        "dispute must be settled bilaterally.").open_issues] == \
        ["International mediation over the border"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Poland has voiced objections to the deal.", ["Objections to the deal"]),
        ("Farmers have complaints about the levy.", ["Complaints about the levy"]),
    ],
)
def test_objections_or_complaints_about_one_thing_keep_their_noun(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_money_being_announced_is_labelled_by_the_money():
    assert [a["what"] for a in items(
        "Second, the United States is announcing $45 million in new humanitarian assistance "
        "for Sudanese refugees in Chad.").agreements] == \
        ["$45 million in new humanitarian assistance for Sudanese refugees in Chad"]


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Germany pledged 500 million euros to the Green Climate Fund.",
         ["500 million euros to the Green Climate Fund"]),
        ("Japan announced 2 billion yen in emergency aid for Myanmar.",
         ["2 billion yen in emergency aid for Myanmar"]),
        ("Japan announced 2 billion yen in new aid, including food and medicine, for flood "
         "victims in Myanmar.", ["2 billion yen in new aid for flood victims in Myanmar"]),
    ],
)
def test_money_written_with_its_currency_after_the_amount_is_labelled_by_the_money(
        sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Agreements on visa exemption and on the transfer of sentenced persons were also "
         "signed.", ["Sign agreements on visa exemption and on the transfer of sentenced persons"]),
        ("The two presidents witnessed the exchange of six agreements.",
         ["Exchange six agreements"]),
        ("Four agreements were signed during the visit, covering energy, mining, agriculture and "
         "culture.", ["Sign four agreements covering energy, mining, agriculture and culture"]),
    ],
)
def test_texts_signed_or_exchanged_by_number_or_without_an_article_are_agreements(
        sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Uganda and Kenya renewed their memorandum on defence cooperation for five years.",
         ["Renew the memorandum on defence cooperation for five years"]),
        ("The two sides extended the currency swap arrangement by two years.",
         ["Extend the currency swap arrangement by two years"]),
    ],
)
def test_a_deal_renewed_or_extended_is_an_agreement(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Arden and Brel will co-develop jet engines for their air forces.",
         ["Co-develop jet engines for the air forces"]),
        ("The two countries will co-fund the new bridge over the river.",
         ["Co-fund the new bridge over the river"]),
    ],
)
def test_an_act_done_together_with_co_is_a_commitment(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The leaders welcomed the conclusion of negotiations on a free trade agreement and "
         "looked forward to its signing later this year.",
         [("Conclude negotiations on a free trade agreement", "agreed"),
          ("Sign the free trade agreement", "agreed")]),
        ("They looked forward to the early signing of the agreement on visa exemption.",
         [("Sign the agreement on visa exemption", "agreed")]),
    ],
)
def test_a_signing_looked_forward_to_is_to_sign_the_deal_not_yet_signed(sentence, whats):
    assert [(a["what"], a["status"]) for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The talks in Istanbul ended without agreement on a ceasefire.",
         ["No agreement on a ceasefire"]),
        ("Disagreement persists over who should lead the transitional government.",
         ["Who should lead the transitional government"]),
        ("Key issues, including the status of Abyei, remain unresolved.", ["Status of Abyei"]),
        ("Several questions, such as the fate of the detainees, remain unresolved.",
         ["Fate of the detainees"]),
    ],
)
def test_a_matter_left_unagreed_is_named_by_what_it_is_not_by_how_many_there_are(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Minister Sato strongly urged the Chinese side to immediately lift the import ban on "
         "Japanese food products.", ["Import ban on Japanese food products"]),
        ("Canada called on China to remove its tariffs on canola.", ["Tariffs on canola"]),
    ],
)
def test_a_measure_another_side_is_urged_to_lift_is_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_negotiations_told_before_them_are_what_an_act_on_them_concludes():
    assert [a["what"] for a in items(
        "Both leaders noted the progress in the negotiations on the Economic Partnership "
        "Agreement and directed their officials to conclude them at the earliest.").agreements] \
        == ["Conclude negotiations on the Economic Partnership Agreement at the earliest"]


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The Ministers welcomed the conclusion of negotiations on the Air Services Agreement "
         "and looked forward to its early signing.",
         ["Conclude negotiations on the Air Services Agreement",
          "Sign the Air Services Agreement"]),
        ("The two countries upgraded their relationship to a Comprehensive Strategic "
         "Partnership.", ["Upgrade the relationship to a Comprehensive Strategic Partnership"]),
    ],
)
def test_a_text_awaited_or_a_relationship_upgraded_is_labelled_by_what_is_done(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials did not say how the government will fund the programme.",
        "The ministry has yet to say when it will lift the ban.",
        "It remains to be seen how Kenya will pay for the railway.",
    ],
)
def test_what_someone_will_do_asked_as_a_question_is_no_commitment(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Avel demands that Brel agree to binding rules on the dam.",
        "Sorland insists that buyers commit to long-term contracts before it invests.",
    ],
)
def test_a_commitment_one_side_demands_of_another_is_no_agreement(sentence):
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Seoul lodged a formal protest with Tokyo over the textbooks.",
         ["Protest over the textbooks"]),
        ("The ceasefire has been repeatedly violated.", ["Violations of the ceasefire"]),
    ],
)
def test_a_protest_over_one_thing_and_a_truce_broken_again_and_again_are_open_issues(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_a_harm_told_of_what_is_protested_does_not_make_the_protest_a_thing_of_the_past():
    found = items("Avel summoned Brel's ambassador to protest the diversion of the Lora river, "
                  "which Avel says has cut the water reaching its farms by half.").open_issues
    assert [i["topic"] for i in found] == ["Protest over the diversion of the Lora river"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Relations between Rabat and Madrid have cooled.", ["Relations between Rabat and Madrid"]),
        ("Ties with Beijing remain tense.", ["Ties with Beijing"]),
        ("China, Vietnam and the Philippines have overlapping claims in the South China Sea.",
         ["Overlapping claims in the South China Sea"]),
        ("The two sides have competing claims over the oil field.",
         ["Competing claims over the oil field"]),
        ("Argentina claims sovereignty over the Falkland Islands.",
         ["Sovereignty over the Falkland Islands"]),
    ],
)
def test_relations_gone_cold_and_rival_claims_are_open_issues(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_talks_that_were_tense_are_no_issue_of_relations():
    assert items("The talks were tense.").open_issues == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The decision angered Moscow.", ["Russia’s anger over the decision"]),
        ("The move has infuriated Beijing.", ["China’s anger over the move"]),
        ("The plan has alarmed environmental groups.",
         ["Alarm among environmental groups over the plan"]),
        ("Both sides blame each other for the collapse of the truce.", ["Collapse of the truce"]),
    ],
)
def test_what_angers_another_or_is_blamed_on_each_other_is_named_with_the_feeling(sentence,
                                                                                    topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Aid agencies say hundreds of thousands of people have been displaced by the fighting "
         "since April, many of them sheltering in schools.",
         ["Hundreds of thousands of people displaced by the fighting"]),
        ("The UN said some 2,000 migrants remain stranded on the border between Belarus and "
         "Poland, with temperatures falling below zero.",
         ["Some 2,000 migrants stranded on the border between Belarus and Poland"]),
    ],
)
def test_people_still_harmed_are_named_without_who_reports_it(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Norway's Foreign Minister Ingrid Solberg said her government would provide 200 "
         "million crowns over three years to train Nigerian coast guard officers.",
         ["Norway to provide 200 million crowns over three years to train Nigerian coast guard "
          "officers"]),
        ("Kenyan President William Ruto said his country would send 1,000 police officers to "
         "Haiti.", ["Kenya to send 1,000 police officers to Haiti"]),
    ],
)
def test_a_government_named_by_whose_it_is_commits_the_state_of_the_one_who_says_so(sentence,
                                                                                    whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


def test_the_text_acted_on_is_the_text_of_the_deal_told_before_it():
    assert [a["what"] for a in items(
        "They noted that negotiations on the visa facilitation agreement have not yet been "
        "concluded and instructed their officials to finalise the text.").agreements] == \
        ["Finalise the text of the visa facilitation agreement"]


def test_an_act_asked_for_as_soon_as_possible_is_no_event_ahead():
    assert items("They instructed their officials to finalise the text as soon as "
                 "possible.").upcoming == []


def test_all_before_what_is_condemned_is_not_part_of_its_name():
    assert [i["topic"] for i in items(
        "The two sides condemned all terrorist attacks in the region.").open_issues] == \
        ["Terrorist attacks in the region"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The two governments remain at odds over who should pay for expanding the border "
         "checkpoint.", ["Who should pay for expanding the border checkpoint"]),
        ("The sides are divided over whether to extend the truce.",
         ["Whether to extend the truce"]),
    ],
)
def test_a_question_the_sides_are_at_odds_over_is_the_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_a_problem_told_as_continued_and_intensified_is_named_by_the_problem():
    assert [i["topic"] for i in items(
        "The minister expressed concern over Russia's continued and intensified attacks on "
        "Ukrainian cities.").open_issues] == ["Russia's attacks on Ukrainian cities"]


def test_a_label_too_long_loses_how_before_it_loses_what():
    assert [a["what"] for a in items(
        "The two ministers welcomed the entry into force of the access agreement and confirmed "
        "that they would work closely toward the early holding of the next Japan-Philippines "
        "Foreign and Defense Ministerial Meeting.").agreements] == \
        ["Work toward the early holding of the next Japan-Philippines Foreign and Defense "
         "Ministerial Meeting"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Ethiopian officials say they are open to talks but reject any binding obligation on "
         "water releases.", ["Binding obligation on water releases"]),
        ("The envoy warned that famine was spreading in Darfur and Kordofan.",
         ["Famine in Darfur and Kordofan"]),
        ("Famine has been declared in parts of Darfur.", ["Famine in parts of Darfur"]),
    ],
)
def test_what_many_reject_and_a_famine_spreading_are_open_issues(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_what_the_parties_agree_to_reject_is_their_commitment_not_an_issue():
    found = items("The two leaders agreed to reject all forms of terrorism.")
    assert ([a["what"] for a in found.agreements], found.open_issues) == \
        (["Reject all forms of terrorism"], [])


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("A long-term agreement on shipping crude oil through the pipeline has yet to be "
         "finalised.", ["Long-term agreement on shipping crude oil through the pipeline"]),
        ("The two sides noted that the draft agreement on the recognition of driving licences "
         "remains under negotiation.", ["Draft agreement on the recognition of driving licences"]),
        ("The ministers noted that the convention on legal assistance has yet to enter into "
         "force.", ["Convention on legal assistance"]),
        ("Brel's request for a new survey of the river remains pending.",
         ["Brel's request for a new survey of the river"]),
        ("The ministers noted that a few provisions remain to be finalised.",
         ["Few provisions still to be finalised"]),
        ("The ministers noted that the terms of reference have yet to be agreed.",
         ["Terms of reference still to be agreed"]),
        ("The two sides noted that the demarcation of the remaining 87 kilometres of the common "
         "border has yet to be completed.",
         ["Demarcation of the remaining 87 kilometres of the common border"]),
        ("We noted that the negotiations on a code of conduct in the sea were not concluded "
         "within the 2026 timeline.", ["Negotiations on a code of conduct in the sea"]),
        ("Negotiations on the trade deal were not concluded by the deadline.",
         ["Negotiations on the trade deal"]),
    ],
)
def test_a_matter_left_unsettled_is_named_by_its_whole_noun_phrase(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The two sides signed a power deal but steered clear of the Sahara dispute that has "
         "long complicated relations, officials said.", ["Sahara dispute"]),
        ("They discussed the border dispute, which has soured ties since 2019.",
         ["Border dispute"]),
        ("The leaders discussed the fishing dispute that has dragged on for a decade.",
         ["Fishing dispute"]),
    ],
)
def test_a_dispute_is_named_by_itself_not_by_what_it_has_done(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Fishermen from both countries have clashed repeatedly near the disputed islets.",
         ["Clashes near the disputed islets"]),
        ("Herders clashed over grazing land in the valley.", ["Grazing land in the valley"]),
        ("Observers say the ceasefire has been violated more than 200 times since it took "
         "effect.", ["Violations of the ceasefire"]),
        ("Arden closed its border with Brel after clashes spilled over in April.", []),
        ("Brelton has repeatedly criticised Ardenburg for hosting rebel leaders.",
         ["Criticism of Ardenburg for hosting rebel leaders"]),
    ],
)
def test_clashes_and_violations_are_named_by_where_and_what_not_by_who_reports_them(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Officials acknowledged that progress on the maritime boundary had been slow.",
         ["Slow progress on the maritime boundary"]),
        ("Arden's transitional council has missed the deadline for holding elections.",
         ["Missed deadline for holding elections"]),
        ("Questions over the cost of the reconstruction remain unanswered.",
         ["Questions over the cost of the reconstruction"]),
        ("Supply disruptions interrupt trade in grain, corn, cooking oil, and key inputs such "
         "as seeds and fertilizer.",
         ["Supply disruptions to trade in grain, corn, cooking oil, and key inputs"]),
        ("The leaders discussed efforts to address the impacts of climate change including water "
         "insecurity.", ["Water insecurity"]),
    ],
)
def test_slow_progress_a_missed_deadline_and_problems_told_at_length_are_named_in_full(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("A meeting of the donors on Haiti that had been planned for March in Ottawa was "
         "postponed indefinitely, officials said.",
         ["Meeting of the donors on Haiti postponed, no new date"]),
        ("The session of the joint commission, which had been due next week in Lusaka, has been "
         "postponed to a date to be agreed.",
         ["Session of the joint commission in Lusaka postponed, no new date"]),
        ("The summit was postponed until further notice.", ["Summit postponed, no new date"]),
        ("The summit was postponed until June.", []),
    ],
)
def test_a_meeting_put_off_with_no_new_date_is_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Seoul wants Tokyo to apologise for wartime forced labour.",
         ["South Korea’s demand that Tokyo apologise for wartime forced labour"]),
        ("He said Iraq also wanted assurances that the port would not affect access to Iraqi "
         "ports.",
         ["Iraq’s demand for assurances that the port would not affect access to Iraqi ports"]),
        ("Japan wants to expand trade with Kenya.", []),
        ("Tirana, for its part, wants the joint border commission, idle since 2019, to meet "
         "again.", ["Albania’s demand that the joint border commission meet again"]),
        ("Quito wants the talks to cover fishing rights.",
         ["Ecuador’s demand that the talks cover fishing rights"]),
        ("We want the crossing to reopen soon.", []),
        ("Chile wants a railway across the Andes to Mendoza.", []),
        ("Peru wants the agreement to be signed this year.", []),
        ("Brussels wants the U.K. to pay for the border checks.",
         ["EU’s demand that the U.K. pay for the border checks"]),
    ],
)
def test_what_one_state_wants_of_another_is_its_demand(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("China's Commerce Ministry said it \"firmly opposes\" the decision and would take all "
         "necessary measures.", ["China’s opposition to the decision"]),
        ("The EU will impose provisional anti-dumping duties of up to 38% on imports of Chinese "
         "stainless steel from July 1, the Commission said on Tuesday.",
         ["Provisional anti-dumping duties of up to 38% on imports of Chinese stainless steel"]),
    ],
)
def test_a_decision_opposed_and_duties_told_with_their_rate_are_open_issues(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats", "topics"),
    [
        ("Beijing has already launched an anti-dumping investigation into European pork and "
         "brandy.", [], ["Anti-dumping investigation into European pork and brandy"]),
        ("Washington has already imposed tariffs of 25% on Canadian steel.", [],
         ["Tariffs of 25% on Canadian steel"]),
        ("Beijing has launched anti-dumping investigations into European brandy.", [],
         ["Anti-dumping investigations into European brandy"]),
        ("Beijing denies the charge and has responded with anti-dumping investigations into "
         "European pork.", [], ["Anti-dumping investigations into European pork"]),
        ("Brelnaft, which is majority-owned by an Ardenian firm, has been under Arden sanctions "
         "since October.", [], ["Arden sanctions on Brelnaft"]),
        ("Police launched an investigation into the attack.", [], []),
        ("The two sides agreed to launch a joint investigation into the incident.",
         ["Launch a joint investigation into the incident"], []),
    ],
)
def test_a_trade_probe_or_measure_already_taken_is_open_and_no_commitment(sentence, whats,
                                                                          topics):
    found = items(sentence)
    assert ([a["what"] for a in found.agreements], [i["topic"] for i in found.open_issues]) == \
        (whats, topics)


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The rights group Viasna says more than 1,100 people are held in the country on "
         "politically motivated charges, a figure Belarusian authorities dispute.",
         ["More than 1,100 people held in the country on politically motivated charges"]),
        ("Dozens of activists are detained without charge.",
         ["Dozens of activists detained without charge"]),
        ("The two leaders condemned all forms of authoritarianism and aggression in the world.",
         ["Authoritarianism and aggression in the world"]),
    ],
)
def test_people_held_on_charges_and_all_forms_of_a_wrong_are_named_by_what_they_are(sentence,
                                                                                   topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_a_second_act_after_a_month_named_may_is_a_second_agreement():
    assert [a["what"] for a in items(
        "The presidents agreed to hold a meeting of the council in Minsk in May and instructed "
        "their governments to prepare a roadmap for industrial cooperation.").agreements] == \
        ["Hold a meeting of the council in Minsk",
         "Prepare a roadmap for industrial cooperation"]


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("India and the UAE exchanged MoUs on food security and renewable energy.",
         ["Exchange MoUs on food security and renewable energy"]),
        ("The two sides exchanged views on regional issues.", []),
    ],
)
def test_documents_exchanged_are_agreements_but_views_exchanged_are_not(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The minister urged the Houthis to release the crew of the Galaxy Leader.",
         ["Release of the crew of the Galaxy Leader"]),
        ("Lithuania urged Belarus to free all political prisoners.",
         ["Release of all political prisoners"]),
    ],
)
def test_people_one_party_is_urged_to_release_are_an_issue_named_by_their_release(sentence,
                                                                                    topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Officials pressed Brel Power to clear about $22 million in overdue payments to the "
         "grid operator.", ["$22 million in overdue payments to the grid operator"]),
        ("Arden urged Brel to settle its arrears on the pipeline.", ["Arrears on the pipeline"]),
    ],
)
def test_a_debt_one_party_is_pressed_to_pay_is_the_issue_not_the_payment(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats", "topics"),
    [
        ("The agreement is with the authorities in Orvo and concerns the crossing itself.", [],
         []),
        ("It shows that neighbours in the Tarn Sea can manage their differences responsibly "
         "and in accordance with international law.", [], []),
        ("They agreed to set up a hotline at the 9th Meeting of the Working Group on Maritime "
         "and Ocean Concerns held in Orvo.", ["Set up a hotline"], []),
        ("The signing was, however, overshadowed by differences on other fronts.", [], []),
        ("The signing was overshadowed by differences over the border.", [],
         ["Differences over the border"]),
    ],
)
def test_a_signing_or_a_deal_told_of_without_news_is_no_item(sentence, whats, topics):
    drafted = items(sentence)
    assert [a["what"] for a in drafted.agreements] == whats
    assert [i["topic"] for i in drafted.open_issues] == topics


def test_an_issue_s_one_line_leaves_out_who_we_are():
    [issue] = items("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the "
                    "United Kingdom and the United States, condemn the attacks on commercial "
                    "vessels in the Red Sea.").open_issues
    assert issue["what"].startswith("We condemn the attacks on commercial vessels")


@pytest.mark.parametrize(
    "sentence",
    [
        "We will consult each other to coordinate our responses to regional challenges, "
        "provocations, and threats that affect our collective interests and security.",
        "We believe the lasting lesson from this catastrophic war of aggression must be the "
        "world's will to uphold the principles of sovereignty.",
    ],
)
def test_a_noun_that_only_says_what_kind_of_matter_names_no_issue(sentence):
    assert [i["topic"] for i in items(sentence).open_issues if " " not in i["topic"]] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite the impasse, the meeting did produce some concrete results.",
        "Instead, delegates left with deep divisions unresolved on the main questions.",
    ],
)
def test_a_clause_naming_no_matter_but_when_or_despite_what_gives_no_issue(sentence):
    assert items(sentence, reference=dt.date(2026, 5, 14)).open_issues == []


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The two leaders announced their intention to strengthen energy security by "
         "unleashing affordable energy.",
         ["Strengthen energy security by unleashing affordable energy"]),
        ("The two leaders announced their decision to establish a joint fund.",
         ["Establish a joint fund"]),
    ],
)
def test_an_intention_announced_is_labelled_by_the_act_it_is_to(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


def test_a_demand_that_talks_stalled_over_keeps_what_is_demanded():
    assert [i["topic"] for i in items(
        "The talks stalled over Moscow's demand that Kyiv cede the Donbas region.").open_issues] \
        == ["Moscow's demand that Kyiv cede the Donbas region"]


def test_a_package_blocked_is_named_with_whose_it_is_and_its_size():
    assert [i["topic"] for i in items(
        "Hungary has blocked the EU's 50 billion euro aid package for Ukraine.").open_issues] == \
        ["Hungary’s opposition to the EU's 50 billion euro aid package for Ukraine"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Cambodia and Thailand have been embroiled in a border row since May.",
         ["Border row between Cambodia and Thailand"]),
        ("The diplomatic row between India and Canada deepened.",
         ["Diplomatic row between India and Canada"]),
        ("The team finished third in a row.", []),
    ],
)
def test_a_row_of_a_named_kind_is_a_conflict(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The Philippines summoned China's ambassador over the water cannon incident.",
         ["Water cannon incident"]),
        ("Seoul summoned the Japanese ambassador over the textbooks.",
         ["Protest over the textbooks"]),
        ("Both sides traded blame for the collapse of the ceasefire.",
         ["Collapse of the ceasefire"]),
        ("Both sides traded blame for the violence.", ["Blame for the violence"]),
        ("Both sides traded accusations over the attack.", ["Accusations over the attack"]),
    ],
)
def test_an_envoy_summoned_over_a_matter_and_blame_traded_for_it_name_an_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Authorizes the deployment of an additional 2,000 troops to the mission.",
         ["Deploy an additional 2,000 troops to the mission"]),
        ("The cabinet approved the extension of the truce.", ["Extend the truce"]),
    ],
)
def test_a_deployment_or_extension_authorised_is_the_act_it_authorises(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats", "topics"),
    [
        ("Nigeria and Norway agreed to set up a joint commission and to resume talks on a "
         "bilateral investment treaty that stalled in 2022.",
         ["Set up a joint commission",
          "Resume talks on a bilateral investment treaty that stalled in 2022"], []),
        ("The two sides agreed to resume talks but remain divided over fishing rights.",
         ["Resume talks"], ["Fishing rights"]),
    ],
)
def test_talks_agreed_to_resume_are_not_open_but_a_division_after_but_is(sentence, whats,
                                                                          topics):
    found = items(sentence)
    assert ([a["what"] for a in found.agreements], [i["topic"] for i in found.open_issues]) == \
        (whats, topics)


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The blockade stranded more than 4,000 trucks and cost exporters an estimated $120 "
         "million, according to the chamber of commerce.",
         ["Blockade that stranded more than 4,000 trucks"]),
        ("Border clashes have killed more than 40 people since January.",
         ["Border clashes that have killed more than 40 people"]),
    ],
)
def test_a_harmful_act_told_with_the_harm_it_did_is_named_with_that_harm(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Japan announced its readiness to host the talks.", ["Japan to host the talks"]),
        ("The United States announced its decision to withdraw from the agreement.",
         ["U.S. to withdraw from the agreement"]),
    ],
)
def test_one_party_s_announced_readiness_is_labelled_with_that_party(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats", "topics"),
    [
        ("Arden and Brel signed a visa pact on Tuesday but made no progress on sharing the "
         "waters of the Lum river.", ["Sign a visa pact"],
         ["No progress on sharing the waters of the Lum river"]),
        ("The two leaders agreed to boost trade but stopped short of a deal on fishing rights.",
         ["Boost trade"], ["No deal on fishing rights"]),
        ("The envoys fell short of a breakthrough on grazing rights.", [],
         ["No breakthrough on grazing rights"]),
        ("They agreed to reopen the consulates but have yet to settle the question of wartime "
         "labour.", ["Reopen the consulates"], ["Wartime labour not yet settled"]),
        ("They signed a fisheries pact but have yet to ratify it.", ["Sign a fisheries pact"], []),
    ],
)
def test_a_deal_with_a_setback_after_but_gives_the_deal_and_what_it_left_open(sentence, whats,
                                                                               topics):
    found = items(sentence)
    assert ([a["what"] for a in found.agreements], [i["topic"] for i in found.open_issues]) == \
        (whats, topics)


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The minister said the delimitation of the shelf was the only dispute Arden recognised.",
         ["Delimitation of the shelf"]),
        ("Water sharing remains the biggest sticking point.", ["Water sharing"]),
        ("The status of the old port has long been the thorniest issue.",
         ["Status of the old port"]),
        ("Fishing quotas remain a contentious issue.", ["Fishing quotas"]),
        ("They discussed contentious issues including fishing quotas.", ["Fishing quotas"]),
        ("Visa processing, a sticking point for Dhaka, was discussed.", ["Visa processing"]),
        ("The ministers discussed grazing rights, a long-standing irritant in relations.",
         ["Grazing rights"]),
        ("Kim will raise the case of contractors who say they are owed $20 million, a dispute "
         "that has weighed on relations.", ["Case of contractors"]),
    ],
)
def test_a_matter_called_a_sticking_point_or_a_contentious_issue_is_named_by_itself(sentence,
                                                                                     topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The leaders agreed to handle sensitive issues properly.", []),
        ("The ministers condemned the attack on the embassy strongly.", ["Attack on the embassy"]),
        ("They criticised the deal strongly.", ["Criticism of the deal"]),
        ("Arden protested the seizure again.", ["Protest over the seizure"]),
    ],
)
def test_how_a_matter_is_handled_or_censured_is_no_part_of_its_topic(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("South Korea has banned imports of seafood from the coast since 2013, a measure Tokyo "
         "wants lifted.", ["South Korea’s ban on imports of seafood"]),
        ("China suspended imports of Japanese seafood last week.",
         ["China’s suspension of imports of Japanese seafood"]),
        ("India bans exports of rice.", ["India’s ban on exports of rice"]),
        ("India banned exports of rice in 2019.", []),
        ("Fishermen barred sales of fish to the market.", []),
    ],
)
def test_a_state_s_ban_on_trade_in_force_is_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Relations have been tense since the arrest of a diplomat in January.",
         ["Arrest of a diplomat"]),
        ("Ties have remained cool after the expulsion of two envoys.", ["Expulsion of two envoys"]),
        ("Relations have been tense.", []),
        ("The ministers also discussed the fate of 20 fishermen held in Indian jails.",
         ["Fate of 20 fishermen held in Indian jails"]),
        ("The fate of the deal hangs in the balance.", ["Fate of the deal"]),
        ("Ghana is seeking the return of artefacts looted during the colonial era.",
         ["Ghana’s demand for the return of artefacts"]),
        ("Ghana is seeking the support of its partners.", []),
    ],
)
def test_an_event_that_chilled_ties_a_fate_unknown_or_a_return_sought_is_an_open_issue(sentence,
                                                                                       topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Success would depend on resolving the standoff with the regional banks.",
         ["Standoff with the regional banks"]),
        ("Arden and Brel agreed on prices, a step toward ending a tariff fight that has soured "
         "trade ties for three years.", ["Tariff fight"]),
    ],
)
def test_a_conflict_is_named_with_whom_it_is_and_what_soured_ties_is_the_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Indonesia signed financing agreements with Germany and Japan.",
         ["Sign financing agreements with Germany and Japan"]),
        ("Japan will sign the pact.", ["Japan to sign the pact"]),
    ],
)
def test_a_deal_one_party_makes_with_another_is_not_labelled_as_that_party_s_alone(sentence,
                                                                                    whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Both delegations agreed to exchange draft texts in the coming months.",
         ["Exchange draft texts"]),
        ("The ministers agreed to withdraw the police reinforcements sent to the area last week.",
         ["Withdraw the police reinforcements sent to the area"]),
        ("The ministers agreed to meet in Oslo next month.", ["Meet in Oslo"]),
    ],
)
def test_a_time_told_from_the_day_of_the_report_is_no_part_of_an_agreement_s_label(sentence,
                                                                                    whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "whats", "upcoming"),
    [
        ("The President reiterated that Hamas must release all hostages, including its "
         "own nationals, by Saturday.", [], [("Hamas to release all hostages", "2025-11-29")]),
        ("The ministers agreed that both sides must submit proposals by Friday.",
         ["Submit proposals by Friday"], [("Deadline to submit proposals", "2025-11-28")]),
    ],
)
def test_what_one_side_says_another_must_do_by_a_day_is_a_deadline_not_an_agreement(
        sentence, whats, upcoming):
    draft = items(sentence)
    assert ([a["what"] for a in draft.agreements],
            [(e["what"], e["when"]) for e in draft.upcoming]) == (whats, upcoming)


def test_an_accusation_of_someone_named_before_says_of_what_once():
    sentence = "Arden has imposed sanctions on three firms accused of supplying drones to Brel."
    topics = [i["topic"] for i in items(sentence).open_issues]
    assert "Accusations of supplying drones to Brel" in topics
    assert not any(" of of " in topic for topic in topics)


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("They discussed Russia's war against Ukraine.", ["Russia's war against Ukraine"]),
        ("Analysts say the sanctions have had little effect on Moscow's war effort.", []),
    ],
)
def test_a_war_named_with_a_straight_apostrophe_is_named_whole_and_a_war_effort_is_no_war(
        sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Seoul and Tokyo have long been at loggerheads over the islets.",
         ["Dispute over the islets"]),
        ("Arden and Brel remain at odds over the islets.", ["Dispute over the islets"]),
        ("The ministers remained divided over the timetable.", ["Dispute over the timetable"]),
        ("Both capitals remain divided over the route of the pipeline.",
         ["Route of the pipeline"]),
    ],
)
def test_sides_at_odds_over_a_matter_named_in_one_word_are_in_a_dispute_over_it(sentence,
                                                                               topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Hungary is blocking 6.6 billion euros in EU military aid to Ukraine.",
         ["Hungary’s opposition to 6.6 billion euros in EU military aid"]),
        ("Hungary blocked the EU's aid to Ukraine.",
         ["Hungary’s opposition to the EU's aid to Ukraine"]),
    ],
)
def test_aid_or_funds_one_party_blocks_are_its_opposition(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The European Union suspended budget support to Niger after the coup.",
         ["EU’s suspension of budget support to Niger"]),
        ("The United States froze aid to Colombia.", ["U.S. freeze on aid to Colombia"]),
    ],
)
def test_aid_one_state_stops_to_another_is_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("He also called for an end to the war in Ukraine through negotiations.",
         ["War in Ukraine"]),
        ("They called for an immediate end to the fighting in Sudan.", ["Fighting in Sudan"]),
    ],
)
def test_an_end_called_for_names_what_is_to_end(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_the_news_conference_someone_told_is_where_words_were_said_not_an_event():
    draft = items('"We have agreed to continue contacts at all levels," the minister told a news '
                  "conference after the talks.")
    assert draft.upcoming == []


def test_what_is_rejected_is_the_issue_not_what_the_reason_given_calls_it():
    sentence = ("Arden and Brel on Thursday rejected Sorland's plan to fill the reservoir, saying "
                "it violated international law.")
    assert [i["topic"] for i in items(sentence).open_issues] == \
        ["Sorland's plan to fill the reservoir"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Talks on the dam collapsed in 2021.", ["Talks on the dam"]),
        ("Talks on the dam stalled in 2021.", ["Talks on the dam"]),
        ("The talks collapsed.", []),
    ],
)
def test_talks_that_collapsed_are_open_as_stalled_talks_are(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The Arden-Brel Strategic Dialogue will next meet in Oslo in June.",
         "Meeting of the Arden-Brel Strategic Dialogue in Oslo"),
        ("The Joint Economic Committee will next meet in Seoul in 2026.",
         "Meeting of the Joint Economic Committee in Seoul"),
    ],
)
def test_a_body_that_will_next_meet_names_its_meeting(sentence, what):
    assert [e["what"] for e in items(sentence).upcoming] == [what]


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("Japan will provide Vietnam with six patrol vessels under a 2019 loan agreement.",
         ["Japan to provide Vietnam with six patrol vessels"]),
        ("The agreement follows a 2019 memorandum between Arden and Brel.", []),
    ],
)
def test_a_year_naming_an_old_deal_does_not_date_an_act_still_to_come(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


def test_a_pledge_to_refrain_from_acts_that_could_escalate_tensions_names_no_issue():
    draft = items("Both sides pledged to refrain from actions that could escalate tensions.")
    assert ([a["what"] for a in draft.agreements], draft.open_issues) == \
        (["Refrain from actions that could escalate tensions"], [])


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("We reiterate our firm commitment to refrain from the threat or use of force and to the "
         "peaceful settlement of disputes.", []),
        ("The leaders are committed to resolving disputes peacefully and in accordance with "
         "international law.", []),
        ("The two sides failed to settle their dispute over the islands.",
         ["Dispute over the islands"]),
        ("Arden and Brel remain locked in disputes over fishing rights.",
         ["Fishing rights"]),
    ],
)
def test_disputes_a_principle_speaks_of_are_no_issue_but_a_dispute_had_is(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    "act",
    ["take additional measures to improve the security situation in the region",
     "fully and strictly fulfill international obligations and commitments",
     "abide by all obligations under the resolutions",
     "work immediately and steadily toward the release of all hostages"],
)
def test_an_act_whose_need_is_stressed_names_no_issue(act):
    assert items(f"The leaders stressed the need to {act}.").open_issues == []


def test_a_deadline_to_conclude_them_names_what_them_stands_for():
    draft = items("The ministers welcomed the progress in the negotiations on the trade pact and "
                  "instructed negotiators to conclude them by the end of the year.")
    assert [e["what"] for e in draft.upcoming] == \
        ["Deadline to conclude negotiations on the trade pact"]


def test_a_deadline_to_make_it_work_names_what_it_stands_for():
    draft = items("The Council endorsed the fund with initial contributions of 25 million USD, "
                  "and directed the Secretariat to make it operational by 1 July 2026.")
    assert [e["what"] for e in draft.upcoming] == ["Deadline to make the fund operational"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("We urge the Japanese side to stop hyping the so-called threat.",
         ["Call for Japan to stop hyping the so-called threat"]),
        ("They urged both sides to stop attacking civilians.",
         ["Call for both sides to stop attacking civilians"]),
    ],
)
def test_a_call_on_one_state_to_stop_an_act_names_the_state_as_a_headline_does(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_a_deadline_for_an_act_with_a_number_in_it_is_named_by_who_does_it():
    draft = items("The Minister said the government would recruit 1,500 additional nurses by the "
                  "end of the year.")
    assert [e["what"] for e in draft.upcoming] == ["Government to recruit 1,500 additional nurses"]


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("We will release information in due course.", []),
        ("The ministry will provide further details in due course.", []),
        ("Japan will provide 50 patrol boats in due course.", ["Japan to provide 50 patrol boats"]),
    ],
)
def test_a_promise_to_tell_more_later_is_no_agreement(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Arden announced new export controls on advanced chips yesterday.",
         ["Export controls on advanced chips"]),
        ("The company announced new products.", []),
    ],
)
def test_new_measures_announced_against_another_are_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_no_binding_agreement_on_a_question_names_the_question_whole():
    sentence = "Arden and Brel still have no binding agreement on how the dam should be filled."
    assert [i["topic"] for i in items(sentence).open_issues] == ["How the dam should be filled"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The decision follows the violent crackdown on peaceful protesters since November.",
         ["Violent crackdown on peaceful protesters"]),
        ("The sanctions are a response to the government's democratic backsliding.",
         ["Government's democratic backsliding"]),
    ],
)
def test_a_crackdown_or_democratic_backsliding_is_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The accession process has been de facto halted since June 2024.",
         ["Accession process halted"]),
        ("Flights between the two countries have been suspended since 2022.",
         ["Flights between the two countries suspended"]),
    ],
)
def test_what_has_been_halted_or_suspended_since_a_date_is_still_open(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The talks stalled, with the two sides unable to agree on the order of a prisoner "
         "exchange.", ["No agreement on order of a prisoner exchange"]),
        ("The talks ended with the negotiators failing to agree on a new ceasefire.",
         ["No agreement on new ceasefire"]),
    ],
)
def test_sides_unable_or_failing_to_agree_leave_the_matter_open_not_agreed(sentence, topics):
    found = items(sentence)
    assert (found.agreements, [i["topic"] for i in found.open_issues]) == ([], topics)


@pytest.mark.parametrize(
    "sentence",
    [
        "The main sticking point, according to two diplomats briefed on the talks, is whether "
        "detainees should be freed first.",
        "The main sticking point, diplomats said, is whether detainees should be freed first.",
    ],
)
def test_a_sticking_point_named_past_who_says_so_is_what_it_is(sentence):
    assert [i["topic"] for i in items(sentence).open_issues] == \
        ["Whether detainees should be freed first"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers voiced alarm at the fighting in Arville.",
        "The ministers expressed alarm over the fighting in Arville.",
        "The ministers were alarmed by the fighting in Arville.",
    ],
)
def test_alarm_at_a_matter_names_it_as_concern_over_it_does(sentence):
    assert [i["topic"] for i in items(sentence).open_issues] == ["Fighting in Arville"]


def test_sides_in_talks_to_sign_a_deal_have_not_agreed_it():
    sentence = "The two sides are in talks to sign a memorandum on a visa waiver program."
    assert items(sentence).agreements == []


def test_a_paragraph_told_as_a_clause_of_its_own_ends_a_list_of_deals():
    paragraphs = [["The agreements exchanged included:"],
                  ["An agreement on the avoidance of double taxation."],
                  ["An MoU on cooperation in green hydrogen."],
                  ["The exchange ceremony was attended by Sheikh Omar, the National Security "
                   "Adviser."]]
    found = extract_items(paragraphs, REFERENCE, PEOPLE, ["United States", "China"])
    assert [a["evidence"] for a in found.agreements] == [p[0] for p in paragraphs[1:3]]


def test_a_call_to_release_one_named_before_adds_no_issue_of_its_own():
    sentence = ("Arden protested the detention of an engineer in Dalian, urging Brel to release "
                "him as soon as possible.")
    assert [i["topic"] for i in items(sentence).open_issues] == ["Detention of an engineer in "
                                                                 "Dalian"]


def test_a_call_to_release_those_named_before_in_its_own_sentence_is_no_issue():
    assert items("We have called on Brel to release and repatriate them without delay.") \
        .open_issues == []


def test_who_warns_is_never_the_topic_of_an_issue():
    sentence = ("A giant canal is turning Brel's lifeline into a source of friction, and analysts "
                "warn that time for a solution is running short.")
    assert [i["topic"] for i in items(sentence).open_issues] == [
        "Giant canal is turning Brel's lifeline into a source of friction"]


@pytest.mark.parametrize("when", ["later that year", "earlier that year", "that year"])
def test_a_deal_dated_by_a_year_told_before_is_background(when):
    sentence = f"Türkiye, which has close ties with both, launched the mediation effort {when}."
    assert items(sentence).agreements == []


def test_the_words_after_an_attribution_line_are_no_list_of_deals():
    paragraphs = [["The following is attributable to Spokesperson Jane Roe:"],
                  ["The Secretary met the Foreign Minister to discuss regional stability and "
                   "energy security."]]
    assert extract_items(paragraphs, REFERENCE, PEOPLE, ["United States"]).agreements == []


@pytest.mark.parametrize(
    ("sentence", "whats"),
    [
        ("The Fund reached a staff-level agreement with Arden in September on a 36-month "
         "programme.", []),
        ("Arden and Brel signed a memorandum in August on river tolls.", []),
        ("Arden and Brel signed a memorandum in November on river tolls.",
         ["Sign a memorandum on river tolls"]),
    ],
)
def test_a_deal_reached_in_a_month_long_past_is_background(sentence, whats):
    assert [a["what"] for a in items(sentence).agreements] == whats


@pytest.mark.parametrize("when", ["last year", "two years ago"])
def test_a_deal_told_as_signed_last_year_is_background(when):
    sentence = (f"The Secretary welcomed the dialogue, the next round of which will take place "
                f"in May, and noted progress on the memorandum signed {when}.")
    assert items(sentence).agreements == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The Council is deeply concerned by the conviction on 11 March 2025 of journalists of "
         "the outlet.", ["Conviction of journalists of the outlet"]),
        ("The Council is concerned by the closure of the newspaper “Brel Today”.",
         ["Closure of the newspaper Brel Today"]),
    ],
)
def test_a_date_inside_an_issue_goes_and_what_follows_it_stays(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_what_is_regretted_is_the_issue_not_the_steps_then_urged():
    sentence = ("The Council regrets that re-exports of such items remain at a significant level, "
                "and urges the Brel authorities to take further, verifiable steps.")
    assert [i["topic"] for i in items(sentence).open_issues] == [
        "Re-exports of such items remain at a significant level"]


def test_words_said_after_a_signing_ceremony_are_no_agreement():
    sentence = ("We have given the company until June 30 to finalise the land acquisition and "
                "submit the impact assessment, so that groundbreaking can take place in the third "
                'quarter," he told reporters after witnessing the signing ceremony here.')
    assert items('"This is a vote of confidence.', sentence).agreements == []


def test_a_person_named_after_a_dispute_is_no_topic_of_it():
    sentence = "The envoy for the dispute, Juan Pablo Lindqvist, will visit Lima."
    found = extract_items([[sentence]], REFERENCE, ["Juan Pablo Lindqvist"], ["Peru"])
    assert all(i["topic"] != "Juan Pablo Lindqvist" for i in found.open_issues)


def test_what_a_dispute_told_before_threatens_is_no_issue_of_its_own():
    sentence = "The dispute threatens a trade relationship worth about $12 billion a year."
    assert items(sentence).open_issues == []


def test_the_items_of_a_list_of_what_remains_open_are_open_issues_not_agreements():
    paragraphs = [["The following chapters remain open:"],
                  ["- Rules of Origin, in particular the rules for dairy products;"],
                  ["- Government Procurement;"],
                  ["- Dispute Settlement."]]
    found = extract_items(paragraphs, REFERENCE, PEOPLE, ["Arden", "Brel"])
    assert found.agreements == []
    assert [i["topic"] for i in found.open_issues] == [
        "Rules of Origin", "Government Procurement", "Dispute Settlement"]


@pytest.mark.parametrize(("sentence", "topics"), [
    ("They condemned the terrorist attack carried out yesterday.", ["Terrorist attack"]),
    ("They condemned the terrorist attack perpetrated today against the Lido Hotel in Mogadishu.",
     ["Terrorist attack perpetrated against the Lido Hotel in Mogadishu"]),
])
def test_an_attack_named_without_its_date_keeps_its_target_and_ends_on_no_participle(sentence,
                                                                                   topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(("sentence", "topics"), [
    ("Arden sent a protest note to Brel over the incursions.", ["Protest over the incursions"]),
    ("Arden sent a protest note over the incursions.", ["Protest over the incursions"]),
    ("We have sent a protest note, our third since October.", []),
])
def test_a_protest_note_names_what_it_protests_never_the_note(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


def test_a_deal_told_in_a_concessive_clause_is_no_agreement_of_the_report():
    sentence = ("No Central Asian state has formally recognised the Taliban government, although "
                "several have upgraded ties.")
    assert items(sentence).agreements == []


def test_what_is_called_an_unacceptable_thing_is_the_issue():
    sentence = ("The minister said in a statement that the Sarstoon incident was “an unacceptable "
                "provocation” and that Belize had lodged a formal protest with Guatemala.")
    assert [i["topic"] for i in items(sentence).open_issues] == ["Sarstoon incident"]


@pytest.mark.parametrize(("sentence", "topics"), [
    ("The bloc is preparing a new package of sanctions against Brel.",
     ["New package of sanctions against Brel"]),
    ("Arden is weighing new tariffs on Brel's steel.", ["Tariffs on Brel's steel"]),
    ("The ministers are preparing a new report on trade.", []),
])
def test_new_measures_being_prepared_against_another_are_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(("sentence", "whats"), [
    ("The 1996 Ganga Water Treaty, signed for 30 years, was due to expire in December 2026.", []),
    ("The deal, signed in May, removes tariffs on steel.", ["Remove tariffs on steel"]),
])
def test_a_deal_told_of_with_its_signing_set_off_is_no_new_signing(sentence, whats):
    found = items(sentence, reference=dt.date(2026, 11, 20))
    assert [a["what"] for a in found.agreements] == whats


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Arden and Brel have been negotiating a border treaty since 2019.",
         ["Negotiations on a border treaty"]),
        ("The draft memorandum on labour mobility is still being negotiated.",
         ["Negotiations on the draft memorandum on labour mobility"]),
        ("The remaining six protocols, including on the return of refugees, will be negotiated "
         "in the coming weeks.", ["Negotiations on the remaining six protocols"]),
        ("Arden noted that negotiations on the continental shelf in the overlapping area have "
         "yet to be concluded.",
         ["Negotiations on the continental shelf in the overlapping area"]),
        ("The two countries are in talks over a new air services agreement.",
         ["Talks on a new air services agreement"]),
        ("The two sides have yet to conclude negotiations on a partnership agreement.",
         ["Negotiations on a partnership agreement"]),
    ],
)
def test_negotiations_still_going_on_are_an_open_issue_named_by_their_matter(sentence, topics):
    found = items(sentence)
    assert [i["topic"] for i in found.open_issues] == topics
    assert found.agreements == []


def test_talks_told_as_continuing_make_no_agreement_of_the_deal_they_name():
    assert items("Talks on the fishing accord are continuing, officials said.").agreements == []


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("The two sides differ on the pace of tariff cuts.", ["Pace of tariff cuts"]),
        ("A decision on the new pipeline route was deferred.",
         ["Decision on the new pipeline route"]),
        ("The ministers postponed a decision on the visa regime.", ["Decision on the visa regime"]),
        ("The status of the disputed islands was left for future talks.",
         ["Status of the disputed islands"]),
        ("The issue of unpaid electricity bills remains on the table.",
         ["Unpaid electricity bills"]),
        ("Arden sought clarity on the new import levy imposed by Brel.",
         ["New import levy imposed by Brel"]),
        ("Smuggling across the border remains a major challenge, the ministers said.",
         ["Smuggling across the border"]),
        ("The long-running row over grazing rights flared again this week.", ["Grazing rights"]),
    ],
)
def test_a_difference_a_decision_put_off_or_a_matter_left_open_is_an_open_issue(sentence,
                                                                                    topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics


@pytest.mark.parametrize(
    ("answer", "topics"),
    [
        ("Togo did not respond publicly to the request.",
         ["Ghana’s request that Togo reduce transit fees on trucks carrying cocoa to its port"]),
        ("Togo has not yet replied to the request.", ["No reply to the request"]),
        ("Togo agreed to the request.", []),
    ],
)
def test_a_request_left_unanswered_by_the_next_sentence_is_open_where_it_is_made(answer, topics):
    found = extract_items([["Ghana also asked Togo to reduce transit fees on trucks carrying "
                            "cocoa to its port, officials said.", answer]], REFERENCE, [],
                          ["Ghana", "Togo"])
    assert [i["topic"] for i in found.open_issues] == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Fishermen say Togolese navy patrols have seized at least 12 canoes since June.",
         ["At least 12 canoes seized by Togolese navy patrols"]),
        ("Russian border guards seized a Japanese fishing boat near the islands.",
         ["Japanese fishing boat seized by Russian border guards"]),
        ("Kenya has seized three Ugandan fishing boats on Lake Victoria.",
         ["Three Ugandan fishing boats seized by Kenya"]),
        ("Police seized a truck carrying drugs.", []),
    ],
)
def test_boats_or_goods_a_state_seizes_are_an_open_issue(sentence, topics):
    assert [i["topic"] for i in items(sentence).open_issues] == topics
