"""Incremental builds: only what a change affects is rendered and written, and the result is
always the site a clean build makes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from briefgen.build import BuildOptions, build, stale_input
from briefgen.incremental import changed_input, input_state, record_file

from conftest import briefing_yaml, write_briefing

EVENTS = """
    - what: Ministers meet in Oslo
      kind: meeting
      where: Oslo
      when: 2026-01-15
"""
ISSUES = """
    - topic: Fishing rights
      what: Quotas remain disputed
"""


def hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Three briefings over two days, with tags, events and issues to list across pages."""
    root = tmp_path / "project"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "briefgen.yaml").write_text("title: Morning Notes\n", encoding="utf-8")
    write_briefing(root, "2025-11-24-oslo-talks.yaml", briefing_yaml(
        "Oslo talks", "2025-11-24", tags="[norway, fisheries]", upcoming=EVENTS,
        open_issues=ISSUES))
    write_briefing(root, "2025-11-24-trade-round.yaml", briefing_yaml(
        "Trade round", "2025-11-24", tags="[trade]"))
    write_briefing(root, "2025-11-23-grain-deal.yaml", briefing_yaml(
        "Grain deal", "2025-11-23", tags="[trade, grain]"))
    return root


def clean_build(project: Path, tmp_path: Path, **options) -> dict[str, str]:
    """The site a fresh copy of the project builds, with no earlier build to reuse."""
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns("site", ".site.*",
                                                                  ".briefgen"))
    build(fresh, BuildOptions(**options))
    return hashes(fresh / "site")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_build_with_nothing_changed_does_nothing(project):
    build(project, BuildOptions(pdf=False))
    site = project / "site"
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    report = build(project, BuildOptions(pdf=False))
    assert report.up_to_date
    assert (report.written, report.rendered) == ((), ())
    assert report.briefings == 3
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == before


BRIEFING_PAGES = {"briefings/oslo-talks/index.html", "briefings/trade-round/index.html",
                  "briefings/grain-deal/index.html"}


@pytest.mark.parametrize(("change", "must_write", "must_keep"), [
    pytest.param(
        lambda p: edit(p / "content/briefings/2025-11-23-grain-deal.yaml",
                       "Grain deal", "Grain deal signed"),
        {"briefings/grain-deal/index.html", "2025/11/23/index.html", "index.html",
         "tags/grain/index.html", "tags/trade/index.html", "feed.xml"},
        {"briefings/oslo-talks/index.html", "briefings/trade-round/index.html",
         "2025/11/24/index.html", "tags/norway/index.html", "assets/style.css"},
        id="a briefing"),
    pytest.param(
        lambda p: write_briefing(p, "2025-11-25-new-visit.yaml",
                                 briefing_yaml("New visit", "2025-11-25", tags="[norway]")),
        {"briefings/new-visit/index.html", "2025/11/25/index.html", "index.html",
         "tags/norway/index.html", "feed.xml", "sitemap.xml"},
        {"briefings/grain-deal/index.html", "2025/11/23/index.html", "tags/grain/index.html"},
        id="a new briefing"),
    pytest.param(
        lambda p: (p / "templates").mkdir() or (p / "templates" / "briefing.html").write_text(
            '{% extends "base.html" %}{% block main %}<h1>{{ briefing.title }}</h1>'
            "{% endblock %}\n"),
        BRIEFING_PAGES,
        {"index.html", "2025/11/24/index.html", "tags/trade/index.html", "feed.xml"},
        id="a template"),
    pytest.param(
        lambda p: (p / "briefgen.yaml").write_text("title: Evening Notes\n"),
        BRIEFING_PAGES | {"index.html", "2025/11/24/index.html", "feed.xml", "404.html"},
        {"assets/style.css", "sitemap.xml"},
        id="the config"),
    pytest.param(
        lambda p: (p / "templates" / "assets").mkdir(parents=True) or (
            p / "templates" / "assets" / "style.css").write_text("body { color: #222; }\n"),
        {"assets/style.css"},
        BRIEFING_PAGES | {"index.html", "2025/11/24/index.html"},
        id="the stylesheet"),
])
def test_a_change_rewrites_exactly_what_it_affects_and_equals_a_clean_build(
        project, tmp_path, change, must_write, must_keep):
    build(project, BuildOptions(pdf=False))
    before = hashes(project / "site")
    change(project)
    report = build(project, BuildOptions(pdf=False))
    after = hashes(project / "site")
    assert after == clean_build(project, tmp_path, pdf=False)
    differs = {path for path in after if before.get(path) != after[path]}
    assert set(report.written) == differs
    assert must_write <= differs
    assert not must_keep & set(report.written)


