"""The outbox against the real WordPress and the real Bluesky network, each behind a proxy that makes the
connection fail mid-request: whatever fails, the post is on the blog or the account exactly once, the
attempt shows the right state, and the text arrives as written."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from conftest import require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.publishing.outbox import Outbox
from desktop.store.models import PublishAttempt

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
    return (f"Kiezputz am Sonntag 🧹 Aushang {tag}\n"
            "Treffpunkt 10 Uhr am Brunnen – Handschuhe & Zangen liegen bereit. Grüße vom Lindenhof"), tag


# -- WordPress ---------------------------------------------------------------------------------------

async def wordpress_draft(core, site, proxy, text: str) -> int:
    """A draft for the blog, connected through the proxy so that publishing goes through it."""
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    account = await core.connections.connect_wordpress(
        organisation, proxy.url, site.admin_user, site.application_password(site.admin_user))
    return await core.drafts.write(DraftContent(organisation, text, (account.id,)))


def blog_posts(site, tag: str) -> list[dict]:
    """Every post on the blog (in any state, as its admin sees them) that carries this test's word."""
    auth = (site.admin_user, site.application_password(site.admin_user))
    response = httpx.get(site.rest_url(WORDPRESS_POSTS, search=tag, status="any", context="edit", per_page=100),
                         auth=auth, timeout=30)
    response.raise_for_status()
    return response.json()


def assert_one_blog_post(site, text: str, tag: str, attempt) -> dict:
    """The blog shows the post once, with the first line as its title and the rest as its body, and the
    attempt points at that post."""
    [post] = blog_posts(site, tag)
    title, body = text.split("\n", 1)
    assert post["status"] == "publish"
    assert post["title"]["raw"] == title
    assert body.replace("&", "&amp;") in post["content"]["raw"]
    assert attempt.remote_url == post["link"]
    return post


def test_wordpress_dropped_after_taking_the_post_is_checked_and_not_posted_again(
        core, credentials, outbox, blog, faulty_proxy):
    require_keyring(credentials)
    proxy = faulty_proxy(blog.url)
    text, tag = announcement()

    async def scenario():
        draft = await wordpress_draft(core, blog, proxy, text)
        proxy.fail_next(WORDPRESS_POSTS, "drop_after_commit", method="POST")
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        final = await outbox.drain(ids, timeout=20)
        remote_id = await core.store.run(lambda: PublishAttempt.get_by_id(ids[0]).remote_id)
        return first, final, remote_id

    [first], [final], remote_id = run_online(core, scenario())
    assert first.state == "unknown"  # the blog took it, but no answer came: shown as such until checked
    assert final.state == "published" and final.tries == 2
    post = assert_one_blog_post(blog, text, tag, final)
    assert remote_id == str(post["id"])  # the attempt knows the post the blog took the first time
    assert proxy.count("POST", WORDPRESS_POSTS) == 1  # found by the check, not sent again


@pytest.mark.parametrize("pretty", [True, False], ids=["wp-json", "rest_route"])
def test_wordpress_connection_cut_before_the_post_arrived_is_checked_then_sent_once(
        core, credentials, outbox, blog, faulty_proxy, pretty: bool):
    require_keyring(credentials)
    blog.set_pretty_permalinks(pretty)
    proxy = faulty_proxy(blog.url)
    text, tag = announcement()

    async def scenario():
        draft = await wordpress_draft(core, blog, proxy, text)
        proxy.fail_next(WORDPRESS_POSTS, "drop_before_commit", method="POST")
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        return first, await outbox.drain(ids, timeout=20)

    [first], [final] = run_online(core, scenario())
    assert first.state == "unknown"  # from the outside, a cut before or after looks the same
    assert final.state == "published" and final.tries == 2
    assert_one_blog_post(blog, text, tag, final)
    assert proxy.count("GET", WORDPRESS_POSTS) == 1  # looked on the blog, found nothing ...
    assert proxy.count("POST", WORDPRESS_POSTS) == 2  # ... and sent it again


