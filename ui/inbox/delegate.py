"""Paints one comment: the author's picture with the network's badge; the author, account, time and
tags on the first line; two lines of text; and which of our posts it answers. Open comments are
bold; done ones are muted with a tick."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.inbox.queries import CommentRow
from ui.inbox.model import CommentRole
from ui.widgets.avatars import AvatarPictures
from ui.widgets.colours import Tone, colour
from ui.widgets.icons import network_icon
from ui.widgets.times import relative_time

PADDING = 8
AVATAR = 36
BADGE = 16


class CommentDelegate(QStyledItemDelegate):
    def __init__(self, avatars: AvatarPictures | None = None, parent=None) -> None:
        super().__init__(parent)
        self.avatars = avatars

    @staticmethod
    def row_height(font: QFont) -> int:
        return PADDING * 2 + QFontMetrics(font).lineSpacing() * 4 + 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        row: CommentRow | None = index.data(CommentRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor(colour(Tone.MUTED, palette))
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        left = rect.left() + AVATAR + PADDING
        if row is None:  # being read: a quiet placeholder for the moment it takes
            painter.setPen(muted)
            painter.drawText(QRect(left, rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, "…")
            painter.restore()
            return
        if self.avatars is not None:
            painter.drawPixmap(
                rect.left(), rect.top(), self.avatars.pixmap(row.author_avatar_url, row.author_name, AVATAR)
            )
        network_icon(row.network).paint(
            painter, QRect(rect.left() + AVATAR - BADGE + 4, rect.top() + AVATAR - BADGE + 4, BADGE, BADGE)
        )
        done = row.status == "done"
        bold = QFont(option.font)
        bold.setBold(not done)
        painter.setFont(bold)
        painter.setPen(muted if done else text_colour)
        name = ("✓ " if done else "") + (row.author_name or row.author_handle)
        author = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, rect.width() // 3)
        painter.drawText(QRect(left, rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, author)
        author_width = QFontMetrics(bold).horizontalAdvance(author) + PADDING
        painter.setFont(option.font)
        painter.setPen(muted)
        # The tags first, at the right end, so that a long account name never pushes them out of sight.
        tags = ", ".join("#" + tag_label(t) for t in row.tags)
        room = rect.right() - left - author_width
        tags = metrics.elidedText(tags, Qt.TextElideMode.ElideRight, room // 2) if tags else ""
        tags_width = metrics.horizontalAdvance(tags) + PADDING if tags else 0
        if tags:
            painter.drawText(
                QRect(rect.right() - tags_width + PADDING, rect.top(), tags_width, line),
                Qt.AlignmentFlag.AlignLeft,
                tags,
            )
        meta = " · ".join(filter(None, [row.account, relative_time(row.created_at)]))
        meta_rect = QRect(left + author_width, rect.top(), room - tags_width, line)
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(meta, Qt.TextElideMode.ElideMiddle, meta_rect.width()),
        )
        painter.setPen(muted if done else text_colour)
        body = QRect(left, rect.top() + line + 2, rect.right() - left, line * 2)
        text = " ".join(row.text[:1000].split())  # two lines show far less; a comment may be 1 MB
        painter.drawText(
            body,
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, body.width() * 2 - PADDING),
        )
        if row.post_excerpt:
            painter.setPen(muted)
            on = QCoreApplication.translate("Inbox", "on “%1”").replace("%1", row.post_excerpt)
            painter.drawText(
                QRect(left, rect.top() + line * 3 + 4, rect.right() - left, line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(on, Qt.TextElideMode.ElideRight, rect.right() - left),
            )
        painter.restore()


TAG_LABELS = {
    "question": QT_TRANSLATE_NOOP("Tags", "question"),
    "suggestion": QT_TRANSLATE_NOOP("Tags", "suggestion"),
    "complaint": QT_TRANSLATE_NOOP("Tags", "complaint"),
    "praise": QT_TRANSLATE_NOOP("Tags", "praise"),
}


def tag_label(tag: str) -> str:
    """Built-in tags in the user's language; the user's own tags as they wrote them."""
    label = TAG_LABELS.get(tag)
    return QCoreApplication.translate("Tags", label) if label else tag
