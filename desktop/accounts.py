"""Organisations and accounts: listing, adding and removing, with secrets kept in the keyring."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import peewee as pw

from desktop.credentials import CredentialStore, new_reference
from desktop.errors import KurzdrahtError, NotFound
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks import known_network, network_name, told_apart
from desktop.states import AccountStatus, ErrorKind
from desktop.store.db import Store
from desktop.store.models import Account, DeveloperApp, InboxSync, Organisation, Post, utcnow

if TYPE_CHECKING:
    from desktop.networks.base import Limits

log = logging.getLogger(__name__)


# Accounts reminds of a login that runs out this long before.
LOGIN_REMINDER = timedelta(days=7)


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    name: str
    colour: str
    timezone: str


def _stored_options(text: str) -> dict[str, object]:
    import json

    try:
        stored = json.loads(text) if text else {}
    except ValueError:
        stored = {}
    return stored if isinstance(stored, dict) else {}


@dataclass(frozen=True)
class AccountInfo:
    id: int
    organisation_id: int
    organisation: str
    network: str
    display_name: str
    handle: str
    server_url: str
    status: AccountStatus
    has_credentials: bool
    avatar_url: str = ""
    limits_json: str = ""
    inbox_problem: str = ""  # why the last inbox sync failed (rate limited until …, no connection)
    options_json: str = ""
    login_expires_at: datetime | None = None  # when the login runs out, where the network says

    @property
    def options(self) -> dict[str, object]:
        """The account's own settings (e.g. `images_via`: the WordPress account that hosts its images)."""
        return _stored_options(self.options_json)

    @property
    def limits(self) -> "Limits":
        """What the account accepts: the network's defaults, or what its server said when last checked."""
        import json

        from desktop.networks.limits import limits_for

        try:
            stored = json.loads(self.limits_json) if self.limits_json else None
        except ValueError:
            stored = None
        return limits_for(self.network, stored if isinstance(stored, dict) else None)

    @property
    def network_name(self) -> str:
        return network_name(self.network)

    def name_among(self, accounts: "Iterable[AccountInfo]") -> str:
        """Its name, with its network's where another of `accounts` has the same name ("Funkenflug
        (Instagram)" beside "Funkenflug (Mastodon)")."""
        return told_apart(self.display_name, self.network, [a.display_name for a in accounts])

    def login_ends_soon(self, now: datetime | None = None) -> bool:
        """Whether its login runs out within a week (Accounts reminds then)."""
        from datetime import timezone

        if self.login_expires_at is None:
            return False
        return self.login_expires_at - (now or datetime.now(timezone.utc)) <= LOGIN_REMINDER

    @property
    def status_label(self) -> str:
        return self.status.label

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.display_name,
            "network": self.network,
            "handle": self.handle,
            "server_url": self.server_url,
            "organisation": self.organisation,
            "status": self.status,
            "login_expires_at": self.login_expires_at.isoformat() if self.login_expires_at else None,
        }


ORGANISATION_NAME_LENGTH = 80
OrganisationEntry = tuple[int | None, str, str, str]  # id (None: a new one), name, colour, time zone
OrganisationList = list[OrganisationInfo]  # (a method of AccountService is called `list`)


def checked_organisation(name: str, colour: str, timezone: str) -> tuple[str, str, str]:
    """An organisation's name, colour and time zone as stored, or a refusal in the user's words."""
    import re
    from zoneinfo import ZoneInfo

    name = " ".join(name.split())
    if not name:
        raise KurzdrahtError(translate("Accounts", "An organisation needs a name."))
    if len(name) > ORGANISATION_NAME_LENGTH:
        raise KurzdrahtError(
            translate("Accounts", "An organisation's name can have at most %1 characters.").replace(
                "%1", str(ORGANISATION_NAME_LENGTH)
            )
        )
    colour = colour.strip().lower()
    if not re.fullmatch(r"#[0-9a-f]{6}", colour):
        raise KurzdrahtError(
            translate("Accounts", "%1 is not a colour; a colour is written like #2f6f9f.").replace("%1", colour)
        )
    timezone = timezone.strip()
    try:
        ZoneInfo(timezone)
    except (KeyError, ValueError):  # not found, or not a zone's name at all
        raise KurzdrahtError(
            translate("Accounts", "%1 is not a time zone; a time zone is written like Europe/Berlin.").replace(
                "%1", timezone
            )
        ) from None
    return name, colour, timezone


def _no_such_account(account_id: int) -> NotFound:
    return NotFound(translate("Accounts", "There is no account with the number %1.").replace("%1", str(account_id)))


