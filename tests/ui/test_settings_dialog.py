"""Settings in one dialog: each setting stored and applied at once, refusals shown on their page."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from conftest import open_settings, run_in_loop


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def stored_settings(home: Path) -> dict:
    return json.loads((home / "settings.json").read_text()) if (home / "settings.json").exists() else {}


def test_ctrl_comma_opens_settings_and_every_setting_is_stored_and_applied(start_gui, qtbot, home, tmp_path):
    session = start_gui()
    window = session.window
    run_in_loop(qtbot, session.core.accounts.save_organisations([(None, "Lindenhof", "#2f6f9f", "Europe/Berlin")]))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.settings_dialog is not None and session.settings_dialog.isVisible())
    dialog = session.settings_dialog
    qtbot.waitUntil(lambda: [row.name.text() for row in dialog.rows.rows] == ["Lindenhof"])
    assert [dialog.index.item(row).text() for row in range(dialog.index.count())] == [
        "General",
        "Organisations",
        "Inbox",
        "Backups",
        "Data folder",
        "Developer apps",
    ]

    dialog.general.tray.setChecked(False)
    dialog.general.late_hours.setValue(6)
    dialog.show_page("organisations")
    dialog.rows.rows[0].name.setText("Nachbarschaftszentrum Lindenhof")
    second = dialog.rows.add_row()
    second.name.setText("Jugendclub Funkenflug")
    second.timezone.setCurrentText("Europe/Vienna")
    dialog.show_page("inbox")
    dialog.inbox.interval.setCurrentIndex(dialog.inbox.interval.findData(15))
    dialog.inbox.notify.setChecked(False)
    dialog.show_page("backups")
    usb = tmp_path / "usb" / "Sicherungen"
    dialog.backups.folder.setText(str(usb))
    dialog.backups.kept.setValue(3)
    ok(dialog)
    qtbot.waitUntil(lambda: session.settings_dialog is None, timeout=5000)

    stored = stored_settings(home)
    assert {key: stored[key] for key in ("keep_running_in_tray", "publish_missed_within_hours")} == {
        "keep_running_in_tray": False,
        "publish_missed_within_hours": 6,
    }
    assert (stored["inbox_sync_minutes"], stored["notify_new_comments"]) == (15, False)
    assert (stored["backup_folder"], stored["backups_kept"]) == (str(usb), 3)
    organisations = run_in_loop(qtbot, session.core.accounts.organisations())
    assert [(o.name, o.timezone) for o in organisations] == [
        ("Jugendclub Funkenflug", "Europe/Vienna"),
        ("Nachbarschaftszentrum Lindenhof", "Europe/Berlin"),
    ]
    assert organisations[0].colour != organisations[1].colour
    # Applied at once: the inbox checks every 15 minutes, late posts follow the new limit, backups go
    # to the chosen folder.
    assert window.sections["inbox"]._timer.interval() == 15 * 60_000
    assert session.core.outbox.late_limit().total_seconds() == 6 * 3600

    dialog = open_settings(session, qtbot, "backups")
    assert dialog.backups.folder.text() == str(usb) and dialog.backups.kept.value() == 3
    qtbot.mouseClick(dialog.backups.back_up_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backups.last_backup.text().startswith("Latest backup:"), timeout=10_000)
    assert str(usb) in dialog.backups.last_backup.text()
    assert len(list(usb.glob("kurzdraht-manual-*.sqlite3"))) == 1


def test_a_refused_value_shows_its_page_and_changes_nothing(start_gui, qtbot, home):
    session = start_gui()
    run_in_loop(
        qtbot,
        session.core.accounts.save_organisations(
            [(None, "Lindenhof", "#2f6f9f", "Europe/Berlin"), (None, "Funkenflug", "#b3451b", "Europe/Berlin")]
        ),
    )
    dialog = open_settings(session, qtbot)
    qtbot.waitUntil(lambda: len(dialog.rows.rows) == 2)
    before = stored_settings(home)
    dialog.general.late_hours.setValue(9)
    dialog.rows.rows[0].name.setText("LINDENHOF")  # the other one's name
    ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.text() == "LINDENHOF is there twice.", timeout=5000)
    assert dialog.isVisible() and dialog.page == "organisations"
    assert stored_settings(home) == before and session.core.settings.get("publish_missed_within_hours") == 2

    dialog.rows.rows[0].name.setText("Funkenflug")
    dialog.backups.folder.setText("Sicherungen")  # not a whole path
    ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Please give the whole path"), timeout=5000)
    assert dialog.page == "backups" and stored_settings(home) == before

    dialog.backups.folder.clear()
    ok(dialog)
    qtbot.waitUntil(lambda: session.settings_dialog is None, timeout=5000)
    assert stored_settings(home)["publish_missed_within_hours"] == 9


def test_cancel_keeps_everything_as_it_was(start_gui, qtbot, home):
    session = start_gui()
    dialog = open_settings(session, qtbot)
    dialog.general.late_hours.setValue(12)
    dialog.rows.rows[0].name.setText("Lindenhof")
    dialog.reject()
    qtbot.waitUntil(lambda: session.settings_dialog is None)
    assert session.core.settings.get("publish_missed_within_hours") == 2
    assert run_in_loop(qtbot, session.core.accounts.organisations()) == []
