"""Scheduling many posts at once from a spreadsheet (CSV), and the schedule as a CSV that imports again.

The file has a header row, then one post a row: date, time, accounts, text, image, alt text (German
headers work too: Datum, Uhrzeit, Konten, Text, Bild, Alternativtext). The delimiter is read from the
header: German Excel writes `;`, others `,`. Dates as 2026-12-24 or 24.12.2026 (Excel rewrites them so),
times as 09:30, both in the organisation's time zone. Accounts are named as `accounts list` shows
them, separated by `|` (or `,`); an image path is relative to the CSV's folder; several images and
their descriptions are separated by `|`.

The text must be UTF-8, with or without the BOM that Excel's "CSV UTF-8" writes. A row with other
bytes is refused, naming its line, rather than guessed at: a wrong guess (cp1252, say) would put
garbled words into public posts, and the fix is one choice in Excel's "Save as".

Nothing is imported unless every row is fine: `preview` reads and checks all rows and changes
nothing; `import_rows` then copies the images and writes the posts with their schedules in short
transactions, all hidden until the last one shows them together (`csv_batches`), so that a large file
neither locks out other writers nor leaves half of it behind. Rows an export marks as published are
skipped: they are a record, not a plan.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw

from desktop.accounts import AccountInfo, OrganisationInfo
from desktop.drafts import Attachment, DraftContent
from desktop.errors import KurzdrahtError
from desktop.i18n import current_language, translate
from desktop.publishing.checks import check_post
from desktop.scheduling import csv_batches
from desktop.scheduling.csv_format import (
    HEADERS,
    RawRow,
    cell_value,
    line_message,
    parse_date,
    parse_time,
    read_table,
    split_images,
    split_names,
    visible,
    write_table,
)
from desktop.scheduling.exports import DAYS_AHEAD, MOST_POSTS, links, write_atomically
from desktop.scheduling.scheduler import to_local, to_utc
from desktop.states import PostState
from desktop.store.errors import DiskFull, StorageError

if TYPE_CHECKING:
    from desktop.app import Core

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportRow:
    """One row as written, what it means, and what stops it from being scheduled."""

    line: int
    date: str
    time: str
    accounts: str
    text: str
    image: str = ""
    alt_text: str = ""
    organisation_id: int | None = None
    account_ids: tuple[int, ...] = ()
    account_names: tuple[str, ...] = ()
    local_time: datetime | None = None  # the wall clock in `timezone`
    publish_at: datetime | None = None  # UTC
    timezone: str = ""
    images: tuple[tuple[str, str], ...] = ()  # (path, description)
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # worth knowing, does not stop the import
    skipped: bool = False  # already published, according to the file

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    path: str
    rows: tuple[ImportRow, ...]
    problems: tuple[str, ...] = ()  # about the whole file

    @property
    def bad_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.ok)

    @property
    def to_schedule(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.ok and not r.skipped)

    @property
    def ready(self) -> bool:
        return not self.problems and not self.bad_rows and bool(self.to_schedule)

    def messages(self) -> list[str]:
        """Every reason the file cannot be imported, as "line N: reason"."""
        return list(self.problems) + [line_message(r.line, p) for r in self.bad_rows for p in r.problems]


# -- checking the rows --------------------------------------------------------------------------------
def _local_time(cell: dict[str, str], problems: list[str]) -> datetime | None:
    try:
        day = parse_date(cell["date"])
    except ValueError:
        day = None
        problems.append(
            translate("CsvImport", "“%1” is not a date like 2026-12-24 or 24.12.2026.").replace("%1", cell["date"])
        )
    try:
        clock = parse_time(cell["time"])
    except ValueError:
        clock = None
        problems.append(translate("CsvImport", "“%1” is not a time like 09:30.").replace("%1", cell["time"]))
    return datetime.combine(day, clock) if day is not None and clock is not None else None


def _targets(
    cell: dict[str, str],
    found: dict[str, AccountInfo | str],
    organisations: dict[int, OrganisationInfo],
    problems: list[str],
) -> tuple[list[AccountInfo], OrganisationInfo | None]:
    """The row's accounts, and their organisation when they share one."""
    targets: list[AccountInfo] = []
    for name in split_names(cell["accounts"]):
        match = found[name]
        if isinstance(match, str):
            problems.append(match)
        else:
            targets.append(match)
    if not cell["accounts"]:
        problems.append(translate("CsvImport", "No account is named."))
    organisation_ids = list(dict.fromkeys(a.organisation_id for a in targets))
    if len(organisation_ids) > 1:
        problems.append(
            translate(
                "CsvImport", "The accounts belong to different organisations (%1); one row posts for one organisation."
            ).replace("%1", ", ".join(organisations[o].name for o in organisation_ids))
        )
    return targets, organisations[organisation_ids[0]] if len(organisation_ids) == 1 else None


