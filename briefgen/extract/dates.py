"""Temporal expressions: find them in a sentence and resolve them to `when` values.

`find_expressions(sentence)` returns the spans of temporal expressions; `normalize(expression,
reference, context)` turns one into a `when` value (see `briefgen.when`: `YYYY-MM-DD`,
`YYYY-MM`, `YYYY-Qn`, `YYYY-Hn`, `YYYY` or `start/end`), or None when it names no date;
`is_past(when, reference)` says whether a value is over before the reference date. The module
is pure (no I/O) and every pattern is compiled once, at import.

Resolution rules
----------------
Reference and anchors.
    `reference` is the article's publication date. Deictic words ("today", "next week",
    "this year", "two days ago") count from it. Anaphoric words ("later in the year",
    "the end of the year", "the following year", "that month") count from the *anchor*:
    the nearest explicit year (or month and year) written in `context` before the
    expression, e.g. "visit Beijing in April 2026 and ... later in the year" -> 2026. A
    month or day written without a year ("in April", "March 20-22") also takes the anchor's
    year. An anchor is ignored when it contradicts the tense (a future event anchored to a
    year already over, or a past one anchored to the future); without one the reference
    is used. "since 2019" is never an anchor: it names a span that runs up to the present.

Tense.
    Read from `context`: the tense cue nearest the expression wins (the preceding one on a
    tie). Future: will, shall, 'll, next, upcoming, "will be" + participle. Prospective
    (treated as future): would, may, could, plans, expected, scheduled, set to, due, "to" +
    verb ("to visit"), "be" + participle; right after a past verb ("was to finish", "said he
    would") it is future seen from the past, which keeps a past anchor ("In 2019 he said he
    would visit in April" -> 2019-04). Past: was, were, had, irregular past forms (met,
    held, said, ...), verbs in -ed, ago, last, since. Present: is, are, says.

Dates without a year (months, days, quarters, seasons, holidays).
    Future or unclear tense: the next occurrence that has not ended by the reference date
    ("in April" on 10 April is this April). Past tense: the latest one that had begun by
    the reference date. A weekday given with the date ("Monday, Nov. 24") picks the year
    where the date falls on that weekday, if one is within a year of the reference.

Weekdays.
    "next Monday": the first Monday after the reference; "last Friday": the last one before
    it; "Monday" in the past tense: the latest Monday on or before the reference (the
    reference itself when it is a Monday); in the future tense: the first one after it; in
    the present tense or when unclear: the first one on or after it. "this Thursday": on or
    after the reference, or on or before it in the past tense. "Monday next week": the
    Monday of next week. Times of day ("Monday morning", "tonight") resolve to the day.

Weeks are Monday to Sunday and are given as day intervals: "next week" ->
    `2025-12-01/2025-12-07`; "early next week" -> Monday..Wednesday; "late next week" and
    "the end of the week" -> Thursday..Sunday; "the weekend" -> Saturday..Sunday.

Precision (the smallest `when` value that surely contains the date meant).
    "early 2027" / "the first half of 2027" -> `2027-H1`; "late 2027" -> `2027-H2`;
    "mid-2026", "the middle of 2026", "later in the year" -> `2026`; "the beginning of
    2026" -> `2026-01`; "the end of the year" / "year-end" / "by the end of 2026" ->
    `YYYY-12`; "early April", "mid-April", "the end of April" -> the month; "the first
    week of April" -> days 1-7; "the first quarter of 2026", "Q1 2026", "1Q26" ->
    `2026-Q1`. Seasons are northern-hemisphere meteorological seasons: spring
    `YYYY-03/YYYY-05`, summer `06/08`, autumn or fall `09/11`, winter `YYYY-12/(YYYY+1)-02`
    ("winter 2026" is December 2026 to February 2027); "early" / "late" keep the first /
    last two months, "mid" the middle one. Decades: "the 1990s" -> `1990/1999`
    (early: years 0-3, mid: 4-6, late: 7-9).

Ranges and pairs ("March 20-22", "20-22 March 2023", "March 30 - April 2", "between June
    and August", "late October and early November", "2025-26", "2024 and 2025") give an
    interval from the first to the last; a year written only at the end applies to both
    ends. "YYYY-NN" is a month when NN is 01-12, except that "2011-12" (second part = the
    next year) is the year range 2011/2012.

Counted spans.
    "two days ago", "three weeks earlier", "a week before" count backwards from the
    reference; "three weeks later", "two days from now", "in two weeks", "within 90 days",
    "after 90 days", "for 90 days", "an initial period of 90 days" count forwards. The
    result has the unit's precision: days and weeks give a day, months a month ("in three
    months" -> `YYYY-MM`), quarters a quarter, years and decades a year. "the past 90
    days", "the next five years" give the interval from the reference to that point.
    Hours count as whole days; business days skip weekends.

Numeric dates: `YYYY-MM-DD`, `YYYY/MM/DD`; `D.M.YYYY` with dots is day first; with slashes
    or hyphens `M/D/YYYY` (United States order) unless the first number exceeds 12.

No date (None): vague or unresolvable words ("soon", "recently", "in the coming weeks", "in
    the weeks and months ahead", "upcoming", "a few days ago", "that day" without an
    anchor), bare durations ("90 days"), and anything not recognised. "now", "currently"
    resolve to the reference date. Prepositions are not part of found spans unless they
    change the value ("in two weeks", "within 90 days", "for 90 days"); "since 2019" and
    "until May" give the date named, not the span they imply.

`find_expressions` is deliberately conservative: a bare number is a year only when it is
1900-2100 and in a date-like position (after a temporal preposition, "in 2024", "by 2027",
"since 2019"; after a determiner before a noun that is not a count, "the 2026 electoral
cycle"; before a year noun, "2026 elections"; in parentheses, "(2015)"), never before a unit
or a count ("2000 troops", "2026 percent"). A month name alone ("May", "March") counts only
when capitalised and after a preposition; weekday names not in named days ("Good Friday",
"Black Friday", "Sunday Times").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from briefgen.when import parse_when

__all__ = ["find_expressions", "is_past", "normalize"]

Date = dt.date
_DAY = dt.timedelta(days=1)


def _words(text: str) -> list[str]:
    return text.split()


# --------------------------------------------------------------------------- vocabulary

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTHS = {
    name: i
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_WD_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WD_ABBR = "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun"
_WEEKDAYS = {name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}

_CARDINALS = {
    w: i
    for i, w in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(_words("twenty thirty forty fifty sixty seventy eighty ninety"), 2)
}
_ORD_1_19 = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_ORDINALS = {w: i for i, w in enumerate(_ORD_1_19, 1)}
_ORDINALS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31})
for _i, _w in enumerate(_ORD_1_19[:9], 1):
    _ORDINALS[f"twenty-{_w}"] = _ORDINALS[f"twenty {_w}"] = 20 + _i
_VAGUE_NUMBERS = {"a few", "few", "several", "some", "many", "a handful of"}

_SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11),
            "winter": (12, 13, 14)}

# Nouns that make a preceding 4-digit number a count, not a year ("2000 troops").
_COUNT = (
    r"(?:people|persons|troops|soldiers|men|women|children|members|workers|employees|jobs|"
    r"staff|residents|refugees|migrants|students|cases|deaths|casualties|votes|seats|units|"
    r"cars|vehicles|homes|houses|households|tons|tonnes|barrels|miles|kilometres|kilometers|"
    r"km|metres|meters|feet|ft|acres|hectares|dollars|euros|pounds|yuan|yen|rupees|points|"
    r"percent|per|shares|words|pages|items|companies|firms|products|flights|passengers|"
    r"megawatts|mw|gw|kg|lb|prisoners|hostages|detainees|police|officers|delegates|"
    r"participants|protesters|fighters|rockets|missiles|drones|aircraft|planes|ships|"
    r"vessels|tanks|weapons|doses|beds|patients|visitors|tourists|trucks|sites|schools|"
    r"villages|hours|hrs|minutes|seconds|gmt|utc|bst|cet|est|edt|local|times|calories|"
    r"bn|million|billion|trillion|m)\b"
)
# Nouns that make a following-less 4-digit number a year without a determiner ("2026 elections").
_YEAR_NOUN = (
    r"(?:elections?|midterms?|polls?|votes?|vote|campaign|race|budget|season|census|summit|"
    r"olympics|olympic|world\s+cup|games|championships?|tournament|edition|deadline|target|"
    r"targets|agenda|levels?|figures|data|forecasts?|outlook|estimates?|fiscal|financial|"
    r"presidential|parliamentary|legislative|general|electoral|cycle|session|report|"
    r"review|agreement|accord|deal|treaty|protests?|war|crisis|invasion|coup|revolution|"
    r"attacks?|earthquake|floods?|pandemic|referendum|conference|meeting|visit|talks)\b"
)

# Prepositions that license a bare month, season, year or holiday, and that `normalize`
# strips; they are not part of a found span.
_PREP = (
    r"(?:as\s+(?:of|early\s+as|late\s+as|recently\s+as)|ahead\s+of|prior\s+to|"
    r"(?:no|not)\s+(?:later|earlier)\s+than|"
    r"(?:later|earlier|sooner)\s+than|starting(?:\s+(?:in|on|from))?|"
    r"beginning(?:\s+(?:in|on))?|effective(?:\s+(?:from|on))?|"
    r"some\s*time\s+(?:in|on|during)|the\s+month\s+of|throughout|through|thru|until|till|"
    r"since|before|after|from|during|between|around|circa|over|into|beyond|in|on|at|by|of|"
    r"for|to)(?!\w)"
)
# After these a bare number is not taken for a year ("a total of 2000", "at 1900 GMT").
_NOT_YEAR_PREP = {"of", "to", "at", "on", "into", "over"}


def _alts(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NUM_WORDS = (
    "(?:" + _alts(_TENS) + r")(?:[-\s](?:" + _alts(w for w in _CARDINALS if w not in
                                                  ("zero", "ten") and _CARDINALS[w] < 10)
    + "))?|" + _alts(_CARDINALS)
)
_ATOMS_COMMON = {
    # A number of units: digits, number words, or vague amounts ("a few", resolved to None).
    "NUM": (
        r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:a|one)\s+hundred|a\s+couple(?:\s+of)?|a\s+dozen|"
        r"a\s+few|a\s+handful\s+of|" + _NUM_WORDS + r"|few|several|some|many|an|a)(?!\w)"
    ),
    "UNIT": (
        r"(?:(?:business|working|calendar)\s+days?|days?|weeks?|fortnights?|months?|"
        r"quarters?|years?|decades?|hours?)(?!\w)"
    ),
    "ORDW": "(?:" + _alts(_ORDINALS).replace(" ", r"\s") + r")(?!\w)",
    # A day of the month: not part of a longer number, an amount or a percentage.
    "DAY": (
        r"(?<![\w.,$£€/])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d\w])(?![.,]\d)"
        r"(?!\s*(?:%|percent\b|per\s*cent\b|pct\b|bn\b|billion\b|million\b|trillion\b))"
    ),
    "YEAR": r"(?:19\d\d|20\d\d|2100)(?!\d)(?![.,]\d)",
    # Start of a number: not after a letter, currency, decimal point or digit group.
    "NB": r"(?<![\w$£€¥#.,/])",
    "CONN": r"\s*(?:[-–—‑]|to(?!\w)|through(?!\w)|thru(?!\w)|until(?!\w)|till(?!\w)|and(?!\w))\s*",
    "CONNM": (
        r"\s*(?:[-–—‑/]|to(?!\w)|through(?!\w)|thru(?!\w)|until(?!\w)|till(?!\w)|and(?!\w)|"
        r"or(?!\w)|&|into(?!\w))\s*"
    ),
    "MODM": (
        r"(?:(?:early|late|later|earlier)(?:\s+in)?|mid(?:dle)?|end|"
        r"(?:the\s+)?(?:end|beginning|start|middle|close)\s+of)"
    ),
    "SEASON": r"(?:spring|summer|autumn|fall|winter)(?!\w)",
    "YDEM": r"(?:this|next|last)\s+year(?!\w)",
    "COUNT": _COUNT,
    "YNOUN": _YEAR_NOUN,
    # Weekday names that are part of a named day or a title.
    "WDX": (
        r"(?<!Good\s)(?<!Black\s)(?<!Cyber\s)(?<!Super\s)(?<!Ash\s)(?<!Bloody\s)(?<!Holy\s)"
        r"(?<!Palm\s)(?<!Easter\s)(?<!Maundy\s)(?<!Shrove\s)(?<!Fat\s)(?<!Giving\s)"
    ),
    "WDEND": (
        r"(?!\s+(?:Times|Telegraph|Express|Mirror|Mail|Post|Herald|Independent|Tribune|"
        r"Observer|Night\s+Football|prayers?|school|service|Group|Club)\b)"
    ),
}


def _atoms(case_sensitive: bool) -> dict[str, str]:
    """Month, weekday and holiday names: capitalised in running text, any case in `normalize`."""
    cs = (lambda p: "(?-i:" + p + ")") if case_sensitive else (lambda p: "(?:" + p + ")")
    atoms = dict(_ATOMS_COMMON)
    atoms["MONTH"] = cs(r"(?:" + _MONTH_FULL + r")(?!\w)|(?:" + _MONTH_ABBR + r")(?![\w-])\.?")
    atoms["MONTHF"] = cs(r"(?:" + _MONTH_FULL + r")(?![\w'’-])")
    if case_sensitive:
        atoms["WD"] = cs(r"(?:" + _WD_FULL + r")(?!\w)")
        atoms["DAYX"] = atoms["DAY"]
    else:
        atoms["WD"] = cs(r"(?:" + _WD_FULL + r")(?!\w)|(?:" + _WD_ABBR + r")(?!\w)\.?")
        atoms["DAYX"] = r"(?:" + atoms["DAY"] + "|" + atoms["ORDW"] + ")"
    atoms["Q"] = cs("Q")
    atoms["H"] = cs("H")
    atoms["FY"] = cs("FY")
    atoms["HOL"] = cs(
        r"(?<!Lunar\s)(?<!Chinese\s)(?<!Persian\s)(?<!Jewish\s)(?<!Islamic\s)"
        r"(?:Christmas\s+(?:Day|Eve)|New\s+Year['’]?s\s+(?:Day|Eve)|Valentine['’]?s\s+Day|"
        r"Thanksgiving\s+Day|Easter\s+(?:Sunday|Monday)|Good\s+Friday|Memorial\s+Day|"
        r"Boxing\s+Day|Halloween)(?!\w)"
    )
    atoms["HOLB"] = cs(
        r"(?<!Lunar\s)(?<!Chinese\s)(?<!Persian\s)(?<!Jewish\s)(?<!Islamic\s)"
        r"(?:Christmas|Easter|Thanksgiving|New\s+Year(?:['’]s)?)(?!\w)"
    )
    return atoms


# --------------------------------------------------------------------------- helpers


class _Reject(ValueError):
    """Raised by a handler for a match that is not a real date ("February 30", "2026-2019")."""


def _ymd(d: Date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _iv(a: str, b: str) -> str:
    return a if a == b else f"{a}/{b}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + m - 1 + n
    return k // 12, k % 12 + 1


def _month_end(y: int, m: int) -> Date:
    return Date(y, m, calendar.monthrange(y, m)[1])


def _monday(d: Date) -> Date:
    return d - d.weekday() * _DAY


def _month(text: str) -> int:
    return _MONTHS[text.lower()[:3]]


def _weekday(text: str) -> int:
    return _WEEKDAYS[text.lower()[:3]]


def _day(text: str) -> int:
    t = re.sub(r"\s+", " ", text.lower())
    if t in _ORDINALS:
        return _ORDINALS[t]
    return int(t.rstrip("stndrh"))


def _year(text: str) -> int:
    digits = text.strip("'’ ")
    y = int(digits)
    if len(digits) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _number(text: str) -> int | None:
    """The value of a count; None for a vague one ("a few", "several")."""
    t = re.sub(r"\s+", " ", text.lower()).replace("-", " ")
    if t in _VAGUE_NUMBERS:
        return None
    if t in ("a", "an"):
        return 1
    if t.startswith("a couple"):
        return 2
    if t == "a dozen":
        return 12
    if t.endswith("hundred"):
        return 100
    if t[0].isdigit():
        return int(t.replace(",", ""))
    total = 0
    for word in t.split():
        total += _TENS.get(word, _CARDINALS.get(word, 0))
    return total


def _unit(text: str) -> str:
    t = text.lower()
    if t.startswith(("business", "working")):
        return "bday"
    word = t.split()[-1].rstrip("s")
    return "day" if word == "day" else word


def _shift(ref: Date, n: int, unit: str) -> str:
    """The point `n` units from `ref` (backwards when negative), at the unit's precision."""
    if unit in ("day", "hour", "week", "fortnight", "bday"):
        if unit == "bday":
            d, step, left = ref, (1 if n >= 0 else -1), abs(n)
            while left:
                d += step * _DAY
                if d.weekday() < 5:
                    left -= 1
            return _ymd(d)
        days = {"day": n, "week": 7 * n, "fortnight": 14 * n}.get(unit)
        if days is None:
            days = int(n / 24)
        return _ymd(ref + days * _DAY)
    if unit == "month":
        return _ym(*_add_months(ref.year, ref.month, n))
    if unit == "quarter":
        k = ref.year * 4 + (ref.month - 1) // 3 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    return f"{ref.year + (10 * n if unit == 'decade' else n):04d}"


