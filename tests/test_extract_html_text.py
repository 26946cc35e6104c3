"""An HTML page reads as the article a person sees in it, with the page's title and date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.article import parse_article, plain_text

NEWS_PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ministers agree grain corridor | The Harbour Gazette</title>
<meta property="og:title" content="Ministers agree grain corridor">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:description" content="Shipments resume next month under inspection.">
<meta property="article:published_time" content="2025-11-24T08:30:00Z">
<link rel="canonical" href="https://gazette.example/world/grain-corridor">
<script>window.dataLayer = ["The ministers walked out of the talks."];</script>
</head><body>
<header class="site-header"><a href="/">The Harbour Gazette</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<p class="promo">Subscribe today and get three months for one pound.</p></header>
<main><article>
<h1>Ministers agree grain corridor</h1>
<p>The foreign ministers of the two countries agreed on Monday to reopen the grain corridor
through the strait, ending a blockade that has lasted since the spring.</p>
<p>Under the deal, an inspection centre in the port city will check every vessel before it
sails, and both navies will keep their ships <em>outside</em> the corridor.</p>
<h2>What the deal covers</h2>
<ul>
<li>Wheat and maize shipments resume from the first of December.</li>
<li>A joint commission meets every two weeks to settle disputes.</li>
</ul>
<p>The ministers said the harder questions, including the fate of the seized cargo ships,
would be left for a summit planned in the new year.</p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email this story</a></div>
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Port workers strike over pay as the shipping season ends early</a></li>
<li><a href="/b">Opinion: why the grain deal matters for bread prices everywhere</a></li>
<li><a href="/c">Fishermen fear new rules will close their waters for good</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>This is a disgrace, the ministers should resign at once.</p></div>
<div class="comment"><p>Finally some good news for farmers in the region this year.</p></div>
</section></main>
<footer class="site-footer"><p>© 2025 The Harbour Gazette. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>
</body></html>"""

PARAGRAPH = ("The foreign ministers of the two countries agreed on Monday to reopen the grain "
             "corridor through the strait, ending a blockade that has lasted since the spring.")


def page(body: str, head: str = "<title>Talks resume</title>") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def test_a_news_page_reads_as_its_article_alone():
    article = parse_article(NEWS_PAGE, "html")
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("text", PARAGRAPH),
        ("text", "Under the deal, an inspection centre in the port city will check every "
                 "vessel before it sails, and both navies will keep their ships outside the "
                 "corridor."),
        ("heading", "What the deal covers"),
        ("item", "Wheat and maize shipments resume from the first of December."),
        ("item", "A joint commission meets every two weeks to settle disputes."),
        ("text", "The ministers said the harder questions, including the fate of the seized "
                 "cargo ships, would be left for a summit planned in the new year."),
    ]


@pytest.mark.parametrize("boilerplate", [
    "Business",  # navigation
    "Subscribe today",  # a promotion in the header
    "Share on Facebook",  # share buttons
    "Related stories", "Port workers strike",  # a related-links box
    "Comments", "should resign at once",  # readers' comments
    "All rights reserved", "Privacy policy",  # the footer
    "walked out of the talks",  # a script
])
def test_what_surrounds_the_article_is_not_read(boilerplate):
    assert boilerplate not in plain_text(NEWS_PAGE, "html")


def test_links_to_other_articles_inside_the_article_are_not_read():
    body = NEWS_PAGE.replace(
        "<h2>What the deal covers</h2>",
        '<p>READ MORE: <a href="/d">Port strike ends after three weeks</a></p>'
        "<p><strong>DON'T MISS</strong></p>"
        '<p><a href="/e">Farmers cheer the corridor deal</a> [<strong>INSIGHT]|</strong></p>'
        '<p>Related: <a href="/f">Ten ports to watch this winter</a></p>'
        "<h2>What the deal covers</h2>")
    text = plain_text(body, "html")
    assert PARAGRAPH in text and "What the deal covers" in text
    for teaser in ("Port strike ends", "DON'T MISS", "Farmers cheer", "Ten ports to watch"):
        assert teaser not in text


def test_title_date_address_site_and_standfirst_come_from_the_page():
    article = parse_article(NEWS_PAGE, "html")
    assert (article.title, article.date, article.url, article.publisher, article.dek) == (
        "Ministers agree grain corridor", dt.date(2025, 11, 24),
        "https://gazette.example/world/grain-corridor", "The Harbour Gazette",
        "Shipments resume next month under inspection.")


def test_a_description_that_is_the_article_over_again_is_no_standfirst():
    long_description = " ".join(["The ministers met again and talked at length."] * 10)
    page = NEWS_PAGE.replace("Shipments resume next month under inspection.", long_description)
    assert parse_article(page, "html").dek is None


