"""The first-run guide as a new user meets it: from an empty workspace to a published post, by keyboard."""

from __future__ import annotations

import threading

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from conftest import require_keyring, run_in_loop


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a keyboard sends it: to whatever has the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifier)


def type_keys(qtbot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focused, text)


def opened_guide(session, qtbot):
    qtbot.waitUntil(lambda: session.guide is not None and session.guide.isVisible(), timeout=10_000)
    guide = session.guide
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.activeWindow() is guide)
    return guide


def test_a_new_user_goes_from_an_empty_workspace_to_a_published_post_by_keyboard(
    start_gui, qtbot, credentials, mastodon_server, monkeypatch
):
    require_keyring(credentials)
    mastodon_server.create_user("lindenhof", "Lindenhof")
    mastodon_server.sign_in("lindenhof")

    def browser(address: str) -> None:  # the user allows Kurzdraht in the browser
        threading.Thread(target=httpx.get, args=(address,), kwargs={"follow_redirects": True}, daemon=True).start()

    monkeypatch.setattr("ui.accounts.connect_dialog.open_in_browser", browser)
    session = start_gui(guide=True)
    session.core.connections.pictures.local_addresses = True  # the test server's picture is on 127.0.0.1
    guide = opened_guide(session, qtbot)
    assert guide.currentPage() is guide.welcome

    press(qtbot, Qt.Key.Key_Return)  # Next
    assert guide.currentPage() is guide.organisations_page
    # Next waits for a name.
    assert not guide.button(QWizard.WizardButton.NextButton).isEnabled()
    type_keys(qtbot, "Nachbarschaftszentrum Lindenhof")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: guide.currentPage() is guide.accounts_page, timeout=5000)
    (organisation,) = run_in_loop(qtbot, session.core.accounts.organisations())
    row = guide.organisations_page.rows.rows[0]
    assert (organisation.name, organisation.colour) == ("Nachbarschaftszentrum Lindenhof", "#2f6f9f")
    assert organisation.timezone == row.timezone.currentText()  # the computer's own by default

    # Tab through the network tiles to Mastodon; Space opens its sign-in.
    for _ in range(len(guide.accounts_page.tiles)):
        if QApplication.focusWidget() is guide.accounts_page.tiles["mastodon"]:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is guide.accounts_page.tiles["mastodon"]
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: guide.connect_dialog is not None and guide.connect_dialog.isVisible())
    dialog = guide.connect_dialog
    assert dialog.network_key == "mastodon" and dialog.organisation.currentText() == "Nachbarschaftszentrum Lindenhof"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pages["mastodon"].instance)
    type_keys(qtbot, mastodon_server.url)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        press(qtbot, Qt.Key.Key_Return)  # Connect
    tile = guide.accounts_page.tiles["mastodon"]
    qtbot.waitUntil(lambda: tile.text() == "Mastodon\n✓ connected", timeout=5000)
    assert guide.accounts_page.connected.text() == "Connected: Lindenhof"
    assert tile.accessibleDescription() == "Connected: Lindenhof"

    guide.activateWindow()  # what the window manager does when a dialog closes (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide and QApplication.focusWidget() is tile)
    press(qtbot, Qt.Key.Key_Return)  # Next
    assert guide.currentPage() is guide.first_post
    assert guide.button(QWizard.WizardButton.FinishButton).text() == "Write your first post"
    press(qtbot, Qt.Key.Key_Return)  # Write your first post

    window = session.window
    editor = window.sections["compose"].editor
    qtbot.waitUntil(lambda: session.guide is None and window.current_section().key == "compose", timeout=5000)
    qtbot.waitUntil(lambda: [a.display_name for a in editor.picker.selected()] == ["Lindenhof"], timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.texts.main)
    type_keys(qtbot, "Hallo Nachbarschaft! Ab heute sind wir auch hier.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Publish
    qtbot.waitUntil(lambda: len(mastodon_server.statuses_of("lindenhof")) == 1, timeout=15_000)
    assert "Hallo Nachbarschaft! Ab heute sind wir auch hier." in mastodon_server.statuses_of("lindenhof")[0]["content"]
    qtbot.waitUntil(lambda: editor.heading.text() == "Published", timeout=10_000)
    assert session.core.settings.get("first_run_guide_done")


def test_the_guide_can_be_skipped_does_not_return_and_opens_again_from_help(start_gui, qtbot, home):
    session = start_gui(guide=True)
    guide = opened_guide(session, qtbot)
    press(qtbot, Qt.Key.Key_Escape)  # Skip the guide
    qtbot.waitUntil(lambda: session.guide is None)
    assert session.core.settings.get("first_run_guide_done")
    session.close()

    # The next start goes straight to the window, although the workspace is still empty.
    again = start_gui(guide=True)  # returns once the data is shown, when the guide would open
    assert again.guide is None and again.jobs.running == 0
    again.window.guide_action.trigger()
    guide = opened_guide(again, qtbot)
    assert guide.currentPage() is guide.welcome


def test_a_taken_name_is_explained_and_the_guide_stays(start_gui, qtbot):
    session = start_gui(guide=True)
    guide = opened_guide(session, qtbot)
    guide.next()
    rows = guide.organisations_page.rows
    rows.rows[0].name.setText("Lindenhof")
    second = rows.add_row(focus=True)
    type_keys(qtbot, "lindenhof")
    assert second.colour != rows.rows[0].colour  # each organisation its own colour
    press(qtbot, Qt.Key.Key_Return)
    message = guide.organisations_page.message
    qtbot.waitUntil(lambda: message.text() == "Lindenhof is there twice.", timeout=5000)
    assert guide.currentPage() is guide.organisations_page
    assert run_in_loop(qtbot, session.core.accounts.organisations()) == []
    rows.remove_row(second)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: guide.currentPage() is guide.accounts_page, timeout=5000)
    assert [o.name for o in run_in_loop(qtbot, session.core.accounts.organisations())] == ["Lindenhof"]
    # Back and Next again store nothing twice.
    guide.back()
    guide.next()
    assert guide.currentPage() is guide.accounts_page
    assert len(run_in_loop(qtbot, session.core.accounts.organisations())) == 1


def test_choosing_german_on_the_first_page_speaks_german_at_once(start_gui, qtbot):
    session = start_gui(guide=True)
    guide = opened_guide(session, qtbot)
    guide.welcome.language.setCurrentIndex(1)  # Deutsch
    qtbot.waitUntil(lambda: guide.welcome.title() == "Willkommen bei Kurzdraht")
    assert guide.button(QWizard.WizardButton.CancelButton).text() == "Anleitung überspringen"
    assert session.window.sections["inbox"].title() == "Posteingang"
    assert session.core.settings.get("language") == "de"
