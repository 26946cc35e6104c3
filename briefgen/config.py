"""Site settings from `briefgen.yaml` at the project root; the file and every key are optional."""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass, field, replace
from pathlib import Path as FsPath

from briefgen.errors import BriefgenError, Problem
from briefgen.schema import (
    INVALID,
    Field,
    Reader,
    enum,
    list_of,
    matching,
    one_line,
    positive_int,
    record_of,
)
from briefgen.textfile import UNSEEN_CHARACTERS
from briefgen.yamldoc import Path, read_document

CONFIG_FILE = "briefgen.yaml"
PAGE_SIZES = ("A4", "Letter")
_LANGUAGE = re.compile(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*")


@dataclass(frozen=True)
class PdfSettings:
    page_size: str = "A4"
    marking: str | None = None


SECURITY = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class EmailSettings:
    """Where the daily PDF goes. The SMTP password is never here: BRIEFGEN_SMTP_PASSWORD."""

    sender: str | None = None
    recipients: tuple[str, ...] = ()
    recipients_file: str | None = None
    smtp_host: str = "localhost"
    smtp_port: int | None = None  # 587 for starttls, 465 for ssl, 25 for none
    security: str = "starttls"
    username: str | None = None


@dataclass(frozen=True)
class DeploySettings:
    remote: str = "origin"
    branch: str = "gh-pages"
    cname: str | None = None


@dataclass(frozen=True)
class Source:
    """A place `briefgen fetch` looks for new articles: a feed (RSS, Atom, JSON Feed) or a
    page, an article itself or a listing of links to articles (`kind`; "auto": told from the
    page). Keywords, when given, choose among its items by their titles and addresses."""

    name: str
    url: str
    publisher: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    kind: str = "auto"


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Daily Briefing"
    description: str = "Daily briefings on diplomacy, agreements and upcoming visits."
    base_url: str = "http://localhost:8000/"
    language: str = "en"
    organisation: str | None = None
    timezone: str = "UTC"
    pdf: PdfSettings = field(default_factory=PdfSettings)
    email: EmailSettings = field(default_factory=EmailSettings)
    deploy: DeploySettings = field(default_factory=DeploySettings)
    sources: tuple[Source, ...] = ()

    @property
    def base_path(self) -> str:
        """The path part of the base URL, always ending in "/": "/repo/" for a project site."""
        rest = self.base_url.split("://", 1)[-1]
        path = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
        return path if path.endswith("/") else path + "/"

    def with_base_url(self, url: str) -> SiteConfig:
        """This config with another base URL (`build --base-url`), refused as in the file."""
        if not BASE_URL.fullmatch(url.strip()):
            raise BriefgenError(Problem(f"--base-url: {url!r} is not {_BASE_URL_KIND}"))
        return replace(self, base_url=normalize_base_url(url))


def normalize_base_url(url: str) -> str:
    url = url.strip()
    return url if url.endswith("/") else url + "/"


#: http(s), a host name (and port), then a path of non-empty segments: no "//" in it, which
#: a browser would read as another host ("https://org.github.io//evil.example/"), no backslash,
#: which browsers read as "/", no "." or ".." segments, no query, fragment, spaces or
#: characters a reader cannot see.
BASE_URL = re.compile(r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?"
                      rf"(?:/(?!\.\.?(?:/|$))[^\s?#/\\{UNSEEN_CHARACTERS}]+)*/?")
_BASE_URL_KIND = "an http(s) URL like https://org.github.io/repo/"
_url = matching(BASE_URL, _BASE_URL_KIND)


def _base_url(reader: Reader, path: Path, value: object) -> str:
    url = _url(reader, path, value)
    return url if url is INVALID else normalize_base_url(url)


_language = matching(_LANGUAGE, "a language tag like en or en-GB")


def _timezone(reader: Reader, path: Path, value: object) -> str:
    name = one_line(reader, path, value)
    if name is INVALID:
        return name
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return reader.fail(path, f"{name!r} is not a known time zone like Europe/London")
    return name


#: One plain address: no display name, no list, no line break or other control character
#: (nothing to inject headers with).
_ADDRESS_PART = f"[^@\\s<>,;\"(){UNSEEN_CHARACTERS}]+"
EMAIL_ADDRESS = re.compile(f"{_ADDRESS_PART}@{_ADDRESS_PART}\\.{_ADDRESS_PART}")


_address = matching(EMAIL_ADDRESS, "an email address like name@example.org")


def _port(reader: Reader, path: Path, value: object) -> int:
    port = positive_int(reader, path, value)
    if port is not INVALID and port > 65535:
        return reader.fail(path, f"{port} is not a port number (1-65535)")
    return port


def _no_password(reader: Reader, path: Path, value: object) -> None:
    return reader.fail(path, "never put the SMTP password in a file; set BRIEFGEN_SMTP_PASSWORD")


PDF = {"page_size": Field(enum(*PAGE_SIZES), default="A4"), "marking": Field(one_line)}
EMAIL = {
    "sender": Field(_address),
    "recipients": Field(list_of(_address), default=()),
    "recipients_file": Field(one_line),
    "smtp_host": Field(one_line, default="localhost"),
    "smtp_port": Field(_port),
    "security": Field(enum(*SECURITY), default="starttls"),
    "username": Field(one_line),
    "password": Field(_no_password),
}
DEPLOY = {
    "remote": Field(one_line, default="origin"),
    "branch": Field(one_line, default="gh-pages"),
    "cname": Field(one_line),
}
#: A source's address: http(s) only, no spaces or characters a reader cannot see.
SOURCE_URL = re.compile(rf"https?://[^\s/?#{UNSEEN_CHARACTERS}]+(?:[/?#][^\s{UNSEEN_CHARACTERS}]*)?")
SOURCE_KINDS = ("auto", "listing", "article")
SOURCE = {
    "name": Field(one_line, required=True),
    "url": Field(matching(SOURCE_URL, "an http(s) URL of a feed or a page"), required=True),
    "publisher": Field(one_line),
    "include": Field(list_of(one_line), default=()),
    "exclude": Field(list_of(one_line), default=()),
    "kind": Field(enum(*SOURCE_KINDS), default="auto"),
}


def _email_settings(password: None = None, **values) -> EmailSettings:
    return EmailSettings(**values)


_DEFAULTS = SiteConfig()
CONFIG = {
    "title": Field(one_line, default=_DEFAULTS.title),
    "description": Field(one_line, default=_DEFAULTS.description),
    "base_url": Field(_base_url, default=_DEFAULTS.base_url),
    "language": Field(_language, default=_DEFAULTS.language),
    "organisation": Field(one_line),
    "timezone": Field(_timezone, default=_DEFAULTS.timezone),
    "pdf": Field(record_of(PdfSettings, PDF), default=PdfSettings()),
    "email": Field(record_of(_email_settings, EMAIL), default=EmailSettings()),
    "deploy": Field(record_of(DeploySettings, DEPLOY), default=DeploySettings()),
    "sources": Field(list_of(record_of(Source, SOURCE)), default=()),
}


def load_config(project: FsPath) -> SiteConfig:
    """Read `briefgen.yaml` from the project folder; defaults when it does not exist."""
    file = project / CONFIG_FILE
    if not file.exists():
        return SiteConfig()
    doc = read_document(file, CONFIG_FILE, empty_ok=True)
    reader = Reader(doc)
    values = reader.record((), doc.data, CONFIG)
    reader.raise_problems()
    return SiteConfig(**values)