def _here(ref: Date, unit: str) -> str:
    """The reference date at the unit's precision."""
    return _shift(ref, 0, unit)


def _consistent(first: Date, last: Date, ref: Date, tense: str | None) -> bool:
    if tense == "future":
        return last >= ref
    if tense == "past":
        return first <= ref
    return True


def _easter(y: int) -> Date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return Date(y, month, day + 1)


def _nth_weekday(y: int, m: int, wd: int, n: int) -> Date:
    """The n-th (1-based; -1 for the last) weekday `wd` of a month."""
    if n < 0:
        last = _month_end(y, m)
        return last - ((last.weekday() - wd) % 7) * _DAY
    first = Date(y, m, 1)
    return first + ((wd - first.weekday()) % 7 + 7 * (n - 1)) * _DAY


_HOLIDAYS: dict[str, Callable[[int], Date]] = {
    "christmas": lambda y: Date(y, 12, 25),
    "christmas day": lambda y: Date(y, 12, 25),
    "christmas eve": lambda y: Date(y, 12, 24),
    "boxing day": lambda y: Date(y, 12, 26),
    "new year": lambda y: Date(y, 1, 1),
    "new years": lambda y: Date(y, 1, 1),
    "new years day": lambda y: Date(y, 1, 1),
    "new years eve": lambda y: Date(y, 12, 31),
    "valentines day": lambda y: Date(y, 2, 14),
    "halloween": lambda y: Date(y, 10, 31),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + _DAY,
    "good friday": lambda y: _easter(y) - 2 * _DAY,
}

