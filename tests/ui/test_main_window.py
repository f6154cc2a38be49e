"""The main window as a person uses it: sections, empty states, demo data, language, restart."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.demo_insights import ANSWERED
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from conftest import choose_language, open_settings, run_in_loop


def sidebar_texts(window) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def click_sidebar(qtbot, window, row: int) -> None:
    rect = window.sidebar.visualRect(window.sidebar.model().index(row, 0))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget) and label.text()]


def test_a_new_user_sees_five_sections_with_honest_empty_states(start_gui, qtbot):
    session = start_gui()
    window = session.window
    assert window.isVisible()
    assert sidebar_texts(window) == ["Inbox", "Compose", "Calendar", "Accounts", "Insights"]
    assert window.current_section().key == "inbox"
    inbox = window.sections["inbox"]
    assert "No comments yet" in visible_texts(inbox)
    assert inbox.empty.button.isVisible() and inbox.empty.button.text() == "Connect your first account"

    for row, (key, title) in enumerate(
        [
            ("compose", "No drafts yet"),
            ("calendar", "Nothing scheduled"),
            ("accounts", "No accounts connected"),
            ("insights", "No figures yet"),
        ]
    ):
        click_sidebar(qtbot, window, row + 1)
        assert window.current_section().key == key
        # Insights reads its figures when first shown.
        qtbot.waitUntil(lambda title=title: any(title in text for text in visible_texts(window.current_section())))

    # The empty state's button leads on: from the Inbox to Accounts.
    click_sidebar(qtbot, window, 0)
    qtbot.mouseClick(inbox.empty.button, Qt.MouseButton.LeftButton)
    assert window.current_section().key == "accounts"


def test_the_demo_workspace_shows_comments_drafts_schedule_and_accounts(start_gui, qtbot):
    session = start_gui(demo=True)
    window = session.window
    inbox = window.sections["inbox"]
    assert inbox.model.rowCount() == 7  # open ones first; more are done (answered, for Insights)
    qtbot.waitUntil(lambda: inbox.heading.text() == "7 open comments")  # the counts arrive after the rows
    assert window.sidebar.item(0).text() == "Inbox (7)"
    first = inbox.model.index(0, 0).data()
    assert first.startswith("Maria K.: Gibt es beim Repair-Café")
    inbox.filters.show_status("all")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 9 + len(ANSWERED))
    assert window.sections["compose"].model.rowCount() == 3
    assert window.sections["compose"].heading.text() == "3 drafts"
    calendar = window.sections["calendar"]
    qtbot.waitUntil(lambda: calendar.loaded)
    assert {p.text for p in calendar.posts} >= {"Heute Abend: Nachbarschaftsabend mit Suppe und Musik, ab 18 Uhr."}
    accounts = window.sections["accounts"]
    assert accounts.heading.text() == "7 accounts"
    texts = [accounts.model.index(row, 0).data() for row in range(accounts.model.rowCount())]
    assert any("Lindenhof-Blog" in text and "WordPress" in text for text in texts)
    # Keyboard: Ctrl+3 opens the calendar.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section().key == "calendar"


def test_the_inbox_loads_pages_lazily_as_the_user_scrolls(start_gui, qtbot, home: Path):
    from datetime import datetime, timedelta, timezone

    from desktop.app import Core
    from desktop.inbox.queries import store_comments
    from desktop.networks.base import RemoteComment
    from desktop.store.models import Account, Organisation, database
    from ui.inbox import model as inbox_model

    core = Core.create(home).open()
    total = inbox_model.FIRST_PAGE + inbox_model.PAGE_SIZE + 250

    def fill():
        with database.atomic():
            org = Organisation.create(name="Lindenhof")
            account = Account.create(organisation=org, network="bluesky", display_name="L", handle="l.test")
            now = datetime.now(timezone.utc)
            store_comments(
                account.id,
                "bluesky",
                [
                    RemoteComment(
                        str(i),
                        "",
                        "",
                        f"Person {i}",
                        "@p.test",
                        "",
                        f"Kommentar {i}",
                        "",
                        now - timedelta(milliseconds=300 * i),
                    )
                    for i in range(total)
                ],
            )

    core.store.call(fill)
    core.close()
    session = start_gui()
    model = session.window.sections["inbox"].model
    view = session.window.sections["inbox"].list
    assert model.rowCount() == inbox_model.FIRST_PAGE  # one page, not all of them
    assert model.index(0, 0).data() == "Person 0: Kommentar 0"
    for _ in range(10):
        view.scrollToBottom()
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.rowCount() == total
    # Rows far down are read when they are shown, not before; the cache stays small.
    last = model.index(total - 1, 0)
    view.scrollTo(last)
    qtbot.waitUntil(lambda: last.data() == f"Person {total - 1}: Kommentar {total - 1}", timeout=5000)
    assert len(model._cache) <= inbox_model.CACHE_ROWS
    assert len(set(model._ids)) == total  # no duplicates


def test_switching_language_in_settings_translates_the_window_and_is_remembered(start_gui, qtbot, home):
    session = start_gui(demo=True)
    window = session.window
    choose_language(session, qtbot, "de")
    # Qt delivers the language change as an event; the window re-translates when it arrives.
    qtbot.waitUntil(
        lambda: sidebar_texts(window) == ["Posteingang (7)", "Verfassen", "Kalender", "Konten", "Auswertung"]
    )
    assert window.sections["inbox"].heading.text() == "7 offene Kommentare"
    assert window.file_menu.title() == "&Datei" and window.settings_action.text() == "&Einstellungen…"
    # Texts made from data follow at once too: the conversation's times, the calendar's legend.
    conversation = window.sections["inbox"].conversation
    qtbot.waitUntil(lambda: "vor " in conversation.header.text())
    assert "veröffentlicht" in window.sections["calendar"].legend.text()
    assert window.status.online.text() in (
        "● Online",
        "Verbindungsstatus unbekannt",
    ) or window.status.online.text().startswith("○ Offline")
    qtbot.waitUntil(
        lambda: (
            (home / "settings.json").exists() and json.loads((home / "settings.json").read_text())["language"] == "de"
        )
    )
    choose_language(session, qtbot, "en")
    qtbot.waitUntil(lambda: sidebar_texts(window) == ["Inbox (7)", "Compose", "Calendar", "Accounts", "Insights"])


def test_closing_and_reopening_shows_the_same_state(start_gui, qtbot, home):
    session = start_gui()
    window = session.window
    window.resize(720, 530)
    click_sidebar(qtbot, window, 2)
    choose_language(session, qtbot, "de")
    session.close()

    reopened = start_gui()
    again = reopened.window
    assert again.current_section().key == "calendar"
    assert (again.width(), again.height()) == (720, 530)
    assert sidebar_texts(again)[0] == "Posteingang"
    assert open_settings(reopened, qtbot).general.language.currentText() == "Deutsch"


def test_the_status_bar_shows_background_work_while_it_runs(start_gui, qtbot, loop):
    import asyncio

    session = start_gui()
    status = session.window.status
    assert status.job_text.text() == "" and not status.busy.isVisible()
    release = asyncio.Event()

    async def long_work():
        await release.wait()
        return 42

    results = []
    session.jobs.start("Fetching comments", long_work(), on_done=results.append)
    assert status.job_text.text() == "Fetching comments" and status.busy.isVisible()
    release.set()
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert status.job_text.text() == "" and not status.busy.isVisible()
    assert status.online.text() in ("● Online", "Online status unknown") or status.online.text().startswith("○")


def test_a_failing_background_job_is_reported_in_plain_words(start_gui, qtbot):
    from desktop.errors import KurzdrahtError

    session = start_gui()

    async def failing():
        raise KurzdrahtError("The server of social.example did not answer.")

    async def crashing():
        raise ZeroDivisionError("secret-ish internals")

    session.jobs.start("Checking", failing())
    qtbot.waitUntil(lambda: session.window.status.currentMessage() == "The server of social.example did not answer.")
    session.jobs.start("Checking", crashing())
    qtbot.waitUntil(lambda: "Something went wrong (ZeroDivisionError)" in session.window.status.currentMessage())
    assert "internals" not in session.window.status.currentMessage()
    assert session.window.status.job_text.text() == ""


def test_without_a_keyring_the_accounts_section_explains_and_drafting_still_works(start_gui, qtbot, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    session = start_gui()
    window = session.window
    click_sidebar(qtbot, window, 3)
    banner = window.sections["accounts"].banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "No password store was found on this computer" in banner.text.text()
    org = run_in_loop(qtbot, session.core.accounts.ensure_organisation("Jugendclub"))
    run_in_loop(qtbot, session.core.drafts.save(org, "Ohne Schlüsselbund geht Entwerfen trotzdem"))
    session.events.drafts_changed.emit()
    qtbot.waitUntil(lambda: window.sections["compose"].model.rowCount() == 1, timeout=5000)
    keyring.core._keyring_backend = None


def test_data_from_a_newer_version_shows_a_clear_message(start_gui, qtbot, home, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from desktop.paths import data_paths

    database = data_paths(home).ensure().database
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    session = start_gui()
    assert session.error is not None
    assert shown and "newer version of Kurzdraht" in shown[0]
    assert not session.window.isVisible()


def test_the_accounts_empty_state_opens_the_demo_workspace_in_a_second_window(start_gui, qtbot, monkeypatch):
    import subprocess
    import sys

    from PySide6.QtCore import QProcess

    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append([program, *args]) or True)
    window = start_gui().window
    click_sidebar(qtbot, window, 3)
    button = window.sections["accounts"].empty.secondary
    assert button.text() == "Open the demo workspace"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert started == [[sys.executable, "-m", "desktop", "--demo"]]
    # That command really opens the demo window.
    result = subprocess.run(
        [*started[0], "--exit-when-shown"], capture_output=True, text=True, timeout=60, cwd=Path(__file__).parents[2]
    )
    assert result.returncode == 0 and "shown after" in result.stdout, result.stderr


def test_closing_the_window_keeps_kurzdraht_running_in_the_tray_until_quit(start_gui, qtbot):
    session = start_gui()
    window = session.window
    window.tray_available = True  # offscreen has no tray; a desktop has one
    assert open_settings(session, qtbot).general.tray.isChecked()
    session.settings_dialog.reject()
    window.close()
    assert not window.isVisible() and not window.quitting
    assert session.tray.last_message[0] == "Kurzdraht is still running"
    session.tray.bring_back()
    assert window.isVisible()
    # Switched off in Settings, closing the window quits as before.
    dialog = open_settings(session, qtbot)
    dialog.general.tray.setChecked(False)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: session.settings_dialog is None)
    assert session.core.settings.get("keep_running_in_tray") is False
    session.tray.last_message = ("", "")
    window.close()
    assert not window.isVisible() and session.tray.last_message == ("", "")  # closed, not hidden in the tray
