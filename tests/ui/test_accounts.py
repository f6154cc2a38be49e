"""Accounts as a person uses them: connect a blog and a Mastodon account, test, rename, move, remove."""

from __future__ import annotations

import threading

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from conftest import require_keyring
from ui.accounts.connect_dialog import ConnectDialog


def open_accounts(start_gui, qtbot):
    session = start_gui()
    window = session.window
    window.show()
    window.show_section("accounts")
    return session, window.sections["accounts"]


def open_connect_dialog(section, qtbot) -> ConnectDialog:
    qtbot.mouseClick(section.empty.button, Qt.MouseButton.LeftButton)
    dialog = section.findChild(ConnectDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose_network(dialog: ConnectDialog, key: str) -> None:
    dialog.network.setCurrentIndex(dialog.network.findData(key))


def test_connecting_a_wordpress_blog_then_testing_renaming_and_removing_it(
    start_gui, qtbot, credentials, wordpress_site, monkeypatch
):
    require_keyring(credentials)
    wordpress_site.set_pretty_permalinks(True)
    session, section = open_accounts(start_gui, qtbot)
    dialog = open_connect_dialog(section, qtbot)
    choose_network(dialog, "wordpress")
    page = dialog.pages["wordpress"]
    assert page.isVisible()
    dialog.organisation.setEditText("Nachbarschaftszentrum Lindenhof")
    qtbot.keyClicks(page.site, wordpress_site.url)
    qtbot.keyClicks(page.user, wordpress_site.admin_user)

    # A wrong password: the dialog says so and nothing is stored.
    qtbot.keyClicks(page.password, "wxyz wxyz wxyz wxyz")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=20_000)
    assert "did not accept" in dialog.message.text()
    assert dialog.isVisible() and section.model.rowCount() == 0

    page.password.setText(wordpress_site.application_password(wordpress_site.admin_user))
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    account = section.model.rows[0]
    assert (account.display_name, account.network, account.status) == (wordpress_site.title, "wordpress", "connected")
    assert account.organisation == "Nachbarschaftszentrum Lindenhof"
    assert section.actions.isVisible()

    section.list.setCurrentIndex(section.model.index(0))
    section.actions.check_action.trigger()
    qtbot.waitUntil(lambda: "works" in session.window.statusBar().currentMessage(), timeout=20_000)

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Lindenhof-Blog", True))
    section.actions.rename_action.trigger()
    qtbot.waitUntil(
        lambda: section.model.rows and section.model.rows[0].display_name == "Lindenhof-Blog", timeout=10_000
    )

    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Jugendclub Funkenflug", True))
    section.list.setCurrentIndex(section.model.index(0))
    section.actions.move_action.trigger()
    qtbot.waitUntil(lambda: section.model.rows[0].organisation == "Jugendclub Funkenflug", timeout=10_000)

    from desktop.store.models import Account

    reference = session.core.store.call(lambda: Account.get_by_id(account.id).credential_ref)
    assert credentials.get(reference)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    section.list.setCurrentIndex(section.model.index(0))
    section.actions.remove_action.trigger()
    qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=10_000)
    assert section.page.pages.currentIndex() == 0  # the empty state again
    assert credentials.get(reference) is None  # the saved login went with it


def test_signing_in_to_mastodon_through_the_browser_from_the_dialog(
    start_gui, qtbot, credentials, mastodon_server, monkeypatch
):
    require_keyring(credentials)
    mastodon_server.create_user("funkenflug", "Jugendclub Funkenflug")
    mastodon_server.sign_in("funkenflug")
    opened = []

    def browser(address: str) -> None:
        opened.append(address)
        threading.Thread(target=httpx.get, args=(address,), kwargs={"follow_redirects": True}, daemon=True).start()

    monkeypatch.setattr("ui.accounts.connect_dialog.open_in_browser", browser)
    session, section = open_accounts(start_gui, qtbot)
    session.core.connections.pictures.local_addresses = True  # the test server's picture is on 127.0.0.1
    dialog = open_connect_dialog(section, qtbot)
    choose_network(dialog, "mastodon")
    dialog.organisation.setEditText("Jugendclub Funkenflug")
    qtbot.keyClicks(dialog.pages["mastodon"].instance, mastodon_server.url)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    assert opened and opened[0].startswith(mastodon_server.url + "/oauth/authorize?")
    account = section.model.rows[0]
    assert (account.display_name, account.network, account.status) == ("Jugendclub Funkenflug", "mastodon", "connected")
    assert account.id in section.model.pictures  # the profile picture, fetched when connecting


