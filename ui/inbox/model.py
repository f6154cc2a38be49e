"""The inbox list model: holds prebuilt rows and fetches further pages lazily as the view scrolls,
so a million comments cost a page of memory."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.inbox.queries import CommentRow, InboxPage, InboxService
from ui.jobs import JobRunner
from ui.widgets.icons import network_icon

CommentRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100


class CommentListModel(QAbstractListModel):
    page_loaded = Signal()  # after every page arrives, empty or not

    def __init__(self, inbox: InboxService, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.inbox = inbox
        self.jobs = jobs
        self._rows: list[CommentRow] = []
        self._has_more = False
        self._loading = False
        self._generation = 0  # pages from before a reset are dropped

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._has_more = True
        self._loading = False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._loading

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.author_name}: {row.text}"
        if role == Qt.ItemDataRole.DecorationRole:
            return network_icon(row.network)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        if role == CommentRole:
            return row
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._loading = True
        before = (self._rows[-1].created_at, self._rows[-1].id) if self._rows else None
        generation = self._generation
        self.jobs.start("inbox-page", self.inbox.page(before=before, limit=PAGE_SIZE),
                        on_done=lambda page: self._append(page, generation), quiet=True)

    def _append(self, page: InboxPage, generation: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._has_more = page.has_more
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit()
