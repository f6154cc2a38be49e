"""Composition root: data folder → settings → database → credential store → services.

The GUI, the CLI and the tests all build a `Core` the same way; nothing here imports Qt.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from datetime import timedelta
from typing import TYPE_CHECKING

from desktop.accounts import AccountService
from desktop.connections import ConnectionService
from desktop.developer_apps import DeveloperAppService
from desktop.credentials import CredentialStore
from desktop.drafts import DraftService
from desktop.inbox.queries import InboxService
from desktop.inbox.replies import ReplyService
from desktop.inbox.sync import InboxSyncService
from desktop.paths import DataPaths, data_paths
from desktop.publishing.outbox import Outbox
from desktop.scheduling.calendar import CalendarService
from desktop.scheduling.scheduler import ScheduleService
from desktop.scheduling.slots import SlotService
from desktop.insights import InsightsService
from desktop.settings import Settings
from desktop.snippets import SnippetService
from desktop.store.backups import BackupService
from desktop.store.db import Store

if TYPE_CHECKING:
    import httpx


class Core:
    def __init__(self, paths: DataPaths, credentials: CredentialStore | None = None) -> None:
        self.settings = Settings(paths.settings)
        if self.settings.get("backup_folder"):
            paths = replace(paths, backup_folder=Path(self.settings.get("backup_folder")))
        self.paths = paths.ensure()
        self.store = Store(paths.database, paths.backups)
        self.backups = BackupService(self.store, paths, lambda: self.settings.get("backups_kept"))
        self.credentials = credentials or CredentialStore()
        self.accounts = AccountService(self.store, self.credentials)
        self.apps = DeveloperAppService(self.store, self.credentials)
        self.connections = ConnectionService(self.accounts, lambda: self.http, paths.avatars, self.apps, paths.locks)
        self.drafts = DraftService(self.store, paths.media)
        self.snippets = SnippetService(self.store)
        self.outbox = Outbox(
            self.store,
            self.connections,
            self.drafts,
            paths.media,
            late_limit=lambda: timedelta(hours=max(self.settings.get("publish_missed_within_hours"), 0)),
        )
        self.inbox = InboxService(self.store)
        self.inbox_sync = InboxSyncService(self.store, self.connections)
        self.replies = ReplyService(self.store, self.connections, self.outbox)
        self.calendar = CalendarService(self.store)
        self.insights = InsightsService(self.store)
        self.schedules = ScheduleService(self.store)
        self.slots = SlotService(self.store, self.schedules)
        self._http: httpx.AsyncClient | None = None

    async def use_backup_folder(self, folder: str) -> None:
        """Keep backups in `folder` from now on ("" for the data folder's own); refused in the user's words
        when Kurzdraht cannot write there, and then nothing changes."""
        import asyncio

        from desktop.store.backups import checked_backup_folder

        chosen = await asyncio.to_thread(checked_backup_folder, folder, self.paths.root)
        self.settings.set("backup_folder", str(chosen) if chosen else "")
        self.paths = replace(self.paths, backup_folder=chosen)
        self.backups.use_folder(self.paths)

    @classmethod
    def create(cls, home: str | os.PathLike[str] | None = None) -> "Core":
        return cls(data_paths(home))

    def open(self) -> "Core":
        """Open (and migrate) the database, blocking; the GUI uses `aopen` instead."""
        self.store.call(self.store.open)
        return self

    async def aopen(self) -> "Core":
        await self.store.run(self.store.open)
        return self

    @property
    def http(self) -> "httpx.AsyncClient":
        """The one shared HTTP client, created on first use (httpx is slow to import)."""
        if self._http is None:
            import httpx

            from desktop import __version__

            self._http = httpx.AsyncClient(
                timeout=httpx.Timeout(30.0, connect=10.0),
                follow_redirects=False,
                headers={"User-Agent": f"Kurzdraht/{__version__}"},
            )
        return self._http

    async def close_http(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def aclose(self) -> None:
        await self.close_http()
        self.store.close()

    def close(self) -> None:
        self.store.close()
