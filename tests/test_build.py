"""`build`: a complete site from content, written atomically, identical for identical input."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefgen.build import BuildOptions, build
from briefgen.errors import BriefgenError
from briefgen.output import write_site

from conftest import (
    briefing_yaml,
    build_leftovers,
    small_files_only,
    workers_left_after_killing,
    write_briefing,
)

SEED_SLUG = "trump-accepts-xi-invitation-for-beijing-visit"


def tree_hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_build_writes_pages_pdfs_and_feeds(seed_project):
    report = build(seed_project, BuildOptions())
    site = seed_project / "site"
    for name in ("index.html", f"briefings/{SEED_SLUG}/index.html",
                 f"briefings/{SEED_SLUG}/{SEED_SLUG}.pdf", "2025/11/24/index.html",
                 "2025/11/24/briefing-2025-11-24.pdf", "feed.xml", "sitemap.xml",
                 "calendar.ics", "404.html", "robots.txt", "assets/style.css"):
        assert (site / name).is_file(), name
    assert (report.briefings, report.pdfs) == (1, 2)
    assert report.warnings == ()


def test_no_pdf_build_makes_no_pdfs(seed_project):
    report = build(seed_project, BuildOptions(pdf=False))
    assert report.pdfs == 0
    assert not list((seed_project / "site").rglob("*.pdf"))


def test_a_failed_build_leaves_the_previous_site_untouched(seed_project):
    build(seed_project, BuildOptions(pdf=False))
    before = tree_hashes(seed_project / "site")
    write_briefing(seed_project, "2025-11-25-bad.yaml", briefing_yaml(date="2025-02-30"))
    with pytest.raises(BriefgenError, match="2025-02-30 is not a real date"):
        build(seed_project, BuildOptions(pdf=False))
    assert tree_hashes(seed_project / "site") == before
    assert build_leftovers(seed_project) == []


def test_a_base_url_that_would_point_to_another_host_leaves_the_site_untouched(seed_project):
    build(seed_project, BuildOptions(pdf=False))
    before = tree_hashes(seed_project / "site")
    with pytest.raises(BriefgenError, match=r"--base-url: .* is not an http"):
        build(seed_project, BuildOptions(pdf=False, base_url="https://org.github.io//evil/"))
    assert tree_hashes(seed_project / "site") == before
    assert build_leftovers(seed_project) == []


def test_a_write_the_system_refuses_is_one_line_and_leaves_the_site_and_no_half_site(
        seed_project):
    """Files may be at most 4 KB here (as a full disk, a refusal from the system itself):
    the build says so in one line, and the space its half-made site took is freed."""
    build(seed_project, BuildOptions(pdf=False))
    before = tree_hashes(seed_project / "site")

    result = subprocess.run([sys.executable, "-m", "briefgen", "build", "--no-pdf", "--clean"],
                            cwd=seed_project, capture_output=True, text=True, timeout=120,
                            preexec_fn=small_files_only(4096))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: site: cannot write: File too large: the system allows no file this large "
        "here (see ulimit -f), then run again; the site is as it was"]
    assert tree_hashes(seed_project / "site") == before
    assert not (seed_project / ".site.previous").exists()
    assert build_leftovers(seed_project) == []


def test_a_work_folder_removed_during_the_build_is_one_line_and_the_site_stays(seed_project):
    """The README says `.site.previous` may be deleted at any time: even while a build
    prepares the next site in it."""
    build(seed_project, BuildOptions(pdf=False))
    before = tree_hashes(seed_project / "site")

    def remove_work_folder(step: str, done: int, total: int) -> None:
        shutil.rmtree(seed_project / ".site.previous", ignore_errors=True)

    with pytest.raises(BriefgenError) as refusal:
        build(seed_project, BuildOptions(clean=True), remove_work_folder)
    assert len(str(refusal.value).splitlines()) == 1
    assert "the site is as it was" in str(refusal.value)
    assert tree_hashes(seed_project / "site") == before
    assert build_leftovers(seed_project) == []


def run_build(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", "build", "--no-pdf", *args],
                          cwd=project, capture_output=True, text=True, timeout=120)


def test_a_site_folder_that_cannot_be_written_is_one_line_and_stays_as_it_was(
        seed_project, make_unwritable):
    build(seed_project, BuildOptions(pdf=False))
    before = tree_hashes(seed_project / "site")
    make_unwritable(seed_project / "site")
    result = run_build(seed_project, "--clean")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: site: cannot write: Permission denied: make it writable (chmod u+w, or "
        "chattr -i if it is immutable), then run again; the site is as it was"]
    assert tree_hashes(seed_project / "site") == before
    assert not (seed_project / ".site.previous").exists()
    assert build_leftovers(seed_project) == []


def test_a_file_where_the_site_folder_goes_is_one_line_and_kept(seed_project):
    (seed_project / "site").write_text("notes of my own")
    result = run_build(seed_project)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: site: is a file, not a folder: move it away (the site is built in a folder "
        "there), then build again"]
    assert (seed_project / "site").read_text() == "notes of my own"
    assert not (seed_project / ".site.previous").exists()


def test_a_site_inside_a_file_is_one_line(seed_project):
    (seed_project / "notes.txt").write_text("notes of my own")
    result = run_build(seed_project, "--output", "notes.txt/site")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: notes.txt: cannot write: File exists: a file stands where a folder should be; "
        "move it away, then run again; nothing was built"]
    assert (seed_project / "notes.txt").read_text() == "notes of my own"


def test_a_rebuild_replaces_the_site_and_drops_stale_files(seed_project):
    build(seed_project, BuildOptions(pdf=False))
    stale = seed_project / "site" / "old-page.html"
    stale.write_text("stale")
    build(seed_project, BuildOptions(pdf=False))
    assert not stale.exists()
    assert (seed_project / "site" / "index.html").is_file()


def test_leftovers_of_a_killed_build_are_removed_by_the_next(tmp_path):
    leftover = tmp_path / ".site.building-abc123"
    (leftover / "briefings").mkdir(parents=True)
    write_site(tmp_path / "site", {"index.html": b"hello"})
    assert not leftover.exists()
    assert (tmp_path / "site" / "index.html").read_bytes() == b"hello"


@pytest.mark.parametrize("name", ["../outside.html", "/etc/evil.html"])
def test_no_file_is_written_outside_the_output(tmp_path, name):
    with pytest.raises(BriefgenError, match="outside the site"):
        write_site(tmp_path / "site", {name: b"x"})
    assert not (tmp_path / "outside.html").exists()


@pytest.mark.parametrize("output", [".", "..", "content", "content/briefings", "templates"])
def test_refuses_an_output_folder_that_would_replace_project_files(seed_project, output):
    with pytest.raises(BriefgenError, match="refusing to build into"):
        build(seed_project, BuildOptions(output=Path(output), pdf=False))
    assert (seed_project / "content" / "briefings").is_dir()


def test_builds_are_byte_identical_whatever_the_number_of_pdf_workers(seed_project):
    build(seed_project, BuildOptions(output=Path("one"), jobs=1))
    build(seed_project, BuildOptions(output=Path("two"), jobs=2))
    one, two = tree_hashes(seed_project / "one"), tree_hashes(seed_project / "two")
    assert one == two
    assert sum(name.endswith(".pdf") for name in one) == 2


def test_base_url_option_overrides_the_config(seed_project):
    build(seed_project, BuildOptions(pdf=False, base_url="https://example.github.io/briefs"))
    feed = (seed_project / "site" / "feed.xml").read_text()
    assert "<id>https://example.github.io/briefs/</id>" in feed


def test_a_build_killed_at_any_point_leaves_the_old_or_the_new_site_whole(seed_project):
    import time

    command = [sys.executable, "-m", "briefgen", "build", "--jobs", "1", "--quiet"]
    subprocess.run(command, cwd=seed_project, check=True, timeout=120)
    old = tree_hashes(seed_project / "site")
    write_briefing(seed_project, "2025-11-25-fresh.yaml",
                   briefing_yaml(title="Fresh news", date="2025-11-25"))
    started = time.monotonic()
    subprocess.run(command, cwd=seed_project, check=True, timeout=120)
    full = time.monotonic() - started
    new = tree_hashes(seed_project / "site")
    assert new != old
    fresh = seed_project / "content/briefings/2025-11-25-fresh.yaml"
    away = seed_project / "fresh.yaml.away"
    for fraction in (0.15, 0.4, 0.65, 0.85, 1.0):
        if fresh.exists():  # alternate: each killed build aims at the other site
            fresh.rename(away)
        else:
            away.rename(fresh)
        build_process = subprocess.Popen(command, cwd=seed_project)
        time.sleep(full * fraction)
        build_process.send_signal(signal.SIGKILL)
        build_process.wait()
        assert tree_hashes(seed_project / "site") in (old, new), f"killed at {fraction:.0%}"
    if away.exists():
        away.rename(fresh)
    subprocess.run(command, cwd=seed_project, check=True, timeout=120)
    assert tree_hashes(seed_project / "site") == new
    assert build_leftovers(seed_project) == []


def test_a_site_retired_by_a_killed_build_is_put_back(tmp_path):
    from briefgen.output import recover_site

    retired = tmp_path / ".site.old-4242"
    retired.mkdir()
    (retired / "index.html").write_text("the previous site")
    (tmp_path / ".site.building-x").mkdir()
    recover_site(tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text() == "the previous site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_two_clones_built_at_different_times_are_byte_identical(tmp_path):
    import os
    import subprocess
    import sys

    from conftest import copy_seed_project

    hashes = []
    for name, extra in (("first", {"TZ": "UTC"}),
                        ("second", {"TZ": "Asia/Tokyo", "SOURCE_DATE_EPOCH": "1700000000"})):
        clone = copy_seed_project(tmp_path / name)
        subprocess.run([sys.executable, "-m", "briefgen", "build", "--quiet"], cwd=clone,
                       check=True, timeout=120, env={**os.environ, **extra})
        hashes.append(tree_hashes(clone / "site"))
    assert hashes[0] == hashes[1]
    assert sum(name.endswith(".pdf") for name in hashes[0]) == 2


def test_an_unchanged_pdf_is_not_printed_again(seed_project):
    first = build(seed_project, BuildOptions())
    before = tree_hashes(seed_project / "site")
    again = build(seed_project, BuildOptions())
    assert (first.pdfs, again.pdfs, again.pdfs_reused) == (2, 0, 2)
    assert tree_hashes(seed_project / "site") == before


def test_only_the_pdfs_showing_a_change_are_printed_again_and_equal_a_clean_build(seed_project):
    write_briefing(seed_project, "2025-11-20-older.yaml",
                   briefing_yaml(title="Older news", date="2025-11-20"))
    build(seed_project, BuildOptions())
    write_briefing(seed_project, "2025-11-20-older.yaml",
                   briefing_yaml(title="Older news, revised", date="2025-11-20"))
    report = build(seed_project, BuildOptions())
    assert (report.pdfs, report.pdfs_reused) == (2, 2)  # its own PDF and its day's edition
    clean = build(seed_project, BuildOptions(output=Path("clean"), clean=True))
    assert clean.pdfs == 4
    assert tree_hashes(seed_project / "site") == tree_hashes(seed_project / "clean")


def test_a_change_to_the_pdf_stylesheet_prints_every_pdf_again(seed_project):
    build(seed_project, BuildOptions())
    (seed_project / "templates" / "assets").mkdir(parents=True)
    theme_css = (Path(__file__).parent.parent / "templates" / "assets" / "pdf.css").read_text()
    (seed_project / "templates" / "assets" / "pdf.css").write_text(
        theme_css + "\nh1 { color: #400; }\n")
    report = build(seed_project, BuildOptions())
    assert (report.pdfs, report.pdfs_reused) == (2, 0)


def test_clean_prints_every_pdf_and_other_outputs_keep_their_own_record(seed_project):
    build(seed_project, BuildOptions())
    assert build(seed_project, BuildOptions(clean=True)).pdfs == 2
    assert build(seed_project, BuildOptions(output=Path("elsewhere"))).pdfs == 2
    assert build(seed_project, BuildOptions()).pdfs == 0


def test_pdf_workers_die_with_a_killed_build(seed_project):
    import subprocess
    import sys

    for day in range(10, 16):
        write_briefing(seed_project, f"2025-11-{day}-news.yaml".replace("news", f"news-{day}"),
                       briefing_yaml(title=f"News {day}", date=f"2025-11-{day}"))
    parent = subprocess.Popen([sys.executable, "-m", "briefgen", "build", "--jobs", "2", "-q"],
                              cwd=seed_project)
    assert workers_left_after_killing(parent, workers=2) == []


def test_help_and_a_no_op_build_do_not_import_weasyprint(seed_project):
    import subprocess
    import sys

    build(seed_project, BuildOptions())
    probe = ("import sys\n"
             "from click.testing import CliRunner\n"
             "from briefgen.cli import main\n"
             "assert CliRunner().invoke(main, ['--help']).exit_code == 0\n"
             "assert CliRunner().invoke(main, ['build', '-q']).exit_code == 0\n"
             "print('weasyprint' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=seed_project,
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_a_build_started_beside_another_thread_makes_the_same_site(seed_project):
    """`serve` rebuilds from its watcher thread, where the workers cannot be forked."""
    build(seed_project, BuildOptions(output=Path("main"), pdf=False, jobs=2))
    reports = []
    thread = threading.Thread(target=lambda: reports.append(
        build(seed_project, BuildOptions(output=Path("threaded"), pdf=False, jobs=2))))
    thread.start()
    thread.join(120)
    assert reports and reports[0].pages > 10

    def files(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes()
                for p in folder.rglob("*") if p.is_file()}

    assert files(seed_project / "threaded") == files(seed_project / "main")


def test_a_rendering_process_that_dies_is_one_clear_error_and_the_site_stays(
        seed_project, monkeypatch):
    build(seed_project, BuildOptions(pdf=False))
    before = {p: p.read_bytes() for p in (seed_project / "site").rglob("*") if p.is_file()}
    from briefgen.render.outputs import Renderer

    def die(self, output):
        os.kill(os.getpid(), signal.SIGKILL)  # as the system's out-of-memory killer would

    monkeypatch.setattr(Renderer, "render", die)  # forked workers inherit the change
    with pytest.raises(BriefgenError, match="a rendering process stopped unexpectedly"):
        build(seed_project, BuildOptions(pdf=False, jobs=2, clean=True))
    assert {p: p.read_bytes() for p in (seed_project / "site").rglob("*")
            if p.is_file()} == before
