"""Handlers of counted and relative spans: "three weeks earlier", "next month", "the end of the
year", "the past 90 days"."""

from __future__ import annotations

import re

from briefgen.extract.dates.arithmetic import (
    DAY,
    Date,
    add_months,
    at_unit,
    interval,
    monday_of,
    quarter_value,
    shifted,
    year_mod_value,
    ym,
    ymd,
)
from briefgen.extract.dates.context import (
    Context,
    G,
    Handler,
    base_month,
    base_year,
)
from briefgen.extract.dates.vocabulary import (
    DEMONSTRATIVES,
    demonstrative,
    parse_number,
    parse_unit,
    parse_year,
)
from briefgen.when import parse_when


def _h_count_forward(g: G, c: Context) -> str | None:
    n = parse_number(g("n"))
    if n is None:
        return None
    unit = parse_unit(g("u"))
    if unit in ("year", "decade") and c.tense != "future" and c.loc and \
            _RECORD_BEFORE.search(c.context, max(0, c.loc[0] - 120), c.loc[0]):
        return None  # "the first visit (…) in eight years": the years up to now, no date
    return shifted(c.ref, n, unit)


#: A first or a record, which "in eight years" after it measures back from now: "the first
#: visit …", "the worst drought …", "for the first time …"; not "the first phase will be
#: completed (in two years)".
_RECORD_BEFORE = re.compile(
    r"\b(?:first|only|highest|lowest|largest|biggest|worst|best|longest|shortest|strongest|"
    r"weakest|deadliest|fastest|slowest|greatest|hottest|coldest|driest|wettest|sharpest|"
    r"steepest)\b(?:(?!\b(?:will|would|shall|to\s+be)\b)[^,;:.])*$", re.IGNORECASE)


def _h_ago(g: G, c: Context) -> str | None:
    n = parse_number(g("n"))
    if n is None:
        return None
    direction = g("dir").lower()
    back = direction in ("ago", "earlier", "previously", "prior", "before", "back")
    return shifted(c.ref, -n if back else n, parse_unit(g("u")))


def _week_part(mon: Date, mod: str, ref: Date | None = None) -> str:
    mod = mod.lower()
    if mod == "early" or mod.startswith(("beginning", "start")):
        a, b = mon, mon + 2 * DAY
    elif mod in ("late", "end", "close"):
        a, b = mon + 3 * DAY, mon + 6 * DAY
    elif mod in ("mid", "middle"):
        a, b = mon + DAY, mon + 3 * DAY
    elif mod in ("later", "rest", "remainder") and ref and monday_of(ref) == mon:
        a, b = ref, mon + 6 * DAY
    elif mod == "earlier" and ref and monday_of(ref) == mon:
        a, b = mon, ref
    else:
        a, b = mon, mon + 6 * DAY
    return interval(ymd(a), ymd(b))


def _relative_unit(c: Context, dem: str, unit: str, mod: str) -> str | None:
    """"next week", "early next year", "later this month", "the following year", ..."""
    shift = DEMONSTRATIVES[dem]
    anaphoric = dem in ("following", "previous", "that", "same", "the") or (
        dem == "this" and mod in ("later", "earlier"))
    if dem in ("that", "same") and c.anchor is None:
        return None
    ref = c.ref
    if unit in ("week", "weekend"):
        mon = monday_of(ref) + 7 * shift * DAY
        if unit == "weekend":
            return interval(ymd(mon + 5 * DAY), ymd(mon + 6 * DAY))
        return _week_part(mon, mod, ref)
    if unit == "month":
        y, m = add_months(*base_month(c, anaphoric), shift)
        return ym(y, m)
    if unit == "quarter":
        k = ref.year * 4 + (ref.month - 1) // 3 + shift
        y, q = k // 4, k % 4 + 1
        if mod in ("early", "beginning", "start"):
            return ym(y, 3 * q - 2)
        if mod in ("late", "end", "close"):
            return ym(y, 3 * q)
        if mod in ("mid", "middle"):
            return ym(y, 3 * q - 1)
        return quarter_value(y, q)
    if unit == "decade":
        start = ref.year // 10 * 10 + 10 * shift
        if mod in ("end", "close"):
            return f"{start + 9:04d}"
        if mod in ("beginning", "start"):
            return f"{start:04d}"
        return f"{start:04d}/{start + 9:04d}"
    y = base_year(c, anaphoric) + shift
    if mod in ("rest", "remainder"):
        if y == ref.year:
            return interval(ym(y, ref.month), ym(y, 12))
        return f"{y:04d}"
    if mod == "turn":
        return f"{ym(y, 12)}/{ym(y + 1, 1)}"
    return year_mod_value(mod, y) if mod else f"{y:04d}"