# --------------------------------------------------------------------------- tense

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_FUTURE_WORDS = frozenset(
    _words(
        "will shall would plans plan planned planning intends intend intended intending "
        "expected expects expect expecting scheduled schedule schedules slated upcoming "
        "forthcoming next coming hopes hope hoping aims aim aiming proposed proposes propose "
        "proposing prepare prepares preparing poised tomorrow ahead could might should must "
        "can invitation invite invites deadline pending rescheduled postponed delayed "
        "tentatively soon future prospective await awaits awaiting due wo won't"
    )
)
_NEEDS_TO = frozenset({"set", "going"})
_STRONG_FUTURE = frozenset(_words("will shall won't wo next upcoming forthcoming coming tomorrow"))
_PAST_WORDS = frozenset(
    _words(
        "was were had did met held said told took came went made gave saw began spoke won lost "
        "left got found felt knew thought brought sent ran led fell rose grew wrote paid sold "
        "bought caught fought kept meant became chose drove flew struck stood sat spent "
        "withdrew broke underwent forgot upheld beat swore shook arose hung lay rang rode sang "
        "sank slid stole stuck taught tore threw woke wore ago last earlier previously "
        "yesterday former formerly already since recently didn't wasn't weren't hadn't"
    )
)
_PRESENT_WORDS = frozenset(_words(
    "is are am says remains remain continues today now currently isn't aren't"
))
_NOT_VERBS = frozenset(
    _words(
        "hundred united based related limited detailed advanced armed indeed naked sacred "
        "wicked beloved aged biased concerned interested supposed allied varied tired need "
        "speed seed feed proceed succeed exceed embed shed heated talented skilled dedicated "
        "sophisticated complicated unprecedented unexpected alleged isolated elevated educated "
        "experienced qualified balanced mixed fixed required unified renewed shared combined "
        "unrelated reserved heightened so called wanted needed"
    )
)
_DETERMINERS = frozenset(
    _words(
        "the a an its their his her our this that these those of and or with your my"
    )
)
_TO_PREPOSITION = frozenset(
    _words(
        "according compared due next close relative similar prior thanks owing addition "
        "contrary opposed up back return visit trip journey way"
    )
)
_TO_STOP = _DETERMINERS | frozenset(
    _words(
        "date be been him them us me it what which who whom where when how all some any each "
        "both more most other such no not one two three"
    )
)


def _cue(words: list[str], i: int) -> str | None:
    """The tense a token signals, from the token and its neighbours in the text.

    "future" for will, shall, 'll, next, upcoming ...; "prospective" for weaker future cues
    (would, may, plans, expected, "to" + verb, "be" + participle); "past"; "present".
    """
    w = words[i]
    lw = w.lower().replace("’", "'")
    if lw.endswith("'ll") or lw in _STRONG_FUTURE:
        return "future"
    if w == "may":
        return "prospective"
    if lw in _NEEDS_TO:
        return "prospective" if i + 1 < len(words) and words[i + 1].lower() == "to" else None
    if lw in _FUTURE_WORDS:
        return "prospective"
    prev = words[i - 1].lower() if i else ""
    if lw == "to":
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt.islower() and nxt not in _TO_STOP and nxt not in _CARDINALS and \
                prev not in _TO_PREPOSITION:
            return "prospective"
        return None
    if lw in _PRESENT_WORDS:
        return "present"
    past = lw in _PAST_WORDS
    if not past and len(w) >= 5 and w.endswith("ed") and w.islower() and w not in _NOT_VERBS:
        if prev in _DETERMINERS:
            return None  # an adjective: "the renewed talks"
        past = True
    if past:
        if prev == "be":  # "will be held", "is to be signed"
            before = words[i - 2].lower().replace("’", "'") if i > 1 else ""
            return "future" if before in _STRONG_FUTURE or before.endswith("'ll") else \
                "prospective"
        if prev in ("is", "are", "am", "being"):
            return "present"
        return "past"
    return None


def _tense(context: str, start: int, end: int) -> str | None:
    """The tense of the cue nearest the span [start, end) of `context` (before it on a tie).

    A prospective cue right after a past one ("was to finish", "said he would") is future
    seen from the past: "prospective". Any other is plain "future".
    """
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(context)]
    words = [t for _, t in tokens]
    before = [i for i, (s, t) in enumerate(tokens) if s + len(t) <= start]
    after = [i for i, (s, _) in enumerate(tokens) if s >= end]
    before.reverse()
    for k in range(15):
        for side in (before, after):
            if k < len(side):
                i = side[k]
                tense = _cue(words, i)
                if tense == "prospective":
                    governed = any(_cue(words, j) == "past" for j in range(max(0, i - 3), i))
                    return "prospective" if governed else "future"
                if tense:
                    return tense
    return None


# --------------------------------------------------------------------------- context


class _Ctx:
    """What a handler may consult: the reference date, and lazily the tense and the anchor."""

    __slots__ = ("_anchor", "_loc", "_tense", "context", "expr", "ref")

    def __init__(self, ref: Date, context: str = "", expr: str = "") -> None:
        self.ref, self.context, self.expr = ref, context, expr
        self._loc = self._tense = self._anchor = _UNSET

    @property
    def loc(self) -> tuple[int, int] | None:
        if self._loc is _UNSET:
            self._loc = None
            expr = self.expr.strip()
            if self.context and expr:
                at = self.context.find(expr)
                if at < 0:
                    at = self.context.lower().find(expr.lower())
                if at >= 0:
                    self._loc = (at, at + len(expr))
        return self._loc

    @property
    def tense(self) -> str | None:
        if self._tense is _UNSET:
            if not self.context:
                self._tense = None
            else:
                loc = self.loc or (len(self.context), len(self.context))
                self._tense = _tense(self.context, *loc)
        return self._tense

    @property
    def anchor(self) -> tuple[int, int | None] | None:
        """(year, month or None) of the nearest explicit date before the expression."""
        if self._anchor is _UNSET:
            self._anchor = None
            ctx = self.context
            if ctx and _HAS_YEAR.search(ctx):
                loc = self.loc
                limit = loc[1] if loc else len(ctx)
                found = None
                for start, end, text in find_expressions(ctx):
                    if start >= limit:
                        break
                    if (start, end) == loc:
                        continue
                    if _HAS_YEAR.search(text) and not _SINCE_BEFORE.search(ctx, 0, start):
                        found = text
                if found:
                    value = _resolve(_clean(found), _Ctx(self.ref))
                    if value:
                        point = parse_when(value)
                        last = point.end or point.start
                        month = last.first.month if last.precision in ("day", "month") else None
                        self._anchor = (last.first.year, month)
        return self._anchor

    def anchor_year(self, span_of: Callable[[int], tuple[Date, Date]]) -> int | None:
        """The anchor's year, if the value it gives agrees with the tense."""
        anchor = self.anchor
        if anchor and _consistent(*span_of(anchor[0]), self.ref, self.tense):
            return anchor[0]
        return None


_UNSET = object()
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "since 2019" names a span that runs to the present, not a time the sentence is set in.
_SINCE_BEFORE = re.compile(r"(?<!\w)since\s+$", re.IGNORECASE)


def _pick(c: _Ctx, span_of: Callable[[int], tuple[Date, Date, str] | None]) -> str:
    """The year for a date given without one: the anchor's, else the nearest by tense."""
    ref, tense = c.ref, c.tense
    anchor = c.anchor
    if anchor:
        s = span_of(anchor[0])
        if s and _consistent(s[0], s[1], ref, tense):
            return s[2]
    if tense == "past":
        for y in range(ref.year + 1, ref.year - 10, -1):
            s = span_of(y)
            if s and s[0] <= ref:
                return s[2]
    else:
        for y in range(ref.year - 1, ref.year + 10):
            s = span_of(y)
            if s and s[1] >= ref:
                return s[2]
    raise _Reject("no such date")


def _base_year(c: _Ctx, anaphoric: bool) -> int:
    """The reference's year, or for anaphoric words the anchor's when it fits the tense."""
    if anaphoric:
        y = c.anchor_year(lambda y: (Date(y, 1, 1), Date(y, 12, 31)))
        if y is not None:
            return y
    return c.ref.year


def _base_month(c: _Ctx, anaphoric: bool) -> tuple[int, int]:
    if anaphoric:
        anchor = c.anchor
        if anchor and anchor[1]:
            y, m = anchor
            if _consistent(Date(y, m, 1), _month_end(y, m), c.ref, c.tense):
                return y, m
    return c.ref.year, c.ref.month


# --------------------------------------------------------------------------- handlers
# Each gets `g(name)`, the text of one of the rule's groups (None when absent), and the
# context; it returns a `when` string or None, or raises `_Reject` / `ValueError` for a
# match that is not a real date.

