"""The Inbox section as a person uses it, against the Mastodon wire-format server: new comments come in
with F5, the keyboard moves through them, marks them done, searches, and answers; a reply written
offline waits in the outbox and goes out once; a slow sync can be cancelled."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt

from conftest import require_keyring, run_in_loop, type_text
from ui.inbox.model import CommentRole
from desktop.drafts import DraftContent

OUR_POST = "Sprachcafé ab Montag im Lindenhof ☕ Wer kommt?"


async def connect_and_post(core, server):
    """Our account on the server, with one post published through the outbox."""
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    token = server.create_user("lindenhof", "Lindenhof auf Mastodon")
    account = await core.connections.connect_mastodon_token(organisation, server.url, token)
    draft = await core.drafts.write(DraftContent(organisation, OUR_POST, (account.id,)))
    [published] = await core.outbox.drain(await core.outbox.publish(draft), timeout=20)
    return account, published


def comment_on(server, token: str, text: str, in_reply_to: str | None = None) -> dict:
    body = {"status": text}
    if in_reply_to:
        body["in_reply_to_id"] = in_reply_to
    response = httpx.post(
        f"{server.url}/api/v1/statuses", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    response.raise_for_status()
    return response.json()


def inbox_of(session):
    session.window.show_section("inbox")
    return session.window.sections["inbox"]


def open_inbox_with_our_post(start_gui, qtbot, credentials, server):
    """The app on the inbox, our account with one published post, a neighbour who can comment, and the
    sync at start done. Returns (session, inbox, our post's remote id, the neighbour's token)."""
    require_keyring(credentials)
    session = start_gui()
    inbox = inbox_of(session)
    _, published = run_in_loop(qtbot, connect_and_post(session.core, server), timeout=30_000)
    anna = server.create_user("anna", "Anna Müller")
    qtbot.waitUntil(lambda: not inbox.syncing, timeout=10_000)
    return session, inbox, published.remote_url.rsplit("/", 1)[-1], anna


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_comments_come_in_with_f5_and_are_worked_through_with_the_keyboard(
    start_gui, qtbot, credentials, mastodon_server
):
    session, inbox, post_id, anna = open_inbox_with_our_post(start_gui, qtbot, credentials, mastodon_server)
    question = comment_on(mastodon_server, anna, "@lindenhof Gibt es noch Plätze im Sprachcafé? 🙂", post_id)
    comment_on(mastodon_server, anna, "@lindenhof Danke für das tolle Fest!")

    press(qtbot, inbox.list, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: inbox.heading.text() == "2 open comments")
    assert session.window.sidebar.item(0).text() == "Inbox (2)"
    qtbot.waitUntil(lambda: "2 new comments." in inbox.sync_status.text())
    newest = inbox.model.index(0).data()
    assert newest == "Anna Müller: @lindenhof Danke für das tolle Fest!"

    # j and k move; the conversation shows our post above the question.
    inbox.list.setFocus()
    press(qtbot, inbox.list, Qt.Key.Key_J)
    assert inbox.current_row().text == "@lindenhof Gibt es noch Plätze im Sprachcafé? 🙂"
    assert inbox.current_row().post_excerpt == OUR_POST
    qtbot.waitUntil(
        lambda: inbox.conversation.conversation is not None and inbox.conversation.conversation.from_network,
        timeout=10_000,
    )
    thread = inbox.conversation.thread.toPlainText()
    assert thread.index(OUR_POST) < thread.index("Gibt es noch Plätze")
    press(qtbot, inbox.list, Qt.Key.Key_K)
    assert inbox.current_row().text == "@lindenhof Danke für das tolle Fest!"
    press(qtbot, inbox.list, Qt.Key.Key_J)

    # Tag it as a question.
    inbox.conversation._build_tag_menu()
    [question_tag] = [a for a in inbox.conversation.tag_menu.actions() if a.text() == "#question"]
    question_tag.trigger()
    qtbot.waitUntil(lambda: inbox.current_row() is not None and inbox.current_row().tags == ("question",))

    # r: answer it; Ctrl+Enter sends; the comment is done and leaves the list of open ones.
    press(qtbot, inbox.list, Qt.Key.Key_R)
    assert inbox.conversation.reply.hasFocus()
    type_text(inbox.conversation.reply, "Ja, es gibt noch Plätze – kommt einfach vorbei!")
    press(qtbot, inbox.conversation.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(s["in_reply_to_id"] == question["id"] for s in mastodon_server.statuses_of("lindenhof")),
        timeout=10_000,
    )
    replies = [s for s in mastodon_server.statuses_of("lindenhof") if s["in_reply_to_id"] == question["id"]]
    assert len(replies) == 1 and replies[0]["text"] == "@anna Ja, es gibt noch Plätze – kommt einfach vorbei!"
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
    qtbot.waitUntil(lambda: inbox.heading.text() == "1 open comment")

    # e marks the last one done: all done.
    inbox.list.setFocus()
    press(qtbot, inbox.list, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0)
    qtbot.waitUntil(lambda: inbox.empty.isVisible() and inbox.empty.title.text() == "All done")
    qtbot.waitUntil(lambda: session.window.sidebar.item(0).text() == "Inbox")
    assert "Ctrl+Z" in session.window.statusBar().currentMessage()

    # Ctrl+Z takes it back: open again, back in the list and selected; e once more, and it is done.
    inbox.setFocus()
    press(qtbot, inbox, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1 and inbox.current_row() is not None)
    assert inbox.current_row().text == "@lindenhof Danke für das tolle Fest!" and inbox.current_row().status == "open"
    qtbot.waitUntil(lambda: session.window.sidebar.item(0).text() == "Inbox (1)")
    inbox.list.setFocus()
    press(qtbot, inbox.list, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0)

    # / searches, across open and done, with umlauts folded.
    inbox.filters.show_status("all")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2)
    inbox.list.setFocus()
    press(qtbot, inbox.list, Qt.Key.Key_Slash)
    assert inbox.filters.search.hasFocus()
    type_text(inbox.filters.search, "platze")
    qtbot.waitUntil(
        lambda: (
            inbox.model.rowCount() == 1
            and inbox.model.index(0).data() is not None
            and "Plätze" in inbox.model.index(0).data()
        )
    )
    # Running sync again brings nothing twice.
    press(qtbot, inbox.list, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "No new comments." in inbox.sync_status.text(), timeout=10_000)
    assert run_in_loop(qtbot, session.core.inbox.counts()).total == 2


def test_a_reply_written_offline_waits_and_goes_out_once_when_back_online(
    start_gui, qtbot, credentials, mastodon_server
):
    session, inbox, post_id, anna = open_inbox_with_our_post(start_gui, qtbot, credentials, mastodon_server)
    question = comment_on(mastodon_server, anna, "@lindenhof Wann ist das nächste Treffen?", post_id)
    inbox.sync_now()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1 and inbox.current_row() is not None, timeout=10_000)

    mastodon_server.stop()
    inbox.conversation.reply.setFocus()
    type_text(inbox.conversation.reply, "Am Donnerstag um 18 Uhr!")
    inbox.conversation.send_button.click()
    qtbot.waitUntil(lambda: "on its way" in session.window.status.currentMessage(), timeout=10_000)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0)  # answered, so done
    compose = session.window.sections["compose"]
    qtbot.waitUntil(lambda: compose.side.tabText(1) == "Outbox (1)", timeout=10_000)
    assert mastodon_server.statuses_of("lindenhof") == [] or all(
        s["in_reply_to_id"] != question["id"] for s in mastodon_server.statuses_of("lindenhof")
    )
    # Quitting now would ask: the reply is one of the posts still on their way.
    assert run_in_loop(qtbot, session.core.outbox.in_flight()) == 1

    mastodon_server.start()
    run_in_loop(qtbot, session.core.outbox.connection_back())
    qtbot.waitUntil(
        lambda: any(s["in_reply_to_id"] == question["id"] for s in mastodon_server.statuses_of("lindenhof")),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: compose.side.tabText(1) == "Outbox", timeout=10_000)
    replies = [s for s in mastodon_server.statuses_of("lindenhof") if s["in_reply_to_id"] == question["id"]]
    assert [r["text"] for r in replies] == ["@anna Am Donnerstag um 18 Uhr!"]
    # The reply is not a draft of the composer.
    assert run_in_loop(qtbot, session.core.drafts.list()) == []


def test_a_slow_sync_shows_progress_and_can_be_cancelled(start_gui, qtbot, credentials, mastodon_server):
    session, inbox, _, anna = open_inbox_with_our_post(start_gui, qtbot, credentials, mastodon_server)
    comment_on(mastodon_server, anna, "@lindenhof Hallo!")
    run_in_loop(qtbot, _forget_cursors(session.core))
    before = run_in_loop(qtbot, session.core.inbox.counts()).total
    mastodon_server.delay = 5.0
    inbox.sync_button.click()
    assert inbox.syncing and inbox.progress.isVisible() and inbox.cancel_button.isVisible()
    assert not inbox.sync_button.isEnabled()
    inbox.cancel_button.click()
    qtbot.waitUntil(lambda: not inbox.syncing, timeout=3000)
    assert inbox.sync_status.text() == "Cancelled. What had arrived is kept."
    assert not inbox.progress.isVisible() and inbox.sync_button.isEnabled()
    assert run_in_loop(qtbot, session.core.inbox.counts()).total == before
    mastodon_server.delay = 0.0


async def _forget_cursors(core) -> None:
    from desktop.store.models import Comment, InboxSync

    def forget() -> None:
        InboxSync.delete().execute()
        Comment.delete().execute()

    await core.store.run(forget)


def test_new_comments_are_announced_in_the_tray_unless_switched_off(start_gui, qtbot, credentials, mastodon_server):
    session, inbox, _, anna = open_inbox_with_our_post(start_gui, qtbot, credentials, mastodon_server)
    comment_on(mastodon_server, anna, "@lindenhof Super Aktion!")
    inbox.sync_now()
    qtbot.waitUntil(lambda: session.tray.last_message[0] == "1 new comment", timeout=10_000)
    assert session.tray.last_message[1] == "Anna Müller: @lindenhof Super Aktion!"

    qtbot.mouseClick(inbox.options, Qt.MouseButton.LeftButton)  # Settings… on the Inbox page
    qtbot.waitUntil(lambda: session.settings_dialog is not None and session.settings_dialog.page == "inbox")
    dialog = session.settings_dialog
    dialog.inbox.notify.setChecked(False)  # switch it off
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: session.settings_dialog is None)
    assert session.core.settings.get("notify_new_comments") is False
    session.tray.last_message = ("", "")
    comment_on(mastodon_server, anna, "@lindenhof Noch eine Frage")
    inbox.sync_now()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not inbox.syncing)
    assert session.tray.last_message == ("", "")


def test_the_heading_counts_what_the_filter_shows_and_a_comment_filtered_out_leaves_the_pane(start_gui, qtbot):
    session = start_gui(demo=True)
    window = session.window
    window.show_section("inbox")
    inbox = window.sections["inbox"]
    qtbot.waitUntil(lambda: inbox.heading.text() == "7 open comments")
    sewing = next(
        row for row in range(inbox.model.rowCount()) if "Nähmaschinen" in inbox.model.index(row).data(CommentRole).text
    )
    inbox.list.setCurrentIndex(inbox.model.index(sewing))
    qtbot.waitUntil(
        lambda: inbox.conversation.comment is not None and "Nähmaschinen" in inbox.conversation.comment.text
    )

    # A search that still finds it: counted, and the conversation stays.
    inbox.filters.search.setText("Repair")
    qtbot.waitUntil(lambda: inbox.heading.text() == "1 comment matches", timeout=5000)
    qtbot.waitUntil(lambda: inbox.conversation.comment is not None)
    assert "Nähmaschinen" in inbox.conversation.comment.text

    # Done and open ones together: the heading counts both.
    inbox.filters.search.clear()
    inbox.filters.show_status("all")
    qtbot.waitUntil(lambda: inbox.heading.text().endswith("comments match") and inbox.matching is not None)
    assert inbox.matching[0] == inbox.model.rowCount() > 7

    # A filter without it: the pane no longer shows it.
    inbox.filters.show_status("open")
    inbox.filters.search.setText("Bandworkshop")
    qtbot.waitUntil(lambda: inbox.heading.text() == "1 comment matches", timeout=5000)
    qtbot.waitUntil(lambda: inbox.conversation.comment is not None)
    assert "Bandworkshop" in inbox.conversation.comment.text
    inbox.filters.search.setText("Zirkuszelt")
    qtbot.waitUntil(lambda: inbox.heading.text() == "0 comments match", timeout=5000)
    assert inbox.conversation.comment is None
