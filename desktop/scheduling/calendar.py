"""Reading scheduled and published posts for the calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.store.db import Store
from desktop.store.models import Organisation, Post, Schedule
from desktop.store.queries import networks_by_post


@dataclass(frozen=True)
class ScheduledPost:
    post_id: int
    organisation: str
    colour: str
    text: str
    publish_at: datetime  # UTC
    timezone: str
    state: str
    networks: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"id": self.post_id, "organisation": self.organisation, "text": self.text,
                "publish_at": self.publish_at.isoformat(), "timezone": self.timezone,
                "state": self.state, "networks": list(self.networks)}


class CalendarService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _between(self, start: datetime | None, end: datetime | None, limit: int) -> list[ScheduledPost]:
        query = (Schedule.select(Schedule, Post, Organisation).join(Post).join(Organisation)
                 .order_by(Schedule.publish_at).limit(limit))
        if start is not None:
            query = query.where(Schedule.publish_at >= start)
        if end is not None:
            query = query.where(Schedule.publish_at < end)
        schedules = list(query)
        networks = networks_by_post(s.post_id for s in schedules)
        return [ScheduledPost(s.post_id, s.post.organisation.name, s.post.organisation.colour, s.post.text,
                              s.publish_at, s.timezone, s.post.state, networks[s.post_id])
                for s in schedules]

    async def between(self, start: datetime | None = None, end: datetime | None = None,
                      limit: int = 1000) -> list[ScheduledPost]:
        return await self.store.run(self._between, start, end, limit)
