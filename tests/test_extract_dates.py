"""Temporal expressions: the table of what `normalize` and `find_expressions` must give.

Each `normalize` row is (expression, reference date, context sentence, expected `when`). The
reference is the article's publication date; 2025-11-24 is a Monday.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefgen.extract.dates import find_expressions, finder, is_past, normalize, rules
from briefgen.when import parse_when

D = dt.date
R = D(2025, 11, 24)  # a Monday

SEED_MONDAY = (
    "President Donald Trump on Monday announced that he has accepted an invitation from Chinese "
    "President Xi Jinping to visit Beijing in April 2026 and extended a reciprocal state-visit "
    "invitation to Xi for later in the year."
)
SEED_BUSAN = (
    "The diplomatic move comes after the two leaders held a face-to-face meeting in Busan, South "
    "Korea, three weeks earlier and followed a one-year trade truce negotiated between the world’s "
    "biggest economies."
)
SEED_TARIFF = "suspending 24 percentage points of that rate for an initial period of 90 days"


def _id(row) -> str:
    expression, reference, context, _ = row
    return f"{expression or '<empty>'}@{reference}" + (f"[{context[:28]}]" if context else "")


def _check(expression: str, reference: dt.date, context: str, expected: str | None) -> None:
    value = normalize(expression, reference, context)
    assert value == expected
    if value is not None:
        assert str(parse_when(value)) == value


ABSOLUTE = [
    # a full date, in every order and spelling
    ("December 1, 2022", R, "", "2022-12-01"),
    ("1 December 2022", R, "", "2022-12-01"),
    ("Dec. 1, 2022", R, "", "2022-12-01"),
    ("2022-12-01", R, "", "2022-12-01"),
    ("Monday, November 24, 2025", R, "", "2025-11-24"),
    ("the 1st of December, 2022", R, "", "2022-12-01"),
    ("12/01/2022", R, "", "2022-12-01"),  # slashes: month first
    ("25/12/2022", R, "", "2022-12-25"),  # ... unless the first number cannot be a month
    ("01.12.2022", R, "", "2022-12-01"),  # dots: day first
    ("by May 14, 2025", R, "", "2025-05-14"),
    # a month, a year
    ("April 2026", R, "", "2026-04"),
    ("in April 2026", R, "", "2026-04"),
    ("December of 2022", R, "", "2022-12"),
    ("2026", R, "", "2026"),
    ("in 2024", R, "", "2024"),
    ("the 2026 electoral cycle", R, "", "2026"),
    ("fiscal 2026", R, "", "2026"),
    ("FY26", R, "", "2026"),
    # parts of a year: early/first half -> H1, late/second half -> H2, mid -> the year
    ("mid-2026", R, "", "2026"),
    ("early 2027", R, "", "2027-H1"),
    ("late 2027", R, "", "2027-H2"),
    ("the end of 2026", R, "", "2026-12"),
    ("the beginning of 2026", R, "", "2026-01"),
    ("the first half of 2026", R, "", "2026-H1"),
    ("H2 2026", R, "", "2026-H2"),
    ("the first quarter of 2026", R, "", "2026-Q1"),
    ("Q3 2025", R, "", "2025-Q3"),
    ("3Q25", R, "", "2025-Q3"),
    # seasons: meteorological, northern hemisphere; winter runs into the next year
    ("spring 2026", R, "", "2026-03/2026-05"),
    ("the summer of 2025", R, "", "2025-06/2025-08"),
    ("autumn 2025", R, "", "2025-09/2025-11"),
    ("fall 2025", R, "", "2025-09/2025-11"),
    ("winter 2026", R, "", "2026-12/2027-02"),
    ("late summer 2026", R, "", "2026-07/2026-08"),
    ("the end of summer 2026", R, "", "2026-07/2026-08"),
    ("the start of spring 2027", R, "", "2027-03/2027-04"),
    ("the middle of the summer of 2026", R, "", "2026-07"),
    # ranges: a year written at the end applies to both ends
    ("March 20–22, 2023", R, "", "2023-03-20/2023-03-22"),
    ("20-22 March 2023", R, "", "2023-03-20/2023-03-22"),
    ("March 30 - April 2, 2023", R, "", "2023-03-30/2023-04-02"),
    ("Dec. 30, 2025 - Jan. 2, 2026", R, "", "2025-12-30/2026-01-02"),
    ("June to August 2026", R, "", "2026-06/2026-08"),
    ("June 2025 to March 2026", R, "", "2025-06/2026-03"),
    ("2025-26", R, "", "2025/2026"),
    ("from 2024 to 2026", R, "", "2024/2026"),
    ("the 1990s", R, "", "1990/1999"),
    ("the early 2000s", R, "", "2000/2003"),
    # named and counted days
    ("Easter 2026", R, "", "2026-04-05"),
    ("the first week of April 2026", R, "", "2026-04-01/2026-04-07"),
    ("the last week of February 2024", R, "", "2024-02-23/2024-02-29"),
    ("the first Tuesday in November 2026", R, "", "2026-11-03"),
]


@pytest.mark.parametrize("row", ABSOLUTE, ids=_id)
def test_an_absolute_date_keeps_the_precision_it_is_written_with(row):
    _check(*row)


YEARLESS = [
    # a month: the next one in a future or unclear context, the last one in a past context
    ("in April", R, "President Trump will visit Beijing in April.", "2026-04"),
    ("in April", R, "The two leaders met in Busan in April.", "2025-04"),
    ("in April", R, "", "2026-04"),
    ("in November", R, "Talks will resume in November.", "2025-11"),  # not over yet
    ("in November", R, "Talks resumed in November.", "2025-11"),
    ("in January", D(2025, 12, 10), "The delegation will return in January.", "2026-01"),
    ("in December", D(2026, 1, 2), "The deal was signed in December.", "2025-12"),
    # a day and a range of days
    ("on March 3", R, "He will speak on March 3.", "2026-03-03"),
    ("on March 3", R, "He spoke on March 3.", "2025-03-03"),
    ("March 20-22", D(2023, 3, 1), "The summit will take place March 20-22.",
     "2023-03-20/2023-03-22"),
    ("March 20-22", R, "The summit was held March 20-22.", "2025-03-20/2025-03-22"),
    ("20-22 March", R, "Ministers are scheduled to meet 20-22 March.", "2026-03-20/2026-03-22"),
    ("late October and early November", D(2014, 9, 1),
     "Talks are expected in late October and early November.", "2014-10/2014-11"),
    ("between June and August", R, "Construction will run between June and August.",
     "2026-06/2026-08"),
    ("December to February", R, "The ban will apply from December to February.",
     "2025-12/2026-02"),
    # an explicit year earlier in the sentence anchors it, unless the tense rules it out
    ("in May", R, "The leaders agreed to hold the 2027 summit in May.", "2027-05"),
    ("on October 10", R, "The government will present the 2027 state budget on October 10.",
     "2026-10-10"),
    ("in April", R, "In 2019, Trump said he would visit in April.", "2019-04"),
    ("in March", R, "Prices have risen since January 2025, and talks will resume in March.",
     "2026-03"),
    ("in March", R, "The 2019 agreement was signed, and officials plan to meet in March.",
     "2026-03"),
    ("in July", R, "They extended the programme until the end of 2027 and will meet in July.",
     "2026-07"),
    ("in May", R, "The truce holds through 2028, and the envoys return in May.", "2026-05"),
    # an infinitive after the date has no tense of its own: the verb before it decides
    ("on March 3", R, "The envoys met privately on March 3 to discuss the truce.", "2025-03-03"),
    ("in April", R, "The two sides agreed to meet in April.", "2026-04"),
    ("April 22-23", D(2021, 4, 21),
     "The leaders spoke about preparations for the April 22-23 summit on trade.",
     "2021-04-22/2021-04-23"),
    # leap days and weekdays pick the year
    ("February 29", D(2025, 3, 1), "The vote will be held on February 29.", "2028-02-29"),
    ("February 29", D(2025, 3, 1), "The vote was held on February 29.", "2024-02-29"),
    ("Monday, November 24", D(2025, 11, 20), "", "2025-11-24"),
    # quarters, seasons, holidays, parts of months
    ("the fourth quarter", R, "Growth will slow in the fourth quarter.", "2025-Q4"),
    ("the third quarter", R, "Profits rose in the third quarter.", "2025-Q3"),
    ("the third quarter", R, "Profits will rise in the third quarter.", "2026-Q3"),
    ("the summer", R, "The treaty will be signed in the summer.", "2026-06/2026-08"),
    ("this winter", D(2026, 1, 15), "", "2025-12/2026-02"),
    ("last winter", D(2026, 1, 15), "", "2024-12/2025-02"),
    ("next spring", R, "", "2026-03/2026-05"),
    ("Christmas", R, "The deal should be done by Christmas.", "2025-12-25"),
    ("Thanksgiving", D(2025, 12, 1), "They met at Thanksgiving.", "2025-11-27"),
    ("mid-April", R, "The report is due in mid-April.", "2026-04"),
    ("the end of March", R, "Troops will leave by the end of March.", "2026-03"),
    ("the end of March", D(2026, 1, 10),
     "Arden pledged to cut its deficit in the 2026/27 fiscal year and to publish an audit by "
     "the end of March.", "2026-03"),
    ("the first week of April", R, "The talks will be held in the first week of April.",
     "2026-04-01/2026-04-07"),
    ("the first Tuesday in November", R, "The next vote will be on the first Tuesday in November.",
     "2026-11-03"),
]


@pytest.mark.parametrize("row", YEARLESS, ids=_id)
def test_a_date_without_a_year_is_the_nearest_occurrence_the_tense_allows(row):
    _check(*row)


WEEKDAYS = [
    ("Monday", R, SEED_MONDAY, "2025-11-24"),  # past tense, and the reference is a Monday
    ("Monday", R, "The envoys will meet on Monday.", "2025-12-01"),
    ("Friday", R, "The two sides met on Friday.", "2025-11-21"),
    ("Friday", R, "The two sides will meet on Friday.", "2025-11-28"),
    ("Friday", R, "", "2025-11-28"),
    ("next Monday", R, "", "2025-12-01"),
    ("this Thursday", R, "", "2025-11-27"),
    ("last Friday", R, "", "2025-11-21"),
    ("Friday", D(2025, 12, 1), "The talks ended on Friday.", "2025-11-28"),
    ("Tuesday", D(2025, 12, 31), "The ministers will meet on Tuesday.", "2026-01-06"),
    ("Thursday", D(2024, 2, 27), "Voting will take place on Thursday.", "2024-02-29"),
    ("Monday morning", R, "He will fly out Monday morning.", "2025-12-01"),
    # a weekday with its date in brackets is that date, even one the weekday alone would not be
    ("Monday (24 November)", R, "She is travelling from Monday (24 November).", "2025-11-24"),
    ("Wednesday (Nov. 26)", R, "On Wednesday (Nov. 26), she will fly on.", "2025-11-26"),
    ("Monday (24 November) to Thursday (27 November)", R, "", "2025-11-24/2025-11-27"),
    ("Monday next week", D(2025, 11, 26), "", "2025-12-01"),
    ("Monday to Wednesday", R, "The talks will run Monday to Wednesday.", "2025-12-01/2025-12-03"),
    ("Sunday", D(2025, 11, 30), "The vote is on Sunday.", "2025-11-30"),
    # the reference's own weekday is the reference unless the future is plain ("will")
    ("Friday", D(2026, 1, 9), "The council voted overwhelmingly Friday to approve the plan.",
     "2026-01-09"),
    ("Friday", D(2026, 1, 9), "Three ministers voted to back the bill Friday.", "2026-01-09"),
    # a day of the month alone is in the report's month, or the next or last as the tense says
    ("the 21st", R, "The first round will be held in Tarn on the 21st.", "2025-12-21"),
    ("the 27th", R, "The first round will be held in Tarn on the 27th.", "2025-11-27"),
    ("the 3rd", R, "The talks will resume on the 3rd.", "2025-12-03"),
    ("the 5th", R, "The ministers met on the 5th.", "2025-11-05"),
    ("the 28th", R, "The ministers met on the 28th.", "2025-10-28"),
    # a day the report's month lacks is the nearest month's that has it
    ("the 31st", R, "The ministers met on the 31st.", "2025-10-31"),
    ("the 31st", R, "The ministers will meet on the 31st.", "2025-12-31"),
]


@pytest.mark.parametrize("row", WEEKDAYS, ids=_id)
def test_a_weekday_is_the_one_before_or_after_the_reference_by_tense(row):
    _check(*row)


RELATIVE = [
    ("today", R, "", "2025-11-24"),
    ("tonight", R, "", "2025-11-24"),
    ("tomorrow", D(2025, 12, 31), "", "2026-01-01"),
    ("yesterday", D(2024, 3, 1), "", "2024-02-29"),
    ("last night", R, "", "2025-11-23"),
    ("the day after tomorrow", R, "", "2025-11-26"),
    ("now", R, "", "2025-11-24"),
    # weeks are Monday to Sunday, as day intervals
    ("next week", R, "", "2025-12-01/2025-12-07"),
    ("next week", D(2025, 12, 31), "", "2026-01-05/2026-01-11"),
    ("this week", D(2026, 1, 2), "", "2025-12-29/2026-01-04"),
    ("last week", D(2026, 1, 2), "", "2025-12-22/2025-12-28"),
    ("early next week", R, "", "2025-12-01/2025-12-03"),
    ("this weekend", R, "", "2025-11-29/2025-11-30"),
    # months, quarters, years
    ("next month", D(2025, 12, 10), "", "2026-01"),
    ("this month", R, "", "2025-11"),
    ("last month", D(2026, 1, 5), "", "2025-12"),
    ("later this month", R, "", "2025-11"),
    ("later this month", R, "The summit opens in April 2026 with more talks later this month.",
     "2026-04"),
    ("later this month", R, "The council meets in April 2026, and a forum will be held later "
     "this month.", "2025-11"),  # another clause's month: this month is the reference's
    ("next quarter", R, "", "2026-Q1"),
    ("next year", R, "", "2026"),
    ("this year", R, "", "2025"),
    ("last year", D(2026, 1, 2), "", "2025"),
    ("the year after next", R, "", "2027"),
    ("later this year", R, "", "2025"),
    ("later in the year", R, SEED_MONDAY, "2026"),  # the anchor: "April 2026"
    ("early next year", R, "", "2026-H1"),
    ("late next year", R, "", "2026-H2"),
    # the end of a year is its last month
    ("by the end of the year", R, "", "2025-12"),
    ("by the end of the year", R, "In 2019, the plan was to finish by the end of the year.",
     "2019-12"),
    ("the end of the year", R, "The committee will meet in March 2026, and the minister "
     "will visit before the end of the year.", "2025-12"),  # another clause's year
    ("the end of next year", R, "", "2026-12"),
    ("the end of year", R, "The plant will open by the end of year.", "2025-12"),
    ("the end of year", D(2026, 3, 20), "Prices peaked by the end of year.", "2025-12"),
    # a fiscal year is named by the calendar year it is counted in
    ("this fiscal year", R, "The agency must trim its budget this fiscal year.", "2025"),
    ("the fiscal year", R, "Earnings will fall for the fiscal year.", "2025"),
    ("next financial year", R, "", "2026"),
    ("year-end", R, "", "2025-12"),
    ("the first half of the year", R, "In 2024, prices rose in the first half of the year.",
     "2024-H1"),
    ("the following year", R, "The treaty was signed in 2019 and ratified the following year.",
     "2020"),
]


@pytest.mark.parametrize("row", RELATIVE, ids=_id)
def test_relative_words_count_from_the_reference_or_from_the_anchor(row):
    _check(*row)


COUNTED = [
    # backwards: "ago", "earlier"
    ("three weeks earlier", R, SEED_BUSAN, "2025-11-03"),
    ("two days ago", D(2024, 3, 1), "", "2024-02-28"),
    ("a week ago", D(2026, 1, 2), "", "2025-12-26"),
    ("a year ago", R, "", "2024"),
    ("six months ago", D(2026, 1, 2), "", "2025-07"),
    # forwards: "later", "in", "within", "for", "a period of"
    ("three days later", R, "", "2025-11-27"),
    ("in two weeks", R, "", "2025-12-08"),
    ("within 90 days", R, "", "2026-02-22"),
    ("within ninety days", R, "", "2026-02-22"),
    ("for 90 days", R, "", "2026-02-22"),
    ("an initial period of 90 days", R, SEED_TARIFF, "2026-02-22"),
    ("in twenty-one days", R, "", "2025-12-15"),
    ("in three months", R, "", "2026-02"),  # at the unit's precision
    ("in a year's time", R, "", "2026"),
    ("in two years", R, "The first phase will be completed in two years.", "2027"),
    ("within 30 business days", R, "", "2026-01-05"),
    # spans from the reference
    ("the past 90 days", R, "", "2025-08-26/2025-11-24"),
    ("the next five years", R, "", "2025/2030"),
]


@pytest.mark.parametrize("row", COUNTED, ids=_id)
def test_a_counted_span_goes_backwards_for_ago_and_earlier_and_forwards_otherwise(row):
    _check(*row)


NO_DATE = [
    ("soon", R, "", None),
    ("in the coming weeks", R, "", None),
    ("in the coming months", R, "", None),
    ("in the weeks and months ahead", R, "", None),
    ("upcoming", R, "", None),
    ("recently", R, "", None),
    ("a few days ago", R, "", None),
    ("that year", R, "", None),  # nothing to refer back to
    # a first or a record "in eight years" measures the years up to now
    ("in eight years", R, "It is the first visit by a Sorland leader to Arden in eight years.",
     None),
    ("in 40 years", R, "The region suffered its worst drought in 40 years.", None),
    ("90 days", R, "", None),  # a duration, not a date
    ("", R, "", None),
    ("the Trade Act", R, "", None),
]


@pytest.mark.parametrize("row", NO_DATE, ids=_id)
def test_vague_or_unresolvable_words_give_no_date(row):
    _check(*row)


def test_typographic_punctuation_around_an_expression_is_ignored():
    assert normalize("“March 20–22,”", D(2023, 3, 1)) == "2023-03-20/2023-03-22"
    assert normalize("  in   April\n2026. ", R) == "2026-04"


FIND = [
    # a day of the month, but no ordinal of a thing
    ("The first round will be held in Tarn on the 21st, according to the ministry.",
     ["the 21st"]),
    ("It is the challenge of the 21st century.", []),
    ("The 17th meeting was held in Tarn.", []),
    # the seed article
    ("President Donald Trump will travel to China in April 2026 following a wide-ranging call "
     "with President Xi Jinping", ["April 2026"]),
    (SEED_MONDAY, ["Monday", "April 2026", "later in the year"]),
    ("The Parties commit to take the following actions by May 14, 2025", ["May 14, 2025"]),
    (SEED_TARIFF, ["an initial period of 90 days"]),
    (SEED_BUSAN, ["three weeks earlier"]),
    ("The invitation sets the stage for a full year of high-stakes diplomacy ahead of the 2026 "
     "electoral cycle in the United States.", ["2026"]),
    ("“Everybody inside feels optimistic about what trans-pired yesterday in Geneva,” she said.",
     ["yesterday"]),
    # ranges, years, relative and vague words
    ("The summit will be held March 20–22 in Geneva and a follow-up on 20-22 March 2026.",
     ["March 20–22", "20-22 March 2026"]),
    ("Elections are due in 2024, by 2027 or since 2019, and the 2026 elections matter.",
     ["2024", "2027", "2019", "2026"]),
    ("Officials will meet next week and again in the coming weeks, and a deal could come soon.",
     ["next week", "the coming weeks", "soon"]),
    ("Sales fell in the third quarter, and Q4 2025 looks better than 2024-25.",
     ["the third quarter", "Q4 2025", "2024-25"]),
    ("Prices rose between June and August and in late October and early November.",
     ["June and August", "late October and early November"]),
    ("The ceasefire took effect on 3 March and will last for 30 days, or within 90 days at most.",
     ["3 March", "for 30 days", "within 90 days"]),
    ("The envoys met for the first time in eight years, the lowest point in a decade.", []),
    ("It was the first visit by a Japanese foreign minister in five years.", []),
    ("The task force is to present its first operational plan within 60 days.",
     ["within 60 days"]),
    ("The first round will start in two weeks and the second in six months.",
     ["in two weeks", "in six months"]),
    ("It was signed on Dec. 1, 2022, two days ago by some counts and a week ago by others.",
     ["Dec. 1, 2022", "two days ago", "a week ago"]),
    ("The visit is planned for spring 2026 or early 2027, mid-2026 at the earliest.",
     ["spring 2026", "early 2027", "mid-2026"]),
    ("They will meet on Monday and Tuesday next week, and again in the week of March 3.",
     ["Monday and Tuesday next week", "the week of March 3"]),
    ("Security Council Resolution 2231 (2015) is to be replaced by the end of the year.",
     ["2015", "the end of the year"]),
    ("The agency must cut $6 million from its budget this fiscal year and more by end of year.",
     ["this fiscal year", "end of year"]),
    ("In the 1990s turnout was higher than in the mid-2000s, the report dated 12/01/2022 said.",
     ["the 1990s", "the mid-2000s", "12/01/2022"]),
    ("Trump said he would visit in April and that Xi could come later this year or early next "
     "year.", ["April", "later this year", "early next year"]),
    ("The ministers left the decision to a December meeting, before an August deadline.",
     ["December", "August"]),
    ("The June summit was calm; the March for Life went ahead and a May order was cancelled.",
     ["May"]),
    # names that look like dates
    ("He arrived at Mar-a-Lago on Friday; it may rain in May, Theresa May said.",
     ["Friday", "May"]),
    ("The Sunday Times reported that Black Friday sales fell on Good Friday.", ["Good Friday"]),
    ("After the fall of Kabul and the fall in oil prices, the Arab Spring began in the spring "
     "of 2011.", ["the spring of 2011"]),
    # numbers that are not dates
    ("The deal covers $3.2 billion in goods and 99 percent of tariff lines under Executive "
     "Order 14259.", []),
    ("Leaders met at the G20 as 1,000 troops deployed under Section 301 of the Trade Act.", []),
    ("A total of 2000 people attended and 2019 soldiers were deployed at 1900 GMT.", []),
    ("The plant produces 2030 megawatts, up 5 percent, or 12 million tonnes in all.", []),
    ("Version 3.1.2 of the model scored 24/7 on page 12 of the report.", []),
    ("The exchange followed a phone call between the two leaders.", []),
    ("He may march on the capital.", []),
    # a date in brackets after its weekday is one expression with it
    ("She travels from Monday (24 November) to Thursday (27 November).",
     ["Monday (24 November) to Thursday (27 November)"]),
    ("On Wednesday (26 November), she flies to Manila.", ["Wednesday (26 November)"]),
    # a wire's time stamp writes its month in capitals; words in capitals stay words
    ("12 MAR 2026, 18:40", ["12 MAR 2026"]),
    ("UPDATED MARCH 12, 2026", ["MARCH 12, 2026"]),
    ("THE PRESIDENT MAY VISIT IN MAY 2026", ["MAY 2026"]),
    # a comparison, not a day counted back
    ("The plant will close in 2036, eight years earlier than planned.", ["2036"]),
    ("The ship docked two days later than expected, and three weeks later it left.",
     ["three weeks later"]),
]


def _spans(sentence: str, texts: list[str]) -> list[tuple[int, int, str]]:
    spans, pos = [], 0
    for text in texts:
        start = sentence.index(text, pos)
        spans.append((start, start + len(text), text))
        pos = start + len(text)
    return spans


@pytest.mark.parametrize(("sentence", "texts"), FIND, ids=[s[:40] for s, _ in FIND])
def test_find_expressions_gives_the_spans_of_dates_and_never_plain_numbers(sentence, texts):
    assert find_expressions(sentence) == _spans(sentence, texts)


@pytest.mark.parametrize(("sentence", "texts"), FIND, ids=[s[:40] for s, _ in FIND])
def test_every_expression_found_normalizes_in_its_sentence_to_a_valid_value_or_none(
    sentence, texts
):
    for _, _, text in find_expressions(sentence):
        value = normalize(text, R, sentence)
        if value is not None:
            parse_when(value)
    assert [t for t in texts if normalize(t, R, sentence) is None] == [
        t for t in texts if t in ("the coming weeks", "soon")
    ]


# Expressions `find_expressions` gives in part or not at all ("now" is too common a word).
FOUND_AS = {"the 2026 electoral cycle": "2026", "now": None}


def _in_a_sentence(expression: str) -> str:
    if expression.split()[0] not in ("by", "in", "on"):
        expression = f"during {expression}"  # a bare year, month or season needs a preposition
    return f"Officials said on the record that it happened {expression}, they said."


def test_each_expression_of_the_tables_is_found_whole_inside_a_sentence():
    for expression, *_ in ABSOLUTE + YEARLESS + WEEKDAYS + RELATIVE + COUNTED:
        # a leading preposition is left out, unless it changes the value ("in two weeks")
        text = FOUND_AS.get(expression, re.sub(
            r"^(?:by|on|from|between|in(?! (?:two|three|a|twenty)\b)) ", "", expression))
        found = [t for _, _, t in find_expressions(_in_a_sentence(expression))]
        assert found == ([text] if text else []), expression


def test_trying_only_words_near_a_trigger_finds_what_the_whole_pattern_finds(monkeypatch):
    sentences = [s for s, _ in FIND] + [
        _in_a_sentence(row[0] or "-")
        for row in ABSOLUTE + YEARLESS + WEEKDAYS + RELATIVE + COUNTED + NO_DATE
    ]
    fast = [find_expressions(s) for s in sentences]
    everything = rules.compile_find(tuple(name for name, kind, _ in rules.RULES
                                           if kind != "N"))
    monkeypatch.setattr(finder, "pattern_for", lambda token: everything)
    monkeypatch.setattr(finder, "is_trigger", lambda token: True)
    monkeypatch.setattr(finder, "may_hold_trigger", lambda sentence: True)
    assert [find_expressions(s) for s in sentences] == fast


@pytest.mark.parametrize(
    ("when", "past"),
    [
        ("2025-10", True),
        ("2025-11", False),  # not over until the end of the month
        ("2025-11-23", True),
        ("2025-11-24", False),
        ("2025-11-20/2025-11-24", False),
        ("2025-11-10/2025-11-23", True),
        ("2025-Q3", True),
        ("2025-H2", False),
        ("2024", True),
        ("2026-04", False),
    ],
)
def test_is_past_only_when_the_value_ends_before_the_reference(when, past):
    assert is_past(when, R) is past


def test_is_past_refuses_a_value_that_is_not_a_when():
    with pytest.raises(ValueError):
        is_past("April 2026", R)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks resumed.",
        "The talks resume next week.",
        "The envoy arrives in May.",
        "We may meet soon.",
        "The vote is on Monday, not monday.",
        "The fleet sailed in the ’90s.",
        "A site of 40 km² was cleared.",
        "Phase 2 begins; Q3 follows.",
        "Yesterday the ministers met.",
        "They spoke of TODAY and of tomorrow.",
        "Ministers met to discuss trade.",
        "",
    ],
)
def test_a_sentence_holds_a_trigger_when_one_of_its_tokens_is_one(sentence):
    tokens = rules.TOKEN_RX.findall(sentence)
    assert rules.may_hold_trigger(sentence) == any(map(rules.is_trigger, tokens))
