"""People's pictures for lists: a round picture once it has been fetched (in the background, kept on
disk by the core), and the person's initials on a colour of their own until then or without one."""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from desktop.app import Core
from ui.jobs import JobRunner

MEMORY_PICTURES = 400
# Behind white initials: each at least 4.5:1 against white (tests/ui/test_accessibility.py).
COLOURS = ("#2f6f9f", "#7d3c98", "#0e6b5c", "#b03a2e", "#a04000", "#2c3e50", "#5d6d7e", "#1e7b34")


def initials(name: str) -> str:
    words = [w for w in name.replace("@", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def _round(image: QImage, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    painter.drawImage(
        QRectF(0, 0, size, size),
        image.scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
        ),
    )
    painter.end()
    return pixmap


def initials_pixmap(name: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = COLOURS[int(hashlib.md5(name.encode()).hexdigest(), 16) % len(COLOURS)]
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(max(size * 2 // 5, 8))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


class AvatarPictures(QObject):
    """Round pictures by URL, fetched once each; `updated` asks the views to paint again."""

    updated = Signal()

    def __init__(self, core: Core, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.jobs = jobs
        self._pictures: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._asked: set[str] = set()
        self._images: dict[str, QImage | None] = {}

    def pixmap(self, url: str, name: str, size: int) -> QPixmap:
        key = (url or name, size)
        found = self._pictures.get(key)
        if found is not None:
            self._pictures.move_to_end(key)
            return found
        image = self._images.get(url) if url else None
        if url and url not in self._asked:
            self._asked.add(url)
            self.jobs.start(
                "avatar",
                self.core.connections.person_avatar(url),
                on_done=lambda data, u=url: self._arrived(u, data),
                quiet=True,
            )
        pixmap = _round(image, size) if image is not None else initials_pixmap(name, size)
        if image is not None or not url or url in self._images:
            self._pictures[key] = pixmap
            while len(self._pictures) > MEMORY_PICTURES:
                self._pictures.popitem(last=False)
        return pixmap

    def _arrived(self, url: str, data: bytes | None) -> None:
        image = QImage.fromData(data) if data else QImage()
        if not image.isNull():  # kept small: a list shows pictures of 40 pixels at most
            image = image.scaled(
                96, 96, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
            )
        self._images[url] = None if image.isNull() else image
        if len(self._images) > MEMORY_PICTURES:
            self._images.pop(next(iter(self._images)))
        for key in [k for k in self._pictures if k[0] == url]:
            del self._pictures[key]
        self.updated.emit()
