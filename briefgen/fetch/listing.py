"""A listing page — a press room's list of links to its releases — read as items, one a link.

A page is a listing when it does not say it is an article (publishing systems mark their
articles for link previews: og:type "article", article:published_time), links to at least
`MIN_LINKS` articles of its own site, and its main text (as trafilatura finds it), the titles
of those links left out, is shorter than `WORDS_PER_LINK` words for each of them: a list of
headlines, each with a date or a line or two of teaser at most, and no article of its own. An
article page with a few links to others fails the last test by its own text. A short
article that neither marks itself nor holds its links inside its sentences can pass for a
listing: its source says `kind: article` in briefgen.yaml.

A link is taken to lead to an article when it stays on the page's host, leads elsewhere than
the listing itself (its other pages included: `?page=2`), has a path that looks like an
article's (`/news/2025/11/talks-resume`, `/press/1234`, `/talks-resume-in-geneva`, not
`/about`) with no tag, category, author or search segment, and a title of several words
("Read more", "Next", "2" are not) that stands on its own: a link inside a paragraph of prose
(`PROSE_WORDS` words besides its own) is part of a sentence, not a headline. Links inside
navigation, sidebars, breadcrumbs, pagination, related-links and sharing boxes, the page's
header and footer, or marked rel="tag", "next" or "prev", are left out.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator

import lxml.html
from lxml import etree

from briefgen.extract.html_text import read_page
from briefgen.fetch.feeds import FeedItem

MIN_LINKS = 3
WORDS_PER_LINK = 50
TITLE_WORDS = 3
PROSE_WORDS = 10
_NOT_ARTICLES = {"tag", "tags", "category", "categories", "author", "authors", "search",
                 "login", "feed", "rss", "page"}
#: Elements and class/id/role words of the parts of a page around its content. A header or
#: footer inside an <article> or <main> is the content's own: archive pages put each
#: article's title link in an <article>'s <header>.
_AROUND = {"nav", "aside", "menu", "form"}
_AROUND_WORDS = {"nav", "navbar", "navigation", "menu", "sidebar", "breadcrumb", "breadcrumbs",
                 "pagination", "pager", "related", "share", "social", "tags", "skip"}
_PAGE_EDGES = {"header", "footer"}
_CONTENT = {"article", "main"}
_NOT_PAGES = re.compile(r"\.(?:pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|pptx?|odt|xml|rss|"
                        r"json|ics|csv|mp3|mp4)$", re.I)
_SLUG = re.compile(r"\d|[^\W_]+(?:[-_][^\W_]+){2,}")
_WORDS = re.compile(r"[-_\s]+")
_READ_ERRORS = (ValueError, TypeError, etree.LxmlError)


def listing_items(html: str, page_url: str) -> tuple[FeedItem, ...] | None:
    """The articles a listing page links to, first to last; None when the page is no listing
    (an article, to be read as one item)."""
    document = _document(html, page_url)
    if document is None or _declares_article(document):
        return None
    links = _links(document, page_url)
    if len(links) < MIN_LINKS:
        return None
    words = sum(len(piece.text.split()) for piece in read_page(html).pieces)
    titles = sum(len(link.title.split()) for link in links)
    return links if words - titles < WORDS_PER_LINK * len(links) else None


def article_links(html: str, page_url: str) -> tuple[FeedItem, ...]:
    """The links of the page that look like links to articles of its site, each once (its
    address made whole, without its #fragment), titled by its words, in the page's order."""
    document = _document(html, page_url)
    return () if document is None else _links(document, page_url)


def _document(html: str, page_url: str) -> lxml.html.HtmlElement | None:
    """The page parsed, its links made absolute (against its <base href>, if any)."""
    try:
        document = lxml.html.document_fromstring(
            html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
        document.make_links_absolute(page_url, resolve_base_href=True,
                                     handle_failures="discard")
    except _READ_ERRORS:
        return None
    return document


def _declares_article(document: lxml.html.HtmlElement) -> bool:
    """Whether the page says it is an article, as publishing systems mark their articles for
    link previews (Open Graph): og:type "article", or an article:published_time."""
    for meta in document.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = (meta.get("content") or "").strip().lower()
        if (name == "og:type" and content == "article") or name == "article:published_time":
            return True
    return False


def _links(document: lxml.html.HtmlElement, page_url: str) -> tuple[FeedItem, ...]:
    page = urllib.parse.urlsplit(page_url)
    found: dict[str, FeedItem] = {}
    for anchor in _content_anchors(document):
        url = urllib.parse.urldefrag(anchor.get("href", "")).url
        title = " ".join(anchor.text_content().split())
        if url not in found and len(title.split()) >= TITLE_WORDS and \
                _article_address(url, page):
            found[url] = FeedItem(url, url, title)
    return tuple(found.values())


def _content_anchors(document: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The page's <a href> elements outside the parts around its content."""
    for anchor in document.iter("a"):
        rel = set((anchor.get("rel") or "").lower().split())
        if anchor.get("href") and not rel & {"tag", "next", "prev", "category"} \
                and not _around(anchor) and not _in_prose(anchor):
            yield anchor


def _in_prose(anchor: lxml.html.HtmlElement) -> bool:
    paragraph = next(anchor.iterancestors("p"), None)
    if paragraph is None:
        return False
    words = len(paragraph.text_content().split()) - len(anchor.text_content().split())
    return words >= PROSE_WORDS


def _around(anchor: lxml.html.HtmlElement) -> bool:
    ancestors = [e for e in anchor.iterancestors() if e.tag not in ("html", "body")]
    around = _AROUND if any(e.tag in _CONTENT for e in ancestors) else _AROUND | _PAGE_EDGES
    words = around | _AROUND_WORDS
    for element in ancestors:
        names = " ".join(element.get(key) or "" for key in ("class", "id", "role")).lower()
        if element.tag in around or set(_WORDS.split(names)) & words:
            return True
    return False


def _article_address(url: str, page: urllib.parse.SplitResult) -> bool:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname != page.hostname:
        return False
    path = parts.path.rstrip("/")
    segments = [segment.lower() for segment in path.split("/") if segment]
    if not segments or path == page.path.rstrip("/") or _NOT_PAGES.search(path):
        return False
    if _NOT_ARTICLES & set(segments):
        return False
    return len(segments) >= 2 or bool(_SLUG.search(segments[-1]))
