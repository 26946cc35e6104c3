"""Load every briefing under `content/briefings/`, reporting all problems of all files at once."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import BriefgenError, Problem
from briefgen.extract.article import kind_of, plain_text
from briefgen.model import Briefing, briefing_from_document
from briefgen.textfile import decode_text
from briefgen.workers import worker_pool
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


def file_slug(path: Path) -> str | None:
    """The slug a briefing file gives: its name without the date, or None if not a slug."""
    match = _FILE_NAME.match(path.stem)
    return match.group(2) if match else None


def fold(text: str) -> str:
    """Text as compared for evidence: typographic quotes and dashes plain, white space folded."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return " ".join(text.split())


def load_content(project: Path, workers: int = 1,
                 known: Mapping[str, Checked] | None = None) -> Content:
    """Every briefing, read and checked in `workers` processes.

    `known` are briefings checked before (by file): one whose file and source article are
    unchanged is taken as it is, not parsed and checked again.
    """
    folder = project / BRIEFINGS_DIR
    files = [*sorted(folder.glob("*.yaml")), *sorted(folder.glob("*.yml"))]
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

    outcome: dict[str, Checked] = {}
    to_check = []
    for file in files:
        before = (known or {}).get(_name(file))
        if before and before.briefing and before.digest == _file_digest(before.file, file) \
                and before.source_digest == article_digest(before.briefing.source.path):
            outcome[before.file] = before
        else:
            to_check.append(file)
    for checked in _check_all(project, to_check, workers):
        outcome[checked.file] = checked
    loaded = [outcome[_name(file)] for file in files]
    problems = [problem for one in loaded for problem in one.problems]
    warnings = [warning for one in loaded for warning in one.warnings]
    briefings = [one.briefing for one in loaded if one.briefing is not None]
    problems.extend(_duplicate_slugs(briefings))
    if problems:
        raise BriefgenError(problems)
    warnings.extend(_same_articles(briefings))
    briefings.sort(key=lambda b: b.slug)
    briefings.sort(key=lambda b: b.date, reverse=True)
    return Content(tuple(briefings), tuple(warnings), {one.file: one.digest for one in loaded},
                   tuple(loaded))


#: Fewer files than this are checked in this process: starting workers would cost more.
WORTH_A_POOL = 64
MOST_FILES_A_BATCH = 100


def _check_all(project: Path, files: list[Path], workers: int) -> list[Checked]:
    """Each file checked, in `workers` processes when there are enough of them."""
    workers = min(workers, len(files) // (WORTH_A_POOL // 2))
    if workers <= 1:
        return check_files(project, files)
    # A few batches each, so that they finish together; not so large that a batch's
    # briefings, sent back at once, hold much memory.
    size = min(MOST_FILES_A_BATCH, -(-len(files) // (4 * workers)))
    batches = [files[i:i + size] for i in range(0, len(files), size)]
    with worker_pool(workers) as pool:
        return [one for batch in pool.map(check_files, [project] * len(batches), batches)
                for one in batch]


def check_files(project: Path, files: list[Path]) -> list[Checked]:
    """Each briefing file read and checked against its source article (each article read
    once)."""
    articles: dict[str, _Article] = {}
    checked = []
    for file in files:
        name = _name(file)
        try:
            briefing, doc, digest = _load_one(file, name)
            warnings = _check_source(project, briefing, doc, articles)
        except BriefgenError as exc:
            checked.append(Checked(name, problems=exc.problems))
            continue
        source = briefing.source.path
        checked.append(Checked(name, digest, briefing, tuple(warnings),
                               source_digest=articles[source].sha256 if source else None))
    return checked


def _name(file: Path) -> str:
    """A briefing file's name in the project, as errors and the cache of checked files
    give it."""
    return f"{BRIEFINGS_DIR.as_posix()}/{file.name}"


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
    warnings = _check_folded_evidence(briefing, doc, article.folded, source)
    expected = briefing.source.sha256
    if expected and expected != article.sha256:
        warnings.append(Problem(f"{source} has changed since this briefing was drafted "
                                "(its sha256 differs); review the evidence", doc.file,
                                doc.line_of(("source", "sha256")), "source.sha256"))
    return warnings


def check_evidence(briefing: Briefing, doc: Document, article_text: str, kind: str) -> None:
    """Raise unless every `evidence` of the briefing is in the article's text."""
    folded = fold(plain_text(article_text, kind))
    _check_folded_evidence(briefing, doc, folded, briefing.source.path or "the article")


def _check_folded_evidence(briefing: Briefing, doc: Document, folded: str,
                           source: str) -> list[Problem]:
    """Raise unless every item's `evidence` is in the article; an item without one is an
    error in a reviewed briefing (its reviewer vouched for every item against its sentence)
    and a warning in a draft. Returns the warnings."""
    problems, warnings = [], []
    for key in EVIDENCE_LISTS:
        for i, item in enumerate(getattr(briefing, key)):
            where = (doc.file, doc.line_of((key, i, "evidence")), f"{key}[{i}].evidence")
            if not item.evidence:
                missing = f"missing: give the sentence of {source} that this item comes from"
                (warnings if briefing.is_draft else problems).append(Problem(missing, *where))
            elif fold(item.evidence) not in folded:
                problems.append(Problem(f"not found in {source}", *where))
    if problems:
        raise BriefgenError(problems)
    return warnings


def _same_articles(briefings: list[Briefing]) -> list[Problem]:
    """Two briefings of one article (the same sha256) would show the same news twice: a
    re-ingested article beside the briefing reviewed from it."""
    first: dict[str, Briefing] = {}
    warnings = []
    for briefing in briefings:
        digest = briefing.source.sha256
        if not digest:
            continue
        if digest in first:
            warnings.append(Problem(
                f"drafted from the same article as {first[digest].file} (same sha256); "
                "keep one of the two", briefing.file, None, "source.sha256"))
        else:
            first[digest] = briefing
    return warnings


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
