"""Markdown without parsing, for text without markup, gives exactly what parsing gives."""

from __future__ import annotations

import html
import random
import re

import pytest
from markdown_it import MarkdownIt

from briefgen.render.markdown import _has_markup, to_html, to_plain

COMMONMARK = MarkdownIt("commonmark", {"html": False, "typographer": False})


def parsed_plain(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", COMMONMARK.render(text))).split())


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
    'He said "yes" and it\'s done.',
    "  leading spaces\n   and more",
    "a hard  \nbreak, a soft \nbreak",
    "\n\n  \n",
    "non\u00a0breaking\tand tab",
])
def test_the_same_with_or_without_parsing(text):
    assert to_plain(text) == parsed_plain(text)
    assert to_html(text) == COMMONMARK.render(text)


def test_the_same_with_or_without_parsing_for_random_text():
    rng = random.Random(2025)
    alphabet = ["a", "é", " ", " ", "\n", '"', "'", ".", ",", "1", "-", "(", "\u00a0", "\t", "*",
                "#", ">", "+", "=", ")", "    "]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert to_html(text) == COMMONMARK.render(text), repr(text)
        assert to_plain(text) == parsed_plain(text), repr(text)


@pytest.mark.parametrize(("text", "markup"), [
    ("Leaders met in Geneva on 3 May.", False),
    ("A first line\nand a second, 2 - 1 = 1.", False),
    ("- a bullet", True),
    ("  + a bullet, indented", True),
    ("First line\n# a heading below", True),
    ("First line\n  > a quote below", True),
    ("First line\n12) an item below", True),
    ("1234567890. too long a number for an item", False),
    ("    indented code", True),
    ("First line\n    indented code below", True),
    ("\ta tab first", True),
    ("Fish & chips", True),
    ("A [bracket]", True),
])
def test_markup_is_a_markup_character_or_a_block_marker_starting_a_line(text, markup):
    assert _has_markup(text) is markup


def test_the_markdown_parser_is_imported_only_for_text_with_markup():
    import subprocess
    import sys

    probe = ("import sys\n"
             "from briefgen.render.markdown import to_html\n"
             "to_html('Leaders met in Geneva.')\n"
             "print('markdown_it' in sys.modules)\n"
             "to_html('Leaders met in **Geneva**.')\n"
             "print('markdown_it' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.split() == ["False", "True"], result.stderr
