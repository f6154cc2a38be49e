"""Answering comments and showing the conversation they belong to.

A reply is a post of its own kind (`PostKind.REPLY`) with one account, sent through the same
outbox as the composer's posts: written offline it waits there and goes out exactly once when the
connection is back. The conversation is shown from what is stored at once, then from the network.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.drafts import DraftContent
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.inbox.queries import CommentRow, _rows, comment_row, existing_comment
from desktop.publishing.checks import check_post
from desktop.states import AttemptState, PostKind, PostState
from desktop.store.db import Store
from desktop.store.models import Comment, Post, PostVariant, PublishAttempt, as_tuples, database, utcnow

if TYPE_CHECKING:
    from desktop.connections import ConnectionService
    from desktop.publishing.outbox import Outbox

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Message:
    """One entry of a conversation, oldest first."""

    author_name: str
    author_handle: str
    text: str
    created_at: datetime | None
    url: str = ""
    own: bool = False  # written by our account
    comment_id: int | None = None  # where it is in the inbox
    remote_id: str = ""
    state: AttemptState | None = None  # for our replies not (yet) published: where they stand in the outbox
    error: str = ""
    attempt_id: int | None = None


@dataclass(frozen=True)
class Conversation:
    comment: CommentRow
    messages: tuple[Message, ...]
    from_network: bool  # False: only what is stored here (offline, or not fetched yet)
    problem: str = ""  # why the network's version could not be shown


def is_own(author_handle: str, account_handle: str) -> bool:
    """Whether a handle is our account's: "@lindenhof" on its own Mastodon server is "@lindenhof@host"."""
    author = author_handle.lstrip("@").casefold()
    ours = account_handle.lstrip("@").casefold()
    if not author or not ours:
        return False
    return author == ours or ("@" not in author and "@" in ours and ours.split("@", 1)[0] == author)


def _our_replies(comment_ids: list[int]) -> list[Message]:
    query = (
        PublishAttempt.select(PublishAttempt, Post)
        .join(Post)
        .where(Post.reply_to.in_(comment_ids) & (Post.kind == PostKind.REPLY))
        .order_by(PublishAttempt.created_at)
    )
    return [
        Message(
            author_name="",
            author_handle="",
            text=a.post.text,
            created_at=a.finished_at or a.created_at,
            url=a.remote_url,
            own=True,
            remote_id=a.remote_id,
            state=None if a.state == AttemptState.PUBLISHED else AttemptState(a.state),
            error=a.error,
            attempt_id=a.id,
        )
        for a in query
    ]


