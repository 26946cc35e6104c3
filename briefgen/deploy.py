"""`briefgen deploy`: the built site as the whole tree of the `gh-pages` branch, then a push.

Only git plumbing is used, with a temporary index file: the files of the site folder are
written as blobs, gathered into a tree, and committed on top of the branch's previous
commit (history kept). The working tree, the index and the branch checked out are never
touched. A site identical to the branch's current tree makes no new commit.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefgen.build import stale_input, unpublishable
from briefgen.config import load_config
from briefgen.errors import BriefgenError, Problem

#: Variables that would point git at another repository, index or work tree than the project's.
_LOCATING = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
             "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE")
#: Who commits when git knows nobody (a CI runner): name and email, as author and committer.
FALLBACK_IDENTITY = {"name": "briefgen", "email": "briefgen@localhost"}


@dataclass(frozen=True)
class DeployOptions:
    output: Path = Path("site")
    remote: str | None = None  # default: deploy.remote in briefgen.yaml
    branch: str | None = None  # default: deploy.branch
    message: str | None = None  # default: "Deploy site built from <short HEAD>[ and …]"
    push: bool = True


@dataclass(frozen=True)
class DeployReport:
    branch: str
    commit: str  # the branch's commit after the deploy
    created: bool  # False when the site was already the branch's tree
    files: int
    remote: str
    pushed: bool


def deploy(project: Path, options: DeployOptions | None = None) -> DeployReport:
    options = options or DeployOptions()
    settings = load_config(project).deploy
    remote = options.remote or settings.remote
    branch = options.branch or settings.branch
    site = built_site(project, options.output)
    git = Git(project)
    git.check_branch(branch)
    if options.push:
        git.check_remote(remote)

    extra = {".nojekyll": b""}
    if settings.cname:
        extra["CNAME"] = settings.cname.encode("utf-8") + b"\n"
    tree, files = git.write_tree(site, extra)
    ref = f"refs/heads/{branch}"
    local = git.resolve(ref)
    parent = local or git.resolve(f"refs/remotes/{remote}/{branch}")
    if parent and git.resolve(f"{parent}^{{tree}}") == tree:
        commit, created = parent, False
        if not local:
            git.run("update-ref", "-m", "briefgen deploy", ref, commit, "")
    else:
        message = options.message or git.default_message()
        commit = git.run("commit-tree", tree, *(["-p", parent] if parent else []),
                         "-m", message, identity=True)
        git.run("update-ref", "-m", "briefgen deploy", ref, commit, local or "")
        created = True
    if options.push:
        git.push(remote, branch, commit)
    return DeployReport(branch, commit, created, files, remote, pushed=options.push)


def missing_target(project: Path, remote: str | None = None) -> str | None:
    """Why there is nowhere to deploy to (git missing, no repository, no such remote), or
    None when there is somewhere."""
    try:
        git = Git(project)
    except BriefgenError as error:
        return error.problems[0].message
    remote = remote or load_config(project).deploy.remote
    if not git.has_remote(remote):
        return f"no git remote named {remote!r} (deploy.remote in briefgen.yaml)"
    return None


def built_site(project: Path, output: Path) -> Path:
    """The site folder, refused when missing or older than any of its inputs."""
    site = project / output
    name = _shown(project, site) + "/"
    if not site.is_dir():
        raise BriefgenError(Problem(f"{name} is missing; run briefgen build first"))
    index = site / "index.html"
    if not index.is_file():
        raise BriefgenError(Problem(f"{name} is missing index.html; run briefgen build first"))
    changed = stale_input(project, output)
    if changed is not None:
        raise BriefgenError(Problem(f"{name} is older than {_shown(project, changed)}; "
                                    "run briefgen build first"))
    reason = unpublishable(project, output, load_config(project).base_url)
    if reason is not None:
        raise BriefgenError(Problem(f"{name} {reason}; run briefgen build first"))
    return site


def _shown(project: Path, path: Path) -> str:
    return path.relative_to(project).as_posix() if path.is_relative_to(project) else str(path)


def _site_files(site: Path) -> dict[str, Path]:
    """Every file of the site by its path in the tree; a `.git` at the top is not the site's."""
    files = {}
    for folder, dirs, names in os.walk(site):
        here = Path(folder)
        if here == site:
            dirs[:] = [d for d in dirs if d != ".git"]
            names = [n for n in names if n != ".git"]
        for name in names:
            path = here / name
            if path.is_file():
                files[path.relative_to(site).as_posix()] = path
    return files


