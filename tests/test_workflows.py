"""The GitHub workflows `init` writes, and this repository's own: valid by GitHub's workflow
schema, their scripts valid shell, their briefgen commands real ones, and the state they keep
between runs (the fetch record on the drafts branch, the send log on main) kept as promised.

The scripts run as GitHub runs them (`bash -eo pipefail`) against real git repositories; the
one thing that cannot run here is GitHub's API, so `gh` is a script that notes its arguments
and answers `pr list` with what the test says is open.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest
import yaml

from briefgen.cli import main as cli
from briefgen.init import DRAFTS_WORKFLOW, PAGES_WORKFLOW, WORKFLOWS, workflow_text

from conftest import REPO, git, make_remote

EXPRESSION = re.compile(r"\$\{\{.*?\}\}")


def validate(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.github-workflows", *map(str, paths)],
                          capture_output=True, text=True, timeout=120)


def every_workflow(tmp_path: Path) -> list[Path]:
    """Each workflow as `init` writes it, and as this repository carries it."""
    written = []
    for path in WORKFLOWS:
        target = tmp_path / Path(path).name
        target.write_text(workflow_text(path), encoding="utf-8")
        written += [target, REPO / path]
    return written


def scripts(path: Path) -> list[str]:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [step["run"] for job in workflow["jobs"].values() for step in job["steps"]
            if "run" in step]


def test_every_workflow_is_valid_by_githubs_workflow_schema(tmp_path):
    result = validate(*every_workflow(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_refuses_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(workflow_text(PAGES_WORKFLOW).replace("    runs-on: ubuntu-latest\n", "", 1)
                      .replace("contents: read", "contents: writ"), encoding="utf-8")
    result = validate(broken)
    assert result.returncode == 1
    assert "'runs-on' is a required property" in result.stdout
    assert "'writ' is not one of" in result.stdout


def test_every_script_is_valid_shell(tmp_path):
    for path in every_workflow(tmp_path):
        for script in scripts(path):
            result = subprocess.run(["bash", "-n", "-c", EXPRESSION.sub("x", script)],
                                    capture_output=True, text=True)
            assert result.returncode == 0, (path, script, result.stderr)


def test_every_briefgen_command_of_the_workflows_is_one_briefgen_takes(tmp_path):
    commands = [shlex.split(EXPRESSION.sub("x", line.strip()))[1:]
                for path in every_workflow(tmp_path) for script in scripts(path)
                for line in script.splitlines() if line.strip().startswith("briefgen ")]
    assert len(commands) == 2 * 3
    for args in commands:
        command = cli.get_command(click.Context(cli), args[0])
        assert command is not None, args
        command.make_context(args[0], list(args[1:]))  # raises on an unknown option or value


def test_the_only_secret_is_the_smtp_password_given_to_the_email_step(tmp_path):
    for path in every_workflow(tmp_path):
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        given = {(job, step.get("name")): value
                 for job, spec in workflow["jobs"].items() for step in spec["steps"]
                 for value in step.get("env", {}).values() if "secrets." in value}
        assert given == ({("email", "Email the day's edition to whoever has not had it"):
                          "${{ secrets.BRIEFGEN_SMTP_PASSWORD }}"}
                         if path.name == "pages.yml" else {})
        assert path.read_text(encoding="utf-8").count("secrets.") == len(given)


# The drafts workflow, run as GitHub would run it, day after day.

FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Press</title>{}</channel>'
        "</rss>")
ITEM = "<item><title>{0}</title><link>/news/{1}</link><guid>{1}</guid></item>"
PAGE = ("<!doctype html><html><head><title>{0}</title>"
        '<meta property="article:published_time" content="2025-11-24T08:00:00Z"></head><body>'
        "<article><h1>{0}</h1><p>{1}</p><p>Officials said talks would continue.</p></article>"
        "</body></html>")
ARTICLES = {"grain": ("Ministers agree grain corridor",
                      "The ministers agreed on Monday to reopen the grain corridor."),
            "port": ("Port deal signed", "The two ports signed a deal to share their cranes.")}


class GitHub:
    """A repository's `origin` (a bare repository), the runner's tools on PATH, and what
    `gh` was asked; `run(workflow, job)` runs a job's steps in a fresh checkout."""

    def __init__(self, tmp_path: Path, git_env: dict[str, str]):
        self.tmp = tmp_path
        self.env = git_env
        self.origin = make_remote(tmp_path / "origin.git", git_env)
        tools = tmp_path / "tools"
        tools.mkdir()
        self.gh_log = tmp_path / "gh.log"
        self.open_pulls = tmp_path / "open-pulls"
        self.open_pulls.write_text("", encoding="utf-8")
        (tools / "briefgen").write_text(
            f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m briefgen "$@"\n')
        (tools / "gh").write_text(
            '#!/bin/sh\nprintf "%s" "$*" | tr "\\n" " " >> "$GH_LOG"\necho >> "$GH_LOG"\n'
            'if [ "$1 $2" = "pr list" ]; then cat "$OPEN_PULLS"; fi\n')
        for tool in tools.iterdir():
            tool.chmod(0o755)
        self.path = f"{tools}:{git_env['PATH']}"
        self.runs = 0

    def clone(self, name: str, branch: str = "main") -> Path:
        work = self.tmp / name
        git(self.tmp, "clone", "-q", "--branch", branch, str(self.origin), name, env=self.env)
        return work

    def run(self, workflow: str, job: str) -> list[subprocess.CompletedProcess]:
        """The job's `run` steps but the install (briefgen is on PATH), in a checkout of main
        with its whole history, as `actions/checkout` with `fetch-depth: 0` makes it."""
        self.runs += 1
        work = self.clone(f"run-{self.runs}")
        spec = yaml.safe_load(workflow_text(workflow))["jobs"][job]
        env = {**self.env, **spec.get("env", {}), "PATH": self.path, "PYTHONPATH": str(REPO),
               "GH_TOKEN": "a token", "GH_LOG": str(self.gh_log),
               "OPEN_PULLS": str(self.open_pulls), "GITHUB_RUN_ID": str(self.runs)}
        results = []
        for step in spec["steps"]:
            if "run" not in step or step["run"].startswith("pip install"):
                continue
            results.append(subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail",
                                           "-c", step["run"]], cwd=work, env=env,
                                          capture_output=True, text=True, timeout=300))
            assert results[-1].returncode == 0, (step["name"], results[-1].stderr)
        return results

    def asked(self) -> list[str]:
        return self.gh_log.read_text().splitlines() if self.gh_log.exists() else []

    def files(self, ref: str, folder: str) -> list[str]:
        listing = git(self.origin, "ls-tree", "--name-only", ref, f"{folder}/", env=self.env)
        return sorted(Path(name).name for name in listing.splitlines())

    def branches(self) -> list[str]:
        return git(self.origin, "for-each-ref", "--format=%(refname:short)", "refs/heads/",
                   env=self.env).splitlines()


