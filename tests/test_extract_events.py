"""Sentences in, upcoming events out: what counts as an event ahead, its date, who, where, label."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.events import add_events

REFERENCE = dt.date(2025, 11, 24)  # a Monday
PEOPLE = ["Donald Trump", "Xi Jinping", "Janet Yellen", "Antony Blinken", "Maria Lopez",
          "Anna Berg", "Tomas Berg"]
PARTIES = ["United States", "China"]


def events(sentence: str, reference: dt.date = REFERENCE) -> list[dict]:
    found: list[dict] = []
    add_events(found, [], sentence, reference, PEOPLE, PARTIES)
    return found


def one(sentence: str, reference: dt.date = REFERENCE) -> dict:
    [event] = events(sentence, reference)
    assert event["evidence"] == sentence
    return event


@pytest.mark.parametrize(
    ("sentence", "kind", "when", "where"),
    [
        ("President Donald Trump on Monday accepted an invitation to visit Beijing in April 2026.",
         "visit", "2026-04", "Beijing, China"),
        ("Trump extended a reciprocal state-visit invitation to Xi for later in the year.",
         "state-visit", "2025", None),
        ("Leaders will meet at a summit in Lima on March 20-22, 2026.",
         "summit", "2026-03-20/2026-03-22", "Lima, Peru"),
        ("Fiji will host the next Leaders’ Meeting of the forum in May 2026.",
         "summit", "2026-05", "Fiji"),
        ("The Heads of State Segment of the commission will be held in Maputo in June.",
         "summit", "2026-06", "Maputo, Mozambique"),
        ("The country holds parliamentary elections next month.", "election", "2025-12", None),
        ("The Parties commit to take the following actions by May 14, 2026:",
         "deadline", "2026-05-14", None),
        ("In the coming weeks, the two sides will negotiate and finalize the agreement.",
         "talks", None, None),
        ("He said the truce would take effect on Sunday.", "deadline", "2025-11-30", None),
        ("ASEAN ministers are scheduled to meet in Vientiane, Laos, from July 24-27.",
         "meeting", "2026-07-24/2026-07-27", "Vientiane, Laos"),
        ("The House will vote on a resolution on Tuesday.", "other", "2025-11-25", None),
        ("Maria Lopez is heading to Europe tomorrow.", "visit", "2025-11-25", "Europe"),
        ("The minister will travel to Tokyo next week for the annual forum.",
         "visit", "2025-12-01/2025-12-07", "Tokyo, Japan"),
        ("Both sides agreed to hold the next round of talks in Oslo later this month.",
         "talks", "2025-11", "Oslo, Norway"),
        ("The leaders agreed to meet on the margins of the G20 Summit in June.",
         "meeting", "2026-06", None),
        ("We will hold an in-person summit by the end of 2026.", "summit", "2026-12", None),
        ("The United States will lower the tariff for an initial period of 90 days.",
         "deadline", "2026-02-22", None),
        ("The two presidents will speak by phone next month.", "call", "2025-12", None),
        ("Mediators said they would reconvene the talks in early December if both sides "
         "showed restraint.", "talks", "2025-12", None),
        ("They agreed to launch a Strategic Dialogue, the first meeting of which will be held "
         "in the second half of 2026.", "talks", "2026-H2", None),
        ("The United States will host the G20 in 2027.", "summit", "2027", "United States"),
        ("Xi Jinping will come to the United States in the spring.",
         "visit", "2026-03/2026-05", "United States"),
        ("The agency’s board meets on December 2 to review the report.",
         "meeting", "2025-12-02", None),
        ("The special envoy is due in Vienna on Monday.", "visit", "2025-12-01", "Vienna, Austria"),
        ("Maria Lopez will visit Tehran at the end of the month.",
         "visit", "2025-11", "Tehran, Iran"),
        ("Parliament votes on the budget on Wednesday.", "other", "2025-11-26", None),
        ("Voters go to the polls on December 7.", "election", "2025-12-07", None),
        ("The minister leaves for Madrid tomorrow.", "visit", "2025-11-25", "Madrid, Spain"),
        ("Envoys from both countries will gather in Doha next week.",
         "meeting", "2025-12-01/2025-12-07", "Doha, Qatar"),
        ("The cartel meets online on Sunday to decide output.", "meeting", "2025-11-30", None),
        ("The leaders discussed plans for Prime Minister Anna Berg to visit Lima in March.",
         "visit", "2026-03", "Lima, Peru"),
        ("The two leaders backed the Andean partnership, with Peru hosting Andean Leaders "
         "later this year.", "summit", "2025", "Peru"),
        ("Both navies will hold joint naval exercises in the Java Sea in June.",
         "other", "2026-06", "Java Sea"),
        ("The minister is due to meet her French counterpart in Paris on Friday.",
         "meeting", "2025-11-28", "Paris, France"),
        ("She is scheduled to address the UN General Assembly in September.",
         "meeting", "2026-09", None),
        ("A public hearing on the harbour plan will be held on December 3.",
         "meeting", "2025-12-03", None),
        ("Negotiators will reconvene in Oslo in two weeks.",
         "meeting", "2025-12-08", "Oslo, Norway"),
        ("NATO defence ministers will meet in Brussels on December 3.",
         "meeting", "2025-12-03", "Brussels, Belgium"),
        ("A court ruling on the border case is expected on December 3.",
         "other", "2025-12-03", None),
        ("The leaders decided to continue to hold the Arden-Brel Summit annually.",
         "summit", "2026", None),
        ("Both sides hope to sign the pact at the EU-Mercosur summit on December 3.",
         "summit", "2025-12-03", None),
        ("Maria Lopez is expected to return to Japan in March.", "visit", "2026-03", "Japan"),
        ("Kenyan President Maria Lopez to visit Addis Ababa", "visit", None,
         "Addis Ababa, Ethiopia"),
        ("A decision on river tolls is expected by the end of December.", "other", "2025-12",
         None),
        ("The results of the feasibility study are due in March.", "other", "2026-03", None),
    ],
)
def test_future_events_are_upcoming_with_a_normalized_date(sentence, kind, when, where):
    event = one(sentence)
    assert (event["kind"], event["when"], event["where"]) == (kind, when, where)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders held a meeting in Busan three weeks earlier.",
        "The planned visit to Moscow was called off on Friday.",
        "Beijing rejected the proposed summit in May 2026.",
        "The leaders met in Geneva on Monday.",
        "Blinken had been due to arrive in Beijing on Sunday for talks.",
        "This will be the first State Visit of the administration.",
        "Angola aims to become a net food exporter by 2027.",
        "The leaders are committed to cutting emissions by 2030.",
        "The leaders discussed protecting the rainforest at the forum, which is vital by 2050.",
        "The envoy traveled to Lima and Quito November 20-24 to discuss trade.",
        "They praised the historic visit of the Pope to Lima earlier this year.",
        "The ministers reviewed the results of the dialogue held in Rome.",
        "We will continue to meet the needs of our people.",
        "Both sides will keep using the existing dialogue mechanisms.",
        "The leaders welcome Peru’s decision to join the coalition.",
        "Analysts note the planned visits mark a diplomatic opening.",
        "Invitation to Visit Japan",
        "Next ministerial.",  # a list item's bold lead: "**Next ministerial.** We will meet …"
        "The President will host Prime Minister Anna Berg at the White House today.",
        "“This pact is built for the next thirty years,” Berg told reporters after the talks.",
        "The talks were suspended by the end of the year.",
        "The memorandum was signed by the two ministers during the first visit to Hanoi.",
        "The parties agreed to create a working group that will meet at least once a quarter.",
        "The two countries intend to hold regular meetings of the bilateral defence group.",
        "The summit, due on December 4, was postponed indefinitely.",
        "Officials said there was no plan to put the treaty to a vote this year.",
        "Brel has yet to send an ambassador back, although ministerial contacts resumed this year.",
        "The minister said she had no intention of travelling to Lima next week.",
        "In March, the two ministers agreed to launch a strategic dialogue on energy.",
        "The two ministers agreed in March to launch a strategic dialogue on energy.",
        "Berg visited Arville in March, when the two sides agreed to launch a dialogue.",
        "Foreign Minister Anna Berg meets Finnish counterpart in Tallinn",
        "The report is expected to show a rise in exports.",
        "Arden and Brel will build a second power line by 2029, Energy Minister Anna Berg said "
        "on Tuesday after talks with her counterpart.",
        "The visit, at the invitation of Prime Minister Anna Berg, was Prime Minister Ole Dahl's "
        "first Official Visit to Arden since assuming office.",
    ],
)
def test_past_cancelled_rejected_and_undated_plans_are_not_upcoming(sentence):
    assert events(sentence) == []


def test_a_negation_in_a_remark_added_after_the_news_calls_nothing_off():
    event = one("The summit will take place in Lima in December, the minister said, adding "
                "that the dates would not change.")
    assert (event["kind"], event["when"]) == ("summit", "2025-12")


def test_a_meeting_told_as_held_on_a_day_of_the_week_is_the_one_reported():
    sentence = ("A deal was reached on the schedule of water releases for June at the meeting of "
                "the Arden-Brel Intergovernmental Council held in Tarn on Monday.")
    assert events(sentence, reference=dt.date(2028, 6, 6)) == []


def test_a_conference_room_or_hall_is_a_place_not_a_meeting():
    assert "meeting" not in [e["kind"] for e in events(
        "A new conference hall will open in the capital next month.")]


def test_a_called_off_event_is_reported_as_unsure():
    found: list[dict] = []
    unsure: list[str] = []
    add_events(found, unsure, "The planned visit to Moscow next month was called off.", REFERENCE,
               PEOPLE, PARTIES)
    assert found == []
    assert unsure and "called-off" in unsure[0]


def test_the_host_who_invited_is_not_the_visitor():
    event = one("At the invitation of President Donald Trump, President Xi Jinping will "
                "pay a state visit to the United States in April.")
    assert event["who"] == ["Xi Jinping"]


def test_one_invited_as_him_is_never_the_host_who_invites():
    event = one("President Maria Lopez invited him to visit Chile in December.")
    assert event["who"] == []


def test_the_one_a_relative_clause_says_is_on_a_visit_is_the_visitor_not_the_host():
    found = events("Minister Maria Lopez held talks today with the Foreign Minister of Peru, "
                   "Ms. Anna Berg, who is on an official visit to Chile from 2 to 5 December.")
    assert [(e["what"], e["who"]) for e in found] == [("Anna Berg visit to Chile", ["Anna Berg"])]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Anna Berg invited His Majesty to visit Avel next year.", ["His Majesty"]),
        ("Maria Lopez invited the President to visit Lima next year, and he accepted.",
         ["President"]),
    ],
)
def test_a_guest_invited_by_title_alone_is_the_visitor_not_the_host(sentence, who):
    assert [e["who"] for e in events(sentence)] == [who]


def test_visits_by_several_people_are_one_visit_each():
    found = events("They welcomed upcoming visits by Secretary Janet Yellen and Secretary "
                   "Antony Blinken.")
    assert [(e["who"], e["when_text"], e["what"]) for e in found] == [
        (["Janet Yellen"], "upcoming", "Janet Yellen visit"),
        (["Antony Blinken"], "upcoming", "Antony Blinken visit")]


@pytest.mark.parametrize(
    ("sentence", "who", "what"),
    [
        # The guest of a host, not the host.
        ("President Donald Trump will host Maria Lopez for a State Visit to the United States "
         "on May 2, 2026.", ["Maria Lopez"], "Maria Lopez state visit to the United States"),
        # The one invited, not the one inviting.
        ("Xi Jinping invited Donald Trump to visit Beijing in April 2026.",
         ["Donald Trump"], "Donald Trump visit to Beijing"),
        # The one who accepts, not the one whose invitation it is.
        ("Donald Trump accepted Xi Jinping’s invitation to visit China next year.",
         ["Donald Trump"], "Donald Trump visit to China"),
        # The one welcomed.
        ("Trump looks forward to welcoming Prime Minister Anna Berg to Washington next week.",
         ["Anna Berg"], "Anna Berg visit to Washington"),
        # A meeting between the people it names.
        ("Donald Trump is going to meet Xi Jinping in Busan on Friday.",
         ["Donald Trump", "Xi Jinping"], "Meeting of Donald Trump and Xi Jinping in Busan"),
        # The subject of a travel verb.
        ("Secretary Antony Blinken will travel to Seoul in January.",
         ["Antony Blinken"], "Antony Blinken visit to Seoul"),
        # A body whose chairs are named in an aside.
        ("The Joint Commission on Trade, co-chaired by Antony Blinken and Anna Berg, will meet "
         "in Seoul in November.", ["Antony Blinken", "Anna Berg"],
         "Meeting of the Joint Commission on Trade in Seoul"),
        # The one a visit is made by, after where it goes.
        ("The official visit to Japan by the Prime Minister of Viet Nam is scheduled for next "
         "month.", ["Prime Minister of Viet Nam"], "Prime Minister of Viet Nam visit to Japan"),
        # One who looks forward to going.
        ("Antony Blinken said he looked forward to visiting Seoul in June.",
         ["Antony Blinken"], "Antony Blinken visit to Seoul"),
    ],
)
def test_who_travels_or_meets_and_a_label_saying_who_goes_where(sentence, who, what):
    event = one(sentence)
    assert (event["who"], event["what"]) == (who, what)


@pytest.mark.parametrize(
    ("sentence", "what", "who"),
    [
        ("The leaders spoke about preparations for the May 4-5 Leaders Summit on Oceans.",
         "Leaders Summit on Oceans", ["China", "United States"]),
        ("They look forward to the next Ocean Partners Summit hosted by Chile in 2026.",
         "Ocean Partners Summit", ["Chile", "China", "United States"]),
        ("The leaders welcomed the launch of a U.S.–Peru Energy Dialogue in 2026.",
         "U.S.–Peru Energy Dialogue", ["Peru", "United States"]),
        ("The two sides agreed to continue consultations as the text moves toward completion.",
         "Continued consultations", ["China", "United States"]),
        ("The parties will establish a mechanism to continue discussions on trade.",
         "Continued discussions on trade", ["China", "United States"]),
        ("The leaders of Kenya and Uganda will meet in Tanzania next month.",
         "Meeting of leaders of Kenya and Uganda in Tanzania", ["Kenya", "Uganda"]),
    ],
)
def test_other_events_are_labelled_by_their_name_and_taken_part_in_by_the_parties(
        sentence, what, who):
    event = one(sentence)
    assert (event["what"], event["who"]) == (what, who)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Donald Trump on Monday announced that he has accepted an invitation from "
        "Chinese President Xi Jinping to visit Beijing in April 2026 and extended a reciprocal "
        "state-visit invitation to Xi for later in the year.",
        "The United States and China will convene the third round of the Joint Commission on "
        "Agricultural Trade and Rural Development in Beijing in the second quarter of 2026.",
        "The Parties commit to take the following actions by May 14, 2026, and to report on "
        "their progress to the Joint Commission at its next regular meeting in Geneva.",
    ],
)
def test_labels_read_as_headlines_not_as_the_sentence_again(sentence):
    for event in events(sentence):
        words = event["what"].split()
        assert words and len(words) <= 15 and "…" not in event["what"]
        assert len(words) < len(sentence.split()) / 2


def test_an_explicit_date_wins_over_the_relative_words_beside_it():
    event = one("Trump looks forward to welcoming Anna Berg tomorrow, December 1, at the "
                "White House.", dt.date(2025, 11, 30))
    assert (event["when"], event["where"]) == ("2025-12-01", "Washington, United States")


def test_two_events_in_one_clause_when_each_is_the_next_of_its_kind():
    found = events("We look forward to the next Ocean Ministers’ meeting hosted by Peru in "
                   "2026, and the next Ocean Leaders’ Summit hosted by Chile in 2027.")
    assert [(e["kind"], e["when"]) for e in found] == [("meeting", "2026"), ("summit", "2027")]


def test_a_second_act_with_a_date_of_its_own_is_a_second_event():
    found = events("They agreed to renew the Arden Water Treaty, which expires in December "
                   "2026, and to begin technical talks on its renewal in March.")
    assert [(e["what"], e["when"]) for e in found] == [
        ("Arden Water Treaty expires", "2026-12"),
        ("Technical talks on the renewal of the Arden Water Treaty", "2026-03")]


def test_a_plan_in_a_second_clause_is_an_event_of_its_own():
    found = events("Maria Lopez is scheduled to visit Lima on February 3, and the three "
                   "countries plan to hold a trilateral summit later this year.",
                   dt.date(2026, 1, 14))
    assert [(e["kind"], e["when"]) for e in found] == [("visit", "2026-02-03"),
                                                       ("summit", "2026")]
    quoted = events('Lopez will visit Lima in January for a round of "shuttle diplomacy," and '
                    "the two foreign ministers will hold a strategic dialogue in December.")
    assert [(e["what"], e["when"]) for e in quoted] == [("Maria Lopez visit to Lima", "2026-01"),
                                                        ("Strategic dialogue", "2025-12")]


def test_an_event_is_labelled_by_its_noun_phrase_without_the_article():
    assert one("A public hearing on the harbour plan will be held on December 3.")["what"] == \
        "Public hearing on the harbour plan"


def test_an_event_s_label_leaves_its_date_to_when():
    event = one("The two sides will begin talks on a visa waiver next month.")
    assert (event["what"], event["when"]) == ("Talks on a visa waiver", "2025-12")


def test_a_summit_of_a_group_named_as_the_subject_is_that_group_s_summit():
    event = one("EU leaders are expected to discuss the deal at their summit on December 18-19.")
    assert (event["what"], event["when"]) == ("Summit of EU leaders", "2025-12-18/2025-12-19")


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The ceasefire takes effect at midnight on Sunday.", "Ceasefire takes effect"),
        ("EU duties could take effect at the end of March.", "EU duties could take effect"),
        ("The minister said the measures would take effect on November 1.",
         "Measures to take effect"),
        ("Brelish duties could take effect when a truce expires at the end of March.",
         "Truce expires"),
        ("Talks on a new deal to replace the 1973 Arden-Brel crude oil pipeline accord, which "
         "expires on July 27, are still going on.",
         "Expiry of the 1973 Arden-Brel crude oil pipeline accord"),
        ("The truce, brokered by Saudi Arabia and the United States, is due to take effect at "
         "midnight on Wednesday.", "Truce to take effect"),
        ("The new tariffs come into force on December 1.", "New tariffs come into force"),
        ("Brel would press for the pact to enter into force in 2026.",
         "Pact to enter into force"),
        ("The tariffs will come into effect on December 1.", "Tariffs to come into effect"),
        ("The new rules go into effect on December 1.", "New rules go into effect"),
        ("The agreement will enter into force on 1 January.", "Agreement to enter into force"),
        ("The council renewed the mandate of the force for a year with effect from 31 January.",
         "Mandate of the force takes effect"),
        ("The new tariffs apply with effect from 1 March 2026.", "New tariffs take effect"),
        ("Negotiating teams will complete the legal review of the text within 90 days.",
         "Complete the legal review of the text"),
        ("The feasibility study is to be completed by the end of 2026.",
         "Completion of the feasibility study"),
        ("Tenders for the construction of the depot will be launched by the end of June.",
         "Launch of tenders for the construction of the depot"),
        ("The ministers agreed to award, by 30 June 2026, the contract for the new canal.",
         "Deadline to award the contract for the new canal"),
        ("The ministers agreed to conclude, by 30 June 2026, a revised memorandum on labour.",
         "Deadline to conclude a revised memorandum on labour"),
        ("Arden will hand over the last of the seized fishing boats to Brel by 30 June 2026.",
         "Arden to hand over the last of the seized fishing boats to Brel"),
        ("The leaders agreed to set up a joint task force of police, customs and prosecutors "
         "against smuggling through the two ports, to be operational by 1 April.",
         "Joint task force to be operational"),
        ("A roadmap for the green corridor is to be prepared by September 1.",
         "Preparation of the roadmap for the green corridor"),
        ("The remaining prisoners are to be released by December 15.",
         "Release of the remaining prisoners"),
        ("The first shipment of grain is due by the end of May.", "First shipment of grain due"),
        ("Arden agreed to invest $5 billion in the port by the end of 2026.",
         "Deadline to invest $5 billion in the port"),
        ("Arden and Brel hope to ratify the treaty by end-June 2026.",
         "Deadline to ratify the treaty"),
        ("The two states will draw up a roadmap by the end of the first quarter of 2026.",
         "Two states to draw up a roadmap"),
        ("The ministers agreed on a joint plan for the border region, with officials to map the "
         "crossings by the end of March.", "Deadline to map the crossings"),
        ("Brel will repay the first loan by 2026.", "Deadline to repay the first loan"),
        ("The power plant will be built by early 2026.", "Construction of the power plant"),
        ("Arden will pay the second instalment by 15th December.",
         "Deadline to pay the second instalment"),
        ("The two sides agreed to open the crossing by the first quarter of 2026.",
         "Deadline to open the crossing"),
        ("The roadmap sets out steps to connect the two national power grids through a new "
         "line across the border by the end of 2026.",
         "Deadline to connect the two national power grids through a new line across the border"),
    ],
)
def test_a_deadline_is_labelled_by_what_takes_effect(sentence, what):
    event = one(sentence)
    assert (event["kind"], event["what"]) == ("deadline", what)


def test_a_visit_to_a_state_named_by_its_initials_is_to_that_state():
    event = one("Anna Berg will travel to the UAE in December.")
    assert (event["what"], event["where"]) == ("Anna Berg visit to the United Arab Emirates",
                                               "United Arab Emirates")


def test_hosting_a_counterpart_is_their_visit():
    event = one("The minister will host her Indian counterpart in Tokyo on December 18.")
    assert (event["kind"], event["where"], event["when"]) == ("visit", "Tokyo, Japan",
                                                              "2025-12-18")
    received = one("The king will receive the Emir of Qatar at the palace on Tuesday.")
    assert (received["who"], received["when"]) == (["Emir of Qatar"], "2025-11-25")


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("They agreed that their defence ministers would meet next month.",
         "Meeting of defence ministers"),
        ("Officials will meet in Oslo in May.", "Meeting of officials in Oslo"),
        ("Foreign ministers of the two countries will meet in Oslo next month to prepare the "
         "visit.", "Meeting of foreign ministers in Oslo"),
        ("The foreign ministers will meet in Oslo in the spring to take the talks forward.",
         "Meeting of foreign ministers in Oslo"),
        ("The Nordic trade ministers will meet in Oslo in May.",
         "Meeting of Nordic trade ministers in Oslo"),
        ("Foreign ministers of the three Nordic states are due to meet in Oslo next week.",
         "Meeting of foreign ministers of the three Nordic states in Oslo"),
        ("Foreign ministers of the Quad are set to meet in Oslo in July.",
         "Meeting of foreign ministers of the Quad in Oslo"),
        ("The water working group of the Council will meet in Oslo on June 20.",
         "Meeting of the water working group in Oslo"),
        ("EU foreign ministers are expected to discuss the package at a meeting in Oslo next "
         "week.", "Meeting of EU foreign ministers in Oslo"),
        ("The two ministers will co-chair the joint commission in Oslo in May.",
         "Meeting of the two ministers in Oslo"),
        ("Diplomats said talks in Bonn would continue in June.", "Talks in Bonn"),
        ("Caricom leaders will meet in Oslo later this month.",
         "Meeting of Caricom leaders in Oslo"),
        ("Senior officials will meet in Oslo next week.", "Meeting of senior officials in Oslo"),
        ("The review panel of senior officials will meet in Oslo next week.",
         "Meeting of senior officials in Oslo"),  # no "of" of a body's name is the group's
        ("The two sides will meet again on the sidelines of the Nordic Council Session in Oslo "
         "in May.", "Meeting on the sidelines of the Nordic Council Session in Oslo"),
        ("Nordic Defence Ministers will meet in Oslo in May.",
         "Meeting of Nordic Defence Ministers in Oslo"),
        ("They said that the Nordic Trade Ministers would meet in Oslo in May.",
         "Meeting of Nordic Trade Ministers in Oslo"),
        ("Anna Berg invited him to attend the Nordic leaders' meeting in Oslo in March.",
         "Nordic leaders' meeting in Oslo"),
        ("They agreed to ask their ministers of trade to meet in Oslo in May.",
         "Meeting of ministers of trade in Oslo"),
        ("They committed to convene the next Joint Trade Committee before the end of the year.",
         "Joint Trade Committee"),
        ("The two presidents agreed to hold the Arden–Brel Permanent Joint Commission in Accra "
         "before the end of 2026.", "Arden–Brel Permanent Joint Commission in Accra"),
        ("The Ministers agreed to hold the 12th JCBC in Tarn in March 2029.", "12th JCBC in Tarn"),
        ("The Ministers agreed to hold the 12th Joint Commission in Tarn in March 2029.",
         "12th Joint Commission in Tarn"),
        ("The two ministers agreed to hold the Joint Commission in Oslo before the end of 2026.",
         "Joint Commission in Oslo"),
        ("The fourth session of the Joint Ministerial Commission will be held in Oslo in May.",
         "Fourth session of the Joint Ministerial Commission in Oslo"),
        ("Anna Berg said the High-Level Cooperation Council between the two countries would "
         "convene in Oslo in June under the chairmanship of Donald Trump.",
         "Meeting of the High-Level Cooperation Council between the two countries in Oslo"),
        ("The ministers agreed to step up consultations on fruit exports in Oslo in May.",
         "Consultations on fruit exports in Oslo"),
        ("The ministers agreed to intensify negotiations on the trade pact in Oslo in May.",
         "Negotiations on the trade pact in Oslo"),
    ],
)
def test_a_meeting_is_labelled_by_the_group_that_meets_never_by_the_verb_before_it(
        sentence, what):
    assert one(sentence)["what"] == what


@pytest.mark.parametrize(
    "sentence",
    ["The ministers are expected to sign a ticketing agreement when they meet again in Oslo in "
     "May.",
     "The Council will decide on the request once it meets in Oslo in May."],
)
def test_the_subject_of_a_time_clause_is_no_modifier_of_its_meeting(sentence):
    assert one(sentence)["what"] == "Meeting in Oslo"


@pytest.mark.parametrize(
    "sentence",
    ["The two sides will meet again in Oslo after consultations with their capitals.",
     "The mediators said they would reconvene the parties in Oslo after consultations."],
)
def test_talks_a_meeting_waits_for_are_not_the_meeting_nor_its_place_a_modifier(sentence):
    assert [e["what"] for e in events(sentence)] == ["Meeting in Oslo"]


def test_an_event_named_again_in_apposition_keeps_the_date_of_its_relative_clause():
    event = one("They pointed to the next climate summit, COP40, which will be held in Avel "
                "in March.")
    assert (event["what"], event["when"]) == ("Climate summit in Avel", "2026-03")


def test_arriving_to_support_talks_is_a_visit():
    event = one("Janet Yellen is due to arrive in Cairo on Thursday to support the talks.")
    assert (event["kind"], event["who"], event["when"]) == ("visit", ["Janet Yellen"],
                                                            "2025-11-27")


def test_a_deadline_said_as_would_with_an_abbreviated_month_is_labelled_by_its_action():
    event = one("She said the government would present a budget to parliament by Dec. 15.")
    assert (event["what"], event["when"]) == ("Government to present a budget to parliament",
                                              "2025-12-15")


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("External Affairs Minister will pay an official visit to Kenya on Friday.",
         "External Affairs Minister visit to Kenya"),
        ("Kenya’s foreign minister is due to visit Ghana next week.",
         "Kenya’s foreign minister visit to Ghana"),
        ("The Brazilian defence minister is expected in Argentina on Friday.",
         "Brazilian defence minister visit to Argentina"),
        ("The Foreign Minister of Norway will visit Indonesia on Friday.",
         "Foreign Minister of Norway visit to Indonesia"),
        ("First, the Minister of Foreign Affairs will travel to Accra on Friday.",
         "Minister of Foreign Affairs visit to Accra"),
        ("The Prime Minister of Norway is expected to pay an official visit to Indonesia on "
         "Friday, Maria Lopez added.", "Prime Minister of Norway visit to Indonesia"),
    ],
)
def test_a_visit_by_an_office_names_the_office_as_the_visitor(sentence, what):
    event = one(sentence)
    assert (event["what"], event["who"]) == (what, [what.rsplit(" visit to ", 1)[0]])


def test_the_counterpart_a_named_host_receives_is_the_visitor_not_the_host():
    event = one("Ricardo Lima will host his Chilean counterpart in January.")
    assert (event["who"], event["what"]) == (["Chilean counterpart"], "Chilean counterpart visit")


@pytest.mark.parametrize("sentence", [
    "We hope to conclude the talks before the end of January.",
    "The talks began in March and are due to conclude by the end of January.",
    "The leaders directed officials to conclude the talks by January 2026.",
    "The leaders directed officials to conclude the talks by Friday.",
])
def test_talks_to_be_concluded_are_labelled_as_their_conclusion(sentence):
    assert one(sentence)["what"] == "Conclusion of the talks"


def test_an_act_to_be_done_on_a_day_of_its_own_is_an_event_beside_the_deadline_after_it():
    found = events("The first group of 40 detainees is to be handed over on 14 December at the "
                   "border crossing, the envoy said, adding that both sides committed to "
                   "submitting the lists of the remaining detainees by 31 December.")
    assert sorted((e["what"], e["when"]) for e in found) == [
        ("Deadline to submit the lists of the remaining detainees", "2025-12-31"),
        ("Handover of the first group of 40 detainees", "2025-12-14")]


def test_a_text_to_be_finalised_is_named_with_the_agreement_it_is_the_text_of():
    event = one("The ministers asked negotiators to finalise the text of the agreement by "
                "30 September 2026.")
    assert (event["what"], event["kind"]) == ("Finalise the text of the agreement", "deadline")


def test_drills_ahead_are_an_event_even_when_a_demand_to_cancel_them_is_rejected():
    event = one("The allies will hold their annual Iron Reef exercise from Dec. 8 to 18, "
                "rejecting the demand that the drills be cancelled.")
    assert (event["what"], event["when"]) == ("Annual Iron Reef exercise",
                                                "2025-12-08/2025-12-18")


def test_the_next_round_tasked_in_a_second_clause_is_an_event_of_its_own():
    found = events("The presidents agreed to conclude negotiations on the accord by the end of "
                   "2026, and tasked their ministers to hold the next round in Lima in January.")
    assert [(e["what"], e["when"]) for e in found] == [
        ("Conclusion of the negotiations on the accord", "2026-12"),
        ("Next round in Lima", "2026-01")]


def test_meeting_with_someone_is_labelled_by_whom():
    assert one("He will meet with leaders of other countries on Friday.")["what"] == \
        "Meeting with leaders of other countries"


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The new permit system should start working by Dec. 1.",
         "New permit system to start working", "2025-12-01"),
        ("Their union plans a protest in Avel on Dec. 20.", "Protest in Avel", "2025-12-20"),
        ("Brel pledged to publish an audit of its state firms by the end of June.",
         "Deadline to publish an audit of its state firms", "2026-06"),
        ("Under the deal, Brel pledged to cut its deficit and to publish an audit of its state "
         "firms by the end of June, the ministry said.",
         "Deadline to publish an audit of its state firms", "2026-06"),
        ("The two sides agreed to complete the river survey by the end of March, he said.",
         "Deadline to complete the river survey", "2026-03"),
        ("The two governments pledged to build a second weighbridge and a 500-bay truck park at "
         "the border by the end of March.",
         "Deadline to build a second weighbridge and a 500-bay truck park at the border",
         "2026-03"),
    ],
)
def test_deadlines_and_protests_ahead_are_events(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


@pytest.mark.parametrize(
    ("sentence", "what", "who", "when"),
    [
        ("Anna Berg is due to attend the Harbour Summit on Friday.", "Harbour Summit",
         ["Anna Berg"], "2025-11-28"),
        ("Sorland will host the APEC trade ministers’ meeting in early December.",
         "APEC trade ministers’ meeting", ["China", "United States"], "2025-12"),
        ("Analysts expect calm, and the Philippines goes to the polls in May.",
         "Election in the Philippines", [], "2026-05"),
        ("Anna Berg is scheduled to address the U.N. General Assembly in New York next month.",
         "U.N. General Assembly", ["Anna Berg"], "2025-12"),
        ("Maria Lopez is set to meet Janet Yellen on Friday before travelling on to Tokyo.",
         "Meeting of Janet Yellen and Maria Lopez", ["Janet Yellen", "Maria Lopez"],
         "2025-11-28"),
    ],
)
def test_who_attends_hosts_votes_or_meets_ahead(sentence, what, who, when):
    event = events(sentence)[0]
    assert (event["what"], event["who"], event["when"]) == (what, who, when)


@pytest.mark.parametrize(("sentence", "what", "where"), [
    ("Janet Yellen will visit Amman and Riyadh on Friday.",
     "Janet Yellen visit to Amman and Riyadh", "Amman and Riyadh"),
    ("Janet Yellen will travel to Ghana, Tanzania, and Zambia on Friday.",
     "Janet Yellen visit to Ghana, Tanzania and Zambia", "Ghana, Tanzania and Zambia"),
    ("Janet Yellen will visit Nairobi, Kenya on Friday.", "Janet Yellen visit to Nairobi",
     "Nairobi, Kenya"),
    ("On Friday, Janet Yellen will travel to Amman and Riyadh.",  # the sentence's full stop
     "Janet Yellen visit to Amman and Riyadh", "Amman and Riyadh"),
])
def test_a_visit_to_several_places_names_them_all(sentence, what, where):
    event = one(sentence)
    assert (event["what"], event["where"]) == (what, where)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Janet Yellen will travel next week to Kinshasa.", "2025-12-01/2025-12-07"),
    ("Janet Yellen will fly on Friday to Kinshasa.", "2025-11-28"),
    ("Janet Yellen will travel tomorrow to Kinshasa.", "2025-11-25"),
])
def test_a_journey_dated_between_its_verb_and_where_it_goes_is_a_visit(sentence, when):
    event = one(sentence)
    assert (event["what"], event["where"], event["when"]) == (
        "Janet Yellen visit to Kinshasa", "Kinshasa, Democratic Republic of the Congo", when)


def test_an_event_label_leaves_out_the_day_its_date_gives():
    assert one("The council will hold an emergency session on the floods on Thursday.")[
        "what"] == "Emergency session on the floods"


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("Ana Mora said Brel would take the matter to the annual meeting of the Fisheries "
         "Commission, which convenes in London in September.",
         "Annual meeting of the Fisheries Commission in London", "2026-09"),
        ("The minister will raise the dispute at the regional summit in October.",
         "Regional summit", "2026-10"),
        ("Officials are working towards the regional summit in October.",
         "Regional summit", "2026-10"),
    ],
)
def test_an_event_something_will_be_taken_to_is_ahead_even_months_away(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


@pytest.mark.parametrize(
    "sentence",
    ["The commission meets again in March, he said.",
     "The agreement takes effect in March, the ministry said.",
     "The treaty enters into force in March, officials said.",
     "The truce expires in March, he added."],
)
def test_an_event_told_in_the_present_of_a_timetable_is_dated_ahead(sentence):
    assert one(sentence)["when"] == "2026-03"


@pytest.mark.parametrize(
    "sentence",
    ["Talks on a free trade agreement between Arden and Brel will continue in March, he added.",
     "Talks on a free trade agreement will resume in March, the minister said."],
)
def test_talks_said_to_go_on_at_a_month_ahead_are_dated_ahead_despite_the_reporting_verb(
        sentence):
    event = one(sentence)
    assert (event["what"], event["when"]) == ("Talks on a free trade agreement", "2026-03")


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The accord is expected to be signed in February.", "Signing of the accord", "2026-02"),
        ("The ministers said the treaty would be signed in Oslo on Friday.",
         "Signing of the treaty", "2025-11-28"),
        ("The envoy welcomed the progress made, and the agreements to be signed in Oslo on "
         "Friday.", "Signing of the agreements", "2025-11-28"),
        ("He said the port contract between Arden and Brel was “close to completion” and would "
         "be signed on Friday.", "Signing of the port contract between Arden and Brel",
         "2025-11-28"),
        ("They backed the power link between the two countries, whose agreement is in its final "
         "stage of negotiation and is expected to be signed before the end of the year.",
         "Signing of the agreement", "2025-12"),
        ("The new cabinet will be sworn in on Monday.", "Swearing-in of the new cabinet",
         "2025-12-01"),
        ("A presidential runoff is scheduled for December 7.", "Presidential runoff",
         "2025-12-07"),
        ("Parliament will vote on the treaty in January.", "Parliament vote on the treaty",
         "2026-01"),
        ("The senate is expected to debate the pension bill next month.",
         "Senate debate on the pension bill", "2025-12"),
        ("A vote on the bill is expected next week.", "Vote on the bill",
         "2025-12-01/2025-12-07"),
        ("A state funeral will take place on Friday.", "State funeral", "2025-11-28"),
        ("Both leaders are expected to attend the G7 in June.", "G7 summit", "2026-06"),
    ],
)
def test_signings_swearings_in_and_runoffs_ahead_are_events(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


def test_meeting_to_discuss_something_is_a_meeting():
    event = one("Officials will meet to discuss the grain plan in January.")
    assert (event["what"], event["when"]) == ("Meeting of officials", "2026-01")


def test_talks_after_which_something_was_agreed_are_behind_and_what_was_agreed_is_ahead():
    found = events("They agreed on Friday to reopen embassies within two months, after four "
                   "days of talks in Beijing.")
    assert [(e["kind"], e["what"]) for e in found] == [("deadline", "Deadline to reopen embassies")]


def test_a_signing_reported_as_done_is_not_ahead():
    assert events("The memorandum was signed in Rome last week.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“We are writing the next page,” Anna Berg said at a joint press conference.",
        "“We want the next deal to serve the next three decades,” Berg said after the meeting.",
        "Peru and Chile signed on Thursday a gas memorandum for supplies from 2028, during a "
        "visit to Lima by Chilean President Tomas Berg.",
    ],
)
def test_the_occasion_of_the_words_or_of_the_signing_is_the_one_reported(sentence):
    assert events(sentence) == []


def test_a_delegation_of_someone_led_to_a_city_is_a_visit():
    event = one("Anna Berg will lead a delegation of Chinese business people to Lima in June.")
    assert (event["what"], event["when"]) == ("Anna Berg visit to Lima", "2026-06")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The ministers concluded two days of talks on fishing quotas in Oslo, and said a "
         "review meeting would be held in Bergen in March.", True),
        ("Tomas Berg, who attended part of the meeting, said quotas would be set in March.",
         False),
    ],
)
def test_a_date_ahead_outweighs_a_past_verb_told_long_before_the_event(sentence, found):
    assert bool(events(sentence)) is found


def test_an_office_invited_to_visit_is_the_visitor_and_the_visit_told_again_gets_its_date():
    event = one("Anna Berg said she had invited the President of Peru to visit China, and the "
                "visit could take place in May.")
    assert (event["what"], event["who"], event["when"]) == (
        "President of Peru visit to China", ["President of Peru"], "2026-05")


@pytest.mark.parametrize(
    ("sentence", "what", "where"),
    [
        ("The union will review the sanctions in July, when the current measures expire.",
         "Current measures expire", None),
        ("Foreign ministers will discuss further support to Ukraine at their next meeting on "
         "17 March.", "Next meeting", None),
        ("The deal is subject to approval by the fund's executive board, which is expected to "
         "meet in September.", "Meeting of the executive board", None),
        ("They announced that negotiations on upgrading the Comprehensive Economic Partnership "
         "Agreement would begin next year.",
         "Negotiations on upgrading the Comprehensive Economic Partnership Agreement", None),
        ("The two countries will hold annual ministerial reviews, the first of which is "
         "scheduled for March 2026 in Lima.", "Annual ministerial reviews in Lima", "Lima, Peru"),
    ],
)
def test_an_event_is_named_by_what_happens_and_only_a_journey_goes_to_a_place(
        sentence, what, where):
    event = one(sentence)
    assert (event["what"], event["where"]) == (what, where)


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The mediators urged both sides to extend a truce that expires this weekend.",
         "Truce expires", "2025-11-29/2025-11-30"),
        ("The Joint Working Group on Fisheries, which will meet in Colombo in July, will take "
         "up the matter.", "Meeting of the Joint Working Group on Fisheries in Colombo",
         "2026-07"),
        ("G7 leaders will meet in Apulia from June 13 to 15.", "Meeting of G7 leaders in Apulia",
         "2026-06-13/2026-06-15"),
        ("Maria Lopez is expected to travel to the region later this week.", "Maria Lopez visit",
         "2025-11-24/2025-11-30"),
        ("Our Commerce Secretaries will meet within two months to narrow the gap.",
         "Meeting of Commerce Secretaries", "2026-01"),
        ("The energy ministers of Algeria, Niger and Nigeria will meet in Abuja in January.",
         "Meeting of energy ministers of Algeria, Niger and Nigeria in Abuja", "2026-01"),
        ("They asked Brel to convene a meeting of the tripartite committee on power trade next "
         "month in Orvo.", "Meeting of the tripartite committee on power trade in Orvo",
         "2025-12"),
    ],
)
def test_bodies_that_meet_truces_that_expire_and_trips_later_this_week(sentence, what, when):
    event = events(sentence)[0]
    assert (event["what"], event["when"]) == (what, when)


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("They confirmed that the Nordic Carrier Group will visit Japan in 2026.",
         "Nordic Carrier Group visit to Japan"),
        ("The next OPEC+ ministerial meeting is scheduled for Dec. 1.",
         "OPEC+ ministerial meeting"),
        ("The minister spoke of the virtual meeting of leaders he will host on Saturday.",
         "Virtual meeting of leaders"),
    ],
)
def test_a_named_unit_visits_and_a_group_s_name_is_kept_whole(sentence, what):
    assert one(sentence)["what"] == what


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The ministers will discuss the crisis at the Foreign Affairs Council on 24 February.",
         "Foreign Affairs Council", "2026-02-24"),
        ("The resolution was adopted at the Security Council on Friday.", None, None),
    ],
)
def test_a_council_sitting_on_a_day_ahead_is_a_meeting(sentence, what, when):
    found = events(sentence)
    assert [(e["what"], e["when"]) for e in found] == ([(what, when)] if what else [])


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("Talks are set for Thursday in Geneva.", "Talks in Geneva", "2025-11-27"),
        ("The deadline for a response is Friday.", "Deadline for a response", "2025-11-28"),
        ("The deadline for holders of registration cards remains Friday.",
         "Deadline for holders of registration cards", "2025-11-28"),
        ("The next Arden-Brel Association Council is scheduled to take place in Tarn on Friday.",
         "Next Arden-Brel Association Council in Tarn", "2025-11-28"),
        ("He is scheduled to pay a courtesy call on Prime Minister Lind on Friday.",
         "Courtesy call on Prime Minister Lind", "2025-11-28"),
        ("Maria Lopez will be in Tokyo on Friday.", "Maria Lopez visit to Tokyo", "2025-11-28"),
        ("The EU will decide in December whether to extend the sanctions.",
         "EU to decide whether to extend the sanctions", "2025-12"),
        ("The court will rule on Friday on the appeal.", "Court to rule on the appeal",
         "2025-11-28"),
    ],
)
def test_short_news_sentences_of_plans_are_events(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("Hamas has until Saturday to respond to the proposal.",
         "Hamas to respond to the proposal", "2025-11-29"),
        ("Iran was given until the end of the month to restore inspections.",
         "Iran to restore inspections", "2025-11"),
        ("Washington has given Beijing until December 1 to respond.",
         "Beijing to respond", "2025-12-01"),
        ("“We have agreed that the crossing will reopen by December 6,” the minister said.",
         "Crossing to reopen", "2025-12-06"),
        ("The committee must submit its proposals to both governments within 90 days.",
         "Committee to submit its proposals to both governments", "2026-02-22"),
        ("The ministers committed to completing the border post by the end of the year.",
         "Deadline to complete the border post", "2025-12"),
        ("The Council requests the Chairperson of the Commission to submit a report on the "
         "implementation of the present communiqué by 31 March 2026.",
         "Deadline to submit a report on the implementation of the present communiqué",
         "2026-03-31"),
        ("The ministers instructed their officials to complete the technical and legal work for "
         "a joint tourist visa before the end of the year.",
         "Deadline to complete the technical and legal work for a joint tourist visa", "2025-12"),
        ("d) to instruct the Joint Technical Committee (JTC) to present an updated plan within "
         "90 days.", "Joint Technical Committee to present an updated plan", "2026-02-22"),
        ("c) to request the Secretary General to submit a report on the arrears within six "
         "months.", "Secretary General to submit a report on the arrears", "2026-05"),
        ("We agree to reactivate the joint border units in all border districts within six "
         "months.", "Reactivate the joint border units in all border districts", "2026-05"),
        ("a) to open the new bridge to traffic by the end of the year;",
         "Open the new bridge to traffic", "2025-12"),
        ("(b) to conclude, within 90 days, a revised memorandum on seasonal workers;",
         "Conclude a revised memorandum on seasonal workers", "2026-02-22"),
        ("The ministers agreed to fund a monitoring network and to instruct the Lake Authority to "
         "present within 60 days a clean-up plan for the bay.",
         "Lake Authority to present a clean-up plan for the bay", "2026-01-23"),
        ("Under the memorandum, a joint project office will be set up in Aflao by the end of "
         "November.", "Joint project office to be set up in Aflao", "2025-11"),
    ],
)
def test_time_given_to_act_is_a_deadline_labelled_by_who_must_do_what(sentence, what, when):
    event = one(sentence)
    assert (event["kind"], event["what"], event["when"]) == ("deadline", what, when)


def test_the_end_of_the_year_told_in_january_is_still_ahead():
    event = one("The ministers reaffirmed the commitment to the power link, whose agreement is "
                "expected to be signed before the end of the year.", dt.date(2026, 1, 2))
    assert event["when"] == "2026-12"


def test_each_of_two_coordinated_acts_with_a_date_of_its_own_is_an_event():
    found = events("Surveyors will begin placing border markers next week and are due to finish "
                   "by the end of the year, he said.")
    assert [(e["what"], e["kind"]) for e in found] == [
        ("Surveyors to begin placing border markers", "other"),
        ("Surveyors to finish placing border markers", "deadline")]
    assert found[1]["when"] == "2025-12"  # this year's end, though the report says "he said"


def test_a_second_act_done_to_the_subject_is_named_by_its_noun():
    found = events("Construction is due to start next week and be completed by the end of the "
                   "year, the minister said.")
    assert [e["what"] for e in found][-1] == "Completion of construction"
    assert found[-1]["when"] == "2025-12"


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The parties will submit their plans by 15 December.",
         "Parties to submit their plans", "2025-12-15"),
        ("The leaders agreed that the revised memorandum of understanding on seasonal workers "
         "should be finalised and signed before the end of January.",
         "Revised memorandum of understanding to be finalised and signed", "2026-01"),
        ("Requests the Chairperson of the Commission to submit a report on the situation by "
         "31 March 2026;", "Deadline to submit a report on the situation", "2026-03-31"),
        ("The joint border post should be operational from 1 January 2026.",
         "Joint border post to be operational", "2026-01-01"),
        ("Officials said the new crossing is expected to become fully operational in March.",
         "New crossing to become fully operational", "2026-03"),
        ("They set up a hotline between the coast guards to handle incidents at sea, which is "
         "expected to be operational by 31 March 2026.", "Hotline to be operational",
         "2026-03-31"),
        ("Brel pledged to repay the loan in three tranches, the first of which is due by "
         "31 March 2026.", "First tranche due", "2026-03-31"),
    ],
)
def test_what_is_due_by_a_day_written_day_first_or_before_a_month_is_a_deadline(sentence, what,
                                                                                 when):
    event = one(sentence)
    assert (event["kind"], event["what"], event["when"]) == ("deadline", what, when)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("A visit to Rome by the Tunisian president, initially scheduled for October, has been "
         "postponed until the spring, diplomatic sources said.",
         [("Tunisia visit to Rome", "2026-03/2026-05")]),
        ("The envoy is due in Beijing next month for the economic dialogue, which will prepare "
         "a summit planned for early February.",
         [("Economic dialogue in Beijing", "2025-12"), ("Summit", "2026-02")]),
        ("The board is expected to consider Arden's request in late January, she added.",
         [("Board to consider Arden's request", "2026-01")]),
        ("The ministry plans to summon the ambassador on Friday to lodge a further protest.",
         [("Ministry to summon the ambassador", "2025-11-28")]),
        ("Elections are due in March.", [("Elections", "2026-03")]),
        ("A technical meeting is scheduled for December 2, followed by a ministerial meeting "
         "on December 15.",
         [("Technical meeting", "2025-12-02"), ("Ministerial meeting", "2025-12-15")]),
        ("Talks will resume on Tuesday, and a signing ceremony could follow next month.",
         [("Talks", "2025-11-25"), ("Signing ceremony", "2025-12")]),
        ("Both sides agreed to convene the meeting of the Joint Boundary Commission (JBC) in "
         "Siem Reap in December 2025.",
         [("Meeting of the Joint Boundary Commission in Siem Reap", "2025-12")]),
        ("The Polish side reaffirmed its support for the Ulaanbaatar Dialogue on Northeast Asian "
         "Security, and informed that a Polish delegation will take part in this year's "
         "Dialogue on 17-18 December.",
         [("Ulaanbaatar Dialogue on Northeast Asian Security", "2025-12-17/2025-12-18")]),
        ("The Security Council is expected to renew the mission's mandate before it expires "
         "at the end of December.",
         [("Security Council to renew the mission's mandate", "2025-12")]),
        ("The sides confirmed that the next meeting of the mechanism at the level of Foreign "
         "Ministers will be hosted by Georgia in Batumi on 14 January 2026.",
         [("Meeting of the mechanism in Batumi", "2026-01-14")]),
        ("The leaders agreed to launch a vice-ministerial dialogue on defense, with the first "
         "meeting to be held in Warsaw in the first half of next year.",
         [("Vice-ministerial dialogue on defense in Warsaw", "2026-H1")]),
        ("The mission will convene the next round of the Libyan political dialogue in Tunis "
         "next month.", [("Next round of the Libyan political dialogue in Tunis", "2025-12")]),
        ("The undersecretary will also lead a business delegation to Mumbai next March.",
         [("Undersecretary visit to Mumbai", "2026-03")]),
        ("The Council welcomed the offer of Bahrain to host the first joint civil defence "
         "exercise of the Member States in December.",
         [("Joint civil defence exercise of the Member States", "2025-12")]),
        ("Both sides agreed to reopen the two border checkpoints on 1 December 2025.",
         [("Reopen the two border checkpoints", "2025-12-01")]),
        ("In October, the two leaders agreed to open two more crossings by the summer.",
         [("Open two more crossings", "2026-06/2026-08")]),
        ("The two leaders agreed to open two more crossings in March.",
         [("Open two more crossings", "2026-03")]),
        ("Japan will introduce multiple-entry visas for students from January 1, 2026.",
         [("Japan to introduce multiple-entry visas for students", "2026-01-01")]),
        ("Leaders accepted the offer of Tuvalu to host the Fifty-Seventh Pacific Islands Forum "
         "Leaders Meeting in 2026.",
         [("Fifty-Seventh Pacific Islands Forum Leaders Meeting", "2026")]),
        ("The minister will travel to Astana next week to lay the groundwork for a summit that "
         "Seoul plans to host next year.",
         [("Minister visit to Astana", "2025-12-01/2025-12-07"), ("Summit", "2026")]),
        ("Envoys will meet in Oslo on December 3 to prepare a visit by Anna Berg to Avel, which "
         "is likely to take place in the spring.",
         [("Meeting of envoys in Oslo", "2025-12-03"),
          ("Anna Berg visit to Avel", "2026-03/2026-05")]),
        ("The ministers discussed the agenda to prepare a visit by Anna Berg to Avel.",
         [("Anna Berg visit to Avel", None)]),
    ],
)
def test_an_event_put_off_a_summit_prepared_and_a_decision_due_are_dated_ahead(sentence, found):
    assert [(e["what"], e["when"]) for e in events(sentence)] == found


@pytest.mark.parametrize("sentence", [
    "Brel will continue to file diplomatic protests over the patrols.",
    "The ministry will lodge a formal protest with the embassy on Friday.",
])
def test_a_protest_lodged_with_a_government_is_a_note_not_a_gathering(sentence):
    assert [e for e in events(sentence) if e["kind"] == "meeting"] == []


def test_a_date_told_after_a_new_subject_is_not_given_to_the_event_before_it():
    found = events("We will work toward the conclusion of the trade negotiations, and President "
                   "Lee welcomes the hosting of the regional forum next month.")
    assert [(e["what"], e["when"]) for e in found] == [("Trade negotiations", None)]


def test_a_visit_takes_no_date_from_the_event_a_new_subject_looks_forward_to():
    found = events("The President welcomed Maria Lopez's intention to visit Chile later this "
                   "year, and the leaders looked forward to seeing each other at the Lima "
                   "Summit in December.")
    assert [(e["what"], e["when"]) for e in found] == [
        ("Maria Lopez visit to Chile", "2025"), ("Lima Summit", "2025-12")]


def test_the_talks_a_report_is_about_are_no_event_ahead():
    assert events("“These steps will make it easier for our people to meet,” the minister told "
                  "reporters after the talks.") == []


def test_what_has_long_been_operational_is_no_deadline():
    assert events("The crossing has been operational since 2019.") == []


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("Voters in Moldova will elect a new parliament on Dec. 28.", "Election in Moldova",
         "2025-12-28"),
        ("The truce, which took effect on Friday, is due to expire on Monday.",
         "Truce to expire", "2025-12-01"),
        ("A ceasefire is due to take effect at midnight on Sunday.", "Ceasefire to take effect",
         "2025-11-30"),
        ("The pact is expected to be ratified by parliament on Dec. 4.",
         "Ratification of the pact", "2025-12-04"),
        ("Voters go to the polls on Sunday in a referendum on the treaty.",
         "Referendum on the treaty", "2025-11-30"),
        ("Chileans will vote in a referendum on the new constitution on Dec. 4.",
         "Referendum on the new constitution", "2025-12-04"),
        ("Officials said a referendum on a new constitution could be held on Dec. 4.",
         "Referendum on a new constitution", "2025-12-04"),
        ("Elections, postponed twice, are now slated for March 2027.", "Elections", "2027-03"),
        ("The vote on the budget was postponed until January 12.", "Vote on the budget",
         "2026-01-12"),
        ("A referendum on the constitution will take place on 12 October.",
         "Referendum on the constitution", "2026-10-12"),
        ("Elections will be held on 12 October.", "Elections", "2026-10-12"),
    ],
)
def test_an_election_and_a_truce_due_to_expire_ahead(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("It will take effect in May.", "Entry into force"),
        ("It is due to expire on Friday.", "Expiry"),
        ("Arden and Brel agreed to extend the river treaty, which expires next year.",
         "River treaty expires"),
    ],
)
def test_a_deal_named_before_taking_effect_or_expiring_is_labelled_by_the_step(sentence, what):
    assert one(sentence)["what"] == what


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The minister is due to brief the Arab League on the talks next week.",
         "Briefing to the Arab League on the talks", "2025-12-01/2025-12-07"),
        ("Secretary Ramos will brief the Senate Committee on National Defense on Tuesday.",
         "Briefing to the Senate Committee on National Defense", "2025-11-25"),
        ("The envoy will brief the UN Security Council on Dec. 3.",
         "Briefing to the UN Security Council", "2025-12-03"),
    ],
)
def test_a_briefing_ahead_is_an_event_named_for_whom_it_informs(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Their interior ministers will meet in Berlin next week to finalise a new agreement.",
         "Meeting of interior ministers in Berlin"),
        ("The two leaders are due to meet again in the buffer zone on Friday.",
         "Meeting of the two leaders"),
        ("Charalambides faces re-election in February.", "Charalambides faces re-election"),
        ("They will hold a meeting of foreign and defence ministers in Tokyo in May.",
         "Meeting of foreign and defence ministers in Tokyo"),
    ],
)
def test_a_meeting_to_finish_a_deal_is_the_meeting_and_hyphenated_events_stay_whole(
        sentence, what):
    assert one(sentence)["what"] == what


def test_a_meeting_being_arranged_for_the_season_under_way_is_ahead():
    event = one("The Council is holding its next meeting this autumn.", dt.date(2025, 9, 1))
    assert (event["what"], event["when"]) == ("Meeting of the Council", "2025-09/2025-11")


def test_a_next_negotiating_round_is_talks_ahead():
    event = one("The next negotiating round is scheduled to take place in Geneva in May.")
    assert (event["what"], event["when"]) == ("Negotiating round in Geneva", "2026-05")


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The Council will meet in June.", "Meeting of the Council"),
        ("The Council will revert to the matter at its meeting in June.", "Meeting of the Council"),
        ("The committee will discuss the report at its next session in May.",
         "Session of the committee"),
        ("The panel will hold its second meeting in July.", "Second meeting of the panel"),
        ("The Authority of Heads of State and Government will convene in July.",
         "Meeting of the Authority of Heads of State and Government"),
        ("The Mediation and Security Council at ministerial level is scheduled to meet on "
         "Saturday ahead of the summit.", "Meeting of the Mediation and Security Council"),
        ("They praised the Steering Committee for Bilateral Cooperation, whose 17th meeting will "
         "be held in June.", "17th meeting of the Steering Committee for Bilateral Cooperation"),
        ("They set up a joint task force on port security, which will hold its first meeting "
         "in June.", "First meeting of the joint task force on port security"),
        ("The Steering Committee of the Plan, composed of representatives of the ministries and "
         "of the Council of Arden Secretariat, will hold its first meeting in June.",
         "First meeting of the Steering Committee of the Plan"),
        ("The ministers agreed to create a working group on fisheries, with the first "
         "meeting to be held online in June.", "First meeting of the working group on fisheries"),
        ("The joint board on water and energy is due to meet in June.",
         "Meeting of the joint board on water and energy"),
        ("Ministers praised the work of the Joint Committee on Fisheries and look forward to "
         "Chile hosting the next meeting in June.",
         "Meeting of the Joint Committee on Fisheries in Chile"),
        ("Ministers will discuss the plan at the next meeting of the council in June.",
         "Meeting of the council"),
        ("Both sides hope to complete the negotiations on renewing the water treaty before "
         "it lapses in June.", "Conclusion of the negotiations on renewing the water treaty"),
        ("The negotiations of the trade pact the minister requested will open in June.",
         "Negotiations of the trade pact"),
        ("The Trade and Investment Council is holding its 10th meeting in December.",
         "10th meeting of the Trade and Investment Council"),
        ("Talks with the Development Bank are set to resume in Nairobi next week.",
         "Talks with the Development Bank in Nairobi"),
        ("The Shared Rivers Board, set up under the 1996 treaty, will meet in June.",
         "Meeting of the Shared Rivers Board"),
        ("Both sides expect the Business Council, which brings together chief executives, to "
         "meet in June.", "Meeting of the Business Council"),
        ("They will hold the next session of the Joint Commission on Trade, Energy and "
         "Transport in June.", "Session of the Joint Commission"),
    ],
)
def test_a_body_s_own_meeting_is_named_for_the_body(sentence, what):
    assert one(sentence)["what"] == what


@pytest.mark.parametrize(
    ("sentence", "where"),
    [
        ("Talks will resume in Geneva next week.", "Geneva, Switzerland"),
        ("The working group will hold its first meeting in Ashgabat in December.",
         "Ashgabat, Turkmenistan"),
        ("Ministers will meet in Milan on Friday.", "Milan, Italy"),
        ("The summit will be held in Djibouti in January.", "Djibouti"),
        ("The ministers will meet in Dar es Salaam next week.", "Dar es Salaam, Tanzania"),
        ("The summit will be held in Rio de Janeiro on March 3.", "Rio de Janeiro, Brazil"),
        ("Talks will resume in Sharm el-Sheikh next week.", "Sharm el-Sheikh, Egypt"),
        ("The president will pay a state visit to the Kingdom of Morocco in March.", "Morocco"),
        ("The court will hold a hearing in The Hague on March 3.", "The Hague, Netherlands"),
        ("The President looks forward to welcoming her to the Lima Summit next week.",
         "Lima, Peru"),
        ("The committee will hold its first meeting in the Indian port city of Chennai in May.",
         "Chennai, India"),
        ("The talks will open in the northern city of Milan in May.", "Milan, Italy"),
        ("Leaders will meet in Basseterre, St. Kitts and Nevis, later this month.",
         "Basseterre, St. Kitts and Nevis"),
        ("The summit will be held in Port of Spain, Trinidad and Tobago, in May.",
         "Port of Spain, Trinidad and Tobago"),
        ("The leaders will meet in Évian-les-Bains in June.", "Évian-les-Bains"),  # a name
        # written with a capital Latin ASCII lacks and joined by lower-case words
        ("The ministers will meet in Aix-en-Provence next week.", "Aix-en-Provence"),
        ("The ministers will meet in Łódź next week.", "Łódź"),
    ],
)
def test_a_city_is_placed_in_its_state(sentence, where):
    assert one(sentence)["where"] == where


def test_a_visit_told_again_with_its_date_is_one_visit_with_that_date():
    found: list[dict] = []
    for sentence in ("Maria Lopez will visit Geneva.",
                     "Maria Lopez will be in Geneva on Dec. 5 for the visit."):
        add_events(found, [], sentence, REFERENCE, PEOPLE, PARTIES)
    assert [(e["when"], e["evidence"]) for e in found] == [
        ("2025-12-05", "Maria Lopez will be in Geneva on Dec. 5 for the visit.")]


def test_a_summit_told_again_without_its_days_is_the_same_summit():
    found: list[dict] = []
    for sentence in ("Arden is preparing to host the NATO Summit in Avel on December 7-8.",
                     "Arden will host the NATO Summit in Avel for the first time since 2004."):
        add_events(found, [], sentence, REFERENCE, PEOPLE, PARTIES)
    assert [(e["what"], e["when"]) for e in found] == [("NATO Summit", "2025-12-07/2025-12-08")]


def test_talks_told_again_with_their_days_and_city_are_one_event_told_the_closer_way():
    found: list[dict] = []
    for sentence in ("Arden and Brel agreed to hold talks on joint lithium projects next month.",
                     "Lithium talks will take place in Avel on December 10 and 11."):
        add_events(found, [], sentence, REFERENCE, PEOPLE, PARTIES)
    assert [(e["what"], e["when"]) for e in found] == [
        ("Lithium talks in Avel", "2025-12-10/2025-12-11")]


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("Arden and Brel would hand over the remains of fallen soldiers in the coming days.",
         "Arden and Brel to hand over the remains of fallen soldiers", None),
        ("The navies of Arden and Brel will conduct a joint patrol in the strait next month.",
         "Conduct a joint patrol in the strait", "2025-12"),
        ("The army will withdraw from the town on Friday.", "Army to withdraw from the town",
         "2025-11-28"),
        ("Both sides will reopen the consulates and to resume flights on Friday.",
         "Reopen the consulates and resume flights", "2025-11-28"),
        ("The commission will present its report on December 15.",
         "Commission to present its report", "2025-12-15"),
        ("The central bank will cut its key interest rate on Thursday.",
         "Central bank to cut its key interest rate", "2025-11-27"),
        ("The new visa rules will apply from January 1.", "New visa rules to apply", "2026-01-01"),
        ("Brelish carriers will be able to shift 7,000 weekly seats to Avel from March 26.",
         "Shift 7,000 weekly seats to Avel", "2026-03-26"),
        ("Arden and Brel concluded negotiations on a draft treaty, which Brel expects to ratify in "
         "March.",
         "Ratify a draft treaty", "2026-03"),
        ("The talks ended with a draft treaty, which Brel expects to ratify in March.",
         "Ratify a draft treaty", "2026-03"),
        ("Arden and Brel concluded talks on a trade pact, paving the way for the signing of the "
         "pact, which the two sides expect to sign in Oslo in March.",
         "Signing of the pact in Oslo", "2026-03"),
        ("The new payment mechanism should be launched in the second quarter, officials said.",
         "Launch of the new payment mechanism", "2026-Q2"),
        ("Varo admitted that “the problem is not yet solved,” but said the new mechanism should "
         "be launched in the second quarter.", "Launch of the new mechanism", "2026-Q2"),
        ("The aid convoy could leave the port within days.", "Aid convoy to leave the port",
         None),
        ("Arden and Brel agreed on Thursday to reopen the border post to trucks from December 1.",
         "Arden and Brel to reopen the border post to trucks", "2025-12-01"),
        ("The AU secretariat will publish an updated investment plan in March.",
         "AU secretariat to publish an updated investment plan", "2026-03"),
    ],
)
def test_an_act_planned_for_a_day_ahead_is_an_event_without_an_event_word(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["kind"], event["when"]) == (what, "other", when)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government will reduce emissions by 2030.",
        "The army withdrew from the town on Friday.",
        "Arden will withdraw its troops.",
        "Both sides showed the political will to settle the dispute in December.",
        "The new rules will help exporters in December.",
        "It will be launched next month.",
    ],
)
def test_a_goal_a_past_act_or_an_undated_act_is_no_event(sentence):
    assert events(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "deadlines"),
    [
        ("Arden and Brel failed to conclude a trade deal by their year-end deadline.", []),
        ("Arden and Brel missed their year-end deadline for a trade deal.", []),
        ("The talks could not be concluded by the December 31 deadline.", []),
        ("Arden and Brel missed the first deadline and set a new deadline of March 31.",
         ["2026-03-31"]),
    ],
)
def test_a_deadline_told_as_missed_is_no_event_ahead(sentence, deadlines):
    assert [e["when"] for e in events(sentence) if e["kind"] == "deadline"] == deadlines


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The Fund's executive board is scheduled to consider the programme on Friday.",
         "Fund's executive board meeting on the programme", "2025-11-28"),
        ("The cabinet is expected to approve the budget on Tuesday.",
         "Cabinet meeting on the budget", "2025-11-25"),
    ],
)
def test_a_body_due_to_decide_something_is_its_meeting_ahead(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


def test_a_storm_due_to_make_landfall_is_an_event_named_for_the_storm():
    event = one("Hurricane Ada is expected to make landfall on the Gulf Coast on Wednesday.")
    assert (event["what"], event["when"]) == ("Hurricane Ada landfall", "2025-11-26")


def test_an_event_named_by_a_long_body_keeps_its_date_and_its_whole_name():
    event = one("The 8th session of the China-Brazil High-Level Coordination and Cooperation "
                "Commission is scheduled to be held in Brasilia in the first half of next year.")
    assert (event["what"], event["when"]) == (
        "8th session of the China-Brazil High-Level Coordination and Cooperation Commission "
        "in Brasilia", "2026-H1")


def test_a_body_named_with_an_en_dash_and_a_long_complement_keeps_the_date_after_it():
    event = one("The ministers agreed to hold the next session of the Peru–Chile Intergovernmental "
                "Commission on Economic, Trade and Scientific-Technical Cooperation in Lima in the "
                "first half of 2026.")
    assert (event["when"], event["where"]) == ("2026-H1", "Lima, Peru")


def test_a_signing_hoped_for_at_a_body_s_summit_is_placed_in_the_summit_s_city():
    event = one("The President said he hoped the agreement could be signed at the Mercosur "
                "summit in Montevideo on Dec. 18.")
    assert (event["what"], event["where"], event["when"]) == (
        "Signing of the agreement", "Montevideo, Uruguay", "2025-12-18")


def test_the_one_who_reports_a_visit_is_not_its_visitor():
    found: list[dict] = []
    add_events(found, [], "Maria Lopez added that Janet Yellen is expected to visit London in "
               "the spring.", REFERENCE, PEOPLE, PARTIES)
    assert [(e["what"], e["who"]) for e in found] == [("Janet Yellen visit to London",
                                                       ["Janet Yellen"])]


def test_the_one_who_tells_of_a_visit_after_it_is_not_its_visitor():
    found: list[dict] = []
    add_events(found, [], "The visit of the Prime Minister of Nepal to Bangladesh is now "
               "expected in the spring, Foreign Secretary Anna Berg said.", REFERENCE, PEOPLE,
               ["Nepal", "Bangladesh"])
    assert [(e["what"], e["who"]) for e in found] == [("Nepal visit to Bangladesh", ["Nepal"])]


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The rotation of the engineering company will take place in the second half of "
         "January.", "Rotation of the engineering company", "2026-01"),
        ("4. The handover of the base is planned for 15 December.", "Handover of the base",
         "2025-12-15"),
        ("A meeting between the water authorities of both provinces and the river basin "
         "commission is planned for 3 December.",
         "Meeting between the water authorities of both provinces and the river basin "
         "commission", "2025-12-03"),
        ("The appeals court is scheduled to hear the case on Dec. 2.",
         "Appeals court to hear the case", "2025-12-02"),
        ("A chartered aircraft will bring 80 stranded citizens home on Friday.",
         "Bring 80 stranded citizens home", "2025-11-28"),
        ("Decides to undertake a field mission to the region in March 2026;", "Field mission",
         "2026-03"),
    ],
)
def test_whatever_is_said_to_take_place_on_a_day_ahead_is_an_event(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


def test_the_year_a_span_began_does_not_date_the_event():
    event = one("The minister is expected in Suva early next year for the first talks on the "
                "treaty since 2019.")
    assert event["when"] == "2026-H1"


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The minister said last month a feasibility study would be completed by the end of the "
         "year.", "Completion of the feasibility study"),
        ("Lopez said on Monday the ministry would respond within days.", "Ministry to respond"),
        ("The ministers agreed to improve worker welfare, including a joint review of housing "
         "standards to be completed by the end of the year.",
         "Completion of the joint review of housing standards"),
    ],
)
def test_what_is_reported_ahead_without_that_is_labelled_by_what_is_done(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


def test_a_deadline_to_act_on_it_names_the_document_told_before():
    found = events("The ministers welcomed the entry into force of the Agreement on Academic "
                   "Degrees and instructed the authorities to implement it within 180 days.")
    assert [e["what"] for e in found] == ["Deadline to implement the Agreement on Academic Degrees"]


def test_an_act_aimed_at_on_a_date_is_named_by_the_act_and_its_document():
    found = events("The leaders welcomed the conclusion of negotiations on the Trade Continuity "
                   "Agreement and agreed that officials should aim to sign it in March.")
    assert [e["what"] for e in found] == ["Sign the Trade Continuity Agreement"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Work on the northern section is scheduled to begin in March 2026.",
         "Work on the northern section to begin"),
        ("The envoys drew up a draft protocol, which the ministers expect to sign by June.",
         "Sign a draft protocol"),
        ("Teams will inspect the site on Friday, and construction is scheduled to start early "
         "next year.", "Construction to start"),
        ("They signed a protocol on the border trade centre, whose first customs post is "
         "expected to open in the coming weeks.", "First customs post to open"),
        ("Lopez said the ministry would respond within days.", "Ministry to respond"),
    ],
)
def test_a_lone_verb_ahead_is_labelled_with_what_it_is_said_of(sentence, what):
    assert events(sentence)[-1]["what"] == what


def test_the_office_that_accepted_an_invitation_is_the_visitor():
    event = one("The envoy was received by the President, to whom he conveyed an invitation from "
                "the Brelish head of state to pay a state visit to Brel, which the President "
                "accepted.")
    assert (event["kind"], event["who"]) == ("state-visit", ["President"])


def test_one_who_invites_a_counterpart_is_not_the_visitor():
    event = one("President Lima invited his Peruvian counterpart to visit Brasilia.")
    assert event["who"] == ["Peruvian counterpart"]


def test_a_second_plan_in_one_clause_is_its_own_event():
    found: list[dict] = []
    add_events(found, [], "The envoy said she would report to a summit of the bloc later this "
               "month and planned to return to Maseru in the first week of December.",
               REFERENCE, [])
    assert [(e["kind"], e["when"]) for e in found] == [
        ("summit", "2025-11"), ("visit", "2025-12-01/2025-12-07")]


def test_a_body_convened_is_named_by_its_name():
    event = one("The leaders asked their ministers to convene the Joint Trade Committee in "
                "Hanoi in December.")
    assert (event["what"], event["when"]) == ("Joint Trade Committee in Hanoi", "2025-12")


def test_an_invitation_and_its_acceptance_by_name_are_one_visit():
    found: list[dict] = []
    for sentence in ("President Lima invited his Peruvian counterpart to visit Brazil.",
                     "President Ana Soto accepted and said she hoped to travel to Brasilia in "
                     "March."):
        add_events(found, [], sentence, REFERENCE, ["Ana Soto"])
    assert [(e["who"], e["when"]) for e in found] == [(["Ana Soto"], "2026-03")]


def test_visits_to_two_cities_of_one_country_stay_two():
    found: list[dict] = []
    for sentence in ("Ana Soto will visit Lyon, France, on Dec. 3.",
                     "Ana Soto will also travel to Paris, France."):
        add_events(found, [], sentence, REFERENCE, ["Ana Soto"])
    assert len(found) == 2


def test_a_plan_for_a_season_already_begun_is_still_ahead():
    event = one("Parliament is expected to ratify the treaty in the autumn.",
                reference=dt.date(2025, 10, 6))
    assert (event["what"], event["when"]) == ("Parliament to ratify the treaty",
                                              "2025-09/2025-11")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The secretariat is due to publish an updated investment plan by the end of March.",
         "deadline"),
        ("The ministry will deliver the remaining grain no later than 1 March.", "deadline"),
        ("The minister said he expected to sign the memorandum by June.", "deadline"),
        ("Officials said the new mechanism should be launched by the end of March.", "deadline"),
        ("Officials said the new mechanism should be launched in March.", "other"),
        ("The accord needs to be ratified before the summer.", "deadline"),
        ("Both sides said the agreement would be signed by June.", "deadline"),
        ("The agreement will be signed in Tokyo on June 3.", "other"),
        ("The ministry will deliver the remaining grain on 1 March.", "other"),
    ],
)
def test_an_act_planned_by_a_date_is_a_deadline_and_on_a_date_an_event(sentence, kind):
    assert one(sentence)["kind"] == kind


@pytest.mark.parametrize("sentence", ["We hope the border crossing will reopen soon.",
                                      "The committee met, and they expect the border crossing "
                                      "will reopen soon."])
def test_what_a_speaker_hopes_will_happen_is_labelled_without_the_speaker(sentence):
    assert one(sentence)["what"] == "Border crossing to reopen"


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Officials said the new mechanism should be launched by the end of March.",
         "Launch of the new mechanism"),
        ("The minister said the study would be carried out by the two national oil companies and "
         "completed within eighteen months.", "Completion of the study"),
        ("Speaking at a press conference in Niamey, the minister said the new bridge would be "
         "opened by the end of March.", "Opening of the new bridge"),
    ],
)
def test_an_act_reported_in_the_passive_by_a_date_is_labelled_by_its_noun(sentence, what):
    event = one(sentence)
    assert (event["kind"], event["what"]) == ("deadline", what)


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides welcomed a new fellowship program for diplomats that the Pacific Institute "
        "intends to launch in March.",
        "Both sides welcomed Arden’s selection as the first country to be added to a new "
        "fellowship program for diplomats that the Pacific Institute intends to launch in March.",
    ],
)
def test_an_act_whose_object_is_the_noun_a_relative_clause_hangs_on_names_it(sentence):
    event = one(sentence)
    assert event["what"] == "Pacific Institute to launch a new fellowship program for diplomats"


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The ministers agreed to launch a joint feasibility study on a free trade area, to be "
         "completed within twelve months.",
         "Completion of the joint feasibility study on a free trade area"),
        ("They agreed to build a new bridge, to be opened by June.", "Opening of the new bridge"),
    ],
)
def test_an_act_to_be_done_to_what_was_just_named_by_a_date_is_labelled_by_its_noun(sentence,
                                                                                   what):
    event = one(sentence)
    assert (event["kind"], event["what"]) == ("deadline", what)


def test_talks_named_with_a_complement_end_on_a_whole_noun():
    event = one("Both delegations agreed to open negotiations on an agreement exempting holders "
                "of diplomatic and official passports from visa requirements in May.")
    assert event["what"] == "Open negotiations on an agreement exempting holders"


@pytest.mark.parametrize(
    "sentence",
    [
        "“Nobody expected the files to close in one day,” said a diplomat familiar with the talks.",
        "Who will pay for the bridge is still open, an official said, asking not to be named "
        "because the talks are not public.",
        "Opposition senators said they will vote against the agreement.",
        "“A broad agreement by the end of the fiscal year is realistic,” the minister told "
        "reporters after the closing session.",
        "In March the two ministers agreed to launch a dialogue on energy and held its first "
        "session.",
    ],
)
def test_talks_named_by_a_source_and_a_stance_on_a_vote_are_no_events(sentence):
    assert events(sentence) == []


def test_a_visit_told_again_without_its_visitor_is_the_same_visit():
    found: list[dict] = []
    for sentence in ("The European Commission's inspection team is expected to visit Peru in "
                     "December.", "The ministries are preparing for the inspection team's visit "
                     "in December."):
        add_events(found, [], sentence, REFERENCE, PEOPLE, PARTIES)
    assert [e["what"] for e in found] == ["European Commission's inspection team visit to Peru"]


def test_a_visit_without_a_named_visitor_is_labelled_by_whose_it_is():
    event = one("The ministries are preparing for the inspection team's visit in November.")
    assert (event["kind"], event["what"]) == ("visit", "Inspection team's visit")


@pytest.mark.parametrize(
    ("sentence", "who", "what"),
    [
        ("The Prime Minister's visit to Lima is scheduled for next month.", ["Prime Minister"],
         "Prime Minister visit to Lima"),
        ("The Ardenian Foreign Minister’s planned visit to Lima is set for May.",
         ["Ardenian Foreign Minister"], "Ardenian Foreign Minister visit to Lima"),
        ("The European Commission's inspection team is expected to visit Peru next month.",
         ["European Commission's inspection team"],
         "European Commission's inspection team visit to Peru"),
    ],
)
def test_a_visitor_named_by_a_possessive_is_named_without_its_article(sentence, who, what):
    event = one(sentence)
    assert (event["who"], event["what"]) == (who, what)


@pytest.mark.parametrize(
    ("sentence", "who", "what"),
    [
        ("The foreign minister heads to Brussels on Friday for talks with EU officials.",
         ["foreign minister"], "Foreign minister visit to Brussels"),
        ("Anna Berg flies to Madrid on Friday for talks.", ["Anna Berg"],
         "Anna Berg visit to Madrid"),
        ("Anna Berg leaves for Madrid on Friday for talks.", ["Anna Berg"],
         "Anna Berg visit to Madrid"),
    ],
)
def test_a_trip_told_in_the_present_is_the_travellers_visit(sentence, who, what):
    event = one(sentence)
    assert (event["kind"], event["who"], event["what"]) == ("visit", who, what)


def test_an_event_whose_name_holds_two_parties_is_theirs():
    event = one("The Council welcomed the preparations for the third GCC–EU Summit, to be held "
                "in Doha in the second half of 2026, with the United Nations as observer.")
    assert event["who"] == ["European Union", "Gulf Cooperation Council"]


def test_a_meeting_of_all_who_met_is_theirs_not_of_the_states_its_sentence_lists():
    found = events("The two presidents agreed to meet again in November, when they will visit "
                   "the corridor linking Brazil, Paraguay, Argentina and Chile.")
    assert [e["who"] for e in found] == [sorted(PARTIES[:2])]


def test_a_deadline_for_help_given_to_a_named_body_is_labelled_by_the_body_s_act():
    event = one("The two sides committed to support the Central Bank of Arden to fully wind down "
                "the currency auction by the end of 2026.")
    assert event["what"] == "Central Bank of Arden to fully wind down the currency auction"


def test_talks_named_by_discussion_resumed_are_an_event():
    event = one("The mediators called on both sides to resume urgent discussion on December 15 "
                "in Doha.")
    assert (event["kind"], event["when"]) == ("talks", "2025-12-15")


def test_a_place_told_in_the_clause_before_a_new_subject_does_not_place_its_event():
    found = events("Maria Lopez stressed support for peace in the Sahel, and the two sides "
                   "agreed to hold a business forum next year.")
    assert [(e["what"], e["where"]) for e in found] == [("Business forum", None)]


def test_a_place_of_another_thing_before_at_the_event_does_not_place_it():
    found = events("They asked the commission to report on the transition in Guinea at the "
                   "next summit in June.")
    assert [(e["what"], e["where"]) for e in found] == [("Next summit", None)]


@pytest.mark.parametrize(("sentence", "what"), [
    ("The leaders are due to sign the accord at a ceremony in Tarn on Sunday.",
     "Signing of the accord in Tarn"),
    ("The two presidents will attend a ceremony to sign the peace deal in Lima on Thursday.",
     "Signing of the peace deal in Lima"),
])
def test_a_ceremony_held_to_sign_a_text_is_named_by_the_signing(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


def test_a_state_that_asked_for_a_change_is_not_where_the_event_is():
    found = events("The talks, first set for Tuesday, were pushed back to Thursday at Peru's "
                   "request.")
    assert [e["where"] for e in found] == [None]


def test_a_place_named_with_particles_is_a_place_however_many_its_words():
    event = one("The two presidents agreed to meet again in March in Santa Cruz de la Sierra.")
    assert event["where"] == "Santa Cruz de la Sierra"


def test_the_year_a_plan_covers_is_no_date_and_its_deadline_is_found_past_the_event_word():
    event = one("Each side will hand over its calendar of naval exercises for 2027 no later than "
                "Dec. 1, the ministry said.")
    assert (event["kind"], event["when"]) == ("deadline", "2025-12-01")


def test_a_year_a_plan_is_set_for_still_dates_it():
    event = one("The summit, planned for 2027, will be held in Lima.")
    assert event["when"] == "2027"


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The envoy is to arrive in Oslo on December 2 for three days of meetings.",
         "2025-12-02/2025-12-04"),
        ("The minister will visit Oslo on December 3 for a two-day visit.",
         "2025-12-03/2025-12-04"),
        ("The minister will visit Oslo on December 3.", "2025-12-03"),
    ],
)
def test_an_event_lasts_the_days_the_text_gives_from_its_first_day(sentence, when):
    assert one(sentence)["when"] == when


def test_a_season_that_names_a_schedule_is_no_date():
    event = one("Carriers will be able to add 700 weekly seats from the start of the summer "
                "schedule on March 29.")
    assert event["when"] == "2026-03-29"


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The joint working group on customs matters will still meet in Oslo next month.",
         "Meeting of the joint working group on customs matters in Oslo"),
        ("The joint Nordic-Baltic commission on fisheries will meet in Oslo in May.",
         "Meeting of the commission on fisheries in Oslo"),
        ("The Joint Trade Committee on fisheries and forests will meet in Oslo next month.",
         "Meeting of the Joint Trade Committee on fisheries and forests in Oslo"),
        ("The sub-committee on rules of origin will meet virtually next month.",
         "Meeting of the sub-committee on rules of origin"),
        ("The Arden–Brel Joint Border Commission is due to meet in Orvo on Thursday.",
         "Meeting of the Arden–Brel Joint Border Commission in Orvo"),
        ("She is scheduled to meet Prime Minister Anna Berg on Friday.",
         "Meeting with Prime Minister Anna Berg"),
        ("The two sides will hold their next vice-ministerial defense dialogue in Oslo in May.",
         "Vice-ministerial defense dialogue in Oslo"),
        ("Maria Lopez will visit Acme Shipyards' plant in Bergen on Friday.",
         "Maria Lopez visit to Bergen"),
    ],
)
def test_a_meeting_is_named_by_the_body_its_remit_or_whom_and_a_visit_by_its_place(
        sentence, what):
    assert one(sentence)["what"] == what


def test_a_dialogue_between_two_offices_names_both_and_leaves_its_place_to_where():
    event = one("The leaders intend to establish an annual dialogue between Norway’s Minister of "
                "Foreign Affairs and the U.S. Secretary of State in Oslo next year.")
    assert event["what"] == ("Annual dialogue between Norway’s Minister of Foreign Affairs and "
                             "the U.S. Secretary of State")  # "in Oslo" too would pass 15 words
    assert event["where"] == "Oslo, Norway"


def test_a_state_named_in_a_later_item_of_a_list_takes_no_part_in_the_event():
    found: list[dict] = []
    add_events(found, [], "Maria Lopez spoke with Norwegian Prime Minister Anna Berg about "
               "preparations for the May 4-5 Summit on Oceans, efforts to end the drought, and "
               "two fishermen held by Russia.", REFERENCE, PEOPLE, ["United States", "Norway"])
    assert [(e["what"], e["who"]) for e in found] == [
        ("Summit on Oceans", ["Norway", "United States"])]


@pytest.mark.parametrize(
    "sentence",
    ["Special Envoy Maria Lopez will brief the Senate Committee on Defense on Tuesday.",
     "Special Envoy Maria Lopez is due to brief the UN Security Council on the talks next week."],
)
def test_a_briefing_ahead_is_given_by_the_one_who_briefs(sentence):
    assert one(sentence)["who"] == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("An official said the convoy could leave Bergen \"within days\" if the weather held.",
         "Leave Bergen"),
        ("The first combined exercise, named \"Harbor Shield 2026\", will take place off Oslo in "
         "March.", "First combined exercise, named \"Harbor Shield 2026\""),
    ],
)
def test_a_label_keeps_a_quoted_name_whole_and_no_quote_mark_it_cut(sentence, what):
    assert one(sentence)["what"] == what


def test_an_event_label_leaves_out_a_wish_for_its_outcome():
    assert one("We look forward to a successful COP 30 in Belem in November.")["what"] == \
        "COP 30 in Belem"


def test_the_session_a_body_convenes_is_named_by_the_body_also_after_agreed_that():
    assert one("The two sides agreed that the Joint Trade Committee will convene its next "
               "session in Oslo in September 2026.")["what"] == \
        "Session of the Joint Trade Committee in Oslo"


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The G7 leaders will gather in Evian in June.", "Meeting of G7 leaders in Evian"),
        ("Foreign ministers will meet in Oslo next week.", "Meeting of foreign ministers in Oslo"),
    ],
)
def test_a_group_after_the_keeps_the_name_that_says_which_group_it_is(sentence, what):
    assert one(sentence)["what"] == what


def test_an_act_ahead_as_early_as_a_date_is_labelled_without_the_hedge():
    assert one("The EU could impose new tariffs as early as next month.")["what"] == \
        "EU to impose new tariffs"


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The prime minister will travel to Tokyo, Seoul and Manila next week.",
         "Prime minister visit to Tokyo, Seoul and Manila"),
        ("He will visit Port of Spain, Trinidad and Tobago, next week.", "Visit to Port of Spain"),
    ],
)
def test_a_tour_of_several_cities_names_them_all_and_a_city_its_state_not(sentence, what):
    assert one(sentence)["what"] == what


def test_a_shipment_that_arrives_in_a_month_is_no_visit():
    assert one("The first shipment is due to arrive in August.")["kind"] != "visit"


def test_a_visit_paid_is_told_as_done_even_when_its_last_day_is_still_ahead():
    assert events("At the invitation of Prime Minister Kenji Sato of Japan, President Kofi Mensah "
                  "of Ghana paid an official visit to Japan from 10 to 13 March 2027.",
                  dt.date(2027, 3, 12)) == []


def test_a_capital_acting_ahead_is_its_state():
    assert one("Tokyo will lift its ban on Chinese seafood imports from next month.")["what"] \
        == "Japan to lift its ban on Chinese seafood imports"


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The sanctions will be reviewed in six months.", "Review of the sanctions"),
        ("The mandate of the mission is expected to be renewed in October.",
         "Renewal of the mandate of the mission"),
    ],
)
def test_a_measure_reviewed_or_renewed_on_a_day_ahead_is_an_event(sentence, what):
    assert one(sentence)["what"] == what


@pytest.mark.parametrize(
    ("sentence", "what", "who"),
    [
        ("Blinken is expected to travel on to Accra on Wednesday for talks with President "
         "Maria Lopez.", "Antony Blinken visit to Accra", ["Antony Blinken"]),
        ("Janet Yellen will then fly on to Tokyo on Friday.", "Janet Yellen visit to Tokyo",
         ["Janet Yellen"]),
        ("The envoy will travel to Beijing on Friday to meet Xi Jinping.",
         "Envoy visit to Beijing", ["envoy"]),
    ],
)
def test_who_travels_on_is_the_visitor_not_the_one_met_there(sentence, what, who):
    event = one(sentence)
    assert (event["what"], event["who"]) == (what, who)


def test_an_event_scheduled_for_a_day_is_named_without_the_word_scheduled():
    event = one("Lima said it was ready to discuss the costs at a meeting of the bilateral "
                "border committee scheduled for December 3 in Tacna.")
    assert (event["what"], event["when"]) == ("Meeting of the bilateral border committee in Tacna",
                                              "2025-12-03")


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("EU member states will vote on definitive duties by December.",
         "Member states vote on definitive duties"),
        ("Lawmakers will debate the treaty on Tuesday.", "Lawmakers debate on the treaty"),
    ],
)
def test_a_vote_ahead_is_named_by_who_votes_and_on_what(sentence, what):
    assert one(sentence)["what"] == what


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [
        ("The election will now be held in December.", "Election", "2025-12"),
        ("Kenya will now send troops in December.", "Kenya to send troops", "2025-12"),
    ],
)
def test_an_event_that_will_now_take_place_is_ahead_and_now_is_no_act(sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


def test_an_event_postponed_to_coincide_with_another_is_still_ahead():
    assert [e["what"] for e in events("An Arden-Brel business forum planned for this month has "
                                      "been postponed to coincide with the state visit.")] == \
        ["Arden-Brel business forum"]


def test_a_decision_put_off_to_a_meeting_leaves_the_meeting_ahead():
    event = one("The decision on the quota was postponed to a meeting of ministers on "
                "December 9.", dt.date(2026, 10, 22))
    assert (event["kind"], event["when"]) == ("meeting", "2026-12-09")


def test_an_event_postponed_until_a_month_is_ahead_in_that_month():
    event = one("Senegal's presidential election has been postponed until December.",
                dt.date(2026, 3, 10))
    assert (event["kind"], event["when"]) == ("election", "2026-12")


@pytest.mark.parametrize(
    "sentence",
    [
        "Negotiations on a free trade agreement have dragged on for a decade.",
        "Negotiations with the miners have continued for two years.",
        "The truce between the two armies will last for two years.",
    ],
)
def test_how_long_something_has_gone_on_or_will_last_dates_no_event(sentence):
    assert [e["when"] for e in events(sentence) if e["when"]] == []


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The summit, originally scheduled for March, has been postponed to June.", "2026-06"),
        ("The election, originally due in February, will now be held in December.", "2025-12"),
        ("A visit to Lima by the President, initially scheduled for December, has been "
         "postponed until March.", "2026-03"),
        ("The Sorland-Brel Binational Cabinet, planned for December in Orvo, was postponed to "
         "the first quarter of 2026.", "2026-Q1"),
        ("The visit of the Prime Minister of Sorland to Brel, which was postponed in March due to "
         "the budget session of the Sorland parliament, is now expected to take place in the "
         "second half of next year.", "2026-H2"),
    ],
)
def test_an_event_moved_takes_its_new_date_not_the_one_it_first_had(sentence, when):
    assert [e["when"] for e in events(sentence)] == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit, which had been scheduled for next month in Lima, has been postponed to a "
        "date to be agreed.",
        "The ministerial meeting set for next week has been postponed to a later date.",
        "The joint commission meeting was deferred to a mutually convenient date.",
        "The 12th Annual Leaders' Consultation, which had been scheduled for next month, has "
        "been postponed to a date to be agreed.",
        "The minister's visit to Lima has been postponed at the request of the Brelish side, and "
        "a new date has not yet been agreed.",
        "The minister's visit to Lima has been postponed, and a date has not yet been set.",
        "The minister's visit to Lima has been postponed, and no date has been set.",
        "The minister's visit to Lima has been postponed; a new date will be announced later.",
    ],
)
def test_an_event_put_off_to_a_date_not_yet_set_is_ahead_undated(sentence):
    assert [e["when"] for e in events(sentence)] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit, due on December 4, was postponed indefinitely.",
        "The summit was cancelled and will not be held at a later date.",
    ],
)
def test_an_event_put_off_for_good_or_called_off_is_not_ahead(sentence):
    assert events(sentence) == []


def test_a_month_a_past_agreement_in_principle_was_made_does_not_date_what_it_may_lead_to():
    sentence = ("Diplomats had hoped the statement would lock in a truce first agreed in principle "
                "in December.")
    assert events(sentence, reference=dt.date(2026, 3, 10)) == []


def test_a_call_ahead_is_an_event_and_calls_a_measure_is_about_are_not():
    assert [e["what"] for e in events("The two presidents will hold a phone call on Friday.")] \
        == ["Phone call"]
    found = events("They agreed to abolish roaming charges on mobile telephone calls between the "
                   "two countries from 1 January 2026.")
    assert "call" not in [e["kind"] for e in found]


@pytest.mark.parametrize("sentence", [
    "The text of the accord remains to be finalised, pending domestic consultations in Brel.",
    "The accord will enter into force subject to the consultations of both parliaments.",
])
def test_talks_a_matter_waits_on_are_no_event(sentence):
    assert events(sentence) == []


def test_a_conference_named_with_this_years_number_and_held_is_over():
    sentence = "They will build on the outcome of the 2025 Review Conference held in Geneva."
    assert events(sentence) == []


@pytest.mark.parametrize(("sentence", "whats"), [
    ("Arville and Brel agreed to extend the swap line at the seventh meeting of the Joint "
     "Commission held here.", []),
    ("Arville and Brel agreed to extend the swap line at the seventh session of the Arville-Brel "
     "Joint Commission held in Tarn.", []),
    ("The eighth session of the commission will be held in Tarn in 2029.",
     ["Eighth session of the commission in Tarn"]),
    ("The eighth session of the commission to be held in Tarn in 2029 will review the line.",
     ["Eighth session of the commission in Tarn"]),
])
def test_a_meeting_told_as_held_after_whose_it_is_is_over(sentence, whats):
    assert [e["what"] for e in events(sentence)] == whats


@pytest.mark.parametrize(("sentence", "who"), [
    ("Spokesman Karl Lind said the file would be on the agenda of the Arvillean Foreign "
     "Minister's planned visit to Tarn next month.", ["Arvillean Foreign Minister"]),
    ("Spokesman Karl Lind said the file would be on the agenda of Foreign Minister Maria Lopez’s "
     "first official visit to Tarn next month.", ["Maria Lopez"]),
    ("President Donald Trump accepted Prime Minister Maria Lopez’s invitation to visit Tarn next "
     "month.", ["Donald Trump"]),
    ("Maria Lopez said the President of Arville had accepted an invitation to pay a state visit "
     "to Tarn next month.", ["President of Arville"]),
])
def test_whose_visit_it_is_makes_the_visit_not_who_tells_of_it(sentence, who):
    assert [e["who"] for e in events(sentence)] == [who]


@pytest.mark.parametrize("word", ["for", "to"])
def test_the_one_an_invitation_is_for_makes_the_visit_not_who_conveys_it(word):
    sentence = (f"Minister Tomas Ruiz conveyed an invitation from President Lena Ortiz {word} "
                "Prime Minister Anna Berg to visit Arville.")
    found = events(sentence)
    assert [(e["what"], e["who"]) for e in found] == [("Anna Berg visit to Arville",
                                                       ["Anna Berg"])]


def test_a_dialogue_framework_is_no_event_but_its_next_meeting_is():
    sentence = ("They will cooperate within the Arville Dialogue framework, whose next Ministers' "
                "Meeting is expected to be held in Tokyo in December.")
    assert [e["what"] for e in events(sentence)] == ["Ministers' Meeting in Tokyo"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The new energy partnership, to be signed on 28 November, provides for grid links.",
         "Signing of the new energy partnership"),
        ("They will prepare the next meeting of the Weimar+ format, due in Berlin on 16 December.",
         "Meeting of the Weimar+ format in Berlin"),
    ],
)
def test_an_event_name_keeps_a_plus_in_a_name_and_ends_on_no_comma(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("We looked forward to the Arville Summit and the Brel Special Summit in 2026.",
         [("Arville Summit", "2026"), ("Brel Special Summit", "2026")]),
        ("The leaders will attend the Arville Summit in May and the Brel Summit in June.",
         [("Arville Summit", "2026-05"), ("Brel Summit", "2026-06")]),
        ("The ministers will meet again in Kenya's capital, Nairobi, in May, and Uganda's Prime "
         "Minister Maria Lopez is expected to visit Kenya in July, officials said.",
         [("Meeting of ministers in Kenya", "2026-05"),
          ("Maria Lopez visit to Kenya", "2026-07")]),
    ],
)
def test_two_named_events_joined_by_and_are_two_events(sentence, found):
    assert [(e["what"], e["when"]) for e in events(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # a one-word act, named by its subject after a leading phrase
        ("Under the plan, the first phase of the withdrawal is to begin on 1 March 2026, under "
         "the supervision of international monitors.", "First phase of the withdrawal to begin"),
        # a date in a relative clause on what an act makes dates that act
        ("In October, the two leaders agreed to open two more crossings, at Oran and Tarn, "
         "which are expected to operate by the summer.",
         "Open two more crossings, at Oran and Tarn"),
        # the end of a period keeps the period
        ("The United States will lower the tariff for an initial period of 90 days.",
         "End of an initial period of 90 days"),
    ],
)
def test_a_dated_act_is_named_by_what_acts_or_ends_not_by_a_word_or_phrase_left_alone(sentence,
                                                                                       what):
    assert one(sentence)["what"] == what


def test_two_joint_acts_told_in_two_sentences_are_two_events():
    found: list[dict] = []
    for sentence in ("The two coast guards will hold a first joint exercise off Oran in "
                     "September.",
                     "The two research institutes will carry out a joint fish survey this "
                     "autumn."):
        add_events(found, [], sentence, dt.date(2026, 6, 9), PEOPLE, PARTIES)
    assert [e["what"] for e in found] == ["Hold a first joint exercise off Oran",
                                          "Carry out a joint fish survey"]


def test_an_event_name_never_cuts_an_abbreviation_short():
    sentence = ("The minister will leave for Geneva on Friday for talks with U.S. Secretary of "
                "State Jane Roe on the alliance.")
    (event,) = events(sentence)
    assert "U.S " not in f"{event['what']} " and not event["what"].endswith("U.S")


def test_an_invitation_from_one_office_to_another_is_the_second_offices_visit():
    sentence = ("Minister Tomas Ruiz conveyed an invitation from the President of the Republic "
                "of Kenya to the President of the Federative Republic of Brazil to pay a state "
                "visit to Kenya in 2026.")
    assert [(e["what"], e["who"]) for e in events(sentence)] == [
        ("President of Brazil state visit to Kenya", ["President of Brazil"])]


def test_a_second_place_with_an_elided_particle_is_named_whole():
    sentence = "Jane Roe will travel to Ghana and Côte d’Ivoire on 8 December."
    assert [e["where"] for e in events(sentence)] == ["Ghana and Côte d'Ivoire"]


def test_a_body_told_of_in_a_relative_clause_names_the_meeting_it_will_hold():
    sentence = ("They will keep in touch through the strategic dialogue, which is expected to "
                "convene in Beijing in December.")
    assert [e["what"] for e in events(sentence)] == ["Meeting of the strategic dialogue in Beijing"]


def test_a_briefing_names_its_audience_whole():
    sentence = "Jane Roe will brief Indonesian officials on the findings next week."
    assert [e["what"] for e in events(sentence)] == ["Briefing to Indonesian officials"]


@pytest.mark.parametrize(("sentence", "what"), [
    ("Jane Roe will meet her Peruvian counterpart in Lima on Friday.",
     "Meeting with Peruvian counterpart in Lima"),
    ("Jane Roe will meet her counterpart, Foreign Minister Ana Lopes, in Lima on Friday.",
     "Meeting with Foreign Minister Ana Lopes in Lima"),
])
def test_a_meeting_with_a_counterpart_names_the_counterpart(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


def test_a_pronoun_is_never_the_agent_an_events_name_gives():
    sentence = "I expect to sign a framework on fisheries in Lima on 9 December."
    assert [e["what"] for e in events(sentence)] == ["Sign a framework on fisheries in Lima"]


def test_an_events_name_ends_before_within():
    sentence = ("The next round of talks between Arden and Brel within the framework of the Lima "
                "Process will be held in Ankara on 9 December.")
    assert [e["what"] for e in events(sentence)] == [
        "Next round of talks between Arden and Brel in Ankara"]


def test_a_journey_of_no_one_to_nowhere_is_no_visit():
    sentence = ("An aircraft of the Ministry of Health carrying medical teams is expected to "
                "depart for Mogadishu tomorrow.")
    assert events(sentence) == []


@pytest.mark.parametrize(("sentence", "what"), [
    ("The ministers will attend the meeting of the Foreign Affairs Council of the European "
     "Union on 9 December.", "Meeting of the Foreign Affairs Council"),
    ("The ministers will attend the session of the Council of Ministers of the Arab League on "
     "9 December.", "Session of the Council of Ministers"),
])
def test_a_sitting_of_a_body_named_with_its_own_of_is_named_by_the_body(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


@pytest.mark.parametrize(("sentence", "what"), [
    ("The parties would reconvene in Geneva on 14 December for a fourth round.",
     "Fourth round in Geneva"),
    ("The third round of talks will be held in Nairobi on 3 December.",
     "Third round of talks in Nairobi"),
    ("The envoys will hold the first round in Lima on 3 December.", "First round in Lima"),
])
def test_a_round_named_by_its_ordinal_is_the_event(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


@pytest.mark.parametrize("verb", ["shall take place", "will be held"])
def test_a_meeting_of_which_is_the_meeting_of_the_body_named_before_it(verb):
    sentence = (f"They agreed to establish a consultation mechanism, the first meeting of which "
                f"{verb} in Lima on 9 December.")
    assert [e["what"] for e in events(sentence)] == [
        "First meeting of the consultation mechanism in Lima"]


def test_a_meeting_of_which_told_after_another_event_is_an_event_of_its_own():
    sentence = ("The ministers agreed to hold the third meeting of the Joint Commission in Jakarta "
                "in May and to establish a consultation mechanism, the first meeting of which "
                "shall take place in Lima on 9 December.")
    assert [e["what"] for e in events(sentence)][-1] == \
        "First meeting of the consultation mechanism in Lima"


def test_a_place_set_off_after_a_deadlines_subject_is_no_part_of_it():
    sentence = ("Officials said a second checkpoint, near the town of Isfara, would open no later "
                "than the end of December.")
    assert [e["what"] for e in events(sentence)] == ["Second checkpoint to open"]


def test_a_treaty_that_was_due_to_expire_is_named_past_an_aside():
    sentence = "The Ganga Water Treaty, signed for 30 years, was due to expire on 30 December."
    assert [e["what"] for e in events(sentence)] == ["Ganga Water Treaty to expire"]


def test_who_attends_an_event_one_was_invited_to_is_the_guest_not_the_host():
    event = one("Anna Berg invited Maria Lopez to attend the Harbour Forum in December.")
    assert (event["what"], event["who"]) == ("Harbour Forum", ["Maria Lopez"])


def test_a_part_taken_in_an_event_told_before_is_no_new_event():
    assert events("Maria Lopez and Anna Berg will co-chair the meeting.") == []


@pytest.mark.parametrize("sentence", [
    "The government hopes the law will take effect in December.",
    "Officials expect that the law will take effect in December.",
])
def test_who_hopes_or_expects_a_measure_to_start_is_no_part_of_its_label(sentence):
    assert one(sentence)["what"] == "Law to take effect"


def test_an_event_on_a_step_in_a_treaty_s_life_names_the_treaty_not_its():
    event = one("The ministers discussed the Tarn Water Treaty, and they will hold technical "
                "talks on its renewal in December.")
    assert event["what"] == "Technical talks on the renewal of the Tarn Water Treaty"


def test_a_body_named_before_a_noun_it_qualifies_is_no_place():
    event = one("The ministers will hold talks on participation in EU research programmes in "
                "December.")
    assert event["where"] is None


def test_commissions_that_will_meet_name_the_meeting():
    assert one("The two countries agreed that the border commissions would meet in "
               "December.")["what"] == "Meeting of border commissions"


def test_where_the_parties_met_is_not_where_the_talks_they_agreed_to_continue_go_on():
    found = events("The ministers, who met in Almaty, said they had agreed to continue "
                   "negotiations.")
    assert all(e["where"] is None for e in found)


def test_a_measure_s_start_is_named_by_the_measure_not_by_who_brokered_it():
    event = one("The truce, brokered by the U.N. envoy for the region, Maria Lopez, is due to "
                "take effect on December 3.")
    assert (event["what"], event["when"]) == ("Truce to take effect", "2025-12-03")


@pytest.mark.parametrize(("sentence", "where"), [
    ("Nairobi will host the next round of talks on December 2.", "Nairobi, Kenya"),
    ("Kenya will host the next regional summit in December.", "Kenya"),
    ("The Philippines will take over the chairmanship in January and host the next summit in "
     "May.", "Philippines"),
    ("Kenya will host Prime Minister Ali Omar for talks in December.", "Kenya"),
    ("Nairobi will host his Brelish counterpart for a two-day visit in December.",
     "Nairobi, Kenya"),
])
def test_a_place_that_will_host_an_event_is_where_it_is_held(sentence, where):
    assert one(sentence)["where"] == where


@pytest.mark.parametrize("verb", ["agreed", "committed", "pledged", "vowed"])
def test_a_meeting_the_sides_commit_to_is_ahead_whatever_the_verb_of_commitment(verb):
    event = one(f"The leaders {verb} to meet again at the G7 Summit in Hiroshima.")
    assert (event["what"], event["where"]) == ("G7 Summit", "Hiroshima, Japan")


@pytest.mark.parametrize(
    ("sentence", "what", "when"),
    [("Both sides agreed to launch negotiations on an air transport agreement and to hold an "
      "investment conference in Oslo in June.", "Investment conference in Oslo", "2026-06"),
     ("They agreed to resume talks on fisheries and to hold a summit in Accra in June.",
      "Summit in Accra", "2026-06")],
)
def test_a_place_and_date_told_after_a_second_act_of_holding_an_event_are_that_event_s(
        sentence, what, when):
    event = one(sentence)
    assert (event["what"], event["when"]) == (what, when)


def test_an_event_s_complement_ends_before_the_verb_that_tells_it_was_scheduled():
    event = one("The next meeting of the joint border commission has been scheduled for July.")
    assert event["what"] == "Meeting of the joint border commission"


def test_talks_hoped_for_with_no_time_place_or_subject_are_no_event():
    assert events("We hope the EU side will return to the right track of dialogue.") == []


def test_elections_a_state_holds_are_labelled_with_the_state():
    assert one("China will hold parliamentary elections on 4 October.")["what"] == \
        "Parliamentary elections in China"


@pytest.mark.parametrize(
    ("sentence", "what", "kind"),
    [
        ("The first shipments of grain will arrive in Tarn in June.",
         "First shipments of grain to arrive in Tarn", "other"),
        ("The first humanitarian aid convoy is expected to arrive in Tarn on Friday.",
         "First humanitarian aid convoy to arrive in Tarn", "other"),
        ("The President will arrive in Tarn on Monday.", "President visit to Tarn", "visit"),
    ],
)
def test_goods_that_arrive_are_no_visit(sentence, what, kind):
    assert [(e["what"], e["kind"]) for e in events(sentence)] == [(what, kind)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("A ruling by the court is expected next month.", "Ruling by the court"),
        ("A decision by the European Commission on the merger is due in May.",
         "Decision by the European Commission on the merger"),
        ("The court's ruling is expected next month.", "Court's ruling"),
        ("The tribunal's decision is expected by the end of the year.", "Tribunal's decision"),
        ("The ministers' meeting will take place in Geneva on 3 November.",
         "Ministers' meeting in Geneva"),
    ],
)
def test_a_ruling_or_decision_is_labelled_with_who_makes_it(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The Central Asia – Arden summit will be held in Tarn on October 9.",
         "Central Asia–Arden summit in Tarn"),
        ("The Brel–Arden summit will be held in Tarn on October 9.", "Brel–Arden summit in Tarn"),
        ("The second Brel — Central Arden summit is scheduled to be held on October 9.",
         "Second Brel–Central Arden summit"),
    ],
)
def test_a_summit_of_two_sides_joined_by_a_dash_keeps_both_names(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("The next meeting in the Normandy format will be held in Paris on 9 December.",
         "Meeting in Paris"),
        ("The next meeting of foreign ministers in the Russia — Central Asia format will take "
         "place in Dushanbe on October 8.", "Meeting of foreign ministers in Dushanbe"),
    ],
)
def test_a_format_named_after_a_place_is_not_where_the_meeting_is(sentence, what):
    assert [e["what"] for e in events(sentence)] == [what]


def test_meeting_a_side_halfway_is_no_meeting():
    assert events("Tarn hopes that Arden will meet Tarn halfway and show sincerity.") == []


def test_talks_a_deal_was_reached_after_are_over():
    assert events("Under the deal, reached after about a week of online negotiations, boats will "
                  "be allowed to catch up to 2,050 tons of salmon in 2026.") == []
