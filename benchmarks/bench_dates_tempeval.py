"""Accuracy of the date normalizer on TimeML corpora (TempEval-3: TimeBank, AQUAINT, platinum).

Usage: python benchmarks/bench_dates_tempeval.py FOLDER [--show N]

FOLDER holds TimeML `.tml` files (searched recursively). For every TIMEX3 of type DATE whose
value is in our `when` forms (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn) and which is not
the document creation time, the expression is looked up in its sentence: the span that
`find_expressions` finds over it is normalized with the creation time as the reference date
and the sentence as context. Prints two accuracies (the finder and normalizer together; the
normalizer alone, given the annotated words) and the misses by kind. The data is not part of
this repository: the TempEval-3 corpora are distributed by their authors under their terms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefgen.extract.dates import find_expressions, normalize
from briefgen.extract.sentences import split_sentences

OUR_FORM = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?")
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DOCUMENT_TIME = ("CREATION_TIME", "PUBLICATION_TIME")


@dataclass(frozen=True)
class Timex:
    text: str
    value: str
    sentence: str
    start: int  # in the sentence
    end: int
    reference: dt.date
    source: str
    mod: str = ""  # START, END, MID ...: the part of the value meant ("early 2011" = 2011 START)


def _plain(markup: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """The text of a TimeML document with white space folded, and its TIMEX3 spans."""
    out: list[str] = []
    length = 0
    spans: list[tuple[int, int, dict[str, str]]] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    body = markup[markup.find("<TEXT>"):] if "<TEXT>" in markup else markup
    dct = re.search(r"<TIMEX3[^>]*functionInDocument=\"(?:CREATION|PUBLICATION)_TIME\"[^>]*>",
                    markup)
    for m in _TAG.finditer(body):
        chunk = re.sub(r"\s+", " ", html.unescape(body[pos:m.start()]))
        if out and out[-1].endswith(" ") and chunk.startswith(" "):
            chunk = chunk[1:]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2), m.group(3)
        if tag != "TIMEX3":
            continue
        if not closing and m.group(4) != "/":
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif closing and open_timex:
            spans.append((open_timex[0], length, open_timex[1]))
            open_timex = None
    if dct:
        spans.insert(0, (-1, -1, dict(_ATTR.findall(dct.group()))))
    return "".join(out), spans


def read_timexes(path: Path) -> list[Timex]:
    text, spans = _plain(path.read_text(encoding="utf-8", errors="replace"))
    creation = [a for s, _, a in spans if a.get("functionInDocument") in _DOCUMENT_TIME]
    if not creation:
        return []
    reference = dt.date.fromisoformat(creation[0]["value"][:10])
    bounds, at = [], 0
    for sentence in split_sentences(text):
        start = text.find(sentence, at)
        bounds.append((start, start + len(sentence), sentence))
        at = start + len(sentence)
    found = []
    for start, end, attrs in spans:
        value = attrs.get("value", "")
        if (start < 0 or attrs.get("type") != "DATE" or not OUR_FORM.fullmatch(value)
                or attrs.get("functionInDocument") in _DOCUMENT_TIME):
            continue
        for s0, s1, sentence in bounds:
            if s0 <= start < s1:
                found.append(Timex(text[start:end].strip(), value, sentence, start - s0,
                                   min(end, s1) - s0, reference, path.name,
                                   attrs.get("mod", "")))
                break
    return found


def _kind(value: str | None, timex: Timex) -> str:
    gold = timex.value
    if value is None:
        return "no value"
    if timex.mod and value.startswith(gold + "-"):
        return f"part of a mod={timex.mod} value"  # "early 2011": 2011-H1 against 2011 START
    if value[:4] != gold[:4]:
        return "wrong year"
    if "/" in value:
        return "interval for a point"
    if len(value) != len(gold):
        return "wrong precision"
    return "wrong month, day or part"


def evaluate(timex: Timex) -> tuple[str | None, str | None]:
    """(end to end, normalizer alone): the values given for one annotated expression."""
    overlapping = [(s, e, t) for s, e, t in find_expressions(timex.sentence)
                   if s < timex.end and e > timex.start]
    whole = normalize(timex.text, timex.reference, timex.sentence)
    if not overlapping:
        return None, whole
    _, _, text = max(overlapping, key=lambda f: min(f[1], timex.end) - max(f[0], timex.start))
    return normalize(text, timex.reference, timex.sentence), whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    timexes = [t for p in sorted(args.folder.rglob("*.tml")) for t in read_timexes(p)]
    if not timexes:
        raise SystemExit(f"no DATE expressions in our forms under {args.folder}")
    right = alone = 0
    misses: Counter[str] = Counter()
    shown = []
    for timex in timexes:
        value, whole = evaluate(timex)
        alone += whole == timex.value
        if value == timex.value:
            right += 1
            continue
        found = any(s < timex.end and e > timex.start
                    for s, e, _ in find_expressions(timex.sentence))
        kind = _kind(value, timex) if found else "not found"
        misses[kind] += 1
        shown.append((kind, timex, value))
    n = len(timexes)
    files = len({t.source for t in timexes})
    print(f"{n} DATE expressions in our forms, in {files} documents")
    print(f"accuracy, finder and normalizer: {right / n:.3f} ({right}/{n})")
    print(f"accuracy, normalizer alone:      {alone / n:.3f} ({alone}/{n})")
    for kind, count in misses.most_common():
        print(f"  {kind:<28} {count:4d}  {count / n:.3f}")
    for kind, timex, value in shown[:args.show]:
        print(f"{kind}: {timex.text!r} gold {timex.value} got {value} "
              f"(ref {timex.reference}) | {timex.sentence[:140]}")


if __name__ == "__main__":
    main()
