"""Drafts: posts not yet scheduled or published, with their target accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.store.db import Store
from desktop.store.models import Organisation, Post, PostVariant, database, utcnow
from desktop.store.queries import networks_by_post


@dataclass(frozen=True)
class DraftInfo:
    id: int
    organisation: str
    title: str
    text: str
    networks: tuple[str, ...]
    updated_at: datetime

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "organisation": self.organisation, "title": self.title, "text": self.text,
                "networks": list(self.networks), "updated_at": self.updated_at.isoformat()}


class DraftService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _list(self, limit: int) -> list[DraftInfo]:
        posts = list(Post.select(Post, Organisation).join(Organisation)
                     .where(Post.state == "draft").order_by(Post.updated_at.desc()).limit(limit))
        networks = networks_by_post(p.id for p in posts)
        return [DraftInfo(p.id, p.organisation.name, p.title, p.text, networks[p.id], p.updated_at)
                for p in posts]

    async def list(self, limit: int = 500) -> list[DraftInfo]:
        return await self.store.run(self._list, limit)

    def _save(self, organisation_id: int, text: str, account_ids: tuple[int, ...], title: str,
              draft_id: int | None) -> int:
        with database.atomic():
            if draft_id is None:
                post = Post.create(organisation=organisation_id, text=text, title=title)
            else:
                post = Post.get_or_none((Post.id == draft_id) & (Post.state == "draft"))
                if post is None:
                    raise KurzdrahtError(translate("Drafts", "This draft no longer exists."))
                post.text, post.title, post.updated_at = text, title, utcnow()
                post.save()
                PostVariant.delete().where(
                    (PostVariant.post == post) & PostVariant.account.not_in(list(account_ids))).execute()
            for account_id in account_ids:
                PostVariant.insert(post=post, account=account_id).on_conflict_ignore().execute()
            return post.id

    async def save(self, organisation_id: int, text: str, account_ids: tuple[int, ...] = (),
                   title: str = "", draft_id: int | None = None) -> int:
        return await self.store.run(self._save, organisation_id, text, account_ids, title, draft_id)
