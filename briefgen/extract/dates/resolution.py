"""Resolution: a found expression plus a reference date -> a `when` value.

Each rule of `rules` has a handler here, named after it in `HANDLERS`. A handler gets the
text of the rule's groups and a `Context`, and returns a `when` string or None (no date), or
raises `Reject` (or `ValueError`) for a match that is not a real date ("February 30").
The package docstring states the resolution rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from briefgen.extract.dates import finder
from briefgen.extract.dates.arithmetic import (
    DAY,
    Date,
    add_months,
    at_unit,
    interval,
    monday_of,
    month_end,
    nth_weekday,
    quarter_value,
    shifted,
    ym,
    ymd,
)
from briefgen.extract.dates.context import (
    Context,
    Reject,
    base_month,
    base_year,
    pick_year,
)
from briefgen.extract.dates.rules import FULL
from briefgen.extract.dates.vocabulary import (
    HOLIDAYS,
    ORDINALS,
    SEASONS,
    parse_day,
    parse_month,
    parse_number,
    parse_unit,
    parse_weekday,
    parse_year,
)
from briefgen.when import parse_when

G = Callable[[str], "str | None"]


def _ydem_year(c: Context, ydem: str) -> int:
    word = ydem.split()[0].lower()
    return c.ref.year + {"this": 0, "next": 1, "last": -1}[word]


def _explicit_year(g: G, c: Context, *names: str) -> int | None:
    for name in names:
        text = g(name)
        if text:
            return parse_year(text)
    ydem = g("ydem")
    if ydem:
        return _ydem_year(c, ydem)
    return None


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


def _h_iso_month(g: G, c: Context) -> str:
    y, m = parse_year(g("y")), int(g("m"))
    if m == (y + 1) % 100:
        return f"{y}/{y + 1}"
    return ym(y, m)


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
    y = _explicit_year(g, c, "y")
    return _days(c, m, d1, y, m, d2, None)


def _h_mdy(g: G, c: Context) -> str:
    m, d = parse_month(g("m")), parse_day(g("d"))
    y = _explicit_year(g, c, "y")
    return _days(c, m, d, y, m, d, None)


def _h_md(g: G, c: Context) -> str:
    m, d = parse_month(g("m")), parse_day(g("d") or g("o"))
    return _days(c, m, d, None, m, d, None, g("wd"))


def _h_week_of(g: G, c: Context) -> str:
    m, d = parse_month(g("m")), parse_day(g("d"))
    day = parse_when(_days(c, m, d, _explicit_year(g, c, "y"), m, d, None)).first
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
    return _months(c, m1, g("y1") and parse_year(g("y1")), m2, _explicit_year(g, c, "y2"))


def _h_my(g: G, c: Context) -> str:
    m = parse_month(g("m"))
    return _months(c, m, _explicit_year(g, c, "y"), m, None)


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
        y = _explicit_year(g, c, "y")
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
    y = _explicit_year(g, c, "y", "y2", "yy")
    if y is None and g("the"):
        y = base_year(c, True)
    if y is not None:
        return quarter_value(y, q)
    return pick_year(c, _quarter_span(q))


def _h_half(g: G, c: Context) -> str:
    word = g("h").lower()
    h = 1 if word in ("first", "1st", "1", "front") else 2
    y = _explicit_year(g, c, "y", "yy")
    if y is None:
        y = base_year(c, True)
    return f"{y:04d}-H{h}"


def _h_months_of(g: G, c: Context) -> str:
    first = g("fl").lower() == "first"
    n = 3 if g("n") in ("three", "3") else 6
    y = _explicit_year(g, c, "y")
    if y is None:
        y = base_year(c, True)
    if n == 3:
        return quarter_value(y, 1 if first else 4)
    return f"{y:04d}-H{1 if first else 2}"


def _season_value(season: str, mod: str | None, y: int) -> tuple[Date, Date, str]:
    months = SEASONS[season.lower()]
    mod = (mod or "").lower()
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
    y = _explicit_year(g, c, "y")
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


def _year_mod_value(mod: str, y: int) -> str:
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


def _h_year_mod(g: G, c: Context) -> str:
    return _year_mod_value(g("mod"), parse_year(g("y")))


def _h_year(g: G, c: Context) -> str:
    for name in ("y", "y2", "y3", "yy"):
        if g(name):
            return f"{parse_year(g(name)):04d}"
    raise Reject("no year")


def _h_count_forward(g: G, c: Context) -> str | None:
    n = parse_number(g("n"))
    if n is None:
        return None
    return shifted(c.ref, n, parse_unit(g("u")))


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


_DEM = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1,
        "previous": -1, "past": -1, "that": 0, "same": 0, "the": 0}


def _relative_unit(c: Context, dem: str, unit: str, mod: str) -> str | None:
    """"next week", "early next year", "later this month", "the following year", ..."""
    shift = _DEM[dem]
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
    return _year_mod_value(mod, y) if mod else f"{y:04d}"


def _dem_word(text: str | None) -> str:
    words = (text or "").lower().split()
    if not words:
        return "this"
    if words[0] == "this" and len(words) > 1:  # "this past", "this coming"
        return {"past": "last", "coming": "next"}[words[1]]
    return words[-1]


def _h_dem_unit(g: G, c: Context) -> str | None:
    unit = g("u").lower()
    dem = _dem_word(g("dem"))
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
            return _year_mod_value(edge, parse_year(g("y")))
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
        return _year_mod_value(mod, y) if mod else f"{y:04d}"
    if unit == "month":
        return ym(*base_month(c, True))
    return _week_part(monday_of(c.ref), word, c.ref)


def _resolve_weekday(c: Context, wd: int, dem: str, week: str | None) -> Date:
    ref = c.ref
    if week:
        mon = monday_of(ref) + 7 * _DEM[week.lower()] * DAY
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
    dem = _dem_word(g("dem")) if g("dem") else ""
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


def _h_none(g: G, c: Context) -> None:
    return None


_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-", "’": "'", "‘": "'"})
_STRIP = " \t\r\n\"“”()[]{},;:!?.…"


def clean(expression: str) -> str:
    text = re.sub(r"\s+", " ", expression.translate(_DASHES)).strip(_STRIP)
    return text


class _Groups:
    __slots__ = ("m", "prefix")

    def __init__(self, m: re.Match[str], prefix: str) -> None:
        self.m, self.prefix = m, prefix

    def __call__(self, name: str) -> str | None:
        try:
            return self.m.group(self.prefix + name)
        except IndexError:
            return None


def apply(m: re.Match[str], c: Context) -> str | None:
    rule = m.lastgroup
    return HANDLERS[rule](_Groups(m, rule + "_"), c)


def resolve(text: str, c: Context) -> str | None:
    m = FULL.fullmatch(text)
    if m:
        try:
            return apply(m, c)
        except (ValueError, KeyError, StopIteration):
            return None
    # Not one expression: resolve the first one found inside it ("the 2026 electoral cycle").
    for _, _, found in finder.find_expressions(text):
        inner = clean(found)
        if inner != text:
            return resolve(inner, c)
    return None


def normalize(expression: str, reference: dt.date, context: str = "") -> str | None:
    """Resolve a temporal expression to a `when` value, or None when it names no date.

    `reference` is the article's publication date; `context` the sentence the expression
    occurs in, read for tense and for an explicit year before the expression (see the
    package docstring for the rules). Every value returned passes `briefgen.when.parse_when`.

    >>> normalize("in April", dt.date(2025, 11, 24), "Trump will visit Beijing in April.")
    '2026-04'
    >>> normalize("three weeks earlier", dt.date(2025, 11, 24))
    '2025-11-03'
    >>> normalize("soon", dt.date(2025, 11, 24)) is None
    True
    """
    text = clean(expression)
    if not text:
        return None
    value = resolve(text, Context(reference, context, expression))
    if value is None:
        return None
    try:
        parse_when(value)
    except ValueError:
        return None
    return value


def is_past(when: str, reference: dt.date) -> bool:
    """Whether a `when` value ends before `reference` (an interval must be wholly before it).

    >>> is_past("2025-10", dt.date(2025, 11, 24)), is_past("2025-11", dt.date(2025, 11, 24))
    (True, False)
    """
    return parse_when(when).last < reference


#: The handler of each rule, by the rule's name.
HANDLERS: dict[str, Callable[[G, Context], str | None]] = {
    "holiday": _h_holiday,
    "iso": _h_iso,
    "numeric": _h_numeric,
    "iso_month": _h_iso_month,
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
    "dur_in": _h_count_forward,
    "dur_for": _h_count_forward,
    "period_of": _h_count_forward,
    "later_in": _h_later_in,
    "edge": _h_edge,
    "next_day": _h_next_day,
    "vague": _h_none,
    "interval": _h_interval,
    "after_next": _h_after_next,
    "dem_unit": _h_dem_unit,
    "fiscal_year": _h_fiscal_year,
    "ago": _h_ago,
    "wd_range": _h_weekday_range,
    "weekday": _h_weekday,
    "deictic": _h_deictic,
    "now": _h_now,
    "month": _h_month,
    "season": _h_season,
    "weekend": _h_weekend,
    "holiday_bare": _h_holiday,
    "year": _h_year,
}
