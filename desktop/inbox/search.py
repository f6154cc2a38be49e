"""Finding comments a page at a time, newest first, on the fast paths only.

Comment ids follow time (migration v3), so every query walks an index in id order and stops after a
page: the table itself (all comments), `(status)` or `(account_id, status)` (open or done), the FTS
index (a search; its rowid is the comment id) or `(tag_id, comment_id)` (a tag). A date range is an
id range. Several accounts are read one index range each and merged, which SQLite cannot do by itself
without sorting every match. Nothing here counts all matches: counters come from `inbox_count`.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.store.models import COMMENT_IDS_PER_SECOND, comment_id_base, database

STATUSES = ("open", "done")
MAX_ID = 2**63 - 1


@dataclass(frozen=True)
class InboxFilter:
    """What the inbox shows. Networks, organisation and accounts narrow each other (all must match)."""

    search: str = ""
    status: str | None = None  # open, done, or None for both
    networks: tuple[str, ...] = ()
    organisation_id: int | None = None
    account_ids: tuple[int, ...] = ()
    tag: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive

    @property
    def narrows_accounts(self) -> bool:
        return bool(self.networks or self.organisation_id or self.account_ids)


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query that can never be a syntax error: each word is quoted and
    matches as a prefix (German compounds: "Spiel" finds "Spielplatz"; "Plät*" works as typed too);
    a word with inner punctuation ("e-mail") is a phrase. Umlauts fold in the index itself."""
    terms = []
    for word in text.split():
        tokens = re.findall(r"\w+", word)
        if tokens:
            terms.append('"' + " ".join(tokens) + '"*')
    return " ".join(terms) or None


def id_range(since: datetime | None, until: datetime | None) -> tuple[int, int]:
    """The comment ids [low, high) of a time range."""
    low = comment_id_base(since) if since else 0
    if until is None:
        return low, MAX_ID
    # Ids count whole seconds: a bound inside a second includes that second.
    end = until if until.microsecond == 0 else until + timedelta(seconds=1)
    return low, comment_id_base(end)


def find_ids(
    search: InboxFilter,
    account_ids: tuple[int, ...] | None,
    tag_id: int | None,
    before: int | None,
    limit: int,
    narrow: bool = False,
) -> list[int]:
    """Up to `limit` comment ids older than `before` that match, newest first. `account_ids` is the
    resolved account set (None: every account); `tag_id` the resolved tag; `narrow`: the other filters
    keep only a small part of the comments (see `narrow_filter`), so a search walks them, not its own
    matches."""
    low, high = id_range(search.since, search.until)
    if before is not None:
        high = min(high, before)
    if high <= low or account_ids == ():
        return []
    status = search.status if search.status in STATUSES else None
    match = fts_query(search.search) if search.search else None
    if search.search and match is None:
        return []
    if match is not None:
        if narrow and (status is not None or account_ids is not None or tag_id is not None):
            return _search_within(match, status, account_ids, tag_id, low, high, limit)
        return _search(match, status, account_ids, tag_id, low, high, limit)
    if tag_id is not None:
        return _tagged(tag_id, status, account_ids, low, high, limit)
    if account_ids is not None:
        return _per_account(account_ids, status, low, high, limit)
    where, params = _conditions("id", status, None, low, high)
    return _ids(f"SELECT id FROM comment WHERE {where} ORDER BY id DESC LIMIT ?", params + [limit])


def _conditions(
    column: str, status: str | None, account_ids: tuple[int, ...] | None, low: int, high: int, prefix: str = ""
) -> tuple[str, list[object]]:
    parts = [f"{column} >= ?", f"{column} < ?"]
    params: list[object] = [low, high]
    if status is not None:
        parts.append(f"{prefix}status = ?")
        params.append(status)
    if account_ids is not None:
        parts.append(f"{prefix}account_id IN ({','.join('?' * len(account_ids))})")
        params.extend(account_ids)
    return " AND ".join(parts), params


def _ids(sql: str, params: list[object]) -> list[int]:
    return [row[0] for row in database.execute_sql(sql, params).fetchall()]


def _per_account(account_ids: tuple[int, ...], status: str | None, low: int, high: int, limit: int) -> list[int]:
    """One index range per account, merged: each is `(account_id[, status], id)` read backwards."""
    status_part = " AND status = ?" if status is not None else ""
    runs = []
    for account_id in account_ids:
        params: list[object] = [account_id, *([status] if status is not None else []), low, high, limit]
        runs.append(
            _ids(
                f"SELECT id FROM comment WHERE account_id = ?{status_part} AND id >= ? AND id < ? "
                f"ORDER BY id DESC LIMIT ?",
                params,
            )
        )
    return list(heapq.merge(*runs, reverse=True))[:limit]


