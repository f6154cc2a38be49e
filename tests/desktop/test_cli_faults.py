"""The command line under bad input and faults, run as a person or a script runs it (`python -m desktop
--home …` in a subprocess): never a traceback, a plain message instead, exit 1 for a refusal or
failure and 2 for wrong usage, details in the log file only when the message says so, and nothing
changed by a command that was refused."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import require_keyring, run
from mounts import read_only_view

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Flohmarkt im Hof am Samstag – Tische gibt es noch!"


def kurzdraht(
    home: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None, service: str = ""
) -> subprocess.CompletedProcess[str]:
    extra = {"KURZDRAHT_KEYRING_SERVICE": service} if service else {}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--home", str(home), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **extra, **(env or {})},
    )


def assert_plain_failure(result: subprocess.CompletedProcess[str], code: int) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.stderr.strip(), "a refusal says why"


def log_of(home: Path) -> Path:
    return home / "logs" / "kurzdraht.log"


def make_workspace(home: Path) -> None:
    """A data folder with an organisation, an account and a draft, as earlier work left it."""
    from desktop.app import Core

    core = Core.create(home).open()
    try:
        org = run(core.accounts.ensure_organisation("Nachbarschaftszentrum Lindenhof"))
        account = run(
            core.accounts.add(org, "mastodon", "Lindenhof", "@lindenhof@social.example", "https://social.example")
        )
        run(core.drafts.save(org, TEXT, (account,)))
    finally:
        core.close()


def add_mastodon(server, home: Path, service: str) -> str:
    token = server.create_user("lindenhof", "Lindenhof")
    added = kurzdraht(
        home,
        "accounts",
        "add",
        "mastodon",
        "--instance",
        server.url,
        "--token-stdin",
        "--name",
        "Lindenhof",
        stdin=token + "\n",
        service=service,
    )
    assert added.returncode == 0, added.stderr
    return token


def stored(home: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(home / "kurzdraht.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# -- a read-only data folder ---------------------------------------------------------------------------


def test_a_read_only_data_folder_is_a_plain_message_and_nothing_changes(tmp_path):
    data = tmp_path / "data"
    make_workspace(data)
    before = {p.name: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    with read_only_view(data, tmp_path / "read-only") as home:
        for command in (["accounts", "list"], ["drafts", "list", "--json"], ["inbox"]):
            result = kurzdraht(home, *command)
            # Whether the data can be read from a read-only folder is the database's business; what
            # counts here: a message, no traceback, and no claim about a log that cannot be written.
            if result.returncode == 0:
                assert "Traceback" not in result.stderr
                continue
            assert_plain_failure(result, 1)
            assert result.stderr.startswith("Error: ")
            assert "Details are in" not in result.stderr and "kurzdraht.log" not in result.stderr
    assert {p.name: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


def test_a_new_data_folder_on_a_read_only_disk_is_refused_in_plain_words(tmp_path):
    source = tmp_path / "disk"
    source.mkdir()
    with read_only_view(source, tmp_path / "read-only") as disk:
        for command in (["accounts", "list"], ["post", "--to", "Lindenhof", TEXT]):
            result = kurzdraht(disk / "kurzdraht", *command)
            assert_plain_failure(result, 1)
            assert (
                result.stderr.strip() == f"Error: Kurzdraht may not write to “{disk / 'kurzdraht'}”: it is read-only."
            )
    assert list(source.iterdir()) == []


# -- --home naming a file ------------------------------------------------------------------------------


def test_home_naming_a_file_is_wrong_usage_and_the_file_is_untouched(tmp_path):
    notes = tmp_path / "notizen.txt"
    notes.write_text("Einkaufsliste: Kaffee, Zucker\n")
    for command in (["inbox"], ["accounts", "list", "--json"]):
        result = kurzdraht(notes, *command)
        assert_plain_failure(result, 2)
        assert f"“{notes}” is a file, not a folder." in result.stderr
    assert notes.read_text() == "Einkaufsliste: Kaffee, Zucker\n"


def test_a_data_folder_from_the_environment_that_is_a_file_is_a_plain_message(tmp_path):
    notes = tmp_path / "notizen.txt"
    notes.write_text("Einkaufsliste\n")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "drafts", "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "KURZDRAHT_HOME": str(notes)},
    )
    assert_plain_failure(result, 1)
    assert result.stderr.strip().startswith(f"Error: The data folder {notes} is a file, not a folder.")
    assert notes.read_text() == "Einkaufsliste\n"


# -- nonsense numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command, message",
    [
        (["inbox", "--limit", "-3"], "argument --limit: “-3” is not a number from 1 to 10000."),
        (["outbox", "--limit", "0"], "argument --limit: “0” is not a number from 1 to 10000."),
        (["inbox", "--limit", "zehn"], "argument --limit: “zehn” is not a number from 1 to 10000."),
        (["done", "-5"], "argument ID: “-5” is not a number from a listing"),
        (
            ["reply", "99999999999999999999", "Danke!"],
            "argument ID: “99999999999999999999” is not a number from a listing",
        ),
        (["publish-due", "--wait", "-1"], "argument --wait: “-1” is not a number of seconds from 0 to 86400."),
        (["publish-due", "--wait", "nan"], "argument --wait: “nan” is not a number of seconds from 0 to 86400."),
    ],
)
def test_nonsense_numbers_are_wrong_usage_with_a_message(home, command, message):
    make_workspace(home)
    result = kurzdraht(home, *command)
    assert_plain_failure(result, 2)
    assert message in result.stderr


# -- empty or unparsable values are refused, never read as "now" or "all" --------------------------------


def test_an_empty_publishing_time_is_refused_and_nothing_is_published_or_stored(
    home, credentials, keyring_service, mastodon_server
):
    require_keyring(credentials)
    add_mastodon(mastodon_server, home, keyring_service)
    for empty in ("", "   "):
        result = kurzdraht(home, "post", "--at", empty, "--to", "Lindenhof", TEXT, service=keyring_service)
        assert_plain_failure(result, 2)
        assert f"argument --at: “{empty}” is not a date and time like 2026-12-24 09:30." in result.stderr
    assert mastodon_server.statuses_of("lindenhof") == []
    assert stored(home, "select count(*) from post") == [(0,)]
    assert stored(home, "select count(*) from publish_attempt") == [(0,)]


@pytest.mark.parametrize(
    "command, message",
    [
        (["calendar", "--from", ""], "argument --from: “” is not a date like 2026-12-24."),
        (["calendar", "--to", "24.12.2026"], "argument --to: “24.12.2026” is not a date like 2026-12-24."),
        (["inbox", "--search", ""], "argument --search: An empty value is not allowed here."),
        (["inbox", "--tag", " "], "argument --tag: An empty value is not allowed here."),
        (["accounts", "check", ""], "argument NAME: An empty value is not allowed here."),
        (
            ["accounts", "add", "bluesky", "--handle", "lindenhof.bsky.social", "--service", "", "--password-stdin"],
            "argument --service: Please enter the server's address.",
        ),
    ],
)
def test_empty_filters_and_names_are_refused_rather_than_read_as_all(home, command, message):
    make_workspace(home)
    result = kurzdraht(home, *command, stdin="app-pass-word\n")
    assert_plain_failure(result, 2)
    assert message in result.stderr
    assert result.stdout == ""


# -- dates far in the future ---------------------------------------------------------------------------


def test_a_date_far_in_the_future_is_refused_and_nothing_is_stored(home, tmp_path):
    make_workspace(home)
    late = kurzdraht(home, "post", "--at", "9999-12-31 23:59", "--to", "Lindenhof", TEXT)
    assert_plain_failure(late, 2)
    assert "“9999-12-31 23:59” is too far in the past or future: please give a year from 1970 to 2199." in late.stderr
    assert stored(home, "select count(*) from schedule") == [(0,)]
    assert stored(home, "select count(*) from post") == [(1,)]  # only the draft that was there

    for command in (
        ["calendar", "--from", "9999-12-31"],
        ["export-ics", "--to", "9999-12-31", str(tmp_path / "k.ics")],
    ):
        result = kurzdraht(home, *command)
        assert_plain_failure(result, 2)
        assert "“9999-12-31” is too far in the past or future" in result.stderr
    assert not (tmp_path / "k.ics").exists()


def test_the_last_allowed_year_still_works_to_its_last_day(home):
    make_workspace(home)
    result = kurzdraht(home, "calendar", "--from", "2199-12-25", "--to", "2199-12-31")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Nothing planned or published in this period."


# -- output paths ----------------------------------------------------------------------------------------


def test_an_export_into_a_missing_folder_is_refused_and_no_folder_is_made(home, tmp_path):
    make_workspace(home)
    for command in ("export-ics", "export-csv"):
        target = tmp_path / "no" / "such" / "dir" / "kalender.file"
        result = kurzdraht(home, command, str(target))
        assert_plain_failure(result, 2)
        assert f"The folder of “{target}” does not exist." in result.stderr
        assert not (tmp_path / "no").exists()


def test_an_export_onto_a_folder_is_refused_and_the_folder_is_untouched(home, tmp_path):
    make_workspace(home)
    folder = tmp_path / "Kalender"
    folder.mkdir()
    (folder / "alt.ics").write_text("BEGIN:VCALENDAR\n")
    for command in ("export-ics", "export-csv"):
        result = kurzdraht(home, command, str(folder))
        assert_plain_failure(result, 2)
        assert f"“{folder}” is a folder: please give a file name in it." in result.stderr
    assert [p.name for p in folder.iterdir()] == ["alt.ics"]
    assert (folder / "alt.ics").read_text() == "BEGIN:VCALENDAR\n"


# -- output piped into a program that stops reading ------------------------------------------------------


def test_output_piped_into_head_ends_without_a_traceback(home):
    from desktop.app import Core

    core = Core.create(home).open()
    org = run(core.accounts.ensure_organisation("Lindenhof"))

    async def many_drafts():
        for number in range(400):
            await core.drafts.save(org, f"Entwurf {number}: " + "Kaffee und Kuchen im Hof. " * 12)

    run(many_drafts())
    core.close()
    # Far more than a pipe holds (64 KiB): the command is still writing when head has gone.
    command = f"{sys.executable} -m desktop --home '{home}' drafts list --json | head -1; exit ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout == "[\n"
    assert result.stderr == ""
    assert result.returncode == 1  # as Python's documentation advises for a closed pipe


def test_a_reader_that_is_gone_before_the_first_line_is_no_traceback(home):
    make_workspace(home)
    reading, writing = os.pipe()
    os.close(reading)  # nobody will read: the first write fails at once
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--home", str(home), "accounts", "list"],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
    finally:
        os.close(writing)
    assert result.stderr == ""
    assert result.returncode == 1


# -- unexpected errors -----------------------------------------------------------------------------------


def test_a_garbled_value_is_a_message_naming_the_log_which_holds_the_traceback(home):
    make_workspace(home)
    conn = sqlite3.connect(home / "kurzdraht.sqlite3")
    conn.execute("update post set created_at = 'gestern' where id = (select max(id) from post)")
    conn.commit()
    conn.close()

    result = kurzdraht(home, "drafts", "list")

    assert_plain_failure(result, 1)
    message = result.stderr.strip()
    assert message.startswith("Error: Something went wrong (")
    assert message.endswith(f"). Details are in the log file {log_of(home)}.")
    kind = message.removeprefix("Error: Something went wrong (").split(")")[0]  # e.g. IndexError
    log = log_of(home).read_text()
    assert "command failed" in log and "Traceback (most recent call last)" in log and f"\n{kind}: " in log


def test_a_garbled_page_found_while_listing_is_a_message_naming_the_log(home):
    from desktop.app import Core
    from desktop.demo import seed_demo

    core = Core.create(home).open()
    core.store.call(seed_demo)
    core.close()
    conn = sqlite3.connect(home / "kurzdraht.sqlite3")
    comments_page = conn.execute("select rootpage from sqlite_master where name = 'comment'").fetchone()[0]
    page_size = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    with open(home / "kurzdraht.sqlite3", "r+b") as database:
        database.seek((comments_page - 1) * page_size)
        database.write(b"\xa5" * page_size)

    result = kurzdraht(home, "inbox")

    assert_plain_failure(result, 1)
    assert result.stderr.startswith("Error: ")
    assert result.stderr.strip().endswith(f"Details are in the log file {log_of(home)}.")
    log = log_of(home).read_text()
    assert "Traceback (most recent call last)" in log and "malformed" in log
    # Other data is still listed: the damage is reported, not spread.
    accounts = kurzdraht(home, "accounts", "list", "--json")
    assert accounts.returncode == 0 and len(json.loads(accounts.stdout)) == 7


def test_a_malformed_server_address_is_refused_as_one(home):
    for command in (
        ["accounts", "add", "mastodon", "--instance", "http://[::1", "--token-stdin"],
        ["accounts", "add", "wordpress", "--site", "blog.example:99999", "--user", "redaktion", "--password-stdin"],
    ):
        result = kurzdraht(home, *command, stdin="geheim-1234\n")
        assert_plain_failure(result, 2)
        assert "is not a web address." in result.stderr
    assert json.loads(kurzdraht(home, "accounts", "list", "--json").stdout) == []


# -- removing an account when the password store or the database fails -------------------------------------


def _account_with_history(home: Path, server, service: str) -> tuple[dict, list[dict], str]:
    add_mastodon(server, home, service)
    posted = kurzdraht(home, "post", "--to", "Lindenhof", TEXT, service=service)
    assert posted.returncode == 0, posted.stderr
    [account] = json.loads(kurzdraht(home, "accounts", "list", "--json", service=service).stdout)
    history = json.loads(kurzdraht(home, "outbox", "--json", service=service).stdout)
    assert len(history) == 1
    [(reference,)] = stored(home, "select credential_ref from account")
    return account, history, reference


@pytest.mark.parametrize("backend", ["LockedKeyring", "DeleteRefusedKeyring"])
def test_removing_an_account_when_the_password_store_refuses_keeps_everything(
    home, credentials, keyring_service, mastodon_server, backend
):
    require_keyring(credentials)
    account, history, reference = _account_with_history(home, mastodon_server, keyring_service)
    secret = credentials.get(reference)

    result = kurzdraht(
        home,
        "accounts",
        "remove",
        "Lindenhof",
        service=keyring_service,
        env={"PYTHON_KEYRING_BACKEND": f"tests.desktop.failing_keyring.{backend}"},
    )

    assert_plain_failure(result, 1)
    assert result.stderr.startswith(
        "Error: The saved login could not be deleted from the system password store, so the account was kept."
    )
    assert result.stdout == ""
    assert json.loads(kurzdraht(home, "accounts", "list", "--json", service=keyring_service).stdout) == [account]
    assert json.loads(kurzdraht(home, "outbox", "--json", service=keyring_service).stdout) == history
    assert credentials.get(reference) == secret
    # The account still works: its login was not touched.
    checked = kurzdraht(home, "accounts", "check", "Lindenhof", service=keyring_service)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_removing_an_account_when_the_database_refuses_puts_the_login_back(
    home, credentials, keyring_service, mastodon_server
):
    require_keyring(credentials)
    account, history, reference = _account_with_history(home, mastodon_server, keyring_service)
    secret = credentials.get(reference)
    conn = sqlite3.connect(home / "kurzdraht.sqlite3")
    # A real refusal by SQLite at the moment of deleting, after the password store has done its part.
    conn.execute(
        "create trigger refuse_removal before delete on account begin select raise(abort, 'the disk refused'); end"
    )
    conn.commit()
    conn.close()

    result = kurzdraht(home, "accounts", "remove", "Lindenhof", service=keyring_service)

    assert_plain_failure(result, 1)
    assert result.stderr.strip().endswith(f"Details are in the log file {log_of(home)}.")
    assert credentials.get(reference) == secret
    assert json.loads(kurzdraht(home, "accounts", "list", "--json", service=keyring_service).stdout) == [account]
    assert json.loads(kurzdraht(home, "outbox", "--json", service=keyring_service).stdout) == history
    checked = kurzdraht(home, "accounts", "check", "Lindenhof", service=keyring_service)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_removing_an_account_with_a_working_password_store_removes_login_and_history(
    home, credentials, keyring_service, mastodon_server
):
    require_keyring(credentials)
    _, _, reference = _account_with_history(home, mastodon_server, keyring_service)

    result = kurzdraht(home, "accounts", "remove", "Lindenhof", service=keyring_service)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Removed Lindenhof and its saved login.")
    assert credentials.get(reference) is None
    assert json.loads(kurzdraht(home, "accounts", "list", "--json", service=keyring_service).stdout) == []
    assert json.loads(kurzdraht(home, "outbox", "--json", service=keyring_service).stdout) == []


LOCKED = {"PYTHON_KEYRING_BACKEND": "tests.desktop.failing_keyring.LockedKeyring"}


def test_connecting_while_the_password_store_is_locked_stores_nothing(
    home, credentials, keyring_service, mastodon_server
):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")

    result = kurzdraht(
        home,
        "accounts",
        "add",
        "mastodon",
        "--instance",
        mastodon_server.url,
        "--token-stdin",
        stdin=token + "\n",
        service=keyring_service,
        env=LOCKED,
    )

    assert_plain_failure(result, 1)
    assert result.stderr.startswith("Error: The system password store refused the request (KeyringLocked).")
    assert result.stdout == ""
    assert stored(home, "select count(*) from account") == [(0,)]


def test_reconnecting_while_the_password_store_is_locked_keeps_the_old_login(
    home, credentials, keyring_service, mastodon_server
):
    require_keyring(credentials)
    account, history, reference = _account_with_history(home, mastodon_server, keyring_service)
    secret = credentials.get(reference)
    new_token = mastodon_server.create_user("lindenhof", "Lindenhof")

    result = kurzdraht(
        home,
        "accounts",
        "add",
        "mastodon",
        "--instance",
        mastodon_server.url,
        "--token-stdin",
        "--name",
        "Lindenhof neu",
        stdin=new_token + "\n",
        service=keyring_service,
        env=LOCKED,
    )

    assert_plain_failure(result, 1)
    assert result.stderr.startswith("Error: The system password store refused the request (KeyringLocked).")
    assert credentials.get(reference) == secret
    assert json.loads(kurzdraht(home, "accounts", "list", "--json", service=keyring_service).stdout) == [account]
    assert json.loads(kurzdraht(home, "outbox", "--json", service=keyring_service).stdout) == history


# -- faults the other parts report: they reach the user as a message too ---------------------------------


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` × `height` pixels: Pillow reads the size before any pixel."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def test_an_image_of_too_many_pixels_is_a_message_and_nothing_is_kept(home, tmp_path):
    make_workspace(home)
    bomb = tmp_path / "riesig.png"
    bomb.write_bytes(_png_header(20_000, 10_000))

    result = kurzdraht(home, "post", "--to", "Lindenhof", "--image", str(bomb), TEXT)

    assert_plain_failure(result, 1)
    assert result.stderr.startswith("Error: ") and result.stdout == ""
    assert stored(home, "select count(*) from post") == [(1,)]  # only the draft that was there
    assert not (home / "media").exists() or not any((home / "media").iterdir())


def test_a_full_disk_during_an_import_is_a_message_and_nothing_is_half_imported(
    tmp_path, credentials, keyring_service, mastodon_server
):
    from mounts import fill_up, small_disk

    require_keyring(credentials)
    with small_disk(tmp_path / "disk") as disk:
        home = disk / "kurzdraht"
        add_mastodon(mastodon_server, home, keyring_service)
        rows = [
            f"2099-0{1 + n % 9}-{10 + n % 18};09:30;Lindenhof;Sommerfest {n}: " + "Kuchen, Kaffee, Musik. " * 18
            for n in range(600)
        ]
        sheet = tmp_path / "plan.csv"
        sheet.write_text("date;time;accounts;text\n" + "\n".join(rows) + "\n", encoding="utf-8")
        fill_up(disk, leave=128 * 1024)  # enough to open the data, not for 600 long posts

        result = kurzdraht(home, "import-csv", str(sheet), service=keyring_service)

        assert_plain_failure(result, 1)
        assert result.stderr.startswith("Error: ") and "Posts scheduled" not in result.stdout
        # The log is on the full disk too: the message may point to it only if the details got there.
        if "Details are in" in result.stderr:
            assert "Traceback (most recent call last)" in log_of(home).read_text()
        (disk / "filler").unlink()
        assert stored(home, "select count(*) from schedule") == [(0,)]
        assert stored(home, "select count(*) from post") == [(0,)]
