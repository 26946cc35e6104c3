"""The timeline picture: a day is a dot, a longer span a bar, and it can be read aloud."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

from briefgen.build import BuildOptions, build
from briefgen.render.timeline import Mark, timeline_svg
from briefgen.when import parse_when

SVG = "{http://www.w3.org/2000/svg}"
TODAY = dt.date(2025, 11, 24)


def picture(*marks: tuple[str, str]) -> ET.Element:
    svg = timeline_svg([Mark(parse_when(when), label) for when, label in marks], TODAY)
    return ET.fromstring(svg)


@pytest.mark.parametrize(("when", "shape"), [
    ("2026-04-15", "circle"),
    ("2026-04", "rect"),
    ("2026-Q2", "rect"),
    ("2026", "rect"),
    ("2026-03-20/2026-03-22", "rect"),
])
def test_a_day_is_a_dot_and_a_longer_span_a_bar(when, shape):
    root = picture((when, "Talks"))
    marks = [e for e in root.iter() if "mark" in (e.get("class") or "").split()]
    assert [e.tag.removeprefix(SVG) for e in marks] == [shape]


def test_bars_cover_the_span_they_stand_for():
    root = picture(("2026-04", "April talks"), ("2026-Q2", "Second quarter"))
    april, quarter = [e for e in root.iter(f"{SVG}rect") if "span" in e.get("class", "")]
    assert float(quarter.get("width")) == pytest.approx(3 * float(april.get("width")), rel=0.03)
    assert april.get("x") == quarter.get("x")


def test_the_picture_has_a_title_and_a_description_for_screen_readers():
    root = picture(("2026-04", "Trump visit to Beijing"), ("2026-05-02", "Summit"))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "timeline-title timeline-desc"
    assert root.find(f"{SVG}title").text == "Timeline of upcoming events"
    assert root.find(f"{SVG}desc").text == "2 events, from April 2026 to 2 May 2026."
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "mark-label"]
    assert labels == ["April 2026: Trump visit to Beijing", "2 May 2026: Summit"]


def test_labels_are_escaped_and_stay_inside_the_picture():
    svg = timeline_svg([Mark(parse_when("2027-12"), "<script>x</script> " + "long " * 30)],
                       TODAY)
    assert "<script>" not in svg
    for x in re.findall(r'class="mark-label" x="([\d.]+)"', svg):
        assert 0 <= float(x) <= 720


def test_no_dated_event_means_no_picture():
    assert timeline_svg([], TODAY) == ""


def test_the_timeline_is_on_the_upcoming_page_the_briefing_page_and_in_the_pdf(seed_project):
    from pypdf import PdfReader

    build(seed_project, BuildOptions())
    site = seed_project / "site"
    slug = "trump-accepts-xi-invitation-for-beijing-visit"
    assert 'id="upcoming-timeline-title"' in (site / "upcoming" / "index.html").read_text()
    page = (site / "briefings" / slug / "index.html").read_text()
    assert f'id="timeline-{slug}-title"' in page
    assert "April 2026: Trump visit to Beijing" in page
    text = "".join(p.extract_text() for p in PdfReader(site / "briefings" / slug /
                                                       f"{slug}.pdf").pages)
    assert "April 2026: Trump visit to Beijing" in text
