"""The theme's helpers: a briefing's sections rendered once, at any heading level."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.content import load_content
from briefgen.render.theme import long_date, make_environment, shift_headings, short_date


@pytest.mark.parametrize(("html", "by", "expected"), [
    ("<h2>Agreements</h2>", 1, "<h3>Agreements</h3>"),
    ('<h2 class="x">A</h2>', 1, '<h3 class="x">A</h3>'),
    ("<h2>A</h2>", 0, "<h2>A</h2>"),
    ("<h1>A</h1><h2>B</h2>", 2, "<h3>A</h3><h4>B</h4>"),
    ("<h5>A</h5><h6>B</h6>", 2, "<h6>A</h6><h6>B</h6>"),  # no h7 in HTML
    ("<header><hr><html>", 1, "<header><hr><html>"),
    ("<h2-card>A</h2-card><h2\n>B</h2>", 1, "<h2-card>A</h2-card><h3\n>B</h3>"),
    ("&lt;h2&gt;text&lt;/h2&gt;", 1, "&lt;h2&gt;text&lt;/h2&gt;"),  # escaped text is text
    ('<a title="&lt;h2&gt;">h2</a>', 1, '<a title="&lt;h2&gt;">h2</a>'),
])
def test_headings_shift_and_nothing_else_does(html, by, expected):
    assert shift_headings(html, by) == expected


@pytest.fixture
def seed_briefing_and_env(seed_project: Path):
    briefing = load_content(seed_project).briefings[0]
    return briefing, make_environment(seed_project)


@pytest.mark.parametrize("level", [2, 3])
@pytest.mark.parametrize("pdf", [False, True])
def test_sections_equal_the_macro_rendered_at_that_level(seed_briefing_and_env, level, pdf):
    briefing, env = seed_briefing_and_env
    macro = env.get_template("partials/macros.html").module.briefing_sections
    expected = str(macro(briefing, level=level, pdf=pdf))
    env.globals["sections"](briefing, level=2, pdf=pdf)  # the level-2 rendering, kept
    assert str(env.globals["sections"](briefing, level=level, pdf=pdf)) == expected
    assert f"<h{level}>Agreements</h{level}>" in expected


def test_a_briefing_s_sections_are_rendered_once_for_all_the_pages_showing_them(
        seed_project: Path):
    templates = seed_project / "templates" / "partials"
    templates.mkdir(parents=True)
    templates.joinpath("macros.html").write_text(
        "{% macro briefing_sections(briefing, level=2, pdf=False) %}"
        "<h{{ level }}>{{ briefing.title }}</h{{ level }}>{{ rendered() }}{% endmacro %}")
    env = make_environment(seed_project)
    calls = []
    env.globals["rendered"] = lambda: calls.append(1) or ""
    briefing = load_content(seed_project).briefings[0]
    shown = [str(env.globals["sections"](briefing, level=level)) for level in (2, 3, 3)]
    assert len(calls) == 1
    assert shown[0] == f"<h2>{briefing.title}</h2>"
    assert shown[1] == shown[2] == f"<h3>{briefing.title}</h3>"
    env.globals["sections"](briefing, level=2, pdf=True)
    assert len(calls) == 2  # the PDF's variant is another rendering


@pytest.mark.parametrize("day", [dt.date(2025, 11, 24), dt.date(2026, 1, 4), dt.date(999, 5, 9)])
def test_dates_read_as_strftime_writes_them(day):
    assert long_date(day) == f"{day:%A} {day.day} {day:%B %Y}"
    assert short_date(day) == f"{day.day} {day:%b %Y}"
