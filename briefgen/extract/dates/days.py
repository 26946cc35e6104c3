"""Handlers of the rules that name days: dates, ranges of days, weekdays, holidays, "today"."""

from __future__ import annotations

import re

from briefgen.extract.dates.arithmetic import (
    DAY,
    Date,
    interval,
    monday_of,
    nth_weekday,
    ymd,
)
from briefgen.extract.dates.context import (
    Context,
    G,
    Handler,
    Reject,
    explicit_year,
    pick_year,
)
from briefgen.extract.dates.vocabulary import (
    DEMONSTRATIVES,
    HOLIDAYS,
    ORDINALS,
    demonstrative,
    parse_day,
    parse_month,
    parse_weekday,
    parse_year,
)
from briefgen.when import parse_when


def _h_holiday(g: G, c: Context) -> str:
    key = re.sub(r"[^a-z ]", "", re.sub(r"\s+", " ", g("h").lower().replace("’", "'")))
    key = key.replace("valentine s", "valentines").replace("new year s", "new years")
    fn = HOLIDAYS[key]
    if g("y"):
        return ymd(fn(parse_year(g("y"))))
    return pick_year(c, lambda y: (fn(y), fn(y), ymd(fn(y))))


def _h_iso(g: G, c: Context) -> str:
    return ymd(Date(parse_year(g("y")), int(g("m")), int(g("d"))))


def _h_numeric(g: G, c: Context) -> str:
    a, b, sep, y = int(g("a")), int(g("b")), g("s"), g("y")
    if sep != "/" and len(y) == 2:
        raise Reject("two-digit year")
    day, month = (a, b) if sep == "." or a > 12 else (b, a)
    return ymd(Date(parse_year(y), month, day))


def _date_span(m1: int, d1: int, m2: int, d2: int, wd: int | None = None):
    """Year -> (first, last, value) for a day or day range given without a year."""

    def span_of(y: int):
        try:
            a = Date(y, m1, d1)
            b = Date(y + (1 if (m2, d2) < (m1, d1) else 0), m2, d2)
        except ValueError:
            return None
        if wd is not None and a.weekday() != wd:
            return None
        return a, b, interval(ymd(a), ymd(b))

    return span_of


def _days(c: Context, m1: int, d1: int, y1: int | None, m2: int, d2: int, y2: int | None,
          wd: str | None = None) -> str:
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if y1 is not None:
        if y2 is None:
            y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        a, b = Date(y1, m1, d1), Date(y2, m2, d2)
        if b < a:
            raise Reject("range ends before it starts")
        return interval(ymd(a), ymd(b))
    if wd:
        span_of = _date_span(m1, d1, m2, d2, parse_weekday(wd))
        ref = c.ref
        near = [s for y in (ref.year - 1, ref.year, ref.year + 1) if (s := span_of(y))]
        if near:
            if c.tense == "past":
                past = [s for s in near if s[0] <= ref]
                return (past[-1] if past else near[0])[2]
            future = [s for s in near if s[1] >= ref]
            return (future[0] if future else near[-1])[2]
    if (m1, d1) > (m2, d2) and m1 == m2:
        raise Reject("range ends before it starts")
    return pick_year(c, _date_span(m1, d1, m2, d2))


def _h_md_md(g: G, c: Context) -> str:
    return _days(c, parse_month(g("m1")), parse_day(g("d1")), g("y1") and parse_year(g("y1")),
                 parse_month(g("m2")), parse_day(g("d2")), g("y2") and parse_year(g("y2")))


def _h_md_range(g: G, c: Context) -> str:
    m = parse_month(g("m"))
    d1, d2 = parse_day(g("d1")), parse_day(g("d2"))
    if d2 <= d1:
        raise Reject("range ends before it starts")
    y = explicit_year(g, c, "y")
    return _days(c, m, d1, y, m, d2, None)


def _h_mdy(g: G, c: Context) -> str:
    m, d = parse_month(g("m")), parse_day(g("d"))
    y = explicit_year(g, c, "y")
    return _days(c, m, d, y, m, d, None)


def _h_md(g: G, c: Context) -> str:
    m, d = parse_month(g("m")), parse_day(g("d") or g("o"))
    return _days(c, m, d, None, m, d, None, g("wd"))


def _h_week_of(g: G, c: Context) -> str:
    m, d = parse_month(g("m")), parse_day(g("d"))
    day = parse_when(_days(c, m, d, explicit_year(g, c, "y"), m, d, None)).first
    mon = monday_of(day)
    return interval(ymd(mon), ymd(mon + 6 * DAY))


