"""`briefgen build`: content in, a complete site out — written only when everything succeeded.

The recipe: read the config and every briefing (all errors at once), compute the site's
views, render the pages and PDFs whose inputs changed since the last build, then write the
new site beside the output and swap it in (briefgen.output). A failure at any step leaves
the previous site untouched. When no input changed at all, nothing is read or rendered.
"""

from __future__ import annotations

import datetime as dt
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import __version__
from briefgen.errors import BriefgenError, Problem
from briefgen.incremental import (
    Built,
    Record,
    changed_input,
    digest,
    input_files,
    input_state,
    intact_files,
    load_record,
    save_record,
    site_state,
)
from briefgen.output import SiteWriter, one_build_at_a_time
from briefgen.processes import collector_paused, map_forked
from briefgen.render import urls
from briefgen.render.themefiles import asset_names, find_asset, theme_dirs

if TYPE_CHECKING:
    from jinja2 import Environment

    from briefgen.config import SiteConfig
    from briefgen.content import Content
    from briefgen.model import Briefing
    from briefgen.render.pages import Page
    from briefgen.views import Site

#: Called as progress(step, done, total) while a long step runs.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildOptions:
    output: Path = Path("site")
    base_url: str | None = None
    drafts: bool = False
    pdf: bool = True
    jobs: int = 1
    today: dt.date | None = None
    clean: bool = False  # ignore what earlier builds left: render and write every file


@dataclass(frozen=True)
class BuildReport:
    output: Path
    briefings: int
    pages: int
    pdfs: int  # printed by this build
    seconds: float
    pdfs_reused: int = 0
    warnings: tuple[Problem, ...] = ()
    steps: dict[str, float] = field(default_factory=dict)
    written: tuple[str, ...] = ()  # files of the site this build wrote (the others are kept)
    rendered: tuple[str, ...] = ()  # pages and PDFs rendered (the others were up to date)
    up_to_date: bool = False  # nothing had changed: nothing was done
    #: The site as this build saw it. Kept by the report, it is freed with its holder: a CLI
    #: exits without freeing a large site object by object (see `briefgen.cli.run`).
    site: Site | None = field(default=None, repr=False, compare=False)


def build(project: Path, options: BuildOptions, progress: Progress | None = None) -> BuildReport:
    """Build the site; a second build into the same folder meanwhile waits for this one."""
    output = _checked_output(project, options.output)
    with one_build_at_a_time(output):
        return _build(project, output, options, progress)


def _build(project: Path, output: Path, options: BuildOptions,
           progress: Progress | None) -> BuildReport:
    """The recipe, with the collector paused except while PDFs print (see
    `collector_paused`): after loading, a large site holds millions of objects, and each
    collection — triggered by the allocations of reading the record, writing pages or
    saving the record — would walk them all."""
    started = time.perf_counter()
    steps = _Steps()
    with collector_paused():
        theme = theme_dirs(project)
        settings = _settings(options)
        sources = input_files(project, theme)
        previous = None if options.clean else load_record(project, output)
        live = site_state(output) if previous and output.is_dir() else {}  # else all is new
        intact = intact_files(previous, live)
        if previous and previous.settings == settings and len(intact) == len(live) \
                == len(previous.files) and changed_input(previous.inputs, sources) is None:
            return _up_to_date(output, previous, started)
        state = input_state(sources)  # before anything is read: a later edit means a rebuild
        steps.done("check")

        ready: list[tuple[SiteWriter, str, Environment]] = []

        def prepare() -> None:
            """What needs no briefing, done while other processes read them — importing the
            template engine and the page makers among it: a build with nothing to do must
            not pay for them."""
            from briefgen.render.pages import load_templates  # imports briefgen.views too
            from briefgen.render.theme import make_environment

            env = make_environment(project)
            load_templates(env)
            ready.append((SiteWriter(output, live), _theme_digest(theme), env))

        config, content, write_cache = _load(project, options, prepare)
        steps.done("load")
        from briefgen.views import site_view  # imported by `prepare`

        [(writer, theme_digest, env)] = ready
        site = site_view(config, content.briefings, drafts=options.drafts, today=options.today)
        plan = _Plan(intact, writer, global_key=digest(settings, theme_digest, repr(config)),
                     digests=content.digests, everything=site.briefings)
        _make_pages(plan, project, site, env, options.jobs, meanwhile=write_cache)
        steps.done("pages")
    if options.pdf:
        _print_pdfs(plan, project, site, env, options.jobs, progress)
        steps.done("pdfs")

    with collector_paused():
        writer.commit(plan.built)
        built = plan.built
        warnings = content.warnings + tuple(w for entry in built.values()
                                            for w in entry.warnings)
        save_record(project, output, Record(settings, state, built, warnings,
                                            len(site.briefings)))
    steps.done("write")
    pdf_paths = [p for p in built if p.endswith(".pdf")]
    return BuildReport(
        output=output,
        briefings=len(site.briefings),
        pages=sum(1 for p in built if p.endswith(".html")),
        pdfs=sum(1 for p in pdf_paths if p in plan.rendered),
        pdfs_reused=sum(1 for p in pdf_paths if p not in plan.rendered),
        seconds=time.perf_counter() - started,
        warnings=warnings,
        steps=steps.seconds,
        written=tuple(sorted(plan.written)),
        rendered=tuple(sorted(plan.rendered)),
        site=site,
    )


