"""Opening the database: pragmas, the schema version check, a backup, then ordered migrations.

All database work runs on one worker thread (`Store.run`), so the GUI thread never waits on disk
and every write goes through one place.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

import peewee as pw

from desktop.errors import DataFromNewerVersion, KurzdrahtError
from desktop.i18n import translate
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop.store.models import database

T = TypeVar("T")
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 10_000,
    "cache_size": -16_000,  # 16 MB page cache
}
BACKUPS_KEPT = 5


def stored_schema_version(path: Path) -> int:
    """The file's schema version, read without writing anything (0 for a new file)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise KurzdrahtError(
            translate("Storage", "The data file %1 is damaged or not a Kurzdraht database.").replace(
                "%1", str(path))
        ) from error
    finally:
        conn.close()


def backup_database(path: Path, backups: Path, version: int) -> Path:
    """Copy the live database (consistently, via SQLite's backup API) before it is migrated."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"kurzdraht-schema{version}-{stamp}.sqlite3"
    source = sqlite3.connect(str(path))
    destination = sqlite3.connect(str(target))
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    old = sorted(backups.glob("kurzdraht-schema*.sqlite3"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return target


class Store:
    """The one SQLite database of a data folder."""

    def __init__(self, path: Path, backups: Path) -> None:
        self.path = path
        self.backups = backups
        self.db: pw.SqliteDatabase | None = None
        self.last_backup: Path | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kurzdraht-db")

    def open(self) -> None:
        """Check the version, back up, migrate. Refuses data from a newer Kurzdraht untouched."""
        version = stored_schema_version(self.path)
        if version > SCHEMA_VERSION:
            raise DataFromNewerVersion(
                translate(
                    "Storage",
                    "This data was saved by a newer version of Kurzdraht (data version %1; this "
                    "version understands up to %2). Please update Kurzdraht. Your data has not been "
                    "changed.",
                ).replace("%1", str(version)).replace("%2", str(SCHEMA_VERSION))
            )
        if 0 < version < SCHEMA_VERSION:
            self.last_backup = backup_database(self.path, self.backups, version)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = pw.SqliteDatabase(str(self.path), pragmas=PRAGMAS)
        database.initialize(db)
        db.connect(reuse_if_open=True)
        self.db = db
        for step in range(version, SCHEMA_VERSION):
            with db.atomic():
                MIGRATIONS[step](db)
                db.execute_sql(f"PRAGMA user_version = {step + 1}")

    def close(self) -> None:
        if self.db is not None:
            # Close on the worker thread too: peewee keeps one connection per thread.
            try:
                self._executor.submit(self.db.close).result(timeout=10)
            except Exception:  # noqa: BLE001 - closing must not fail shutdown
                pass
            self.db.close()
        self._executor.shutdown(wait=True)

    def call(self, fn: Callable[..., T], *args: object) -> T:
        """Run fn on the database thread and wait (for the CLI and tests, never the GUI thread)."""
        return self._executor.submit(fn, *args).result()

    async def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run fn on the database thread without blocking the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    def schema_version(self) -> int:
        assert self.db is not None
        return int(self.db.execute_sql("PRAGMA user_version").fetchone()[0])
