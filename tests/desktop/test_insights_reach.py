"""Reach through shares ("snowball"): a post is seen by up to our followers plus the followers of those
the network names as having shared it. Against the real local Bluesky network (reposts, getRepostedBy,
getProfiles) and the Mastodon test server (boosts, reblogged_by paged by Link headers, what it costs)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx

from conftest import require_keyring, run_online
from inbox_helpers import bluesky_session, bluesky_write, iso_now

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Wir suchen eine Köchin fürs Sommerfest"


def synced_on(core, moment: datetime) -> None:
    core.inbox_sync.clock = lambda: moment
    [result] = run_online(core, core.inbox_sync.sync()).accounts
    assert result.ok, result.error


def the_post(core):
    """Our one published post with its figures, as Insights shows it."""
    today = date.today()
    [result] = run_online(core, core.insights.posts(today - timedelta(days=1), today + timedelta(days=1)))
    return result


def publish(core, connect) -> str:
    """Publish TEXT through Kurzdraht to the one account `connect` makes; its remote id."""
    from desktop.drafts import DraftContent
    from desktop.store.models import PublishAttempt

    async def run():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        account = await connect(organisation)
        draft = await core.drafts.write(DraftContent(organisation, TEXT, (account.id,)))
        [attempt] = await core.outbox.drain(await core.outbox.publish(draft), timeout=30)
        assert attempt.state == "published", attempt.error
        return await core.store.run(lambda: PublishAttempt.get_by_id(attempt.id).remote_id)

    return run_online(core, run())


# -- Bluesky: people act through their own PDS, as their own app would -----------------------------------


def bluesky_record(network, person, collection: str, record: dict) -> None:
    bluesky_write(
        network,
        bluesky_session(network, person),
        "com.atproto.repo.createRecord",
        {
            "repo": person.did,
            "collection": collection,
            "record": {"$type": collection, **record, "createdAt": iso_now()},
        },
    )


def test_reach_on_bluesky_adds_the_followers_of_those_who_reposted_and_grows_with_a_later_repost(
    core, credentials, bluesky_network
):
    require_keyring(credentials)
    network = bluesky_network
    club = network.create_account("lindenhof")
    anna, ben, cem, dora, emil = (network.create_account(name) for name in ("anna", "ben", "cem", "dora", "emil"))
    # Anna and Ben follow the club; Dora follows Anna; Dora and Emil follow Ben and Cem.
    follows = ((anna, club), (ben, club), (dora, anna), (dora, ben), (emil, ben), (dora, cem), (emil, cem))
    for follower, followed in follows:
        bluesky_record(network, follower, "app.bsky.graph.follow", {"subject": followed.did})
    network.process()

    uri = publish(
        core,
        lambda organisation: core.connections.connect_bluesky(
            organisation, club.handle, club.app_password, network.pds_url
        ),
    )
    [view] = network.post_views(uri)
    subject = {"uri": view["uri"], "cid": view["cid"]}
    for person in (anna, ben):
        bluesky_record(network, person, "app.bsky.feed.like", {"subject": subject})
        bluesky_record(network, person, "app.bsky.feed.repost", {"subject": subject})
    network.process()

    now = datetime.now(timezone.utc)
    synced_on(core, now)
    post = the_post(core)
    assert (post.likes, post.shares, post.account_followers) == (2, 2, 2)
    assert (post.sharers, post.sharer_followers, post.reach) == (2, 3, 5)  # 2 of ours + Anna's 1 + Ben's 2
    assert post.reach_counted() == f"2 followers of {post.account_name} + 3 followers of the 2 people who shared it"

    # Cem (2 followers) reposts too; the next sync that asks for the figures again counts him.
    bluesky_record(network, cem, "app.bsky.feed.repost", {"subject": subject})
    network.process()
    synced_on(core, now + timedelta(minutes=5))  # the figures are not due yet: nothing changes
    assert the_post(core).reach == 5
    synced_on(core, now + timedelta(hours=1, minutes=1))
    post = the_post(core)
    assert (post.shares, post.sharers, post.sharer_followers, post.reach) == (3, 3, 5, 7)
    assert post.reach_counted() == f"2 followers of {post.account_name} + 5 followers of the 3 people who shared it"


# -- Mastodon -------------------------------------------------------------------------------------------


def connect_mastodon(core, server, token):
    return lambda organisation: core.connections.connect_mastodon_token(
        organisation, server.url, token, name="Lindenhof"
    )


def sharer_requests(server) -> int:
    return sum(1 for _, path in server.requests if path.endswith("/reblogged_by"))


def test_boosts_on_mastodon_reach_the_boosters_followers_and_the_cli_shows_it(
    core, credentials, mastodon_server, keyring_service, home
):
    require_keyring(credentials)
    server = mastodon_server
    token = server.create_user("lindenhof", "Lindenhof")
    for follower in ("anna", "ben", "cem"):
        server.follow(follower, "lindenhof")
    for follower in ("dora", "emil"):
        server.follow(follower, "anna")
    for follower in ("dora", "emil", "fritz"):
        server.follow(follower, "ben")

    remote_id = publish(core, connect_mastodon(core, server, token))
    server.reblog("anna", remote_id)
    server.reblog("ben", remote_id)
    server.reblog("gerd", remote_id, visibility="private")  # counted by Mastodon, never listed
    synced_on(core, datetime.now(timezone.utc))

    post = the_post(core)
    assert (post.shares, post.sharers, post.sharer_followers, post.account_followers) == (3, 2, 5, 3)
    assert post.reach == 8
    assert post.reach_counted() == (
        "3 followers of Lindenhof + 5 followers of the 2 people who shared it "
        "(1 more share whose followers the network does not show)"
    )

    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}
    last = (datetime.now(timezone.utc) + timedelta(days=2)).date().isoformat()
    shown = subprocess.run(
        [sys.executable, "-m", "desktop", "insights", "--to", last],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    [header] = [line for line in lines if "Seen by up to" in line]
    row = lines[lines.index(header) + 1]
    assert header.split()[-7:] == ["Shares", "Likes", "Replies", "Seen", "by", "up", "to"]
    assert row.startswith(TEXT) and row.split()[-4:] == ["3", "0", "0", "8"]  # shares, likes, replies, reach


def test_more_boosters_than_a_page_are_read_through_the_link_header_up_to_five_pages(
    core, credentials, mastodon_server
):
    require_keyring(credentials)
    from desktop.networks.mastodon import SHARERS_PAGE, SHARERS_PAGES

    server = mastodon_server
    token = server.create_user("lindenhof", "Lindenhof")
    remote_id = publish(core, connect_mastodon(core, server, token))
    boosters = SHARERS_PAGE * SHARERS_PAGES + 1  # 401: one more than a sync reads
    for i in range(boosters):
        server.reblog(f"user{i:03d}", remote_id)
        server.follow("fan", f"user{i:03d}")
        if i % 2:
            server.follow("friend", f"user{i:03d}")
    synced_on(core, datetime.now(timezone.utc))

    assert sharer_requests(server) == SHARERS_PAGES  # 80 a page, the `next` link followed, then stopped
    post = the_post(core)
    # The newest 400 boosters: each has the fan, every second one a friend too (user001 … user399's odd ones).
    assert (post.shares, post.sharers, post.sharer_followers) == (401, 400, 400 + 200)
    assert post.reach_counted() == (
        "0 followers of Lindenhof + 600 followers of the 400 people who shared it "
        "(1 more share whose followers the network does not show)"
    )


def test_a_post_without_shares_costs_no_sharers_request_and_unchanged_shares_are_not_asked_again(
    core, credentials, mastodon_server
):
    require_keyring(credentials)
    server = mastodon_server
    token = server.create_user("lindenhof", "Lindenhof")
    anna = server.create_user("anna", "Anna")
    server.follow("ben", "anna")
    remote_id = publish(core, connect_mastodon(core, server, token))

    now = datetime.now(timezone.utc)
    server.favourite("anna", remote_id)
    synced_on(core, now)
    assert the_post(core).likes == 1 and sharer_requests(server) == 0

    server.reblog("anna", remote_id)
    synced_on(core, now + timedelta(hours=1, minutes=1))
    post = the_post(core)
    assert (post.shares, post.sharers, post.sharer_followers, post.reach) == (1, 1, 1, 1)
    assert post.reach_counted() == "0 followers of Lindenhof + 1 follower of the person who shared it"
    assert sharer_requests(server) == 1

    # The figures are asked again, the shares have not changed: the sharers counted stay, unasked.
    synced_on(core, now + timedelta(hours=2, minutes=2))
    assert (the_post(core).sharer_followers, sharer_requests(server)) == (1, 1)

    # Anna takes her boost back: nobody shares it any more, and nobody needs to be asked.
    undone = httpx.post(
        f"{server.url}/api/v1/statuses/{remote_id}/unreblog", headers={"Authorization": f"Bearer {anna}"}, timeout=30
    )
    assert undone.json()["reblogs_count"] == 0
    synced_on(core, now + timedelta(hours=3, minutes=3))
    post = the_post(core)
    assert (post.shares, post.sharers, post.sharer_followers, post.reach) == (0, 0, 0, 0)
    assert sharer_requests(server) == 1