def _cells(raw: RawRow) -> dict[str, str]:
    return {c: cell_value(raw.cells.get(c, "")) for c in HEADERS}


def _check_row(
    raw: RawRow,
    found: dict[str, AccountInfo | str],
    accounts: list[AccountInfo],
    organisations: dict[int, OrganisationInfo],
    folder: Path,
    now: datetime,
) -> ImportRow:
    from desktop.publishing.media import load_image

    cell = _cells(raw)
    shown = ImportRow(
        raw.line,
        visible(cell["date"]),
        visible(cell["time"]),
        visible(cell["accounts"]),
        visible(cell["text"]),
        visible(cell["image"]),
        visible(cell["alt_text"]),
    )
    if raw.broken:
        return replace(
            shown,
            problems=(
                translate(
                    "CsvImport",
                    "This row holds characters that are not UTF-8. Please save the file as “CSV UTF-8” "
                    "(in Excel: File › Save as › CSV UTF-8) and choose it again.",
                ),
            ),
        )
    if cell["state"] in (PostState.PUBLISHED, PostState.PUBLISHED.label):
        return replace(shown, skipped=True, notes=(translate("CsvImport", "Already published; not imported again."),))
    problems: list[str] = []
    if raw.extra:
        problems.append(
            translate(
                "CsvImport",
                "This row has more cells than the first row names. Does the text "
                "contain the separator without quotes around it?",
            )
        )
    local = _local_time(cell, problems)
    targets, organisation = _targets(cell, found, organisations, problems)
    moment = to_utc(local, organisation.timezone) if local is not None and organisation is not None else None
    if local is not None and moment is not None and moment <= now:
        problems.append(
            translate("CsvImport", "This time (%1) has already passed.").replace("%1", local.strftime("%Y-%m-%d %H:%M"))
        )
    images = split_images(cell["image"], cell["alt_text"], folder)
    for path, alt in images:
        try:
            load_image(path, alt)
        except KurzdrahtError as error:
            problems.append(str(error))
    notes: list[str] = []
    if not cell["text"]:
        problems.append(translate("CsvImport", "The text is empty."))
    elif organisation is not None:
        content = DraftContent(
            organisation.id,
            cell["text"],
            tuple(a.id for a in targets),
            attachments=tuple(Attachment(str(p), a) for p, a in images),
        )
        for problem in check_post(content, accounts):
            (problems if problem.blocking else notes).append(problem.message)
    return replace(
        shown,
        organisation_id=organisation.id if organisation else None,
        account_ids=tuple(a.id for a in targets),
        account_names=tuple(a.display_name for a in targets),
        local_time=local,
        publish_at=moment,
        timezone=organisation.timezone if organisation else "",
        images=tuple((str(p), a) for p, a in images),
        problems=tuple(dict.fromkeys(problems)),
        notes=tuple(notes),
    )


