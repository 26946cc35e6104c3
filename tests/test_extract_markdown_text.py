"""Markdown read as a reader sees it: words kept, marks and hidden addresses gone."""

from __future__ import annotations

import itertools

import pytest

from briefgen.extract.markdown_text import markdown_pieces


def texts(markdown: str) -> list[str]:
    return [piece.text for piece in markdown_pieces(markdown)]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("The envoy [met the minister](https://example.org/a_(b)) today.",
         ["The envoy met the minister today."]),
        ("The leaders met\n[in the\ncapital](https://example.org/x) on Monday.",
         ["The leaders met in the capital on Monday."]),
        ("**Trade** and *energy* and __climate__ were discussed.",
         ["Trade and energy and climate were discussed."]),
        ("The 31<sup>st</sup> round opened.<!-- note --> It closed.",
         ["The 31st round opened. It closed."]),
        ("Fees rose 5\\% and costs fell \\#3 &amp; more.",
         ["Fees rose 5% and costs fell #3 & more."]),
        ("Long-term co-\noperation was agreed.", ["Long-term co-operation was agreed."]),
        ("A range of 10 -\n20 units.", ["A range of 10 - 20 units."]),
        ("# A heading\n\nBody text.", ["A heading", "Body text."]),
        ("<!-- -->\n\n\\###\n\nOnly words.", ["Only words."]),
        ("<figure>\n<img src=\"a.jpg\" alt=\"A photo caption\" />\n</figure>\n\nThe text.",
         ["The text."]),
        ("See <https://example.org/a> for more.", ["See https://example.org/a for more."]),
        ("**Reinforcing joint\nresponses  \n  \n**1. The sides met.",
         ["Reinforcing joint responses", "1. The sides met."]),
        ("**Closer ties on justice  \n**  \n7. The sides will meet.",
         ["Closer ties on justice", "7. The sides will meet."]),
        ("**Democracy Delivers\u00a0**  \n  \nOur partnership is old.",
         ["Democracy Delivers", "Our partnership is old."]),
        ("The sides will reform state firms and promote growth**.",
         ["The sides will reform state firms and promote growth."]),
    ],
)
def test_markdown_gives_the_words_a_reader_sees(markdown, expected):
    assert [t for t in texts(markdown) if any(c.isalnum() for c in t)] == expected


def test_list_items_are_pieces_of_their_own_and_say_so():
    pieces = markdown_pieces("They agreed to:\n\n-   open a\n    channel;\n-   meet again.\n"
                             "    -   **Nested**, in bold.\n")
    assert [(p.kind, p.text) for p in pieces] == [
        ("text", "They agreed to:"), ("item", "open a channel;"), ("item", "meet again."),
        ("item", "Nested, in bold.")]


def test_a_hard_line_break_after_a_finished_line_starts_a_new_piece():
    assert texts("**I. Security**  \nThe sides met.  \nThey agreed.") == [
        "I. Security", "The sides met.", "They agreed."]


def test_a_hard_line_break_inside_a_sentence_is_a_space():
    assert texts("The sides met  \nin the capital.") == ["The sides met in the capital."]


def test_a_leading_bold_run_is_marked_where_it_ends():
    piece = markdown_pieces("**SECURING MARKETS:** The sides agreed.")[0]
    assert piece.text[:piece.lead] == "SECURING MARKETS:"


@pytest.mark.parametrize(
    ("markdown", "stretches"),
    [
        ("The sides [signed](https://example.org/1) a deal.", ["The sides signed", " a deal."]),
        ("The 75<sup>th</sup> year.", ["The 75", "th", " year."]),
        ("Salt &amp; pepper.", ["Salt ", "&", " pepper."]),
        ("No markup at all.", ["No markup at all."]),
        ("See <https://example.org/a> for more.", ["See https://example.org/a for more."]),
    ],
)
def test_seams_cut_the_text_where_the_source_hides_words_from_the_reader(markdown, stretches):
    piece = markdown_pieces(markdown)[0]
    cuts = [0, *piece.seams, len(piece.text)]
    assert [piece.text[a:b] for a, b in itertools.pairwise(cuts)] == stretches
