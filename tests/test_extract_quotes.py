"""Quotations: the speaker is the one the sentence names, or no one."""

from __future__ import annotations

import pytest

from briefgen.extract.people import Person
from briefgen.extract.quotes import Quote, find_quotes

PEOPLE = [Person("Ada Lind", "President"), Person("Wu Ming", "President of China"),
          Person("Rosa Vega", "First Lady"), Person("Tom Vane", "Press Secretary")]


def quotes(*paragraphs: str | list[str]) -> list[tuple[str, str | None]]:
    found = find_quotes([p if isinstance(p, list) else [p] for p in paragraphs], PEOPLE)
    return [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lind called the meeting “very productive” on Monday.",
         [("very productive", "Ada Lind")]),
        ("“We will keep talking,” said Wu Ming.", [("We will keep talking", "Wu Ming")]),
        ("“We will keep talking,” Wu Ming said.", [("We will keep talking", "Wu Ming")]),
        ("According to Tom Vane, the visit was “a great success for both sides.”",
         [("a great success for both sides", "Tom Vane")]),
        ("Lind described the talks as “candid” and said the relationship is “very strong.”",
         [("very strong", "Ada Lind")]),
        ("Wu Ming’s message was clear: “Peace needs patience and courage.”",
         [("Peace needs patience and courage", "Wu Ming")]),
        ("“Learning is the way to peace,” explained Mrs. Vega.",
         [("Learning is the way to peace", "Rosa Vega")]),
        ("The First Lady urged members to “protect every classroom in every country.”",
         [("protect every classroom in every country", "Rosa Vega")]),
        ("“The port stays open,” said the harbour board’s spokesman, Tom Vane.",
         [("The port stays open", "Tom Vane")]),
        ("“The port stays open,” said Sorland’s deputy trade minister Wu Ming, who met "
         "the unions.", [("The port stays open", "Wu Ming")]),
        ("The observer, Rosa Vega, welcomed the agreements as “a concrete step in confidence "
         "building”.", [("a concrete step in confidence building", "Rosa Vega")]),
        ("Wu Ming replied that the case was being handled “in accordance with the law,” "
         "according to the official.", [("in accordance with the law", "Wu Ming")]),
        ("“We will not sign anything that binds us,” said Sorland's Water and Energy Minister "
         "Tom Vane at the ceremony.", [("We will not sign anything that binds us", "Tom Vane")]),
    ],
)
def test_the_speaker_is_the_one_the_sentence_names(sentence, expected):
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“We are not there yet,” a U.S. official said.",
         [("We are not there yet", "U.S. official")]),
        ("“The gap is still wide,” said a senior EU diplomat.",
         [("The gap is still wide", "Senior EU diplomat")]),
    ],
)
def test_a_source_the_text_does_not_name_speaks_as_the_text_describes_it(sentence, expected):
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["The airlines, in a letter to President Ada Lind last week, urged the government “not to "
     "give up our traffic rights” to foreign carriers.",
     "The unions met with Tom Vane and urged him “to act before the summer.”"],
)
def test_one_written_or_spoken_to_is_not_the_speaker(sentence):
    assert [speaker for _, speaker in quotes(sentence)] == [None]


def test_a_name_after_the_circumstances_of_a_statement_is_not_its_speaker():
    found = quotes("“The port stays open for all ships,” said a statement issued in Oran "
                   "after Wu Ming left.")
    assert all(speaker != "Wu Ming" for _, speaker in found)


def test_a_quote_reported_of_someone_else_is_theirs_not_the_last_named():
    sentence = ("Lind did not mention the islands, though state media reported that Wu had "
                "raised them, calling their “return to the motherland” inevitable.")
    assert quotes("Lind spoke first.", sentence) == [("return to the motherland", "Wu Ming")]


def test_each_of_several_quotations_in_one_paragraph_is_found_with_its_speaker():
    assert quotes(["The envoys met in Avel on Monday.", "“We are ready,” said Ada Lind.",
                   "“So are we,” said Wu Ming.", "“Then we begin,” said Tom Vane."]) == [
        ("We are ready", "Ada Lind"), ("So are we", "Wu Ming"), ("Then we begin", "Tom Vane")]


def test_a_pronoun_speaks_for_the_person_named_before_it():
    assert quotes(["Tom Vane described the call as productive.",
                   "“Everybody feels optimistic about it,” she said."]) == [
        ("Everybody feels optimistic about it", "Tom Vane")]


def test_the_speaker_named_after_a_possessive_title_is_the_one_who_spoke():
    assert quotes(["“We will judge them by what they do,” said Wu Ming’s successor as envoy, "
                   "Tom Vane.", "“The rest is words.”"]) == [
        ("We will judge them by what they do", "Tom Vane"), ("The rest is words", "Tom Vane")]


def test_a_surname_with_its_particle_is_a_mention_even_opening_a_sentence():
    people = [*PEOPLE, Person("Karim al-Saadi", "Minister of Energy of Iraq")]
    paragraphs = [["“The deal gives us certainty,” Lind said."],
                  ["Al-Saadi said water levels were falling.",
                   "“We did not reach an understanding on water,” he said."]]
    assert [(q.text, q.speaker) for q in find_quotes(paragraphs, people)] == [
        ("The deal gives us certainty", "Ada Lind"),
        ("We did not reach an understanding on water", "Karim al-Saadi")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan, known as “Harbor of Hope,” was welcomed by Lind and Wu.",
        "Officials described the outcome as “historic.”",
        "The statement set out the “shared principles” of both sides.",
        "The two governments adopted a joint declaration entitled “Together for a secure and "
        "sovereign Europe”.",
    ],
)
def test_quoted_names_and_terms_without_a_speaker_are_not_quotes(sentence):
    assert quotes(sentence) == []


