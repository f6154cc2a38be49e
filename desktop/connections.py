"""Connecting accounts to their networks, checking them, and building a ready client for one account.

The secret (token or app password, as JSON) only ever goes to the keyring; the database keeps who the
account is and how it is doing ("connected", "needs reconnect", "offline").
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.accounts import AccountInfo, AccountService
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks import network_name
from desktop.networks.base import AuthExpired, Image, NetworkClient, NetworkError, Secret, failure_of
from desktop.networks.pictures import PictureDownloads
from desktop.networks.plugin import DeveloperApp, Field, SignInContext, SignInUser
from desktop.networks.registry import client_class, plugin_for
from desktop.networks.urls import server_url
from desktop.states import AccountStatus

if TYPE_CHECKING:
    import httpx

    from desktop.developer_apps import DeveloperAppService
    from desktop.networks.mastodon import MastodonLogin

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckResult:
    account: AccountInfo
    status: AccountStatus
    message: str

    @property
    def ok(self) -> bool:
        return self.status == AccountStatus.CONNECTED


class ConnectionService:
    def __init__(
        self,
        accounts: AccountService,
        http: Callable[[], "httpx.AsyncClient"],
        avatars: Path | None = None,
        apps: "DeveloperAppService | None" = None,
        locks: Path | None = None,
    ) -> None:
        self.accounts = accounts
        self.apps = apps
        self.lock_folder = locks
        self._http = http
        self.avatar_folder = avatars
        self.pictures = PictureDownloads(http)

    # -- connecting ------------------------------------------------------------------------------
    async def connect(
        self, network: str, organisation_id: int, server: str, secret: Secret, name: str = ""
    ) -> AccountInfo:
        """Check the login works, then store the account (and its secret in the keyring)."""
        client = client_class(network)(self._http(), server, secret)
        identity = await client.verify()
        known = await self.accounts.existing(network, identity.handle, identity.server_url)
        if known is not None:
            # Connecting an account again is how a user reconnects it: new login, same history.
            await self.accounts.replace_secret(known, client.secret.dump())
            await self.accounts.update_identity(known, identity.handle, identity.avatar_url, AccountStatus.CONNECTED)
            if name.strip():
                await self.accounts.rename(known, name)
            await self._fetch_avatar(known, identity.avatar_url)
            await self._remember_limits(known, client)
            log.info("reconnected %s account %s", network, identity.handle)
            return await self.accounts.get(known)
        account_id = await self.accounts.add(
            organisation_id,
            network,
            name.strip() or identity.display_name,
            identity.handle,
            server_url=identity.server_url,
            secret=client.secret.dump(),
            status=AccountStatus.CONNECTED,
            avatar_url=identity.avatar_url,
        )
        log.info("connected %s account %s", network, identity.handle)
        await self._fetch_avatar(account_id, identity.avatar_url)
        await self._remember_limits(account_id, client)
        return await self.accounts.get(account_id)

    async def sign_in(
        self,
        network: str,
        organisation_id: int,
        values: Mapping[str, str],
        user: SignInUser | None = None,
        name: str = "",
    ) -> AccountInfo:
        """Connect an account from what the user entered in the network's fields (see its `PLUGIN`),
        signing in through the browser where the network does that; `user` is asked along the way."""
        plugin = plugin_for(network)
        entered = {key: str(value) for key, value in values.items()}
        for field in plugin.fields:
            value = entered.get(field.key, "").strip()
            if field.address and (value or field.required):
                entered[field.key] = server_url(value)
            elif field.required and not value:
                raise KurzdrahtError(
                    translate("Networks", "Please fill in “%1”.").replace(
                        "%1", translate("Networks", field.label).rstrip(" :")
                    )
                )
        context = SignInContext(
            self._http, user or NobodyThere(), entered, organisation_id, self._developer_app(organisation_id)
        )
        linked = {f.key: await self._linked_account(f, entered.get(f.key, "")) for f in plugin.fields if f.account}
        signed = await plugin.sign_in(context)
        account = await self.connect(network, organisation_id, signed.server_url, signed.secret, name)
        for key, account_id in linked.items():
            if account_id is not None:
                await self.accounts.set_option(account.id, key, account_id)
        if signed.expires_at is not None or account.login_expires_at is not None:
            await self.accounts.set_login_expiry(account.id, signed.expires_at)
        return await self.accounts.get(account.id)

    async def _linked_account(self, field: "Field", value: str) -> int | None:
        """The account a field names (e.g. the blog for Instagram's images), checked to be of its network."""
        if not value.strip():
            return None
        account = await self.accounts.find(value)
        if account.network != field.account:
            raise KurzdrahtError(
                translate("Networks", "“%1” is not a %2 account.")
                .replace("%1", account.display_name)
                .replace("%2", network_name(field.account))
            )
        return account.id

    async def link_account(self, account_id: int, key: str, linked_id: int | None) -> None:
        """Choose (or, with None, forget) the account a field names, e.g. the blog for Instagram's images."""
        account = await self.accounts.get(account_id)
        field = next((f for f in plugin_for(account.network).fields if f.key == key and f.account), None)
        if field is None:
            raise KurzdrahtError(translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", key))
        if linked_id is not None:
            linked = await self.accounts.get(linked_id)
            await self._linked_account(field, str(linked.id))
        await self.accounts.set_option(account_id, key, linked_id)

    def _developer_app(self, organisation_id: int) -> Callable[[str], Awaitable[DeveloperApp]]:
        async def find(kind: str) -> DeveloperApp:
            if self.apps is None:
                raise KurzdrahtError(translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", kind))
            return await self.apps.get(kind, organisation_id)

        return find

    # Shorthands for scripts, benchmarks and tests.
    async def connect_mastodon_token(
        self, organisation_id: int, instance: str, token: str, name: str = ""
    ) -> AccountInfo:
        return await self.sign_in("mastodon", organisation_id, {"instance": instance, "token": token}, name=name)

    def mastodon_login(self, instance: str) -> "MastodonLogin":
        """Start here for the browser sign-in: `start()` gives the address to open, `finish()` the secret."""
        from desktop.networks.mastodon import MastodonLogin

        return MastodonLogin(self._http(), server_url(instance))

    async def connect_bluesky(
        self, organisation_id: int, handle: str, app_password: str, service: str = "", name: str = ""
    ) -> AccountInfo:
        values = {"handle": handle, "password": app_password, "service": service}
        return await self.sign_in("bluesky", organisation_id, values, name=name)

    async def connect_wordpress(
        self, organisation_id: int, site: str, user: str, app_password: str, name: str = ""
    ) -> AccountInfo:
        values = {"site": site, "user": user, "password": app_password}
        return await self.sign_in("wordpress", organisation_id, values, name=name)

    # -- using and checking --------------------------------------------------------------------------
    async def client(self, account_id: int) -> NetworkClient:
        """A client for one stored account; renewed tokens are written back to the keyring."""
        account = await self.accounts.get(account_id)
        stored = await self.accounts.secret(account_id)
        if not stored:
            raise AuthExpired(
                translate(
                    "Networks",
                    "The login for “%1” is missing from the system password store. Please reconnect the account.",
                ).replace("%1", account.display_name)
            )

        async def save(secret: Secret) -> None:
            await self.accounts.replace_secret(account_id, secret.dump())
            expires = secret.get("expires_at")  # a renewed token says how long it lasts
            if expires.isdigit():
                await self.accounts.set_login_expiry(account_id, datetime.fromtimestamp(int(expires), timezone.utc))

        client = client_class(account.network)(self._http(), account.server_url, Secret.parse(stored), save)
        client.ledger = _AccountLedger(self.accounts, account_id)
        if self.lock_folder is not None:
            client.keeper = _StoredSecret(self.accounts, account_id, self.lock_folder / f"account-{account_id}.lock")
        host = account.options.get("images_via")
        if isinstance(host, int):
            client.image_host = self._image_host(host)
        return client

    def _image_host(self, account_id: int) -> Callable[[Image], Awaitable[str]]:
        async def put(image: Image) -> str:
            return await (await self.client(account_id)).host_image(image)

        return put

    async def check(self, account_id: int) -> CheckResult:
        """Try the account's login now and record the outcome on the account."""
        account = await self.accounts.get(account_id)
        try:
            client = await self.client(account_id)
            identity = await client.verify()
        except NetworkError as error:
            failure = failure_of(error, changes=False)
            status = failure.account_status or account.status
            await self.accounts.set_status(account_id, status)
            return CheckResult(await self.accounts.get(account_id), status, failure.message)
        await self._fetch_avatar(account_id, identity.avatar_url)
        await self._remember_limits(account_id, client)
        await self.accounts.update_identity(account_id, identity.handle, identity.avatar_url, AccountStatus.CONNECTED)
        return CheckResult(await self.accounts.get(account_id), AccountStatus.CONNECTED, "")

    async def remove(self, account_id: int) -> bool:
        """Remove the account, its saved login and its picture, then withdraw Kurzdraht's access on the
        network where it can. False when the access is still there (offline, or only the user can
        withdraw it in the network's settings).

        The local removal comes first: if the password store or the database refuses, the account
        is kept whole and its access on the network untouched."""
        account = await self.accounts.get(account_id)
        secret = await self.accounts.remove(account_id)
        target = self._avatar_file(account_id)
        if target is not None:
            await asyncio.to_thread(target.unlink, True)
        if not secret:
            return False
        # The secret now lives only in memory: a renewed token must not be written back.
        client = client_class(account.network)(self._http(), account.server_url, Secret.parse(secret))
        try:
            return await asyncio.wait_for(client.sign_out(), _SIGN_OUT_SECONDS)
        except (TimeoutError, KurzdrahtError) as error:
            log.info("could not sign out account %s: %s", account_id, type(error).__name__)
        except Exception:  # noqa: BLE001 - the account is gone already; an odd answer changes nothing
            log.warning("could not sign out account %s", account_id, exc_info=True)
        return False

    async def _remember_limits(self, account_id: int, client: NetworkClient) -> None:
        """Keep the server's own limits (a Mastodon instance may allow more than 500 characters)."""
        try:
            await self.accounts.set_limits(account_id, client.network, await client.limits())
        except NetworkError as error:
            log.info("no limits for account %s: %s", account_id, type(error).__name__)

    # -- profile pictures ----------------------------------------------------------------------------
    def _avatar_file(self, account_id: int) -> Path | None:
        return self.avatar_folder / f"{account_id}.img" if self.avatar_folder else None

    async def _fetch_avatar(self, account_id: int, url: str) -> None:
        """Keep a copy of the account's picture; a missing one is no reason to fail connecting."""
        target = self._avatar_file(account_id)
        if target is not None and url:
            await self._download_picture(url, target, f"account {account_id}")

    async def _download_picture(self, url: str, target: Path, whose: str) -> bytes | None:
        """Fetch a picture into `target` (see `PictureDownloads`: public https only, bounded); None,
        logged, when it cannot be had or should not be fetched."""
        data = await self.pictures.fetch(url, whose)
        if data is None:
            return None
        try:
            await asyncio.to_thread(_write_file, target, data)
        except OSError as error:
            log.info("could not keep the picture for %s: %s", whose, type(error).__name__)
        return data

    async def avatars(self, account_ids: list[int]) -> dict[int, bytes]:
        """The stored pictures of these accounts (read off the GUI thread)."""

        def read() -> dict[int, bytes]:
            found = {}
            for account_id in account_ids:
                path = self._avatar_file(account_id)
                if path is not None and path.is_file():
                    found[account_id] = path.read_bytes()
            return found

        return await asyncio.to_thread(read)

    async def person_avatar(self, url: str) -> bytes | None:
        """The picture of a comment's author, kept on disk after the first fetch; None when it cannot be
        had (no connection, not an image, not from a public https address). Never raises: initials stand
        in for it."""
        if not url or self.avatar_folder is None:
            return None
        import hashlib

        path = self.avatar_folder / "people" / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".img")
        try:
            if await asyncio.to_thread(path.is_file):
                return await asyncio.to_thread(path.read_bytes)
        except OSError:
            pass  # unreadable copy: fetch it again
        return await self._download_picture(url, path, "a comment's author")


_SIGN_OUT_SECONDS = 10


class NobodyThere:
    """For connecting without a person at hand (scripts): a sign-in that needs one is refused."""

    async def open_browser(self, step: object) -> None:
        raise KurzdrahtError(translate("Networks", "This sign-in needs a browser; please connect in Kurzdraht."))

    async def pasted_address(self, step: object) -> str:
        raise KurzdrahtError(translate("Networks", "This sign-in needs a browser; please connect in Kurzdraht."))

    async def choose(self, question: str, options: Sequence[tuple[str, str]]) -> str:
        raise KurzdrahtError(question + " " + ", ".join(f"{key} ({label})" for key, label in options))


def _write_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(path)


class _StoredSecret:
    """A stored account's login while it is renewed: locked across Kurzdraht's processes, read afresh
    from the keyring (another process may have renewed it a moment ago)."""

    def __init__(self, accounts: AccountService, account_id: int, lock: Path) -> None:
        self.accounts = accounts
        self.account_id = account_id
        self.lock = lock

    @asynccontextmanager
    async def renewing(self) -> AsyncIterator[Secret]:
        from desktop.locks import exclusive

        async with exclusive(self.lock):
            stored = await self.accounts.secret(self.account_id)
            if not stored:
                raise AuthExpired(
                    translate(
                        "Networks",
                        "The saved login is missing from the system password store. Please reconnect the account.",
                    )
                )
            yield Secret.parse(stored)


class _AccountLedger:
    """A daily quota's spending, kept in the account's options (`usage`: the day and its units)."""

    def __init__(self, accounts: AccountService, account_id: int) -> None:
        self.accounts = accounts
        self.account_id = account_id

    async def spend(self, day: str, units: int) -> int:
        return await self.accounts.add_usage(self.account_id, day, units)

    async def spent(self, day: str) -> int:
        usage = (await self.accounts.get(self.account_id)).options.get("usage")
        return int(usage.get("units", 0)) if isinstance(usage, dict) and usage.get("day") == day else 0
