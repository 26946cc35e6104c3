"""Resolution: a found expression plus a reference date -> a `when` value.

Each rule of `rules` has a handler, named after it in `HANDLERS`: in `days` (dates, weekdays,
holidays), `spans` (months, quarters, seasons, years) or `relative` (counted and relative
spans). A handler gets the text of the rule's groups and a `Context`, and returns a `when`
string or None (no date), or raises `Reject` (or `ValueError`) for a match that is not a real
date ("February 30"). The package docstring states the resolution rules.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract.dates import days, finder, relative, spans
from briefgen.extract.dates.context import Context, Handler
from briefgen.extract.dates.rules import FULL
from briefgen.when import parse_when

_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-", "’": "'", "‘": "'"})


_STRIP = " \t\r\n\"“”()[]{},;:!?.…"


def clean(expression: str) -> str:
    """The expression without space and marks around it; a bracket it closes inside itself
    ("Monday (11 May)") stays."""
    text = re.sub(r"\s+", " ", expression.translate(_DASHES)).strip(_STRIP)
    return text + ")" if text.count("(") > text.count(")") else text


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
HANDLERS: dict[str, Handler] = {**days.HANDLERS, **spans.HANDLERS, **relative.HANDLERS}
