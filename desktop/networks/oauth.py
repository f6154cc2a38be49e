"""OAuth 2 for desktop apps (RFC 8252), for every network: PKCE, a random state, and the browser's
answer received in one of two ways — a one-shot receiver on 127.0.0.1 that the system browser returns
to, or, for networks that only return to registered https addresses, the address the browser ended on,
pasted by the user. `BrowserSignIn` checks the answer (state, error) and hands over the code; the
network exchanges it, with `pkce.verifier`."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks.base import Secret
from desktop.networks.transport import utcnow

if TYPE_CHECKING:
    from desktop.networks.plugin import SignInUser


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

    def __init__(self, path: str = "/callback", host: str = "127.0.0.1", port: int = 0, exact: bool = False) -> None:
        """`host`: the name in the redirect address (some networks accept only "localhost"); `port`:
        the one registered with the network, else any free one (also when that one is taken, unless
        `exact`: the network accepts only the registered port)."""
        self.path = path
        self.host = host
        self.preferred_port = port
        self.exact = exact
        self._servers: list[asyncio.AbstractServer] = []
        self._result: asyncio.Future[dict[str, str]] | None = None
        self.port = 0

    @classmethod
    def at(cls, address: str, exact: bool = False, path: str = "/") -> "LoopbackRedirect":
        """A receiver on 127.0.0.1 for a registered address such as http://127.0.0.1:47814/kurzdraht/x
        (its path, and its port: 0 for any free one)."""
        parts = urlsplit(address)
        return cls(parts.path or path, "127.0.0.1", parts.port or 0, exact=exact)

    @property
    def redirect_uri(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"

    async def start(self) -> "LoopbackRedirect":
        self._result = asyncio.get_running_loop().create_future()
        try:
            server = await asyncio.start_server(self._handle, "127.0.0.1", self.preferred_port)
        except OSError as error:
            if not self.preferred_port:
                raise
            if self.exact:
                raise KurzdrahtError(
                    translate(
                        "Networks",
                        "Port %1 on this computer is in use by another program, and the network returns only "
                        "there after the sign-in. Please close that program (or another Kurzdraht sign-in) "
                        "and try again.",
                    ).replace("%1", str(self.preferred_port))
                ) from error
            server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self._servers = [server]
        self.port = server.sockets[0].getsockname()[1]
        if self.host == "localhost":  # the browser may try ::1 first
            try:
                self._servers.append(await asyncio.start_server(self._handle, "::1", self.port))
            except OSError:
                pass  # no IPv6 loopback here: the browser falls back to 127.0.0.1
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
        servers, self._servers = self._servers, []
        for server in servers:
            server.close()
            await server.wait_closed()

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


class PastedRedirect:
    """For networks that only return to a registered https address (e.g. a page of the organisation's
    blog): the browser ends there, and the user pastes that address into Kurzdraht."""

    def __init__(self, redirect_uri: str, user: "SignInUser") -> None:
        self.redirect_uri = redirect_uri
        self.user = user
        self.step: object = None

    async def start(self) -> "PastedRedirect":
        return self

    async def wait(self, timeout: float = 600) -> dict[str, str]:
        assert self.step is not None, "BrowserSignIn sets the step"
        pasted = (await self.user.pasted_address(self.step)).strip()  # type: ignore[arg-type]
        expected, given = urlsplit(self.redirect_uri), urlsplit(pasted)
        if (given.scheme, given.netloc.lower(), given.path.rstrip("/")) != (
            expected.scheme,
            expected.netloc.lower(),
            expected.path.rstrip("/"),
        ):
            raise KurzdrahtError(
                translate(
                    "Networks",
                    "This is not the address the browser ended on after the sign-in (it should start with %1). "
                    "Please copy it from the browser's address bar.",
                ).replace("%1", self.redirect_uri)
            )
        # Some networks answer in the fragment (#code=…) of the page they return to.
        answer = {k: v[0] for k, v in parse_qs(given.fragment).items()}
        answer.update({k: v[0] for k, v in parse_qs(given.query).items()})
        return answer

    async def close(self) -> None:
        return None


class BrowserSignIn:
    """One authorisation in the system browser (authorization code with PKCE S256 and a state): makes
    the address to open, waits for the answer and returns the code, refusing answers that are not ours.
    Cancelling the task that waits stops the receiver."""

    def __init__(self, redirect: LoopbackRedirect | PastedRedirect) -> None:
        self.redirect = redirect
        self.pkce = Pkce.create()
        self.state = new_state()
        self.address = ""
        if isinstance(redirect, PastedRedirect):
            redirect.step = self

    @property
    def redirect_uri(self) -> str:
        return self.redirect.redirect_uri

    async def start(self) -> str:
        """Start receiving; the redirect address to register with the request."""
        await self.redirect.start()
        return self.redirect.redirect_uri

    def authorize(self, endpoint: str, client_id: str, scope: str, **extra: str) -> str:
        """The address to open: the network's authorisation endpoint with our request."""
        query = {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": self.redirect.redirect_uri,
            "scope": scope,
            "state": self.state,
            "code_challenge": self.pkce.challenge,
            "code_challenge_method": "S256",
            **extra,
        }
        self.address = endpoint + ("&" if "?" in endpoint else "?") + urlencode(query)
        return self.address

    async def ask(self, user: "SignInUser", endpoint: str, client_id: str, scope: str, **extra: str) -> str:
        """The whole sign-in: receive, show the network's page to `user`, and return the code; the receiver
        is closed however it ends (also when the user cancels)."""
        try:
            await self.start()
            self.authorize(endpoint, client_id, scope, **extra)
            await user.open_browser(self)
            return await self.code()
        finally:
            await self.close()

    async def code(self, timeout: float = 600) -> str:
        """Wait for the browser's answer and return its code."""
        try:
            answer = await self.redirect.wait(timeout)
        finally:
            await self.redirect.close()
        if answer.get("state") != self.state:
            raise KurzdrahtError(
                translate("Networks", "The answer from the browser did not belong to this sign-in. Please try again.")
            )
        if not answer.get("code"):
            raise KurzdrahtError(
                translate("Networks", "The sign-in was cancelled in the browser (%1).").replace(
                    "%1", answer.get("error_description") or answer.get("error") or "?"
                )
            )
        return answer["code"]

    async def close(self) -> None:
        await self.redirect.close()


