"""Saying what really happened to the data file: a full disk, a lock, a read-only file or drive and a
--home naming a file each get their own message (never "damaged"), and the data folder is private."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app import Core
from desktop.logs import setup_logging
from desktop.paths import data_paths
from desktop.store.errors import DatabaseLocked, DiskFull

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


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def new_draft(core: Core, text: str) -> int:
    async def write():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        return await core.drafts.save(organisation, text)

    return asyncio.run(write())


def mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(
            f"this test needs to mount a file system (as root), which is not allowed here: {result.stderr.strip()}"
        )


def unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, unmounted afterwards."""
    target = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    target.mkdir()
    mount("-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(target))
    yield target
    unmount(target)


@pytest.fixture
def read_only_bind():
    """Makes a file or folder read-only (even for root) by a read-only bind mount onto itself."""
    mounted: list[Path] = []

    def make(path: Path) -> None:
        mount("--bind", str(path), str(path))
        mounted.append(path)
        mount("-o", "remount,ro,bind", str(path))

    yield make
    for path in reversed(mounted):
        unmount(path)


def fill(folder: Path) -> None:
    """Write until the disk says it is full."""
    # Unbuffered: a buffered file would try to write its rest again when closed, and fail there.
    with open(folder / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass


def test_a_new_data_folder_is_private(home: Path):
    core = Core(data_paths(home)).open()
    setup_logging(core.paths.logs)
    core.settings.set("language", "de")
    core.settings.save()
    new_draft(core, "Nur für uns")
    from desktop.store.backups import create_backup

    backup = create_backup(core.paths)
    try:
        assert mode(home) == 0o700
        for folder in ("backups", "logs"):
            assert mode(home / folder) == 0o700, folder
        for name in (
            "kurzdraht.sqlite3",
            "kurzdraht.sqlite3-wal",
            "kurzdraht.sqlite3-shm",
            "settings.json",
            "logs/kurzdraht.log",
        ):
            assert mode(home / name) == 0o600, name
        assert mode(backup.path) == 0o600
    finally:
        core.close()


def test_an_existing_readable_data_folder_is_made_private_on_start(home: Path):
    Core(data_paths(home)).open().close()
    (home / "settings.json").write_text("{}")
    (home / "media").mkdir()
    (home / "media" / "fest.png").write_bytes(b"png")
    (home / "backups" / "kurzdraht-manual-20260101T000000000000.sqlite3").write_bytes(b"x")
    (home / "notes.txt").write_text("not Kurzdraht's: left as it is")
    for path in [home, *home.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    result = kurzdraht(home, "drafts", "list")
    assert result.returncode == 0, result.stderr
    assert mode(home) == 0o700
    for folder in ("backups", "logs", "media"):
        assert mode(home / folder) == 0o700, folder
    for name in (
        "kurzdraht.sqlite3",
        "settings.json",
        "media/fest.png",
        "logs/kurzdraht.log",
        "backups/kurzdraht-manual-20260101T000000000000.sqlite3",
    ):
        assert mode(home / name) == 0o600, name
    assert mode(home / "notes.txt") == 0o644


def test_a_full_disk_is_reported_as_full_not_as_damaged(tiny_disk: Path):
    home = tiny_disk / "home"
    core = Core(data_paths(home)).open()
    new_draft(core, "Sommerfest")
    fill(tiny_disk)
    with pytest.raises(DiskFull) as full:
        new_draft(core, "Ein langer Text " * 20_000)
    core.close()
    assert "is full, so Kurzdraht could not save" in str(full.value)
    assert "not damaged" in str(full.value) and "damaged or not" not in str(full.value)

    # A backup cannot be made either, says why, and leaves no half-written copy.
    result = kurzdraht(home, "backup", "create")
    assert result.returncode == 1 and "is full" in result.stderr.strip().splitlines()[-1]
    assert list((home / "backups").iterdir()) == []
    # Reading still works on the full disk; a new data folder there cannot be made, and says why.
    result = kurzdraht(home, "drafts", "list")
    assert result.returncode == 0 and "Sommerfest" in result.stdout
    result = kurzdraht(tiny_disk / "new-home", "drafts", "list")
    assert result.returncode == 1, result.stdout
    # (Above it Python's logging reports that it could not write the log file, for the same reason.)
    said = result.stderr.strip().splitlines()[-1]
    assert said.startswith("Error: The disk holding your data") and "is full" in said
    assert "damaged" not in said.replace("not damaged", "")
    # With room again, nothing was lost and the new folder works.
    (tiny_disk / "filler").unlink()
    result = kurzdraht(home, "drafts", "list")
    assert result.returncode == 0 and "Sommerfest" in result.stdout
    assert kurzdraht(tiny_disk / "new-home", "drafts", "list").returncode == 0


def test_a_locked_database_names_the_cause(home: Path):
    Core(data_paths(home)).open().close()
    database = home / "kurzdraht.sqlite3"
    other = sqlite3.connect(database, isolation_level=None)  # e.g. a database tool with an open transaction
    try:
        other.execute("BEGIN IMMEDIATE")
        core = Core(data_paths(home))
        core.store.lock_wait_seconds = 0.3
        core.open()
        with pytest.raises(DatabaseLocked) as locked:
            new_draft(core, "Sommerfest")
        assert "Another program is using the data file" in str(locked.value)
        assert "kept it locked for 0.3 seconds" in str(locked.value)
        assert "damaged" not in str(locked.value)
        other.execute("ROLLBACK")
        assert new_draft(core, "Sommerfest") > 0  # free again: it works
        core.close()
    finally:
        other.close()

    # Held exclusively, even opening waits and then says who is in the way.
    holder = sqlite3.connect(database, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        blocked = Core(data_paths(home))
        blocked.store.lock_wait_seconds = 0.3
        with pytest.raises(DatabaseLocked):
            blocked.open()
        blocked.close()
    finally:
        holder.close()


def test_a_read_only_database_file_gets_a_clear_message(home: Path, read_only_bind):
    core = Core(data_paths(home)).open()
    new_draft(core, "Sommerfest")
    core.close()
    database = home / "kurzdraht.sqlite3"
    read_only_bind(database)
    result = kurzdraht(home, "drafts", "list")
    assert result.returncode == 1
    assert f"Kurzdraht may not write to the data file {database}" in result.stderr
    assert "read-only" in result.stderr and "damaged" not in result.stderr and "Traceback" not in result.stderr


def test_a_read_only_data_folder_gets_a_clear_message(home: Path, read_only_bind):
    Core(data_paths(home)).open().close()
    read_only_bind(home)
    result = kurzdraht(home, "drafts", "list")
    assert result.returncode == 1
    assert "Kurzdraht may not write to the data file" in result.stderr and "read-only" in result.stderr
    assert "Traceback" not in result.stderr


def test_home_naming_a_file_is_refused_in_plain_words(tmp_path: Path):
    a_file = tmp_path / "kurzdraht.sqlite3"
    a_file.write_bytes(b"a file, not a folder")
    for home in (a_file, a_file / "inside"):
        result = kurzdraht(home, "drafts", "list")
        assert result.returncode == 2  # a wrong --home is wrong usage
        assert f"“{a_file}” is a file, not a folder." in result.stderr
        assert "Traceback" not in result.stderr
    assert a_file.read_bytes() == b"a file, not a folder"
