"""User settings, each declared once with its type, default and label; kept as JSON in the data folder."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.paths import PRIVATE_FOLDER


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str  # English source; show it through translate("Settings", label)
    choices: tuple[str, ...] = ()
    minimum: int | None = None  # for numbers: the smallest and largest value taken
    maximum: int | None = None

    def accepts(self, value: Any) -> bool:
        if not isinstance(value, self.type) or (self.choices and value not in self.choices):
            return False
        if isinstance(value, int) and not isinstance(value, bool):
            return (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)
        return True

    def display_label(self) -> str:
        return translate("Settings", self.label)


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("language", str, "system", QT_TRANSLATE_NOOP("Settings", "Language"), ("system", "de", "en")),
        Setting("window_geometry", str, "", QT_TRANSLATE_NOOP("Settings", "Window size and position")),
        Setting("window_state", str, "", QT_TRANSLATE_NOOP("Settings", "Window layout")),
        Setting(
            "last_section",
            str,
            "inbox",
            QT_TRANSLATE_NOOP("Settings", "Last open section"),
            ("inbox", "compose", "calendar", "accounts", "insights"),
        ),
        Setting(
            "insights_period",
            str,
            "month",
            QT_TRANSLATE_NOOP("Settings", "The period Insights shows"),
            ("week", "month", "year"),
        ),
        Setting("compose_draft", int, 0, QT_TRANSLATE_NOOP("Settings", "The post open in the composer")),
        Setting(
            "inbox_sync_minutes",
            int,
            5,
            QT_TRANSLATE_NOOP("Settings", "Check for new comments every (minutes, 0: only on request)"),
            minimum=0,
            maximum=24 * 60,
        ),
        Setting(
            "first_run_guide_done",
            bool,
            False,
            QT_TRANSLATE_NOOP("Settings", "The first-run guide was finished or skipped"),
        ),
        Setting("notify_new_comments", bool, True, QT_TRANSLATE_NOOP("Settings", "Notify me of new comments")),
        Setting(
            "keep_running_in_tray",
            bool,
            True,
            QT_TRANSLATE_NOOP("Settings", "Keep running in the tray when the window is closed"),
        ),
        Setting(
            "publish_missed_within_hours",
            int,
            2,
            QT_TRANSLATE_NOOP(
                "Settings", "Publish a scheduled post automatically when it is at most this many hours late"
            ),
            minimum=0,
            maximum=72,
        ),
        Setting(
            "backup_folder",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "Folder for backups (empty: the data folder's own)"),
        ),
        Setting("backups_kept", int, 7, QT_TRANSLATE_NOOP("Settings", "Daily backups kept"), minimum=1, maximum=365),
    )
}


class Settings:
    """Typed access to settings.json; unknown keys are kept, bad values fall back to defaults."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._writing = threading.Lock()
        self.reload()

    def reload(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self._values = raw if isinstance(raw, dict) else {}
        except (OSError, ValueError):
            self._values = {}

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        value = self._values.get(key, setting.default)
        return value if setting.accepts(value) else setting.default

    def set(self, key: str, value: Any) -> None:
        setting = SETTINGS[key]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {key} takes {setting.type.__name__}")
        if not setting.accepts(value):
            raise ValueError(f"setting {key} does not take {value!r}")
        self._values[key] = value

    def save(self) -> None:
        """Write atomically, so a crash never leaves half a file."""
        self._write_latest()

    async def asave(self) -> None:
        """Save off the calling thread (the GUI's)."""
        import asyncio

        await asyncio.to_thread(self._write_latest)

    def _write_latest(self) -> None:
        # One write at a time, each with the values as they are when it starts: a save that started
        # earlier can never end last with older values (the window's state saved at closing, a
        # language chosen a moment before).
        with self._writing:
            self._write(dict(self._values))

    def _write(self, values: dict[str, Any]) -> None:
        self.path.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        # mkstemp creates the file 0600, and os.replace keeps that: settings stay private on POSIX.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(values, handle, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
