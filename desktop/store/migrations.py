"""Ordered schema migrations. Each step is plain SQL fixed at the time it was written, so that a
fresh database and an upgraded one end up the same; never edit a released step, add a new one."""

from __future__ import annotations

from collections.abc import Callable

import peewee as pw

_V1_TABLES = (
    "CREATE TABLE organisation (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, colour TEXT NOT NULL, timezone TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX organisation_name ON organisation (name)",
    "CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY, organisation_id INTEGER NOT NULL, network TEXT NOT NULL, display_name TEXT NOT NULL, handle TEXT NOT NULL, server_url TEXT NOT NULL, status TEXT NOT NULL, credential_ref TEXT, avatar_url TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT)",
    "CREATE INDEX account_organisation_id ON account (organisation_id)",
    "CREATE UNIQUE INDEX account_credential_ref ON account (credential_ref)",
    "CREATE UNIQUE INDEX account_network_handle_server_url ON account (network, handle, server_url)",
    "CREATE TABLE post (id INTEGER NOT NULL PRIMARY KEY, organisation_id INTEGER NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL, state TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT)",
    "CREATE INDEX post_organisation_id ON post (organisation_id)",
    "CREATE INDEX post_state ON post (state)",
    "CREATE INDEX post_updated_at ON post (updated_at)",
    "CREATE TABLE post_variant (id INTEGER NOT NULL PRIMARY KEY, post_id INTEGER NOT NULL, account_id INTEGER NOT NULL, text TEXT, FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE, FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE)",
    "CREATE INDEX post_variant_post_id ON post_variant (post_id)",
    "CREATE INDEX post_variant_account_id ON post_variant (account_id)",
    "CREATE UNIQUE INDEX post_variant_post_id_account_id ON post_variant (post_id, account_id)",
    "CREATE TABLE media (id INTEGER NOT NULL PRIMARY KEY, post_id INTEGER NOT NULL, position INTEGER NOT NULL, path TEXT NOT NULL, alt_text TEXT NOT NULL, mime_type TEXT NOT NULL, width INTEGER, height INTEGER, size_bytes INTEGER, FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE)",
    "CREATE INDEX media_post_id ON media (post_id)",
    "CREATE TABLE schedule (id INTEGER NOT NULL PRIMARY KEY, post_id INTEGER NOT NULL, publish_at INTEGER NOT NULL, timezone TEXT NOT NULL, created_at INTEGER NOT NULL, FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE)",
    "CREATE UNIQUE INDEX schedule_post_id ON schedule (post_id)",
    "CREATE INDEX schedule_publish_at ON schedule (publish_at)",
    "CREATE TABLE publish_attempt (id INTEGER NOT NULL PRIMARY KEY, post_id INTEGER NOT NULL, account_id INTEGER NOT NULL, state TEXT NOT NULL, idempotency_key TEXT NOT NULL, remote_id TEXT NOT NULL, remote_url TEXT NOT NULL, error TEXT NOT NULL, created_at INTEGER NOT NULL, started_at INTEGER, finished_at INTEGER, FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE, FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE)",
    "CREATE INDEX publish_attempt_post_id ON publish_attempt (post_id)",
    "CREATE INDEX publish_attempt_account_id ON publish_attempt (account_id)",
    "CREATE INDEX publish_attempt_state ON publish_attempt (state)",
    "CREATE UNIQUE INDEX publish_attempt_idempotency_key ON publish_attempt (idempotency_key)",
    "CREATE TABLE comment (id INTEGER NOT NULL PRIMARY KEY, account_id INTEGER NOT NULL, network TEXT NOT NULL, remote_id TEXT NOT NULL, remote_parent_id TEXT NOT NULL, remote_post_id TEXT NOT NULL, parent_id INTEGER, post_id INTEGER, author_name TEXT NOT NULL, author_handle TEXT NOT NULL, author_avatar_url TEXT NOT NULL, text TEXT NOT NULL, url TEXT NOT NULL, created_at INTEGER NOT NULL, status TEXT NOT NULL, done_at INTEGER, fetched_at INTEGER NOT NULL, FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE, FOREIGN KEY (parent_id) REFERENCES comment (id) ON DELETE SET NULL, FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE SET NULL)",
    "CREATE INDEX comment_account_id ON comment (account_id)",
    "CREATE INDEX comment_parent_id ON comment (parent_id)",
    "CREATE INDEX comment_post_id ON comment (post_id)",
    "CREATE INDEX comment_created_at ON comment (created_at)",
    "CREATE UNIQUE INDEX comment_account_id_remote_id ON comment (account_id, remote_id)",
    "CREATE INDEX comment_status_created_at ON comment (status, created_at)",
    "CREATE TABLE tag (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, builtin INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX tag_name ON tag (name)",
    "CREATE TABLE comment_tag (comment_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (comment_id, tag_id), FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE, FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE)",
    "CREATE INDEX comment_tag_comment_id ON comment_tag (comment_id)",
    "CREATE INDEX comment_tag_tag_id ON comment_tag (tag_id)",
)