G = Callable[[str], "str | None"]


def _ydem_year(c: _Ctx, ydem: str) -> int:
    word = ydem.split()[0].lower()
    return c.ref.year + {"this": 0, "next": 1, "last": -1}[word]


def _explicit_year(g: G, c: _Ctx, *names: str) -> int | None:
    for name in names:
        text = g(name)
        if text:
            return _year(text)
    ydem = g("ydem")
    if ydem:
        return _ydem_year(c, ydem)
    return None


def _h_holiday(g: G, c: _Ctx) -> str:
    key = re.sub(r"[^a-z ]", "", re.sub(r"\s+", " ", g("h").lower().replace("’", "'")))
    key = key.replace("valentine s", "valentines").replace("new year s", "new years")
    fn = _HOLIDAYS[key]
    if g("y"):
        return _ymd(fn(_year(g("y"))))
    return _pick(c, lambda y: (fn(y), fn(y), _ymd(fn(y))))


def _h_iso(g: G, c: _Ctx) -> str:
    return _ymd(Date(_year(g("y")), int(g("m")), int(g("d"))))


def _h_numeric(g: G, c: _Ctx) -> str:
    a, b, sep, y = int(g("a")), int(g("b")), g("s"), g("y")
    if sep != "/" and len(y) == 2:
        raise _Reject("two-digit year")
    day, month = (a, b) if sep == "." or a > 12 else (b, a)
    return _ymd(Date(_year(y), month, day))


def _h_iso_month(g: G, c: _Ctx) -> str:
    y, m = _year(g("y")), int(g("m"))
    if m == (y + 1) % 100:
        return f"{y}/{y + 1}"
    return _ym(y, m)


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
        return a, b, _iv(_ymd(a), _ymd(b))

    return span_of


def _days(c: _Ctx, m1: int, d1: int, y1: int | None, m2: int, d2: int, y2: int | None,
          wd: str | None = None) -> str:
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if y1 is not None:
        if y2 is None:
            y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        a, b = Date(y1, m1, d1), Date(y2, m2, d2)
        if b < a:
            raise _Reject("range ends before it starts")
        return _iv(_ymd(a), _ymd(b))
    if wd:
        span_of = _date_span(m1, d1, m2, d2, _weekday(wd))
        ref = c.ref
        near = [s for y in (ref.year - 1, ref.year, ref.year + 1) if (s := span_of(y))]
        if near:
            if c.tense == "past":
                past = [s for s in near if s[0] <= ref]
                return (past[-1] if past else near[0])[2]
            future = [s for s in near if s[1] >= ref]
            return (future[0] if future else near[-1])[2]
    if (m1, d1) > (m2, d2) and m1 == m2:
        raise _Reject("range ends before it starts")
    return _pick(c, _date_span(m1, d1, m2, d2))


def _h_md_md(g: G, c: _Ctx) -> str:
    return _days(c, _month(g("m1")), _day(g("d1")), g("y1") and _year(g("y1")),
                 _month(g("m2")), _day(g("d2")), g("y2") and _year(g("y2")))


def _h_md_range(g: G, c: _Ctx) -> str:
    m = _month(g("m"))
    d1, d2 = _day(g("d1")), _day(g("d2"))
    if d2 <= d1:
        raise _Reject("range ends before it starts")
    y = _explicit_year(g, c, "y")
    return _days(c, m, d1, y, m, d2, None)


def _h_mdy(g: G, c: _Ctx) -> str:
    m, d = _month(g("m")), _day(g("d"))
    y = _explicit_year(g, c, "y")
    return _days(c, m, d, y, m, d, None)


def _h_md(g: G, c: _Ctx) -> str:
    m, d = _month(g("m")), _day(g("d") or g("o"))
    return _days(c, m, d, None, m, d, None, g("wd"))


def _h_week_of(g: G, c: _Ctx) -> str:
    m, d = _month(g("m")), _day(g("d"))
    day = parse_when(_days(c, m, d, _explicit_year(g, c, "y"), m, d, None)).first
    mon = _monday(day)
    return _iv(_ymd(mon), _ymd(mon + 6 * _DAY))


def _h_nth_weekday(g: G, c: _Ctx) -> str:
    """"the first Tuesday in November", "the last Monday of May 2026"."""
    which = g("o").lower()
    n = -1 if which in ("last", "final") else _ORDINALS.get(which) or int(which[0])
    m, wd = _month(g("m")), _weekday(g("wd"))

    def span_of(y: int):
        d = _nth_weekday(y, m, wd, n)
        return d, d, _ymd(d)

    if g("y"):
        return span_of(_year(g("y")))[2]
    return _pick(c, span_of)


def _month_span(m1: int, m2: int):
    def span_of(y: int):
        y2 = y + (1 if m2 < m1 else 0)
        return Date(y, m1, 1), _month_end(y2, m2), _iv(_ym(y, m1), _ym(y2, m2))

    return span_of


def _months(c: _Ctx, m1: int, y1: int | None, m2: int, y2: int | None) -> str:
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1
    if y1 is not None:
        if y2 is None:
            y2 = y1 if m2 >= m1 else y1 + 1
        if (y2, m2) < (y1, m1):
            raise _Reject("range ends before it starts")
        return _iv(_ym(y1, m1), _ym(y2, m2))
    return _pick(c, _month_span(m1, m2))


def _h_m_range(g: G, c: _Ctx) -> str:
    m1, m2 = _month(g("m1")), _month(g("m2"))
    if m1 == m2:
        raise _Reject("not a range")
    return _months(c, m1, g("y1") and _year(g("y1")), m2, _explicit_year(g, c, "y2"))


def _h_my(g: G, c: _Ctx) -> str:
    m = _month(g("m"))
    return _months(c, m, _explicit_year(g, c, "y"), m, None)


def _h_month(g: G, c: _Ctx) -> str:
    m = _month(g("m"))
    return _months(c, m, None, m, None)


def _h_dem_month(g: G, c: _Ctx) -> str:
    m, dem, ref = _month(g("m")), g("dem").lower().split()[-1], c.ref
    if dem == "this":
        return _ym(ref.year, m)
    if dem in ("next", "coming"):
        return _ym(ref.year + (1 if m <= ref.month else 0), m)
    return _ym(ref.year - (1 if m >= ref.month else 0), m)


def _h_week_of_month(g: G, c: _Ctx) -> str:
    if g("m"):
        m = _month(g("m"))
        y = _explicit_year(g, c, "y")
        y = y if y is not None else parse_when(_months(c, m, None, m, None)).first.year
    else:
        shift = {"this": 0, "next": 1, "last": -1}[g("dem").lower()]
        y, m = _add_months(c.ref.year, c.ref.month, shift)
    which = g("o").lower()
    if which in ("last", "final"):
        end = _month_end(y, m)
        return _iv(_ymd(end - 6 * _DAY), _ymd(end))
    n = _ORDINALS.get(which) or int(which[0])
    first = Date(y, m, 1 + 7 * (n - 1))
    return _iv(_ymd(first), _ymd(first + 6 * _DAY))


def _quarter_value(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def _quarter_span(q: int):
    def span_of(y: int):
        return Date(y, 3 * q - 2, 1), _month_end(y, 3 * q), _quarter_value(y, q)

    return span_of


def _h_quarter(g: G, c: _Ctx) -> str:
    word = (g("q") or g("ql") or "").lower()
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}.get(word)
    if q is None:
        q = int(word[0])
    y = _explicit_year(g, c, "y", "y2", "yy")
    if y is None and g("the"):
        y = _base_year(c, True)
    if y is not None:
        return _quarter_value(y, q)
    return _pick(c, _quarter_span(q))


def _h_half(g: G, c: _Ctx) -> str:
    word = g("h").lower()
    h = 1 if word in ("first", "1st", "1", "front") else 2
    y = _explicit_year(g, c, "y", "yy")
    if y is None:
        y = _base_year(c, True)
    return f"{y:04d}-H{h}"


def _h_months_of(g: G, c: _Ctx) -> str:
    first = g("fl").lower() == "first"
    n = 3 if g("n") in ("three", "3") else 6
    y = _explicit_year(g, c, "y")
    if y is None:
        y = _base_year(c, True)
    if n == 3:
        return _quarter_value(y, 1 if first else 4)
    return f"{y:04d}-H{1 if first else 2}"


def _season_value(season: str, mod: str | None, y: int) -> tuple[Date, Date, str]:
    months = _SEASONS[season.lower()]
    mod = (mod or "").lower()
    if mod.startswith("early"):
        months = months[:2]
    elif mod.startswith("late"):
        months = months[1:]
    elif mod.startswith("mid"):
        months = months[1:2]
    (y1, m1), (y2, m2) = (_add_months(y, 1, m - 1) for m in (months[0], months[-1]))
    return Date(y1, m1, 1), _month_end(y2, m2), _iv(_ym(y1, m1), _ym(y2, m2))


def _h_season(g: G, c: _Ctx) -> str:
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
    return _pick(c, lambda y: _season_value(season, mod, y))


