"""The month view: six weeks of days, each with its posts as chips in time order ("+3 more" when a day
is full); today is highlighted, days of other months are muted. Dropping a post on a day keeps its
time of day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.scheduling.calendar import ScheduledPost
from ui.calendar.grid import CalendarGrid, local_of

WEEKS = 6
HEADER = 22
CHIP = 18


def month_start(day: date) -> date:
    """The Monday on or before the first of `day`'s month: the first cell of the month view."""
    first = day.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(CalendarGrid):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.month = date.today().replace(day=1)
        self.more: dict[date, int] = {}  # posts that did not fit, per day
        self.setMinimumSize(420, 320)

    def show_month(self, month: date, posts: list[ScheduledPost]) -> None:
        self.month = month.replace(day=1)
        self.set_posts(month_start(self.month), posts)

    # -- geometry ---------------------------------------------------------------------------------------
    def _cell(self, index: int) -> QRect:
        width, height = self.width() / 7, (self.height() - HEADER) / WEEKS
        column, row = index % 7, index // 7
        return QRect(int(column * width), HEADER + int(row * height), int(width), int(height))

    def day_of(self, index: int) -> date:
        return self.first_day + timedelta(days=index)

    def place_chips(self) -> list[tuple[QRect, ScheduledPost]]:
        by_day: dict[date, list[ScheduledPost]] = defaultdict(list)
        for post in self.posts:
            by_day[local_of(post).date()].append(post)
        chips: list[tuple[QRect, ScheduledPost]] = []
        self.more = {}
        line = QFontMetrics(self.font()).lineSpacing()
        for index in range(WEEKS * 7):
            day = self.day_of(index)
            posts = sorted(by_day.get(day, ()), key=lambda p: p.publish_at)
            cell = self._cell(index)
            room = max((cell.height() - line - 6) // (CHIP + 2), 0)
            shown = posts if len(posts) <= room else posts[: max(room - 1, 0)]
            # Two lines each (time, then text) where the day has room for that.
            height = 2 * CHIP if len(shown) * (2 * CHIP + 2) <= cell.height() - line - 6 else CHIP
            for number, post in enumerate(shown):
                top = cell.top() + line + 4 + number * (height + 2)
                chips.append((QRect(cell.left() + 3, top, cell.width() - 6, height), post))
            if len(shown) < len(posts):
                self.more[day] = len(posts) - len(shown)
        return chips

    def time_at(self, point: QPoint, keep: time) -> datetime | None:
        for index in range(WEEKS * 7):
            if self._cell(index).contains(point):
                return datetime.combine(self.day_of(index), keep)
        return None

    def cell_rect(self, moment: datetime) -> QRect:
        return self._cell((moment.date() - self.first_day).days)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.relayout()
        super().resizeEvent(event)

    # -- painting ---------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        locale = QLocale()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for column in range(7):
            rect = QRect(self._cell(column).left(), 0, self._cell(column).width(), HEADER)
            painter.setPen(muted)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            )
        grid = palette.color(QPalette.ColorRole.Mid)
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(WEEKS * 7):
            cell = self._cell(index)
            day = self.day_of(index)
            if day == self.today:
                highlight = palette.color(QPalette.ColorRole.Highlight)
                highlight.setAlpha(40)
                painter.fillRect(cell, highlight)
            painter.setPen(grid)
            painter.drawRect(cell)
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(palette.color(QPalette.ColorRole.Text) if day.month == self.month.month else muted)
            painter.drawText(
                cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day)
            )
            if day in self.more:
                painter.setFont(self.font())
                painter.setPen(muted)
                painter.drawText(
                    cell.adjusted(4, 0, -4, -2),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    self.tr("+%1 more").replace("%1", str(self.more[day])),
                )
        painter.setFont(self.font())
        for rect, post in self._chips:
            self.paint_chip(painter, rect, post)
        self.paint_focus(painter)
        self.paint_drop_hint(painter)
