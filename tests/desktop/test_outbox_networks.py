"""The outbox against the real WordPress and the real Bluesky network, each behind a proxy that makes the
connection fail mid-request: whatever fails, the post is on the blog or the account exactly once, the
attempt shows the right state, and the text arrives as written."""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from conftest import require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.publishing.outbox import AttemptInfo, Outbox
from desktop.store.models import PublishAttempt
from servers.faults import FaultyProxy

WORDPRESS_POSTS = "/wp/v2/posts"
PUT_RECORD = "com.atproto.repo.putRecord"


@pytest.fixture
def outbox(core):
    """The core's outbox with short pauses between tries, so the tests need not wait minutes."""
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


@pytest.fixture
def blog(wordpress_site):
    wordpress_site.set_pretty_permalinks(True)
    return wordpress_site


def announcement() -> tuple[str, str]:
    """A text of its own for each test (the blog is shared by the whole session) and the word that finds it."""
    tag = uuid.uuid4().hex[:10]
    return (
        f"Kiezputz am Sonntag 🧹 Aushang {tag}\n"
        "Treffpunkt 10 Uhr am Brunnen – Handschuhe & Zangen liegen bereit. Grüße vom Lindenhof"
    ), tag


# -- the networks behind their proxies --------------------------------------------------------------


@dataclass(frozen=True)
class NetworkViaProxy:
    """An account on one network, reached through a FaultyProxy: how to connect it, which request
    publishes a post, and how to check that the post arrived once."""

    proxy: FaultyProxy
    publish_request: str  # what the proxy's faults and counts match
    connect: Callable[[Any], Awaitable[Any]]  # organisation -> the connected account
    assert_one_post: Callable[[str, str, AttemptInfo], Any]  # (text, tag, attempt)


def blog_posts(site, tag: str) -> list[dict]:
    """Every post on the blog (in any state, as its admin sees them) that carries this test's word."""
    auth = (site.admin_user, site.application_password(site.admin_user))
    response = httpx.get(
        site.rest_url(WORDPRESS_POSTS, search=tag, status="any", context="edit", per_page=100), auth=auth, timeout=30
    )
    response.raise_for_status()
    return response.json()


def assert_one_blog_post(site, text: str, tag: str, attempt: AttemptInfo) -> dict:
    """The blog shows the post once, with the first line as its title and the rest as its body, and the
    attempt points at that post."""
    [post] = blog_posts(site, tag)
    title, body = text.split("\n", 1)
    assert post["status"] == "publish"
    assert post["title"]["raw"] == title
    assert body.replace("&", "&amp;") in post["content"]["raw"]
    assert attempt.remote_url == post["link"]
    return post


