"""Bringing new comments in: all accounts at once, each from its own cursor, each stored as soon as it
arrives. One slow or failing account does not hold up the others; its problem (needs reconnect, rate
limited until …, no connection) is kept on the account and shown there. Cancelling keeps what already
arrived; an account whose fetch was cut off keeps its old cursor, so nothing is skipped next time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.inbox.queries import store_comments
from desktop.networks import network_name
from desktop.insights.collect import FigureCollector
from desktop.networks.base import CommentPage, Failure, failure_of
from desktop.networks.registry import connectable
from desktop.states import AccountStatus, ErrorKind
from desktop.store.db import Store
from desktop.store.models import Account, InboxSync, database, utcnow

if TYPE_CHECKING:
    from desktop.connections import ConnectionService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AccountSync:
    """How one account's sync went."""

    account_id: int
    account_name: str
    network: str
    new_ids: tuple[int, ...] = ()
    error: str = ""
    error_kind: ErrorKind = ErrorKind.NONE
    retry_at: datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.error_kind

    @property
    def waiting(self) -> bool:
        """It did not sync, but only waits: for the network's time (a rate limit, a quota) or the connection."""
        return self.error_kind in (ErrorKind.RATE_LIMITED, ErrorKind.TEMPORARY)

    def to_json(self) -> dict[str, object]:
        return {
            "account": self.account_name,
            "network": self.network,
            "new": len(self.new_ids),
            "error": self.error,
            "error_kind": self.error_kind,
            "retry_at": self.retry_at.isoformat() if self.retry_at else None,
        }


@dataclass(frozen=True)
class SyncResult:
    accounts: tuple[AccountSync, ...]

    @property
    def new_ids(self) -> tuple[int, ...]:
        return tuple(sorted((i for a in self.accounts for i in a.new_ids), reverse=True))

    @property
    def failed(self) -> tuple[AccountSync, ...]:
        return tuple(a for a in self.accounts if not a.ok)

    @property
    def needs_you(self) -> tuple[AccountSync, ...]:
        """Accounts that did not sync and will not by waiting (a lost login, a refusal)."""
        return tuple(a for a in self.failed if not a.waiting)


@dataclass(frozen=True)
class SyncState:
    """What the Accounts section shows about an account's inbox."""

    account_id: int
    synced_at: datetime | None
    error: str
    error_kind: ErrorKind
    retry_at: datetime | None


Progress = Callable[[AccountSync, int, int], None]  # one account finished; done, total


def _targets(only: tuple[int, ...] | None) -> list[tuple[int, str, str]]:
    query = (
        Account.select(Account.id, Account.display_name, Account.network)
        .where(Account.network.in_(connectable()) & Account.credential_ref.is_null(False))
        .order_by(Account.id)
    )
    if only is not None:
        query = query.where(Account.id.in_(only))
    return [(a.id, a.display_name, a.network) for a in query]


def _cursor(account_id: int) -> tuple[str | None, datetime | None]:
    state = InboxSync.get_or_none(InboxSync.account == account_id)
    return (state.cursor, state.retry_at) if state else (None, None)


def _save(account_id: int, network: str, page: CommentPage) -> list[int]:
    """The comments and the cursor that follows them, in one transaction (IMMEDIATE: the app and the CLI
    may sync at the same moment, and the second waits instead of inserting a comment twice)."""
    with database.atomic("IMMEDIATE"):
        if not Account.select().where(Account.id == account_id).exists():
            return []  # removed while its comments were on their way
        ids = store_comments(account_id, network, page.comments)
        InboxSync.insert(
            account=account_id,
            cursor=page.cursor,
            synced_at=utcnow(),
            error="",
            error_kind=ErrorKind.NONE,
            retry_at=None,
        ).on_conflict_replace().execute()
        Account.update(status=AccountStatus.CONNECTED).where(
            (Account.id == account_id) & (Account.status == AccountStatus.OFFLINE)
        ).execute()
        return ids


def _problem(account_id: int, failure: Failure) -> None:
    with database.atomic():
        if not Account.select().where(Account.id == account_id).exists():
            return
        state = InboxSync.get_or_none(InboxSync.account == account_id)
        InboxSync.insert(
            account=account_id,
            cursor=state.cursor if state else None,
            synced_at=state.synced_at if state else None,
            error=failure.message,
            error_kind=failure.kind,
            retry_at=failure.retry_at,
        ).on_conflict_replace().execute()
        if failure.account_status is not None:
            Account.update(status=failure.account_status).where(Account.id == account_id).execute()


def _states() -> list[SyncState]:
    return [
        SyncState(s.account_id, s.synced_at, s.error, ErrorKind(s.error_kind), s.retry_at) for s in InboxSync.select()
    ]


class InboxSyncService:
    def __init__(self, store: Store, connections: "ConnectionService", clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.connections = connections
        self.clock = clock
        self.figures = FigureCollector(store, lambda: self.clock())  # the sync's clock, also when a test sets it
        self._lock: asyncio.Lock | None = None

    async def states(self) -> dict[int, SyncState]:
        return {s.account_id: s for s in await self.store.run(_states)}

    async def sync(self, account_ids: Iterable[int] | None = None, progress: Progress | None = None) -> SyncResult:
        """Fetch new comments for every connected account (or these) concurrently. Returns per account
        what arrived or what went wrong; never raises for one account's problem."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:  # F5 during the periodic sync waits for it instead of fetching twice
            targets = await self.store.run(_targets, None if account_ids is None else tuple(account_ids))
            done = 0
            results: list[AccountSync] = []

            async def one(target: tuple[int, str, str]) -> None:
                nonlocal done
                result = await self._sync_account(*target)
                results.append(result)
                done += 1
                if progress is not None:
                    progress(result, done, len(targets))

            await asyncio.gather(*(one(t) for t in targets))
            order = {t[0]: i for i, t in enumerate(targets)}
            return SyncResult(tuple(sorted(results, key=lambda r: order[r.account_id])))

    async def _sync_account(self, account_id: int, name: str, network: str) -> AccountSync:
        base = AccountSync(account_id, name, network)
        cursor, retry_at = await self.store.run(_cursor, account_id)
        if retry_at is not None and retry_at > self.clock():
            return self._failed(
                base,
                Failure(
                    ErrorKind.RATE_LIMITED,
                    translate("Inbox", "%1 asked to wait until %2.")
                    .replace("%1", network_name(network))
                    .replace("%2", retry_at.astimezone().strftime("%H:%M")),
                    retry_at,
                ),
            )
        try:
            client = await self.connections.client(account_id)
            page = await client.fetch_comments(cursor)
        except Exception as error:  # noqa: BLE001 - one account's problem (or bug) must not stop the others
            failure = failure_of(error, changes=False)
            if failure.kind == ErrorKind.INTERNAL:
                log.exception("syncing account %s failed unexpectedly", account_id)
            await self.store.run(_problem, base.account_id, failure)
            log.info("inbox sync of account %s: %s %s", base.account_id, failure.kind, failure.message)
            return self._failed(base, failure)
        ids = await self.store.run(_save, account_id, network, page)
        log.info("inbox sync of account %s: %d new", account_id, len(ids))
        await self.figures.collect(account_id, client)
        return AccountSync(account_id, name, network, new_ids=tuple(ids))

    @staticmethod
    def _failed(base: AccountSync, failure: Failure) -> AccountSync:
        return AccountSync(
            base.account_id,
            base.account_name,
            base.network,
            error=failure.message,
            error_kind=failure.kind,
            retry_at=failure.retry_at,
        )
