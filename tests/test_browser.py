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


def test_evidence_is_shown_once_per_item_in_one_quiet_style(browser, site_url):
    page = open_page(browser, site_url + PAGES["briefing"])
    assert page.locator("details").count() == 0
    evidence = page.locator("p.evidence")
    assert evidence.count() == 10  # 16 items, some sharing one sentence
    assert evidence.first.is_visible()
    styles = page.evaluate("""() => [...document.querySelectorAll('p.evidence')].map(e => {
        const s = getComputedStyle(e); return [s.fontSize, s.color]; })""")
    assert len(set(map(tuple, styles))) == 1  # one style for all
    body = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert float(styles[0][0][:-2]) < body
    page.context.close()


FRONT_SECTIONS = ("#headlines-title", "#agreed-title", "#coming-up-title", "#moved-title")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_the_home_page(browser, site_url, width, scheme):
    """Left in test-artifacts/screenshots/ to be looked at: the first screen and the whole."""
    page = open_page(browser, site_url, width, scheme)
    page.evaluate("document.fonts.ready")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"front-{width}-{scheme}.png"))
    page.screenshot(path=str(SCREENSHOTS / f"front-{width}-{scheme}-full.png"), full_page=True)
    families = page.evaluate("""async () => { await document.fonts.ready;
        return [...document.fonts].filter(f => f.status == 'loaded').map(f => f.family); }""")
    assert {"Briefing Serif", "Briefing Sans"} <= set(families)
    page.context.close()


def test_the_home_page_answers_what_matters_today_in_the_first_screen(browser, site_url):
    page = open_page(browser, site_url, 1280)
    for selector in (*FRONT_SECTIONS, ".headline-lede", ".front-side .more"):
        box = page.locator(selector).first.bounding_box()
        assert box["y"] + box["height"] <= 900, selector
    grid = page.locator(".front-grid").bounding_box()
    assert grid["width"] >= 1100  # the width of the screen used, not a column of 610 px
    assert page.locator("#archive-title").bounding_box()["y"] > 700
    assert page.evaluate("document.documentElement.scrollHeight") < 2000
    page.context.close()


def test_on_a_phone_the_home_page_is_one_column_and_the_menu_one_line(browser, site_url):
    page = open_page(browser, site_url, 390)
    lefts = {round(page.locator(s).bounding_box()["x"]) for s in FRONT_SECTIONS}
    assert len(lefts) == 1
    tops = {round(box["y"]) for box in
            (item.bounding_box() for item in page.locator("nav li").all())}
    assert len(tops) == 1  # "Search" is not alone on a second line
    page.context.close()


def test_pages_are_set_in_the_theme_s_typefaces(browser, site_url):
    page = open_page(browser, site_url + PAGES["briefing"])
    body = page.evaluate("getComputedStyle(document.body).fontFamily")
    heading = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert body.startswith('"Briefing Serif"') and heading.startswith('"Briefing Sans"')
    page.context.close()


def test_the_header_is_as_tall_on_every_page(browser, site_url):
    heights = set()
    for kind in ("home", "issues", "upcoming", "briefing"):
        page = open_page(browser, site_url + PAGES[kind], 1280)
        heights.add(round(page.locator(".site-header").bounding_box()["height"]))
        page.context.close()
    assert len(heights) == 1 and heights.pop() < 100


@pytest.mark.parametrize("width", [1280, 390])
def test_timeline_labels_are_inside_the_picture_and_readable(browser, site_url, width):
    page = open_page(browser, site_url + PAGES["upcoming"], width)
    svg = page.locator("svg.timeline-svg").first
    overflow = svg.evaluate("""svg => {
        const right = svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map(t => t.getBBox())
            .filter(b => b.x < 0 || b.x + b.width > right).length; }""")
    assert overflow == 0
    size = svg.evaluate("""svg => parseFloat(svg.getAttribute('font-size'))
        * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width""")
    assert size >= 12  # px on the screen, not the 9 px of a shrunken picture
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
