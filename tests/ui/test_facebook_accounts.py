"""Connecting a Facebook Page as a person does: set up the organisation's Meta app from the Connect
dialog (guide, redirect address, ID and secret), sign in in the browser, pick one of the Pages."""

from __future__ import annotations

import threading

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from conftest import require_keyring
from desktop.networks.meta import META_REDIRECT
from ui.accounts.apps_dialog import DeveloperAppsDialog
from ui.accounts.connect_dialog import ConnectDialog


def test_a_facebook_page_through_the_organisations_meta_app_set_up_from_the_dialog(
    start_gui, qtbot, credentials, graph_server, monkeypatch
):
    require_keyring(credentials)
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    graph.add_page("Jugendclub Funkenflug", manager)
    app_id, secret = graph.register_app()
    graph.signed_in = manager.id
    opened = []

    def browser(address: str) -> None:
        opened.append(address)
        threading.Thread(target=httpx.get, args=(address,), kwargs={"follow_redirects": True}, daemon=True).start()

    monkeypatch.setattr("ui.accounts.connect_dialog.open_in_browser", browser)
    session = start_gui()
    session.window.show()
    session.window.show_section("accounts")
    section = session.window.sections["accounts"]
    qtbot.mouseClick(section.empty.button, Qt.MouseButton.LeftButton)
    dialog = section.findChild(ConnectDialog)
    dialog.network.setCurrentIndex(dialog.network.findData("facebook"))
    dialog.organisation.setEditText("Nachbarschaftszentrum Lindenhof")
    page = dialog.pages["facebook"]
    assert page.isVisible() and "Meta app" in page.app_label.text()

    # Without the app, connecting says what is missing.
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Meta app is needed first" in dialog.message.text(), timeout=10_000)

    qtbot.mouseClick(page.set_up_app, Qt.MouseButton.LeftButton)
    apps = dialog.findChild(DeveloperAppsDialog)
    assert apps is not None and apps.isVisible()
    assert apps.kind.currentData() == "meta" and apps.organisation.currentText() == "Nachbarschaftszentrum Lindenhof"
    assert META_REDIRECT in apps.guide.text() and "pages_manage_posts" in apps.guide.text()
    qtbot.mouseClick(apps.copy_redirect, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == META_REDIRECT
    qtbot.keyClicks(apps.app_id, app_id)
    qtbot.keyClicks(apps.secret, secret)
    qtbot.mouseClick(apps.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in apps.message.text(), timeout=10_000)
    assert app_id in apps.state.text() and apps.secret.text() == ""
    apps.reject()

    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    # Two Pages: the dialog asks which one, below the fields.
    qtbot.waitUntil(lambda: dialog.question.isVisible() and dialog.question.choice.count() == 2, timeout=20_000)
    assert opened and opened[0].startswith(graph.url + "/v25.0/dialog/oauth?")
    dialog.question.choice.setCurrentIndex(dialog.question.choice.findText("Jugendclub Funkenflug"))
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.question.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    account = section.model.rows[0]
    assert (account.network, account.display_name, account.status) == ("facebook", "Jugendclub Funkenflug", "connected")
