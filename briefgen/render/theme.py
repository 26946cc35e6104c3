"""The Jinja environment: the project's own `templates/` first, then the built-in theme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from briefgen import __version__
from briefgen.render import markdown, urls
from briefgen.render.themefiles import theme_dirs
from briefgen.render.timeline import Mark, timeline_svg
from briefgen.when import When, describe

if TYPE_CHECKING:
    from briefgen.model import Upcoming


def make_environment(project: Path) -> jinja2.Environment:
    """Autoescaping, strict (an unknown variable is an error, not an empty string)."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(str(folder)) for folder in theme_dirs(project)]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: templates cannot change meanwhile
    )
    env.filters.update(
        markdown=lambda text: markdown_filter(text, block=True),
        inline_markdown=lambda text: markdown_filter(text, block=False),
        plain=lambda text: markdown.to_plain(text or ""),
        when=describe_when,
        longdate=long_date,
        shortdate=short_date,
    )
    env.tests["safe_link"] = markdown.safe_url
    env.globals.update(
        briefing_page=urls.briefing_page,
        briefing_pdf=urls.briefing_pdf,
        edition_page=urls.edition_page,
        edition_pdf=urls.edition_pdf,
        tag_page=urls.tag_page,
        timeline=timeline,
        version=__version__,
    )
    return env


def markdown_filter(text: str | None, *, block: bool) -> Markup:
    if not text:
        return Markup("")
    html = markdown.to_html(text) if block else markdown.to_inline_html(text)
    return Markup(html)


def timeline(events: Iterable[Upcoming], today: dt.date, ident: str = "timeline",
             title: str = "Timeline of upcoming events") -> Markup:
    """The SVG timeline of these events (empty when none is dated), framed to scroll
    sideways on a narrow screen rather than shrink its text."""
    svg = timeline_svg([Mark(e.when, e.what) for e in events if e.when is not None], today,
                       ident=ident, title=title)
    if not svg:
        return Markup("")
    return Markup(f'<div class="timeline-frame" tabindex="0" role="group" '
                  f'aria-label="{escape(title)}">{svg}</div>')


def describe_when(when: When | None) -> str:
    return describe(when) if when else "Date not announced"


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"
