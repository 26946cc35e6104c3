"""The README's daily workflow, run word for word in a fresh copy of this repository."""

from __future__ import annotations

import os
import re
import shlex
import stat
import subprocess
import sys

import yaml

from conftest import REPO, SEED_BRIEFING


def workflow_commands() -> list[str]:
    """The command lines of the README's "daily workflow" block, comments taken off."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The daily workflow", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    lines = [line.split("#", 1)[0].strip() for line in block.splitlines()]
    return [line for line in lines if line]


def test_the_readme_names_three_steps():
    assert [shlex.split(c)[0] for c in workflow_commands()] == ["briefgen", "$EDITOR",
                                                                 "briefgen"]


def test_the_workflow_run_verbatim_drafts_the_beijing_visit_for_april_2026(seed_project,
                                                                            tmp_path_factory):
    bin_folder = tmp_path_factory.mktemp("bin")
    script = bin_folder / "briefgen"
    script.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m briefgen "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    env = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(REPO), "EDITOR": "true"}  # a reviewer who changes nothing
    for command in workflow_commands():
        result = subprocess.run(["sh", "-c", command], cwd=seed_project, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, (command, result.stderr)
        assert "Traceback" not in result.stderr
    briefings = sorted((seed_project / "content" / "briefings").glob("*.yaml"))
    [draft] = [path for path in briefings if path.name != SEED_BRIEFING.name]
    assert draft.name.startswith("2025-11-24-")
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    visit = next(event for event in data["upcoming"] if "Beijing" in event["what"])
    assert (data["status"], visit["kind"], visit["when"]) == ("draft", "visit", "2026-04")
    assert (seed_project / "site" / "index.html").is_file()
