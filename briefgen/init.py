"""`briefgen init`: a new project — settings, folders, .gitignore and two GitHub workflows.

The workflows: `pages.yml` builds and publishes the site and emails the day's edition on every
push to main; `drafts.yml` fetches the day's articles each morning and proposes their drafts
in a pull request. The files come from `briefgen/project_template/` (shipped in the package;
stored there without leading dots so that packaging never drops them).
"""

from __future__ import annotations

from pathlib import Path

from briefgen.config import CONFIG_FILE
from briefgen.content import BRIEFINGS_DIR
from briefgen.errors import BriefgenError, Problem

TEMPLATE_DIR = Path(__file__).resolve().parent / "project_template"
PAGES_WORKFLOW = ".github/workflows/pages.yml"
DRAFTS_WORKFLOW = ".github/workflows/drafts.yml"
#: The project's path of each workflow → its name in the template folder.
WORKFLOWS = {
    PAGES_WORKFLOW: "github/workflows/pages.yml",
    DRAFTS_WORKFLOW: "github/workflows/drafts.yml",
}
#: The project's path of each file → its name in the template folder.
FILES = {
    CONFIG_FILE: "briefgen.yaml",
    "templates/README.txt": "templates/README.txt",
    **WORKFLOWS,
}
EMPTY = (f"{BRIEFINGS_DIR}/.gitkeep", "seeds/.gitkeep")
GITIGNORE = ".gitignore"
PACKAGE_INSTALL = "pip install briefgen"


def workflow_text(path: str, install: str = PACKAGE_INSTALL) -> str:
    """The workflow written at `path`, installing briefgen with `install` ("pip install ."
    for a repository holding briefgen itself)."""
    text = (TEMPLATE_DIR / WORKFLOWS[path]).read_text(encoding="utf-8")
    return text.replace(f"run: {PACKAGE_INSTALL}\n", f"run: {install}\n")


def init_project(folder: Path) -> list[str]:
    """Scaffold a project in `folder` (created if needed); the paths written, in order.

    Refused, with nothing written, when the folder already holds a project or any file
    init would write. An existing .gitignore gets the missing lines appended.
    """
    where = "this folder" if folder.resolve() == Path.cwd().resolve() else str(folder)
    if folder.exists() and not folder.is_dir():
        raise BriefgenError(Problem(f"{where} is not a folder"))
    for marker in (CONFIG_FILE, "content/"):
        if (folder / marker).exists():
            raise BriefgenError(Problem(f"{where} already holds a briefgen project ({marker} "
                                        "exists); nothing was changed"))
    taken = [name for name in (*FILES, *EMPTY) if (folder / name).exists()]
    if taken:
        raise BriefgenError(Problem(f"{taken[0]} already exists in {where}; nothing was changed"))

    written = []
    for name, source in FILES.items():
        text = workflow_text(name) if name in WORKFLOWS else \
            (TEMPLATE_DIR / source).read_text(encoding="utf-8")
        _write(folder / name, text)
        written.append(name)
    for name in EMPTY:
        _write(folder / name, "")
        written.append(name)
    if _update_gitignore(folder / GITIGNORE):
        written.append(GITIGNORE)
    return sorted(written)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _update_gitignore(path: Path) -> bool:
    """Write .gitignore, or append the lines it lacks; whether anything changed."""
    wanted = (TEMPLATE_DIR / "gitignore").read_text(encoding="utf-8").splitlines()
    if not path.exists():
        _write(path, "\n".join(wanted) + "\n")
        return True
    text = path.read_text(encoding="utf-8")
    have = {line.strip().strip("/") for line in text.splitlines()}
    missing = [line for line in wanted if line.strip("/") not in have]
    if missing:
        path.write_text(text + ("" if text.endswith("\n") or not text else "\n")
                        + "\n".join(missing) + "\n", encoding="utf-8")
    return bool(missing)
