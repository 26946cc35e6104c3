"""The words of dates: month, weekday and number names, seasons, holidays, prepositions.

Plain data and the small parsers that turn one matched word into a number ("Sept." -> 9,
"twenty-one" -> 21, "'26" -> 2026). The patterns built from these words are in `rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.extract.dates.arithmetic import DAY, Date, easter, nth_weekday


def words(text: str) -> list[str]:
    return text.split()


MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTHS = {
    name: i
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
WEEKDAY_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY_ABBR = "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun"
WEEKDAYS = {name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}

CARDINALS = {
    w: i
    for i, w in enumerate(
        words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
TENS = {
    w: 10 * i
    for i, w in enumerate(words("twenty thirty forty fifty sixty seventy eighty ninety"), 2)
}
_ORD_1_19 = words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
ORDINALS = {w: i for i, w in enumerate(_ORD_1_19, 1)}
ORDINALS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31})
for _i, _w in enumerate(_ORD_1_19[:9], 1):
    ORDINALS[f"twenty-{_w}"] = ORDINALS[f"twenty {_w}"] = 20 + _i
VAGUE_NUMBERS = {"a few", "few", "several", "some", "many", "a handful of"}

SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11),
            "winter": (12, 13, 14)}

# Nouns that make a preceding 4-digit number a count, not a year ("2000 troops").

COUNT_NOUNS = (
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
YEAR_NOUNS = (
    r"(?:elections?|midterms?|polls?|votes?|vote|campaign|race|budget|season|census|summit|"
    r"olympics|olympic|world\s+cup|games|championships?|tournament|edition|deadline|target|"
    r"targets|agenda|levels?|figures|data|forecasts?|outlook|estimates?|fiscal|financial|"
    r"presidential|parliamentary|legislative|general|electoral|cycle|session|report|"
    r"review|agreement|accord|deal|treaty|protests?|war|crisis|invasion|coup|revolution|"
    r"attacks?|earthquake|floods?|pandemic|referendum|conference|meeting|visit|talks)\b"
)

# Prepositions that license a bare month, season, year or holiday, and that `normalize`
# strips; they are not part of a found span.
PREPOSITIONS = (
    r"(?:as\s+(?:of|early\s+as|late\s+as|recently\s+as)|ahead\s+of|prior\s+to|"
    r"(?:no|not)\s+(?:later|earlier)\s+than|"
    r"(?:later|earlier|sooner)\s+than|starting(?:\s+(?:in|on|from))?|"
    r"beginning(?:\s+(?:in|on))?|effective(?:\s+(?:from|on))?|"
    r"some\s*time\s+(?:in|on|during)|the\s+month\s+of|throughout|through|thru|until|till|"
    r"since|before|after|from|during|between|around|circa|over|into|beyond|in|on|at|by|of|"
    r"for|to)(?!\w)"
)
# After these a bare number is not taken for a year ("a total of 2000", "at 1900 GMT").
NOT_YEAR_PREPOSITIONS = {"of", "to", "at", "on", "into", "over"}


def parse_month(text: str) -> int:
    return MONTHS[text.lower()[:3]]


def parse_weekday(text: str) -> int:
    return WEEKDAYS[text.lower()[:3]]


def parse_day(text: str) -> int:
    t = re.sub(r"\s+", " ", text.lower())
    if t in ORDINALS:
        return ORDINALS[t]
    return int(t.rstrip("stndrh"))


def parse_year(text: str) -> int:
    digits = text.strip("'’ ")
    y = int(digits)
    if len(digits) == 2:
        y += 2000 if y < 70 else 1900
    return y


def parse_number(text: str) -> int | None:
    """The value of a count; None for a vague one ("a few", "several")."""
    t = re.sub(r"\s+", " ", text.lower()).replace("-", " ")
    if t in VAGUE_NUMBERS:
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
        total += TENS.get(word, CARDINALS.get(word, 0))
    return total


def parse_unit(text: str) -> str:
    t = text.lower()
    if t.startswith(("business", "working")):
        return "bday"
    word = t.split()[-1].rstrip("s")
    return "day" if word == "day" else word


HOLIDAYS: dict[str, Callable[[int], Date]] = {
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
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + DAY,
    "good friday": lambda y: easter(y) - 2 * DAY,
}



DEMONSTRATIVES = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1,
        "previous": -1, "past": -1, "that": 0, "same": 0, "the": 0}


def demonstrative(text: str | None) -> str:
    words = (text or "").lower().split()
    if not words:
        return "this"
    if words[0] == "this" and len(words) > 1:  # "this past", "this coming"
        return {"past": "last", "coming": "next"}[words[1]]
    return words[-1]
