"""Shared fixtures: small briefing projects written into temporary folders, and the real
servers tests talk to on 127.0.0.1 (HTTP, SMTP) and real git repositories."""

from __future__ import annotations

import asyncio
import http.server
import os
import shutil
import socket
import subprocess
import textwrap
import threading
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

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


class Inbox:
    """An aiosmtpd handler that keeps what it receives and refuses whom it is told to."""

    def __init__(self):
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: set[str] = set()
        self.busy: dict[str, int] = {}  # address → how many more times to answer 451
        self.delay = 0.0  # seconds before accepting a message: a slow server
        self.hang_up_after_data: set[str] = set()  # take their message, close without a reply
        self.hang_up_at_rcpt: dict[str, int] = {}  # address → how many more times to hang up
        self.log_during_data: list[str] = []  # the send log as it was when each message came
        self.log: Path | None = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.hang_up_at_rcpt.get(address, 0) > 0:
            self.hang_up_at_rcpt[address] -= 1
            server.transport.close()
            return "421 closing"
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        if self.busy.get(address, 0) > 0:
            self.busy[address] -= 1
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.delay)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        if self.log is not None:
            self.log_during_data.append(self.log.read_text() if self.log.exists() else "")
        if self.hang_up_after_data & set(envelope.rcpt_tos):
            server.transport.close()  # the message is taken, the 250 never comes
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def inbox():
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture
def git_env(tmp_path: Path) -> dict[str, str]:
    """An environment where git reads only our config, never the machine's or the user's."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text(
        "[user]\n\tname = Test Person\n\temail = test@example.org\n"
        "[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return {**env, "HOME": str(home), "GIT_CONFIG_GLOBAL": str(home / ".gitconfig"),
            "GIT_CONFIG_NOSYSTEM": "1"}


def git(where: Path, *args: str, env: dict[str, str], check: bool = True) -> str:
    result = subprocess.run(["git", *args], cwd=where, env=env, capture_output=True)
    if check and result.returncode != 0:
        raise AssertionError(result.stderr.decode())
    return result.stdout.decode().strip()


def make_remote(path: Path, env: dict[str, str]) -> Path:
    git(path.parent, "init", "--bare", "-q", path.name, env=env)
    return path
