"""Sending one request to a network and turning every way it can fail into one of the error kinds.

Each client has one `Transport`, which also remembers the rate limit the server announced, so that
a request that would surely be refused is not sent at all.
"""

from __future__ import annotations

import email.utils
import logging
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

import httpx

from desktop.i18n import translate
from desktop.networks.base import (AuthExpired, NetworkError, OutcomeUnknown, RateLimited, Rejected,
                                   TemporaryFailure)
from desktop.networks.urls import require_secure

log = logging.getLogger(__name__)

# A reply to a request that changes something may have been cut off after the server acted.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
_MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError,
               httpx.RemoteProtocolError)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


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

    def __init__(self, http: httpx.AsyncClient, name: str,
                 describe_error: Callable[[httpx.Response], str],
                 login_expired: Callable[[httpx.Response], bool] = lambda response: False) -> None:
        self.http = http
        self.login_expired = login_expired
        self.name = name
        self.describe_error = describe_error
        self.blocked_until: datetime | None = None

    async def send(self, method: str, url: str, *, changes: bool = False, auth_error: bool = True,
                   **kwargs: Any) -> httpx.Response:
        """Send; `changes` marks a request whose effect must not happen twice (so a lost answer is
        OutcomeUnknown rather than a TemporaryFailure)."""
        require_secure(url)
        now = utcnow()
        if self.blocked_until is not None and self.blocked_until > now:
            raise RateLimited(self._rate_message(self.blocked_until), self.blocked_until)
        try:
            response = await self.http.request(method, url, **kwargs)
        except _NOT_SENT as error:
            raise TemporaryFailure(translate("Networks", "Could not reach %1. Is the computer online?")
                                   .replace("%1", self.name)) from error
        except _MAYBE_SENT as error:
            if changes:
                raise OutcomeUnknown(translate(
                    "Networks", "The connection to %1 broke off before it answered, so it is not known "
                                "whether this went through.").replace("%1", self.name)) from error
            raise TemporaryFailure(translate("Networks", "The connection to %1 broke off. Please try again.")
                                   .replace("%1", self.name)) from error
        self._remember_rate_limit(response)
        if response.is_success:
            return response
        raise self.error_for(response, changes=changes, auth_error=auth_error)

    def error_for(self, response: httpx.Response, *, changes: bool = False,
                  auth_error: bool = True) -> NetworkError:
        status = response.status_code
        detail = self.describe_error(response) or response.reason_phrase
        log.info("%s answered %s %s: %s", self.name, status, response.request.url.path, detail)
        if status == 429:
            moment = retry_at(response)
            self.blocked_until = moment
            return RateLimited(self._rate_message(moment), moment)
        if (status == 401 and auth_error) or self.login_expired(response):
            return AuthExpired(translate(
                "Networks", "%1 no longer accepts the saved login. Please reconnect the account.")
                .replace("%1", self.name))
        if status in (502, 504) and changes:
            return OutcomeUnknown(translate(
                "Networks", "%1 did not answer in time (%2), so it is not known whether this went through.")
                .replace("%1", self.name).replace("%2", str(status)))
        if status >= 500 or status == 408:
            return TemporaryFailure(translate("Networks", "%1 has a problem right now (%2). Please try again later.")
                                    .replace("%1", self.name).replace("%2", f"{status} {detail}".strip()))
        return Rejected(translate("Networks", "%1 refused this: %2").replace("%1", self.name)
                        .replace("%2", detail))

    def _rate_message(self, moment: datetime) -> str:
        return (translate("Networks", "%1 asks to wait until %2 before the next request.")
                .replace("%1", self.name).replace("%2", when_text(moment)))

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