_V1_SEARCH = (
    # External-content FTS5 over comments: the comment id is the FTS rowid, so a match ordered by
    # rowid is the fast path. remove_diacritics folds umlauts so "Platze" and "Plätze" both match.
    "CREATE VIRTUAL TABLE comment_fts USING fts5(author_name, text, content='comment', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER comment_fts_insert AFTER INSERT ON comment BEGIN "
    "INSERT INTO comment_fts(rowid, author_name, text) VALUES (new.id, new.author_name, new.text); END",
    "CREATE TRIGGER comment_fts_delete AFTER DELETE ON comment BEGIN "
    "INSERT INTO comment_fts(comment_fts, rowid, author_name, text) "
    "VALUES ('delete', old.id, old.author_name, old.text); END",
    "CREATE TRIGGER comment_fts_update AFTER UPDATE OF author_name, text ON comment BEGIN "
    "INSERT INTO comment_fts(comment_fts, rowid, author_name, text) "
    "VALUES ('delete', old.id, old.author_name, old.text); "
    "INSERT INTO comment_fts(rowid, author_name, text) VALUES (new.id, new.author_name, new.text); END",
    "INSERT INTO tag (name, builtin) VALUES ('question', 1), ('suggestion', 1), ('complaint', 1), ('praise', 1)",
)


def _v1_initial(db: pw.SqliteDatabase) -> None:
    for statement in _V1_TABLES + _V1_SEARCH:
        db.execute_sql(statement)


_V2_OUTBOX = (
    # The outbox: how often an attempt was tried, when it may be tried again, and which process holds
    # it while it is being sent (a lease, so that a crashed sender's attempt is checked, not lost).
    "ALTER TABLE publish_attempt ADD COLUMN tries INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE publish_attempt ADD COLUMN retry_at INTEGER",
    "ALTER TABLE publish_attempt ADD COLUMN lease_until INTEGER",
    "ALTER TABLE publish_attempt ADD COLUMN claimed_by INTEGER",
    "ALTER TABLE publish_attempt ADD COLUMN error_kind TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX publish_attempt_state_retry_at ON publish_attempt (state, retry_at)",
    # What an account accepts (e.g. a Mastodon server's own length limit), as JSON, for offline counting.
    "ALTER TABLE account ADD COLUMN limits TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE snippet (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL, "
    "position INTEGER NOT NULL, created_at INTEGER NOT NULL)",
)


def _v2_outbox(db: pw.SqliteDatabase) -> None:
    for statement in _V2_OUTBOX:
        db.execute_sql(statement)


# MIGRATIONS[i] brings a database from schema version i to i + 1.
MIGRATIONS: tuple[Callable[[pw.SqliteDatabase], None], ...] = (_v1_initial, _v2_outbox)
SCHEMA_VERSION = len(MIGRATIONS)
