"""People's pictures named by a network (accounts' and comment authors'): fetched only from public https
addresses, read up to a byte limit, and kept only when they are a picture of a sensible pixel count.

A comment's author chooses the address of their picture. Without these checks any comment could make
Kurzdraht call services on this computer or in the office network, or fill its memory.
"""

from __future__ import annotations

import asyncio
import io
import ipaddress
import logging
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.errors import KurzdrahtError
from desktop.networks.urls import is_public, require_secure
from desktop.publishing.media import picture_size

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

PICTURE_MAX_BYTES = 2_000_000
# A list shows pictures of 40 pixels; 4000 × 4000 is already far more than a profile picture needs.
PICTURE_MAX_PIXELS = 16_000_000
PICTURE_SECONDS = 15


class NotPublic(Exception):
    """The address is not on the public internet (or not https), so nothing is fetched from it."""


class PictureDownloads:
    """Fetches pictures for the one shared HTTP client.

    `local_addresses` also allows addresses on this computer and in private networks. Only the test
    fixtures set it, because their servers (on 127.0.0.1) name pictures on themselves; it is never set
    by the app and has no setting.
    """

    def __init__(self, http: Callable[[], "httpx.AsyncClient"]) -> None:
        self._http = http
        self.local_addresses = False

    async def fetch(self, url: str, whose: str) -> bytes | None:
        """The picture's bytes, or None (logged) when it cannot be had or should not be fetched."""
        import httpx

        from desktop.networks.transport import ACCEPT_ENCODING, AnswerTooLarge, AnswerUnreadable, read_limited

        try:
            target, headers, extensions = await self._pinned(url)
            async with self._http().stream(
                "GET",
                target,
                headers={**headers, "Accept-Encoding": ACCEPT_ENCODING},
                extensions=extensions,
                timeout=PICTURE_SECONDS,
            ) as response:
                if not response.is_success or not response.headers.get("Content-Type", "").startswith("image/"):
                    log.info("no picture for %s: answer %s", whose, response.status_code)
                    return None
                data = await read_limited(response, PICTURE_MAX_BYTES)
            await asyncio.to_thread(picture_size, io.BytesIO(data), "picture", PICTURE_MAX_PIXELS)
            return data
        except (
            httpx.HTTPError,
            KurzdrahtError,
            NotPublic,
            AnswerTooLarge,
            AnswerUnreadable,
            OSError,
            ValueError,
        ) as error:
            log.info("no picture for %s: %s", whose, type(error).__name__)
            return None

    async def _pinned(self, url: str) -> tuple["httpx.URL", dict[str, str], dict[str, object]]:
        """The address to connect to, with the Host header and TLS name that keep the original name.

        The name is resolved once and the connection goes to the address that was checked, so that a
        name cannot point to a public address for the check and to this computer for the download."""
        import httpx

        require_secure(url)
        original = httpx.URL(url)
        if not self.local_addresses and original.scheme != "https":
            raise NotPublic(original.scheme)
        host = original.raw_host.decode("ascii")  # international names in their IDNA form
        try:
            literal = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        if literal is not None:
            if not self.local_addresses and not is_public(literal):
                raise NotPublic(host)
            return original, {}, {}
        port = original.port or (443 if original.scheme == "https" else 80)
        found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]
        if not addresses or (not self.local_addresses and not all(is_public(a) for a in addresses)):
            raise NotPublic(host)
        name = host + (f":{original.port}" if original.port else "")
        return original.copy_with(host=str(addresses[0])), {"Host": name}, {"sni_hostname": host}
