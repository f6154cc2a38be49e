"""Backups: made with SQLite's backup API and checked, listed newest first, 7 daily ones kept, restored
through the CLI; a damaged data file is found, named, and the latest good backup brings the posts back."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.app import Core
from desktop.paths import data_paths
from desktop.store import db as store_db
from desktop.store.backups import DAILY, BackupService, check_database, create_backup, daily_backup_due, list_backups
from desktop.store.errors import DatabaseDamaged
from tests.desktop.backup_helpers import damage_a_page_in_the_middle, save_drafts

ROOT = Path(__file__).resolve().parents[2]


def kurzdraht(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--home", str(home), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANGUAGE": "en"},
        timeout=60,
    )


def draft_texts(home: Path) -> list[str]:
    result = kurzdraht(home, "drafts", "list", "--json")
    assert result.returncode == 0, result.stderr
    return sorted(d["text"] for d in json.loads(result.stdout))


def test_backup_create_list_and_restore_round_trip_through_the_cli(home: Path):
    save_drafts(home, "Sommerfest im Hof 🌻")
    made = kurzdraht(home, "backup", "create")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Backup made and checked: ") and str(home / "backups") in made.stdout
    listed = json.loads(kurzdraht(home, "backup", "list", "--json").stdout)
    assert [(b["kind"], b["ok"]) for b in listed] == [("manual", True)] and listed[0]["size_bytes"] > 0
    table = kurzdraht(home, "backup", "list").stdout.splitlines()
    assert table[0].split() == ["Name", "Made", "Kind", "Size", "Check"]
    assert "made by hand" in table[1] and table[1].rstrip().endswith("good")
    # The backup stands alone: no -wal or -shm beside it.
    assert sorted(p.name for p in (home / "backups").iterdir()) == [listed[0]["name"]]

    save_drafts(home, "Laternenumzug am Martinstag")
    assert draft_texts(home) == ["Laternenumzug am Martinstag", "Sommerfest im Hof 🌻"]
    restored = kurzdraht(home, "backup", "restore", listed[0]["name"])
    assert restored.returncode == 0, restored.stderr
    assert f"Restored your data from {listed[0]['name']}" in restored.stdout
    assert "The data it replaced is kept as " in restored.stdout
    assert draft_texts(home) == ["Sommerfest im Hof 🌻"]

    # The replaced data was kept, listed newest first, and restoring it undoes the restore.
    listed = json.loads(kurzdraht(home, "backup", "list", "--json").stdout)
    assert [(b["kind"], b["ok"]) for b in listed] == [("before-restore", True), ("manual", True)]
    assert kurzdraht(home, "backup", "restore", listed[0]["name"]).returncode == 0
    assert draft_texts(home) == ["Laternenumzug am Martinstag", "Sommerfest im Hof 🌻"]


def test_wrong_backup_commands_are_refused_and_change_nothing(home: Path):
    save_drafts(home, "Sommerfest")
    before = (home / "kurzdraht.sqlite3").read_bytes()
    unknown = kurzdraht(home, "backup", "restore", "kurzdraht-daily-20990101T000000000000")
    assert unknown.returncode == 1
    assert "There is no backup called “kurzdraht-daily-20990101T000000000000”" in unknown.stderr
    nothing = kurzdraht(home, "backup", "restore", "--latest")
    assert nothing.returncode == 1 and "There is no good backup to restore" in nothing.stderr
    assert kurzdraht(home, "backup", "restore").returncode == 2  # neither a name nor --latest
    assert "Traceback" not in unknown.stderr + nothing.stderr
    assert (home / "kurzdraht.sqlite3").read_bytes() == before
    empty = home.parent / "empty-home"
    result = kurzdraht(empty, "backup", "create")
    assert result.returncode == 1 and "There is no data to back up yet" in result.stderr


def test_a_database_cut_to_a_few_bytes_is_named_and_the_latest_good_backup_brings_the_posts_back(home: Path):
    save_drafts(home, "Repair-Café am Samstag", "Sprachcafé jeden Dienstag")
    assert kurzdraht(home, "backup", "create").returncode == 0
    database = home / "kurzdraht.sqlite3"
    assert not Path(f"{database}-wal").exists()
    with open(database, "r+b") as handle:
        handle.truncate(12)

    refused = kurzdraht(home, "drafts", "list")
    assert refused.returncode == 1
    assert f"The data file {database} is only 12 bytes long" in refused.stderr
    assert "kurzdraht backup restore --latest" in refused.stderr and "Traceback" not in refused.stderr
    # A damaged file is never backed up (it would push a good backup out).
    not_copied = kurzdraht(home, "backup", "create")
    assert not_copied.returncode == 1 and "is damaged or not a Kurzdraht database" in not_copied.stderr

    restored = kurzdraht(home, "backup", "restore", "--latest")
    assert restored.returncode == 0, restored.stderr
    assert draft_texts(home) == ["Repair-Café am Samstag", "Sprachcafé jeden Dienstag"]
    kept = [b for b in list_backups(data_paths(home)) if b.kind == "before-restore"]
    assert len(kept) == 1 and kept[0].size_bytes == 12 and kept[0].ok is False  # the cut file, for a specialist


def test_the_check_finds_a_damaged_page_that_opening_does_not(home: Path):
    save_drafts(home, *[f"Entwurf {number}" for number in range(300)])
    paths = data_paths(home)
    assert check_database(paths.database).ok
    damage_a_page_in_the_middle(paths.database)
    core = Core(paths).open()  # the damage is where opening does not look
    try:
        result = asyncio.run(BackupService(core.store, paths).check_after_start())
    finally:
        core.close()
    assert not result.integrity.ok and result.integrity.problems
    assert result.backup is None and list_backups(paths) == []  # no daily backup of a damaged file
    with pytest.raises(DatabaseDamaged):
        create_backup(paths)
    assert list(paths.backups.iterdir()) == []  # and no half-written one left behind


def test_seven_daily_backups_are_kept_and_hand_made_and_update_backups_are_never_removed(home: Path):
    save_drafts(home, "Sommerfest")
    paths = data_paths(home)
    update = store_db.backup_database(paths.database, paths.backups, 3)
    hand_made = create_backup(paths, "manual", now=datetime(2026, 1, 1, 8, tzinfo=timezone.utc))
    start = datetime(2026, 3, 1, 6, tzinfo=timezone.utc)
    for day in range(9):
        create_backup(paths, DAILY, now=start + timedelta(days=day))
    backups = list_backups(paths)
    daily = [b for b in backups if b.kind == DAILY]
    assert [b.created_at for b in daily] == [start + timedelta(days=day) for day in range(8, 1, -1)]
    assert all(b.ok for b in backups)
    # Newest first: the one made before an update (today), the daily ones, the hand-made one of January.
    assert [b.name for b in backups] == [update.name, *[b.name for b in daily], hand_made.name]

    newest = start + timedelta(days=8)
    assert not daily_backup_due(paths, newest + timedelta(hours=23))
    assert daily_backup_due(paths, newest + timedelta(hours=25))


def test_the_check_after_start_makes_one_daily_backup_a_day(home: Path):
    save_drafts(home, "Sommerfest")
    core = Core(data_paths(home)).open()
    service = BackupService(core.store, core.paths)
    try:
        first = asyncio.run(service.check_after_start())
        second = asyncio.run(service.check_after_start())
    finally:
        core.close()
    assert first.integrity.ok and first.backup is not None and first.backup.kind == DAILY
    assert second.integrity.ok and second.backup is None
    assert [b.name for b in list_backups(core.paths)] == [first.backup.name]
    # The copy holds the data and passes the full check.
    copy = sqlite3.connect(first.backup.path)
    assert copy.execute("SELECT text FROM post").fetchall() == [("Sommerfest",)]
    copy.close()
    assert check_database(first.backup.path).ok


def test_a_restore_waits_for_no_one_else_to_have_the_data_open_and_then_changes_nothing(home: Path):
    from desktop.store.errors import DatabaseLocked

    save_drafts(home, "Sommerfest")
    paths = data_paths(home)
    create_backup(paths)
    save_drafts(home, "Laternenumzug")
    before = paths.database.read_bytes()
    other = sqlite3.connect(paths.database)  # e.g. a running Kurzdraht, idle
    assert other.execute("SELECT count(*) FROM post").fetchone() == (2,)
    core = Core(paths)  # as the CLI's restore: the data not opened first
    core.store.lock_wait_seconds = 0.3
    try:
        with pytest.raises(DatabaseLocked) as refused:
            asyncio.run(BackupService(core.store, paths).restore(None))
        assert "Another program is using the data file" in str(refused.value)
        assert paths.database.read_bytes() == before
        assert [b.kind for b in list_backups(paths)] == ["manual"]  # nothing moved aside
        other.close()
        restored = asyncio.run(BackupService(core.store, paths).restore(None))
        assert restored.backup.kind == "manual" and restored.previous is not None
        assert core.store.call(lambda: [r[0] for r in core.store.db.execute_sql("SELECT text FROM post")]) == [
            "Sommerfest"
        ]
    finally:
        other.close()
        core.close()


def test_backups_go_to_the_chosen_folder_where_as_many_daily_ones_as_set_are_kept(home: Path, tmp_path: Path):
    save_drafts(home, "Sommerfest")
    core = Core(data_paths(home)).open()
    chosen = tmp_path / "usb-stick" / "Sicherungen"
    asyncio.run(core.use_backup_folder(str(chosen)))
    core.settings.set("backups_kept", 3)
    core.settings.save()
    for _ in range(5):
        asyncio.run(core.backups.create(DAILY))
    assert len(list(chosen.glob("kurzdraht-daily-*.sqlite3"))) == 3
    assert not list((home / "backups").glob("kurzdraht-daily-*"))
    core.close()

    # The next start (and the CLI) finds them there.
    listed = json.loads(kurzdraht(home, "backup", "list", "--json").stdout)
    assert {b["name"] for b in listed} == {p.name for p in chosen.glob("kurzdraht-*.sqlite3")}
    again = Core(data_paths(home)).open()
    assert asyncio.run(again.backups.list())[0].path.parent == chosen
    # Back to the data folder's own.
    asyncio.run(again.use_backup_folder(""))
    assert asyncio.run(again.backups.create()).path.parent == home / "backups"
    again.close()


@pytest.mark.parametrize(
    ("folder", "message"),
    [
        ("Sicherungen", "Please give the whole path of the folder for backups"),
        ("{file}/Sicherungen", "Kurzdraht cannot keep backups in"),
    ],
)
def test_a_folder_that_cannot_take_backups_is_refused_and_nothing_changes(home, tmp_path, folder, message):
    from desktop.errors import KurzdrahtError

    core = Core(data_paths(home)).open()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(KurzdrahtError, match=message):
        asyncio.run(core.use_backup_folder(folder.replace("{file}", str(a_file))))
    assert core.settings.get("backup_folder") == "" and core.paths.backups == home / "backups"
    core.close()
