"""A post for a channel without an API, as a person handles it in the app: the tray reminds, the outbox
shows it "waiting for you", "Copy and open" puts the channel's text on the clipboard and opens its page,
and "Posted…" with the link publishes it (or "Skip this post" takes it out)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from conftest import require_keyring, run_in_loop, type_text
from desktop.states import AttemptState, PostState
from test_compose import accounts_loaded, open_composer

XING = "https://www.xing.com/pages/lindenhof"


class Browser(QObject):
    """Stands in for the system browser through Qt's own hook (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser(qapp):
    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    yield browser
    QDesktopServices.unsetUrlHandler("https")


def composer_for_xing(start_gui, qtbot, credentials):
    require_keyring(credentials)
    session = start_gui()

    async def connect():
        organisation = await session.core.accounts.ensure_organisation("Lindenhof")
        return await session.core.connections.sign_in("assisted", organisation, {"open_url": XING}, name="XING")

    account = run_in_loop(qtbot, connect(), timeout=10_000)
    session.events.accounts_changed.emit()
    section = open_composer(session)
    qtbot.waitUntil(accounts_loaded(section, 1), timeout=5000)
    section.editor.picker.set_account_checked(account.id, True)
    return session, section, section.editor


def waiting_row(section, qtbot):
    qtbot.waitUntil(
        lambda: [a.state for a in section.outbox.model.rows] == [AttemptState.WAITING_FOR_YOU], timeout=10_000
    )
    outbox = section.outbox
    section.side.setCurrentWidget(outbox)  # the person opens the "Outbox" tab
    outbox.list.selectionModel().select(outbox.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return outbox.model.rows[0]


def active_modal(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def test_a_person_copies_the_text_posts_it_and_gives_the_link(start_gui, qtbot, credentials, browser):
    session, section, editor = composer_for_xing(start_gui, qtbot, credentials)
    reminders = []
    section.waiting_for_you.connect(reminders.append)
    type_text(editor.texts.main, "Wir suchen Verstärkung für das Sommerfest!")
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)

    attempt = waiting_row(section, qtbot)
    assert [r.id for r in reminders] == [attempt.id]  # the tray is told once
    assert session.tray.last_message[0] == "A post waits for you: XING"
    outbox = section.outbox
    assert outbox.handover_button.isVisible() and outbox.cancel_button.text() == "Skip"
    assert "waiting for you to post by hand" in outbox.heading.text()

    qtbot.mouseClick(outbox.handover_button, Qt.MouseButton.LeftButton)
    box = active_modal(qtbot, QMessageBox)
    assert QGuiApplication.clipboard().text() == "Wir suchen Verstärkung für das Sommerfest!"
    assert browser.opened == [XING]
    posted = next(b for b in box.buttons() if b.text() == "Posted…")
    qtbot.mouseClick(posted, Qt.MouseButton.LeftButton)
    dialog = active_modal(qtbot, QInputDialog)
    dialog.setTextValue(XING + "/posts/4711")
    dialog.accept()

    qtbot.waitUntil(lambda: [a.state for a in outbox.model.rows] == [AttemptState.PUBLISHED], timeout=5000)
    assert outbox.model.rows[0].remote_url == XING + "/posts/4711"
    stored = run_in_loop(qtbot, session.core.drafts.load(attempt.post_id))
    assert stored.state == PostState.PUBLISHED


def test_skipping_from_the_question_takes_it_out(start_gui, qtbot, credentials, browser):
    session, section, editor = composer_for_xing(start_gui, qtbot, credentials)
    type_text(editor.texts.main, "Doch nicht auf XING.")
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    attempt = waiting_row(section, qtbot)

    section.show_waiting(attempt.id)  # what clicking the tray's reminder does
    box = active_modal(qtbot, QMessageBox)
    skip = next(b for b in box.buttons() if b.text() == "Skip this post")
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: [a.state for a in section.outbox.model.rows] == [AttemptState.CANCELLED], timeout=5000)
    assert run_in_loop(qtbot, session.core.drafts.load(attempt.post_id)).state == PostState.DRAFT
    assert browser.opened == [XING]
