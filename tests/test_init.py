"""`briefgen init`: a new project that builds as written, and its two GitHub workflows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from briefgen.config import CONFIG, DEPLOY, EMAIL, PDF, SiteConfig, load_config
from briefgen.init import DRAFTS_WORKFLOW, PAGES_WORKFLOW, WORKFLOWS, workflow_text

from conftest import REPO


def briefgen(where: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=where,
                          capture_output=True, text=True, timeout=120)


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_init_makes_a_project_that_builds(tmp_path):
    result = briefgen(tmp_path, "init", "news")
    assert result.returncode == 0, result.stderr
    project = tmp_path / "news"
    assert sorted(files_under(project)) == [
        ".github/workflows/drafts.yml", ".github/workflows/pages.yml", ".gitignore",
        "briefgen.yaml",
        "content/briefings/.gitkeep", "seeds/.gitkeep", "templates/README.txt"]
    assert "wrote news/briefgen.yaml" in result.stdout
    assert "same name" in (project / "templates" / "README.txt").read_text()
    assert (project / ".gitignore").read_text().split() == \
        ["site/", ".site.*", ".briefgen/*", "!.briefgen/fetched.json", "!.briefgen/sent.jsonl",
         "__pycache__/", ".venv/"]

    built = briefgen(project, "build", "--no-pdf")
    assert built.returncode == 0, built.stderr
    assert "No briefings yet" in (project / "site" / "index.html").read_text()


def test_init_without_a_folder_uses_the_current_one_and_extends_its_gitignore(tmp_path):
    (tmp_path / ".gitignore").write_text("*.log\n/site/\n", encoding="utf-8")
    result = briefgen(tmp_path, "init")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "briefgen.yaml").is_file()
    assert (tmp_path / ".gitignore").read_text() == \
        "*.log\n/site/\n.site.*\n.briefgen/*\n!.briefgen/fetched.json\n!.briefgen/sent.jsonl\n" \
        "__pycache__/\n.venv/\n"


def test_the_generated_config_loads_and_writes_out_every_setting(tmp_path):
    assert briefgen(tmp_path, "init").returncode == 0
    assert load_config(tmp_path) == SiteConfig()
    text = (tmp_path / "briefgen.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert list(data) == list(CONFIG)
    assert list(data["pdf"]) == list(PDF)
    assert list(data["email"]) == [key for key in EMAIL if key != "password"]
    assert list(data["deploy"]) == list(DEPLOY)
    assert "BRIEFGEN_SMTP_PASSWORD" in text
    settings = [line for line in text.splitlines()
                if line.split("#")[0].strip() and not line.endswith(":")]
    assert all("#" in line for line in settings), "every setting has a comment"


def steps_of(job: dict) -> list[str]:
    return [step.get("uses", "").split("@")[0] or step["run"] for step in job["steps"]]


PANGO = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core " \
        "fonts-liberation2"


def check_pages_workflow(text: str, install: str) -> None:
    workflow = yaml.safe_load(text)
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"] == {"branches": ["main"]}
    assert triggers["schedule"][0]["cron"].count(" ") == 4
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {}
    assert workflow["concurrency"]["group"] == "pages"
    assert set(workflow["jobs"]) == {"build", "deploy", "email"}

    build = workflow["jobs"]["build"]
    assert build["permissions"] == {"contents": "read"}
    steps = steps_of(build)
    assert steps[:2] == ["actions/checkout", "actions/setup-python"]
    assert build["steps"][1]["with"] == {"python-version": "3.11"}
    assert PANGO in steps[2]
    assert steps[3:] == [install, "actions/configure-pages",
                         'briefgen build --base-url "${{ steps.pages.outputs.base_url }}/"',
                         "actions/upload-pages-artifact"]
    assert build["steps"][4]["id"] == "pages"
    assert build["steps"][6]["with"] == {"path": "site"}

    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert steps_of(deploy) == ["actions/deploy-pages"]

    email = workflow["jobs"]["email"]
    assert email["needs"] == "deploy"
    assert email["permissions"] == {"contents": "write"}
    assert email["steps"][0]["with"] == {"ref": "main"}, "the newest send log, not the push's"
    steps = steps_of(email)
    assert steps[:2] == ["actions/checkout", "actions/setup-python"]
    assert PANGO in steps[2]
    assert steps[3:5] == [install, "briefgen daily --only email"]
    assert email["steps"][4]["env"] == {
        "BRIEFGEN_SMTP_PASSWORD": "${{ secrets.BRIEFGEN_SMTP_PASSWORD }}"}
    keep = email["steps"][5]
    assert keep["if"] == "always()"
    assert "git add --force .briefgen/sent.jsonl" in keep["run"]
    assert "git push -q origin HEAD:main" in keep["run"]


def check_drafts_workflow(text: str, install: str) -> None:
    workflow = yaml.safe_load(text)
    triggers = workflow[True]
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    assert triggers["schedule"][0]["cron"].count(" ") == 4
    assert workflow["permissions"] == {}
    assert workflow["concurrency"] == {"group": "drafts", "cancel-in-progress": False}
    [job] = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert job["steps"][0]["with"] == {"ref": "main", "fetch-depth": 0}
    steps = steps_of(job)
    assert steps[:3] == ["actions/checkout", "actions/setup-python", install]
    assert 'git checkout -q -B "$DRAFTS" "origin/$DRAFTS"' in steps[3]
    assert steps[4] == "briefgen daily --only fetch"
    assert "git add --force .briefgen/fetched.json" in steps[5]
    assert "gh pr create --base main" in steps[5]
    assert "--force" not in steps[5].replace("git add --force", ""), "no force-push"
    assert job["steps"][5]["env"] == {"GH_TOKEN": "${{ github.token }}"}


CHECKS = {PAGES_WORKFLOW: check_pages_workflow, DRAFTS_WORKFLOW: check_drafts_workflow}


def test_the_generated_workflows_publish_and_email_and_propose_drafts(tmp_path):
    assert briefgen(tmp_path, "init").returncode == 0
    for path, check in CHECKS.items():
        check((tmp_path / path).read_text(encoding="utf-8"), "pip install briefgen")


def test_this_repository_carries_the_same_workflows_installing_itself():
    assert set(CHECKS) == set(WORKFLOWS)
    for path, check in CHECKS.items():
        text = (REPO / path).read_text(encoding="utf-8")
        check(text, "pip install .")
        assert text == workflow_text(path, "pip install ."), (
            f"regenerate it: python -c \"from briefgen.init import workflow_text; "
            f"print(workflow_text('{path}', 'pip install .'), end='')\" > {path}")


def test_init_refuses_a_folder_holding_a_project(seed_project):
    before = files_under(seed_project)
    result = briefgen(seed_project, "init")
    assert result.returncode == 1
    assert result.stderr == "error: this folder already holds a briefgen project " \
        "(briefgen.yaml exists); nothing was changed\n"
    assert "Traceback" not in result.stdout + result.stderr
    assert files_under(seed_project) == before


def test_init_refuses_content_or_a_file_it_would_overwrite(tmp_path):
    (tmp_path / "a" / "content").mkdir(parents=True)
    workflow = tmp_path / "b" / ".github" / "workflows" / "pages.yml"
    workflow.parent.mkdir(parents=True)
    workflow.write_text("name: mine\n", encoding="utf-8")

    result = briefgen(tmp_path, "init", "a")
    assert (result.returncode, result.stderr) == (
        1, "error: a already holds a briefgen project (content/ exists); nothing was changed\n")
    result = briefgen(tmp_path, "init", "b")
    assert (result.returncode, result.stderr) == (
        1, "error: .github/workflows/pages.yml already exists in b; nothing was changed\n")
    assert files_under(tmp_path / "b") == {".github/workflows/pages.yml": b"name: mine\n"}
