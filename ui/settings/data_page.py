"""Settings → Data folder: where drafts, comments and settings are, and the log folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.paths import DataPaths
from ui.settings.page import SettingsPage, page_button, wrapped
from ui.widgets.untrusted import plain


def open_folder(folder: str) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(folder))


class DataFolderSettings(SettingsPage):
    key = "data"

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = wrapped(QLabel())
        self.folder = plain(QLabel(str(paths.root)))
        self.folder.setObjectName("settingsDataFolder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data = page_button("settingsOpenDataFolder", lambda: open_folder(str(paths.root)))
        self.open_logs = page_button("settingsOpenLogs", lambda: open_folder(str(paths.logs)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_data)
        buttons.addWidget(self.open_logs)
        buttons.addStretch(1)
        self.other_folder = wrapped(QLabel())
        self.add(self.text, self.folder, buttons, self.other_folder)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Data folder")

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr("Your drafts, comments, posts and settings are kept in this folder on this computer:")
        )
        self.open_data.setText(self.tr("Open the folder"))
        self.open_logs.setText(self.tr("Open the log folder"))
        self.other_folder.setText(
            self.tr(
                "Passwords and logins are not in it: they are in the computer's password store. To use "
                "another folder, start Kurzdraht with --home FOLDER."
            )
        )
