"""The draft summary: whole sentences of the article, the lead first, then those stating items."""

import pytest

from briefgen.extract.summary import MOST_SENTENCES, MOST_WORDS, NO_SUMMARY, draft_summary

LEAD = "The foreign ministers of Ruritania and Freedonia met in Vienna on Tuesday for talks."
FILLER = "The meeting lasted for about two hours in the old palace of the city."
AGREED = "The two ministers agreed to reopen the border crossing at Zenda to freight by June."
CONCERN = "Ruritania raised concerns over fishing rights in the northern bay near the islands."


def test_the_lead_comes_first_then_the_sentences_that_state_items_in_article_order():
    sentences = [LEAD, FILLER, CONCERN, FILLER, AGREED]
    summary = draft_summary(sentences, ["reopen the border crossing", "fishing rights"])
    assert summary == f"{LEAD} {CONCERN} {AGREED}"


@pytest.mark.parametrize("item", [
    "To open the Zenda bridge to traffic by the end of the year, with customs on both sides.",
    "open the Zenda bridge to traffic by the end of the year, with customs on both sides;",
])
def test_an_item_of_a_list_of_acts_is_no_sentence_of_the_summary(item):
    summary = draft_summary([LEAD, item, AGREED], ["open the Zenda bridge", "reopen the border"])
    assert "Zenda bridge" not in summary and summary.startswith(LEAD)


@pytest.mark.parametrize("tail", [
    'What we signed today will open the Zenda bridge to trucks," the minister said.',
    "What we signed today will open the Zenda bridge to trucks,” the minister said.",
])
def test_the_end_of_a_quotation_begun_in_the_sentence_before_is_no_sentence_of_the_summary(
        tail):
    summary = draft_summary([LEAD, '"Freedonia is family.', tail, AGREED],
                            ["open the Zenda bridge", "reopen the border"])
    assert summary == f"{LEAD} {AGREED}"


def test_without_items_the_lead_is_followed_by_what_comes_after_it():
    assert draft_summary([LEAD, FILLER, CONCERN], []) == f"{LEAD} {FILLER} {CONCERN}"


@pytest.mark.parametrize("opening", [
    pytest.param("Good afternoon, everybody, and thank you all for coming today.", id="greeting"),
    pytest.param("ECONOMIC AND TRADE COOPERATION BETWEEN THE TWO NATIONS:", id="heading"),
    pytest.param("Vienna, Austria.", id="dateline"),
    pytest.param("What did the ministers agree on at their meeting today in Vienna?",
                 id="question"),
    pytest.param("Let me begin with two announcements about the week ahead.", id="preamble"),
    pytest.param("I have one announcement at the top of the briefing.", id="announcement"),
    pytest.param("Whereas, rare earths are essential for the production of advanced technology.",
                 id="recital"),
    pytest.param("Unofficial English translation of the original French text.",
                 id="translation note"),
    pytest.param("Check against delivery of the speech given at the summit today.",
                 id="delivery note"),
])
def test_a_sentence_that_cannot_open_a_summary_is_passed_over(opening):
    assert draft_summary([opening, LEAD], []).startswith(LEAD)


@pytest.mark.parametrize(("sentences", "summary"), [
    pytest.param([LEAD, "They also agreed to meet again in the spring in Zenda."],
                 f"{LEAD} They also agreed to meet again in the spring in Zenda.",
                 id="after-the-sentence-it-refers-to"),
    pytest.param([LEAD, CONCERN, FILLER, "On that matter, she said the border would stay open."],
                 f"{LEAD} {CONCERN}", id="after-a-sentence-left-out"),
    pytest.param([LEAD, CONCERN, FILLER, "Under its terms, the border would stay open to freight."],
                 f"{LEAD} {CONCERN}", id="opening-with-its"),
    pytest.param([LEAD, CONCERN, FILLER,
                  "Freedonia undertook to examine the request at the border."],
                 f"{LEAD} {CONCERN}", id="answering-a-request-told-before"),
])
def test_a_sentence_whose_subject_is_a_pronoun_needs_the_sentence_before_it(sentences, summary):
    assert draft_summary(sentences, ["agreed to meet", "fishing rights", "border"]) == summary


def test_sentences_are_kept_whole_and_the_summary_stays_within_its_word_budget():
    long_item = "They agreed " + "to deepen cooperation on many matters and " * 12 + "more."
    summary = draft_summary([LEAD, long_item, AGREED], ["deepen cooperation", "border"])
    assert summary == f"{LEAD} {AGREED}"
    assert len(summary.split()) <= MOST_WORDS


