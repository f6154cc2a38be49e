"""An honest empty state: what this place is for, why it is empty, and the button that leads on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.icons import icon
from ui.widgets.untrusted import plain


class EmptyState(QWidget):
    action_clicked = Signal()
    secondary_clicked = Signal()

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.picture = QLabel()
        self.picture.setPixmap(icon(icon_name).pixmap(64, 64))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = plain(QLabel())
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = plain(QLabel())
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.explanation.setMaximumWidth(520)
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.clicked.connect(self.action_clicked)
        self.secondary = QPushButton()
        self.secondary.setFlat(True)
        self.secondary.setCursor(Qt.CursorShape.PointingHandCursor)
        self.secondary.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; }")
        self.secondary.clicked.connect(self.secondary_clicked)
        self.secondary.hide()
        for widget in (self.picture, self.title):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        # A word-wrapped label given an alignment in its layout is sized for one width and shown at another:
        # its last lines were cut off. Centred by stretches instead, it gets the height its width needs.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.explanation, 100)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.secondary, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_texts(self, title: str, explanation: str, button: str | None, secondary: str | None = None) -> None:
        self.title.setText(title)
        self.explanation.setText(explanation)
        self.button.setVisible(bool(button))
        self.button.setText(button or "")
        self.secondary.setVisible(bool(secondary))
        self.secondary.setText(secondary or "")