def test_a_changed_briefing_prints_only_its_pdf_and_its_days_pdf(project, tmp_path):
    build(project, BuildOptions(jobs=1))
    before = hashes(project / "site")
    edit(project / "content/briefings/2025-11-23-grain-deal.yaml", "Grain deal", "Grain pact")
    report = build(project, BuildOptions(jobs=1))
    printed = {path for path in report.written if path.endswith(".pdf")}
    assert printed == {"briefings/grain-deal/grain-deal.pdf", "2025/11/23/briefing-2025-11-23.pdf"}
    assert (report.pdfs, report.pdfs_reused) == (2, 3)
    assert "briefings/oslo-talks/index.html" not in report.written
    after = hashes(project / "site")
    assert after == clean_build(project, tmp_path, jobs=1)
    assert {p for p in after if before.get(p) != after[p]} == set(report.written)


def test_a_briefing_for_a_new_day_renders_only_the_pages_that_show_it(project, tmp_path):
    """The newest date is what "today" means for the upcoming page; it must not make every
    other briefing's page render again."""
    build(project, BuildOptions(pdf=False))
    write_briefing(project, "2025-11-26-new-day.yaml",
                   briefing_yaml("New day", "2025-11-26", tags="[trade]"))
    report = build(project, BuildOptions(pdf=False))
    assert not set(report.rendered) & BRIEFING_PAGES
    assert {"briefings/new-day/index.html", "2025/11/26/index.html", "upcoming/index.html",
            "index.html", "tags/trade/index.html"} <= set(report.rendered)
    assert hashes(project / "site") == clean_build(project, tmp_path, pdf=False)


def test_a_removed_briefing_leaves_no_page_behind(project, tmp_path):
    build(project, BuildOptions(pdf=False))
    (project / "content/briefings/2025-11-23-grain-deal.yaml").unlink()
    build(project, BuildOptions(pdf=False))
    site = project / "site"
    assert not (site / "briefings" / "grain-deal").exists()
    assert not (site / "2025" / "11" / "23").exists()
    assert not (site / "tags" / "grain").exists()
    assert hashes(site) == clean_build(project, tmp_path, pdf=False)


def test_a_file_edited_or_removed_in_the_site_is_restored(project):
    build(project, BuildOptions(pdf=False))
    site = project / "site"
    expected = hashes(site)
    (site / "index.html").write_text("defaced")
    (site / "feed.xml").unlink()
    report = build(project, BuildOptions(pdf=False))
    assert not report.up_to_date
    assert set(report.written) == {"index.html", "feed.xml"}
    assert hashes(site) == expected


def test_a_deleted_site_is_built_again(project):
    build(project, BuildOptions(pdf=False))
    expected = hashes(project / "site")
    shutil.rmtree(project / "site")
    report = build(project, BuildOptions(pdf=False))
    assert not report.up_to_date
    assert hashes(project / "site") == expected


def test_an_edit_that_keeps_the_size_right_after_a_build_is_seen(project):
    """File times can be too coarse to tell two quick edits apart: recent files are compared
    by content."""
    briefing = project / "content/briefings/2025-11-23-grain-deal.yaml"
    build(project, BuildOptions(pdf=False))
    edit(briefing, "Grain deal", "Grain meal")
    report = build(project, BuildOptions(pdf=False))
    assert not report.up_to_date
    assert "briefings/grain-deal/index.html" in report.written
    assert "Grain meal" in (project / "site/briefings/grain-deal/index.html").read_text()