@pytest.fixture
def github(tmp_path, git_env, site) -> GitHub:
    """A project made by `init`, following one feed, pushed to `origin`'s main."""
    hub = GitHub(tmp_path, git_env)
    project = tmp_path / "project"
    subprocess.run([sys.executable, "-m", "briefgen", "init", str(project)], check=True,
                   env={**git_env, "PYTHONPATH": str(REPO)}, capture_output=True)
    config = project / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "sources: []", f"sources:\n  - name: Press room\n    url: {site.url}/press.xml"),
        encoding="utf-8")
    git(project, "init", "-q", env=git_env)
    git(project, "add", "-A", env=git_env)
    git(project, "commit", "-q", "-m", "A new project", env=git_env)
    git(project, "push", "-q", str(hub.origin), "main", env=git_env)
    for slug, (title, sentence) in ARTICLES.items():
        site.routes[f"/news/{slug}"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                        PAGE.format(title, sentence).encode())
    return hub


def publish(site, *slugs: str) -> None:
    items = "".join(ITEM.format(ARTICLES[slug][0], slug) for slug in slugs)
    site.routes["/press.xml"] = (200, {}, FEED.format(items).encode())


def test_drafts_not_merged_yet_are_not_drafted_again_and_merged_ones_neither(github, site):
    publish(site, "grain")
    github.run(DRAFTS_WORKFLOW, "fetch")
    drafted = github.files("briefgen-drafts", "content/briefings")
    assert drafted == [".gitkeep", "2025-11-24-ministers-agree-grain-corridor.yaml"]
    assert github.files("main", "content/briefings") == [".gitkeep"]
    record = json.loads(git(github.origin, "show", "briefgen-drafts:.briefgen/fetched.json",
                            env=github.env))
    assert [entry["state"] for entry in record["items"].values()] == ["drafted"]
    listed, created = github.asked()
    assert listed == "pr list --head briefgen-drafts --state open --json number --jq .[].number"
    assert created.startswith("pr create --base main --head briefgen-drafts --title Drafts for "
                              "review --body New drafts, fetched from the sources")
    assert "set `status: reviewed`" in created

    # The next morning, the pull request still open: only the new article is drafted.
    github.open_pulls.write_text("7\n", encoding="utf-8")
    publish(site, "grain", "port")
    before = git(github.origin, "rev-parse", "briefgen-drafts", env=github.env)
    github.run(DRAFTS_WORKFLOW, "fetch")
    assert github.files("briefgen-drafts", "content/briefings") == [
        ".gitkeep", "2025-11-24-ministers-agree-grain-corridor.yaml",
        "2025-11-24-port-deal-signed.yaml"]
    assert git(github.origin, "rev-list", "--count", f"{before}..briefgen-drafts",
               env=github.env) == "1", "added on top: a reviewer's commits are never rewritten"
    assert len(github.asked()) == 3 and github.asked()[2].startswith("pr list")

    # Nothing new the morning after: no commit.
    head = git(github.origin, "rev-parse", "briefgen-drafts", env=github.env)
    [*_, pushed] = github.run(DRAFTS_WORKFLOW, "fetch")
    assert "Nothing new to propose" in pushed.stdout
    assert git(github.origin, "rev-parse", "briefgen-drafts", env=github.env) == head

    # Reviewed and merged, the branch deleted: the next run starts from main and drafts
    # neither article again, so it proposes nothing.
    merge_drafts(github, delete_branch=True)
    github.open_pulls.write_text("", encoding="utf-8")
    [*_, pushed] = github.run(DRAFTS_WORKFLOW, "fetch")
    assert "Nothing new to propose" in pushed.stdout
    assert github.branches() == ["main"]
    assert len(github.asked()) == 3


