"""What every page of the Settings dialog shares: its layout, its texts in the language chosen, and its
part in loading and storing (Picard's `ui/options/`: a page per file)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.settings import SETTINGS, Settings


def wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


def page_button(object_name: str, on_click: Callable[[], object]) -> QPushButton:
    """A button on a settings page: Enter in a field still means OK, whichever button had the focus."""
    button = QPushButton()
    button.setObjectName(object_name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda: on_click())
    return button


def spin(key: str) -> QSpinBox:
    """A number field with the setting's own bounds."""
    setting = SETTINGS[key]
    field = QSpinBox()
    field.setRange(setting.minimum or 0, setting.maximum or 999)
    return field


class LanguageChoice(QComboBox):
    """The app's language: the system's, German or English (the last two named in their own language).
    The Settings dialog's General page and the first-run guide's first page use it."""

    CODES = SETTINGS["language"].choices  # "system", "de", "en", in the order of the entries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItems(["", "Deutsch", "English"])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setItemText(0, self.tr("System language"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def code(self) -> str:
        return self.CODES[self.currentIndex()]

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(self.CODES.index(code) if code in self.CODES else 0)


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