class ReplyService:
    def __init__(self, store: Store, connections: "ConnectionService", outbox: "Outbox") -> None:
        self.store = store
        self.connections = connections
        self.outbox = outbox

    # -- the conversation -------------------------------------------------------------------------------
    def _stored(self, comment_id: int) -> Conversation:
        comment = comment_row(comment_id)
        messages: list[Message] = []
        if comment.post_id is not None:
            post = Post.get_by_id(comment.post_id)
            attempt = (
                PublishAttempt.select()
                .where((PublishAttempt.post == post) & (PublishAttempt.account == comment.account_id))
                .first()
            )
            messages.append(
                Message(
                    author_name=comment.account,
                    author_handle="",
                    text="\n\n".join(filter(None, [post.title, post.text])),
                    created_at=attempt.finished_at if attempt else post.updated_at,
                    url=attempt.remote_url if attempt else "",
                    own=True,
                    remote_id=attempt.remote_id if attempt else "",
                )
            )
        related = [comment_id]
        if comment.remote_post_id:
            related = [
                c.id
                for c in Comment.select(Comment.id)
                .where((Comment.account == comment.account_id) & (Comment.remote_post_id == comment.remote_post_id))
                .order_by(Comment.id)
            ] or [comment_id]
        for row in _rows(related):
            messages.append(
                Message(
                    row.author_name,
                    row.author_handle,
                    row.text,
                    row.created_at,
                    row.url,
                    comment_id=row.id,
                    remote_id=row.remote_id,
                )
            )
        messages += [replace(m, author_name=comment.account) for m in _our_replies(related)]
        messages.sort(key=lambda m: m.created_at.timestamp() if m.created_at else 0)
        return Conversation(comment, tuple(messages), from_network=False)

    async def stored_conversation(self, comment_id: int) -> Conversation:
        """The conversation from what is stored on this computer (works offline)."""
        return await self.store.run(self._stored, comment_id)

    def _known(self, account_id: int, remote_ids: list[str]) -> tuple[set[str], dict[str, int]]:
        """Which of a thread's entries we wrote, and which are in the inbox. Our post can only be the
        thread's first entry and our replies only the others: on WordPress a post's id and a comment's
        id may be the same number."""

        def ours_of(kind: PostKind, ids: list[str]) -> set[str]:
            return (
                {
                    r
                    for (r,) in as_tuples(
                        PublishAttempt.select(PublishAttempt.remote_id)
                        .join(Post)
                        .where(
                            (PublishAttempt.account == account_id)
                            & (Post.kind == kind)
                            & PublishAttempt.remote_id.in_(ids)
                        )
                    )
                }
                if ids
                else set()
            )

        ours = ours_of(PostKind.POST, remote_ids[:1]) | ours_of(PostKind.REPLY, remote_ids[1:])
        stored = {
            r: i
            for r, i in as_tuples(
                Comment.select(Comment.remote_id, Comment.id).where(
                    (Comment.account == account_id) & Comment.remote_id.in_(remote_ids)
                )
            )
        }
        return ours, stored

    async def conversation(self, comment_id: int) -> Conversation:
        """The whole conversation as the network shows it now, with our replies still in the outbox at the
        end; what is stored here when the network cannot be reached."""
        from desktop.networks.registry import connectable

        stored = await self.stored_conversation(comment_id)
        comment = stored.comment
        account = await self.connections.accounts.get(comment.account_id)
        if account.network not in connectable() or not account.has_credentials:
            return stored  # nothing to ask (a network Kurzdraht cannot read yet, or an account not connected)
        try:
            client = await self.connections.client(comment.account_id)
            remote = await client.thread(comment.remote_id)
        except KurzdrahtError as error:
            return replace(stored, problem=str(error))
        ours, known = await self.store.run(self._known, comment.account_id, [r.remote_id for r in remote])
        messages = [
            Message(
                r.author_name,
                r.author_handle,
                r.text,
                r.created_at,
                r.url,
                own=r.remote_id in ours or is_own(r.author_handle, account.handle),
                comment_id=known.get(r.remote_id),
                remote_id=r.remote_id,
            )
            for r in remote
        ]
        seen = {r.remote_id for r in remote}
        waiting = [m for m in stored.messages if m.attempt_id is not None and m.remote_id not in seen and m.state]
        return Conversation(comment, tuple(messages + waiting), from_network=True)

    # -- replying ---------------------------------------------------------------------------------------
    def _create(self, comment_id: int, organisation_id: int, account_id: int, text: str, mark_done: bool) -> int:
        with database.atomic():
            existing_comment(comment_id)  # it may have gone (its account removed) since it was checked
            post = Post.create(
                organisation=organisation_id, text=text, kind=PostKind.REPLY, reply_to=comment_id, state=PostState.DRAFT
            )
            PostVariant.create(post=post, account=account_id)
            if mark_done:
                Comment.update(status="done", done_at=utcnow()).where(
                    (Comment.id == comment_id) & (Comment.status == "open")
                ).execute()
            return post.id

    def _target(self, comment_id: int) -> tuple[int, int, str, str, str]:
        comment = existing_comment(comment_id)
        account = comment.account
        return account.organisation_id, account.id, account.network, account.handle, comment.author_handle

    async def reply(self, comment_id: int, text: str, mark_done: bool = True) -> list[int]:
        """Check the reply by the network's rules, then send it through the outbox (it waits there while
        offline). Refuses, storing nothing, when the network would refuse it. Returns the attempt ids."""
        text = text.strip()
        if not text:
            raise KurzdrahtError(translate("Inbox", "Please write a reply first."))
        organisation_id, account_id, network, handle, author = await self.store.run(self._target, comment_id)
        # Checked as the network will count it: Mastodon's reply starts with the person answered.
        checked = text
        if network == "mastodon" and author and not is_own(author, handle):
            from desktop.networks.mastodon import with_mention

            checked = with_mention(text, author)
        content = DraftContent(organisation_id=organisation_id, text=checked, account_ids=(account_id,))
        blocking = [
            p.message for p in check_post(content, await self.connections.accounts.list(), reply=True) if p.blocking
        ]
        if blocking:
            raise KurzdrahtError("\n".join(blocking))
        ids = await self.store.run(self._create_and_enqueue, comment_id, organisation_id, account_id, text, mark_done)
        await self.outbox.announce(ids)
        return ids

    def _create_and_enqueue(
        self, comment_id: int, organisation_id: int, account_id: int, text: str, mark_done: bool
    ) -> list[int]:
        # One transaction: a process that dies in between must not leave a reply that never goes out
        # while its comment already shows as done.
        with database.atomic():
            post_id = self._create(comment_id, organisation_id, account_id, text, mark_done)
            return self.outbox.add_attempts(post_id)
