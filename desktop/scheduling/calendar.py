"""Reading the calendar: every scheduled, missed, published and failed post in a time range, with its
accounts' states and links. Both sources are read by index: `schedule.publish_at` for planned posts,
`post.published_at` for posts sent at once (no schedule)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from desktop.networks import network_name
from desktop.states import POST_EDITABLE, POST_PLANNED, AttemptState, PostKind, PostState
from desktop.store.db import Store
from desktop.store.models import Account, Organisation, Post, PostVariant, PublishAttempt, Schedule, as_tuples


@dataclass(frozen=True)
class AccountState:
    """One account of a post in the calendar: where it goes, and how it went."""

    account: str
    network: str
    state: AttemptState | None  # None before it was sent
    url: str = ""

    def to_json(self) -> dict[str, object]:
        return {"account": self.account, "network": self.network, "state": self.state or "", "url": self.url}


@dataclass(frozen=True)
class ScheduledPost:
    post_id: int
    organisation: str
    colour: str
    text: str
    publish_at: datetime  # UTC: the planned time, or when it went out (posts sent at once)
    timezone: str
    state: PostState
    networks: tuple[str, ...]
    organisation_id: int = 0
    title: str = ""
    accounts: tuple[AccountState, ...] = ()
    scheduled: bool = True  # False: sent with "Publish now", shown at the time it went out

    @property
    def movable(self) -> bool:
        """Whether dragging it to another time reschedules it (what went out stays where it was)."""
        return self.state in POST_PLANNED + POST_EDITABLE

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.post_id,
            "organisation": self.organisation,
            "text": self.text,
            "title": self.title,
            "publish_at": self.publish_at.isoformat(),
            "timezone": self.timezone,
            "state": self.state,
            "networks": list(self.networks),
            "scheduled": self.scheduled,
            "accounts": [a.to_json() for a in self.accounts],
        }


def _accounts(post_ids: list[int]) -> dict[int, tuple[AccountState, ...]]:
    """Each post's accounts with their attempt's state and link, in two queries (plain tuples: building
    model objects for a busy month cost half the time)."""
    found: dict[int, list[AccountState]] = {p: [] for p in post_ids}
    if not post_ids:
        return {}
    attempts = {
        (post, account): (state, url)
        for post, account, state, url in as_tuples(
            PublishAttempt.select(
                PublishAttempt.post, PublishAttempt.account, PublishAttempt.state, PublishAttempt.remote_url
            ).where(PublishAttempt.post.in_(post_ids))
        )
    }
    variants = as_tuples(
        PostVariant.select(PostVariant.post, Account.id, Account.display_name, Account.network)
        .join(Account)
        .where(PostVariant.post.in_(post_ids))
        .order_by(Account.network, Account.display_name)
    )
    for post_id, account_id, name, network in variants:
        state, url = attempts.get((post_id, account_id), (None, ""))
        found[post_id].append(AccountState(name, network, None if state is None else AttemptState(state), url))
    return {p: tuple(a) for p, a in found.items()}


FIELDS = (Post.id, Post.title, Post.text, Post.state, Organisation.id, Organisation.name, Organisation.colour)


def _entries(planned: pw.ModelSelect[Schedule], sent: pw.ModelSelect[Post] | None, limit: int) -> list[ScheduledPost]:
    """Calendar entries from planned posts (a Schedule query: time, zone, FIELDS) and posts sent at once
    (a Post query: time, the organisation's zone, FIELDS)."""
    rows = [(row, True) for row in as_tuples(planned)]
    rows += [(row, False) for row in (as_tuples(sent) if sent is not None else ())]
    rows.sort(key=lambda r: (r[0][0], r[0][2]))
    rows = rows[:limit]
    accounts = _accounts([row[2] for row, _ in rows])
    result = []
    for (moment, zone, post_id, title, text, state, organisation_id, organisation, colour), scheduled in rows:
        states = accounts.get(post_id, ())
        networks = tuple(sorted({a.network for a in states}, key=network_name))
        result.append(
            ScheduledPost(
                post_id,
                organisation,
                colour,
                text,
                moment,
                zone,
                PostState(state),
                networks,
                organisation_id=organisation_id,
                title=title,
                accounts=states,
                scheduled=scheduled,
            )
        )
    return result


def _planned() -> pw.ModelSelect[Schedule]:
    return (
        Schedule.select(Schedule.publish_at, Schedule.timezone, *FIELDS)
        .join(Post)
        .join(Organisation)
        .where(Post.kind == PostKind.POST)
        .order_by(Schedule.publish_at)
    )


def between(start: datetime | None, end: datetime | None, limit: int = 5000) -> list[ScheduledPost]:
    """Posts planned or sent in [start, end), in time order (runs on the database thread)."""
    planned = _planned().limit(limit)
    sent = (
        Post.select(Post.published_at, Organisation.timezone, *FIELDS)
        .join(Organisation)
        .switch(Post)
        .join(Schedule, pw.JOIN.LEFT_OUTER, on=(Schedule.post == Post.id))
        .where((Post.kind == PostKind.POST) & Post.published_at.is_null(False) & Schedule.id.is_null())
        .order_by(Post.published_at)
        .limit(limit)
    )
    if start is not None:
        planned = planned.where(Schedule.publish_at >= start)
        sent = sent.where(Post.published_at >= start)
    if end is not None:
        planned = planned.where(Schedule.publish_at < end)
        sent = sent.where(Post.published_at < end)
    return _entries(planned, sent, limit)


def missed() -> list[ScheduledPost]:
    """Posts whose time passed while Kurzdraht was not running, waiting for the user's decision (by the
    state's index, however many other posts lie between them)."""
    return _entries(_planned().where(Post.state == PostState.MISSED), None, 10_000)


class CalendarService:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def missed(self) -> list[ScheduledPost]:
        return await self.store.run(missed)

    async def between(
        self, start: datetime | None = None, end: datetime | None = None, limit: int = 5000
    ) -> list[ScheduledPost]:
        return await self.store.run(between, start, end, limit)
