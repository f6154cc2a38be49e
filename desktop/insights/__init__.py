"""What the organisation's audience and work add up to, read from the local database only (so it opens
and changes period offline): followers per account and day, what each post did, and how quickly the
organisation answers. The figures are taken by the inbox sync (`collect.py`)."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop.i18n import current_language
from desktop.insights.answering import AnsweringReport, answering_report
from desktop.insights.followers import FollowerLine, FollowerSeries, Grouping, follower_lines, follower_series
from desktop.insights.posts import PostOrder, PostResult, post_count, post_results
from desktop.store.db import Store
from desktop.store.models import database, utcnow

if TYPE_CHECKING:
    from desktop.insights.report import MonthlyReport

__all__ = [
    "AnsweringReport",
    "FollowerLine",
    "FollowerSeries",
    "Grouping",
    "InsightsService",
    "POST_PAGE",
    "Overview",
    "PostOrder",
    "PostResult",
    "day_bounds",
    "follower_lines",
]


@dataclass(frozen=True)
class Overview:
    """The followers and the first posts of a period, read at once (the answering figures, which take
    longer, are read apart: `InsightsService.answering`)."""

    start: date
    end: date
    followers: list[FollowerSeries]
    posts: list[PostResult]  # the first page, shared most first
    posts_total: int  # all the period's posts (per account); the section fetches more pages as needed

    @property
    def empty(self) -> bool:
        """No follower counted and no post with figures in the period."""
        return not self.followers and not self.posts_total


POST_PAGE = 200  # posts read at once for the section (more as the user scrolls)


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """From the start of `start` to the end of `end`, in this computer's time zone (the user's days)."""
    local = datetime.now(timezone.utc).astimezone().tzinfo
    return (
        datetime.combine(start, time.min, local).astimezone(timezone.utc),
        datetime.combine(end + timedelta(days=1), time.min, local).astimezone(timezone.utc),
    )


# A period read again while nothing in the database changed (switching back and forth between periods)
# is answered from memory: SQLite's data_version says whether another process wrote, this connection's
# total_changes whether Kurzdraht itself did; the open comments' ages are kept for a minute at most.
KEPT_READS = 8  # overviews and answering reports: the last four periods of each
KEPT_FOR = timedelta(minutes=1)


def _database_stamp() -> tuple[int, int]:
    return int(database.execute_sql("PRAGMA data_version").fetchone()[0]), database.connection().total_changes


class InsightsService:
    def __init__(self, store: Store) -> None:
        self.store = store
        # (what, start, end, posts) → (database stamp, read at, what was read); only used on the database thread
        self._kept: OrderedDict[tuple[str, date, date, int], tuple[tuple[int, int], datetime, object]] = OrderedDict()

    async def followers(self, start: date, end: date) -> list[FollowerSeries]:
        """Each account's followers from `start` to `end` (days in the organisation's time zone)."""
        return await self.store.run(follower_series, start, end)

    async def posts(
        self,
        start: date,
        end: date,
        order: PostOrder = PostOrder.SHARES,
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[PostResult]:
        """The posts published from `start` to `end` (whole days) with their figures, sorted by `order`
        (by default the ones shared most first); `limit` of them from `offset` (None: all)."""
        return await self.store.run(post_results, *day_bounds(start, end), order, descending, offset, limit)

    async def post_count(self, start: date, end: date) -> int:
        """How many posts (one per account) were published from `start` to `end` with figures."""
        return await self.store.run(post_count, *day_bounds(start, end))

    async def answering(self, start: date, end: date) -> AnsweringReport:
        """The comments received from `start` to `end` (whole days) and how quickly they were answered;
        the open comments by their age now."""
        now = utcnow()
        since, until = day_bounds(start, end)
        found = await self.store.run(
            self._remembered, ("answering", start, end, 0), now, lambda: answering_report(since, until, now)
        )
        return cast(AnsweringReport, found)

    async def overview(self, start: date, end: date, posts: int = POST_PAGE) -> Overview:
        """The followers and the first `posts` posts (shared most first) of the period, in one read."""
        since, until = day_bounds(start, end)

        def read() -> Overview:
            found = post_results(since, until, limit=posts)
            return Overview(start, end, follower_series(start, end), found, post_count(since, until))

        return cast(Overview, await self.store.run(self._remembered, ("overview", start, end, posts), utcnow(), read))

    def _remembered(self, key: tuple[str, date, date, int], now: datetime, read: Callable[[], object]) -> object:
        stamp = _database_stamp()
        kept = self._kept.get(key)
        if kept is not None and kept[0] == stamp and timedelta(0) <= now - kept[1] < KEPT_FOR:
            return kept[2]
        with database.atomic():  # one snapshot: a sync writing meanwhile shows next time, not half of it
            found = read()
        self._kept[key] = (stamp, now, found)
        self._kept.move_to_end(key)
        while len(self._kept) > KEPT_READS:
            self._kept.popitem(last=False)
        return found

    async def monthly_report(self, month: date, out: Path) -> "MonthlyReport":
        """Write the report of `month` (any day of it) to `out` as a PDF of one or two pages in the app's
        language. Refused before any work when the month has not begun or `out` cannot be written; the
        rendering runs on a worker thread and the file appears whole or not at all."""
        from desktop.insights.report import (  # only when a report is written: Qt's PDF writer and its texts
            TOP_POSTS,
            MonthlyFigures,
            MonthlyReport,
            check_month,
            check_target,
            ensure_gui_application,
            month_bounds,
            month_followers,
            organisation_names,
            write_report,
        )

        today = date.today()
        first, last = month_bounds(check_month(month, today))
        target = check_target(out)
        ensure_gui_application()
        # From a month back: the count before the month is what its change is measured against.
        series = await self.followers(first - timedelta(days=31), last)
        answering = await self.answering(first, last)
        figures = MonthlyFigures(
            month=first,
            today=today,
            organisations=await self.store.run(organisation_names),
            followers=month_followers(series, first, last),
            posts=tuple(await self.posts(first, last, limit=TOP_POSTS)),
            answering=answering,
        )
        pages = await asyncio.to_thread(write_report, figures, target, current_language())
        return MonthlyReport(target, pages, first, figures.empty)
