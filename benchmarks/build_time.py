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
from briefgen.render.pdf import allowed_roots, html_to_pdf, pdf_jobs
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
        report("build --no-pdf", timed(
            lambda: build(PROJECT, BuildOptions(output=output, pdf=False)), args.runs))
        report("build (PDFs, --jobs 1)", timed(
            lambda: build(PROJECT, BuildOptions(output=output, jobs=1)), args.runs))
        report(f"build (PDFs, --jobs {cores})", timed(
            lambda: build(PROJECT, BuildOptions(output=output, jobs=cores)), args.runs))

    site = site_view(load_config(PROJECT), briefings)
    roots = tuple(str(p) for p in allowed_roots(PROJECT))
    jobs = pdf_jobs(site, make_environment(PROJECT))
    html_to_pdf(jobs[0].html, roots)  # pay WeasyPrint's import and font loading once
    for job in jobs:
        label = f"PDF {Path(job.path).name[:38]}"
        report(label, timed(lambda job=job: html_to_pdf(job.html, roots), args.runs))


if __name__ == "__main__":
    main()