def _h_nth_weekday(g: G, c: Context) -> str:
    """"the first Tuesday in November", "the last Monday of May 2026"."""
    which = g("o").lower()
    n = -1 if which in ("last", "final") else ORDINALS.get(which) or int(which[0])
    m, wd = parse_month(g("m")), parse_weekday(g("wd"))

    def span_of(y: int):
        d = nth_weekday(y, m, wd, n)
        return d, d, ymd(d)

    if g("y"):
        return span_of(parse_year(g("y")))[2]
    return pick_year(c, span_of)


def _resolve_weekday(c: Context, wd: int, dem: str, week: str | None) -> Date:
    ref = c.ref
    if week:
        mon = monday_of(ref) + 7 * DEMONSTRATIVES[week.lower()] * DAY
        return mon + wd * DAY
    ahead = (wd - ref.weekday()) % 7
    behind = (ref.weekday() - wd) % 7
    if dem in ("next", "coming", "following"):
        return ref + (ahead or 7) * DAY
    if dem in ("last", "past", "previous"):
        return ref - (behind or 7) * DAY
    tense = c.tense
    if tense == "past":
        return ref - behind * DAY
    if tense == "future" and dem != "this":
        return ref + (ahead or 7) * DAY
    return ref + ahead * DAY


def _h_weekday(g: G, c: Context) -> str:
    dem = demonstrative(g("dem")) if g("dem") else ""
    return ymd(_resolve_weekday(c, parse_weekday(g("wd")), dem, g("wk")))


def _h_weekday_range(g: G, c: Context) -> str:
    first = _resolve_weekday(c, parse_weekday(g("wd1")), "", g("wk"))
    last = first + ((parse_weekday(g("wd2")) - first.weekday()) % 7) * DAY
    return interval(ymd(first), ymd(last))


def _h_weekend(g: G, c: Context) -> str:
    ref = c.ref
    sat = monday_of(ref) + 5 * DAY
    if c.tense == "past" and ref < sat:
        sat -= 7 * DAY
    return interval(ymd(sat), ymd(sat + DAY))


def _h_deictic(g: G, c: Context) -> str:
    text = re.sub(r"\s+", " ", g("w").lower())
    offset = 0
    if "yesterday" in text or text == "last night":
        offset = -1
    if "tomorrow" in text:
        offset = 1
    if "before yesterday" in text:
        offset = -2
    if "after tomorrow" in text:
        offset = 2
    return ymd(c.ref + offset * DAY)


def _h_next_day(g: G, c: Context) -> str:
    word = (g("w") or g("w2")).lower()
    offset = 1 if word in ("next", "following", "after") else -1
    return ymd(c.ref + offset * DAY)


def _h_now(g: G, c: Context) -> str:
    return ymd(c.ref)


def _h_day_of_month(g: G, c: Context) -> str:
    """"(on) the 21st": that day of the report's month, or of the month next to it that the
    tense points to when the day is already past, or not yet come."""
    d, ref = parse_day(g("d")), c.ref
    near = []  # never empty: of three months running, one has 31 days
    for step in (-1, 0, 1):
        index = ref.year * 12 + ref.month - 1 + step
        try:
            near.append(Date(index // 12, index % 12 + 1, d))
        except ValueError:
            continue
    if c.tense == "past":
        day = next((x for x in reversed(near) if x <= ref), near[0])
    elif c.tense in ("future", "prospective"):
        day = next((x for x in near if x >= ref), near[-1])
    else:
        day = next((x for x in near if x.month == ref.month), near[0])
    return ymd(day)


#: The handler of each rule of this family, by the rule's name.
HANDLERS: dict[str, Handler] = {
    "holiday": _h_holiday,
    "iso": _h_iso,
    "numeric": _h_numeric,
    "md_md": _h_md_md,
    "dm_dm": _h_md_md,
    "md_range": _h_md_range,
    "dm_range": _h_md_range,
    "mdy": _h_mdy,
    "dmy": _h_mdy,
    "week_of": _h_week_of,
    "md": _h_md,
    "dm": _h_md,
    "nth_weekday": _h_nth_weekday,
    "next_day": _h_next_day,
    "wd_range": _h_weekday_range,
    "weekday": _h_weekday,
    "deictic": _h_deictic,
    "now": _h_now,
    "weekend": _h_weekend,
    "day_of_month": _h_day_of_month,
    "holiday_bare": _h_holiday,
}
