"""Settings → Developer apps: the organisations' own apps at the networks that need one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.settings.page import SettingsPage, page_button, wrapped


class DeveloperAppSettings(SettingsPage):
    key = "apps"
    apps_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = wrapped(QLabel())
        self.apps_button = page_button("settingsDeveloperApps", self.apps_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.apps_button)
        row.addStretch(1)
        self.add(self.text, row)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Developer apps")

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "Some networks (Facebook and Instagram, Threads, X, LinkedIn, YouTube) let an organisation "
                "connect only through its own developer app. Its ID and secret are kept here, the secret in "
                "the password store."
            )
        )
        self.apps_button.setText(self.tr("Developer apps…"))
