"""Each organisation's own developer apps (Meta, Threads): networks that only give tokens to a registered
app, and need its secret to exchange them, sign in through the organisation's app. Its ID stays in the
database, its secret only in the keyring; both change together or not at all."""

from __future__ import annotations

import logging
from dataclasses import dataclass


from desktop.credentials import CredentialStore, new_reference
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks.plugin import DeveloperApp, RedirectKind
from desktop.networks.registry import app_kind
from desktop.networks.urls import server_url
from desktop.store.db import Store
from desktop.store.models import DeveloperApp as AppRow
from desktop.store.models import Organisation, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeveloperAppInfo:
    """What Kurzdraht shows of a stored app (never its secret)."""

    kind: str
    kind_name: str
    organisation_id: int
    organisation: str
    app_id: str
    redirect_uri: str

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "organisation": self.organisation,
            "app_id": self.app_id,
            "redirect_uri": self.redirect_uri,
        }


def _info(row: AppRow) -> DeveloperAppInfo:
    kind = row.kind
    try:
        kind_name = app_kind(kind).name
    except KurzdrahtError:
        kind_name = kind
    return DeveloperAppInfo(kind, kind_name, row.organisation_id, row.organisation.name, row.app_id, row.redirect_uri)


def _checked_app_id(app_id: str) -> str:
    app_id = app_id.strip()
    # Meta's app IDs are numbers; others (LinkedIn's client IDs) letters and digits. Nothing else fits.
    if not app_id or len(app_id) > 200 or not all(c.isascii() and (c.isalnum() or c in "-_.") for c in app_id):
        raise KurzdrahtError(
            translate("Networks", "“%1” is not an app ID. Please copy it from the app's settings.").replace(
                "%1", app_id[:60]
            )
        )
    return app_id


def _loopback_redirect(redirect_uri: str, name: str) -> str:
    """Another address on this computer than the guide's, where the organisation registered one (X
    lets an app register a few ports); "" for the guide's own."""
    from urllib.parse import urlsplit

    from desktop.networks.urls import is_loopback

    redirect_uri = redirect_uri.strip()
    if not redirect_uri:
        return ""
    try:
        parts = urlsplit(redirect_uri)
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme != "http" or not is_loopback(parts.hostname or "") or not port:
        raise KurzdrahtError(
            translate(
                "Networks",
                "%1 returns to Kurzdraht on this computer: the redirect address must look like "
                "http://127.0.0.1:PORT/path.",
            ).replace("%1", name)
        )
    return redirect_uri


class DeveloperAppService:
    def __init__(self, store: Store, credentials: CredentialStore) -> None:
        self.store = store
        self.credentials = credentials

    # -- reads ---------------------------------------------------------------------------------------
    def _list(self) -> list[DeveloperAppInfo]:
        query = AppRow.select(AppRow, Organisation).join(Organisation).order_by(Organisation.name, AppRow.kind)
        return [_info(row) for row in query]

    async def list(self) -> list[DeveloperAppInfo]:
        return await self.store.run(self._list)

    def _row(self, kind: str, organisation_id: int) -> AppRow | None:
        return AppRow.get_or_none((AppRow.kind == kind) & (AppRow.organisation == organisation_id))

    async def get(self, kind: str, organisation_id: int) -> DeveloperApp:
        """The app with its secret, or a message saying how to add it."""
        declared = app_kind(kind)
        row = await self.store.run(self._row, kind, organisation_id)
        if row is not None and not declared.needs_secret:
            return DeveloperApp(kind, organisation_id, row.app_id, "", row.redirect_uri)
        secret = await self.credentials.aget(row.credential_ref) if row is not None else None
        if row is None or not secret:
            raise KurzdrahtError(
                translate(
                    "Networks",
                    "Your organisation's %1 app is needed first: add its app ID and secret under Accounts → "
                    "Developer apps (or with `kurzdraht apps set %2`). The guide there shows how to create it.",
                )
                .replace("%1", declared.name)
                .replace("%2", kind)
            )
        return DeveloperApp(kind, organisation_id, row.app_id, secret, row.redirect_uri)

    # -- writes --------------------------------------------------------------------------------------
    def _save(self, kind: str, organisation_id: int, app_id: str, redirect_uri: str, reference: str) -> str | None:
        """Store the row pointing at the new secret; the reference of the secret it replaced."""
        with AppRow._meta.database.atomic():
            if Organisation.get_or_none(Organisation.id == organisation_id) is None:
                raise KurzdrahtError(translate("Accounts", "This organisation is no longer in Kurzdraht."))
            row = self._row(kind, organisation_id)
            if row is None:
                AppRow.create(
                    organisation=organisation_id,
                    kind=kind,
                    app_id=app_id,
                    redirect_uri=redirect_uri,
                    credential_ref=reference,
                )
                return None
            old = row.credential_ref
            row.app_id, row.redirect_uri, row.credential_ref, row.updated_at = (
                app_id,
                redirect_uri,
                reference,
                utcnow(),
            )
            row.save()
            return old

    async def set(
        self, kind: str, organisation_id: int, app_id: str, secret: str, redirect_uri: str = ""
    ) -> DeveloperAppInfo:
        """Add or replace the organisation's app of this kind. The new secret goes to the keyring first;
        if the database then refuses, it is taken back, and the old app stays as it was."""
        declared = app_kind(kind)
        app_id = _checked_app_id(app_id)
        secret = secret.strip()
        if not secret and declared.needs_secret:
            raise KurzdrahtError(translate("Networks", "Please enter the app secret."))
        registered = declared.redirect == RedirectKind.REGISTERED or (
            declared.redirect == RedirectKind.EITHER and redirect_uri.strip().lower().startswith("https:")
        )
        if registered:
            # Kept exactly as registered (a trailing slash included): the network compares it whole.
            redirect_uri = redirect_uri.strip()
            if not server_url(redirect_uri).startswith("https://") or not redirect_uri.startswith("https://"):
                raise KurzdrahtError(
                    translate("Networks", "%1 only returns to https addresses. Please enter one.").replace(
                        "%1", declared.name
                    )
                )
        else:
            redirect_uri = _loopback_redirect(redirect_uri, declared.name)
        reference = new_reference()
        if declared.needs_secret:
            await self.credentials.aput(reference, secret)
        try:
            old = await self.store.run(self._save, kind, organisation_id, app_id, redirect_uri, reference)
        except BaseException:
            await self._forget(reference, kind)
            raise
        if old:
            await self._forget(old, kind)
        log.info("saved the %s app %s for organisation %s", kind, app_id, organisation_id)
        return next(a for a in await self.list() if a.kind == kind and a.organisation_id == organisation_id)

    def _delete(self, kind: str, organisation_id: int) -> str | None:
        row = self._row(kind, organisation_id)
        if row is None:
            return None
        row.delete_instance()
        return row.credential_ref

    async def remove(self, kind: str, organisation_id: int) -> bool:
        """Forget the app (accounts connected through it keep their tokens); False when there was none."""
        reference = await self.store.run(self._delete, kind, organisation_id)
        if reference is None:
            return False
        await self._forget(reference, kind)
        log.info("removed the %s app of organisation %s", kind, organisation_id)
        return True

    async def _forget(self, reference: str, kind: str) -> None:
        try:
            if not app_kind(kind).needs_secret:
                return  # nothing of it went to the keyring
        except KurzdrahtError:
            pass  # a kind this version does not know: its secret, if any, goes
        try:
            await self.credentials.adelete(reference)
        except KurzdrahtError:
            log.warning("a secret no app refers to stays in the password store: %s", reference, exc_info=True)
