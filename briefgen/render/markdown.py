"""Markdown for summaries and deks: CommonMark without raw HTML and without unsafe links."""

from __future__ import annotations

import html
import re
from functools import cache

from markdown_it import MarkdownIt

_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:|#|/|\.|[^:/?#]*(?:[/?#]|$))", re.IGNORECASE)


def safe_url(url: str) -> bool:
    """Only web, mail and relative links; never `javascript:`, `data:`, `file:` and the like."""
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", url)
    return bool(_SAFE_SCHEME.match(cleaned))


@cache
def _parser() -> MarkdownIt:
    """CommonMark with raw HTML off and only safe link targets."""
    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.validateLink = safe_url
    return md


def to_html(text: str) -> str:
    return _parser().render(text)


def to_plain(text: str) -> str:
    """Markdown as plain text, for email bodies, PDF metadata and the search index."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", to_html(text))).split())


def to_inline_html(text: str) -> str:
    """For one-line fields: inline Markdown only, no paragraphs."""
    return _parser().renderInline(text)
