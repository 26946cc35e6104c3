"""Worker processes for the CPU-bound parts of a build: reading briefings, rendering pages
and printing PDFs.

A stock `concurrent.futures.ProcessPoolExecutor` whose workers die with the process that
started them: a build killed with SIGKILL leaves no process behind.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

_PR_SET_PDEATHSIG = 1


def worker_pool(workers: int, initializer: Callable[..., object] | None = None,
                initargs: tuple[Any, ...] = ()) -> ProcessPoolExecutor:
    """A pool of `workers` processes, each running `initializer(*initargs)` first.

    Where the system forks and this process runs no other thread, workers are forked, so
    `initargs` reach them without being pickled; elsewhere (a build started by `serve`'s
    watcher thread, say) they start afresh, as forking a threaded process is unsafe.
    """
    forkable = "fork" in multiprocessing.get_all_start_methods() \
        and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if forkable else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=_start_worker,
                               initargs=(os.getpid(), initializer, initargs))


def _start_worker(parent: int, initializer: Callable[..., object] | None,
                  initargs: tuple[Any, ...]) -> None:
    die_with_parent(parent)
    if initializer is not None:
        initializer(*initargs)


def die_with_parent(parent: int) -> None:
    """Make this worker die when `parent` does (Linux: PR_SET_PDEATHSIG)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the pool's own shut-down is all there is
    if os.getppid() != parent:  # the parent died before the line above took effect
        os.kill(os.getpid(), signal.SIGKILL)
