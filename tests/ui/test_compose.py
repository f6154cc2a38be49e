"""The composer as a person uses it: type, tick accounts, watch the counters, add an image with a
description, adjust the text for one network, publish to three real servers at once, and find each post
there; plus the outbox, drafts that survive, snippets and the preview."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from conftest import make_png, require_keyring, run_in_loop, type_text
from desktop.text.counting import graphemes

TEXT = "Kiezfest im Lindenhof 🎪 am Samstag – Grüße an alle Nachbar*innen! Infos: https://lindenhof.example/kiezfest"


def open_composer(session):
    window = session.window
    window.show()
    window.show_section("compose")
    return window.sections["compose"]


def accounts_loaded(section, count: int):
    return lambda: len(section.editor.picker.accounts) == count


async def connect_three(core, mastodon_server, bluesky_network, wordpress_site):
    organisation = await core.accounts.ensure_organisation("Nachbarschaftszentrum Lindenhof")
    token = mastodon_server.create_user("lindenhof", "Lindenhof auf Mastodon")
    mastodon = await core.connections.connect_mastodon_token(organisation, mastodon_server.url, token)
    club = bluesky_network.create_account("lindenhof")
    bluesky = await core.connections.connect_bluesky(
        organisation, club.handle, club.app_password, bluesky_network.pds_url
    )
    wordpress = await core.connections.connect_wordpress(
        organisation,
        wordpress_site.url,
        wordpress_site.admin_user,
        wordpress_site.application_password(wordpress_site.admin_user),
    )
    return mastodon, bluesky, wordpress, club


def bluesky_posts(network, did: str) -> list[dict]:
    response = httpx.get(
        f"{network.pds_url}/xrpc/com.atproto.repo.listRecords",
        params={"repo": did, "collection": "app.bsky.feed.post"},
        timeout=30,
    )
    response.raise_for_status()
    return [r["value"] for r in response.json()["records"]]


def wordpress_posts(site, search: str) -> list[dict]:
    response = httpx.get(
        site.rest_url("/wp/v2/posts", search=search, context="edit", _embed="1"),
        auth=(site.admin_user, site.application_password(site.admin_user)),
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def test_writing_once_and_publishing_to_mastodon_bluesky_and_wordpress_with_one_click(
    start_gui, qtbot, credentials, mastodon_server, bluesky_network, wordpress_site, tmp_path
):
    require_keyring(credentials)
    wordpress_site.set_pretty_permalinks(True)
    session = start_gui()
    mastodon, bluesky, wordpress, club = run_in_loop(
        qtbot, connect_three(session.core, mastodon_server, bluesky_network, wordpress_site), timeout=60_000
    )
    section = open_composer(session)
    editor = section.editor
    session.events.accounts_changed.emit()
    qtbot.waitUntil(accounts_loaded(section, 3), timeout=5000)

    # Ticking the organisation ticks all three accounts; each gets its own counter.
    organisation = editor.picker.organisation_item("Nachbarschaftszentrum Lindenhof")
    organisation.setCheckState(0, Qt.CheckState.Checked)
    assert set(editor.picker.selected_ids()) == {mastodon.id, bluesky.id, wordpress.id}
    type_text(editor.texts.main, TEXT)
    counters = editor.counters.rows
    assert counters[bluesky.id].number.text() == f"{graphemes(TEXT)} / 300"
    mastodon_length = graphemes(TEXT.replace("https://lindenhof.example/kiezfest", "x" * 23))
    assert counters[mastodon.id].number.text() == f"{mastodon_length} / 500"
    assert counters[wordpress.id].number.text() == f"{graphemes(TEXT)} characters"

    # Too long for Bluesky: its counter turns red with the reason, and publishing is refused.
    type_text(editor.texts.main, " " + "x" * 250)
    assert "too long for Bluesky" in counters[bluesky.id].reason.text()
    assert counters[mastodon.id].reason.text() == ""
    # Publish and Schedule wait, saying why; the problem is listed once, above them.
    for button in (editor.publish_button, editor.schedule_button):
        assert not button.isEnabled() and "too long for Bluesky" in button.toolTip()
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    editor.publish_now()  # Ctrl+Enter and the like go here as well: refused, the problem not repeated
    said = editor.problems.text() + editor.message.text()
    assert said.count("too long for Bluesky") == 1 and "marked in red above" in editor.message.text()
    assert editor.status_panel.isHidden()
    editor.texts.main.setPlainText(TEXT)
    assert counters[bluesky.id].reason.text() == ""
    assert editor.publish_button.isEnabled() and editor.publish_button.toolTip() == ""

    # An image, chosen through the file dialog, with its description typed beside it.
    picture = make_png(tmp_path / "kiezfest.png", 1600, 900)
    from PySide6.QtWidgets import QFileDialog

    original = QFileDialog.getOpenFileNames
    QFileDialog.getOpenFileNames = staticmethod(lambda *a, **k: ([str(picture)], ""))
    try:
        qtbot.mouseClick(editor.add_image_button, Qt.MouseButton.LeftButton)
    finally:
        QFileDialog.getOpenFileNames = original
    qtbot.waitUntil(lambda: len(editor.images.cards) == 1, timeout=5000)
    card = editor.images.cards[0]
    assert card.warning.isVisible()  # no description yet
    type_text(card.alt_text, "Bunte Wimpel über dem Hof")
    assert not card.warning.isVisible()

    # The Mastodon tab gets its own text; the others keep following the main text.
    editor.texts.setCurrentWidget(editor.texts.tabs["mastodon"])
    mastodon_editor = editor.texts.tabs["mastodon"].editor
    assert mastodon_editor.toPlainText() == TEXT
    mastodon_editor.moveCursor(mastodon_editor.textCursor().MoveOperation.End)
    type_text(mastodon_editor, " #Fediverse")
    assert editor.texts.tabText(editor.texts.indexOf(editor.texts.tabs["mastodon"])).endswith("✎")
    editor.title.setText("Kiezfest am Samstag")

    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.status_panel.rows) == 3, timeout=10_000)
    qtbot.waitUntil(lambda: all(a.state == "published" for a in editor.status_panel.attempts()), timeout=60_000)
    assert editor.heading.text() == "Published"
    assert not editor.publish_button.isEnabled()
    for row in editor.status_panel.rows.values():
        assert "Open the post" in row.detail.text() and 'href="http' in row.detail.text()

    [status] = mastodon_server.statuses_of("lindenhof")
    assert status["text"] == TEXT + " #Fediverse"
    assert status["media_attachments"][0]["description"] == "Bunte Wimpel über dem Hof"
    [record] = bluesky_posts(bluesky_network, club.did)
    assert record["text"] == TEXT
    assert record["embed"]["images"][0]["alt"] == "Bunte Wimpel über dem Hof"
    [post] = wordpress_posts(wordpress_site, "Kiezfest")
    assert post["title"]["raw"] == "Kiezfest am Samstag"
    assert "Grüße an alle Nachbar*innen" in post["content"]["raw"]
    assert post["_embedded"]["wp:featuredmedia"][0]["alt_text"] == "Bunte Wimpel über dem Hof"


def connect_mastodon(session, qtbot, server, username: str = "lindenhof"):
    async def connect():
        organisation = await session.core.accounts.ensure_organisation("Lindenhof")
        return await session.core.connections.connect_mastodon_token(
            organisation, server.url, server.create_user(username, "Lindenhof")
        )

    account = run_in_loop(qtbot, connect(), timeout=10_000)
    session.events.accounts_changed.emit()
    return account


def composer_posting_to_mastodon(start_gui, qtbot, credentials, server):
    """The app with one Mastodon account connected and ticked in the composer."""
    require_keyring(credentials)
    session = start_gui()
    account = connect_mastodon(session, qtbot, server)
    section = open_composer(session)
    qtbot.waitUntil(accounts_loaded(section, 1), timeout=5000)
    section.editor.picker.set_account_checked(account.id, True)
    return session, section, section.editor


def publish_while_offline(start_gui, qtbot, credentials, server, text: str):
    """Write a post, lose the connection, press Publish: it is tried once and waits for the next try."""
    session, section, editor = composer_posting_to_mastodon(start_gui, qtbot, credentials, server)
    type_text(editor.texts.main, text)
    server.stop()
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [(a.state, a.error_kind) for a in editor.status_panel.attempts()] == [("pending", "temporary")],
        timeout=10_000,
    )
    return session, section, editor


def test_offline_the_post_waits_in_the_outbox_and_goes_out_once_when_back(
    start_gui, qtbot, credentials, mastodon_server, monkeypatch
):
    session, section, editor = publish_while_offline(
        start_gui, qtbot, credentials, mastodon_server, "Offline geschrieben, online verschickt."
    )
    row = next(iter(editor.status_panel.rows.values()))
    assert row.state.text() == "waiting" and "Next try" in row.detail.text()
    assert section.side.tabText(1) == "Outbox (1)"
    assert section.outbox.model.rows[0].error_kind == "temporary"

    # Quitting now asks first; "No" keeps the app open.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    session.window.close()
    assert session.window.isVisible()

    mastodon_server.start()
    run_in_loop(qtbot, session.core.outbox.connection_back())  # what the reachability signal does
    qtbot.waitUntil(lambda: [a.state for a in editor.status_panel.attempts()] == ["published"], timeout=15_000)
    assert [s["text"] for s in mastodon_server.statuses_of("lindenhof")] == ["Offline geschrieben, online verschickt."]
    assert section.side.tabText(1) == "Outbox"


def test_a_refused_post_shows_the_reason_and_retry_sends_it_for_that_account(
    start_gui, qtbot, credentials, mastodon_server
):
    session, section, editor = composer_posting_to_mastodon(start_gui, qtbot, credentials, mastodon_server)
    type_text(editor.texts.main, "Zweiter Versuch klappt.")
    mastodon_server.fail_next("/api/v1/statuses", "http_422", method="POST")

    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [a.state for a in editor.status_panel.attempts()] == ["failed"], timeout=10_000)
    row = next(iter(editor.status_panel.rows.values()))
    assert row.state.text() == "failed" and row.detail.text()
    assert row.retry.isVisible() and row.retry.text() == "Retry"
    assert editor.heading.text() == "Not everywhere published"
    assert mastodon_server.statuses_of("lindenhof") == []

    qtbot.mouseClick(row.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [a.state for a in editor.status_panel.attempts()] == ["published"], timeout=10_000)
    assert [s["text"] for s in mastodon_server.statuses_of("lindenhof")] == ["Zweiter Versuch klappt."]


def test_a_draft_saves_itself_while_typing_and_is_there_after_a_restart(start_gui, qtbot):
    session = start_gui()
    section = open_composer(session)
    type_text(section.editor.texts.main, "Ideen für den Herbst: Laternenumzug")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=1500)  # on disk within a second or so
    assert section.model.rows[0].text == "Ideen für den Herbst: Laternenumzug"
    session.close()

    again = start_gui()
    editor = open_composer(again).editor
    qtbot.waitUntil(lambda: editor.texts.text() == "Ideen für den Herbst: Laternenumzug", timeout=5000)
    assert editor.heading.text() == "Draft"


def test_snippets_are_saved_from_the_text_and_inserted_with_one_click(start_gui, qtbot, monkeypatch):
    session = start_gui()
    editor = open_composer(session).editor
    type_text(editor.texts.main, "Euer Team vom Lindenhof 💚")
    editor.texts.main.selectAll()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gruß", True))
    editor.snippets.save_selection()
    qtbot.waitUntil(lambda: [s.name for s in editor.snippets.snippets] == ["Gruß"], timeout=5000)

    editor.texts.main.setPlainText("Kommt vorbei!\n")
    editor.texts.main.moveCursor(editor.texts.main.textCursor().MoveOperation.End)
    editor.snippets.aboutToShow.emit()
    [insert] = [a for a in editor.snippets.actions() if a.text() == "Gruß"]
    insert.trigger()
    assert editor.texts.text() == "Kommt vorbei!\nEuer Team vom Lindenhof 💚"


def test_a_pasted_picture_becomes_an_image_of_the_post(start_gui, qtbot):
    session = start_gui()
    editor = open_composer(session).editor
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkGreen)
    QApplication.clipboard().setImage(picture)
    editor.texts.main.setFocus()
    editor.texts.main.paste()
    qtbot.waitUntil(lambda: len(editor.images.cards) == 1, timeout=5000)
    attachment = editor.images.cards[0].attachment
    assert (attachment.width, attachment.height, attachment.mime_type) == (320, 200, "image/png")
    assert str(session.core.paths.media) in attachment.path


def test_the_preview_shows_each_account_its_own_text_and_the_image_description(
    start_gui, qtbot, credentials, mastodon_server, tmp_path
):
    session, section, editor = composer_posting_to_mastodon(start_gui, qtbot, credentials, mastodon_server)
    type_text(editor.texts.main, "Sommerkino im Hof #Kino")
    editor.add_images([str(make_png(tmp_path / "kino.png"))])
    qtbot.waitUntil(lambda: len(editor.images.cards) == 1, timeout=5000)
    type_text(editor.images.cards[0].alt_text, "Leinwand im Hof")

    from ui.compose.preview import PreviewDialog

    editor.show_preview()
    dialog = editor.findChild(PreviewDialog)
    assert dialog is not None and dialog.tabs.count() == 1
    page = dialog.page_html(0)
    assert "Sommerkino im Hof" in page and "#Kino" in page and "Leinwand im Hof" in page
    dialog.close()


def test_quitting_without_posts_on_their_way_asks_nothing(start_gui, qtbot, monkeypatch):
    session = start_gui()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    session.window.close()
    assert asked == [] and not session.window.isVisible()


def test_a_draft_survives_the_app_being_killed_mid_typing(start_gui, qtbot, home, keyring_service):
    """SIGKILL gives the app no chance to save: what is on disk is what autosave wrote while typing."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = Path(__file__).with_name("typist.py")
    child = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "KURZDRAHT_HOME": str(home), "KURZDRAHT_KEYRING_SERVICE": keyring_service},
    )
    typed: list[tuple[int, float]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            count, moment = line.split()
            typed.append((int(count), float(moment)))
            if int(count) >= 60:  # about 2.5 s of steady typing
                break
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
    # Everything typed more than a second before the kill must be on disk.
    must_have = max(count for count, moment in typed if moment <= killed_at - 1.0)
    session = start_gui()
    section = open_composer(session)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    saved = section.model.rows[0].text
    from typist import TEXT as FULL

    assert FULL.startswith(saved) and len(saved) >= must_have
    qtbot.waitUntil(lambda: section.editor.texts.text() == saved, timeout=5000)  # reopened in the composer


def test_scheduling_from_the_composer_stores_the_time_in_utc_and_can_be_undone(
    start_gui, qtbot, credentials, mastodon_server
):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from ui.compose.schedule_dialog import ScheduleDialog

    session, section, editor = composer_posting_to_mastodon(start_gui, qtbot, credentials, mastodon_server)
    type_text(editor.texts.main, "Laternenumzug am 11.11.")

    qtbot.mouseClick(editor.schedule_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(ScheduleDialog)
    assert dialog is not None and dialog.timezone == "Europe/Berlin"
    berlin = (datetime.now(ZoneInfo("Europe/Berlin")) + timedelta(days=2)).replace(hour=17, minute=30)
    from PySide6.QtCore import QDate, QDateTime, QTime

    dialog.when.setDateTime(QDateTime(QDate(berlin.year, berlin.month, berlin.day), QTime(17, 30)))
    dialog.accept()
    qtbot.waitUntil(lambda: editor.state == "scheduled", timeout=5000)
    assert editor.heading.text().startswith("Scheduled for")
    assert not editor.publish_button.isEnabled() and editor.unschedule_button.isVisible()
    when, zone = run_in_loop(qtbot, session.core.schedules.when(editor.draft_id))
    assert zone == "Europe/Berlin"
    assert when == berlin.replace(second=0, microsecond=0).astimezone(ZoneInfo("UTC"))

    qtbot.mouseClick(editor.unschedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.state == "draft", timeout=5000)
    assert run_in_loop(qtbot, session.core.schedules.when(editor.draft_id)) is None
    assert editor.publish_button.isEnabled()


def test_on_a_long_text_the_x_counter_follows_when_typing_pauses(start_gui, qtbot):
    """X's rule costs milliseconds per thousand characters: it must not slow every keystroke."""
    session = start_gui()

    async def add_x():
        organisation = await session.core.accounts.ensure_organisation("Jugendclub Funkenflug")
        return await session.core.accounts.add(organisation, "x", "Funkenflug auf X", "@funkenflug", status="connected")

    account_id = run_in_loop(qtbot, add_x())
    session.events.accounts_changed.emit()
    section = open_composer(session)
    editor = section.editor
    qtbot.waitUntil(accounts_loaded(section, 1), timeout=5000)
    editor.picker.set_account_checked(account_id, True)
    row = editor.counters.rows[account_id]
    editor.texts.main.setPlainText("a" * 700)
    qtbot.waitUntil(lambda: row.number.text() == "700 / 280", timeout=5000)
    type_text(editor.texts.main, "bc")
    assert row.number.text() == "700 / 280"  # not recounted on the keystroke itself
    qtbot.waitUntil(lambda: row.number.text() == "702 / 280", timeout=5000)
    assert "too long for X" in row.reason.text()


def test_image_files_dropped_on_the_text_become_images_of_the_post(start_gui, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    session = start_gui()
    editor = open_composer(session).editor
    files = [make_png(tmp_path / "plakat.png", 300, 400), make_png(tmp_path / "hof.png", 640, 480)]
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    assert editor.texts.main.canInsertFromMimeData(dropped)
    editor.texts.main.insertFromMimeData(dropped)  # what a drop (or pasting copied files) does
    qtbot.waitUntil(lambda: len(editor.images.cards) == 2, timeout=5000)
    assert sorted((c.attachment.width, c.attachment.height) for c in editor.images.cards) == [(300, 400), (640, 480)]
    assert editor.texts.text() == ""  # no file names typed into the post


def test_posts_left_in_the_outbox_go_out_after_the_next_start(
    start_gui, qtbot, credentials, mastodon_server, monkeypatch
):
    session, section, editor = publish_while_offline(
        start_gui, qtbot, credentials, mastodon_server, "Beim nächsten Start geht es raus."
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    session.window.close()  # "quit anyway?" – yes
    assert not session.window.isVisible()
    session.close()

    mastodon_server.start()
    again = start_gui()
    outbox = open_composer(again).outbox
    qtbot.waitUntil(lambda: [a.state for a in outbox.model.rows] == ["published"], timeout=20_000)
    assert [s["text"] for s in mastodon_server.statuses_of("lindenhof")] == ["Beim nächsten Start geht es raus."]


def test_an_account_never_connected_is_asked_to_connect_not_to_reconnect(start_gui, qtbot):
    session = start_gui(demo=True)  # the sample workspace's accounts were never connected
    section = open_composer(session)
    editor = section.editor
    qtbot.waitUntil(lambda: len(editor.picker.accounts) > 0, timeout=5000)
    mastodon = next(a for a in editor.picker.accounts.values() if a.network == "mastodon")
    editor.picker.set_account_checked(mastodon.id, True)
    type_text(editor.texts.main, "Sommerfest am Samstag")
    qtbot.waitUntil(lambda: "connect it in Accounts" in editor.problems.text())
    assert "reconnect" not in editor.problems.text()
    assert not editor.publish_button.isEnabled() and "connect it in Accounts" in editor.publish_button.toolTip()


def test_preview_tabs_of_accounts_with_the_same_name_say_their_network(start_gui, qtbot):
    session = start_gui(demo=True)  # the youth club is "Funkenflug" on Instagram, Mastodon and Bluesky
    editor = open_composer(session).editor
    qtbot.waitUntil(lambda: len(editor.picker.accounts) > 0, timeout=5000)
    for account in editor.picker.accounts.values():
        editor.picker.set_account_checked(account.id, account.display_name == "Funkenflug")
    type_text(editor.texts.main, "Open Stage am Freitag")
    from ui.compose.preview import PreviewDialog

    editor.show_preview()
    dialog = editor.findChild(PreviewDialog)
    names = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert sorted(names) == ["Funkenflug (Bluesky)", "Funkenflug (Instagram)", "Funkenflug (Mastodon)"]
    dialog.close()
