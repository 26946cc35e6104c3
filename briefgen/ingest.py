"""`briefgen ingest`: read an article, draft its briefing, write it where a person will review it.

The draft is validated like any briefing before it is written — its evidence checked
against the article — so what ingest writes always passes `briefgen check`. It never
overwrites a briefing (a person may have reviewed it) unless forced, and then the old file
stays whole until the new one is: a full disk or a read-only folder costs no reviewed work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from briefgen.atomic import write_whole
from briefgen.config import load_config
from briefgen.content import BRIEFINGS_DIR, check_evidence, file_slug
from briefgen.errors import BriefgenError, Problem
from briefgen.extract import dates
from briefgen.extract.article import Article, kind_of, parse_article
from briefgen.extract.draft import draft_briefing
from briefgen.model import briefing_from_document
from briefgen.scaffold import slugify
from briefgen.textfile import decode_text
from briefgen.yamldoc import parse

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
#: The most text, as a reader sees it, that one draft is made from. News articles, fact
#: sheets and long briefing transcripts hold well under 200,000 characters; beyond 500,000
#: (some 80,000 words) a text is a collection to split, and drafting it would take seconds
#: per 100,000 characters for a draft no reviewer could read through.
MAX_ARTICLE_CHARS = 500_000
SEEDS_DIR = Path("seeds")


@dataclass(frozen=True)
class IngestOptions:
    date: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    output: str | None = None  # a file, "-" for standard output, None for content/briefings/
    force: bool = False


@dataclass(frozen=True)
class IngestResult:
    yaml: str
    target: Path | None  # None when written to standard output
    counts: dict[str, int]
    notes: tuple[str, ...] = field(default_factory=tuple)


def ingest(project: Path, path: str, options: IngestOptions,
           stdin: bytes | None = None) -> IngestResult:
    """Draft one article (`path`, or "-" with `stdin`) and write its briefing."""
    raw, name = _read(project, path, stdin)
    text = _decode(raw, name)
    article = parse_article(text, kind_of(name))
    if not article.paragraphs and not article.title:
        raise BriefgenError(Problem("no article text found", name))
    _check_length(article, name)
    notes = []
    sha256 = hashlib.sha256(raw).hexdigest()
    same = same_source(project, sha256)
    day = options.date or article.date or stated_date(article)
    if day is None and same:
        day = same[0][1]
        notes.append(f"no date given or found in the article; using {day}, the date of "
                     f"{_shown(project, same[0][0])}, drafted from the same article")
    if day is None:
        zone = load_config(project).timezone
        day = dt.datetime.now(ZoneInfo(zone)).date()
        notes.append(f"no date given or found in the article; using today ({day}, {zone})")
    for other, _ in same if options.output != "-" else ():
        notes.append(f"{_shown(project, other)} is already a briefing of this article "
                     f"(same sha256): review one of the two and delete the other")
    slug = unique_slug(project, article.title, day)
    to_stdout = options.output == "-"
    source_path = _source_path(project, path, name, raw, day, slug, keep=not to_stdout)
    source = {
        "path": source_path,
        "sha256": sha256,
        "url": options.url or article.url,
        "publisher": options.publisher or article.publisher,
    }
    data, items = draft_briefing(article, day, source=source)
    document = _to_yaml(data, name)
    target = None if to_stdout else _target(project, options, day, slug)
    _validate(project, document, target, slug, article_text=text, kind=kind_of(name))
    if target is not None:
        if target.exists() and not options.force:
            raise BriefgenError(Problem(
                "already exists (a person may have reviewed it); use --force to replace it",
                _shown(project, target)))
        write_whole(target, document.encode("utf-8"), _shown(project, target))
    counts = {key: len(data[key]) for key in
              ("agreements", "open_issues", "upcoming", "people", "quotes")}
    return IngestResult(document, target, counts, tuple(notes + items.unsure))


def stated_date(article: Article) -> dt.date | None:
    """The publication date the text states: a full date with its year, standing apart, in
    the title ("Press Briefing - August 19, 2026"), the dek, a short line before the body
    ("March 17, 2026") or a dateline ("WASHINGTON, Nov. 24, 2025 (Reuters) -"). A date
    without its year ("NAIROBI, March 3") is none, and neither is one a phrase leads to
    ("Summit set for June 7, 2026"): that is an event's date."""
    places = [article.title, article.dek or ""]
    for text in article.paragraphs[:6]:  # short lines until the body's first paragraph
        dateline = _DATELINE_END.search(text[:120])
        places.append(text[:dateline.start()] if dateline else text)
        if len(text.split()) > 12:
            break
    for text in places:
        for start, end, found in dates.find_expressions(text) if len(text.split()) <= 16 else ():
            value = dates.normalize(found, dt.date(1, 1, 1), text)
            if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value) and value[:4] in found \
                    and _APART_BEFORE.search(text[:start]) and _APART_AFTER.match(text[end:]):
                return dt.date.fromisoformat(value)
    return None


