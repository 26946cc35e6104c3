"""The site as readers meet it, in a real headless Chromium: accessible (axe-core), usable by
keyboard, without sideways scrolling on a phone, searchable, and usable without JavaScript.

Needs Debian's `chromium` (`sh system-packages.sh test` installs it) and axe-core, as the
Python package axe-playwright-python ships it (in the `test` extra).
Screenshots of every page kind are left in `test-artifacts/screenshots/` (not committed).
"""

from __future__ import annotations

import shutil
import threading
from importlib.resources import files
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from briefgen.build import BuildOptions, build
from briefgen.serve import make_server

from conftest import REPO, briefing_yaml, copy_seed_project, write_briefing

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking"]
AXE_JS = files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
SEED_SLUG = "trump-accepts-xi-invitation-for-beijing-visit"
SEED_TITLE = ("Trump Accepts Xi’s Invitation for Beijing Visit as US-China Diplomacy Enters "
              "New Phase")
PAGES = {
    "home": "",
    "briefing": f"briefings/{SEED_SLUG}/",
    "edition": "2025/11/24/",
    "upcoming": "upcoming/",
    "issues": "issues/",
    "tag": "tags/china/",
    "search": "search/",
    "404": "no/such/page/",
}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory) -> str:
    """The seed project and a second day, built for and served under a sub-path."""
    project = copy_seed_project(tmp_path_factory.mktemp("browser"))
    write_briefing(project, "2025-11-23-grain-talks.yaml", briefing_yaml(
        "Grain talks resume in Geneva", "2025-11-23", tags="[china, trade]"))
    build(project, BuildOptions(base_url="https://example.github.io/briefs/", pdf=False))
    root = tmp_path_factory.mktemp("webroot")
    (project / "site").rename(root / "briefs")
    shutil.copy(root / "briefs" / "404.html", root / "404.html")  # as GitHub Pages answers
    server = make_server(root, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/briefs/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).is_file(), "install Debian's chromium package"
    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def open_page(browser, url: str, width: int = 1280, scheme: str = "light", script=True):
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  color_scheme=scheme, java_script_enabled=script)
    page = context.new_page()
    page.goto(url)
    return page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", list(PAGES))
def test_no_serious_accessibility_violation(browser, site_url, kind, width, scheme):
    page = open_page(browser, site_url + PAGES[kind], width, scheme)
    if kind == "search":
        page.fill("#search-query", "trade")
        page.wait_for_selector(".search-results li")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{kind}-{width}-{scheme}.png"), full_page=True)
    page.add_script_tag(content=AXE_JS)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [f"{v['impact']} {v['id']}: {v['help']} at {v['nodes'][0]['target']}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    page.context.close()


@pytest.mark.parametrize("kind", list(PAGES))
def test_no_sideways_scrolling_on_a_phone(browser, site_url, kind):
    page = open_page(browser, site_url + PAGES[kind], width=390)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    page.context.close()


def test_the_skip_link_comes_first_and_takes_focus_to_the_content(browser, site_url):
    page = open_page(browser, site_url)
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => {
        const e = document.activeElement, box = e.getBoundingClientRect();
        return [e.textContent.trim(), box.top >= 0 && box.height > 0];
    }""")
    assert focused == ["Skip to content", True]  # and on screen, not off to the side
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.context.close()


def test_keyboard_focus_is_visible_on_links(browser, site_url):
    page = open_page(browser, site_url)
    for _ in range(3):  # skip link, brand, first navigation link
        page.keyboard.press("Tab")
    style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    width = page.evaluate("parseFloat(getComputedStyle(document.activeElement).outlineWidth)")
    assert style != "none" and width >= 1
    page.context.close()


def test_evidence_sentences_open_from_the_keyboard(browser, site_url):
    page = open_page(browser, site_url + PAGES["briefing"])
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == "Source sentence"
    assert not page.evaluate("document.activeElement.parentElement.open")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.parentElement.open")
    quote = page.locator("details.evidence[open] blockquote").first
    assert quote.is_visible()
    page.context.close()


def test_search_leads_from_the_home_page_to_the_seed_briefing(browser, site_url):
    page = open_page(browser, site_url)
    page.get_by_role("link", name="Search").click()
    page.get_by_label("Search the briefings").type("soybean truce")
    page.wait_for_selector(".search-results li")
    assert page.locator(".search-status").inner_text() == "1 briefing found"
    page.locator(".search-results a").first.click()
    page.wait_for_url(f"{site_url}briefings/{SEED_SLUG}/")
    assert page.locator("h1").inner_text() == SEED_TITLE
    page.context.close()


def test_a_search_link_with_a_query_shows_its_results(browser, site_url):
    page = open_page(browser, site_url + "search/?q=geneva")
    page.wait_for_selector(".search-results li")
    assert page.locator(".search-results a").all_inner_texts() == [
        "Grain talks resume in Geneva"]
    page.context.close()


def test_without_javascript_the_site_still_works_and_search_says_why_it_cannot(
        browser, site_url):
    page = open_page(browser, site_url, script=False)
    assert page.locator("h1").first.is_visible()
    page.get_by_role("link", name="Search").click()
    notice = page.locator(".notice")
    assert "needs JavaScript" in notice.inner_text()
    notice.get_by_role("link", name="tag").click()
    assert page.locator("h1").inner_text() == "Tags"
    page.context.close()


def test_the_timeline_is_drawn_on_the_upcoming_page(browser, site_url):
    page = open_page(browser, site_url + PAGES["upcoming"])
    picture = page.get_by_role("img", name="Timeline of the next 3 events")
    assert picture.is_visible()
    box = picture.bounding_box()
    assert box["width"] > 500 and box["height"] > 100
    page.context.close()


def test_search_results_give_the_date_as_the_pages_do(browser, site_url):
    page = open_page(browser, site_url + "search/?q=geneva")
    page.wait_for_selector(".search-results li")
    assert page.locator(".search-results .item-meta").inner_text().startswith("23 Nov 2025 · ")
    page.context.close()
