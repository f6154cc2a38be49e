"""OAuth 2 for desktop apps (RFC 8252): PKCE, a random state, and a one-shot redirect receiver on
127.0.0.1 that the system browser returns to."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from desktop.errors import KurzdrahtError
from desktop.i18n import translate


@dataclass(frozen=True)
class Pkce:
    verifier: str
    challenge: str

    @classmethod
    def create(cls) -> "Pkce":
        return cls.from_verifier(secrets.token_urlsafe(64)[:96])

    @classmethod
    def from_verifier(cls, verifier: str) -> "Pkce":
        """The S256 challenge for a verifier (RFC 7636, section 4.2)."""
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        return cls(verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii"))


def new_state() -> str:
    return secrets.token_urlsafe(24)


class LoopbackRedirect:
    """Listens on 127.0.0.1 (a free port) for the browser's one redirect and hands over its query."""

    def __init__(self, path: str = "/callback") -> None:
        self.path = path
        self._server: asyncio.AbstractServer | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None
        self.port = 0

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    async def start(self) -> "LoopbackRedirect":
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def wait(self, timeout: float = 600) -> dict[str, str]:
        assert self._result is not None, "start() first"
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), timeout)
        except TimeoutError as error:
            raise KurzdrahtError(
                translate("Networks", "The sign-in in the browser was not finished in time. Please try again.")
            ) from error

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = (await asyncio.wait_for(reader.readline(), 10)).decode("latin-1")
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass
            parts = request_line.split()
            target = urlsplit(parts[1]) if len(parts) >= 2 else None
            if target is None or target.path != self.path:
                await self._answer(writer, 404, translate("Networks", "Not found."))
                return
            query = {k: v[0] for k, v in parse_qs(target.query).items()}
            await self._answer(
                writer,
                200,
                translate("Networks", "Kurzdraht has received the answer. You can close this browser tab now."),
            )
            if self._result is not None and not self._result.done():
                self._result.set_result(query)
        except (TimeoutError, ConnectionError, UnicodeError):
            pass
        finally:
            writer.close()

    @staticmethod
    async def _answer(writer: asyncio.StreamWriter, status: int, message: str) -> None:
        body = (
            f"<!doctype html><meta charset=utf-8><title>Kurzdraht</title>"
            f"<p style='font:1.2em sans-serif;margin:3em'>{html.escape(message)}</p>"
        ).encode()
        head = (
            f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
            f"Content-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\n\r\n"
        ).encode()
        writer.write(head + body)
        await writer.drain()
