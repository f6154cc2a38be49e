"""The Insights tables: one small table model for rows of frozen values, with columns declared once
(heading, shown text, raw value to sort by), and the columns of the posts, followers and answering
tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.insights import FollowerSeries, PostResult
from desktop.networks import network_name
from desktop.insights.answering import AccountAnswering, duration_text
from ui.widgets.icons import network_icon
from ui.widgets.times import local_date_time
from ui.widgets.untrusted import tooltip_text

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value (numbers sort as numbers, unknown last)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


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


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

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
        if role == SORT_ROLE:
            value = column.sort(row)
            # Unknown figures sort below every known one (counts and durations are never negative).
            return (-1 if value is None else value) if column.numeric else value
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


def _tr(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Insights", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


POST_COLUMNS: list[Column[PostResult]] = [
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Post")),
        lambda p: _one_line(p.text),
        lambda p: p.text.casefold(),
        tooltip=lambda p: p.text,
    ),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Account")),
        lambda p: p.account_name,
        lambda p: p.account_name.casefold(),
        tooltip=lambda p: network_name(p.network),
        network=lambda p: p.network,
    ),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Published")),
        lambda p: local_date_time(p.published_at),
        lambda p: p.published_at.timestamp(),
    ),
    Column(_tr(QT_TRANSLATE_NOOP("Insights", "Shares")), lambda p: number(p.shares), lambda p: p.shares, numeric=True),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Seen by up to")), lambda p: number(p.reach), lambda p: p.reach, numeric=True
    ),
    Column(_tr(QT_TRANSLATE_NOOP("Insights", "Likes")), lambda p: number(p.likes), lambda p: p.likes, numeric=True),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Replies")), lambda p: number(p.replies), lambda p: p.replies, numeric=True
    ),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Views")),
        lambda p: number(p.impressions),
        lambda p: p.impressions,
        numeric=True,
    ),
]

FOLLOWER_COLUMNS: list[Column[FollowerSeries]] = [
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Account")),
        lambda s: s.account_name,
        lambda s: s.account_name.casefold(),
        tooltip=lambda s: network_name(s.network),
        network=lambda s: s.network,
    ),
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
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Account")),
        lambda a: a.account_name,
        lambda a: a.account_name.casefold(),
        tooltip=lambda a: network_name(a.network),
        network=lambda a: a.network,
    ),
    Column(_tr(QT_TRANSLATE_NOOP("Insights", "Network")), lambda a: a.network_name, lambda a: a.network_name),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Comments")),
        lambda a: number(a.figures.received),
        lambda a: a.figures.received,
        numeric=True,
    ),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Answered")),
        lambda a: number(a.figures.answered),
        lambda a: a.figures.answered,
        numeric=True,
    ),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "Median answer time")),
        lambda a: duration_text(a.figures.median),
        lambda a: a.figures.median.total_seconds() if a.figures.median else None,
        numeric=True,
    ),
    Column(
        _tr(QT_TRANSLATE_NOOP("Insights", "9 in 10 within")),
        lambda a: duration_text(a.figures.p90),
        lambda a: a.figures.p90.total_seconds() if a.figures.p90 else None,
        numeric=True,
    ),
]
