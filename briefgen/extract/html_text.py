"""An HTML page read as its reader sees it: the article's blocks and the page's metadata.

trafilatura finds the article in the page (leaving out navigation, footers, comments,
related-links boxes and share buttons) and the title, date, address and site name in its
metadata. Its tree of the article keeps paragraphs, headings, list items, quotations and table
cells apart; each becomes a `Piece`, so that no heading runs into the sentence after it.

The page is read from the string given: nothing is downloaded, and lxml's HTML parser
neither loads external entities nor reaches the network.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura
from lxml import etree

from briefgen.extract.units import Piece

#: Pages whose parse fails inside trafilatura or lxml are read as pages without an article.
_READ_ERRORS = (ValueError, TypeError, AssertionError, RecursionError, etree.LxmlError)
#: Elements of trafilatura's tree (and of the HTML its fallbacks keep) that start a new block;
#: every other element is part of a block's line (emphasis, links, code within a sentence).
_BLOCKS = {"p", "head", "item", "list", "quote", "table", "row", "cell", "code", "div", "ab",
           "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
           "pre", "td", "th", "tr", "section", "article", "main", "body"}
_KINDS = {"head": "heading", "item": "item", "li": "item", "dt": "item", "dd": "item",
          **{f"h{level}": "heading" for level in range(1, 7)}}
#: Elements whose words are not the article's text: pictures, notes, and the navigation,
#: footers and forms that trafilatura's fallbacks sometimes keep of a short page.
_UNREAD = {"graphic", "img", "fw", "note", "script", "style", "nav", "header", "footer", "aside",
           "form", "menu", "button"}

# trafilatura reports pages it cannot read through logging; a page without an article is an
# ordinary result here, not a warning to print.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True)
class Page:
    """What a page holds for a briefing: its metadata (None when the page gives none) and
    the article's blocks (none when the page holds no article)."""

    pieces: tuple[Piece, ...] = ()
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, as trafilatura gives it
    description: str | None = None
    url: str | None = None
    sitename: str | None = None


def read_page(html: str) -> Page:
    """The article of an HTML page, or an empty `Page` when it holds none or cannot be read.

    trafilatura's options favour precision: its figures on the news pages of
    `benchmarks/page_reader.py` are as good either way, and a line of boilerplate in a draft
    becomes an item a person must strike out.
    """
    if "<blockquote" in html:
        html = _QUOTE_SIGNATURE.sub(r"\g<open><p>\g<signature></p>", html)
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True)
    except _READ_ERRORS:
        return Page()
    body = document.body if document is not None else None
    pieces = tuple(_pieces(body)) if body is not None and body.tag not in _UNREAD else ()
    if not pieces:  # a title alone drafts nothing
        return Page()
    return Page(pieces, _fold(document.title), _fold(document.date),
                _fold(document.description), _fold(document.url), _fold(document.sitename))


#: Who signs a quotation, in the `<footer>` of its `<blockquote>`: a line the reader sees,
#: which trafilatura would leave out with the page's footers.
_QUOTE_SIGNATURE = re.compile(r"(?P<open><blockquote\b(?:(?!</?blockquote\b).){0,4000}?)"
                              r"<footer\b[^>]*>(?P<signature>(?:(?!</?footer\b).){0,300}?)"
                              r"</footer>", re.I | re.S)


def _pieces(element: etree._Element, kind: str = "text") -> Iterator[Piece]:
    """The blocks in `element`, in reading order: its own words (one piece per line, a
    `<br>` ending a line) and, where they come, the blocks it holds."""
    run = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""  # comments have no name
        if tag in _BLOCKS:
            yield from _lines("".join(run), kind)
            run = []
            yield from _pieces(child, _KINDS.get(tag, "text"))
        elif tag == "lb":
            run.append("\n")
        elif tag and tag not in _UNREAD:
            run.append(_words(child))
        run.append(child.tail or "")
    yield from _lines("".join(run), kind)


def _words(element: etree._Element) -> str:
    """The words of an element inside a line, a line break as a newline."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            parts.append("\n")
        elif tag and tag not in _UNREAD:
            parts.append(_words(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _lines(text: str, kind: str) -> Iterator[Piece]:
    for line in text.split("\n"):
        folded = " ".join(line.replace("\u200b", " ").split())
        if folded and not _LINK_TO_ANOTHER.search(folded):
            yield Piece(folded, kind)


#: A line that points to other articles: "READ MORE: …", "Related: …", "DON'T MISS", or a
#: headline tagged for its kind ("China furious at Macron [INSIGHT]|").
_LINK_TO_ANOTHER = re.compile(
    r"^(?:read\s+more|see\s+more|see\s+also|also\s+read|related(?:\s+articles?)?|more|watch|"
    r"don[’']t\s+miss)\b\s*(?::|$)|\[\s*(?-i:[A-Z]{3,}(?:\s+[A-Z]+)*)\s*\]\s*\|?\s*$", re.I)


def _fold(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None
