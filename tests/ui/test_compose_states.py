"""The composer shows the post's state the core has stored, whatever happens to its attempts in the
outbox: cancelling, a refusal, a retry. Each test compares what the editor shows with the database."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from conftest import run_in_loop, type_text
from desktop.states import AttemptState, ErrorKind, PostState
from test_compose import composer_posting_to_mastodon, connect_mastodon


def stored_state(session, qtbot, post_id: int) -> PostState:
    return run_in_loop(qtbot, session.core.drafts.load(post_id)).state


def cancel_in_outbox(section, qtbot, attempt_id: int) -> None:
    """Select the attempt in the outbox list and press "Cancel sending", as a person would."""
    outbox = section.outbox
    row = next(i for i, a in enumerate(outbox.model.rows) if a.id == attempt_id)
    outbox.list.selectionModel().select(outbox.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert outbox.cancel_button.isEnabled()
    qtbot.mouseClick(outbox.cancel_button, Qt.MouseButton.LeftButton)


def editable(editor) -> bool:
    return (
        not editor.texts.main.isReadOnly()
        and editor.publish_button.isEnabled()
        and editor.save_button.isEnabled()
        and editor.picker.isEnabled()
    )


def test_cancelling_the_only_queued_attempt_makes_the_post_an_editable_draft_again(
    start_gui, qtbot, credentials, mastodon_server
):
    session, section, editor = composer_posting_to_mastodon(start_gui, qtbot, credentials, mastodon_server)
    session.core.outbox.backoff_base = 3600.0  # no automatic try while the test looks at the waiting post
    type_text(editor.texts.main, "Doch lieber erst morgen.")
    mastodon_server.stop()
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    # Tried once (refused connection), now waiting for its next try: it can be cancelled.
    waiting = [(AttemptState.PENDING, ErrorKind.TEMPORARY)]
    qtbot.waitUntil(
        lambda: [(a.state, a.error_kind) for a in editor.status_panel.attempts()] == waiting, timeout=10_000
    )
    post_id = editor.draft_id
    assert stored_state(session, qtbot, post_id) == PostState.PUBLISHING
    assert editor.heading.text() == "Publishing…" and not editable(editor)
    qtbot.waitUntil(lambda: [(a.state, a.error_kind) for a in section.outbox.model.rows] == waiting, timeout=5000)

    [attempt] = editor.status_panel.attempts()
    cancel_in_outbox(section, qtbot, attempt.id)
    qtbot.waitUntil(lambda: [a.state for a in editor.status_panel.attempts()] == [AttemptState.CANCELLED], timeout=5000)

    # The database says draft, and so does the composer: not "Published", and it can be changed again.
    assert stored_state(session, qtbot, post_id) == PostState.DRAFT
    assert editor.state == PostState.DRAFT
    assert editor.heading.text() == "Draft"
    assert editable(editor)
    type_text(editor.texts.main, " Oder übermorgen.")
    qtbot.waitUntil(
        lambda: (
            run_in_loop(qtbot, session.core.drafts.load(post_id)).content.text
            == "Doch lieber erst morgen. Oder übermorgen."
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: [d.id for d in section.model.rows] == [post_id], timeout=5000)  # back in the drafts
    assert mastodon_server.statuses_of("lindenhof") == []


def test_after_one_account_refuses_the_composer_shows_the_stored_state_through_cancel_and_retry(
    start_gui, qtbot, credentials, mastodon_server
):
    session, section, editor = composer_posting_to_mastodon(start_gui, qtbot, credentials, mastodon_server)
    second = connect_mastodon(session, qtbot, mastodon_server, "lindenhof_jugend")
    qtbot.waitUntil(lambda: len(editor.picker.accounts) == 2, timeout=5000)
    editor.picker.set_account_checked(second.id, True)
    type_text(editor.texts.main, "Sommerfest: Kuchen gesucht!")
    mastodon_server.fail_next("/api/v1/statuses", "http_422", method="POST")

    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            sorted(a.state for a in editor.status_panel.attempts()) == [AttemptState.FAILED, AttemptState.PUBLISHED]
        ),
        timeout=10_000,
    )
    post_id = editor.draft_id
    # Published on one account, refused on the other: the core says "failed", the composer shows it.
    assert stored_state(session, qtbot, post_id) == PostState.FAILED == editor.state
    assert editor.heading.text() == "Not everywhere published"
    refused = next(a for a in editor.status_panel.attempts() if a.state == AttemptState.FAILED)

    # Sending the refused one again: the post is on its way, then out everywhere.
    qtbot.mouseClick(editor.status_panel.rows[refused.id].retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [a.state for a in editor.status_panel.attempts()] == [AttemptState.PUBLISHED, AttemptState.PUBLISHED],
        timeout=10_000,
    )
    assert stored_state(session, qtbot, post_id) == PostState.PUBLISHED == editor.state
    assert editor.heading.text() == "Published" and not editable(editor)
    assert len(mastodon_server.statuses_of("lindenhof")) == len(mastodon_server.statuses_of("lindenhof_jugend")) == 1


def test_cancelling_the_refused_account_leaves_the_post_published_where_it_went_out(
    start_gui, qtbot, credentials, mastodon_server
):
    session, section, editor = composer_posting_to_mastodon(start_gui, qtbot, credentials, mastodon_server)
    second = connect_mastodon(session, qtbot, mastodon_server, "lindenhof_jugend")
    qtbot.waitUntil(lambda: len(editor.picker.accounts) == 2, timeout=5000)
    editor.picker.set_account_checked(second.id, True)
    type_text(editor.texts.main, "Flohmarkt im Hof.")
    mastodon_server.fail_next("/api/v1/statuses", "http_422", method="POST")
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            sorted(a.state for a in editor.status_panel.attempts()) == [AttemptState.FAILED, AttemptState.PUBLISHED]
        ),
        timeout=10_000,
    )
    refused = next(a for a in editor.status_panel.attempts() if a.state == AttemptState.FAILED)
    qtbot.waitUntil(
        lambda: sorted(a.state for a in section.outbox.model.rows) == [AttemptState.FAILED, AttemptState.PUBLISHED],
        timeout=5000,
    )

    cancel_in_outbox(section, qtbot, refused.id)
    qtbot.waitUntil(lambda: AttemptState.CANCELLED in [a.state for a in editor.status_panel.attempts()], timeout=5000)
    assert stored_state(session, qtbot, editor.draft_id) == PostState.PUBLISHED == editor.state
    assert editor.heading.text() == "Published" and not editable(editor)
