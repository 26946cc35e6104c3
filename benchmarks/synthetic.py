"""Write N synthetic briefings (valid schema, realistic sizes) into a project folder.

Usage: python benchmarks/synthetic.py FOLDER N

Deterministic: the same N gives the same files. One to three briefings a day going back
from 2025-11-24, each with a 70-word summary, 4 agreements, 4 open issues, 2 upcoming
events, 4 people, 2 quotes and 4 tags drawn from small vocabularies.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import yaml

STATES = ["United States", "China", "Japan", "India", "Brazil", "Germany", "France", "Kenya",
          "Indonesia", "Mexico", "Canada", "Australia", "South Africa", "Vietnam", "Egypt"]
TOPICS = ["trade", "security", "climate", "energy", "technology", "health", "migration",
          "diplomacy", "finance", "agriculture"]
KINDS = ["visit", "summit", "meeting", "talks", "call", "deadline"]
_PHRASE = ("the leaders agreed to expand cooperation on critical minerals supply chains and "
           "clean energy investment while officials raised concerns over export controls tariffs "
           "and maritime security in the region ahead of talks next month")
WORDS = _PHRASE.split()


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[:1].upper() + text[1:] + "."


def briefing(rng: random.Random, day: dt.date, index: int) -> dict:
    a, b = rng.sample(STATES, 2)
    when = day + dt.timedelta(days=rng.randint(5, 200))
    return {
        "schema": "briefgen/1",
        "title": f"{a} and {b} {rng.choice(['agree', 'discuss', 'review'])} "
                 f"{rng.choice(TOPICS)} ties (no. {index})",
        "dek": sentence(rng, 18).rstrip("."),
        "date": day,
        "status": "reviewed",
        "tags": sorted({*rng.sample(TOPICS, 2), a.lower().replace(" ", "-"),
                        b.lower().replace(" ", "-")}),
        "summary": " ".join(sentence(rng, 23) for _ in range(3)),
        "agreements": [{"what": sentence(rng, 10), "parties": [a, b],
                        "status": rng.choice(["pledged", "agreed", "signed", "exploring"]),
                        "evidence": sentence(rng, 30)} for _ in range(4)],
        "open_issues": [{"topic": rng.choice(TOPICS).title(), "what": sentence(rng, 12),
                         "parties": [a, b], "evidence": sentence(rng, 30)} for _ in range(4)],
        "upcoming": [{"what": sentence(rng, 8), "kind": rng.choice(KINDS), "who": [a],
                      "where": b, "when": when.isoformat()[:7 if i else 10],
                      "when_text": "next month", "evidence": sentence(rng, 25)}
                     for i in range(2)],
        "people": [{"name": f"Person {rng.randint(1, 500)}", "role": "Minister"}
                   for _ in range(4)],
        "quotes": [{"text": sentence(rng, 12), "speaker": "Person 1",
                    "evidence": sentence(rng, 20)} for _ in range(2)],
    }


def write_briefings(folder: Path, count: int) -> list[Path]:
    """The files, `content/briefings/<date>-<slug>.yaml` under `folder`."""
    rng = random.Random(count)
    target = folder / "content" / "briefings"
    target.mkdir(parents=True, exist_ok=True)
    paths, day = [], dt.date(2025, 11, 24)
    for index in range(count):
        if rng.random() < 0.5:
            day -= dt.timedelta(days=1)
        path = target / f"{day.isoformat()}-briefing-{index:05d}.yaml"
        path.write_text(yaml.safe_dump(briefing(rng, day, index), sort_keys=False,
                                       allow_unicode=True, width=100), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    write_briefings(Path(sys.argv[1]), int(sys.argv[2]))
