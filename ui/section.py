"""What every section of the main window shares: access to the core, jobs and events, and
re-translation when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from desktop.app import Core
from ui.events import AppEvents
from ui.jobs import JobRunner
from ui.widgets.empty_state import EmptyState
from ui.widgets.list_page import ListOrEmpty


class Section(QWidget):
    key = ""
    icon_name = ""
    badge_changed = Signal()  # the number beside the section's name changed

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.jobs = jobs
        self.events = events
        self.loaded = False  # True once the first data has been shown
        self.badge = 0  # shown beside the section's name (e.g. open comments); 0 shows nothing
        events.core_ready.connect(self.refresh)

    def title(self) -> str:
        raise NotImplementedError

    def set_badge(self, number: int) -> None:
        if number != self.badge:
            self.badge = number
            self.badge_changed.emit()

    def retranslate_ui(self) -> None:
        """Set every visible text; called at construction and when the language changes."""

    def refresh(self) -> None:
        """Load this section's data in the background."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ApplicationPaletteChange:
            self.palette_changed()
        super().changeEvent(event)

    def palette_changed(self) -> None:
        """The system switched between its light and dark palette: colours of the app's own follow."""


class ListSection(Section):
    """A section whose content is one list, with an empty state in its place while it is empty."""

    def build_list(
        self, model, object_name: str, above: QWidget | None = None, view: QAbstractItemView | None = None
    ) -> None:
        self.model = model
        self.list = view or QListView()
        self.list.setObjectName(object_name)
        self.list.setModel(model)
        self.list.setWordWrap(True)
        if isinstance(self.list, QListView):
            self.list.setSpacing(4)
        self.empty = EmptyState(self.icon_name)
        self.page = ListOrEmpty(self.list, self.empty)
        self.heading = self.page.heading
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if above is not None:
            layout.addWidget(above)
        layout.addWidget(self.page, 1)

    def heading_text(self) -> str:
        """The line above the list, from the section's current data."""
        return ""

    def update_heading(self) -> None:
        self.heading.setText(self.heading_text())