def _h_dem_unit(g: G, c: Context) -> str | None:
    unit = g("u").lower()
    dem = demonstrative(g("dem"))
    mod = (g("mod") or "").lower().rstrip("-")
    if g("dem").lower() == "past" and not g("the"):
        return _h_interval(g, c)
    return _relative_unit(c, dem, unit, mod)


def _h_after_next(g: G, c: Context) -> str | None:
    unit = g("u").lower()
    value = _relative_unit(c, "next", unit, "")
    if unit == "week":
        first = parse_when(value).first + 7 * DAY
        return interval(ymd(first), ymd(first + 6 * DAY))
    if unit == "month":
        return ym(*add_months(c.ref.year, c.ref.month, 2))
    return f"{c.ref.year + 2:04d}"


def _h_edge(g: G, c: Context) -> str | None:
    """"the end of the year", "the start of next month", "year-end", "end-2026"."""
    if g("u"):
        edge, unit = g("edge").lower(), g("u").lower()
        dem = (g("dem2") or g("dem") or "the").lower()
        dem = {"current": "this", "coming": "next"}.get(dem, dem)
    else:
        edge, unit = (g("e2") or g("e3")).lower(), (g("u2") or g("u3")).lower()
        if g("y"):
            return year_mod_value(edge, parse_year(g("y")))
        dem = "the"
    value = _relative_unit(c, dem, unit, edge)
    if (dem == "the" and value and c.anchor is None and c.tense == "past"
            and parse_when(value).first > c.ref):
        return _relative_unit(c, "last", unit, edge)  # "sales peaked by the end of the year"
    return value


def _h_fiscal_year(g: G, c: Context) -> str | None:
    """"this fiscal year", "the financial year": a year named by its calendar year."""
    return _relative_unit(c, g("dem").lower(), "year", "")


def _h_interval(g: G, c: Context) -> str | None:
    direction = (g("dir") or g("dem") or "past").lower().split()[-1]
    unit_text = g("u").lower()
    unit = parse_unit(unit_text)
    if g("n"):
        n = parse_number(g("n"))
        if n is None:
            return None
    elif unit_text.endswith("s"):
        return None  # "the coming weeks", "the past months": no date
    else:
        n = 1
        if direction in ("following", "previous", "preceding"):
            dem = {"preceding": "previous"}.get(direction, direction)
            return _relative_unit(c, dem, unit, "")
    ref = c.ref
    if direction in ("past", "last", "previous", "preceding"):
        return interval(shifted(ref, -n, unit), at_unit(ref, unit))
    return interval(at_unit(ref, unit), shifted(ref, n, unit))


def _h_later_in(g: G, c: Context) -> str | None:
    word = g("lat").lower()
    unit = g("u").lower()
    if unit == "day":
        return ymd(c.ref)
    mod = {"later": "", "earlier": ""}.get(word, word)
    if unit == "year":
        y = base_year(c, True)
        return year_mod_value(mod, y) if mod else f"{y:04d}"
    if unit == "month":
        return ym(*base_month(c, True))
    return _week_part(monday_of(c.ref), word, c.ref)


def _h_none(g: G, c: Context) -> None:
    return None


#: The handler of each rule of this family, by the rule's name.
HANDLERS: dict[str, Handler] = {
    "dur_in": _h_count_forward,
    "dur_for": _h_count_forward,
    "period_of": _h_count_forward,
    "later_in": _h_later_in,
    "edge": _h_edge,
    "vague": _h_none,
    "interval": _h_interval,
    "after_next": _h_after_next,
    "dem_unit": _h_dem_unit,
    "ago": _h_ago,
    "fiscal_year": _h_fiscal_year,
}
