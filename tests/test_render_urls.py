"""Where pages live, and relative links between them that work under any base path."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.render import urls


@pytest.mark.parametrize(("page", "target", "link"), [
    ("", "", "./"),
    ("", "upcoming/", "upcoming/"),
    ("", "assets/style.css", "assets/style.css"),
    ("upcoming/", "", "../"),
    ("upcoming/", "upcoming/", "./"),
    ("upcoming/", "tags/trade/", "../tags/trade/"),
    ("briefings/a/", "briefings/a/a.pdf", "a.pdf"),
    ("briefings/a/", "briefings/b/", "../../briefings/b/"),
    ("2025/11/24/", "2025/11/24/briefing-2025-11-24.pdf", "briefing-2025-11-24.pdf"),
    ("2025/11/24/", "", "../../../"),
    ("feed.xml", "briefings/a/", "briefings/a/"),
    ("tags/index.html", "tags/", "./"),
])
def test_links_are_relative_to_the_folder_of_the_page(page, target, link):
    assert urls.links_from(page)(target) == link


@pytest.mark.parametrize("day", [dt.date(2025, 11, 24), dt.date(2026, 1, 5),
                                 dt.date(999, 12, 31)])
def test_a_day_has_its_folder_and_its_edition_pdf(day):
    assert urls.edition_page(day) == day.strftime("%Y/%m/%d/")
    assert urls.edition_pdf(day) == day.strftime("%Y/%m/%d/briefing-") + \
        f"{day.isoformat()}.pdf"
