"""The inbox list model. It holds only the ids of the comments loaded so far (8 bytes each, in an
array), fetched a page at a time as the view scrolls; the rows themselves are read for what is on
screen and kept in a small cache. So a million comments cost a few megabytes, however far one scrolls.
A row not read yet paints as a placeholder for the moment it takes."""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.inbox.queries import CommentRow, InboxPage, InboxService
from desktop.inbox.search import InboxFilter
from ui.jobs import JobRunner
from ui.widgets.untrusted import tooltip_text

CommentRole = Qt.ItemDataRole.UserRole + 1
FIRST_PAGE = 200  # ids in the first page
FIRST_ROWS = 40  # rows read with the first page: more than a screenful
PAGE_SIZE = 2000  # ids per further page
READ_AHEAD = 60  # rows read around one that is missing
CACHE_ROWS = 3000


class CommentListModel(QAbstractListModel):
    page_loaded = Signal()  # after every page of ids arrives, empty or not
    rows_loaded = Signal()

    def __init__(self, inbox: InboxService, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.inbox = inbox
        self.jobs = jobs
        self.filter = InboxFilter()
        self._ids = array("q")
        self._cache: OrderedDict[int, CommentRow] = OrderedDict()
        self._requested: set[int] = set()
        self._has_more = False
        self._loading = False
        self._generation = 0  # answers from before a reset are dropped

    # -- loading ----------------------------------------------------------------------------------------
    def set_filter(self, search: InboxFilter) -> None:
        self.filter = search
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = array("q")
        self._cache.clear()
        self._requested.clear()
        self._has_more = True
        self._loading = False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._loading = True
        first = not self._ids
        before = self._ids[-1] if self._ids else None
        generation = self._generation
        work = self.inbox.page(
            self.filter, before=before, limit=FIRST_PAGE if first else PAGE_SIZE, with_rows=FIRST_ROWS if first else 0
        )
        self.jobs.start("inbox-page", work, on_done=lambda page: self._append(page, generation), quiet=True)

    def _append(self, page: InboxPage, generation: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._has_more = page.has_more
        self._remember(page.rows)
        if page.ids:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(page.ids) - 1)
            self._ids.extend(page.ids)
            self.endInsertRows()
        self.page_loaded.emit()

    def _request_rows(self, row: int) -> None:
        """Read the rows around `row` (what is on screen and a little more) in the background."""
        start = max(row - READ_AHEAD // 3, 0)
        wanted = [i for i in self._ids[start : start + READ_AHEAD] if i not in self._cache and i not in self._requested]
        if not wanted:
            return
        self._requested.update(wanted)
        generation = self._generation
        self.jobs.start(
            "inbox-rows",
            self.inbox.rows(wanted),
            on_done=lambda rows: self._rows_arrived(rows, wanted, generation),
            quiet=True,
        )

    def _rows_arrived(self, rows: list[CommentRow], wanted: list[int], generation: int) -> None:
        if generation != self._generation:
            return
        self._requested.difference_update(wanted)
        self._remember(rows)
        self._changed({r.id for r in rows})
        self.rows_loaded.emit()

    def _remember(self, rows) -> None:
        for row in rows:
            self._cache[row.id] = row
            self._cache.move_to_end(row.id)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def _changed(self, ids: set[int]) -> None:
        """Repaint after rows arrived or changed. One signal over the whole list costs the same as one
        over a few rows (the view repaints what it shows) and never searches a million ids."""
        if ids and self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    # -- keeping up with changes --------------------------------------------------------------------------
    def update_rows(self, rows: list[CommentRow]) -> None:
        """Show changed comments (done, tagged) in place."""
        self._remember(rows)
        self._changed({r.id for r in rows})

    def show_newer(self) -> None:
        """New comments arrived: put the newer matching ones on top, keeping the selection and what is
        already loaded."""
        if self._loading or not self._ids:
            self.reload()
            return
        generation = self._generation
        self.jobs.start(
            "inbox-newer",
            self.inbox.page(self.filter, limit=FIRST_PAGE, with_rows=FIRST_ROWS),
            on_done=lambda page: self._prepend(page, generation),
            quiet=True,
        )

    def _prepend(self, page: InboxPage, generation: int) -> None:
        if generation != self._generation:
            return
        if not self._ids:
            self.reload()
            return
        newest = self._ids[0]  # as it is now: two of these may have been on their way at once
        if page.ids and page.ids[-1] > newest and page.has_more:
            self.reload()  # more new ones than a page: start again from the top
            return
        fresh = [i for i in page.ids if i > newest]
        self._remember(page.rows)
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._ids[0:0] = array("q", fresh)
            self.endInsertRows()

    def remove_ids(self, ids: set[int]) -> None:
        """Take comments out of the list (marked done while only open ones are shown)."""
        for comment_id in ids:
            row = self.row_of(comment_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()

    # -- Qt's model interface -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def row_of(self, comment_id: int) -> int | None:
        try:
            return self._ids.index(comment_id)
        except ValueError:
            return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        comment_id = self._ids[index.row()]
        row = self._cache.get(comment_id)
        if row is None:
            if role in (Qt.ItemDataRole.DisplayRole, CommentRole):
                self._request_rows(index.row())
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.author_name}: {row.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(row.text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.author_name}, {row.account}: {row.text}"
        if role == CommentRole:
            return row
        return None