def _h_decade(g: G, c: _Ctx) -> str:
    if g("dec"):
        start = int(g("dec"))
    else:
        d = int(g("d2"))
        start = 2000 + d if 2000 + d <= c.ref.year else 1900 + d
    mod = (g("mod") or "").lower()
    lo, hi = (0, 3) if mod.startswith("early") else (7, 9) if mod.startswith("late") else \
        (4, 6) if mod.startswith("mid") else (0, 9)
    return f"{start + lo:04d}/{start + hi:04d}"


def _h_year_range(g: G, c: _Ctx) -> str:
    y1 = _year(g("y1"))
    t2 = g("y2")
    y2 = int(t2) if len(t2) == 4 else y1 // 100 * 100 + int(t2)
    if y2 <= y1:
        raise _Reject("range ends before it starts")
    return f"{y1:04d}/{y2:04d}"


def _year_mod_value(mod: str, y: int) -> str:
    """A year with a modifier: early -> H1, late -> H2, end -> December, start -> January."""
    words = set(mod.lower().replace("-", " ").split())
    if "early" in words:
        return f"{y:04d}-H1"
    if "late" in words:
        return f"{y:04d}-H2"
    if words & {"end", "close"}:
        return _ym(y, 12)
    if words & {"beginning", "start"}:
        return _ym(y, 1)
    if "turn" in words:
        return f"{_ym(y, 12)}/{_ym(y + 1, 1)}"
    return f"{y:04d}"


def _h_year_mod(g: G, c: _Ctx) -> str:
    return _year_mod_value(g("mod"), _year(g("y")))


def _h_year(g: G, c: _Ctx) -> str:
    for name in ("y", "y2", "y3", "yy"):
        if g(name):
            return f"{_year(g(name)):04d}"
    raise _Reject("no year")


def _h_count_forward(g: G, c: _Ctx) -> str | None:
    n = _number(g("n"))
    if n is None:
        return None
    return _shift(c.ref, n, _unit(g("u")))


def _h_ago(g: G, c: _Ctx) -> str | None:
    n = _number(g("n"))
    if n is None:
        return None
    direction = g("dir").lower()
    back = direction in ("ago", "earlier", "previously", "prior", "before", "back")
    return _shift(c.ref, -n if back else n, _unit(g("u")))


def _week_part(mon: Date, mod: str, ref: Date | None = None) -> str:
    mod = mod.lower()
    if mod == "early" or mod.startswith(("beginning", "start")):
        a, b = mon, mon + 2 * _DAY
    elif mod in ("late", "end", "close"):
        a, b = mon + 3 * _DAY, mon + 6 * _DAY
    elif mod in ("mid", "middle"):
        a, b = mon + _DAY, mon + 3 * _DAY
    elif mod in ("later", "rest", "remainder") and ref and _monday(ref) == mon:
        a, b = ref, mon + 6 * _DAY
    elif mod == "earlier" and ref and _monday(ref) == mon:
        a, b = mon, ref
    else:
        a, b = mon, mon + 6 * _DAY
    return _iv(_ymd(a), _ymd(b))


_DEM = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1,
        "previous": -1, "past": -1, "that": 0, "same": 0, "the": 0}


def _relative_unit(c: _Ctx, dem: str, unit: str, mod: str) -> str | None:
    """"next week", "early next year", "later this month", "the following year", ..."""
    shift = _DEM[dem]
    anaphoric = dem in ("following", "previous", "that", "same", "the") or (
        dem == "this" and mod in ("later", "earlier"))
    if dem in ("that", "same") and c.anchor is None:
        return None
    ref = c.ref
    if unit in ("week", "weekend"):
        mon = _monday(ref) + 7 * shift * _DAY
        if unit == "weekend":
            return _iv(_ymd(mon + 5 * _DAY), _ymd(mon + 6 * _DAY))
        return _week_part(mon, mod, ref)
    if unit == "month":
        y, m = _add_months(*_base_month(c, anaphoric), shift)
        return _ym(y, m)
    if unit == "quarter":
        k = ref.year * 4 + (ref.month - 1) // 3 + shift
        y, q = k // 4, k % 4 + 1
        if mod in ("early", "beginning", "start"):
            return _ym(y, 3 * q - 2)
        if mod in ("late", "end", "close"):
            return _ym(y, 3 * q)
        if mod in ("mid", "middle"):
            return _ym(y, 3 * q - 1)
        return _quarter_value(y, q)
    if unit == "decade":
        start = ref.year // 10 * 10 + 10 * shift
        if mod in ("end", "close"):
            return f"{start + 9:04d}"
        if mod in ("beginning", "start"):
            return f"{start:04d}"
        return f"{start:04d}/{start + 9:04d}"
    y = _base_year(c, anaphoric) + shift
    if mod in ("rest", "remainder"):
        if y == ref.year:
            return _iv(_ym(y, ref.month), _ym(y, 12))
        return f"{y:04d}"
    if mod == "turn":
        return f"{_ym(y, 12)}/{_ym(y + 1, 1)}"
    return _year_mod_value(mod, y) if mod else f"{y:04d}"


def _dem_word(text: str | None) -> str:
    words = (text or "").lower().split()
    if not words:
        return "this"
    if words[0] == "this" and len(words) > 1:  # "this past", "this coming"
        return {"past": "last", "coming": "next"}[words[1]]
    return words[-1]


def _h_dem_unit(g: G, c: _Ctx) -> str | None:
    unit = g("u").lower()
    dem = _dem_word(g("dem"))
    mod = (g("mod") or "").lower().rstrip("-")
    if g("dem").lower() == "past" and not g("the"):
        return _h_interval(g, c)
    return _relative_unit(c, dem, unit, mod)


def _h_after_next(g: G, c: _Ctx) -> str | None:
    unit = g("u").lower()
    value = _relative_unit(c, "next", unit, "")
    if unit == "week":
        first = parse_when(value).first + 7 * _DAY
        return _iv(_ymd(first), _ymd(first + 6 * _DAY))
    if unit == "month":
        return _ym(*_add_months(c.ref.year, c.ref.month, 2))
    return f"{c.ref.year + 2:04d}"


def _h_edge(g: G, c: _Ctx) -> str | None:
    """"the end of the year", "the start of next month", "year-end", "end-2026"."""
    if g("u"):
        edge, unit = g("edge").lower(), g("u").lower()
        dem = (g("dem2") or g("dem") or "the").lower()
        dem = {"current": "this", "coming": "next"}.get(dem, dem)
    else:
        edge, unit = (g("e2") or g("e3")).lower(), (g("u2") or g("u3")).lower()
        if g("y"):
            return _year_mod_value(edge, _year(g("y")))
        dem = "the"
    return _relative_unit(c, dem, unit, edge)


def _h_interval(g: G, c: _Ctx) -> str | None:
    direction = (g("dir") or g("dem") or "past").lower().split()[-1]
    unit_text = g("u").lower()
    unit = _unit(unit_text)
    if g("n"):
        n = _number(g("n"))
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
        return _iv(_shift(ref, -n, unit), _here(ref, unit))
    return _iv(_here(ref, unit), _shift(ref, n, unit))


def _h_later_in(g: G, c: _Ctx) -> str | None:
    word = g("lat").lower()
    unit = g("u").lower()
    if unit == "day":
        return _ymd(c.ref)
    mod = {"later": "", "earlier": ""}.get(word, word)
    if unit == "year":
        y = _base_year(c, True)
        return _year_mod_value(mod, y) if mod else f"{y:04d}"
    if unit == "month":
        return _ym(*_base_month(c, True))
    return _week_part(_monday(c.ref), word, c.ref)


def _resolve_weekday(c: _Ctx, wd: int, dem: str, week: str | None) -> Date:
    ref = c.ref
    if week:
        mon = _monday(ref) + 7 * _DEM[week.lower()] * _DAY
        return mon + wd * _DAY
    ahead = (wd - ref.weekday()) % 7
    behind = (ref.weekday() - wd) % 7
    if dem in ("next", "coming", "following"):
        return ref + (ahead or 7) * _DAY
    if dem in ("last", "past", "previous"):
        return ref - (behind or 7) * _DAY
    tense = c.tense
    if tense == "past":
        return ref - behind * _DAY
    if tense in ("future", "prospective") and dem != "this":
        return ref + (ahead or 7) * _DAY
    return ref + ahead * _DAY


def _h_weekday(g: G, c: _Ctx) -> str:
    dem = _dem_word(g("dem")) if g("dem") else ""
    return _ymd(_resolve_weekday(c, _weekday(g("wd")), dem, g("wk")))


def _h_weekday_range(g: G, c: _Ctx) -> str:
    first = _resolve_weekday(c, _weekday(g("wd1")), "", g("wk"))
    last = first + ((_weekday(g("wd2")) - first.weekday()) % 7) * _DAY
    return _iv(_ymd(first), _ymd(last))


def _h_weekend(g: G, c: _Ctx) -> str:
    ref = c.ref
    sat = _monday(ref) + 5 * _DAY
    if c.tense == "past" and ref < sat:
        sat -= 7 * _DAY
    return _iv(_ymd(sat), _ymd(sat + _DAY))


def _h_deictic(g: G, c: _Ctx) -> str:
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
    return _ymd(c.ref + offset * _DAY)


def _h_next_day(g: G, c: _Ctx) -> str:
    word = (g("w") or g("w2")).lower()
    offset = 1 if word in ("next", "following", "after") else -1
    return _ymd(c.ref + offset * _DAY)


