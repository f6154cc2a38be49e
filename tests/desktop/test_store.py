"""The database file: pragmas, schema version, migrations with a backup, refusal of newer data."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from desktop.app import Core
from desktop.errors import DataFromNewerVersion
from desktop.paths import data_paths
from desktop.store import db as store_db
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.models import ALL_MODELS, Account, Comment, Organisation


def test_a_new_data_folder_gets_a_database_in_wal_mode_with_foreign_keys(core: Core, home: Path):
    assert core.paths.database == home / "kurzdraht.sqlite3"
    assert core.paths.database.exists()
    db = core.store.db
    assert core.store.call(lambda: db.execute_sql("PRAGMA journal_mode").fetchone()[0]) == "wal"
    assert core.store.call(lambda: db.execute_sql("PRAGMA foreign_keys").fetchone()[0]) == 1
    assert core.store.call(core.store.schema_version) == SCHEMA_VERSION


def test_the_migrated_schema_has_every_column_the_models_use(core: Core):
    """Migrations are frozen SQL; this catches a model changed without a migration."""

    def columns(table: str) -> set[str]:
        return {row[1] for row in core.store.db.execute_sql(f"PRAGMA table_info({table})").fetchall()}

    for model in ALL_MODELS:
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert core.store.call(columns, model._meta.table_name) == expected, model.__name__


def test_foreign_keys_are_enforced(core: Core):
    import peewee

    def orphan():
        Account.create(organisation=999, network="mastodon", display_name="x", handle="@x")

    with pytest.raises(peewee.IntegrityError):
        core.store.call(orphan)


def test_comment_search_index_finds_umlauts_and_prefixes(core: Core):
    def fill_and_search(query: str) -> list[str]:
        if not Comment.select().exists():
            org = Organisation.create(name="Lindenhof")
            account = Account.create(organisation=org, network="mastodon", display_name="L", handle="@l")
            for number, text in enumerate(["Gibt es noch freie Plätze im Sprachcafé?", "Tolle Aktion!"]):
                Comment.create(
                    account=account,
                    network="mastodon",
                    remote_id=str(number),
                    author_name="Ana",
                    text=text,
                    created_at=datetime.now(timezone.utc),
                )
        sql = (
            "SELECT comment.text FROM comment_fts JOIN comment ON comment.id = comment_fts.rowid "
            "WHERE comment_fts MATCH ? ORDER BY comment_fts.rowid DESC"
        )
        return [row[0] for row in core.store.db.execute_sql(sql, (query,)).fetchall()]

    for query in ("Plätze", "Plät*", "platze", "sprachcafe"):
        assert core.store.call(fill_and_search, query) == ["Gibt es noch freie Plätze im Sprachcafé?"], query
    assert core.store.call(fill_and_search, "Aktion") == ["Tolle Aktion!"]

    def edit_and_search():
        Comment.update(text="Jetzt anders").where(Comment.remote_id == "1").execute()
        return fill_and_search("Aktion"), fill_and_search("anders")

    assert core.store.call(edit_and_search) == ([], ["Jetzt anders"])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_data_from_a_newer_version_is_refused_and_left_unchanged(home: Path):
    database = data_paths(home).ensure().database
    conn = sqlite3.connect(database)
    conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)")
    conn.execute("INSERT INTO future_things (what) VALUES ('keep me')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    before = _digest(database)

    core = Core(data_paths(home))
    with pytest.raises(DataFromNewerVersion) as refused:
        core.open()
    core.close()
    assert "newer version of Kurzdraht" in str(refused.value)
    assert "has not been changed" in str(refused.value)
    assert _digest(database) == before
    assert not (home / "kurzdraht.sqlite3-wal").exists()

    # The CLI says the same in plain words and exits non-zero.
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--home", str(home), "accounts", "list"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 1
    assert "newer version of Kurzdraht" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(database) == before


def test_upgrading_backs_up_the_file_first_then_runs_the_new_steps_in_order(home: Path, monkeypatch):
    core = Core(data_paths(home)).open()

    core.store.call(lambda: Organisation.create(name="Vor dem Upgrade"))
    core.close()
    steps: list[int] = []

    def step_two(db):
        steps.append(2)
        db.execute_sql("CREATE TABLE future_thing (id INTEGER PRIMARY KEY, weekday INTEGER)")

    def step_three(db):
        steps.append(3)
        db.execute_sql("ALTER TABLE future_thing ADD COLUMN minute INTEGER DEFAULT 0")

    monkeypatch.setattr(store_db, "MIGRATIONS", store_db.MIGRATIONS + (step_two, step_three))
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", SCHEMA_VERSION + 2)
    upgraded = Core(data_paths(home)).open()
    try:
        assert steps == [2, 3]
        assert upgraded.store.call(upgraded.store.schema_version) == SCHEMA_VERSION + 2
        backups = list((home / "backups").glob("*.sqlite3"))
        assert len(backups) == 1 and f"schema{SCHEMA_VERSION}" in backups[0].name
        saved = sqlite3.connect(backups[0])
        assert saved.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert saved.execute("SELECT name FROM organisation").fetchall() == [("Vor dem Upgrade",)]
        assert saved.execute("SELECT count(*) FROM sqlite_master WHERE name='future_thing'").fetchone()[0] == 0
        saved.close()
    finally:
        upgraded.close()


def test_a_failing_migration_changes_nothing(home: Path, monkeypatch):
    Core(data_paths(home)).open().close()

    def broken(db):
        db.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise RuntimeError("disk went away")

    monkeypatch.setattr(store_db, "MIGRATIONS", store_db.MIGRATIONS + (broken,))
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    core = Core(data_paths(home))
    with pytest.raises(RuntimeError):
        core.open()
    core.close()
    conn = sqlite3.connect(home / "kurzdraht.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    conn.close()
