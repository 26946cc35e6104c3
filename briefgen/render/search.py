"""The index the site's search page reads: one small record per briefing, as JSON.

Search runs in the reader's browser (`assets/search.js`), so the site stays static. Each
record holds what a reader searches by — title, summary, agreements, open issues, events,
people and tags — as plain text, and the briefing's page relative to the site's root, so
that the index works under any base path.
"""

from __future__ import annotations

import json

from briefgen.model import Briefing
from briefgen.render import urls
from briefgen.render.markdown import to_plain
from briefgen.views import Site


def search_index(site: Site) -> str:
    """`search.json`: newest briefings first, deterministic for the same site."""
    records = [_record(briefing) for briefing in site.briefings]
    return json.dumps({"briefings": records}, ensure_ascii=False, separators=(",", ":"))


def _record(briefing: Briefing) -> dict[str, object]:
    items = [a.what for a in briefing.agreements]
    items += [" ".join(filter(None, (i.topic, i.what))) for i in briefing.open_issues]
    items += [" ".join(filter(None, (e.what, e.where))) for e in briefing.upcoming]
    return {
        "title": briefing.title,
        "url": urls.briefing_page(briefing),
        "date": briefing.date.isoformat(),
        "summary": to_plain(briefing.summary),
        "items": items,
        "people": [p.name for p in briefing.people],
        "tags": list(briefing.tags),
    }
