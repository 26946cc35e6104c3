"""Calendar lines folded at 75 octets (RFC 5545 3.1) and free of control characters,
whatever the values hold."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from briefgen.config import SiteConfig
from briefgen.model import Briefing, Upcoming
from briefgen.render.ics import _fold, calendar
from briefgen.textfile import UNSEEN
from briefgen.views import site_view
from briefgen.when import parse_when


@pytest.mark.parametrize("line", [
    "SUMMARY:Talks",
    "SUMMARY:" + "x" * 67,
    "SUMMARY:" + "x" * 68,
    "DESCRIPTION:" + "Visite d’État à Pékin " * 10,
    "SUMMARY:" + "北京访问" * 30,
    "X:" + "é" * 37,
    "X:" + "é" * 36 + "x",
    "SUMMARY:" + "🇺🇳 flags " * 12,
])
def test_folded_lines_fit_in_75_octets_and_unfold_to_the_original(line):
    folded = _fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
    if len(line.encode()) <= 75:
        assert folded == line
    parts = folded.split("\r\n")
    for part, following in itertools.pairwise(parts):  # each cut as late as it can be
        assert len((part + following[1]).encode()) > 75


HOSTILE = [
    pytest.param("Talks\rATTENDEE:mailto:eve@example.org", id="bare CR"),
    pytest.param("Talks\nATTENDEE:mailto:eve@example.org", id="LF"),
    pytest.param("Talks\r\nATTENDEE:mailto:eve@example.org", id="CRLF"),
    pytest.param("Talks\x01\x0b\x0c\x1b in Geneva", id="C0 controls"),
    pytest.param("Talks\x7f\x85 in Geneva", id="DEL and C1"),
    pytest.param("Talks budget \u202efdp.exe\u2066 plan", id="bidi"),
]


def hostile_calendar(text: str) -> str:
    event = Upcoming(what=text, where=text, kind="visit", when=parse_when("2025-12-01"),
                     evidence=text)
    briefing = Briefing(slug=f"talks{text[5:8]}", file="2025-11-24-talks.yaml", title=text,
                        date=dt.date(2025, 11, 24), summary="S.", status="reviewed",
                        upcoming=(event,))
    config = SiteConfig(title=text, base_url="https://example.org/")
    return calendar(site_view(config, (briefing,), today=dt.date(2025, 11, 24)))


@pytest.mark.parametrize("text", HOSTILE)
def test_no_value_breaks_a_calendar_line_or_carries_a_control_character(text):
    body = hostile_calendar(text)
    assert body.endswith("\r\n")
    lines = body[:-2].split("\r\n")
    for line in lines:
        assert "\r" not in line and "\n" not in line, repr(line)
        assert not UNSEEN.search(line), repr(line)
    # however a parser splits lines (on CR or LF alone too), no property is added
    names = [re.split(r"[;:]", line, maxsplit=1)[0] for line in re.split(r"\r\n?|\n", body)
             if line and not line.startswith(" ")]
    assert "ATTENDEE" not in names
    unfolded = body.replace("\r\n ", "").split("\r\n")
    [summary] = [line for line in unfolded if line.startswith("SUMMARY:")]
    assert summary.startswith("SUMMARY:Talks")


def calendar_of(*whens: str) -> list[dict[str, str]]:
    """The VEVENTs of a calendar of one event per `when`, as property → value."""
    events = tuple(Upcoming(what=f"Event {i}", kind="summit", when=parse_when(when))
                   for i, when in enumerate(whens))
    briefing = Briefing(slug="talks", file="2025-11-24-talks.yaml", title="Talks",
                        date=dt.date(2025, 11, 24), summary="S.", status="reviewed",
                        upcoming=events)
    config = SiteConfig(title="Desk", base_url="https://example.org/")
    body = calendar(site_view(config, (briefing,), today=dt.date(2025, 11, 24)))
    unfolded = body.replace("\r\n ", "")
    found = []
    for block in unfolded.split("BEGIN:VEVENT\r\n")[1:]:
        lines = block.split("END:VEVENT")[0].strip().split("\r\n")
        found.append(dict(re.split(r"[;:]", line, maxsplit=1) for line in lines))
    return sorted(found, key=lambda e: e["SUMMARY"])


@pytest.mark.parametrize(("when", "start", "end"), [
    pytest.param("2026-04-02", "VALUE=DATE:20260402", "VALUE=DATE:20260403", id="a-day"),
    pytest.param("2026-03-20/2026-03-22", "VALUE=DATE:20260320", "VALUE=DATE:20260323",
                 id="a-range-of-days"),
])
def test_an_event_known_to_its_days_spans_those_days(when, start, end):
    [event] = calendar_of(when)
    assert (event["DTSTART"], event["DTEND"], event["SUMMARY"]) == (start, end, "Event 0")


@pytest.mark.parametrize(("when", "start", "words"), [
    pytest.param("2026-04", "20260401", "April 2026", id="a-month"),
    pytest.param("2026-Q2", "20260401", "Q2 2026", id="a-quarter"),
    pytest.param("2026-H2", "20260701", "H2 2026", id="a-half"),
    pytest.param("2026", "20260101", "2026", id="a-year"),
    pytest.param("2026-10/2026-11", "20261001", "October–November 2026", id="months"),
    pytest.param("2026-03-20/2026-04", "20260320", "20 March – April 2026", id="day-to-month"),
])
def test_an_event_known_only_to_a_period_is_one_day_to_be_confirmed(when, start, words):
    [event] = calendar_of(when)
    day = dt.datetime.strptime(start, "%Y%m%d").date() + dt.timedelta(days=1)
    assert (event["DTSTART"], event["DTEND"]) == (f"VALUE=DATE:{start}",
                                                 f"VALUE=DATE:{day:%Y%m%d}")
    assert event["SUMMARY"] == f"Event 0 (date to be confirmed: {words})"
    assert event["DESCRIPTION"].startswith(f"Date to be confirmed: {words}.")


def test_no_event_lasts_longer_than_the_days_its_when_names():
    whens = ["2026-04-02", "2026-03-20/2026-03-22", "2026-04", "2026-Q2", "2026", "2026-H1",
             "2026-10/2026-11"]
    for when, event in zip(sorted(whens), calendar_of(*sorted(whens)), strict=True):
        value = parse_when(when)
        first = dt.datetime.strptime(event["DTSTART"][-8:], "%Y%m%d").date()
        end = dt.datetime.strptime(event["DTEND"][-8:], "%Y%m%d").date()
        assert value.first <= first and end - dt.timedelta(days=1) <= value.last
