"""Taking the figures Insights shows, during the inbox sync: an account's followers once a day, the
likes, shares and replies of its recent posts, and who shared them with how many followers. A failure
here is logged and changes nothing else: the comments have arrived, and a missing figure stays missing
(never guessed)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import peewee as pw

from desktop.networks.base import PostFigures as Figures
from desktop.networks.base import Sharers, failure_of
from desktop.states import AttemptState, ErrorKind, PostKind
from desktop.store.db import Store
from desktop.store.models import (
    Account,
    FollowerCount,
    Organisation,
    Post,
    PostFigures,
    PublishAttempt,
    as_tuples,
    database,
)

if TYPE_CHECKING:
    from desktop.networks.base import NetworkClient

log = logging.getLogger(__name__)


def _follower_day(account_id: int, now: datetime) -> str | None:
    """Today in the account's organisation, when it has no follower figure for today yet (else None)."""
    zone = Organisation.select(Organisation.timezone).join(Account).where(Account.id == account_id).scalar()
    if zone is None:
        return None
    day = now.astimezone(ZoneInfo(zone)).date().isoformat()
    known = FollowerCount.select().where((FollowerCount.account == account_id) & (FollowerCount.day == day))
    return None if known.exists() else day


def _keep_followers(account_id: int, day: str, followers: int, now: datetime) -> None:
    if Account.select().where(Account.id == account_id).exists():
        FollowerCount.insert(
            account=account_id, day=day, followers=followers, taken_at=now
        ).on_conflict_ignore().execute()


# Figures of published posts: on each sync for the last 30 days, then once more at 90 days.
RECENT_FIGURES = timedelta(days=30)
LAST_FIGURES = timedelta(days=90)
MOST_FIGURES = 200  # posts per account and sync (the newest)


def _figures_due(account_id: int, now: datetime, every: timedelta) -> list[tuple[int, str, bool]]:
    """(attempt, remote id, whether this is the last fetch) of the account's posts whose figures are due."""
    published = (
        (PublishAttempt.account == account_id)
        & (PublishAttempt.state == AttemptState.PUBLISHED)
        & (PublishAttempt.remote_id != "")
        & (Post.kind == PostKind.POST)
    )
    recent = (PublishAttempt.finished_at >= now - RECENT_FIGURES) & (
        PostFigures.fetched_at.is_null() | (PostFigures.fetched_at <= now - every)
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


# Sharers (who shared a post, and their followers) are counted after the figures, for shared posts whose
# share count changed since they were last counted (`sharers_at_shares`), at most this many per account
# and sync (newest first; a few at a time). Each costs a few requests (Mastodon at most 5, Bluesky at most
# 10); a post without shares, or with the same shares as when counted, none.
MOST_SHARER_POSTS = 10
SHARERS_AT_ONCE = 3


def _keep_figures(
    due: list[tuple[int, str, bool]], found: dict[str, Figures], now: datetime
) -> list[tuple[int, str, int]]:
    """Store the figures found (keeping the sharers counted before); the (attempt, remote id, shares) of
    the posts whose sharers are to be counted now: shared, and never counted or shared more or less
    often since they were counted."""
    shared: list[tuple[int, str, int]] = []
    with database.atomic():
        for attempt_id, remote_id, last in due:
            figures = found.get(remote_id)
            if figures is None or not PublishAttempt.select().where(PublishAttempt.id == attempt_id).exists():
                continue  # the network no longer shows it (deleted): what was counted before stays
            before = PostFigures.get_or_none(PostFigures.attempt == attempt_id)
            PostFigures.insert(
                attempt=attempt_id,
                likes=figures.likes,
                shares=figures.shares,
                replies=figures.replies,
                impressions=figures.impressions,
                fetched_at=now,
                final=last,
            ).on_conflict(
                conflict_target=[PostFigures.attempt],
                preserve=[
                    PostFigures.likes,
                    PostFigures.shares,
                    PostFigures.replies,
                    PostFigures.impressions,
                    PostFigures.fetched_at,
                    PostFigures.final,
                ],
            ).execute()
            counted_at = None if before is None else before.sharers_at_shares
            if not figures.shares:
                if figures.shares == 0 and before is not None and before.sharers:  # no longer shared
                    _keep_sharers([(attempt_id, Sharers(0, 0), 0)])
            elif counted_at != figures.shares:
                shared.append((attempt_id, remote_id, figures.shares))
    return shared[:MOST_SHARER_POSTS]


def _keep_sharers(counted: list[tuple[int, Sharers, int]]) -> None:
    with database.atomic():
        for attempt_id, sharers, shares in counted:
            PostFigures.update(
                sharers=sharers.people, sharer_followers=sharers.followers, sharers_at_shares=shares
            ).where(PostFigures.attempt == attempt_id).execute()


class FigureCollector:
    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.clock = clock

    async def collect(self, account_id: int, client: "NetworkClient") -> None:
        """What is due for this account after its comments were fetched (usually nothing, or one request;
        a few more for posts shared since)."""
        await self._followers(account_id, client)
        await self._post_figures(account_id, client)

    async def _post_figures(self, account_id: int, client: "NetworkClient") -> None:
        """Likes, shares and replies of the account's recent posts (in the network's batches)."""
        now = self.clock()
        due = await self.store.run(_figures_due, account_id, now, client.figures_every)
        if not due:
            return
        try:
            found = await client.figures([remote_id for _, remote_id, _ in due])
        except Exception as error:  # noqa: BLE001 - the comments arrived; the figures wait for the next sync
            log.info("no post figures for account %s: %s", account_id, failure_of(error, changes=False).message)
            return
        if not found:
            return
        shared = await self.store.run(_keep_figures, due, found, now)
        if shared:
            await self._sharers(account_id, client, shared)

    async def _sharers(self, account_id: int, client: "NetworkClient", shared: list[tuple[int, str, int]]) -> None:
        """Who shared these posts and how many follow them (a few requests per post, a few posts at once);
        a post the network does not answer for keeps what was counted before."""
        slots = asyncio.Semaphore(SHARERS_AT_ONCE)

        async def count(attempt_id: int, remote_id: str, shares: int) -> tuple[int, Sharers, int] | None:
            async with slots:
                try:
                    sharers = await client.sharers(remote_id)
                except Exception as error:  # noqa: BLE001 - asked again when the figures are next due
                    failure = failure_of(error, changes=False)
                    if failure.kind == ErrorKind.INTERNAL:
                        log.exception("no sharers for post %s of account %s", remote_id, account_id)
                    else:
                        log.info("no sharers for post %s of account %s: %s", remote_id, account_id, failure.message)
                    return None
            return None if sharers is None else (attempt_id, sharers, shares)

        counted = [found for found in await asyncio.gather(*(count(*post) for post in shared)) if found is not None]
        if counted:
            await self.store.run(_keep_sharers, counted)

    async def _followers(self, account_id: int, client: "NetworkClient") -> None:
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
