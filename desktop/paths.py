"""Where Kurzdraht keeps its data: platformdirs' user data folder, or KURZDRAHT_HOME."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "KURZDRAHT_HOME"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kurzdraht.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def avatars(self) -> Path:
        """Accounts' profile pictures, one file per account, fetched when connecting or checking."""
        return self.root / "avatars"

    @property
    def media(self) -> Path:
        """Copies of the images attached to posts, so a draft keeps its pictures when the originals move."""
        return self.root / "media"

    def ensure(self) -> "DataPaths":
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


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
