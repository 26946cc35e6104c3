"""The `briefgen` command as a person runs it: a subprocess in the project folder."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import SEED_BRIEFING, briefing_yaml, free_port, write_briefing


def briefgen(project: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=project,
                          capture_output=True, text=True, timeout=timeout)


def assert_clean_failure(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_check_passes_on_the_repository_content(seed_project):
    result = briefgen(seed_project, "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "OK: 1 briefing checked, all reviewed"


def test_check_names_the_file_and_line_of_an_impossible_date(seed_project):
    seed = seed_project / "content" / "briefings" / SEED_BRIEFING.name
    lines = seed.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(i for i, text in enumerate(lines, start=1) if text.startswith("date:"))
    lines[line - 1] = "date: 2025-02-30\n"
    seed.write_text("".join(lines), encoding="utf-8")
    result = briefgen(seed_project, "check")
    assert_clean_failure(result)
    assert f"content/briefings/{seed.name}:{line}: date: 2025-02-30 is not a real date" \
        in result.stderr


def test_check_names_the_line_of_broken_yaml_syntax(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", "schema: briefgen/1\ntitle: [unclosed\n")
    result = briefgen(empty_project, "check")
    assert_clean_failure(result)
    assert result.stderr.startswith("error: content/briefings/2025-11-24-a.yaml:3: invalid YAML")


def test_check_reports_errors_of_all_files_together(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(date="2025-02-30"))
    write_briefing(empty_project, "2025-11-25-b.yaml", briefing_yaml(date="2025-11-25",
                                                                      status="final"))
    result = briefgen(empty_project, "check")
    assert_clean_failure(result)
    errors = result.stderr.splitlines()
    assert errors == [
        "error: content/briefings/2025-11-24-a.yaml:3: date: 2025-02-30 is not a real date",
        "error: content/briefings/2025-11-25-b.yaml:4: status: 'final' is not one of: "
        "draft, reviewed",
    ]


def test_check_reports_a_bad_config_key_with_its_line(seed_project):
    (seed_project / "briefgen.yaml").write_text("title: X\ncolour: red\n")
    result = briefgen(seed_project, "check")
    assert_clean_failure(result)
    assert "error: briefgen.yaml:2: colour: unknown field" in result.stderr


@pytest.mark.parametrize("command", ["check", "build"])
def test_config_and_content_errors_are_reported_in_one_run(empty_project, command):
    (empty_project / "briefgen.yaml").write_text("pdf:\n  page_size: A3\n")
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(date="2025-02-30"))
    result = briefgen(empty_project, command)
    assert_clean_failure(result)
    assert result.stderr.splitlines() == [
        "error: briefgen.yaml:2: pdf.page_size: 'A3' is not one of: A4, Letter",
        "error: content/briefings/2025-11-24-a.yaml:3: date: 2025-02-30 is not a real date",
    ]
    assert not (empty_project / "site").exists()


def test_build_makes_the_site_and_reports(seed_project):
    result = briefgen(seed_project, "build", "--no-pdf")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Built 1 briefing: ")
    assert (seed_project / "site" / "index.html").is_file()


def test_a_failing_build_exits_1_and_keeps_the_previous_site(seed_project):
    assert briefgen(seed_project, "build", "--no-pdf", "--quiet").returncode == 0
    index = (seed_project / "site" / "index.html").read_bytes()
    write_briefing(seed_project, "2025-11-25-x.yaml", "schema: briefgen/1\ntitle: : :\n")
    result = briefgen(seed_project, "build", "--no-pdf")
    assert_clean_failure(result)
    assert "content/briefings/2025-11-25-x.yaml:2:" in result.stderr
    assert (seed_project / "site" / "index.html").read_bytes() == index


def test_quiet_build_prints_nothing(seed_project):
    result = briefgen(seed_project, "build", "--no-pdf", "--quiet")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_drafts_are_built_only_with_the_drafts_flag(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(status="draft"))
    briefgen(empty_project, "build", "--no-pdf", "-q")
    assert not (empty_project / "site" / "briefings" / "a").exists()
    briefgen(empty_project, "build", "--no-pdf", "-q", "--drafts")
    assert (empty_project / "site" / "briefings" / "a" / "index.html").is_file()


def test_new_writes_a_skeleton_that_passes_check_and_is_never_overwritten(empty_project):
    result = briefgen(empty_project, "new", "Ceasefire talks in Doha", "--date", "2025-12-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "content/briefings/2025-12-01-ceasefire-talks-in-doha.yaml"
    assert briefgen(empty_project, "check").returncode == 0
    again = briefgen(empty_project, "new", "Ceasefire talks in Doha", "--date", "2025-12-01")
    assert_clean_failure(again)
    assert "already exists" in again.stderr


def test_bad_option_values_are_usage_errors(seed_project):
    result = briefgen(seed_project, "build", "--today", "yesterday")
    assert result.returncode == 2
    assert "'yesterday' is not a date YYYY-MM-DD" in result.stderr


def test_the_briefgen_script_is_installed():
    result = subprocess.run(["briefgen", "--version"], capture_output=True, text=True)
    assert result.stdout.strip() == "briefgen, version 0.1.0"


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def next_line_with(lines: queue.Queue, text: str, seconds: float = 300.0) -> str:
    """The next line the server prints that holds `text`: the test waits on the server's own
    report, not on a guess of how long a build takes."""
    while True:
        try:
            line = lines.get(timeout=seconds)
        except queue.Empty:
            pytest.fail(f"the server printed no line with {text!r}")
        if line is None:
            pytest.fail(f"the server stopped before printing {text!r}")
        if text in line:
            return line


def test_serve_serves_the_site_and_rebuilds_on_change(seed_project):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", "--port", str(port), "--no-pdf"],
        cwd=seed_project, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [*map(lines.put, server.stdout), lines.put(None)],
                     daemon=True).start()
    try:
        home = f"http://127.0.0.1:{port}/"
        next_line_with(lines, "Serving")
        assert "Trump Accepts Xi" in fetch(home)
        write_briefing(seed_project, "2025-11-25-fresh-news.yaml",
                       briefing_yaml(title="Fresh news from Doha", date="2025-11-25"))
        next_line_with(lines, "Rebuilt in")
        assert "Fresh news from Doha" in fetch(home)
        with pytest.raises(urllib.error.HTTPError) as missing:
            fetch(home + "no/such/page/")
        assert missing.value.code == 404
        assert "Page not found" in missing.value.read().decode()
        assert not (seed_project / "site").exists()  # the preview is never the published site
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_never_builds_its_preview_into_the_published_site(seed_project):
    result = briefgen(seed_project, "serve", "--output", "site")
    assert result.returncode == 2
    assert "the preview has drafts and local links: it is never built into site/" in \
        " ".join(result.stderr.split())
    assert not (seed_project / "site").exists()


@pytest.mark.parametrize("args, code, stream, text", [
    (("build", "--no-pdf"), 0, "stdout", "Built 1 briefing: "),
    (("check",), 0, "stdout", "OK: 1 briefing checked"),
    (("--version",), 0, "stdout", "briefgen, version"),
    (("no-such-command",), 2, "stderr", "No such command 'no-such-command'"),
    (("build", "--jobs", "none"), 2, "stderr", "'none' is not a valid integer"),
    (("build", "--output", "content"), 1, "stderr", "refusing to build into"),
    (("build", "--no-pdf", "--base-url", "https://org.github.io//evil.example/"), 1, "stderr",
     "error: --base-url: 'https://org.github.io//evil.example/' is not an http(s) URL"),
])
def test_the_program_exits_with_its_status_and_everything_it_printed(seed_project, args,
                                                                    code, stream, text):
    """The program ends without tearing the interpreter down: its output must still arrive
    whole through a pipe, and its status be the command's."""
    result = briefgen(seed_project, *args)
    assert result.returncode == code, result.stderr
    assert text in getattr(result, stream)
    assert "Traceback" not in result.stderr


