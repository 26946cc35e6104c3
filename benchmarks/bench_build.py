"""Build speed and memory on synthetic content, and Hugo's on the same content when installed.

Usage: python benchmarks/bench_build.py [--sizes 1000 10000] [--pdf-sizes 40 200]
                                        [--jobs N] [--runs R] [--scratch DIR]

Every `briefgen build` is a fresh process, as a user runs it; each figure is the best of R
runs, with the disk flushed before each. For each size: a first build (no site yet: every
folder and file is created; each in a copy of the project made beforehand), a `--clean`
build (everything rendered and written again, into folders that exist), a no-op rebuild,
a rebuild after one briefing changed (with the number of files it wrote), and the peak
memory of the build process. Hugo (Debian's `hugo`) builds the same briefings — every
field a briefing page shows — as Markdown pages with tag pages, each time into a new
folder, and the ratios are printed. Then, for each PDF size: a full build with PDFs at
--jobs 1 and --jobs N, a no-op rebuild, and a rebuild after one briefing changed.

The projects are written in a temporary folder under --scratch (default: the system's
temporary folder): `--scratch /dev/shm` measures on tmpfs, without the disk's noise. Python
caches bytecode in these runs (PYTHONDONTWRITEBYTECODE is unset), as an installed briefgen
does; and briefgen's user cache folder (compiled templates) is one of the scratch folder's
own, empty at first: the first build is also timed once with it emptied, as on a machine
that never ran briefgen.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_briefings

HUGO_LAYOUTS = {
    "_default/baseof.html": "<!doctype html><html><head><title>{{ .Title }}</title></head>"
                            "<body>{{ block \"main\" . }}{{ end }}</body></html>",
    "_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}"
                            "{{ range .Params.tags }}<a href=\"{{ \"tags/\" | relURL }}"
                            "{{ . | urlize }}/\">{{ . }}</a>{{ end }}{{ end }}",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range .Pages }}"
                          "<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}{{ end }}",
}
BRIEFGEN = [sys.executable, "-m", "briefgen", "build"]


ENVIRONMENT = {name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Seconds, peak memory (MB) of the process itself, and what it printed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, text=True,
                               env=ENVIRONMENT)
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}")
    return seconds, usage.ru_maxrss // 1024, output


def run_after(command: list[str], cwd: Path, before) -> tuple[float, int, str]:
    prepare(before)
    return run(command, cwd)


def best(runs: int, command: list[str], cwd: Path, before=None) -> tuple[float, int, str]:
    """The fastest of `runs` runs (peak memory: the largest), `before()` run before each."""
    results = []
    for _ in range(runs):
        prepare(before)
        results.append(run(command, cwd))
    seconds = min(r[0] for r in results)
    return seconds, max(r[1] for r in results), results[-1][2]


def prepare(before) -> None:
    """Run `before` (if any), then flush the disk: a build must not pay for the removals
    and edits made to prepare it (ext4 discards freed blocks as it commits them)."""
    if before:
        before()
    os.sync()


def written(output: str) -> str:
    match = re.search(r"(\d+) file\(s\) written", output)
    return match.group(1) if match else "?"


def change_one(files: list[Path], round_: list[int]) -> None:
    """Change the title of the middle briefing, differently each time."""
    round_[0] += 1
    path = files[len(files) // 2]
    path.write_text(re.sub(r"\((?:edit \d+, )?no\. ", f"(edit {round_[0]}, no. ",
                           path.read_text(), count=1))


def fresh(project: Path) -> None:
    for name in ("site", ".site.previous", ".briefgen"):
        shutil.rmtree(project / name, ignore_errors=True)


def markdown_pages(project: Path, target: Path) -> None:
    """The briefings as Hugo content, every field a briefing page shows: front matter with
    tags; the dek, summary, items with their parties and source sentences, people and
    quotes as Markdown."""
    (target / "content" / "briefings").mkdir(parents=True)
    for layout, text in HUGO_LAYOUTS.items():
        (target / "layouts" / layout).parent.mkdir(parents=True, exist_ok=True)
        (target / "layouts" / layout).write_text(text)
    (target / "config.toml").write_text('baseURL = "http://example.org/"\ntitle = "Bench"\n')
    for file in sorted((project / "content" / "briefings").glob("*.yaml")):
        data = yaml.safe_load(file.read_text())
        body = [f"*{data['dek']}*", "", data["summary"], "", "## Agreements"]
        body += [f"- **{a['status']}** {a['what']} ({', '.join(a['parties'])})\n\n"
                 f"  > {a['evidence']}" for a in data["agreements"]]
        body += ["", "## Open issues"]
        body += [f"- **{i['topic']}**: {i['what']} ({', '.join(i['parties'])})\n\n"
                 f"  > {i['evidence']}" for i in data["open_issues"]]
        body += ["", "## Upcoming visits and events"]
        body += [f"- {u['when']} ({u['when_text']}): **{u['kind']}** {u['what']} "
                 f"({', '.join(u['who'])}, {u['where']})\n\n  > {u['evidence']}"
                 for u in data["upcoming"]]
        body += ["", "## People"] + [f"- {p['name']}: {p['role']}" for p in data["people"]]
        body += ["", "## Quotes"]
        body += [f"> {q['text']}\n>\n> — {q['speaker']}\n\n*Source:* {q['evidence']}\n"
                 for q in data["quotes"]]
        front = {"title": data["title"], "date": str(data["date"]), "tags": data["tags"]}
        (target / "content" / "briefings" / f"{file.stem}.md").write_text(
            "---\n" + yaml.safe_dump(front) + "---\n" + "\n".join(body) + "\n")


def html_builds(scratch: Path, size: int, jobs: int, runs: int, hugo: str | None) -> None:
    project = scratch / f"p{size}"
    files = write_briefings(project, size)
    html = [*BRIEFGEN, "--no-pdf", "--jobs", str(jobs)]
    user_cache = Path(ENVIRONMENT["XDG_CACHE_HOME"])
    # Each first build in a copy of the project made beforehand, and nothing removed until
    # every figure is taken: a build just after a site was removed pays for the removal
    # (ext4 discards the blocks it frees as it commits), which is no part of building.
    copies = [scratch / f"p{size}-first{number}" for number in range(runs + 1)]
    for copy in copies:
        shutil.copytree(project / "content", copy / "content")
    cold, _, _ = run_after(html, copies[0], lambda: shutil.rmtree(user_cache,
                                                                   ignore_errors=True))
    firsts = [run_after(html, copy, None) for copy in copies[1:]]
    first, first_mb = min(r[0] for r in firsts), max(r[1] for r in firsts)
    run(html, project)
    clean, clean_mb, _ = best(runs, [*html, "--clean"], project)
    noop, noop_mb, _ = best(runs, html, project)
    counter = [0]
    one, one_mb, out = best(runs, html, project, before=lambda: change_one(files, counter))
    serial, serial_mb, _ = best(1, [*BRIEFGEN, "--no-pdf", "--jobs", "1", "--clean"], project)
    print(f"{size:>6} briefings, HTML only, --jobs {jobs}:")
    print(f"         first build   {first:6.2f} s  (peak {first_mb} MB; with no template "
          f"compiled yet, an empty user cache: {cold:.2f} s)")
    print(f"         --clean build {clean:6.2f} s  (peak {clean_mb} MB; "
          f"--jobs 1: {serial:.2f} s, peak {serial_mb} MB)")
    print(f"         no-op rebuild {noop:6.2f} s  (peak {noop_mb} MB)")
    print(f"         one changed   {one:6.2f} s  (peak {one_mb} MB; {written(out)} files written)")
    if hugo:
        pages = scratch / f"hugo{size}"
        markdown_pages(project, pages)
        hugos = [run_after([hugo, "--quiet", "-d", str(pages / f"public{number}")], pages,
                           None) for number in range(runs)]  # each into a new folder
        hugo_time, hugo_mb = min(r[0] for r in hugos), max(r[1] for r in hugos)
        print(f"         hugo          {hugo_time:6.2f} s  (peak {hugo_mb} MB, "
              "into a new folder)")
        print(f"         briefgen/hugo: first {first / hugo_time:.2f}, --clean "
              f"{clean / hugo_time:.2f}, no-op {noop / hugo_time:.2f}")


def pdf_builds(scratch: Path, size: int, jobs: int) -> None:
    project = scratch / f"pdf{size}"
    files = write_briefings(project, size)
    times = {}
    for workers in sorted({1, jobs}):
        fresh(project)
        times[workers], peak, _ = run([*BRIEFGEN, "--jobs", str(workers)], project)
        print(f"{size:>6} briefings with PDFs, --jobs {workers}: {times[workers]:7.2f} s "
              f"(peak {peak} MB)")
    if jobs > 1:
        print(f"{'':>6} --jobs {jobs} is {times[1] / times[jobs]:.2f}x as fast as --jobs 1")
    noop, _, _ = run([*BRIEFGEN, "--jobs", str(jobs)], project)
    change_one(files, [0])
    one, _, out = run([*BRIEFGEN, "--jobs", str(jobs)], project)
    print(f"{'':>6} no-op rebuild {noop:.2f} s; one changed {one:.2f} s "
          f"({written(out)} files written)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--pdf-sizes", type=int, nargs="*", default=[40, 200])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scratch", type=Path, default=None)
    args = parser.parse_args()
    hugo = shutil.which("hugo")
    hugo_version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout \
        .split("+")[0] if hugo else "not installed"
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; Python "
          f"{platform.python_version()}; {hugo_version.strip()}")
    with tempfile.TemporaryDirectory(dir=args.scratch) as scratch:
        ENVIRONMENT["XDG_CACHE_HOME"] = os.path.join(scratch, "user-cache")
        for size in args.sizes:
            html_builds(Path(scratch), size, args.jobs, args.runs, hugo)
        for size in args.pdf_sizes:
            pdf_builds(Path(scratch), size, args.jobs)


if __name__ == "__main__":
    main()
