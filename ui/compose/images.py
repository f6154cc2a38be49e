"""The post's images: a thumbnail each, its description (alt text) beside it, a warning while empty."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from desktop.drafts import Attachment
from ui.widgets.untrusted import plain
from ui.widgets.colours import Tone, text_style

THUMBNAIL = QSize(96, 72)


class ImageCard(QFrame):
    changed = Signal()
    remove_requested = Signal(object)
    fit_requested = Signal(object, bool)  # the card, crop (else borders)

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.attachment = attachment
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture = QPixmap(attachment.path)
        if not picture.isNull():
            self.thumbnail.setPixmap(
                picture.scaled(
                    THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        self.alt_text = QLineEdit(attachment.alt_text)
        self.alt_text.setObjectName("altText")
        self.alt_text.textChanged.connect(self._alt_changed)
        self.warning = plain(QLabel())
        self.warning.setObjectName("altWarning")
        self.warning.setStyleSheet(text_style(Tone.WARNING))
        self.warning.setWordWrap(True)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        # Shown when a chosen account takes no image of this shape (Instagram: 4:5 to 1.91:1).
        self.fit = QWidget()
        self.fit.setObjectName("imageFit")
        self.fit_label = plain(QLabel())
        self.fit_label.setStyleSheet(text_style(Tone.ERROR))
        self.pad_button = QToolButton()
        self.pad_button.setObjectName("imagePad")
        self.crop_button = QToolButton()
        self.crop_button.setObjectName("imageCrop")
        self.pad_button.clicked.connect(lambda: self.fit_requested.emit(self, False))
        self.crop_button.clicked.connect(lambda: self.fit_requested.emit(self, True))
        fit_row = QHBoxLayout(self.fit)
        fit_row.setContentsMargins(0, 0, 0, 0)
        fit_row.addWidget(self.fit_label, 1)
        fit_row.addWidget(self.pad_button)
        fit_row.addWidget(self.crop_button)
        self.fit.hide()
        side = QVBoxLayout()
        side.addWidget(self.alt_text)
        side.addWidget(self.warning)
        side.addWidget(self.fit)
        layout = QHBoxLayout(self)
        layout.addWidget(self.thumbnail)
        layout.addLayout(side, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.alt_text.setPlaceholderText(self.tr("Describe the image for people who cannot see it"))
        self.remove_button.setToolTip(self.tr("Remove this image"))
        size = f"{self.attachment.width}×{self.attachment.height}" if self.attachment.width else ""
        self.thumbnail.setToolTip(size)
        self.fit_label.setText(self.tr("This shape does not fit every chosen network."))
        self.pad_button.setText(self.tr("Add borders"))
        self.crop_button.setText(self.tr("Crop"))
        self._show_warning()

    def show_fit(self, aspect: tuple[float, float] | None) -> None:
        """Offer borders or cropping when the image's shape is outside `aspect` (width ÷ height)."""
        width, height = self.attachment.width, self.attachment.height
        outside = (
            aspect is not None
            and bool(width and height)
            and not aspect[0] - 0.005 <= (width or 1) / (height or 1) <= aspect[1] + 0.005
        )
        self.fit.setVisible(outside)

    def _alt_changed(self, text: str) -> None:
        self.attachment = replace(self.attachment, alt_text=text)
        self._show_warning()
        self.changed.emit()

    def _show_warning(self) -> None:
        self.warning.setText(
            ""
            if self.attachment.alt_text.strip()
            else self.tr("No description yet: people using screen readers will miss this image.")
        )
        self.warning.setVisible(not self.attachment.alt_text.strip())


class ImageStrip(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageStrip")
        self.cards: list[ImageCard] = []
        self.aspect: tuple[float, float] | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(card.attachment for card in self.cards)

    def set_attachments(self, attachments: tuple[Attachment, ...]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for attachment in attachments:
            self._add_card(attachment)
        self.setVisible(bool(self.cards))

    def add(self, attachment: Attachment) -> None:
        self._add_card(attachment)
        self.setVisible(True)
        self.changed.emit()

    fit_requested = Signal(object, bool)

    def _add_card(self, attachment: Attachment, index: int | None = None) -> ImageCard:
        card = ImageCard(attachment, self)
        card.changed.connect(self.changed)
        card.remove_requested.connect(self._remove)
        card.fit_requested.connect(self.fit_requested)
        card.show_fit(self.aspect)
        if index is None:
            self.layout_.addWidget(card)
            self.cards.append(card)
        else:
            self.layout_.insertWidget(index, card)
            self.cards.insert(index, card)
        return card

    def set_aspect(self, aspect: tuple[float, float] | None) -> None:
        self.aspect = aspect
        for card in self.cards:
            card.show_fit(aspect)

    def replace(self, card: ImageCard, attachment: Attachment) -> None:
        """The card's image, reshaped: the new one takes its place (and its description)."""
        if card not in self.cards:
            return
        index = self.cards.index(card)
        self.cards.remove(card)
        card.deleteLater()
        self._add_card(attachment, index)
        self.changed.emit()

    def _remove(self, card: ImageCard) -> None:
        self.cards.remove(card)
        card.deleteLater()
        self.setVisible(bool(self.cards))
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for card in self.cards:
            card.alt_text.setReadOnly(read_only)
            card.remove_button.setEnabled(not read_only)

    def retranslate_ui(self) -> None:
        for card in self.cards:
            card.retranslate_ui()
