"""`briefgen daily` end to end, with real parts: a feed and its pages served on 127.0.0.1, an
SMTP server (aiosmtpd) on 127.0.0.1 and a bare git repository as the place the site goes."""

from __future__ import annotations

import email
import email.policy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefgen.cli import DAILY_STEPS
from briefgen.daily import STEPS

from conftest import REPO, briefing_yaml, git, make_remote, write_briefing

ALICE, BOB = "alice@example.org", "bob@example.org"
HTML = {"Content-Type": "text/html; charset=utf-8"}
PAGE = (b"<!doctype html><html><head><title>Ministers agree grain corridor | Gazette</title>"
        b'<meta property="article:published_time" content="2025-11-24T08:00:00Z"></head>'
        b"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        b"<h1>Ministers agree grain corridor</h1>"
        b"<p>The ministers agreed on Monday to reopen the grain corridor.</p>"
        b"<p>The two foreign ministers will meet again in Geneva in March 2026.</p></article>"
        b"<footer>All rights reserved.</footer></body></html>")
FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Press</title><item>'
        b"<title>Grain corridor</title><link>/news/grain</link><guid>press-1</guid></item>"
        b"</channel></rss>")


def daily(project: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "briefgen", "daily", "--quiet", *args],
                            cwd=project, env={**env, "PYTHONPATH": str(REPO)},
                            capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def lines(result: subprocess.CompletedProcess) -> dict[str, str]:
    """Each step's line of standard output, by the step's name."""
    return dict(line.split(": ", 1) for line in result.stdout.splitlines())


def briefings(project: Path) -> list[Path]:
    return sorted((project / "content" / "briefings").glob("*.yaml"))


def received(inbox) -> list[tuple[list[str], str]]:
    return [(to, email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
            for _, to, raw in inbox.messages]


@pytest.fixture
def project(tmp_path: Path, git_env: dict[str, str], site, inbox) -> Path:
    """A project made by `init`, following one feed, emailing two people, in a git
    repository whose `origin` is a bare repository."""
    site.routes.update({"/press.xml": (200, {}, FEED), "/news/grain": (200, HTML, PAGE)})
    root = tmp_path / "project"
    assert subprocess.run([sys.executable, "-m", "briefgen", "init", str(root)],
                          env={**git_env, "PYTHONPATH": str(REPO)}, capture_output=True
                          ).returncode == 0
    settings = {"sources": [{"name": "Press room", "url": f"{site.url}/press.xml"}],
                "email": {"sender": "briefings@example.org", "recipients": [ALICE, BOB],
                          "smtp_host": "127.0.0.1", "smtp_port": inbox.port,
                          "security": "none"}}
    (root / "briefgen.yaml").write_text(yaml.safe_dump(settings), encoding="utf-8")
    git(root, "init", "-q", env=git_env)
    git(root, "add", "-A", env=git_env)
    git(root, "commit", "-q", "-m", "A new project", env=git_env)
    git(root, "remote", "add", "origin", str(make_remote(tmp_path / "site.git", git_env)),
        env=git_env)
    return root


def review(draft: Path) -> None:
    """What a reviewer does last: mark the draft reviewed."""
    text = draft.read_text(encoding="utf-8")
    assert "status: draft\n" in text
    draft.write_text(text.replace("status: draft\n", "status: reviewed\n"), encoding="utf-8")


def published(project: Path, env: dict[str, str]) -> tuple[str, list[str]]:
    """The commit of gh-pages in the bare remote and the files it holds."""
    remote = project.parent / "site.git"
    commit = git(remote, "rev-parse", "gh-pages", env=env)
    return commit, git(remote, "ls-tree", "-r", "--name-only", commit, env=env).splitlines()


def test_a_run_drafts_a_later_one_publishes_what_was_reviewed_and_none_does_anything_twice(
        project, git_env, inbox):
    first = daily(project, git_env)
    assert first.returncode == 0, first.stderr
    steps = lines(first)
    assert list(steps) == ["fetch", "build", "email", "deploy"]
    assert steps["fetch"].startswith("fetched 1 source(s): 1 drafted, 0 item(s) failed")
    assert steps["build"].startswith("Built 0 briefings")
    assert steps["email"] == "skipped: there is no reviewed briefing to send"
    assert steps["deploy"].startswith("committed ") and "pushed it to origin" in steps["deploy"]
    [draft] = briefings(project)
    assert inbox.messages == []

    review(draft)
    second = daily(project, git_env)
    assert second.returncode == 0, second.stderr
    steps = lines(second)
    assert "0 drafted" in steps["fetch"] and "1 already drafted" in steps["fetch"]
    assert steps["build"].startswith("Built 1 briefing:")
    assert steps["email"] == "sent the edition of 2025-11-24 to 2 recipients"
    assert steps["deploy"].startswith("committed ")
    assert received(inbox) == [
        ([ALICE], "Daily briefing — 24 November 2025: Ministers agree grain corridor"),
        ([BOB], "Daily briefing — 24 November 2025: Ministers agree grain corridor")]
    commit, files = published(project, git_env)
    slug = draft.stem.split("-", 3)[3]
    assert {f"briefings/{slug}/index.html", "2025/11/24/briefing-2025-11-24.pdf"} <= set(files)

    third = daily(project, git_env)
    assert third.returncode == 0, third.stderr
    steps = lines(third)
    assert "0 drafted" in steps["fetch"]
    assert steps["build"] == "skipped: site/ is as it was: nothing reviewed or changed since " \
        "the last build"
    assert steps["email"] == "skipped: the edition of 2025-11-24 went to all 2 recipients before"
    assert steps["deploy"] == f"skipped: gh-pages already holds this site ({commit[:7]})"
    assert len(inbox.messages) == 2
    assert briefings(project) == [draft]
    assert published(project, git_env)[0] == commit


def test_with_nothing_configured_each_step_says_why_it_was_skipped(tmp_path, git_env):
    assert subprocess.run([sys.executable, "-m", "briefgen", "init", str(tmp_path)],
                          env={**git_env, "PYTHONPATH": str(REPO)}).returncode == 0
    result = daily(tmp_path, git_env, "--only", "fetch", "--only", "email", "--only", "deploy")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "fetch: skipped: no sources under `sources:` in briefgen.yaml",
        "email: skipped: no sender: set email.sender in briefgen.yaml",
        f"deploy: skipped: nowhere to deploy to: {tmp_path} is not inside a git repository; "
        "deploy commits the site to a branch of one"]
    assert result.stderr == ""


