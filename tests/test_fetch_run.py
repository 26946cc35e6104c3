"""`briefgen fetch` against a real HTTP server on 127.0.0.1: each new article drafted once."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from briefgen.errors import BriefgenError
from briefgen.fetch.http import Client
from briefgen.fetch.record import RECORD
from briefgen.fetch.run import FetchOptions, fetch


def page(title: str, sentence: str, day: str = "2025-11-24") -> bytes:
    return (f"<!doctype html><html><head><title>{title} | Gazette</title>"
            f'<meta property="article:published_time" content="{day}T08:00:00Z"></head><body>'
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            f"<h1>{title}</h1><p>{sentence}</p><p>Officials said talks would continue.</p>"
            "</article><footer>All rights reserved. Subscribe to our newsletter.</footer>"
            "</body></html>").encode()


def rss(*items: tuple[str, str]) -> bytes:
    entries = "".join(f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
                      "</item>" for title, link, guid in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Press</title>{entries}'
            "</channel></rss>").encode()


ATOM = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        b"<id>urn:wire</id><updated>2025-11-24T00:00:00Z</updated><entry><title>Summit set"
        b'</title><id>urn:wire:1</id><link href="/wire/summit"/>'
        b"<updated>2025-11-24T00:00:00Z</updated></entry></feed>")
JSON_FEED = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Embassy",
                        "items": [{"id": "e-1", "url": "/embassy/visit",
                                   "title": "State visit"}]}).encode()
HTML = {"Content-Type": "text/html; charset=utf-8"}


def serve_sources(site) -> None:
    site.routes.update({
        "/press.xml": (200, {}, rss(("Grain corridor", "/news/grain", "press-1"),
                                    ("Port deal", "/news/port", "press-2"))),
        "/wire.atom": (200, {}, ATOM),
        "/embassy.json": (200, {}, JSON_FEED),
        "/news/grain": (200, HTML, page("Ministers agree grain corridor",
                                        "The ministers agreed on Monday to reopen the grain "
                                        "corridor.")),
        "/news/port": (200, HTML, page("Port deal signed", "The two ports signed a deal to "
                                       "share their cranes.")),
        "/wire/summit": (200, HTML, page("Summit set for March", "The leaders will meet at a "
                                         "summit in Geneva in March 2026.")),
        "/embassy/visit": (200, HTML, page("State visit announced", "The king will pay a state "
                                           "visit to Norland in April 2026.")),
        "/statement": (200, HTML, page("Joint statement on fisheries", "The two governments "
                                       "agreed to share the fishing grounds.")),
    })


def configure(project: Path, site, names=("press.xml", "wire.atom", "embassy.json",
                                          "statement"), **extra) -> None:
    sources = [{"name": name, "url": f"{site.url}/{name}", **extra} for name in names]
    (project / "briefgen.yaml").write_text(yaml.safe_dump({"sources": sources}))


def run(project: Path, **options) -> object:
    return fetch(project, FetchOptions(**options), Client(timeout=1.0, interval=0.0))


def briefgen(project: Path, *args: str):
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=project,
                          capture_output=True, text=True, timeout=120)


def drafts(project: Path) -> list[str]:
    return sorted(p.name for p in (project / "content" / "briefings").glob("*.yaml"))


def test_each_new_article_of_rss_atom_json_feeds_and_pages_is_drafted_once(empty_project, site):
    serve_sources(site)
    configure(empty_project, site)
    report = run(empty_project)
    assert len(report.drafted) == 5 and report.failed == []
    assert drafts(empty_project) == [
        "2025-11-24-joint-statement-on-fisheries.yaml",
        "2025-11-24-ministers-agree-grain-corridor.yaml", "2025-11-24-port-deal-signed.yaml",
        "2025-11-24-state-visit-announced.yaml", "2025-11-24-summit-set-for-march.yaml"]
    draft = yaml.safe_load((empty_project / "content/briefings/"
                            "2025-11-24-ministers-agree-grain-corridor.yaml").read_text())
    assert draft["source"]["url"] == f"{site.url}/news/grain"
    assert draft["source"]["publisher"] == "press.xml"
    assert (empty_project / draft["source"]["path"]).read_bytes() == \
        site.routes["/news/grain"][2]
    assert briefgen(empty_project, "check").returncode == 0
    again = run(empty_project)
    assert (again.drafted, again.known, again.failed) == ([], 5, [])
    assert len(drafts(empty_project)) == 5


def test_a_feed_listing_one_guid_twice_or_one_page_twice_gives_one_draft(empty_project, site):
    serve_sources(site)
    site.routes["/press.xml"] = (200, {}, rss(("Grain", "/news/grain", "g-1"),
                                              ("Grain again", "/news/grain?ref=rss", "g-1"),
                                              ("Grain, the same page", "/news/grain#top", "g-2")))
    site.routes["/news/grain?ref=rss"] = site.routes["/news/grain"]
    configure(empty_project, site, names=("press.xml",))
    report = run(empty_project)
    assert [url for url, _ in report.drafted] == [f"{site.url}/news/grain"]
    assert len(drafts(empty_project)) == 1


def test_an_item_that_fails_is_reported_and_drafted_on_the_next_run(empty_project, site):
    serve_sources(site)
    grain = site.routes.pop("/news/grain")
    configure(empty_project, site, names=("press.xml",))
    first = run(empty_project)
    assert first.failed == [(f"{site.url}/news/grain", "HTTP 404 Not Found")]
    assert len(first.drafted) == 1
    site.routes["/news/grain"] = grain
    second = run(empty_project)
    assert [url for url, _ in second.drafted] == [f"{site.url}/news/grain"]
    assert second.failed == []


def test_an_article_changed_since_its_draft_is_reported_not_drafted_again(empty_project, site):
    serve_sources(site)
    configure(empty_project, site, names=("press.xml",))
    run(empty_project)
    site.routes["/news/port"] = (200, HTML, page("Port deal signed", "The two ports signed a "
                                                 "deal to share their cranes and tugs."))
    report = run(empty_project)
    assert (report.drafted, report.changed) == ([], [f"{site.url}/news/port"])
    assert run(empty_project).changed == []  # said once
    assert len(drafts(empty_project)) == 2


def slow(write):
    for _ in range(10):
        write.write(b"<p>word</p>")
        write.flush()
        time.sleep(0.3)


def test_bad_pages_are_one_line_each_and_the_good_ones_are_drafted(empty_project, site):
    serve_sources(site)
    site.routes.update({
        "/press.xml": (200, {}, rss(("Loop", "/loop", "1"), ("Slow", "/slow", "2"),
                                    ("Huge", "/huge", "3"), ("Grain", "/news/grain", "4"),
                                    ("Menu", "/menu", "5"))),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/slow": (200, HTML, slow),
        "/huge": (200, {"Content-Length": str(50 * 1024 * 1024)}, lambda w: w.write(b"x")),
        "/menu": (200, HTML, b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    })
    configure(empty_project, site, names=("press.xml",))
    report = run(empty_project)
    assert [url for url, _ in report.drafted] == [f"{site.url}/news/grain"]
    assert [(url.removeprefix(site.url), reason) for url, reason in report.failed] == [
        ("/loop", "more than 5 redirects"), ("/slow", "timed out after 1 s"),
        ("/huge", "is 52.4 MB; at most 5.2 MB is read"), ("/menu", "no article text found")]


@pytest.mark.parametrize(("headers", "meta"), [
    ({"Content-Type": "text/html; charset=iso-8859-1"}, b""),
    ({"Content-Type": "text/html"}, b'<meta charset="windows-1252">'),
], ids=["named by the server", "named by the page"])
def test_a_page_in_another_encoding_is_kept_as_utf8_and_drafted(empty_project, site, headers,
                                                                 meta):
    latin = page("Café talks in Zürich", "The ministers agreed in Zürich to cut tariffs on "
                 "café supplies.").decode().encode("iso-8859-1").replace(b"<head>",
                                                                         b"<head>" + meta)
    site.routes["/statement"] = (200, headers, latin)
    configure(empty_project, site, names=("statement",))
    [(_, draft)] = run(empty_project).drafted
    source = yaml.safe_load((empty_project / draft).read_text())["source"]["path"]
    assert "Zürich to cut tariffs" in (empty_project / source).read_text(encoding="utf-8")
    assert briefgen(empty_project, "check").returncode == 0


def test_keywords_since_limit_and_dry_run_choose_what_is_drafted(empty_project, site):
    serve_sources(site)
    configure(empty_project, site, names=("press.xml",), exclude=["port"])
    assert [url for url, _ in run(empty_project, dry_run=True).drafted] == []
    assert run(empty_project, dry_run=True).new == [f"{site.url}/news/grain"]
    configure(empty_project, site, names=("press.xml",))
    assert len(run(empty_project, dry_run=True, limit=1).new) == 1
    assert drafts(empty_project) == [] and not (empty_project / RECORD).exists()
    configure(empty_project, site, names=("press.xml", "wire.atom"))
    assert run(empty_project, since=dt.date(2025, 12, 1), limit=1).drafted == [
        (f"{site.url}/news/grain", "content/briefings/2025-11-24-ministers-agree-grain-"
                                   "corridor.yaml")]  # the atom item is older than --since


def test_a_source_failing_three_runs_in_a_row_says_so(empty_project, site):
    serve_sources(site)
    del site.routes["/wire.atom"]
    configure(empty_project, site, names=("wire.atom", "statement"))
    reasons = [run(empty_project).sources_failed for _ in range(3)]
    assert reasons == [[("wire.atom", "HTTP 404 Not Found")]] * 2 + [
        [("wire.atom", "HTTP 404 Not Found (failed 3 runs in a row)")]]


def test_without_sources_fetch_says_where_to_list_them(empty_project):
    with pytest.raises(BriefgenError, match="no sources: list them under `sources:`"):
        run(empty_project)


def test_the_command_exits_0_when_some_sources_work_and_1_when_none_do(empty_project, site):
    serve_sources(site)
    configure(empty_project, site, names=("statement", "missing.xml"))
    result = briefgen(empty_project, "fetch")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("fetched 2 source(s) (1 failed): 1 drafted, 0 item(s) failed, "
                             "0 changed since drafted, 0 already drafted\n")
    assert "error: missing.xml: HTTP 404 Not Found" in result.stderr
    configure(empty_project, site, names=("missing.xml",))
    assert briefgen(empty_project, "fetch").returncode == 1


def test_a_run_killed_after_a_draft_but_before_its_record_drafts_it_no_more(empty_project,
                                                                              site):
    serve_sources(site)
    configure(empty_project, site, names=("statement",))
    run(empty_project)
    (empty_project / RECORD).unlink()  # as if killed between the draft and the record
    report = run(empty_project)
    assert (report.drafted, report.known) == ([], 1)
    assert len(drafts(empty_project)) == 1


def test_an_article_drafted_before_is_asked_for_again_only_conditionally(empty_project, site):
    serve_sources(site)
    body = site.routes["/statement"][2]

    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"s1"':
            return 304, {}, b""
        return 200, {**HTML, "ETag": '"s1"'}, body

    site.routes["/press.xml"] = (200, {}, rss(("Statement", "/statement", "s")))
    site.routes["/statement"] = conditional
    configure(empty_project, site, names=("press.xml",))
    assert len(run(empty_project).drafted) == 1
    again = run(empty_project)
    assert (again.drafted, again.changed, again.known) == ([], [], 1)
    assert site.requests[-1][0] == "/statement"
    assert site.requests[-1][1]["If-None-Match"] == '"s1"'


def test_a_feed_unchanged_since_the_last_run_costs_a_304_and_retries_what_failed(
        empty_project, site):
    serve_sources(site)
    feed = rss(("Grain", "/news/grain", "1"), ("Port", "/news/port", "2"))

    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"f1"':
            return 304, {}, b""
        return 200, {"ETag": '"f1"'}, feed

    site.routes["/press.xml"] = conditional
    port = site.routes.pop("/news/port")
    configure(empty_project, site, names=("press.xml",))
    assert len(run(empty_project).drafted) == 1
    site.routes["/news/port"] = port
    report = run(empty_project)
    assert [url for url, _ in report.drafted] == [f"{site.url}/news/port"]
    assert [path for path, _ in site.requests[-2:]] == ["/press.xml", "/news/port"]
    assert run(empty_project).drafted == []


PRESS_ROOM_PATH = "/en/press-releases"
PRESS_ROOM = (Path(__file__).parent / "pages" / "press_room.html").read_bytes()
RELEASES = {
    "/en/press-releases/2025/11/minister-meets-kenyan-counterpart": page(
        "Minister meets Kenyan counterpart", "The minister met her Kenyan counterpart in "
        "Nairobi on Monday to discuss trade."),
    "/en/press-releases/2025/11/grain-corridor-reopens": page(
        "Grain corridor to reopen", "The grain corridor will reopen next week, the ministry "
        "said."),
    "/en/press-releases/2025/11/state-visit-norland": page(
        "State visit to Norland", "The king will pay a state visit to Norland in April 2026."),
}


def serve_press_room(site, listing: bytes = PRESS_ROOM) -> None:
    site.routes[PRESS_ROOM_PATH] = (200, HTML, listing)
    site.routes.update({path: (200, HTML, body) for path, body in RELEASES.items()})


def with_release(listing: bytes, path: str, title: str) -> bytes:
    list_start = b'<ul class="news-list">'
    return listing.replace(list_start, list_start + f'<li><a href="{path}">{title}</a></li>'
                           .encode())


def test_a_listing_page_drafts_each_article_it_links_to_once(empty_project, site):
    serve_press_room(site)
    configure(empty_project, site, names=(PRESS_ROOM_PATH.lstrip("/"),))
    report = run(empty_project)
    assert [url for url, _ in report.drafted] == [site.url + path for path in RELEASES]
    assert (report.failed, len(drafts(empty_project))) == ([], 3)
    again = run(empty_project)
    assert (again.drafted, again.known, again.failed) == ([], 3, [])
    new = "/en/press-releases/2025/11/embassy-opens-in-lusaka"
    site.routes[new] = (200, HTML, page("Embassy opens in Lusaka", "The ministry opened an "
                                        "embassy in Lusaka on Friday."))
    site.routes[PRESS_ROOM_PATH] = (200, HTML, with_release(PRESS_ROOM, new,
                                                            "Embassy opens in Lusaka"))
    third = run(empty_project)
    assert ([url for url, _ in third.drafted], third.known) == ([site.url + new], 3)
    assert len(drafts(empty_project)) == 4
    assert briefgen(empty_project, "check").returncode == 0


def test_an_article_page_linking_to_other_articles_is_one_draft_itself(empty_project, site):
    path = "/news/2025/11/grain-corridor"
    site.routes[path] = (200, HTML, (Path(__file__).parent / "pages" /
                                     "article_with_related.html").read_bytes())
    configure(empty_project, site, names=(path.lstrip("/"),))
    assert [url for url, _ in run(empty_project).drafted] == [site.url + path]
    assert [got for got, _ in site.requests if got != "/robots.txt"] == [path]


def test_an_unchanged_listing_costs_a_304_and_asks_for_no_article(empty_project, site):
    serve_press_room(site)

    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"p1"':
            return 304, {}, b""
        return 200, {**HTML, "ETag": '"p1"'}, PRESS_ROOM

    site.routes[PRESS_ROOM_PATH] = conditional
    configure(empty_project, site, names=(PRESS_ROOM_PATH.lstrip("/"),))
    assert len(run(empty_project).drafted) == 3
    asked = len(site.requests)
    assert run(empty_project).drafted == []
    assert [path for path, _ in site.requests[asked:] if path != "/robots.txt"] == [
        PRESS_ROOM_PATH]


def test_keywords_limit_and_dry_run_choose_among_a_listings_articles(empty_project, site):
    serve_press_room(site)
    name = PRESS_ROOM_PATH.lstrip("/")
    configure(empty_project, site, names=(name,), include=["kenyan", "norland"],
              exclude=["state visit"])
    assert run(empty_project, dry_run=True).new == [site.url + next(iter(RELEASES))]
    configure(empty_project, site, names=(name,))
    assert run(empty_project, dry_run=True).new == [site.url + path for path in RELEASES]
    assert drafts(empty_project) == [] and not (empty_project / RECORD).exists()
    assert [url for url, _ in run(empty_project, limit=2).drafted] == [
        site.url + path for path in list(RELEASES)[:2]]


TWO_RELEASES = PRESS_ROOM.replace(b"2025/11/state-visit-norland", b"2025/11/grain-corridor-reopens")


@pytest.mark.parametrize(("listing", "kind", "new"), [
    (PRESS_ROOM, "article", [PRESS_ROOM_PATH]),
    (TWO_RELEASES, "auto", [PRESS_ROOM_PATH]),
    (TWO_RELEASES, "listing", list(RELEASES)[:2]),
], ids=["a listing said to be an article", "two links: an article by itself",
        "two links said to be a listing"])
def test_a_sources_kind_says_whether_its_page_is_a_listing(empty_project, site, listing, kind,
                                                           new):
    serve_press_room(site, listing)
    configure(empty_project, site, names=(PRESS_ROOM_PATH.lstrip("/"),), kind=kind)
    assert run(empty_project, dry_run=True).new == [site.url + path for path in new]
