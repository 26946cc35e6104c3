"""Every file of the site in one list — pages, feeds, assets and PDFs — and how each is made.

Each output names the briefings it shows (None: the whole site), so that a build can tell
which outputs a change touches, and renders nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefgen.errors import Problem
from briefgen.model import Briefing
from briefgen.render import urls
from briefgen.render.pages import GENERATED, Page, render_page_watched, site_pages
from briefgen.render.pdf import allowed_roots, html_to_pdf, pdf_pages, remote_resources
from briefgen.render.theme import make_environment
from briefgen.render.themefiles import asset_names, find_asset
from briefgen.views import Site

Kind = Literal["page", "feed", "asset", "pdf"]


@dataclass(frozen=True)
class Output:
    """One file of the site: where it goes, what kind it is, and what it is made from."""

    file: str
    kind: Kind
    page: Page  # the template (or generator, or asset) and the briefings it shows

    @property
    def sources(self) -> tuple[Briefing, ...] | None:
        return self.page.sources


@dataclass(frozen=True)
class Rendered:
    file: str
    data: bytes
    site_wide: bool  # its template read more of the site than its own briefings
    warnings: tuple[Problem, ...] = ()


def site_outputs(site: Site, project: Path, *, pdf: bool) -> list[Output]:
    """Every output of the site, in a stable order (a briefing's page next to its day's
    edition, which shows it again: see `SectionsOnce`)."""
    outputs = [Output(urls.output_file(page.path), _kind(page.template), page)
               for page in site_pages(site)]
    outputs += [Output(name, "feed", Page(name, name)) for name in GENERATED]
    outputs += [Output(name, "asset", Page(name, name, sources=()))
                for name in asset_names(project)]
    if pdf:
        outputs += [Output(page.path, "pdf", page) for page in pdf_pages(site)]
    return outputs


def _kind(template: str) -> Kind:
    return "page" if template.endswith(".html") else "feed"


class Renderer:
    """Makes the outputs of one site with one template environment."""

    def __init__(self, project: Path, site: Site):
        self.project = project
        self.site = site
        self.env = make_environment(project)
        self.roots = tuple(str(root) for root in allowed_roots(project))

    def render(self, output: Output) -> Rendered:
        if output.kind == "asset":
            return Rendered(output.file, find_asset(self.project, output.file).read_bytes(),
                            site_wide=False)
        if output.page.template in GENERATED:
            text = GENERATED[output.page.template](self.site)
            return Rendered(output.file, text.encode("utf-8"), site_wide=True)
        html, site_wide = render_page_watched(self.env, self.site, output.page)
        if output.kind != "pdf":
            return Rendered(output.file, html.encode("utf-8"), site_wide)
        return Rendered(output.file, html_to_pdf(html, self.roots, name=output.file), site_wide,
                        tuple(remote_resources(output.file, html)))


#: The renderer of a worker process, made once by `start_worker` for the tasks it is given.
_worker: tuple[Renderer, Sequence[Output]] | None = None


def start_worker(project: Path, site: Site, outputs: Sequence[Output]) -> None:
    """Set up a worker process to render `outputs` by their position in the list: the
    site and the outputs reach it once, not with every task."""
    global _worker
    _worker = (Renderer(project, site), outputs)


def render_in_worker(positions: Sequence[int]) -> list[Rendered]:
    """The outputs at these positions of the worker's list, rendered in this worker."""
    assert _worker is not None, "start_worker sets up a worker first"
    renderer, outputs = _worker
    return [renderer.render(outputs[i]) for i in positions]


#: The most pages in one batch: a batch's pages travel back to the build at once, and
#: larger batches would hold more of a large site in memory meanwhile.
MOST_PAGES_A_BATCH = 64


def batches(outputs: Sequence[Output], workers: int) -> Iterator[list[int]]:
    """The positions of `outputs` in batches for `workers` processes: each PDF alone, first
    (they take longest), then pages in runs of neighbours, at least a few runs per worker."""
    pdfs = [i for i, output in enumerate(outputs) if output.kind == "pdf"]
    others = [i for i, output in enumerate(outputs) if output.kind != "pdf"]
    for i in pdfs:
        yield [i]
    size = max(1, min(MOST_PAGES_A_BATCH, -(-len(others) // (4 * workers))))
    for start in range(0, len(others), size):
        yield others[start:start + size]
