"""Settings → General: the language, the tray, and how late a missed post may still go out by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from desktop.settings import SETTINGS, Settings
from ui.settings.page import LanguageChoice, SettingsPage, spin, wrapped


class GeneralSettings(SettingsPage):
    key = "general"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = LanguageChoice()
        self.language.setObjectName("settingsLanguage")
        self.tray = QCheckBox()
        self.tray.setObjectName("settingsTray")
        self.late_hours = spin("publish_missed_within_hours")
        self.late_hours.setObjectName("settingsLateHours")
        self.late_text = wrapped(QLabel())
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.late_label = wrapped(QLabel())
        self.late_label.setBuddy(self.late_hours)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.tray)
        form.addRow(self.late_label, self.late_hours)
        self.add(form, self.late_text)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("General")

    def retranslate_ui(self) -> None:
        self.language_label.setText(self.tr("&Language:"))
        self.tray.setText(SETTINGS["keep_running_in_tray"].display_label())
        self.tray.setToolTip(self.tr("So that scheduled posts go out on time and new comments are announced"))
        self.late_label.setText(self.tr("A missed post goes out by itself up to"))
        self.late_hours.setSuffix(" " + self.tr("hours late"))
        self.late_hours.setSpecialValueText(self.tr("never (I decide)"))
        self.late_text.setText(
            self.tr(
                "When the computer was off at a post's time, Kurzdraht sends it at the next start if it is at "
                "most this late; a later one waits in the calendar for you to decide."
            )
        )

    def load(self, settings: Settings) -> None:
        self.language.set_code(settings.get("language"))
        self.tray.setChecked(settings.get("keep_running_in_tray"))
        self.late_hours.setValue(settings.get("publish_missed_within_hours"))

    def values(self) -> dict[str, object]:
        return {
            "language": self.language.code(),
            "keep_running_in_tray": self.tray.isChecked(),
            "publish_missed_within_hours": self.late_hours.value(),
        }
