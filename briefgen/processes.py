"""Running large CPU-bound work: spread over the cores, without the collector's overhead.

`map_forked` forks children that inherit everything already in memory — parsed briefings,
compiled templates — so nothing is pickled on the way in; each child's results come back
pickled through a private file, while the parent works through its own share. Every child
dies with its parent: a build killed with SIGKILL leaves no process behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import itertools
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


def map_forked(function: Callable[[Item], Result], items: Sequence[Item],
               workers: int) -> list[Result]:
    """`[function(item) for item in items]`, the items cut into `workers` runs of
    neighbours, each run worked through by one process (so neighbours can share work).

    The first exception raised in any process is raised here, once every child is gone.
    """
    workers = min(workers, len(items) // (WORTH_FORKING // 2))
    if workers <= 1 or not can_fork():
        return [function(item) for item in items]
    bounds = [len(items) * share // workers for share in range(workers + 1)]
    shares = [range(start, end) for start, end in itertools.pairwise(bounds)]
    results: list = [None] * len(items)
    children: list[tuple[int, str, range]] = []
    with tempfile.TemporaryDirectory(prefix="briefgen-") as scratch:
        try:
            for number, share in enumerate(shares[1:], 1):
                path = os.path.join(scratch, str(number))
                pid = os.fork()
                if pid == 0:
                    _run_child(function, [items[i] for i in share], path)
                children.append((pid, path, share))
            for i in shares[0]:
                results[i] = function(items[i])
            for pid, path, share in children:
                _wait(pid)
                for i, result in zip(share, _outcome(path), strict=True):
                    results[i] = result
            children.clear()
        finally:
            for pid, _path, _share in children:  # the parent failed first: stop the rest
                _kill(pid)
    return results


@contextmanager
def in_background(function: Callable[[], object] | None) -> Iterator[None]:
    """Run `function` in a forked child while the block runs, and wait for it at the end.

    For work whose outcome only saves time later, such as writing a cache: it must not
    hold up the build, and its failure is not the build's.
    """
    if function is None:
        yield
        return
    if not can_fork():
        with contextlib.suppress(Exception):
            function()
        yield
        return
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            die_with_parent()
            function()
            status = 0
        finally:
            os._exit(status)
    try:
        yield
    finally:
        _wait(pid)


def _run_child(function: Callable, items: list, path: str) -> None:
    """Work through `items`, leave the outcome in `path`, and exit without returning."""
    status = 1
    try:
        die_with_parent()
        try:
            outcome = ("done", [function(item) for item in items])
        except BaseException as exc:
            outcome = ("failed", exc)
        with open(path + ".part", "wb") as handle:
            pickle.dump(outcome, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(path + ".part", path)
        status = 0
    finally:
        os._exit(status)


def _outcome(path: str) -> list:
    try:
        with open(path, "rb") as handle:
            kind, value = pickle.load(handle)
    except OSError:
        raise RuntimeError("a worker process died before it finished") from None
    if kind == "failed":
        raise value
    return value


def _wait(pid: int) -> None:
    while True:
        try:
            os.waitpid(pid, 0)
            return
        except InterruptedError:
            continue
        except ChildProcessError:
            return


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
