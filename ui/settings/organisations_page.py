"""Settings → Organisations: the organisations one posts for (name, colour, time zone) and their posting
slots. The rows are stored by the dialog, through the core, with the other settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.settings.organisations import OrganisationRows
from ui.settings.page import SettingsPage, page_button, wrapped


class OrganisationSettings(SettingsPage):
    key = "organisations"
    slots_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = wrapped(QLabel())
        self.rows_editor = OrganisationRows()
        self.slots_button = page_button("settingsSlots", self.slots_requested.emit)
        self.slots_text = wrapped(QLabel())
        row = QHBoxLayout()
        row.addWidget(self.slots_button)
        row.addWidget(self.slots_text, 1)
        self.add(self.text, self.rows_editor, row)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Organisations")

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "The organisations you post for. Each has its colour in the calendar and its time zone, in "
                "which its posts are scheduled."
            )
        )
        self.slots_button.setText(self.tr("Posting slots…"))
        self.slots_text.setText(self.tr("The times each organisation usually posts at, for “Add to queue”."))
