"""Articles per second drafted by the extractor over the corpus, on one core.

Usage: python benchmarks/bench_ingest.py [FOLDER] [--rounds N]

FOLDER defaults to the shared corpus of White House texts beside this repository, else
seeds/. Times reading (the article into units), then splitting and drafting, without writing
files, and prints the rate of each and of both. Times are CPU seconds of this process, so
that other work on the machine does not count.
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
    best_read = best_draft = float("inf")
    for _ in range(args.rounds):
        parse_article.cache_clear()
        started = time.process_time()
        articles = [parse_article(text, kind_of(name)) for name, text in texts]
        read = time.process_time()
        for (name, _), article in zip(texts, articles, strict=True):
            draft_briefing(article, article.date or dt.date(2025, 1, 1), source={"path": name})
        best_read = min(best_read, read - started)
        best_draft = min(best_draft, time.process_time() - read)
    best = best_read + best_draft
    print(f"{len(texts)} articles ({words} words) from {args.folder}")
    print(f"best of {args.rounds} rounds, CPU seconds on one core: "
          f"reading {best_read:.3f} s ({len(texts) / best_read:.0f} articles/s), "
          f"drafting {best_draft:.3f} s ({len(texts) / best_draft:.0f} articles/s)")
    print(f"in all {best:.3f} s = {len(texts) / best:.0f} articles/s, "
          f"{words / best:,.0f} words/s")


if __name__ == "__main__":
    main()
