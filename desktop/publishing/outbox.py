"""The outbox: every post to every account goes out from here, concurrently and exactly once.

Each target account of a post gets one `PublishAttempt` with a key and a creation time that stay the
same for every try, so the network can tell a retry from a new post (Mastodon's Idempotency-Key,
Bluesky's record key). Where a network has no such key (WordPress), an attempt whose outcome is unknown
is looked up on the network before it is sent again. A process claims an attempt before sending it (a
lease in the database), so two senders (the app and the CLI) never send the same attempt at once, and an
attempt left "sending" by a crashed process is checked, not lost and not doubled.

What happens after a failure depends on its kind: refused input and a lost login wait for the user;
rate limits wait for the time the network names; a missing connection or a server error is retried
with growing pauses, and sooner when the connection comes back (`wake`).
"""

from __future__ import annotations

import asyncio
import builtins
import logging
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import peewee as pw

from desktop.errors import KurzdrahtError, NotFound
from desktop.i18n import translate
from desktop.networks import network_name
from desktop.networks.base import Image, NetworkClient, Outgoing, Published, failure_of
from desktop.publishing.claims import process_alive
from desktop.states import (
    ATTEMPT_CANCELLABLE,
    ATTEMPT_IN_FLIGHT,
    ATTEMPT_OPEN,
    ATTEMPT_RETRYABLE,
    ATTEMPT_WAITING,
    AccountStatus,
    AttemptState,
    ErrorKind,
    PostKind,
    PostState,
    post_state_of,
)
from desktop.store.db import Store
from desktop.store.models import (
    Account,
    Comment,
    Media,
    Organisation,
    Post,
    PostVariant,
    PublishAttempt,
    Schedule,
    as_tuples,
    database,
    utcnow,
)

if TYPE_CHECKING:
    from desktop.connections import ConnectionService
    from desktop.drafts import DraftService
    from desktop.networks.base import Failure
    from desktop.publishing.checks import Problem

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)  # far longer than any one request may take
# A scheduled post is due "within a minute": after a server's error (or no connection) the next try
# never waits longer than half of that, and a claim left by a sender that died (killed, a crash) is
# taken over at the next look, at most half a minute away. Rate limits keep the network's own time.
BACKOFF_CAP_SECONDS = 30.0
MAX_IDLE_SECONDS = 30.0
ON_TIME = timedelta(minutes=10)  # a scheduled post this late still goes out by itself, whatever the setting


@dataclass(frozen=True)
class AttemptInfo:
    """One post to one account as the outbox list and the composer show it."""

    id: int
    post_id: int
    account_id: int
    account_name: str
    network: str
    state: AttemptState
    text: str
    remote_url: str
    error: str
    error_kind: ErrorKind
    tries: int
    retry_at: datetime | None
    created_at: datetime
    finished_at: datetime | None
    reply: bool = False  # an answer to a comment, written in the inbox
    # The post's state as stored together with this attempt's: what the composer shows.
    post_state: PostState = PostState.DRAFT

    @property
    def final(self) -> bool:
        return self.state.final

    @property
    def network_name(self) -> str:
        return network_name(self.network)

    @property
    def state_label(self) -> str:
        return self.state.label

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "post": self.post_id,
            "account": self.account_name,
            "network": self.network,
            "state": self.state,
            "url": self.remote_url,
            "error": self.error,
            "error_kind": self.error_kind,
            "tries": self.tries,
            "retry_at": self.retry_at.isoformat() if self.retry_at else None,
            "created_at": self.created_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "text": self.text,
            "reply": self.reply,
        }


@dataclass(frozen=True)
class _Claimed:
    id: int
    account_id: int
    # The last try may have reached the network (no answer, or its sender died): check before sending.
    check_first: bool
    tries: int  # including this one


Listener = Callable[[AttemptInfo], None]


@dataclass(frozen=True)
class Handover:
    """A post for a channel without an API, as the person posting it by hand needs it."""

    attempt_id: int
    text: str
    title: str
    open_url: str  # where to post it ("" when the channel named none)
    images: tuple[Image, ...]


