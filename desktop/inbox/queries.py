"""The inbox as the user works with it: pages of comments, counters, done and undone, tags, and the
conversation a comment belongs to. Reads follow the fast paths in `desktop.inbox.search`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import peewee as pw

from desktop.errors import KurzdrahtError, NotFound
from desktop.i18n import translate
from desktop.inbox.search import InboxFilter, find_ids, id_taken, narrow_filter, next_free_id
from desktop.networks.base import RemoteComment
from desktop.states import PostKind
from desktop.store.db import Store
from desktop.store.models import (
    BUILTIN_TAGS,
    COMMENT_IDS_PER_SECOND,
    Account,
    Comment,
    CommentTag,
    InboxCount,
    Post,
    Tag,
    as_tuples,
    comment_id_base,
    database,
    utcnow,
)

EXCERPT = 80


@dataclass(frozen=True)
class CommentRow:
    """One comment as the list, the conversation and the CLI show it."""

    id: int
    account_id: int
    network: str
    account: str
    organisation_id: int
    author_name: str
    author_handle: str
    author_avatar_url: str
    text: str
    url: str
    created_at: datetime
    status: str
    tags: tuple[str, ...] = ()
    post_id: int | None = None
    post_excerpt: str = ""  # which of our posts it belongs to
    remote_id: str = ""
    remote_post_id: str = ""
    own: bool = False  # our account's post or reply, in a conversation

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "network": self.network,
            "account": self.account,
            "author": self.author_name,
            "handle": self.author_handle,
            "text": self.text,
            "url": self.url,
            "created_at": self.created_at.isoformat(),
            "status": self.status,
            "tags": list(self.tags),
            "post": self.post_id,
            "post_excerpt": self.post_excerpt,
        }


@dataclass(frozen=True)
class InboxPage:
    """Ids of the next comments, newest first, and the rows of the first of them."""

    ids: tuple[int, ...]
    rows: tuple[CommentRow, ...]
    has_more: bool


@dataclass(frozen=True)
class InboxCounts:
    open: int
    total: int
    open_by_account: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class TagInfo:
    name: str
    builtin: bool


def excerpt(post: Post | None) -> str:
    if post is None:
        return ""
    text = " ".join((post.title or post.text).split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


def _rows(ids: list[int]) -> list[CommentRow]:
    if not ids:
        return []
    query = (
        Comment.select(Comment, Account.id, Account.display_name, Account.organisation, Post.id, Post.title, Post.text)
        .join(Account)
        .switch(Comment)
        .join(Post, pw.JOIN.LEFT_OUTER)
        .where(Comment.id.in_(ids))
    )
    found = {c.id: c for c in query}
    tags: dict[int, list[str]] = {i: [] for i in found}
    links = as_tuples(
        CommentTag.select(CommentTag.comment, Tag.name)
        .join(Tag)
        .where(CommentTag.comment.in_(list(found)))
        .order_by(Tag.builtin.desc(), Tag.name)
    )
    for comment_id, name in links:
        tags[comment_id].append(name)
    rows = []
    for comment_id in ids:
        c = found.get(comment_id)
        if c is None:
            continue  # deleted meanwhile (its account was removed)
        post = c.post if c.post_id is not None else None
        rows.append(
            CommentRow(
                id=c.id,
                account_id=c.account_id,
                network=c.network,
                account=c.account.display_name,
                organisation_id=c.account.organisation_id,
                author_name=c.author_name,
                author_handle=c.author_handle,
                author_avatar_url=c.author_avatar_url,
                text=c.text,
                url=c.url,
                created_at=c.created_at,
                status=c.status,
                tags=tuple(tags[c.id]),
                post_id=c.post_id,
                post_excerpt=excerpt(post),
                remote_id=c.remote_id,
                remote_post_id=c.remote_post_id,
            )
        )
    return rows


def no_such_comment(*ids: int) -> NotFound:
    return NotFound(
        translate("Inbox", "There is no comment with the number %1.").replace("%1", ", ".join(str(i) for i in ids))
    )


def comment_row(comment_id: int) -> CommentRow:
    """One comment as shown (runs on the database thread); says so when it is gone."""
    rows = _rows([comment_id])
    if not rows:
        raise no_such_comment(comment_id)
    return rows[0]


def existing_comment(comment_id: int) -> Comment:
    comment = Comment.get_or_none(Comment.id == comment_id)
    if comment is None:
        raise no_such_comment(comment_id)
    return comment


def resolve_accounts(search: InboxFilter) -> tuple[int, ...] | None:
    """The accounts a filter allows (None: all of them)."""
    if not search.narrows_accounts:
        return None
    query = Account.select(Account.id).order_by(Account.id)
    if search.networks:
        query = query.where(Account.network.in_(search.networks))
    if search.organisation_id:
        query = query.where(Account.organisation == search.organisation_id)
    if search.account_ids:
        query = query.where(Account.id.in_(search.account_ids))
    return tuple(a.id for a in query)


def _lookup(sql: str, account_id: int, keys: list[str]) -> dict[str, int]:
    """`remote id → local id` for these remote ids of one account, a few hundred at a time."""
    found: dict[str, int] = {}
    keys = [k for k in dict.fromkeys(keys) if k]
    for start in range(0, len(keys), 500):
        part = keys[start : start + 500]
        found.update(database.execute_sql(sql.replace("?*", ",".join("?" * len(part))), [account_id, *part]).fetchall())
    return found


def store_comments(account_id: int, network: str, comments: Iterable[RemoteComment]) -> list[int]:
    """Keep comments fetched from the network; ones already stored are skipped. Each is linked to the
    comment it answers and to our post it belongs to, where those are known. Returns the new ids.
    A page of comments costs a few queries and one insert, not several queries per comment."""
    # Oldest first: within one second, ids then follow the order the comments were written in (for
    # networks whose times have whole seconds, the remote id decides: numeric ids and Bluesky's record
    # keys grow with time).
    batch = sorted(comments, key=lambda c: (c.created_at, len(c.remote_id), c.remote_id))
    known = _lookup(
        "SELECT remote_id, id FROM comment WHERE account_id = ? AND remote_id IN (?*)",
        account_id,
        [c.remote_id for c in batch],
    )
    # Only our posts, not our replies: on WordPress a reply is a comment, and comment and post ids are
    # separate counters, so a reply's id can equal a post's.
    posts = _lookup(
        "SELECT a.remote_id, a.post_id FROM publish_attempt a JOIN post p ON p.id = a.post_id "
        f"WHERE a.account_id = ? AND p.kind = '{PostKind.POST}' AND a.remote_id IN (?*)",
        account_id,
        [c.remote_post_id for c in batch],
    )
    parents = _lookup(
        "SELECT remote_id, id FROM comment WHERE account_id = ? AND remote_id IN (?*)",
        account_id,
        [c.remote_parent_id for c in batch],
    )
    next_in_second: dict[int, int] = {}
    used: set[int] = set()
    rows: list[dict[str, Any]] = []
    fetched = utcnow()
    for remote in batch:
        if remote.remote_id in known:
            continue
        base = comment_id_base(remote.created_at)
        comment_id = next_in_second.get(base) or next_free_id(remote.created_at)
        while comment_id in used or (comment_id >= base + COMMENT_IDS_PER_SECOND and id_taken(comment_id)):
            comment_id += 1  # ran into the next second's numbers (over 1024 in one second)
        used.add(comment_id)
        next_in_second[base] = comment_id + 1
        known[remote.remote_id] = comment_id
        parents.setdefault(remote.remote_id, comment_id)  # a later comment of this page may answer it
        rows.append(
            {
                "id": comment_id,
                "account": account_id,
                "network": network,
                "remote_id": remote.remote_id,
                "remote_parent_id": remote.remote_parent_id,
                "remote_post_id": remote.remote_post_id,
                "parent": parents.get(remote.remote_parent_id) if remote.remote_parent_id else None,
                "post": posts.get(remote.remote_post_id) if remote.remote_post_id else None,
                "author_name": remote.author_name,
                "author_handle": remote.author_handle,
                "author_avatar_url": remote.author_avatar_url,
                "text": remote.text,
                "url": remote.url,
                "created_at": remote.created_at,
                "status": "open",
                "fetched_at": fetched,
            }
        )
    if rows:
        Comment.insert_many(rows).execute()
    return [row["id"] for row in rows]


# The inbox heading counts what a filter shows up to this many ("more than 10,000" beyond).
COUNT_CAP = 10_000


class InboxService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading ------------------------------------------------------------------------------------
    def _matching(self, search: InboxFilter, before: int | None, limit: int) -> list[int]:
        tag_id = None
        if search.tag:
            tag = Tag.get_or_none(Tag.name == search.tag)
            if tag is None:
                return []
            tag_id = tag.id
        accounts = resolve_accounts(search)
        status = search.status if search.status in ("open", "done") else None
        narrow = bool(search.search) and narrow_filter(status, accounts, tag_id)
        return find_ids(search, accounts, tag_id, before, limit, narrow)

    def _page(self, search: InboxFilter, before: int | None, limit: int, with_rows: int) -> InboxPage:
        ids = self._matching(search, before, limit + 1)
        has_more = len(ids) > limit
        ids = ids[:limit]
        return InboxPage(tuple(ids), tuple(_rows(ids[:with_rows])), has_more)

    def _count(self, search: InboxFilter, cap: int) -> tuple[int, bool]:
        found = len(self._matching(search, None, cap + 1))
        return min(found, cap), found > cap

    async def count(self, search: InboxFilter, cap: int = COUNT_CAP) -> tuple[int, bool]:
        """How many comments match (at most `cap`), and whether there are more: read as the list reads
        them, one index range per account, so a count costs about what a long page costs."""
        return await self.store.run(self._count, search, cap)

    async def page(
        self,
        search: InboxFilter = InboxFilter(),
        before: int | None = None,
        limit: int = 50,
        with_rows: int | None = None,
    ) -> InboxPage:
        """The ids of up to `limit` matching comments older than comment `before`, newest first, with
        the rows of the first `with_rows` of them (all when None)."""
        return await self.store.run(self._page, search, before, limit, limit if with_rows is None else with_rows)

    async def rows(self, ids: Iterable[int]) -> list[CommentRow]:
        """These comments, in this order (comments deleted meanwhile are left out)."""
        return await self.store.run(_rows, list(ids))

    async def get(self, comment_id: int) -> CommentRow:
        return await self.store.run(comment_row, comment_id)

    def _counts(self) -> InboxCounts:
        by_account = {row.account_id: (row.open, row.total) for row in InboxCount.select()}
        return InboxCounts(
            open=sum(o for o, _ in by_account.values()),
            total=sum(t for _, t in by_account.values()),
            open_by_account={a: o for a, (o, _) in by_account.items()},
        )

    async def counts(self) -> InboxCounts:
        """Open and total comments, per account and together, from the counters the triggers keep."""
        return await self.store.run(self._counts)

    # -- done and undone ----------------------------------------------------------------------------
    def _set_done(self, ids: list[int], done: bool) -> int:
        with database.atomic():
            self._existing(ids)
            return (
                Comment.update(status="done" if done else "open", done_at=utcnow() if done else None)
                .where(Comment.id.in_(ids) & (Comment.status != ("done" if done else "open")))
                .execute()
            )

    async def set_done(self, ids: Iterable[int], done: bool = True) -> int:
        """Mark comments done (or open again); returns how many changed."""
        return await self.store.run(self._set_done, list(ids), done)

    def _existing(self, ids: list[int]) -> None:
        found = {c.id for c in Comment.select(Comment.id).where(Comment.id.in_(ids))}
        missing = [i for i in ids if i not in found]
        if missing:
            raise no_such_comment(*missing)

    # -- tags ---------------------------------------------------------------------------------------
    def _tags(self) -> list[TagInfo]:
        order = {name: index for index, name in enumerate(BUILTIN_TAGS)}
        tags = [TagInfo(t.name, t.builtin) for t in Tag.select()]
        return sorted(tags, key=lambda t: (not t.builtin, order.get(t.name, 0), t.name.casefold()))

    async def tags(self) -> list[TagInfo]:
        """The built-in tags in their fixed order, then the user's own, alphabetically."""
        return await self.store.run(self._tags)

    def _tag(self, ids: list[int], name: str, on: bool) -> None:
        name = " ".join(name.split())
        if not name:
            raise KurzdrahtError(translate("Inbox", "Please give the tag a name."))
        if len(name) > 40:
            raise KurzdrahtError(translate("Inbox", "A tag can have at most 40 characters."))
        with database.atomic():
            self._existing(ids)
            tag = Tag.get_or_none(Tag.name == name)
            if on:
                if tag is None:
                    tag = Tag.create(name=name, builtin=False)
                CommentTag.insert_many([{"comment": i, "tag": tag.id} for i in ids]).on_conflict_ignore().execute()
            elif tag is not None:
                CommentTag.delete().where((CommentTag.tag == tag) & CommentTag.comment.in_(ids)).execute()

    async def tag(self, ids: Iterable[int], name: str, on: bool = True) -> None:
        """Tag comments (a new name becomes a tag of the user's own), or take the tag off."""
        await self.store.run(self._tag, list(ids), name, on)

    def _delete_tag(self, name: str) -> None:
        with database.atomic():
            tag = Tag.get_or_none(Tag.name == name)
            if tag is None:
                return
            if tag.builtin:
                raise KurzdrahtError(translate("Inbox", "The built-in tags cannot be deleted."))
            tag.delete_instance(recursive=True)

    async def delete_tag(self, name: str) -> None:
        """Delete one of the user's own tags (it comes off every comment)."""
        await self.store.run(self._delete_tag, name)
