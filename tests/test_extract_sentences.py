"""Sentence splitting: every boundary a news article has, and the abbreviations that are not."""

from __future__ import annotations

import pytest

from briefgen.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
        ("Did they agree? No one knows! The end.",
         ["Did they agree?", "No one knows!", "The end."]),
        ("President Joseph R. Biden, Jr. spoke today with President Kenyatta. He left.",
         ["President Joseph R. Biden, Jr. spoke today with President Kenyatta.", "He left."]),
        ("U.S. officials met. They spoke.", ["U.S. officials met.", "They spoke."]),
        ("He met U.S. Trade Representative Greer.", ["He met U.S. Trade Representative Greer."]),
        ("They will meet the U.S. Secretary of State. Talks follow.",
         ["They will meet the U.S. Secretary of State.", "Talks follow."]),
        ("It was the first visit of a U.K. Prime Minister in a decade.",
         ["It was the first visit of a U.K. Prime Minister in a decade."]),
        ("Arden will apply the U.S. Most Favored Nation tariff. It starts in May.",
         ["Arden will apply the U.S. Most Favored Nation tariff.", "It starts in May."]),
        ("The envoy flew to the U.S. The talks start Monday.",
         ["The envoy flew to the U.S.", "The talks start Monday."]),
        ("Mr. Smith and Dr. Jones met Gen. Milley.", ["Mr. Smith and Dr. Jones met Gen. Milley."]),
        ("He was received by the President of Arden, Smt. Asha Verma, who spoke first.",
         ["He was received by the President of Arden, Smt. Asha Verma, who spoke first."]),
        ("The meeting was chaired by Eng. Omar Saleh, the minister of water.",
         ["The meeting was chaired by Eng. Omar Saleh, the minister of water."]),
        ("The visit of the Rt. Hon. Prime Minister is now expected in May. Talks resume.",
         ["The visit of the Rt. Hon. Prime Minister is now expected in May.", "Talks resume."]),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("Trump called it “very good.” He did not mention Taiwan.",
         ["Trump called it “very good.”", "He did not mention Taiwan."]),
        ("“We are optimistic,” she said. Talks resume.",
         ["“We are optimistic,” she said.", "Talks resume."]),
        ("They met at 10 a.m. on Monday. Nothing was agreed.",
         ["They met at 10 a.m. on Monday.", "Nothing was agreed."]),
        ("Visit on Dec. 1 was confirmed.", ["Visit on Dec. 1 was confirmed."]),
        ("Still, unresolved issues remain.", ["Still, unresolved issues remain."]),
        ("Among the agreements cited: a truce; a pledge.",
         ["Among the agreements cited: a truce; a pledge."]),
        ("No state may move borders by force.Russia broke that rule.",
         ["No state may move borders by force.", "Russia broke that rule."]),
        ("Gov.Newsom spoke at whitehouse.gov today.",
         ["Gov.Newsom spoke at whitehouse.gov today."]),
        ("Trade Secretary Ma. Cristina Reyes signed. Minister Mohd. Azmi Hassan watched.",
         ["Trade Secretary Ma. Cristina Reyes signed.", "Minister Mohd. Azmi Hassan watched."]),
        ("", []),
    ],
)
def test_split_sentences(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


def test_sentences_keep_the_articles_own_words():
    paragraph = "The diplomatic move comes after  the meeting. Leaders   agreed."
    assert " ".join(split_sentences(paragraph)) == "The diplomatic move comes after  the " \
        "meeting. Leaders   agreed."


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("The ceasefire began on March 3rd. On trade, talks go on.",
         ["The ceasefire began on March 3rd.", "On trade, talks go on."]),
        ("Voting closes November 21st. Results follow.",
         ["Voting closes November 21st.", "Results follow."]),
        ("The summit opens on the 2nd. The 22nd is a holiday.",
         ["The summit opens on the 2nd.", "The 22nd is a holiday."]),
        ("Resolution No. 12 passed. No. The vote failed.",
         ["Resolution No. 12 passed.", "No.", "The vote failed."]),
        ("She toured St. Kitts with Lt. Gen. Moss, Jr. of the U.S. Army.",
         ["She toured St. Kitts with Lt. Gen. Moss, Jr. of the U.S. Army."]),
        ("Talks moved to the U.N. Headquarters in New York.",
         ["Talks moved to the U.N. Headquarters in New York."]),
        ("Aid reached Gaza, according to the U.N. The convoy returned.",
         ["Aid reached Gaza, according to the U.N.", "The convoy returned."]),
    ],
)
def test_ordinal_dates_end_sentences_and_abbreviations_stay_inside(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


def test_a_long_paragraph_is_split_like_its_parts():
    """Each stop is judged from the words around it, however long the paragraph."""
    paragraph = "The envoy met U.S. officials on May 1st. Gen. Reed agreed. " * 8_000
    assert split_sentences(paragraph) == [
        "The envoy met U.S. officials on May 1st.", "Gen. Reed agreed."] * 8_000
