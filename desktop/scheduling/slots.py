"""Posting slots: the regular times an organisation posts at (e.g. Monday, Wednesday and Friday 09:30,
in its own time zone). "Add to queue" gives a post the next slot no other post of the organisation
has taken."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.scheduling.scheduler import ScheduleService, to_utc
from desktop.states import POST_PLANNED, PostState
from desktop.store.db import Store
from desktop.store.models import Organisation, Post, PostingSlot, Schedule, database, utcnow

WEEKS_AHEAD = 12  # how far "next free slot" looks


@dataclass(frozen=True, order=True)
class Slot:
    weekday: int  # 0 = Monday
    minute: int  # minute of the day

    @property
    def time(self) -> time:
        return time(self.minute // 60, self.minute % 60)


def _slots(organisation_id: int) -> list[Slot]:
    return sorted(
        Slot(s.weekday, s.minute) for s in PostingSlot.select().where(PostingSlot.organisation == organisation_id)
    )


def _replace(organisation_id: int, slots: list[Slot]) -> None:
    for slot in slots:
        if not (0 <= slot.weekday <= 6 and 0 <= slot.minute < 24 * 60):
            raise KurzdrahtError(translate("Scheduling", "A posting slot needs a weekday and a time of day."))
    with database.atomic():
        PostingSlot.delete().where(PostingSlot.organisation == organisation_id).execute()
        if slots:
            PostingSlot.insert_many(
                [
                    {"organisation": organisation_id, "weekday": s.weekday, "minute": s.minute}
                    for s in sorted(set(slots))
                ]
            ).execute()


def next_free_slot(organisation_id: int, now: datetime) -> tuple[datetime, str] | None:
    """The first slot after `now` that no scheduled post of the organisation has taken (UTC), with the
    organisation's time zone; None without slots (runs on the database thread)."""
    organisation = Organisation.get_by_id(organisation_id)
    slots = _slots(organisation_id)
    if not slots:
        return None
    zone = organisation.timezone
    taken = {
        row.publish_at
        for row in Schedule.select(Schedule.publish_at)
        .join(Post)
        .where(
            (Post.organisation == organisation_id)
            & Post.state.in_(POST_PLANNED + (PostState.PUBLISHING,))
            & (Schedule.publish_at > now)
        )
    }
    today = now.astimezone(ZoneInfo(zone)).date()
    for offset in range(WEEKS_AHEAD * 7 + 1):
        day = today + timedelta(days=offset)
        for slot in slots:
            if slot.weekday != day.weekday():
                continue
            moment = to_utc(datetime.combine(day, slot.time), zone)
            if moment > now and moment not in taken:
                return moment, zone
    return None


class SlotService:
    def __init__(self, store: Store, schedules: ScheduleService) -> None:
        self.store = store
        self.schedules = schedules

    # Below this method, `list` in an annotation names it, not the built-in: hence `builtins.list`.
    async def list(self, organisation_id: int) -> list[Slot]:
        return await self.store.run(_slots, organisation_id)

    async def replace(self, organisation_id: int, slots: builtins.list[Slot]) -> None:
        await self.store.run(_replace, organisation_id, list(slots))

    async def next_free(self, organisation_id: int) -> tuple[datetime, str] | None:
        return await self.store.run(next_free_slot, organisation_id, utcnow())

    async def add_to_queue(self, post_id: int, organisation_id: int) -> datetime:
        """Schedule the post for the organisation's next free slot; says so when there is none."""
        found = await self.next_free(organisation_id)
        if found is None:
            raise KurzdrahtError(
                translate(
                    "Scheduling",
                    "This organisation has no free posting slot in the next weeks. Set its slots in "
                    "Calendar → More → Posting slots…",
                )
            )
        moment, zone = found
        await self.schedules.schedule(post_id, moment, zone)
        return moment
