"""The fetched-items record, `.briefgen/fetched.json`: what `fetch` drafted, what failed, and
each source's run of failures, so that a re-run drafts nothing twice and loses nothing.

An item is known by its address, its feed GUID and the sha256 of its page. The record is
replaced whole after every item (a killed run loses at most the item in hand, whose draft,
if written, is recognised next time by its sha256 in `content/briefings/`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.atomic import refused, replace_whole

RECORD = Path(".briefgen") / "fetched.json"
DRAFTED, FAILED = "drafted", "failed"


@dataclass
class Record:
    """Items by address; conditional-request validators by address; failed runs by source."""

    items: dict[str, dict] = field(default_factory=dict)
    validators: dict[str, dict] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)

    def drafted(self, url: str, guid: str) -> dict | None:
        """The entry of an item already drafted under this address or GUID."""
        entry = self.items.get(url)
        if entry and entry.get("state") == DRAFTED:
            return entry
        return next((e for e in self.items.values()
                     if e.get("state") == DRAFTED and e.get("guid") == guid), None)

    def drafted_hashes(self) -> set[str]:
        return {e["sha256"] for e in self.items.values()
                if e.get("state") == DRAFTED and e.get("sha256")}


def load(project: Path) -> Record:
    """The record, or an empty one when there is none yet or it cannot be read as one."""
    try:
        data = json.loads((project / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Record()
    if not isinstance(data, dict):
        return Record()
    parts = [data.get(key) if isinstance(data.get(key), dict) else {}
             for key in ("items", "validators", "failures")]
    return Record(*parts)


def save(project: Path, record: Record) -> None:
    data = {"items": record.items, "validators": record.validators,
            "failures": record.failures}
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    try:
        replace_whole(project / RECORD, text.encode("utf-8"), durable=True)
    except OSError as error:
        raise refused(error, RECORD.as_posix(), "the items fetched so far are drafted") \
            from None
