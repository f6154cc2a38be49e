"""Helpers shared by the backup tests of the core, the CLI and the GUI: data written as the app writes
it, and damage done to a data file as a failing disk does."""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from desktop.app import Core
from desktop.paths import data_paths


def save_drafts(home: Path, *texts: str) -> None:
    """Drafts written as the app writes them, then the data closed (its -wal folded into the file)."""
    core = Core(data_paths(home)).open()
    try:

        async def write():
            organisation = await core.accounts.ensure_organisation("Nachbarschaftszentrum Lindenhof")
            for text in texts:
                await core.drafts.save(organisation, text)

        # On a thread of its own: GUI tests already have a loop running on this one.
        with ThreadPoolExecutor(max_workers=1) as thread:
            thread.submit(asyncio.run, write()).result()
    finally:
        core.close()


def damage_a_page_in_the_middle(database: Path) -> None:
    """Overwrite the index pages of the drafts' table: the file still opens, its integrity check fails."""
    conn = sqlite3.connect(database)
    pages = [
        row[0]
        for row in conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'post' AND rootpage > 0"
        )
    ]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(database, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(b"\xde\xad" * (page_size // 2))
