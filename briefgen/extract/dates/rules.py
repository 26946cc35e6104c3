"""Rules: the patterns that find date expressions, and the index that picks them by word.

A rule is a name, a kind and a template. Kinds: "S" strong (a date by itself), "W" weak (a
date only after a preposition in running text), "N" only when resolving a given expression.
Earlier rules win at the same position, so longer forms come first. In a template `@ATOM@`
stands for a pattern of `atoms()`, and `(?P<_x>` is renamed `(?P<rule_x>` so that group
names stay unique when all rules are joined into one pattern.
"""

from __future__ import annotations

import re

from briefgen.extract.dates.first_words import first_words, token_key
from briefgen.extract.dates.vocabulary import (
    CARDINALS,
    COUNT_NOUNS,
    MONTH_ABBR,
    MONTH_FULL,
    ORDINALS,
    PREPOSITIONS,
    TENS,
    WEEKDAY_ABBR,
    WEEKDAY_FULL,
    YEAR_NOUNS,
    words,
)


def _alts(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NUM_WORDS = (
    "(?:" + _alts(TENS) + r")(?:[-\s](?:" + _alts(w for w in CARDINALS if w not in
                                                  ("zero", "ten") and CARDINALS[w] < 10)
    + "))?|" + _alts(CARDINALS)
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
    "ORDW": "(?:" + _alts(ORDINALS).replace(" ", r"\s") + r")(?!\w)",
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
    "COUNT": COUNT_NOUNS,
    "YNOUN": YEAR_NOUNS,
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


def atoms(case_sensitive: bool) -> dict[str, str]:
    """Month, weekday and holiday names: capitalised in running text, any case in `normalize`."""
    cs = (lambda p: "(?-i:" + p + ")") if case_sensitive else (lambda p: "(?:" + p + ")")
    atoms = dict(_ATOMS_COMMON)
    full, abbr = f"{MONTH_FULL}|{MONTH_FULL.upper()}", f"{MONTH_ABBR}|{MONTH_ABBR.upper()}"
    atoms["MONTH"] = cs(r"(?:" + full + r")(?!\w)|(?:" + abbr + r")(?![\w-])\.?")  # "12 MAR 2026"
    atoms["MONTHF"] = cs(r"(?:" + full + r")(?![\w'’-])")
    if case_sensitive:
        atoms["WD"] = cs(r"(?:" + WEEKDAY_FULL + r")(?!\w)")
        atoms["DAYX"] = atoms["DAY"]
    else:
        atoms["WD"] = cs(r"(?:" + WEEKDAY_FULL + r")(?!\w)|(?:" + WEEKDAY_ABBR + r")(?!\w)\.?")
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


_YSPEC = r"(?:(?:of\s+)?(?P<_y>@YEAR@)|(?:of\s+)?(?P<_ydem>@YDEM@))"
_OF_YEAR = (
    r"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal|financial|calendar)\s+year\s+)?"
    r"(?:(?P<_y>@YEAR@)|(?P<_ydem>@YDEM@)|the\s+(?P<_the>year)(?!\w))|,?\s+(?P<_y2>@YEAR@))"
)
#: A weekday before a day of a month, the day perhaps in brackets: "Monday, May 11",
#: "Monday (11 May)"; a bracket opened is closed after the month.
_WEEKDAY_BEFORE = r"(?:(?P<_wd>@WD@)(?:,?\s+|\s*(?P<_bracket>\(\s*)))?"
_BRACKET_CLOSED = r"(?(_bracket)\s*\))"
RULES: list[tuple[str, str, str]] = [
    ("holiday", "S", r"(?P<_h>@HOL@|@HOLB@(?=,?\s+@YEAR@))(?:,?\s+(?P<_y>@YEAR@))?"),
    ("iso", "S",
     r"@NB@(?P<_y>@YEAR@)(?P<_s>[-/.])(?P<_m>0?[1-9]|1[0-2])(?P=_s)(?P<_d>0?[1-9]|[12]\d|3[01])"
     r"(?!\d)"),
    ("numeric", "S",
     r"@NB@(?P<_a>\d{1,2})(?P<_s>[/.-])(?P<_b>\d{1,2})(?P=_s)(?P<_y>@YEAR@|\d{2}(?!\d))"),
    ("iso_month", "S", r"@NB@(?P<_y>@YEAR@)-(?P<_m>0[1-9]|1[0-2])(?![\d-])"),
    ("md_md", "S",
     r"(?:@WD@(?:,?\s+|\s*(?P<_b1>\(\s*)))?(?P<_m1>@MONTH@)\s*(?P<_d1>@DAY@)"
     r"(?:,?\s+(?P<_y1>@YEAR@))?(?(_b1)\s*\))@CONN@"
     r"(?:@WD@(?:,?\s+|\s*(?P<_b2>\(\s*)))?(?P<_m2>@MONTH@)\s*(?P<_d2>@DAY@)"
     r"(?:(?:\s*,\s*|\s+)(?P<_y2>@YEAR@))?(?(_b2)\s*\))"),
    ("dm_dm", "S",
     r"(?:@WD@\s*(?P<_b1>\(\s*))?"  # "Monday (11 May) to Thursday (14 May)"
     r"(?:the\s+)?(?P<_d1>@DAY@)\s+(?:of\s+)?(?P<_m1>@MONTH@)(?:,?\s+(?P<_y1>@YEAR@))?"
     r"(?(_b1)\s*\))@CONN@(?:@WD@\s*(?P<_b2>\(\s*))?"
     r"(?:the\s+)?(?P<_d2>@DAY@)\s+(?:of\s+)?(?P<_m2>@MONTH@)(?:,?\s+(?P<_y2>@YEAR@))?"
     r"(?(_b2)\s*\))"),
    ("md_range", "S",
     r"(?P<_m>@MONTH@)\s*(?P<_d1>@DAY@)@CONN@(?P<_d2>@DAY@)(?:(?:\s*,\s*|\s+)(?P<_y>@YEAR@))?"),
    ("dm_range", "S",
     r"(?:the\s+)?(?P<_d1>@DAY@)@CONN@(?:the\s+)?(?P<_d2>@DAY@)\s+(?:of\s+)?(?P<_m>@MONTH@)"
     r"(?:,?\s+(?P<_y>@YEAR@))?"),
    ("mdy", "S",
     r"(?:(?P<_wd>@WD@),?\s+)?(?P<_m>@MONTH@)\s*(?P<_d>@DAYX@)(?:\s*,\s*|\s+)" + _YSPEC),
    ("dmy", "S",
     r"(?:(?P<_wd>@WD@),?\s+)?(?:the\s+)?(?P<_d>@DAY@|@ORDW@)\s+(?:of\s+)?(?P<_m>@MONTH@)"
     r"(?:\s*,\s*|\s+)" + _YSPEC),
    ("week_of", "S",
     r"the\s+week\s+of\s+(?P<_m>@MONTH@)\s*(?P<_d>@DAY@)(?:,?\s+(?P<_y>@YEAR@))?"),
    ("md", "S", _WEEKDAY_BEFORE + r"(?P<_m>@MONTH@)\s*(?P<_d>@DAYX@)" + _BRACKET_CLOSED),
    ("dm", "S",
     _WEEKDAY_BEFORE + r"(?:the\s+)?(?:(?P<_d>@DAY@)\s+(?:of\s+)?|(?P<_o>@ORDW@)\s+of\s+)"
     r"(?P<_m>@MONTH@)" + _BRACKET_CLOSED),
    ("nth_weekday", "S",
     r"(?:the\s+)?(?P<_o>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+@WDX@(?P<_wd>@WD@)"
     r"\s+(?:in|of)\s+(?P<_m>@MONTH@)(?:,?\s+(?P<_y>@YEAR@))?"),
    ("m_range", "S",
     r"(?:(?P<_mod1>early|mid|late|end)[-\s]*)?(?P<_m1>@MONTH@)(?:,?\s+(?P<_y1>@YEAR@))?"
     r"@CONNM@(?:(?P<_mod2>early|mid|late|end)[-\s]*)?(?P<_m2>@MONTH@)"
     r"(?:,?\s+(?P<_y2>@YEAR@)|\s+(?:of\s+)?(?P<_ydem>@YDEM@))?(?!\s*\d)"),
    ("my", "S", r"(?:(?P<_mod>@MODM@)[-\s]*)?(?P<_m>@MONTH@),?\s+" + _YSPEC),
    ("week_of_month", "S",
     r"(?:the\s+)?(?P<_o>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+"
     r"(?:(?P<_m>@MONTH@)(?:,?\s+(?P<_y>@YEAR@))?|(?P<_dem>this|next|last)\s+month(?!\w))"),
    ("mod_month", "S", r"(?P<_mod>@MODM@)[-\s]*(?P<_m>@MONTH@)"),
    ("dem_month", "S",
     r"(?P<_dem>this\s+coming|this\s+past|next|last|this|coming|past)\s+(?P<_m>@MONTH@)"),
    ("quarter", "S",
     r"(?:the\s+)?(?:(?P<_q>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]|"
     r"(?P<_ql>last)\s+(?=quarter\s+of\s))quarter(?!\w)" + _OF_YEAR + "?"),
    ("q_year", "S",
     r"@Q@(?P<_q>[1-4])(?:\s*(?:of\s+)?(?P<_y>@YEAR@)|\s*['’](?P<_yy>\d{2}))?(?!\w)"),
    ("year_q", "S", r"@NB@(?P<_y>@YEAR@)\s*-?\s*@Q@(?P<_q>[1-4])"),
    ("nq_year", "S", r"@NB@(?P<_q>[1-4])@Q@\s*(?:(?P<_y>@YEAR@)|['’]?(?P<_yy>\d{2}))"),
    ("half", "S",
     r"(?:the\s+)?(?P<_h>first|second|1st|2nd|latter|back|front)\s+half\s+of\s+"
     r"(?:(?:the\s+)?(?:fiscal|financial|calendar)\s+year\s+)?"
     r"(?:(?P<_y>@YEAR@)|(?P<_ydem>@YDEM@)|the\s+year(?!\w))"),
    ("h_year", "S", r"@H@(?P<_h>[12])\s*(?:(?P<_y>@YEAR@)|['’](?P<_yy>\d{2}))"),
    ("year_h", "S", r"@NB@(?P<_y>@YEAR@)\s*-?\s*@H@(?P<_h>[12])"),
    ("nh_year", "S", r"@NB@(?P<_h>[12])@H@\s*(?:(?P<_y>@YEAR@)|['’]?(?P<_yy>\d{2}))"),
    ("months_of", "S",
     r"the\s+(?P<_fl>first|last|final)\s+(?P<_n>three|six|3|6)\s+months\s+of\s+"
     r"(?:(?P<_y>@YEAR@)|(?P<_ydem>@YDEM@)|the\s+year(?!\w))"),
    ("season_year", "S",
     r"(?:(?P<_mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|close)\s+of)[-\s]*)?"
     r"(?:the\s+)?(?P<_s>@SEASON@)(?:\s+of)?,?\s+" + _YSPEC),
    ("dem_season", "S",
     r"(?P<_dem>this\s+coming|this\s+past|this|next|last|coming|past)\s+"
     r"(?:(?P<_mod>early|mid|late)[-\s]*)?(?P<_s>@SEASON@)"),
    ("mod_season", "S",
     r"(?P<_mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|close)\s+of)[-\s]*"
     r"(?:the\s+)?(?P<_s>@SEASON@)"),
    ("decade", "S",
     r"(?:the\s+)?(?:(?P<_mod>early|mid|late)[-\s]*)?"
     r"(?:@NB@(?P<_dec>(?:19|20)\d0)|['’](?P<_d2>\d0))['’]?s(?!\w)"),
    ("year_range", "S",
     r"@NB@(?P<_y1>@YEAR@)\s*(?:[-–—‑/]|to(?!\w)|through(?!\w)|until(?!\w)|and(?!\w)|or(?!\w))"
     r"\s*(?P<_y2>@YEAR@|(?<=[-–—‑/])\d{2}(?!\d))"),
    ("year_mod", "S",
     r"(?P<_mod>(?:early|late|later|earlier)(?:\s+in)?|mid(?:dle)?|end|"
     r"(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of)[-\s]*(?P<_y>@YEAR@)"),
    ("year_prefixed", "S",
     r"(?:(?:the\s+)?(?:fiscal|financial|calendar|budget|tax|school|academic)\s+(?:year\s+)?|"
     r"(?:the\s+)?year\s+)(?P<_y>@YEAR@)|@FY@\s?(?:(?P<_y2>@YEAR@)|(?P<_yy>\d{2}))(?!\d)"),
    ("year_ctx", "S",
     r"(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bhis\s)"
     r"|(?<=\bher\s)|(?<=\bour\s)|(?<=\ba\s)|(?<=['’]s\s))(?P<_y>@YEAR@)"
     r"(?=[-\s]+(?!@COUNT@)[A-Za-z])"
     r"|(?<=\()(?P<_y2>@YEAR@)(?=\))"
     r"|@NB@(?P<_y3>@YEAR@)(?=[-\s]+@YNOUN@)"),
    ("dur_in", "S",
     r"(?:in|within|after)\s+(?:(?:the\s+)?(?:next|coming)\s+)?(?P<_n>@NUM@)\s+(?P<_u>@UNIT@)"
     r"(?:['’]?s?\s+time(?!\w))?(?!\s+of\s)"),
    ("dur_for", "S",
     r"for\s+(?:(?:a|an|another)\s+)?(?:(?:further|additional|extra|initial|full|more)\s+)?"
     r"(?P<_n>@NUM@)\s+(?:(?:more|further|additional)\s+)?(?P<_u>@UNIT@)(?!\s+of\s)"),
    ("period_of", "S",
     r"(?:an?|the)\s+(?:(?:initial|first|further|additional|extended|new|trial|"
     r"transition(?:al)?|grace|interim|probationary|review|consultation|cooling[-\s]off|"
     r"implementation)\s+)?period\s+of\s+(?P<_n>@NUM@)\s+(?P<_u>@UNIT@)"),
    ("later_in", "S",
     r"(?P<_lat>later|earlier|early|late)\s+in\s+the\s+(?P<_u>year|month|week|day)(?!\w)"),
    ("edge", "S",
     r"(?:the\s+)?(?P<_edge>end|beginning|start|middle|close|rest|remainder|turn)\s+of\s+"
     r"(?:the\s+(?:(?P<_dem>current|following|previous|next|coming)\s+)?|"
     r"(?P<_dem2>this|next|last)\s+)?(?P<_u>year|month|week|quarter|decade)(?!\w)"
     r"|(?P<_u2>year|month|quarter)[-\s](?P<_e2>end|start)(?:\s+(?P<_y>@YEAR@))?(?!\w)"
     r"|(?P<_e3>end)[-\s]of[-\s](?P<_u3>year|month|quarter)(?!\w)"),
    ("next_day", "S",
     r"the\s+(?P<_w>previous|next|following|preceding)\s+day(?!\w)"
     r"|the\s+day\s+(?P<_w2>before|after)(?=\s*(?:[,.;:!?)]|$))"),
    ("vague", "S",
     r"(?<!as\s)soon(?!\s+as\b)|shortly(?!\s+(?:after|before)\b)|recently|"
     r"(?:the\s+)?near\s+future|(?:the\s+)?(?:days|weeks|months|years)(?:\s+(?:and|or)\s+"
     r"(?:days|weeks|months|years))?\s+ahead|recent\s+(?:days|weeks|months|years)|"
     r"(?:the\s+)?(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months|years)\s+(?:and|or)"
     r"\s+(?:days|weeks|months|years)"),
    ("interval", "S",
     r"the\s+(?P<_dir>past|last|previous|preceding|next|coming|following|upcoming)\s+"
     r"(?:(?P<_n>@NUM@)\s+)?(?P<_u>@UNIT@)(?!\s+of\s)"),
    ("after_next", "S", r"the\s+(?P<_u>week|month|year)\s+after\s+next(?!\w)"),
    ("dem_unit", "S",
     r"(?:(?P<_mod>early|late|mid|later|earlier)[-\s]+)?(?:(?P<_the>the)\s+)?"
     r"(?P<_dem>this\s+past|this\s+coming|next|this|last|current|coming|following|previous|"
     r"past|that|same)\s+(?P<_u>weekend|week|month|quarter|year|decade)(?!\w)"),
    ("fiscal_year", "S",
     r"(?P<_dem>this|next|last|current|coming|previous|past|the)\s+(?:fiscal|financial|budget)"
     r"\s+year(?!\w)(?!\s*\d)"),
    ("ago", "S",
     r"@NB@(?P<_n>@NUM@)\s+(?P<_u>@UNIT@)\s+(?P<_dir>ago|(?:earlier|later)(?!\s+than\b)|previously|"
     r"afterwards?|"
     r"hence|from\s+(?:now|today)|(?:before|after|prior|back|on)(?=\s*(?:[,.;:!?)\]\"”’]|$)))"),
    ("wd_range", "S",
     r"@WDX@(?P<_wd1>@WD@)\s*(?:[-–—]|to|through|thru|until|till|and|or|&)\s*(?P<_wd2>@WD@)"
     r"(?:,?\s+(?P<_wk>next|last|this)\s+week)?@WDEND@"),
    ("weekday", "S",
     r"(?:(?P<_dem>this\s+coming|this\s+past|next|this|last|coming|past)\s+)?@WDX@(?P<_wd>@WD@)"
     r"(?:\s+(?:morning|afternoon|evening|night|night's))?(?:,?\s+(?P<_wk>next|last|this)\s+week)?"
     r"@WDEND@"),
    ("deictic", "S",
     r"(?P<_w>(?:(?:later|earlier)\s+)?(?:today|tonight|tomorrow|yesterday)"
     r"(?:\s+(?:morning|afternoon|evening|night))?|the\s+day\s+(?:before\s+yesterday|"
     r"after\s+tomorrow)|this\s+(?:morning|afternoon|evening)|last\s+night)(?!\w)"),
    ("now", "N",
     r"(?:right\s+)?now|currently|presently|nowadays|these\s+days|at\s+present|"
     r"at\s+(?:the|this)\s+(?:moment|time)"),
    ("month", "W", r"(?P<_m>@MONTHF@)(?!\s*,?\s*\d)"),
    ("season", "W",
     r"(?:the\s+)?(?P<_s>spring|summer|autumn|winter)(?!\w)(?!\s+of\s+(?!\d))"
     r"|the\s+(?P<_f>fall)(?=\s*(?:[,.;:!?)]|$))"),
    ("weekend", "W", r"the\s+weekend(?!\w)"),
    ("day_of_month", "W",
     r"the\s+(?P<_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
     r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|through|until|at|in|when|before|after)\b)"),
    ("holiday_bare", "W", r"(?P<_h>@HOLB@)"),
    ("year", "W",
     r"(?P<_y>@YEAR@)(?!\s*(?:[-–—‑/]|to|and|or)\s*\d)(?![-\s]+@COUNT@)"
     r"(?!\s*(?:%|percent))"),
]


_ATOM = re.compile(r"@([A-Z]+)@")


def expand(template: str, atoms: dict[str, str]) -> str:
    while "@" in template:
        template = _ATOM.sub(lambda m: atoms[m.group(1)], template)
    return template


# Words one of which every expression contains, within its first WINDOW words.
_TRIGGER_WORDS = frozenset(
    words(
        "today tonight tomorrow yesterday day days week weeks weekend fortnight fortnights "
        "month months quarter quarters year years decade decades hour hours spring summer "
        "autumn fall winter soon shortly recently future ahead night morning afternoon evening "
        "christmas easter thanksgiving halloween valentine"
    )
)
WINDOW = 10
TOKEN_RX = re.compile(r"\w+|['’](?=\d)")
MONTH_TOKENS = frozenset(f"{MONTH_FULL}|{MONTH_ABBR}|{MONTH_FULL.upper()}|{MONTH_ABBR.upper()}"
                         .split("|"))
WEEKDAY_TOKENS = frozenset(WEEKDAY_FULL.split("|"))


def _rule_body(name: str, template: str, atoms: dict[str, str]) -> str:
    body = expand(template, atoms)
    body = body.replace("(?P<_", f"(?P<{name}_").replace("(?P=_", f"(?P={name}_")
    body = body.replace("(?(_", f"(?({name}_")
    return f"(?P<{name}>{body})"


def compile_find(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the rules `names`, in the order of `RULES` (earlier rules win)."""
    bodies = [_rule_body(n, t, _FIND_ATOMS) for n, _, t in RULES if n in names]
    return re.compile(r"(?<!\w)(?:" + "|".join(bodies) + r")(?![\w-])", re.IGNORECASE)


def compile_full() -> re.Pattern[str]:
    """Every rule at once, after any prepositions, for `normalize`."""
    any_case = atoms(case_sensitive=False)
    bodies = [_rule_body(n, t, any_case) for n, _, t in RULES]
    return re.compile(r"(?:" + PREPOSITIONS + r"\s+)*(?:" + "|".join(bodies) + r")", re.IGNORECASE)


_FIND_ATOMS = atoms(case_sensitive=True)
_UNSET = object()


def _first_word_index() -> dict[str, frozenset[str]]:
    """Word key -> the rules whose match can begin with it, read from each rule's pattern."""
    index: dict[str, set[str]] = {}
    for name, kind, template in RULES:
        if kind == "N":
            continue
        for key in first_words(expand(template, _FIND_ATOMS), re.IGNORECASE):
            index.setdefault(key, set()).add(name)
    return {key: frozenset(names) for key, names in index.items()}


#: The first-word index: for each word key (see `first_words.token_key`), the rules to try.
FIRST_WORD_INDEX = _first_word_index()
_PATTERNS: dict[frozenset[str], re.Pattern[str] | None] = {}
_TOKEN_PATTERN: dict[str, re.Pattern[str] | None] = {}


def pattern_for(token: str) -> re.Pattern[str] | None:
    """The pattern of the rules that can begin with `token` (cached by token and rule set)."""
    pattern = _TOKEN_PATTERN.get(token, _UNSET)
    if pattern is _UNSET:
        rules = FIRST_WORD_INDEX.get(token_key(token), frozenset())
        if rules not in _PATTERNS:
            _PATTERNS[rules] = compile_find(tuple(rules)) if rules else None
        pattern = _PATTERNS[rules]
        if len(_TOKEN_PATTERN) < 50_000:
            _TOKEN_PATTERN[token] = pattern
    return pattern


def is_trigger(token: str) -> bool:
    c0 = token[0]
    if c0.isdigit() or c0 in "'’" or token[-1].isdigit():
        return True
    return token in MONTH_TOKENS or token in WEEKDAY_TOKENS or token.lower() in _TRIGGER_WORDS


def may_hold_trigger(sentence: str) -> bool:
    """Whether a token of `sentence` is a trigger (`is_trigger`), told from the sentence's
    characters and its words as a set: most sentences hold none, and need not be read token
    by token. A token that begins or ends with a digit (or is an apostrophe before one) puts
    a digit in the sentence."""
    if any(map(str.isdigit, sentence)):
        return True
    words = set(TOKEN_RX.findall(sentence))
    return not (MONTH_TOKENS.isdisjoint(words) and WEEKDAY_TOKENS.isdisjoint(words)
                and _TRIGGER_WORDS.isdisjoint(map(str.lower, words)))


FULL = compile_full()
KINDS = {name: kind for name, kind, _ in RULES}
# Compile at import every pattern a word can select.
for _rules in set(FIRST_WORD_INDEX.values()):
    _PATTERNS[_rules] = compile_find(tuple(_rules))
