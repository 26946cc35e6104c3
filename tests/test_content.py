"""`load_content`: every briefing of a project, checked against its source, all problems at once."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from briefgen.content import fold, load_content
from briefgen.errors import BriefgenError

REPO = Path(__file__).resolve().parent.parent
BRIEFINGS = Path("content") / "briefings"
ARTICLE = (
    "Leaders met in Geneva on Monday.\n"
    "The talks “went well” — both sides said — and a truce was agreed.\n"
    "They will meet again\n"
    "in April 2026.\n"
)


def briefing(date: str = "2025-11-24", extra: str = "") -> str:
    return (
        "schema: briefgen/1\n"
        "title: Talks in Geneva\n"
        f"date: {date}\n"
        "summary: The two sides met in Geneva.\n"
        f"{extra}"
    )


def with_source(evidence_block: str = "", path: str = "seeds/article.txt", sha: str = "") -> str:
    """A briefing citing `path` (source.path on line 6, sha256 on line 7 when given)."""
    source = f"source:\n  path: {path}\n" + (f"  sha256: {sha}\n" if sha else "")
    return briefing(extra=source + evidence_block)


def project(tmp_path: Path, files: dict[str, str | bytes], article: str | None = ARTICLE) -> Path:
    """A project with the given briefing files and, unless None, the article seeds/article.txt."""
    folder = tmp_path / BRIEFINGS
    folder.mkdir(parents=True)
    for name, content in files.items():
        target = folder / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    if article is not None:
        (tmp_path / "seeds").mkdir()
        (tmp_path / "seeds" / "article.txt").write_text(article, encoding="utf-8")
    return tmp_path


def errors_of(root: Path) -> list[str]:
    with pytest.raises(BriefgenError) as caught:
        load_content(root)
    return [str(p) for p in caught.value.problems]


# --- the repository's own content ----------------------------------------------------------


def test_the_real_seed_briefing_loads_against_its_article(tmp_path):
    for name in ("content", "seeds"):
        shutil.copytree(REPO / name, tmp_path / name)
    content = load_content(tmp_path)
    assert content.warnings == ()
    [seed] = content.briefings
    assert seed.slug == "trump-accepts-xi-invitation-for-beijing-visit"
    assert seed.file == f"{BRIEFINGS.as_posix()}/2025-11-24-{seed.slug}.yaml"
    assert seed.date == dt.date(2025, 11, 24)
    assert seed.status == "reviewed"
    assert seed.source.path == "seeds/000_e704e82968283577.txt"
    assert [u.kind for u in seed.upcoming] == ["visit", "state-visit", "election"]
    assert str(seed.upcoming[0].when) == "2026-04"
    # anchors and aliases share one evidence sentence between items
    assert seed.agreements[1].evidence == seed.agreements[2].evidence
    assert all(item.evidence for key in ("agreements", "open_issues", "upcoming", "quotes")
               for item in getattr(seed, key))


def test_a_project_without_briefings_has_no_content(tmp_path):
    assert load_content(tmp_path).briefings == ()
    assert load_content(project(tmp_path, {})).briefings == ()


# --- evidence and provenance ----------------------------------------------------------------


def test_evidence_not_in_the_source_is_an_error_naming_the_line_and_field(tmp_path):
    text = with_source(
        "agreements:\n"                                  # 7
        "  - what: Truce\n"                              # 8
        "    evidence: Leaders met in Geneva on Monday.\n"   # 9
        "  - what: Pact\n"                               # 10
        "    evidence: A pact was signed.\n"             # 11
    )
    root = project(tmp_path, {"2025-11-24-talks.yaml": text})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:11: agreements[1].evidence: "
        "not found in seeds/article.txt"
    ]


@pytest.mark.parametrize("key", ["agreements", "open_issues", "upcoming", "quotes"])
def test_evidence_of_every_list_is_checked(tmp_path, key):
    first = {"agreements": "what", "open_issues": "topic", "upcoming": "what", "quotes": "text"}
    text = with_source(f"{key}:\n  - {first[key]}: Item\n    evidence: Never said.\n")
    root = project(tmp_path, {"2025-11-24-talks.yaml": text})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:9: {key}[0].evidence: "
        "not found in seeds/article.txt"
    ]


@pytest.mark.parametrize(
    "evidence",
    [
        pytest.param('The talks "went well" - both sides said - and a truce was agreed.',
                     id="plain-quotes-and-hyphens-for-typographic-ones"),
        pytest.param("The talks “went well” — both sides said — and a truce was agreed.",
                     id="the-same-typographic-characters"),
        pytest.param("They will meet again in April 2026.", id="one-line-for-a-wrapped-sentence"),
        pytest.param(">-\n      They will meet\n      again in April 2026.",
                     id="wrapped-differently-in-the-yaml"),
        pytest.param("'  They   will meet again in April 2026.  '", id="extra-white-space"),
    ],
)
def test_evidence_is_matched_despite_typography_and_line_wrapping(tmp_path, evidence):
    text = with_source(f"upcoming:\n  - what: Meeting\n    evidence: {evidence}\n")
    root = project(tmp_path, {"2025-11-24-talks.yaml": text})
    [loaded] = load_content(root).briefings
    assert loaded.upcoming[0].evidence


def test_evidence_is_still_compared_word_for_word(tmp_path):
    text = with_source(
        "upcoming:\n  - what: Meeting\n    evidence: They will meet again in May 2026.\n")
    root = project(tmp_path, {"2025-11-24-talks.yaml": text})
    assert len(errors_of(root)) == 1


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("“a” ‘b’ „c‟", "\"a\" 'b' \"c\""),
        ("a–b—c−d‐e", "a-b-c-d-e"),
        ("  one\n  two\t three  ", "one two three"),
        ("non\u00a0breaking", "non breaking"),
    ],
)
def test_fold_makes_typography_and_white_space_plain(raw, folded):
    assert fold(raw) == folded


def test_a_changed_source_is_a_warning_not_an_error(tmp_path):
    text = with_source(sha="0" * 64)
    root = project(tmp_path, {"2025-11-24-talks.yaml": text})
    content = load_content(root)
    assert len(content.briefings) == 1
    assert [str(w) for w in content.warnings] == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:7: source.sha256: seeds/article.txt has "
        "changed since this briefing was drafted (its sha256 differs); review the evidence"
    ]


def test_an_unchanged_source_gives_no_warning(tmp_path):
    sha = hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    root = project(tmp_path, {"2025-11-24-talks.yaml": with_source(sha=sha)})
    assert load_content(root).warnings == ()


def test_a_missing_source_file_is_an_error(tmp_path):
    root = project(tmp_path, {"2025-11-24-talks.yaml": with_source(path="seeds/gone.txt")})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:6: source.path: "
        "seeds/gone.txt does not exist"
    ]


@pytest.mark.parametrize("path", ["../outside.txt", "seeds/../../outside.txt", "/etc/hostname"])
def test_a_source_outside_the_project_is_refused(tmp_path, path):
    root = tmp_path / "project"
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    project(root, {"2025-11-24-talks.yaml": with_source(path=path)})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:6: source.path: "
        "must be a file inside the project"
    ]


def test_a_briefing_without_source_path_is_not_checked_for_evidence(tmp_path):
    text = briefing(extra="agreements:\n  - what: Truce\n    evidence: Written by hand.\n")
    root = project(tmp_path, {"2025-11-24-talks.yaml": text}, article=None)
    assert len(load_content(root).briefings) == 1


# --- file names -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Trade Talks.yaml", "2025-11-24_talks.yaml", "Talks.yaml",
                                  "2025-11-24-.yaml", "talks--geneva.yaml"])
def test_a_file_name_that_is_not_a_slug_is_an_error(tmp_path, name):
    root = project(tmp_path, {name: briefing()})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/{name}: the file name must be a slug (lowercase letters, digits "
        "and hyphens, optionally after the date: 2025-11-24-trade-talks.yaml)"
    ]


@pytest.mark.parametrize(
    ("name", "slug"),
    [("2025-11-24-trade-talks.yaml", "trade-talks"), ("trade-talks.yaml", "trade-talks"),
     ("2025-11-24-g7.yml", "g7")],
)
def test_the_slug_comes_from_the_file_name(tmp_path, name, slug):
    root = project(tmp_path, {name: briefing()})
    assert [b.slug for b in load_content(root).briefings] == [slug]


def test_a_date_in_the_file_name_must_match_the_briefing_date(tmp_path):
    root = project(tmp_path, {"2025-11-25-talks.yaml": briefing(date="2025-11-24")})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-25-talks.yaml:3: date: 2025-11-24 does not match "
        "the date in the file name (2025-11-25)"
    ]


def test_two_files_with_the_same_slug_are_an_error(tmp_path):
    root = project(tmp_path, {
        "2025-11-24-talks.yaml": briefing(date="2025-11-24"),
        "2025-11-25-talks.yaml": briefing(date="2025-11-25"),
    })
    folder = BRIEFINGS.as_posix()
    assert errors_of(root) == [
        f"{folder}/2025-11-25-talks.yaml: the slug 'talks' is also used by "
        f"{folder}/2025-11-24-talks.yaml; each briefing needs its own"
    ]


# --- unreadable files -----------------------------------------------------------------------


def test_a_file_that_is_not_utf8_is_an_error_with_the_line(tmp_path):
    raw = briefing().encode("utf-8") + b"dek: Caf\xe9 talks\n"
    root = project(tmp_path, {"2025-11-24-talks.yaml": raw})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:5: the file is not UTF-8 text"
    ]


def test_a_source_path_that_is_a_folder_is_an_error(tmp_path):
    root = project(tmp_path, {"2025-11-24-a.yaml": with_source(path="seeds")})
    assert errors_of(root) == [
        "content/briefings/2025-11-24-a.yaml:6: source.path: seeds is not a file"
    ]


def test_a_utf16_file_is_refused_with_advice(tmp_path):
    root = project(tmp_path, {"2025-11-24-a.yaml": briefing().encode("utf-16")})
    assert errors_of(root) == [
        "content/briefings/2025-11-24-a.yaml: the file is UTF-16; save it as UTF-8"
    ]


def test_a_binary_file_is_an_error(tmp_path):
    root = project(tmp_path, {"2025-11-24-talks.yaml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml: this is a binary file, not YAML text"
    ]


def test_a_utf8_byte_order_mark_is_accepted(tmp_path):
    root = project(tmp_path, {"2025-11-24-talks.yaml": b"\xef\xbb\xbf" + briefing().encode()})
    assert len(load_content(root).briefings) == 1


def test_an_empty_file_is_an_error(tmp_path):
    root = project(tmp_path, {"2025-11-24-talks.yaml": ""})
    assert errors_of(root) == [f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml: the file is empty"]


# --- all together ---------------------------------------------------------------------------


def test_errors_from_several_files_are_reported_together(tmp_path):
    root = project(tmp_path, {
        "2025-11-20-fine.yaml": briefing(date="2025-11-20"),
        "2025-11-21-bad-date.yaml": briefing(date="2025-02-30"),
        "2025-11-22-broken.yaml": "title: [Talks\n",
        "2025-11-23-unknown.yaml": briefing(date="2025-11-23", extra="colour: red\n"),
        "2025-11-24-evidence.yaml": with_source(
            "quotes:\n  - text: fine\n    evidence: Never said.\n"),
        "Bad Name.yaml": briefing(),
    })
    errors = errors_of(root)
    where = sorted(e.split(": ", 1)[0] for e in errors)
    folder = BRIEFINGS.as_posix()
    assert where == [
        f"{folder}/2025-11-21-bad-date.yaml:3",
        f"{folder}/2025-11-22-broken.yaml:2",
        f"{folder}/2025-11-23-unknown.yaml:5",
        f"{folder}/2025-11-24-evidence.yaml:9",
        f"{folder}/Bad Name.yaml",
    ]


def test_briefings_are_sorted_newest_first(tmp_path):
    root = project(tmp_path, {
        "2025-11-24-middle.yaml": briefing(date="2025-11-24"),
        "2024-01-05-oldest.yaml": briefing(date="2024-01-05"),
        "2025-12-01-newest.yaml": briefing(date="2025-12-01"),
        "undated.yaml": briefing(date="2025-11-30"),
    })
    content = load_content(root)
    assert [b.slug for b in content.briefings] == ["newest", "undated", "middle", "oldest"]
    assert [b.date for b in content.briefings] == sorted(
        (b.date for b in content.briefings), reverse=True)


# --- every item of a reviewed briefing carries its sentence ----------------------------------


@pytest.mark.parametrize("key", ["agreements", "open_issues", "upcoming", "quotes"])
def test_an_item_of_a_reviewed_briefing_without_evidence_is_an_error(tmp_path, key):
    first = {"agreements": "what", "open_issues": "topic", "upcoming": "what", "quotes": "text"}
    text = with_source(f"status: reviewed\n{key}:\n  - {first[key]}: Item\n")
    root = project(tmp_path, {"2025-11-24-talks.yaml": text})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:9: {key}[0].evidence: "
        "missing: give the sentence of seeds/article.txt that this item comes from"
    ]


def test_an_empty_evidence_is_refused_like_a_missing_one(tmp_path):
    text = with_source("status: reviewed\nagreements:\n  - what: Truce\n    evidence: ''\n")
    root = project(tmp_path, {"2025-11-24-talks.yaml": text})
    assert errors_of(root) == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:10: agreements[0].evidence: "
        "must not be empty"
    ]


def test_an_item_of_a_draft_without_evidence_is_a_warning(tmp_path):
    text = with_source("status: draft\nagreements:\n  - what: Truce\n")
    root = project(tmp_path, {"2025-11-24-talks.yaml": text})
    assert [str(w) for w in load_content(root).warnings] == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml:9: agreements[0].evidence: "
        "missing: give the sentence of seeds/article.txt that this item comes from"
    ]


def test_two_briefings_of_the_same_article_are_a_warning(tmp_path):
    sha = hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    root = project(tmp_path, {"2025-11-24-talks.yaml": with_source(sha=sha),
                              "2025-11-24-talks-again.yaml": with_source(sha=sha)})
    assert [str(w) for w in load_content(root).warnings] == [
        f"{BRIEFINGS.as_posix()}/2025-11-24-talks.yaml: source.sha256: drafted from the same "
        f"article as {BRIEFINGS.as_posix()}/2025-11-24-talks-again.yaml (same sha256); "
        "keep one of the two"
    ]
