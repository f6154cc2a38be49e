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


_V3_INBOX = (
    (
        # Existing comments get their new ids (see _v3_inbox): first negative ids (which no new id can
        # collide with), then the new ones. The rows that point at comments follow; foreign keys are
        # checked at commit, when all agree again.
        "UPDATE comment SET id = -id",
        "UPDATE comment SET id = (SELECT new_id FROM comment_renumber WHERE old_id = -comment.id)",
        "UPDATE comment SET parent_id = (SELECT new_id FROM comment_renumber WHERE old_id = comment.parent_id) "
        "WHERE parent_id IS NOT NULL",
        "UPDATE comment_tag SET comment_id = (SELECT new_id FROM comment_renumber WHERE old_id = comment_tag.comment_id)",
        "DROP TABLE comment_renumber",
        # Indexes whose implicit last column (the rowid) gives "newest first" for each filter.
        "DROP INDEX comment_status_created_at",
        "DROP INDEX comment_created_at",
        "CREATE INDEX comment_status ON comment (status)",
        "CREATE INDEX comment_account_id_status ON comment (account_id, status)",
        "CREATE INDEX comment_account_id_remote_post_id ON comment (account_id, remote_post_id)",
        "DROP INDEX comment_tag_tag_id",
        "CREATE INDEX comment_tag_tag_id_comment_id ON comment_tag (tag_id, comment_id)",
        "CREATE INDEX publish_attempt_account_id_remote_id ON publish_attempt (account_id, remote_id)",
        # The search index again, rebuilt under the new ids.
        "DROP TRIGGER comment_fts_insert",
        "DROP TRIGGER comment_fts_delete",
        "DROP TRIGGER comment_fts_update",
        "DROP TABLE comment_fts",
    )
    + _V1_SEARCH[:4]
    + (
        "INSERT INTO comment_fts(comment_fts) VALUES ('rebuild')",
        # Open and total comments per account, kept by triggers, so counters never scan the table. The
        # delete and update triggers only update: a row that is gone (its account was removed) stays gone.
        "CREATE TABLE inbox_count (account_id INTEGER NOT NULL PRIMARY KEY, open INTEGER NOT NULL, "
        "total INTEGER NOT NULL)",
        "INSERT INTO inbox_count (account_id, open, total) "
        "SELECT account_id, SUM(status = 'open'), COUNT(*) FROM comment GROUP BY account_id",
        "CREATE TRIGGER inbox_count_insert AFTER INSERT ON comment BEGIN "
        "INSERT INTO inbox_count (account_id, open, total) VALUES (new.account_id, new.status = 'open', 1) "
        "ON CONFLICT (account_id) DO UPDATE SET open = open + (new.status = 'open'), total = total + 1; END",
        "CREATE TRIGGER inbox_count_delete AFTER DELETE ON comment BEGIN "
        "UPDATE inbox_count SET open = open - (old.status = 'open'), total = total - 1 "
        "WHERE account_id = old.account_id; END",
        "CREATE TRIGGER inbox_count_update AFTER UPDATE OF status ON comment WHEN old.status != new.status BEGIN "
        "UPDATE inbox_count SET open = open + (new.status = 'open') - (old.status = 'open') "
        "WHERE account_id = new.account_id; END",
        "CREATE TRIGGER inbox_count_account_delete AFTER DELETE ON account BEGIN "
        "DELETE FROM inbox_count WHERE account_id = old.id; END",
        # Where each account's inbox sync stands: the network's cursor, and what went wrong last time.
        "CREATE TABLE inbox_sync (account_id INTEGER NOT NULL PRIMARY KEY, cursor TEXT, synced_at INTEGER, "
        "error TEXT NOT NULL DEFAULT '', error_kind TEXT NOT NULL DEFAULT '', retry_at INTEGER, "
        "FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE)",
        # Replies written in the inbox are posts of their own kind, sent through the outbox.
        "ALTER TABLE post ADD COLUMN kind TEXT NOT NULL DEFAULT 'post'",
        "ALTER TABLE post ADD COLUMN reply_to_id INTEGER REFERENCES comment (id) ON DELETE SET NULL",
        "CREATE INDEX post_reply_to_id ON post (reply_to_id)",
    )
)


