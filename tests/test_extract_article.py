"""Reading articles: plain text, Markdown with front matter, and HTML pages."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.article import kind_of, parse_article, plain_text


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.txt", "txt"), ("a.md", "md"), ("A.MARKDOWN", "md"), ("a.html", "html"),
     ("a.htm", "html"), ("stdin", "txt"), ("notes", "txt")],
)
def test_kind_of_a_file_name(name, kind):
    assert kind_of(name) == kind


def test_plain_text_title_dek_and_one_paragraph_a_line():
    article = parse_article(
        "Leaders Meet in Geneva\nA short standfirst without a full stop\n"
        "The leaders met on Monday.\nThey agreed a truce.\n", "txt")
    assert article.title == "Leaders Meet in Geneva"
    assert article.dek == "A short standfirst without a full stop"
    assert article.paragraphs == ("The leaders met on Monday.", "They agreed a truce.")


@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_first_line_as_long_as_a_paragraph_is_the_text_not_the_title(kind):
    paragraph = "The leaders met in Geneva on Monday and agreed to resume talks. " * 6
    article = parse_article(paragraph.strip() + "\n", kind)
    assert article.title == ""
    assert article.paragraphs == (paragraph.strip(),)


@pytest.mark.parametrize(
    "masthead",
    ["Ministry of Foreign Affairs\nPress Office\n\nPress Release No. 123\n12 March 2026\n\n",
     "REPUBLIC OF ARDEN\nMINISTRY OF FOREIGN AFFAIRS\n\nMEDIA STATEMENT\n\n",
     "Department of Foreign Affairs, Republic of Brel\n\nPress release\n\n",
     "SECRETARÍA DE RELACIONES EXTERIORES\nPress Release No. 247\nOrvo City, July 9, 2026\n\n"
     "[Unofficial English translation]\n\n",
     "Media release\n\nJoint media release with:\nSenator the Hon Ada Lind, Minister for Foreign "
     "Affairs\nThe Hon Tom Berg MP, Minister for Defence\n\n12 October 2026\n\n",
     "Ministry of Foreign Affairs\nIslamabad\n\n",
     "MINISTRY OF FOREIGN AFFAIRS\nADDIS ABABA, ETHIOPIA\n\n",
     "12 MAR 2026, 18:40\nUpdated 12 MAR 2026, 19:15\n\n",  # a wire's time stamps
     "04/08/2026 06:12 PM\n\n",
     "Published: 2026-03-12 09:05 GMT\n\n",
     "DEL58 FGN IN-BD-JCC\n\n",  # a news agency's slug
     "REPUBLIC OF ARDEN\nPRESIDENTIAL COMMUNICATION SERVICE\n\nSTATE HOUSE, ORVO\n\n"
     "PRESS STATEMENT\n\nTuesday, 17th March 2026\n\n"],
)
def test_a_release_s_masthead_is_no_title_and_stays_in_the_text(masthead):
    article = parse_article(masthead + "Ministers Meet in Geneva\n\nThe leaders met on "
                            "Monday.\n", "txt")
    assert article.title == "Ministers Meet in Geneva"
    assert article.dek is None
    assert article.paragraphs[-1] == "The leaders met on Monday."
    assert article.paragraphs[0] == masthead.split("\n")[0]


@pytest.mark.parametrize("title", ["Department Press Briefing - August 19, 2026",
                                   "Ministry of Defence announces new procurement rules",
                                   "Dhaka, Kathmandu agree to seek power imports",
                                   "COP31 TALKS STALL", "G20 SUMMIT OPENS IN RIO"])
def test_a_headline_that_names_a_ministry_is_still_the_title(title):
    assert parse_article(f"{title}\n\nThe leaders met on Monday.\n", "txt").title == title


def test_plain_text_second_line_that_is_a_sentence_is_body_not_dek():
    article = parse_article("Title\nThe leaders met on Monday.\n", "txt")
    assert article.dek is None
    assert article.paragraphs == ("The leaders met on Monday.",)


def test_plain_text_with_blank_lines_joins_wrapped_lines_into_paragraphs():
    article = parse_article("Title\n\nThe leaders met\non Monday.\n\nThey agreed.\n", "txt")
    assert article.paragraphs == ("The leaders met on Monday.", "They agreed.")


def test_lettered_lines_are_list_items_and_a_numbered_paragraph_is_a_paragraph():
    text = ("Communique\n\n5. The two sides signed the following:\na) a memorandum on tourism;\n"
            "(b) a treaty on taxes.\n\n6. The next session will be held in Accra.\n")
    units = parse_article(text, "txt").units
    assert [(u.kind, u.text) for u in units] == [
        ("text", "The two sides signed the following:"), ("item", "a memorandum on tourism;"),
        ("item", "a treaty on taxes."), ("text", "The next session will be held in Accra.")]


@pytest.mark.parametrize("mark", ["- ", "* ", "• ", "— ", "1. ", "2) ", "3- "])
def test_plain_text_list_lines_are_items_of_their_own_without_their_marks(mark):
    text = (f"Title\n\nThe two sides agreed to:\n{mark}open a consulate in Lagos;\n"
            f"{mark}resume direct flights, which\nstopped in 2020.\n\nThey parted.\n")
    assert parse_article(text, "txt").paragraphs == (
        "The two sides agreed to:", "open a consulate in Lagos;",
        "resume direct flights, which stopped in 2020.", "They parted.")
    one_a_line = f"Title\nThe two sides agreed to:\n{mark}open a consulate in Lagos.\n"
    assert parse_article(one_a_line, "txt").paragraphs == (
        "The two sides agreed to:", "open a consulate in Lagos.")


MARKDOWN = """\
---
date: '2023-11-30'
source_url: https://example.gov/readout/
title: "Readout of the\\_Meeting"
---
\u00a0
President Biden met President Lourenço. They discussed
co-\noperation and **energy**\u00a0security on the 22<sup>nd</sup> of the month.

