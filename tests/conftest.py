"""Shared fixtures: small briefing projects written into temporary folders."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_BRIEFING = next((REPO / "content" / "briefings").glob("2025-11-24-*.yaml"))


def briefing_yaml(
    title: str = "Talks in Geneva",
    date: str = "2025-11-24",
    status: str = "reviewed",
    **extra: str,
) -> str:
    """A minimal valid briefing; `extra` adds top-level YAML blocks verbatim."""
    text = f"""\
        schema: briefgen/1
        title: {title}
        date: {date}
        status: {status}
        summary: The two sides met in Geneva.
        """
    body = textwrap.dedent(text)
    for key, block in extra.items():
        value = textwrap.indent(textwrap.dedent(block), "  ") if "\n" in block else f" {block}"
        body += f"{key}:{value}\n"
    return body


def write_briefing(project: Path, name: str, text: str) -> Path:
    path = project / "content" / "briefings" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def copy_seed_project(dest: Path) -> Path:
    """A copy of this repository's own project: config, the seed article and its briefing."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("content", "seeds"):
        shutil.copytree(REPO / name, dest / name)
    shutil.copy(REPO / "briefgen.yaml", dest / "briefgen.yaml")
    return dest


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    return copy_seed_project(tmp_path)


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    (tmp_path / "content" / "briefings").mkdir(parents=True)
    return tmp_path


def build_leftovers(folder: Path) -> list[str]:
    """Folders a killed or failed build left beside site/ (the kept previous site is not one)."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(".site") and p.name != ".site.previous")


@pytest.fixture(autouse=True)
def private_cache_folder(tmp_path_factory, monkeypatch) -> Path:
    """Each test gets its own user cache folder (where the key signing build caches lives)."""
    folder = tmp_path_factory.mktemp("user-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder
