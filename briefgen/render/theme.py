"""The Jinja environment: the project's own `templates/` first, then the built-in theme."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2

from briefgen import __version__
from briefgen.render import markdown, urls
from briefgen.when import When, describe

_PACKAGE = Path(__file__).resolve().parent.parent


def default_theme_dir() -> Path:
    """The built-in theme: inside the installed package, or the source tree's `templates/`."""
    packaged = _PACKAGE / "templates"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "templates"


def theme_dirs(project: Path) -> list[Path]:
    """Where templates and assets are looked up, in order; a name found first wins."""
    dirs = [project / "templates", default_theme_dir()]
    unique = []
    for folder in dirs:
        if folder.is_dir() and folder.resolve() not in [d.resolve() for d in unique]:
            unique.append(folder)
    return unique


def find_asset(project: Path, name: str) -> Path:
    """The file for a theme asset ("assets/style.css"), honouring project overrides."""
    for folder in theme_dirs(project):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(name)


def asset_names(project: Path) -> list[str]:
    """Every file under `assets/` across the theme folders, by name."""
    names = set()
    for folder in theme_dirs(project):
        assets = folder / "assets"
        if assets.is_dir():
            names.update(p.relative_to(folder).as_posix() for p in assets.rglob("*") if p.is_file())
    return sorted(names)


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
        version=__version__,
    )
    return env


def markdown_filter(text: str | None, *, block: bool) -> jinja2.utils.markupsafe.Markup:
    if not text:
        return jinja2.utils.markupsafe.Markup("")
    html = markdown.to_html(text) if block else markdown.to_inline_html(text)
    return jinja2.utils.markupsafe.Markup(html)


def describe_when(when: When | None) -> str:
    return describe(when) if when else "Date not announced"


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"
