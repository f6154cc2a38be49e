"""The Calendar section: scheduled and published posts in time order (month and week views come
with the calendar issue)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.app import Core
from desktop.networks import network_name
from desktop.scheduling.calendar import ScheduledPost
from ui.events import AppEvents
from ui.jobs import JobRunner
from ui.section import ListSection
from ui.widgets.list_page import RowListModel
from ui.widgets.times import local_qdatetime


class ScheduleListModel(RowListModel[ScheduledPost]):
    def row_data(self, post: ScheduledPost, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            when = local_qdatetime(post.publish_at)
            state = {"published": self.tr("published"), "failed": self.tr("failed")}.get(post.state, "")
            networks = ", ".join(network_name(n) for n in post.networks)
            head = " · ".join(filter(None, [QLocale().toString(when, "ddd d. MMM, HH:mm"), post.organisation,
                                           networks, state]))
            return f"{head}\n{' '.join(post.text.split())}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(post.colour)
        return None


class CalendarSection(ListSection):
    key = "calendar"
    icon_name = "calendar"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.build_list(ScheduleListModel(self), "scheduleList")
        self.empty.action_clicked.connect(lambda: events.show_section.emit("accounts"))
        events.schedule_changed.connect(self.refresh)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Calendar")

    def retranslate_ui(self) -> None:
        self.empty.set_texts(
            self.tr("Nothing scheduled"),
            self.tr("Scheduled and published posts will appear here by day and week, so you can see "
                    "at a glance what goes out when."),
            self.tr("Connect your first account"),
        )
        self.update_heading()

    def heading_text(self) -> str:
        return self.tr("Last 7 days and coming up")

    def refresh(self) -> None:
        since = datetime.now(timezone.utc) - timedelta(days=7)
        self.jobs.start(self.tr("Loading the schedule"), self.core.calendar.between(start=since),
                        on_done=self._show, quiet=True)

    def _show(self, posts: list[ScheduledPost]) -> None:
        self.model.set_rows(posts)
        self.page.show_list(bool(posts))
        self.loaded = True
