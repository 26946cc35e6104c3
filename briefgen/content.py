"""Load every briefing under `content/briefings/`, reporting all problems of all files at once."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from briefgen.errors import BriefgenError, Problem
from briefgen.extract.article import kind_of, plain_text
from briefgen.model import Briefing, briefing_from_document
from briefgen.processes import collector_paused, map_forked
from briefgen.textfile import decode_text
from briefgen.yamldoc import Document, parse, read_bytes

BRIEFINGS_DIR = Path("content") / "briefings"
_FILE_NAME = re.compile(r"^(?:(\d{4}-\d{2}-\d{2})-)?([a-z0-9]+(?:-[a-z0-9]+)*)$")
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})
EVIDENCE_LISTS = ("agreements", "open_issues", "upcoming", "quotes")
#: A briefing is a page of YAML; anything much larger is a mistake (or an attack on memory).
MAX_BRIEFING_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Content:
    """The valid briefings (newest first, then by slug) and warnings that do not stop a build."""

    briefings: tuple[Briefing, ...]
    warnings: tuple[Problem, ...] = ()
    #: A digest of each briefing's file (name and bytes), by `Briefing.file`: what a page
    #: showing the briefing was made from.
    digests: dict[str, str] = field(default_factory=dict)
    #: Every file as checked, to be passed back as `known` to the next load.
    checked: tuple[Checked, ...] = ()
    #: Some of `checked` as pickled on the way from the process that checked them: (their
    #: files, the pickle of their list), so that saving them need not pickle them again.
    pickled: tuple[tuple[tuple[str, ...], bytes], ...] = ()


def file_slug(path: Path) -> str | None:
    """The slug a briefing file gives: its name without the date, or None if not a slug."""
    match = _FILE_NAME.match(path.stem)
    return match.group(2) if match else None


def fold(text: str) -> str:
    """Text as compared for evidence: typographic quotes and dashes plain, white space folded."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return " ".join(text.split())


def load_content(project: Path, workers: int = 1,
                 known: Mapping[str, Checked] | None = None,
                 meanwhile: Callable[[], object] | None = None) -> Content:
    """Every briefing, read and checked in `workers` processes.

    `known` are briefings checked before (by file): one whose file and source article are
    unchanged is taken as it is, not parsed and checked again. `meanwhile` runs while the
    other processes read (see `map_forked`).
    """
    folder = project / BRIEFINGS_DIR
    by_name = attrgetter("name")  # files of one folder: a tenth of the cost of comparing paths
    files = [*sorted(folder.glob("*.yaml"), key=by_name),
             *sorted(folder.glob("*.yml"), key=by_name)]
    prefix = BRIEFINGS_DIR.as_posix() + "/"
    names = {file: prefix + file.name for file in files}  # as `relative_to`, at a tenth the cost
    articles: dict[str, _Article] = {}  # each process reads a source article once
    article_digests: dict[str, str | None] = {}

    def article_digest(source: str | None) -> str | None:
        if source is None:
            return None
        if source not in article_digests:
            try:
                raw = (project / source).read_bytes()
                article_digests[source] = hashlib.sha256(raw).hexdigest()
            except OSError:
                article_digests[source] = None
        return article_digests[source]

    def check(file: Path) -> Checked:
        name = names[file]
        try:
            briefing, doc, digest = _load_one(file, name)
            warnings = _check_source(project, briefing, doc, articles)
        except BriefgenError as exc:
            return Checked(name, problems=exc.problems)
        source = briefing.source.path
        return Checked(name, digest, briefing, tuple(warnings),
                       source_digest=articles[source].sha256 if source else None)

    outcome: dict[str, Checked] = {}
    to_check = []
    for file, name in names.items():
        before = (known or {}).get(name)
        if before and before.briefing and before.digest == _file_digest(name, file) and \
                before.source_digest == article_digest(before.briefing.source.path):
            outcome[name] = before
        else:
            to_check.append(file)
    runs: list[tuple[range, bytes]] = []
    with collector_paused():
        for checked in map_forked(check, to_check, workers, meanwhile, pickled=runs):
            outcome[checked.file] = checked
    pickled = tuple((tuple(names[to_check[i]] for i in indexes), data) for indexes, data in runs)
    loaded = [outcome[name] for name in names.values()]
    problems = [problem for one in loaded for problem in one.problems]
    warnings = [warning for one in loaded for warning in one.warnings]
    briefings = [one.briefing for one in loaded if one.briefing is not None]
    problems.extend(_duplicate_slugs(briefings))
    if problems:
        raise BriefgenError(problems)
    briefings.sort(key=lambda b: b.slug)
    briefings.sort(key=lambda b: b.date, reverse=True)
    return Content(tuple(briefings), tuple(warnings), {one.file: one.digest for one in loaded},
                   tuple(loaded), pickled)


