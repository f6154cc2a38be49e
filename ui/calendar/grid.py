"""What the month and week views share: posts painted as chips (the organisation's colour, the networks'
icons, the time and the text), clicking to open, dragging to another day or hour, and a context menu.
The views only place the chips and say which time a point stands for; times are the computer's."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDateTime, QLocale, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from desktop.scheduling.calendar import ScheduledPost
from desktop.states import POST_NEEDS_ATTENTION, PostState
from ui.widgets.icons import network_icon
from ui.widgets.untrusted import tooltip_text
from ui.widgets.colours import Tone, colour

MIME = "application/x-kurzdraht-post"
STATE_MARKS = {PostState.PUBLISHED: "✓", PostState.FAILED: "✗", PostState.MISSED: "⚠", PostState.PUBLISHING: "…"}


def local_of(post: ScheduledPost) -> datetime:
    """When the post is, on this computer's clock (naive)."""
    return post.publish_at.astimezone().replace(tzinfo=None)


class CalendarGrid(QWidget):
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

    # -- data ---------------------------------------------------------------------------------------------
    def set_posts(self, first_day: date, posts: list[ScheduledPost]) -> None:
        self.first_day = first_day
        self.today = date.today()
        self.posts = posts
        self.relayout()

    def relayout(self) -> None:
        self._chips = self.place_chips()
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
        x = rect.left() + 6
        icon = min(rect.height() - 4, 14)
        for network in post.networks[:4]:
            network_icon(network).paint(painter, QRect(x, rect.top() + (rect.height() - icon) // 2, icon, icon))
            x += icon + 1
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        mark = STATE_MARKS.get(post.state, "")
        label = " ".join(
            filter(
                None,
                [
                    mark,
                    local_of(post).strftime("%H:%M") if with_time else "",
                    " ".join((post.title or post.text).split()),
                ],
            )
        )
        text_rect = QRect(x + 3, rect.top(), rect.right() - x - 5, rect.height())
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width()),
        )

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
    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(post.publish_at.timestamp())), QLocale.FormatType.ShortFormat
    )
    lines = [f"{post.organisation} · {when}", post.title or post.text[:200]]
    for account in post.accounts:
        state = account.state.label if account.state else "–"
        lines.append(f"{account.account}: {state}" + (f" – {account.url}" if account.url else ""))
    return "\n".join(lines)
