"""`briefgen build`: content in, a complete site out — written only when everything succeeded.

The recipe: read the config and every briefing (all errors at once), compute the site's
views, render every page and PDF in memory, then write the site into a fresh folder beside
the output and swap it in. A failure at any step leaves the previous site untouched.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from briefgen import __version__
from briefgen.errors import BriefgenError, Problem
from briefgen.project import load_project
from briefgen.render import urls
from briefgen.render.pages import render_page, render_pages
from briefgen.render.theme import asset_names, find_asset, make_environment
from briefgen.views import Site, site_view

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
    clean: bool = False  # re-make every PDF even if an identical one was built before


@dataclass(frozen=True)
class BuildReport:
    output: Path
    briefings: int
    pages: int
    pdfs: int
    seconds: float
    pdfs_reused: int = 0
    warnings: tuple[Problem, ...] = ()
    steps: dict[str, float] = field(default_factory=dict)


def build(project: Path, options: BuildOptions, progress: Progress | None = None) -> BuildReport:
    started = time.perf_counter()
    steps: dict[str, float] = {}

    def step(name: str, began: float) -> float:
        now = time.perf_counter()
        steps[name] = now - began
        return now

    t = started
    output = _checked_output(project, options.output)
    inputs = load_project(project)
    config, content = inputs.config, inputs.content
    if options.base_url:
        config = config.with_base_url(options.base_url)
    t = step("load", t)

    site = site_view(config, content.briefings, drafts=options.drafts, today=options.today)
    env = make_environment(project)
    files: dict[str, bytes] = {
        path: text.encode("utf-8") for path, text in render_pages(site, env).items()
    }
    for name in asset_names(project):
        files[name] = find_asset(project, name).read_bytes()
    t = step("pages", t)

    pdf_count = 0
    pdf_warnings: list[Problem] = []
    if options.pdf:
        from briefgen.render.pdf import pdf_jobs, remote_resources, render_pdfs

        jobs = pdf_jobs(site, env)
        pdf_warnings = [problem for job in jobs for problem in remote_resources(job)]
        digests = {job.path: _pdf_digest(job.html) for job in jobs}
        reused = {} if options.clean else _unchanged_pdfs(project, output, digests)
        to_render = [job for job in jobs if job.path not in reused]
        done = 0

        def tick(_path: str) -> None:
            nonlocal done
            done += 1
            if progress:
                progress("PDFs", done, len(to_render))

        files.update(reused)
        files.update(render_pdfs(to_render, project, workers=options.jobs, progress=tick))
        pdf_count = len(to_render)
        t = step("pdfs", t)

    write_site(output, files)
    if options.pdf:
        _write_manifest(project, output, digests)
    step("write", t)
    return BuildReport(
        output=output,
        briefings=len(site.briefings),
        pages=sum(1 for p in files if p.endswith(".html")),
        pdfs=pdf_count,
        pdfs_reused=len(reused) if options.pdf else 0,
        seconds=time.perf_counter() - started,
        warnings=content.warnings + tuple(pdf_warnings),
        steps=steps,
    )


MANIFEST = Path(".briefgen") / "manifest.json"


def _pdf_digest(html: str) -> str:
    """What a PDF is a function of: its HTML (CSS inlined), briefgen's and WeasyPrint's versions."""
    versions = f"{__version__}|{metadata.version('weasyprint')}|"
    return hashlib.sha256((versions + html).encode("utf-8")).hexdigest()


def _unchanged_pdfs(project: Path, output: Path, digests: dict[str, str]) -> dict[str, bytes]:
    """PDFs of the previous build whose HTML has not changed since: no need to print them again."""
    try:
        manifest = json.loads((project / MANIFEST).read_text(encoding="utf-8"))
        previous = manifest["outputs"][str(output)]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    reused = {}
    for path, digest in digests.items():
        built = output / path
        if previous.get(path) == digest and built.is_file():
            reused[path] = built.read_bytes()
    return reused


def _write_manifest(project: Path, output: Path, digests: dict[str, str]) -> None:
    """Recorded per output folder after the site is swapped in: at worst stale, which only
    means printing again."""
    manifest = project / MANIFEST
    try:
        outputs = json.loads(manifest.read_text(encoding="utf-8"))["outputs"]
    except (OSError, ValueError, KeyError, TypeError):
        outputs = {}
    outputs[str(output)] = digests
    manifest.parent.mkdir(parents=True, exist_ok=True)
    partial = manifest.with_suffix(".json.partial")
    partial.write_text(json.dumps({"outputs": outputs}, indent=0, sort_keys=True),
                       encoding="utf-8")
    os.replace(partial, manifest)


def edition_pdf(project: Path, site: Site, day: dt.date, output: Path = Path("site")) -> bytes:
    """The daily edition's PDF: from the built site when it is newer than every input, else
    rendered now (nothing is written: the site stays as the last build left it)."""
    built = project / output / urls.edition_pdf(day)
    if built.is_file() and built.stat().st_mtime >= newest_input(project)[1]:
        return built.read_bytes()
    from briefgen.render.pdf import PdfJob, pdf_pages, render_pdfs

    env = make_environment(project)
    target = urls.edition_pdf(day)
    jobs = [PdfJob(page.path, render_page(env, site, page))
            for page in pdf_pages(site) if page.path == target]
    return render_pdfs(jobs, project)[target]


def newest_input(project: Path) -> tuple[Path | None, float]:
    """The most recently changed input of a build (briefgen.yaml, content/, templates/) and
    its modification time; (None, 0.0) when there is none."""
    inputs = [project / "briefgen.yaml"]
    for folder in ("content", "templates"):
        inputs += (project / folder).rglob("*") if (project / folder).is_dir() else []
    times = [(p.stat().st_mtime, p) for p in inputs if p.is_file()]
    mtime, newest = max(times, default=(0.0, None))
    return newest, mtime


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


def write_site(output: Path, files: dict[str, bytes]) -> None:
    """Write all files into a new folder beside `output`, then swap it in.

    On Linux the swap is one atomic exchange of the two folders, so a reader — or a build
    killed at any moment — sees the old site or the new one, never a half-written mix or
    none. Elsewhere two renames are used, and a site retired but not yet replaced is put
    back by the next build. Leftovers of a killed build are removed by the next one.
    """
    parent = output.parent
    parent.mkdir(parents=True, exist_ok=True)
    recover_site(output)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=parent))
    try:
        for name, data in sorted(files.items()):
            target = (staging / name).resolve()
            if not target.is_relative_to(staging.resolve()):
                raise BriefgenError(Problem(f"refusing to write {name!r} outside the site"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        os.chmod(staging, 0o755)
        if not output.exists():
            os.replace(staging, output)
        elif _exchange(staging, output):
            shutil.rmtree(staging, ignore_errors=True)  # it now holds the old site
        else:
            retired = parent / f".{output.name}.old-{os.getpid()}"
            os.replace(output, retired)
            os.replace(staging, output)
            shutil.rmtree(retired, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def recover_site(output: Path) -> None:
    """Put back a site a killed build retired, and remove what killed builds left."""
    retired = sorted(output.parent.glob(f".{output.name}.old-*"))
    if retired and not output.exists():
        os.replace(retired.pop(), output)
    for leftover in [*retired, *output.parent.glob(f".{output.name}.building-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); False where the system cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                       _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))
