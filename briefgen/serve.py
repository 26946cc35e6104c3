"""`briefgen serve`: the site on 127.0.0.1, rebuilt when content, templates or config change."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Callable
from pathlib import Path

WATCHED = ("content", "templates", "seeds", "briefgen.yaml")


def snapshot(project: Path) -> dict[str, float]:
    """Modification times of every watched file; a change in it means rebuild."""
    stamps = {}
    for name in WATCHED:
        target = project / name
        files = [target] if target.is_file() else (target.rglob("*") if target.is_dir() else [])
        for file in files:
            if file.is_file():
                stamps[str(file)] = file.stat().st_mtime
    return stamps


def watch(project: Path, rebuild: Callable[[], None], stop: threading.Event,
          last: dict[str, float], interval: float = 0.5) -> None:
    """Poll for changes since the snapshot `last` and call `rebuild` after each; polling needs
    no extra dependency."""
    while not stop.wait(interval):
        current = snapshot(project)
        if current != last:
            last = current
            rebuild()


#: The names this machine's browser uses for the server. A request naming any other host
#: comes from a page that rebound its own domain to 127.0.0.1, and must not read the drafts.
LOCAL_HOSTS = ("127.0.0.1", "localhost")


def is_local_host(header: str | None, port: int) -> bool:
    """Whether a `Host:` header names this server: 127.0.0.1 or localhost, on its port."""
    if not header:
        return False
    host, colon, given = header.strip().lower().rpartition(":")
    if not colon or not given.isdigit():
        host, given = header.strip().lower(), "80"  # HTTP's port, when none is named
    return host in LOCAL_HOSTS and int(given) == port


def make_server(output: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A static server for `output`, resolving the folder on every request (builds swap it).

    It answers only requests addressed to 127.0.0.1 or localhost, and lists no folder."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(output), **kwargs)

        def log_message(self, format, *args):  # keep the terminal for build messages
            pass

        def send_head(self):
            if not is_local_host(self.headers.get("Host"), self.server.server_address[1]):
                self.send_error(421, "This server answers only 127.0.0.1 and localhost")
                return None
            return super().send_head()

        def list_directory(self, path):
            self.send_error(404)
            return None

        def copyfile(self, source, outputfile):
            # A browser that stops reading (a tab closed, a link followed) is no error.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                super().copyfile(source, outputfile)

        def send_error(self, code, message=None, explain=None):
            page = output / "404.html"
            if code == 404 and page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
            super().send_error(code, message, explain)

    return http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)


def serve(output: Path, port: int, project: Path, rebuild: Callable[[], None],
          ready: Callable[[], None] = lambda: None) -> None:
    """Build, serve until interrupted, rebuilding in the background on change.

    The port is taken first: a port in use (OSError) is reported before any build and
    before `ready` announces the address."""
    server = make_server(output, port)
    built_from = snapshot(project)  # taken before the build: a change made during it still counts
    try:
        rebuild()
        ready()
    except BaseException:
        server.server_close()
        raise
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(project, rebuild, stop, built_from),
                               daemon=True)
    watcher.start()
    try:
        server.serve_forever()
    finally:
        stop.set()
        server.server_close()
