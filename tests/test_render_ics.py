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