def test_wordpress_server_error_is_retried_and_the_post_goes_out_once(
        core, credentials, outbox, blog, faulty_proxy):
    require_keyring(credentials)
    proxy = faulty_proxy(blog.url)
    text, tag = announcement()

    async def scenario():
        draft = await wordpress_draft(core, blog, proxy, text)
        proxy.fail_next(WORDPRESS_POSTS, "http_500", method="POST")
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        return first, await outbox.drain(ids, timeout=20)

    [first], [final] = run_online(core, scenario())
    assert first.state == "pending" and first.error_kind == "temporary" and "500" in first.error
    assert final.state == "published" and final.tries == 2
    assert_one_blog_post(blog, text, tag, final)


def test_wordpress_rate_limit_waits_for_the_time_the_blog_names(core, credentials, outbox, blog, faulty_proxy):
    require_keyring(credentials)
    proxy = faulty_proxy(blog.url)
    text, tag = announcement()

    async def scenario():
        draft = await wordpress_draft(core, blog, proxy, text)
        proxy.fail_next(WORDPRESS_POSTS, "rate_limit", method="POST", retry_after=2)
        ids = await outbox.publish(draft)
        started = time.monotonic()
        first = await outbox.send_due(ids)
        final = await outbox.drain(ids, timeout=20)
        return first, final, time.monotonic() - started

    [first], [final], waited = run_online(core, scenario())
    assert first.state == "pending" and first.error_kind == "rate_limited"
    assert first.retry_at is not None and final.finished_at >= first.retry_at
    assert final.state == "published" and waited >= 1.0
    assert_one_blog_post(blog, text, tag, final)


def test_wordpress_offline_at_first_the_post_waits_and_goes_out_when_back(
        core, credentials, outbox, blog, faulty_proxy):
    require_keyring(credentials)
    proxy = faulty_proxy(blog.url)
    text, tag = announcement()

    async def scenario():
        draft = await wordpress_draft(core, blog, proxy, text)
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
    assert_one_blog_post(blog, text, tag, final)


# -- Bluesky -----------------------------------------------------------------------------------------

async def bluesky_draft(core, network, proxy, club, text: str) -> int:
    """A draft for the club's account, connected through the proxy so that publishing goes through it."""
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    account = await core.connections.connect_bluesky(organisation, club.handle, club.app_password, proxy.url)
    return await core.drafts.write(DraftContent(organisation, text, (account.id,)))


def bluesky_posts(network, club) -> list[dict]:
    """The account's posts as the network keeps them (asked directly, not through the proxy)."""
    response = httpx.get(f"{network.pds_url}/xrpc/com.atproto.repo.listRecords",
                         params={"repo": club.did, "collection": "app.bsky.feed.post"}, timeout=30)
    response.raise_for_status()
    return response.json()["records"]


def assert_one_bluesky_post(network, club, text: str, attempt) -> None:
    [record] = bluesky_posts(network, club)
    assert record["value"]["text"] == text
    assert attempt.remote_url.endswith("/post/" + record["uri"].rsplit("/", 1)[1])


def test_bluesky_dropped_after_taking_the_post_gives_one_post(core, credentials, outbox, bluesky_network,
                                                             faulty_proxy):
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    proxy = faulty_proxy(bluesky_network.pds_url)
    text, _ = announcement()

    async def scenario():
        draft = await bluesky_draft(core, bluesky_network, proxy, club, text)
        proxy.fail_next(PUT_RECORD, "drop_after_commit", method="POST")
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        return first, await outbox.drain(ids, timeout=20)

    [first], [final] = run_online(core, scenario())
    assert first.state == "unknown"
    assert final.state == "published" and final.tries == 2
    assert proxy.count("POST", PUT_RECORD) == 2  # the same record key again: the network keeps one post
    assert_one_bluesky_post(bluesky_network, club, text, final)


