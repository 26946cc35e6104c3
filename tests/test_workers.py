"""Worker processes: the same results as in this process, errors carried back with their
location, and no worker left behind when the build is killed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError, Problem
from briefgen.workers import worker_pool

from conftest import workers_left_after_killing

_greeting = ""


def remember(greeting: str) -> None:
    global _greeting
    _greeting = greeting


def greet(name: str) -> tuple[str, int]:
    return f"{_greeting}, {name}", os.getpid()


def fail_with_a_location(_: int) -> None:
    raise BriefgenError(Problem("not a real date", "content/briefings/x.yaml", 4, "date"))


def test_each_worker_runs_the_initializer_before_its_work():
    with worker_pool(2, remember, ("Hello",)) as pool:
        results = list(pool.map(greet, ["Ada", "Bo", "Cy"]))
    assert [text for text, _ in results] == ["Hello, Ada", "Hello, Bo", "Hello, Cy"]
    assert os.getpid() not in {pid for _, pid in results}


def test_a_pool_started_beside_another_thread_works_the_same():
    """`serve` builds from its watcher thread, where forking would be unsafe."""
    results = []

    def run() -> None:
        with worker_pool(2, remember, ("Hi",)) as pool:
            results.extend(pool.map(greet, ["Ada", "Bo"]))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    assert [text for text, _ in results] == ["Hi, Ada", "Hi, Bo"]


def test_a_problem_raised_in_a_worker_is_raised_here_with_its_location():
    with worker_pool(2) as pool, pytest.raises(BriefgenError) as caught:
        list(pool.map(fail_with_a_location, [1, 2]))
    assert [str(p) for p in caught.value.problems] == [
        "content/briefings/x.yaml:4: date: not a real date"]


def test_workers_die_with_a_parent_killed_by_sigkill(tmp_path: Path):
    script = textwrap.dedent("""
        import time
        from briefgen.workers import worker_pool
        with worker_pool(2) as pool:
            list(pool.map(time.sleep, [60, 60]))
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=tmp_path)
    assert workers_left_after_killing(parent, workers=2) == []
