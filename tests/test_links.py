"""Symbolic links where briefgen writes or publishes are refused or replaced, never followed:
no build changes, deletes or publishes a file outside the project through one."""

import shutil
from pathlib import Path

import pytest

from briefgen.build import BuildOptions, build
from briefgen.errors import BriefgenError
from briefgen.links import refuse_links_below

from conftest import copy_seed_project


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A folder outside the project that no build may touch."""
    folder = tmp_path / "victim"
    (folder / "notes").mkdir(parents=True)
    (folder / "keep.txt").write_text("precious")
    (folder / "notes" / "index.html").write_text("mine")
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_seed_project(tmp_path / "project")


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", ["site", ".briefgen"])
def test_a_linked_output_or_state_folder_is_refused_in_one_line(project, victim, name):
    before = files_of(victim)
    (project / name).symlink_to(victim)
    with pytest.raises(BriefgenError) as refused:
        build(project, BuildOptions(pdf=False))
    assert str(refused.value.problems[0]) == (
        f"{name}: is a symbolic link (to {victim}); briefgen does not write through links: "
        "remove it")
    assert files_of(victim) == before


@pytest.mark.parametrize("name", [".site.previous", ".site.lock"])
def test_a_link_among_the_builds_own_work_files_is_replaced_not_followed(project, victim,
                                                                         name):
    before = files_of(victim)
    target = victim / "keep.txt" if name.endswith(".lock") else victim
    build(project, BuildOptions(pdf=False))
    link = project / name
    if link.is_dir():
        shutil.rmtree(link)
    link.unlink(missing_ok=True)
    link.symlink_to(target)
    build(project, BuildOptions(pdf=False, clean=True))
    build(project, BuildOptions(pdf=False, clean=True))
    assert files_of(victim) == before
    assert not (project / name).is_symlink()
    assert (project / "site" / "index.html").is_file()


def test_a_theme_asset_linking_outside_the_project_is_refused(project, victim):
    assets = project / "templates" / "assets"
    assets.mkdir(parents=True)
    (assets / "notes.txt").symlink_to(victim / "keep.txt")
    with pytest.raises(BriefgenError, match=r"notes\.txt: links to .*keep\.txt, outside the "
                                            r"project; a theme asset is published"):
        build(project, BuildOptions(pdf=False))
    assert not (project / "site").exists()


def test_a_theme_asset_linking_inside_the_project_is_published(project):
    assets = project / "templates" / "assets"
    assets.mkdir(parents=True)
    (assets / "seed.txt").symlink_to(project / "seeds" / "000_e704e82968283577.txt")
    build(project, BuildOptions(pdf=False))
    assert (project / "site" / "assets" / "seed.txt").read_bytes() == \
        (project / "seeds" / "000_e704e82968283577.txt").read_bytes()


def test_a_link_anywhere_on_the_way_to_a_folder_is_refused(tmp_path, victim):
    (tmp_path / "out").symlink_to(victim)
    with pytest.raises(BriefgenError, match=r"^out: is a symbolic link"):
        refuse_links_below(tmp_path, tmp_path / "out" / "notes")
    refuse_links_below(tmp_path, tmp_path / "plain" / "folder")  # nothing there: no link