async def preview(core: "Core", path: str | Path, now: datetime | None = None) -> ImportPreview:
    """Read and check every row of the file; changes nothing."""
    path = Path(path)
    try:
        data = await asyncio.to_thread(path.read_bytes)
    except OSError as error:
        raise KurzdrahtError(
            translate("CsvImport", "The file “%1” cannot be read (%2).")
            .replace("%1", str(path))
            .replace("%2", error.strerror or type(error).__name__)
        ) from None
    raw_rows, problems = await asyncio.to_thread(read_table, data)
    accounts = await core.accounts.list()
    organisations = {o.id: o for o in await core.accounts.organisations()}
    found: dict[str, AccountInfo | str] = {}
    for raw in raw_rows:
        for name in [] if raw.broken else split_names(_cells(raw)["accounts"]):
            if name not in found:
                try:
                    found[name] = await core.accounts.find(name)
                except KurzdrahtError as error:
                    found[name] = str(error)
    moment = now or datetime.now(timezone.utc)
    rows = await asyncio.to_thread(
        lambda: tuple(_check_row(raw, found, accounts, organisations, path.parent, moment) for raw in raw_rows)
    )
    if not rows and not problems:
        problems.append(translate("CsvImport", "There are no posts in this file."))
    elif rows and all(r.skipped for r in rows):
        problems.append(
            translate("CsvImport", "Every post in this file was already published; there is nothing to schedule.")
        )
    return ImportPreview(str(path), rows, tuple(problems))


# -- importing ----------------------------------------------------------------------------------------
async def import_rows(
    core: "Core", checked: ImportPreview, progress: Callable[[int, int], None] | None = None
) -> list[int]:
    """Schedule every row of a preview without problems, all or nothing; returns the posts' numbers.

    The posts are written in short transactions, hidden until the last one shows them all (see
    `csv_batches`), so other writers are not locked out. `progress(done, total)` hears after each batch.
    Cancelled, failed or killed halfway, it leaves no post and no copied image."""
    if checked.problems or checked.bad_rows:
        raise KurzdrahtError(
            translate("CsvImport", "Nothing was imported: the file has problems (%1).").replace(
                "%1", "; ".join(checked.messages()[:3])
            )
        )
    media_folder = core.drafts.media_folder
    await csv_batches.remove_abandoned(core.store, media_folder)
    copies: list[Attachment] = []

    def forget_copies() -> None:
        for item in copies:
            Path(item.path).unlink(missing_ok=True)

    planned = []
    import_id: int | None = None
    try:
        for row in checked.to_schedule:
            attachments = []
            for path, alt in row.images:
                attachments.append(await core.drafts.attach(path, alt))
                copies.append(attachments[-1])
            assert row.organisation_id is not None and row.publish_at is not None
            planned.append(
                csv_batches.PlannedPost(
                    row.line,
                    DraftContent(row.organisation_id, row.text, row.account_ids, attachments=tuple(attachments)),
                    row.publish_at,
                    row.timezone,
                )
            )
        import_id = await csv_batches.begin(core.store)
        ids = await csv_batches.write_all(core.store, core.drafts, import_id, planned, progress)
        passed = await csv_batches.finish(core.store, import_id)
        if passed is not None:
            item = planned[ids.index(passed)]
            raise KurzdrahtError(
                line_message(
                    item.line,
                    translate("CsvImport", "This time (%1) has already passed.").replace(
                        "%1", to_local(item.publish_at, item.timezone).strftime("%Y-%m-%d %H:%M")
                    ),
                )
            )
    except BaseException as error:
        if import_id is not None:
            await csv_batches.to_the_end(csv_batches.remove(core.store, import_id, media_folder))
        forget_copies()
        if isinstance(error, (OSError, pw.DatabaseError, csv_batches.ImportRemoved, StorageError)):
            log.error("CSV import of %s failed", checked.path, exc_info=error)
            raise KurzdrahtError(
                translate("CsvImport", "Nothing was imported: the posts could not be saved (%1).").replace(
                    "%1", _reason(error)
                )
            ) from error
        raise
    return ids


