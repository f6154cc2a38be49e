"""What the in-process test servers (the Mastodon API server, the fault-injecting proxy) share: a threaded
HTTP server on 127.0.0.1 that can go offline — stop, cutting open keep-alive connections — and come back
on the same port, and the request handler's plumbing."""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

# SO_LINGER on with 0 s: the client sees a reset, as when a server or the network dies.
_RESET_ON_CLOSE = b"\x01\x00\x00\x00\x00\x00\x00\x00"


class _HTTPServer(ThreadingHTTPServer):
    """The stdlib's threaded server that knows its open connections, so stop() can cut them."""

    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 drops the SYNs of a sixth simultaneous client, which
    # then retries only after a second: many concurrent requests would look slow.
    request_queue_size = 128

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], on_accept: Callable[[], None]
    ) -> None:
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self._on_accept = on_accept
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # Headers and body go out in separate writes: without TCP_NODELAY every answer waits
        # for the client's delayed ACK (~40 ms).
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._open_lock:
            self._open.add(request)
        self._on_accept()
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def cut_connections(self) -> None:
        with self._open_lock:
            connections = list(self._open)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client or stop() cutting a connection is expected here; anything else is a bug.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class LoopbackServer:
    """A threaded HTTP server on `host` (127.0.0.1) that serves what `_handler_class()` answers.

    ``start()`` serves (again, on the same port after a stop()); ``stop()`` is going offline:
    new connections are refused and open keep-alive connections are cut. Usable as a context
    manager. ``connections_accepted`` counts client connections over all starts (to check keep-alive).
    """

    thread_name = "loopback-server"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.lock = threading.RLock()
        self.connections_accepted = 0
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        """The handler for this server's requests, bound to it."""
        raise NotImplementedError

    def _listening(self) -> None:
        """Called when the port is known, before the first request is served."""

    def start(self) -> Self:
        """Start serving (again, on the same port after a stop())."""
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self.port), self._handler_class(), self._accepted)
        self.port = self._httpd.server_address[1]
        self._listening()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"{self.thread_name}:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Go offline: new connections are refused, open keep-alive connections are cut."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd.cut_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def _accepted(self) -> None:
        with self.lock:
            self.connections_accepted += 1


class LoopbackHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive, every method to ``_handle()``, quiet logs and ``_drop()`` for faults."""

    protocol_version = "HTTP/1.1"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self._logs_requests():
            super().log_message(format, *args)

    def _logs_requests(self) -> bool:
        """Whether each request is logged to stderr (quiet unless a server asks for it)."""
        return False

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_GET

    def _handle(self) -> None:
        raise NotImplementedError

    def _drop(self) -> None:
        """Close the connection without any answer, as if the server or network died."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _RESET_ON_CLOSE)
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
