"""The Inbox section: the list of comments, or an empty state that leads to Accounts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from desktop.app import Core
from ui.events import AppEvents
from ui.inbox.delegate import CommentDelegate
from ui.inbox.model import CommentListModel
from ui.jobs import JobRunner
from ui.section import Section
from ui.widgets.empty_state import EmptyState


class InboxSection(Section):
    key = "inbox"
    icon_name = "inbox"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.open_count = 0
        self.model = CommentListModel(core.inbox, jobs, self)
        self.model.page_loaded = self._page_loaded
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.list = QListView()
        self.list.setObjectName("inboxList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(CommentDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.empty = EmptyState("inbox")
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
        events.comments_changed.connect(self.refresh)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Inbox")

    def retranslate_ui(self) -> None:
        self.empty.set_texts(
            self.tr("No comments yet"),
            self.tr("Comments, replies and mentions from all your accounts will appear here in one list, "
                    "so that no one's feedback gets lost. Connect an account to start."),
            self.tr("Connect your first account"),
        )
        self.heading.setText(self.tr("%n open comment(s)", "", self.open_count))
        self.list.viewport().update()

    def refresh(self) -> None:
        self.jobs.start(self.tr("Counting open comments"), self.core.inbox.open_count(),
                        on_done=self._show_count, quiet=True)
        self.model.reload()

    def _show_count(self, count: int) -> None:
        self.open_count = count
        self.heading.setText(self.tr("%n open comment(s)", "", count))

    def _page_loaded(self) -> None:
        self.pages.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.loaded = True
