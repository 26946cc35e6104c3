"""Where each page lives in the site, and links between pages that work under any base path.

Pages link to each other with relative URLs, so one build works at a domain root and under a
sub-path (`https://org.github.io/repo/`). The 404 page is served at any depth, so it is
given absolute links under the base path instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.model import Briefing


def briefing_page(briefing: Briefing) -> str:
    return f"briefings/{briefing.slug}/"


def briefing_pdf(briefing: Briefing) -> str:
    return f"briefings/{briefing.slug}/{briefing.slug}.pdf"


def edition_page(day: dt.date) -> str:
    return f"{day.year}/{day.month:02d}/{day.day:02d}/"


def edition_pdf(day: dt.date) -> str:
    return f"{edition_page(day)}briefing-{day.isoformat()}.pdf"


def tag_page(tag: str) -> str:
    return f"tags/{tag}/"


def output_file(page: str) -> str:
    """The file that serves a page path: "briefings/x/" → "briefings/x/index.html"."""
    return page + "index.html" if page.endswith("/") or page == "" else page


def links_from(page: str) -> Callable[[str], str]:
    """Links from `page` (a site path) to any target (a site path), e.g. "../../upcoming/",
    the page's folder worked out once: a page has a few dozen links.

    Every site path is relative to the site root, so the link climbs to the root ("../" per
    folder of the page) and goes down to the target — or stays in the page's own folder.
    """
    here = output_file(page).rpartition("/")[0]
    inside, up = here + "/", "../" * (here.count("/") + 1) if here else ""

    def link(target: str) -> str:
        if here and target.startswith(inside):
            return target[len(inside):] or "./"
        if here == target.rstrip("/"):
            return "./"
        return up + target or "./"

    return link


def absolute(target: str, base_url: str) -> str:
    return base_url + target
