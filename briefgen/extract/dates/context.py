"""What resolving an expression may consult: the reference date, the tense, the anchor.

The anchor is the nearest explicit year (or month and year) written before the expression in
its sentence ("visit Beijing in April 2026 and ... later in the year" -> 2026). It is ignored
when it contradicts the tense, and "since 2019" or "until 2030" is never one: it names a span
from or to now.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.extract.dates.arithmetic import Date, month_end
from briefgen.extract.dates.tense import tense_near
from briefgen.extract.dates.vocabulary import parse_year
from briefgen.when import parse_when


class Reject(ValueError):
    """Raised by a handler for a match that is not a real date ("February 30", "2026-2019")."""



def consistent(first: Date, last: Date, ref: Date, tense: str | None) -> bool:
    if tense == "future":
        return last >= ref
    if tense == "past":
        return first <= ref
    return True



class Context:
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
                self._tense = tense_near(self.context, *loc)
        return self._tense

    @property
    def anchor(self) -> tuple[int, int | None] | None:
        """(year, month or None) of the nearest explicit date before the expression."""
        if self._anchor is _UNSET:
            self._anchor = None
            ctx = self.context
            if ctx and _HAS_YEAR.search(ctx):
                from briefgen.extract.dates import finder, resolution  # they use this module

                loc = self.loc
                limit = loc[1] if loc else len(ctx)
                found, found_end = None, 0
                for start, end, text in finder.find_expressions(ctx):
                    if start >= limit:
                        break
                    if (start, end) == loc:
                        continue
                    if _HAS_YEAR.search(text) and not _SPAN_WORD_BEFORE.search(ctx, 0, start) and \
                            not _names_a_thing(ctx, start, end):
                        found, found_end = text, end
                if found and loc and _YEAR_OR_MONTH_NAMED_BACK.search(self.expr) and \
                        _CLAUSE_BOUNDARY.search(ctx, found_end, loc[0]):
                    found = None  # "(… in the first quarter of 2028), and X will visit before
                    # the end of the year": another clause's year; this year is meant
                if found:
                    value = resolution.resolve(resolution.clean(found), Context(self.ref))
                    point = parse_when(value) if value else None
                    last = (point.end or point.start) if point else None
                    if last and last.first.year == point.start.first.year:  # "the 2027/28
                        # fiscal year" sets no one year for "the end of June"
                        month = last.first.month if last.precision in ("day", "month") else None
                        self._anchor = (last.first.year, month)
        return self._anchor

    def anchor_year(self, span_of: Callable[[int], tuple[Date, Date]]) -> int | None:
        """The anchor's year, if the value it gives agrees with the tense."""
        anchor = self.anchor
        if anchor and consistent(*span_of(anchor[0]), self.ref, self.tense):
            return anchor[0]
        return None


_UNSET = object()
#: "The year" or "this month", which a clause of its own does not take from another's date.
_YEAR_OR_MONTH_NAMED_BACK = re.compile(r"\b(?:the\s+(?:year|month)|this\s+month)\b", re.IGNORECASE)
#: Where a clause of its own begins: ", and", ", but", ";".
_CLAUSE_BOUNDARY = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "since 2019" and "until 2030" name a span that runs from or to the present, not a time the
# sentence is set in.
_SPAN_WORD_BEFORE = re.compile(r"(?<!\w)(?:since|until|till|through)\s+$", re.IGNORECASE)


#: A determiner before a bare year, which then names a thing: "the (2027) state budget".
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|this|that|its|their|his|her|our|a|an)|['’]s)\s+$",
                                re.IGNORECASE)


def _names_a_thing(context: str, start: int, end: int) -> bool:
    """Whether a bare year is part of the name of a thing other than an event ("present the
    2027 state budget on October 10"): it names what is dated, not when, and lends no year to
    the dates around it; "the 2027 summit (in May)" is held in its year."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", context[start:end]) and
                _DETERMINER_BEFORE.search(context, 0, start) and
                re.match(r"[-\s]+[A-Za-z]", context[end:]) and
                not _EVENT_NAMED.match(context, end))


#: An event named by its year: "(the 2027) summit", "(the 2026) general elections".
_EVENT_NAMED = re.compile(r"[-\s]+(?:[\w’'-]+\s+){0,2}?(?:summit|meeting|conference|session|"
                          r"elections?|polls?|vote|games|olympics|cup|forum|visit|talks|round|"
                          r"assembly|congress|championships?|festival|expo|census|season)\b",
                          re.IGNORECASE)


def pick_year(c: Context, span_of: Callable[[int], tuple[Date, Date, str] | None]) -> str:
    """The year for a date given without one: the anchor's, else the nearest by tense."""
    ref, tense = c.ref, c.tense
    anchor = c.anchor
    if anchor:
        s = span_of(anchor[0])
        if s and consistent(s[0], s[1], ref, tense):
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
    raise Reject("no such date")


def base_year(c: Context, anaphoric: bool) -> int:
    """The reference's year, or for anaphoric words the anchor's when it fits the tense."""
    if anaphoric:
        y = c.anchor_year(lambda y: (Date(y, 1, 1), Date(y, 12, 31)))
        if y is not None:
            return y
    return c.ref.year


def base_month(c: Context, anaphoric: bool) -> tuple[int, int]:
    if anaphoric:
        anchor = c.anchor
        if anchor and anchor[1]:
            y, m = anchor
            if consistent(Date(y, m, 1), month_end(y, m), c.ref, c.tense):
                return y, m
    return c.ref.year, c.ref.month




#: What a handler is given to read its rule's groups: `g("m")` is the text of group "m" or None.
G = Callable[[str], "str | None"]
#: A handler: the `when` value of one match, or None for no date; raises `Reject` for a match
#: that is not a real date.
Handler = Callable[[G, "Context"], "str | None"]


def ydem_year(c: Context, ydem: str) -> int:
    word = ydem.split()[0].lower()
    return c.ref.year + {"this": 0, "next": 1, "last": -1}[word]


def explicit_year(g: G, c: Context, *names: str) -> int | None:
    for name in names:
        text = g(name)
        if text:
            return parse_year(text)
    ydem = g("ydem")
    if ydem:
        return ydem_year(c, ydem)
    return None
