"""Scheduling: times across daylight saving in Europe/Berlin, posts going out on time exactly once (also
while `publish-due` runs at the same moment, against the real Bluesky network), missed posts, and the
calendar and scheduling commands."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import require_keyring, run, run_online
from desktop.drafts import DraftContent
from desktop.scheduling.scheduler import to_local, to_utc
from desktop.store.models import Post, Schedule, database, utcnow

ROOT = Path(__file__).resolve().parents[2]
BERLIN = "Europe/Berlin"


# -- daylight saving ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        # March 29, 2026: at 02:00 the clocks jump to 03:00.
        ("2026-03-29 01:59", "2026-03-29 00:59"),
        ("2026-03-29 02:30", "2026-03-29 01:30"),  # does not exist: read as 03:30 summer time
        ("2026-03-29 03:00", "2026-03-29 01:00"),
        ("2026-03-28 09:00", "2026-03-28 08:00"),  # the day before: winter time
        ("2026-03-30 09:00", "2026-03-30 07:00"),  # the day after: summer time
        # October 25, 2026: at 03:00 the clocks go back to 02:00; 02:30 happens twice.
        ("2026-10-25 01:30", "2026-10-24 23:30"),
        ("2026-10-25 02:30", "2026-10-25 00:30"),  # the first 02:30 (still summer time)
        ("2026-10-25 03:00", "2026-10-25 02:00"),
        ("2026-10-24 09:00", "2026-10-24 07:00"),
        ("2026-10-26 09:00", "2026-10-26 08:00"),
    ],
)
def test_a_time_in_berlin_is_stored_in_utc_across_the_daylight_saving_changes(local: str, utc: str):
    moment = to_utc(datetime.strptime(local, "%Y-%m-%d %H:%M"), BERLIN)
    assert moment.strftime("%Y-%m-%d %H:%M") == utc and moment.tzinfo is not None
    wall = to_local(moment, BERLIN).strftime("%Y-%m-%d %H:%M")
    assert wall == ("2026-03-29 03:30" if local == "2026-03-29 02:30" else local)


def test_a_weekly_post_keeps_its_wall_clock_time_over_the_change(core):
    """Scheduled every Monday 09:30 around the October change: always 09:30 in Berlin, an hour apart in UTC."""
    mondays = [datetime(2026, 10, 19, 9, 30), datetime(2026, 10, 26, 9, 30)]
    utc = [to_utc(day, BERLIN) for day in mondays]
    assert [u.hour for u in utc] == [7, 8]
    assert utc[1] - utc[0] == timedelta(days=7, hours=1)


# -- on time, exactly once -----------------------------------------------------------------------------


def kurzdraht(*args: str, service: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": service},
        timeout=120,
    )


def make_due(post_id: int, late: timedelta) -> None:
    """As if the post had been scheduled earlier for a time that is now `late` ago."""
    with database.atomic():
        Post.update(state="scheduled").where(Post.id == post_id).execute()
        Schedule.insert(post=post_id, publish_at=utcnow() - late, timezone=BERLIN).on_conflict_replace().execute()


def test_a_due_post_goes_to_bluesky_once_while_publish_due_runs_at_the_same_moment(
    core, credentials, bluesky_network, keyring_service
):
    require_keyring(credentials)
    club = bluesky_network.create_account("kiez")
    text = f"Flohmarkt im Hof, Samstag ab 10 Uhr 🧺 {uuid.uuid4().hex[:8]}"

    async def prepare() -> int:
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        account = await core.connections.connect_bluesky(
            organisation, club.handle, club.app_password, bluesky_network.pds_url
        )
        draft = await core.drafts.write(DraftContent(organisation, text, (account.id,)))
        await core.schedules.schedule(draft, utcnow() + timedelta(minutes=5), BERLIN)
        return draft

    post_id = run_online(core, prepare())
    core.store.call(make_due, post_id, timedelta(seconds=5))

    async def both() -> subprocess.CompletedProcess[str]:
        task = asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "desktop",
            "publish-due",
            cwd=str(ROOT),
            env={**__import__("os").environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        process = await task
        await core.outbox.send_due()  # the app looks at the same moment
        out, err = await process.communicate()
        await core.outbox.drain([a.id for a in await core.outbox.list(post_id=post_id)], timeout=30)
        return subprocess.CompletedProcess([], process.returncode, out.decode(), err.decode())

    finished = run_online(core, both())
    assert finished.returncode == 0, finished.stderr
    records = bluesky_network_records(bluesky_network, club.did)
    assert [r for r in records if r == text] == [text]
    [attempt] = run(core.outbox.list(post_id=post_id))
    assert attempt.state == "published" and attempt.tries == 1
    assert run(core.drafts.load(post_id)).state == "published"


def bluesky_network_records(network, did: str) -> list[str]:
    import httpx

    response = httpx.get(
        f"{network.pds_url}/xrpc/com.atproto.repo.listRecords",
        params={"repo": did, "collection": "app.bsky.feed.post"},
        timeout=30,
    )
    response.raise_for_status()
    return [r["value"]["text"] for r in response.json()["records"]]


async def mastodon_post(core, server, text: str) -> int:
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    token = server.create_user("lindenhof", "Lindenhof")
    account = await core.connections.connect_mastodon_token(organisation, server.url, token)
    return await core.drafts.write(DraftContent(organisation, text, (account.id,)))


def test_a_post_whose_time_passed_while_the_computer_was_off_waits_as_missed(
    core, credentials, mastodon_server, keyring_service
):
    """A little late goes out by itself; hours late (over the setting's 2 hours) waits for the user."""
    require_keyring(credentials)
    a_bit_late = run_online(core, mastodon_post(core, mastodon_server, "Heute 18 Uhr: Nachbarschaftsabend"))
    run(core.drafts.write(DraftContent(1, "", ())))  # an unrelated empty draft stays a draft
    hours_late = run(
        core.drafts.write(DraftContent(1, "Gestern Abend: Suppe!", tuple(a.id for a in run(core.accounts.list()))))
    )
    core.store.call(make_due, a_bit_late, timedelta(minutes=40))
    core.store.call(make_due, hours_late, timedelta(hours=5))

    finished = kurzdraht("publish-due", service=keyring_service)
    assert finished.returncode == 0, finished.stderr
    assert "Lindenhof (Mastodon): published" in finished.stdout
    assert f"Missed (their time passed while the computer was off): {hours_late}." in finished.stdout
    assert [s["text"] for s in mastodon_server.statuses_of("lindenhof")] == ["Heute 18 Uhr: Nachbarschaftsabend"]
    assert run(core.drafts.load(hours_late)).state == "missed"
    assert [p.post_id for p in run(core.calendar.missed())] == [hours_late]

    # The user decides: publish it now after all.
    run_online(core, core.outbox.drain(run(core.outbox.publish(hours_late)), timeout=20))
    assert len(mastodon_server.statuses_of("lindenhof")) == 2
    assert run(core.calendar.missed()) == []


def test_a_missed_post_can_be_rescheduled_or_unscheduled(core, credentials, mastodon_server):
    require_keyring(credentials)
    post_id = run_online(core, mastodon_post(core, mastodon_server, "Repair-Café"))
    core.store.call(make_due, post_id, timedelta(hours=6))
    run_online(core, core.outbox.send_due())
    assert run(core.drafts.load(post_id)).state == "missed"
    later = utcnow() + timedelta(days=1)
    run(core.schedules.schedule(post_id, later, BERLIN))
    assert run(core.drafts.load(post_id)).state == "scheduled"
    assert run(core.schedules.when(post_id))[0] == later.replace(microsecond=later.microsecond)
    run(core.schedules.unschedule(post_id))
    assert run(core.drafts.load(post_id)).state == "draft"
    assert mastodon_server.statuses_of("lindenhof") == []


# -- the calendar ----------------------------------------------------------------------------------------


def test_the_calendar_shows_scheduled_and_published_posts_with_their_links(core, credentials, mastodon_server):
    require_keyring(credentials)

    async def scenario():
        now_post = await mastodon_post(core, mastodon_server, "Sofort raus: Hoffest!")
        [sent] = await core.outbox.drain(await core.outbox.publish(now_post), timeout=20)
        organisation = (await core.drafts.load(now_post)).content.organisation_id
        accounts = tuple(a.id for a in await core.accounts.list())
        planned = await core.drafts.write(DraftContent(organisation, "Nächste Woche: Lesecafé", accounts))
        await core.schedules.schedule(planned, utcnow() + timedelta(days=7), BERLIN)
        copy = await core.drafts.duplicate(planned)
        return (
            now_post,
            sent,
            planned,
            copy,
            await core.calendar.between(utcnow() - timedelta(days=1), utcnow() + timedelta(days=8)),
        )

    now_post, sent, planned, copy, posts = run_online(core, scenario())
    assert [p.post_id for p in posts] == [now_post, planned]
    out, later = posts
    assert (out.state, out.scheduled, out.accounts[0].state, out.accounts[0].url) == (
        "published",
        False,
        "published",
        sent.remote_url,
    )
    assert (later.state, later.scheduled, later.networks) == ("scheduled", True, ("mastodon",))
    assert run(core.drafts.load(copy)).content.text == "Nächste Woche: Lesecafé"
    assert run(core.drafts.load(copy)).state == "draft"


def test_post_at_schedules_in_the_organisations_time_and_the_calendar_lists_it(
    core, credentials, mastodon_server, keyring_service
):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    added = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "accounts",
            "add",
            "mastodon",
            "--instance",
            mastodon_server.url,
            "--token-stdin",
            "--name",
            "Lindenhof",
        ],
        input=token + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**__import__("os").environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service},
    )
    assert added.returncode == 0, added.stderr
    day = (datetime.now(timezone.utc) + timedelta(days=3)).strftime("%Y-%m-%d")
    scheduled = kurzdraht(
        "post", "--to", "Lindenhof", "--at", f"{day} 09:30", "Lesecafé am Donnerstag 📚", service=keyring_service
    )
    assert scheduled.returncode == 0, scheduled.stderr
    assert f"Scheduled for {day} 09:30 (Europe/Berlin)." in scheduled.stdout
    listed = kurzdraht("calendar", "--json", "--from", day, "--to", day, service=keyring_service)
    [entry] = json.loads(listed.stdout)
    assert entry["text"] == "Lesecafé am Donnerstag 📚" and entry["state"] == "scheduled"
    assert to_local(datetime.fromisoformat(entry["publish_at"]), BERLIN).strftime("%Y-%m-%d %H:%M") == f"{day} 09:30"
    assert mastodon_server.statuses_of("lindenhof") == []  # not published now

    past = kurzdraht("post", "--to", "Lindenhof", "--at", "2020-01-01 09:00", "Zu spät", service=keyring_service)
    assert past.returncode == 1 and "already passed" in past.stderr
    wrong = kurzdraht("post", "--to", "Lindenhof", "--at", "morgen früh", "Hallo", service=keyring_service)
    assert wrong.returncode == 2 and "is not a date and time like 2026-12-24 09:30" in wrong.stderr
    assert (
        len(
            json.loads(
                kurzdraht(
                    "calendar", "--json", "--from", "2020-01-01", "--to", "2030-01-01", service=keyring_service
                ).stdout
            )
        )
        == 1
    )
    assert kurzdraht("drafts", "list", "--json", service=keyring_service).stdout.strip() == "[]"


