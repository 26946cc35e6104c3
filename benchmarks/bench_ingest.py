"""Articles per second drafted by the extractor over the corpus, on one core.

Usage: python benchmarks/bench_ingest.py [FOLDER] [--rounds N]

FOLDER defaults to the shared corpus of 60 White House texts beside this repository, else
seeds/. Times reading, splitting and drafting (not writing files) and prints the rate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from briefgen.extract.article import kind_of, parse_article
from briefgen.extract.draft import draft_briefing

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "whitehouse"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=DEFAULT if DEFAULT.is_dir() else ROOT / "seeds")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    files = sorted(p for p in args.folder.iterdir()
                   if p.suffix in (".md", ".txt", ".html", ".htm"))
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    words = sum(len(text.split()) for _, text in texts)
    best = float("inf")
    for _ in range(args.rounds):
        started = time.perf_counter()
        for name, text in texts:
            article = parse_article(text, kind_of(name))
            draft_briefing(article, article.date or dt.date(2025, 1, 1), source={"path": name})
        best = min(best, time.perf_counter() - started)
    print(f"{len(texts)} articles ({words} words) from {args.folder}")
    print(f"best of {args.rounds} rounds: {best:.3f} s = {len(texts) / best:.0f} articles/s, "
          f"{words / best:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
