"""Build speed and memory of briefgen on synthetic briefings, and Hugo's on the same briefings.

Usage: python benchmarks/bench_build.py [--sizes 1000 10000] [--daily-sizes 1000]
           [--pdf-sizes N ...] [--jobs N] [--runs R] [--scratch DIR] [--python PYTHON]
           [--hugo HUGO] [--no-sources] [--timeout SECONDS]

The briefings (benchmarks/synthetic.py) carry real Markdown — emphasis, links and lists in
summaries, emphasis and links in evidence — and each has its source article, so a build
checks every evidence sentence against it, as for briefings made by `briefgen ingest`.

briefgen is run only through its command line: every build is a fresh process,
`PYTHON -m briefgen build` (--python chooses the interpreter, and so the briefgen installed
for it), and the figures come from the time it takes, its exit status and the files it
leaves on disk. Each time is the best of R runs, with the disk flushed before each.

For each of --sizes, HTML only, `--jobs N`: a first build (no site yet: every folder and
file created; each in a copy of the project made beforehand), a `--clean` build (everything
rendered and written again), a no-op rebuild, a rebuild after one briefing's title changed,
and the peak memory: of the largest process (the build, or one of its workers), and of all
its processes together (the sum of their proportional set sizes, sampled every 10 ms in one
more, untimed, `--clean` run). Hugo (`hugo`, Debian's package) builds the same briefings
with the theme in benchmarks/hugo, which shows the same fields on the same kinds of page
(a page per briefing with every section and its evidence, a page per day with that day's
briefings in full, tag pages, the home page with the latest edition and the archive, the
upcoming events, the open issues, a search index, a feed, a calendar and a sitemap), each
time into a new folder; its runs alternate with briefgen's first and --clean builds, so that
both see the same moments of a machine whose speed drifts.

For each of --daily-sizes, the daily build, PDFs included: the project is built once with
its PDFs (timed: a full build with PDFs), then a no-op rebuild, then R times a new
briefing of the next day (with its source article) is added and the build timed — the
site's pages that show it, its PDF and its day's PDF are made — and the briefing removed
again with an untimed build, so that each run starts from the same site. The files the
daily build created or rewrote are counted on disk.

Each of --pdf-sizes (none by default): a full build with PDFs at --jobs 1 and --jobs N.

The projects are written in a temporary folder under --scratch (default: the system's
temporary folder; `--scratch /dev/shm` measures on tmpfs, without the disk's noise). Python
caches bytecode in these runs, as an installed briefgen does; briefgen's user cache folder
(compiled templates) is one of the scratch folder's own, empty at first: the first build is
also timed once with it emptied, as on a machine that never ran briefgen.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_briefings, write_next

HUGO_SITE = Path(__file__).resolve().parent / "hugo"
ENVIRONMENT = {name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"}
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass
class Settings:
    python: str
    hugo: str | None
    jobs: int
    runs: int
    timeout: float
    sources: bool

    def briefgen(self, *args: str) -> list[str]:
        return [self.python, "-m", "briefgen", *args]


@dataclass
class Run:
    seconds: float
    peak_mb: int  # of the largest process: the command itself or one of its children
    output: str


def run(command: list[str], cwd: Path, timeout: float, before: Callable | None = None) -> Run:
    """One run of `command`, after `before()` (if any) and a flush of the disk: a build
    must not pay for the removals and edits made to prepare it."""
    if before:
        before()
    os.sync()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, text=True,
                               env=ENVIRONMENT, start_new_session=True)
    timer = threading.Timer(timeout, os.killpg, (process.pid, signal.SIGKILL))
    timer.start()
    try:
        output = process.stdout.read() if process.stdout else ""
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        why = f"was stopped after {timeout:.0f} s" if seconds >= timeout else \
            f"failed (exit status {process.returncode})"
        raise SystemExit(f"{shlex.join(command)} {why} in {cwd}:\n{output}")
    return Run(seconds, usage.ru_maxrss // 1024, output)


def best(runs: list[Run]) -> Run:
    """The fastest run's time and output, with the largest peak of all."""
    fastest = min(runs, key=lambda r: r.seconds)
    return Run(fastest.seconds, max(r.peak_mb for r in runs), fastest.output)


