"""An article in, a draft briefing (schema `briefgen/1`, status draft) out — as plain data."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from briefgen.extract.article import Article
from briefgen.extract.items import Draft, extract_items
from briefgen.extract.names import find_parties
from briefgen.extract.people import find_people
from briefgen.extract.sentences import split_sentences
from briefgen.model import SCHEMA
from briefgen.scaffold import slugify

SUMMARY_WORDS = 90
#: "BRUSSELS (Reuters) - " before a news agency's first sentence.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’/-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*"
                       r"(?:\([^)]{1,40}\))?\s*[-–—]+\s+")
_TOPICS = {
    "trade": r"\b(?:trade|tariffs?|exports?|imports?)\b",
    "security": r"\b(?:security|defen[cs]e|military)\b",
    "climate": r"\bclimate\b",
    "energy": r"\b(?:energy|oil|gas|nuclear power)\b",
    "technology": r"\b(?:technolog\w+|artificial intelligence|AI|semiconductors?)\b",
    "health": r"\b(?:health|pandemic|COVID|vaccines?)\b",
    "migration": r"\b(?:migration|migrants?|refugees?)\b",
    "diplomacy": r"\b(?:visit|summit|diplomac\w+)\b",
}


def draft_briefing(article: Article, day: dt.date, *, source: dict) -> tuple[dict, Draft]:
    """The briefing data for an article dated `day`, and what the rules found (for a report)."""
    paragraphs = [split_sentences(_DATELINE.sub("", p, count=1)) for p in article.paragraphs]
    sentences = [s for p in paragraphs for s in p]
    people = find_people([article.title, *sentences])
    names = [p.name for p in people]
    counts = Counter(p for s in sentences for p in find_parties(s, capital_as_state=True))
    main_parties = [p for p, _ in counts.most_common(3)]
    items = extract_items(paragraphs, day, names, main_parties[:2])
    for key in ("agreements", "open_issues", "upcoming", "quotes"):
        for item in getattr(items, key):
            item["evidence"] = article.verbatim(item["evidence"], item.get("text", ""))
    data = {
        "schema": SCHEMA,
        "title": article.title or "Untitled article",
        "dek": article.dek,
        "date": day.isoformat(),
        "status": "draft",
        "source": source,
        "tags": _tags(article, counts),
        "summary": _summary(sentences, items),
        "agreements": items.agreements,
        "open_issues": items.open_issues,
        "upcoming": items.upcoming,
        "people": [{"name": p.name, "role": p.role} for p in people],
        "quotes": items.quotes,
    }
    if not data["dek"]:
        del data["dek"]
    return data, items


def _summary(sentences: list[str], items: Draft) -> str:
    """The lead — up to three sentences, about 90 words — then the open issues if room is left."""
    lead: list[str] = []
    words = 0
    for sentence in sentences:
        count = len(sentence.split())
        if count < 4 or sentence.endswith(":"):
            continue
        if lead and (words + count > SUMMARY_WORDS or len(lead) == 3):
            break
        lead.append(sentence)
        words += count
    still_open = _listing("Still open", [_lower_first(i["topic"]) for i in items.open_issues],
                          SUMMARY_WORDS + 10 - words)
    summary = " ".join([*lead, still_open]).strip()
    return summary or "No summary could be drafted; write one."


def _lower_first(phrase: str) -> str:
    """"Export controls" → "export controls"; names keep their capital ("Taiwan", "PRC’s")."""
    first = phrase.split()[0] if phrase.split() else ""
    common = first[1:].islower() and first.lower() in _COMMON_WORDS
    return phrase[:1].lower() + phrase[1:] if common else phrase


_COMMON_WORDS = {"export", "exports", "rare-earth", "no", "war", "conflict", "tensions", "trade",
                 "the", "tariffs", "concerns", "security", "climate", "migration", "travel"}


def _listing(label: str, phrases: list[str], budget: int) -> str:
    """"Agreed: a; b." within a word budget, or "" when nothing fits."""
    chosen: list[str] = []
    used = 1
    for phrase in dict.fromkeys(p.rstrip(" .…") for p in phrases):
        size = len(phrase.split())
        if used + size > budget:
            break
        chosen.append(phrase)
        used += size
    return f"{label}: {'; '.join(chosen)}." if chosen else ""


def _tags(article: Article, counts: Counter) -> list[str]:
    tags = [slugify(party) for party, _ in counts.most_common(4)]
    text = " ".join((article.title, *article.paragraphs))
    tags += [tag for tag, pattern in _TOPICS.items() if re.search(pattern, text)]
    return list(dict.fromkeys(t for t in tags if t))
