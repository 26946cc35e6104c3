"""Work spread over forked processes: same results as one process, errors carried back,
and no process left behind when the parent is killed."""

from __future__ import annotations

import gc
import itertools
import os
import pickle
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError, Problem
from briefgen.processes import (
    SMALLEST_RUN,
    WORTH_FORKING,
    _Recorded,
    _runs,
    collector_paused,
    map_forked,
)

from conftest import child_pids, workers_left_after_killing


@pytest.mark.parametrize("workers", [1, 2, 3])
@pytest.mark.parametrize("count", [0, 1, WORTH_FORKING * 3 + 1])
def test_results_come_back_in_order_whatever_the_number_of_workers(workers, count):
    items = list(range(count))
    assert map_forked(lambda n: (n, n * n), items, workers) == [(n, n * n) for n in items]


def slowly(function):
    """`function`, taking a millisecond an item: long enough for every process to take runs."""
    def slow(item):
        time.sleep(0.001)
        return function(item)
    return slow


def test_the_work_really_runs_in_other_processes():
    pids = set(map_forked(slowly(lambda _: os.getpid()), range(WORTH_FORKING * 2), 2))
    assert len(pids) == 2
    assert os.getpid() in pids


def test_each_process_works_through_runs_of_neighbouring_items():
    """So that neighbours can share work (a briefing's page and its day's edition)."""
    pids = map_forked(slowly(lambda _: os.getpid()), range(WORTH_FORKING * 3), 3)
    stretches = [len(list(group)) for _pid, group in itertools.groupby(pids)]
    assert min(stretches[:-1]) >= SMALLEST_RUN
    assert len(set(pids)) == 3


def test_runs_shrink_towards_the_end_so_that_processes_finish_together():
    runs = _runs(1000, 2)
    sizes = [len(run) for run in runs]
    assert [i for run in runs for i in run] == list(range(1000))
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == 250 and sizes[-2] == SMALLEST_RUN and sizes[-1] <= SMALLEST_RUN


def test_uneven_work_is_shared_evenly():
    """The first half of the items costs nothing, the second half all: cut into two fixed
    halves, one process would do all the work while the other waits."""
    def work(n: int) -> tuple[int, float]:
        started = time.perf_counter()
        if n >= WORTH_FORKING * 2:
            time.sleep(0.005)
        return os.getpid(), time.perf_counter() - started

    busy: dict[int, float] = {}
    for pid, seconds in map_forked(work, range(WORTH_FORKING * 4), 2):
        busy[pid] = busy.get(pid, 0.0) + seconds
    assert len(busy) == 2
    assert min(busy.values()) > 0.3 * sum(busy.values())


@pytest.mark.parametrize("count", [3, WORTH_FORKING * 3])
def test_meanwhile_runs_once_in_this_process_and_the_results_are_unchanged(count):
    ran_in = []
    results = map_forked(slowly(lambda n: n + 1), range(count), 2,
                         meanwhile=lambda: ran_in.append(os.getpid()))
    assert ran_in == [os.getpid()]
    assert results == [n + 1 for n in range(count)]


def test_while_this_process_is_busy_meanwhile_the_workers_take_the_items():
    parent = os.getpid()
    pids = map_forked(slowly(lambda _: os.getpid()), range(WORTH_FORKING * 2), 2,
                      meanwhile=lambda: time.sleep(0.5))
    assert pids.count(parent) < len(pids) // 4


def test_the_runs_of_other_processes_can_be_had_pickled_as_they_came():
    pickled: list[tuple[range, bytes]] = []
    results = map_forked(slowly(lambda _: os.getpid()), range(WORTH_FORKING * 2), 2,
                         pickled=pickled)
    covered = [i for indexes, _ in pickled for i in indexes]
    assert sorted(covered) == [i for i, pid in enumerate(results) if pid != os.getpid()]
    assert covered
    for indexes, data in pickled:
        assert pickle.loads(data) == [results[i] for i in indexes]