@dataclass(frozen=True)
class Checked:
    """One file's outcome: its briefing, or its problems; with what it was checked from."""

    file: str
    digest: str = ""  # of the file's name and bytes
    briefing: Briefing | None = None
    warnings: tuple[Problem, ...] = ()
    problems: tuple[Problem, ...] = ()
    source_digest: str | None = None  # sha256 of the source article it was checked against


def _file_digest(name: str, file: Path) -> str | None:
    try:
        if file.stat().st_size > MAX_BRIEFING_BYTES:
            return None
        return _bytes_digest(name, file.read_bytes())
    except OSError:
        return None


def _bytes_digest(name: str, raw: bytes) -> str:
    return hashlib.sha256(name.encode("utf-8") + b"\0" + raw).hexdigest()


def _load_one(file: Path, name: str) -> tuple[Briefing, Document, str]:
    match = _FILE_NAME.match(file.stem)
    if not match:
        raise BriefgenError(Problem(
            "the file name must be a slug (lowercase letters, digits and hyphens, "
            "optionally after the date: 2025-11-24-trade-talks.yaml)", name))
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise BriefgenError(Problem(f"cannot read the file: {exc.strerror}", name)) from None
    if size > MAX_BRIEFING_BYTES:
        raise BriefgenError(Problem(
            f"the file is {size / 1048576:.1f} MB; a briefing is at most "
            f"{MAX_BRIEFING_BYTES // 1048576} MB", name))
    raw = read_bytes(file, name)
    doc = parse(decode_text(raw, name, "YAML text"), name)
    briefing = briefing_from_document(doc, slug=match.group(2))
    file_date = match.group(1)
    if file_date and file_date != briefing.date.isoformat():
        raise BriefgenError(Problem(
            f"{briefing.date} does not match the date in the file name ({file_date})",
            name, doc.line_of(("date",)), "date"))
    return briefing, doc, _bytes_digest(name, raw)


@dataclass(frozen=True)
class _Article:
    folded: str
    sha256: str


def _check_source(
    project: Path, briefing: Briefing, doc: Document, articles: dict[str, _Article]
) -> list[Problem]:
    """Every `evidence` must occur in the source article; a changed article is a warning."""
    source = briefing.source.path
    if not source:
        return []
    line = doc.line_of(("source", "path"))
    target = (project / source).resolve()
    if not target.is_relative_to(project.resolve()):
        raise BriefgenError(Problem("must be a file inside the project", doc.file, line,
                                    "source.path"))
    if source not in articles:
        if not target.is_file():
            reason = "is not a file" if target.exists() else "does not exist"
            raise BriefgenError(Problem(f"{source} {reason}", doc.file, line, "source.path"))
        try:
            raw = target.read_bytes()
        except OSError as exc:
            raise BriefgenError(Problem(f"cannot read {source}: {exc.strerror}", doc.file, line,
                                        "source.path")) from None
        text = raw.decode("utf-8", errors="replace")
        articles[source] = _Article(fold(plain_text(text, kind_of(source))),
                                    hashlib.sha256(raw).hexdigest())
    article = articles[source]
    _check_folded_evidence(briefing, doc, article.folded, source)
    expected = briefing.source.sha256
    if expected and expected != article.sha256:
        return [Problem(f"{source} has changed since this briefing was drafted "
                        "(its sha256 differs); review the evidence", doc.file,
                        doc.line_of(("source", "sha256")), "source.sha256")]
    return []


def check_evidence(briefing: Briefing, doc: Document, article_text: str, kind: str) -> None:
    """Raise unless every `evidence` of the briefing is in the article's text."""
    folded = fold(plain_text(article_text, kind))
    _check_folded_evidence(briefing, doc, folded, briefing.source.path or "the article")


def _check_folded_evidence(briefing: Briefing, doc: Document, folded: str, source: str) -> None:
    problems = []
    for key in EVIDENCE_LISTS:
        for i, item in enumerate(getattr(briefing, key)):
            if item.evidence and fold(item.evidence) not in folded:
                problems.append(Problem(f"not found in {source}", doc.file,
                                        doc.line_of((key, i, "evidence")), f"{key}[{i}].evidence"))
    if problems:
        raise BriefgenError(problems)


def _duplicate_slugs(briefings: list[Briefing]) -> list[Problem]:
    seen: dict[str, Briefing] = {}
    problems = []
    for briefing in briefings:
        if briefing.slug in seen:
            problems.append(Problem(
                f"the slug {briefing.slug!r} is also used by {seen[briefing.slug].file}; "
                "each briefing needs its own", briefing.file))
        else:
            seen[briefing.slug] = briefing
    return problems
