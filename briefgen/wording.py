"""Counts in plain English: "1 agreement", "2 agreements", "1 person", "3 people"."""

from __future__ import annotations

#: Words whose plural is not the singular with an "s".
_IRREGULAR = {"person": "people", "briefing file": "briefing files"}


def plural(count: int, singular: str, many: str | None = None) -> str:
    """`count` and the word in the number it takes: plural(1, "draft") → "1 draft"."""
    word = singular if count == 1 else (many or _IRREGULAR.get(singular, singular + "s"))
    return f"{count:,} {word}"


#: What each list of a draft holds, in the singular, for ingest's report.
ITEM_WORDS = {"agreements": "agreement", "open_issues": "open issue",
              "upcoming": "upcoming event", "people": "person", "quotes": "quote"}


def counted_items(counts: dict[str, int]) -> str:
    """"4 agreements, 1 open issue, 2 upcoming events, 3 people, 1 quote"."""
    return ", ".join(plural(n, ITEM_WORDS.get(key, key.replace("_", " ")))
                     for key, n in counts.items())
