"""What went wrong with the data file, in the user's words: SQLite's and the OS's error codes mapped to
one error each, so that a full disk or a lock is never reported as a damaged file (which a user might
then delete)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from desktop.errors import KurzdrahtError
from desktop.i18n import translate

# SQLite's primary result codes (extended codes keep these in their low byte).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26
# A file shorter than SQLite's 100-byte header cannot hold even an empty database.
SQLITE_HEADER_BYTES = 100


def _restore_hint() -> str:
    return translate(
        "Storage",
        "To restore the latest good backup, choose File → Restore from backup… in "
        "Kurzdraht, or run: kurzdraht backup restore --latest",
    )


class StorageError(KurzdrahtError):
    """The data file could not be read or written; the text names the cause."""


class DatabaseDamaged(StorageError):
    """The file is not a readable SQLite database (or fails its integrity check)."""

    def __init__(self, path: Path, details: str = "") -> None:
        super().__init__(
            translate("Storage", "The data file %1 is damaged or not a Kurzdraht database.").replace("%1", str(path))
            + " "
            + _restore_hint()
        )
        self.path = path
        self.details = details  # SQLite's own words, for the log


class DatabaseCutOff(DatabaseDamaged):
    """The file is shorter than any database: a copy or a save was cut off."""

    def __init__(self, path: Path, size: int) -> None:
        StorageError.__init__(
            self,
            translate(
                "Storage",
                "The data file %1 is only %2 bytes long: it was cut off (for example by an interrupted copy) "
                "and holds nothing Kurzdraht can read.",
            )
            .replace("%1", str(path))
            .replace("%2", str(size))
            + " "
            + _restore_hint(),
        )
        self.path = path
        self.details = f"{size} bytes"


class DiskFull(StorageError):
    """No space left where the data lives; the file itself is fine."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Storage",
                "The disk holding your data (%1) is full, so Kurzdraht could not save. Your data file is "
                "not damaged: free some space, then try again.",
            ).replace("%1", str(path.parent))
        )


class DatabaseLocked(StorageError):
    """Another program holds a lock on the file for longer than we wait."""

    def __init__(self, path: Path, seconds: float) -> None:
        super().__init__(
            translate(
                "Storage",
                "Another program is using the data file %1 and kept it locked for %2 seconds (perhaps a "
                "second Kurzdraht, a scheduled “publish-due” run, or a database tool). Close it and try "
                "again; nothing was changed.",
            )
            .replace("%1", str(path))
            .replace("%2", f"{seconds:g}")
        )


class DatabaseReadOnly(StorageError):
    """The file, its folder or its drive does not allow writing."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Storage",
                "Kurzdraht may not write to the data file %1: the file, its folder or its drive is "
                "read-only. Make it writable (or start Kurzdraht with --home and a writable folder); "
                "nothing was changed.",
            ).replace("%1", str(path))
        )


class HomeIsAFile(StorageError):
    """The data folder given (--home or KURZDRAHT_HOME) names a file."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Storage",
                "The data folder %1 is a file, not a folder. Give a folder for Kurzdraht's data (a new one "
                "is created if it does not exist).",
            ).replace("%1", str(path))
        )


class DataFolderUnusable(StorageError):
    """The data folder cannot be created or entered (permissions, a missing drive)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            translate("Storage", "Kurzdraht cannot use the data folder %1: %2.")
            .replace("%1", str(path))
            .replace("%2", reason)
        )


def _sqlite_errors(error: BaseException) -> list[sqlite3.Error]:
    """The sqlite3 errors behind `error`: peewee wraps one as its first argument, and a failed ROLLBACK
    after a full disk hides the real one in its context."""
    found: list[sqlite3.Error] = []
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        current = pending.pop(0)
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            found.append(current)
        pending.extend([*current.args[:1], current.__cause__, current.__context__])
    return found


def _read_only(path: Path) -> bool:
    target = path if path.exists() else path.parent
    try:
        return bool(os.statvfs(target).f_flag & os.ST_RDONLY) or not os.access(target, os.W_OK)
    except (OSError, AttributeError):  # no statvfs on Windows: access() answers alone
        return not os.access(target, os.W_OK)


def storage_error(error: BaseException, path: Path, lock_seconds: float) -> StorageError | None:
    """The user's error for a database or file error on `path`, or None when it is something else
    (a constraint, a bug) that must travel on unchanged."""
    if isinstance(error, StorageError):
        return error
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return DatabaseReadOnly(path)
        return None
    for found in _sqlite_errors(error):
        mapped = _from_sqlite(found, path, lock_seconds)
        if mapped is not None:
            return mapped
    return None


def _from_sqlite(found: sqlite3.Error, path: Path, lock_seconds: float) -> StorageError | None:
    code = getattr(found, "sqlite_errorcode", 0) & 0xFF
    text = str(found).lower()
    if code == SQLITE_FULL or "disk is full" in text:
        return DiskFull(path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return DatabaseLocked(path, lock_seconds)
    if code == SQLITE_READONLY or "readonly" in text:
        return DatabaseReadOnly(path)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        # SQLite names these vaguely; the file system says what it really was.
        if _read_only(path):
            return DatabaseReadOnly(path)
        if _disk_full(path):
            return DiskFull(path)
        return None
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        size = path.stat().st_size if path.is_file() else 0
        if 0 < size < SQLITE_HEADER_BYTES:
            return DatabaseCutOff(path, size)
        return DatabaseDamaged(path, str(found))
    return None


def _disk_full(path: Path) -> bool:
    try:
        stats = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024  # less than a few pages left


def check_data_folder(root: Path) -> None:
    """Refuse a data folder that is a file, before anything tries to create files inside it."""
    if root.exists() and not root.is_dir():
        raise HomeIsAFile(root)
    for parent in root.parents:
        if parent.exists():
            if not parent.is_dir():
                raise HomeIsAFile(parent)
            break
