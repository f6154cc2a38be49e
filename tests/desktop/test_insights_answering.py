"""How quickly the organisation answers, from comments with known times and replies sent through
Kurzdraht; a comment still open is counted by its age; a suggestion lands on the team meeting's list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from conftest import require_keyring, run_online
from inbox_helpers import found, mastodon_comment
from test_inbox_core import backdate

from desktop.inbox.search import InboxFilter

ROOT = Path(__file__).resolve().parents[2]


def test_answering_times_open_comments_and_suggestions(core, credentials, mastodon_server, keyring_service, home):
    require_keyring(credentials)
    club = mastodon_server.create_user("lindenhof", "Lindenhof")
    now = datetime.now(timezone.utc)
    anna = mastodon_comment(mastodon_server, mastodon_server.create_user("anna", "Anna"), "@lindenhof Wann ist offen?")
    backdate(mastodon_server, anna, now - timedelta(hours=3))
    ben = mastodon_comment(
        mastodon_server, mastodon_server.create_user("ben", "Ben"), "@lindenhof Macht doch einen Nähkurs!"
    )
    backdate(mastodon_server, ben, now - timedelta(days=2))
    cem = mastodon_comment(mastodon_server, mastodon_server.create_user("cem", "Cem"), "@lindenhof Hallo?")
    backdate(mastodon_server, cem, now - timedelta(days=5))

    async def connect_and_sync():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.connections.connect_mastodon_token(organisation, mastodon_server.url, club)
        await core.inbox_sync.sync()

    run_online(core, connect_and_sync())
    rows = {r.remote_id: r for r in found(core, InboxFilter(), limit=100)}
    started = datetime.now(timezone.utc)
    ids = run_online(core, core.replies.reply(rows[anna].id, "Ab 9 Uhr!"))
    ids += run_online(core, core.replies.reply(rows[ben].id, "Gute Idee, wir fragen die Nähgruppe."))
    assert [a.state for a in run_online(core, core.outbox.drain(ids, 30))] == ["published", "published"]
    finished = datetime.now(timezone.utc)
    run_online(core, core.inbox.tag([rows[ben].id], "suggestion"))

    report = run_online(core, core.insights.answering(date.today() - timedelta(days=7), date.today()))

    assert (report.total.received, report.total.answered) == (3, 2)  # Cem is still waiting
    # Anna waited three hours, Ben two days (give or take the seconds the replies took to go out).
    waits = (finished - (now - timedelta(hours=3)), finished - (now - timedelta(days=2)))
    earliest = (started - (now - timedelta(hours=3)), started - (now - timedelta(days=2)))
    assert report.total.p90 is not None and earliest[1] <= report.total.p90 <= waits[1]
    assert report.total.median is not None and sum(earliest, timedelta()) / 2 <= report.total.median
    assert report.total.median <= sum(waits, timedelta()) / 2
    [account] = report.accounts
    assert (account.figures.received, account.figures.answered) == (3, 2)
    assert sum(figures.received for _, figures in report.weeks) == 3
    assert sum(figures.answered for _, figures in report.weeks) == 2
    # The replies marked Anna's and Ben's comments done; Cem's has waited five days.
    assert dict(report.open_by_age) == {"day": 0, "three_days": 0, "week": 1, "older": 0}
    [suggestion] = report.suggestions
    assert (suggestion.author_name, suggestion.text) == ("Ben", "@lindenhof Macht doch einen Nähkurs!")
    ben_month = (now - timedelta(days=2)).astimezone().strftime("%Y-%m")
    assert report.tags_by_month == ((ben_month, "suggestion", 1),)

    # A period without those comments has none of them, while the open comments stay as they are.
    earlier = run_online(
        core, core.insights.answering(date.today() - timedelta(days=30), date.today() - timedelta(days=8))
    )
    assert (earlier.total.received, earlier.suggestions, earlier.open_by_age) == (0, (), report.open_by_age)

    # The CLI says the same, for scripts and in words.
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}
    command = [sys.executable, "-m", "desktop", "insights", "--from", (date.today() - timedelta(days=7)).isoformat()]
    shown = subprocess.run([*command, "--json"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert shown.returncode == 0, shown.stderr
    figures = json.loads(shown.stdout)["answering"]
    assert (figures["received"], figures["answered"]) == (3, 2)
    assert figures["p90_minutes"] == round(report.total.p90.total_seconds() / 60, 1)
    assert [s["author"] for s in figures["suggestions"]] == ["Ben"]
    words = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    assert words.returncode == 0, words.stderr
    assert "3 received, 2 answered" in words.stdout and "Macht doch einen Nähkurs!" in words.stdout


def test_local_days_follow_the_clock_change():
    """Which day of the organisation's calendar a comment arrived on, around both of Berlin's clock changes
    (the fast path caches offsets per day): the same as asking the time zone each time."""
    from zoneinfo import ZoneInfo

    from desktop.insights.answering import EPOCH_ORDINAL, _LocalDays
    from desktop.insights.followers import weekly

    berlin, days = ZoneInfo("Europe/Berlin"), _LocalDays()
    for change in (datetime(2026, 3, 28, 20, tzinfo=timezone.utc), datetime(2026, 10, 24, 20, tzinfo=timezone.utc)):
        for quarter in range(4 * 12):
            moment = change + timedelta(minutes=15 * quarter)
            expected = moment.astimezone(berlin).date()
            assert days.day(berlin, int(moment.timestamp())) + EPOCH_ORDINAL == expected.toordinal(), moment

    # A long period's follower line keeps each week's last count (Sunday's, or the last one before it).
    series = tuple((date(2026, 11, 1) + timedelta(days=n), n) for n in range(20) if n != 14)  # no Sunday 15th
    assert [day.isoformat() for day, _ in weekly(series)] == ["2026-11-01", "2026-11-08", "2026-11-14", "2026-11-20"]


def test_a_period_read_again_shows_what_changed_meanwhile_here_or_in_another_process(
    core, credentials, mastodon_server, keyring_service, home
):
    """Switching back to a period answers from memory only while nothing was written: a tag set in the
    app and a comment marked done by `kurzdraht done` (another process) both show at once."""
    require_keyring(credentials)
    club = mastodon_server.create_user("lindenhof", "Lindenhof")
    for name in ("anna", "ben"):
        mastodon_comment(
            mastodon_server, mastodon_server.create_user(name, name.title()), f"@lindenhof Hallo von {name}"
        )

    async def connect_and_sync():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.connections.connect_mastodon_token(organisation, mastodon_server.url, club)
        await core.inbox_sync.sync()

    run_online(core, connect_and_sync())
    week = (date.today() - timedelta(days=6), date.today())
    first = run_online(core, core.insights.answering(*week))
    assert run_online(core, core.insights.answering(*week)) is first  # nothing changed: kept
    assert first.suggestions == () and dict(first.open_by_age)["day"] == 2

    [anna, ben] = sorted(found(core, InboxFilter(), limit=10), key=lambda row: row.text)
    run_online(core, core.inbox.tag([anna.id], "suggestion"))
    tagged = run_online(core, core.insights.answering(*week))
    assert [s.text for s in tagged.suggestions] == ["@lindenhof Hallo von anna"]

    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "done", str(ben.id)], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    assert dict(run_online(core, core.insights.answering(*week)).open_by_age)["day"] == 1
