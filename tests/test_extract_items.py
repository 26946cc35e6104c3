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
        "The leaders disagreed on tariffs.",
        "Hungary criticised the deal.",
        "“This deal will bring the hostages home,” Biden said.",
        "Biden welcomed the agreement.",
        "It builds on the Trade and Investment Framework Agreement, signed on July 16, 1996.",
        "At the summit, leaders are expected to sign a trade protocol.",
        "Analysts note the planned visits mark a diplomatic opening.",
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
    ],
)
def test_vague_or_addressed_problems_are_not_open_issues(sentence):
    assert items(sentence).open_issues == []


def test_the_same_topic_twice_is_one_issue():
    draft = items("The exchange addressed the war in Ukraine.",
                  "She said they remain neutral in the Ukraine conflict.")
    assert [i["topic"] for i in draft.open_issues] == ["War in Ukraine"]


