"""CPU seconds to ingest one long article that is a single paragraph, by its size.

Usage: python benchmarks/bench_long_article.py [FOLDER] [--sizes KB ...] [--rounds N]

The article is a title line and one line of text made of the sentences of FOLDER's articles
(the shared corpus of White House texts beside this repository, else seeds/) joined with
spaces, repeated until it reaches each size: no paragraph break anywhere, so every step that
is not linear in the length of a paragraph shows. Times `briefgen ingest ... -o -` in this
process (reading, drafting and checking the draft against the article), best of N rounds;
a refusal is timed too and its message printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from briefgen.errors import BriefgenError
from briefgen.extract.article import kind_of, parse_article
from briefgen.ingest import IngestOptions, ingest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "whitehouse"


def corpus_text(folder: Path) -> str:
    """The paragraphs of every article in the folder, in file order, joined with spaces."""
    paragraphs = []
    for path in sorted(folder.iterdir()):
        if path.suffix in (".md", ".txt", ".html", ".htm"):
            article = parse_article(path.read_text(encoding="utf-8"), kind_of(path.name))
            paragraphs.extend(article.paragraphs)
    return " ".join(paragraphs)


def one_paragraph_article(source: str, size: int) -> str:
    """A title and one paragraph of `source` repeated to `size` characters, cut at a space."""
    body = " ".join([source] * (size // len(source) + 1))
    cut = body.rfind(" ", 0, size)
    return "A long article in one paragraph\n\n" + body[:cut if cut > 0 else size] + "\n"


def time_ingest(folder: Path, name: str) -> tuple[float, str]:
    """CPU seconds to ingest the file, and the number of items drafted or the refusal."""
    started = time.process_time()
    try:
        result = ingest(folder, name, IngestOptions(date=dt.date(2025, 1, 1), output="-"))
        outcome = ", ".join(f"{count} {key}" for key, count in result.counts.items())
    except BriefgenError as error:
        outcome = f"refused: {error}"
    return time.process_time() - started, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=DEFAULT if DEFAULT.is_dir() else ROOT / "seeds")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 480, 4000],
                        help="sizes of the article in KB (default: 100 300 480 4000)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    source = corpus_text(args.folder)
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        for size in args.sizes:
            name = f"long-{size}kb.txt"
            text = one_paragraph_article(source, size * 1024)
            (project / name).write_text(text, encoding="utf-8")
            timings = []
            for _ in range(args.rounds):
                parse_article.cache_clear()
                seconds, outcome = time_ingest(project, name)
                timings.append(seconds)
            print(f"{size:>6} KB ({len(text.split()):,} words): best of {args.rounds} "
                  f"{min(timings):.2f} CPU s ({len(text) / 1024 / min(timings):,.0f} KB/s); "
                  f"{outcome}")


if __name__ == "__main__":
    main()
