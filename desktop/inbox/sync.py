"""Bringing new comments in: all accounts at once, each from its own cursor, each stored as soon as it
arrives. One slow or failing account does not hold up the others; its problem (needs reconnect, rate
limited until …, no connection) is kept on the account and shown there. Cancelling keeps what already
arrived; an account whose fetch was cut off keeps its old cursor, so nothing is skipped next time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import peewee as pw

from desktop.i18n import translate
from desktop.inbox.queries import store_comments
from desktop.networks import network_name
from desktop.networks.base import CommentPage, Failure, PostFigures, failure_of
from desktop.networks.registry import connectable
from desktop.states import AccountStatus, ErrorKind
from desktop.store.db import Store
from desktop.store.models import Account, InboxSync, database, utcnow

if TYPE_CHECKING:
    from desktop.networks.base import NetworkClient
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


def _follower_day(account_id: int, now: datetime) -> str | None:
    """Today in the account's organisation, when it has no follower figure for today yet (else None)."""
    from zoneinfo import ZoneInfo

    from desktop.store.models import FollowerCount, Organisation

    zone = Organisation.select(Organisation.timezone).join(Account).where(Account.id == account_id).scalar()
    if zone is None:
        return None
    day = now.astimezone(ZoneInfo(zone)).date().isoformat()
    known = FollowerCount.select().where((FollowerCount.account == account_id) & (FollowerCount.day == day))
    return None if known.exists() else day


def _keep_followers(account_id: int, day: str, followers: int, now: datetime) -> None:
    from desktop.store.models import FollowerCount

    if Account.select().where(Account.id == account_id).exists():
        FollowerCount.insert(
            account=account_id, day=day, followers=followers, taken_at=now
        ).on_conflict_ignore().execute()


# Figures of published posts: on each sync for the last 30 days, then once more at 90 days.
RECENT_FIGURES = timedelta(days=30)
LAST_FIGURES = timedelta(days=90)
MOST_FIGURES = 200  # posts per account and sync (the newest)
# A post's figures are asked again at most this often (the inbox syncs every few minutes).
FIGURES_EVERY = timedelta(hours=1)


def _figures_due(account_id: int, now: datetime) -> list[tuple[int, str, bool]]:
    """(attempt, remote id, whether this is the last fetch) of the account's posts whose figures are due."""
    from desktop.states import AttemptState, PostKind
    from desktop.store.models import Post, PostFigures, PublishAttempt, as_tuples

    published = (
        (PublishAttempt.account == account_id)
        & (PublishAttempt.state == AttemptState.PUBLISHED)
        & (PublishAttempt.remote_id != "")
        & (Post.kind == PostKind.POST)
    )
    recent = (PublishAttempt.finished_at >= now - RECENT_FIGURES) & (
        PostFigures.fetched_at.is_null() | (PostFigures.fetched_at <= now - FIGURES_EVERY)
    )
    old = (PublishAttempt.finished_at <= now - LAST_FIGURES) & (
        (PostFigures.final.is_null()) | (PostFigures.final == 0)
    )
    query = (
        PublishAttempt.select(PublishAttempt.id, PublishAttempt.remote_id, old)
        .join(Post)
        .switch(PublishAttempt)
        .join(PostFigures, pw.JOIN.LEFT_OUTER)
        .where(published & (recent | old))
        .order_by(PublishAttempt.finished_at.desc())
        .limit(MOST_FIGURES)
    )
    return [(attempt_id, remote_id, bool(last)) for attempt_id, remote_id, last in as_tuples(query)]


def _keep_figures(due: list[tuple[int, str, bool]], found: dict[str, PostFigures], now: datetime) -> None:
    from desktop.store.models import PostFigures as Row
    from desktop.store.models import PublishAttempt

    with database.atomic():
        for attempt_id, remote_id, last in due:
            figures = found.get(remote_id)
            if figures is None or not PublishAttempt.select().where(PublishAttempt.id == attempt_id).exists():
                continue  # the network no longer shows it (deleted): what was counted before stays
            Row.insert(
                attempt=attempt_id,
                likes=figures.likes,
                shares=figures.shares,
                replies=figures.replies,
                impressions=figures.impressions,
                fetched_at=now,
                final=last,
            ).on_conflict_replace().execute()


def _states() -> list[SyncState]:
    return [
        SyncState(s.account_id, s.synced_at, s.error, ErrorKind(s.error_kind), s.retry_at) for s in InboxSync.select()
    ]


class InboxSyncService:
    def __init__(self, store: Store, connections: "ConnectionService", clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.connections = connections
        self.clock = clock
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
        await self._count_followers(account_id, client)
        await self._count_post_figures(account_id, client)
        return AccountSync(account_id, name, network, new_ids=tuple(ids))

    async def _count_post_figures(self, account_id: int, client: "NetworkClient") -> None:
        """Likes, shares and replies of the account's recent posts (in the network's batches)."""
        now = self.clock()
        due = await self.store.run(_figures_due, account_id, now)
        if not due:
            return
        try:
            found = await client.figures([remote_id for _, remote_id, _ in due])
        except Exception as error:  # noqa: BLE001 - the comments arrived; the figures wait for the next sync
            log.info("no post figures for account %s: %s", account_id, failure_of(error, changes=False).message)
            return
        if found:
            await self.store.run(_keep_figures, due, found, now)

    async def _count_followers(self, account_id: int, client: "NetworkClient") -> None:
        """Once a day per account (one request), the followers as the network counts them. A day
        without it stays without: a failure here is logged and changes nothing else."""
        now = self.clock()
        day = await self.store.run(_follower_day, account_id, now)
        if day is None:
            return
        try:
            followers = await client.followers()
        except Exception as error:  # noqa: BLE001 - the comments arrived; the count waits for tomorrow
            log.info("no follower count for account %s: %s", account_id, failure_of(error, changes=False).message)
            return
        if followers is not None:
            await self.store.run(_keep_followers, account_id, day, followers, now)

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
