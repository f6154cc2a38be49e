"""A damaged data file in the GUI: found at start or by the check in the background, said in plain words,
and "Restore from backup…" brings the posts back; File → Restore from backup… lists the backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from conftest import open_settings
from tests.desktop.backup_helpers import damage_a_page_in_the_middle, save_drafts


def draft_texts(session) -> list[str]:
    model = session.window.sections["compose"].model
    return sorted(model.rows[row].text for row in range(model.rowCount()))


def choose_restore_in_the_message(qtbot, session) -> None:
    qtbot.waitUntil(lambda: session.damaged_box is not None and session.damaged_box.isVisible(), timeout=20_000)
    qtbot.mouseClick(session.damaged_box.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.restore_dialog is not None and session.restore_dialog.isVisible())


def restore_selected(qtbot, session) -> None:
    dialog = session.restore_dialog
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)


def test_a_data_file_cut_to_a_few_bytes_is_named_at_start_and_a_backup_brings_the_posts_back(
    start_gui, qtbot, home: Path
):
    from desktop.paths import data_paths
    from desktop.store.backups import create_backup

    save_drafts(home, "Repair-Café am Samstag", "Sprachcafé jeden Dienstag")
    create_backup(data_paths(home))
    with open(home / "kurzdraht.sqlite3", "r+b") as handle:
        handle.truncate(20)

    session = start_gui()
    assert not session.ready
    choose_restore_in_the_message(qtbot, session)
    assert session.window.isVisible()
    message = session.damaged_box.text()
    assert "is only 20 bytes long" in message and "Restore from backup" in message
    dialog = session.restore_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.selected() is dialog.model.backups[0] and dialog.model.backups[0].ok
    restore_selected(qtbot, session)

    qtbot.waitUntil(lambda: session.ready and session.window.sections["compose"].model.rowCount() == 2, timeout=10_000)
    assert draft_texts(session) == ["Repair-Café am Samstag", "Sprachcafé jeden Dienstag"]
    assert session.error is None
    assert "Your data was restored from the backup of" in session.window.status.currentMessage()


def test_the_background_check_finds_damage_and_offers_the_latest_good_backup(start_gui, qtbot, home: Path):
    from desktop.paths import data_paths
    from desktop.store.backups import create_backup

    save_drafts(home, *[f"Entwurf {number}" for number in range(300)])
    create_backup(data_paths(home))
    damage_a_page_in_the_middle(home / "kurzdraht.sqlite3")

    session = start_gui(wait=False)  # the drafts list reads the damaged index, so it does not finish loading
    qtbot.waitUntil(lambda: session.ready or session.error is not None, timeout=10_000)
    assert session.ready  # opening did not see the damage; the check after start does
    choose_restore_in_the_message(qtbot, session)
    assert "is damaged or not a Kurzdraht database" in session.damaged_box.text()
    assert not session.integrity.integrity.ok and session.integrity.backup is None
    restore_selected(qtbot, session)
    qtbot.waitUntil(lambda: session.window.sections["compose"].model.rowCount() == 300, timeout=10_000)
    from desktop.store.backups import check_database

    assert check_database(home / "kurzdraht.sqlite3").ok


def test_file_menu_lists_backups_newest_first_and_a_damaged_one_cannot_be_chosen(start_gui, qtbot, home: Path):
    from datetime import datetime, timezone

    from desktop.paths import data_paths
    from desktop.store.backups import create_backup

    save_drafts(home, "Sommerfest")
    older = create_backup(data_paths(home), now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    newer = create_backup(data_paths(home), now=datetime(2026, 2, 1, tzinfo=timezone.utc))
    with open(newer.path, "r+b") as handle:
        handle.truncate(50)

    session = start_gui()
    qtbot.waitUntil(lambda: session.integrity is not None, timeout=10_000)
    assert session.integrity.integrity.ok and session.integrity.backup.kind == "daily"
    assert session.damaged_box is None  # a sound file: no message
    settings = open_settings(session, qtbot, "backups")
    settings.backups.restore_button.click()
    dialog = session.restore_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10_000)
    model = dialog.model
    assert [b.name for b in model.backups] == [session.integrity.backup.name, newer.name, older.name]
    assert [model.index(row, 3).data() for row in range(3)] == ["good", "damaged", "good"]
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert dialog.selected() == model.backups[0]  # the newest good one
    assert settings.backups.restore_button.text() == "Restore from a backup…"
    dialog.reject()
    assert not dialog.isVisible() and session.window.isVisible()  # cancelled: the app works on as it was
