"""An X account as a person connects it: set up the organisation's X app in the dialog (only its client
ID: a Native App has no secret), sign in in the browser, and write for it in the composer, which says
what X charges for the post."""

from __future__ import annotations

import socket
import threading

import httpx
from PySide6.QtCore import Qt

from conftest import require_keyring, run_in_loop, type_text
from desktop.networks.x import X_REDIRECT
from ui.accounts.apps_dialog import DeveloperAppsDialog
from ui.accounts.connect_dialog import ConnectDialog


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_x_account_through_the_organisations_app_and_its_price_in_the_composer(
    start_gui, qtbot, credentials, x_server, monkeypatch
):
    require_keyring(credentials)
    lindenhof = x_server.add_user("lindenhof_kiez", "Lindenhof Kiez")
    # The guide's callback, and another port registered for this test (two test runs may share a machine).
    redirect = f"http://127.0.0.1:{free_port()}/kurzdraht/x"
    client_id = x_server.register_app([X_REDIRECT, redirect])
    x_server.signed_in = lindenhof

    def browser(address: str) -> None:
        def follow() -> None:
            back = httpx.get(address, timeout=10).headers["Location"]
            httpx.get(back, timeout=10)

        threading.Thread(target=follow, daemon=True).start()

    monkeypatch.setattr("ui.accounts.connect_dialog.open_in_browser", browser)
    session = start_gui()
    session.window.show()
    session.window.show_section("accounts")
    section = session.window.sections["accounts"]
    qtbot.mouseClick(section.empty.button, Qt.MouseButton.LeftButton)
    dialog = section.findChild(ConnectDialog)
    dialog.network.setCurrentIndex(dialog.network.findData("x"))
    dialog.organisation.setEditText("Lindenhof")

    qtbot.mouseClick(dialog.pages["x"].set_up_app, Qt.MouseButton.LeftButton)
    apps = dialog.findChild(DeveloperAppsDialog)
    assert apps.kind.currentData() == "x" and X_REDIRECT in apps.guide.text() and "Native App" in apps.guide.text()
    assert apps.labels["app_id"].text() == "Client ID:" and not apps.secret.isVisible()
    qtbot.keyClicks(apps.app_id, client_id)
    qtbot.mouseClick(apps.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in apps.message.text(), timeout=10_000)
    assert apps.state.text() == f"Saved: app {client_id}."
    apps.reject()

    async def other_port():  # as `kurzdraht apps set x --client-id … --redirect-uri …` does
        organisation = await session.core.accounts.ensure_organisation("Lindenhof")
        await session.core.apps.set("x", organisation, client_id, "", redirect)

    run_in_loop(qtbot, other_port())
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    account = section.model.rows[0]
    assert (account.network, account.handle, account.status) == ("x", "@lindenhof_kiez", "connected")

    session.window.show_section("compose")
    compose = session.window.sections["compose"]
    qtbot.waitUntil(lambda: len(compose.editor.picker.accounts) == 1, timeout=5000)
    compose.editor.picker.set_account_checked(account.id, True)
    type_text(compose.editor.texts.main, "Mehr unter https://lindenhof.example/fest")
    qtbot.waitUntil(lambda: "$0.20 for this post" in compose.editor.problems.text(), timeout=5000)
