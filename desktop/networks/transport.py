"""Sending one request to a network and turning every way it can fail into one of the error kinds.

Each client has one `Transport`, which also remembers the rate limit the server announced, so that
a request that would surely be refused is not sent at all. Answers are read piece by piece up to a
limit on the bytes they decode to (`read_limited`), so that no server can fill the memory.
"""

from __future__ import annotations

import email.utils
import logging
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop.i18n import translate
from desktop.networks.base import AuthExpired, NetworkError, OutcomeUnknown, RateLimited, Rejected, TemporaryFailure
from desktop.networks.urls import require_secure

log = logging.getLogger(__name__)

# A reply to a request that changes something may have been cut off after the server acted.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
_MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


# A network's JSON answers are a few hundred kB (a page of 40 notifications, a thread of 50 posts).
ANSWER_MAX_BYTES = 8_000_000
# Only what `read_limited` decodes piece by piece (httpx would also ask for brotli and zstd, whose
# decoders it runs without a bound on the output).
ACCEPT_ENCODING = "gzip, deflate"


class AnswerTooLarge(Exception):
    """An answer decodes to more than the limit; reading stopped there."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"answer larger than {limit} bytes")
        self.limit = limit


class AnswerUnreadable(Exception):
    """An answer is compressed in a way Kurzdraht does not read, or its compression is broken."""


def utcnow() -> datetime:
    from desktop.store.models import utcnow as now  # the one clock (a test clock where one is set)

    return now()


def parse_reset(value: str | None, now: datetime) -> datetime | None:
    """A reset time as networks send it: seconds from now, a Unix time, ISO 8601 or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is not None:
        if number > 1_000_000_000:  # a Unix timestamp
            return datetime.fromtimestamp(number, timezone.utc)
        return now + timedelta(seconds=max(0.0, number))
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def retry_at(response: httpx.Response, now: datetime | None = None) -> datetime:
    now = now or utcnow()
    for name in ("Retry-After", "RateLimit-Reset", "X-RateLimit-Reset"):
        when = parse_reset(response.headers.get(name), now)
        if when is not None:
            return max(when, now)
    return now + timedelta(minutes=1)


def when_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


class Transport:
    """Sends requests for one client; `describe_error` pulls the network's own message from a body."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        name: str,
        describe_error: Callable[[httpx.Response], str],
        login_expired: Callable[[httpx.Response], bool] = lambda response: False,
    ) -> None:
        self.http = http
        self.login_expired = login_expired
        self.name = name
        self.describe_error = describe_error
        self.blocked_until: datetime | None = None

    async def send(
        self,
        method: str,
        url: str,
        *,
        changes: bool = False,
        auth_error: bool = True,
        limit: int = ANSWER_MAX_BYTES,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send; `changes` marks a request whose effect must not happen twice (so a lost answer is
        OutcomeUnknown rather than a TemporaryFailure). The answer is read up to `limit` decoded bytes."""
        require_secure(url)
        now = utcnow()
        if self.blocked_until is not None and self.blocked_until > now:
            raise RateLimited(self._rate_message(self.blocked_until), self.blocked_until)
        headers = httpx.Headers(kwargs.pop("headers", None))
        headers["Accept-Encoding"] = ACCEPT_ENCODING
        try:
            async with self.http.stream(method, url, headers=headers, **kwargs) as streamed:
                response = with_body(streamed, await read_limited(streamed, limit))
        except AnswerTooLarge as error:
            log.warning("%s answered %s with more than %s bytes", self.name, urlsplit(url).path, limit)
            raise self._unusable_answer(
                translate("Networks", "%1 sent an answer larger than %2 MB, more than Kurzdraht reads.").replace(
                    "%2", f"{error.limit / 1_000_000:g}"
                ),
                changes,
            ) from error
        except AnswerUnreadable as error:
            log.warning("%s answered %s unreadably: %s", self.name, urlsplit(url).path, error)
            raise self._unusable_answer(
                translate("Networks", "%1 sent an answer that Kurzdraht cannot read."), changes
            ) from error
        except _NOT_SENT as error:
            raise TemporaryFailure(
                translate("Networks", "Could not reach %1. Is the computer online?").replace("%1", self.name)
            ) from error
        except _MAYBE_SENT as error:
            if changes:
                raise OutcomeUnknown(
                    translate(
                        "Networks",
                        "The connection to %1 broke off before it answered, so it is not known "
                        "whether this went through.",
                    ).replace("%1", self.name)
                ) from error
            raise TemporaryFailure(
                translate("Networks", "The connection to %1 broke off. Please try again.").replace("%1", self.name)
            ) from error
        self._remember_rate_limit(response)
        if response.is_success:
            return response
        raise self.error_for(response, changes=changes, auth_error=auth_error)

    def error_for(self, response: httpx.Response, *, changes: bool = False, auth_error: bool = True) -> NetworkError:
        status = response.status_code
        detail = self.describe_error(response) or response.reason_phrase
        log.info("%s answered %s %s: %s", self.name, status, response.request.url.path, detail)
        if status == 429:
            moment = retry_at(response)
            self.blocked_until = moment
            return RateLimited(self._rate_message(moment), moment)
        if (status == 401 and auth_error) or self.login_expired(response):
            return AuthExpired(
                translate("Networks", "%1 no longer accepts the saved login. Please reconnect the account.").replace(
                    "%1", self.name
                )
            )
        if status in (502, 504) and changes:
            return OutcomeUnknown(
                translate("Networks", "%1 did not answer in time (%2), so it is not known whether this went through.")
                .replace("%1", self.name)
                .replace("%2", str(status))
            )
        if status >= 500 or status == 408:
            return TemporaryFailure(
                translate("Networks", "%1 has a problem right now (%2). Please try again later.")
                .replace("%1", self.name)
                .replace("%2", f"{status} {detail}".strip())
            )
        return Rejected(translate("Networks", "%1 refused this: %2").replace("%1", self.name).replace("%2", detail))

    def _unusable_answer(self, message: str, changes: bool) -> NetworkError:
        """An answer that came but cannot be used: for a change, whether it went through is unknown."""
        message = message.replace("%1", self.name)
        if changes:
            return OutcomeUnknown(
                message + " " + translate("Networks", "So it is not known whether this went through.")
            )
        return TemporaryFailure(message + " " + translate("Networks", "Please try again later."))

    def _rate_message(self, moment: datetime) -> str:
        return (
            translate("Networks", "%1 asks to wait until %2 before the next request.")
            .replace("%1", self.name)
            .replace("%2", when_text(moment))
        )

    def _remember_rate_limit(self, response: httpx.Response) -> None:
        headers = response.headers
        remaining = headers.get("X-RateLimit-Remaining", headers.get("RateLimit-Remaining"))
        if remaining is None:
            return
        try:
            exhausted = int(float(remaining)) <= 0
        except ValueError:
            return
        if exhausted and response.is_success:
            reset = parse_reset(headers.get("X-RateLimit-Reset", headers.get("RateLimit-Reset")), utcnow())
            self.blocked_until = reset
        elif not exhausted:
            self.blocked_until = None