def _h_now(g: G, c: _Ctx) -> str:
    return _ymd(c.ref)


def _h_none(g: G, c: _Ctx) -> None:
    return None


# --------------------------------------------------------------------------- rules
# (name, kind, template, handler). Kinds: "S" strong (a date by itself), "W" weak (a date
# only after a preposition in running text), "N" only in `normalize`. Earlier rules win at
# the same position, so longer forms come first. `@ATOM@` stands for a pattern above;
# `(?P<_x>` is renamed `(?P<rule_x>` so that group names are unique.

_YSPEC = r"(?:(?:of\s+)?(?P<_y>@YEAR@)|(?:of\s+)?(?P<_ydem>@YDEM@))"
_OF_YEAR = (
    r"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal|financial|calendar)\s+year\s+)?"
    r"(?:(?P<_y>@YEAR@)|(?P<_ydem>@YDEM@)|the\s+(?P<_the>year)(?!\w))|,?\s+(?P<_y2>@YEAR@))"
)
_Rule = tuple[str, str, str, Callable[[G, _Ctx], "str | None"]]
_RULES: list[_Rule] = [
    ("holiday", "S", r"(?P<_h>@HOL@|@HOLB@(?=,?\s+@YEAR@))(?:,?\s+(?P<_y>@YEAR@))?", _h_holiday),
    ("iso", "S",
     r"@NB@(?P<_y>@YEAR@)(?P<_s>[-/.])(?P<_m>0?[1-9]|1[0-2])(?P=_s)(?P<_d>0?[1-9]|[12]\d|3[01])"
     r"(?!\d)", _h_iso),
    ("numeric", "S",
     r"@NB@(?P<_a>\d{1,2})(?P<_s>[/.-])(?P<_b>\d{1,2})(?P=_s)(?P<_y>@YEAR@|\d{2}(?!\d))",
     _h_numeric),
    ("iso_month", "S", r"@NB@(?P<_y>@YEAR@)-(?P<_m>0[1-9]|1[0-2])(?![\d-])", _h_iso_month),
    ("md_md", "S",
     r"(?:@WD@,?\s+)?(?P<_m1>@MONTH@)\s*(?P<_d1>@DAY@)(?:,?\s+(?P<_y1>@YEAR@))?@CONN@"
     r"(?:@WD@,?\s+)?(?P<_m2>@MONTH@)\s*(?P<_d2>@DAY@)(?:(?:\s*,\s*|\s+)(?P<_y2>@YEAR@))?",
     _h_md_md),
    ("dm_dm", "S",
     r"(?:the\s+)?(?P<_d1>@DAY@)\s+(?:of\s+)?(?P<_m1>@MONTH@)(?:,?\s+(?P<_y1>@YEAR@))?@CONN@"
     r"(?:the\s+)?(?P<_d2>@DAY@)\s+(?:of\s+)?(?P<_m2>@MONTH@)(?:,?\s+(?P<_y2>@YEAR@))?",
     _h_md_md),
    ("md_range", "S",
     r"(?P<_m>@MONTH@)\s*(?P<_d1>@DAY@)@CONN@(?P<_d2>@DAY@)(?:(?:\s*,\s*|\s+)(?P<_y>@YEAR@))?",
     _h_md_range),
    ("dm_range", "S",
     r"(?:the\s+)?(?P<_d1>@DAY@)@CONN@(?:the\s+)?(?P<_d2>@DAY@)\s+(?:of\s+)?(?P<_m>@MONTH@)"
     r"(?:,?\s+(?P<_y>@YEAR@))?", _h_md_range),
    ("mdy", "S",
     r"(?:(?P<_wd>@WD@),?\s+)?(?P<_m>@MONTH@)\s*(?P<_d>@DAYX@)(?:\s*,\s*|\s+)" + _YSPEC,
     _h_mdy),
    ("dmy", "S",
     r"(?:(?P<_wd>@WD@),?\s+)?(?:the\s+)?(?P<_d>@DAY@|@ORDW@)\s+(?:of\s+)?(?P<_m>@MONTH@)"
     r"(?:\s*,\s*|\s+)" + _YSPEC, _h_mdy),
    ("week_of", "S",
     r"the\s+week\s+of\s+(?P<_m>@MONTH@)\s*(?P<_d>@DAY@)(?:,?\s+(?P<_y>@YEAR@))?", _h_week_of),
    ("md", "S", r"(?:(?P<_wd>@WD@),?\s+)?(?P<_m>@MONTH@)\s*(?P<_d>@DAYX@)", _h_md),
    ("dm", "S",
     r"(?:(?P<_wd>@WD@),?\s+)?(?:the\s+)?(?:(?P<_d>@DAY@)\s+(?:of\s+)?|(?P<_o>@ORDW@)\s+of\s+)"
     r"(?P<_m>@MONTH@)", _h_md),
    ("nth_weekday", "S",
     r"(?:the\s+)?(?P<_o>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+@WDX@(?P<_wd>@WD@)"
     r"\s+(?:in|of)\s+(?P<_m>@MONTH@)(?:,?\s+(?P<_y>@YEAR@))?", _h_nth_weekday),
    ("m_range", "S",
     r"(?:(?P<_mod1>early|mid|late|end)[-\s]*)?(?P<_m1>@MONTH@)(?:,?\s+(?P<_y1>@YEAR@))?"
     r"@CONNM@(?:(?P<_mod2>early|mid|late|end)[-\s]*)?(?P<_m2>@MONTH@)"
     r"(?:,?\s+(?P<_y2>@YEAR@)|\s+(?:of\s+)?(?P<_ydem>@YDEM@))?(?!\s*\d)", _h_m_range),
    ("my", "S", r"(?:(?P<_mod>@MODM@)[-\s]*)?(?P<_m>@MONTH@),?\s+" + _YSPEC, _h_my),
    ("week_of_month", "S",
     r"(?:the\s+)?(?P<_o>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+"
     r"(?:(?P<_m>@MONTH@)(?:,?\s+(?P<_y>@YEAR@))?|(?P<_dem>this|next|last)\s+month(?!\w))",
     _h_week_of_month),
    ("mod_month", "S", r"(?P<_mod>@MODM@)[-\s]*(?P<_m>@MONTH@)", _h_month),
    ("dem_month", "S",
     r"(?P<_dem>this\s+coming|this\s+past|next|last|this|coming|past)\s+(?P<_m>@MONTH@)",
     _h_dem_month),
    ("quarter", "S",
     r"(?:the\s+)?(?:(?P<_q>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]|"
     r"(?P<_ql>last)\s+(?=quarter\s+of\s))quarter(?!\w)" + _OF_YEAR + "?", _h_quarter),
    ("q_year", "S",
     r"@Q@(?P<_q>[1-4])(?:\s*(?:of\s+)?(?P<_y>@YEAR@)|\s*['’](?P<_yy>\d{2}))?(?!\w)",
     _h_quarter),
    ("year_q", "S", r"@NB@(?P<_y>@YEAR@)\s*-?\s*@Q@(?P<_q>[1-4])", _h_quarter),
    ("nq_year", "S", r"@NB@(?P<_q>[1-4])@Q@\s*(?:(?P<_y>@YEAR@)|['’]?(?P<_yy>\d{2}))",
     _h_quarter),
    ("half", "S",
     r"(?:the\s+)?(?P<_h>first|second|1st|2nd|latter|back|front)\s+half\s+of\s+"
     r"(?:(?:the\s+)?(?:fiscal|financial|calendar)\s+year\s+)?"
     r"(?:(?P<_y>@YEAR@)|(?P<_ydem>@YDEM@)|the\s+year(?!\w))", _h_half),
    ("h_year", "S", r"@H@(?P<_h>[12])\s*(?:(?P<_y>@YEAR@)|['’](?P<_yy>\d{2}))", _h_half),
    ("year_h", "S", r"@NB@(?P<_y>@YEAR@)\s*-?\s*@H@(?P<_h>[12])", _h_half),
    ("nh_year", "S", r"@NB@(?P<_h>[12])@H@\s*(?:(?P<_y>@YEAR@)|['’]?(?P<_yy>\d{2}))", _h_half),
    ("months_of", "S",
     r"the\s+(?P<_fl>first|last|final)\s+(?P<_n>three|six|3|6)\s+months\s+of\s+"
     r"(?:(?P<_y>@YEAR@)|(?P<_ydem>@YDEM@)|the\s+year(?!\w))", _h_months_of),
    ("season_year", "S",
     r"(?:(?P<_mod>early|mid|late)[-\s]*)?(?:the\s+)?(?P<_s>@SEASON@)(?:\s+of)?,?\s+" + _YSPEC,
     _h_season),
    ("dem_season", "S",
     r"(?P<_dem>this\s+coming|this\s+past|this|next|last|coming|past)\s+"
     r"(?:(?P<_mod>early|mid|late)[-\s]*)?(?P<_s>@SEASON@)", _h_season),
    ("mod_season", "S", r"(?P<_mod>early|mid|late)[-\s]*(?:the\s+)?(?P<_s>@SEASON@)", _h_season),
    ("decade", "S",
     r"(?:the\s+)?(?:(?P<_mod>early|mid|late)[-\s]*)?"
     r"(?:@NB@(?P<_dec>(?:19|20)\d0)|['’](?P<_d2>\d0))['’]?s(?!\w)", _h_decade),
    ("year_range", "S",
     r"@NB@(?P<_y1>@YEAR@)\s*(?:[-–—‑/]|to(?!\w)|through(?!\w)|until(?!\w)|and(?!\w)|or(?!\w))"
     r"\s*(?P<_y2>@YEAR@|(?<=[-–—‑/])\d{2}(?!\d))", _h_year_range),
    ("year_mod", "S",
     r"(?P<_mod>(?:early|late|later|earlier)(?:\s+in)?|mid(?:dle)?|end|"
     r"(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of)[-\s]*(?P<_y>@YEAR@)",
     _h_year_mod),
    ("year_prefixed", "S",
     r"(?:(?:the\s+)?(?:fiscal|financial|calendar|budget|tax|school|academic)\s+(?:year\s+)?|"
     r"(?:the\s+)?year\s+)(?P<_y>@YEAR@)|@FY@\s?(?:(?P<_y2>@YEAR@)|(?P<_yy>\d{2}))(?!\d)",
     _h_year),
    ("year_ctx", "S",
     r"(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bhis\s)"
     r"|(?<=\bher\s)|(?<=\bour\s)|(?<=\ba\s)|(?<=['’]s\s))(?P<_y>@YEAR@)"
     r"(?=[-\s]+(?!@COUNT@)[A-Za-z])"
     r"|(?<=\()(?P<_y2>@YEAR@)(?=\))"
     r"|@NB@(?P<_y3>@YEAR@)(?=[-\s]+@YNOUN@)", _h_year),
    ("dur_in", "S",
     r"(?:in|within|after)\s+(?:(?:the\s+)?(?:next|coming)\s+)?(?P<_n>@NUM@)\s+(?P<_u>@UNIT@)"
     r"(?:['’]?s?\s+time(?!\w))?(?!\s+of\s)", _h_count_forward),
    ("dur_for", "S",
     r"for\s+(?:(?:a|an|another)\s+)?(?:(?:further|additional|extra|initial|full|more)\s+)?"
     r"(?P<_n>@NUM@)\s+(?:(?:more|further|additional)\s+)?(?P<_u>@UNIT@)(?!\s+of\s)",
     _h_count_forward),
    ("period_of", "S",
     r"(?:an?|the)\s+(?:(?:initial|first|further|additional|extended|new|trial|"
     r"transition(?:al)?|grace|interim|probationary|review|consultation|cooling[-\s]off|"
     r"implementation)\s+)?period\s+of\s+(?P<_n>@NUM@)\s+(?P<_u>@UNIT@)", _h_count_forward),
    ("later_in", "S",
     r"(?P<_lat>later|earlier|early|late)\s+in\s+the\s+(?P<_u>year|month|week|day)(?!\w)",
     _h_later_in),
    ("edge", "S",
     r"(?:the\s+)?(?P<_edge>end|beginning|start|middle|close|rest|remainder|turn)\s+of\s+"
     r"(?:the\s+(?:(?P<_dem>current|following|previous|next|coming)\s+)?|"
     r"(?P<_dem2>this|next|last)\s+)(?P<_u>year|month|week|quarter|decade)(?!\w)"
     r"|(?P<_u2>year|month|quarter)[-\s](?P<_e2>end|start)(?:\s+(?P<_y>@YEAR@))?(?!\w)"
     r"|(?P<_e3>end)[-\s]of[-\s](?P<_u3>year|month|quarter)(?!\w)", _h_edge),
    ("next_day", "S",
     r"the\s+(?P<_w>previous|next|following|preceding)\s+day(?!\w)"
     r"|the\s+day\s+(?P<_w2>before|after)(?=\s*(?:[,.;:!?)]|$))", _h_next_day),
    ("vague", "S",
     r"(?<!as\s)soon(?!\s+as\b)|shortly(?!\s+(?:after|before)\b)|recently|"
     r"(?:the\s+)?near\s+future|(?:the\s+)?(?:days|weeks|months|years)(?:\s+(?:and|or)\s+"
     r"(?:days|weeks|months|years))?\s+ahead|recent\s+(?:days|weeks|months|years)|"
     r"(?:the\s+)?(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months|years)\s+(?:and|or)"
     r"\s+(?:days|weeks|months|years)", _h_none),
    ("interval", "S",
     r"the\s+(?P<_dir>past|last|previous|preceding|next|coming|following|upcoming)\s+"
     r"(?:(?P<_n>@NUM@)\s+)?(?P<_u>@UNIT@)(?!\s+of\s)", _h_interval),
    ("after_next", "S", r"the\s+(?P<_u>week|month|year)\s+after\s+next(?!\w)", _h_after_next),
    ("dem_unit", "S",
     r"(?:(?P<_mod>early|late|mid|later|earlier)[-\s]+)?(?:(?P<_the>the)\s+)?"
     r"(?P<_dem>this\s+past|this\s+coming|next|this|last|current|coming|following|previous|"
     r"past|that|same)\s+(?P<_u>weekend|week|month|quarter|year|decade)(?!\w)", _h_dem_unit),
    ("ago", "S",
     r"@NB@(?P<_n>@NUM@)\s+(?P<_u>@UNIT@)\s+(?P<_dir>ago|earlier|previously|later|afterwards?|"
     r"hence|from\s+(?:now|today)|(?:before|after|prior|back|on)(?=\s*(?:[,.;:!?)\]\"”’]|$)))",
     _h_ago),
    ("wd_range", "S",
     r"@WDX@(?P<_wd1>@WD@)\s*(?:[-–—]|to|through|thru|until|till|and|or|&)\s*(?P<_wd2>@WD@)"
     r"(?:,?\s+(?P<_wk>next|last|this)\s+week)?@WDEND@", _h_weekday_range),
    ("weekday", "S",
     r"(?:(?P<_dem>this\s+coming|this\s+past|next|this|last|coming|past)\s+)?@WDX@(?P<_wd>@WD@)"
     r"(?:\s+(?:morning|afternoon|evening|night|night's))?(?:,?\s+(?P<_wk>next|last|this)\s+week)?"
     r"@WDEND@", _h_weekday),
    ("deictic", "S",
     r"(?P<_w>(?:(?:later|earlier)\s+)?(?:today|tonight|tomorrow|yesterday)"
     r"(?:\s+(?:morning|afternoon|evening|night))?|the\s+day\s+(?:before\s+yesterday|"
     r"after\s+tomorrow)|this\s+(?:morning|afternoon|evening)|last\s+night)(?!\w)", _h_deictic),
    ("now", "N",
     r"(?:right\s+)?now|currently|presently|nowadays|these\s+days|at\s+present|"
     r"at\s+(?:the|this)\s+(?:moment|time)", _h_now),
    ("month", "W", r"(?P<_m>@MONTHF@)(?!\s*,?\s*\d)", _h_month),
    ("season", "W",
     r"(?:the\s+)?(?P<_s>spring|summer|autumn|winter)(?!\w)(?!\s+of\s+(?!\d))"
     r"|the\s+(?P<_f>fall)(?=\s*(?:[,.;:!?)]|$))", _h_season),
    ("weekend", "W", r"the\s+weekend(?!\w)", _h_weekend),
    ("holiday_bare", "W", r"(?P<_h>@HOLB@)", _h_holiday),
    ("year", "W",
     r"(?P<_y>@YEAR@)(?!\s*(?:[-–—‑/]|to|and|or)\s*\d)(?![-\s]+@COUNT@)"
     r"(?!\s*(?:%|percent))", _h_year),
]


