"""Reading the inbox a page at a time, newest first, on indexed paths only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.store.db import Store
from desktop.store.models import Account, Comment, CommentTag, Tag


@dataclass(frozen=True)
class CommentRow:
    id: int
    network: str
    account: str
    author_name: str
    author_handle: str
    text: str
    created_at: datetime
    status: str
    tags: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "network": self.network, "account": self.account,
                "author": self.author_name, "handle": self.author_handle, "text": self.text,
                "created_at": self.created_at.isoformat(), "status": self.status, "tags": list(self.tags)}


@dataclass(frozen=True)
class InboxPage:
    rows: tuple[CommentRow, ...]
    has_more: bool


class InboxService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _page(self, before: tuple[datetime, int] | None, limit: int, only_open: bool) -> InboxPage:
        query = (Comment.select(Comment, Account.display_name).join(Account)
                 .order_by(Comment.created_at.desc(), Comment.id.desc()).limit(limit + 1))
        if only_open:
            query = query.where(Comment.status == "open")
        if before is not None:
            created, comment_id = before
            query = query.where((Comment.created_at < created)
                                | ((Comment.created_at == created) & (Comment.id < comment_id)))
        comments = list(query)
        has_more = len(comments) > limit
        comments = comments[:limit]
        tags: dict[int, list[str]] = {c.id: [] for c in comments}
        if comments:
            links = (CommentTag.select(CommentTag.comment, Tag.name).join(Tag)
                     .where(CommentTag.comment.in_(list(tags))).order_by(Tag.name).tuples())
            for comment_id, name in links:
                tags[comment_id].append(name)
        rows = tuple(CommentRow(c.id, c.network, c.account.display_name, c.author_name, c.author_handle,
                                c.text, c.created_at, c.status, tuple(tags[c.id])) for c in comments)
        return InboxPage(rows, has_more)

    async def page(self, before: tuple[datetime, int] | None = None, limit: int = 50,
                   only_open: bool = False) -> InboxPage:
        """`limit` comments older than `before` (created_at, id), newest first."""
        return await self.store.run(self._page, before, limit, only_open)

    def _open_count(self) -> int:
        return Comment.select().where(Comment.status == "open").count()

    async def open_count(self) -> int:
        return await self.store.run(self._open_count)
