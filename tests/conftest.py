"""Shared fixtures: small briefing projects written into temporary folders."""

from __future__ import annotations

import http.server
import shutil
import textwrap
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_BRIEFING = next((REPO / "content" / "briefings").glob("2025-11-24-*.yaml"))


def briefing_yaml(
    title: str = "Talks in Geneva",
    date: str = "2025-11-24",
    status: str = "reviewed",
    **extra: str,
) -> str:
    """A minimal valid briefing; `extra` adds top-level YAML blocks verbatim."""
    text = f"""\
        schema: briefgen/1
        title: {title}
        date: {date}
        status: {status}
        summary: The two sides met in Geneva.
        """
    body = textwrap.dedent(text)
    for key, block in extra.items():
        value = textwrap.indent(textwrap.dedent(block), "  ") if "\n" in block else f" {block}"
        body += f"{key}:{value}\n"
    return body


def write_briefing(project: Path, name: str, text: str) -> Path:
    path = project / "content" / "briefings" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def copy_seed_project(dest: Path) -> Path:
    """A copy of this repository's own project: config, the seed article and its briefing."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("content", "seeds"):
        shutil.copytree(REPO / name, dest / name)
    shutil.copy(REPO / "briefgen.yaml", dest / "briefgen.yaml")
    return dest


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    return copy_seed_project(tmp_path)


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    (tmp_path / "content" / "briefings").mkdir(parents=True)
    return tmp_path


def build_leftovers(folder: Path) -> list[str]:
    """Folders a killed or failed build left beside site/ (the kept previous site and the
    build lock are not)."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(".site") and p.name not in (".site.previous", ".site.lock"))


@pytest.fixture(autouse=True)
def private_cache_folder(tmp_path_factory, monkeypatch) -> Path:
    """Each test gets its own user cache folder (where the key signing build caches lives)."""
    folder = tmp_path_factory.mktemp("user-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def child_pids(parent: int) -> list[int]:
    """The processes whose parent is `parent`, read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found.append(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    """Whether a process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def workers_left_after_killing(parent, workers: int = 1) -> list[int]:
    """Wait until the `parent` process (a Popen) runs `workers` children, kill it with
    SIGKILL, and return the children still alive up to ten seconds later."""
    import signal
    import time

    deadline = time.monotonic() + 30
    while len(started := child_pids(parent.pid)) < workers and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(started) >= workers, f"only {len(started)} worker(s) started"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(map(running, started)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [pid for pid in started if running(pid)]


def small_files_only(limit: int):
    """For subprocess' preexec_fn: files may grow to `limit` bytes at most, as on a full disk
    a refusal from the system itself (SIGXFSZ ignored, so a write fails with EFBIG)."""
    import resource
    import signal

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_files


@pytest.fixture
def make_unwritable():
    """make_unwritable(path): nothing can be written in `path` any more — made read-only, or
    immutable (chattr +i) where read-only means nothing to the user (root); the test is
    skipped where neither holds. Undone after the test."""
    import os
    import subprocess

    changed: list[tuple[Path, int, bool]] = []

    def make(path: Path) -> None:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        immutable = False
        if os.access(path, os.W_OK):
            immutable = subprocess.run(["chattr", "+i", str(path)],
                                       capture_output=True).returncode == 0
        changed.append((path, mode, immutable))
        if os.access(path, os.W_OK) and not immutable:
            pytest.skip("cannot make a folder unwritable here")

    yield make
    for path, mode, immutable in reversed(changed):
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(mode)


class Site:
    """A real HTTP server on 127.0.0.1 serving `routes`: path -> (status, headers, body), or
    a function of the request handler giving that; `requests` lists (path, headers) got."""

    def __init__(self):
        self.routes: dict = {}
        self.requests: list[tuple[str, dict]] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                site.requests.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path, (404, {}, b"not found"))
                status, headers, body = route(self) if callable(route) else route
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if "Content-Length" not in headers and not callable(body):
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if callable(body):
                        body(self.wfile)
                    else:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()
