"""Every internal link and asset resolves, at a domain root and under a project sub-path."""

from __future__ import annotations

import functools
import html.parser
import http.server
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from briefgen.build import BuildOptions, build


class LinkCollector(html.parser.HTMLParser):
    """The href and src of every element, and the text of a sitemap's <loc>."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.in_loc = False

    def handle_starttag(self, tag, attrs):
        self.in_loc = tag == "loc"
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)

    def handle_data(self, data):
        if self.in_loc and data.strip():
            self.links.append(data.strip())

    def handle_endtag(self, tag):
        self.in_loc = False


def links_of(page: Path) -> list[str]:
    collector = LinkCollector()
    collector.feed(page.read_text(encoding="utf-8"))
    return collector.links


@pytest.fixture(scope="module", params=[
    pytest.param(("https://example.github.io/briefs/", True), id="sub-path"),
    pytest.param(("https://example.org/", True), id="domain-root"),
    pytest.param(("https://example.github.io/briefs/", False), id="sub-path-no-pdf"),
])
def served_site(request, tmp_path_factory):
    """The site built for a base URL (with or without PDFs), served by a real HTTP server
    at that URL's path."""
    from conftest import copy_seed_project

    base_url, pdf = request.param
    project = copy_seed_project(tmp_path_factory.mktemp("subpath"))
    build(project, BuildOptions(base_url=base_url, pdf=pdf, jobs=2))
    root = tmp_path_factory.mktemp("webroot")
    mount = root / urlsplit(base_url).path.strip("/") if urlsplit(base_url).path != "/" else root
    if mount == root:
        root.rmdir()
        (project / "site").rename(root)
    else:
        (project / "site").rename(mount)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base_url, f"http://127.0.0.1:{server.server_address[1]}", mount, pdf
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_every_internal_href_and_src_resolves_when_served(served_site):
    """Links between pages, to assets and PDFs, and absolute ones to the site's own URL
    (the 404 page's, the feed's and the sitemap's): none leads to a missing file."""
    base_url, origin, site, pdf = served_site
    base_path = urlsplit(base_url).path
    pages = sorted([*site.rglob("*.html"), *site.rglob("*.xml")])
    assert len(pages) >= 10
    checked = set()
    for page in pages:
        page_path = base_path + page.relative_to(site).as_posix()
        if page.name == "404.html":
            page_path = base_path + "some/missing/deep/page/"  # served at any depth
        for link in links_of(page):
            if link.startswith("#"):
                continue  # a place in this page
            if link.startswith(base_url):
                link = origin + base_path + link[len(base_url):]
            target = urlsplit(urljoin(f"{origin}{page_path}", link))
            if f"{target.scheme}://{target.netloc}" != origin:
                continue
            assert target.path.startswith(base_path), f"{page}: {link} leaves {base_path}"
            checked.add(target.path)
    assert len(checked) >= 16  # every page and asset of the seed site (and its PDFs)
    pdfs = {path for path in checked if path.endswith(".pdf")}
    assert len(pdfs) == (2 if pdf else 0)  # the briefing's and its day's, when built
    for path in sorted(checked):
        try:
            with urllib.request.urlopen(origin + path, timeout=5) as response:
                assert response.status == 200
        except urllib.error.HTTPError as error:
            pytest.fail(f"{path}: HTTP {error.code}")


def test_absolute_links_in_feeds_use_the_base_url(served_site):
    base_url, _, site, _ = served_site
    feed = (site / "feed.xml").read_text()
    assert f'<link rel="self" type="application/atom+xml" href="{base_url}feed.xml"/>' in feed
    assert f"Sitemap: {base_url}sitemap.xml" in (site / "robots.txt").read_text()
