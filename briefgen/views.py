"""Cross-briefing views: daily editions, the upcoming calendar, the open-issues tracker, tags.

Pure functions of the briefings (and a reference date), so that the same content always
gives the same site.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from briefgen.config import SiteConfig
from briefgen.model import Briefing, OpenIssue, Upcoming


@dataclass(frozen=True)
class Edition:
    """The daily edition: every briefing of one date."""

    date: dt.date
    briefings: tuple[Briefing, ...]

    @property
    def lead(self) -> Briefing:
        return self.briefings[0]


@dataclass(frozen=True)
class Event:
    """An upcoming event with the briefing that reported it (the most recent one)."""

    event: Upcoming
    briefing: Briefing


@dataclass(frozen=True)
class TrackedIssue:
    """An open issue followed across briefings by its topic."""

    topic: str
    latest: OpenIssue
    first_seen: dt.date
    last_seen: dt.date
    briefings: tuple[Briefing, ...]


def editions(briefings: tuple[Briefing, ...]) -> tuple[Edition, ...]:
    """Editions newest first; within a day, briefings in title order."""
    by_date: dict[dt.date, list[Briefing]] = defaultdict(list)
    for briefing in briefings:
        by_date[briefing.date].append(briefing)
    return tuple(
        Edition(day, tuple(sorted(by_date[day], key=lambda b: (b.title.casefold(), b.slug))))
        for day in sorted(by_date, reverse=True)
    )


def reference_date(briefings: tuple[Briefing, ...], today: dt.date | None = None) -> dt.date:
    """What "today" means for a build: given, else the newest briefing's date — never the clock."""
    if today:
        return today
    return max((b.date for b in briefings), default=dt.date(1970, 1, 1))


def upcoming_events(briefings: tuple[Briefing, ...], today: dt.date) -> tuple[Event, ...]:
    """Events not yet over on `today`, soonest first; undated ones last.

    The same event reported by several briefings (same kind, place, date and people) is
    listed once, from the most recent report.
    """
    seen: dict[tuple, Event] = {}
    for briefing in sorted(briefings, key=lambda b: (b.date, b.slug), reverse=True):
        for event in briefing.upcoming:
            if event.when is not None and event.when.last < today:
                continue
            if event.when is None and briefing.date < today:
                continue
            key = (event.kind, _words(event.where or ""), str(event.when), tuple(sorted(event.who)))
            seen.setdefault(key, Event(event, briefing))

    def order(entry: Event) -> tuple:
        """By the day an event is over at the latest: "April 2026" comes before "2026"."""
        when = entry.event.when
        return (when is None, when.last if when else dt.date.max,
                when.first if when else dt.date.max, entry.event.what.casefold())

    return tuple(sorted(seen.values(), key=order))


def issue_tracker(briefings: tuple[Briefing, ...]) -> tuple[TrackedIssue, ...]:
    """Open issues followed across briefings by their topic and parties, most recently seen
    first.

    A label alone says too little: "Export controls" between the United States and Russia
    is not the same issue as "Export controls" between China and the United States. An issue
    whose parties are not named is one of its own, followed by nothing."""
    groups: dict[tuple, list[tuple[Briefing, OpenIssue]]] = defaultdict(list)
    for briefing in briefings:
        for index, issue in enumerate(briefing.open_issues):
            parties = frozenset(_words(party) for party in issue.parties)
            key = (_words(issue.topic), parties) if parties else (briefing.file, index)
            groups[key].append((briefing, issue))
    tracked = []
    for reports in groups.values():
        reports.sort(key=lambda r: (r[0].date, r[0].slug))
        latest_briefing, latest = reports[-1]
        # by file, not by value: hashing a briefing hashes every field of it
        unique = tuple({b.file: b for b, _ in reversed(reports)}.values())
        tracked.append(TrackedIssue(latest.topic, latest, reports[0][0].date,
                                    latest_briefing.date, unique))
    tracked.sort(key=lambda t: (-t.last_seen.toordinal(), t.topic.casefold()))
    return tuple(tracked)


def tag_index(briefings: tuple[Briefing, ...]) -> dict[str, tuple[Briefing, ...]]:
    """Each tag with its briefings (newest first), tags in alphabetical order."""
    tags: dict[str, list[Briefing]] = defaultdict(list)
    for briefing in briefings:
        for tag in dict.fromkeys(briefing.tags):
            tags[tag].append(briefing)
    return {
        tag: tuple(sorted(tags[tag], key=lambda b: (b.date, b.slug), reverse=True))
        for tag in sorted(tags)
    }


@lru_cache(maxsize=4096)
def _words(text: str) -> str:
    """Remembered: briefings name the same topics and places again and again."""
    return " ".join(_WORD.findall(text.casefold()))


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Site:
    """Everything a build renders, computed before anything is written."""

    config: SiteConfig
    briefings: tuple[Briefing, ...]
    editions: tuple[Edition, ...]
    events: tuple[Event, ...]
    issues: tuple[TrackedIssue, ...]
    tags: dict[str, tuple[Briefing, ...]]
    today: dt.date
    pdfs: bool = True  # whether the site has PDFs to link to

    @property
    def latest(self) -> Edition | None:
        return self.editions[0] if self.editions else None


def site_view(
    config: SiteConfig,
    briefings: tuple[Briefing, ...],
    *,
    drafts: bool = False,
    today: dt.date | None = None,
    pdfs: bool = True,
) -> Site:
    """The site for these briefings: drafts left out unless asked for."""
    shown = tuple(b for b in briefings if drafts or not b.is_draft)
    return Site(
        config=config,
        briefings=shown,
        editions=editions(shown),
        events=upcoming_events(shown, reference_date(shown, today)),
        issues=issue_tracker(shown),
        tags=tag_index(shown),
        today=reference_date(shown, today),
        pdfs=pdfs,
    )
