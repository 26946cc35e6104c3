"""Symbolic links where briefgen writes: refused, never followed.

A link committed as `site`, `.briefgen` or a theme asset (or planted as `.site.previous`)
would make a build delete, overwrite or publish files outside the project.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefgen.errors import BriefgenError, Problem


def refuse_link(path: Path, shown: str | None = None) -> None:
    """Fail with one line if `path` is a symbolic link."""
    if path.is_symlink():
        raise BriefgenError(Problem(
            f"{shown or path}: is a symbolic link (to {os.readlink(path)}); briefgen does not "
            "write through links: remove it"))


def refuse_links_below(root: Path, path: Path) -> None:
    """Fail if `path`, or any folder between `root` and it, is a symbolic link."""
    if not path.is_relative_to(root):
        refuse_link(path)
        return
    current = root
    for part in path.relative_to(root).parts:
        current = current / part
        refuse_link(current, current.relative_to(root).as_posix())


def replace_link(path: Path) -> None:
    """Remove `path` if it is a symbolic link: briefgen's own work files are made anew."""
    if path.is_symlink():
        path.unlink()