def test_a_short_term_a_speaker_is_said_to_call_something_is_not_a_quote():
    assert quotes("Wu Ming said Arden would protest what he called the “dangerous moves” of "
                  "its ships.") == []


def test_a_long_quotation_without_an_attribution_has_no_speaker():
    assert quotes("Lind spoke.", "The banner read “we will not give up on our children.”") == [
        ("we will not give up on our children", None)]


def test_a_transcript_turn_gives_the_speaker_of_what_follows():
    found = quotes("MR. VANE: Good afternoon.",
                   "The message is “we stand with our partners, today and always.”",
                   "Q: Is it true that “the deal is done and signed”?")
    assert found == [("we stand with our partners, today and always", "Tom Vane"),
                     ("the deal is done and signed", None)]


def test_each_quote_keeps_its_sentence_as_evidence():
    sentence = "“We will keep talking,” said Wu Ming."
    assert find_quotes([[sentence]], PEOPLE) == [
        Quote("We will keep talking", "Wu Ming", sentence)]


def test_a_role_is_read_whole_before_its_bare_title():
    people = [Person("Ada Lind", "Foreign Secretary"),
              Person("Omar Haddad", "Cabinet Secretary for Trade")]
    found = find_quotes([["The Foreign Secretary said: “Our partnership will create jobs.”"]],
                        people)
    assert [(q.text, q.speaker) for q in found] == [("Our partnership will create jobs",
                                                     "Ada Lind")]


def test_a_quotation_without_attribution_after_one_with_it_is_the_same_speaker_s():
    assert quotes(["“There was no progress,” Wu Ming told reporters.",
                   "“The leaders did not show the flexibility needed.”"]) == [
        ("There was no progress", "Wu Ming"),
        ("The leaders did not show the flexibility needed", "Wu Ming")]


@pytest.mark.parametrize("term", ["what it calls", "what Arden calls", "the so-called"])
def test_a_term_quoted_after_a_quotation_is_not_the_speaker_s_words(term):
    found = quotes(["“There was no progress,” Wu Ming told reporters.",
                    f"Arden, for its part, wants the talks to cover {term} “joint management of "
                    "the river basin” first."])
    assert found == [("There was no progress", "Wu Ming"),
                     ("joint management of the river basin", None)]


def test_the_minister_is_the_one_minister_the_text_names():
    people = [Person("Ana Lind", "Foreign Minister"), Person("Tomas Berg", None)]
    paragraphs = [["Foreign Minister Ana Lind met Tomas Berg on Monday."],
                  ["“Talks will go on,” the minister told reporters."]]
    assert [(q.text, q.speaker) for q in find_quotes(paragraphs, people)] == [
        ("Talks will go on", "Ana Lind")]


def test_an_aide_named_by_whose_aide_they_are_is_not_that_person():
    people = [Person("Tomas Berg", None)]
    assert [(q.text, q.speaker) for q in find_quotes(
        [["“It was productive,” Berg’s spokesman said."]], people)] == [
        ("It was productive", "Berg’s spokesman")]


def test_the_last_paragraph_of_a_statement_quoted_whole_is_no_quotation_of_its_own():
    paragraphs = [["A spokesperson said: “The Prime Minister spoke to the Chancellor today."],
                  ["“The leaders agreed to tighten the oil price cap."],
                  ["“The leaders agreed to stay in close contact.”"]]
    assert find_quotes(paragraphs, PEOPLE) == []


def test_a_quotation_left_open_at_a_paragraph_s_end_goes_on_in_the_next_one():
    people = [Person("Mara Ilic", "Police Commander")]
    paragraphs = [["Mara Ilic, the police commander, said: “These are criminals.",
                   "They will face the law."],
                  ["“There is no other option for them.”"]]
    assert [(q.text, q.speaker) for q in find_quotes(paragraphs, people)] == [
        ("There is no other option for them", "Mara Ilic")]


def test_a_quotation_set_above_a_line_of_a_name_and_a_role_is_that_person_s():
    people = [Person("Mara Ilic", "Minister of Trade")]
    paragraphs = [["Mara Ilic led the delegation."],
                  ["“We want more trade with our neighbours, not less.”"],
                  ["Mara Ilic, Minister of Trade"],
                  ["“The border stays open to every lorry that carries food.”"],
                  ["The talks ended on Friday."]]
    assert [(q.text, q.speaker) for q in find_quotes(paragraphs, people)] == [
        ("We want more trade with our neighbours, not less", "Mara Ilic"),
        ("The border stays open to every lorry that carries food", None)]


def test_an_office_named_without_an_article_before_a_verb_of_saying_is_its_holder():
    people = [Person("Arvind Desai", "Prime Minister"), Person("Mara Ilic", "Foreign Secretary")]
    paragraphs = [["Prime Minister said, and I quote, “Our medicines are trusted in over 200 "
                   "countries.”"]]
    assert [(q.text, q.speaker) for q in find_quotes(paragraphs, people)] == [
        ("Our medicines are trusted in over 200 countries", "Arvind Desai")]