def _reason(error: BaseException) -> str:
    # The first failure says what happened: after "database or disk is full" SQLite has already rolled
    # back, and the rollback that follows fails only with "no transaction is active".
    while isinstance(error.__context__, (OSError, pw.DatabaseError, sqlite3.Error)):
        error = error.__context__
    if isinstance(error, csv_batches.ImportRemoved):
        return translate("CsvImport", "another Kurzdraht took it for abandoned")
    if (
        isinstance(error, DiskFull)
        or getattr(error, "sqlite_errorname", "") == "SQLITE_FULL"
        or getattr(error, "errno", None) == errno.ENOSPC
    ):
        return translate("CsvImport", "the disk is full")
    if isinstance(error, StorageError):  # the store has already named the cause (locked, read-only, …)
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


# -- exporting ----------------------------------------------------------------------------------------
def _details(post_ids: list[int]) -> dict[int, tuple[list[int], list[tuple[str, str]]]]:
    """Each post's accounts and images (on the database thread)."""
    from desktop.store.models import Media, PostVariant

    found: dict[int, tuple[list[int], list[tuple[str, str]]]] = {p: ([], []) for p in post_ids}
    for variant in PostVariant.select(PostVariant.post, PostVariant.account).where(PostVariant.post.in_(post_ids)):
        found[variant.post_id][0].append(variant.account_id)
    for media in (
        Media.select(Media.post, Media.path, Media.alt_text)
        .where(Media.post.in_(post_ids))
        .order_by(Media.position, Media.id)
    ):
        found[media.post_id][1].append((media.path, media.alt_text))
    return found


def account_labels(accounts: list[AccountInfo]) -> dict[int, str]:
    """How to name each account so that `find` gets it back: its name, or its handle where two share a
    name (the same organisation on two networks often does), or its number."""
    labels = {}
    for account in accounts:
        same_name = [a for a in accounts if a.display_name.casefold() == account.display_name.casefold()]
        same_handle = [a for a in accounts if a.handle.casefold() == account.handle.casefold()]
        usable = "|" not in account.display_name and "," not in account.display_name
        labels[account.id] = (
            account.display_name
            if len(same_name) == 1 and usable
            else account.handle
            if len(same_handle) == 1 and "|" not in account.handle
            else str(account.id)
        )
    return labels


async def export_csv(
    core: "Core",
    path: str | Path,
    start: datetime | None = None,
    end: datetime | None = None,
    now: datetime | None = None,
) -> int:
    """Write the posts from `start` (default: now) to `end` (default: a year ahead) as a CSV that Excel
    opens (UTF-8 with BOM, `;`; no cell that it would run as a formula) and `import-csv` reads again;
    returns how many rows it holds."""
    now = now or datetime.now(timezone.utc)
    posts = await core.calendar.between(start or now, end or now + timedelta(days=DAYS_AHEAD), limit=MOST_POSTS)
    details = await core.store.run(_details, [p.post_id for p in posts])
    labels = account_labels(await core.accounts.list())
    zones = {o.id: o.timezone for o in await core.accounts.organisations()}
    german = current_language() == "de"
    rows = []
    for post in posts:
        account_ids, images = details[post.post_id]
        local = to_local(post.publish_at, zones.get(post.organisation_id, post.timezone))
        rows.append(
            [
                local.strftime("%Y-%m-%d"),
                local.strftime("%H:%M"),
                " | ".join(labels[a] for a in account_ids if a in labels),
                post.text,
                " | ".join(p for p, _ in images),
                " | ".join(a for _, a in images),
                post.state.label,
                " ".join(links(post)),
            ]
        )
    data = write_table([names[1 if german else 0] for names in HEADERS.values()], rows)
    await asyncio.to_thread(write_atomically, Path(path), data)
    return len(posts)
