"""What the organisation's audience and work add up to, read from the local database only (so it opens
and changes period offline): followers per account and day, what each post did, and how quickly the
organisation answers. The figures are taken by the inbox sync (`collect.py`)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from desktop.insights.followers import FollowerSeries, follower_series
from desktop.insights.posts import PostResult, post_results
from desktop.store.db import Store

__all__ = ["FollowerSeries", "InsightsService", "PostResult"]


class InsightsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def followers(self, start: date, end: date) -> list[FollowerSeries]:
        """Each account's followers from `start` to `end` (days in the organisation's time zone)."""
        return await self.store.run(follower_series, start, end)

    async def posts(self, start: date, end: date) -> list[PostResult]:
        """The posts published from `start` to `end` (whole days, UTC) with their figures, best first."""
        since = datetime.combine(start, time.min, timezone.utc)
        until = datetime.combine(end + timedelta(days=1), time.min, timezone.utc)
        return await self.store.run(post_results, since, until)
