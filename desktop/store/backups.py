"""Backups of the data file: checked copies made with SQLite's backup API, one a day automatically (the
last 7 kept), on request, and before each migration; the integrity check; and restoring a backup.

A backup is written under a temporary name and renamed only after it passed its own check, so a
backup with a final name was complete and sound when it was made.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from desktop.errors import KurzdrahtError, NotFound
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.paths import PRIVATE_FOLDER, DataPaths, create_private_file, make_private
from desktop.store.db import LOCK_WAIT_SECONDS, Store
from desktop.store.errors import DatabaseDamaged, StorageError, storage_error

log = logging.getLogger(__name__)

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
DAILY_KEPT = 7
BEFORE_RESTORE_KEPT = 3
DAILY_EVERY = timedelta(days=1)
# How many problems an integrity check lists at most (a badly damaged file has thousands).
PROBLEMS_LISTED = 20
_NAME = re.compile(r"^kurzdraht-(daily|manual|before-restore|schema\d+)-(\d{8}T\d{12})\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S%f"
_KIND_LABELS = {
    DAILY: QT_TRANSLATE_NOOP("Backups", "daily"),
    MANUAL: QT_TRANSLATE_NOOP("Backups", "made by hand"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "schema": QT_TRANSLATE_NOOP("Backups", "before an update"),
}


class NothingToBackUp(KurzdrahtError):
    """There is no data file yet."""


class BackupDamaged(StorageError):
    """The backup chosen for a restore fails its check; nothing was changed."""


@dataclass(frozen=True)
class Integrity:
    ok: bool
    problems: tuple[str, ...] = ()  # SQLite's own words, at most PROBLEMS_LISTED


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    kind: str  # daily, manual, before-restore or schemaN (before a migration)
    created_at: datetime  # UTC
    size_bytes: int
    ok: bool | None  # passed its check; None when not checked

    def kind_label(self) -> str:
        return translate("Backups", _KIND_LABELS["schema" if self.kind.startswith("schema") else self.kind])

    def size_label(self) -> str:
        if self.size_bytes >= 1_000_000:
            return translate("Backups", "%1 MB").replace("%1", f"{self.size_bytes / 1_000_000:.1f}")
        return translate("Backups", "%1 kB").replace("%1", f"{max(self.size_bytes, 1) / 1000:.0f}")

    def check_label(self) -> str:
        if self.ok is None:
            return translate("Backups", "not checked")
        return translate("Backups", "good") if self.ok else translate("Backups", "damaged")

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "created_at": self.created_at.isoformat(),
            "size_bytes": self.size_bytes,
            "ok": self.ok,
        }


@dataclass(frozen=True)
class Restored:
    backup: Backup
    previous: Path | None  # where the file that was replaced is kept


@dataclass(frozen=True)
class StartCheck:
    """What the check after start found, and the daily backup it made (if one was due)."""

    integrity: Integrity
    backup: Backup | None


def check_database(path: Path, quick: bool = False, lock_seconds: float = LOCK_WAIT_SECONDS) -> Integrity:
    """SQLite's integrity check on a connection of its own (the app may keep working meanwhile). It only
    reads, but opens read-write so that, being the last to close, it removes the -wal and -shm files a
    read-only one would leave behind. A full disk or a lock is raised as such: it says nothing about the
    file."""
    if not path.is_file():
        return Integrity(False, (translate("Backups", "The file does not exist."),))
    conn = None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=lock_seconds)
        pragma = "quick_check" if quick else "integrity_check"
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({PROBLEMS_LISTED})")]
        if rows == ["ok"]:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return Integrity(True)
        return Integrity(False, tuple(rows))
    except sqlite3.Error as error:
        mapped = storage_error(error, path, lock_seconds)
        if mapped is not None and not isinstance(mapped, DatabaseDamaged):
            raise mapped from error
        return Integrity(False, (str(error),))
    finally:
        if conn is not None:
            conn.close()


def backup_name(kind: str, when: datetime) -> str:
    return f"kurzdraht-{kind}-{when.astimezone(timezone.utc).strftime(_STAMP)}.sqlite3"


def _describe(path: Path, check: bool) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    created = datetime.strptime(match.group(2), _STAMP).replace(tzinfo=timezone.utc)
    ok = check_database(path, quick=True).ok if check else None
    return Backup(path.name, path, match.group(1), created, path.stat().st_size, ok)


def list_backups(paths: DataPaths, check: bool = True) -> list[Backup]:
    """The backups, newest first; with `check`, each gets a quick integrity check."""
    if not paths.backups.is_dir():
        return []
    found = [b for b in (_describe(p, check) for p in paths.backups.glob("kurzdraht-*.sqlite3")) if b]
    return sorted(found, key=lambda b: (b.created_at, b.name), reverse=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows cannot open folders and commits renames itself)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def create_backup(
    paths: DataPaths,
    kind: str = MANUAL,
    now: datetime | None = None,
    lock_seconds: float = LOCK_WAIT_SECONDS,
    checked: Integrity | None = None,
    daily_kept: int = DAILY_KEPT,
) -> Backup:
    """Check the data file (unless `checked` is the check just made), copy it with SQLite's backup API,
    check the copy, then give it its name."""
    source_path = paths.database
    if not source_path.is_file() or source_path.stat().st_size == 0:
        raise NothingToBackUp(
            translate("Backups", "There is no data to back up yet in %1.").replace("%1", str(paths.root))
        )
    integrity = checked or check_database(source_path, lock_seconds=lock_seconds)
    if not integrity.ok:
        log.error("not backing up %s, its check failed: %s", source_path, "; ".join(integrity.problems))
        raise DatabaseDamaged(source_path, "; ".join(integrity.problems))
    paths.backups.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    when = now or datetime.now(timezone.utc)
    target = paths.backups / backup_name(kind, when)
    partial = paths.backups / f".partial-{target.name}"
    try:
        create_private_file(partial)
        source = sqlite3.connect(f"{source_path.as_uri()}?mode=rw", uri=True, timeout=lock_seconds)
        copy = sqlite3.connect(str(partial))
        try:
            source.backup(copy)
            # A backup stands alone: no -wal or -shm files beside it, even when opened later.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
            source.close()
        copied = check_database(partial, lock_seconds=lock_seconds)
        if not copied.ok:
            raise KurzdrahtError(
                translate(
                    "Backups", "The new backup failed its check, so it was not kept. Details are in the log file."
                )
            )
        _fsync_file(partial)
        os.replace(partial, target)
        _sync_folder(paths.backups)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        mapped = storage_error(error, target, lock_seconds) if isinstance(error, Exception) else None
        if mapped is not None and mapped is not error:
            raise mapped from error
        raise
    log.info("backup %s written (%s bytes)", target.name, target.stat().st_size)
    prune(paths, daily_kept)
    return Backup(target.name, target, kind, when.astimezone(timezone.utc), target.stat().st_size, True)


def prune(paths: DataPaths, daily_kept: int = DAILY_KEPT) -> list[str]:
    """Keep the newest daily backups and copies made before a restore; never touch the user's own
    backups or those made before an update (the migration step keeps those)."""
    removed = []
    backups = list_backups(paths, check=False)
    for kind, kept in ((DAILY, max(daily_kept, 1)), (BEFORE_RESTORE, BEFORE_RESTORE_KEPT)):
        for stale in [b for b in backups if b.kind == kind][kept:]:
            stale.path.unlink(missing_ok=True)
            removed.append(stale.name)
    for leftover in paths.backups.glob(".partial-*"):  # a backup cut short by a crash
        leftover.unlink(missing_ok=True)
    return removed


def checked_backup_folder(text: str, root: Path) -> Path | None:
    """The folder the user typed or chose for backups, made if need be and tried with a file; None for the
    data folder's own. Refused in the user's words when it cannot take backups."""
    import tempfile

    text = text.strip()
    if not text:
        return None
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        raise KurzdrahtError(
            translate("Backups", "Please give the whole path of the folder for backups, e.g. %1.").replace(
                "%1", str(Path.home() / translate("Backups", "Backups"))
            )
        )
    if folder == root / "backups":
        return None
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".kurzdraht-try-"):
            pass
    except OSError as error:
        raise KurzdrahtError(
            translate("Backups", "Kurzdraht cannot keep backups in %1: %2")
            .replace("%1", str(folder))
            .replace("%2", error.strerror or type(error).__name__)
        ) from error
    return folder


def daily_backup_due(paths: DataPaths, now: datetime | None = None) -> bool:
    """True when there is data and no daily or hand-made backup from the last day."""
    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        return False
    now = now or datetime.now(timezone.utc)
    recent = [b for b in list_backups(paths, check=False) if b.kind in (DAILY, MANUAL)]
    return not recent or now - recent[0].created_at >= DAILY_EVERY


def find_backup(paths: DataPaths, name: str | None) -> Backup:
    """A backup by file name, or (name None) the newest one that passes its check."""
    backups = list_backups(paths, check=name is None)
    if name is None:
        good = [b for b in backups if b.ok and b.kind != BEFORE_RESTORE]
        if not good:
            raise NotFound(
                translate("Backups", "There is no good backup to restore in %1.").replace("%1", str(paths.backups))
            )
        return good[0]
    for backup in backups:
        if backup.name == name or backup.path.stem == name:
            return backup
    raise NotFound(
        translate("Backups", "There is no backup called “%1”. “kurzdraht backup list” shows them.").replace("%1", name)
    )


def _backup_damaged(backup: Backup) -> BackupDamaged:
    return BackupDamaged(
        translate(
            "Backups",
            "The backup %1 is damaged too, so it was not restored. Nothing was changed; choose another backup.",
        ).replace("%1", backup.name)
    )


def restore_files(
    paths: DataPaths, backup: Backup, now: datetime | None = None, daily_kept: int = DAILY_KEPT
) -> Restored:
    """Replace the data file by a copy of `backup`. The current file (and its -wal) is moved into the
    backups folder first, so a restore can itself be undone. Call with the database closed."""
    if not check_database(backup.path).ok:
        raise _backup_damaged(backup)
    database = paths.database
    partial = paths.root / f".restoring-{backup.name}"
    previous: Path | None = None
    try:
        create_private_file(partial)
        with open(backup.path, "rb") as source, open(partial, "wb") as target:
            while chunk := source.read(1 << 20):
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
        if database.exists():
            previous = paths.backups / backup_name(BEFORE_RESTORE, now or datetime.now(timezone.utc))
            os.replace(database, previous)
            wal = Path(f"{database}-wal")
            if wal.exists():  # committed changes not yet in the file itself: they belong to it
                os.replace(wal, Path(f"{previous}-wal"))
        Path(f"{database}-shm").unlink(missing_ok=True)
        os.replace(partial, database)
        _sync_folder(paths.root)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        mapped = storage_error(error, database, LOCK_WAIT_SECONDS) if isinstance(error, Exception) else None
        if mapped is not None and mapped is not error:
            raise mapped from error
        raise
    if previous is not None:
        _fold_wal(previous)
    make_private(paths)
    prune(paths, daily_kept)
    log.info("restored %s from %s; the previous file is kept as %s", database, backup.name, previous)
    return Restored(backup, previous)


def _fold_wal(path: Path) -> None:
    """Write a kept file's -wal into it, so the copy stands alone like every other backup; a damaged
    file keeps its -wal beside it as it is."""
    wal = Path(f"{path}-wal")
    if not wal.exists():
        return
    try:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.Error as error:
        log.warning("the replaced file %s keeps its -wal beside it: %s", path.name, error)
    Path(f"{path}-shm").unlink(missing_ok=True)


def ensure_not_in_use(path: Path, lock_seconds: float) -> None:
    """Refuse to replace a file another program has open (a running Kurzdraht while the CLI restores, a
    scheduled publish-due run): it would go on writing to the replaced file. In WAL mode only a
    connection alone with the file gets an exclusive lock, even if the others are idle."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    conn = sqlite3.connect(str(path), timeout=lock_seconds, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        mapped = storage_error(error, path, lock_seconds)
        if mapped is not None and not isinstance(mapped, DatabaseDamaged):
            raise mapped from error  # locked, read-only, full: say so; a damaged file may be replaced
    finally:
        conn.close()


