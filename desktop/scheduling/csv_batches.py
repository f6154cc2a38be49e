"""Writing a CSV import's posts in short transactions, so that a large file never holds the database
for long: `post` and `publish-due` (another process, waiting at most SQLite's busy timeout of 10 s)
get in between two batches.

The user still sees all or nothing. Each batch's posts are hidden (kind 'importing', state 'draft': the
calendar and the drafts list show only kind 'post', and only scheduled posts are sent) and belong to one
`CsvImport`; one short last transaction shows them all at once. An import that fails or is cancelled
removes its posts again; one whose process died (killed, a crash, the power) is removed by the next
import. The functions whose names start with `_` run on the database thread.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.drafts import DraftContent
from desktop.publishing.claims import process_alive
from desktop.states import PostKind, PostState
from desktop.store.models import CsvImport, Media, Post, Schedule, as_tuples, database, utcnow

if TYPE_CHECKING:
    from desktop.drafts import DraftService
    from desktop.store.db import Store

log = logging.getLogger(__name__)
T = TypeVar("T")

IMPORTING = PostKind.IMPORTING
BATCH_SECONDS = 0.25  # how long one batch may write before it commits (it checks after each post)
# Between batches: SQLite's busy handler tries again at least every 100 ms, so a writer that waits for
# the lock finds it free within one pause.
PAUSE_SECONDS = 0.12
REMOVED_PER_TRANSACTION = 500
# An unfinished import not written to for this long is abandoned whatever its process id says (the
# system may have given the id of a killed process to another one).
ABANDONED_AFTER = timedelta(hours=1)

_running: set[int] = set()  # this process's imports being written now


class ImportRemoved(Exception):
    """The import's record went while it was written (another process judged it abandoned)."""


@dataclass(frozen=True)
class PlannedPost:
    line: int  # in the file, for messages
    content: DraftContent
    publish_at: datetime  # UTC
    timezone: str


def _begin() -> int:
    now = utcnow()
    return int(CsvImport.insert(claimed_by=os.getpid(), started_at=now, touched_at=now).execute())


def _write_batch(drafts: "DraftService", import_id: int, planned: list[PlannedPost], start: int) -> list[int]:
    """Write posts from planned[start] on, hidden, in one transaction of about BATCH_SECONDS; their ids."""
    deadline = time.monotonic() + BATCH_SECONDS
    ids: list[int] = []
    with database.atomic():
        still_ours = (
            CsvImport.update(touched_at=utcnow())
            .where((CsvImport.id == import_id) & CsvImport.finished_at.is_null())
            .execute()
        )
        if not still_ours:
            raise ImportRemoved()
        for item in planned[start:]:
            post_id = drafts.write_in_transaction(item.content)
            Post.update(kind=IMPORTING, import_id=import_id).where(Post.id == post_id).execute()
            Schedule.insert(post=post_id, publish_at=item.publish_at, timezone=item.timezone).execute()
            ids.append(post_id)
            if time.monotonic() >= deadline:
                break
    return ids


def _finish(import_id: int) -> int | None:
    """Show all of the import's posts in one short transaction; or, if one's time has passed meanwhile,
    change nothing and return that post's id."""
    now = utcnow()
    with database.atomic():
        passed = (
            Schedule.select(Schedule.post)
            .join(Post)
            .where((Post.import_id == import_id) & (Post.kind == IMPORTING) & (Schedule.publish_at <= now))
            .order_by(Schedule.post)
            .limit(1)
            .scalar()
        )
        if passed is not None:
            return int(passed)
        finished = (
            CsvImport.update(finished_at=now, touched_at=now)
            .where((CsvImport.id == import_id) & CsvImport.finished_at.is_null())
            .execute()
        )
        if not finished:
            raise ImportRemoved()
        Post.update(kind=PostKind.POST, state=PostState.SCHEDULED, updated_at=now).where(
            (Post.import_id == import_id) & (Post.kind == IMPORTING)
        ).execute()
    return None


def _remove_some(import_id: int, media_folder: Path | None) -> int:
    """Remove up to REMOVED_PER_TRANSACTION of an unfinished import's posts (with their accounts, images
    and times), and the import itself once none is left; deletes their copied images. How many went."""
    with database.atomic():
        ids = [
            p
            for (p,) in as_tuples(
                Post.select(Post.id)
                .where((Post.import_id == import_id) & (Post.kind == IMPORTING))
                .limit(REMOVED_PER_TRANSACTION)
            )
        ]
        paths = [p for (p,) in as_tuples(Media.select(Media.path).where(Media.post.in_(ids)))] if ids else []
        if ids:
            Post.delete().where(Post.id.in_(ids)).execute()
        else:
            CsvImport.delete().where((CsvImport.id == import_id) & CsvImport.finished_at.is_null()).execute()
    for path in paths:  # only the import's own copies in the data folder, never a user's file
        if media_folder is not None and Path(path).parent == media_folder:
            Path(path).unlink(missing_ok=True)
    return len(ids)


def _abandoned() -> list[int]:
    """Unfinished imports that nobody writes any more: their process is gone, or quiet for long."""
    found = []
    quiet_since = utcnow() - ABANDONED_AFTER
    for row in CsvImport.select().where(CsvImport.finished_at.is_null()):
        if row.id in _running:
            continue
        mine = row.claimed_by == os.getpid()  # this process's, but not running: its removal failed
        if mine or not process_alive(row.claimed_by) or row.touched_at < quiet_since:
            found.append(row.id)
    return found


async def begin(store: "Store") -> int:
    import_id = await store.run(_begin)
    _running.add(import_id)
    return import_id


async def write_all(
    store: "Store",
    drafts: "DraftService",
    import_id: int,
    planned: list[PlannedPost],
    progress: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Write every planned post, hidden, in batches with pauses between them; their ids, in order."""
    ids: list[int] = []
    while len(ids) < len(planned):
        if ids:
            await asyncio.sleep(PAUSE_SECONDS)
        ids += await store.run(_write_batch, drafts, import_id, planned, len(ids))
        if progress is not None:
            progress(len(ids), len(planned))
    return ids


async def finish(store: "Store", import_id: int) -> int | None:
    """Show the import's posts (see `_finish`). Once started it runs to its end: a cancellation that comes
    meanwhile is too late and is dropped, so that the caller learns whether the posts are there."""
    result = await to_the_end(store.run(_finish, import_id))
    if result is None:
        _running.discard(import_id)
    return result


async def remove(store: "Store", import_id: int, media_folder: Path | None) -> None:
    """Take an unfinished import's posts away again, in short transactions. A failure (a full disk) is
    logged: the posts stay hidden, and the next import removes them."""
    try:
        while await store.run(_remove_some, import_id, media_folder):
            pass
    except Exception:  # noqa: BLE001 - cleaning up must not hide why the import failed
        log.exception("could not remove the posts of unfinished import %s; the next import will", import_id)
    finally:
        _running.discard(import_id)


async def remove_abandoned(store: "Store", media_folder: Path | None) -> int:
    """Remove the posts of imports whose process died before they finished; how many imports."""
    found = await store.run(_abandoned)
    for import_id in found:
        log.info("removing the posts of import %s, which did not finish", import_id)
        await remove(store, import_id, media_folder)
    return len(found)


async def to_the_end(awaitable: Awaitable[T]) -> T:
    """Await work that must not be cut off halfway even when the caller is cancelled meanwhile: the work
    goes on (shielded) and its result is returned; the cancellation is dropped, since it came too late."""
    future = asyncio.ensure_future(awaitable)
    while True:
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            if future.cancelled():
                raise
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()
