"""Settings → Inbox: how often Kurzdraht checks for new comments, and whether it says so."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from desktop.settings import SETTINGS, Settings
from ui.settings.page import SettingsPage

SYNC_CHOICES = (0, 5, 15, 30, 60)  # minutes; 0: only when asked


class InboxSettings(SettingsPage):
    key = "inbox"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interval = QComboBox()
        self.interval.setObjectName("settingsInterval")
        for minutes in SYNC_CHOICES:
            self.interval.addItem("", minutes)
        self.notify = QCheckBox()
        self.notify.setObjectName("settingsNotify")
        self.interval_label = QLabel()
        self.interval_label.setBuddy(self.interval)
        form = QFormLayout()
        form.addRow(self.interval_label, self.interval)
        form.addRow(self.notify)
        self.add(form)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Inbox")

    def retranslate_ui(self) -> None:
        self.interval_label.setText(self.tr("Check for &new comments:"))
        for row in range(self.interval.count()):
            minutes = self.interval.itemData(row)
            self.interval.setItemText(
                row, self.tr("Only when I ask") if minutes == 0 else self.tr("Every %n minute(s)", "", minutes)
            )
        self.notify.setText(SETTINGS["notify_new_comments"].display_label())

    def load(self, settings: Settings) -> None:
        minutes = settings.get("inbox_sync_minutes")
        if self.interval.findData(minutes) < 0:  # set elsewhere to a value the list does not have
            self.interval.addItem(self.tr("Every %n minute(s)", "", minutes), minutes)
        self.interval.setCurrentIndex(self.interval.findData(minutes))
        self.notify.setChecked(settings.get("notify_new_comments"))

    def values(self) -> dict[str, object]:
        return {"inbox_sync_minutes": self.interval.currentData(), "notify_new_comments": self.notify.isChecked()}
