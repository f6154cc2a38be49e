"""A server on 127.0.0.1 that answers each path with what a test set (for answers no real server gives:
a gzip bomb, a huge JSON answer, a picture of 400 megapixels), and records every request it gets.

``server.answer("/api/v1/instance", body, headers={"Content-Encoding": "gzip"})`` sets an answer;
``chunks=`` sends an iterable of byte strings chunked, without a Content-Length. Unknown paths get
404. ``server.requests`` lists (method, path) of every request, so a test can assert that nothing was
asked. The ``canned_server`` fixture gives a started server, stopped after the test. Also here: the
byte strings such answers are made of (`gzip_bomb`, `png_header_only`, `huge_png`).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pytest

from servers.loopback import LoopbackHandler, LoopbackServer


@dataclass
class CannedAnswer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    chunks: Iterable[bytes] | None = None


class CannedServer(LoopbackServer):
    thread_name = "canned-server"

    def __init__(self) -> None:
        super().__init__("127.0.0.1", 0)
        self.answers: dict[str, CannedAnswer] = {}
        self.requests: list[tuple[str, str]] = []

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def answer(
        self,
        path: str,
        body: bytes = b"",
        status: int = 200,
        headers: dict[str, str] | None = None,
        chunks: Iterable[bytes] | None = None,
    ) -> None:
        with self.lock:
            self.answers[path] = CannedAnswer(status, dict(headers or {}), body, chunks)

    def asked(self, path: str) -> int:
        with self.lock:
            return sum(1 for _, asked in self.requests if asked == path)

    def _handler_class(self) -> type[LoopbackHandler]:
        return type("BoundCannedHandler", (_CannedHandler,), {"server_state": self})


class _CannedHandler(LoopbackHandler):
    server_state: CannedServer

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = self.path.split("?", 1)[0]
        state = self.server_state
        with state.lock:
            state.requests.append((self.command, path))
            answer = state.answers.get(path)
        if answer is None:
            answer = CannedAnswer(404, {"Content-Type": "application/json"}, b'{"error": "Not found"}')
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        if answer.chunks is None:
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for chunk in answer.chunks:
                if chunk:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            self.close_connection = True  # the client stopped reading: as it should, past its limit


@pytest.fixture
def canned_server() -> Iterator[CannedServer]:
    server = CannedServer().start()
    try:
        yield server
    finally:
        server.stop()


# -- what the answers are made of ---------------------------------------------------------------------

_MEGABYTE = 1 << 20


def gzip_bomb(megabytes: int) -> bytes:
    """A valid gzip stream that decodes to `megabytes` MB of zeros in about a thousandth of that.

    One megabyte is compressed once with a full flush (which makes the compressor forget its history),
    so every further megabyte compresses to the same bytes: a gigabyte costs no gigabyte of work."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(bytes(_MEGABYTE)) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    zeros = bytes(_MEGABYTE)
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    final_empty_block = b"\x03\x00"
    size = (megabytes * _MEGABYTE) & 0xFFFFFFFF
    return header + block * megabytes + final_empty_block + struct.pack("<II", crc, size)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(width: int, height: int) -> bytes:
    """A valid black PNG of width × height pixels (1 bit each), compressed row by row, so that making
    it never holds the pixels in memory."""
    row = bytes(1 + (width + 7) // 8)  # filter byte 0, then the row's bits
    compressor = zlib.compressobj(9)
    pieces = [compressor.compress(row) for _ in range(height)]
    pieces.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", b"".join(pieces))
        + _png_chunk(b"IEND", b"")
    )
