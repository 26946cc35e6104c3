"""Feeds in the three forms sources publish — RSS 2.0, Atom, JSON Feed — read as items."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefgen.fetch.feeds import FeedItem, feed_items

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ministry press room</title>
<item><title>Ministers agree grain corridor</title><link>/news/grain</link>
<guid isPermaLink="false">ministry-2025-0412</guid>
<pubDate>Mon, 24 Nov 2025 08:00:00 GMT</pubDate></item>
<item><title>Port talks resume</title><link>https://press.example/news/port</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Agency wire</title>
<id>urn:agency</id><updated>2025-11-24T09:00:00Z</updated>
<entry><title>Summit set for March</title><id>urn:agency:991</id>
<link href="https://wire.example/summit"/><updated>2025-11-23T09:00:00Z</updated></entry>
</feed>"""

JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "Embassy news",
    "items": [{"id": "e-7", "url": "https://embassy.example/visit", "title": "State visit",
               "date_published": "2025-11-20T10:00:00+01:00"},
              {"id": "e-8", "title": "An item without an address"}],
}).encode()


@pytest.mark.parametrize(("feed", "items"), [
    (RSS, (FeedItem("https://press.example/news/grain", "ministry-2025-0412",
                    "Ministers agree grain corridor", dt.date(2025, 11, 24)),
           FeedItem("https://press.example/news/port", "https://press.example/news/port",
                    "Port talks resume", None))),
    (ATOM, (FeedItem("https://wire.example/summit", "urn:agency:991", "Summit set for March",
                     dt.date(2025, 11, 23)),)),
    (JSON_FEED, (FeedItem("https://embassy.example/visit", "e-7", "State visit",
                          dt.date(2025, 11, 20)),)),
], ids=["rss", "atom", "json feed"])
def test_a_feed_gives_its_items_with_addresses_made_whole(feed, items):
    assert feed_items(feed, "https://press.example/feed.xml") == items


@pytest.mark.parametrize("document", [
    b"<!doctype html><html><body><p>The talks resumed.</p></body></html>",
    b'{"title": "not a feed"}',
    b"/etc/passwd",  # bytes that name a file are never opened as that file
], ids=["page", "other json", "a file name"])
def test_what_is_not_a_feed_is_none(document):
    assert feed_items(document, "https://press.example/") is None
