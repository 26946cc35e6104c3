"""The fetcher's HTTP, against a real server on 127.0.0.1: polite, bounded, one-line errors."""

from __future__ import annotations

import time

import pytest

from briefgen.fetch.http import Client, FetchError

PAGE = b"<html><body><p>The talks resumed.</p></body></html>"


def client(**settings) -> Client:
    return Client(**{"timeout": 2.0, "interval": 0.0, **settings})


def test_a_page_is_got_with_a_user_agent_naming_briefgen(site):
    site.routes["/news"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
    response = client().get(site.url + "/news")
    assert (response.status, response.body, response.content_type) == (
        200, PAGE, "text/html; charset=utf-8")
    assert site.requests[-1][1]["User-Agent"].startswith("briefgen/")


def test_an_unchanged_page_costs_a_304_through_its_etag(site):
    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {}, b""
        return 200, {"ETag": '"v1"', "Last-Modified": "Mon, 24 Nov 2025 08:00:00 GMT"}, PAGE

    site.routes["/news"] = conditional
    first = client().get(site.url + "/news")
    again = client().get(site.url + "/news", first.etag, first.last_modified)
    assert (first.status, again.status, again.body) == (200, 304, b"")
    assert site.requests[-1][1]["If-Modified-Since"] == "Mon, 24 Nov 2025 08:00:00 GMT"


def slow(write):
    for _ in range(20):
        write.write(b"<p>word</p>")
        write.flush()
        time.sleep(0.2)


def endless(write):
    chunk = b"x" * 65536
    for _ in range(50 * 16):  # 50 MB
        write.write(chunk)


@pytest.mark.parametrize(("routes", "message"), [
    ({}, "HTTP 404 Not Found"),
    ({"/news": (500, {}, b"oops")}, "HTTP 500 Internal Server Error"),
    ({"/news": (302, {"Location": "/news"}, b"")}, "more than 5 redirects"),
    ({"/news": (302, {"Location": "file:///etc/passwd"}, b"")},
     "not an http(s) address: file:///etc/passwd"),
    ({"/news": (200, {"Content-Length": str(50 * 1024 * 1024)}, endless)},
     "is 52.4 MB; at most 1.0 MB is read"),
    ({"/news": (200, {"Content-Type": "text/html"}, endless)}, "is larger than 1.0 MB"),
    ({"/news": (200, {"Content-Type": "text/html"}, slow)}, "timed out after 1 s"),
    ({"/robots.txt": (200, {}, b"User-agent: *\nDisallow: /news\n")},
     "robots.txt asks robots not to fetch it"),
], ids=["404", "500", "redirect loop", "redirect to a file", "50 MB announced",
        "50 MB unannounced", "slow", "robots.txt"])
def test_a_url_that_gives_no_page_says_why_in_one_line(site, routes, message):
    site.routes.update(routes)
    with pytest.raises(FetchError) as raised:
        client(timeout=1.0, max_bytes=1_000_000).get(site.url + "/news")
    assert str(raised.value) == message


def test_a_server_nobody_listens_on_is_one_line(site):
    url = site.url + "/news"
    site.close()
    with pytest.raises(FetchError, match=r"^cannot connect: "):
        client().get(url)


def test_robots_txt_is_read_once_per_host_and_other_paths_stay_allowed(site):
    site.routes["/robots.txt"] = (200, {}, b"User-agent: briefgen\nDisallow: /private/\n")
    site.routes["/news"] = (200, {}, PAGE)
    getter = client()
    assert getter.get(site.url + "/news").body == PAGE
    assert getter.get(site.url + "/news").body == PAGE
    assert [path for path, _ in site.requests].count("/robots.txt") == 1


def test_two_requests_to_one_host_are_a_second_apart(site):
    site.routes["/news"] = (200, {}, PAGE)
    pauses: list[float] = []
    getter = Client(timeout=2.0, sleep=pauses.append)
    getter.get(site.url + "/news")
    getter.get(site.url + "/news")
    assert len(pauses) == 2 and all(0.5 < pause <= 1.0 for pause in pauses)  # after robots.txt


def test_cookies_a_server_sets_are_never_sent_back(site):
    site.routes["/news"] = (200, {"Set-Cookie": "session=abc"}, PAGE)
    getter = client()
    getter.get(site.url + "/news")
    getter.get(site.url + "/news")
    assert all("Cookie" not in headers for _, headers in site.requests)


def test_robots_txt_is_followed_through_a_redirect(site):
    site.routes["/robots.txt"] = (301, {"Location": "/site/robots.txt"}, b"")
    site.routes["/site/robots.txt"] = (200, {}, b"User-agent: *\nDisallow: /news\n")
    with pytest.raises(FetchError, match=r"^robots\.txt asks robots not to fetch it$"):
        client().get(site.url + "/news")
