"""The user's cache folder holds only what this user could have put there."""

from __future__ import annotations

import os

import pytest

from briefgen.usercache import private_folder


def test_a_missing_folder_is_made_for_this_user_alone(private_cache_folder):
    folder = private_folder("templates")
    assert folder == private_cache_folder / "briefgen" / "templates"
    assert folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("mode, usable", [(0o700, True), (0o755, True), (0o775, False),
                                          (0o757, False), (0o777, False)])
def test_a_folder_others_can_write_to_is_not_used(private_cache_folder, mode, usable):
    folder = private_cache_folder / "briefgen"
    folder.mkdir()
    folder.chmod(mode)
    assert (private_folder() == folder) is usable


def test_without_xdg_cache_home_the_folder_is_under_the_home(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert private_folder() == tmp_path / ".cache" / "briefgen"


def test_a_folder_that_cannot_be_made_is_none(private_cache_folder):
    (private_cache_folder / "briefgen").write_text("a file where the folder would be")
    assert private_folder("templates") is None
    assert os.path.isfile(private_cache_folder / "briefgen")