def test_publish_due_with_nothing_due_says_so(keyring_service):
    finished = kurzdraht("publish-due", service=keyring_service)
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "Nothing is due."


# -- posting slots --------------------------------------------------------------------------------------


def test_add_to_queue_takes_the_next_free_posting_slot_in_the_organisations_time(core):
    from desktop.scheduling.slots import Slot, next_free_slot

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.slots.replace(organisation, [Slot(0, 9 * 60 + 30), Slot(2, 9 * 60 + 30), Slot(4, 17 * 60)])
        return organisation, await core.slots.list(organisation)

    organisation, slots = run(scenario())
    assert slots == [Slot(0, 570), Slot(2, 570), Slot(4, 1020)]
    # Sunday 25 October 2026, noon in Berlin (the day the clocks go back): next is Monday 09:30 (winter time).
    sunday = to_utc(datetime(2026, 10, 25, 12, 0), BERLIN)
    first, zone = core.store.call(next_free_slot, organisation, sunday)
    assert (to_local(first, zone), first.strftime("%H:%M")) == (datetime(2026, 10, 26, 9, 30), "08:30")

    def take(moment: datetime) -> None:
        post = Post.create(organisation=organisation, text="schon belegt", state="scheduled")
        Schedule.create(post=post, publish_at=moment, timezone=BERLIN)

    core.store.call(take, first)
    second, _ = core.store.call(next_free_slot, organisation, sunday)
    assert to_local(second, BERLIN) == datetime(2026, 10, 28, 9, 30)  # Wednesday: Monday is taken
    # From today: a post added to the queue is scheduled at a slot in the future, on a slot's weekday and time.
    draft = run(core.drafts.write(DraftContent(organisation, "In die Warteschlange", ())))
    moment = run(core.slots.add_to_queue(draft, organisation))
    local = to_local(moment, BERLIN)
    assert moment > utcnow() and (local.weekday(), local.hour * 60 + local.minute) in {(0, 570), (2, 570), (4, 1020)}
    assert run(core.drafts.load(draft)).state == "scheduled"


def test_add_to_queue_without_slots_says_where_to_set_them(core):
    from desktop.errors import KurzdrahtError

    organisation = run(core.accounts.ensure_organisation("Funkenflug"))
    draft = run(core.drafts.write(DraftContent(organisation, "Hallo", ())))
    with pytest.raises(KurzdrahtError, match="Posting slots"):
        run(core.slots.add_to_queue(draft, organisation))
    assert run(core.drafts.load(draft)).state == "draft"
