"""The tense a sentence gives a date: the cue word nearest the expression decides."""

from __future__ import annotations

import pytest

from briefgen.extract.dates.tense import tense_near

TENSES = [
    # plain cues, before or after the expression
    ("The ministers will meet in May.", "in May", "future"),
    ("The ministers met in May.", "in May", "past"),
    ("The committee is in session this week.", "this week", "present"),
    ("Talks are expected to resume in June.", "in June", "future"),
    # the nearest cue wins, the one before on a tie
    ("The envoy, who arrived yesterday, will leave in March.", "in March", "future"),
    ("In March the envoy left, and he will return later.", "In March", "past"),
    # a prospective cue right after a past one is the future seen from the past
    ("He said he would visit in April.", "in April", "prospective"),
    ("The parties agreed to meet in April.", "in April", "prospective"),
    # an infinitive before the date looks ahead; after it, the verb before decides
    ("The board plans to meet in April.", "in April", "future"),
    ("The council voted on Friday to approve the plan.", "on Friday", "past"),
    ("On Friday to approve the plan.", "On Friday", "future"),
    # "be" + participle takes the tense of what precedes "be"
    ("The accord will be signed in June.", "in June", "future"),
    ("The accord is to be signed in June.", "in June", "future"),
    # an adjective in -ed is not a verb
    ("The renewed talks in June fell apart.", "in June", "past"),
    # a hyphenated word is a modifier unless a verb's prefix opens it
    ("The ministers ended two days of talks in Geneva on Friday without their long-delayed "
     "deal.", "on Friday", "past"),
    ("The summit, co-chaired by Arden, opened on Friday.", "on Friday", "past"),
    ("In June.", "In June", None),
    # "ahead of" points at what lies ahead: a date in its phrase is ahead, one beside it is not
    ("Looking ahead to the joint review on July 1, the leaders agreed to meet.", "on July 1",
     "future"),
    ("The ministers met on Monday ahead of the summit.", "on Monday", "past"),
]


@pytest.mark.parametrize(("sentence", "expression", "tense"), TENSES,
                         ids=[s for s, _, _ in TENSES])
def test_the_cue_nearest_the_expression_gives_its_tense(sentence, expression, tense):
    start = sentence.index(expression)
    assert tense_near(sentence, start, start + len(expression)) == tense