<!-- -->

- The leaders agreed to launch a dialogue.

\\###
"""


def test_markdown_front_matter_gives_title_date_and_url():
    article = parse_article(MARKDOWN, "md")
    assert article.title == "Readout of the Meeting"  # YAML "\\_" is a no-break space
    assert article.date == dt.date(2023, 11, 30)
    assert article.url == "https://example.gov/readout/"


def test_markdown_body_is_plain_words_with_wrapping_and_markup_removed():
    article = parse_article(MARKDOWN, "md")
    assert article.paragraphs == (
        "President Biden met President Lourenço. They discussed co-operation and energy "
        "security on the 22nd of the month.",
        "The leaders agreed to launch a dialogue.",
    )


HTML = """<!doctype html><html><head>
<title>Leaders meet | Example News</title>
<meta property="og:title" content="Leaders meet in Geneva">
<meta property="article:published_time" content="2025-11-24T08:00:00Z">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example/leaders">
<script>var tracking = "The leaders met.";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World news and more stories</a></nav>
<header><p>Sign up for our newsletter</p></header>
<article>
<h1>Leaders meet in Geneva</h1>
<p>The leaders met in <b>Geneva</b> on Monday &amp; agreed a truce.</p>
<p>They will meet again in April.</p>
<div class="share">Share this on social media</div>
</article>
<footer><p>All rights reserved. Copyright Example News 2025.</p></footer>
</body></html>"""


def test_html_page_gives_title_date_and_main_text_without_boilerplate():
    article = parse_article(HTML, "html")
    assert article.title == "Leaders meet in Geneva"
    assert article.date == dt.date(2025, 11, 24)
    assert article.publisher == "Example News"
    assert article.url == "https://news.example/leaders"
    assert article.paragraphs == (
        "The leaders met in Geneva on Monday & agreed a truce.",
        "They will meet again in April.",
    )


def test_plain_text_of_an_article_is_what_evidence_is_checked_against():
    text = plain_text(MARKDOWN, "md")
    assert "co-operation and energy security on the 22nd" in text
    assert "**" not in text and "<sup>" not in text


FACT_SHEET = """\
---
title: "Fact Sheet: New Partnership"
---

