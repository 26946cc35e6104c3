"""What the last build made from what, so that the next one does only the work a change needs.

The record lives in `.briefgen/builds/`, one file per output folder. It holds

- the state of every input file (size and modification time; the content's digest for a
  file changed moments before the build, whose time stamp cannot be trusted) and the build
  settings: when none of them changed and the site is as the build left it, there is
  nothing to do;
- for every file of the site: the key of what it was made from, and its size and time
  stamp in the site. A page whose key is unchanged is not rendered again; a file rendered
  again into the very bytes the site has (compared with the file itself, which the size and
  time stamp say is as the build left it) is not written again.

A record that is missing, unreadable or of another format only means a full build.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.atomic import replace_whole
from briefgen.errors import Problem
from briefgen.output import scan

#: Where briefgen keeps what it knows of earlier runs (build records, caches, the send log).
STATE_FOLDER = Path(".briefgen")
RECORDS = STATE_FOLDER / "builds"
FORMAT = 5
#: Inputs changed this recently may change again within one tick of the file system's
#: clock without their time stamp moving: for them the record keeps the content's digest.
RACY_NANOSECONDS = 2_000_000_000
#: The folders of a project whose files a build reads (besides briefgen.yaml).
INPUT_FOLDERS = ("content", "seeds", "templates")


def digest(*parts: str | bytes) -> str:
    """A short, stable digest of the parts, in order."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8") if isinstance(part, str) else part)
        hasher.update(b"\0")
    return hasher.hexdigest()[:32]


@dataclass(frozen=True)
class Built:
    """One file of the site as the last build left it."""

    key: str  # what it was made from
    size: int
    mtime: int  # nanoseconds
    site_wide: bool = False  # its template read the whole site, not only its own briefings
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Record:
    settings: str
    inputs: dict[str, list]
    files: dict[str, Built] = field(default_factory=dict)
    warnings: tuple[Problem, ...] = ()
    briefings: int = 0
    drafts: bool = False  # whether the site shows unreviewed drafts
    base_url: str = ""  # the URL the site's absolute links start with


def input_files(project: Path, theme: Iterable[Path]) -> list[Path]:
    """Every file a build of `project` may read, the built-in theme's included."""
    config = project / "briefgen.yaml"
    found = [config] if config.is_file() else []
    folders = [project / name for name in INPUT_FOLDERS] + list(theme)
    for folder in dict.fromkeys(folders):
        found += _walk(folder)
    return found


def input_state(files: Iterable[Path], now_ns: int | None = None) -> dict[str, list]:
    """`{path: [size, mtime_ns]}`, with the content's digest appended for racy files."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    state: dict[str, list] = {}
    for path in files:
        try:
            stat = os.stat(path)
        except OSError:
            continue
        entry: list = [stat.st_size, stat.st_mtime_ns]
        if stat.st_mtime_ns >= now_ns - RACY_NANOSECONDS:
            entry.append(_content_digest(path))
        state[str(path)] = entry
    return state


def changed_input(recorded: dict[str, list], files: list[Path]) -> Path | None:
    """An input file added, removed or changed since the state was recorded; None if none."""
    for path in files:
        entry = recorded.get(str(path))
        if entry is None or not _same(path, entry):
            return path
    if len(files) != len(recorded):
        return Path(min(recorded.keys() - {str(p) for p in files}))
    return None


def _same(path: Path, entry: list) -> bool:
    try:
        stat = os.stat(path)
    except OSError:
        return False
    if stat.st_size != entry[0]:
        return False
    if len(entry) > 2:
        return _content_digest(path) == entry[2]
    return stat.st_mtime_ns == entry[1]


def site_state(output: Path) -> dict[str, os.stat_result]:
    """`{path in the site: its status}` for every file of a built site."""
    return scan(output)[0]


def intact_files(record: Record | None, site: dict[str, os.stat_result]) -> dict[str, Built]:
    """The recorded files still in the site as the build left them (not edited, not removed)."""
    if record is None:
        return {}
    intact = {}
    for path, built in record.files.items():
        stat = site.get(path)
        if stat is not None and stat.st_size == built.size and stat.st_mtime_ns == built.mtime:
            intact[path] = built
    return intact


def record_file(project: Path, output: Path) -> Path:
    """Where the record of the builds into `output` is kept (one file per output folder)."""
    return project / RECORDS / f"{digest(str(output))[:16]}.json"


def load_record(project: Path, output: Path) -> Record | None:
    try:
        raw = json.loads(record_file(project, output).read_text(encoding="utf-8"))
        if raw["format"] != FORMAT or raw["output"] != str(output) \
                or not _is_state(raw["inputs"]) or not isinstance(raw["settings"], str):
            return None
        return Record(
            settings=raw["settings"],
            inputs=raw["inputs"],
            files={path: Built(key, size, mtime, site_wide, _problems(warnings))
                   for path, (key, size, mtime, site_wide, warnings)
                   in raw["files"].items()},
            warnings=_problems(raw["warnings"]),
            briefings=raw["briefings"],
            drafts=raw["drafts"] is True,
            base_url=str(raw["base_url"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _is_state(inputs: object) -> bool:
    """Whether a record's inputs have the shape `input_state` gives them."""
    return isinstance(inputs, dict) and all(
        isinstance(entry, list) and len(entry) >= 2 for entry in inputs.values())


def save_record(project: Path, output: Path, record: Record) -> None:
    """Written after the site is swapped in: at worst stale, which only means more work."""
    target = record_file(project, output)
    raw = {
        "format": FORMAT,
        "output": str(output),
        "settings": record.settings,
        "inputs": record.inputs,
        "files": {path: [b.key, b.size, b.mtime, b.site_wide, _plain(b.warnings)]
                  for path, b in record.files.items()},
        "warnings": _plain(record.warnings),
        "briefings": record.briefings,
        "drafts": record.drafts,
        "base_url": record.base_url,
    }
    replace_whole(target, json.dumps(raw, separators=(",", ":")).encode())


def _plain(problems: Iterable[Problem]) -> list[list]:
    return [[p.message, p.file, p.line, p.field] for p in problems]


def _problems(raw: Iterable[list]) -> tuple[Problem, ...]:
    return tuple(Problem(*entry) for entry in raw)


def _content_digest(path: Path) -> str:
    try:
        return digest(path.read_bytes())
    except OSError:
        return ""


def _walk(folder: Path) -> list[Path]:
    """Every file below `folder` (none if it does not exist), in a stable order."""
    found = []
    pending = [str(folder)]
    while pending:
        try:
            entries = list(os.scandir(pending.pop()))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif entry.is_file():
                found.append(Path(entry.path))
    return found
