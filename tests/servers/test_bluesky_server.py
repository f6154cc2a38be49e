"""The Bluesky test network is real: a PDS that stores posts and blobs, an AppView that indexes
them into threads and notifications, reached the way the client will, with raw XRPC calls."""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timezone

import httpx
import pytest

from conftest import png_bytes
from desktop.networks.bluesky import record_key
from servers.bluesky import Account, BlueskyNetwork


def xrpc(network: BlueskyNetwork, method: str, nsid: str, token: str | None = None, **kwargs) -> httpx.Response:
    headers = kwargs.pop("headers", {})
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.request(method, f"{network.pds_url}/xrpc/{nsid}", headers=headers, timeout=30, **kwargs)


def login(network: BlueskyNetwork, account: Account, *, app_password: bool = True) -> dict:
    secret = account.app_password if app_password else account.password
    response = xrpc(
        network, "POST", "com.atproto.server.createSession", json={"identifier": account.handle, "password": secret}
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_network_listens_on_loopback_and_knows_its_services(bluesky_network: BlueskyNetwork) -> None:
    for url in (bluesky_network.pds_url, bluesky_network.appview_url, bluesky_network.plc_url):
        assert url.startswith("http://127.0.0.1:")
    server = xrpc(bluesky_network, "GET", "com.atproto.server.describeServer")
    assert server.status_code == 200
    assert ".test" in server.json()["availableUserDomains"]
    assert httpx.get(f"{bluesky_network.appview_url}/xrpc/_health", timeout=10).status_code == 200
    assert {"node", "postgres", "redis", "@atproto/dev-env"} <= set(bluesky_network.versions)


def test_accounts_log_in_with_password_and_app_password(bluesky_network: BlueskyNetwork) -> None:
    account = bluesky_network.create_account("login")
    assert account.handle.endswith(".test") and account.did.startswith("did:plc:")
    assert account != bluesky_network.create_account("login")  # unique per call

    full = login(bluesky_network, account, app_password=False)
    restricted = login(bluesky_network, account)
    assert full["did"] == restricted["did"] == account.did
    assert full["handle"] == account.handle

    resolved = xrpc(bluesky_network, "GET", "com.atproto.identity.resolveHandle", params={"handle": account.handle})
    assert resolved.json() == {"did": account.did}

    bluesky_network.process()
    profile = xrpc(
        bluesky_network, "GET", "app.bsky.actor.getProfile", restricted["accessJwt"], params={"actor": account.handle}
    )
    assert profile.status_code == 200, profile.text
    assert profile.json()["did"] == account.did

    refreshed = xrpc(bluesky_network, "POST", "com.atproto.server.refreshSession", restricted["refreshJwt"])
    assert refreshed.status_code == 200, refreshed.text
    assert refreshed.json()["did"] == account.did

    wrong = xrpc(
        bluesky_network,
        "POST",
        "com.atproto.server.createSession",
        json={"identifier": account.handle, "password": "not-the-password"},
    )
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "AuthenticationRequired"


def test_post_with_image_reply_notification_and_thread(bluesky_network: BlueskyNetwork) -> None:
    alice = bluesky_network.create_account("alice")
    bob = bluesky_network.create_account("bob")
    alice_token = login(bluesky_network, alice)["accessJwt"]
    bob_token = login(bluesky_network, bob)["accessJwt"]

    uploaded = xrpc(
        bluesky_network,
        "POST",
        "com.atproto.repo.uploadBlob",
        alice_token,
        content=png_bytes(),
        headers={"Content-Type": "image/png"},
    )
    assert uploaded.status_code == 200, uploaded.text
    blob = uploaded.json()["blob"]
    assert blob["mimeType"] == "image/png"

    rkey = record_key(uuid.uuid4().hex, datetime.now(timezone.utc))  # chosen by the client
    post = {
        "$type": "app.bsky.feed.post",
        "text": "Sommerfest am Samstag!",
        "createdAt": "2026-06-01T10:00:00.000Z",
        "langs": ["de"],
        "embed": {
            "$type": "app.bsky.embed.images",
            "images": [{"image": blob, "alt": "Plakat", "aspectRatio": {"width": 4, "height": 3}}],
        },
    }
    body = {"repo": alice.did, "collection": "app.bsky.feed.post", "rkey": rkey, "record": post}
    first = xrpc(bluesky_network, "POST", "com.atproto.repo.putRecord", alice_token, json=body)
    assert first.status_code == 200, first.text
    again = xrpc(bluesky_network, "POST", "com.atproto.repo.putRecord", alice_token, json=body)
    assert again.status_code == 200, again.text
    assert again.json()["uri"] == first.json()["uri"] == f"at://{alice.did}/app.bsky.feed.post/{rkey}"
    assert again.json()["cid"] == first.json()["cid"]
    records = xrpc(
        bluesky_network,
        "GET",
        "com.atproto.repo.listRecords",
        params={"repo": alice.did, "collection": "app.bsky.feed.post"},
    )
    assert [r["uri"] for r in records.json()["records"]] == [first.json()["uri"]]

    root = {"uri": first.json()["uri"], "cid": first.json()["cid"]}
    reply = xrpc(
        bluesky_network,
        "POST",
        "com.atproto.repo.createRecord",
        bob_token,
        json={
            "repo": bob.did,
            "collection": "app.bsky.feed.post",
            "record": {
                "$type": "app.bsky.feed.post",
                "text": "Wir kommen!",
                "createdAt": "2026-06-01T11:00:00.000Z",
                "reply": {"root": root, "parent": root},
            },
        },
    )
    assert reply.status_code == 200, reply.text

    bluesky_network.process()

    notifications = xrpc(bluesky_network, "GET", "app.bsky.notification.listNotifications", alice_token)
    assert notifications.status_code == 200, notifications.text
    [notification] = notifications.json()["notifications"]
    assert notification["reason"] == "reply"
    assert notification["uri"] == reply.json()["uri"]
    assert notification["author"]["handle"] == bob.handle
    assert notification["record"]["text"] == "Wir kommen!"
    assert notification["reasonSubject"] == root["uri"]
    unread = xrpc(bluesky_network, "GET", "app.bsky.notification.getUnreadCount", alice_token)
    assert unread.json()["count"] == 1

    thread = xrpc(bluesky_network, "GET", "app.bsky.feed.getPostThread", bob_token, params={"uri": root["uri"]})
    assert thread.status_code == 200, thread.text
    view = thread.json()["thread"]
    assert view["post"]["record"]["text"] == "Sommerfest am Samstag!"
    assert view["post"]["replyCount"] == 1
    assert [r["post"]["uri"] for r in view["replies"]] == [reply.json()["uri"]]
    [image] = view["post"]["embed"]["images"]
    assert image["alt"] == "Plakat"
    assert image["thumb"].startswith(bluesky_network.appview_url)
    thumb = httpx.get(image["thumb"], timeout=30)  # the AppView's image server, from the PDS's blob
    assert thumb.status_code == 200
    assert thumb.headers["content-type"].startswith("image/")

    blob_download = xrpc(
        bluesky_network, "GET", "com.atproto.sync.getBlob", params={"did": alice.did, "cid": blob["ref"]["$link"]}
    )
    assert blob_download.content == png_bytes()


def test_expired_access_token_is_400_expired_token(bluesky_network: BlueskyNetwork) -> None:
    account = bluesky_network.create_account("expiry")
    expired = bluesky_network.expired_access_token(account)
    answer = xrpc(bluesky_network, "GET", "app.bsky.notification.listNotifications", expired)
    assert answer.status_code == 400
    assert answer.json()["error"] == "ExpiredToken"
    garbage = xrpc(bluesky_network, "GET", "app.bsky.notification.listNotifications", "not.a.token")
    assert garbage.status_code == 400
    assert garbage.json()["error"] == "InvalidToken"


def test_create_session_is_rate_limited(bluesky_network: BlueskyNetwork) -> None:
    if not bluesky_network.rate_limits:
        pytest.skip("the PDS runs without rate limits (KURZDRAHT_BLUESKY_RATE_LIMITS=0)")
    account = bluesky_network.create_account("limited")
    bluesky_network.use_up_login_limit(account.handle)
    answer = xrpc(
        bluesky_network,
        "POST",
        "com.atproto.server.createSession",
        json={"identifier": account.handle, "password": account.app_password},
    )
    assert answer.status_code == 429
    assert answer.json()["error"] == "RateLimitExceeded"
    assert answer.headers["RateLimit-Limit"] == "30"
    assert answer.headers["RateLimit-Remaining"] == "0"
    assert int(answer.headers["RateLimit-Reset"]) > time.time()
    # Only that identifier is limited.
    other = bluesky_network.create_account("unlimited")
    assert login(bluesky_network, other)["did"] == other.did
