"""The Inbox section: the list of comments, or an empty state that leads to Accounts."""

from __future__ import annotations

from PySide6.QtWidgets import QListView, QWidget

from desktop.app import Core
from ui.events import AppEvents
from ui.inbox.delegate import CommentDelegate
from ui.inbox.model import CommentListModel
from ui.jobs import JobRunner
from ui.section import ListSection


class InboxSection(ListSection):
    key = "inbox"
    icon_name = "inbox"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.open_count = 0
        self.build_list(CommentListModel(core.inbox, jobs, self), "inboxList")
        self.model.page_loaded.connect(self._page_loaded)
        self.list.setSpacing(0)
        self.list.setItemDelegate(CommentDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.empty.action_clicked.connect(lambda: events.show_section.emit("accounts"))
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
        self.update_heading()
        self.list.viewport().update()

    def heading_text(self) -> str:
        return self.tr("%n open comment(s)", "", self.open_count)

    def refresh(self) -> None:
        self.jobs.start(self.tr("Counting open comments"), self.core.inbox.open_count(),
                        on_done=self._show_count, quiet=True)
        self.model.reload()

    def _show_count(self, count: int) -> None:
        self.open_count = count
        self.update_heading()

    def _page_loaded(self) -> None:
        self.page.show_list(self.model.rowCount() > 0)
        self.loaded = True