def bluesky_posts(network, club) -> list[dict]:
    """The account's posts as the network keeps them (asked directly, not through the proxy)."""
    response = httpx.get(
        f"{network.pds_url}/xrpc/com.atproto.repo.listRecords",
        params={"repo": club.did, "collection": "app.bsky.feed.post"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["records"]


def assert_one_bluesky_post(network, club, text: str, attempt: AttemptInfo) -> None:
    [record] = bluesky_posts(network, club)
    assert record["value"]["text"] == text
    assert attempt.remote_url.endswith("/post/" + record["uri"].rsplit("/", 1)[1])


@pytest.fixture
def wordpress_via_proxy(core, credentials, blog, faulty_proxy) -> NetworkViaProxy:
    require_keyring(credentials)
    proxy = faulty_proxy(blog.url)
    password = blog.application_password(blog.admin_user)
    return NetworkViaProxy(
        proxy,
        WORDPRESS_POSTS,
        lambda organisation: core.connections.connect_wordpress(organisation, proxy.url, blog.admin_user, password),
        lambda text, tag, attempt: assert_one_blog_post(blog, text, tag, attempt),
    )


@pytest.fixture
def bluesky_via_proxy(core, credentials, bluesky_network, faulty_proxy) -> NetworkViaProxy:
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    proxy = faulty_proxy(bluesky_network.pds_url)
    return NetworkViaProxy(
        proxy,
        PUT_RECORD,
        lambda organisation: core.connections.connect_bluesky(organisation, club.handle, club.app_password, proxy.url),
        lambda text, _tag, attempt: assert_one_bluesky_post(bluesky_network, club, text, attempt),
    )


@pytest.fixture(params=["wordpress", "bluesky"])
def network_via_proxy(request) -> NetworkViaProxy:
    """Each network in turn, for what the outbox does the same way on all of them."""
    return request.getfixturevalue(f"{request.param}_via_proxy")


async def draft_for(core, network: NetworkViaProxy, text: str) -> int:
    """A draft for the network's account, connected through the proxy so that publishing goes through it."""
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    account = await network.connect(organisation)
    return await core.drafts.write(DraftContent(organisation, text, (account.id,)))


@dataclass(frozen=True)
class Sent:
    attempt_id: int
    first: AttemptInfo  # after the first try
    final: AttemptInfo  # when the outbox was done with it
    seconds: float  # from the first try to the end


async def send_with_fault(
    core, outbox: Outbox, network: NetworkViaProxy, text: str, fault: str, **fault_options: Any
) -> Sent:
    """Publish a new draft to the network while its next publishing request meets `fault`."""
    draft = await draft_for(core, network, text)
    network.proxy.fail_next(network.publish_request, fault, method="POST", **fault_options)
    [attempt_id] = await outbox.publish(draft)
    started = time.monotonic()
    [first] = await outbox.send_due([attempt_id])
    [final] = await outbox.drain([attempt_id], timeout=20)
    return Sent(attempt_id, first, final, time.monotonic() - started)


# -- WordPress ---------------------------------------------------------------------------------------


def test_wordpress_dropped_after_taking_the_post_is_checked_and_not_posted_again(
    core, outbox, blog, wordpress_via_proxy
):
    text, tag = announcement()

    async def scenario():
        sent = await send_with_fault(core, outbox, wordpress_via_proxy, text, "drop_after_commit")
        remote_id = await core.store.run(lambda: PublishAttempt.get_by_id(sent.attempt_id).remote_id)
        return sent, remote_id

    sent, remote_id = run_online(core, scenario())
    assert sent.first.state == "unknown"  # the blog took it, but no answer came: shown as such until checked
    assert sent.final.state == "published" and sent.final.tries == 2
    post = assert_one_blog_post(blog, text, tag, sent.final)
    assert remote_id == str(post["id"])  # the attempt knows the post the blog took the first time
    assert wordpress_via_proxy.proxy.count("POST", WORDPRESS_POSTS) == 1  # found by the check, not sent again


@pytest.mark.parametrize("pretty", [True, False], ids=["wp-json", "rest_route"])
def test_wordpress_connection_cut_before_the_post_arrived_is_checked_then_sent_once(
    core, outbox, blog, wordpress_via_proxy, pretty: bool
):
    blog.set_pretty_permalinks(pretty)
    text, tag = announcement()

    sent = run_online(core, send_with_fault(core, outbox, wordpress_via_proxy, text, "drop_before_commit"))
    assert sent.first.state == "unknown"  # from the outside, a cut before or after looks the same
    assert sent.final.state == "published" and sent.final.tries == 2
    assert_one_blog_post(blog, text, tag, sent.final)
    proxy = wordpress_via_proxy.proxy
    assert proxy.count("GET", WORDPRESS_POSTS) == 1  # looked on the blog, found nothing ...
    assert proxy.count("POST", WORDPRESS_POSTS) == 2  # ... and sent it again


# -- Bluesky -----------------------------------------------------------------------------------------


def test_bluesky_dropped_after_taking_the_post_gives_one_post(core, outbox, bluesky_via_proxy):
    text, tag = announcement()

    sent = run_online(core, send_with_fault(core, outbox, bluesky_via_proxy, text, "drop_after_commit"))
    assert sent.first.state == "unknown"
    assert sent.final.state == "published" and sent.final.tries == 2
    # the same record key again: the network keeps one post
    assert bluesky_via_proxy.proxy.count("POST", PUT_RECORD) == 2
    bluesky_via_proxy.assert_one_post(text, tag, sent.final)


# -- the same on each network ------------------------------------------------------------------------


def test_server_error_is_retried_and_the_post_goes_out_once(core, outbox, network_via_proxy):
    text, tag = announcement()

    sent = run_online(core, send_with_fault(core, outbox, network_via_proxy, text, "http_500"))
    assert sent.first.state == "pending" and sent.first.error_kind == "temporary" and "500" in sent.first.error
    assert sent.final.state == "published" and sent.final.tries == 2
    network_via_proxy.assert_one_post(text, tag, sent.final)


def test_rate_limit_waits_for_the_time_the_network_names(core, outbox, network_via_proxy):
    text, tag = announcement()

    sent = run_online(core, send_with_fault(core, outbox, network_via_proxy, text, "rate_limit", retry_after=2))
    assert sent.first.state == "pending" and sent.first.error_kind == "rate_limited"
    assert sent.first.retry_at is not None and sent.final.finished_at >= sent.first.retry_at
    assert sent.final.state == "published" and sent.seconds >= 1.0
    network_via_proxy.assert_one_post(text, tag, sent.final)


def test_offline_at_first_the_post_waits_and_goes_out_when_back(core, outbox, network_via_proxy):
    proxy = network_via_proxy.proxy
    text, tag = announcement()

    async def scenario():
        draft = await draft_for(core, network_via_proxy, text)
        proxy.stop()
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        waiting = await outbox.in_flight()
        proxy.start()
        return first, waiting, await outbox.drain(ids, timeout=20)

    [first], waiting, [final] = run_online(core, scenario())
    assert first.state == "pending" and first.error_kind == "temporary"
    assert waiting == 1
    assert final.state == "published"
    network_via_proxy.assert_one_post(text, tag, final)


# -- all three at once -------------------------------------------------------------------------------


def test_one_post_to_mastodon_bluesky_and_wordpress_with_a_fault_on_each_arrives_once_everywhere(
    core, outbox, mastodon_server, bluesky_via_proxy, wordpress_via_proxy
):
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    text, tag = announcement()

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        accounts = (
            await core.connections.connect_mastodon_token(organisation, mastodon_server.url, token),
            await bluesky_via_proxy.connect(organisation),
            await wordpress_via_proxy.connect(organisation),
        )
        draft = await core.drafts.write(DraftContent(organisation, text, tuple(a.id for a in accounts)))
        mastodon_server.fail_next("/api/v1/statuses", "drop_after_commit", method="POST")
        bluesky_via_proxy.proxy.fail_next(PUT_RECORD, "http_503", method="POST")
        wordpress_via_proxy.proxy.fail_next(WORDPRESS_POSTS, "drop_after_commit", method="POST")
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        final = await outbox.drain(ids, timeout=30)
        return ({a.network: a for a in first}, {a.network: a for a in final}, (await core.drafts.load(draft)).state)

    first, final, post_state = run_online(core, scenario())
    assert {n: a.state for n, a in first.items()} == {
        "mastodon": "unknown",
        "bluesky": "pending",
        "wordpress": "unknown",
    }
    assert {n: a.state for n, a in final.items()} == {
        "mastodon": "published",
        "bluesky": "published",
        "wordpress": "published",
    }
    assert post_state == "published"
    [status] = mastodon_server.statuses_of("lindenhof")
    assert status["text"] == text and final["mastodon"].remote_url == status["url"]
    bluesky_via_proxy.assert_one_post(text, tag, final["bluesky"])
    wordpress_via_proxy.assert_one_post(text, tag, final["wordpress"])
