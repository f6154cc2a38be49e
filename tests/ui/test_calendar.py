"""The Calendar section as a person uses it: a post scheduled in the composer shows in the month and the
week view; dragging it to another day or hour moves it (the stored time says so) and Ctrl+Z puts it
back; the keyboard moves through months; a click opens it in the composer; missed posts are offered to
be published."""

from __future__ import annotations

import os
import time as clock
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from conftest import require_keyring, run_in_loop, type_text
from desktop.drafts import DraftContent
from ui.calendar.grid import MIME


@pytest.fixture
def berlin(monkeypatch):
    """The computer's clock in Berlin, as for most of Kurzdraht's users."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


async def scheduled_post(core, server, local: datetime) -> int:
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    token = server.create_user("lindenhof", "Lindenhof auf Mastodon")
    account = await core.connections.connect_mastodon_token(organisation, server.url, token)
    draft = await core.drafts.write(DraftContent(organisation, "Lesecafé am Donnerstag 📚", (account.id,)))
    await core.schedules.schedule(draft, local.astimezone(timezone.utc), "Europe/Berlin")
    return draft


def drop(view, post_id: int, point: QPoint) -> None:
    """What Qt delivers when a chip is dragged onto `point` and let go."""
    mime = QMimeData()
    mime.setData(MIME, str(post_id).encode())
    where = QPointF(point)
    for event in (
        QDragEnterEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDragMoveEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDropEvent(where, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
    ):
        QApplication.sendEvent(view, event)


def stored_local(session, qtbot, post_id: int) -> datetime:
    when = run_in_loop(qtbot, session.core.schedules.when(post_id))
    return when[0].astimezone().replace(tzinfo=None)


def test_a_post_scheduled_in_the_composer_is_dragged_to_another_day_and_hour_and_back(
    start_gui, qtbot, credentials, mastodon_server, berlin
):
    from test_compose import composer_posting_to_mastodon

    session, _, editor = composer_posting_to_mastodon(start_gui, qtbot, credentials, mastodon_server)
    window = session.window
    type_text(editor.texts.main, "Lesecafé am Donnerstag 📚")
    soon = (datetime.now() + timedelta(days=2)).replace(hour=9, minute=30, second=0, microsecond=0)
    editor.schedule(soon, "Europe/Berlin")  # what Schedule… does with the time chosen in its dialog
    qtbot.waitUntil(lambda: editor.state == "scheduled", timeout=5000)
    post_id = editor.draft_id
    window.show_section("calendar")
    calendar = window.sections["calendar"]
    calendar.go_to(soon.date())
    month = calendar.month_view
    qtbot.waitUntil(lambda: month.chip_rect(post_id) is not None)
    assert calendar.posts[0].text == "Lesecafé am Donnerstag 📚"

    # Month view: to the next day, same time of day.
    target = month.cell_rect(soon + timedelta(days=1)).center()
    drop(month, post_id, target)
    qtbot.waitUntil(lambda: stored_local(session, qtbot, post_id) == soon + timedelta(days=1), timeout=5000)
    assert calendar.undo_button.isVisible()
    qtbot.waitUntil(
        lambda: (
            month.chip_rect(post_id) is not None
            and month.chip_rect(post_id).intersects(month.cell_rect(soon + timedelta(days=1)))
        )
    )

    # Ctrl+Z puts it back.
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_local(session, qtbot, post_id) == soon, timeout=5000)

    # Week view: to another day at 14:15.
    calendar.week_button.click()
    week = calendar.week_view
    qtbot.waitUntil(lambda: week.chip_rect(post_id) is not None)
    later = (soon + timedelta(days=1)).replace(hour=14, minute=15)
    if later.date() >= week.first_day + timedelta(days=7):
        later = (soon - timedelta(days=1)).replace(hour=14, minute=15)
    point = week.cell_rect(later).topLeft() + QPoint(5, 2)
    drop(week, post_id, point)
    qtbot.waitUntil(lambda: stored_local(session, qtbot, post_id) == later, timeout=5000)
    assert run_in_loop(qtbot, session.core.drafts.load(post_id)).state == "scheduled"

    # A click opens it in the composer.
    week.open_requested.emit(post_id)
    assert window.current_section().key == "compose"
    editor = window.sections["compose"].editor
    qtbot.waitUntil(lambda: editor.draft_id == post_id)
    assert editor.texts.main.toPlainText() == "Lesecafé am Donnerstag 📚"


def test_the_keyboard_and_the_date_picker_move_through_time(start_gui, qtbot, berlin):
    session = start_gui()
    window = session.window
    window.show_section("calendar")
    calendar = window.sections["calendar"]
    calendar.month_view.setFocus()
    today = date.today()
    qtbot.keyClick(calendar.month_view, Qt.Key.Key_PageDown)
    following = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    assert (calendar.day.year, calendar.day.month) == (following.year, following.month)
    qtbot.keyClick(calendar.month_view, Qt.Key.Key_PageUp)
    qtbot.keyClick(calendar.month_view, Qt.Key.Key_PageUp)
    assert calendar.day.month == (today.month - 2) % 12 + 1
    qtbot.keyClick(calendar.month_view, Qt.Key.Key_T)
    assert calendar.day == today
    from PySide6.QtCore import QDate

    calendar.picker.setDate(QDate(2026, 10, 25))
    assert calendar.day == date(2026, 10, 25)
    qtbot.waitUntil(lambda: calendar.period.text() == "October 2026")
    calendar.week_button.click()
    qtbot.waitUntil(lambda: calendar.period.text() == "19. Oct – 25. Oct 2026")
    assert calendar.week_view.first_day == date(2026, 10, 19)
    qtbot.waitUntil(lambda: calendar.hint.isVisible() and "Nothing scheduled in this week" in calendar.hint.text())
    # The empty week says what to do, and its button does it.
    assert calendar.write_button.isVisible() and calendar.write_button.text() == "Write a post"
    calendar.write_button.click()
    assert session.window.current_section().key == "compose"


def test_missed_posts_are_offered_to_be_published_now(start_gui, qtbot, credentials, mastodon_server, berlin):
    require_keyring(credentials)
    session = start_gui()
    window = session.window
    soon = datetime.now() + timedelta(hours=1)
    post_id = run_in_loop(qtbot, scheduled_post(session.core, mastodon_server, soon), timeout=30_000)

    def miss() -> None:
        from desktop.store.models import Post, Schedule, utcnow

        Schedule.update(publish_at=utcnow() - timedelta(hours=5)).where(Schedule.post == post_id).execute()
        Post.update(state="missed").where(Post.id == post_id).execute()

    session.core.store.call(miss)
    window.show_section("calendar")
    calendar = window.sections["calendar"]
    calendar.refresh()
    qtbot.waitUntil(lambda: calendar.banner.isVisible())
    assert "1 post missed its time" in calendar.banner_text.text()
    calendar.publish_missed_button.click()
    qtbot.waitUntil(
        lambda: [s["text"] for s in mastodon_server.statuses_of("lindenhof")] == ["Lesecafé am Donnerstag 📚"],
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not calendar.banner.isVisible(), timeout=10_000)
    assert os.environ["TZ"] == "Europe/Berlin"


def test_a_post_the_running_app_finds_hours_late_shows_as_missed_by_itself(
    start_gui, qtbot, credentials, mastodon_server, berlin
):
    """As after the computer woke from sleep: the outbox marks it missed, and the calendar says so."""
    require_keyring(credentials)
    session = start_gui()
    window = session.window
    post_id = run_in_loop(
        qtbot, scheduled_post(session.core, mastodon_server, datetime.now() + timedelta(hours=1)), timeout=30_000
    )
    window.show_section("calendar")
    calendar = window.sections["calendar"]

    def slept() -> None:
        from desktop.store.models import Schedule, utcnow

        Schedule.update(publish_at=utcnow() - timedelta(hours=5)).where(Schedule.post == post_id).execute()

    session.core.store.call(slept)
    session.core.outbox.wake()
    qtbot.waitUntil(lambda: calendar.banner.isVisible(), timeout=10_000)
    assert [p.post_id for p in calendar.missed] == [post_id]
    assert mastodon_server.statuses_of("lindenhof") == []


def test_posts_in_the_calendar_are_focused_opened_and_moved_by_keyboard(
    start_gui, qtbot, credentials, mastodon_server, berlin
):
    require_keyring(credentials)
    session = start_gui()
    soon = (datetime.now() + timedelta(days=2)).replace(hour=9, minute=30, second=0, microsecond=0)

    async def two_posts() -> tuple[int, int]:
        first = await scheduled_post(session.core, mastodon_server, soon)
        (account,) = await session.core.accounts.list()
        content = DraftContent(account.organisation_id, "Repair-Café am Samstag", (account.id,))
        second = await session.core.drafts.write(content)
        later = (soon + timedelta(hours=3)).astimezone(timezone.utc)
        await session.core.schedules.schedule(second, later, "Europe/Berlin")
        return first, second

    first, second = run_in_loop(qtbot, two_posts())
    window = session.window
    window.activateWindow()
    window.show_section("calendar")
    calendar = window.sections["calendar"]
    calendar.go_to(soon.date())
    month = calendar.month_view
    qtbot.waitUntil(lambda: month.chip_rect(first) is not None and month.chip_rect(second) is not None)

    # Tab reaches the calendar, which puts the keyboard on the next post from today; the arrows go on.
    for _ in range(30):
        if QApplication.focusWidget() is month:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is month
    assert month.focused_post == first
    assert "Lindenhof" in month.accessibleDescription()  # what a screen reader says about it
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert month.focused_post == second
    qtbot.keyClick(month, Qt.Key.Key_Left)
    assert month.focused_post == first

    # Ctrl+Right: a day later; Ctrl+Down: a week later; Ctrl+Z puts it back; the keyboard stays on it.
    qtbot.keyClick(month, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_local(session, qtbot, first) == soon + timedelta(days=1), timeout=5000)
    qtbot.waitUntil(lambda: month.chip_rect(first) is not None and month.chip_rect(first).intersects(
        month.cell_rect(soon + timedelta(days=1))))  # fmt: skip
    assert month.focused_post == first
    qtbot.keyClick(month, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_local(session, qtbot, first) == soon, timeout=5000)

    # The week view: Ctrl+Up is an hour earlier.
    calendar.week_button.click()
    week = calendar.week_view
    qtbot.waitUntil(lambda: week.chip_rect(first) is not None)
    week.setFocus()
    qtbot.waitUntil(lambda: week.focused_post == first)
    qtbot.keyClick(week, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_local(session, qtbot, first) == soon - timedelta(hours=1), timeout=5000)

    # Enter opens it in the composer.
    qtbot.waitUntil(lambda: week.chip_rect(first) is not None and week.focused_post == first)
    qtbot.keyClick(week, Qt.Key.Key_Return)
    editor = window.sections["compose"].editor
    qtbot.waitUntil(lambda: window.current_section().key == "compose" and editor.draft_id == first)
    assert editor.texts.main.toPlainText() == "Lesecafé am Donnerstag 📚"
