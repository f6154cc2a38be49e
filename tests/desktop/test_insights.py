"""Followers per account and day, as the inbox sync counts them once a day: against the real local
Bluesky network (a second account follows) and the Mastodon test server; days without a sync stay
missing; `kurzdraht insights` shows them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from conftest import require_keyring, run_online
from inbox_helpers import bluesky_session, bluesky_write, iso_now

ROOT = Path(__file__).resolve().parents[2]


def follow_on_bluesky(network, follower, followed) -> None:
    session = bluesky_session(network, follower)
    bluesky_write(
        network,
        session,
        "com.atproto.repo.createRecord",
        {
            "repo": follower.did,
            "collection": "app.bsky.graph.follow",
            "record": {"$type": "app.bsky.graph.follow", "subject": followed.did, "createdAt": iso_now()},
        },
    )
    network.process()  # until the AppView counts it, as another person's app would see it


def synced_on(core, moment: datetime) -> None:
    core.inbox_sync.clock = lambda: moment
    [result] = run_online(core, core.inbox_sync.sync()).accounts
    assert result.ok, result.error


def test_a_new_follower_on_bluesky_shows_in_the_days_figure(core, credentials, bluesky_network):
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    ben = bluesky_network.create_account("ben")

    async def connect():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        return await core.connections.connect_bluesky(
            organisation, club.handle, club.app_password, bluesky_network.pds_url
        )

    account = run_online(core, connect())
    now = datetime.now(timezone.utc)
    synced_on(core, now)
    follow_on_bluesky(bluesky_network, ben, club)
    synced_on(core, now)  # the same day: today's figure stays as first counted
    synced_on(core, now + timedelta(days=1))

    [series] = run_online(
        core, core.insights.followers(date.today() - timedelta(days=3), date.today() + timedelta(days=3))
    )
    assert series.account_id == account.id and series.network == "bluesky"
    assert [count for _, count in series.days] == [0, 1] and series.change == 1


def test_missing_days_stay_missing_and_the_cli_shows_the_figures(
    core, credentials, mastodon_server, keyring_service, home
):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    for name in ("anna", "ben", "cem"):
        mastodon_server.create_user(name, name.title())

    async def connect():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        return await core.connections.connect_mastodon_token(organisation, mastodon_server.url, token, name="Lindenhof")

    run_online(core, connect())
    start = datetime.now(timezone.utc)
    synced_on(core, start)
    mastodon_server.follow("anna", "lindenhof")
    mastodon_server.follow("ben", "lindenhof")
    synced_on(core, start + timedelta(days=1))
    # Two days without Kurzdraht; then a third follower.
    mastodon_server.follow("cem", "lindenhof")
    synced_on(core, start + timedelta(days=4))

    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}
    last = (start + timedelta(days=6)).date()  # past the organisation's day, whatever its time zone
    shown = subprocess.run(
        [sys.executable, "-m", "desktop", "insights", "--json", "--to", last.isoformat()],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert shown.returncode == 0, shown.stderr
    [series] = json.loads(shown.stdout)["followers"]
    assert [d["followers"] for d in series["days"]] == [0, 2, 3]  # the days between were not counted
    assert (series["account"], series["followers"], series["change"]) == ("Lindenhof", 3, 3)
    table = subprocess.run(
        [sys.executable, "-m", "desktop", "insights", "--to", last.isoformat()],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert table.returncode == 0 and "Lindenhof" in table.stdout and "+3" in table.stdout


def test_likes_and_shares_of_our_posts_are_counted_on_bluesky_and_mastodon(
    core, credentials, bluesky_network, mastodon_server
):
    require_keyring(credentials)
    from desktop.drafts import DraftContent
    from desktop.store.models import PublishAttempt

    club = bluesky_network.create_account("lindenhof")
    ben = bluesky_network.create_account("ben")
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    mastodon_server.create_user("anna", "Anna")

    async def publish():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        sky = await core.connections.connect_bluesky(
            organisation, club.handle, club.app_password, bluesky_network.pds_url
        )
        toot = await core.connections.connect_mastodon_token(organisation, mastodon_server.url, token)
        draft = await core.drafts.write(
            DraftContent(organisation, "Wir suchen eine Köchin fürs Sommerfest", (sky.id, toot.id))
        )
        attempts = await core.outbox.drain(await core.outbox.publish(draft), timeout=30)
        assert all(a.state == "published" for a in attempts), [a.error for a in attempts]
        return {a.network: await core.store.run(lambda a=a: PublishAttempt.get_by_id(a.id).remote_id) for a in attempts}

    remote = run_online(core, publish())
    # Ben likes and reposts on Bluesky; Anna favourites and boosts on Mastodon.
    session = bluesky_session(bluesky_network, ben)
    post = bluesky_network.post_views(remote["bluesky"])[0]
    for collection in ("app.bsky.feed.like", "app.bsky.feed.repost"):
        bluesky_write(
            bluesky_network,
            session,
            "com.atproto.repo.createRecord",
            {
                "repo": ben.did,
                "collection": collection,
                "record": {
                    "$type": collection,
                    "subject": {"uri": post["uri"], "cid": post["cid"]},
                    "createdAt": iso_now(),
                },
            },
        )
    bluesky_network.process()
    mastodon_server.favourite("anna", remote["mastodon"])
    mastodon_server.reblog("anna", remote["mastodon"])

    run_online(core, core.inbox_sync.sync())
    results = run_online(core, core.insights.posts(date.today() - timedelta(days=1), date.today() + timedelta(days=1)))

    figures = {r.network: (r.likes, r.shares, r.replies) for r in results}
    assert figures == {"bluesky": (1, 1, 0), "mastodon": (1, 1, 0)}
    assert {r.text for r in results} == {"Wir suchen eine Köchin fürs Sommerfest"}


def test_figures_are_asked_again_only_after_an_hour_and_once_more_at_ninety_days(core, credentials, mastodon_server):
    require_keyring(credentials)
    from desktop.drafts import DraftContent
    from desktop.store.models import PostFigures, PublishAttempt

    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    mastodon_server.create_user("anna", "Anna")

    async def publish():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        account = await core.connections.connect_mastodon_token(organisation, mastodon_server.url, token)
        draft = await core.drafts.write(DraftContent(organisation, "Lesecafé am Donnerstag", (account.id,)))
        [attempt] = await core.outbox.drain(await core.outbox.publish(draft), timeout=30)
        return attempt.id, await core.store.run(lambda: PublishAttempt.get_by_id(attempt.id).remote_id)

    attempt_id, remote_id = run_online(core, publish())

    def figures_after(moment: datetime) -> tuple[int | None, bool]:
        core.inbox_sync.clock = lambda: moment
        run_online(core, core.inbox_sync.sync())
        row = run_online(core, core.store.run(lambda: PostFigures.get_by_id(attempt_id)))
        return row.likes, row.final

    now = datetime.now(timezone.utc)
    assert figures_after(now) == (0, False)
    mastodon_server.favourite("anna", remote_id)
    assert figures_after(now + timedelta(minutes=10)) == (0, False)  # asked an hour later, not each sync
    assert figures_after(now + timedelta(hours=1, minutes=1)) == (1, False)
    mastodon_server.reblog("anna", remote_id)
    mastodon_server.favourite("lindenhof", remote_id)
    assert figures_after(now + timedelta(days=40)) == (1, False)  # past 30 days: no longer asked
    assert figures_after(now + timedelta(days=91)) == (2, True)  # once more at 90 days, the last time
    mastodon_server.favourite("ben", remote_id)
    assert figures_after(now + timedelta(days=92)) == (2, True)