def _v3_inbox(db: pw.SqliteDatabase) -> None:
    """Comment ids follow time: (created_at in whole seconds) * 1024 + a number within that second, so
    "ORDER BY id DESC" walks the table (and the FTS index, whose rowid is the comment id) in the order
    the inbox shows, and a date range is an id range. In a second with more than 1024 comments (an
    import, or comments without a date) the numbers run on into the next seconds, as new ones do."""
    db.execute_sql("PRAGMA defer_foreign_keys = ON")
    db.execute_sql("CREATE TEMP TABLE comment_renumber (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)")
    mapping = []
    previous = -1
    for old_id, created_at in db.execute_sql("SELECT id, created_at FROM comment ORDER BY created_at, id"):
        previous = max(max(created_at // 1_000_000, 0) * 1024, previous + 1)
        mapping.append((old_id, previous))
    db.connection().executemany("INSERT INTO comment_renumber (old_id, new_id) VALUES (?, ?)", mapping)
    for statement in _V3_INBOX:
        db.execute_sql(statement)


_V4_CALENDAR = (
    # When a post went out (its first account published), so the calendar finds published posts by time
    # whether they were scheduled or sent with "Publish now".
    "ALTER TABLE post ADD COLUMN published_at INTEGER",
    "UPDATE post SET published_at = (SELECT min(finished_at) FROM publish_attempt "
    "WHERE publish_attempt.post_id = post.id AND publish_attempt.state = 'published') WHERE state = 'published'",
    "CREATE INDEX post_published_at ON post (published_at)",
    # An organisation's posting slots: weekday (0 = Monday) and minute of the day, in its time zone.
    "CREATE TABLE posting_slot (id INTEGER NOT NULL PRIMARY KEY, organisation_id INTEGER NOT NULL, "
    "weekday INTEGER NOT NULL, minute INTEGER NOT NULL, "
    "FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE)",
    "CREATE UNIQUE INDEX posting_slot_organisation_id_weekday_minute ON posting_slot (organisation_id, weekday, minute)",
)


def _v4_calendar(db: pw.SqliteDatabase) -> None:
    for statement in _V4_CALENDAR:
        db.execute_sql(statement)


_V5_CSV_IMPORT = (
    # A CSV import writes its posts in short transactions (so that `post` and `publish-due` never wait
    # long for the database), invisible (post.kind 'importing') until one last short update shows them
    # all. This table says which process runs an import and whether it finished; an unfinished import
    # whose process is gone is removed by the next import.
    "CREATE TABLE csv_import (id INTEGER NOT NULL PRIMARY KEY, claimed_by INTEGER NOT NULL, "
    "started_at INTEGER NOT NULL, touched_at INTEGER NOT NULL, finished_at INTEGER)",
    "CREATE INDEX csv_import_finished_at ON csv_import (finished_at)",
    "ALTER TABLE post ADD COLUMN import_id INTEGER",
    "CREATE INDEX post_import_id ON post (import_id) WHERE import_id IS NOT NULL",
)


def _v5_csv_import(db: pw.SqliteDatabase) -> None:
    for statement in _V5_CSV_IMPORT:
        db.execute_sql(statement)


_V6_DEVELOPER_APPS = (
    # Each organisation's own developer app per kind (Meta, Threads): the secret is in the keyring.
    "CREATE TABLE developer_app (id INTEGER NOT NULL PRIMARY KEY, organisation_id INTEGER NOT NULL, "
    "kind TEXT NOT NULL, app_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, credential_ref TEXT NOT NULL, "
    "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
    "FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE)",
    "CREATE INDEX developer_app_organisation_id ON developer_app (organisation_id)",
    "CREATE UNIQUE INDEX developer_app_credential_ref ON developer_app (credential_ref)",
    "CREATE UNIQUE INDEX developer_app_organisation_id_kind ON developer_app (organisation_id, kind)",
    # What a network without an idempotency key needs to find out after a lost answer whether a post
    # arrived (Instagram's and Threads' container id), stored before the request that publishes.
    "ALTER TABLE publish_attempt ADD COLUMN progress TEXT NOT NULL DEFAULT ''",
    # An account's own settings (JSON, e.g. which WordPress account hosts Instagram's images) and
    # when its login runs out (where the network says).
    "ALTER TABLE account ADD COLUMN options TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE account ADD COLUMN login_expires_at INTEGER",
)


def _v6_developer_apps(db: pw.SqliteDatabase) -> None:
    for statement in _V6_DEVELOPER_APPS:
        db.execute_sql(statement)


_V7_FOLLOWERS = (
    # An account's followers as its network counts them, one figure a day (the organisation's day),
    # taken by the inbox sync; a day without a sync has no row (never invented). Kept forever.
    "CREATE TABLE follower_count (id INTEGER NOT NULL PRIMARY KEY, account_id INTEGER NOT NULL, "
    "day TEXT NOT NULL, followers INTEGER NOT NULL, taken_at INTEGER NOT NULL, "
    "FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE)",
    "CREATE UNIQUE INDEX follower_count_account_id_day ON follower_count (account_id, day)",
)


def _v7_followers(db: pw.SqliteDatabase) -> None:
    for statement in _V7_FOLLOWERS:
        db.execute_sql(statement)


_V8_POST_FIGURES = (
    # What a published post did on its network (one row per attempt, i.e. per post and account):
    # likes, shares (boosts, reposts), replies, impressions where the network gives them. Fetched by
    # the inbox sync for posts of the last 30 days, then once more at 90 days (`final`).
    "CREATE TABLE post_figures (attempt_id INTEGER NOT NULL PRIMARY KEY, likes INTEGER, shares INTEGER, "
    "replies INTEGER, impressions INTEGER, fetched_at INTEGER NOT NULL, final INTEGER NOT NULL DEFAULT 0, "
    "FOREIGN KEY (attempt_id) REFERENCES publish_attempt (id) ON DELETE CASCADE)",
)


def _v8_post_figures(db: pw.SqliteDatabase) -> None:
    for statement in _V8_POST_FIGURES:
        db.execute_sql(statement)


_V9_REACH = (
    # Reach through shares: how many people the network names as having shared the post (Mastodon's
    # reblogged_by, Bluesky's getRepostedBy), their followers added up, and the post's share count when
    # they were counted (asked again only when it changes). NULL: not asked (yet), or the network does
    # not say who shared.
    "ALTER TABLE post_figures ADD COLUMN sharers INTEGER",
    "ALTER TABLE post_figures ADD COLUMN sharer_followers INTEGER",
    "ALTER TABLE post_figures ADD COLUMN sharers_at_shares INTEGER",
    # Insights reads the posts published in a period.
    "CREATE INDEX publish_attempt_finished_at ON publish_attempt (finished_at)",
)


def _v9_reach(db: pw.SqliteDatabase) -> None:
    for statement in _V9_REACH:
        db.execute_sql(statement)


# MIGRATIONS[i] brings a database from schema version i to i + 1.
MIGRATIONS: tuple[Callable[[pw.SqliteDatabase], None], ...] = (
    _v1_initial,
    _v2_outbox,
    _v3_inbox,
    _v4_calendar,
    _v5_csv_import,
    _v6_developer_apps,
    _v7_followers,
    _v8_post_figures,
    _v9_reach,
)
SCHEMA_VERSION = len(MIGRATIONS)
