"""A pattern gated by the pieces of text its matches must hold finds what the pattern finds."""

from __future__ import annotations

import itertools
import re

import pytest

from briefgen.extract import clauses, draft, items, labels, names, topics
from briefgen.extract.literal_gate import (
    FirstOfGated,
    LiteralGated,
    match_openings,
    required_pieces,
)

SENTENCES = [
    "The two ministers agreed to open a consulate in Port Lenna next spring.",
    "Valdoria pledged $40 million and signed a memorandum of understanding on fisheries.",
    "Both sides agree on the need to resume talks, but remain at odds over the border.",
    "The council will hold an emergency session; Marn said Ostrava would lift the ban.",
    "Officials expressed concern about rising tariffs on steel and the stalled negotiations.",
    "Talks on water rights broke down after the delegations failed to reach a deal.",
    "The Premier condemned the blockade and warned of retaliation against shipping.",
    "There has been no progress on the prisoner exchange, and tensions persist.",
    "The leaders welcomed the signing of the accord and reaffirmed their support for peace.",
    "Kestria is to host the forum; the ministers are to sign a roadmap on energy.",
    "Disagreements over fishing quotas remain unresolved despite months of contacts.",
    "The envoy urged both parties to refrain from provocative steps in the strait.",
    "She thanked the hosts and praised the commitment of the volunteers.",
    "Fuel shortages in the north and delays at the port have deepened the crisis in Ardan.",
    "Rain fell on the capital while the market opened late.",
    "THE SUMMIT ENDED WITHOUT AGREEMENT ON TARIFFS, AND THE DISPUTE CONTINUES.",
    "The İstanbul meeting — which İlse chaired — ſigned nothing; ſanctions stay.",
    "The government has yet to decide on the Marrow Bay war memorial.",
    "The ceasefire was brokered on Tuesday and the truce has held since.",
    "They announced a new $2 billion partnership on clean shipping.",
    "A cooperation deal was reached; the parties intend to expand it.",
    "Nobody objected, and no one vetoed the proposal to block the sale.",
    "The memorandum was signed worth $3 billion; Tarn welcomed the launch of the fund.",
    "Health and climate, AI and COVID vaccines, tariffs and defense: the summit covered all.",
    "Lind raised concerns over Ostrava’s unprovoked aggression against Kestria and the "
    "situation in the Red Strait, and called for restraint.",
    "A wide range of landmark deals (worth $5 billion) were signed on Monday, officials said.",
    "The ministers noted the historic progress that the two sides had made in May 2024.",
    "The mediator, a former vice-president of Zambia, said the FORMER envoy of Peru agreed.",
    "Deal done: the pre-agreed -- agreed -- text; disagreement (agreed) éagreed.",
    "",
]
PATTERNS = [
    re.compile(r"\b(?:agree(?:s)? (?:to|on)|pledge[sd]?|(?-i:[a-z]+s) worth|at odds)\b", re.I),
    re.compile(r"\b(?:disagree\w*|(?<!mutual )concerns?\b|(?:no|little)\s+(?:\w+\s+)?progress)",
               re.I),
    re.compile(r"(?:[A-Z][\w’'-]+’s )?(?:war|crisis) (?:in|on) [A-Z]\w+|Marn said"),
    re.compile(r"\b(?:is|are) to (?=[a-z]+ (?:a|an|the)\b)", re.I),
    re.compile(r"^(?:the\s+)?(?:deal|two)\b|\b-- (?P<word>\w+)|\bagreed\b", re.I),
    re.compile(r"\bagreed\b", re.I | re.ASCII),
    *[value for module in (items, clauses, topics, labels) for value in vars(module).values()
      if isinstance(value, re.Pattern)],
    *[value.pattern for module in (items, clauses, topics, labels)
      for value in vars(module).values() if isinstance(value, LiteralGated)],
    *[gated.pattern for module in (items, clauses, topics, labels)
      for value in vars(module).values() if isinstance(value, FirstOfGated)
      for gated in value.gated],
    *[cue.pattern for cue in draft._TOPIC_CUES.values()],
    names.FORMER_OFFICE.pattern,
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_gated_pattern_finds_exactly_what_the_pattern_finds(pattern):
    gated = LiteralGated(pattern)
    for sentence in SENTENCES:
        expected = [m.span() for m in pattern.finditer(sentence)]
        assert [m.span() for m in gated.finditer(sentence)] == expected, sentence
        assert gated.sub("#", sentence) == pattern.sub("#", sentence), sentence
        for pos in (0, 9):
            found, wanted = gated.search(sentence, pos), pattern.search(sentence, pos)
            assert (found and (found.span(), found.groups())) == \
                (wanted and (wanted.span(), wanted.groups())), sentence
        if expected:
            assert gated.may_match(sentence), sentence


def _joined(one: re.Pattern, other: re.Pattern) -> re.Pattern | None:
    """The alternation of two patterns of the same flags, their group names left out."""
    if one.flags != other.flags:
        return None
    unnamed = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in (one, other)]
    try:
        return re.compile(f"(?:{unnamed[0]})|(?:{unnamed[1]})", one.flags)
    except re.error:  # a back-reference to a name left out
        return None


