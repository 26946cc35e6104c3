"""A timeline picture of upcoming events, as SVG: a day is a dot, a longer span a bar.

The picture shows each event at the precision it is known: "15 April 2026" is a dot,
"April 2026" a bar over the month, "2026-Q2" a bar over the quarter. It is drawn by this
small module (no chart library) as plain SVG, so the same picture works in pages and in
PDFs. It carries a title and a one-sentence description for screen readers; the list of
events beside it on every page remains the full text alternative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from briefgen.when import MONTHS, When, describe

WIDTH = 720
AXIS = 34  # height of the month axis above the rows
ROW = 38  # a label line, then the mark
LABEL_CHARS = 70
FONT_SIZE = 14  # units of the 720-wide picture; pages never draw it below 640 px
#: The widest a label's character is on average, in the theme's sans serif at FONT_SIZE (and
#: in the fallback fonts): a label is moved left by its length in these, so that it is never
#: cut at the right edge.
CHAR_WIDTH = 8.2


@dataclass(frozen=True)
class Mark:
    """One event on the timeline."""

    when: When
    label: str


def timeline_svg(marks: Sequence[Mark], today: dt.date, *, ident: str = "timeline",
                 title: str = "Timeline of upcoming events") -> str:
    """The SVG (empty when no event has a date), `ident` naming its title and description."""
    dated = sorted((m for m in marks if m.when is not None),
                   key=lambda m: (m.when.first, m.when.last, m.label))
    if not dated:
        return ""
    start = _month_start(min(today, dated[0].when.first))
    end = _next_month(max(m.when.last for m in dated))
    if (end - start).days < 90:  # a few weeks would stretch one event across the page
        end = _next_month(_next_month(_next_month(start)))
    span = (end - start).days

    def x(day: dt.date) -> float:
        return _position(day, start, span)

    height = AXIS + ROW * len(dated)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{ident}-title {ident}-desc" font-family="Briefing Sans, sans-serif" '
        f'font-size="{FONT_SIZE}">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(_description(dated))}</desc>',
    ]
    parts.append(_axis(start, end, height))
    if start <= today < end:
        parts.append(f'<line class="today" x1="{x(today)}" y1="{AXIS - 8}" x2="{x(today)}" '
                     f'y2="{height}" stroke="#b3261e" stroke-width="1.5">'
                     f"<title>{today.day:02d} {MONTHS[today.month - 1]} {today.year}"
                     "</title></line>")
    for row, mark in enumerate(dated):
        parts += _mark(mark, AXIS + ROW * row, x)
    parts.append("</svg>")
    return "\n".join(parts)


def _position(day: dt.date, start: dt.date, span: int) -> float:
    """Where a day is across the picture, `span` days from `start`."""
    return round((day - start).days / span * WIDTH, 1)


@lru_cache(maxsize=256)
def _axis(start: dt.date, end: dt.date, height: int) -> str:
    """The month lines and labels; remembered, as briefings of the same weeks share them."""
    span = (end - start).days
    months = []
    year, month = start.year, start.month
    while (year, month) < (end.year, end.month):
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    every = max(1, -(-len(months) // 8))  # at most about eight labels
    parts = [f'<line class="axis" x1="0" y1="{AXIS - 8}" x2="{WIDTH}" y2="{AXIS - 8}" '
             f'stroke="#8a8f98" stroke-width="1"/>']
    for index, first in enumerate(months):
        at = _position(first, start, span)
        parts.append(f'<line class="tick" x1="{at}" y1="{AXIS - 12}" x2="{at}" '
                     f'y2="{height}" stroke="#d5d8dc" stroke-width="0.75"/>')
        if index % every == 0:
            label = MONTHS[first.month - 1][:3]
            if not index or first.month == 1:
                label += f" {first.year}"
            parts.append(f'<text class="month" x="{at + 3}" y="{AXIS - 14}" '
                         f'fill="#59636e">{label}</text>')
    return "\n".join(parts)


def _mark(mark: Mark, top: float, x) -> list[str]:
    """The event's label on one line, its dot or bar on the next."""
    first, last = x(mark.when.first), x(mark.when.last + dt.timedelta(days=1))
    label = mark.label if len(mark.label) <= LABEL_CHARS else mark.label[:LABEL_CHARS - 1] + "…"
    text = f"{describe(mark.when)}: {label}"
    y = top + 27
    if mark.when.first == mark.when.last:
        shape = f'<circle class="mark day" cx="{first}" cy="{y}" r="5" fill="#1f4e8c"/>'
    else:
        width = round(max(last - first, 6), 1)
        shape = (f'<rect class="mark span" x="{first}" y="{y - 5}" width="{width}" height="10" '
                 f'rx="3" fill="#1f4e8c" fill-opacity="0.6"/>')
    at = round(max(0.0, min(first - 5, WIDTH - CHAR_WIDTH * len(text))), 1)
    return [f'<text class="mark-label" x="{at}" y="{top + 14}" fill="#1d2125">'
            f"{escape(text)}</text>", shape]


def _description(dated: Sequence[Mark]) -> str:
    count = len(dated)
    first, last = describe(dated[0].when), describe(dated[-1].when)
    noun = "event" if count == 1 else "events"
    return f"{count} {noun}, from {first} to {last}." if count > 1 else f"1 {noun}: {first}."


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
