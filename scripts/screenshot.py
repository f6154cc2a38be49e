"""Save a screenshot of the demo workspace (for the README): python scripts/screenshot.py OUT.png [section] [lang]

`section` may also be `guide:N`: page N (0–3) of the first-run guide on a new, empty workspace, or
`settings:PAGE`: that page of the Settings dialog on the demo workspace. A fourth argument `dark` gives
the app a dark palette, as a system's dark theme does."""

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
    guide_page = int(section.partition(":")[2] or 0) if section.startswith("guide") else None
    home = make_demo_home()
    (home / "settings.json").write_text(
        f'{{"language": "{language}", "last_section": "{section}", "insights_period": "year"}}'
    )
    qapp = QApplication(sys.argv[:1])
    if len(sys.argv) > 4 and sys.argv[4] == "dark":
        from ui.widgets.colours import dark_palette

        qapp.setPalette(dark_palette(qapp.palette()))
    loop = qasync.QEventLoop(qapp)
    use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    session = KurzdrahtApp(qapp, home, demo=guide_page is None)
    session.window.resize(1100, 680)

    def shoot_guide() -> None:
        guide = session.guide
        if guide is None or not guide.isVisible() or guide.organisations_page.saving:
            QTimer.singleShot(50, shoot_guide)
            return
        if guide.currentId() == 1 and not guide.organisations_page.rows.has_name():
            guide.organisations_page.rows.rows[0].name.setText("Nachbarschaftszentrum Lindenhof")
        if guide.currentId() < guide_page:
            guide.next()
            QTimer.singleShot(50, shoot_guide)
            return
        QTimer.singleShot(300, lambda: (guide.grab().save(str(out)), qapp.quit()))

    def shoot_settings() -> None:
        dialog = session.settings_dialog
        if dialog is None:
            session.open_settings(section.partition(":")[2])
            QTimer.singleShot(50, shoot_settings)
            return
        if not dialog.rows.rows:
            QTimer.singleShot(50, shoot_settings)
            return
        QTimer.singleShot(300, lambda: (dialog.grab().save(str(out)), qapp.quit()))

    def shoot() -> None:
        if guide_page is not None:
            shoot_guide()
            return
        if section.startswith("settings"):
            if session.window.current_section().loaded:
                shoot_settings()
            else:
                QTimer.singleShot(50, shoot)
            return
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
