"""Time `briefgen build` on this repository's content: with and without PDFs, and per PDF.

Usage: python benchmarks/build_time.py [--runs N]

Builds into a temporary folder (the project's own site/ is left alone) and prints the
best and median of N runs, plus the time WeasyPrint takes for each PDF once warmed up.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from briefgen.build import BuildOptions, build
from briefgen.config import load_config
from briefgen.content import load_content
from briefgen.render.pages import render_page
from briefgen.render.pdf import allowed_roots, html_to_pdf, pdf_pages
from briefgen.render.theme import make_environment
from briefgen.views import site_view

PROJECT = Path(__file__).resolve().parent.parent


def timed(function, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def report(label: str, times: list[float]) -> None:
    print(f"{label:42s} best {min(times):7.3f} s   median {statistics.median(times):7.3f} s"
          f"   ({len(times)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    print(f"machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}")
    briefings = load_content(PROJECT).briefings
    print(f"content: {len(briefings)} briefing(s) in {PROJECT / 'content'}")

    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "site"
        report("build --no-pdf --clean", timed(
            lambda: build(PROJECT, BuildOptions(output=output, pdf=False, clean=True)),
            args.runs))
        report("build --clean (PDFs, --jobs 1)", timed(
            lambda: build(PROJECT, BuildOptions(output=output, jobs=1, clean=True)), args.runs))
        report(f"build --clean (PDFs, --jobs {cores})", timed(
            lambda: build(PROJECT, BuildOptions(output=output, jobs=cores, clean=True)),
            args.runs))

    site = site_view(load_config(PROJECT), briefings)
    roots = tuple(str(p) for p in allowed_roots(PROJECT))
    env = make_environment(PROJECT)
    pages = [(page.path, render_page(env, site, page)) for page in pdf_pages(site)]
    html_to_pdf(pages[0][1], roots)  # pay WeasyPrint's import and font loading once
    for path, html in pages:
        label = f"PDF {Path(path).name[:38]}"
        report(label, timed(lambda html=html: html_to_pdf(html, roots), args.runs))


if __name__ == "__main__":
    main()
