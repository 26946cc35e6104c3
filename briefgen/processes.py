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
from typing import BinaryIO, TypeVar

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
               meanwhile: Callable[[], object] | None = None,
               pickled: list[tuple[range, bytes]] | None = None) -> list[Result]:
    """`[function(item) for item in items]`, worked through by `workers` processes.

    The items are cut into runs of neighbours (so that neighbours can share work), large
    runs first and ever smaller ones towards the end, and each process takes the next run
    whenever it is done with one: the processes finish together, however unevenly the work
    is spread over the items. Runs are dealt through a pipe; the children's results come
    back pickled through private files, and this process reads each run's as soon as it is
    recorded, between runs of its own (else it would read them all at the end, with the
    other cores idle). The first exception raised in any process is raised here, once every
    child is gone.

    `meanwhile` is work of this process's own that the items' results do not wait for
    (importing what comes next, say): it runs once the children are at work, and this
    process joins them after it. Without children, it runs first.

    `pickled`, when given, receives each run a child worked through as (the items' indexes,
    the pickle of their results): a caller that saves the results pickled need not pickle
    those again.
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
    children: list[tuple[int, _Recorded]] = []

    def keep_recorded(first: int, done: list, data: bytes) -> None:
        keep(first, done)
        if pickled is not None:
            pickled.append((range(first, first + len(done)), data))

    def keep_and_collect(start: int, run_results: list) -> None:
        keep(start, run_results)
        for _pid, recorded in children:
            for entry in recorded.ready():
                keep_recorded(*entry)

    with tempfile.TemporaryDirectory(prefix="briefgen-") as scratch:
        try:
            for number in range(1, workers):
                path = os.path.join(scratch, str(number))
                pid = os.fork()
                if pid == 0:
                    _run_child(work, path)
                children.append((pid, _Recorded(path)))
            if meanwhile is not None:
                meanwhile()
            work(keep_and_collect)
            while children:
                pid, recorded = children[0]
                for entry in recorded.rest(_wait(pid)):
                    keep_recorded(*entry)
                children.pop(0)
        finally:
            os.close(deal)
            for pid, recorded in children:  # this process failed first: stop the rest
                _kill(pid)
                recorded.close()
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
    """Take runs until none is left, recording each run's results in `path` as it is done
    (see `_Recorded`); then exit without returning."""
    status = 1
    try:
        die_with_parent()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)

        def record(entry: tuple) -> None:
            data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
            unwritten = memoryview(len(data).to_bytes(_SIZE, "little") + data)
            while unwritten:
                unwritten = unwritten[os.write(descriptor, unwritten):]

        try:
            work(lambda start, run_results: record(
                ("done", start, pickle.dumps(run_results, protocol=pickle.HIGHEST_PROTOCOL))))
        except BaseException as exc:
            record(("failed", exc, None))
        os.close(descriptor)
        status = 0
    finally:
        os._exit(status)


_SIZE = 8  # bytes giving the length of a record


class _Recorded:
    """The runs a child records in its file, each as its length and its pickle (which holds
    the run's results pickled on their own, for `map_forked`'s `pickled`): those complete can
    be read while the child is still at work."""

    def __init__(self, path: str):
        self._path = path
        self._handle: BinaryIO | None = None
        self._unread = b""

    def ready(self) -> Iterator[tuple[int, list, bytes]]:
        """The runs recorded since the last look, as (first item, results, their pickle); a
        child's exception raised."""
        if self._handle is None:
            try:
                self._handle = open(self._path, "rb")  # noqa: SIM115 (closed by `close`)
            except FileNotFoundError:  # the child has not begun
                return
        data = self._unread + self._handle.read()
        at = 0
        while len(data) - at >= _SIZE:
            end = at + _SIZE + int.from_bytes(data[at:at + _SIZE], "little")
            if end > len(data):
                break
            kind, first, value = pickle.loads(data[at + _SIZE:end])
            at = end
            if kind == "failed":
                raise first
            yield first, pickle.loads(value), value
        self._unread = data[at:]

    def rest(self, status: int) -> Iterator[tuple[int, list, bytes]]:
        """The runs not yet read, once the child has ended with `status`."""
        try:
            if status != 0:
                raise RuntimeError("a worker process died before it finished")
            yield from self.ready()
            if self._unread or self._handle is None:
                raise RuntimeError("a worker process died before it finished")
        finally:
            self.close()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


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
