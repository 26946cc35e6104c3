"""The send log: what it proves of each recipient, and lines that stay whole."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefgen.sendlog import ATTEMPTED, NOT_SENT, SENT, record, states

DAY = dt.date(2025, 11, 24)


def line(recipient: str, state: str | None = None, day: str = "2025-11-24") -> str:
    entry = {"date": day, "recipient": recipient, "message_id": "<m@example.org>"}
    return json.dumps(entry | ({"state": state} if state else {}))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([line("a@example.org")], {"a@example.org": SENT}),  # written before states existed
        ([line("a@example.org", ATTEMPTED)], {"a@example.org": ATTEMPTED}),
        ([line("a@example.org", ATTEMPTED), line("a@example.org", SENT)], {"a@example.org": SENT}),
        ([line("a@example.org", ATTEMPTED), line("A@example.org", NOT_SENT)],
         {"a@example.org": NOT_SENT}),
        ([line("a@example.org", SENT, day="2025-11-23")], {}),
        ([line("a@example.org", "delivered?")], {"a@example.org": SENT}),
        (['{"date": "2025-11-24", "recipient": "a@exa'], {}),  # cut short by a crash
    ],
)
def test_each_recipient_is_known_by_the_last_line_about_them(tmp_path, lines, expected):
    log = tmp_path / "sent.jsonl"
    log.write_text("\n".join(lines) + "\n")
    assert states(log, DAY) == expected


def test_a_line_cut_short_by_a_crash_does_not_spoil_the_next(tmp_path):
    log = tmp_path / "sent.jsonl"
    log.write_text('{"date": "2025-11-24", "recipient": "a@exa')
    record(log, DAY, "b@example.org", "<m@example.org>", SENT, "")
    assert states(log, DAY) == {"b@example.org": SENT}