@pytest.mark.parametrize("address", ["http://blog.example", "kein blog"])
def test_an_unencrypted_or_broken_address_is_explained_in_the_dialog(start_gui, qtbot, address):
    _, section = open_accounts(start_gui, qtbot)
    dialog = open_connect_dialog(section, qtbot)
    choose_network(dialog, "wordpress")
    dialog.organisation.setEditText("Lindenhof")
    qtbot.keyClicks(dialog.pages["wordpress"].site, address)
    qtbot.keyClicks(dialog.pages["wordpress"].user, "redaktion")
    qtbot.keyClicks(dialog.pages["wordpress"].password, "abcd abcd abcd abcd")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled() and dialog.message.text() != "", timeout=10_000)
    qtbot.waitUntil(lambda: "Checking" not in dialog.message.text(), timeout=10_000)
    assert ("encrypted connection" in dialog.message.text()) or ("not a web address" in dialog.message.text())
    assert section.model.rowCount() == 0


def test_a_bluesky_account_that_needs_a_reconnect_is_reconnected_in_place(
    start_gui, qtbot, credentials, bluesky_network
):
    require_keyring(credentials)
    club = bluesky_network.create_account("funkenflug")
    session, section = open_accounts(start_gui, qtbot)
    dialog = open_connect_dialog(section, qtbot)
    choose_network(dialog, "bluesky")
    dialog.organisation.setEditText("Jugendclub Funkenflug")
    page = dialog.pages["bluesky"]
    qtbot.keyClicks(page.handle, "@" + club.handle)
    qtbot.keyClicks(page.password, club.app_password)
    qtbot.keyClicks(page.service, bluesky_network.pds_url)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    account = section.model.rows[0]
    assert (account.handle, account.status) == ("@" + club.handle, "connected")

    # The app password is withdrawn in Bluesky's settings and the session runs out.
    main = httpx.post(
        f"{bluesky_network.pds_url}/xrpc/com.atproto.server.createSession",
        json={"identifier": club.handle, "password": club.password},
    ).json()
    httpx.post(
        f"{bluesky_network.pds_url}/xrpc/com.atproto.server.revokeAppPassword",
        json={"name": "Kurzdraht"},
        headers={"Authorization": f"Bearer {main['accessJwt']}"},
    ).raise_for_status()
    from desktop.networks.base import Secret
    from desktop.store.models import Account

    reference = session.core.store.call(lambda: Account.get_by_id(account.id).credential_ref)
    stale = Secret.parse(credentials.get(reference))
    stale.values["access_jwt"] = bluesky_network.expired_access_token(club)
    credentials.put(reference, stale.dump())

    section.list.setCurrentIndex(section.model.index(0))
    section.actions.check_action.trigger()
    qtbot.waitUntil(lambda: section.model.rows[0].status == "needs_reconnect", timeout=30_000)
    assert "needs reconnect" in section.model.data(section.model.index(0))

    section.list.setCurrentIndex(section.model.index(0))
    assert section.actions.reconnect_action.isEnabled()
    section.actions.reconnect_action.trigger()
    again = section.findChild(ConnectDialog)
    assert again.network_key == "bluesky" and again.pages["bluesky"].handle.text() == club.handle
    qtbot.keyClicks(
        again.pages["bluesky"].password, bluesky_network.create_app_password(club.did, club.password, "Kurzdraht 2")
    )
    with qtbot.waitSignal(again.accepted, timeout=30_000):
        qtbot.mouseClick(again.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rows[0].status == "connected", timeout=10_000)
    assert section.model.rowCount() == 1 and section.model.rows[0].id == account.id


def test_a_browser_sign_in_can_be_cancelled_while_kurzdraht_waits(start_gui, qtbot, mastodon_server, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.accounts.connect_dialog.open_in_browser", opened.append)  # the user never returns
    _, section = open_accounts(start_gui, qtbot)
    dialog = open_connect_dialog(section, qtbot)
    choose_network(dialog, "mastodon")
    dialog.organisation.setEditText("Lindenhof")
    qtbot.keyClicks(dialog.pages["mastodon"].instance, mastodon_server.url)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert "browser" in dialog.message.text()
    receiver = dialog.login.redirect.redirect_uri
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _refused(receiver), timeout=5_000)  # Kurzdraht no longer listens
    assert section.model.rowCount() == 0


def _refused(address: str) -> bool:
    """Whether nothing listens at the address any more (a quick connect, without waiting for an answer)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    try:
        socket.create_connection((parts.hostname, parts.port), timeout=0.5).close()
    except OSError:
        return True
    return False
