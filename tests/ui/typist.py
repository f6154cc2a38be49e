"""A running Kurzdraht that types into its composer, one character every 40 ms, and prints after each
character how many it has typed and when, so that a test can kill it mid-typing (test_compose.py)."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TEXT = "Liebe Nachbar*innen, am Freitag öffnet das Sprachcafé wieder – mit Kuchen, Spielen und viel Zeit " * 3


def main() -> None:
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from conftest import type_text
    from ui.app import KurzdrahtApp, use_plain_threads

    qapp = QApplication([])
    loop = qasync.QEventLoop(qapp)
    use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    session = KurzdrahtApp(qapp, first_run_guide=False)  # straight to the composer
    session.start()
    typed = 0

    def type_next() -> None:
        nonlocal typed
        if not session.ready:
            QTimer.singleShot(20, type_next)
            return
        editor = session.window.sections["compose"].editor
        type_text(editor.texts.main, TEXT[typed])
        typed += 1
        print(f"{typed} {time.monotonic():.3f}", flush=True)
        if typed < len(TEXT):
            QTimer.singleShot(40, type_next)

    QTimer.singleShot(0, type_next)
    with loop:
        loop.run_forever()


if __name__ == "__main__":
    main()
