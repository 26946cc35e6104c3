"""Where the theme's files are: the project's own `templates/` first, then the built-in theme.

Kept apart from the Jinja environment so that finding out whether anything changed does not
import the template engine.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import BriefgenError, Problem

_PACKAGE = Path(__file__).resolve().parent.parent


def default_theme_dir() -> Path:
    """The built-in theme: inside the installed package, or the source tree's `templates/`."""
    packaged = _PACKAGE / "templates"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "templates"


def theme_dirs(project: Path) -> list[Path]:
    """Where templates and assets are looked up, in order; a name found first wins."""
    dirs = [project / "templates", default_theme_dir()]
    unique = []
    for folder in dirs:
        if folder.is_dir() and folder.resolve() not in [d.resolve() for d in unique]:
            unique.append(folder)
    return unique


def find_asset(project: Path, name: str) -> Path:
    """The file for a theme asset ("assets/style.css"), honouring project overrides."""
    for folder in theme_dirs(project):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(name)


def asset_names(project: Path) -> list[str]:
    """Every file under `assets/` across the theme folders, by name. An asset is published
    as it is, so one that links to a file outside its theme and the project (a key, a
    password file) is refused."""
    names = set()
    for folder in theme_dirs(project):
        assets = folder / "assets"
        if assets.is_dir():
            for path in assets.rglob("*"):
                if path.is_file():
                    _refuse_outside(path, (folder.resolve(), project.resolve()))
                    names.add(path.relative_to(folder).as_posix())
    return sorted(names)


def _refuse_outside(path: Path, roots: tuple[Path, ...]) -> None:
    real = path.resolve()
    if not any(real.is_relative_to(root) for root in roots):
        raise BriefgenError(Problem(f"{path}: links to {real}, outside the project; a theme "
                                    "asset is published, so it is refused"))
