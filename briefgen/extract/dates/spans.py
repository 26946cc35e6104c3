"""Handlers of the rules that name months, quarters, halves, seasons, years and decades."""

from __future__ import annotations

import re

from briefgen.extract.dates.arithmetic import (
    DAY,
    Date,
    add_months,
    interval,
    month_end,
    quarter_value,
    year_mod_value,
    ym,
    ymd,
)
from briefgen.extract.dates.context import (
    Context,
    G,
    Handler,
    Reject,
    base_year,
    explicit_year,
    pick_year,
)
from briefgen.extract.dates.vocabulary import (
    ORDINALS,
    SEASONS,
    parse_month,
    parse_year,
)
from briefgen.when import parse_when


def _h_iso_month(g: G, c: Context) -> str:
    y, m = parse_year(g("y")), int(g("m"))
    if m == (y + 1) % 100:
        return f"{y}/{y + 1}"
    return ym(y, m)


def _month_span(m1: int, m2: int):
    def span_of(y: int):
        y2 = y + (1 if m2 < m1 else 0)
        return Date(y, m1, 1), month_end(y2, m2), interval(ym(y, m1), ym(y2, m2))

    return span_of


def _months(c: Context, m1: int, y1: int | None, m2: int, y2: int | None) -> str:
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1
    if y1 is not None:
        if y2 is None:
            y2 = y1 if m2 >= m1 else y1 + 1
        if (y2, m2) < (y1, m1):
            raise Reject("range ends before it starts")
        return interval(ym(y1, m1), ym(y2, m2))
    return pick_year(c, _month_span(m1, m2))


def _h_m_range(g: G, c: Context) -> str:
    m1, m2 = parse_month(g("m1")), parse_month(g("m2"))
    if m1 == m2:
        raise Reject("not a range")
    return _months(c, m1, g("y1") and parse_year(g("y1")), m2, explicit_year(g, c, "y2"))


def _h_my(g: G, c: Context) -> str:
    m = parse_month(g("m"))
    return _months(c, m, explicit_year(g, c, "y"), m, None)


def _h_month(g: G, c: Context) -> str:
    m = parse_month(g("m"))
    return _months(c, m, None, m, None)


def _h_dem_month(g: G, c: Context) -> str:
    m, dem, ref = parse_month(g("m")), g("dem").lower().split()[-1], c.ref
    if dem == "this":
        return ym(ref.year, m)
    if dem in ("next", "coming"):
        return ym(ref.year + (1 if m <= ref.month else 0), m)
    return ym(ref.year - (1 if m >= ref.month else 0), m)


def _h_week_of_month(g: G, c: Context) -> str:
    if g("m"):
        m = parse_month(g("m"))
        y = explicit_year(g, c, "y")
        y = y if y is not None else parse_when(_months(c, m, None, m, None)).first.year
    else:
        shift = {"this": 0, "next": 1, "last": -1}[g("dem").lower()]
        y, m = add_months(c.ref.year, c.ref.month, shift)
    which = g("o").lower()
    if which in ("last", "final"):
        end = month_end(y, m)
        return interval(ymd(end - 6 * DAY), ymd(end))
    n = ORDINALS.get(which) or int(which[0])
    first = Date(y, m, 1 + 7 * (n - 1))
    return interval(ymd(first), ymd(first + 6 * DAY))


def _quarter_span(q: int):
    def span_of(y: int):
        return Date(y, 3 * q - 2, 1), month_end(y, 3 * q), quarter_value(y, q)

    return span_of


def _h_quarter(g: G, c: Context) -> str:
    word = (g("q") or g("ql") or "").lower()
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}.get(word)
    if q is None:
        q = int(word[0])
    y = explicit_year(g, c, "y", "y2", "yy")
    if y is None and g("the"):
        y = base_year(c, True)
    if y is not None:
        return quarter_value(y, q)
    return pick_year(c, _quarter_span(q))


def _h_half(g: G, c: Context) -> str:
    word = g("h").lower()
    h = 1 if word in ("first", "1st", "1", "front") else 2
    y = explicit_year(g, c, "y", "yy")
    if y is None:
        y = base_year(c, True)
    return f"{y:04d}-H{h}"


