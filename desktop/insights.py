"""What the organisation's audience and work add up to, read from the local database only (so it opens
and changes period offline): so far the followers per account and day, as the inbox sync counts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from desktop.networks import network_name
from desktop.store.db import Store
from desktop.store.models import (
    Account,
    FollowerCount,
    Organisation,
    Post,
    PostFigures,
    PublishAttempt,
    as_tuples,
)


@dataclass(frozen=True)
class FollowerSeries:
    """One account's followers on the days a figure was taken (missing days are missing, never guessed)."""

    account_id: int
    account_name: str
    network: str
    organisation: str
    days: tuple[tuple[date, int], ...]

    @property
    def network_name(self) -> str:
        return network_name(self.network)

    @property
    def latest(self) -> int | None:
        return self.days[-1][1] if self.days else None

    @property
    def change(self) -> int | None:
        """From the first to the last figure of the period (None with fewer than two)."""
        return self.days[-1][1] - self.days[0][1] if len(self.days) > 1 else None

    def to_json(self) -> dict[str, object]:
        return {
            "account": self.account_name,
            "network": self.network,
            "organisation": self.organisation,
            "followers": self.latest,
            "change": self.change,
            "days": [{"day": day.isoformat(), "followers": count} for day, count in self.days],
        }


def _followers(start: date, end: date) -> list[FollowerSeries]:
    accounts = {
        a.id: a
        for a in Account.select(Account, Organisation).join(Organisation).order_by(Organisation.name, Account.id)
    }
    figures: dict[int, list[tuple[date, int]]] = {account_id: [] for account_id in accounts}
    query = (
        FollowerCount.select(FollowerCount.account, FollowerCount.day, FollowerCount.followers)
        .where((FollowerCount.day >= start.isoformat()) & (FollowerCount.day <= end.isoformat()))
        .order_by(FollowerCount.account, FollowerCount.day)
    )
    for account_id, day, followers in as_tuples(query):
        if account_id in figures:
            figures[account_id].append((date.fromisoformat(day), followers))
    return [
        FollowerSeries(a.id, a.display_name, a.network, a.organisation.name, tuple(figures[a.id]))
        for a in accounts.values()
        if figures[a.id]
    ]


@dataclass(frozen=True)
class PostResult:
    """What one published post did on one account (None where the network does not say)."""

    post_id: int
    account_name: str
    network: str
    text: str
    published_at: datetime
    likes: int | None
    shares: int | None
    replies: int | None
    impressions: int | None

    def to_json(self) -> dict[str, object]:
        return {
            "post": self.post_id,
            "account": self.account_name,
            "network": self.network,
            "text": self.text,
            "published_at": self.published_at.isoformat(),
            "likes": self.likes,
            "shares": self.shares,
            "replies": self.replies,
            "impressions": self.impressions,
        }


def _posts(start: datetime, end: datetime) -> list[PostResult]:
    query = (
        PublishAttempt.select(
            PublishAttempt.post,
            Account.display_name,
            Account.network,
            Post.text,
            PublishAttempt.finished_at,
            PostFigures.likes,
            PostFigures.shares,
            PostFigures.replies,
            PostFigures.impressions,
        )
        .join(Account)
        .switch(PublishAttempt)
        .join(Post)
        .switch(PublishAttempt)
        .join(PostFigures)
        .where((PublishAttempt.finished_at >= start) & (PublishAttempt.finished_at < end))
    )
    found = [PostResult(*row) for row in as_tuples(query)]
    # Best first: the posts shared most (how far they travelled), then liked most.
    return sorted(found, key=lambda p: (-(p.shares or 0), -(p.likes or 0), -p.published_at.timestamp()))


class InsightsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def followers(self, start: date, end: date) -> list[FollowerSeries]:
        """Each account's followers from `start` to `end` (days in the organisation's time zone)."""
        return await self.store.run(_followers, start, end)

    async def posts(self, start: date, end: date) -> list[PostResult]:
        """The posts published from `start` to `end` (whole days, UTC) with their figures, best first."""
        since = datetime.combine(start, time.min, timezone.utc)
        until = datetime.combine(end + timedelta(days=1), time.min, timezone.utc)
        return await self.store.run(_posts, since, until)