@pytest.mark.parametrize(("head", "body", "date"), [
    ('<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">', "",
     dt.date(2024, 3, 5)),
    ('<meta name="date" content="2022-02-02">', "", dt.date(2022, 2, 2)),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
     '"NewsArticle", "datePublished": "2023-07-01T10:00:00Z"}</script>', "",
     dt.date(2023, 7, 1)),
    ("", '<time datetime="2021-09-14">14 September 2021</time>', dt.date(2021, 9, 14)),
    ("", "", None),
])
def test_the_date_is_the_one_the_page_gives(head, body, date):
    html = page(f"<article><h1>Talks resume</h1>{body}<p>{PARAGRAPH}</p></article>",
                f"<title>Talks resume</title>{head}")
    assert parse_article(html, "html").date == date


def test_the_heading_that_repeats_the_title_is_not_a_unit():
    article = parse_article(page(f"<article><h1>Talks resume</h1><p>{PARAGRAPH}</p></article>"),
                            "html")
    assert article.title == "Talks resume"
    assert article.paragraphs == (PARAGRAPH,)


@pytest.mark.parametrize(("body", "units"), [
    ("<blockquote><p>We will not let the ships rot in port, the minister told reporters.</p>"
     "</blockquote>",
     [("text", "We will not let the ships rot in port, the minister told reporters.")]),
    ("<ul><li>Grain shipments resume.<ul><li>Wheat goes first.</li><li>Maize follows.</li>"
     "</ul></li><li>Inspections start.</li></ul>",
     [("item", "Grain shipments resume."), ("item", "Wheat goes first."),
      ("item", "Maize follows."), ("item", "Inspections start.")]),
    ("<p>Issued in Geneva<br>24 November 2025<br>Office of the Spokesperson</p>",
     [("text", "Issued in Geneva"), ("text", "24 November 2025"),
      ("text", "Office of the Spokesperson")]),
    ("<table><tr><th>Port</th><th>Cargo</th></tr><tr><td>Norhaven</td>"
     "<td>1.2 million tonnes of wheat</td></tr></table>",
     [("text", "Port"), ("text", "Cargo"), ("text", "Norhaven"),
      ("text", "1.2 million tonnes of wheat")]),
])
def test_quotations_nested_lists_line_breaks_and_table_cells_are_units(body, units):
    article = parse_article(page(f"<article><p>{PARAGRAPH}</p>{body}</article>"), "html")
    assert [(block.kind, block.text) for block in article.blocks[1:]] == units


@pytest.mark.parametrize("html", [
    "",
    "<html></html>",
    "<html><head><title>Home | Gazette</title></head><body><nav><ul>"
    + "".join(f"<li><a href='/{n}'>Section {n} of the site</a></li>" for n in range(30))
    + "</ul></nav><footer>All rights reserved.</footer></body></html>",
    "<html><body><img src='a.png'><script>var story = 'hidden';</script></body></html>",
    "<html><head><title>Gazette</title></head><body><nav><a href='/world'>World</a></nav>"
    "<footer>All rights reserved.</footer></body></html>",
], ids=["empty", "no body", "links only", "script only", "menu and footer"])
def test_a_page_without_an_article_reads_as_no_title_and_no_units(html):
    article = parse_article(html, "html")
    assert (article.title, article.blocks, article.text) == ("", (), "")


def test_broken_markup_is_read_as_best_it_can_be():
    html = (f"<html><body><div><article><p>{PARAGRAPH}<p>Talks went on <b>late into</i> the "
            "night.</div></div></span></td>")
    assert parse_article(html, "html").paragraphs == (
        PARAGRAPH, "Talks went on late into the night.")


def test_external_entities_are_never_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("classified launch codes", encoding="utf-8")
    html = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
            f"<html><body><article><p>{PARAGRAPH} &leak;</p></article></body></html>")
    text = parse_article(html, "html").text
    assert "ending a blockade" in text and "classified" not in text


def test_every_unit_of_a_page_is_in_the_text_evidence_is_checked_against():
    plain = plain_text(NEWS_PAGE, "html")
    assert all(unit in plain for unit in parse_article(NEWS_PAGE, "html").paragraphs)


def test_the_signature_of_a_quotation_is_read_but_the_page_footer_is_not():
    html = NEWS_PAGE.replace(
        "<h2>What the deal covers</h2>",
        "<blockquote><p>\"The corridor will feed millions of people this winter.\"</p>"
        "<footer>Jana Roe, Minister of Agriculture</footer></blockquote>"
        "<h2>What the deal covers</h2>")
    text = plain_text(html, "html")
    assert "Jana Roe, Minister of Agriculture" in text
    assert "All rights reserved" not in text