def merge_drafts(github: GitHub, *, delete_branch: bool) -> None:
    """What merging the pull request does: briefgen-drafts merged into main."""
    reviewer = github.clone(f"reviewer-{github.runs}", branch="briefgen-drafts")
    git(reviewer, "checkout", "-q", "main", env=github.env)
    git(reviewer, "merge", "-q", "--no-ff", "-m", "Merge the reviewed drafts",
        "briefgen-drafts", env=github.env)
    git(reviewer, "push", "-q", "origin", "main", *([":briefgen-drafts"] if delete_branch
                                                    else []), env=github.env)


def test_after_a_merge_that_keeps_the_branch_new_drafts_go_to_a_new_pull_request(github, site):
    publish(site, "grain")
    github.run(DRAFTS_WORKFLOW, "fetch")
    merge_drafts(github, delete_branch=False)
    publish(site, "grain", "port")
    github.run(DRAFTS_WORKFLOW, "fetch")
    assert github.files("main", "content/briefings") == [
        ".gitkeep", "2025-11-24-ministers-agree-grain-corridor.yaml"]
    assert github.files("briefgen-drafts", "content/briefings") == [
        ".gitkeep", "2025-11-24-ministers-agree-grain-corridor.yaml",
        "2025-11-24-port-deal-signed.yaml"]
    assert subprocess.run(["git", "merge-base", "--is-ancestor", "main", "briefgen-drafts"],
                          cwd=github.origin, env=github.env).returncode == 0
    assert [line.split(" --")[0] for line in github.asked()] == [
        "pr list", "pr create", "pr list", "pr create"]


def test_the_send_log_is_committed_to_main_even_when_main_moved_on_meanwhile(github):
    spec = yaml.safe_load(workflow_text(PAGES_WORKFLOW))["jobs"]["email"]
    [keep] = [step["run"] for step in spec["steps"] if "sent.jsonl" in step.get("run", "")]
    env = {**github.env, "GITHUB_RUN_ID": "41"}

    def keep_log(work: Path) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", keep],
                              cwd=work, env=env, capture_output=True, text=True, timeout=60)

    runner = github.clone("runner")
    assert keep_log(runner).returncode == 0  # nothing sent, no log: nothing to commit
    log = runner / ".briefgen" / "sent.jsonl"
    log.parent.mkdir()
    log.write_text('{"date": "2025-11-24", "recipient": "a@example.org", "state": "sent"}\n',
                   encoding="utf-8")
    someone = github.clone("someone")
    (someone / "README.txt").write_text("a note\n", encoding="utf-8")
    git(someone, "add", "README.txt", env=github.env)
    git(someone, "commit", "-q", "-m", "A note", env=github.env)
    git(someone, "push", "-q", "origin", "main", env=github.env)

    result = keep_log(runner)
    assert result.returncode == 0, result.stderr
    assert "main moved on (attempt 1)" in result.stdout
    assert git(github.origin, "show", "main:.briefgen/sent.jsonl", env=github.env) == \
        log.read_text().strip()
    assert git(github.origin, "log", "--format=%s", "-2", "main", env=github.env).splitlines() \
        == ["Send log of the edition emailed by run 41", "A note"]
