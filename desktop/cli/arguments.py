"""Argument types for the CLI: numbers, dates and paths are checked while parsing, so that nonsense is
a usage error (exit 2) with a plain message, and nothing empty is read as "now" or "all"."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.i18n import translate

# Posts are planned for this century and the next; beyond, datetime arithmetic and the OS clocks (on
# Windows, local time stops at the year 3000) fail, and a year 9999 is a typing mistake anyway.
FIRST_YEAR = 1970
LAST_YEAR = 2199
# The largest whole number SQLite stores: a larger one could name no comment or post.
LARGEST_NUMBER = 2**63 - 1
# A listing longer than this is better read with --json and --search.
MOST_ROWS = 10_000
# How long a command may keep retrying a post: a day.
MOST_SECONDS = 24 * 3600.0


def _refuse(message: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(message)


def count(largest: int) -> Callable[[str], int]:
    """How many to show: a whole number from 1 to `largest`."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = 0
        if not 1 <= value <= largest:
            raise _refuse(
                translate("CLI", "“%1” is not a number from 1 to %2.").replace("%1", text).replace("%2", str(largest))
            )
        return value

    parse.__name__ = "count"  # argparse names the type in some messages
    return parse


def record_number(text: str) -> int:
    """The number of a comment, post or attempt as the listings show it."""
    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if not 1 <= value <= LARGEST_NUMBER:
        raise _refuse(translate("CLI", "“%1” is not a number from a listing (1, 2, 3 …).").replace("%1", text))
    return value


def seconds(largest: float) -> Callable[[str], float]:
    """A waiting time in seconds, from 0 to `largest` (no negative, infinite or NaN times)."""

    def parse(text: str) -> float:
        try:
            value = float(text.strip())
        except ValueError:
            value = math.nan
        if not 0 <= value <= largest:  # also false for NaN
            raise _refuse(
                translate("CLI", "“%1” is not a number of seconds from 0 to %2.")
                .replace("%1", text)
                .replace("%2", f"{largest:g}")
            )
        return value

    parse.__name__ = "seconds"
    return parse


def _within_years(moment: datetime, text: str) -> datetime:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise _refuse(
            translate("CLI", "“%1” is too far in the past or future: please give a year from %2 to %3.")
            .replace("%1", text)
            .replace("%2", str(FIRST_YEAR))
            .replace("%3", str(LAST_YEAR))
        )
    return moment


def day(text: str) -> str:
    """A day like 2026-12-24 (kept as text: the command decides what it is the start or end of)."""
    try:
        moment = datetime.strptime(text.strip(), "%Y-%m-%d")
    except ValueError:
        raise _refuse(translate("CLI", "“%1” is not a date like 2026-12-24.").replace("%1", text)) from None
    _within_years(moment, text)
    return moment.strftime("%Y-%m-%d")


def local_time(text: str) -> datetime:
    """A wall-clock time like "2026-12-24 09:30"; an empty one is refused, never read as "now"."""
    try:
        moment = datetime.strptime(" ".join(text.split()), "%Y-%m-%d %H:%M")
    except ValueError:
        raise _refuse(
            translate("CLI", "“%1” is not a date and time like 2026-12-24 09:30.").replace("%1", text)
        ) from None
    return _within_years(moment, text)


def data_folder(text: str) -> str:
    """The data folder: may not exist yet (it is made), but may not be a file."""
    if not text.strip():
        raise _refuse(translate("CLI", "Please give a folder."))
    path = Path(text).expanduser()
    # The folder itself, or the nearest part of its path that exists, must be a folder.
    existing = next((p for p in (path, *path.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise _refuse(translate("CLI", "“%1” is a file, not a folder.").replace("%1", str(existing)))
    return text


def output_file(text: str) -> str:
    """A file to write: its folder must exist (none is made silently) and it may not be a folder."""
    if not text.strip():
        raise _refuse(translate("CLI", "Please give a file name."))
    path = Path(text).expanduser()
    if path.is_dir() or text.endswith(("/", "\\")):
        raise _refuse(translate("CLI", "“%1” is a folder: please give a file name in it.").replace("%1", text))
    if not path.absolute().parent.is_dir():
        raise _refuse(
            translate(
                "CLI", "The folder of “%1” does not exist. Please create it first, or choose another one."
            ).replace("%1", text)
        )
    return str(path)


def web_address(text: str) -> str:
    """A server's address as a person types it (social.example); checked as connecting checks it."""
    from desktop.errors import KurzdrahtError
    from desktop.networks.urls import server_url

    try:
        server_url(text)
    except KurzdrahtError as error:
        raise _refuse(str(error)) from None
    return text


def not_empty(text: str) -> str:
    """A name or text that means something only when given: blank is refused, never read as "all"."""
    if not text.strip():
        raise _refuse(translate("CLI", "An empty value is not allowed here."))
    return text
