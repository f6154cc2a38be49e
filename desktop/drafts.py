"""Drafts: posts not yet scheduled or published, with their target accounts, the text adjusted per
network, and their images (copied into the data folder, so a draft keeps them)."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.states import POST_EDITABLE, POST_PLANNED, PostKind, PostState
from desktop.store.db import Store
from desktop.store.models import Account, Media, Organisation, Post, PostVariant, as_tuples, database, utcnow
from desktop.store.queries import networks_by_post

if TYPE_CHECKING:
    from desktop.networks.base import Image


@dataclass(frozen=True)
class DraftInfo:
    id: int
    organisation: str
    title: str
    text: str
    networks: tuple[str, ...]
    updated_at: datetime

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "organisation": self.organisation,
            "title": self.title,
            "text": self.text,
            "networks": list(self.networks),
            "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True)
class Attachment:
    """An image of a post, as a file in the data folder."""

    path: str
    alt_text: str = ""
    mime_type: str = ""
    width: int | None = None
    height: int | None = None
    size_bytes: int | None = None


@dataclass(frozen=True)
class DraftContent:
    """Everything the composer edits. `network_texts` holds the text adjusted for one network; a network
    without an entry follows `text`."""

    organisation_id: int
    text: str = ""
    account_ids: tuple[int, ...] = ()
    network_texts: tuple[tuple[str, str], ...] = ()
    attachments: tuple[Attachment, ...] = ()
    title: str = ""

    def text_for(self, network: str) -> str:
        return dict(self.network_texts).get(network, self.text)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and not self.attachments and not any(t.strip() for _, t in self.network_texts)


@dataclass(frozen=True)
class Draft:
    id: int
    state: PostState
    content: DraftContent
    updated_at: datetime = field(default_factory=utcnow)


def _no_such_draft() -> KurzdrahtError:
    return KurzdrahtError(translate("Drafts", "This draft no longer exists."))


class DraftService:
    def __init__(self, store: Store, media_folder: Path | None = None) -> None:
        self.store = store
        self.media_folder = media_folder

    # -- listing ----------------------------------------------------------------------------------
    def _list(self, limit: int) -> list[DraftInfo]:
        posts = list(
            Post.select(Post, Organisation)
            .join(Organisation)
            .where((Post.state == PostState.DRAFT) & (Post.kind == PostKind.POST))
            .order_by(Post.updated_at.desc())
            .limit(limit)
        )
        networks = networks_by_post(p.id for p in posts)
        return [DraftInfo(p.id, p.organisation.name, p.title, p.text, networks[p.id], p.updated_at) for p in posts]

    async def list(self, limit: int = 500) -> list[DraftInfo]:
        return await self.store.run(self._list, limit)

    # -- one draft ----------------------------------------------------------------------------------
    def _load(self, draft_id: int) -> Draft:
        post = Post.get_or_none(Post.id == draft_id)
        if post is None:
            raise _no_such_draft()
        variants = list(
            PostVariant.select(PostVariant, Account)
            .join(Account)
            .where(PostVariant.post == post)
            .order_by(PostVariant.id)
        )
        network_texts: dict[str, str] = {}
        for variant in variants:
            if variant.text is not None:
                network_texts.setdefault(variant.account.network, variant.text)
        attachments = tuple(
            Attachment(m.path, m.alt_text, m.mime_type, m.width, m.height, m.size_bytes)
            for m in Media.select().where(Media.post == post).order_by(Media.position, Media.id)
        )
        content = DraftContent(
            post.organisation_id,
            post.text,
            tuple(v.account_id for v in variants),
            tuple(sorted(network_texts.items())),
            attachments,
            post.title,
        )
        return Draft(post.id, PostState(post.state), content, post.updated_at)

    async def load(self, draft_id: int) -> Draft:
        return await self.store.run(self._load, draft_id)

    def write_in_transaction(self, content: DraftContent, draft_id: int | None = None) -> int:
        """`write` on the database thread, for work that stores several posts in one transaction (an import)."""
        return self._write(content, draft_id)

    def _write(self, content: DraftContent, draft_id: int | None) -> int:
        with database.atomic():
            post: Post | None
            if draft_id is None:
                post = Post.create(organisation=content.organisation_id, text=content.text, title=content.title)
            else:
                post = Post.get_or_none(Post.id == draft_id)
                if post is None:
                    raise _no_such_draft()
                if not PostState(post.state).editable:
                    raise KurzdrahtError(
                        translate("Drafts", "This post is being published or already out; it can no longer be changed.")
                    )
                post.organisation = content.organisation_id  # type: ignore[assignment]  # peewee takes the id
                post.text, post.title, post.updated_at = content.text, content.title, utcnow()
                post.save()
                PostVariant.delete().where(
                    (PostVariant.post == post) & PostVariant.account.not_in(list(content.account_ids))
                ).execute()
                Media.delete().where(Media.post == post).execute()
            networks: dict[int, str] = dict(
                as_tuples(Account.select(Account.id, Account.network).where(Account.id.in_(list(content.account_ids))))
            )
            texts = dict(content.network_texts)
            for account_id in content.account_ids:
                text = texts.get(networks.get(account_id, ""))
                (
                    PostVariant.insert(post=post, account=account_id, text=text)
                    .on_conflict(
                        conflict_target=[PostVariant.post, PostVariant.account], update={PostVariant.text: text}
                    )
                    .execute()
                )
            for position, item in enumerate(content.attachments):
                Media.create(
                    post=post,
                    position=position,
                    path=item.path,
                    alt_text=item.alt_text,
                    mime_type=item.mime_type,
                    width=item.width,
                    height=item.height,
                    size_bytes=item.size_bytes,
                )
            return post.id

    async def write(self, content: DraftContent, draft_id: int | None = None) -> int:
        """Save everything the composer shows, in one transaction; returns the draft's number."""
        return await self.store.run(self._write, content, draft_id)

    async def save(
        self,
        organisation_id: int,
        text: str,
        account_ids: tuple[int, ...] = (),
        title: str = "",
        draft_id: int | None = None,
    ) -> int:
        """Save a draft's text and accounts (keeping no per-network text and no images)."""
        return await self.write(DraftContent(organisation_id, text, tuple(account_ids), title=title), draft_id)

    def _delete(self, draft_id: int) -> None:
        # A planned post may go too (the calendar's Delete): the state check keeps one on its way.
        deleted = Post.delete().where((Post.id == draft_id) & Post.state.in_(POST_EDITABLE + POST_PLANNED)).execute()
        if not deleted:
            raise _no_such_draft()

    async def delete(self, draft_id: int) -> None:
        await self.store.run(self._delete, draft_id)

    async def duplicate(self, post_id: int) -> int:
        """A new draft with the same text, accounts and images (copied), e.g. to post it again."""
        from dataclasses import replace

        content = (await self.load(post_id)).content
        copies = tuple([await self.attach(a.path, a.alt_text) for a in content.attachments])
        return await self.write(replace(content, attachments=copies))

    # -- images -------------------------------------------------------------------------------------
    async def attach(self, source: str | Path, alt_text: str = "") -> Attachment:
        """Check an image and keep a copy of it in the data folder (the original may move later)."""
        return await asyncio.to_thread(self._attach, Path(source), alt_text)

    def _attach(self, source: Path, alt_text: str) -> Attachment:
        from desktop.publishing.media import load_image

        image = load_image(source, alt_text)  # refused before anything is copied
        target = source
        if self.media_folder is not None:
            target = self._new_file(source.name)
            shutil.copyfile(source, target)
        return _attachment(target, image)

    async def reshape(self, attachment: Attachment, min_aspect: float, max_aspect: float, crop: bool) -> Attachment:
        """A copy of the image brought into the aspect range (white borders, or cropped to the middle),
        with the same description; the original stays as it is."""
        return await asyncio.to_thread(self._reshape, attachment, min_aspect, max_aspect, crop)

    def _reshape(self, attachment: Attachment, min_aspect: float, max_aspect: float, crop: bool) -> Attachment:
        from desktop.publishing.media import load_image, reshape_image

        source = Path(attachment.path)
        folder = self.media_folder or source.parent
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{uuid.uuid4().hex[:12]}-{source.stem}-{'crop' if crop else 'frame'}"
        written = reshape_image(source, min_aspect, max_aspect, crop, target)
        return _attachment(written, load_image(written, attachment.alt_text))

    async def attach_bytes(self, data: bytes, name: str = "pasted.png") -> Attachment:
        """Keep an image that came from the clipboard or a drop without a file."""
        return await asyncio.to_thread(self._keep_bytes, data, name)

    def _keep_bytes(self, data: bytes, name: str) -> Attachment:
        from desktop.publishing.media import load_image

        target = self._new_file(name)
        target.write_bytes(data)
        try:
            return _attachment(target, load_image(target))
        except KurzdrahtError:
            target.unlink(missing_ok=True)
            raise

    def _new_file(self, name: str) -> Path:
        assert self.media_folder is not None
        self.media_folder.mkdir(parents=True, exist_ok=True)
        return self.media_folder / f"{uuid.uuid4().hex[:12]}-{name}"


def _attachment(path: Path, image: "Image") -> Attachment:
    return Attachment(str(path), image.alt_text, image.mime_type, image.width, image.height, path.stat().st_size)
