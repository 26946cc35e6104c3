"""Every page kind of the site, rendered from small projects."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefgen.config import SiteConfig, load_config
from briefgen.content import load_content
from briefgen.model import Briefing
from briefgen.render.pages import render_pages, site_pages
from briefgen.render.theme import make_environment
from briefgen.textfile import UNSEEN
from briefgen.views import site_view

from conftest import briefing_yaml, write_briefing

ATOM = "{http://www.w3.org/2005/Atom}"
SEED_SLUG = "trump-accepts-xi-invitation-for-beijing-visit"


def render(project: Path, **options) -> dict[str, str]:
    config = load_config(project)
    if "base_url" in options:
        config = config.with_base_url(options.pop("base_url"))
    site = site_view(config, load_content(project).briefings, **options)
    return render_pages(site, make_environment(project))


@pytest.fixture
def seed_pages(seed_project: Path) -> dict[str, str]:
    return render(seed_project)


def test_every_page_kind_is_rendered(seed_pages):
    expected = {
        "index.html", f"briefings/{SEED_SLUG}/index.html", "2025/11/24/index.html",
        "upcoming/index.html", "issues/index.html", "tags/index.html", "tags/taiwan/index.html",
        "404.html", "feed.xml", "sitemap.xml", "robots.txt", "calendar.ics",
    }
    assert expected <= set(seed_pages)


def test_briefing_page_shows_every_section_with_evidence_behind_each_item(seed_pages):
    page = seed_pages[f"briefings/{SEED_SLUG}/index.html"]
    for heading in ("Agreements", "Open issues", "Upcoming visits and events", "People",
                    "Quotes"):
        assert f">{heading}</h2>" in page
    assert "China to resume purchases of U.S. soybeans" in page
    assert 'class="badge status status-pledged">pledged<' in page
    assert "White House Press Secretary" in page
    # 16 items; those that follow one another citing one sentence share its one showing
    assert page.count('<p class="evidence">') == 10
    assert "<details" not in page
    assert f'href="{SEED_SLUG}.pdf"' in page


def test_event_dates_are_shown_at_their_precision(seed_pages):
    page = seed_pages[f"briefings/{SEED_SLUG}/index.html"]
    assert '<span class="when">April 2026</span>' in page
    assert '<span class="when">2026</span> <span class="when-text">(“later in the year”)</span>' \
        in page


def test_home_shows_the_latest_edition_first_then_the_archive(empty_project):
    write_briefing(empty_project, "2025-11-20-older.yaml",
                   briefing_yaml(title="Older news", date="2025-11-20"))
    write_briefing(empty_project, "2025-11-24-newer.yaml",
                   briefing_yaml(title="Newer news", date="2025-11-24"))
    home = render(empty_project)["index.html"]
    latest, archive = home.split('id="archive-title"')
    assert "Newer news" in latest and "Older news" not in latest
    assert archive.index("Monday 24 November 2025") < archive.index("Thursday 20 November 2025")
    assert 'href="2025/11/20/"' in archive


def test_every_evidence_sentence_is_shown_once_after_the_items_that_share_it(seed_pages):
    page = seed_pages[f"briefings/{SEED_SLUG}/index.html"]
    assert page.count("Among the bilateral agreements cited") == 1
    bilateral = page.index("Among the bilateral agreements cited")
    assert page.rindex("Exploring wider co-operation", 0, bilateral) > \
        page.rindex("China to resume purchases", 0, bilateral)
    assert page[:bilateral].endswith('Evidence for the 3 items above:</span> <q>')
    assert page.count("Chinese officials said Xi stressed Taiwan") == 1


def test_the_source_names_the_address_and_the_article_file_apart(empty_project):
    (empty_project / "seeds").mkdir()
    (empty_project / "seeds" / "a.txt").write_text("Talks\n\nThe two sides met.\n")
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(
        source="{path: seeds/a.txt, url: 'https://example.org/news', publisher: Agency}"))
    page = render(empty_project)["briefings/a/index.html"]
    assert '<div><dt>Published at</dt><dd class="source-url"><a href="https://example.org/news">' \
        in page
    assert '<div><dt>Article file</dt><dd class="source-path"><code>seeds/a.txt</code>' in page


def test_home_is_a_front_page_headlines_agreed_next_events_and_issues_then_the_archive(
        seed_pages):
    home = seed_pages["index.html"]
    order = [home.index(marker) for marker in (
        'id="headlines-title"', 'id="agreed-title"', 'id="coming-up-title"',
        'id="moved-title"', 'id="archive-title"')]
    assert order == sorted(order)
    front = home[:home.index('id="archive-title"')]
    assert "President Donald Trump will travel to China in April 2026" in front  # the lede
    assert "China to resume purchases of U.S. soybeans" in front
    assert "Trump visit to Beijing" in front and "April 2026" in front
    assert "Export controls" in front
    assert "Among the bilateral agreements cited" not in home  # headlines, not the briefing
    assert 'class="summary"' not in home


def test_a_headline_without_a_dek_takes_the_first_sentence_of_its_summary(empty_project):
    text = briefing_yaml().replace("summary: The two sides met in Geneva.",
                                   "summary: The **ministers** met in Geneva. They agreed to "
                                   "meet again.")
    write_briefing(empty_project, "2025-11-24-a.yaml", text)
    home = render(empty_project)["index.html"]
    assert '<p class="headline-lede">The ministers met in Geneva.</p>' in home


def test_pages_and_pdfs_use_the_typefaces_shipped_with_the_theme(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml())
    page = render(empty_project)["index.html"]
    assert '<link rel="stylesheet" href="assets/fonts.css">' in page
    theme = Path(__file__).resolve().parent.parent / "templates" / "assets"
    css = (theme / "fonts.css").read_text(encoding="utf-8")
    for name in ("noto-serif-regular.ttf", "noto-serif-italic.ttf", "noto-serif-bold.ttf",
                 "inter-regular.otf", "inter-semibold.otf", "inter-bold.otf"):
        assert f'url("fonts/{name}")' in css
        assert (theme / "fonts" / name).stat().st_size > 10_000
    for license_file in ("Inter-LICENSE.txt", "NotoSerif-LICENSE.txt"):
        assert "OFL" in (theme / "fonts" / license_file).read_text(encoding="utf-8")


def test_daily_edition_holds_every_briefing_of_the_day_and_links_its_pdf(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(title="Alpha"))
    write_briefing(empty_project, "2025-11-24-b.yaml", briefing_yaml(title="Beta"))
    day = render(empty_project)["2025/11/24/index.html"]
    assert "Alpha" in day and "Beta" in day
    assert 'href="briefing-2025-11-24.pdf"' in day
    assert 'href="../../../briefings/a/"' in day


def test_upcoming_page_lists_future_events_soonest_first(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(upcoming="""
        - what: Summit in Lima
          kind: summit
          when: 2026-03-20/2026-03-22
        - what: Past talks
          when: 2025-11-01
        - what: Visit to Beijing
          kind: visit
          when: 2026-04
        """))
    page = render(empty_project)["upcoming/index.html"]
    assert "Past talks" not in page
    assert page.index("Summit in Lima") < page.index("Visit to Beijing")
    assert "20–22 March 2026" in page


def test_today_option_moves_the_reference_date(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(upcoming="""
        - what: Visit to Beijing
          when: 2026-04
        """))
    page = render(empty_project, today=dt.date(2026, 5, 1))["upcoming/index.html"]
    assert "Visit to Beijing" not in page
    assert "Nothing announced yet." in page


def test_issues_page_shows_first_and_last_seen(empty_project):
    issue = """
        - topic: Taiwan
          what: Still unresolved
          parties: [China, United States]
        """
    write_briefing(empty_project, "2025-11-01-a.yaml",
                   briefing_yaml(title="A", date="2025-11-01", open_issues=issue))
    write_briefing(empty_project, "2025-11-24-b.yaml", briefing_yaml(title="B", open_issues=issue))
    page = render(empty_project)["issues/index.html"]
    assert 'First seen <time datetime="2025-11-01">1 Nov 2025</time>' in page
    assert 'last seen <time datetime="2025-11-24">24 Nov 2025</time>' in page


def test_tag_pages_list_their_briefings(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(title="Alpha", tags="[trade]"))
    pages = render(empty_project)
    assert "Alpha" in pages["tags/trade/index.html"]
    assert 'href="trade/"' in pages["tags/index.html"]


def test_404_page_uses_absolute_links_under_the_base_path(seed_project):
    page = render(seed_project, base_url="https://example.github.io/briefs/")["404.html"]
    assert 'href="/briefs/assets/style.css"' in page
    assert 'href="/briefs/upcoming/"' in page


def test_atom_feed_is_valid_xml_with_an_entry_per_briefing(seed_project):
    feed = render(seed_project, base_url="https://example.org/")["feed.xml"]
    root = ET.fromstring(feed.encode())
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}updated") == "2025-11-24T00:00:00Z"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].findtext(f"{ATOM}id") == f"https://example.org/briefings/{SEED_SLUG}/"
    assert "<strong>April 2026</strong>" in entries[0].findtext(f"{ATOM}content")


def test_sitemap_lists_absolute_urls(seed_project):
    sitemap = render(seed_project, base_url="https://example.org/x/")["sitemap.xml"]
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = [e.text for e in ET.fromstring(sitemap.encode()).iter(f"{ns}loc")]
    assert "https://example.org/x/" in locs
    assert f"https://example.org/x/briefings/{SEED_SLUG}/" in locs
    assert all(loc.startswith("https://example.org/x/") for loc in locs)


def test_calendar_has_an_all_day_event_per_dated_upcoming_item(seed_pages):
    ics = seed_pages["calendar.ics"]
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert ics.count("BEGIN:VEVENT") == 3
    assert "DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260402" in ics  # April 2026
    assert "DTSTAMP:20251124T000000Z" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_text_from_briefings_is_escaped_everywhere(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(
        title="'\"><script>alert(1)</script>'", tags="[x]",
        dek="'\"><img src=x onerror=alert(1)>'"))
    pages = render(empty_project)
    for name in ("index.html", "briefings/a/index.html", "tags/x/index.html", "feed.xml"):
        assert "<script>alert(1)" not in pages[name], name
        assert "<img src=x" not in pages[name], name
    assert "&lt;script&gt;" in pages["briefings/a/index.html"]


@pytest.mark.parametrize(
    "summary",
    [
        "Read <script>alert(1)</script> this.",
        "An <img src=x onerror=alert(1)> image.",
        "A [link](javascript:alert(1)).",
        "A [link](JaVaScRiPt:alert(1)).",
        "A [link](vbscript:msgbox(1)).",
        "A [link](data:text/html;base64,PHNjcmlwdD4=).",
        "A [link](file:///etc/passwd).",
    ],
)
def test_summary_markdown_never_renders_raw_html_or_unsafe_links(empty_project, summary):
    write_briefing(empty_project, "2025-11-24-a.yaml",
                   briefing_yaml().replace("The two sides met in Geneva.", f"'{summary}'"))
    page = render(empty_project)["briefings/a/index.html"]
    section = page.split('<section class="summary"')[1].split("</section>")[0]
    assert "<script" not in section and "<img" not in section
    assert "href=" not in section


def test_safe_markdown_links_are_kept(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml().replace(
        "The two sides met in Geneva.", "'See [the statement](https://example.org/s).'"))
    page = render(empty_project)["briefings/a/index.html"]
    assert '<a href="https://example.org/s">the statement</a>' in page


def test_drafts_are_left_out_unless_asked_and_then_marked(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml",
                   briefing_yaml(title="Unreviewed", status="draft"))
    assert "briefings/a/index.html" not in render(empty_project)
    page = render(empty_project, drafts=True)["briefings/a/index.html"]
    assert '<span class="badge badge-draft" title="Not yet reviewed">Draft</span>' in page


def test_a_project_template_overrides_the_theme_by_name(seed_project):
    (seed_project / "templates").mkdir()
    (seed_project / "templates" / "404.html").write_text("Custom 404 for {{ config.title }}")
    pages = render(seed_project)
    assert pages["404.html"] == "Custom 404 for Daily Diplomatic Briefing"
    assert "Agreements" in pages[f"briefings/{SEED_SLUG}/index.html"]


def test_a_template_mistake_is_one_located_error(seed_project):
    from briefgen.errors import BriefgenError

    (seed_project / "templates").mkdir()
    (seed_project / "templates" / "404.html").write_text("line one\n{{ no_such_thing.x }}\n")
    with pytest.raises(BriefgenError) as caught:
        render(seed_project)
    message = str(caught.value)
    assert "404.html:2: template error" in message and "no_such_thing" in message


def test_pages_are_plain_functions_of_the_content(seed_project):
    assert render(seed_project) == render(seed_project)


def test_site_config_title_and_language_reach_the_pages(seed_project):
    page = render(seed_project)["index.html"]
    assert page.startswith('<!doctype html>\n<html lang="en">')
    assert "<title>Daily Diplomatic Briefing</title>" in page
    assert SiteConfig().title != "Daily Diplomatic Briefing"


def test_each_day_s_edition_comes_right_after_that_day_s_briefings(empty_project):
    """Pages are made in runs of neighbours: an edition then reuses its briefings' sections."""
    for name, day in [("a", "2025-11-24"), ("b", "2025-11-24"), ("c", "2025-11-20")]:
        write_briefing(empty_project, f"{day}-{name}.yaml", briefing_yaml(title=name, date=day))
    site = site_view(load_config(empty_project), load_content(empty_project).briefings)
    paths = [page.path for page in site_pages(site)][:6]
    assert paths == ["", "briefings/a/", "briefings/b/", "2025/11/24/", "briefings/c/",
                     "2025/11/20/"]