def _account_info(row: Account, inbox_problem: str = "") -> AccountInfo:
    return AccountInfo(
        id=row.id,
        organisation_id=row.organisation_id,
        organisation=row.organisation.name,
        network=row.network,
        display_name=row.display_name,
        handle=row.handle,
        server_url=row.server_url,
        status=AccountStatus(row.status),
        has_credentials=bool(row.credential_ref),
        avatar_url=row.avatar_url,
        limits_json=row.limits,
        inbox_problem=inbox_problem,
        options_json=row.options,
        login_expires_at=row.login_expires_at,
    )


class AccountService:
    def __init__(self, store: Store, credentials: CredentialStore) -> None:
        self.store = store
        self.credentials = credentials

    # -- reads -------------------------------------------------------------------------------
    def _organisations(self) -> list[OrganisationInfo]:
        return [
            OrganisationInfo(o.id, o.name, o.colour, o.timezone)
            for o in Organisation.select().order_by(Organisation.name)
        ]

    def _accounts(self) -> list[AccountInfo]:
        query = (
            Account.select(Account, Organisation)
            .join(Organisation)
            .order_by(Organisation.name, Account.network, Account.display_name)
        )
        problems = {
            s.account_id: s.error
            for s in InboxSync.select(InboxSync.account, InboxSync.error).where(InboxSync.error_kind != ErrorKind.NONE)
        }
        return [_account_info(row, problems.get(row.id, "")) for row in query]

    async def organisations(self) -> list[OrganisationInfo]:
        return await self.store.run(self._organisations)

    async def list(self) -> list[AccountInfo]:
        return await self.store.run(self._accounts)

    # -- writes ------------------------------------------------------------------------------
    def _ensure_organisation(self, name: str, colour: str = "#2f6f9f", timezone: str = "Europe/Berlin") -> int:
        name = name.strip()
        if not name:
            raise KurzdrahtError(translate("Accounts", "An organisation needs a name."))
        organisation, _ = Organisation.get_or_create(name=name, defaults={"colour": colour, "timezone": timezone})
        return organisation.id

    async def ensure_organisation(self, name: str, colour: str = "#2f6f9f", timezone: str = "Europe/Berlin") -> int:
        return await self.store.run(self._ensure_organisation, name, colour, timezone)

    def _save_organisations(self, entries: Sequence[OrganisationEntry], removed: Sequence[int]) -> OrganisationList:
        checked = [(organisation_id, *checked_organisation(*values)) for organisation_id, *values in entries]
        names: dict[str, str] = {}
        for _, name, _, _ in checked:
            if name.lower() in names:
                raise KurzdrahtError(translate("Accounts", "%1 is there twice.").replace("%1", names[name.lower()]))
            names[name.lower()] = name
        database = Organisation._meta.database
        with database.atomic():
            for gone in removed:
                self._remove_organisation(gone)
            edited = [entry[0] for entry in checked if entry[0] is not None]
            others = Organisation.select(Organisation.name).where(Organisation.id.not_in(edited))
            for other in others:
                if other.name.lower() in names:
                    raise KurzdrahtError(
                        translate("Accounts", "There already is an organisation called %1.").replace("%1", other.name)
                    )
            # Names may change places (A becomes B, B becomes A): each edited one is first set aside.
            for kept in edited:
                Organisation.update(name=f"\x00{kept}").where(Organisation.id == kept).execute()
            saved = []
            for known, name, colour, timezone in checked:
                if known is None:
                    known = Organisation.create(name=name, colour=colour, timezone=timezone).id
                elif (
                    not Organisation.update(name=name, colour=colour, timezone=timezone)
                    .where(Organisation.id == known)
                    .execute()
                ):
                    raise NotFound(translate("Accounts", "%1 no longer exists.").replace("%1", name))
                saved.append(OrganisationInfo(known, name, colour, timezone))
        return saved

    async def save_organisations(
        self, entries: Sequence[OrganisationEntry], removed: Sequence[int] = ()
    ) -> OrganisationList:
        """Store the organisations as entered: (id, or None for a new one; name, colour, time zone) each, and
        remove those in `removed`. All or nothing: an empty or taken name, a colour that is not #rrggbb, a
        time zone that does not exist, or an organisation that still has accounts or posts is refused in the
        user's words, and then nothing changes."""
        return await self.store.run(self._save_organisations, list(entries), list(removed))

    def _remove_organisation(self, organisation_id: int) -> None:
        organisation = Organisation.get_or_none(Organisation.id == organisation_id)
        if organisation is None:
            return
        if Account.select().where(Account.organisation == organisation_id).exists():
            reason = QT_TRANSLATE_NOOP(
                "Accounts", "%1 still has accounts: move them to another organisation or remove them first."
            )
        elif Post.select().where(Post.organisation == organisation_id).exists():
            reason = QT_TRANSLATE_NOOP(
                "Accounts", "%1 has posts, which keep it: only an organisation without posts can be removed."
            )
        elif DeveloperApp.select().where(DeveloperApp.organisation == organisation_id).exists():
            reason = QT_TRANSLATE_NOOP(
                "Accounts", "%1 has its own developer apps: remove them first (Accounts → Developer apps…)."
            )
        else:
            reason = ""
        if reason:
            raise KurzdrahtError(translate("Accounts", reason).replace("%1", organisation.name))
        organisation.delete_instance()

    def _insert_account(
        self,
        organisation_id: int,
        network: str,
        display_name: str,
        handle: str,
        server_url: str,
        status: str,
        reference: str | None,
        avatar_url: str,
    ) -> int:
        try:
            with Account._meta.database.atomic():
                return Account.create(
                    organisation=organisation_id,
                    network=network,
                    display_name=display_name,
                    handle=handle,
                    server_url=server_url,
                    status=status,
                    credential_ref=reference,
                    avatar_url=avatar_url,
                ).id
        except pw.IntegrityError as error:
            raise KurzdrahtError(translate("Accounts", "This account is already in Kurzdraht.")) from error

    async def add(
        self,
        organisation_id: int,
        network: str,
        display_name: str,
        handle: str,
        server_url: str = "",
        secret: str | None = None,
        status: AccountStatus = AccountStatus.NOT_CONNECTED,
        avatar_url: str = "",
    ) -> int:
        """Add an account; its secret (token or app password) goes only to the keyring."""
        if not known_network(network):
            raise KurzdrahtError(
                translate("Accounts", "Kurzdraht does not know the network “%1”.").replace("%1", network)
            )
        reference = None
        if secret:
            reference = new_reference()
            await self.credentials.aput(reference, secret)
        try:
            return await self.store.run(
                self._insert_account,
                organisation_id,
                network,
                display_name,
                handle,
                server_url,
                status,
                reference,
                avatar_url,
            )
        except BaseException:
            if reference:
                await self._forget_new_secret(reference)
            raise

    async def _forget_new_secret(self, reference: str) -> None:
        """Take back a secret whose account the database refused, without hiding why it refused."""
        try:
            await self.credentials.adelete(reference)
        except KurzdrahtError:
            log.warning("a secret no account refers to stays in the password store: %s", reference, exc_info=True)

    def _delete_account(self, account_id: int) -> None:
        if not Account.delete().where(Account.id == account_id).execute():
            raise _no_such_account(account_id)

    def _existing_reference(self, account_id: int) -> str | None:
        account = Account.get_or_none(Account.id == account_id)
        if account is None:
            raise _no_such_account(account_id)
        return account.credential_ref

    async def remove(self, account_id: int) -> str | None:
        """Remove an account, its history and its keyring entry; returns the removed secret (to withdraw
        access on the network with it). Keyring first: if the password store refuses, nothing is
        removed; if the database then fails, the secret is put back. Either way both stay consistent."""
        reference = await self.store.run(self._existing_reference, account_id)
        secret = None
        if reference:
            try:
                secret = await self.credentials.aget(reference)
                await self.credentials.adelete(reference)
            except KurzdrahtError as error:
                raise KurzdrahtError(
                    translate(
                        "Accounts",
                        "The saved login could not be deleted from the system password store, so the "
                        "account was kept. Please unlock the password store and try again. (%1)",
                    ).replace("%1", str(error))
                ) from error
        try:
            await self.store.run(self._delete_account, account_id)
        except BaseException:
            if secret and reference:  # a secret was only read where there is a reference
                await self._put_back(reference, secret)
            raise
        return secret

    async def _put_back(self, reference: str, secret: str) -> None:
        try:
            await self.credentials.aput(reference, secret)
        except KurzdrahtError:
            # The account stays, without its login: it shows "needs reconnect", which is true.
            log.warning("could not put back the login of a kept account", exc_info=True)

    async def set_status(self, account_id: int, status: AccountStatus) -> None:
        await self.store.run(self._update, account_id, status=status)

    async def secret(self, account_id: int) -> str | None:
        reference = await self.store.run(self._reference, account_id)
        return await self.credentials.aget(reference) if reference else None

    def _reference(self, account_id: int) -> str | None:
        return Account.select(Account.credential_ref).where(Account.id == account_id).scalar()

    async def replace_secret(self, account_id: int, secret: str) -> None:
        """Store a renewed token or a new password for an account (in the keyring only)."""
        reference = await self.store.run(self._reference, account_id)
        if reference is None:
            reference = new_reference()
            await self.credentials.aput(reference, secret)
            try:
                await self.store.run(self._update, account_id, credential_ref=reference)
            except BaseException:
                await self._forget_new_secret(reference)
                raise
        else:
            await self.credentials.aput(reference, secret)

    def _account(self, account_id: int) -> AccountInfo:
        row = Account.select(Account, Organisation).join(Organisation).where(Account.id == account_id).get_or_none()
        if row is None:
            raise _no_such_account(account_id)
        return _account_info(row)

    async def existing(self, network: str, handle: str, server_url: str) -> int | None:
        """The account already stored for this identity, if any."""
        return await self.store.run(
            lambda: (
                Account.select(Account.id)
                .where((Account.network == network) & (Account.handle == handle) & (Account.server_url == server_url))
                .scalar()
            )
        )

    async def get(self, account_id: int) -> AccountInfo:
        return await self.store.run(self._account, account_id)

    async def find(self, name: str) -> AccountInfo:
        """The account a person means by its name (as `accounts list` shows it), handle or number."""
        wanted = name.strip().casefold()
        accounts = await self.list()
        for match in (
            [a for a in accounts if str(a.id) == wanted],
            [a for a in accounts if a.display_name.casefold() == wanted],
            [a for a in accounts if a.handle.casefold().lstrip("@") == wanted.lstrip("@")],
        ):
            if len(match) == 1:
                return match[0]
            if len(match) > 1:
                raise KurzdrahtError(
                    translate("Accounts", "Several accounts are called “%1”: %2. Please use the handle instead.")
                    .replace("%1", name)
                    .replace("%2", ", ".join(a.handle for a in match))
                )
        raise NotFound(translate("Accounts", "There is no account called “%1”.").replace("%1", name))

    def _update(self, account_id: int, **fields: object) -> None:
        updated = Account.update(**fields, updated_at=utcnow()).where(Account.id == account_id).execute()
        if not updated:
            raise _no_such_account(account_id)

    async def rename(self, account_id: int, name: str) -> None:
        name = name.strip()
        if not name:
            raise KurzdrahtError(translate("Accounts", "An account needs a name."))
        await self.store.run(self._update, account_id, display_name=name)

    async def move(self, account_id: int, organisation_id: int) -> None:
        """Assign the account to another organisation."""
        await self.store.run(self._update, account_id, organisation=organisation_id)

    async def update_identity(self, account_id: int, handle: str, avatar_url: str, status: AccountStatus) -> None:
        await self.store.run(self._update, account_id, handle=handle, avatar_url=avatar_url, status=status)

    def _set_option(self, account_id: int, name: str, value: object) -> None:
        import json

        row = Account.get_or_none(Account.id == account_id)
        if row is None:
            raise _no_such_account(account_id)
        options = _stored_options(row.options)
        if value is None:
            options.pop(name, None)
        else:
            options[name] = value
        self._update(account_id, options=json.dumps(options, sort_keys=True) if options else "")

    async def set_option(self, account_id: int, name: str, value: object) -> None:
        """Set (or, with None, remove) one of the account's own settings."""
        await self.store.run(self._set_option, account_id, name, value)

    def _add_usage(self, account_id: int, day: str, units: int) -> int:
        from desktop.store.models import database

        with database.atomic():
            row = Account.get_or_none(Account.id == account_id)
            if row is None:
                raise _no_such_account(account_id)
            usage = _stored_options(row.options).get("usage")
            used = int(usage.get("units", 0)) if isinstance(usage, dict) and usage.get("day") == day else 0
            self._set_option(account_id, "usage", {"day": day, "units": used + units})
            return used + units

    async def add_usage(self, account_id: int, day: str, units: int) -> int:
        """Count what a network's quota charged this account on `day` (its own calendar day); the day's total."""
        return await self.store.run(self._add_usage, account_id, day, units)

    async def set_login_expiry(self, account_id: int, expires_at: datetime | None) -> None:
        await self.store.run(self._update, account_id, login_expires_at=expires_at)

    async def set_limits(self, account_id: int, network: str, limits: "Limits") -> None:
        """Remember what the account's server accepts, so the composer counts right while offline."""
        import json

        from desktop.networks.limits import limits_to_json

        await self.store.run(
            self._update, account_id, limits=json.dumps(limits_to_json(limits, network), sort_keys=True)
        )
