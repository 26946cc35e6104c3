"""Cross-briefing views: editions, the upcoming calendar, the issue tracker, tags."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.config import SiteConfig
from briefgen.model import Briefing, OpenIssue, Upcoming
from briefgen.views import (
    editions,
    issue_tracker,
    reference_date,
    site_view,
    tag_index,
    upcoming_events,
)
from briefgen.when import parse_when

D = dt.date


def briefing(slug: str, day: str, title: str = "", **fields) -> Briefing:
    return Briefing(slug=slug, file=f"content/briefings/{slug}.yaml", title=title or slug,
                    date=D.fromisoformat(day), summary="Summary.", status="reviewed", **fields)


def event(what: str, when: str | None, **fields) -> Upcoming:
    return Upcoming(what=what, when=parse_when(when) if when else None, **fields)


def test_editions_group_briefings_by_date_newest_day_first():
    result = editions((briefing("b", "2025-11-24", "Beta"), briefing("a", "2025-11-24", "Alpha"),
                       briefing("c", "2025-11-20")))
    assert [e.date for e in result] == [D(2025, 11, 24), D(2025, 11, 20)]
    assert [b.slug for b in result[0].briefings] == ["a", "b"]
    assert result[0].lead.title == "Alpha"


def test_reference_date_is_the_newest_briefing_unless_given():
    briefings = (briefing("a", "2025-11-20"), briefing("b", "2025-11-24"))
    assert reference_date(briefings) == D(2025, 11, 24)
    assert reference_date(briefings, D(2030, 1, 1)) == D(2030, 1, 1)


@pytest.mark.parametrize(
    ("when", "today", "shown"),
    [
        ("2026-04", "2025-11-24", True),
        ("2025-11-24", "2025-11-24", True),       # today's event is still upcoming
        ("2025-11-23", "2025-11-24", False),      # yesterday's is past
        ("2025-11", "2025-11-24", True),          # the month is not over
        ("2025-10", "2025-11-24", False),
        ("2025-10-30/2025-11-25", "2025-11-24", True),
        ("2025", "2026-01-01", False),
    ],
)
def test_upcoming_drops_events_that_are_over_on_the_reference_date(when, today, shown):
    briefings = (briefing("a", "2025-11-01", upcoming=(event("Visit", when),)),)
    result = upcoming_events(briefings, D.fromisoformat(today))
    assert bool(result) is shown


def test_upcoming_is_soonest_first_with_undated_events_last():
    briefings = (briefing("a", "2025-11-24", upcoming=(
        event("Election", "2026"), event("Soon", None), event("Visit", "2026-04"),
        event("Call", "2025-12-01"))),)
    result = upcoming_events(briefings, D(2025, 11, 24))
    assert [e.event.what for e in result] == ["Call", "Visit", "Election", "Soon"]


def test_a_day_comes_before_its_month_and_a_month_before_its_year():
    briefings = (briefing("a", "2025-11-24", upcoming=(
        event("Year", "2026"), event("Month", "2026-04"), event("Day", "2026-04-02"))),)
    result = upcoming_events(briefings, D(2025, 11, 24))
    assert [e.event.what for e in result] == ["Day", "Month", "Year"]


def test_undated_events_of_older_briefings_are_not_kept_forever():
    briefings = (briefing("old", "2025-11-01", upcoming=(event("Someday", None),)),)
    assert upcoming_events(briefings, D(2025, 11, 24)) == ()


def test_the_same_event_reported_twice_is_listed_once_from_the_latest_report():
    visit = dict(kind="visit", where="Beijing, China", who=("Donald Trump",))
    briefings = (
        briefing("first", "2025-11-20", upcoming=(event("Trump to Beijing", "2026-04", **visit),)),
        briefing("second", "2025-11-24", upcoming=(event("Beijing visit", "2026-04", **visit),)),
    )
    result = upcoming_events(briefings, D(2025, 11, 24))
    assert [(e.event.what, e.briefing.slug) for e in result] == [("Beijing visit", "second")]


US_CHINA = ("China", "United States")


def test_issue_tracker_follows_a_topic_across_briefings_with_first_and_last_seen():
    briefings = (
        briefing("a", "2025-11-01",
                 open_issues=(OpenIssue("Taiwan", what="first", parties=US_CHINA),)),
        briefing("b", "2025-11-10", open_issues=(OpenIssue("Export controls", parties=US_CHINA),)),
        briefing("c", "2025-11-24", open_issues=(
            OpenIssue("taiwan", what="latest", parties=("united states", "China")),)),
    )
    tracked = issue_tracker(briefings)
    assert [t.topic for t in tracked] == ["taiwan", "Export controls"]
    taiwan = tracked[0]
    assert (taiwan.first_seen, taiwan.last_seen) == (D(2025, 11, 1), D(2025, 11, 24))
    assert taiwan.latest.what == "latest"
    assert [b.slug for b in taiwan.briefings] == ["c", "a"]


def test_tag_index_is_alphabetical_with_newest_briefings_first():
    briefings = (briefing("a", "2025-11-01", tags=("trade", "china")),
                 briefing("b", "2025-11-24", tags=("china",)))
    index = tag_index(briefings)
    assert list(index) == ["china", "trade"]
    assert [b.slug for b in index["china"]] == ["b", "a"]


def test_drafts_are_left_out_of_the_site_unless_asked_for():
    reviewed = briefing("r", "2025-11-20")
    draft = Briefing(slug="d", file="d.yaml", title="D", date=D(2025, 11, 24), summary="S.",
                     status="draft")
    assert [b.slug for b in site_view(SiteConfig(), (draft, reviewed)).briefings] == ["r"]
    with_drafts = site_view(SiteConfig(), (draft, reviewed), drafts=True)
    assert [b.slug for b in with_drafts.briefings] == ["d", "r"]
    assert with_drafts.today == D(2025, 11, 24)


def test_issue_tracker_never_follows_an_issue_by_its_label_alone():
    """Export controls on Russia in 2022 are not those between China and the United States."""
    briefings = (
        briefing("russia", "2022-03-22", open_issues=(
            OpenIssue("Export controls", parties=("United States", "Russia")),)),
        briefing("china", "2025-11-24",
                 open_issues=(OpenIssue("Export controls", parties=US_CHINA),)),
        briefing("unnamed-1", "2025-11-01", open_issues=(OpenIssue("Export controls"),)),
        briefing("unnamed-2", "2025-11-02", open_issues=(OpenIssue("Export controls"),)),
    )
    tracked = issue_tracker(briefings)
    assert [(t.first_seen, t.last_seen, t.latest.parties) for t in tracked] == [
        (D(2025, 11, 24), D(2025, 11, 24), US_CHINA),
        (D(2025, 11, 2), D(2025, 11, 2), ()),
        (D(2025, 11, 1), D(2025, 11, 1), ()),
        (D(2022, 3, 22), D(2022, 3, 22), ("United States", "Russia")),
    ]


def test_issue_tracker_follows_an_issue_whose_parties_are_named_in_another_order():
    briefings = (
        briefing("a", "2025-11-01", open_issues=(OpenIssue("Tariffs", parties=US_CHINA),)),
        briefing("b", "2025-11-24", open_issues=(
            OpenIssue("Tariffs", parties=tuple(reversed(US_CHINA))),)),
    )
    [tariffs] = issue_tracker(briefings)
    assert (tariffs.first_seen, tariffs.last_seen) == (D(2025, 11, 1), D(2025, 11, 24))
