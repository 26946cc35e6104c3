"""Markdown for summaries and deks: CommonMark without raw HTML and without unsafe links."""

from __future__ import annotations

import html
import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:|#|/|\.|[^:/?#]*(?:[/?#]|$))", re.IGNORECASE)


def safe_url(url: str) -> bool:
    """Only web, mail and relative links; never `javascript:`, `data:`, `file:` and the like."""
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", url)
    return bool(_SAFE_SCHEME.match(cleaned))


@cache
def _parser() -> MarkdownIt:
    """Imported on first use: most summaries and deks need no parser (see `to_html`)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.validateLink = safe_url
    return md


#: What can make Markdown differ from its plain words: inline markup characters, and block
#: markers (lists, headings, quotes, rules, indented code) at the start of a line — of the
#: text, or after a line end. Three searches, not one: a pattern that may match at any
#: line start is tried at every character, five times as slow on a summary.
_INLINE_MARKUP = re.compile(r"[\\`*_\[\]<>!&~|]")
_BLOCK_MARKER = re.compile(r"[ \t]*(?:[-+=#>]|\d{1,9}[.)])| {4}|\t")
_LATER_BLOCK_MARKER = re.compile(r"\n(?:[ \t]*(?:[-+=#>]|\d{1,9}[.)])| {4}|\t)")
#: White space other than spaces and line ends (tabs, non-breaking spaces): left to the
#: parser, whose rules for it are subtler.
_ODD_SPACE = re.compile(r"[^\S \n]")


def _has_markup(text: str) -> bool:
    return bool(_INLINE_MARKUP.search(text) or _BLOCK_MARKER.match(text)
                or _LATER_BLOCK_MARKER.search(text))


def to_html(text: str) -> str:
    if not _has_markup(text) and not _ODD_SPACE.search(text):  # most summaries
        return _paragraphs(text)
    return _parser().render(text)


def _paragraphs(text: str) -> str:
    """What CommonMark makes of text without markup: paragraphs split at blank lines, lines
    stripped of their spaces, a hard break where a line ends in two spaces."""
    out = []
    for block in re.split(r"\n(?: *\n)+", text.strip(" \n")):
        lines = block.split("\n")
        parts = [_escape(line.strip(" ")) + ("<br />" if line.endswith("  ") else "")
                 for line in lines[:-1]]
        parts.append(_escape(lines[-1].strip(" ")))
        out.append("<p>" + "\n".join(parts) + "</p>\n")
    return "".join(out) if text.strip(" \n") else ""


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;")


def to_plain(text: str) -> str:
    """Markdown as plain text, for email bodies, PDF metadata and the search index."""
    if not _has_markup(text):  # most summaries: no need to parse them
        return " ".join(text.split())
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", to_html(text))).split())


def to_inline_html(text: str) -> str:
    """For one-line fields: inline Markdown only, no paragraphs."""
    return _parser().renderInline(text)
