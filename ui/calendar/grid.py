"""What the month and week views share: posts painted as chips (the organisation's colour, the networks'
icons, the time and the text), clicking to open, dragging to another day or hour, and a context menu.
The views only place the chips and say which time a point stands for; times are the computer's.

By keyboard: Tab into the calendar focuses a post; the arrow keys go to the previous or next post (in time),
Home and End to the first and last; Enter opens it, the menu key (or Shift+F10) shows its menu;
Ctrl+Left/Right move it a day earlier or later, Ctrl+Up/Down a week (month) or an hour (week)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QWidget

from desktop.scheduling.calendar import ScheduledPost
from desktop.states import POST_NEEDS_ATTENTION, PostState
from ui.widgets.icons import network_icon
from ui.widgets.untrusted import tooltip_text
from ui.widgets.colours import Tone, colour
from ui.widgets.times import local_date_time, time_text

MIME = "application/x-kurzdraht-post"
STATE_MARKS = {PostState.PUBLISHED: "✓", PostState.FAILED: "✗", PostState.MISSED: "⚠", PostState.PUBLISHING: "…"}


def local_of(post: ScheduledPost) -> datetime:
    """When the post is, on this computer's clock (naive)."""
    return post.publish_at.astimezone().replace(tzinfo=None)


class CalendarGrid(QWidget):
    vertical_step = timedelta(days=7)  # what Ctrl+Up/Down moves a post by (the week view: an hour)
    open_requested = Signal(object)  # post id
    move_requested = Signal(object, object)  # post id, new local time (naive datetime)
    menu_requested = Signal(object, QPoint)  # ScheduledPost, global position
    day_activated = Signal(object)  # date: double-click on an empty spot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.posts: list[ScheduledPost] = []
        self.first_day = date.today()
        self.today = date.today()
        self._chips: list[tuple[QRect, ScheduledPost]] = []
        self._press: tuple[QPoint, ScheduledPost] | None = None
        self._drop_hint: QRect | None = None
        self.focused_post: int | None = None  # the post the keyboard is on

    # -- data ---------------------------------------------------------------------------------------------
    def set_posts(self, first_day: date, posts: list[ScheduledPost]) -> None:
        self.first_day = first_day
        self.today = date.today()
        self.posts = posts
        self.relayout()

    def relayout(self) -> None:
        self._chips = self.place_chips()
        if self.focused_post is not None and self.chip_rect(self.focused_post) is None:
            self.focused_post = None  # moved out of view, or gone
        self.update()

    def chip_at(self, point: QPoint) -> ScheduledPost | None:
        for rect, post in self._chips:
            if rect.contains(point):
                return post
        return None

    def chip_rect(self, post_id: int) -> QRect | None:
        return next((rect for rect, post in self._chips if post.post_id == post_id), None)

    # -- what a view decides --------------------------------------------------------------------------------
    def place_chips(self) -> list[tuple[QRect, ScheduledPost]]:
        raise NotImplementedError

    def time_at(self, point: QPoint, keep: time) -> datetime | None:
        """The local time a drop at `point` means (`keep`: the dragged post's time of day, where the view
        shows days only)."""
        raise NotImplementedError

    def cell_rect(self, moment: datetime) -> QRect:
        raise NotImplementedError

    # -- painting -----------------------------------------------------------------------------------------
    def paint_chip(self, painter: QPainter, rect: QRect, post: ScheduledPost, with_time: bool = True) -> None:
        organisation = QColor(post.colour)
        faded = post.state == PostState.PUBLISHED or not post.movable and post.state != PostState.PUBLISHING
        fill = QColor(organisation)
        fill.setAlpha(60 if faded else 110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), organisation)
        if post.state in POST_NEEDS_ATTENTION:
            painter.setPen(QPen(QColor(colour(Tone.ERROR)), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        line = QFontMetrics(font).height()
        # Where the chip has room for two lines (a day with few posts), the text gets its own line.
        two_lines = rect.height() >= 2 * line + 2
        first = QRect(rect.left(), rect.top() + 1, rect.width(), line) if two_lines else rect
        x = rect.left() + 6
        icon = min(first.height() - 2, 14)
        for network in post.networks[:4]:
            network_icon(network).paint(painter, QRect(x, first.top() + (first.height() - icon) // 2, icon, icon))
            x += icon + 1
        mark = STATE_MARKS.get(post.state, "")
        when = time_text(local_of(post).time()) if with_time else ""
        text = " ".join((post.title or post.text).split())
        if two_lines:
            lines = [(QRect(x + 3, first.top(), rect.right() - x - 5, line), " ".join(filter(None, [mark, when])))]
            lines.append((QRect(rect.left() + 6, first.bottom() + 1, rect.width() - 10, line), text))
        else:
            lines = [
                (
                    QRect(x + 3, rect.top(), rect.right() - x - 5, rect.height()),
                    " ".join(filter(None, [mark, when, text])),
                )
            ]
        for where, label in lines:
            painter.drawText(
                where,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, where.width()),
            )

    def paint_focus(self, painter: QPainter) -> None:
        """A clear frame around the post the keyboard is on, while the calendar has the focus."""
        rect = self.chip_rect(self.focused_post) if self.focused_post is not None and self.hasFocus() else None
        if rect is not None:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 0, 0), 3, 3)

    # -- keyboard: focus, open, menu, move ---------------------------------------------------------------------
    def _in_order(self) -> list[ScheduledPost]:
        return [post for _, post in sorted(self._chips, key=lambda c: (c[1].publish_at, c[1].post_id))]

    def focused(self) -> ScheduledPost | None:
        return next((post for _, post in self._chips if post.post_id == self.focused_post), None)

    def focus_post(self, post: ScheduledPost | None) -> None:
        self.focused_post = post.post_id if post is not None else None
        # What a screen reader says about the calendar: the post the keyboard is on.
        self.setAccessibleDescription(tooltip(post) if post is not None else "")
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        if self.focused() is None:
            posts = self._in_order()
            upcoming = [p for p in posts if local_of(p).date() >= self.today]
            self.focus_post((upcoming or posts or [None])[0])
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, modifiers = event.key(), event.modifiers()
        posts = self._in_order()
        current = self.focused()
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if not posts:
            super().keyPressEvent(event)
            return
        if key in arrows and modifiers & Qt.KeyboardModifier.ControlModifier:
            if current is not None and current.movable:
                step = {
                    Qt.Key.Key_Left: -timedelta(days=1),
                    Qt.Key.Key_Right: timedelta(days=1),
                    Qt.Key.Key_Up: -self.vertical_step,
                    Qt.Key.Key_Down: self.vertical_step,
                }[Qt.Key(key)]
                self.move_requested.emit(current.post_id, local_of(current) + step)
        elif key in arrows:
            index = posts.index(current) if current in posts else -1
            forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            index = min(index + 1, len(posts) - 1) if forward else max(index - 1, 0)
            self.focus_post(posts[index])
        elif key == Qt.Key.Key_Home:
            self.focus_post(posts[0])
        elif key == Qt.Key.Key_End:
            self.focus_post(posts[-1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.open_requested.emit(current.post_id)
        elif current is not None and (
            key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and modifiers & Qt.KeyboardModifier.ShiftModifier)
        ):
            rect = self.chip_rect(current.post_id)
            if rect is not None:
                self.menu_requested.emit(current, self.mapToGlobal(rect.bottomLeft()))
        else:
            super().keyPressEvent(event)

    def paint_drop_hint(self, painter: QPainter) -> None:
        if self._drop_hint is not None:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._drop_hint.adjusted(1, 1, -1, -1))

    # -- mouse: open, drag, menu ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        post = self.chip_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and post is not None:
            self._press = (event.position().toPoint(), post)
            self.focus_post(post)
        elif event.button() == Qt.MouseButton.RightButton and post is not None:
            self.menu_requested.emit(post, event.globalPosition().toPoint())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        post = self.chip_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if post is not None else Qt.CursorShape.ArrowCursor)
        if post is not None:
            self.setToolTip(tooltip_text(tooltip(post)))
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, pressed = self._press
        if (event.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        if not pressed.movable:
            return  # what went out stays where it was
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(MIME, str(pressed.post_id).encode())
        drag.setMimeData(mime)
        rect = self.chip_rect(pressed.post_id)
        if rect is not None:
            drag.setPixmap(self.grab(rect))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit(self._press[1].post_id)
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.chip_at(event.position().toPoint()) is None:
            moment = self.time_at(event.position().toPoint(), time(9, 0))
            if moment is not None:
                self.day_activated.emit(moment)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        post = self._dragged(event)
        moment = self.time_at(event.position().toPoint(), local_of(post).time()) if post else None
        self._drop_hint = self.cell_rect(moment) if moment is not None else None
        self.update()
        if moment is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._drop_hint = None
        self.update()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._drop_hint = None
        self.update()
        post = self._dragged(event)
        if post is None:
            return
        moment = self.time_at(event.position().toPoint(), local_of(post).time())
        if moment is not None and moment != local_of(post):
            event.acceptProposedAction()
            self.move_requested.emit(post.post_id, moment)

    def _dragged(self, event) -> ScheduledPost | None:
        if not event.mimeData().hasFormat(MIME):
            return None
        post_id = int(bytes(event.mimeData().data(MIME)).decode())
        return next((p for p in self.posts if p.post_id == post_id), None)


def tooltip(post: ScheduledPost) -> str:
    when = local_date_time(post.publish_at)
    lines = [f"{post.organisation} · {when}", post.title or post.text[:200]]
    for account in post.accounts:
        state = account.state.label if account.state else "–"
        lines.append(f"{account.account}: {state}" + (f" – {account.url}" if account.url else ""))
    return "\n".join(lines)