class Git:
    """git run in the project folder, which must be inside a work tree."""

    def __init__(self, project: Path):
        self.project = project
        self.env = {k: v for k, v in os.environ.items() if k not in _LOCATING}
        try:
            inside = self._run(["rev-parse", "--is-inside-work-tree"], self.env)
        except FileNotFoundError:
            raise BriefgenError(Problem("git is not installed; deploy needs it")) from None
        if inside.returncode != 0 or inside.stdout.strip() != "true":
            raise BriefgenError(Problem(f"{project} is not inside a git repository; "
                                        "deploy commits the site to a branch of one"))

    def _run(self, args: list[str], env: dict[str, str], data: bytes | None = None,
             ) -> subprocess.CompletedProcess:
        return subprocess.run(["git", *args], cwd=self.project, env=env, input=data,
                              capture_output=True, text=data is None)

    def run(self, *args: str, data: bytes | None = None, env: dict[str, str] | None = None,
            identity: bool = False) -> str:
        """Run a git command that is expected to succeed; its standard output, stripped."""
        env = env or self.env
        if identity:
            env = {**env, **self._identity()}
        result = self._run(list(args), env, data)
        if result.returncode != 0:
            raise BriefgenError(Problem(f"git {args[0]} failed: {_last_line(result.stderr)}"))
        out = result.stdout
        return (out.decode() if isinstance(out, bytes) else out).strip()

    def resolve(self, name: str) -> str | None:
        result = self._run(["rev-parse", "--verify", "--quiet", name], self.env)
        return (result.stdout.strip() or None) if result.returncode == 0 else None

    def config(self, key: str) -> str:
        return self._run(["config", "--get", key], self.env).stdout.strip()

    def _identity(self) -> dict[str, str]:
        """Author and committer for a machine where git has none configured."""
        env = {}
        for key in ("name", "email"):
            if not self.config(f"user.{key}"):
                for who in ("AUTHOR", "COMMITTER"):
                    variable = f"GIT_{who}_{key.upper()}"
                    env[variable] = self.env.get(variable) or FALLBACK_IDENTITY[key]
        return env

    def check_branch(self, branch: str) -> None:
        if self._run(["check-ref-format", "--branch", branch], self.env).returncode != 0:
            raise BriefgenError(Problem(f"{branch!r} is not a valid branch name"))
        ref = f"refs/heads/{branch}"
        current = self._run(["symbolic-ref", "-q", "HEAD"], self.env).stdout.strip()
        worktrees = self._run(["for-each-ref", "--format=%(worktreepath)", ref], self.env)
        if current == ref or worktrees.stdout.strip():
            raise BriefgenError(Problem(
                f"refusing to deploy to {branch}: it is checked out, and deploy never touches "
                "a checked-out branch; choose another with --branch or deploy.branch"))

    def has_remote(self, remote: str) -> bool:
        return self._run(["remote", "get-url", remote], self.env).returncode == 0

    def check_remote(self, remote: str) -> None:
        if not self.has_remote(remote):
            raise BriefgenError(Problem(
                f"no git remote named {remote!r}; add one with: git remote add {remote} URL "
                "(or use --no-push)"))

    def write_tree(self, site: Path, extra: dict[str, bytes]) -> tuple[str, int]:
        """Write the site's files (and `extra` ones, which win) as a tree; (its id, files)."""
        files = _site_files(site)
        with tempfile.TemporaryDirectory(prefix="briefgen-deploy-") as tmp:
            for i, (name, data) in enumerate(extra.items()):
                path = Path(tmp) / f"extra-{i}"
                path.write_bytes(data)
                files[name] = path
            names = sorted(files)
            if any("\n" in str(files[n]) or "\n" in n for n in names):
                raise BriefgenError(Problem("cannot deploy a file whose name has a line break"))
            listing = "".join(f"{files[n]}\n" for n in names).encode()
            blobs = self.run("hash-object", "-w", "--no-filters", "--stdin-paths",
                             data=listing).split()
            entries = b"".join(
                f"{_mode(files[n])} {blob}\t{n}".encode() + b"\0" for n, blob in zip(
                    names, blobs, strict=True))
            env = {**self.env, "GIT_INDEX_FILE": str(Path(tmp) / "index")}
            self.run("update-index", "--add", "-z", "--index-info", data=entries, env=env)
            tree = self.run("write-tree", env=env)
        return tree, len(names)

    def default_message(self) -> str:
        head = self._run(["rev-parse", "--short", "--verify", "--quiet", "HEAD"], self.env)
        sha = head.stdout.strip() if head.returncode == 0 else ""
        if not sha:
            return "Deploy site"
        changed = self._run(["status", "--porcelain"], self.env)
        if changed.returncode == 0 and changed.stdout.strip():
            return f"Deploy site built from {sha} and uncommitted changes"
        return f"Deploy site built from {sha}"

    def push(self, remote: str, branch: str, commit: str) -> None:
        ref = f"refs/heads/{branch}"
        result = self._run(["push", remote, f"{ref}:{ref}"], self.env)
        if result.returncode != 0:
            short = commit[:7]
            raise BriefgenError(Problem(
                f"push of {branch} to {remote} failed: {_push_reason(result.stderr)}; "
                f"the local branch {branch} is at {short} with the site, not yet published: "
                f"run briefgen deploy again or git push {remote} {branch}"))


def _mode(path: Path) -> str:
    return "100755" if path.stat().st_mode & 0o111 else "100644"


def _last_line(stderr: str | bytes) -> str:
    text = stderr.decode(errors="replace") if isinstance(stderr, bytes) else stderr
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no message"


def _push_reason(stderr: str) -> str:
    """The line saying why git refused a ref (" ! [remote rejected] … (reason)"), else the last."""
    rejected = [line for line in stderr.splitlines() if line.startswith(" ! ")]
    line = rejected[-1] if rejected else _last_line(stderr)
    return re.sub(r"\s+", " ", line.strip().removeprefix("! "))
