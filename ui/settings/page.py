"""What every page of the Settings dialog shares: its layout, its texts in the language chosen, and its
part in loading and storing (Picard's `ui/options/`: a page per file)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.settings import SETTINGS, Settings


def wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


def spin(key: str) -> QSpinBox:
    """A number field with the setting's own bounds."""
    setting = SETTINGS[key]
    field = QSpinBox()
    field.setRange(setting.minimum or 0, setting.maximum or 999)
    return field


class SettingsPage(QWidget):
    key = ""  # how the dialog and the app name the page ("general", "inbox", …)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(12, 0, 0, 0)

    def add(self, *rows: QWidget | QFormLayout | QHBoxLayout) -> None:
        """The page's rows from the top, then room below."""
        for row in rows:
            if isinstance(row, QWidget):
                self.rows.addWidget(row)
            else:
                self.rows.addLayout(row)
        self.rows.addStretch(1)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Every text of the page; at construction and when the language changes."""

    def load(self, settings: Settings) -> None:
        """Show the stored values."""

    def values(self) -> dict[str, object]:
        """The settings as the page shows them now (stored by the dialog with the others)."""
        return {}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
