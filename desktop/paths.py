"""Where Kurzdraht keeps its data: platformdirs' user data folder, or KURZDRAHT_HOME. On POSIX the folder
is private (0700) and its files 0600: the inbox and drafts must not be readable by every user of a shared
office PC."""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "KURZDRAHT_HOME"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
# Only Kurzdraht's own entries are made private: --home may name a folder that holds other things too.
OWN_FOLDERS = ("backups", "logs", "avatars", "media")
OWN_FILE_PREFIXES = ("kurzdraht.sqlite3", "settings.json", ".settings-")


@dataclass(frozen=True)
class DataPaths:
    root: Path
    backup_folder: Path | None = None  # where the user chose to keep backups (Settings), else the data folder's

    @property
    def database(self) -> Path:
        return self.root / "kurzdraht.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.backup_folder or self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def avatars(self) -> Path:
        """Accounts' profile pictures, one file per account, fetched when connecting or checking."""
        return self.root / "avatars"

    @property
    def locks(self) -> Path:
        """Lock files that keep two Kurzdraht processes from renewing one account's login at once."""
        return self.root / "locks"

    @property
    def media(self) -> Path:
        """Copies of the images attached to posts, so a draft keeps its pictures when the originals move."""
        return self.root / "media"

    def ensure(self) -> "DataPaths":
        """Create the folders and make them (and what is already in them) private."""
        from desktop.store.errors import DataFolderUnusable, check_data_folder

        check_data_folder(self.root)
        try:
            # A chosen backup folder (perhaps on a drive not plugged in now) is made when a backup is.
            for folder in (self.root, self.root / "backups", self.logs):
                folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
            if not os.access(self.root, os.W_OK):
                from desktop.store.errors import DatabaseReadOnly

                raise DatabaseReadOnly(self.database)  # said here, before the log file fails to open
            # The log (appended to by desktop.logs) is created private rather than with the umask's 0644.
            create_private_file(self.logs / "kurzdraht.log")
            make_private(self)
        except (NotADirectoryError, FileExistsError) as error:
            check_data_folder(self.root)  # a file took the folder's place meanwhile
            raise DataFolderUnusable(self.root, error.strerror or type(error).__name__) from error
        except OSError as error:
            from desktop.store.errors import DiskFull

            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull(self.database) from error
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                from desktop.errors import plain_message
                from desktop.store.errors import StorageError

                raise StorageError(plain_message(error)) from error  # names the folder it may not write
            raise DataFolderUnusable(self.root, error.strerror or type(error).__name__) from error
        return self


def make_private(paths: DataPaths) -> None:
    """Folders 0700, files 0600 (POSIX only; on Windows the user's profile folder is already private).
    Also fixes folders and files that earlier versions left readable by everyone."""
    if os.name != "posix":
        return
    _chmod(paths.root, PRIVATE_FOLDER)
    for entry in paths.root.iterdir():
        if entry.name in OWN_FOLDERS and entry.is_dir() and not entry.is_symlink():
            _chmod(entry, PRIVATE_FOLDER)
            for inner in entry.rglob("*"):
                if not inner.is_symlink():
                    _chmod(inner, PRIVATE_FOLDER if inner.is_dir() else PRIVATE_FILE)
        elif entry.name.startswith(OWN_FILE_PREFIXES) and entry.is_file() and not entry.is_symlink():
            _chmod(entry, PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except OSError:
        # Removed meanwhile (a rotated log), another user's file, or a read-only drive: best effort, and
        # opening the database names a read-only drive in the user's words.
        pass


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner (a database SQLite then fills, whose -wal and
    -shm files SQLite gives the same mode)."""
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, PRIVATE_FILE))


def data_paths(home: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder: an explicit one, else $KURZDRAHT_HOME, else the OS user data folder."""
    if home is None:
        home = os.environ.get(HOME_ENV) or None
    if home is None:
        import platformdirs  # imported here: only needed when no override is given

        home = platformdirs.user_data_dir("Kurzdraht", appauthor=False, roaming=True)
    return DataPaths(Path(home).expanduser().resolve())


def resources_dir() -> Path:
    """The folder holding icons and translations, in a checkout, a wheel or a PyInstaller build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    import kurzdraht_resources  # installed from a wheel: resources/ became this package

    return Path(kurzdraht_resources.__file__).resolve().parent