_HANDLERS = {name: handler for name, _, _, handler in _RULES}
_ATOM = re.compile(r"@([A-Z]+)@")


def _expand(template: str, atoms: dict[str, str]) -> str:
    while "@" in template:
        template = _ATOM.sub(lambda m: atoms[m.group(1)], template)
    return template


# The words a rule's match can begin with, for `find_expressions` to try only the rules that
# can start at a word. "#": a number; "'": an apostrophe before digits; "M", "W": a
# capitalised month or weekday name; "Q", "H", "FY": "Q3", "H1", "FY2026"; NUM, ORD, DEM,
# MODM, SEASON: the word lists below; anything else: the word itself, in lower case.
_FIRST_MACROS = {
    "NUM": " ".join([*_CARDINALS, *_TENS, "a", "an", "few", "several", "some", "many"]),
    "ORD": " ".join(w for w in _ORDINALS if " " not in w and "-" not in w) + " twenty thirty",
    "DEM": "this next last coming past current following previous that same",
    "MODM": "early late later earlier mid middle end the beginning start close",
    "SEASON": "spring summer autumn fall winter",
}
_FIRST = {
    "holiday": "christmas new valentine thanksgiving easter good memorial boxing halloween",
    "iso": "#", "numeric": "#", "iso_month": "#",
    "md_md": "M W", "dm_dm": "# the", "md_range": "M", "dm_range": "# the",
    "mdy": "M W", "dmy": "# W the ORD", "week_of": "the", "md": "M W", "dm": "# W the ORD",
    "nth_weekday": "the # first second third fourth last final",
    "m_range": "M early mid late end", "my": "M MODM", "week_of_month": "the # ORD last final",
    "mod_month": "MODM", "dem_month": "DEM",
    "quarter": "the # ORD last final", "q_year": "Q", "year_q": "#", "nq_year": "#",
    "half": "the # first second latter back front", "h_year": "H", "year_h": "#",
    "nh_year": "#", "months_of": "the",
    "season_year": "early mid late the SEASON", "dem_season": "DEM", "mod_season": "early mid late",
    "decade": "the early mid late # '", "year_range": "#", "year_mod": "MODM turn",
    "year_prefixed": "the fiscal financial calendar budget tax school academic year FY",
    "year_ctx": "#", "dur_in": "in within after", "dur_for": "for", "period_of": "a an the",
    "later_in": "later earlier early late",
    "edge": "the end beginning start middle close rest remainder turn year month quarter",
    "next_day": "the", "vague": "soon shortly recently the near days weeks months years recent "
    "coming next following", "interval": "the", "after_next": "the",
    "dem_unit": "early late mid later earlier the DEM", "ago": "# NUM", "wd_range": "W",
    "weekday": "W DEM", "deictic": "later earlier today tonight tomorrow yesterday the this last",
    "month": "M", "season": "the SEASON", "weekend": "the", "holiday_bare": "christmas easter "
    "thanksgiving new", "year": "#",
}
# Words one of which every expression contains, within its first _WINDOW words.
_TRIGGER_WORDS = frozenset(
    _words(
        "today tonight tomorrow yesterday day days week weeks weekend fortnight fortnights "
        "month months quarter quarters year years decade decades hour hours spring summer "
        "autumn fall winter soon shortly recently future ahead night morning afternoon evening "
        "christmas easter thanksgiving halloween valentine"
    )
)
_WINDOW = 10
_TOKEN_RX = re.compile(r"\w+|['’](?=\d)")
_MONTH_TOKENS = frozenset((_MONTH_FULL + "|" + _MONTH_ABBR).split("|"))
_WD_TOKENS = frozenset(_WD_FULL.split("|"))


