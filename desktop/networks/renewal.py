"""Logins whose access token runs out within hours and is renewed with a refresh token (X, LinkedIn where
LinkedIn allows it, YouTube). What the three share:

- a renewal happens under the account's lock across Kurzdraht's processes (`NetworkClient.keeper`) and
  starts from the login as stored now: another process may have renewed it a moment ago, and X's refresh
  tokens work only once;
- the new login is in the keyring before the new token is used;
- a request is sent with a token renewed in time, and once more after the network refused the token
  before its time (revoked, or renewed by another process).

The access token's end is kept as `access_expires_at`; `expires_at` is the end of the whole login, which
Accounts shows.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from typing import ClassVar, TypeVar

from desktop.networks.base import AuthExpired, NetworkClient, Secret
from desktop.networks.transport import utcnow

log = logging.getLogger(__name__)

T = TypeVar("T")


class RenewedLogin(NetworkClient):
    """A client whose login is renewed; a network supplies `new_login` and `login_gone`."""

    # An access token is renewed when it has less than this left.
    renew_before: ClassVar[timedelta] = timedelta(minutes=5)

    def renewable(self, secret: Secret) -> bool:
        """Whether this login can be renewed at all (a refresh token, and what the network needs with it)."""
        return bool(secret.get("refresh_token"))

    def renewal_due(self, secret: Secret) -> bool:
        expires = secret.get("access_expires_at")
        return (
            self.renewable(secret)
            and expires.isdigit()
            and datetime.fromtimestamp(int(expires), timezone.utc) - utcnow() < self.renew_before
        )

    async def new_login(self, stored: Secret) -> dict[str, str]:
        """Ask the network for a new token with `stored`'s refresh token: the whole login to keep. Raises
        AuthExpired when the network refuses (the user has to reconnect)."""
        raise NotImplementedError

    def login_gone(self) -> AuthExpired:
        """What to say when the token is refused and the login cannot be renewed."""
        raise NotImplementedError

    def refused_token(self, error: AuthExpired) -> bool:
        """Whether `error` means the token itself was refused (so a renewal may help)."""
        return True

    async def renew(self, spent: str) -> None:
        """Renew the login, unless another task or process has done so since `spent` was refused or ran out."""
        async with self.keeper.renewing() as stored:
            if stored.get("token") != spent and not self.renewal_due(stored):
                self.secret = stored  # renewed meanwhile by someone else
                return
            if not self.renewable(stored):
                raise self.login_gone()
            renewed = Secret(await self.new_login(stored))
            await self.save_secret(renewed)  # the old refresh token may be spent now: keep the new one first
            self.secret = renewed
            log.info("renewed a %s login", self.network)

    async def with_login(self, send: Callable[[str], Awaitable[T]]) -> T:
        """`send(token)` with a token renewed in time, and once more after the network refused it."""
        if self.renewal_due(self.secret):
            await self.renew(self.secret.get("token"))
        token = self.secret.get("token")
        try:
            return await send(token)
        except AuthExpired as error:
            if not self.renewable(self.secret) or not self.refused_token(error):
                raise
        await self.renew(token)
        return await send(self.secret.get("token"))
