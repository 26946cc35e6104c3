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


def write_whole(path: Path, data: bytes, shown: str) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`: a reader
    (or a crash) sees the old file or the new one, and a refused write leaves the old one
    and no temporary file."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise refused(error, shown) from None
