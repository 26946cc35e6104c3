"""Calendar arithmetic, and the `when` strings it produces.

`ymd`, `ym` and `interval` write `when` values; the rest steps through months, weeks and
quarters, counts business days, and finds movable feasts (Easter, "the fourth Thursday").
"""

from __future__ import annotations

import calendar
import datetime as dt

Date = dt.date
DAY = dt.timedelta(days=1)


def ymd(d: Date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def interval(a: str, b: str) -> str:
    return a if a == b else f"{a}/{b}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + m - 1 + n
    return k // 12, k % 12 + 1


def month_end(y: int, m: int) -> Date:
    return Date(y, m, calendar.monthrange(y, m)[1])


def monday_of(d: Date) -> Date:
    return d - d.weekday() * DAY


def shifted(ref: Date, n: int, unit: str) -> str:
    """The point `n` units from `ref` (backwards when negative), at the unit's precision."""
    if unit in ("day", "hour", "week", "fortnight", "bday"):
        if unit == "bday":
            d, step, left = ref, (1 if n >= 0 else -1), abs(n)
            while left:
                d += step * DAY
                if d.weekday() < 5:
                    left -= 1
            return ymd(d)
        days = {"day": n, "week": 7 * n, "fortnight": 14 * n}.get(unit)
        if days is None:
            days = int(n / 24)
        return ymd(ref + days * DAY)
    if unit == "month":
        return ym(*add_months(ref.year, ref.month, n))
    if unit == "quarter":
        k = ref.year * 4 + (ref.month - 1) // 3 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    return f"{ref.year + (10 * n if unit == 'decade' else n):04d}"


def at_unit(ref: Date, unit: str) -> str:
    """The reference date at the unit's precision."""
    return shifted(ref, 0, unit)


def easter(y: int) -> Date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return Date(y, month, day + 1)


def nth_weekday(y: int, m: int, wd: int, n: int) -> Date:
    """The n-th (1-based; -1 for the last) weekday `wd` of a month."""
    if n < 0:
        last = month_end(y, m)
        return last - ((last.weekday() - wd) % 7) * DAY
    first = Date(y, m, 1)
    return first + ((wd - first.weekday()) % 7 + 7 * (n - 1)) * DAY



def quarter_value(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"




def year_mod_value(mod: str, y: int) -> str:
    """A year with a modifier: early -> H1, late -> H2, end -> December, start -> January."""
    words = set(mod.lower().replace("-", " ").split())
    if "early" in words:
        return f"{y:04d}-H1"
    if "late" in words:
        return f"{y:04d}-H2"
    if words & {"end", "close"}:
        return ym(y, 12)
    if words & {"beginning", "start"}:
        return ym(y, 1)
    if "turn" in words:
        return f"{ym(y, 12)}/{ym(y + 1, 1)}"
    return f"{y:04d}"
