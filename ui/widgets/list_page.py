"""What the sections share: a small list model over prebuilt rows, and a page that shows a
heading with a list, or an empty state when there is nothing to list."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.widgets.empty_state import EmptyState
from ui.widgets.untrusted import plain

Row = TypeVar("Row")


class RowListModel(QAbstractListModel, Generic[Row]):
    """A list of prebuilt rows (small sets: accounts, drafts, a range of the schedule)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.row_data(self.rows[index.row()], role)

    def row_data(self, row: Row, role: int) -> Any:
        raise NotImplementedError


class ListOrEmpty(QWidget):
    """A heading above a list view, or an empty state in its place."""

    def __init__(self, view: QAbstractItemView, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.empty = empty
        self.heading = plain(QLabel())
        self.heading.setObjectName("sectionHeading")
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(self.heading)
        list_layout.addWidget(view)
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def show_list(self, has_rows: bool) -> None:
        self.pages.setCurrentIndex(1 if has_rows else 0)
