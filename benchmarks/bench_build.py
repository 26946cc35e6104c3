"""Build speed on synthetic content, and Hugo's on the same content when it is installed.

Usage: python benchmarks/bench_build.py [--sizes 1000 10000] [--pdf-size 200] [--jobs N]

For each size: a full HTML build (no PDFs), a no-op rebuild, a rebuild after one briefing
changed, and the build's peak memory — each `briefgen build` a fresh process, as a user
runs it. Then a full build with PDFs for --pdf-size briefings, and Hugo (Debian's `hugo`)
building the same briefings as Markdown pages with tag pages, with the ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def run(command: list[str], cwd: Path) -> tuple[float, int]:
    """Seconds and peak memory (MB) of one command run to completion."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) // 1024


def markdown_pages(project: Path, target: Path) -> None:
    """The briefings as Hugo content: front matter with tags, the sections as Markdown."""
    (target / "content" / "briefings").mkdir(parents=True)
    for layout, text in HUGO_LAYOUTS.items():
        (target / "layouts" / layout).parent.mkdir(parents=True, exist_ok=True)
        (target / "layouts" / layout).write_text(text)
    (target / "config.toml").write_text('baseURL = "http://example.org/"\ntitle = "Bench"\n')
    for file in sorted((project / "content" / "briefings").glob("*.yaml")):
        data = yaml.safe_load(file.read_text())
        body = [data["summary"], "", "## Agreements"]
        body += [f"- {a['what']} ({a['status']})" for a in data["agreements"]]
        body += ["", "## Open issues"] + [f"- **{i['topic']}**: {i['what']}"
                                          for i in data["open_issues"]]
        body += ["", "## Upcoming"] + [f"- {u['when']}: {u['what']}" for u in data["upcoming"]]
        front = {"title": data["title"], "date": str(data["date"]), "tags": data["tags"]}
        (target / "content" / "briefings" / f"{file.stem}.md").write_text(
            "---\n" + yaml.safe_dump(front) + "---\n" + "\n".join(body) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--pdf-size", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    briefgen = [sys.executable, "-m", "briefgen", "build", "--quiet"]
    hugo = shutil.which("hugo")
    print(f"machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}; "
          f"hugo: {hugo or 'not installed'}")
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            project = Path(scratch) / f"p{size}"
            files = write_briefings(project, size)
            full, peak = run([*briefgen, "--no-pdf"], project)
            noop, _ = run([*briefgen, "--no-pdf"], project)
            files[len(files) // 2].write_text(
                files[len(files) // 2].read_text().replace("(no. ", "(changed, no. "))
            one, _ = run([*briefgen, "--no-pdf"], project)
            print(f"{size:>6} briefings: full HTML build {full:6.2f} s (peak {peak} MB), "
                  f"no-op rebuild {noop:6.2f} s, one changed {one:6.2f} s")
            if hugo:
                pages = Path(scratch) / f"hugo{size}"
                markdown_pages(project, pages)
                hugo_time, _ = run([hugo, "--quiet", "-d", str(pages / "public")], pages)
                print(f"{'':>6}            hugo {hugo_time:6.2f} s; briefgen/hugo: full "
                      f"{full / hugo_time:4.2f}, no-op {noop / hugo_time:4.2f}")
        project = Path(scratch) / "pdf"
        write_briefings(project, args.pdf_size)
        for jobs in sorted({1, args.jobs}):
            shutil.rmtree(project / "site", ignore_errors=True)
            seconds, peak = run([*briefgen, "--clean", "--jobs", str(jobs)], project)
            print(f"{args.pdf_size:>6} briefings with PDFs, --jobs {jobs}: {seconds:6.2f} s "
                  f"(peak {peak} MB)")
        noop, _ = run(briefgen, project)
        print(f"{'':>6} no-op rebuild with PDFs: {noop:6.2f} s")


if __name__ == "__main__":
    main()