# --- outside a project ------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ("build",), ("build", "--no-pdf"), ("check",), ("ingest", "article.txt"), ("new", "Title"),
    ("serve", "--no-pdf"), ("deploy", "--no-push"), ("email", "--dry-run", "out"),
], ids=lambda args: args[0])
def test_every_command_but_init_refuses_a_folder_that_is_not_a_project(tmp_path, args):
    (tmp_path / "article.txt").write_text("Leaders meet\nThe leaders met on Monday.\n")
    result = briefgen(tmp_path, *args)
    assert_clean_failure(result)
    assert result.stderr.splitlines() == [
        f"error: {tmp_path.as_posix()}: not a briefgen project (no briefgen.yaml, no "
        "content/briefings/); start one with `briefgen init`, or run briefgen in the "
        "project's folder"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_a_draft_printed_to_standard_output_needs_no_project_and_creates_nothing(tmp_path):
    (tmp_path / "article.txt").write_text("Leaders meet\n\nThe leaders agreed on Monday to "
                                          "reopen the border crossing.\n")
    result = briefgen(tmp_path, "ingest", "article.txt", "--date", "2025-11-24", "-o", "-")
    assert result.returncode == 0, result.stderr
    assert "Reopen the border crossing" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_build_in_an_empty_folder_exits_1_and_creates_nothing(tmp_path):
    result = briefgen(tmp_path, "build")
    assert_clean_failure(result)
    assert "briefgen init" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_folder_with_only_a_config_is_a_project(tmp_path):
    (tmp_path / "briefgen.yaml").write_text("title: Desk\n")
    assert briefgen(tmp_path, "check").returncode == 0


def test_init_works_in_an_empty_folder(tmp_path):
    assert briefgen(tmp_path, "init").returncode == 0
    assert (tmp_path / "briefgen.yaml").is_file()


# --- messages ---------------------------------------------------------------------------------


def test_build_says_how_many_drafts_it_left_out(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(status="draft"))
    result = briefgen(empty_project, "build", "--no-pdf")
    assert result.returncode == 0, result.stderr
    built, left_out = result.stdout.splitlines()
    assert built.startswith("Built 0 briefings: ")
    assert left_out == ("Left out 1 draft (status: draft): review and set status: reviewed, "
                        "or preview with `briefgen build --drafts`")


def test_check_says_what_it_checked_in_words(empty_project):
    write_briefing(empty_project, "2025-11-24-a.yaml", briefing_yaml(status="draft"))
    write_briefing(empty_project, "2025-11-24-b.yaml", briefing_yaml())
    result = briefgen(empty_project, "check")
    assert result.stdout.strip() == ("OK: 2 briefings checked — 1 reviewed, 1 draft "
                                     "(drafts stay out of the site until reviewed)")


def test_serve_on_a_port_in_use_says_so_without_announcing_it(seed_project):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = briefgen(seed_project, "serve", "--port", str(port), "--no-pdf")
    assert_clean_failure(result)
    assert "Serving" not in result.stdout
    assert result.stderr.splitlines() == [
        f"error: cannot serve on port {port}: Address already in use"]
    assert not (seed_project / ".briefgen" / "preview").exists()
