"""Markdown as plain text: the quick path for text without markup gives what parsing gives."""

from __future__ import annotations

import html
import re

import pytest

from briefgen.render.markdown import to_html, to_plain


def parsed_plain(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", to_html(text))).split())


@pytest.mark.parametrize("text", [
    "Leaders met in Geneva.",
    "Two lines\nof text,   spaced.",
    "Two paragraphs.\n\nThe second one.",
    "A well-known, long-term plan: 3.5 % growth (estimated).",
    "**Bold** and _underscored_ words",
    "1. A list item\n2. Another",
    "- a bullet\n- another",
    "# A heading",
    "Text\n===",
    "> a quote",
    "    indented code",
    "Fish &amp; chips &lt;b&gt;",
    "A [link](https://example.org) and <https://example.org>",
    "Escaped \\*stars\\*",
    "2025. A year, at the start of a line",
    "Prices rose 3.5% in Q2; 2026-Q1 next.",
])
def test_plain_text_is_the_same_with_or_without_parsing(text):
    assert to_plain(text) == parsed_plain(text)
