"""Extraction scores fold by fold, so that a rule is judged on articles it was not written from.

Usage: python benchmarks/extraction_folds.py [--folds 3] [--only N] [--list]
           [--scorer PATH] [--gold DIR] [--articles DIR] [--cmd CMD]

The gold files are sorted by name and dealt round-robin into folds (fold 1 takes the 1st,
4th, 7th … file), which spreads the years and kinds of text over every fold and never
changes as long as the gold set does. Write a rule while reading the articles of some
folds; report the others too, as the figures that count. `--list` prints which article is
in which fold; `--only N` scores one fold.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
FIGURES = ("agreements", "open_issues", "upcoming", "people")


def folds(gold: Path, count: int) -> list[list[Path]]:
    files = sorted(gold.glob("*.gold.yaml"))
    return [files[start::count] for start in range(count)]


def score(scorer: Path, files: list[Path], articles: Path, command: str | None) -> dict:
    """The scorer's totals for these gold files: it runs `command` on each article, or,
    without one, drafts each in this process as `briefgen ingest ARTICLE -o -` does (the
    same figures, without starting Python once per article)."""
    with tempfile.TemporaryDirectory() as folder:
        for file in files:
            shutil.copy(file, folder)
        argv = [str(scorer), folder, str(articles), "--json"]
        if command:
            done = subprocess.run([sys.executable, *argv, "--cmd", command],
                                  capture_output=True, text=True, check=True)
            return json.loads(done.stdout)
        scoring = scorer_module(scorer)
        scoring.run = _ingest
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            sys.argv = argv
            scoring.main()
    return json.loads(printed.getvalue())


def scorer_module(path: Path):
    """The scorer script at `path`, loaded as a module (it is no package)."""
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ingest(command: str, article: Path, date: str) -> tuple[dict | None, str]:
    """score.py's `run`, in this process: the draft as a mapping, or None and why."""
    from briefgen.errors import BriefgenError
    from briefgen.ingest import IngestOptions, ingest

    options = IngestOptions(date=dt.date.fromisoformat(date), output="-")
    try:
        return yaml.safe_load(ingest(Path.cwd(), str(article), options).yaml), ""
    except BriefgenError as error:
        return None, str(error)


def line(name: str, result: dict) -> str:
    parts = [f"{name:<8}", f"macro F1 {result['macro_f1']:.2f}"]
    parts += [f"{key.split('_')[0][:6]} {result[key]['f1']:.2f}" for key in FIGURES]
    parts += [f"when {result['when_accuracy']:.2f}", f"label F1 {result['label_f1']:.2f}",
              f"headline {result['headline_rate']:.2f}", f"grounded {result['grounded']:.2f}",
              f"summary {result['summary_recall']:.2f}",
              f"failed {result['failures']}"]
    return "  ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--only", type=int, help="score only this fold (1-based)")
    parser.add_argument("--list", action="store_true", help="print each fold's articles")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval" / "dev")
    parser.add_argument("--articles", type=Path, default=SHARED / "corpus" / "whitehouse")
    parser.add_argument("--cmd", help="the extractor command, as score.py takes it")
    args = parser.parse_args()
    dealt = folds(args.gold, args.folds)
    if args.list:
        for number, files in enumerate(dealt, 1):
            print(f"fold {number}:")
            print("".join(f"  {f.name.removesuffix('.gold.yaml')}\n" for f in files), end="")
        return
    chosen = [args.only] if args.only else range(1, args.folds + 1)
    for number in chosen:
        print(line(f"fold {number}", score(args.scorer, dealt[number - 1], args.articles,
                                           args.cmd)), flush=True)
    if not args.only:
        every = [f for files in dealt for f in files]
        print(line("all", score(args.scorer, every, args.articles, args.cmd)))


if __name__ == "__main__":
    main()