# -- tokens ----------------------------------------------------------------------------------------


def pasted_token(text: str) -> dict[str, Any]:
    """A token the user pasted (`--token-stdin`): the bare access token, or the JSON the network's token
    endpoint answered (`access_token`, `refresh_token`, `expires_in`)."""
    text = text.strip()
    not_a_token = KurzdrahtError(
        translate(
            "Networks",
            "This is neither an access token nor the answer of the network's token endpoint (JSON with "
            "“access_token”). Please copy it again.",
        )
    )
    if text.startswith("{"):
        try:
            answer = json.loads(text)
        except ValueError:
            raise not_a_token from None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token.strip() or any(c.isspace() for c in token.strip()):
            raise not_a_token
        return answer
    if not text or any(c.isspace() for c in text) or len(text) > 4096:
        raise not_a_token
    return {"access_token": text}


def token_values(answer: Mapping[str, Any], expiry_key: str = "expires_at") -> dict[str, str]:
    """A token endpoint's answer as kept in the keyring: `token`, `refresh_token` where one came, and
    when the token runs out under `expiry_key` (Unix seconds)."""
    token = answer.get("access_token")
    if not isinstance(token, str) or not token.strip():
        raise KurzdrahtError(
            translate("Networks", "The network's answer to the sign-in held no login. Please try again.")
        )
    values = {"token": token.strip()}
    refresh = answer.get("refresh_token")
    if isinstance(refresh, str) and refresh.strip():
        values["refresh_token"] = refresh.strip()
    Secret(values).register()
    expires_in = answer.get("expires_in")
    if (
        isinstance(expires_in, int | float | str)
        and str(expires_in).strip().isdigit()
        and int(str(expires_in).strip()) > 0
    ):
        moment = utcnow() + timedelta(seconds=int(str(expires_in).strip()))
        values[expiry_key] = str(int(moment.timestamp()))
    return values


def pasted_access_token(text: str) -> str:
    """The access token in what the user pasted (bare, or the token endpoint's JSON); "" for nothing."""
    return str(pasted_token(text)["access_token"]).strip() if text.strip() else ""
