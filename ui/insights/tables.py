"""The Insights tables: one small table model for rows of frozen values, with columns declared once
(heading, shown text, raw value to sort by), and the columns of the posts, followers and answering
tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.insights import FollowerSeries, PostOrder, PostResult
from desktop.networks import network_name
from desktop.insights.answering import AccountAnswering, duration_text
from ui.widgets.icons import network_icon
from ui.widgets.times import local_date_time
from ui.widgets.untrusted import tooltip_text

Row = TypeVar("Row")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def number(value: int | None) -> str:
    return "–" if value is None else QLocale().toString(value)


def change(value: int | None) -> str:
    return "" if value is None else ("+" if value > 0 else "") + QLocale().toString(value)


@dataclass(frozen=True)
class Column(Generic[Row]):
    heading: Callable[[], str]
    text: Callable[[Row], str]
    sort: Callable[[Row], Any]
    numeric: bool = False
    tooltip: Callable[[Row], str] | None = None
    network: Callable[[Row], str] | None = None  # shows the network's icon beside the text
    order: PostOrder | None = None  # how the core sorts by this column (tables read in pages)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A table of a few rows (an organisation's accounts) that sorts itself by a column's raw values."""

    def __init__(self, columns: Sequence[Column[Row]], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Row]) -> list[Row]:
        if self.sorted_by is None:
            return rows
        column, order = self.columns[self.sorted_by[0]], self.sorted_by[1]
        known = [row for row in rows if column.sort(row) is not None]
        unknown = [row for row in rows if column.sort(row) is None]  # last, whichever way
        known.sort(key=column.sort, reverse=order == Qt.SortOrder.DescendingOrder)
        return known + unknown

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return tooltip_text(column.tooltip(row))
        if role == Qt.ItemDataRole.DecorationRole and column.network is not None:
            return network_icon(column.network(row))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].heading()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


class PostsModel(RowTableModel[PostResult]):
    """The period's posts, sorted and read page by page by the core: asking to sort or scrolling to the
    end asks the page (`sort_wanted`, `more_wanted`) to read the rows; they arrive by `set_page`."""

    sort_wanted = Signal(object, bool)  # a PostOrder, descending
    more_wanted = Signal(int)  # the offset to read from

    def __init__(self, parent=None) -> None:
        super().__init__(POST_COLUMNS, parent)
        self.total = 0
        self.order, self.descending = PostOrder.SHARES, True
        self.loading = False

    def set_page(self, rows: list[PostResult], total: int, offset: int = 0) -> None:
        self.loading = False
        self.total = total
        if offset == 0:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        elif offset == len(self.rows) and rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows = self.rows + rows
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = self.columns[column].order
        descending = order == Qt.SortOrder.DescendingOrder
        if wanted is None or (wanted, descending) == (self.order, self.descending):
            return
        self.order, self.descending = wanted, descending
        self.sort_wanted.emit(wanted, descending)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.loading = True
            self.more_wanted.emit(len(self.rows))


def _tr(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Insights", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _account(order: PostOrder | None = None) -> Column[Any]:
    """The account's name with its network's icon (and name as tooltip), for any row of one account."""
    return Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Account")),
        lambda row: row.account_name,
        lambda row: row.account_name.casefold(),
        tooltip=lambda row: network_name(row.network),
        network=lambda row: row.network,
        order=order,
    )


def _figure(heading: str, value: Callable[[Row], int | None], order: PostOrder | None = None) -> Column[Row]:
    """A count (shares, comments, …), shown with the language's thousands separator."""
    return Column(_tr(heading), lambda row: number(value(row)), value, numeric=True, order=order)


def _wait(heading: str, value: Callable[[Row], timedelta | None]) -> Column[Row]:
    """A time waited, in words; sorted by its length."""

    def seconds(row: Row) -> float | None:
        wait = value(row)
        return None if wait is None else wait.total_seconds()

    return Column(_tr(heading), lambda row: duration_text(value(row)), seconds, numeric=True)


POST_COLUMNS: list[Column[PostResult]] = [
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Post")),
        lambda p: _one_line(p.text),
        lambda p: p.text.casefold(),
        tooltip=lambda p: p.text,
        order=PostOrder.TEXT,
    ),
    _account(PostOrder.ACCOUNT),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Published")),
        lambda p: local_date_time(p.published_at),
        lambda p: p.published_at.timestamp(),
        order=PostOrder.PUBLISHED,
    ),
    _figure(QT_TRANSLATE_NOOP("Insights", "Shares"), lambda p: p.shares, PostOrder.SHARES),
    _figure(QT_TRANSLATE_NOOP("Insights", "Seen by up to"), lambda p: p.reach, PostOrder.REACH),
    _figure(QT_TRANSLATE_NOOP("Insights", "Likes"), lambda p: p.likes, PostOrder.LIKES),
    _figure(QT_TRANSLATE_NOOP("Insights", "Replies"), lambda p: p.replies, PostOrder.REPLIES),
    _figure(QT_TRANSLATE_NOOP("Insights", "Views"), lambda p: p.impressions, PostOrder.IMPRESSIONS),
]

FOLLOWER_COLUMNS: list[Column[FollowerSeries]] = [
    _account(),
    Column(_tr(QT_TRANSLATE_NOOP("Insights", "Network")), lambda s: s.network_name, lambda s: s.network_name),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Organisation")),
        lambda s: s.organisation,
        lambda s: s.organisation.casefold(),
    ),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Followers")), lambda s: number(s.latest), lambda s: s.latest, numeric=True
    ),
    Column(_tr(QT_TRANSLATE_NOOP("Insights", "Change")), lambda s: change(s.change), lambda s: s.change, numeric=True),
]

ANSWERING_COLUMNS: list[Column[AccountAnswering]] = [
    _account(),
    Column(_tr(QT_TRANSLATE_NOOP("Insights", "Network")), lambda a: a.network_name, lambda a: a.network_name),
    _figure(QT_TRANSLATE_NOOP("Insights", "Comments"), lambda a: a.figures.received),
    _figure(QT_TRANSLATE_NOOP("Insights", "Answered"), lambda a: a.figures.answered),
    _wait(QT_TRANSLATE_NOOP("Insights", "Median answer time"), lambda a: a.figures.median),
    _wait(QT_TRANSLATE_NOOP("Insights", "9 in 10 within"), lambda a: a.figures.p90),
]
