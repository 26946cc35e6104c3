"""The send log, `.briefgen/sent.jsonl`: what each `email` run sent or tried to send.

A line is written before a message goes to the server ("attempted") and another once the
server has answered ("sent", or "not sent" when it certainly did not take the message). A
recipient whose last line is "attempted" may have the message: the connection was lost, or
the run killed, after the message was handed over and before the server confirmed it. No
later run sends it again unless told to, so no stakeholder gets a message twice blindly.
Lines written before attempts were recorded have no state and mean "sent".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path

from briefgen.atomic import refused

SEND_LOG = Path(".briefgen") / "sent.jsonl"
ATTEMPTED, SENT, NOT_SENT = "attempted", "sent", "not sent"


def states(log: Path, day: dt.date) -> dict[str, str]:
    """Each recipient's (lower-cased) last recorded state for the edition of `day`."""
    if not log.exists():
        return {}
    found: dict[str, str] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by a crash: that send is not proven
        if isinstance(entry, dict) and entry.get("date") == day.isoformat():
            state = entry.get("state", SENT)
            found[str(entry.get("recipient", "")).lower()] = \
                state if state in (ATTEMPTED, NOT_SENT) else SENT
    return found


def record(log: Path, day: dt.date, recipient: str, message_id: str, state: str,
           done: str) -> None:
    """Append one line, on disk before this returns. A refused write is cut back off (a
    half line would spoil the next one too) and stops the run with `done` saying what was
    and was not sent."""
    entry = {"date": day.isoformat(), "recipient": recipient, "message_id": message_id,
             "state": state, "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    line = (json.dumps(entry) + "\n").encode()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(log, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as error:
        raise refused(error, SEND_LOG.as_posix(), done) from None
    size = None
    try:
        size = os.fstat(descriptor).st_size
        if size and os.pread(descriptor, 1, size - 1) != b"\n":
            line = b"\n" + line  # a line a crash cut short stays apart from this one
        _write_all(descriptor, line)
        os.fsync(descriptor)
    except OSError as error:
        if size is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(descriptor, size)
        raise refused(error, SEND_LOG.as_posix(), done) from None
    finally:
        os.close(descriptor)


def _write_all(descriptor: int, data: bytes) -> None:
    unwritten = memoryview(data)
    while unwritten:
        unwritten = unwritten[os.write(descriptor, unwritten):]