@pytest.mark.parametrize("options", [
    {"drafts": True}, {"base_url": "https://example.org/notes/"}, {"today": "2025-12-01"},
])
def test_different_build_options_are_not_up_to_date(project, options):
    import datetime as dt

    build(project, BuildOptions(pdf=False))
    if "today" in options:
        options = {"today": dt.date.fromisoformat(options["today"])}
    assert not build(project, BuildOptions(pdf=False, **options)).up_to_date


def test_a_changed_source_article_is_checked_again(seed_project):
    build(seed_project, BuildOptions(pdf=False))
    seed = next((seed_project / "seeds").iterdir())
    seed.write_text("An entirely different article.\n", encoding="utf-8")
    with pytest.raises(Exception, match="evidence: not found in seeds/"):
        build(seed_project, BuildOptions(pdf=False))


def test_a_template_that_reads_the_whole_site_is_rendered_again_when_any_briefing_changes(
        project):
    (project / "templates").mkdir()
    (project / "templates" / "briefing.html").write_text(
        '{% extends "base.html" %}{% block main %}<h1>{{ briefing.title }}</h1><ul>'
        "{% for other in site.briefings %}<li>{{ other.title }}</li>{% endfor %}</ul>"
        "{% endblock %}\n")
    build(project, BuildOptions(pdf=False))
    edit(project / "content/briefings/2025-11-23-grain-deal.yaml", "Grain deal", "Grain pact")
    report = build(project, BuildOptions(pdf=False))
    assert set(report.written) >= BRIEFING_PAGES
    assert "Grain pact" in (project / "site/briefings/oslo-talks/index.html").read_text()


def test_clean_renders_and_writes_everything(project):
    build(project, BuildOptions(pdf=False))
    report = build(project, BuildOptions(pdf=False, clean=True))
    assert set(report.written) == set(hashes(project / "site"))


def test_stale_input_names_what_changed_since_the_build(project):
    assert stale_input(project) is not None  # never built
    build(project, BuildOptions(pdf=False))
    assert stale_input(project) is None
    briefing = project / "content/briefings/2025-11-24-trade-round.yaml"
    briefing.write_text(briefing.read_text() + "# reviewed again\n")
    assert stale_input(project) == briefing


def test_input_state_keeps_a_digest_only_for_recently_changed_files(tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text("a: 1\n")
    new.write_text("a: 2\n")
    os.utime(old, ns=(10**18, 10**18))
    now = 10**18 + 60 * 10**9
    os.utime(new, ns=(now, now))
    state = input_state([old, new], now_ns=now)
    assert len(state[str(old)]) == 2
    assert len(state[str(new)]) == 3
    assert changed_input(state, [old, new]) is None
    new.write_text("a: 3\n")
    os.utime(new, ns=(now, now))  # same size, same time stamp: told apart by content
    assert changed_input(state, [old, new]) == new
    assert changed_input(state, [old]) == new


@pytest.mark.parametrize("shape", [
    pytest.param({"inputs": []}, id="inputs-a-list"),
    pytest.param({"inputs": {"content/briefings/x.yaml": 7}}, id="input-not-a-list"),
    pytest.param({"settings": [1]}, id="settings-a-list"),
    pytest.param({"files": [1, 2]}, id="files-a-list"),
])
def test_a_build_record_of_another_shape_is_ignored_and_the_site_built_again(project, shape):
    build(project, BuildOptions(pdf=False))
    [record] = (project / ".briefgen" / "builds").glob("*.json")
    record.write_text(json.dumps({**json.loads(record.read_text()), **shape}))
    report = build(project, BuildOptions(pdf=False))
    assert not report.up_to_date
    assert build(project, BuildOptions(pdf=False)).up_to_date


def test_a_record_that_cannot_be_saved_costs_only_work_and_leaves_nothing_behind(project):
    record = record_file(project, project / "site")
    record.mkdir(parents=True)  # a folder where the record goes: the system refuses it
    report = build(project, BuildOptions(pdf=False))
    assert report.pages > 0
    assert sorted(p.name for p in record.parent.iterdir()) == [record.name]
    assert build(project, BuildOptions(pdf=False)).pages > 0