class BackupService:
    """Backups for the GUI and the CLI; file work runs off the event loop, a restore on the database
    thread with the connection closed."""

    def __init__(self, store: Store, paths: DataPaths, daily_kept: Callable[[], int] = lambda: DAILY_KEPT) -> None:
        self.store = store
        self.paths = paths
        self.daily_kept = daily_kept  # how many daily backups are kept (a setting)

    def use_folder(self, paths: DataPaths) -> None:
        """Backups go to `paths.backups` from now on (those made before stay where they are)."""
        self.paths = paths
        self.store.backups = paths.backups

    async def list(self) -> list[Backup]:
        return await asyncio.to_thread(list_backups, self.paths)

    async def create(self, kind: str = MANUAL, checked: Integrity | None = None) -> Backup:
        return await asyncio.to_thread(
            create_backup, self.paths, kind, None, self.store.lock_wait_seconds, checked, self.daily_kept()
        )

    async def check(self) -> Integrity:
        return await asyncio.to_thread(check_database, self.store.path, False, self.store.lock_wait_seconds)

    async def check_after_start(self) -> StartCheck:
        """The integrity check, then the daily backup if one is due and the file is sound."""
        integrity = await self.check()
        if not integrity.ok:
            log.error("the integrity check of %s failed: %s", self.store.path, "; ".join(integrity.problems))
            return StartCheck(integrity, None)
        backup = None
        if await asyncio.to_thread(daily_backup_due, self.paths):
            backup = await self.create(DAILY, checked=integrity)  # the file was checked a moment ago
        return StartCheck(integrity, backup)

    async def restore(self, name: str | None) -> Restored:
        """Restore a backup by name (None: the newest good one) and open it, migrated if it is older."""
        backup = await asyncio.to_thread(find_backup, self.paths, name)
        # Checked before the connection closes too: a bad choice leaves the app working as it was.
        if not (await asyncio.to_thread(check_database, backup.path)).ok:
            raise _backup_damaged(backup)

        def replace() -> Restored:
            ensure_not_in_use(self.paths.database, self.store.lock_wait_seconds)
            return restore_files(self.paths, backup, daily_kept=self.daily_kept())

        return await self.store.run(self.store.reopen_after, replace)
