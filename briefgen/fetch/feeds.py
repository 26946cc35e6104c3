"""The items of a feed — RSS, Atom (read by feedparser) or a JSON Feed — or None when the
document is no feed (then it is a page, an article of its own)."""

from __future__ import annotations

import datetime as dt
import io
import json
import urllib.parse
from dataclasses import dataclass

import feedparser


@dataclass(frozen=True)
class FeedItem:
    url: str
    guid: str  # the feed's own id of the item, else its address
    title: str = ""
    published: dt.date | None = None


def feed_items(body: bytes, base_url: str) -> tuple[FeedItem, ...] | None:
    """The items of the feed in `body`, first to last; None when `body` is not a feed."""
    if body.lstrip()[:1] == b"{":
        return _json_feed(body, base_url)
    # A stream, never bytes: feedparser opens bytes that name a file as that file.
    parsed = feedparser.parse(io.BytesIO(body), sanitize_html=False,
                              resolve_relative_uris=False)
    if not parsed.version:  # feedparser read no feed: an HTML page, or nothing it knows
        return None
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        url = urllib.parse.urljoin(base_url, link)
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(FeedItem(url, str(entry.get("id") or url), _one_line(entry.get("title")),
                              dt.date(*published[:3]) if published else None))
    return tuple(items)


def _json_feed(body: bytes, base_url: str) -> tuple[FeedItem, ...] | None:
    try:
        feed = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version", "")):
        return None
    items = []
    for item in feed.get("items") or []:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        url = urllib.parse.urljoin(base_url, item["url"])
        items.append(FeedItem(url, str(item.get("id") or url), _one_line(item.get("title")),
                              _iso_day(item.get("date_published"))))
    return tuple(items)


def _iso_day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())
