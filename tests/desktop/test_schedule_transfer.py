"""The schedule to and from other programs' files, against the Mastodon wire-format server: an .ics that
calendars read back, a CSV import that refuses a file with any bad row (naming each) and imports a good
one whole, at the right times across daylight saving, and an export that imports again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from icalendar import Calendar

from conftest import make_png, require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.errors import KurzdrahtError
from desktop.scheduling import csv_io
from desktop.scheduling.ics import export_ics

ROOT = Path(__file__).resolve().parents[2]
NEXT_YEAR = datetime.now().year + 1
SUMMER = f"{NEXT_YEAR}-06-15"  # Europe/Berlin is UTC+2
WINTER = f"{NEXT_YEAR}-11-02"  # after the October change: UTC+1
END = datetime(NEXT_YEAR + 1, 1, 1, tzinfo=timezone.utc)  # the default range ends a year from today
TEXT = "Sommerfest im Hof – alle sind eingeladen! 🌻\nGrüße vom Lindenhof"


def kurzdraht(*args: str, service: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": service},
        timeout=120,
    )


def utc(day: str, clock: str) -> datetime:
    return datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)


def connect(core, server, user: str = "lindenhof", name: str = "Lindenhof", organisation: str = "Lindenhof"):
    async def go():
        organisation_id = await core.accounts.ensure_organisation(organisation)
        token = server.create_user(user, name)
        return await core.connections.connect_mastodon_token(organisation_id, server.url, token, name=name)

    return run_online(core, go())


def schedule(core, account_ids: tuple[int, ...], text: str, when: datetime, attachments=()) -> int:
    async def go():
        account = await core.accounts.get(account_ids[0])
        draft = await core.drafts.write(
            DraftContent(account.organisation_id, text, account_ids, attachments=tuple(attachments))
        )
        await core.schedules.schedule(draft, when, "Europe/Berlin")
        return draft

    return run_online(core, go())


def publish_now(core, account_id: int, text: str):
    async def go():
        account = await core.accounts.get(account_id)
        draft = await core.drafts.write(DraftContent(account.organisation_id, text, (account_id,)))
        [attempt] = await core.outbox.drain(await core.outbox.publish(draft), timeout=20)
        return draft, attempt

    return run_online(core, go())


def planned(core) -> list:
    return run_online(core, core.calendar.between(None, None))


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_the_ics_file_holds_one_event_per_post_at_its_time_in_utc(core, credentials, mastodon_server, tmp_path):
    require_keyring(credentials)
    account = connect(core, mastodon_server)
    summer = schedule(core, (account.id,), TEXT, utc(SUMMER, "07:30"))
    winter = schedule(core, (account.id,), "Laternenumzug am Martinstag 🏮", utc(WINTER, "16:00"))
    sent, attempt = publish_now(core, account.id, "Heute: offener Treff im Café")
    target = tmp_path / "kalender" / "kurzdraht.ics"
    target.parent.mkdir()  # exports make no folders

    written = run_online(core, export_ics(core.calendar, target, end=END))

    assert written == 3
    data = target.read_bytes()
    assert b"\r\n" in data and f"DTSTART:{NEXT_YEAR}0615T073000Z".encode() in data
    assert sorted(p.name for p in target.parent.iterdir()) == ["kurzdraht.ics"]  # no temporary file left
    calendar = Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0" and "Kurzdraht" in str(calendar["prodid"])
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"post-{summer}@kurzdraht", f"post-{winter}@kurzdraht", f"post-{sent}@kurzdraht"}
    first = events[f"post-{summer}@kurzdraht"]
    assert first.decoded("dtstart") == utc(SUMMER, "07:30")
    assert first.decoded("duration") == timedelta(minutes=15)
    assert str(first["summary"]) == "Lindenhof: Sommerfest im Hof – alle sind eingeladen! 🌻"
    assert str(first["description"]).startswith(TEXT + "\n\nLindenhof (Mastodon): not sent yet")
    assert str(first["status"]) == "TENTATIVE" and str(first["transp"]) == "TRANSPARENT"
    assert [str(c) for c in first["categories"].cats] == ["Mastodon"]
    assert events[f"post-{winter}@kurzdraht"].decoded("dtstart") == utc(WINTER, "16:00")
    out = events[f"post-{sent}@kurzdraht"]
    assert str(out["status"]) == "CONFIRMED" and str(out["url"]) == attempt.remote_url
    assert f"Lindenhof (Mastodon): published {attempt.remote_url}" in str(out["description"])
    assert abs(out.decoded("dtstart") - datetime.now(timezone.utc)) < timedelta(minutes=5)

    # Exported again (a subscribed calendar reads it again): the same UIDs, the file replaced whole.
    run_online(core, export_ics(core.calendar, target, end=END))
    again = Calendar.from_ical(target.read_bytes())
    assert {str(e["uid"]) for e in again.walk("VEVENT")} == set(events)


def test_a_csv_with_bad_rows_is_refused_row_by_row_and_nothing_is_imported(
    core, credentials, mastodon_server, tmp_path, home
):
    require_keyring(credentials)
    connect(core, mastodon_server)
    connect(core, mastodon_server, "nachbarn", "Nachbarschaftshilfe", organisation="Nachbarschaftshilfe")
    make_png(tmp_path / "fest.png")
    rows = "\n".join(
        [
            "date,time,accounts,text,image,alt text",
            f'{SUMMER},09:30,Lindenhof,"{TEXT}",fest.png,Der Hof mit Lampions',  # lines 2-3: fine
            f"{SUMMER},10:00,Lindenhof-Blog,Kuchenbasar,,",  # 4
            f"{SUMMER},11:00,Lindenhof,{'Flohmarkt! ' * 50},,",  # 5: 550 characters, Mastodon takes 500
            "2020-01-01,09:00,Lindenhof,Neujahrsgruß,,",  # 6
            f"{SUMMER},12:00,Lindenhof,GR\udcdc\udcdfE AUS DEM HOF,,",  # 7: cp1252 bytes
            f"{SUMMER},13:00,Lindenhof,Bilder vom Fest,fehlt.png,Ein Bild",  # 8
            f"{SUMMER},14:00,Lindenhof | Nachbarschaftshilfe,Gemeinsam stark,,",  # 9
            f"31.02.{NEXT_YEAR},25:00,Lindenhof,Falscher Tag,,",  # 10
            f"{SUMMER},15:00,Lindenhof,,,",  # 11
            ",,,,,",  # an empty row, as Excel leaves them: skipped
        ]
    )
    path = tmp_path / "plan.csv"
    path.write_bytes(rows.replace("\n", "\r\n").encode("utf-8", "surrogateescape"))

    checked = run_online(core, csv_io.preview(core, path))

    problems = {r.line: r.problems for r in checked.rows if r.problems}
    assert [r.line for r in checked.rows] == [2, 4, 5, 6, 7, 8, 9, 10, 11]
    assert problems[4] == ("There is no account called “Lindenhof-Blog”.",)
    assert len(problems[5]) == 1 and "Lindenhof (Mastodon)" in problems[5][0] and "too long" in problems[5][0]
    assert problems[6] == ("This time (2020-01-01 09:00) has already passed.",)
    assert len(problems[7]) == 1 and "not UTF-8" in problems[7][0] and "CSV UTF-8" in problems[7][0]
    assert "�" in checked.rows[4].text  # shown as it was read
    assert len(problems[8]) == 1 and "fehlt.png" in problems[8][0] and "does not exist" in problems[8][0]
    assert problems[9] == (
        "The accounts belong to different organisations (Lindenhof, Nachbarschaftshilfe); "
        "one row posts for one organisation.",
    )
    assert problems[10] == (
        f"“31.02.{NEXT_YEAR}” is not a date like 2026-12-24 or 24.12.2026.",
        "“25:00” is not a time like 09:30.",
    )
    assert problems[11] == ("The text is empty.",)
    assert set(problems) == {4, 5, 6, 7, 8, 9, 10, 11} and not checked.ready
    assert checked.messages()[0] == "line 4: There is no account called “Lindenhof-Blog”."

    try:
        run_online(core, csv_io.import_rows(core, checked))
        raise AssertionError("a file with bad rows was imported")
    except KurzdrahtError as error:
        assert "Nothing was imported" in str(error)
    assert planned(core) == []
    assert run_online(core, core.drafts.list()) == []
    media = home / "media"
    assert not media.exists() or not any(media.iterdir())


def test_a_german_excel_file_is_scheduled_in_the_organisations_time_with_its_image(
    core, credentials, mastodon_server, tmp_path, home
):
    require_keyring(credentials)
    account = connect(core, mastodon_server)
    (tmp_path / "bilder").mkdir()
    make_png(tmp_path / "bilder" / "fest.png", 800, 600)
    path = write_csv(
        tmp_path / "plan.csv",
        "\n".join(
            [
                "Datum;Uhrzeit;Konten;Text;Bild;Alternativtext",
                f'15.06.{NEXT_YEAR};09:30;Lindenhof;"{TEXT}";bilder/fest.png;Der Hof mit Lampions',
                f"{WINTER};9:30;lindenhof;Laternenumzug am Martinstag 🏮;;",
            ]
        )
        + "\n",
        encoding="utf-8-sig",
    )

    checked = run_online(core, csv_io.preview(core, path))
    assert checked.ready, checked.messages()
    assert [(r.line, r.local_time, r.account_ids) for r in checked.rows] == [
        (2, datetime(NEXT_YEAR, 6, 15, 9, 30), (account.id,)),
        (4, datetime(NEXT_YEAR, 11, 2, 9, 30), (account.id,)),
    ]
    ids = run_online(core, csv_io.import_rows(core, checked))

    posts = planned(core)
    assert [(p.post_id, p.publish_at, p.state, p.text) for p in posts] == [
        (ids[0], utc(SUMMER, "07:30"), "scheduled", TEXT),
        (ids[1], utc(WINTER, "08:30"), "scheduled", "Laternenumzug am Martinstag 🏮"),
    ]
    first = run_online(core, core.drafts.load(ids[0])).content
    [image] = first.attachments
    assert image.alt_text == "Der Hof mit Lampions" and (image.width, image.height) == (800, 600)
    assert Path(image.path).parent == home / "media"  # a copy: the user's file may move
    assert first.account_ids == (account.id,)


def test_an_import_that_fails_halfway_leaves_no_post_and_no_image(core, credentials, mastodon_server, tmp_path, home):
    require_keyring(credentials)
    connect(core, mastodon_server)
    make_png(tmp_path / "fest.png")
    path = write_csv(
        tmp_path / "plan.csv",
        "\n".join(
            [
                "date,time,accounts,text,image,alt text",
                f"{SUMMER},09:30,Lindenhof,Sommerfest,fest.png,Der Hof mit Lampions",
                "2021-01-01,09:00,Lindenhof,Neujahrsgruß,,",
            ]
        ),
    )
    checked = run_online(core, csv_io.preview(core, path, now=datetime(2020, 1, 1, tzinfo=timezone.utc)))
    assert checked.ready  # checked long ago: by the time it is imported, the second time has passed

    try:
        run_online(core, csv_io.import_rows(core, checked))
        raise AssertionError("a post in the past was scheduled")
    except KurzdrahtError as error:
        assert str(error) == "line 3: This time (2021-01-01 09:00) has already passed."
    assert planned(core) == [] and run_online(core, core.drafts.list()) == []
    assert not any((home / "media").iterdir())  # the first row's image was copied, and is gone again


def test_the_exported_csv_imports_again(core, credentials, mastodon_server, tmp_path):
    require_keyring(credentials)
    main = connect(core, mastodon_server)
    youth = connect(core, mastodon_server, "jugend", "Lindenhof")  # the same name: exported by handle
    picture = make_png(tmp_path / "hof.png")
    attachment = run_online(core, core.drafts.attach(picture, "Der Innenhof im Sommer"))
    schedule(core, (main.id, youth.id), TEXT, utc(SUMMER, "07:30"), [attachment])
    schedule(core, (youth.id,), 'Jugendtreff; "Spieleabend", mit Pizza', utc(WINTER, "17:00"))
    _, attempt = publish_now(core, main.id, "Heute: offener Treff")
    exported = tmp_path / "export" / "plan.csv"
    exported.parent.mkdir()  # exports make no folders

    count = run_online(core, csv_io.export_csv(core, exported, datetime.now(timezone.utc) - timedelta(days=1), END))

    assert count == 3
    raw = exported.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfdate;time;accounts;text;image;alt text;state;links\r\n")
    assert attempt.remote_url in raw.decode("utf-8-sig")
    checked = run_online(core, csv_io.preview(core, exported))
    assert checked.ready, checked.messages()
    assert [r.skipped for r in checked.rows] == [True, False, False]  # what went out is not planned again
    ids = run_online(core, csv_io.import_rows(core, checked))

    copies = [p for p in planned(core) if p.post_id in ids]
    originals = [p for p in planned(core) if p.post_id not in ids and p.scheduled]
    assert [(p.publish_at, p.text, p.accounts) for p in copies] == [
        (p.publish_at, p.text, p.accounts) for p in originals
    ]
    contents = [run_online(core, core.drafts.load(i)).content for i in ids]
    assert [set(c.account_ids) for c in contents] == [{main.id, youth.id}, {youth.id}]
    assert [a.alt_text for a in contents[0].attachments] == ["Der Innenhof im Sommer"]


def test_the_commands_import_only_a_whole_good_file_and_export_both_formats(
    core, credentials, keyring_service, mastodon_server, tmp_path
):
    require_keyring(credentials)
    connect(core, mastodon_server)
    bad = write_csv(
        tmp_path / "bad.csv",
        "\n".join(
            [
                "Datum;Uhrzeit;Konten;Text",
                f"{SUMMER};09:30;Lindenhof;Gut",
                f"{SUMMER};10:00;Lindenhof-Blog;Schlecht",
                "01.01.2020;09:00;Lindenhof;Vorbei",
            ]
        ),
    )
    good = write_csv(
        tmp_path / "good.csv",
        "\n".join(
            ["date,time,accounts,text", f"{SUMMER},09:30,Lindenhof,Sommerfest", f"{WINTER},09:30,Lindenhof,Laternen"]
        ),
    )

    refused = kurzdraht("import-csv", str(bad), service=keyring_service)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.splitlines() == [
        "line 3: There is no account called “Lindenhof-Blog”.",
        "line 4: This time (2020-01-01 09:00) has already passed.",
        "Nothing was imported. Rows with problems: 2 of 3. Please correct them and import the file again.",
    ]
    tried = kurzdraht("import-csv", "--dry-run", str(good), service=keyring_service)
    assert tried.returncode == 0, tried.stderr
    assert f"{SUMMER} 09:30 (Europe/Berlin)" in tried.stdout and "Nothing was imported (--dry-run)" in tried.stdout
    assert planned(core) == []

    imported = kurzdraht("import-csv", str(good), service=keyring_service)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines()[-1] == "Posts scheduled: 2."
    assert [(p.publish_at, p.text) for p in planned(core)] == [
        (utc(SUMMER, "07:30"), "Sommerfest"),
        (utc(WINTER, "08:30"), "Laternen"),
    ]

    ics = kurzdraht(
        "export-ics",
        str(tmp_path / "plan.ics"),
        "--from",
        "2020-01-01",
        "--to",
        f"{NEXT_YEAR}-12-31",
        service=keyring_service,
    )
    assert ics.returncode == 0, ics.stderr
    events = Calendar.from_ical((tmp_path / "plan.ics").read_bytes()).walk("VEVENT")
    assert sorted(e.decoded("dtstart") for e in events) == [utc(SUMMER, "07:30"), utc(WINTER, "08:30")]
    narrow = kurzdraht(
        "export-ics", str(tmp_path / "summer.ics"), "--from", SUMMER, "--to", SUMMER, service=keyring_service
    )
    assert (
        narrow.returncode == 0 and len(Calendar.from_ical((tmp_path / "summer.ics").read_bytes()).walk("VEVENT")) == 1
    )
    exported = kurzdraht(
        "export-csv", str(tmp_path / "export.csv"), "--to", f"{NEXT_YEAR}-12-31", service=keyring_service
    )
    assert exported.returncode == 0, exported.stderr
    again = kurzdraht("import-csv", "--dry-run", str(tmp_path / "export.csv"), service=keyring_service)
    assert again.returncode == 0, again.stderr
    assert "Posts that would be scheduled: 2." in again.stdout
    listed = kurzdraht(
        "calendar", "--json", "--from", "2020-01-01", "--to", f"{NEXT_YEAR + 1}-01-01", service=keyring_service
    )
    assert len(json.loads(listed.stdout)) == 2  # the dry run added nothing
