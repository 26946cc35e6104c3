"""A project's inputs — settings and briefings — loaded together, so one run reports every error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefgen.config import SiteConfig, load_config
from briefgen.content import Checked, Content, load_content
from briefgen.errors import BriefgenError, Problem


@dataclass(frozen=True)
class Project:
    config: SiteConfig
    content: Content


def load_project(root: Path, workers: int = 1,
                 known: Mapping[str, Checked] | None = None) -> Project:
    """Read `briefgen.yaml` and every briefing (in `workers` processes, taking `known`
    unchanged ones as they are); raise one error listing all their problems."""
    problems: list[Problem] = []
    config = content = None
    try:
        config = load_config(root)
    except BriefgenError as error:
        problems.extend(error.problems)
    try:
        content = load_content(root, workers, known)
    except BriefgenError as error:
        problems.extend(error.problems)
    if problems:
        raise BriefgenError(problems)
    return Project(config, content)


def require_project(root: Path) -> None:
    """Refuse a folder that is not a project, before a command creates anything in it.

    A project has `briefgen.yaml` or `content/briefings/`; anything else (an empty folder, a
    home directory) would otherwise get a `site/`, a `.briefgen/` or a `content/` it never
    asked for."""
    if (root / "briefgen.yaml").is_file() or (root / "content" / "briefings").is_dir():
        return
    raise BriefgenError(Problem(
        "not a briefgen project (no briefgen.yaml, no content/briefings/); "
        "start one with `briefgen init`, or run briefgen in the project's folder",
        root.as_posix()))
