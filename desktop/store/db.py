"""Opening the database: pragmas, the schema version check, a backup, then ordered migrations.

All database work runs on one worker thread (`Store.run`), so the GUI thread never waits on disk
and every write goes through one place.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

import peewee as pw

from desktop.errors import DataFromNewerVersion
from desktop.i18n import translate
from desktop.paths import PRIVATE_FOLDER, create_private_file
from desktop.store.errors import DatabaseDamaged, DatabaseReadOnly, check_data_folder, storage_error
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop.store.models import database

T = TypeVar("T")
log = logging.getLogger(__name__)
# How long a write waits for another program's lock before the user is told who holds it.
LOCK_WAIT_SECONDS = 10.0
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -16_000,  # 16 MB page cache
}
BACKUPS_KEPT = 5


def stored_schema_version(path: Path, lock_seconds: float = LOCK_WAIT_SECONDS) -> int:
    """The file's schema version, read without writing anything (0 for a new file)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    conn = None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=lock_seconds)
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as error:
        log.warning("reading the schema version of %s failed: %s", path, error)
        raise (storage_error(error, path, lock_seconds) or DatabaseDamaged(path, str(error))) from error
    finally:
        if conn is not None:
            conn.close()


def backup_database(path: Path, backups: Path, version: int) -> Path:
    """Copy the live database (consistently, via SQLite's backup API) before it is migrated."""
    backups.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"kurzdraht-schema{version}-{stamp}.sqlite3"
    create_private_file(target)
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


def _details(error: BaseException) -> str:
    """The error's traceback as text for the log: a record holding the error itself would keep the
    failed statement, and with it a lock on the file, alive."""
    import traceback

    return "".join(traceback.format_exception(error)).rstrip()


class Store:
    """The one SQLite database of a data folder."""

    def __init__(self, path: Path, backups: Path) -> None:
        self.path = path
        self.backups = backups
        self.db: pw.SqliteDatabase | None = None
        self.last_backup: Path | None = None
        self.lock_wait_seconds = LOCK_WAIT_SECONDS
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kurzdraht-db")

    def open(self) -> None:
        """Check the version, back up, migrate. Refuses data from a newer Kurzdraht untouched; a file
        that cannot be used is reported by its cause (full, locked, read-only, damaged)."""
        try:
            self._open()
            return
        except Exception as error:
            if self.db is not None:
                self.db.close()
                self.db = None
            mapped = storage_error(error, self.path, self.lock_wait_seconds)
            if mapped is None or mapped is error:
                raise
            log.warning("opening %s failed: %s", self.path, _details(error))
            mapped.details_logged = True  # so the message may point to the log
        raise mapped  # outside the except: see _explained

    def _open(self) -> None:
        check_data_folder(self.path.parent)
        if self.path.exists() and not os.access(self.path, os.W_OK):
            raise DatabaseReadOnly(self.path)  # else SQLite opens it read-only and fails at the first save
        version = stored_schema_version(self.path, self.lock_wait_seconds)
        if version > SCHEMA_VERSION:
            raise DataFromNewerVersion(
                translate(
                    "Storage",
                    "This data was saved by a newer version of Kurzdraht (data version %1; this "
                    "version understands up to %2). Please update Kurzdraht. Your data has not been "
                    "changed.",
                )
                .replace("%1", str(version))
                .replace("%2", str(SCHEMA_VERSION))
            )
        if 0 < version < SCHEMA_VERSION:
            self.last_backup = backup_database(self.path, self.backups, version)
        self.path.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        if not self.path.exists():
            create_private_file(self.path)
        pragmas = {**PRAGMAS, "busy_timeout": int(self.lock_wait_seconds * 1000)}
        db = pw.SqliteDatabase(str(self.path), pragmas=pragmas, timeout=self.lock_wait_seconds)
        database.initialize(db)
        db.connect(reuse_if_open=True)
        self.db = db
        for step in range(version, SCHEMA_VERSION):
            with db.atomic():
                MIGRATIONS[step](db)
                db.execute_sql(f"PRAGMA user_version = {step + 1}")

    def reopen_after(self, replace: Callable[[], T]) -> T:
        """Close the connection, let `replace` change the file, open it again (on the database thread,
        so no other database work runs meanwhile)."""
        if self.db is not None:
            self.db.close()
            self.db = None
        try:
            result = replace()
        except BaseException:
            try:
                self.open()  # the file is as it was: keep working on it if it can be opened
            except Exception:  # noqa: BLE001 - the first error is the one to report
                log.warning("reopening %s after a failed replacement failed", self.path, exc_info=True)
            raise
        self.open()
        return result

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
        return self._executor.submit(self._explained, fn, *args).result()

    async def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run fn on the database thread without blocking the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(self._explained, fn, *args, **kwargs))

    def _explained(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run fn; a full disk, a lock, a read-only or damaged file comes back as the user's error."""
        try:
            return fn(*args, **kwargs)
        except Exception as error:
            mapped = storage_error(error, self.path, self.lock_wait_seconds)
            if mapped is None or mapped is error:
                raise
            log.warning("database work on %s failed: %s", self.path, _details(error))
            mapped.details_logged = True  # so the message may point to the log
        # Raised outside the except, without the SQLite error chained: its traceback holds the failed
        # statement, which keeps the file locked (even after close) for as long as the error is kept.
        raise mapped

    def schema_version(self) -> int:
        assert self.db is not None
        return int(self.db.execute_sql("PRAGMA user_version").fetchone()[0])
