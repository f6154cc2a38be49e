"""A large CSV import and the other writers: how long the import holds the database's write lock at a
stretch. The issue's goal: every write transaction well under the busy timeout (10 s), so that
`publish-due` and `post` never fail with "database is locked" while an import runs.

    python benchmarks/csv_import.py [--rows 10000] [--tiny]

Data: a real `Core` on a scratch data folder in /tmp with one organisation and two accounts (rows put in
directly; nothing is sent), and a generated CSV of --rows posts over the coming months, each to one or
both accounts. Timed: checking the file (`preview`) and importing it (`import_rows`). Beside it a probe
on its own SQLite connection asks for the write lock every 2 ms without waiting (`BEGIN IMMEDIATE`,
busy timeout 0) and records the longest stretch in which it was refused: the longest write transaction
as another process sees it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":
    sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]

import argparse  # noqa: E402
import asyncio  # noqa: E402
import sqlite3  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402


def seed(core) -> None:  # noqa: ANN001 - a Core
    from desktop.store.models import Account, Organisation, database

    with database.atomic():
        Organisation.insert(id=1, name="Nachbarschaftszentrum Lindenhof").execute()
        Account.insert_many(
            [
                {
                    "id": a,
                    "organisation": 1,
                    "network": "mastodon",
                    "display_name": name,
                    "handle": f"@{name.lower()}",
                    "status": "connected",
                    "credential_ref": f"benchmark-{a}",
                }
                for a, name in ((1, "Lindenhof"), (2, "Jugendtreff"))
            ]
        ).execute()


def write_csv(path: Path, rows: int) -> None:
    start = datetime.now() + timedelta(days=2)
    lines = ["date;time;accounts;text"]
    for number in range(rows):
        moment = start + timedelta(minutes=30 * number)
        accounts = "Lindenhof | Jugendtreff" if number % 3 == 0 else "Lindenhof"
        lines.append(
            f"{moment:%Y-%m-%d};{moment:%H:%M};{accounts};Beitrag {number}: Flohmarkt im Hof – Tische gibt es noch! 🧺"
        )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


class LockProbe:
    """Asks for the write lock every 2 ms without waiting; keeps the longest refused stretch."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.longest = 0.0
        self.refused_since: float | None = None
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        connection = sqlite3.connect(str(self.database), timeout=0, isolation_level=None)
        while not self.stop.is_set():
            now = time.perf_counter()
            try:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("ROLLBACK")
                if self.refused_since is not None:
                    self.longest = max(self.longest, now - self.refused_since)
                    self.refused_since = None
            except sqlite3.OperationalError:
                if self.refused_since is None:
                    self.refused_since = now
            time.sleep(0.002)
        if self.refused_since is not None:
            self.longest = max(self.longest, time.perf_counter() - self.refused_since)
        connection.close()


async def main(rows: int) -> None:
    from desktop.app import Core
    from desktop.paths import data_paths
    from desktop.scheduling import csv_io

    folder = Path(tempfile.mkdtemp(prefix="kurzdraht-csv-bench-"))
    core = Core(data_paths(folder / "home"))
    await core.aopen()
    await core.store.run(seed, core)
    path = folder / "plan.csv"
    write_csv(path, rows)
    began = time.perf_counter()
    checked = await csv_io.preview(core, path)
    checked_in = time.perf_counter() - began
    assert checked.ready, checked.messages()[:3]
    steps: list[float] = []
    # Each batch and the last step (which shows the posts) timed too.
    from desktop.scheduling import csv_batches

    def timed(step):  # noqa: ANN001, ANN202 - a function run on the database thread
        def run(*args):  # noqa: ANN002, ANN202
            began = time.perf_counter()
            try:
                return step(*args)
            finally:
                steps.append(time.perf_counter() - began)

        return run

    csv_batches._write_batch = timed(csv_batches._write_batch)
    csv_batches._finish = timed(csv_batches._finish)
    probe = LockProbe(core.store.path)
    probe.thread.start()
    began = time.perf_counter()
    ids = await csv_io.import_rows(core, checked)
    imported_in = time.perf_counter() - began
    probe.stop.set()
    probe.thread.join()
    await core.aclose()
    print(f"rows: {rows}, imported: {len(ids)}")
    print(f"preview: {checked_in:.2f} s, import: {imported_in:.2f} s")
    print(f"longest stretch another writer was refused: {probe.longest * 1000:.0f} ms")
    if steps:
        print(
            f"batches: {len(steps) - 1}, longest batch: {max(steps[:-1]) * 1000:.0f} ms, "
            f"last step (showing them all): {steps[-1] * 1000:.0f} ms"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=None, help="posts in the file (default 10,000)")
    parser.add_argument("--tiny", action="store_true", help="a quick check that it runs: 300 rows")
    options = parser.parse_args()
    asyncio.run(main(options.rows or (300 if options.tiny else 10_000)))
