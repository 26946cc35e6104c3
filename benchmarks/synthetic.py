"""Write N synthetic briefings (valid schema, realistic sizes) into a project folder.

Usage: python benchmarks/synthetic.py FOLDER N [--no-sources]

Deterministic: the same N gives the same files. One to three briefings a day going back
from 2025-11-24, each with a summary of about 75 words, 4 agreements, 4 open issues,
2 upcoming events, 4 people, 2 quotes and 4 tags drawn from small vocabularies.

The text carries real Markdown, as written by people: every summary has strong emphasis,
emphasis and a link, and one in three ends with a bulleted list after a blank line; about
half the evidence sentences have emphasis or a link. Each briefing has a source article
(`sources/<name>.txt`, about 5 KB, with its sha256), which holds every evidence sentence
word for word among other sentences, as `briefgen check` requires; `--no-sources` leaves
`source` out, so that the evidence is not checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
START = dt.date(2025, 11, 24)


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def sentence(rng: random.Random, count: int) -> str:
    text = words(rng, count)
    return text[:1].upper() + text[1:] + "."


def link(rng: random.Random, text: str) -> str:
    return f"[{text}](https://www.example.org/statements/{rng.randint(1000, 9999)}/)"


def marked_sentence(rng: random.Random, count: int) -> str:
    """A sentence of `count` words, half the time with emphasis or a link in it."""
    kind = rng.random()
    if kind < 0.5:
        return sentence(rng, count)
    head, middle, tail = words(rng, count - 5), words(rng, 2), words(rng, 3)
    middle = f"*{middle}*" if kind < 0.75 else link(rng, middle)
    return f"{head[:1].upper()}{head[1:]} {middle} {tail}."


def summary(rng: random.Random, a: str, b: str) -> str:
    """Three sentences with strong emphasis, a link and emphasis; a third end with a list."""
    text = (f"**{a} and {b}** {words(rng, 21)}. {words(rng, 9).capitalize()} "
            f"{link(rng, 'joint statement')} {words(rng, 12)}. {words(rng, 8).capitalize()} "
            f"*{words(rng, 3)}* {words(rng, 10)}.")
    if rng.random() < 1 / 3:
        text += "\n\n" + "\n".join(f"- {sentence(rng, 6)}" for _ in range(rng.randint(2, 3)))
    return text


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
        "summary": Summary(summary(rng, a, b)),
        "agreements": [{"what": sentence(rng, 10), "parties": [a, b],
                        "status": rng.choice(["pledged", "agreed", "signed", "exploring"]),
                        "evidence": marked_sentence(rng, 30)} for _ in range(4)],
        "open_issues": [{"topic": rng.choice(TOPICS).title(), "what": sentence(rng, 12),
                         "parties": [a, b], "evidence": marked_sentence(rng, 30)}
                        for _ in range(4)],
        "upcoming": [{"what": sentence(rng, 8), "kind": rng.choice(KINDS), "who": [a],
                      "where": b, "when": when.isoformat()[:7 if i else 10],
                      "when_text": "next month", "evidence": marked_sentence(rng, 25)}
                     for i in range(2)],
        "people": [{"name": f"Person {rng.randint(1, 500)}", "role": "Minister"}
                   for _ in range(4)],
        "quotes": [{"text": sentence(rng, 12), "speaker": "Person 1",
                    "evidence": marked_sentence(rng, 20)} for _ in range(2)],
    }


def article(rng: random.Random, data: dict) -> str:
    """A plain-text article: title, dek, then paragraphs in which every evidence sentence
    stands among others, word for word."""
    evidence = [item["evidence"] for key in ("agreements", "open_issues", "upcoming", "quotes")
                for item in data[key]]
    sentences = evidence + [sentence(rng, rng.randint(15, 30)) for _ in range(20)]
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return "\n\n".join([data["title"], data["dek"], *paragraphs]) + "\n"


class Summary(str):
    """Written as a block: folded (`>-`), as in the project's example, or literal (`|-`)
    when it has more than one line."""


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml's: 10 times faster
    """As `briefgen ingest` writes: lists of names on one line, mappings in block style."""


_Dumper.add_representer(dict, lambda dumper, data: dumper.represent_mapping(
    "tag:yaml.org,2002:map", data, flow_style=False))
_Dumper.add_representer(Summary, lambda dumper, data: dumper.represent_scalar(
    "tag:yaml.org,2002:str", str(data), style="|" if "\n" in data else ">"))


def write_one(folder: Path, rng: random.Random, day: dt.date, index: int,
              sources: bool = True) -> Path:
    """One briefing (and its source article), `content/briefings/<date>-briefing-<n>.yaml`."""
    name = f"{day.isoformat()}-briefing-{index:05d}"
    data = briefing(rng, day, index)
    if sources:
        raw = article(rng, data).encode("utf-8")
        (folder / "sources").mkdir(parents=True, exist_ok=True)
        (folder / "sources" / f"{name}.txt").write_bytes(raw)
        data = {**dict(list(data.items())[:5]),
                "source": {"path": f"sources/{name}.txt",
                           "sha256": hashlib.sha256(raw).hexdigest()},
                **dict(list(data.items())[5:])}
    path = folder / "content" / "briefings" / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                              width=100, default_flow_style=None), encoding="utf-8")
    return path


def write_briefings(folder: Path, count: int, sources: bool = True) -> list[Path]:
    """The briefings' files, newest first."""
    rng = random.Random(count)
    paths, day = [], START
    for index in range(count):
        if rng.random() < 0.5:
            day -= dt.timedelta(days=1)
        paths.append(write_one(folder, rng, day, index, sources))
    return paths


def write_next(folder: Path, count: int, sources: bool = True) -> list[Path]:
    """The briefing of the next day after `write_briefings(folder, count)`'s newest, as a
    daily build adds it: its file (and its source article)."""
    path = write_one(folder, random.Random(-count), START + dt.timedelta(days=1), count,
                     sources)
    name = path.stem
    return [path, *([folder / "sources" / f"{name}.txt"] if sources else [])]


if __name__ == "__main__":
    write_briefings(Path(sys.argv[1]), int(sys.argv[2]), "--no-sources" not in sys.argv[3:])
