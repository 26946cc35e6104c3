"""The briefing model: every rule of `briefgen/1`, and the exact line a person is shown."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefgen.errors import BriefgenError
from briefgen.model import (
    Agreement,
    Briefing,
    OpenIssue,
    Person,
    Quote,
    Source,
    Upcoming,
    briefing_from_document,
)
from briefgen.when import parse_when
from briefgen.yamldoc import parse

FILE = "content/briefings/x.yaml"
MINIMAL = """\
schema: briefgen/1
title: Talks in Geneva
date: 2025-11-24
summary: The two sides met in Geneva.
"""
TOP_FIELDS = ("schema, title, dek, date, status, source, tags, summary, agreements, "
              "open_issues, upcoming, people, quotes")
UPCOMING_FIELDS = "what, kind, who, host, where, when, when_text, evidence"


def changed(old: str, new: str) -> str:
    """The minimal briefing with one line replaced (or removed, when `new` is empty)."""
    assert old in MINIMAL
    return MINIMAL.replace(old + "\n", new + "\n" if new else "")


def added(block: str) -> str:
    """The minimal briefing with a block appended from line 5 on."""
    return MINIMAL + block


def upcoming(field: str) -> str:
    """One upcoming event (lines 5-6) with one extra field on line 7."""
    return added(f"upcoming:\n  - what: Visit to Beijing\n    {field}\n")


def load(text: str) -> Briefing:
    return briefing_from_document(parse(text, FILE), slug="x")


def errors_of(text: str) -> list[str]:
    with pytest.raises(BriefgenError) as caught:
        load(text)
    return [str(p) for p in caught.value.problems]


def test_the_minimal_briefing_of_these_tests_is_valid():
    assert load(MINIMAL).title == "Talks in Geneva"


ERRORS = [
    # unknown keys
    pytest.param(added("colour: red\n"),
                 [f"{FILE}:5: colour: unknown field (expected one of: {TOP_FIELDS})"],
                 id="unknown-key-top-level"),
    pytest.param(upcoming("colour: red"),
                 [f"{FILE}:7: upcoming[0].colour: unknown field "
                  f"(expected one of: {UPCOMING_FIELDS})"],
                 id="unknown-key-in-a-list-item"),
    pytest.param(added("source:\n  path: seeds/a.txt\n  file: seeds/a.txt\n"),
                 [f"{FILE}:7: source.file: unknown field "
                  "(expected one of: path, sha256, url, publisher)"],
                 id="unknown-key-in-a-mapping"),
    # wrong types
    pytest.param(added("tags: trade\n"), [f"{FILE}:5: tags: expected a list, got text"],
                 id="text-where-a-list-belongs"),
    pytest.param(upcoming("who: Donald Trump"),
                 [f"{FILE}:7: upcoming[0].who: expected a list, got text"],
                 id="text-where-a-nested-list-belongs"),
    pytest.param("- Talks in Geneva\n- 2025-11-24\n", [f"{FILE}:1: expected a mapping, got a list"],
                 id="list-at-the-document-root"),
    pytest.param("Talks in Geneva\n", [f"{FILE}:1: expected a mapping, got text"],
                 id="text-at-the-document-root"),
    pytest.param(changed("title: Talks in Geneva", "title:\n  en: Talks in Geneva"),
                 [f"{FILE}:2: title: expected text, got a mapping"],
                 id="mapping-where-text-belongs"),
    pytest.param(changed("title: Talks in Geneva", "title: [Talks, Geneva]"),
                 [f"{FILE}:2: title: expected text, got a list"],
                 id="list-where-text-belongs"),
    pytest.param(changed("title: Talks in Geneva", "title: yes"),
                 [f"{FILE}:2: title: expected text, got true/false"],
                 id="yaml-boolean-where-text-belongs"),
    pytest.param(added("agreements: 3\n"), [f"{FILE}:5: agreements: expected a list, got a number"],
                 id="number-where-a-list-belongs"),
    pytest.param(added("source: seeds/a.txt\n"),
                 [f"{FILE}:5: source: expected a mapping, got text"],
                 id="text-where-a-mapping-belongs"),
    pytest.param(added("upcoming:\n  - Visit to Beijing\n"),
                 [f"{FILE}:6: upcoming[0]: expected a mapping, got text"],
                 id="text-where-a-list-item-mapping-belongs"),
    pytest.param(changed("title: Talks in Geneva", "title: |\n  Talks\n  in Geneva"),
                 [f"{FILE}:2: title: must be one line"],
                 id="two-lines-where-one-line-belongs"),
    # dates
    pytest.param(changed("date: 2025-11-24", "date: 2025-02-30"),
                 [f"{FILE}:3: date: 2025-02-30 is not a real date"],
                 id="impossible-date"),
    pytest.param(changed("date: 2025-11-24", "date: 24/11/2025"),
                 [f"{FILE}:3: date: expected a date YYYY-MM-DD, got '24/11/2025'"],
                 id="malformed-date"),
    pytest.param(changed("date: 2025-11-24", "date: 2025-11"),
                 [f"{FILE}:3: date: expected a date YYYY-MM-DD, got '2025-11'"],
                 id="partial-date"),
    pytest.param(changed("date: 2025-11-24", "date: 2025-11-24 10:00:00"),
                 [f"{FILE}:3: date: expected a date YYYY-MM-DD, got '2025-11-24 10:00:00'"],
                 id="date-and-time"),
    pytest.param(changed("date: 2025-11-24", "date: 20251124"),
                 [f"{FILE}:3: date: expected a date YYYY-MM-DD, got 20251124"],
                 id="number-as-date"),
    # `when`
    pytest.param(upcoming("when: 2026-13"),
                 [f"{FILE}:7: upcoming[0].when: '2026-13' is not a real date"],
                 id="when-month-13"),
    pytest.param(upcoming("when: 2026-04-31"),
                 [f"{FILE}:7: upcoming[0].when: '2026-04-31' is not a real date"],
                 id="when-31-april"),
    pytest.param(upcoming("when: 2026-Q5"),
                 [f"{FILE}:7: upcoming[0].when: '2026-Q5' is not a date of the form "
                  "YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, "
                  "or an interval START/END of two of them (2023-03-20/2023-03-22)"],
                 id="when-quarter-5"),
    pytest.param(upcoming("when: soon"),
                 [f"{FILE}:7: upcoming[0].when: 'soon' is not a date of the form "
                  "YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, "
                  "or an interval START/END of two of them (2023-03-20/2023-03-22)"],
                 id="when-words"),
    pytest.param(upcoming("when: 2026-05/2026-04"),
                 [f"{FILE}:7: upcoming[0].when: '2026-05/2026-04' ends before it starts"],
                 id="when-interval-ending-before-it-starts"),
    pytest.param(upcoming("when: 2026/2027/2028"),
                 [f"{FILE}:7: upcoming[0].when: '2026/2027/2028' has more than two parts"],
                 id="when-three-parts"),
    pytest.param(upcoming("when: [2026]"),
                 [f"{FILE}:7: upcoming[0].when: expected a date like 2026-04-02, 2026-04, "
                  "2026-Q2, 2026-H1, 2026 or 2023-03-20/2023-03-22, "
                  "got [2026]"],
                 id="when-list"),
    # enums
    pytest.param(added("status: published\n"),
                 [f"{FILE}:5: status: 'published' is not one of: draft, reviewed"],
                 id="unknown-status"),
    pytest.param(added("status: [draft]\n"),
                 [f"{FILE}:5: status: expected one of: draft, reviewed; got a list"],
                 id="status-as-a-list"),
    pytest.param(changed("schema: briefgen/1", "schema: briefgen/2") + "colour: red\n",
                 [f"{FILE}:1: schema: unknown schema 'briefgen/2' "
                  "(this briefgen reads briefgen/1)"],
                 id="another-schema-is-not-checked-further"),
    pytest.param(added("agreements:\n  - what: Trade truce\n    status: done\n"),
                 [f"{FILE}:7: agreements[0].status: 'done' is not one of: "
                  "proposed, exploring, pledged, agreed, signed, in-force"],
                 id="unknown-agreement-status"),
    pytest.param(upcoming("kind: party"),
                 [f"{FILE}:7: upcoming[0].kind: 'party' is not one of: visit, state-visit, "
                  "summit, meeting, talks, call, election, deadline, other"],
                 id="unknown-upcoming-kind"),
    pytest.param(upcoming("kind: Visit"),
                 [f"{FILE}:7: upcoming[0].kind: 'Visit' is not one of: visit, state-visit, "
                  "summit, meeting, talks, call, election, deadline, other"],
                 id="enum-values-are-case-sensitive"),
    # required fields
    pytest.param(changed("title: Talks in Geneva", ""),
                 [f"{FILE}:1: title: this required field is missing"], id="missing-title"),
    pytest.param(changed("title: Talks in Geneva", "title:"),
                 [f"{FILE}:2: title: this required field is empty"], id="empty-title"),
    pytest.param(changed("title: Talks in Geneva", "title: '  '"),
                 [f"{FILE}:2: title: must not be empty"], id="blank-title"),
    pytest.param(changed("summary: The two sides met in Geneva.", ""),
                 [f"{FILE}:1: summary: this required field is missing"], id="missing-summary"),
    pytest.param(changed("schema: briefgen/1", ""),
                 [f"{FILE}:1: schema: this required field is missing"], id="missing-schema"),
    pytest.param(changed("schema: briefgen/1", "schema: briefgen/2"),
                 [f"{FILE}:1: schema: unknown schema 'briefgen/2' "
                  "(this briefgen reads briefgen/1)"],
                 id="unknown-schema-version"),
    pytest.param(added("upcoming:\n  - kind: visit\n"),
                 [f"{FILE}:6: upcoming[0].what: this required field is missing"],
                 id="missing-required-field-of-a-list-item"),
    # tags
    pytest.param(added("tags: [trade, Trade, us china, us_china, -trade]\n"),
                 [f"{FILE}:5: tags[1]: 'Trade' is not a slug (lowercase letters, digits, hyphens)",
                  f"{FILE}:5: tags[2]: 'us china' is not a slug "
                  "(lowercase letters, digits, hyphens)",
                  f"{FILE}:5: tags[3]: 'us_china' is not a slug "
                  "(lowercase letters, digits, hyphens)",
                  f"{FILE}:5: tags[4]: '-trade' is not a slug "
                  "(lowercase letters, digits, hyphens)"],
                 id="tags-that-are-not-slugs"),
]


@pytest.mark.parametrize(("text", "expected"), ERRORS)
def test_each_mistake_is_one_located_error(text, expected):
    assert errors_of(text) == expected


def test_several_errors_in_one_file_are_all_reported_sorted_by_line():
    text = (
        "schema: briefgen/1\n"        # 1  (title and summary are missing)
        "tags: [Bad]\n"               # 2
        "upcoming:\n"                 # 3
        "  - what: Visit\n"           # 4
        "    kind: party\n"           # 5
        "    when: soon\n"            # 6
        "date: 2025-02-30\n"          # 7
        "status: done\n"              # 8
        "colour: red\n"               # 9
    )
    errors = errors_of(text)
    assert [e.split(": ", 1)[0] for e in errors] == [
        f"{FILE}:{n}" for n in (1, 1, 2, 5, 6, 7, 8, 9)
    ]
    assert [e.split(": ")[1] for e in errors] == [
        "title", "summary", "tags[0]", "upcoming[0].kind", "upcoming[0].when", "date",
        "status", "colour",
    ]


def test_a_minimal_briefing_gets_the_defaults():
    briefing = load(MINIMAL)
    assert briefing == Briefing(
        slug="x",
        file=FILE,
        title="Talks in Geneva",
        date=dt.date(2025, 11, 24),
        summary="The two sides met in Geneva.",
        status="draft",
        dek=None,
        source=Source(),
        tags=(),
        agreements=(),
        open_issues=(),
        upcoming=(),
        people=(),
        quotes=(),
    )
    assert briefing.is_draft


def test_empty_lists_and_empty_values_mean_the_default():
    briefing = load(added("status:\ntags:\nagreements: []\nsource:\nupcoming:\n  - what: Visit\n"))
    assert (briefing.status, briefing.tags, briefing.agreements, briefing.source) == (
        "draft", (), (), Source())
    assert briefing.upcoming == (Upcoming(what="Visit", kind="other"),)


def test_every_field_becomes_a_frozen_value():
    text = added(
        "dek: A call on Ukraine and trade\n"
        "status: reviewed\n"
        "source:\n"
        "  path: seeds/a.txt\n"
        "  sha256: abc123\n"
        "  url: https://example.org/a\n"
        "  publisher: Example News\n"
        "tags: [trade, us-china, g7]\n"
        "agreements:\n"
        "  - what: Trade truce\n"
        "    parties: [China, United States]\n"
        "    status: in-force\n"
        "    evidence: They agreed a truce.\n"
        "open_issues:\n"
        "  - topic: Taiwan\n"
        "    what: Unresolved\n"
        "    parties: [China]\n"
        "upcoming:\n"
        "  - what: Visit to Beijing\n"
        "    kind: state-visit\n"
        "    who: [Donald Trump]\n"
        "    host: Xi Jinping\n"
        "    where: Beijing, China\n"
        "    when: 2026-04\n"
        "    when_text: April 2026\n"
        "  - what: Summit\n"
        "    when: 2023-03-20/2023-03-22\n"
        "  - what: Elections\n"
        "    kind: election\n"
        "    when: 2026\n"
        "people:\n"
        "  - name: Karoline Leavitt\n"
        "    role: White House Press Secretary\n"
        "quotes:\n"
        "  - text: very good\n"
        "    speaker: Donald Trump\n"
    )
    briefing = load(text)
    assert not briefing.is_draft
    assert briefing.dek == "A call on Ukraine and trade"
    assert briefing.source == Source("seeds/a.txt", "abc123", "https://example.org/a",
                                     "Example News")
    assert briefing.tags == ("trade", "us-china", "g7")
    assert briefing.agreements == (
        Agreement("Trade truce", ("China", "United States"), "in-force", "They agreed a truce."),
    )
    assert briefing.open_issues == (OpenIssue("Taiwan", "Unresolved", ("China",)),)
    assert briefing.upcoming == (
        Upcoming("Visit to Beijing", "state-visit", ("Donald Trump",), "Xi Jinping",
                 "Beijing, China", parse_when("2026-04"), "April 2026"),
        Upcoming("Summit", when=parse_when("2023-03-20/2023-03-22")),
        Upcoming("Elections", "election", when=parse_when("2026")),
    )
    assert briefing.upcoming[0].when.first == dt.date(2026, 4, 1)
    assert briefing.upcoming[0].when.last == dt.date(2026, 4, 30)
    assert briefing.people == (Person("Karoline Leavitt", "White House Press Secretary"),)
    assert briefing.quotes == (Quote("very good", "Donald Trump"),)
    with pytest.raises(dataclasses.FrozenInstanceError):
        briefing.title = "Changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        briefing.upcoming[0].when = None  # type: ignore[misc]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("title: '  Talks in Geneva  '", "Talks in Geneva"),
        ("title: 2026", "2026"),
        ("title: 'Trump’s “new phase”'", "Trump’s “new phase”"),
    ],
)
def test_text_is_trimmed_and_numbers_are_read_as_their_text(line, title):
    assert load(changed("title: Talks in Geneva", line)).title == title


def test_a_quoted_date_is_accepted_like_a_plain_one():
    assert load(changed("date: 2025-11-24", "date: '2025-11-24'")).date == dt.date(2025, 11, 24)
