"""`when` values: partial ISO dates ("2026-04", "2026-Q2", "2023-03-20/2023-03-22").

An event's date is often known only to the month, quarter or year. A `When` keeps that
precision so pages can say "April 2026" rather than invent "1 April 2026", while still
giving every value a first and last day for sorting and for deciding what is past.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

#: Month and weekday names as `strftime` writes them in the C locale, as pages show them
#: whatever the locale the build runs in.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_words(day: dt.date) -> str:
    """ "24 November 2025": a day as pages, PDFs and emails name it."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


_POINT = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$")
PRECISIONS = ("day", "month", "quarter", "half", "year")


@dataclass(frozen=True, order=True)
class Point:
    """One partial date: the days it spans and how precisely it was given."""

    first: dt.date
    last: dt.date
    precision: str
    text: str


@dataclass(frozen=True)
class When:
    """A validated `when` value: one point or an interval `start/end`."""

    start: Point
    end: Point | None = None

    @property
    def first(self) -> dt.date:
        return self.start.first

    @property
    def last(self) -> dt.date:
        return (self.end or self.start).last

    def __str__(self) -> str:
        return self.start.text + (f"/{self.end.text}" if self.end else "")


def parse_point(text: str) -> Point:
    match = _POINT.match(text)
    if not match:
        raise ValueError(
            f"{text!r} is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, "
            "or an interval START/END of two of them (2023-03-20/2023-03-22)"
        )
    year, month, day, quarter, half = match.groups()
    y = int(year)
    try:
        if day:
            first = last = dt.date(y, int(month), int(day))
            return Point(first, last, "day", text)
        if month:
            m = int(month)
            first = dt.date(y, m, 1)
            return Point(first, _month_end(y, m), "month", text)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None
    if quarter:
        q = int(quarter)
        return Point(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter", text)
    if half:
        h = int(half)
        return Point(dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "half", text)
    return Point(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", text)


def parse_when(text: str) -> When:
    """Parse a `when` string; raise `ValueError` with a reader-facing reason."""
    parts = [part.strip() for part in text.strip().split("/")]
    if len(parts) == 1:
        return When(parse_point(parts[0]))
    if len(parts) > 2:
        raise ValueError(f"{text!r} has more than two parts")
    if not all(parts):
        raise ValueError(f"{text!r} is an interval without a start or an end")
    start, end = parse_point(parts[0]), parse_point(parts[1])
    if end.last < start.first:
        raise ValueError(f"{text!r} ends before it starts")
    if start.text == end.text:
        return When(start)
    return When(start, end)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _point_words(point: Point, with_year: bool = True) -> str:
    year = f" {point.first.year}" if with_year else ""
    match point.precision:
        case "day":
            return f"{point.first.day} {MONTHS[point.first.month - 1]}{year}"
        case "month":
            return f"{MONTHS[point.first.month - 1]}{year}"
        case "quarter":
            return f"Q{(point.first.month + 2) // 3}{year}"
        case "half":
            return f"H{(point.first.month + 5) // 6}{year}"
    return str(point.first.year)


def describe(when: When) -> str:
    """Words for a reader, at the value's own precision: "April 2026", "20–22 March 2023"."""
    start, end = when.start, when.end
    if end is None:
        return _point_words(start)
    same_year = start.first.year == end.first.year
    if start.precision == end.precision == "day" and same_year:
        if start.first.month == end.first.month:
            return f"{start.first.day}–{_point_words(end)}"
        return f"{_point_words(start, with_year=False)} – {_point_words(end)}"
    if start.precision == end.precision == "month" and same_year:
        return f"{MONTHS[start.first.month - 1]}–{_point_words(end)}"
    if start.precision == end.precision == "year":
        return f"{start.first.year}–{end.first.year}"
    if same_year and start.precision != "year" and end.precision != "year":
        return f"{_point_words(start, with_year=False)} – {_point_words(end)}"
    return f"{_point_words(start)} – {_point_words(end)}"
