"""Running large CPU-bound work: spread over the cores, without the collector's overhead.

`map_forked` forks children that inherit everything already in memory — parsed briefings,
compiled templates — so nothing is pickled on the way in; the parent and the children take
runs of items in turn, and each child's results come back pickled through a private file.
Every child dies with its parent: a build killed with SIGKILL leaves no process behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import pickle
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Make this (child) process die when its parent does (Linux: PR_SET_PDEATHSIG)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the parent's own clean-up is all there is
    if os.getppid() == 1:  # the parent died before the line above took effect
        os._exit(1)


def can_fork() -> bool:
    """Forking is safe only where it exists and no other thread could hold a lock."""
    return hasattr(os, "fork") and threading.active_count() == 1


#: With fewer items than this, starting processes costs more than it saves.
WORTH_FORKING = 64
#: The fewest items a process takes at a time (but for the very last run): each take costs
#: a read from a pipe and a pickled record of the run's results.
SMALLEST_RUN = 4
#: At most this many runs, so that all their numbers (4 KB) fit in a pipe before any process
#: reads: a pipe holds one page however low the system sets its limits.
_MOST_RUNS = 1024
_RUN_NUMBER = 4  # bytes


def map_forked(function: Callable[[Item], Result], items: Sequence[Item], workers: int,
               meanwhile: Callable[[], object] | None = None) -> list[Result]:
    """`[function(item) for item in items]`, worked through by `workers` processes.

    The items are cut into runs of neighbours (so that neighbours can share work), large
    runs first and ever smaller ones towards the end, and each process takes the next run
    whenever it is done with one: the processes finish together, however unevenly the work
    is spread over the items. Runs are dealt through a pipe; the children's results come
    back pickled through private files. The first exception raised in any process is
    raised here, once every child is gone.

    `meanwhile` is work of this process's own that the items' results do not wait for
    (importing what comes next, say): it runs once the children are at work, and this
    process joins them after it. Without children, it runs first.
    """
    workers = min(workers, len(items) // (WORTH_FORKING // 2))
    if workers <= 1 or not can_fork():
        if meanwhile is not None:
            meanwhile()
        return [function(item) for item in items]
    runs = _runs(len(items), workers)
    results: list = [None] * len(items)

    def work(done: Callable[[int, list], None]) -> None:
        while number := os.read(deal, _RUN_NUMBER):
            run = runs[int.from_bytes(number, "little")]
            done(run.start, [function(items[i]) for i in run])

    def keep(start: int, run_results: list) -> None:
        results[start:start + len(run_results)] = run_results

    deal, dealer = os.pipe()
    try:
        os.write(dealer, b"".join(n.to_bytes(_RUN_NUMBER, "little") for n in range(len(runs))))
    finally:
        os.close(dealer)  # once the pipe is empty, every read finds its end
    children: list[tuple[int, str]] = []
    with tempfile.TemporaryDirectory(prefix="briefgen-") as scratch:
        try:
            for number in range(1, workers):
                path = os.path.join(scratch, str(number))
                pid = os.fork()
                if pid == 0:
                    _run_child(work, path)
                children.append((pid, path))
            if meanwhile is not None:
                meanwhile()
            work(keep)
            for pid, path in children:
                status = _wait(pid)
                for start, run_results in _outcome(path, status):
                    keep(start, run_results)
            children.clear()
        finally:
            os.close(deal)
            for pid, _path in children:  # the parent failed first: stop the rest
                _kill(pid)
    return results


def _runs(count: int, workers: int) -> list[range]:
    """Runs of neighbouring items: each a share of what is left (guided scheduling)."""
    smallest = max(SMALLEST_RUN, -(-count // _MOST_RUNS))
    runs, start = [], 0
    while start < count:
        end = min(count, start + max(smallest, (count - start) // (2 * workers)))
        runs.append(range(start, end))
        start = end
    return runs


def _run_child(work: Callable[[Callable[[int, list], None]], None], path: str) -> None:
    """Take runs until none is left, recording each run's results in `path` as it is done;
    then exit without returning."""
    status = 1
    try:
        die_with_parent()
        with open(path, "wb") as handle:
            def done(start: int, run_results: list) -> None:
                pickle.dump(("done", start, run_results), handle,
                            protocol=pickle.HIGHEST_PROTOCOL)
            try:
                work(done)
            except BaseException as exc:
                pickle.dump(("failed", exc, None), handle, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    finally:
        os._exit(status)


def _outcome(path: str, status: int) -> Iterator[tuple[int, list]]:
    """The runs a child recorded, as (first item, results); its exception raised."""
    if status != 0:
        raise RuntimeError("a worker process died before it finished")
    with open(path, "rb") as handle:
        while True:
            try:
                kind, first, value = pickle.load(handle)
            except EOFError:
                return
            if kind == "failed":
                raise first
            yield first, value


def _wait(pid: int) -> int:
    """Wait for a child to end; its exit status (0 when it cannot be told)."""
    while True:
        try:
            return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        except InterruptedError:
            continue
        except ChildProcessError:
            return 0


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _wait(pid)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while loading briefings or making pages.

    Each of its passes walks every object alive, and such work holds many (ten thousand
    parsed briefings are a quarter of a million) while making few cycles: with it running,
    a large build spends a quarter of its time collecting nothing. Not for printing PDFs:
    WeasyPrint leaves cycles behind, gigabytes of them in a large build.

    What the pause allocated then joins the oldest generation at once (frozen, then
    thawed: two list splices), as it would after surviving a few collections — else the
    first allocation after the pause would start a collection walking all of it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
