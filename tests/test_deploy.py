"""`briefgen deploy` against real git: a project repository and a bare remote in tmp_path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.build import BuildOptions, build

from conftest import (
    SEED_BRIEFING,
    briefing_yaml,
    copy_seed_project,
    git,
    make_remote,
    write_briefing,
)


def blob(where: Path, spec: str, env: dict[str, str]) -> bytes:
    return subprocess.run(["git", "cat-file", "blob", spec], cwd=where, env=env,
                          capture_output=True, check=True).stdout


def briefgen(project: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=120)


def assert_refused(result: subprocess.CompletedProcess, message: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: "), result.stderr
    assert message in result.stderr


@pytest.fixture
def project(tmp_path: Path, git_env: dict[str, str]) -> Path:
    """The seed project committed on main, pushed to a bare `origin`, with its site built."""
    root = copy_seed_project(tmp_path / "project")
    (root / ".gitignore").write_text("/site/\n/.site.*\n/.briefgen/\n", encoding="utf-8")
    git(root, "init", "-q", env=git_env)
    git(root, "add", "-A", env=git_env)
    git(root, "commit", "-q", "-m", "The seed briefing", env=git_env)
    remote = make_remote(tmp_path / "remote.git", git_env)
    git(root, "remote", "add", "origin", str(remote), env=git_env)
    git(root, "push", "-q", "origin", "main", env=git_env)
    build(root, BuildOptions(pdf=False))
    return root


def remote_of(project: Path) -> Path:
    return project.parent / "remote.git"


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file()}


def tree_files(repo: Path, ref: str, env: dict[str, str]) -> dict[str, bytes]:
    names = git(repo, "ls-tree", "-r", "--name-only", ref, env=env).splitlines()
    return {name: blob(repo, f"{ref}:{name}", env) for name in names}


def snapshot(project: Path, env: dict[str, str]) -> tuple:
    """What deploy must leave alone: HEAD, the branch, the index and every working file."""
    files = {p.relative_to(project).as_posix(): p.read_bytes() for p in project.rglob("*")
             if p.is_file() and ".git" not in p.relative_to(project).parts}
    return (git(project, "rev-parse", "HEAD", env=env),
            git(project, "symbolic-ref", "HEAD", env=env),
            git(project, "ls-files", "--stage", env=env), files)


def rebuild_with_news(project: Path) -> None:
    """Replace the seed briefing by another: pages appear and pages disappear."""
    (project / "content" / "briefings" / SEED_BRIEFING.name).unlink()
    write_briefing(project, "2025-11-25-talks-in-geneva.yaml", briefing_yaml(date="2025-11-25"))
    build(project, BuildOptions(pdf=False))


def test_deploy_publishes_the_site_as_the_whole_tree_of_gh_pages(project, git_env):
    before = snapshot(project, git_env)
    head = git(project, "rev-parse", "--short", "HEAD", env=git_env)
    result = briefgen(project, "deploy", env=git_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Committed ")
    assert "Pushed gh-pages to origin" in result.stdout

    remote = remote_of(project)
    expected = {**site_files(project / "site"), ".nojekyll": b""}
    assert tree_files(remote, "gh-pages", git_env) == expected
    assert git(remote, "log", "--format=%s", "gh-pages", env=git_env) == \
        f"Deploy site built from {head}"
    assert git(remote, "rev-parse", "main", env=git_env) == before[0]
    assert snapshot(project, git_env) == before
    assert git(project, "status", "--porcelain", env=git_env) == ""


def test_the_message_says_when_the_site_was_built_from_uncommitted_content(project, git_env):
    head = git(project, "rev-parse", "--short", "HEAD", env=git_env)
    rebuild_with_news(project)
    result = briefgen(project, "deploy", env=git_env)
    assert result.returncode == 0, result.stderr
    assert git(remote_of(project), "log", "--format=%s", "gh-pages", env=git_env) == \
        f"Deploy site built from {head} and uncommitted changes"


def test_a_configured_cname_is_written_to_the_branch(project, git_env):
    config = project / "briefgen.yaml"
    config.write_text(config.read_text() + "deploy:\n  cname: briefings.example.org\n")
    build(project, BuildOptions(pdf=False))
    result = briefgen(project, "deploy", env=git_env)
    assert result.returncode == 0, result.stderr
    files = tree_files(remote_of(project), "gh-pages", git_env)
    assert files["CNAME"] == b"briefings.example.org\n"
    assert files == {**site_files(project / "site"), ".nojekyll": b"", "CNAME": files["CNAME"]}


def test_a_second_deploy_replaces_the_tree_and_keeps_the_history(project, git_env):
    assert briefgen(project, "deploy", env=git_env).returncode == 0
    first = git(project, "rev-parse", "gh-pages", env=git_env)
    rebuild_with_news(project)
    result = briefgen(project, "deploy", "-m", "Tuesday's edition", env=git_env)
    assert result.returncode == 0, result.stderr

    remote = remote_of(project)
    assert git(remote, "rev-parse", "gh-pages^", env=git_env) == first
    assert git(remote, "log", "-1", "--format=%s", "gh-pages", env=git_env) == \
        "Tuesday's edition"
    files = tree_files(remote, "gh-pages", git_env)
    assert files == {**site_files(project / "site"), ".nojekyll": b""}
    assert "briefings/talks-in-geneva/index.html" in files
    assert not any(name.startswith("briefings/trump") for name in files)


def test_a_repeated_deploy_is_already_up_to_date(project, git_env):
    assert briefgen(project, "deploy", env=git_env).returncode == 0
    first = git(project, "rev-parse", "gh-pages", env=git_env)
    result = briefgen(project, "deploy", env=git_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"gh-pages already up to date ({first[:7]})")
    assert git(project, "rev-parse", "gh-pages", env=git_env) == first
    assert git(remote_of(project), "rev-parse", "gh-pages", env=git_env) == first


def test_a_fresh_clone_deploys_on_top_of_the_published_branch(project, git_env, tmp_path):
    assert briefgen(project, "deploy", env=git_env).returncode == 0
    first = git(project, "rev-parse", "gh-pages", env=git_env)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(remote_of(project)), str(clone), env=git_env)
    rebuild_with_news(clone)
    result = briefgen(clone, "deploy", env=git_env)
    assert result.returncode == 0, result.stderr
    assert git(remote_of(project), "rev-parse", "gh-pages^", env=git_env) == first


def test_no_push_commits_locally_only(project, git_env):
    result = briefgen(project, "deploy", "--no-push", "--branch", "pages", env=git_env)
    assert result.returncode == 0, result.stderr
    assert "Not pushed; publish with: git push origin pages" in result.stdout
    assert tree_files(project, "pages", git_env)["index.html"] == \
        (project / "site" / "index.html").read_bytes()
    assert git(remote_of(project), "rev-parse", "--verify", "-q", "pages", env=git_env,
               check=False) == ""


def test_deploy_works_where_git_knows_no_committer(project, git_env, tmp_path):
    bare_config = tmp_path / "empty.gitconfig"
    bare_config.write_text("", encoding="utf-8")
    env = {**git_env, "GIT_CONFIG_GLOBAL": str(bare_config), "EMAIL": ""}
    result = briefgen(project, "deploy", env=env)
    assert result.returncode == 0, result.stderr
    assert git(project, "log", "-1", "--format=%an <%ae>|%cn", "gh-pages", env=env) == \
        "briefgen <briefgen@localhost>|briefgen"


def test_refuses_a_missing_site(project, git_env):
    shutil.rmtree(project / "site")
    assert_refused(briefgen(project, "deploy", env=git_env),
                   "error: site/ is missing; run briefgen build first")


def test_refuses_a_site_without_index(project, git_env):
    (project / "site" / "index.html").unlink()
    assert_refused(briefgen(project, "deploy", env=git_env),
                   "error: site/ is missing index.html; run briefgen build first")


def test_refuses_a_site_older_than_its_content(project, git_env):
    seed = project / "content" / "briefings" / SEED_BRIEFING.name
    later = (project / "site" / "index.html").stat().st_mtime + 10
    os.utime(seed, (later, later))
    assert_refused(briefgen(project, "deploy", env=git_env),
                   f"error: site/ is older than content/briefings/{seed.name}; "
                   "run briefgen build first")
    assert git(project, "rev-parse", "--verify", "-q", "gh-pages", env=git_env,
               check=False) == ""


def test_refuses_a_project_outside_git(tmp_path, git_env):
    plain = copy_seed_project(tmp_path / "plain")
    build(plain, BuildOptions(pdf=False))
    assert_refused(briefgen(plain, "deploy", env=git_env), "is not inside a git repository")


def test_refuses_an_unknown_remote(project, git_env):
    assert_refused(briefgen(project, "deploy", "--remote", "nowhere", env=git_env),
                   "error: no git remote named 'nowhere'")
    assert git(project, "rev-parse", "--verify", "-q", "gh-pages", env=git_env,
               check=False) == ""


def test_refuses_the_checked_out_branch(project, git_env):
    before = snapshot(project, git_env)
    assert_refused(briefgen(project, "deploy", "--branch", "main", env=git_env),
                   "error: refusing to deploy to main: it is checked out")
    assert snapshot(project, git_env) == before


def test_a_rejected_push_is_reported_and_the_local_branch_kept(project, git_env, tmp_path):
    frozen = make_remote(tmp_path / "frozen.git", git_env)
    hook = frozen / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'deploys are frozen' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    git(project, "remote", "add", "frozen", str(frozen), env=git_env)

    result = briefgen(project, "deploy", "--remote", "frozen", env=git_env)
    assert_refused(result, "error: push of gh-pages to frozen failed: "
                           "[remote rejected] gh-pages -> gh-pages (pre-receive hook declined)")
    local = git(project, "rev-parse", "gh-pages", env=git_env)
    assert f"the local branch gh-pages is at {local[:7]}" in result.stderr
    assert git(frozen, "rev-parse", "--verify", "-q", "gh-pages", env=git_env, check=False) == ""


@pytest.mark.parametrize(("build_args", "reason"), [
    (("--drafts",), "site/ was built with drafts; run briefgen build first"),
    (("--base-url", "http://127.0.0.1:8000/"),
     "site/ was built for http://127.0.0.1:8000/, not http://localhost:8000/; "
     "run briefgen build first"),
])
def test_a_site_built_with_drafts_or_for_another_address_is_not_published(
        project, git_env, build_args, reason):
    write_briefing(project, "2025-11-25-unreviewed.yaml",
                   briefing_yaml("Unreviewed rumour", "2025-11-25", status="draft"))
    built = briefgen(project, "build", "--no-pdf", *build_args, env=git_env)
    assert built.returncode == 0, built.stderr
    assert_refused(briefgen(project, "deploy", "--no-push", env=git_env), reason)
    assert git(remote_of(project), "branch", "--list", "gh-pages", env=git_env) == ""