def all_processes_peak(command: list[str], cwd: Path, timeout: float,
                       interval: float = 0.01) -> int:
    """MB: the largest sum, over the command's process and all its descendants, of their
    proportional set sizes (shared pages divided among the processes sharing them)."""
    os.sync()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, env=ENVIRONMENT)
    deadline, peak = time.monotonic() + timeout, 0
    while process.poll() is None:
        if time.monotonic() > deadline:
            process.kill()
            raise SystemExit(f"{shlex.join(command)} was stopped after {timeout:.0f} s")
        peak = max(peak, sum(_pss_kb(pid) for pid in _tree(process.pid)))
        time.sleep(interval)
    if process.returncode:
        raise SystemExit(f"{shlex.join(command)} failed in {cwd}")
    return peak // 1024


def _tree(root: int) -> list[int]:
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as stat:
                    # the parent is the second field after the command's closing parenthesis
                    parents[int(entry.name)] = int(stat.read().rpartition(")")[2].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            match = re.search(r"^Pss:\s+(\d+) kB", rollup.read(), re.MULTILINE)
    except OSError:
        return 0
    return int(match.group(1)) if match else 0


def site_files(site: Path) -> dict[str, tuple[int, int]]:
    """Every file of a site, with its size and modification time."""
    files = {}
    for folder, _, names in os.walk(site):
        for name in names:
            stat = os.stat(os.path.join(folder, name))
            files[os.path.join(folder, name)] = (stat.st_size, stat.st_mtime_ns)
    return files


def changed_files(before: dict, after: dict) -> list[str]:
    """Files created or rewritten (the same size and time are taken as untouched)."""
    return [path for path, state in after.items() if before.get(path) != state]


def written(output: str) -> str:
    """The number of files a build says it wrote, or "?"."""
    match = re.search(r"(\d+) file\(s\) written", output)
    return match.group(1) if match else "?"


def change_one(files: list[Path], counter: list[int]) -> None:
    """Change the title of the middle briefing, differently each time."""
    counter[0] += 1
    path = files[len(files) // 2]
    path.write_text(re.sub(r"\((?:edit \d+, )?no\. ", f"(edit {counter[0]}, no. ",
                           path.read_text(), count=1))


def new_project(settings: Settings, folder: Path, size: int) -> list[Path]:
    """Synthetic briefings, checked by `briefgen check` (which must pass)."""
    files = write_briefings(folder, size, settings.sources)
    run(settings.briefgen("check"), folder, settings.timeout)
    return files


def hugo_project(project: Path, target: Path) -> None:
    """The briefings as Hugo content: front matter with every field (and the day, a
    taxonomy: a page per day), the summary as the page's Markdown; the theme and settings
    from benchmarks/hugo."""
    shutil.copytree(HUGO_SITE, target)
    (target / "content" / "briefings").mkdir()
    for file in sorted((project / "content" / "briefings").glob("*.yaml")):
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=Loader)
        day = data["date"].isoformat()
        front = {"title": data["title"], "date": day, "dek": data.get("dek"),
                 "tags": data.get("tags", []), "days": [day]}
        for key in ("agreements", "open_issues", "upcoming", "people", "quotes"):
            front[key] = data.get(key, [])
        slug = file.stem.removeprefix(day + "-")
        (target / "content" / "briefings" / f"{slug}.md").write_text(
            "---\n" + yaml.dump(front, Dumper=Dumper, sort_keys=False, allow_unicode=True)
            + "---\n" + data["summary"] + "\n", encoding="utf-8")


def mb(peak: int) -> str:
    return f"{peak:,} MB"


def html_builds(settings: Settings, scratch: Path, size: int) -> dict[str, float]:
    project = scratch / f"p{size}"
    files = new_project(settings, project, size)
    html = settings.briefgen("build", "--no-pdf", "--jobs", str(settings.jobs))
    timeout, runs = settings.timeout, settings.runs
    user_cache = Path(ENVIRONMENT["XDG_CACHE_HOME"])
    # Each first build in a copy of the project made beforehand, and nothing removed until
    # every figure is taken: a build just after a site was removed pays for the removal
    # (ext4 discards the blocks it frees as it commits), which is no part of building.
    copies = [scratch / f"p{size}-first{number}" for number in range(runs + 1)]
    for copy in copies:
        for part in ("content", "sources"):
            if (project / part).is_dir():
                shutil.copytree(project / part, copy / part)
    hugo_pages = scratch / f"hugo{size}"
    if settings.hugo:
        hugo_project(project, hugo_pages)
    cold = run(html, copies[0], timeout,
               before=lambda: shutil.rmtree(user_cache, ignore_errors=True))
    run(html, project, timeout)
    firsts, cleans, hugos = [], [], []
    for number, copy in enumerate(copies[1:]):  # briefgen's and Hugo's runs alternate
        firsts.append(run(html, copy, timeout))
        if settings.hugo:
            hugos.append(run([settings.hugo, "--quiet", "-d", str(hugo_pages / f"public{number}")],
                             hugo_pages, timeout))
        cleans.append(run([*html, "--clean"], project, timeout))
    first, clean = best(firsts), best(cleans)
    noop = best([run(html, project, timeout) for _ in range(runs)])
    counter = [0]
    one = best([run(html, project, timeout, before=lambda: change_one(files, counter))
                for _ in range(runs)])
    serial = run(settings.briefgen("build", "--no-pdf", "--jobs", "1", "--clean"), project,
                 timeout)
    together = all_processes_peak([*html, "--clean"], project, timeout)
    site = site_files(project / "site")
    print(f"{size:>6} briefings, HTML only, --jobs {settings.jobs} ({len(site):,} files, "
          f"{sum(s for s, _ in site.values()) / 1e6:.0f} MB):")
    print(f"         first build   {first.seconds:6.2f} s  (peak {mb(first.peak_mb)}; with "
          f"an empty user cache, no template compiled yet: {cold.seconds:.2f} s)")
    print(f"         --clean build {clean.seconds:6.2f} s  (peak {mb(clean.peak_mb)}, all "
          f"processes together {mb(together)}; --jobs 1: {serial.seconds:.2f} s, peak "
          f"{mb(serial.peak_mb)})")
    print(f"         no-op rebuild {noop.seconds:6.2f} s  (peak {mb(noop.peak_mb)})")
    print(f"         one changed   {one.seconds:6.2f} s  (peak {mb(one.peak_mb)}; "
          f"{written(one.output)} files written)")
    figures = {"first": first.seconds, "clean": clean.seconds, "noop": noop.seconds,
               "peak": max(r.peak_mb for r in (first, clean, noop, one)), "together": together}
    if hugos:
        hugo = best(hugos)
        public = site_files(hugo_pages / "public0")
        print(f"         hugo          {hugo.seconds:6.2f} s  (peak {mb(hugo.peak_mb)}; into a "
              f"new folder; {len(public):,} files, "
              f"{sum(s for s, _ in public.values()) / 1e6:.0f} MB)")
        print(f"         briefgen/hugo: first {first.seconds / hugo.seconds:.2f}, --clean "
              f"{clean.seconds / hugo.seconds:.2f}, no-op {noop.seconds / hugo.seconds:.3f}")
        figures["hugo"] = hugo.seconds
    return figures


def daily_build(settings: Settings, scratch: Path, size: int) -> float:
    project = scratch / f"daily{size}"
    new_project(settings, project, size)
    build = settings.briefgen("build", "--jobs", str(settings.jobs))
    timeout = settings.timeout
    full = run(build, project, timeout)
    pdfs = sum(1 for path in site_files(project / "site") if path.endswith(".pdf"))
    noop = best([run(build, project, timeout) for _ in range(settings.runs)])
    added: list[Path] = []

    def add() -> None:
        added[:] = write_next(project, size, settings.sources)

    def remove() -> None:
        for path in added:
            path.unlink()

    dailies, changed = [], []
    for _ in range(settings.runs):
        before = site_files(project / "site")
        dailies.append(run(build, project, timeout, before=add))
        changed = changed_files(before, site_files(project / "site"))
        run(build, project, timeout, before=remove)  # back to the site of `size` briefings
    daily = best(dailies)
    new_pdfs = sum(1 for path in changed if path.endswith(".pdf"))
    print(f"{size:>6} briefings with PDFs, --jobs {settings.jobs}:")
    print(f"         full build    {full.seconds:6.1f} s  (peak {mb(full.peak_mb)}; "
          f"{pdfs:,} PDFs)")
    print(f"         no-op rebuild {noop.seconds:6.2f} s  (peak {mb(noop.peak_mb)})")
    print(f"         daily build   {daily.seconds:6.2f} s  (one new briefing of the next day; "
          f"peak {mb(daily.peak_mb)}; {len(changed)} files created or rewritten, "
          f"{new_pdfs} of them PDFs; runs: "
          f"{', '.join(f'{r.seconds:.2f}' for r in dailies)} s)")
    return daily.seconds


def pdf_builds(settings: Settings, scratch: Path, size: int) -> None:
    times = {}
    for workers in sorted({1, settings.jobs}):
        project = scratch / f"pdf{size}-jobs{workers}"
        new_project(settings, project, size)
        result = run(settings.briefgen("build", "--jobs", str(workers)), project,
                     settings.timeout)
        times[workers] = result.seconds
        print(f"{size:>6} briefings with PDFs, --jobs {workers}: {result.seconds:7.2f} s "
              f"(peak {mb(result.peak_mb)})")
    if settings.jobs > 1:
        print(f"{'':>6} --jobs {settings.jobs} is {times[1] / times[settings.jobs]:.2f}x as "
              "fast as --jobs 1")


def describe(settings: Settings) -> None:
    def output(command: list[str]) -> str:
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=60,
                                  cwd=tempfile.gettempdir()).stdout.strip()
        except OSError:
            return ""

    version = output(settings.briefgen("--version")) or "briefgen: cannot run"
    where = output([settings.python, "-c",
                    "import briefgen, os; print(os.path.dirname(briefgen.__file__))"])
    commit = output(["git", "-C", where, "log", "-1", "--format=%h"]) if where else ""
    dirty = " with changes not committed" if where and output(
        ["git", "-C", where, "status", "--porcelain", "--untracked-files=no"]) else ""
    hugo = output([settings.hugo, "version"]).split(" BuildDate")[0] if settings.hugo else \
        "hugo: not installed (`apt-get install hugo`): Hugo's figures are left out"
    python_version = output([settings.python, "-c",
                             "import platform; print(platform.python_version())"])
    print(f"command: {shlex.join(['python', *sys.argv])}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; load average "
          f"{os.getloadavg()[0]:.1f}; {settings.python} (Python {python_version})")
    print(f"briefgen: {version}, {where}{f' at {commit}' if commit else ''}{dirty}")
    print(f"hugo: {hugo}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--daily-sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--pdf-sizes", type=int, nargs="*", default=[])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scratch", type=Path, default=None)
    parser.add_argument("--python", default=sys.executable,
                        help="the Python whose briefgen is measured (default: this one)")
    parser.add_argument("--hugo", default=shutil.which("hugo"))
    parser.add_argument("--no-sources", dest="sources", action="store_false",
                        help="briefings without source articles (evidence not checked)")
    parser.add_argument("--timeout", type=float, default=3600,
                        help="seconds any one command may take (default: an hour)")
    args = parser.parse_args()
    settings = Settings(args.python, args.hugo, args.jobs, args.runs, args.timeout,
                        args.sources)
    describe(settings)
    started = time.perf_counter()
    figures, dailies = {}, {}
    with tempfile.TemporaryDirectory(dir=args.scratch) as scratch:
        ENVIRONMENT["XDG_CACHE_HOME"] = os.path.join(scratch, "user-cache")
        for size in args.sizes:
            figures[size] = html_builds(settings, Path(scratch), size)
        for size in args.daily_sizes:
            dailies[size] = daily_build(settings, Path(scratch), size)
        for size in args.pdf_sizes:
            pdf_builds(settings, Path(scratch), size)
    print("against the targets (a full build at most 1.5x Hugo's time, a no-op rebuild at "
          "most 0.2x, the daily build under 1.5 s, 10,000 briefings under 1 GB):")
    for size, f in figures.items():
        ratios = f"first {f['first'] / f['hugo']:.2f}x, --clean {f['clean'] / f['hugo']:.2f}x, " \
                 f"no-op {f['noop'] / f['hugo']:.3f}x Hugo's; " if "hugo" in f else ""
        print(f"{size:>6} briefings: {ratios}peak {mb(f['peak'])} (largest process), "
              f"{mb(f['together'])} (all processes)")
    for size, seconds in dailies.items():
        print(f"{size:>6} briefings: daily build {seconds:.2f} s")
    print(f"done in {time.perf_counter() - started:.0f} s; load average now "
          f"{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
