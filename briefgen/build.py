"""`briefgen build`: content in, a complete site out — written only when everything succeeded.

The recipe, top to bottom: if no input changed since the last build, say so and stop. Else
load and check every briefing (all errors at once), compute the views across briefings,
list every output of the site and keep those whose inputs did not change, render the others
(pages and PDFs, in one pool of processes), write them into the next site beside the live
one, and swap it in (`briefgen.output`). A failure at any step leaves the previous site
untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import platform
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from briefgen import __version__
from briefgen.atomic import refused
from briefgen.errors import BriefgenError, Problem
from briefgen.incremental import (
    STATE_FOLDER,
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
from briefgen.links import refuse_links_below
from briefgen.output import SiteWriter, one_build_at_a_time, work_folder
from briefgen.render import urls
from briefgen.render.themefiles import theme_dirs
from briefgen.wording import plural

if TYPE_CHECKING:
    from briefgen.config import SiteConfig
    from briefgen.content import Content
    from briefgen.render.outputs import Output, Rendered
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
    written: tuple[str, ...] = ()  # files of the site this build wrote (the others are kept)
    rendered: tuple[str, ...] = ()  # outputs rendered (the others were up to date)
    up_to_date: bool = False  # nothing had changed: nothing was done
    drafts_left_out: int = 0  # briefings with status: draft not in the site (no --drafts)

    @property
    def summary(self) -> str:
        """What the build did, in one line."""
        if self.up_to_date:
            return (f"Up to date: nothing changed since {self.output} was built "
                    f"({self.seconds:.2f} s)")
        reused = f" ({self.pdfs_reused:,} unchanged)" if self.pdfs_reused else ""
        return (f"Built {plural(self.briefings, 'briefing')}: {plural(self.pages, 'page')}, "
                f"{plural(self.pdfs + self.pdfs_reused, 'PDF')}{reused} in {self.output}; "
                f"{plural(len(self.written), 'file')} written ({self.seconds:.2f} s)")


def build(project: Path, options: BuildOptions, progress: Progress | None = None) -> BuildReport:
    """Build the site; a second build into the same folder meanwhile waits for this one."""
    output = _checked_output(project, options.output)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(one_build_at_a_time(output))
        except OSError as error:  # the lock beside the site cannot be made
            raise _refused(project, error, output.parent, "nothing was built") from None
        return _build(project, output, options, progress)


def _build(project: Path, output: Path, options: BuildOptions,
           progress: Progress | None) -> BuildReport:
    started = time.perf_counter()
    theme = theme_dirs(project)
    settings = _settings(options)
    sources = input_files(project, theme)

    # What the last build left: when no input changed and the site is as it was, stop here.
    previous = None if options.clean else load_record(project, output)
    live = site_state(output) if previous and output.is_dir() else {}
    intact = intact_files(previous, live)
    if previous and previous.settings == settings and len(intact) == len(live) \
            == len(previous.files) and changed_input(previous.inputs, sources) is None:
        return _up_to_date(output, previous, started)
    state = input_state(sources)  # taken before reading: an edit made meanwhile shows next time
    from briefgen.render.outputs import site_outputs  # not needed when nothing changed
    from briefgen.views import site_view

    config, content = _load(project, options)
    site = site_view(config, content.briefings, drafts=options.drafts, today=options.today,
                     pdfs=options.pdf)

    outputs = site_outputs(site, project, pdf=options.pdf)
    keys = _Keys(digest(settings, _theme_digest(theme), repr(config)), content, site)
    built: dict[str, Built] = {}  # every file of the next site, as it will be recorded
    stale = []
    for one in outputs:
        before = intact.get(one.file)
        if keys.unchanged(one, before):
            built[one.file] = before
        else:
            stale.append(one)

    written = []
    with _write_errors_stop_the_build(project, output):
        _refuse_unwritable(output)
        writer = SiteWriter(output, live)
        for file in built:
            writer.keep(file)
        for made, rendered in _render(stale, project, site, options.jobs, progress):
            before = intact.get(made.file)
            if before and before.size == len(rendered.data) \
                    and writer.live_holds(made.file, rendered.data):
                writer.keep(made.file)  # rendered again into the very same bytes
                size, mtime = before.size, before.mtime
            else:
                status = writer.write(made.file, rendered.data)
                size, mtime = status.st_size, status.st_mtime_ns
                written.append(made.file)
            built[made.file] = Built(keys.of(made, rendered.site_wide), size, mtime,
                                     rendered.site_wide, rendered.warnings)
        writer.commit(built)

    warnings = content.warnings + tuple(w for entry in built.values() for w in entry.warnings)
    with contextlib.suppress(OSError):  # without its record, the next build does more work
        save_record(project, output, Record(settings, state, built, warnings,
                                            len(site.briefings), options.drafts,
                                            config.base_url))
    pdfs = {one.file for one in outputs if one.kind == "pdf"}
    printed = {one.file for one in stale if one.kind == "pdf"}
    return BuildReport(
        output=output,
        briefings=len(site.briefings),
        pages=sum(1 for file in built if file.endswith(".html")),
        pdfs=len(printed),
        pdfs_reused=len(pdfs - printed),
        seconds=time.perf_counter() - started,
        warnings=warnings,
        written=tuple(sorted(written)),
        rendered=tuple(sorted(one.file for one in stale)),
        drafts_left_out=0 if options.drafts else sum(b.is_draft for b in content.briefings),
    )


@contextlib.contextmanager
def _write_errors_stop_the_build(project: Path, output: Path) -> Iterator[None]:
    """A write the system refuses (a full disk, a file too large, a folder removed meanwhile)
    ends the build in one line. The half-made next site is removed, which frees its space;
    the live site is as it was."""
    try:
        yield
    except OSError as error:
        shutil.rmtree(work_folder(output), ignore_errors=True)
        raise _refused(project, error, output, "the site is as it was") from None


def _refused(project: Path, error: OSError, where: Path, done: str) -> BriefgenError:
    """One line naming the file the system refused (relative to the project when inside it),
    why, and what to do."""
    path = Path(os.fsdecode(error.filename)) if error.filename else where
    shown = path.relative_to(project) if path.is_relative_to(project) else path
    return refused(error, shown.as_posix(), done)


def _refuse_unwritable(output: Path) -> None:
    """A site folder made read-only or immutable is not replaced behind its owner's back
    (and a read-only site kept as the next build's work folder would stop every build)."""
    if output.is_dir() and not os.access(output, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(output))


def _up_to_date(output: Path, previous: Record, started: float) -> BuildReport:
    return BuildReport(
        output=output, briefings=previous.briefings,
        pages=sum(1 for p in previous.files if p.endswith(".html")), pdfs=0,
        pdfs_reused=sum(1 for p in previous.files if p.endswith(".pdf")),
        seconds=time.perf_counter() - started, warnings=previous.warnings, up_to_date=True)


def _load(project: Path, options: BuildOptions) -> tuple[SiteConfig, Content]:
    """The config (with the build's base URL) and every briefing, unchanged ones from the
    cache of checked briefings, which is saved again when enough of it changed."""
    from briefgen.cache import read_checked, write_checked
    from briefgen.project import load_project

    known = {} if options.clean else read_checked(project)
    inputs = load_project(project, options.jobs, known)
    checked = inputs.content.checked
    checked_now = sum(1 for one in checked if known.get(one.file) is not one)
    if checked_now * _CACHE_REWRITE >= len(checked) > 0:
        write_checked(project, checked)
    config = inputs.config.with_base_url(options.base_url) if options.base_url \
        else inputs.config
    return config, inputs.content


#: The cache of checked briefings is written again when at least 1/32 of them were checked
#: anew: rewriting it for one edit among 10,000 would cost more than checking that one
#: file again at each build until then.
_CACHE_REWRITE = 32


class _Keys:
    """The key of each output: what it was made from. An output whose key is the last
    build's is not rendered again.

    A key holds the build settings, the theme and the config, and the briefings the output
    shows: its own (`Output.sources`), or all of them for an output about the whole site
    or whose template read the whole site (a theme may list the latest briefings on every
    page) — which only rendering tells, so the last build's word is taken for that.
    """

    def __init__(self, shared: str, content: Content, site: Site):
        self.shared = shared
        self.digests = content.digests
        self.everything = digest(*(content.digests[b.file] for b in site.briefings))

    def of(self, output: Output, site_wide: bool) -> str:
        if output.sources is None or site_wide:
            shown = [self.everything]
        else:
            shown = [self.digests[b.file] for b in output.sources]
        return digest(self.shared, output.file, output.page.template, *shown)

    def unchanged(self, output: Output, before: Built | None) -> TypeGuard[Built]:
        return before is not None and before.key == self.of(output, before.site_wide)


def _render(outputs: Sequence[Output], project: Path, site: Site, jobs: int,
            progress: Progress | None) -> Iterator[tuple[Output, Rendered]]:
    """Each output rendered, in a pool of `jobs` processes when there is more than one
    batch of work (see `batches`); PDFs counted as they are done."""
    from concurrent.futures import FIRST_EXCEPTION, wait
    from concurrent.futures.process import BrokenProcessPool

    from briefgen.render.outputs import Renderer, batches, render_in_worker, start_worker
    from briefgen.workers import worker_pool

    work = list(batches(outputs, jobs))
    pdfs = sum(1 for one in outputs if one.kind == "pdf")
    printed = 0

    def report(made: Output) -> None:
        nonlocal printed
        if made.kind == "pdf" and progress:
            printed += 1
            progress("PDFs", printed, pdfs)

    if jobs <= 1 or len(work) <= 1:
        renderer = Renderer(project, site)
        for made in outputs:
            yield made, renderer.render(made)
            report(made)
        return
    if pdfs:
        import weasyprint  # noqa: F401 (imported once, here, for every forked worker)
    pool = worker_pool(min(jobs, len(work)), start_worker, (project, site, outputs))
    try:
        pending = {pool.submit(render_in_worker, batch): batch for batch in work}
        while pending:
            done, _ = wait(pending, return_when=FIRST_EXCEPTION)
            for future in done:
                for position, rendered in zip(pending.pop(future), future.result(),
                                              strict=True):
                    yield outputs[position], rendered
                    report(outputs[position])
    except BrokenProcessPool:
        raise BriefgenError(Problem("a rendering process stopped unexpectedly (out of "
                                    "memory?); nothing was written")) from None
    finally:
        pool.shutdown(cancel_futures=True)


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
    """The daily edition's PDF: from the built site when no input changed since and it was
    built as it is published, else rendered now (nothing is written: the site stays as the
    last build left it)."""
    built = project / output / urls.edition_pdf(day)
    if built.is_file() and stale_input(project, output) is None \
            and unpublishable(project, output, site.config.base_url) is None:
        return built.read_bytes()
    from briefgen.render.outputs import Renderer, site_outputs

    target = urls.edition_pdf(day)
    [edition] = [one for one in site_outputs(site, project, pdf=True) if one.file == target]
    return Renderer(project, site).render(edition).data


def unpublishable(project: Path, output: Path, base_url: str) -> str | None:
    """Why the site in `output` must not reach readers as it is — it shows drafts, or its
    links lead elsewhere than `base_url` (a preview's 127.0.0.1) — or None."""
    record = load_record(project, (project / output).resolve())
    if record is None:
        return None
    if record.drafts:
        return "was built with drafts"
    if record.base_url != base_url:
        return f"was built for {record.base_url}, not {base_url}"
    return None


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
    """Refuse an output folder whose replacement would destroy the project's own files, or
    that is reached through a symbolic link (files elsewhere would be replaced)."""
    root = project.resolve()
    refuse_links_below(root, root / output)
    refuse_links_below(root, root / STATE_FOLDER)
    if (root / output).exists() and not (root / output).is_dir():
        raise BriefgenError(Problem("is a file, not a folder: move it away (the site is built "
                                    "in a folder there), then build again", output.as_posix()))
    output = (project / output).resolve()
    protected = [root] + [root / name for name in ("content", "templates", "seeds", ".git")]
    if output in protected or root.is_relative_to(output) or any(
        output.is_relative_to(p) for p in protected[1:]
    ):
        raise BriefgenError(Problem(
            f"refusing to build into {output}: it would replace the project's own files"))
    return output
