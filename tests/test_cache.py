"""The cache of checked briefings: unchanged files are not checked again, and a cache that
this user's builds did not sign is never unpickled."""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
from pathlib import Path

import pytest

from briefgen.build import BuildOptions, build
from briefgen.cache import CACHE, read_checked, signing_key, write_checked
from briefgen.content import WORTH_A_POOL, load_content
from briefgen.errors import BriefgenError

from conftest import briefing_yaml, write_briefing


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    write_briefing(root, "2025-11-24-oslo-talks.yaml", briefing_yaml("Oslo talks"))
    write_briefing(root, "2025-11-23-grain-deal.yaml", briefing_yaml("Grain deal",
                                                                     "2025-11-23"))
    return root


def test_unchanged_briefings_are_taken_from_the_cache_and_changed_ones_checked_again(project):
    write_checked(project, load_content(project).checked)
    known = read_checked(project)
    assert sorted(known) == ["content/briefings/2025-11-23-grain-deal.yaml",
                             "content/briefings/2025-11-24-oslo-talks.yaml"]
    changed = project / "content/briefings/2025-11-23-grain-deal.yaml"
    changed.write_text(changed.read_text().replace("Grain deal", "Grain pact"))
    content = load_content(project, known=known)
    unchanged, rechecked = content.checked[1], content.checked[0]
    assert unchanged is known["content/briefings/2025-11-24-oslo-talks.yaml"]
    assert rechecked is not known[rechecked.file]
    assert [b.title for b in content.briefings] == ["Oslo talks", "Grain pact"]


def test_briefings_checked_by_worker_processes_are_cached_like_any_other(tmp_path):
    root = tmp_path / "project"
    for number in range(WORTH_A_POOL * 2):
        write_briefing(root, f"2025-11-24-talks-{number}.yaml", briefing_yaml(f"Talks {number}"))
    content = load_content(root, workers=2)
    write_checked(root, content.checked)
    known = read_checked(root)
    assert known == {one.file: one for one in content.checked}


def test_a_briefing_whose_source_article_changed_is_checked_again(seed_project):
    write_checked(seed_project, load_content(seed_project).checked)
    article = next((seed_project / "seeds").iterdir())
    article.write_text("Another article altogether.\n", encoding="utf-8")
    with pytest.raises(BriefgenError, match="evidence: not found in seeds/"):
        load_content(seed_project, known=read_checked(seed_project))


def test_a_broken_briefing_is_never_cached(project):
    write_briefing(project, "2025-11-25-broken.yaml", briefing_yaml(date="2025-02-30"))
    with pytest.raises(BriefgenError):
        build(project, BuildOptions(pdf=False))
    assert "content/briefings/2025-11-25-broken.yaml" not in read_checked(project)


def test_a_cache_that_cannot_be_written_does_not_fail_the_build(project):
    (project / CACHE / "a folder where the cache file goes").mkdir(parents=True)
    report = build(project, BuildOptions(pdf=False))
    assert report.briefings == 2
    assert read_checked(project) == {}
    assert sorted(p.name for p in (project / CACHE.parent).iterdir()) == [
        "briefings.cache", "builds"]  # and no partial file left behind


def test_a_cache_signed_with_another_key_is_not_unpickled(project, tmp_path, monkeypatch):
    """A cache committed to the repository by someone else must not run their code."""
    pwned = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {pwned}",))

    body = pickle.dumps(Exploit())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "attacker"))
    attacker_key = signing_key()
    (project / CACHE).parent.mkdir(parents=True)
    (project / CACHE).write_bytes(hmac.new(attacker_key, body, hashlib.sha256).digest() + body)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "victim"))
    assert read_checked(project) == {}
    build(project, BuildOptions(pdf=False))
    assert not pwned.exists()
    assert (project / "site" / "briefings" / "oslo-talks" / "index.html").is_file()


@pytest.mark.parametrize("damage", [b"", b"short", b"x" * 64])
def test_a_damaged_cache_is_ignored(project, damage):
    write_checked(project, load_content(project).checked)
    (project / CACHE).write_bytes(damage)
    assert read_checked(project) == {}
    assert build(project, BuildOptions(pdf=False)).briefings == 2


def test_a_key_others_can_read_is_not_used(private_cache_folder):
    key = signing_key()
    assert key is not None and len(key) == 32
    path = private_cache_folder / "briefgen" / "cache-key"
    assert path.stat().st_mode & 0o777 == 0o600
    path.chmod(0o644)
    assert signing_key() is None
