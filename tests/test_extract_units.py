"""Units a reader sees apart: headings off the sentence they head, speakers' turns whole."""

from __future__ import annotations

import pytest

from briefgen.extract.units import Block, Piece, read_units, unbroken


def units(*pieces: Piece) -> list[tuple[str, str | None, str]]:
    return [(b.kind, b.speaker, b.text) for b in read_units(pieces)]


HEAD = "OPENING NEW MARKETS"
BODY = "The sides will cut tariffs."


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        (Piece(f"{HEAD}: {BODY}", lead=19), [("label", f"{HEAD}:"), ("text", BODY)]),
        (Piece(f"{HEAD.title()}: {BODY}", lead=19),
         [("label", f"{HEAD.title()}:"), ("text", BODY)]),
        (Piece(f"{HEAD}: {BODY}"), [("label", f"{HEAD}:"), ("text", BODY)]),
        (Piece(f"{HEAD} {BODY}", lines=(20,)), [("heading", HEAD), ("text", BODY)]),
        (Piece("Energy Cooperation", lead=18), [("heading", "Energy Cooperation")]),
        (Piece("A SHARED VISION FOR THE REGION"), [("heading", "A SHARED VISION FOR THE REGION")]),
        (Piece("Farm exports, including grain, will rise.", lead=12),
         [("text", "Farm exports, including grain, will rise.")]),
        (Piece("The sides agree.", lead=16), [("text", "The sides agree.")]),
        (Piece("Agriculture: quotas will rise.", kind="item", lead=12),
         [("label", "Agriculture:"), ("item", "quotas will rise.")]),
        (Piece("U.S. and EU officials met in Rome."),
         [("text", "U.S. and EU officials met in Rome.")]),
        (Piece("###"), []),
    ],
)
def test_headings_are_units_of_their_own(piece, expected):
    assert [(kind, text) for kind, _, text in units(piece)] == expected


def test_a_transcript_is_read_as_turns_with_the_speakers_label_kept():
    assert units(
        Piece("MS. ROWE: Good afternoon, everybody. I have two announcements."),
        Piece("The first is about the summit."),
        Piece("Q: Will the President travel?"),
        Piece("THE PRESIDENT: We will see."),
        Piece("Q    Thank you."),
        Piece("SECRETARY OKAFOR: Next question."),
    ) == [
        ("turn", "MS. ROWE",
         "Good afternoon, everybody. I have two announcements. The first is about the summit."),
        ("turn", "Q", "Will the President travel?"),
        ("turn", "THE PRESIDENT", "We will see."),
        ("turn", "Q", "Thank you."),
        ("turn", "SECRETARY OKAFOR", "Next question."),
    ]


def test_a_ministry_s_questions_and_answers_are_turns():
    assert units(
        Piece("Q: What is your response to the duties?"),
        Piece("A: We firmly oppose the duties."),
        Piece("They harm trade."),
    ) == [
        ("turn", "Q", "What is your response to the duties?"),
        ("turn", "A", "We firmly oppose the duties. They harm trade."),
    ]


def test_a_spokesperson_s_briefing_is_read_as_turns():
    assert units(
        Piece("SPOKESPERSON ANA DIOP: Good morning."),
        Piece("Q: Is there a dispute over the gas field?"),
        Piece("SPOKESPERSON ANA DIOP: There is no crisis."),
    ) == [
        ("turn", "SPOKESPERSON ANA DIOP", "Good morning."),
        ("turn", "Q", "Is there a dispute over the gas field?"),
        ("turn", "SPOKESPERSON ANA DIOP", "There is no crisis."),
    ]


def test_a_spokesperson_named_by_title_in_a_ministry_s_transcript_speaks_in_turns():
    assert units(
        Piece("Spokesperson: The foreign minister of Arden will visit on May 8."),
        Piece("Q: What is your response to the new duties?"),
        Piece("Spokesperson Ana Diop: We firmly oppose them."),
    ) == [
        ("turn", "Spokesperson", "The foreign minister of Arden will visit on May 8."),
        ("turn", "Q", "What is your response to the new duties?"),
        ("turn", "Spokesperson Ana Diop", "We firmly oppose them."),
    ]


def test_a_speaker_introduced_with_a_role_is_then_named_alone():
    assert units(
        Piece("ARVIND MENON, OFFICIAL SPOKESPERSON: Good afternoon."),
        Piece("Q: Will the pact be signed?"),
        Piece("ARVIND MENON: Talks are at an advanced stage."),
        Piece("KEY OUTCOMES: Both sides agreed."),
    ) == [
        ("turn", "ARVIND MENON, OFFICIAL SPOKESPERSON", "Good afternoon."),
        ("turn", "Q", "Will the pact be signed?"),
        ("turn", "ARVIND MENON", "Talks are at an advanced stage."),
        ("label", None, "KEY OUTCOMES:"), ("text", None, "Both sides agreed."),
    ]


