"""The briefing model (schema `briefgen/1`) and its validation from parsed YAML.

The field names are a contract shared with the extractor, reviewers, renderers and the
evaluation tools; see the project's design notes. Values are frozen dataclasses so that
rendering is a pure function of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefgen.schema import (
    Field,
    Reader,
    enum,
    iso_date,
    list_of,
    one_line,
    record_of,
    shown,
    slug,
    text,
)
from briefgen.when import When, parse_when
from briefgen.yamldoc import Document, Path

SCHEMA = "briefgen/1"
BRIEFING_STATUSES = ("draft", "reviewed")
AGREEMENT_STATUSES = ("proposed", "exploring", "pledged", "agreed", "signed", "in-force")
EVENT_KINDS = (
    "visit", "state-visit", "summit", "meeting", "talks", "call", "election", "deadline", "other",
)


@dataclass(frozen=True)
class Source:
    path: str | None = None
    sha256: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Agreement:
    what: str
    parties: tuple[str, ...] = ()
    status: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class OpenIssue:
    topic: str
    what: str | None = None
    parties: tuple[str, ...] = ()
    evidence: str | None = None


@dataclass(frozen=True)
class Upcoming:
    what: str
    kind: str = "other"
    who: tuple[str, ...] = ()
    host: str | None = None
    where: str | None = None
    when: When | None = None
    when_text: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class Briefing:
    slug: str
    file: str
    title: str
    date: dt.date
    summary: str
    status: str = "draft"
    dek: str | None = None
    source: Source = Source()
    tags: tuple[str, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    open_issues: tuple[OpenIssue, ...] = ()
    upcoming: tuple[Upcoming, ...] = ()
    people: tuple[Person, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


def _when(reader: Reader, path: Path, value: object) -> When:
    written = str(value).strip()
    if isinstance(value, bool) or not isinstance(value, str | int) or len(written) > 50:
        return reader.fail(path, f"expected a date like 2026-04-02, 2026-04, 2026-Q2, 2026-H1, "
                           f"2026 or 2023-03-20/2023-03-22, got {shown(value)}")
    try:
        when = parse_when(written)
    except ValueError as exc:
        message = str(exc)  # names the value, except for a year out of range ("0000")
        return reader.fail(path, message if repr(written) in message
                           else f"{written!r} is not a real date")
    if when.last.year >= dt.MAXYEAR:  # no day after it: calendars could not end the event
        return reader.fail(path, f"{written!r} is too far in the future")
    return when


def _schema_version(reader: Reader, path: Path, value: object) -> str:
    if value != SCHEMA:
        return reader.fail(path, f"unknown schema {shown(value)} (this briefgen reads {SCHEMA})")
    return value


_names = list_of(one_line)
_evidence = Field(text)

SOURCE = {
    "path": Field(one_line), "sha256": Field(one_line),
    "url": Field(one_line), "publisher": Field(one_line),
}
AGREEMENT = {
    "what": Field(one_line, required=True), "parties": Field(_names, default=()),
    "status": Field(enum(*AGREEMENT_STATUSES)), "evidence": _evidence,
}
OPEN_ISSUE = {
    "topic": Field(one_line, required=True), "what": Field(one_line),
    "parties": Field(_names, default=()), "evidence": _evidence,
}
UPCOMING = {
    "what": Field(one_line, required=True), "kind": Field(enum(*EVENT_KINDS), default="other"),
    "who": Field(_names, default=()), "host": Field(one_line), "where": Field(one_line),
    "when": Field(_when), "when_text": Field(one_line), "evidence": _evidence,
}
PERSON = {"name": Field(one_line, required=True), "role": Field(one_line)}
QUOTE = {"text": Field(text, required=True), "speaker": Field(one_line), "evidence": _evidence}
BRIEFING = {
    "schema": Field(_schema_version, required=True),
    "title": Field(one_line, required=True),
    "dek": Field(text),
    "date": Field(iso_date, required=True),
    "status": Field(enum(*BRIEFING_STATUSES), default="draft"),
    "source": Field(record_of(Source, SOURCE), default=Source()),
    "tags": Field(list_of(slug), default=()),
    "summary": Field(text, required=True),
    "agreements": Field(list_of(record_of(Agreement, AGREEMENT)), default=()),
    "open_issues": Field(list_of(record_of(OpenIssue, OPEN_ISSUE)), default=()),
    "upcoming": Field(list_of(record_of(Upcoming, UPCOMING)), default=()),
    "people": Field(list_of(record_of(Person, PERSON)), default=()),
    "quotes": Field(list_of(record_of(Quote, QUOTE)), default=()),
}


def briefing_from_document(doc: Document, slug: str) -> Briefing:
    """Validate a parsed briefing file; raise `BriefgenError` with every problem in it."""
    reader = Reader(doc)
    if isinstance(doc.data, dict) and "schema" in doc.data:
        _schema_version(reader, ("schema",), doc.data["schema"])
        reader.raise_problems()  # another schema's fields would only add noise
    values = reader.record((), doc.data, BRIEFING)
    reader.raise_problems()
    del values["schema"]
    return Briefing(slug=slug, file=doc.file, **values)