def test_a_summary_of_exactly_ninety_words_is_too_long():
    first = "The ministers agreed to open the border " + "and the port " * 10 + "today."
    second = "They also agreed to " + "meet " * 47 + "again."
    assert (len(first.split()), len(second.split())) == (38, 52)
    assert draft_summary([first, second], ["open the border", "meet again"]) == first


def test_at_most_four_sentences():
    items = [f"Item number {n} was agreed by both of the sides today." for n in range(8)]
    summary = draft_summary([LEAD, *items], ["was agreed"])
    assert summary.count(".") == MOST_SENTENCES


def test_an_article_without_a_statement_asks_the_reviewer_for_a_summary():
    assert draft_summary(["Vienna.", "SUMMARY OF TALKS:"], []) == NO_SUMMARY


def test_a_transcript_turn_mark_is_left_out_of_the_summary():
    assert draft_summary([f"SPOKESPERSON: {LEAD}"], []) == LEAD


def test_a_communique_item_ending_in_a_semicolon_reads_as_a_sentence():
    item = "Expresses grave concern over the fighting in the northern provinces of Sorland;"
    assert draft_summary([item], []) == item[:-1] + "."


def test_a_statement_quoted_paragraph_by_paragraph_is_summarized_without_open_quotation_marks():
    summary = draft_summary(["“The Prime Minister spoke to the Chancellor this afternoon.",
                             "“The leaders agreed to tighten the oil price cap this summer."], [])
    assert "“" not in summary and summary.startswith("The Prime Minister spoke")


def test_a_spokespersons_numbered_announcement_is_summarized_without_its_number():
    summary = draft_summary(["First, the minister will travel to Accra on March 9 for talks.",
                             "Second, Sorland will host a conference on maritime security."], [])
    assert summary.startswith("The minister will travel to Accra")
    assert "Second," not in summary and "Sorland will host a conference" in summary


def test_a_communique_s_operative_paragraphs_say_which_body_acts_and_its_preamble_is_left_out():
    sentences = ["The Peace and Security Council of the African Union, at its 1402nd meeting held "
                 "on 14 March 2028, on the situation in the Great Lakes region,",
                 "Noting the briefing by the Commissioner for Political Affairs on the situation.",
                 "1. Expresses deep concern over the continued fighting in North Kivu;",
                 "2. Strongly condemns the attacks against peacekeepers of the mission;"]
    summary = draft_summary(sentences, evidence=sentences[2:])
    assert summary == ("The Council expresses deep concern over the continued fighting in North "
                       "Kivu. The Council strongly condemns the attacks against peacekeepers of "
                       "the mission.")


def test_a_communique_s_masthead_lines_do_not_hide_the_body_that_acts():
    sentences = ["PEACE AND SECURITY COUNCIL", "1402ND MEETING", "ADDIS ABABA, ETHIOPIA",
                 "The Peace and Security Council of the African Union, at its 1402nd meeting held "
                 "on 14 March 2028, on the situation in the Great Lakes region,",
                 "Noting the briefing by the Commissioner for Political Affairs on the situation.",
                 "1. Expresses deep concern over the continued fighting in North Kivu;"]
    summary = draft_summary(sentences, evidence=sentences[5:])
    assert summary == ("The Council expresses deep concern over the continued fighting in North "
                       "Kivu.")


def test_an_operative_verb_after_deeply_is_no_preamble():
    sentences = ["The Council of the Union, at its meeting,",
                 "Deeply concerned by the floods in the north of the country,",
                 "Deeply regrets the loss of life in the floods in the north;"]
    summary = draft_summary(sentences, evidence=sentences[2:])
    assert summary == "The Council deeply regrets the loss of life in the floods in the north."


def test_the_title_of_an_instrument_signed_is_no_sentence_of_the_summary():
    sentences = ["The two ministers met in Lima on Monday and signed six agreements.",
                 "Programme of Cultural and Educational Exchange for 2026-2029."]
    summary = draft_summary(sentences, evidence=sentences[1:])
    assert summary == "The two ministers met in Lima on Monday and signed six agreements."


def test_a_list_item_in_the_summary_reads_as_a_sentence():
    sentences = ["The two presidents met in Moscow on Monday and signed a joint statement.",
                 "the parties will raise trade in national currencies to 90 percent by 2027;"]
    summary = draft_summary(sentences, evidence=sentences[1:])
    assert summary.endswith("The parties will raise trade in national currencies to 90 percent "
                            "by 2027.")
