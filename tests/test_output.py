"""Writing site/: swapped in whole, built in the kept previous site, never touching live files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.output import SiteWriter, work_folder, write_site


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_first_build_creates_the_site_and_keeps_no_previous_one(tmp_path):
    write_site(tmp_path / "site", {"index.html": b"one", "a/b/page.html": b"page"})
    assert files(tmp_path / "site") == {"index.html": b"one", "a/b/page.html": b"page"}
    assert not work_folder(tmp_path / "site").exists()


def test_kept_files_are_carried_over_and_changed_ones_are_new_files(tmp_path):
    site = tmp_path / "site"
    write_site(site, {"index.html": b"one", "same.html": b"same", "gone.html": b"old"})
    old_index = os.stat(site / "index.html")
    write_site(site, {"index.html": b"two"}, kept={"same.html"})
    assert files(site) == {"index.html": b"two", "same.html": b"same"}
    previous = work_folder(site)
    assert files(previous) == {"index.html": b"one", "same.html": b"same", "gone.html": b"old"}
    assert os.path.samestat(os.stat(previous / "index.html"), old_index)
    assert os.path.samestat(os.stat(previous / "same.html"), os.stat(site / "same.html"))


def test_writing_a_changed_file_never_alters_the_live_copy_it_was_linked_to(tmp_path):
    site = tmp_path / "site"
    write_site(site, {"page.html": b"v1"})
    write_site(site, {}, kept={"page.html"})  # the previous site now links the live file
    write_site(site, {}, kept={"page.html"})
    live = site / "page.html"
    assert os.stat(live).st_nlink == 2
    write_site(site, {"page.html": b"v2"})
    assert live.read_bytes() == b"v2"
    assert (work_folder(site) / "page.html").read_bytes() == b"v1"


def test_folders_emptied_by_removed_pages_are_removed_and_may_become_files(tmp_path):
    site = tmp_path / "site"
    write_site(site, {"a/b/index.html": b"x", "keep/index.html": b"k"})
    write_site(site, {"other.html": b"y"}, kept={"keep/index.html"})
    write_site(site, {"a": b"a file where a folder was"}, kept={"keep/index.html"})
    assert files(site) == {"a": b"a file where a folder was", "keep/index.html": b"k"}
    assert sorted(p.name for p in site.iterdir()) == ["a", "keep"]


@pytest.mark.parametrize("name", ["../outside.html", "/etc/evil.html", "a/../../x", "a\\..\\x",
                                  "", "a//b.html", "a/./b.html", "a/", "nul\0.html"])
def test_no_file_is_written_outside_the_site(tmp_path, name):
    with pytest.raises(BriefgenError, match="outside the site"):
        write_site(tmp_path / "site", {name: b"x"})
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_second_build_into_the_same_folder_waits_for_the_first(tmp_path):
    """Both would prepare the next site in the same work folder and mix their files."""
    import threading
    import time

    from briefgen.output import one_build_at_a_time

    site = tmp_path / "site"
    finished = threading.Event()

    def second_build() -> None:
        with one_build_at_a_time(site):
            write_site(site, {"index.html": b"second"})
        finished.set()

    with one_build_at_a_time(site):
        write_site(site, {"index.html": b"first"})
        waiting = threading.Thread(target=second_build)
        waiting.start()
        time.sleep(0.3)
        assert not finished.is_set()
        assert files(site) == {"index.html": b"first"}
    waiting.join(timeout=10)
    assert finished.is_set()
    assert files(site) == {"index.html": b"second"}


@pytest.mark.parametrize("before, after", [(b"a longer first version", b"short"),
                                           (b"short", b"a longer second version"),
                                           (b"same size", b"SAME SIZE")])
def test_a_file_of_the_work_folders_own_is_overwritten_to_exactly_the_new_bytes(
        tmp_path, before, after):
    site = tmp_path / "site"
    write_site(site, {"page.html": before})
    write_site(site, {"page.html": b"unrelated"})  # the first version is now the work folder's
    own = os.stat(work_folder(site) / "page.html")
    assert own.st_nlink == 1
    write_site(site, {"page.html": after})
    assert (site / "page.html").read_bytes() == after
    assert os.path.samestat(os.stat(site / "page.html"), own)  # written in place
    assert (work_folder(site) / "page.html").read_bytes() == b"unrelated"


@pytest.mark.parametrize("data, holds", [(b"the page", True), (b"the PAGE", False),
                                         (b"the page, longer", False), (b"the", False)])
def test_the_live_site_is_said_to_hold_a_file_only_with_exactly_its_bytes(
        tmp_path, data, holds):
    site = tmp_path / "site"
    write_site(site, {"page.html": b"the page"})
    writer = SiteWriter(site)
    assert writer.live_holds("page.html", data) is holds
    assert writer.live_holds("missing.html", data) is False
