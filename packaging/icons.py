"""The app icon for Windows (.ico) and macOS (.icns), drawn from resources/icons/kurzdraht.svg by Qt and
written by Pillow. The installers' build steps run it; the spec uses the icons when they are there.

    python packaging/icons.py [OUT]      (default: build/icons)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(size: int):  # noqa: ANN201 - a PIL image
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(REPO / "resources" / "icons" / "kurzdraht.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    import io

    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt draws only with an application
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    largest = render(SIZES[-1])
    largest.save(out / "kurzdraht.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(out / "kurzdraht.icns")
    largest.resize((256, 256)).save(out / "kurzdraht.png")
    for name in ("kurzdraht.ico", "kurzdraht.icns", "kurzdraht.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
