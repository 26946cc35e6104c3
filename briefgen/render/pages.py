"""Every page and feed of the site as text, keyed by its path in the site."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import jinja2

from briefgen.errors import BriefgenError, Problem
from briefgen.model import Briefing
from briefgen.render import ics, urls
from briefgen.render.search import search_index
from briefgen.textfile import as_seen
from briefgen.views import Edition, Site
from briefgen.when import MONTHS


@dataclass(frozen=True)
class Page:
    """One output: its site path, the template that renders it, and what the template needs.

    `sources` are the briefings it shows — None for a page about the whole site — so that a
    build can tell whether it needs rendering again.
    """

    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    absolute_links: bool = False
    sources: tuple[Briefing, ...] | None = None


def site_pages(site: Site) -> Iterator[Page]:
    """Every templated output of the site, in a stable order: each day's briefings just
    before its edition, which shows them again (see `SectionsOnce`)."""
    yield Page("", "index.html", {"title": site.config.title})
    editions = {edition.date: edition for edition in site.editions}
    for position, briefing in enumerate(site.briefings):
        yield Page(urls.briefing_page(briefing), "briefing.html",
                   {"briefing": briefing, "title": briefing.title}, sources=(briefing,))
        following = site.briefings[position + 1:position + 2]
        if briefing.date in editions and (not following or following[0].date != briefing.date):
            yield _edition_page(editions.pop(briefing.date))
    for edition in editions.values():  # none, unless editions leave out some briefings
        yield _edition_page(edition)
    yield Page("upcoming/", "upcoming.html", {"title": "Upcoming visits and events"})
    yield Page("issues/", "issues.html", {"title": "Open issues"})
    yield Page("tags/", "tags.html", {"title": "Tags"})
    yield Page("search/", "search.html", {"title": "Search"}, sources=())
    for tag, briefings in site.tags.items():
        yield Page(urls.tag_page(tag), "tag.html",
                   {"tag": tag, "tagged": briefings, "title": f"Tagged {tag}"}, sources=briefings)
    yield Page("404.html", "404.html", {"title": "Page not found"}, absolute_links=True,
               sources=())
    yield Page("feed.xml", "feed.xml",
               {"title": site.config.title, "feed_updated": _feed_updated(site)})
    yield Page("sitemap.xml", "sitemap.xml", {"title": "Sitemap"})
    yield Page("robots.txt", "robots.txt", {"title": "robots"}, sources=())


def _edition_page(edition: Edition) -> Page:
    day = edition.date
    title = f"Daily briefing, {day.day:02d} {MONTHS[day.month - 1]} {day.year}"
    return Page(urls.edition_page(day), "edition.html", {"edition": edition, "title": title},
                sources=edition.briefings)


def page_context(site: Site, page: Page) -> dict[str, Any]:
    """What every template sees: the site, this page, and link helpers bound to this page."""
    config = site.config

    def absolute_path(target: str) -> str:
        return config.base_path + target

    url = absolute_path if page.absolute_links else urls.links_from(page.path)

    return {
        **page.context,
        "site": site,
        "config": config,
        "page": page.path,
        "url": url,
        "absolute_url": lambda target: urls.absolute(target, config.base_url),
    }


#: Outputs made by code from the whole site rather than by a template.
GENERATED: dict[str, Callable[[Site], str]] = {
    "calendar.ics": ics.calendar,
    "search.json": search_index,
}


def render_pages(site: Site, env: jinja2.Environment) -> dict[str, str]:
    """Render the whole site (except PDFs) to `{site path of the file: text}`."""
    out = {urls.output_file(page.path): render_page(env, site, page) for page in site_pages(site)}
    out.update((name, make(site)) for name, make in GENERATED.items())
    return out


def render_page(env: jinja2.Environment, site: Site, page: Page) -> str:
    """One page; a template mistake becomes one located error, not a traceback."""
    return render_page_watched(env, site, page)[0]


def render_page_watched(env: jinja2.Environment, site: Site, page: Page) -> tuple[str, bool]:
    """One page, and whether its template read more of the site than the page's `sources`."""
    watched = _WatchedSite(site)
    return _render(env, watched, page), watched.read_site_wide


class _WatchedSite:
    """The site as a template sees it, noting any use of what spans every briefing: a theme
    may show, say, the latest briefings on every page, and then every page depends on them."""

    #: `today` too: unless given, it is the newest briefing's date
    SITE_WIDE = frozenset({"briefings", "editions", "events", "issues", "tags", "latest",
                           "today"})

    def __init__(self, site: Site):
        self._site = site
        self.read_site_wide = False

    def __getattr__(self, name: str) -> Any:
        if name in self.SITE_WIDE:
            self.read_site_wide = True
        return getattr(self._site, name)


def _render(env: jinja2.Environment, site: Any, page: Page) -> str:
    try:
        text = env.get_template(page.template).render(page_context(site, page))
    except jinja2.TemplateSyntaxError as exc:
        raise BriefgenError(Problem(f"template error: {exc.message}",
                                    exc.filename or page.template, exc.lineno)) from None
    except jinja2.TemplateError as exc:
        file, line = _template_location(exc, page.template)
        raise BriefgenError(Problem(f"template error while rendering {page.path or 'index'}: "
                                    f"{exc}", file, line)) from None
    # XML 1.0 forbids control characters but tab and line breaks: one in a title or a file
    # name would make the whole feed unreadable to every feed reader.
    return as_seen(text) if page.path.endswith(".xml") else text


def _template_location(exc: BaseException, fallback: str) -> tuple[str, int | None]:
    """The innermost template frame of a rendering error (Jinja rewrites tracebacks for this)."""
    tb, found = exc.__traceback__, (fallback, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".txt", ".css")):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _feed_updated(site: Site) -> str:
    newest = max((b.date for b in site.briefings), default=dt.date(1970, 1, 1))
    return f"{newest.isoformat()}T00:00:00Z"
