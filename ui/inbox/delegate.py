"""Paints one comment: network icon, author, account and time on the first line, the text below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.inbox.queries import CommentRow
from ui.inbox.model import CommentRole
from ui.widgets.icons import network_icon
from ui.widgets.times import relative_time

PADDING = 8
ICON = 20


class CommentDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, PADDING * 2 + line * 3 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: CommentRow | None = index.data(CommentRole)
        if row is None:
            return super().paint(painter, option, index)
        style = option.widget.style() if option.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        network_icon(row.network).paint(painter, QRect(rect.left(), rect.top(), ICON, ICON))
        left = rect.left() + ICON + PADDING
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        bold = QFont(option.font)
        bold.setBold(row.status == "open")
        painter.setFont(bold)
        painter.setPen(text_colour)
        author = QFontMetrics(bold).elidedText(row.author_name, Qt.TextElideMode.ElideRight, rect.width() // 3)
        painter.drawText(QRect(left, rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, author)
        author_width = QFontMetrics(bold).horizontalAdvance(author) + PADDING
        painter.setFont(option.font)
        painter.setPen(muted)
        meta = " · ".join(filter(None, [row.account, relative_time(row.created_at),
                                        ", ".join(tag_label(t) for t in row.tags)]))
        meta_rect = QRect(left + author_width, rect.top(), rect.right() - left - author_width, line)
        painter.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(meta, Qt.TextElideMode.ElideRight, meta_rect.width()))
        painter.setPen(text_colour)
        body = QRect(left, rect.top() + line + 2, rect.right() - left, line * 2)
        text = " ".join(row.text.split())
        painter.drawText(body, int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, body.width() * 2 - PADDING))
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
