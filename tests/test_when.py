"""`when` values: partial ISO dates and intervals, their first and last days, and their words."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefgen.when import MONTHS, WEEKDAYS, day_words, describe, parse_when

D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # one day
        ("2026-04-15", D(2026, 4, 15), D(2026, 4, 15)),
        ("2024-02-29", D(2024, 2, 29), D(2024, 2, 29)),
        # a month, to its real last day
        ("2026-04", D(2026, 4, 1), D(2026, 4, 30)),
        ("2026-12", D(2026, 12, 1), D(2026, 12, 31)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2025-02", D(2025, 2, 1), D(2025, 2, 28)),
        # quarters
        ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31)),
        ("2026-Q2", D(2026, 4, 1), D(2026, 6, 30)),
        ("2026-Q3", D(2026, 7, 1), D(2026, 9, 30)),
        ("2026-Q4", D(2026, 10, 1), D(2026, 12, 31)),
        # halves
        ("2026-H1", D(2026, 1, 1), D(2026, 6, 30)),
        ("2026-H2", D(2026, 7, 1), D(2026, 12, 31)),
        # a year
        ("2026", D(2026, 1, 1), D(2026, 12, 31)),
        # intervals: from the first day of the start to the last day of the end
        ("2023-03-20/2023-03-22", D(2023, 3, 20), D(2023, 3, 22)),
        ("2014-10/2014-11", D(2014, 10, 1), D(2014, 11, 30)),
        ("2023-03-30/2023-04-02", D(2023, 3, 30), D(2023, 4, 2)),
        ("2025-12-30/2026-01-02", D(2025, 12, 30), D(2026, 1, 2)),
        ("2026-Q2/2026-Q3", D(2026, 4, 1), D(2026, 9, 30)),
        ("2026-04-15/2026-05", D(2026, 4, 15), D(2026, 5, 31)),
        ("2026/2027", D(2026, 1, 1), D(2027, 12, 31)),
    ],
)
def test_every_form_has_a_first_and_last_day(text, first, last):
    when = parse_when(text)
    assert (when.first, when.last) == (first, last)
    assert str(when) == text


@pytest.mark.parametrize(
    ("text", "precisions"),
    [
        ("2026-04-15", ("day",)),
        ("2026-04", ("month",)),
        ("2026-Q2", ("quarter",)),
        ("2026-H1", ("half",)),
        ("2026", ("year",)),
        ("2026-04-15/2026-Q3", ("day", "quarter")),
    ],
)
def test_the_precision_given_is_kept(text, precisions):
    when = parse_when(text)
    assert tuple(p.precision for p in (when.start, when.end) if p) == precisions


def test_a_single_value_has_no_end():
    assert parse_when("2026-04").end is None


def test_surrounding_white_space_is_ignored():
    assert str(parse_when("  2026-04 \n")) == "2026-04"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2025-11-24", "24 November 2025"),
        ("2026-04-05", "5 April 2026"),
        ("2026-04", "April 2026"),
        ("2026-Q2", "Q2 2026"),
        ("2026-H1", "H1 2026"),
        ("2026-H2", "H2 2026"),
        ("2026", "2026"),
        ("2023-03-20/2023-03-22", "20–22 March 2023"),
        ("2014-10/2014-11", "October–November 2014"),
        ("2023-03-30/2023-04-02", "30 March – 2 April 2023"),
        ("2025-12-30/2026-01-02", "30 December 2025 – 2 January 2026"),
        ("2025-12/2026-02", "December 2025 – February 2026"),
        ("2026-Q2/2026-Q3", "Q2 – Q3 2026"),
        ("2026-04-15/2026-05", "15 April – May 2026"),
        ("2026/2027", "2026–2027"),
    ],
)
def test_describe_gives_words_at_the_values_own_precision(text, words):
    assert describe(parse_when(text)) == words


FORMS = ("is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, "
         "or an interval START/END of two of them (2023-03-20/2023-03-22)")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-13", "'2026-13' is not a real date"),
        ("2026-00", "'2026-00' is not a real date"),
        ("2025-02-29", "'2025-02-29' is not a real date"),
        ("2026-04-31", "'2026-04-31' is not a real date"),
        ("2026-Q5", f"'2026-Q5' {FORMS}"),
        ("2026-Q0", f"'2026-Q0' {FORMS}"),
        ("2026-q2", f"'2026-q2' {FORMS}"),
        ("2026-H3", f"'2026-H3' {FORMS}"),
        ("soon", f"'soon' {FORMS}"),
        ("next month", f"'next month' {FORMS}"),
        ("", f"'' {FORMS}"),
        ("26", f"'26' {FORMS}"),
        ("2026-4", f"'2026-4' {FORMS}"),
        ("2026-04-1", f"'2026-04-1' {FORMS}"),
        ("April 2026", f"'April 2026' {FORMS}"),
        ("2026-05/2026-04", "'2026-05/2026-04' ends before it starts"),
        ("2023-03-22/2023-03-20", "'2023-03-22/2023-03-20' ends before it starts"),
        ("2027/2026-Q4", "'2027/2026-Q4' ends before it starts"),
        ("2026/2027/2028", "'2026/2027/2028' has more than two parts"),
        ("2026-04-31/2026-05-02", "'2026-04-31' is not a real date"),
    ],
)
def test_invalid_values_raise_a_reason_a_person_can_act_on(text, message):
    with pytest.raises(ValueError) as caught:
        parse_when(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026/", "'2026/' is an interval without a start or an end"),
        ("/2026-05", "'/2026-05' is an interval without a start or an end"),
    ],
)
def test_an_interval_missing_a_part_says_so(text, message):
    with pytest.raises(ValueError, match="^" + re.escape(message) + "$"):
        parse_when(text)


def test_spaces_around_the_interval_slash_are_ignored():
    assert str(parse_when("2026-04 / 2026-05")) == "2026-04/2026-05"


@pytest.mark.parametrize("text", ["2026-04/2026-04", "2026-04-20/2026-04-20"])
def test_an_interval_from_a_value_to_itself_is_that_value(text):
    when = parse_when(text)
    assert when.end is None
    assert "–" not in describe(when)


def test_an_interval_may_start_and_end_in_the_same_period():
    when = parse_when("2026-04-01/2026-04")
    assert (when.first, when.last) == (D(2026, 4, 1), D(2026, 4, 30))


@pytest.mark.parametrize("day", [dt.date(2026, month, 1 + month) for month in range(1, 13)])
def test_month_and_weekday_names_are_those_strftime_writes(day):
    assert MONTHS[day.month - 1] == day.strftime("%B")
    assert WEEKDAYS[day.weekday()] == day.strftime("%A")
    assert day_words(day) == f"{day.day} {day:%B %Y}"
