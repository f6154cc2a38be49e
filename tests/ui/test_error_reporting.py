"""Failures in the app as a person meets them: a plain message in the status bar that says where the
details are, the details (a traceback) really in the log file, and the app still running."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QPushButton

from mounts import read_only_view

from conftest import open_settings


def log_text(home: Path) -> str:
    return (home / "logs" / "kurzdraht.log").read_text(encoding="utf-8")


def test_a_failing_background_job_is_logged_with_its_traceback_and_the_message_says_where(start_gui, qtbot, home):
    session = start_gui()
    window = session.window
    # The settings file cannot be replaced: a folder has taken its name.
    (home / "settings.json").unlink(missing_ok=True)
    (home / "settings.json").mkdir()

    dialog = open_settings(session, qtbot)
    dialog.general.language.setCurrentIndex(2)  # English
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    log = home / "logs" / "kurzdraht.log"
    qtbot.waitUntil(lambda: "Details are in the log file" in dialog.message.text(), timeout=5000)
    assert dialog.message.text() == (
        f"“{home / 'settings.json'}” is a folder, not a file. Details are in the log file {log}."
    )
    assert dialog.isVisible()  # not stored: the dialog stays, with its values
    text = log_text(home)
    assert "background job 'Saving settings' failed" in text
    assert "Traceback (most recent call last)" in text and "IsADirectoryError" in text
    assert window.isVisible()


def test_a_job_whose_view_shows_the_error_itself_is_logged_too(start_gui, qtbot, home, tmp_path, monkeypatch):
    session = start_gui(demo=True)
    window = session.window
    exports = tmp_path / "exports"
    exports.mkdir()
    with read_only_view(exports, tmp_path / "read-only") as folder:
        target = folder / "kurzdraht.ics"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
        calendar = window.sections["calendar"]
        calendar.more_menu.findChild(QAction, "exportIcs").trigger()

        qtbot.waitUntil(lambda: "Details are in the log file" in window.status.currentMessage(), timeout=5000)
    # Named by the file the user chose, not by the temporary file written first.
    assert window.status.currentMessage().startswith(f"Kurzdraht may not write to “{target}”: it is read-only.")
    text = log_text(home)
    assert "background job 'Exporting the schedule' failed" in text
    assert "Traceback (most recent call last)" in text and "Read-only file system" in text
    assert list(exports.iterdir()) == []


def test_a_job_that_needs_no_details_does_not_point_to_the_log(start_gui, qtbot, home):
    from desktop.errors import KurzdrahtError

    session = start_gui()

    async def refused():
        raise KurzdrahtError("An account needs a name.")

    session.jobs.start("Renaming", refused())
    qtbot.waitUntil(lambda: session.window.status.currentMessage() == "An account needs a name.", timeout=5000)
    assert "background job 'Renaming' failed" in log_text(home)


def test_an_exception_in_a_slot_is_logged_and_shown_and_the_app_keeps_running(start_gui, qtbot, home, monkeypatch):
    session = start_gui()
    window = session.window
    monkeypatch.setattr(sys, "excepthook", session.unexpected_error)  # as run_gui installs it
    button = QPushButton("Vorschau", window)
    clicks = []

    def broken_preview() -> None:
        clicks.append(1)
        raise KeyError("preview-size")

    button.clicked.connect(broken_preview)
    button.click()

    log = home / "logs" / "kurzdraht.log"
    qtbot.waitUntil(lambda: window.status.currentMessage() != "", timeout=5000)
    assert window.status.currentMessage() == f"Something went wrong (KeyError). Details are in the log file {log}."
    text = log_text(home)
    assert "unexpected error" in text and "Traceback (most recent call last)" in text and "preview-size" in text
    button.click()  # still alive, still answering
    assert clicks == [1, 1] and window.isVisible()


def test_an_error_in_an_event_loop_callback_is_logged_and_shown(start_gui, qtbot, home, loop):
    session = start_gui()
    loop.set_exception_handler(session.loop_error)  # as run_gui installs it

    def broken_callback() -> None:
        raise RuntimeError("callback-internals")

    try:
        loop.call_soon(broken_callback)
        qtbot.waitUntil(lambda: "RuntimeError" in session.window.status.currentMessage(), timeout=5000)
    finally:
        loop.set_exception_handler(None)
    assert "callback-internals" not in session.window.status.currentMessage()
    assert "callback-internals" in log_text(home)
