"""Temporal expressions: find them in a sentence and resolve them to `when` values.

`find_expressions(sentence)` returns the spans of temporal expressions; `normalize(expression,
reference, context)` turns one into a `when` value (see `briefgen.when`: `YYYY-MM-DD`,
`YYYY-MM`, `YYYY-Qn`, `YYYY-Hn`, `YYYY` or `start/end`), or None when it names no date;
`is_past(when, reference)` says whether a value is over before the reference date. The package
is pure (no I/O) and every pattern is compiled once, at import.

Modules: `vocabulary` (month, weekday and number words, seasons, holidays), `rules` (the
patterns, and the first-word index that picks them, read off the patterns by
`first_words`), `finder` (spans in a sentence), `tense` and `context` (what a sentence tells
about an expression), `arithmetic` (calendar steps), the handlers of the rules in `days`,
`spans` and `relative`, and `resolution` (`normalize`, `is_past`).

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
    (treated as future): would, may, could, plans, expected, preparations, scheduled, set
    to, due, "be" + participle; right after a past verb ("was to finish", "said he would")
    it is future seen from the past, which keeps a past anchor ("In 2019 he said he would
    visit in April" -> 2019-04). "to" + verb has no tense of its own: before the expression
    it is prospective like the others ("agreed to meet in April"); after it, it counts only
    when no other cue is near ("voted Friday to approve" is past). Past: was, were, had,
    irregular past forms (met, held, said, ...), verbs in -ed, ago, last, since. Present:
    is, are, says.

Dates without a year (months, days, quarters, seasons, holidays).
    Future or unclear tense: the next occurrence that has not ended by the reference date
    ("in April" on 10 April is this April). Past tense: the latest one that had begun by
    the reference date. A weekday given with the date ("Monday, Nov. 24") picks the year
    where the date falls on that weekday, if one is within a year of the reference.

Weekdays.
    "next Monday": the first Monday after the reference; "last Friday": the last one before
    it; "Monday" in the past tense: the latest Monday on or before the reference (the
    reference itself when it is a Monday); in the plain future ("will"): the first one after
    it; in a weaker future, the present tense or when unclear: the first one on or after
    it. "this Thursday": on or after the reference, or on or before it in the past tense.
    "Monday next week": the Monday of next week. Times of day ("Monday morning",
    "tonight") resolve to the day.

Weeks are Monday to Sunday and are given as day intervals: "next week" ->
    `2025-12-01/2025-12-07`; "early next week" -> Monday..Wednesday; "late next week" and
    "the end of the week" -> Thursday..Sunday; "the weekend" -> Saturday..Sunday.

Precision (the smallest `when` value that surely contains the date meant).
    "early 2027" / "the first half of 2027" -> `2027-H1`; "late 2027" -> `2027-H2`;
    "mid-2026", "the middle of 2026", "later in the year" -> `2026`; "the beginning of
    2026" -> `2026-01`; "the end of the year" / "year-end" / "by the end of 2026" ->
    `YYYY-12` (in a past sentence without an anchor, the last year-end before the
    reference); "this fiscal year", "the financial year" -> the calendar year; "early
    April", "mid-April", "the end of April" -> the month; "the first week of April" -> days
    1-7; "the first quarter of 2026", "Q1 2026", "1Q26" ->
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

from briefgen.extract.dates.finder import find_expressions
from briefgen.extract.dates.resolution import is_past, normalize

__all__ = ["find_expressions", "is_past", "normalize"]