def _tagged(
    tag_id: int, status: str | None, account_ids: tuple[int, ...] | None, low: int, high: int, limit: int
) -> list[int]:
    where, params = _conditions("t.comment_id", status, account_ids, low, high, prefix="c.")
    return _ids(
        "SELECT t.comment_id FROM comment_tag t JOIN comment c ON c.id = t.comment_id "
        f"WHERE t.tag_id = ? AND {where} ORDER BY t.comment_id DESC LIMIT ?",
        [tag_id] + params + [limit],
    )


def _search(
    match: str,
    status: str | None,
    account_ids: tuple[int, ...] | None,
    tag_id: int | None,
    low: int,
    high: int,
    limit: int,
) -> list[int]:
    """The FTS index in rowid order is the outer loop; other filters are checked per match."""
    if status is None and account_ids is None and tag_id is None:
        return _ids(
            "SELECT rowid FROM comment_fts WHERE comment_fts MATCH ? AND rowid >= ? AND rowid < ? "
            "ORDER BY rowid DESC LIMIT ?",
            [match, low, high, limit],
        )
    where, params = _conditions("f.rowid", status, account_ids, low, high, prefix="c.")
    if tag_id is not None:
        where += " AND EXISTS (SELECT 1 FROM comment_tag t WHERE t.comment_id = c.id AND t.tag_id = ?)"
        params.append(tag_id)
    return _ids(
        "SELECT f.rowid FROM comment_fts f CROSS JOIN comment c ON c.id = f.rowid "
        f"WHERE comment_fts MATCH ? AND {where} ORDER BY f.rowid DESC LIMIT ?",
        [match] + params + [limit],
    )


def _search_within(
    match: str,
    status: str | None,
    account_ids: tuple[int, ...] | None,
    tag_id: int | None,
    low: int,
    high: int,
    limit: int,
) -> list[int]:
    """The filter's index is the outer loop and the search's matches a list made once: when the filter
    keeps few comments, walking the search index in order would read most of its matches before finding
    a page of them (150 ms for a common word in one small account at a million comments)."""
    fts = "IN (SELECT rowid FROM comment_fts WHERE comment_fts MATCH ?)"
    if tag_id is not None:
        where, params = _conditions("t.comment_id", status, account_ids, low, high, prefix="c.")
        return _ids(
            "SELECT t.comment_id FROM comment_tag t JOIN comment c ON c.id = t.comment_id "
            f"WHERE t.tag_id = ? AND {where} AND t.comment_id {fts} ORDER BY t.comment_id DESC LIMIT ?",
            [tag_id] + params + [match, limit],
        )
    where, params = _conditions("id", status, account_ids, low, high)
    return _ids(f"SELECT id FROM comment WHERE {where} AND id {fts} ORDER BY id DESC LIMIT ?", params + [match, limit])


NARROW = 0.05  # a filter that keeps less than this part of the comments is "narrow"


def narrow_filter(status: str | None, account_ids: tuple[int, ...] | None, tag_id: int | None) -> bool:
    """Whether the filters keep less than 5 % of the comments, from the counters the triggers keep (and a
    count of the tag's index entries), never from the comments themselves."""
    counts = {
        row[0]: (row[1], row[2])
        for row in database.execute_sql("SELECT account_id, open, total FROM inbox_count").fetchall()
    }
    total = sum(t for _, t in counts.values())
    if total == 0:
        return False
    chosen = counts if account_ids is None else {a: counts.get(a, (0, 0)) for a in account_ids}
    kept = sum(o if status == "open" else t - o if status == "done" else t for o, t in chosen.values())
    if tag_id is not None:
        tagged = database.execute_sql("SELECT count(*) FROM comment_tag WHERE tag_id = ?", [tag_id]).fetchone()[0]
        kept = min(kept, tagged)
    return kept < NARROW * total


def next_free_id(moment: datetime) -> int:
    """An unused id for a comment written at `moment`: the next number within its second. In the rare
    second with more than 1024 comments, the id runs into the next seconds, which keeps it unique."""
    base = comment_id_base(moment)
    row = database.execute_sql(
        "SELECT max(id) FROM comment WHERE id >= ? AND id < ?", [base, base + COMMENT_IDS_PER_SECOND]
    ).fetchone()
    candidate = base if row[0] is None else row[0] + 1
    while id_taken(candidate):
        candidate += 1
    return candidate


def id_taken(comment_id: int) -> bool:
    return database.execute_sql("SELECT 1 FROM comment WHERE id = ?", [comment_id]).fetchone() is not None
