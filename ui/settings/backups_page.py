"""Settings → Backups: where the daily backups go, how many are kept, "Back up now" and "Restore…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.settings import Settings
from desktop.store.backups import Backup
from ui.settings.page import SettingsPage, page_button, spin, wrapped
from ui.widgets.times import local_date_time
from ui.widgets.untrusted import plain


class BackupSettings(SettingsPage):
    key = "backups"
    back_up_requested = Signal()
    restore_requested = Signal()

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = wrapped(QLabel())
        self.folder = QLineEdit()
        self.folder.setObjectName("settingsBackupFolder")
        self.folder.setPlaceholderText(str(default_folder))
        self.choose_folder = page_button("settingsChooseBackupFolder", self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        self.kept = spin("backups_kept")
        self.kept.setObjectName("settingsBackupsKept")
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.kept_label = QLabel()
        self.kept_label.setBuddy(self.kept)
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.kept_label, self.kept)
        self.back_up_now = page_button("settingsBackUpNow", self.back_up_requested.emit)
        self.restore_button = page_button("settingsRestore", self.restore_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_now)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.last_backup = plain(wrapped(QLabel()))
        self.last_backup.setObjectName("settingsLastBackup")
        self.latest: Backup | None = None
        self.add(self.text, form, buttons, self.last_backup)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Backups")

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "Kurzdraht backs up your data once a day when it starts, and keeps the latest ones. A folder "
                "on another drive keeps them safe when this computer fails. Backups already made stay where "
                "they are."
            )
        )
        self.folder_label.setText(self.tr("&Folder:"))
        self.choose_folder.setText(self.tr("Choose…"))
        self.kept_label.setText(self.tr("&Daily backups kept:"))
        self.back_up_now.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.show_latest(self.latest)

    def load(self, settings: Settings) -> None:
        self.folder.setText(settings.get("backup_folder"))
        self.kept.setValue(settings.get("backups_kept"))

    def values(self) -> dict[str, object]:
        return {"backups_kept": self.kept.value()}  # the folder is tried by the core first (the dialog)

    def show_latest(self, backup: Backup | None) -> None:
        self.latest = backup
        self.last_backup.setText(
            self.tr("Latest backup: %1 in %2")
            .replace("%1", local_date_time(backup.created_at))
            .replace("%2", str(backup.path.parent))
            if backup
            else self.tr("No backup yet.")
        )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.folder.text() or self.folder.placeholderText()
        )
        if folder:
            self.folder.setText(folder)