**OPENING NEW MARKETS:** The sides will cut tariffs on
[farm goods](https://example.gov/farm) by half.

-   **Grain:** quotas rise by 20% on the 1<sup>st</sup> of May.
-   Dairy access widens.

A SHARED VISION
The partners will meet again in June.
"""


def test_fact_sheet_headings_and_list_items_are_units_of_their_own():
    article = parse_article(FACT_SHEET, "md")
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("label", "OPENING NEW MARKETS:"),
        ("text", "The sides will cut tariffs on farm goods by half."),
        ("label", "Grain:"),
        ("item", "quotas rise by 20% on the 1st of May."),
        ("item", "Dairy access widens."),
        ("heading", "A SHARED VISION"),
        ("text", "The partners will meet again in June."),
    ]


TRANSCRIPT = """\
---
title: Press Briefing
---

MS. ROWE: Good afternoon, everybody.

I have one announcement about the summit.

Q: Will the President travel?

MS. ROWE: He will, next week.
"""


def test_transcript_turns_keep_their_speakers_label_beside_the_words():
    article = parse_article(TRANSCRIPT, "md")
    assert [(b.speaker, b.text) for b in article.blocks] == [
        ("MS. ROWE", "Good afternoon, everybody. I have one announcement about the summit."),
        ("Q", "Will the President travel?"),
        ("MS. ROWE", "He will, next week."),
    ]
    assert article.paragraphs[1] == "Will the President travel?"
    assert "Q: Will the President travel?" in plain_text(TRANSCRIPT, "md")


@pytest.mark.parametrize(("text", "kind"), [(MARKDOWN, "md"), (FACT_SHEET, "md"),
                                             (TRANSCRIPT, "md"), (HTML, "html")])
def test_every_unit_of_an_article_is_in_its_plain_text(text, kind):
    plain = " ".join(plain_text(text, kind).split())
    for paragraph in parse_article(text, kind).paragraphs:
        assert paragraph in plain


@pytest.mark.parametrize(
    ("sentence", "near", "expected"),
    [
        ("The sides will cut tariffs on farm goods by half.", "",
         "The sides will cut tariffs on farm goods"),
        ("The partners will meet again in June.", "", "The partners will meet again in June."),
        ("quotas rise by 20% on the 1st of May.", "", "quotas rise by 20% on the"),
        ("quotas rise by 20% on the 1st of May.", "May", "of May."),
    ],
)
def test_verbatim_part_of_a_sentence_avoids_what_the_source_hides(sentence, near, expected):
    assert parse_article(FACT_SHEET, "md").verbatim(sentence, near) == expected


def test_html_headings_and_list_items_keep_their_kind():
    page = ("<html><head><title>Trade Talks</title></head><body><article><h1>Trade Talks</h1>"
            "<h2>Trade Terms</h2><p>The sides agreed on terms.</p>"
            "<ul><li>Tariffs fall.</li><li>Quotas rise.</li></ul></article></body></html>")
    article = parse_article(page, "html")
    assert article.title == "Trade Talks"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("heading", "Trade Terms"), ("text", "The sides agreed on terms."),
        ("item", "Tariffs fall."), ("item", "Quotas rise.")]


@pytest.mark.parametrize("text", [FACT_SHEET, TRANSCRIPT])
def test_units_are_the_blocks_of_the_paragraphs_in_the_same_order(text):
    article = parse_article(text, "md")
    assert tuple(unit.text for unit in article.units) == article.paragraphs
    assert all(unit.kind != "label" for unit in article.units)


def test_verbatim_part_of_a_units_first_sentence_without_its_opening_words():
    article = parse_article("# Pact\n\nBERLIN - The sides [signed](https://example.org/1) "
                            "a lasting pact today.\n", "md")
    assert article.verbatim("The sides signed a lasting pact today.") == "a lasting pact today."


@pytest.mark.parametrize(("raw", "seen"), [
    pytest.param("The two \x0cleaders met.", "The two leaders met.", id="form-feed"),
    pytest.param("Budget \u202efdp.exe plan.", "Budget fdp.exe plan.", id="bidi-override"),
    pytest.param("Talks\x00 resumed\x85 today.", "Talks resumed today.", id="nul-and-c1"),
])
def test_characters_no_reader_sees_never_reach_the_text(raw, seen):
    assert parse_article(f"Title\n\n{raw}\n", "txt").paragraphs == (seen,)
