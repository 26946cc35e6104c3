"""How well, and how fast, the HTML reader finds the article in real news pages.

Usage: python benchmarks/page_reader.py [PAGES_DIR GROUND_TRUTH_JSON] [--show N]

The pages default to the article-extraction set beside this repository (real news pages with
hand-marked article bodies, gzip-compressed) and are scored with that set's own scorer
(`eval/score_html.py`: word 4-gram shingles, F1 of the mean precision and recall), on
`parse_article(page, "html").text`, the body a reader of the draft sees. Prints F1, precision,
recall, the pages read as empty, and the pages read per CPU second. `--show N` lists the N
pages scored worst, to look at by hand.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import time
from pathlib import Path

from briefgen.extract.article import parse_article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
PAGES = SHARED / "corpus" / "article-extraction" / "html"
TRUTH = SHARED / "corpus" / "article-extraction" / "ground-truth.json"
SCORER = SHARED / "eval" / "score_html.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_html", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=Path, default=PAGES)
    parser.add_argument("truth", nargs="?", type=Path, default=TRUTH)
    parser.add_argument("--show", type=int, default=0, metavar="N")
    args = parser.parse_args()
    scorer = _scorer()
    truth = json.loads(args.truth.read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((args.pages / f"{key}.html.gz").read_bytes())
             .decode("utf-8", errors="replace") for key in truth}
    parse_article.cache_clear()
    started = time.process_time()
    read = {key: parse_article(page, "html").text for key, page in pages.items()}
    seconds = time.process_time() - started
    result = scorer.score(truth, read)
    print(f"{result['pages']} pages: F1 {result['f1']:.3f}  P {result['precision']:.3f}  "
          f"R {result['recall']:.3f}  empty {result['empty']}  "
          f"({len(pages) / seconds:.0f} pages/s, CPU seconds on one core)")
    worst = sorted(truth, key=lambda key: scorer.page_counts(
        truth[key].get("articleBody", ""), read[key])[0])
    for key in worst[:args.show]:
        tp, fp, fn = scorer.page_counts(truth[key].get("articleBody", ""), read[key])
        print(f"  {key[:12]}  tp {tp:.2f} fp {fp:.2f} fn {fn:.2f}  {truth[key].get('url', '')}")


if __name__ == "__main__":
    main()