def test_a_site_built_without_pdfs_links_to_none(seed_project):
    pages = render(seed_project, pdfs=False)
    linking = sorted(path for path, text in pages.items() if ".pdf" in text)
    assert linking == []
    assert ".pdf" in render(seed_project)["index.html"]


#: What a title may hold when it comes from elsewhere than a checked briefing (a config, a
#: file name, a theme's own data): each is written as a reader sees it, never as is.
HOSTILE = [
    pytest.param("Talks\x01in Geneva", id="C0 control"),
    pytest.param("Talks\rATTENDEE:mailto:eve@example.org", id="bare CR"),
    pytest.param("Talks\r\nBcc: eve@example.org", id="CRLF"),
    pytest.param("Talks\x0b\x0c\x1b[31m in Geneva", id="VT FF ESC"),
    pytest.param("Talks\x00 in Geneva", id="NUL"),
    pytest.param("Talks\x7f\x85\x9f in Geneva", id="DEL and C1"),
    pytest.param("Talks budget \u202efdp.exe\u2066 plan", id="bidi"),
]


def hostile_site(text: str, slug: str = "talks"):
    config = SiteConfig(title=text, description=text, organisation=text,
                        base_url="https://example.org/")
    briefing = Briefing(slug=slug, file=f"2025-11-24-{slug}.yaml", title=text, dek=text,
                        date=dt.date(2025, 11, 24), summary="The two sides met.",
                        status="reviewed")
    return site_view(config, (briefing,))


@pytest.mark.parametrize("text", HOSTILE)
def test_xml_outputs_are_well_formed_whatever_a_title_or_file_name_holds(tmp_path, text):
    pages = render_pages(hostile_site(text, slug=f"talks{text[5:8]}"), make_environment(tmp_path))
    feed = ET.fromstring(pages["feed.xml"].encode())
    ET.fromstring(pages["sitemap.xml"].encode())
    shown = [feed.findtext(f"{ATOM}title"), feed.findtext(f"{ATOM}subtitle"),
             feed.findtext(f"{ATOM}author/{ATOM}name"),
             feed.findtext(f"{ATOM}entry/{ATOM}title"), feed.findtext(f"{ATOM}entry/{ATOM}id")]
    for value in shown:
        assert not UNSEEN.search(value) and "\r" not in value, repr(value)
    assert feed.findtext(f"{ATOM}entry/{ATOM}title").startswith("Talks")
