"""`briefgen serve`: the site on 127.0.0.1, rebuilt when content, templates or config change."""

from __future__ import annotations

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
          interval: float = 0.5) -> None:
    """Poll for changes and call `rebuild` after each; polling needs no extra dependency."""
    last = snapshot(project)
    while not stop.wait(interval):
        current = snapshot(project)
        if current != last:
            last = current
            rebuild()


def make_server(output: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A static server for `output`, resolving the folder on every request (builds swap it)."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(output), **kwargs)

        def log_message(self, format, *args):  # keep the terminal for build messages
            pass

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


def serve(output: Path, port: int, project: Path, rebuild: Callable[[], None]) -> None:
    """Serve until interrupted, rebuilding in the background on change."""
    server = make_server(output, port)
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(project, rebuild, stop), daemon=True)
    watcher.start()
    try:
        server.serve_forever()
    finally:
        stop.set()
        server.server_close()