def _attempt_query() -> pw.ModelSelect[PublishAttempt]:
    return PublishAttempt.select(PublishAttempt, Account, Post).join(Account).switch(PublishAttempt).join(Post)


def _info(row: PublishAttempt) -> AttemptInfo:
    return AttemptInfo(
        id=row.id,
        post_id=row.post_id,
        account_id=row.account_id,
        account_name=row.account.display_name,
        network=row.account.network,
        state=AttemptState(row.state),
        text=row.post.text,
        remote_url=row.remote_url,
        error=row.error,
        error_kind=ErrorKind(row.error_kind),
        tries=row.tries,
        retry_at=row.retry_at,
        created_at=row.created_at,
        finished_at=row.finished_at,
        reply=row.post.kind == PostKind.REPLY,
        post_state=PostState(row.post.state),
    )


def _due(now: datetime) -> pw.Expression:
    waiting = PublishAttempt.state.in_(ATTEMPT_WAITING) & (
        PublishAttempt.retry_at.is_null() | (PublishAttempt.retry_at <= now)
    )
    abandoned = (PublishAttempt.state == AttemptState.SENDING) & (PublishAttempt.lease_until < now)
    return waiting | abandoned


class Outbox:
    def __init__(
        self,
        store: Store,
        connections: "ConnectionService",
        drafts: "DraftService",
        media_folder: Path | None = None,
        backoff_base: float = 2.0,
        clock: Callable[[], datetime] = utcnow,
        late_limit: Callable[[], timedelta] = lambda: timedelta(hours=2),
    ) -> None:
        self.store = store
        self.connections = connections
        self.drafts = drafts
        self.media_folder = media_folder
        self.backoff_base = backoff_base
        self.clock = clock
        self.pid = os.getpid()
        self.late_limit = late_limit  # how late a scheduled post may still go out by itself
        self.listeners: list[Listener] = []
        self.post_listeners: list[Callable[[int], None]] = []  # a scheduled post was taken or missed
        self._tasks: set[asyncio.Task[None]] = set()
        self._wake: asyncio.Event | None = None

    # -- putting posts in -----------------------------------------------------------------------------
    async def problems(self, post_id: int) -> list["Problem"]:
        from desktop.publishing.checks import check_post

        draft = await self.drafts.load(post_id)
        return check_post(draft.content, await self.connections.accounts.list())

    async def publish(self, post_id: int, account_ids: Iterable[int] | None = None) -> list[int]:
        """Check the post, then put it in the outbox. Refuses, changing nothing, while a problem
        remains that the network would refuse anyway."""
        blocking = [p.message for p in await self.problems(post_id) if p.blocking]
        if blocking:
            raise KurzdrahtError("\n".join(blocking))
        return await self.enqueue(post_id, account_ids)

    def _enqueue(self, post_id: int, account_ids: tuple[int, ...] | None) -> list[int]:
        with database.atomic():
            post = Post.get_or_none(Post.id == post_id)
            if post is None:
                raise NotFound(translate("Outbox", "This post no longer exists."))
            targets = [v.account_id for v in PostVariant.select().where(PostVariant.post == post)]
            if account_ids is not None:
                targets = [a for a in targets if a in account_ids]
            if not targets:
                raise KurzdrahtError(translate("Outbox", "Please choose at least one account to post to."))
            known = {a.account_id: a for a in PublishAttempt.select().where(PublishAttempt.post == post)}
            ids = []
            for account_id in targets:
                attempt = known.get(account_id)
                if attempt is None:
                    attempt = PublishAttempt.create(
                        post=post, account=account_id, created_at=self.clock(), idempotency_key=uuid.uuid4().hex
                    )
                elif attempt.state in (AttemptState.FAILED, AttemptState.CANCELLED):
                    # The same key again: if the earlier try did arrive, the network (or the check
                    # before sending) recognises it.
                    self._reset(attempt)
                ids.append(attempt.id)
            self._update_post_state(post.id)
            return ids

    async def enqueue(self, post_id: int, account_ids: Iterable[int] | None = None) -> list[int]:
        """Put a post (for all its accounts, or these) in the outbox; `wake` or `send_due` sends it."""
        wanted = None if account_ids is None else tuple(account_ids)
        ids = await self.store.run(self._enqueue, post_id, wanted)
        await self.announce(ids)
        return ids

    def add_attempts(self, post_id: int) -> list[int]:
        """On the database thread, inside the caller's transaction: the post's attempts, so that a post
        and its place in the outbox are stored together or not at all (then `announce`)."""
        return self._enqueue(post_id, None)

    async def announce(self, attempt_ids: list[int]) -> None:
        """Tell the listeners about new attempts and wake the sender."""
        await self._announce(attempt_ids)
        self.wake()

    def _reset(self, attempt: PublishAttempt) -> None:
        attempt.state, attempt.retry_at, attempt.error = AttemptState.PENDING, None, ""
        attempt.finished_at = None
        attempt.save()

    def _retry(self, attempt_id: int) -> None:
        with database.atomic():
            attempt = PublishAttempt.get_or_none(PublishAttempt.id == attempt_id)
            if attempt is None:
                raise NotFound(translate("Outbox", "This post is no longer in the outbox."))
            if attempt.state in ATTEMPT_RETRYABLE + (AttemptState.CANCELLED,):
                if attempt.state in ATTEMPT_WAITING:
                    attempt.retry_at = None
                    attempt.save()
                else:
                    self._reset(attempt)
            self._update_post_state(attempt.post_id)

    async def retry(self, attempt_id: int) -> None:
        """Send this attempt again now (after a failure, or without waiting for its next try)."""
        await self.store.run(self._retry, attempt_id)
        await self._announce([attempt_id])
        self.wake()

    def _cancel(self, attempt_id: int) -> None:
        with database.atomic():
            changed = (
                PublishAttempt.update(state=AttemptState.CANCELLED, retry_at=None, finished_at=self.clock())
                .where((PublishAttempt.id == attempt_id) & PublishAttempt.state.in_(ATTEMPT_CANCELLABLE))
                .execute()
            )
            if not changed:
                raise KurzdrahtError(
                    translate("Outbox", "This post is being sent or already published; it can no longer be cancelled.")
                )
            self._update_post_state(PublishAttempt.get_by_id(attempt_id).post_id)

    async def cancel(self, attempt_id: int) -> None:
        """Take an attempt out of the outbox (or skip a post waiting for a person); a post with nothing
        left to send becomes a draft again."""
        await self.store.run(self._cancel, attempt_id)
        await self._announce([attempt_id])

    # -- channels without an API (assisted) --------------------------------------------------------------
    def _handover(self, attempt_id: int) -> Handover:
        attempt = PublishAttempt.get_or_none(PublishAttempt.id == attempt_id)
        if attempt is None:
            raise NotFound(translate("Outbox", "This post is no longer in the outbox."))
        outgoing, _ = self._outgoing(attempt_id)
        account = Account.get_by_id(attempt.account_id)
        return Handover(attempt_id, outgoing.text, outgoing.title, account.server_url, outgoing.images)

    async def handover(self, attempt_id: int) -> Handover:
        """What a person needs to post by hand: the channel's text (its own variant), and where to post it."""
        return await self.store.run(self._handover, attempt_id)

    def _confirm(self, attempt_id: int, link: str) -> None:
        with database.atomic():
            changed = (
                PublishAttempt.update(
                    state=AttemptState.PUBLISHED,
                    remote_url=link,
                    error="",
                    error_kind=ErrorKind.NONE,
                    finished_at=self.clock(),
                )
                .where((PublishAttempt.id == attempt_id) & (PublishAttempt.state == AttemptState.WAITING_FOR_YOU))
                .execute()
            )
            if not changed:
                raise KurzdrahtError(translate("Outbox", "This post is not waiting for you (any more)."))
            self._update_post_state(PublishAttempt.get_by_id(attempt_id).post_id)

    async def confirm(self, attempt_id: int, link: str = "") -> AttemptInfo:
        """A person posted it by hand: published, with the link they pasted (an http(s) address, or none)."""
        link = link.strip()
        if link and (urlsplit(link).scheme not in ("http", "https") or not urlsplit(link).netloc or " " in link):
            raise KurzdrahtError(
                translate("Outbox", "“%1” is not a web address. Please copy the link from the browser.").replace(
                    "%1", link[:80]
                )
            )
        await self.store.run(self._confirm, attempt_id, link)
        await self._announce([attempt_id])
        [info] = await self.get([attempt_id])
        log.info("attempt %s was posted by hand: %s", attempt_id, link or "(no link)")
        return info

    def _update_post_state(self, post_id: int) -> None:
        state = post_state_of(
            s for (s,) in as_tuples(PublishAttempt.select(PublishAttempt.state).where(PublishAttempt.post == post_id))
        )
        Post.update(state=state, updated_at=self.clock()).where((Post.id == post_id) & (Post.state != state)).execute()
        if state == PostState.PUBLISHED:
            Post.update(published_at=self.clock()).where((Post.id == post_id) & Post.published_at.is_null()).execute()

    # -- reading --------------------------------------------------------------------------------------
    def _list(self, limit: int, post_id: int | None) -> list[AttemptInfo]:
        query = _attempt_query()
        if post_id is not None:
            query = query.where(PublishAttempt.post == post_id).order_by(Account.display_name)
        else:
            # Everything still to do first, then the most recent results.
            query = query.order_by(PublishAttempt.state.not_in(ATTEMPT_OPEN), PublishAttempt.id.desc())
        return [_info(row) for row in query.limit(limit)]

    # Below this method, `list` in an annotation names it, not the built-in: hence `builtins.list`.
    async def list(self, limit: int = 200, post_id: int | None = None) -> list[AttemptInfo]:
        return await self.store.run(self._list, limit, post_id)

    def _get(self, attempt_ids: builtins.list[int]) -> builtins.list[AttemptInfo]:
        return [
            _info(row) for row in _attempt_query().where(PublishAttempt.id.in_(attempt_ids)).order_by(PublishAttempt.id)
        ]

    async def get(self, attempt_ids: Iterable[int]) -> builtins.list[AttemptInfo]:
        return await self.store.run(self._get, list(attempt_ids))

    def _in_flight(self) -> int:
        return PublishAttempt.select().where(PublishAttempt.state.in_(ATTEMPT_IN_FLIGHT)).count()

    async def in_flight(self) -> int:
        """How many attempts are still to be sent (for the quit question and the section counter)."""
        return await self.store.run(self._in_flight)

    def _next_due(self) -> datetime | None:
        moments = [
            row.retry_at or self.clock()
            for row in PublishAttempt.select(PublishAttempt.retry_at).where(PublishAttempt.state.in_(ATTEMPT_WAITING))
        ]
        leases = [
            row.lease_until
            for row in PublishAttempt.select(PublishAttempt.lease_until).where(
                (PublishAttempt.state == AttemptState.SENDING) & (PublishAttempt.claimed_by != self.pid)
            )
            if row.lease_until is not None
        ]
        from desktop.scheduling.scheduler import next_scheduled

        scheduled = next_scheduled()
        return min(moments + leases + ([scheduled] if scheduled else []), default=None)

    # -- sending --------------------------------------------------------------------------------------
    def _claim(self, now: datetime, only: tuple[int, ...] | None) -> builtins.list[_Claimed]:
        candidates = PublishAttempt.select().where(
            _due(now) | ((PublishAttempt.state == AttemptState.SENDING) & (PublishAttempt.claimed_by != self.pid))
        )
        if only is not None:
            candidates = candidates.where(PublishAttempt.id.in_(only))
        claimed = []
        for row in candidates:
            if row.state == AttemptState.SENDING and row.lease_until >= now and process_alive(row.claimed_by):
                continue  # another running process is sending it right now
            # Compare and set: only one process wins an attempt, however many look at once.
            won = (
                PublishAttempt.update(
                    state=AttemptState.SENDING,
                    claimed_by=self.pid,
                    lease_until=now + LEASE,
                    tries=PublishAttempt.tries + 1,
                    started_at=now,
                    retry_at=None,
                )
                .where(
                    (PublishAttempt.id == row.id)
                    & (PublishAttempt.state == row.state)
                    & (PublishAttempt.tries == row.tries)
                )
                .execute()
            )
            if won:
                check_first = (
                    row.state in (AttemptState.UNKNOWN, AttemptState.SENDING) or row.error_kind == ErrorKind.INTERNAL
                )
                claimed.append(_Claimed(row.id, row.account_id, check_first, row.tries + 1))
        return claimed

    def _outgoing(self, attempt_id: int) -> tuple[Outgoing, str]:
        """What to send, and the remote id of the comment it answers (for a reply written in the inbox)."""
        attempt = PublishAttempt.get_by_id(attempt_id)
        post = Post.get_by_id(attempt.post_id)
        variant = PostVariant.get_or_none((PostVariant.post == post) & (PostVariant.account == attempt.account_id))
        text = variant.text if variant is not None and variant.text is not None else post.text
        images = tuple(
            Image(Path(m.path), m.alt_text, m.mime_type, m.width, m.height)
            for m in Media.select().where(Media.post == post).order_by(Media.position, Media.id)
        )
        reply_to = ""
        if post.kind == PostKind.REPLY:
            comment = Comment.get_or_none(Comment.id == post.reply_to_id)
            if comment is None:
                raise KurzdrahtError(translate("Outbox", "The comment this reply answers is no longer here."))
            reply_to = comment.remote_id
        account = Account.get_or_none(Account.id == attempt.account_id)
        organisation = Organisation.get_or_none(Organisation.id == post.organisation_id)
        schedule = Schedule.get_or_none(Schedule.post == post)
        return Outgoing(
            text=text,
            key=attempt.idempotency_key,
            images=images,
            title=post.title,
            created_at=attempt.created_at,
            progress=attempt.progress,
            account=account.display_name if account is not None else "",
            organisation=organisation.name if organisation is not None else "",
            scheduled_at=schedule.publish_at if schedule is not None else None,
        ), reply_to

    def _remember(self, attempt_id: int, progress: str) -> None:
        PublishAttempt.update(progress=progress).where(
            (PublishAttempt.id == attempt_id)
            & (PublishAttempt.state == AttemptState.SENDING)
            & (PublishAttempt.claimed_by == self.pid)
        ).execute()

    def _finish(self, attempt_id: int, state: AttemptState, **fields: object) -> AttemptInfo:
        with database.atomic():
            if state.final:
                fields["finished_at"] = self.clock()
            PublishAttempt.update(state=state, lease_until=None, claimed_by=None, **fields).where(
                (PublishAttempt.id == attempt_id)
                & (PublishAttempt.state == AttemptState.SENDING)
                & (PublishAttempt.claimed_by == self.pid)
            ).execute()
            self._update_post_state(PublishAttempt.get_by_id(attempt_id).post_id)
            # Read after the post's state is stored, so that the views show the state it has now.
            return _info(_attempt_query().where(PublishAttempt.id == attempt_id).get())

    def _backoff(self, tries: int) -> datetime:
        seconds = min(self.backoff_base * 2 ** max(tries - 1, 0), BACKOFF_CAP_SECONDS)
        return self.clock() + timedelta(seconds=seconds)

    def _after(self, failure: "Failure", tries: int) -> tuple[AttemptState, dict[str, object]]:
        """What a failed try leaves: waiting for its next try (at the network's time, or after a pause
        that grows with each try), checked first where it may have arrived, or failed until the user acts."""
        outcome: dict[str, object] = {"error": failure.message, "error_kind": failure.kind}
        if not failure.retry:
            return AttemptState.FAILED, outcome
        outcome["retry_at"] = failure.retry_at or self._backoff(tries)
        return AttemptState.UNKNOWN if failure.kind == ErrorKind.UNKNOWN else AttemptState.PENDING, outcome

    async def _send(self, claimed: _Claimed) -> None:
        try:
            client = await self.connections.client(claimed.account_id)
            outgoing, reply_to = await self.store.run(self._outgoing, claimed.id)

            async def remember(progress: str) -> None:
                await self.store.run(self._remember, claimed.id, progress)

            outgoing = replace(await self._prepare(client, outgoing), remember=remember)
            result: Published
            if client.needs_person and not reply_to:
                # No API: a person posts it (reminded by the app), then gives the link or skips it.
                info = await self.store.run(self._finish, claimed.id, AttemptState.WAITING_FOR_YOU, error="")
                log.info("attempt %s to account %s waits for a person", info.id, info.account_id)
                self._notify(info)
                return
            if reply_to:
                # Replies are exactly-once on every network by themselves (an idempotency key, a fixed
                # record key, or WordPress's refusal of a duplicate comment that `reply` resolves).
                result = await client.reply(reply_to, outgoing)
            else:
                found = None
                if claimed.check_first and not client.idempotent:
                    found = await client.find_published(outgoing)
                result = found or await client.publish(outgoing)
            state = AttemptState.PUBLISHED
            outcome: dict[str, object] = {
                "remote_id": result.remote_id,
                "remote_url": result.url,
                "error": "",
                "error_kind": ErrorKind.NONE,
            }
        except asyncio.CancelledError:
            # Shutting down mid-request: whether it arrived is unknown, so check before the next try.
            await asyncio.shield(
                self.store.run(self._finish, claimed.id, AttemptState.UNKNOWN, error_kind=ErrorKind.UNKNOWN)
            )
            raise
        except Exception as error:  # noqa: BLE001 - a bug must not lose the post or stop the outbox
            failure = failure_of(error)
            if failure.kind == ErrorKind.INTERNAL:
                log.exception("sending attempt %s failed unexpectedly", claimed.id)
            # Only a lost login is news about the account; "offline" is the inbox sync's and the check's
            # to say (one failed post is no proof that the computer is offline).
            if failure.account_status == AccountStatus.NEEDS_RECONNECT:
                await self.connections.accounts.set_status(claimed.account_id, failure.account_status)
            state, outcome = self._after(failure, claimed.tries)
        info = await self.store.run(self._finish, claimed.id, state, **outcome)
        log.info(
            "attempt %s to %s account %s: %s %s %s",
            info.id,
            info.network,
            info.account_id,
            info.state,
            info.error_kind,
            info.error,
        )
        self._notify(info)

    async def _prepare(self, client: NetworkClient, outgoing: Outgoing) -> Outgoing:
        """Fit the images to what this account accepts (scaled down or converted where needed)."""
        if not outgoing.images:
            return outgoing
        from desktop.publishing.media import fit_image

        limits = await client.limits()
        folder = (self.media_folder or Path(outgoing.images[0].path).parent) / "prepared"
        images = tuple([await asyncio.to_thread(fit_image, image, limits, folder) for image in outgoing.images])
        return replace(outgoing, images=images)

    def _take_scheduled(self, now: datetime) -> tuple[builtins.list[int], builtins.list[int]]:
        """Scheduled posts whose time has come go into the outbox (each by one process only). One whose
        time passed longer ago than the user allows (the computer was off) is marked missed instead: the
        user decides whether it still makes sense ("tonight at 6" the next morning does not)."""
        from desktop.scheduling.scheduler import due_posts, mark_missed, take

        ids: builtins.list[int] = []
        changed: builtins.list[int] = []  # posts taken or missed, told to the listeners on the loop, not here
        limit = max(self.late_limit(), ON_TIME)
        for post_id, publish_at in due_posts(now):
            if now - publish_at > limit:
                if mark_missed(post_id, now):
                    log.info("scheduled post %s was missed (due %s)", post_id, publish_at.isoformat())
                    changed.append(post_id)
                continue
            with database.atomic():
                if not take(post_id, now):
                    continue
                changed.append(post_id)
                try:
                    ids += self._enqueue(post_id, None)
                except KurzdrahtError as error:  # e.g. its accounts were removed meanwhile
                    log.info("scheduled post %s cannot go out: %s", post_id, error)
                    Post.update(state=PostState.FAILED).where(Post.id == post_id).execute()
        return ids, changed

    async def _dispatch(
        self, only: tuple[int, ...] | None = None
    ) -> tuple[builtins.list[asyncio.Task[None]], builtins.list[int]]:
        """Start sending what is due; returns the tasks and the ids of the attempts started."""
        if only is None:
            scheduled, changed = await self.store.run(self._take_scheduled, self.clock())
            for post_id in changed:
                _tell(self.post_listeners, post_id)
            await self._announce(scheduled)
        claimed = await self.store.run(self._claim, self.clock(), only)
        tasks = []
        for item in claimed:
            task = asyncio.ensure_future(self._send(item))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            tasks.append(task)
        if claimed:
            await self._announce([c.id for c in claimed])
        return tasks, [c.id for c in claimed]

    async def send_due(self, only: Iterable[int] | None = None) -> builtins.list[AttemptInfo]:
        """Send every attempt that is due now (or just these), all at once, and wait for them. Returns
        these attempts, or (without `only`) the ones that were sent."""
        wanted = None if only is None else tuple(only)
        tasks, started = await self._dispatch(wanted)
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        return await self.get(wanted if wanted is not None else started)

    async def drain(self, attempt_ids: Iterable[int], timeout: float) -> builtins.list[AttemptInfo]:
        """Send these attempts, retrying as their failures allow, until each has a final state or
        `timeout` seconds have passed (for the CLI, which waits for its post)."""
        ids = list(attempt_ids)
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            await self.send_due(ids)
            infos = await self.get(ids)
            remaining = deadline - asyncio.get_running_loop().time()
            open_ = [i for i in infos if not i.final and i.state != AttemptState.WAITING_FOR_YOU]
            if not open_ or remaining <= 0:
                return infos
            now = self.clock()
            waits = [(i.retry_at - now).total_seconds() if i.retry_at else 0.5 for i in open_]
            await asyncio.sleep(min(max(min(waits), 0.05), remaining))

    # -- running in the background (the app) -----------------------------------------------------------
    def wake(self) -> None:
        """Look for due work now: after a publish, a retry, or when the connection comes back."""
        if self._wake is not None:
            self._wake.set()

    def _connection_back(self) -> int:
        return (
            PublishAttempt.update(retry_at=None)
            .where(
                PublishAttempt.state.in_(ATTEMPT_WAITING)
                & PublishAttempt.error_kind.in_((ErrorKind.TEMPORARY, ErrorKind.UNKNOWN))
            )
            .execute()
        )

    async def connection_back(self) -> None:
        """The computer is online again: what waited for the connection is tried now, not at its next try
        (rate limits keep their time)."""
        if await self.store.run(self._connection_back):
            self.wake()

    async def run_forever(self) -> None:
        """Send whatever becomes due, until cancelled; pending work from the last session goes first."""
        self._wake = asyncio.Event()
        try:
            # A new start is a new chance: what waited for a connection is tried at once.
            await self.store.run(self._connection_back)
            while True:
                self._wake.clear()
                try:
                    await self._dispatch()
                    due = await self.store.run(self._next_due)
                except Exception:  # noqa: BLE001 - keep the outbox alive; the next wake tries again
                    log.exception("the outbox could not look for due posts")
                    due = self.clock() + timedelta(seconds=30)
                # Look at least once a minute: scheduled posts are due "within a minute", and a
                # computer waking from sleep should not wait for a timer set before it slept.
                wait = (
                    MAX_IDLE_SECONDS
                    if due is None
                    else min(max((due - self.clock()).total_seconds(), 0.05), MAX_IDLE_SECONDS)
                )
                try:
                    await asyncio.wait_for(self._wake.wait(), wait)
                except TimeoutError:
                    pass
        finally:
            self._wake = None
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)

    # -- telling the views --------------------------------------------------------------------------
    async def _announce(self, attempt_ids: builtins.list[int]) -> None:
        if self.listeners and attempt_ids:
            for info in await self.get(attempt_ids):
                self._notify(info)

    def _notify(self, info: AttemptInfo) -> None:
        _tell(self.listeners, info)


def _tell(listeners: list[Callable[[Any], None]], value: object) -> None:
    for listener in list(listeners):
        try:
            listener(value)
        except Exception:  # noqa: BLE001 - a view's problem must not stop sending
            log.exception("an outbox listener failed")
