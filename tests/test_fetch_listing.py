"""Listing pages — a press room's list of links to its releases — told from articles, and
read as the articles they link to."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.fetch.feeds import FeedItem
from briefgen.fetch.listing import article_links, listing_items

PAGES = Path(__file__).parent / "pages"
PRESS_ROOM = (PAGES / "press_room.html").read_text(encoding="utf-8")
ARTICLE = (PAGES / "article_with_related.html").read_text(encoding="utf-8")
LISTING_URL = "https://mfa.example/en/press-releases"
RELEASES = "https://mfa.example/en/press-releases/2025/11/"


def test_a_listing_gives_its_article_links_and_none_of_its_boilerplate():
    assert listing_items(PRESS_ROOM, LISTING_URL) == tuple(
        FeedItem(RELEASES + path, RELEASES + path, title) for path, title in [
            ("minister-meets-kenyan-counterpart", "Minister meets Kenyan counterpart in Nairobi"),
            ("grain-corridor-reopens", "Grain corridor to reopen next week"),
            ("state-visit-norland", "State visit to Norland announced")])


ARCHIVE = """<html><body><header><nav><a href="/">Home</a></nav></header><main>
<h1>News</h1>{}</main><footer><a href="/imprint">Imprint</a></footer></body></html>""".format(
    "".join(f'<article><header><h2><a href="/2025/11/2{day}/{slug}/">{title}</a></h2></header>'
            "<p>The ministry published a statement on the matter.</p></article>"
            for day, slug, title in [(2, "talks-resume-in-geneva", "Talks resume in Geneva"),
                                     (3, "envoy-named-for-the-sahel", "Envoy named for the Sahel"),
                                     (4, "minister-visits-kenya", "Minister visits Kenya today")]))
HEADLINES = "<html><body><div class='list'>{}</div></body></html>".format("".join(
    f'<div class="item"><a href="/press/{n}">Statement on the talks, part {n}</a></div>'
    for n in range(1, 5)))


@pytest.mark.parametrize(("html", "listing"), [
    (PRESS_ROOM, True),
    (ARCHIVE, True),
    (HEADLINES, True),
    (PRESS_ROOM.replace("<head>", '<head><meta property="og:type" content="article">'), False),
    (ARTICLE, False),
    (ARTICLE.replace("article:published_time", "dc.date"), False),
    (PRESS_ROOM.replace("2025/11/state-visit-norland", "2025/11/grain-corridor-reopens"), False),
], ids=["press room", "archive of articles", "headlines alone", "marked as an article",
        "article with links to others", "unmarked article with links to others",
        "only two articles linked"])
def test_a_listing_is_told_from_an_article_by_the_page_itself(html, listing):
    assert (listing_items(html, LISTING_URL) is not None) is listing


@pytest.mark.parametrize(("snippet", "kept"), [
    ('<a href="/en/news/2025/11/talks-resume">Talks resume in Geneva</a>',
     ["/en/news/2025/11/talks-resume"]),
    ('<a href="news/2025/11/talks-resume">Talks resume in Geneva</a>',
     ["/en/news/2025/11/talks-resume"]),
    ('<a href="/talks-resume-in-geneva/">Talks resume in Geneva</a>', ["/talks-resume-in-geneva/"]),
    ('<a href="/press/1234">Statement on the talks</a>', ["/press/1234"]),
    ('<p><a href="/press/1234">Statement on the talks</a> 24 November 2025</p>', ["/press/1234"]),
    ('<article><header><h2><a href="/press/1234">Statement on the talks</a></h2></header>'
     "</article>", ["/press/1234"]),
    ('<a href="/press/1234#comments">Statement on the talks</a>'
     '<a href="/press/1234">The same statement again</a>', ["/press/1234"]),
    ('<a href="/about">About the ministry and its work</a>', []),
    ('<a href="/press/1234">Read more</a>', []),
    ('<nav><a href="/press/1234">Statement on the talks</a></nav>', []),
    ('<header><a href="/press/1234">Statement on the talks</a></header>', []),
    ('<footer><a href="/press/1234">Statement on the talks</a></footer>', []),
    ('<aside><a href="/press/1234">Statement on the talks</a></aside>', []),
    ('<ol class="breadcrumb"><li><a href="/press/1234">Statement on the talks</a></li></ol>', []),
    ('<div role="navigation"><a href="/press/1234">Statement on the talks</a></div>', []),
    ('<a rel="next" href="/press/archive/2">Older press releases, page 2</a>', []),
    ('<a href="/en/press-releases?page=2">Older press releases, page 2</a>', []),
    ('<a href="/en/tag/trade-and-economy">Trade and economic relations</a>', []),
    ('<a href="/en/category/europe/">Relations with European countries</a>', []),
    ('<a href="https://elsewhere.example/news/2025/11/talks">Talks resume in Geneva</a>', []),
    ('<a href="/en/publications/annual-report-2024.pdf">Annual report for 2024</a>', []),
    ('<a href="mailto:press@mfa.example">Write to the press office</a>', []),
    ('<p>The ministers met again after <a href="/press/1234">the talks in Geneva</a> ended '
     "without an accord on the border last week.</p>", []),
], ids=["article path", "relative address", "slug", "numbered", "title with a date",
        "title in an article's header", "once, by its first title", "one-word path",
        "read more", "navigation", "page header", "page footer", "sidebar", "breadcrumb",
        "role navigation", "rel next", "the listing's next page", "tag", "category",
        "another host", "a pdf", "mail", "a link inside a sentence"])
def test_only_links_that_look_like_articles_of_the_site_are_kept(snippet, kept):
    html = f"<html><body><div>{snippet}</div></body></html>"
    assert [link.url.removeprefix("https://mfa.example") for link in
            article_links(html, LISTING_URL)] == kept