def _rule_body(name: str, template: str, atoms: dict[str, str]) -> str:
    body = _expand(template, atoms)
    body = body.replace("(?P<_", f"(?P<{name}_").replace("(?P=_", f"(?P={name}_")
    return f"(?P<{name}>{body})"


def _compile_find(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the rules `names`, in the order of `_RULES` (earlier rules win)."""
    bodies = [_rule_body(n, t, _FIND_ATOMS) for n, _, t, _ in _RULES if n in names]
    return re.compile(r"(?<!\w)(?:" + "|".join(bodies) + r")(?![\w-])", re.IGNORECASE)


def _compile_full() -> re.Pattern[str]:
    """Every rule at once, after any prepositions, for `normalize`."""
    atoms = _atoms(case_sensitive=False)
    bodies = [_rule_body(n, t, atoms) for n, _, t, _ in _RULES]
    return re.compile(r"(?:" + _PREP + r"\s+)*(?:" + "|".join(bodies) + r")", re.IGNORECASE)


def _token_keys(token: str) -> tuple[str, ...]:
    c0 = token[0]
    if c0.isdigit():
        return ("#",)
    if c0 in "'’":
        return ("'",)
    lw = token.lower()
    keys = [lw]
    if token in _MONTH_TOKENS:
        keys.append("M")
    elif token in _WD_TOKENS:
        keys.append("W")
    elif lw[1:].isdigit() and lw[0] in "qh":
        keys.append(lw[0].upper())
    elif lw.startswith("fy") and lw[2:].isdigit():
        keys.append("FY")
    return tuple(keys)


_KEY_RULES: dict[str, set[str]] = {}
for _name, _kind, _, _ in _RULES:
    if _kind == "N":
        continue
    for _key in _FIRST[_name].split():
        for _word in _FIRST_MACROS.get(_key, _key).split():
            _KEY_RULES.setdefault(_word, set()).add(_name)
_FIND_ATOMS = _atoms(case_sensitive=True)
_PATTERNS: dict[frozenset[str], re.Pattern[str] | None] = {}
_TOKEN_PATTERN: dict[str, re.Pattern[str] | None] = {}


def _pattern_for(token: str) -> re.Pattern[str] | None:
    """The pattern of the rules that can begin with `token` (cached by token and rule set)."""
    pattern = _TOKEN_PATTERN.get(token, _UNSET)
    if pattern is _UNSET:
        names: set[str] = set()
        for key in _token_keys(token):
            names |= _KEY_RULES.get(key, set())
        rules = frozenset(names)
        if rules not in _PATTERNS:
            _PATTERNS[rules] = _compile_find(tuple(rules)) if rules else None
        pattern = _PATTERNS[rules]
        if len(_TOKEN_PATTERN) < 50_000:
            _TOKEN_PATTERN[token] = pattern
    return pattern


def _is_trigger(token: str) -> bool:
    c0 = token[0]
    if c0.isdigit() or c0 in "'’" or token[-1].isdigit():
        return True
    return token in _MONTH_TOKENS or token in _WD_TOKENS or token.lower() in _TRIGGER_WORDS


_FULL = _compile_full()
# Compile at import every pattern a token can select (about twenty rule sets).
for _token in (*_KEY_RULES, *_MONTH_TOKENS, *_WD_TOKENS, "1", "'", "Q1", "H1", "FY2026"):
    _pattern_for(_token)
_PREP_BEFORE = re.compile(r"(?<!\w)(" + _PREP + r")\s+$", re.IGNORECASE)
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-", "’": "'", "‘": "'"})
_STRIP = " \t\r\n\"“”()[]{},;:!?.…"


def _clean(expression: str) -> str:
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


def _apply(m: re.Match[str], c: _Ctx) -> str | None:
    rule = m.lastgroup
    return _HANDLERS[rule](_Groups(m, rule + "_"), c)


def _resolve(text: str, c: _Ctx) -> str | None:
    m = _FULL.fullmatch(text)
    if m:
        try:
            return _apply(m, c)
        except (ValueError, KeyError, StopIteration):
            return None
    # Not one expression: resolve the first one found inside it ("the 2026 electoral cycle").
    for _, _, found in find_expressions(text):
        inner = _clean(found)
        if inner != text:
            return _resolve(inner, c)
    return None


# --------------------------------------------------------------------------- public API


def normalize(expression: str, reference: dt.date, context: str = "") -> str | None:
    """Resolve a temporal expression to a `when` value, or None when it names no date.

    `reference` is the article's publication date; `context` the sentence the expression
    occurs in, read for tense and for an explicit year before the expression (see the
    module docstring for the rules). Every value returned passes `briefgen.when.parse_when`.

    >>> normalize("in April", dt.date(2025, 11, 24), "Trump will visit Beijing in April.")
    '2026-04'
    >>> normalize("three weeks earlier", dt.date(2025, 11, 24))
    '2025-11-03'
    >>> normalize("soon", dt.date(2025, 11, 24)) is None
    True
    """
    text = _clean(expression)
    if not text:
        return None
    value = _resolve(text, _Ctx(reference, context, expression))
    if value is None:
        return None
    try:
        parse_when(value)
    except ValueError:
        return None
    return value


def find_expressions(sentence: str) -> list[tuple[int, int, str]]:
    """The temporal expressions in a sentence: (start, end, text), in order, not overlapping.

    At each position the longest form is taken ("April 2026", not "April"). A leading
    preposition is left out of the span unless it changes the meaning ("in two weeks",
    "within 90 days", "for 90 days"), so every text found can be given to `normalize`.
    Plain numbers are not dates ("24 percentage points", "Section 301", "1,000 troops").
    """
    tokens = [(m.start(), m.group()) for m in _TOKEN_RX.finditer(sentence)]
    # Try matching only at the tokens up to _WINDOW before a trigger word.
    candidates = bytearray(len(tokens))
    for i, (_, token) in enumerate(tokens):
        if _is_trigger(token):
            candidates[max(0, i - _WINDOW + 1):i + 1] = b"\x01" * (i + 1 - max(0, i - _WINDOW + 1))
    found: list[tuple[int, int, str]] = []
    done = 0
    for i, (pos, token) in enumerate(tokens):
        if not candidates[i] or pos < done:
            continue
        pattern = _pattern_for(token)
        m = pattern.match(sentence, pos) if pattern else None
        if m is None:
            continue
        rule = m.lastgroup
        if _HANDLERS_KIND[rule] == "W":
            # A bare month, season or year needs a preposition before it ("in April").
            pre = _PREP_BEFORE.search(sentence, max(0, pos - 30), pos)
            if pre is None or (rule == "year" and pre.group(1).lower() in _NOT_YEAR_PREP):
                continue
        try:
            _apply(m, _Ctx(_CHECK_DATE))
        except (ValueError, KeyError, StopIteration):
            continue  # not a real date ("February 30")
        start, end = m.span()
        found.append((start, end, sentence[start:end]))
        done = end
    return found


_CHECK_DATE = Date(2000, 6, 15)
_HANDLERS_KIND = {name: kind for name, kind, _, _ in _RULES}


def is_past(when: str, reference: dt.date) -> bool:
    """Whether a `when` value ends before `reference` (an interval must be wholly before it).

    >>> is_past("2025-10", dt.date(2025, 11, 24)), is_past("2025-11", dt.date(2025, 11, 24))
    (True, False)
    """
    return parse_when(when).last < reference