_DATELINE_END = re.compile(r"\s[-–—]+\s")
#: What stands before and after a date that dates the text itself: nothing, or a separator
#: (a dash, a comma, a full stop, a bar, a colon) or brackets around it; after it, perhaps
#: the agency's name.
_APART_BEFORE = re.compile(r"(?:^|[-–—|,.:;(]\s*)$")
_APART_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—|,.:;)]|$)")


def same_source(project: Path, sha256: str) -> list[tuple[Path, dt.date]]:
    """The briefings drafted from an article with these bytes, with their dates, oldest first.

    The file name gives the date (`<date>-<slug>.yaml`); the digest is looked for as text,
    which is quick over thousands of briefings and exact for 64 hex digits."""
    found = []
    needle = sha256.encode()
    for path in sorted((project / BRIEFINGS_DIR).glob("*.yaml")):
        try:
            day = dt.date.fromisoformat(path.name[:10])
            if needle in path.read_bytes():
                found.append((path, day))
        except (ValueError, OSError):
            continue
    return found


def unique_slug(project: Path, title: str, day: dt.date) -> str:
    """A slug no briefing of another date uses: more of the title, then a number if need be."""
    taken = {
        file_slug(path) for path in (project / BRIEFINGS_DIR).glob("*.yaml")
        if not path.stem.startswith(day.isoformat())
    }
    candidates = [slugify(title) or "article", slugify(title, max_words=16) or "article"]
    for candidate in candidates:
        if candidate not in taken:
            return candidate
    number = 2
    while f"{candidates[-1]}-{number}" in taken:
        number += 1
    return f"{candidates[-1]}-{number}"


def _read(project: Path, path: str, stdin: bytes | None) -> tuple[bytes, str]:
    if path == "-":
        return (stdin or b""), "stdin.txt"
    file = project / path
    if not file.is_file():
        reason = "is a folder, not an article" if file.is_dir() else "no such file"
        raise BriefgenError(Problem(reason, path))
    size = file.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise BriefgenError(Problem(
            f"is {size / 1048576:.1f} MB; an article is at most "
            f"{MAX_ARTICLE_BYTES // 1048576} MB", path))
    try:
        return file.read_bytes(), path
    except OSError as exc:
        raise BriefgenError(Problem(f"cannot read: {exc.strerror}", path)) from None


def _decode(raw: bytes, name: str) -> str:
    if len(raw) > MAX_ARTICLE_BYTES:
        raise BriefgenError(Problem("is larger than an article can be (5 MB)", name))
    text = decode_text(raw, name, "an article")
    if not text.strip():
        raise BriefgenError(Problem("is empty", name))
    return text


def _check_length(article: Article, name: str) -> None:
    length = sum(len(part) for part in (article.title, article.dek or "", article.text))
    if length > MAX_ARTICLE_CHARS:
        raise BriefgenError(Problem(
            f"holds {length:,} characters of text; an article is at most "
            f"{MAX_ARTICLE_CHARS:,}: split it into articles and ingest them one by one", name))


def _source_path(project: Path, path: str, name: str, raw: bytes, day: dt.date, slug: str,
                 keep: bool) -> str | None:
    """Where the briefing says its article is: inside the project, copied to seeds/ if need be."""
    if path != "-":
        file = (project / path).resolve()
        if file.is_relative_to(project.resolve()):
            return file.relative_to(project.resolve()).as_posix()
        if not keep:
            return path
        copy = project / SEEDS_DIR / file.name
    else:
        if not keep:
            return None
        copy = project / SEEDS_DIR / f"{day.isoformat()}-{slug}.txt"
    if copy.exists() and copy.read_bytes() != raw:
        raise BriefgenError(Problem(
            f"a different article is already saved as {_shown(project, copy)}", name))
    if not copy.exists():
        write_whole(copy, raw, _shown(project, copy))
    return copy.relative_to(project).as_posix()


def _target(project: Path, options: IngestOptions, day: dt.date, slug: str) -> Path:
    if options.output:
        return project / options.output
    return project / BRIEFINGS_DIR / f"{day.isoformat()}-{slug}.yaml"


def _to_yaml(data: dict, name: str) -> str:
    header = (f"# Drafted by briefgen ingest from {name}.\n"
              "# Review every item against its evidence, then set status: reviewed.\n")
    body = yaml.dump(data, Dumper=_DraftDumper, sort_keys=False, allow_unicode=True,
                     width=100, default_flow_style=None)
    return header + body


class _DraftDumper(yaml.SafeDumper):
    """Lists of names on one line (`parties: [China, Egypt]`), every mapping in block style:
    a reviewer reads `source:` field by field, not as one wrapped `{path: …, sha256: …}`."""


_DraftDumper.add_representer(dict, lambda dumper, data: dumper.represent_mapping(
    "tag:yaml.org,2002:map", data, flow_style=False))


def _validate(project: Path, document: str, target: Path | None, slug: str, *,
              article_text: str, kind: str) -> None:
    """The draft must load as a valid briefing whose evidence is all in the article."""
    shown = _shown(project, target) if target else "<draft>"
    briefing = briefing_from_document(parse(document, shown), slug=slug)
    check_evidence(briefing, parse(document, shown), article_text, kind)


def _shown(project: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(project.resolve()).as_posix()
    except ValueError:
        return str(path)
