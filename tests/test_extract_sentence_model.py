"""The sentence model: a sentence's words in, the likelihood that it states an item out."""

from __future__ import annotations

import datetime as dt
import json
import math
from importlib import resources

import pytest

from briefgen.extract.article import parse_article
from briefgen.extract.draft import draft_briefing
from briefgen.extract.sentence_model import model_from, sentence_model, terms


def drafted(text: str, kind: str = "txt"):
    return draft_briefing(parse_article(text, kind), dt.date(2025, 11, 24),
                          source={"path": f"article.{kind}"})


TINY = {"kinds": ["agreements", "upcoming"], "threshold": 0.5,
        "intercepts": {"agreements": -1.0, "upcoming": 0.0},
        "terms": {"agree": [1.0, 2.0, 0.0], "visit": [2.0, 0.0, 3.0], "agree to": [1.0, 1.0, 0.0]}}


def test_a_sentence_is_read_as_its_lower_cased_words_and_pairs_of_words():
    assert terms("Arden and Brel AGREE.") == ["arden", "and", "brel", "agree", "arden and",
                                             "and brel", "brel agree"]


@pytest.mark.parametrize(
    ("sentence", "kind", "odds"),
    [
        ("They agree.", "agreements", -1.0 + 2.0),  # one known word, scaled to length one
        ("They agree to it.", "agreements", -1.0 + (2.0 + 1.0) / math.sqrt(2)),
        ("A visit.", "upcoming", 3.0),
        ("Nothing known here.", "agreements", -1.0),
    ],
)
def test_the_likelihood_is_the_logistic_of_the_weighted_scaled_words(sentence, kind, odds):
    assert model_from(TINY).likelihood(sentence, kind) == pytest.approx(1 / (1 + math.exp(-odds)))


def test_a_sentence_below_the_threshold_is_unlikely():
    model = model_from(TINY)
    assert model.unlikely("Nothing known here.", "agreements")
    assert not model.unlikely("They agree.", "agreements")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The two ministers signed an agreement on cooperation in tourism.", "agreements"),
        ("Arden and Brel agreed to reopen the border crossing next month.", "agreements"),
        ("The Prime Minister will visit Brel next week.", "upcoming"),
    ],
)
def test_the_shipped_model_finds_a_plain_commitment_or_plan_likely(sentence, kind):
    assert sentence_model().likelihood(sentence, kind) > 0.8


def test_the_shipped_model_read_again_gives_the_same_sentence_the_same_likelihood():
    again = model_from(json.loads(resources.files("briefgen.extract")
                                  .joinpath("sentence_model.json").read_text(encoding="utf-8")))
    sentence = "The weather in the capital was warm and sunny."
    assert again is not sentence_model()
    assert again.likelihood(sentence, "agreements") == \
        sentence_model().likelihood(sentence, "agreements") < 0.2


def test_a_drafted_item_whose_sentence_the_model_finds_unlikely_is_left_out_and_reported():
    text = ("Council budget\n\nThe council approved the city budget on Monday. Arden and Brel "
            "agreed to reopen the border crossing next month. Since then, the group has pledged "
            "about $20 million to this effort. The city budget will enter into force at the "
            "start of January.\n")
    data, found = drafted(text)
    assert [a["what"] for a in data["agreements"]] == ["Approve the city budget",
                                                       "Reopen the border crossing"]
    assert all("budget" not in event["what"] for event in data["upcoming"])
    notes = [note for note in found.unsure if note.startswith("left out as unlikely")]
    assert len(notes) == 2 and "pledged" in notes[0] and "budget" in notes[1]


def test_a_deadline_set_for_someone_is_never_left_out():
    text = ("Talks\n\nThe two leaders met on Monday. The President reiterated that the rebels "
            "must free all detainees, including two journalists, by Saturday, and asked for the "
            "Emir’s help in ensuring that the rebels understand the gravity of the situation.\n")
    data, _ = drafted(text)
    assert sentence_model().unlikely(text.split("Monday. ")[1].strip(), "upcoming")
    assert [(e["what"], e["when"]) for e in data["upcoming"]] == [
        ("Rebels to free all detainees", "2025-11-29")]


def test_a_deadline_that_falls_on_a_day_is_never_left_out():
    text = ("Talks\n\nThe two leaders met on Monday. Brel committed to remove import licences "
            "on Arden's farm goods by June 30, 2026.\n")
    data, _ = drafted(text)
    assert sentence_model().unlikely(text.split("Monday. ")[1].strip(), "upcoming")
    assert [e["when"] for e in data["upcoming"]] == ["2026-06-30"]


def test_an_agreement_in_the_lead_or_in_a_list_of_agreements_is_never_left_out():
    text = ("Pledges\n\nSince then, the group has pledged about $20 million to this effort. "
            "The talks went on.\n\nThe two sides signed the following:\n\n"
            "- Procurement of aircraft valued at 3.2 billion USD.\n")
    data, _ = drafted(text, "md")
    assert [a["what"] for a in data["agreements"]] == [
        "About $20 million to this effort", "Procurement of aircraft"]
