"""Save a screenshot of the demo workspace (for the README): python scripts/screenshot.py OUT.png [section] [lang]"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    import qasync

    from desktop.demo import make_demo_home, remove_demo_home
    from ui.app import KurzdrahtApp, use_plain_threads

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
    section = sys.argv[2] if len(sys.argv) > 2 else "inbox"
    language = sys.argv[3] if len(sys.argv) > 3 else "de"
    home = make_demo_home()
    (home / "settings.json").write_text(
        f'{{"language": "{language}", "last_section": "{section}", "insights_period": "year"}}'
    )
    qapp = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(qapp)
    use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    session = KurzdrahtApp(qapp, home, demo=True)
    session.window.resize(1100, 680)

    def shoot() -> None:
        if not session.window.current_section().loaded:
            QTimer.singleShot(50, shoot)
            return
        QTimer.singleShot(300, lambda: (session.window.grab().save(str(out)), qapp.quit()))

    session.start()
    QTimer.singleShot(100, shoot)
    with loop:
        loop.run_forever()
        loop.run_until_complete(session.aclose())
    remove_demo_home(home)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
