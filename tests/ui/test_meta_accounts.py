"""A Facebook Page as a person uses it: set up the organisation's Meta app from the Connect dialog (guide,
redirect address, ID and secret), sign in in the browser, pick one of the Pages; then write for it in
the composer and publish with one click."""

from __future__ import annotations

import threading

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from conftest import make_png, require_keyring, run_in_loop, type_text
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


def test_writing_for_the_facebook_page_in_the_composer_and_publishing_with_one_click(
    start_gui, qtbot, credentials, graph_server, tmp_path
):
    require_keyring(credentials)
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    app_id, _ = graph.register_app()
    session = start_gui()

    async def connect():
        organisation = await session.core.accounts.ensure_organisation("Lindenhof")
        token = graph.page_token(page, manager, app_id)
        return await session.core.connections.sign_in("facebook", organisation, {"token": token})

    account = run_in_loop(qtbot, connect(), timeout=10_000)
    session.events.accounts_changed.emit()
    window = session.window
    window.show()
    window.show_section("compose")
    editor = window.sections["compose"].editor
    qtbot.waitUntil(lambda: len(editor.picker.accounts) == 1, timeout=5000)
    editor.picker.set_account_checked(account.id, True)
    text = "Lesecafé am Donnerstag 📚 – wir freuen uns auf euch!"
    type_text(editor.texts.main, text)
    assert editor.counters.rows[account.id].number.text().endswith("/ 63206")
    picture = make_png(tmp_path / "lesecafe.png", 1200, 800)
    editor.add_images([str(picture)])
    qtbot.waitUntil(lambda: len(editor.images.cards) == 1, timeout=5000)
    type_text(editor.images.cards[0].alt_text, "Bücherregal im Café")

    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [a.state for a in editor.status_panel.attempts()] == ["published"], timeout=30_000)
    [post] = graph.posts_of(page)
    assert post.message == text
    [photo] = post.photos
    assert graph.photos[photo].alt_text == "Bücherregal im Café"
    [row] = editor.status_panel.rows.values()
    assert f"https://www.facebook.com/{page.id}/posts/" in row.detail.text()


def test_an_instagram_account_with_its_blog_for_images_and_the_composers_rules(
    start_gui, qtbot, credentials, graph_server, wordpress_site, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    require_keyring(credentials)
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    graph.link_instagram(page, "lindenhof.kiez", "Lindenhof Kiez")
    app_id, _ = graph.register_app()
    session = start_gui()

    async def blog():
        organisation = await session.core.accounts.ensure_organisation("Lindenhof")
        return await session.core.connections.connect_wordpress(
            organisation,
            wordpress_site.url,
            wordpress_site.admin_user,
            wordpress_site.application_password(wordpress_site.admin_user),
            name="Lindenhof-Blog",
        )

    wordpress = run_in_loop(qtbot, blog(), timeout=30_000)
    session.events.accounts_changed.emit()
    session.window.show()
    session.window.show_section("accounts")
    section = session.window.sections["accounts"]
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    section.actions.connect_action.trigger()
    dialog = section.findChild(ConnectDialog)
    dialog.network.setCurrentIndex(dialog.network.findData("instagram"))
    dialog.organisation.setEditText("Lindenhof")
    page_widget = dialog.pages["instagram"]
    qtbot.waitUntil(lambda: page_widget.images_via.count() == 2, timeout=10_000)
    assert page_widget.images_via.currentData() == wordpress.id  # the organisation's blog, offered first
    qtbot.keyClicks(page_widget.token, graph.page_token(page, manager, app_id))
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=10_000)
    [instagram] = [a for a in section.model.rows if a.network == "instagram"]
    assert instagram.handle == "@lindenhof.kiez" and instagram.options == {"images_via": wordpress.id}

    # Later, in Accounts: no blog for images any more.
    section.list.setCurrentIndex(section.model.index(section.model.rows.index(instagram)))
    assert section.actions.images_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (args[3][-1], True))
    section.actions.images_action.trigger()
    qtbot.waitUntil(lambda: [a.options for a in section.model.rows if a.network == "instagram"] == [{}], timeout=10_000)

    # The composer says while writing what Instagram needs.
    session.window.show_section("compose")
    editor = session.window.sections["compose"].editor
    qtbot.waitUntil(lambda: len(editor.picker.accounts) == 2, timeout=5000)
    editor.picker.set_account_checked(instagram.id, True)
    type_text(editor.texts.main, "Hoffest am Samstag")
    qtbot.waitUntil(lambda: "needs an image" in editor.problems.text(), timeout=5000)


