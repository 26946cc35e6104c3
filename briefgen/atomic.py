"""A person's files written whole or not at all, and a write the system refuses told in one line.

A disk fills up, a folder is read-only, a file exceeds the size the system allows: the file
being replaced must then stay as it was (a reviewed briefing half overwritten is lost work),
and the person must learn in one line which file it was and what to do about it.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from briefgen.errors import BriefgenError, Problem

#: What a person can do about each refusal, by its error number.
_ADVICE = {
    errno.ENOSPC: "free some disk space",
    errno.EDQUOT: "free some space within your quota",
    errno.EFBIG: "the system allows no file this large here (see ulimit -f)",
    errno.EROFS: "the file system is read-only; use a writable one",
    errno.EACCES: "make it writable (chmod u+w, or chattr -i if it is immutable)",
    errno.EPERM: "make it writable (chmod u+w, or chattr -i if it is immutable)",
    errno.ENOTDIR: "a file stands where a folder should be; move it away",
    errno.EEXIST: "a file stands where a folder should be; move it away",
    errno.EISDIR: "a folder stands where a file should be; move it away",
}


def refusal(error: OSError) -> str:
    """Why the system refused, and what to do: "No space left on device: free some disk
    space, then run again"."""
    reason = error.strerror or str(error) or type(error).__name__
    advice = _ADVICE.get(error.errno or 0, "check the folder")
    return f"{reason}: {advice}, then run again"


def refused(error: OSError, shown: str, done: str = "") -> BriefgenError:
    """One line naming `shown` (the file as the person knows it), the reason, what to do,
    and `done` (what the command did or did not do before it stopped)."""
    tail = f"; {done}" if done else ""
    return BriefgenError(Problem(f"cannot write: {refusal(error)}{tail}", shown))


def replace_whole(path: Path, *chunks: bytes, durable: bool = False) -> None:
    """Write `chunks` to a temporary file beside `path`, then rename it over `path`: a reader
    (or a crash) sees the old file or the new one. A refused write raises the OSError and
    leaves the old file and no temporary one. `durable` waits until the bytes are on disk (a
    person's file; the build's own records can be remade)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def write_whole(path: Path, data: bytes, shown: str) -> None:
    """`replace_whole` for a person's file: a refused write is one line naming `shown` (the
    file as the person knows it), why, and what to do."""
    try:
        replace_whole(path, data, durable=True)
    except OSError as error:
        raise refused(error, shown) from None
