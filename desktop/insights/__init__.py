"""What the organisation's audience and work add up to, read from the local database only (so it opens
and changes period offline): followers per account and day, what each post did, and how quickly the
organisation answers. The figures are taken by the inbox sync (`collect.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from desktop.insights.answering import AnsweringReport, answering_report
from desktop.insights.followers import FollowerLine, FollowerSeries, Grouping, follower_lines, follower_series
from desktop.insights.posts import PostResult, post_results
from desktop.store.db import Store
from desktop.store.models import database, utcnow

__all__ = [
    "AnsweringReport",
    "FollowerLine",
    "FollowerSeries",
    "Grouping",
    "InsightsService",
    "Overview",
    "PostResult",
    "day_bounds",
    "follower_lines",
]


@dataclass(frozen=True)
class Overview:
    """Everything the Insights section shows for one period, read at once."""

    start: date
    end: date
    followers: list[FollowerSeries]
    posts: list[PostResult]
    answering: AnsweringReport

    @property
    def empty(self) -> bool:
        """Nothing counted at all yet (not even an open comment)."""
        return (
            not self.followers
            and not self.posts
            and not self.answering.total.received
            and not any(count for _, count in self.answering.open_by_age)
        )


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """From the start of `start` to the end of `end`, in this computer's time zone (the user's days)."""
    local = datetime.now(timezone.utc).astimezone().tzinfo
    return (
        datetime.combine(start, time.min, local).astimezone(timezone.utc),
        datetime.combine(end + timedelta(days=1), time.min, local).astimezone(timezone.utc),
    )


class InsightsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def followers(self, start: date, end: date) -> list[FollowerSeries]:
        """Each account's followers from `start` to `end` (days in the organisation's time zone)."""
        return await self.store.run(follower_series, start, end)

    async def posts(self, start: date, end: date) -> list[PostResult]:
        """The posts published from `start` to `end` (whole days) with their figures, best first."""
        return await self.store.run(post_results, *day_bounds(start, end))

    async def answering(self, start: date, end: date) -> AnsweringReport:
        """The comments received from `start` to `end` (whole days) and how quickly they were answered;
        the open comments by their age now."""
        return await self.store.run(answering_report, *day_bounds(start, end), utcnow())

    async def overview(self, start: date, end: date) -> Overview:
        """Followers, posts and answering for the period in one read of the database."""
        return await self.store.run(self._overview, start, end, utcnow())

    @staticmethod
    def _overview(start: date, end: date, now: datetime) -> Overview:
        since, until = day_bounds(start, end)
        with database.atomic():  # one snapshot: a sync writing meanwhile shows next time, not half of it
            return Overview(
                start, end, follower_series(start, end), post_results(since, until), answering_report(since, until, now)
            )
