"""Polite HTTP GET for `briefgen fetch`: one clear reason for every page it does not get.

Polite: a User-Agent naming briefgen, robots.txt respected, at most one request a second to
a host, conditional requests (ETag, Last-Modified) so an unchanged feed costs a 304.
Safe: a deadline on the whole response (a server trickling bytes is cut off), a size limit
read as the body arrives, a few redirects and only to http(s), no cookies kept.
"""

from __future__ import annotations

import http.client
import ssl
import time
import urllib.parse
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field

from briefgen import __version__

USER_AGENT = f"briefgen/{__version__} (news briefing drafts; feed and article fetcher)"
ROBOTS_AGENT = "briefgen"
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024


class FetchError(Exception):
    """Why a URL gave nothing, in one line ("HTTP 404 Not Found", "timed out after 10 s")."""


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the conditional request found nothing new
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Client:
    """Gets URLs one at a time, keeping each host's robots.txt and last request time."""

    timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    interval: float = 1.0  # seconds between two requests to one host
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)

    def get(self, url: str, etag: str | None = None,
            last_modified: str | None = None) -> Response:
        """The body at `url`, or a 304 Response when it has not changed since `etag` /
        `last_modified`; FetchError otherwise."""
        headers = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        for _ in range(self.max_redirects + 1):
            parts = _http_parts(url)
            if not self._allowed(parts, url):
                raise FetchError("robots.txt asks robots not to fetch it")
            status, reason, found, location = self._request(parts, headers)
            if status in _REDIRECTS and location:
                url = urllib.parse.urljoin(url, location)
                continue
            if status == 304:
                return Response(url, 304, etag=etag, last_modified=last_modified)
            if status >= 300:
                raise FetchError(f"HTTP {status} {reason}".strip())
            return Response(url, status, found["body"], found["content-type"],
                            found["etag"], found["last-modified"])
        raise FetchError(f"more than {self.max_redirects} redirects")

    def _allowed(self, parts: urllib.parse.SplitResult, url: str) -> bool:
        origin = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(origin)
        if robots is None:
            robots = urllib.robotparser.RobotFileParser()
            status, found = self._robots_txt(origin)
            if status == 200:
                robots.parse(found["body"].decode("utf-8", "replace").splitlines())
            elif status >= 500:  # a failing server: RFC 9309 says assume all disallowed
                robots.disallow_all = True
            else:  # none, or 4xx: everything allowed
                robots.allow_all = True
            self._robots[origin] = robots
        return robots.can_fetch(ROBOTS_AGENT, url)

    def _robots_txt(self, origin: str) -> tuple[int, dict]:
        """robots.txt's status and body, redirects followed. A host that cannot be reached
        raises FetchError here: its pages cannot be got either."""
        url = origin + "/robots.txt"
        for _ in range(self.max_redirects + 1):
            status, _, found, location = self._request(_http_parts(url), {})
            if status not in _REDIRECTS or not location:
                return status, found
            url = urllib.parse.urljoin(url, location)
        return 404, {}  # no robots.txt to be found: everything allowed

    def _request(self, parts: urllib.parse.SplitResult,
                 conditions: dict[str, str | None]) -> tuple[int, str, dict, str | None]:
        """One GET, no redirect followed: status, reason, the body and its headers, and
        where a redirect points."""
        self._wait(parts.netloc)
        started = self.clock()
        connection_type = (http.client.HTTPSConnection if parts.scheme == "https"
                           else http.client.HTTPConnection)
        connection = connection_type(parts.hostname, parts.port, timeout=self.timeout)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity",
                   **{k: v for k, v in conditions.items() if v}}
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            location = response.getheader("Location")
            found = {"content-type": response.getheader("Content-Type", ""),
                     "etag": response.getheader("ETag"),
                     "last-modified": response.getheader("Last-Modified"), "body": b""}
            if response.status == 200:
                found["body"] = self._body(response, started)
            return response.status, response.reason, found, location
        except TimeoutError:
            raise FetchError(f"timed out after {self.timeout:g} s") from None
        except ssl.SSLError as error:
            raise FetchError(f"TLS failed: {error.reason or error}") from None
        except OSError as error:
            raise FetchError(f"cannot connect: {error.strerror or error}") from None
        except http.client.HTTPException as error:
            raise FetchError(f"not a valid HTTP response ({type(error).__name__})") from None
        finally:
            connection.close()
            self._last[parts.netloc] = self.clock()

    def _body(self, response: http.client.HTTPResponse, started: float) -> bytes:
        length = response.getheader("Content-Length")
        if length and length.isdigit() and int(length) > self.max_bytes:
            raise FetchError(f"is {int(length) / 1e6:.1f} MB; at most "
                             f"{self.max_bytes / 1e6:.1f} MB is read")
        chunks, size = [], 0
        while chunk := response.read1(_CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"is larger than {self.max_bytes / 1e6:.1f} MB")
            if self.clock() - started > self.timeout:
                raise FetchError(f"timed out after {self.timeout:g} s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = last + self.interval - self.clock()
            if pause > 0:
                self.sleep(pause)


def _http_parts(url: str) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) address: {url[:80]}")
    return parts
