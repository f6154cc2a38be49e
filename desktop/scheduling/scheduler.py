"""Scheduling a post for later, and handing it to the outbox when its time has come.

The time is chosen in the organisation's time zone and stored in UTC. A due post moves from
"scheduled" to "publishing" in one compare-and-set, so that two processes looking at the same moment
(the app and a scheduled task) never put it in the outbox twice.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.states import POST_EDITABLE, POST_PLANNED, PostState
from desktop.store.db import Store
from desktop.store.models import Post, Schedule, database, utcnow

SCHEDULABLE_STATES = POST_EDITABLE + POST_PLANNED


def to_utc(local: datetime, timezone: str) -> datetime:
    """A wall-clock time in `timezone` (naive) as an aware UTC time. Across daylight saving: in the hour
    October repeats (02:00–03:00 in Europe/Berlin) the first one counts, still in summer time; a time
    March skips (02:30) is read with the offset before the change, i.e. as 03:30 summer time, which is
    what the clock shows an hour after 01:30."""
    return local.replace(tzinfo=ZoneInfo(timezone), fold=0).astimezone(ZoneInfo("UTC"))


def to_local(moment: datetime, timezone: str) -> datetime:
    """An aware time as the wall clock in `timezone` shows it (naive)."""
    return moment.astimezone(ZoneInfo(timezone)).replace(tzinfo=None)


def parse_local(text: str) -> datetime:
    """ "YYYY-MM-DD HH:MM" (as the CLI and CSV files give it) as a naive wall-clock time."""
    try:
        return datetime.strptime(" ".join(text.split()), "%Y-%m-%d %H:%M")
    except ValueError:
        raise KurzdrahtError(
            translate("Scheduling", "“%1” is not a date and time like 2026-12-24 09:30.").replace("%1", text)
        ) from None


class ScheduleService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _schedule(self, post_id: int, publish_at: datetime, timezone: str) -> None:
        with database.atomic():
            changed = (
                Post.update(state=PostState.SCHEDULED, updated_at=utcnow())
                .where((Post.id == post_id) & Post.state.in_(SCHEDULABLE_STATES))
                .execute()
            )
            if not changed:
                raise KurzdrahtError(
                    translate("Scheduling", "This post is being published or already out; it cannot be scheduled.")
                )
            (
                Schedule.insert(post=post_id, publish_at=publish_at, timezone=timezone)
                .on_conflict(
                    conflict_target=[Schedule.post],
                    update={Schedule.publish_at: publish_at, Schedule.timezone: timezone},
                )
                .execute()
            )

    async def schedule(self, post_id: int, publish_at: datetime, timezone: str) -> None:
        """Plan the post for `publish_at` (aware); the outbox sends it then."""
        if publish_at.tzinfo is None:
            raise ValueError("publish_at must be timezone-aware")
        if publish_at <= utcnow():
            raise KurzdrahtError(translate("Scheduling", "This time has already passed. Please choose a later one."))
        await self.store.run(self._schedule, post_id, publish_at, timezone)

    def _unschedule(self, post_id: int) -> None:
        with database.atomic():
            changed = (
                Post.update(state=PostState.DRAFT, updated_at=utcnow())
                .where((Post.id == post_id) & Post.state.in_(POST_PLANNED))
                .execute()
            )
            if not changed:
                raise KurzdrahtError(translate("Scheduling", "This post is no longer scheduled."))
            Schedule.delete().where(Schedule.post == post_id).execute()

    async def unschedule(self, post_id: int) -> None:
        """Back to the drafts."""
        await self.store.run(self._unschedule, post_id)

    def _when(self, post_id: int) -> tuple[datetime, str] | None:
        row = Schedule.get_or_none(Schedule.post == post_id)
        return (row.publish_at, row.timezone) if row else None

    async def when(self, post_id: int) -> tuple[datetime, str] | None:
        return await self.store.run(self._when, post_id)

    def _missed(self) -> list[int]:
        return [p.id for p in Post.select(Post.id).where(Post.state == PostState.MISSED).order_by(Post.id)]

    async def missed(self) -> list[int]:
        """Posts whose time passed while Kurzdraht was not running, waiting for the user's decision."""
        return await self.store.run(self._missed)


def due_posts(now: datetime) -> list[tuple[int, datetime]]:
    """Scheduled posts whose time has come, with that time (runs on the database thread)."""
    return [
        (row.post_id, row.publish_at)
        for row in Schedule.select(Schedule.post, Schedule.publish_at)
        .join(Post)
        .where((Schedule.publish_at <= now) & (Post.state == PostState.SCHEDULED))
    ]


def mark_missed(post_id: int, now: datetime) -> bool:
    """Its time passed while Kurzdraht was not running: wait for the user (publish now or reschedule)."""
    return bool(
        Post.update(state=PostState.MISSED, updated_at=now)
        .where((Post.id == post_id) & (Post.state == PostState.SCHEDULED))
        .execute()
    )


def take(post_id: int, now: datetime) -> bool:
    """Claim a due post for sending; only one caller, in whichever process, gets True."""
    return bool(
        Post.update(state=PostState.PUBLISHING, updated_at=now)
        .where((Post.id == post_id) & (Post.state == PostState.SCHEDULED))
        .execute()
    )


def next_scheduled() -> datetime | None:
    row = (
        Schedule.select(Schedule.publish_at)
        .join(Post)
        .where(Post.state == PostState.SCHEDULED)
        .order_by(Schedule.publish_at)
        .first()
    )
    return row.publish_at if row else None