class _Steps:
    """How long each step of a build took, for benchmarks."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def done(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = now - self._last
        self._last = now


def _up_to_date(output: Path, previous: Record, started: float) -> BuildReport:
    return BuildReport(
        output=output, briefings=previous.briefings,
        pages=sum(1 for p in previous.files if p.endswith(".html")), pdfs=0,
        pdfs_reused=sum(1 for p in previous.files if p.endswith(".pdf")),
        seconds=time.perf_counter() - started, warnings=previous.warnings, up_to_date=True)


def _load(project: Path, options: BuildOptions, meanwhile: Callable[[], None]
          ) -> tuple[SiteConfig, Content, Callable[[], None] | None]:
    """The config (with the build's base URL) and every briefing, unchanged ones from the
    cache of checked briefings, running `meanwhile` as they are read; and the writing of
    that cache, when it is due."""
    from briefgen.cache import read_checked, write_checked
    from briefgen.project import load_project

    known = {} if options.clean else read_checked(project)
    inputs = load_project(project, options.jobs, known, meanwhile)
    checked = inputs.content.checked
    checked_now = sum(1 for one in checked if known.get(one.file) is not one)
    write_cache = None
    if checked_now * _CACHE_REWRITE >= len(checked) > 0:
        write_cache = partial(write_checked, project, checked, inputs.content.pickled)
    config = inputs.config.with_base_url(options.base_url) if options.base_url \
        else inputs.config
    return config, inputs.content, write_cache


def _make_pages(plan: _Plan, project: Path, site: Site, env: Environment, jobs: int,
                meanwhile: Callable[[], None] | None = None) -> None:
    """Every page, feed and asset whose inputs changed, rendered and written by `jobs`
    processes (each writes the pages it renders); this one runs `meanwhile` first."""
    from briefgen.render.pages import GENERATED, Page, render_page_watched, site_pages

    pages = [(name, Page(name, name)) for name in GENERATED]  # made by code from the site
    pages += [(urls.output_file(page.path), page) for page in site_pages(site)]
    stale = [(path, page) for path, page in pages if not plan.unchanged(path, page)]

    def make(entry: tuple[str, Page]) -> tuple[str, Built, bool]:
        path, page = entry
        if page.template in GENERATED:
            text, site_wide = GENERATED[page.template](site), True
        else:
            text, site_wide = render_page_watched(env, site, page)
        return (path, *plan.produce(path, page, text.encode("utf-8"), site_wide))

    for path, built, written in map_forked(make, stale, jobs, meanwhile):
        plan.record(path, built, written)
    for name in asset_names(project):
        data = find_asset(project, name).read_bytes()
        asset = Page(name, name, sources=())
        if not plan.unchanged(name, asset, extra=digest(data)):
            plan.record(name, *plan.produce(name, asset, data, False, extra=digest(data)),
                        rendered=False)


def _print_pdfs(plan: _Plan, project: Path, site: Site, env: Environment, jobs: int,
                progress: Progress | None) -> None:
    """Every PDF whose inputs changed, printed by a pool of `jobs` processes."""
    from briefgen.render.pages import render_page_watched
    from briefgen.render.pdf import PdfJob, pdf_pages, remote_resources, render_pdfs

    to_print, shows_site = [], {}
    for page in pdf_pages(site):
        if not plan.unchanged(page.path, page):
            html, shows_site[page.path] = render_page_watched(env, site, page)
            to_print.append((PdfJob(page.path, html), page))
    done = 0

    def tick(_path: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress("PDFs", done, len(to_print))

    printed = render_pdfs([job for job, _ in to_print], project, workers=jobs, progress=tick)
    for job, page in to_print:
        plan.record(job.path, *plan.produce(job.path, page, printed[job.path],
                                            shows_site[job.path], tuple(remote_resources(job))))


class _Plan:
    """Decides, output by output, what must be rendered and what must be written.

    A page is rendered again only when its key — the settings, the theme, the config and the
    briefings it shows — differs from the last build's; it is written only when its bytes
    differ from the file in the site. `produce` may run in a worker process; everything
    else runs in the build's own.
    """

    def __init__(self, intact: dict[str, Built], writer: SiteWriter, *, global_key: str,
                 digests: dict[str, str], everything: tuple[Briefing, ...]):
        self.intact = intact
        self.writer = writer
        self.global_key = global_key
        self.digests = digests
        self.everything = digest(*(digests[b.file] for b in everything))
        self.built: dict[str, Built] = {}
        self.written: set[str] = set()
        self.rendered: set[str] = set()

    def key(self, page: Page, site_wide: bool, extra: str = "") -> str:
        if page.sources is None or site_wide:
            shown = [self.everything]
        else:
            shown = [self.digests[b.file] for b in page.sources]
        return digest(self.global_key, page.path, page.template, extra, *shown)

    def unchanged(self, path: str, page: Page, extra: str = "") -> bool:
        """True (and the file kept) when what the page shows is as the last build saw it."""
        before = self.intact.get(path)
        if before is None or before.key != self.key(page, before.site_wide, extra):
            return False
        self.built[path] = before
        self.writer.keep(path)
        return True

    def produce(self, path: str, page: Page, data: bytes, site_wide: bool,
                warnings: tuple[Problem, ...] = (), extra: str = "") -> tuple[Built, bool]:
        """Write `data` unless the site has these very bytes; say whether it was written."""
        key = self.key(page, site_wide, extra)
        before = self.intact.get(path)
        if before is not None and before.size == len(data) and self.writer.live_holds(path, data):
            return Built(key, before.size, before.mtime, site_wide, warnings), False
        status = self.writer.write(path, data)
        return Built(key, status.st_size, status.st_mtime_ns, site_wide, warnings), True

    def record(self, path: str, built: Built, written: bool, rendered: bool = True) -> None:
        self.built[path] = built
        if rendered:
            self.rendered.add(path)
        if written:
            self.written.add(path)
        else:
            self.writer.keep(path)


#: The cache of checked briefings is written again when at least 1/32 of them were checked
#: anew: rewriting it for one edit among 10,000 would cost more than checking that one
#: file again at each build until then.
_CACHE_REWRITE = 32


def _settings(options: BuildOptions) -> str:
    """Everything besides the input files that the output depends on, briefgen's own code
    included (by its files' sizes and times: an edited checkout renders everything again)."""
    package = Path(__file__).parent
    code = sorted((str(p.relative_to(package)), p.stat().st_size, p.stat().st_mtime_ns)
                  for p in package.rglob("*.py"))
    versions = [__version__, platform.python_version(), repr(code)]
    if options.pdf:
        from importlib import metadata

        versions.append(metadata.version("weasyprint"))
    return digest(*versions, repr((options.base_url, options.drafts, options.pdf,
                                   options.today)))


def _theme_digest(theme: list[Path]) -> str:
    """The templates and assets, by content: a changed template re-renders what uses it."""
    parts: list[str | bytes] = []
    for folder in theme:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


def edition_pdf(project: Path, site: Site, day: dt.date, output: Path = Path("site")) -> bytes:
    """The daily edition's PDF: from the built site when no input changed since, else
    rendered now (nothing is written: the site stays as the last build left it)."""
    built = project / output / urls.edition_pdf(day)
    if built.is_file() and stale_input(project, output) is None:
        return built.read_bytes()
    from briefgen.render.pages import render_page
    from briefgen.render.pdf import PdfJob, pdf_pages, render_pdfs
    from briefgen.render.theme import make_environment

    env = make_environment(project)
    target = urls.edition_pdf(day)
    jobs = [PdfJob(page.path, render_page(env, site, page))
            for page in pdf_pages(site) if page.path == target]
    return render_pdfs(jobs, project)[target]


def stale_input(project: Path, output: Path = Path("site")) -> Path | None:
    """An input of the site changed since `output` was last built; None if it is up to date.

    Told by the build record; a site without one (built elsewhere) is judged by time stamps.
    """
    folder = (project / output).resolve()
    sources = input_files(project, theme_dirs(project))
    record = load_record(project, folder)
    if record is not None:
        return changed_input(record.inputs, sources)
    index = folder / "index.html"
    built = index.stat().st_mtime_ns if index.is_file() else 0
    newer = [(p.stat().st_mtime_ns, p) for p in sources
             if p.is_file() and p.stat().st_mtime_ns > built]
    return max(newer)[1] if newer else None


def _checked_output(project: Path, output: Path) -> Path:
    """Refuse an output folder whose replacement would destroy the project's own files."""
    output = (project / output).resolve()
    root = project.resolve()
    protected = [root] + [root / name for name in ("content", "templates", "seeds", ".git")]
    if output in protected or root.is_relative_to(output) or any(
        output.is_relative_to(p) for p in protected[1:]
    ):
        raise BriefgenError(Problem(
            f"refusing to build into {output}: it would replace the project's own files"))
    return output
