"""The preview server: the site on 127.0.0.1, to this machine's browser only."""

import http.client
import os
import socket
import struct
import threading

import pytest

from briefgen.serve import is_local_host, make_server, snapshot, watch


@pytest.fixture
def server(tmp_path):
    (tmp_path / "index.html").write_text("<h1>Home</h1>")
    (tmp_path / "404.html").write_text("<h1>Page not found</h1>")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "secret.html").write_text("draft")
    running = make_server(tmp_path, 0)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield running.server_address[1]
    running.shutdown()
    running.server_close()


def ask(port: int, method: str, path: str, host: str | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest(method, path, skip_host=True)
    connection.putheader("Host", host if host is not None else f"127.0.0.1:{port}")
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_pages_are_served_to_this_machine(server, host):
    assert ask(server, "GET", "/", host.format(port=server)) == (200, b"<h1>Home</h1>")


def test_head_is_answered_without_a_body(server):
    assert ask(server, "HEAD", "/") == (200, b"")


@pytest.mark.parametrize("host", [
    pytest.param("evil.example", id="other-domain"),
    pytest.param("evil.example:{port}", id="rebound-domain-on-our-port"),
    pytest.param("127.0.0.1:1", id="other-port"),
    pytest.param("", id="empty"),
])
def test_a_request_for_another_host_reads_nothing(server, host):
    status, body = ask(server, "GET", "/", host.format(port=server))
    assert status == 421
    assert b"Home" not in body


def test_a_folder_is_never_listed(server):
    status, body = ask(server, "GET", "/drafts/")
    assert status == 404
    assert b"secret.html" not in body
    assert b"Page not found" in body


@pytest.mark.parametrize(("header", "local"), [
    ("127.0.0.1:8765", True), ("localhost:8765", True), ("localhost", False),
    ("127.0.0.1", False), ("127.0.0.1:8766", False), ("example.org:8765", False),
    (None, False), ("[::1]:8765", False),
])
def test_which_host_headers_name_the_server_on_port_8765(header, local):
    assert is_local_host(header, 8765) is local


def test_a_browser_that_stops_reading_leaves_no_error_in_the_terminal(tmp_path, capfd):
    (tmp_path / "big.pdf").write_bytes(b"%" * 8_000_000)
    running = make_server(tmp_path, 0)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    port = running.server_address[1]
    reader = socket.create_connection(("127.0.0.1", port), timeout=10)
    reader.sendall(f"GET /big.pdf HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    reader.recv(1024)
    reader.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    reader.close()  # a reset, as when a tab is closed mid-download
    assert ask(port, "GET", "/big.pdf")[0] == 200  # the server still answers
    running.shutdown()
    running.server_close()
    assert "Traceback" not in capfd.readouterr().err


def test_a_change_made_while_the_site_was_first_built_is_rebuilt(tmp_path):
    """The watcher compares with what the first build read, not with what it finds when it
    starts: an edit saved during that build is not lost."""
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "note.yaml"
    page.write_text("title: one\n")
    built_from = snapshot(tmp_path)
    page.write_text("title: two, saved while the first build ran\n")
    os.utime(page, (built_from[str(page)] + 5, built_from[str(page)] + 5))
    stop = threading.Event()
    rebuilds = []

    def rebuild() -> None:
        rebuilds.append(page.read_text())
        stop.set()

    watcher = threading.Thread(target=watch, args=(tmp_path, rebuild, stop, built_from, 0.01))
    watcher.start()
    watcher.join(timeout=60)
    stop.set()
    assert rebuilds == ["title: two, saved while the first build ran\n"]
