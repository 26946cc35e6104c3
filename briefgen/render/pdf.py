"""PDFs of briefings and daily editions, rendered by WeasyPrint from the theme's PDF templates.

WeasyPrint is imported only when a PDF is actually made: it is slow to import and a build
without PDFs should not pay for it. The URL fetcher lets WeasyPrint read nothing but files
of the project and of the theme, and inline `data:` images: a briefing cannot make the
renderer read `/etc/passwd` or reach the network.
"""

from __future__ import annotations

import io
import logging
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefgen.errors import BriefgenError, Problem
from briefgen.render import urls
from briefgen.render.markdown import to_plain
from briefgen.render.pages import Page
from briefgen.render.themefiles import theme_dirs
from briefgen.views import Site
from briefgen.when import day_words


def pdf_pages(site: Site) -> Iterator[Page]:
    """A PDF for every briefing and for every daily edition."""
    for briefing in site.briefings:
        yield Page(urls.briefing_pdf(briefing), "pdf/briefing.html", {
            "briefing": briefing,
            "title": briefing.title,
            "description": briefing.dek or to_plain(briefing.summary),
            "keywords": briefing.tags,
            "created": briefing.date.isoformat(),
            "modified": briefing.date.isoformat(),
            "draft": briefing.is_draft,
        }, sources=(briefing,))
    for edition in site.editions:
        yield Page(urls.edition_pdf(edition.date), "pdf/edition.html", {
            "edition": edition,
            "title": f"{site.config.title} — {day_words(edition.date)}",
            "description": "; ".join(b.title for b in edition.briefings),
            "keywords": sorted({tag for b in edition.briefings for tag in b.tags}),
            "created": edition.date.isoformat(),
            "modified": edition.date.isoformat(),
            "draft": any(b.is_draft for b in edition.briefings),
        }, absolute_links=True, sources=edition.briefings)


_REMOTE = re.compile(r"""\b(?:src|href)=["']((?:https?:)?//[^"']+)["']""", re.I)


def remote_resources(file: str, html: str) -> list[Problem]:
    """Images and styles a PDF would need from the network: left out, and said so."""
    return [Problem(f"{url} is not fetched: PDFs use local files only", file)
            for url in dict.fromkeys(_REMOTE.findall(html))
            if not re.search(r"<a\s[^>]*href=[\"']" + re.escape(url), html)]


#: A PDF that takes longer than this (in seconds) is stopped: a runaway layout, not a briefing.
PDF_TIME_LIMIT = 120.0


class _TimeUp(Exception):
    pass


def html_to_pdf(page_html: str, allowed_roots: tuple[str, ...], *, name: str = "PDF",
                time_limit: float = PDF_TIME_LIMIT) -> bytes:
    """Print HTML to PDF, reading only files under `allowed_roots`, within `time_limit`.

    The limit is an interval timer, so it holds in the main thread of a process — a build's,
    or a PDF worker's; a render in another thread (`serve`) runs without one.
    """
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    fetcher = project_fetcher(allowed_roots)
    document = weasyprint.HTML(string=page_html, base_url=Path(allowed_roots[0]).as_uri() + "/",
                               url_fetcher=fetcher)
    out = io.BytesIO()
    try:
        with _time_limit(time_limit):
            document.write_pdf(out, pdf_variant="pdf/ua-1")  # tagged, with language and title
    except _TimeUp:
        raise BriefgenError(Problem(f"rendering took longer than {time_limit:g} s and was "
                                    "stopped", name)) from None
    except Exception as exc:  # WeasyPrint raises many kinds; the reader needs one line.
        raise BriefgenError(Problem(f"PDF rendering failed: {exc}", name)) from None
    return out.getvalue()


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def time_up(signum, frame):
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, time_up)
    # Raised again every 0.1 s: an exception raised while a __del__ or a garbage-collector
    # callback runs is printed and dropped by Python, and the render would go on.
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.1)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def allowed_roots(project: Path) -> list[Path]:
    roots = [project / name for name in ("templates", "content", "site")]
    roots += theme_dirs(project)
    return [p.resolve() for p in roots]


def project_fetcher(allowed_roots: tuple[str, ...]):
    """A WeasyPrint URL fetcher confined to `allowed_roots` (absolute folder paths)."""
    import weasyprint

    class ProjectOnlyFetcher(weasyprint.urls.URLFetcher):
        """Serves `data:` images and files under the allowed folders; refuses everything else."""

        def __init__(self):
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)

        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            scheme = parts.scheme.lower()
            if scheme == "data":
                if not url[5:].lower().lstrip().startswith("image/"):
                    raise ValueError(f"refused non-image data: URL {url[:40]}")
                return super().fetch(url, headers)
            if scheme != "file":
                raise ValueError(f"refused {scheme}: URL {url[:80]} (PDFs use local files only)")
            target = Path(unquote(parts.path)).resolve()
            if not any(target.is_relative_to(root) for root in allowed_roots):
                raise ValueError(f"refused {target}: outside the project")
            return super().fetch(url, headers)

    return ProjectOnlyFetcher()
