"""The search index: what a reader can find a briefing by, and where it leads."""

from __future__ import annotations

import json

from briefgen.config import load_config
from briefgen.content import load_content
from briefgen.render.search import search_index
from briefgen.views import site_view

from conftest import briefing_yaml, write_briefing


def index_of(project) -> list[dict]:
    site = site_view(load_config(project), load_content(project).briefings, drafts=True)
    return json.loads(search_index(site))["briefings"]


def test_the_seed_briefing_is_found_by_its_agreements_people_and_tags(seed_project):
    [record] = index_of(seed_project)
    assert record["url"] == "briefings/trump-accepts-xi-invitation-for-beijing-visit/"
    assert record["date"] == "2025-11-24"
    assert "One-year trade truce between the United States and China" in record["items"]
    assert "Xi Jinping" in record["people"]
    assert "soybean" in record["summary"]
    assert "**" not in record["summary"]  # Markdown is indexed as plain text
    assert record["tags"]


def test_records_are_newest_first_and_the_index_is_deterministic(empty_project):
    write_briefing(empty_project, "2025-11-23-older.yaml", briefing_yaml("Older", "2025-11-23"))
    write_briefing(empty_project, "2025-11-24-newer.yaml", briefing_yaml("Newer", "2025-11-24",
                                                                          tags="[trade]"))
    assert [r["title"] for r in index_of(empty_project)] == ["Newer", "Older"]
    assert index_of(empty_project) == index_of(empty_project)


def test_text_that_looks_like_markup_stays_text(empty_project):
    write_briefing(empty_project, "2025-11-24-markup.yaml",
                   briefing_yaml('"<script>alert(1)</script> talks"'))
    [record] = index_of(empty_project)
    assert record["title"] == "<script>alert(1)</script> talks"  # the script sets textContent