def test_a_threads_profile_signs_in_by_pasting_the_address_into_the_dialog(
    start_gui, qtbot, credentials, threads_server, monkeypatch
):
    require_keyring(credentials)
    server = threads_server
    lindenhof = server.add_profile("lindenhof.kiez", "Lindenhof Kiez")
    redirect = "https://lindenhof.example/kurzdraht/"
    _, app_id, secret = server.register_app(redirect)
    server.signed_in = lindenhof.id
    ended_on = []

    def browser(address: str) -> None:
        # The browser shows Threads' page, then the organisation's own address with the code.
        ended_on.append(httpx.get(address, timeout=10).headers["Location"])

    monkeypatch.setattr("ui.accounts.connect_dialog.open_in_browser", browser)
    session = start_gui()
    session.window.show()
    session.window.show_section("accounts")
    section = session.window.sections["accounts"]
    qtbot.mouseClick(section.empty.button, Qt.MouseButton.LeftButton)
    dialog = section.findChild(ConnectDialog)
    dialog.network.setCurrentIndex(dialog.network.findData("threads"))
    dialog.organisation.setEditText("Lindenhof")

    qtbot.mouseClick(dialog.pages["threads"].set_up_app, Qt.MouseButton.LeftButton)
    apps = dialog.findChild(DeveloperAppsDialog)
    assert apps.kind.currentData() == "threads" and apps.redirect.isVisible()
    assert "Redirect Callback URL" in apps.guide.text()
    qtbot.keyClicks(apps.app_id, app_id)
    qtbot.keyClicks(apps.secret, secret)
    qtbot.keyClicks(apps.redirect, redirect)
    qtbot.mouseClick(apps.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in apps.message.text(), timeout=10_000)
    apps.reject()

    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question.isVisible() and dialog.question.address.isVisible(), timeout=20_000)
    assert "address" in dialog.question.prompt.text() and ended_on
    qtbot.keyClicks(dialog.question.address, ended_on[0])
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.question.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    account = section.model.rows[0]
    assert (account.network, account.handle) == ("threads", "@lindenhof.kiez")
    assert "Login valid until" in section.model.data(section.model.index(0))


def test_a_login_that_ends_within_a_week_is_shown_and_reminded(start_gui, qtbot, credentials, mastodon_server):
    from datetime import datetime, timedelta, timezone

    require_keyring(credentials)
    session = start_gui()
    token = mastodon_server.create_user("lindenhof", "Lindenhof")

    async def connect():
        organisation = await session.core.accounts.ensure_organisation("Lindenhof")
        account = await session.core.connections.connect_mastodon_token(organisation, mastodon_server.url, token)
        await session.core.accounts.set_login_expiry(account.id, datetime.now(timezone.utc) + timedelta(days=5))
        return account

    run_in_loop(qtbot, connect(), timeout=10_000)
    session.window.show()
    session.window.show_section("accounts")
    section = session.window.sections["accounts"]
    session.events.accounts_changed.emit()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    assert "please reconnect before then" in section.model.data(section.model.index(0))
    assert "ends within a week" in session.window.statusBar().currentMessage()


def test_an_image_of_the_wrong_shape_for_instagram_gets_borders_with_one_click(
    start_gui, qtbot, credentials, graph_server, tmp_path
):
    require_keyring(credentials)
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager)
    graph.link_instagram(page, "lindenhof.kiez")
    app_id, _ = graph.register_app()
    session = start_gui()

    async def connect():
        organisation = await session.core.accounts.ensure_organisation("Lindenhof")
        token = graph.page_token(page, manager, app_id)
        return await session.core.connections.sign_in("instagram", organisation, {"token": token})

    instagram = run_in_loop(qtbot, connect(), timeout=10_000)
    session.events.accounts_changed.emit()
    session.window.show()
    session.window.show_section("compose")
    editor = session.window.sections["compose"].editor
    qtbot.waitUntil(lambda: len(editor.picker.accounts) == 1, timeout=5000)
    editor.picker.set_account_checked(instagram.id, True)
    type_text(editor.texts.main, "Unser neuer Aushang")
    editor.add_images([str(make_png(tmp_path / "aushang.png", 600, 1200))])  # 1:2, taller than 4:5
    qtbot.waitUntil(lambda: len(editor.images.cards) == 1, timeout=5000)
    card = editor.images.cards[0]
    type_text(card.alt_text, "Aushang mit den Öffnungszeiten")
    qtbot.waitUntil(lambda: "too tall" in editor.problems.text() and card.fit.isVisible(), timeout=5000)

    qtbot.mouseClick(card.pad_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.images.cards and editor.images.cards[0] is not card, timeout=5000)
    fitted = editor.images.cards[0].attachment
    assert (fitted.width, fitted.height) == (960, 1200)  # white borders left and right: 4:5
    assert fitted.alt_text == "Aushang mit den Öffnungszeiten" and fitted.mime_type == "image/jpeg"
    qtbot.waitUntil(lambda: "too tall" not in editor.problems.text(), timeout=5000)
    assert not editor.images.cards[0].fit.isVisible()
