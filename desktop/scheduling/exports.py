"""What the schedule's export files share: the default time range, the words for states and links,
and writing the file in one step, so a calendar subscribed to it never reads half of it."""

from __future__ import annotations

import os
import stat
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from desktop.i18n import translate
from desktop.networks import network_name
from desktop.scheduling.calendar import AccountState, ScheduledPost

DAYS_BACK = 30
DAYS_AHEAD = 365
MOST_POSTS = 100_000  # far beyond a year of any organisation's posts; the calendar's own default is for a screen


def default_range(now: datetime) -> tuple[datetime, datetime]:
    """What an export holds unless told otherwise: the last month and the coming year."""
    return now - timedelta(days=DAYS_BACK), now + timedelta(days=DAYS_AHEAD)


def account_line(account: AccountState) -> str:
    """“Lindenhof (Mastodon): published https://…”, as the CLI reports a sent post."""
    state = account.state.label if account.state else translate("ScheduleExport", "not sent yet")
    return " ".join(
        filter(
            None,
            [
                translate("ScheduleExport", "%1 (%2): %3")
                .replace("%1", account.account)
                .replace("%2", network_name(account.network))
                .replace("%3", state),
                account.url,
            ],
        )
    )


def links(post: ScheduledPost) -> list[str]:
    return [a.url for a in post.accounts if a.url]


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then swap it in. The new file keeps the old one's
    permissions (a web server may publish it); a new file gets the usual rw-r--r-- rather than the
    temporary file's owner-only mode."""
    path = Path(path)
    # A mistyped folder is the user's to correct: none is made silently, and a folder is not replaced.
    if path.is_dir() or not path.absolute().parent.is_dir():
        from desktop.errors import KurzdrahtError

        raise KurzdrahtError(
            translate("ScheduleExport", "“%1” cannot be written: please choose a file in an existing folder.").replace(
                "%1", str(path)
            )
        )
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o644
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".part")
    except OSError as error:  # named by the file the user chose, not by our temporary one
        raise OSError(error.errno, error.strerror, str(path)) from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