def _h_months_of(g: G, c: Context) -> str:
    first = g("fl").lower() == "first"
    n = 3 if g("n") in ("three", "3") else 6
    y = explicit_year(g, c, "y")
    if y is None:
        y = base_year(c, True)
    if n == 3:
        return quarter_value(y, 1 if first else 4)
    return f"{y:04d}-H{1 if first else 2}"


#: A part of a season named by a noun, as the modifier that says it: "the start of (spring)".
_PART_OF_A_SEASON = {"end": "late", "close": "late", "beginning": "early", "start": "early",
                     "middle": "mid"}


def _season_value(season: str, mod: str | None, y: int) -> tuple[Date, Date, str]:
    months = SEASONS[season.lower()]
    mod = (mod or "").lower()
    part = re.fullmatch(r"(?:the\s+)?(\w+)\s+of", mod)  # "the end of the summer" is late
    mod = _PART_OF_A_SEASON.get(part.group(1), mod) if part else mod  # summer
    if mod.startswith("early"):
        months = months[:2]
    elif mod.startswith("late"):
        months = months[1:]
    elif mod.startswith("mid"):
        months = months[1:2]
    (y1, m1), (y2, m2) = (add_months(y, 1, m - 1) for m in (months[0], months[-1]))
    return Date(y1, m1, 1), month_end(y2, m2), interval(ym(y1, m1), ym(y2, m2))


def _h_season(g: G, c: Context) -> str:
    season = g("s") or g("f")
    mod = g("mod")
    y = explicit_year(g, c, "y")
    if y is not None:
        return _season_value(season, mod, y)[2]
    dem = (g("dem") or "").lower().split()
    dem = dem[-1] if dem else ""
    ref = c.ref
    if dem == "this":
        y = ref.year - (1 if season.lower() == "winter" and ref.month <= 2 else 0)
        return _season_value(season, mod, y)[2]
    if dem in ("next", "coming"):
        y = next(y for y in range(ref.year - 1, ref.year + 3)
                 if _season_value(season, mod, y)[0] > ref)
        return _season_value(season, mod, y)[2]
    if dem in ("last", "past"):
        y = next(y for y in range(ref.year + 1, ref.year - 3, -1)
                 if _season_value(season, mod, y)[1] < ref)
        return _season_value(season, mod, y)[2]
    return pick_year(c, lambda y: _season_value(season, mod, y))


def _h_decade(g: G, c: Context) -> str:
    if g("dec"):
        start = int(g("dec"))
    else:
        d = int(g("d2"))
        start = 2000 + d if 2000 + d <= c.ref.year else 1900 + d
    mod = (g("mod") or "").lower()
    lo, hi = (0, 3) if mod.startswith("early") else (7, 9) if mod.startswith("late") else \
        (4, 6) if mod.startswith("mid") else (0, 9)
    return f"{start + lo:04d}/{start + hi:04d}"


def _h_year_range(g: G, c: Context) -> str:
    y1 = parse_year(g("y1"))
    t2 = g("y2")
    y2 = int(t2) if len(t2) == 4 else y1 // 100 * 100 + int(t2)
    if y2 <= y1:
        raise Reject("range ends before it starts")
    return f"{y1:04d}/{y2:04d}"


def _h_year_mod(g: G, c: Context) -> str:
    return year_mod_value(g("mod"), parse_year(g("y")))


def _h_year(g: G, c: Context) -> str:
    for name in ("y", "y2", "y3", "yy"):
        if g(name):
            return f"{parse_year(g(name)):04d}"
    raise Reject("no year")


#: The handler of each rule of this family, by the rule's name.
HANDLERS: dict[str, Handler] = {
    "iso_month": _h_iso_month,
    "m_range": _h_m_range,
    "my": _h_my,
    "week_of_month": _h_week_of_month,
    "mod_month": _h_month,
    "dem_month": _h_dem_month,
    "quarter": _h_quarter,
    "q_year": _h_quarter,
    "year_q": _h_quarter,
    "nq_year": _h_quarter,
    "half": _h_half,
    "h_year": _h_half,
    "year_h": _h_half,
    "nh_year": _h_half,
    "months_of": _h_months_of,
    "season_year": _h_season,
    "dem_season": _h_season,
    "mod_season": _h_season,
    "decade": _h_decade,
    "year_range": _h_year_range,
    "year_mod": _h_year_mod,
    "year_prefixed": _h_year,
    "year_ctx": _h_year,
    "month": _h_month,
    "season": _h_season,
    "year": _h_year,
}