def test_a_ministry_s_briefing_labelled_by_office_and_honorific_name_asks_under_question():
    assert units(
        Piece("Official Spokesperson, Shri Rohit Mehta: Good evening, friends."),
        Piece("Question: Ritu Rao from ANI. Will the pact be signed?"),
        Piece("Foreign Secretary, Shri Anand Rao: Talks are at an advanced stage."),
    ) == [
        ("turn", "Official Spokesperson, Shri Rohit Mehta", "Good evening, friends."),
        ("turn", "Q", "Ritu Rao from ANI. Will the pact be signed?"),
        ("turn", "Foreign Secretary, Shri Anand Rao", "Talks are at an advanced stage."),
    ]


def test_a_spokesperson_introduced_by_title_is_then_named_alone():
    assert units(
        Piece("Spokesperson Lin Wei: Good afternoon."),
        Piece("Q: Will the pact be signed?"),
        Piece("Lin Wei: Talks are at an advanced stage."),
    ) == [
        ("turn", "Spokesperson Lin Wei", "Good afternoon."),
        ("turn", "Q", "Will the pact be signed?"),
        ("turn", "Lin Wei", "Talks are at an advanced stage."),
    ]


def test_a_transcript_labelled_by_names_as_written_asks_under_outlets_and_answers_under_one():
    assert units(
        Piece("Lin Wei: Arden and Brel will meet next week."),
        Piece("Tarn Daily: Will the pact be signed?"),
        Piece("Lin Wei: We will release information in due course."),
        Piece("News Agency: Is the border open? When?"),
        Piece("Lin Wei: It is."),
    ) == [
        ("turn", "Lin Wei", "Arden and Brel will meet next week."),
        ("turn", "Q", "Will the pact be signed?"),
        ("turn", "Lin Wei", "We will release information in due course."),
        ("turn", "Q", "Is the border open? When?"),
        ("turn", "Lin Wei", "It is."),
    ]


def test_questions_marked_q_are_answered_by_the_name_that_labels_the_answers():
    assert units(
        Piece("Q: Will the pact be signed?"),
        Piece("Lin Wei: Arden and Brel will meet next week."),
        Piece("Q: Is the border open?"),
        Piece("Lin Wei: It is."),
    ) == [
        ("turn", "Q", "Will the pact be signed?"),
        ("turn", "Lin Wei", "Arden and Brel will meet next week."),
        ("turn", "Q", "Is the border open?"),
        ("turn", "Lin Wei", "It is."),
    ]


def test_paragraphs_opening_with_a_name_and_a_colon_but_asking_nothing_are_no_transcript():
    assert [(kind, speaker) for kind, speaker, _ in units(
        Piece("Note: The minister spoke first."), Piece("Note: The talks ended."),
        Piece("Contact: Press office."))] == [("text", None)] * 3


def test_a_heading_ends_a_turn():
    assert units(
        Piece("MR. LAKE: We begin."), Piece("Q: When?"), Piece("Second Session", lead=14),
        Piece("The afternoon opened late."),
    )[2:] == [("heading", None, "Second Session"), ("text", None, "The afternoon opened late.")]


def test_one_label_makes_no_transcript():
    assert units(Piece("PRESIDENT VOSS: A new era begins."), Piece("It was agreed.")) == [
        ("label", None, "PRESIDENT VOSS:"), ("text", None, "A new era begins."),
        ("text", None, "It was agreed.")]


def test_seams_follow_the_text_when_a_heading_is_split_off():
    block = read_units([Piece("TRADE: The sides signed a pact.", lead=6, seams=(23,))])[1]
    assert block.text[:block.seams[0]] == "The sides signed"


def test_a_turn_is_shown_with_its_label():
    assert Block("We will see.", "turn", "THE PRESIDENT").shown == "THE PRESIDENT: We will see."


@pytest.mark.parametrize(
    ("text", "seams", "near", "expected"),
    [
        ("The sides signed a lasting pact today.", [16], "", "a lasting pact today."),
        ("The sides signed a lasting pact today.", [16], "sides", "The sides signed"),
        ("They marked the 75th year of the alliance.", [18], "", "year of the alliance."),
        ("Words, and words.", [], "", "Words, and words."),
    ],
)
def test_unbroken_gives_a_stretch_of_whole_words_between_seams(text, seams, near, expected):
    assert unbroken(text, seams, near) == expected


def test_a_live_report_s_entry_time_is_a_heading_of_its_own():
    assert units(Piece("14:32 GMT - Rebels reject the withdrawal timetable"),
                 Piece("The spokesman said so on Tuesday.")) == [
        ("heading", None, "14:32 GMT -"),
        ("text", None, "Rebels reject the withdrawal timetable"),
        ("text", None, "The spokesman said so on Tuesday."),
    ]