def test_a_step_set_up_only_in_part_says_what_it_lacks(tmp_path, git_env):
    assert subprocess.run([sys.executable, "-m", "briefgen", "init", str(tmp_path)],
                          env={**git_env, "PYTHONPATH": str(REPO)}).returncode == 0
    (tmp_path / "briefgen.yaml").write_text(yaml.safe_dump(
        {"email": {"sender": "briefings@example.org"}}), encoding="utf-8")
    git(tmp_path, "init", "-q", env=git_env)
    result = daily(tmp_path, git_env, "--only", "email", "--only", "deploy")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "email: skipped: no recipients: set email.recipients (or email.recipients_file) in "
        "briefgen.yaml",
        "deploy: skipped: nowhere to deploy to: no git remote named 'origin' (deploy.remote in "
        "briefgen.yaml)"]


def test_with_no_reviewed_briefing_there_is_no_edition_to_send(project, git_env, inbox):
    result = daily(project, git_env, "--only", "email")
    assert result.returncode == 0, result.stderr
    assert lines(result) == {"email": "skipped: there is no reviewed briefing to send"}
    assert inbox.messages == []


def test_only_runs_the_steps_named_in_their_own_order(project, git_env, inbox):
    result = daily(project, git_env, "--only", "email", "--only", "fetch")
    assert result.returncode == 0, result.stderr
    assert list(lines(result)) == ["fetch", "email"]
    assert not (project / "site").exists()


@pytest.mark.parametrize("sources, status", [
    (("press.xml", "gone.xml"), 0),  # one source read: the run goes on, the other named
    (("gone.xml",), 1),  # no source read: the fetch failed
])
def test_a_source_that_fails_is_named_and_fails_the_run_only_when_none_could_be_read(
        project, git_env, site, sources, status):
    config = project / "briefgen.yaml"
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings["sources"] = [{"name": name, "url": f"{site.url}/{name}"} for name in sources]
    config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    result = daily(project, git_env, "--only", "fetch")
    assert result.returncode == status
    assert result.stderr.splitlines()[-1] == "error: gone.xml: HTTP 404 Not Found"
    assert len(briefings(project)) == len(sources) - 1


def test_a_refused_recipient_fails_the_run_while_the_others_are_served(project, git_env, inbox):
    assert daily(project, git_env, "--only", "fetch").returncode == 0
    review(briefings(project)[0])
    inbox.refuse.add(BOB)
    result = daily(project, git_env)
    assert result.returncode == 1
    steps = lines(result)
    assert "email" not in steps
    assert steps["deploy"].startswith("committed ")
    assert result.stderr.splitlines() == [
        "error: email: sent the edition of 2025-11-24 to 1 recipient; 1 not served",
        "error: bob@example.org: failed (550 5.1.1 No such user here)"]
    assert [to for to, _ in received(inbox)] == [[ALICE]]


def test_a_briefing_that_does_not_validate_stops_email_and_deploy_not_fetch(project, git_env,
                                                                           inbox):
    write_briefing(project, "2025-02-28-talks.yaml", briefing_yaml(date="2025-02-30"))
    result = daily(project, git_env)
    assert result.returncode == 1
    steps = lines(result)
    assert "1 drafted" in steps["fetch"]
    assert steps["email"] == steps["deploy"] == "skipped: the build failed"
    assert result.stderr == "error: build: content/briefings/2025-02-28-talks.yaml:3: date: " \
        "2025-02-30 is not a real date\n"
    assert inbox.messages == []


def test_settings_that_do_not_validate_stop_the_run_in_one_line(project, git_env, inbox):
    config = project / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("security: none",
                                                                 "security: tls"))
    result = daily(project, git_env)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "error: briefgen.yaml:5: email.security: 'tls' is not one of: " \
        "starttls, ssl, none\n"
    assert briefings(project) == [] and inbox.messages == []


def test_the_command_offers_every_step_of_the_run():
    assert DAILY_STEPS == STEPS


def test_the_smtp_password_still_comes_only_from_the_environment(project, git_env, inbox):
    text = (project / "briefgen.yaml").read_text(encoding="utf-8")
    (project / "briefgen.yaml").write_text(
        text.replace("  security: none\n", "  security: starttls\n  username: briefings\n"),
        encoding="utf-8")
    env = {k: v for k, v in git_env.items() if k != "BRIEFGEN_SMTP_PASSWORD"}
    assert daily(project, env, "--only", "fetch").returncode == 0
    review(briefings(project)[0])
    result = daily(project, env, "--only", "email")
    assert result.returncode == 1
    assert result.stderr == ("error: email: a username is set but BRIEFGEN_SMTP_PASSWORD is "
                             "not; set the password in the environment\n")
    assert inbox.messages == []
