"""Markdown in summaries and deks: CommonMark, with raw HTML shown as text and only safe
link targets kept."""

from __future__ import annotations

import pytest

from briefgen.render.markdown import safe_url, to_html, to_inline_html, to_plain


@pytest.mark.parametrize(("text", "html"), [
    ("Leaders met in Geneva.", "<p>Leaders met in Geneva.</p>\n"),
    ("Two paragraphs.\n\nThe second one.", "<p>Two paragraphs.</p>\n<p>The second one.</p>\n"),
    ("**Bold** and _leaning_ words", "<p><strong>Bold</strong> and <em>leaning</em> words</p>\n"),
    ("- a bullet\n- another", "<ul>\n<li>a bullet</li>\n<li>another</li>\n</ul>\n"),
    ("[the text](https://example.org/a)",
     '<p><a href="https://example.org/a">the text</a></p>\n'),
    ("Fish & chips", "<p>Fish &amp; chips</p>\n"),
])
def test_summaries_render_as_commonmark(text, html):
    assert to_html(text) == html


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    "Before <img src=x onerror=alert(1)> after",
    "<div>\nblock html\n</div>",
])
def test_raw_html_is_shown_as_text_never_as_markup(text):
    rendered = to_html(text)
    assert "<script" not in rendered and "<img" not in rendered and "<div" not in rendered
    assert "&lt;" in rendered


@pytest.mark.parametrize(("url", "kept"), [
    ("https://example.org/", True),
    ("http://example.org/", True),
    ("mailto:desk@example.org", True),
    ("../briefings/x/", True),
    ("#agreements", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("java\tscript:alert(1)", False),
    ("data:text/html;base64,PHNjcmlwdD4=", False),
    ("file:///etc/passwd", False),
    ("vbscript:msgbox(1)", False),
])
def test_only_web_mail_and_relative_links_are_kept(url, kept):
    assert safe_url(url) is kept
    rendered = to_html(f"[a link]({url})")
    assert ("<a href" in rendered) is kept


@pytest.mark.parametrize(("text", "plain"), [
    ("**Bold** and _leaning_ words", "Bold and leaning words"),
    ("[the text](https://example.org/a), then more", "the text, then more"),
    ("Fish & chips\n\nand  more", "Fish & chips and more"),
    ("- one\n- two", "one two"),
])
def test_plain_text_drops_the_markup_and_keeps_the_words(text, plain):
    assert to_plain(text) == plain


def test_one_line_fields_get_inline_markup_without_a_paragraph():
    assert to_inline_html("A *dek* line") == "A <em>dek</em> line"
