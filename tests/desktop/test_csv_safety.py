"""The schedule's CSV files under bad input and faults: an export Excel opens without running a cell as a
formula, whose every text imports again unchanged; a large import that leaves other processes room to
write; and an import cancelled, run out of disk or killed halfway that leaves no post behind.

The accounts are rows in the real database (nothing is sent, so no network server is needed)."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run
from desktop.drafts import DraftContent
from desktop.errors import KurzdrahtError
from desktop.scheduling import csv_io
from desktop.scheduling.csv_format import cell_value, read_table, write_table

ROOT = Path(__file__).resolve().parents[2]
NEXT_YEAR = datetime.now().year + 1
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXTS = [
    '=HYPERLINK("https://example.org/spenden";"Hier klicken")',
    "-5 °C heute: Kältebus fährt ab 20 Uhr",
    "@anna danke für die Kuchen!",
    "+49 30 1234567 – unsere neue Nummer",
    "\tEingerückt",
    "'Zitat' von Goethe",
    "''zwei Apostrophe",
    "Zeile 1\r\nZeile 2\rZeile 3",
    "  Leerzeichen drumherum  ",
    'Grüße aus dem Hof 🌻; Kaffee, Kuchen und "Musik"',
]


def seed(core) -> int:  # noqa: ANN001 - a Core
    """One organisation with one Mastodon account 'Lindenhof' that counts as connected; its id."""
    from desktop.store.models import Account, Organisation, database

    def insert() -> int:
        with database.atomic():
            organisation = Organisation.create(name="Lindenhof", timezone="Europe/Berlin")
            return Account.create(
                organisation=organisation,
                network="mastodon",
                display_name="Lindenhof",
                handle="@lindenhof@social.example",
                server_url="https://social.example",
                status="connected",
                credential_ref="lindenhof-test",
            ).id

    return core.store.call(insert)


def schedule(core, account_id: int, texts: list[str]) -> list[int]:  # noqa: ANN001 - a Core
    async def go() -> list[int]:
        account = await core.accounts.get(account_id)
        ids = []
        for number, text in enumerate(texts):
            draft = await core.drafts.write(DraftContent(account.organisation_id, text, (account_id,)))
            when = datetime(NEXT_YEAR, 6, 1, 8, tzinfo=timezone.utc) + timedelta(hours=number)
            await core.schedules.schedule(draft, when, "Europe/Berlin")
            ids.append(draft)
        return ids

    return run(go())


def large_plan(path: Path, rows: int) -> Path:
    start = datetime(NEXT_YEAR, 2, 1, 8, 0)
    lines = ["Datum;Uhrzeit;Konten;Text"]
    lines += [
        f"{start + timedelta(minutes=30 * n):%d.%m.%Y;%H:%M};Lindenhof;Beitrag {n}: Flohmarkt im Hof 🧺"
        for n in range(rows)
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def kurzdraht(*args: str, service: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": service},
    )


def count(core, sql: str) -> int:  # noqa: ANN001 - a Core
    """A number read on a connection of its own, as another program would see the file."""
    connection = sqlite3.connect(f"{core.store.path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def wait_until(condition, timeout: float = 120.0) -> None:  # noqa: ANN001 - a callable
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition did not come true in time")
        time.sleep(0.02)


HIDDEN = "SELECT count(*) FROM post WHERE kind = 'importing'"
SHOWN = "SELECT count(*) FROM post WHERE kind = 'post' AND state = 'scheduled'"


# -- safe in a spreadsheet ----------------------------------------------------------------------------
def test_an_export_marks_formula_cells_as_text_and_imports_every_text_back_unchanged(core, tmp_path):
    account_id = seed(core)
    originals = schedule(core, account_id, TEXTS)
    exported = tmp_path / "plan.csv"

    assert run(csv_io.export_csv(core, exported, end=datetime(NEXT_YEAR + 1, 1, 1, tzinfo=timezone.utc))) == 10

    # As a spreadsheet reads the file: no cell starts a formula; the text column marked where needed.
    table = list(csv.reader(io.StringIO(exported.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert all(not cell.startswith(FORMULA_STARTS) for row in table for cell in row)
    texts = [row[3] for row in table[1:]]
    assert texts[:4] == [
        "'" + TEXTS[0],
        "'-5 °C heute: Kältebus fährt ab 20 Uhr",
        "'@anna danke für die Kuchen!",
        "'+49 30 1234567 – unsere neue Nummer",
    ]
    assert texts[4:7] == ["'\tEingerückt", "''Zitat' von Goethe", "'''zwei Apostrophe"]
    assert texts[9] == TEXTS[9]  # nothing to mark
    assert all(row[2] == "Lindenhof" for row in table[1:])

    checked = run(csv_io.preview(core, exported))
    assert checked.ready, checked.messages()
    assert [row.text for row in checked.rows] == TEXTS
    copies = run(csv_io.import_rows(core, checked))
    assert [run(core.drafts.load(i)).content.text for i in copies] == TEXTS
    assert [run(core.drafts.load(i)).content.text for i in originals] == TEXTS


def test_an_import_takes_the_mark_off_cells_and_trims_only_unmarked_ones(core, tmp_path):
    seed(core)
    plan = tmp_path / "plan.csv"
    plan.write_bytes(
        "\r\n".join(
            [
                "Datum;Uhrzeit;Konten;Text",
                f"01.03.{NEXT_YEAR};09:00;Lindenhof;'=SUMME(A1:A3) Euro gespendet",
                f"01.03.{NEXT_YEAR};10:00;Lindenhof;'-5 °C heute",
                f"01.03.{NEXT_YEAR};11:00;Lindenhof;''Zitat'",
                f"01.03.{NEXT_YEAR};12:00;Lindenhof;'@anna danke",
                f"01.03.{NEXT_YEAR};13:00;Lindenhof;  Kuchenbasar  ",
                f"01.03.{NEXT_YEAR};14:00;Lindenhof;'  Kuchenbasar  ",
            ]
        ).encode("utf-8-sig")
    )

    checked = run(csv_io.preview(core, plan))

    assert checked.ready, checked.messages()
    assert [row.text for row in checked.rows] == [
        "=SUMME(A1:A3) Euro gespendet",
        "-5 °C heute",
        "'Zitat'",
        "@anna danke",
        "Kuchenbasar",
        "  Kuchenbasar  ",
    ]


TRICKY = st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "'", "''", " ", "\n", "\r\n", "-5 °C", "@anna"])
CHARACTERS = st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("äöüßÄÖÜ😀🌻;,\"'\r\n\t =+-@"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=TRICKY, rest=st.text(CHARACTERS, max_size=40), end=TRICKY)
def test_any_text_survives_the_file_unchanged_and_no_cell_starts_a_formula(start, rest, end):
    text = start + rest + end
    data = write_table(["date", "time", "accounts", "text"], [[f"{NEXT_YEAR}-03-01", "09:00", "Lindenhof", text]])

    [header, row] = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert not row[3].startswith(FORMULA_STARTS)
    rows, problems = read_table(data)
    assert problems == [] and len(rows) == 1
    assert cell_value(rows[0].cells["text"]) == text


# -- long work never blocks the rest ------------------------------------------------------------------
def test_another_process_can_write_while_a_large_import_runs(core, tmp_path, keyring_service):
    seed(core)
    plan = large_plan(tmp_path / "plan.csv", 10_000)

    importer = kurzdraht("import-csv", str(plan), service=keyring_service)
    try:
        wait_until(lambda: count(core, HIDDEN) > 0 or importer.poll() is not None)
        assert importer.poll() is None, importer.communicate()
        # `post` waits at most the busy timeout (10 s) for the database; the import must let it in.
        other = subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "post",
                "--to",
                "Lindenhof",
                "--at",
                f"{NEXT_YEAR}-01-15 10:00",
                "Kuchenbasar am Samstag",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service},
            timeout=120,
        )
        assert other.returncode == 0, other.stderr
        assert other.stdout.startswith(f"Scheduled for {NEXT_YEAR}-01-15 10:00")
        assert importer.poll() is None  # it got in while the import was still writing
        out, err = importer.communicate(timeout=600)
    finally:
        if importer.poll() is None:
            importer.kill()
    assert importer.returncode == 0, err
    assert out.splitlines()[-1] == "Posts scheduled: 10000."
    assert count(core, SHOWN) == 10_001 and count(core, HIDDEN) == 0


def test_an_import_killed_halfway_shows_nothing_and_the_next_import_removes_it(core, tmp_path, keyring_service):
    seed(core)
    importer = kurzdraht("import-csv", str(large_plan(tmp_path / "plan.csv", 4_000)), service=keyring_service)
    try:
        wait_until(lambda: count(core, HIDDEN) > 0 or importer.poll() is not None)
    finally:
        importer.send_signal(signal.SIGKILL)
        importer.communicate()
    assert importer.returncode == -signal.SIGKILL
    assert count(core, HIDDEN) > 0  # halfway: some posts written
    assert run(core.calendar.between(None, None)) == [] and run(core.drafts.list()) == []
    assert run(core.calendar.missed()) == []

    small = tmp_path / "small.csv"
    small.write_bytes(f"date;time;accounts;text\r\n{NEXT_YEAR}-03-01;09:00;Lindenhof;Frühlingsfest\r\n".encode())
    [post_id] = run(csv_io.import_rows(core, run(csv_io.preview(core, small))))

    assert count(core, "SELECT count(*) FROM post") == 1 and count(core, HIDDEN) == 0
    assert count(core, "SELECT count(*) FROM schedule") == 1 and count(core, "SELECT count(*) FROM post_variant") == 1
    assert count(core, "SELECT count(*) FROM csv_import WHERE finished_at IS NULL") == 0
    assert [p.post_id for p in run(core.calendar.between(None, None))] == [post_id]


def test_a_cancelled_import_takes_its_posts_away_again(core, tmp_path):
    seed(core)
    checked = run(csv_io.preview(core, large_plan(tmp_path / "plan.csv", 2_000)))
    heard = []

    async def go() -> None:
        def cancel_after_first_batch(done: int, total: int) -> None:
            heard.append((done, total))
            task.cancel()

        task = asyncio.ensure_future(csv_io.import_rows(core, checked, cancel_after_first_batch))
        with pytest.raises(asyncio.CancelledError):
            await task

    run(go())
    assert len(heard) == 1 and 0 < heard[0][0] < 2_000 and heard[0][1] == 2_000
    assert count(core, "SELECT count(*) FROM post") == 0 and count(core, "SELECT count(*) FROM schedule") == 0
    assert count(core, "SELECT count(*) FROM csv_import") == 0


def test_a_full_disk_during_an_import_leaves_nothing(core, tmp_path, home):
    from desktop.store.models import database

    seed(core)
    checked = run(csv_io.preview(core, large_plan(tmp_path / "plan.csv", 3_000)))
    # The database may grow by 25 pages (100 KB) more, then it is full, as on a full disk.
    pages = core.store.call(lambda: database.execute_sql("PRAGMA page_count").fetchone()[0])
    core.store.call(lambda: database.execute_sql(f"PRAGMA max_page_count = {pages + 25}"))

    with pytest.raises(KurzdrahtError) as refused:
        run(csv_io.import_rows(core, checked))

    assert str(refused.value) == "Nothing was imported: the posts could not be saved (the disk is full)."
    assert count(core, "SELECT count(*) FROM post") == 0 and count(core, "SELECT count(*) FROM schedule") == 0
    assert count(core, "SELECT count(*) FROM csv_import") == 0
    assert run(core.calendar.between(None, None)) == []