PAIRS = [(one, other, joined) for one, other in itertools.pairwise(PATTERNS)
         if (joined := _joined(one, other))]


@pytest.mark.parametrize(("one", "other", "alternation"), PAIRS,
                         ids=[one.pattern[:30] for one, _, _ in PAIRS])
def test_patterns_gated_apart_find_the_leftmost_match_their_alternation_finds(one, other,
                                                                               alternation):
    for sentence in SENTENCES:
        found = FirstOfGated(one, other).search(sentence)
        expected = alternation.search(sentence)
        assert (found and found.start()) == (expected and expected.start()), sentence


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (r"\bagree(?:s|d)? (?:to|on)\b", {"agree ", "agrees ", "agreed "}),
        (r"\w+ed\b", {"ed"}),
        (r"\b(?:at odds|stalemate)\b", {"at odds", "stalemate"}),
        (r"\b(?:no|little)\s+(?:\w+\s+)?(?:progress|headway)\b", {"progress", "headway"}),
        (r"\bpledge[sd]?\b", {"pledge"}),
        (r"\b(?:is|are) to ", {"is to ", "are to "}),
        (r"\b(?:War|Crisis) in [A-Z]", {"war in ", "crisis in "}),
        (r"(?<!mutual )concerns?", {"concern"}),
    ],
)
def test_the_pieces_are_read_off_the_pattern(pattern, pieces):
    assert required_pieces(pattern, re.I) == pieces


@pytest.mark.parametrize(
    ("pattern", "openings"),
    [
        (r"\bagree(?:s|d)? (?:to|on)\b", {("agr", "at a word")}),
        (r"\b(?:is|are) to ", {("is ", "at a word"), ("are", "at a word")}),
        (r"(?<!mutual )concerns?", {("con", "anywhere")}),
        (r"\b(?:no|little)\s+progress", {("no", "at a word"), ("lit", "at a word")}),
        (r"(?:the\s+)?deal", {("the", "anywhere"), ("dea", "anywhere")}),
        (r"^(?:the\s+)?deal|\bpact", {("", "at the start of the text"), ("pac", "at a word")}),
        (r"\b-- agreed", {("-- ", "anywhere")}),
    ],
)
def test_the_openings_of_a_match_are_read_off_the_pattern(pattern, openings):
    assert match_openings(pattern, re.I) == openings


@pytest.mark.parametrize("pattern", [r"\w+ed", r"(?:agreed|\w+)", r"(?:\s+)?deal", r"x?"])
def test_a_pattern_that_may_open_with_no_letters_spelled_is_tried_everywhere(pattern):
    assert match_openings(pattern) is None


@pytest.mark.parametrize("pattern", [r"\w+", r"[A-Z][a-z]+", r"(?:agreed|\w+)", r"x?"])
def test_a_pattern_that_need_spell_nothing_out_has_no_pieces_and_is_always_tried(pattern):
    assert required_pieces(pattern) is None
    assert LiteralGated(re.compile(pattern)).may_match("anything")


def test_letters_that_ignorecase_reads_as_ascii_pass_the_gate():
    pattern = re.compile(r"\bsigned\b", re.I)
    for text in ("ſigned", "SIGNED", "sİgned".replace("İ", "I")):
        assert LiteralGated(pattern).may_match(text) == bool(pattern.search(text))


def test_a_text_without_any_piece_is_not_read():
    gated = LiteralGated(re.compile(r"\b(?:tensions?|disputes?) over\b", re.I))
    assert not gated.may_match("The ministers met in Lima on Monday.")
    assert gated.may_match("Tensions over the border")