def test_bluesky_server_error_is_retried_and_the_post_goes_out_once(core, credentials, outbox, bluesky_network,
                                                                    faulty_proxy):
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    proxy = faulty_proxy(bluesky_network.pds_url)
    text, _ = announcement()

    async def scenario():
        draft = await bluesky_draft(core, bluesky_network, proxy, club, text)
        proxy.fail_next(PUT_RECORD, "http_500", method="POST")
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        return first, await outbox.drain(ids, timeout=20)

    [first], [final] = run_online(core, scenario())
    assert first.state == "pending" and first.error_kind == "temporary"
    assert final.state == "published" and final.tries == 2
    assert_one_bluesky_post(bluesky_network, club, text, final)


def test_bluesky_rate_limit_waits_for_the_time_the_network_names(core, credentials, outbox, bluesky_network,
                                                                faulty_proxy):
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    proxy = faulty_proxy(bluesky_network.pds_url)
    text, _ = announcement()

    async def scenario():
        draft = await bluesky_draft(core, bluesky_network, proxy, club, text)
        proxy.fail_next(PUT_RECORD, "rate_limit", method="POST", retry_after=2)
        ids = await outbox.publish(draft)
        started = time.monotonic()
        first = await outbox.send_due(ids)
        final = await outbox.drain(ids, timeout=20)
        return first, final, time.monotonic() - started

    [first], [final], waited = run_online(core, scenario())
    assert first.state == "pending" and first.error_kind == "rate_limited"
    assert first.retry_at is not None and final.finished_at >= first.retry_at
    assert final.state == "published" and waited >= 1.0
    assert_one_bluesky_post(bluesky_network, club, text, final)


def test_bluesky_offline_at_first_the_post_waits_and_goes_out_when_back(core, credentials, outbox,
                                                                        bluesky_network, faulty_proxy):
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    proxy = faulty_proxy(bluesky_network.pds_url)
    text, _ = announcement()

    async def scenario():
        draft = await bluesky_draft(core, bluesky_network, proxy, club, text)
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
    assert_one_bluesky_post(bluesky_network, club, text, final)


# -- all three at once -------------------------------------------------------------------------------

def test_one_post_to_mastodon_bluesky_and_wordpress_with_a_fault_on_each_arrives_once_everywhere(
        core, credentials, outbox, mastodon_server, bluesky_network, blog, faulty_proxy):
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    sky = faulty_proxy(bluesky_network.pds_url)
    site = faulty_proxy(blog.url)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    text, tag = announcement()

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        mastodon = await core.connections.connect_mastodon_token(organisation, mastodon_server.url, token)
        bluesky = await core.connections.connect_bluesky(organisation, club.handle, club.app_password, sky.url)
        wordpress = await core.connections.connect_wordpress(
            organisation, site.url, blog.admin_user, blog.application_password(blog.admin_user))
        draft = await core.drafts.write(DraftContent(organisation, text, (mastodon.id, bluesky.id, wordpress.id)))
        mastodon_server.fail_next("/api/v1/statuses", "drop_after_commit", method="POST")
        sky.fail_next(PUT_RECORD, "http_503", method="POST")
        site.fail_next(WORDPRESS_POSTS, "drop_after_commit", method="POST")
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        final = await outbox.drain(ids, timeout=30)
        return ({a.network: a for a in first}, {a.network: a for a in final},
                (await core.drafts.load(draft)).state)

    first, final, post_state = run_online(core, scenario())
    assert {n: a.state for n, a in first.items()} == {
        "mastodon": "unknown", "bluesky": "pending", "wordpress": "unknown"}
    assert {n: a.state for n, a in final.items()} == {
        "mastodon": "published", "bluesky": "published", "wordpress": "published"}
    assert post_state == "published"
    [status] = mastodon_server.statuses_of("lindenhof")
    assert status["text"] == text and final["mastodon"].remote_url == status["url"]
    assert_one_bluesky_post(bluesky_network, club, text, final["bluesky"])
    assert_one_blog_post(blog, text, tag, final["wordpress"])
