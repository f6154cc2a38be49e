"""What every section of the main window shares: access to the core, jobs and events, and
re-translation when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from desktop.app import Core
from ui.events import AppEvents
from ui.jobs import JobRunner


class Section(QWidget):
    key = ""
    icon_name = ""

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.jobs = jobs
        self.events = events
        self.loaded = False  # True once the first data has been shown
        events.core_ready.connect(self.refresh)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every visible text; called at construction and when the language changes."""

    def refresh(self) -> None:
        """Load this section's data in the background."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
