"""Saved text snippets (a signature, a set of hashtags, the job-ad footer) inserted with one click."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.store.db import Store
from desktop.store.models import Snippet, database


@dataclass(frozen=True)
class SnippetInfo:
    id: int
    name: str
    text: str


class SnippetService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _list(self) -> list[SnippetInfo]:
        return [SnippetInfo(s.id, s.name, s.text) for s in Snippet.select().order_by(Snippet.position, Snippet.id)]

    async def list(self) -> list[SnippetInfo]:
        return await self.store.run(self._list)

    def _add(self, name: str, text: str) -> int:
        with database.atomic():
            last = Snippet.select(pw.fn.MAX(Snippet.position)).scalar() or 0
            return Snippet.create(name=name, text=text, position=last + 1).id

    async def add(self, name: str, text: str) -> int:
        name, text = name.strip(), text.strip("\n")
        if not name or not text.strip():
            raise KurzdrahtError(translate("Snippets", "A snippet needs a name and some text."))
        return await self.store.run(self._add, name, text)

    def _delete(self, snippet_id: int) -> None:
        Snippet.delete().where(Snippet.id == snippet_id).execute()

    async def delete(self, snippet_id: int) -> None:
        await self.store.run(self._delete, snippet_id)