# -- reading answers with a limit --------------------------------------------------------------------

_PIECE = 64 * 1024  # decoded at most this much at a time, so memory stays small whatever the ratio
_MAX_LAYERS = 2  # "gzip, gzip" is legal; more layers than that only serve to multiply the ratio
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class _Inflater:
    """One layer of Content-Encoding, undone a piece at a time; at most `limit` bytes come out of it."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding
        self.limit = limit
        self.produced = 0
        self._decoder = zlib.decompressobj(_WBITS[encoding])
        self._started = False
        self._finished = False

    def pieces(self, data: bytes) -> Iterator[bytes]:
        while not self._finished:
            try:
                out = self._decoder.decompress(data, _PIECE)
            except zlib.error as error:
                if self.encoding == "deflate" and not self._started:
                    # Some servers send "deflate" without its zlib header (as httpx also accepts).
                    self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._started = True
                    continue
                raise AnswerUnreadable(f"broken {self.encoding} data") from error
            self._started = True
            self.produced += len(out)
            if self.produced > self.limit:
                raise AnswerTooLarge(self.limit)
            if out:
                yield out
            data = self._decoder.unconsumed_tail
            self._finished = self._decoder.eof  # anything after the end is ignored, as httpx does
            if not data and len(out) < _PIECE:
                return


def _undo(layers: list[_Inflater], data: bytes) -> Iterator[bytes]:
    if not layers:
        if data:
            yield data
        return
    for piece in layers[0].pieces(data):
        yield from _undo(layers[1:], piece)


async def read_limited(response: httpx.Response, limit: int) -> bytes:
    """The body of a streamed response, decoded; AnswerTooLarge as soon as it (or what arrives, or any
    layer of its compression) passes `limit` bytes, AnswerUnreadable for compression not read here."""
    named = [part.strip().lower() for part in response.headers.get("Content-Encoding", "").split(",")]
    encodings = [name for name in named if name and name != "identity"]
    if len(encodings) > _MAX_LAYERS or any(name not in _WBITS for name in encodings):
        raise AnswerUnreadable("compressed as " + ", ".join(encodings))
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise AnswerTooLarge(limit)
    layers = [_Inflater(name, limit) for name in reversed(encodings)]
    body = bytearray()
    arrived = 0
    async for chunk in response.aiter_raw():
        arrived += len(chunk)
        if arrived > limit:
            raise AnswerTooLarge(limit)
        for piece in _undo(layers, chunk):
            body += piece
            if len(body) > limit:
                raise AnswerTooLarge(limit)
    return bytes(body)


def with_body(response: httpx.Response, body: bytes) -> httpx.Response:
    """A finished response with the decoded `body`, for callers that use `.json()` and `.content`."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request, extensions=response.extensions
    )
