"""A fault-injecting HTTP proxy on 127.0.0.1, put in front of a loopback server we cannot patch
(the real WordPress, the Bluesky PDS) to make the network fail mid-request.

``FaultyProxy(upstream_url)`` listens on its own port; its ``url`` is the upstream URL with the
proxy's host and port, so ``proxy.url + "/x"`` reaches ``upstream_url + "/x"``. Requests are
forwarded one by one on a fresh upstream connection with the upstream's own Host header (so
WordPress, whose WP_HOME is its real address, sees requests for itself), the full answer is read
and sent back with a Content-Length; client connections are HTTP/1.1 keep-alive, request bodies
may have a Content-Length or be chunked. ``Location`` headers that point at the upstream are
rewritten to the proxy, so redirects stay on it; URLs inside bodies (e.g. a post's ``link``) keep
the upstream's address.

Faults, queued like the Mastodon test server's (``fail_next``), for requests whose target (path
and query, as sent or percent-decoded, so "/wp/v2/posts" also matches ``?rest_route=%2Fwp%2Fv2%2Fposts``)
contains a string:

- "drop_after_commit": forwarded, the full answer read, then the client connection is cut
  without an answer (the request took effect, the client cannot know);
- "drop_before_commit": cut without forwarding (nothing happened);
- "http_NNN" (e.g. "http_500", "http_502", "http_503"): that status with a small JSON body,
  not forwarded;
- "rate_limit": 429 with ``Retry-After: retry_after`` (default 1), not forwarded.

``stop()`` is the "offline" fault (connections refused, open ones cut), ``start()`` serves again
on the same port. ``delay`` (seconds) is waited before each request is handled, for latency.
``requests`` records (method, target, upstream status or fault kind) of every request;
``connections_accepted`` counts client connections (to check keep-alive).

The ``faulty_proxy`` fixture is a factory: ``faulty_proxy(upstream_url)`` gives a started proxy;
all of them are stopped after the test. Load with ``-p servers.faults`` (or ``pytest_plugins``).
"""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import pytest

from servers.loopback import LoopbackHandler, LoopbackServer

FAULT_KINDS = ("drop_after_commit", "drop_before_commit", "rate_limit")
# Headers that describe one connection, not the message (RFC 9110 7.6.1), plus the framing we redo.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "expect",
        "content-length",
    }
)
UPSTREAM_TIMEOUT = 120.0  # media uploads to WordPress make thumbnails before answering
MAX_LINE = 65536


@dataclass
class _Fault:
    needle: str
    kind: str
    method: str | None
    times: int
    retry_after: int


def _is_fault_kind(kind: str) -> bool:
    return kind in FAULT_KINDS or (kind.startswith("http_") and kind[5:].isdigit() and len(kind) == 8)