def test_a_problem_raised_meanwhile_is_raised_and_stops_the_workers():
    def fail() -> None:
        raise ValueError("meanwhile")

    with pytest.raises(ValueError, match="meanwhile"):
        map_forked(lambda n: time.sleep(60), range(WORTH_FORKING * 2), 2, meanwhile=fail)
    assert child_pids(os.getpid()) == []


def record(start: int, results: list) -> bytes:
    """A run as a child records it: its length, then its pickle, holding its results'."""
    data = pickle.dumps(("done", start, pickle.dumps(results)))
    return len(data).to_bytes(8, "little") + data


def test_a_childs_runs_are_read_as_soon_as_each_is_recorded_whole(tmp_path):
    path = tmp_path / "child"
    recorded = _Recorded(str(path))
    assert list(recorded.ready()) == []  # the child has not begun
    first, second = record(0, [1, 2]), record(2, [3])
    path.write_bytes(first + second[:5])
    assert list(recorded.ready()) == [(0, [1, 2], pickle.dumps([1, 2]))]
    assert list(recorded.ready()) == []
    with open(path, "ab") as handle:
        handle.write(second[5:])
    assert list(recorded.ready()) == [(2, [3], pickle.dumps([3]))]
    assert list(recorded.rest(0)) == []


@pytest.mark.parametrize("status, cut", [(0, 3), (0, 10), (1, 0), (-9, 0)])
def test_a_child_that_ended_with_a_run_half_recorded_or_failing_died(tmp_path, status, cut):
    path = tmp_path / "child"
    whole = record(0, [1, 2])
    path.write_bytes(whole[:len(whole) - cut])
    with pytest.raises(RuntimeError, match="a worker process died"):
        list(_Recorded(str(path)).rest(status))


def test_a_child_that_never_began_died(tmp_path):
    with pytest.raises(RuntimeError, match="a worker process died"):
        list(_Recorded(str(tmp_path / "child")).rest(0))


def test_a_problem_raised_in_a_worker_is_raised_with_its_location():
    parent = os.getpid()

    def check(n: int) -> int:
        time.sleep(0.001)
        if os.getpid() != parent:
            raise BriefgenError(Problem("not a real date", "content/briefings/x.yaml", 4, "date"))
        return n

    with pytest.raises(BriefgenError) as caught:
        map_forked(check, range(WORTH_FORKING * 2), 2)
    assert [str(p) for p in caught.value.problems] == [
        "content/briefings/x.yaml:4: date: not a real date"]


def test_a_problem_raised_in_the_parent_stops_the_workers():
    parent = os.getpid()

    def check(n: int) -> int:
        if os.getpid() == parent:
            raise ValueError("first")
        time.sleep(60)
        return n

    started = time.monotonic()
    with pytest.raises(ValueError, match="first"):
        map_forked(check, range(WORTH_FORKING * 2), 2)
    assert time.monotonic() - started < 30
    assert child_pids(parent) == []


def test_a_worker_that_dies_is_reported():
    parent = os.getpid()

    def die(n: int) -> int:
        time.sleep(0.001)
        if os.getpid() != parent:
            os._exit(3)
        return n

    with pytest.raises(RuntimeError, match="a worker process died"):
        map_forked(die, range(WORTH_FORKING * 2), 2)


def test_workers_die_with_a_parent_killed_by_sigkill(tmp_path: Path):
    script = textwrap.dedent("""
        import time
        from briefgen.processes import map_forked
        map_forked(lambda n: time.sleep(60), range(200), 2)
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=tmp_path)
    assert workers_left_after_killing(parent) == []


class Node:
    def __init__(self):
        self.other = self


def test_the_collector_is_paused_and_then_runs_as_before():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: still paused when the inner pause ends
            pass
        assert not gc.isenabled()
        kept = [Node() for _ in range(2000)]
        dropped = [Node() for _ in range(2000)]
        del dropped
    assert gc.isenabled()
    assert gc.get_count()[0] < 100  # no collection is due over what the pause allocated
    assert gc.is_tracked(kept[0]) and not gc.get_freeze_count()
    assert gc.collect() >= 2000  # the cycles left behind meanwhile are still collected
    assert all(node.other is node for node in kept)


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
