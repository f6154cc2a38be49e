"""The Calendar section: scheduled and published posts in time order (month and week views come
with the calendar issue)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QAbstractListModel, QDateTime, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from desktop.app import Core
from desktop.networks import network_name
from desktop.scheduling.calendar import ScheduledPost
from ui.events import AppEvents
from ui.jobs import JobRunner
from ui.section import Section
from ui.widgets.empty_state import EmptyState


class ScheduleListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.posts: list[ScheduledPost] = []

    def set_posts(self, posts: list[ScheduledPost]) -> None:
        self.beginResetModel()
        self.posts = posts
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.posts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        post = self.posts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = QDateTime.fromSecsSinceEpoch(int(post.publish_at.timestamp())).toLocalTime()
            state = {"published": self.tr("published"), "failed": self.tr("failed")}.get(post.state, "")
            networks = ", ".join(network_name(n) for n in post.networks)
            head = " · ".join(filter(None, [QLocale().toString(when, "ddd d. MMM, HH:mm"), post.organisation,
                                           networks, state]))
            return f"{head}\n{' '.join(post.text.split())}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(post.colour)
        return None


class CalendarSection(Section):
    key = "calendar"
    icon_name = "calendar"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.model = ScheduleListModel(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.list = QListView()
        self.list.setObjectName("scheduleList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.empty = EmptyState("calendar")
        self.empty.action_clicked.connect(lambda: events.show_section.emit("accounts"))
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(self.heading)
        list_layout.addWidget(self.list)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
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
        self.heading.setText(self.tr("Last 7 days and coming up"))

    def refresh(self) -> None:
        since = datetime.now(timezone.utc) - timedelta(days=7)
        self.jobs.start(self.tr("Loading the schedule"), self.core.calendar.between(start=since),
                        on_done=self._show, quiet=True)

    def _show(self, posts: list[ScheduledPost]) -> None:
        self.model.set_posts(posts)
        self.pages.setCurrentIndex(1 if posts else 0)
        self.loaded = True
