"""The Jinja environment: the project's own `templates/` first, then the built-in theme."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import OrderedDict
from collections.abc import Iterable
from functools import cache
from html import escape
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from briefgen import __version__
from briefgen.render import markdown, urls
from briefgen.render.themefiles import find_asset, theme_dirs
from briefgen.render.timeline import Mark, timeline_svg
from briefgen.usercache import private_folder
from briefgen.when import MONTHS, WEEKDAYS, When, day_words, describe

if TYPE_CHECKING:
    from briefgen.model import Briefing, Upcoming


#: How templates are read and printed: autoescaped, strict (an unknown variable is an error,
#: not an empty string), and with Jinja's tags leaving no blank lines behind.
OPTIONS = {
    "autoescape": True,
    "undefined": jinja2.StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
}


def make_environment(project: Path) -> jinja2.Environment:
    """Jinja's own environment, over the site's `templates/` and then the built-in theme."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(str(folder)) for folder in theme_dirs(project)]
        ),
        auto_reload=False,  # one environment per build: templates cannot change meanwhile
        bytecode_cache=compiled_templates(),
        **OPTIONS,
    )
    env.filters.update(
        markdown=lambda text: markdown_filter(text, block=True),
        inline_markdown=lambda text: markdown_filter(text, block=False),
        plain=lambda text: markdown.to_plain(text or ""),
        when=describe_when,
        longdate=long_date,
        shortdate=short_date,
        lede=lede,
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
    env.globals["sections"] = SectionsOnce(env)
    env.globals["theme_file"] = lambda name: find_asset(project, name).resolve().as_uri()
    return env


def compiled_templates() -> jinja2.BytecodeCache | None:
    """Templates compiled by an earlier build, kept as Python keeps bytecode. Jinja checks that
    a template's source is unchanged, not which code compiled it, so the files are named by the
    versions of briefgen, Jinja and MarkupSafe and by `OPTIONS`. None where the user's cache
    folder is not private (compiled templates are code that is run) or cannot be written."""
    folder = private_folder("templates")
    if folder is None or not os.access(folder, os.W_OK):
        return None
    compiler = [f"briefgen-{__version__}",
                *(f"{name}-{metadata.version(name)}" for name in ("jinja2", "markupsafe")),
                hashlib.sha1(repr(sorted(OPTIONS.items())).encode()).hexdigest()[:12]]
    return jinja2.FileSystemBytecodeCache(str(folder), "_".join(compiler) + "_%s.cache")


#: The theme's macros, which pages import and `SectionsOnce` calls.
MACROS = "partials/macros.html"


class SectionsOnce:
    """`sections(briefing, level, pdf)`: the theme's `briefing_sections` macro, rendered once
    per briefing and reused — a briefing's sections appear on its page, in its day's edition
    and in both their PDFs. Like Hugo's `partialCached`, this is right because the macro is
    imported without the page's context: what it renders depends on its arguments alone.

    The macro renders at level 2; other levels are the same HTML with its headings shifted.
    The most recent renderings are kept (pages are made in an order that keeps a briefing's
    page and its day's edition close), so memory stays flat however large the site.
    """

    KEEP = 256

    def __init__(self, env: jinja2.Environment):
        self._env = env
        self._rendered: OrderedDict[tuple[int, bool], tuple[Briefing, str]] = OrderedDict()

    def __call__(self, briefing: Briefing, level: int = 2, pdf: bool = False) -> Markup:
        key = (id(briefing), pdf)
        entry = self._rendered.get(key)
        if entry is None or entry[0] is not briefing:
            macros = self._env.get_template(MACROS).module
            entry = (briefing, str(macros.briefing_sections(briefing, level=2, pdf=pdf)))
            self._rendered[key] = entry
            if len(self._rendered) > self.KEEP:
                self._rendered.popitem(last=False)
        return Markup(shift_headings(entry[1], level - 2))


_HEADING_TAG = re.compile(r"</?h[1-6](?=[\s>])")


@cache
def _shifted_tags(by: int) -> dict[str, str]:
    return {f"<{end}h{n}": f"<{end}h{min(6, n + by)}" for end in ("", "/") for n in range(1, 7)}


def shift_headings(html: str, by: int) -> str:
    """The headings of an HTML fragment moved `by` levels deeper (h6 at most), as when a
    fragment written for a page is nested in a larger one. Only tags can match: in
    autoescaped text and attributes every `<` is `&lt;`."""
    if by == 0:
        return html
    shifted = _shifted_tags(by)
    return _HEADING_TAG.sub(lambda tag: shifted[tag[0]], html)


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


def lede(briefing: Briefing) -> str:
    """A briefing in one line, for a front page: its dek, else its summary's first sentence."""
    if briefing.dek:
        return briefing.dek
    text = markdown.to_plain(briefing.summary or "")
    first = re.match(r".+?[.!?](?=\s+[A-Z“\"‘'(]|\s*$)", text, re.S)
    return " ".join((first.group() if first else text).split())


def long_date(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day_words(day)}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
