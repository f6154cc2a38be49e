"""The week view: seven days side by side with the hours of the day down the side; a post sits at its
time. Dropping a post on a day and hour moves it there (to the quarter hour)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.scheduling.calendar import ScheduledPost
from ui.calendar.grid import CalendarGrid, local_of

HOUR = 44  # pixels per hour
HEADER = 26
GUTTER = 48  # the hours' column
CHIP = 20


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class WeekView(CalendarGrid):
    vertical_step = timedelta(hours=1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.setMinimumSize(420, HEADER + 24 * HOUR)

    def show_week(self, day: date, posts: list[ScheduledPost]) -> None:
        self.set_posts(week_start(day), posts)

    # -- geometry ---------------------------------------------------------------------------------------
    def _column(self, index: int) -> QRect:
        width = (self.width() - GUTTER) / 7
        return QRect(GUTTER + int(index * width), HEADER, int(width), 24 * HOUR)

    def _y(self, moment: time) -> int:
        return HEADER + int((moment.hour + moment.minute / 60) * HOUR)

    def place_chips(self) -> list[tuple[QRect, ScheduledPost]]:
        by_slot: dict[tuple[int, int], list[ScheduledPost]] = defaultdict(list)
        for post in self.posts:
            local = local_of(post)
            index = (local.date() - self.first_day).days
            if 0 <= index < 7:
                by_slot[(index, self._y(local.time()) // CHIP)].append(post)
        chips = []
        for (index, _), posts in by_slot.items():
            column = self._column(index)
            width = max((column.width() - 4) // len(posts), 12)
            for number, post in enumerate(sorted(posts, key=lambda p: (p.publish_at, p.post_id))):
                top = self._y(local_of(post).time())
                chips.append((QRect(column.left() + 2 + number * width, top, width - 2, CHIP), post))
        return chips

    def time_at(self, point: QPoint, keep: time) -> datetime | None:
        for index in range(7):
            if self._column(index).contains(point):
                minutes = int((point.y() - HEADER) / HOUR * 60) // 15 * 15
                minutes = min(max(minutes, 0), 24 * 60 - 15)
                return datetime.combine(self.first_day + timedelta(days=index), time(minutes // 60, minutes % 60))
        return None

    def cell_rect(self, moment: datetime) -> QRect:
        column = self._column((moment.date() - self.first_day).days)
        return QRect(column.left(), self._y(moment.time()), column.width(), HOUR // 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.relayout()
        super().resizeEvent(event)

    def scroll_hint(self) -> int:
        """Where the working day starts, to scroll there when the week is shown."""
        return self._y(time(7, 0)) - HEADER

    # -- painting ---------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Midlight)
        locale = QLocale()
        for hour in range(24):
            y = HEADER + hour * HOUR
            painter.setPen(grid)
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(muted)
            painter.drawText(QRect(0, y, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
        for index in range(7):
            column = self._column(index)
            day = self.first_day + timedelta(days=index)
            if day == self.today:
                highlight = palette.color(QPalette.ColorRole.Highlight)
                highlight.setAlpha(30)
                painter.fillRect(column, highlight)
            painter.setPen(grid)
            painter.drawLine(column.left(), 0, column.left(), column.bottom())
        if self.first_day <= self.today < self.first_day + timedelta(days=7):
            now = datetime.now()
            column = self._column((self.today - self.first_day).days)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawLine(column.left(), self._y(now.time()), column.right(), self._y(now.time()))
        for rect, post in self._chips:
            self.paint_chip(painter, rect, post, with_time=rect.width() > 90)
        self.paint_focus(painter)
        self.paint_drop_hint(painter)
        self._paint_days(painter, locale)

    def _paint_days(self, painter: QPainter, locale: QLocale) -> None:
        """The days' names stay at the top of what is visible while the hours scroll."""
        palette = self.palette()
        top = self.visibleRegion().boundingRect().top()
        painter.fillRect(QRect(0, top, self.width(), HEADER), palette.color(QPalette.ColorRole.Window))
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(7):
            column = self._column(index)
            day = self.first_day + timedelta(days=index)
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}."
            painter.drawText(QRect(column.left(), top, column.width(), HEADER), Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())