class FaultyProxy(LoopbackServer):
    """A reverse proxy on 127.0.0.1 in front of ``upstream_url`` that fails requests on demand."""

    thread_name = "faulty-proxy"

    def __init__(self, upstream_url: str, port: int = 0, delay: float = 0.0) -> None:
        super().__init__("127.0.0.1", port)
        upstream = urlsplit(upstream_url)
        if upstream.scheme != "http" or not upstream.hostname:
            raise ValueError(f"the proxy forwards to plain http only, not {upstream_url!r}")
        self.upstream_url = upstream_url.rstrip("/")
        self._upstream_host = upstream.hostname
        self._upstream_port = upstream.port or 80
        self._upstream_netloc = upstream.netloc
        self._upstream_origin = f"http://{upstream.netloc}"
        self._prefix = upstream.path.rstrip("/")
        self.delay = delay
        self.requests: list[tuple[str, str, int | str]] = []
        self._faults: list[_Fault] = []

    def _handler_class(self) -> type[_ProxyHandler]:
        return type("BoundProxyHandler", (_ProxyHandler,), {"proxy": self})

    @property
    def url(self) -> str:
        if not self.port:
            raise RuntimeError("the proxy has no port before its first start()")
        return f"http://{self.host}:{self.port}{self._prefix}"

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    # ------------------------------------------------------------ test controls

    def fail_next(
        self, path_contains: str, kind: str, method: str | None = None, times: int = 1, retry_after: int = 1
    ) -> None:
        """Fault for the next `times` requests (of `method`, or any) whose target contains
        `path_contains`: "drop_after_commit", "drop_before_commit", "http_NNN" or "rate_limit"
        (429 with Retry-After: `retry_after`). See the module docstring."""
        if not _is_fault_kind(kind):
            raise ValueError(f"unknown fault kind {kind!r}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self.lock:
            self._faults.append(
                _Fault(path_contains, kind, method.upper() if method else None, times, int(retry_after))
            )

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def count(self, method: str | None, path_contains: str) -> int:
        """How many requests (of `method`, or any) whose target contains `path_contains` came in."""
        with self.lock:
            return sum(
                1
                for m, target, _ in self.requests
                if (method is None or m == method.upper()) and _matches(path_contains, target)
            )

    # ------------------------------------------------------------ used by the handler

    def _take_fault(self, method: str, target: str) -> _Fault | None:
        with self.lock:
            for fault in self._faults:
                if (fault.method is None or fault.method == method) and _matches(fault.needle, target):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _record(self, method: str, target: str, outcome: int | str) -> None:
        with self.lock:
            self.requests.append((method, target, outcome))

    def _forward(
        self, method: str, target: str, headers: list[tuple[str, str]], body: bytes | None
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        upstream = http.client.HTTPConnection(self._upstream_host, self._upstream_port, timeout=UPSTREAM_TIMEOUT)
        try:
            upstream.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
            upstream.putheader("Host", self._upstream_netloc)
            for name, value in headers:
                upstream.putheader(name, value)
            if body is not None:
                upstream.putheader("Content-Length", str(len(body)))
            upstream.endheaders(body or None)
            response = upstream.getresponse()
            payload = response.read()
            answer = [
                (name, self._rewrite_location(value) if name.lower() == "location" else value)
                for name, value in response.getheaders()
            ]
            return response.status, response.reason, answer, payload
        finally:
            upstream.close()

    def _rewrite_location(self, value: str) -> str:
        if value == self._upstream_origin or value.startswith(self._upstream_origin + "/"):
            return self.origin + value[len(self._upstream_origin) :]
        return value


def _matches(needle: str, target: str) -> bool:
    return needle in target or needle in unquote(target)


class _ProxyHandler(LoopbackHandler):
    server_version = "FaultyProxy"
    proxy: FaultyProxy  # set on the subclass made by FaultyProxy._handler_class()

    do_OPTIONS = LoopbackHandler.do_GET

    def _handle(self) -> None:
        method, target = self.command, self.path
        body = self._read_body()
        if self.proxy.delay:
            time.sleep(self.proxy.delay)
        fault = self.proxy._take_fault(method, target)
        kind = fault.kind if fault else None
        if kind == "drop_before_commit":
            self.proxy._record(method, target, kind)
            return self._drop()
        if kind == "rate_limit":
            self.proxy._record(method, target, kind)
            return self._send_error(
                429, "RateLimitExceeded", "Too many requests (test proxy).", [("Retry-After", str(fault.retry_after))]
            )
        if kind is not None and kind.startswith("http_"):
            self.proxy._record(method, target, kind)
            status = int(kind[5:])
            return self._send_error(status, f"http_{status}", f"Fault injected by the test proxy ({status}).")
        forwarded = [
            (name, value)
            for name, value in self.headers.items()
            if name.lower() not in HOP_BY_HOP and name.lower() != "host"
        ]
        try:
            status, reason, headers, payload = self.proxy._forward(method, target, forwarded, body)
        except (OSError, http.client.HTTPException) as error:
            self.proxy._record(method, target, 502)
            return self._send_error(502, "BadGateway", f"The test proxy's upstream failed: {error}")
        if kind == "drop_after_commit":
            self.proxy._record(method, target, kind)
            return self._drop()
        self.proxy._record(method, target, status)
        self._send(status, reason, headers, payload)

    def _read_body(self) -> bytes | None:
        """The request body (None: the request has none), de-chunked."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline(MAX_LINE).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(MAX_LINE) not in (b"\r\n", b"\n", b""):
                        pass  # trailer fields
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(MAX_LINE)
        length = self.headers.get("Content-Length")
        if length is None:
            return b"" if self.command in ("POST", "PUT", "PATCH") else None
        return self.rfile.read(int(length)) if int(length) else b""

    def _send_error(self, status: int, error: str, message: str, headers: Sequence[tuple[str, str]] = ()) -> None:
        # Both error shapes the clients read: WordPress's {"code", "message", "data"} and
        # XRPC's {"error", "message"}.
        body = json.dumps({"code": error, "error": error, "message": message, "data": {"status": status}})
        self._send(status, None, [("Content-Type", "application/json; charset=utf-8"), *headers], body.encode())

    def _send(self, status: int, reason: str | None, headers: list[tuple[str, str]], payload: bytes) -> None:
        self.send_response_only(status, reason)
        no_body = self.command == "HEAD" or status in (204, 304) or 100 <= status < 200
        for name, value in headers:
            lower = name.lower()
            if lower in HOP_BY_HOP and not (lower == "content-length" and self.command == "HEAD"):
                continue
            self.send_header(name, value)
        if not no_body:
            self.send_header("Content-Length", str(len(payload)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not no_body:
            self.wfile.write(payload)
        self.wfile.flush()


@pytest.fixture
def faulty_proxy() -> Iterator[Callable[..., FaultyProxy]]:
    """A factory: ``faulty_proxy(upstream_url, delay=0.0)`` starts a FaultyProxy in front of it;
    all of them are stopped after the test."""
    proxies: list[FaultyProxy] = []

    def make(upstream_url: str, delay: float = 0.0) -> FaultyProxy:
        proxy = FaultyProxy(upstream_url, delay=delay).start()
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.stop()
