"""The Mastodon test server follows the documented API (docs.joinmastodon.org), checked with raw
HTTP calls the way a client makes them."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from conftest import png_bytes
from servers.mastodon_api import MastodonServer
from servers.mastodon_api.text import countable_length, grapheme_count

REDIRECT = "http://127.0.0.1:8765/callback"


def client(server: MastodonServer, token: str | None = None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=server.url, headers=headers, timeout=5)


def links(response: httpx.Response) -> dict[str, str]:
    return {rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.headers.get("Link", ""))}


# ---------------------------------------------------------------- apps and OAuth


def test_app_registration_and_oauth_code_flow_with_pkce(mastodon_server: MastodonServer) -> None:
    http = client(mastodon_server)
    app = http.post(
        "/api/v1/apps",
        data={
            "client_name": "Kurzdraht",
            "redirect_uris": REDIRECT,
            "scopes": "read write",
            "website": "https://example.org",
        },
    )
    assert app.status_code == 200
    registered = app.json()
    assert {"id", "name", "client_id", "client_secret", "vapid_key", "redirect_uris"} <= registered.keys()
    assert registered["scopes"] == ["read", "write"]

    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    query = {
        "response_type": "code",
        "client_id": registered["client_id"],
        "redirect_uri": REDIRECT,
        "scope": "read write",
        "state": "xyz",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }

    # Nobody signed in in the "browser": Mastodon sends it to the login page.
    anonymous = http.get("/oauth/authorize", params=query)
    assert anonymous.status_code == 302 and anonymous.headers["Location"].endswith("/auth/sign_in")
    assert http.get("/oauth/authorize", params=query, follow_redirects=True).status_code == 200
    # Unknown client and unregistered redirect_uri are not redirected back.
    assert http.get("/oauth/authorize", params={**query, "client_id": "nope"}).status_code == 401
    assert http.get("/oauth/authorize", params={**query, "redirect_uri": "http://evil/"}).status_code == 400

    mastodon_server.sign_in("alice")
    answer = http.get("/oauth/authorize", params=query)
    assert answer.status_code == 302
    location = urlsplit(answer.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    params = parse_qs(location.query)
    assert params["state"] == ["xyz"]
    form = {
        "grant_type": "authorization_code",
        "code": params["code"][0],
        "redirect_uri": REDIRECT,
        "client_id": registered["client_id"],
        "client_secret": registered["client_secret"],
    }

    wrong = http.post("/oauth/token", data={**form, "code_verifier": "not-the-verifier"})
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    bad_client = http.post("/oauth/token", data={**form, "client_secret": "x", "code_verifier": verifier})
    assert bad_client.status_code == 401 and bad_client.json()["error"] == "invalid_client"

    issued = http.post("/oauth/token", data={**form, "code_verifier": verifier})
    assert issued.status_code == 200
    token = issued.json()
    assert token["token_type"] == "Bearer" and token["scope"] == "read write"
    assert isinstance(token["created_at"], int)
    again = http.post("/oauth/token", data={**form, "code_verifier": verifier})
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"  # codes are single use

    me = client(mastodon_server, token["access_token"]).get("/api/v1/accounts/verify_credentials")
    assert me.status_code == 200
    assert me.json()["username"] == "alice" and me.json()["acct"] == "alice" and "source" in me.json()

    revoked = http.post(
        "/oauth/revoke",
        data={
            "client_id": registered["client_id"],
            "client_secret": registered["client_secret"],
            "token": token["access_token"],
        },
    )
    assert revoked.status_code == 200 and revoked.json() == {}
    after = client(mastodon_server, token["access_token"]).get("/api/v1/accounts/verify_credentials")
    assert after.status_code == 401 and after.json() == {"error": "The access token was revoked"}


def test_denied_authorization_and_client_credentials(mastodon_server: MastodonServer) -> None:
    http = client(mastodon_server)
    registered = http.post("/api/v1/apps", json={"client_name": "K", "redirect_uris": REDIRECT}).json()
    mastodon_server.sign_in("alice", approve=False)
    denied = http.get(
        "/oauth/authorize",
        params={"response_type": "code", "client_id": registered["client_id"], "redirect_uri": REDIRECT, "state": "s"},
    )
    assert parse_qs(urlsplit(denied.headers["Location"]).query)["error"] == ["access_denied"]
    app_token = http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "redirect_uri": REDIRECT,
            "client_id": registered["client_id"],
            "client_secret": registered["client_secret"],
        },
    ).json()
    assert app_token["scope"] == "read"
    # An app token has no user: user methods refuse it like Mastodon's require_user!.
    user_only = client(mastodon_server, app_token["access_token"]).get("/api/v1/notifications")
    assert user_only.status_code == 422


def test_tokens_are_checked(mastodon_server: MastodonServer) -> None:
    token = mastodon_server.create_user("alice")
    assert client(mastodon_server).get("/api/v1/accounts/verify_credentials").json() == {
        "error": "The access token is invalid"
    }
    assert client(mastodon_server, "made-up").get("/api/v1/accounts/verify_credentials").status_code == 401
    mastodon_server.expire(token)
    assert client(mastodon_server, token).get("/api/v1/accounts/verify_credentials").status_code == 401
    read_only = mastodon_server.create_user("bob", scopes="read")
    refused = client(mastodon_server, read_only).post("/api/v1/statuses", data={"status": "hi"})
    assert refused.status_code == 403
    assert client(mastodon_server).get("/api/v1/no/such/thing").json() == {"error": "Record not found"}


# ---------------------------------------------------------------- instance, media, statuses


def test_instance_reports_the_configured_limits(mastodon_server: MastodonServer) -> None:
    mastodon_server.max_characters = 1000
    config = client(mastodon_server).get("/api/v2/instance").json()["configuration"]
    assert config["statuses"] == {"max_characters": 1000, "max_media_attachments": 4, "characters_reserved_per_url": 23}
    assert "image/png" in config["media_attachments"]["supported_mime_types"]
    assert config["media_attachments"]["image_size_limit"] == 10485760


def test_media_is_processed_asynchronously_then_posted_once_per_idempotency_key(
    mastodon_server: MastodonServer,
) -> None:
    mastodon_server.set_media_processing_polls(2)
    http = client(mastodon_server, mastodon_server.create_user("alice"))
    upload = http.post(
        "/api/v2/media",
        files={"file": ("pic.png", png_bytes(), "image/png")},
        data={"description": "A red square", "focus": "0.5,-0.25"},
    )
    assert upload.status_code == 202
    media = upload.json()
    assert media["url"] is None and media["type"] == "image" and media["description"] == "A red square"
    assert media["meta"]["original"]["size"] == "4x3" and media["meta"]["focus"] == {"x": 0.5, "y": -0.25}

    early = http.post("/api/v1/statuses", data={"status": "too soon", "media_ids[]": [media["id"]]})
    assert early.status_code == 422
    assert early.json()["error"] == "Cannot attach files that have not finished processing. Try again in a moment!"

    assert http.get(f"/api/v1/media/{media['id']}").status_code == 206
    assert http.put(f"/api/v1/media/{media['id']}", data={"description": "A small red square"}).status_code == 206
    done = http.get(f"/api/v1/media/{media['id']}")
    assert done.status_code == 200 and done.json()["url"].startswith(mastodon_server.url)
    assert http.get(done.json()["url"]).content == png_bytes()

    form = {"status": "Look at this", "media_ids[]": [media["id"]], "visibility": "unlisted", "language": "en"}
    first = http.post("/api/v1/statuses", data=form, headers={"Idempotency-Key": "post-1"})
    second = http.post("/api/v1/statuses", data=form, headers={"Idempotency-Key": "post-1"})
    assert first.status_code == second.status_code == 200
    assert first.json()["id"] == second.json()["id"]
    status = http.get(f"/api/v1/statuses/{first.json()['id']}").json()
    assert status["content"] == "<p>Look at this</p>" and status["visibility"] == "unlisted"
    assert [m["description"] for m in status["media_attachments"]] == ["A small red square"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", status["created_at"])
    assert len(mastodon_server.statuses_of("alice")) == 1
    # Once attached, the media is no longer editable.
    assert http.get(f"/api/v1/media/{media['id']}").status_code == 404


def test_images_are_processed_at_once_and_other_files_refused(mastodon_server: MastodonServer) -> None:
    http = client(mastodon_server, mastodon_server.create_user("alice"))
    assert http.post("/api/v2/media", files={"file": ("a.png", png_bytes(), "image/png")}).status_code == 200
    refused = http.post("/api/v2/media", files={"file": ("a.txt", b"hello", "text/plain")})
    assert refused.status_code == 422
    assert refused.json() == {"error": "Validation failed: File content type is invalid, File is invalid"}


def test_character_limit_counts_like_mastodon(mastodon_server: MastodonServer) -> None:
    http = client(mastodon_server, mastodon_server.create_user("alice"))
    over = http.post("/api/v1/statuses", data={"status": "x" * 501})
    assert over.status_code == 422
    assert over.json() == {"error": "Validation failed: Text character limit of 500 exceeded"}
    # A URL counts 23 whatever its length; an emoji family is one grapheme cluster.
    text = "https://example.com/" + "p" * 200 + " " + "👨‍👩‍👧" * 476
    assert countable_length(text) == 23 + 1 + 476 == 500
    assert http.post("/api/v1/statuses", data={"status": text}).status_code == 200
    blank = http.post("/api/v1/statuses", data={"status": "  "})
    assert blank.json() == {"error": "Validation failed: Text can't be blank"}
    assert http.post("/api/v1/statuses", data={"status": "a" * 490, "spoiler_text": "b" * 11}).status_code == 422


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("abc", 3),
        ("e\u0301", 1),
        ("🇩🇪🇫🇷", 2),
        ("👍🏽", 1),
        ("\r\n", 1),
        ("한국어", 3),
        ("\u1100\u1161\u11a8", 1),
        ("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", 1),
    ],
)
def test_grapheme_clusters(text: str, count: int) -> None:
    assert grapheme_count(text) == count


def test_reply_context_and_mention_notification(mastodon_server: MastodonServer) -> None:
    alice = client(mastodon_server, mastodon_server.create_user("alice", "Alice"))
    bob = client(mastodon_server, mastodon_server.create_user("bob"))
    root = alice.post("/api/v1/statuses", data={"status": "Hello #fediverse"}).json()
    reply = bob.post("/api/v1/statuses", json={"status": "@alice hi!", "in_reply_to_id": root["id"]}).json()
    assert reply["in_reply_to_id"] == root["id"] and reply["in_reply_to_account_id"] == root["account"]["id"]
    assert reply["mentions"][0]["acct"] == "alice"
    assert 'class="u-url mention">@<span>alice</span></a>' in reply["content"]
    deeper = alice.post("/api/v1/statuses", data={"status": "@bob yo", "in_reply_to_id": reply["id"]}).json()
    assert int(root["id"]) < int(reply["id"]) < int(deeper["id"])

    context = alice.get(f"/api/v1/statuses/{reply['id']}/context").json()
    assert [s["id"] for s in context["ancestors"]] == [root["id"]]
    assert [s["id"] for s in context["descendants"]] == [deeper["id"]]

    notes = alice.get("/api/v1/notifications").json()
    assert [(n["type"], n["account"]["acct"], n["status"]["id"]) for n in notes] == [("mention", "bob", reply["id"])]
    assert bob.delete(f"/api/v1/statuses/{reply['id']}").json()["text"] == "@alice hi!"
    assert alice.get(f"/api/v1/statuses/{reply['id']}").status_code == 404
    assert alice.get("/api/v1/notifications").json() == []
    missing = bob.post("/api/v1/statuses", data={"status": "x", "in_reply_to_id": "1"})
    assert missing.status_code == 404


def test_notifications_page_through_link_headers(mastodon_server: MastodonServer) -> None:
    alice = client(mastodon_server, mastodon_server.create_user("alice"))
    bob = client(mastodon_server, mastodon_server.create_user("bob"))
    mentions = [bob.post("/api/v1/statuses", data={"status": f"@alice number {i}"}).json()["id"] for i in range(7)]
    follow_id = mastodon_server.add_notification("alice", "follow", "bob")

    first = alice.get("/api/v1/notifications", params={"limit": 3, "types[]": "mention"})
    assert first.status_code == 200
    ids = [n["id"] for n in first.json()]
    assert [n["status"]["id"] for n in first.json()] == mentions[::-1][:3]  # newest first
    assert links(first)["next"].endswith(f"?limit=3&max_id={ids[-1]}&types%5B%5D=mention")
    assert links(first)["prev"].endswith(f"?limit=3&min_id={ids[0]}&types%5B%5D=mention")

    seen = list(ids)
    page = first
    for expected in (3, 1):
        page = alice.get(links(page)["next"])
        assert len(page.json()) == expected
        seen += [n["id"] for n in page.json()]
    assert len(seen) == len(set(seen)) == 7 and seen == sorted(seen, key=int, reverse=True)
    assert alice.get(links(page)["next"]).json() == []

    # prev of the last page goes back up, the three just above it (newest first).
    back = alice.get(links(page)["prev"]).json()
    assert [n["id"] for n in back] == seen[3:6]
    assert [n["type"] for n in alice.get("/api/v1/notifications", params={"exclude_types[]": "mention"}).json()] == [
        "follow"
    ]
    newer = alice.get("/api/v1/notifications", params={"since_id": seen[1]}).json()
    assert [n["id"] for n in newer] == [follow_id, seen[0]]


# ---------------------------------------------------------------- follows, favourites, boosts


def account_id(server: MastodonServer, token: str) -> str:
    return client(server, token).get("/api/v1/accounts/verify_credentials").json()["id"]


def test_follows_change_counts_and_list_followers(mastodon_server: MastodonServer) -> None:
    alice_token, bob_token = mastodon_server.create_user("alice"), mastodon_server.create_user("bob")
    alice, bob, anonymous = (
        client(mastodon_server, alice_token),
        client(mastodon_server, bob_token),
        client(mastodon_server),
    )
    alice_id, bob_id = account_id(mastodon_server, alice_token), account_id(mastodon_server, bob_token)

    followed = bob.post(f"/api/v1/accounts/{alice_id}/follow")
    assert followed.status_code == 200
    assert followed.json() == {
        "id": alice_id,
        "following": True,
        "showing_reblogs": True,
        "notifying": False,
        "languages": None,
        "followed_by": False,
        "blocking": False,
        "blocked_by": False,
        "muting": False,
        "muting_notifications": False,
        "requested": False,
        "requested_by": False,
        "domain_blocking": False,
        "endorsed": False,
        "note": "",
    }
    # Following again updates the options and counts once.
    again = bob.post(f"/api/v1/accounts/{alice_id}/follow", data={"reblogs": "false", "languages[]": ["de"]}).json()
    assert again["showing_reblogs"] is False and again["languages"] == ["de"]
    assert mastodon_server.follow("carol", "alice")["following"] is True
    assert mastodon_server.follow("alice", "bob")["followed_by"] is True

    me = alice.get("/api/v1/accounts/verify_credentials").json()
    assert (me["followers_count"], me["following_count"]) == (2, 1)
    public = anonymous.get(f"/api/v1/accounts/{bob_id}").json()
    assert (public["followers_count"], public["following_count"]) == (1, 1)
    notes = alice.get("/api/v1/notifications").json()
    assert [(n["type"], n["account"]["acct"], n["status"]) for n in notes] == [
        ("follow", "carol", None),
        ("follow", "bob", None),
    ]

    # Newest follow first, one per page; the cursors (Follow IDs) are only in the Link header.
    first = anonymous.get(f"/api/v1/accounts/{alice_id}/followers", params={"limit": 1})
    assert [a["acct"] for a in first.json()] == ["carol"]
    assert re.fullmatch(
        re.escape(f"{mastodon_server.url}/api/v1/accounts/{alice_id}/followers?limit=1&max_id=") + r"\d+",
        links(first)["next"],
    )
    assert re.search(r"\?limit=1&since_id=\d+$", links(first)["prev"])
    second = anonymous.get(links(first)["next"])
    assert [a["acct"] for a in second.json()] == ["bob"]
    end = anonymous.get(links(second)["next"])
    assert end.json() == [] and "Link" not in end.headers
    assert [a["acct"] for a in anonymous.get(links(second)["prev"]).json()] == ["carol"]
    whole = alice.get(f"/api/v1/accounts/{alice_id}/followers")
    assert [a["acct"] for a in whole.json()] == ["carol", "bob"] and set(links(whole)) == {"prev"}
    assert [a["acct"] for a in anonymous.get(f"/api/v1/accounts/{bob_id}/following").json()] == ["alice"]

    relationships = alice.get("/api/v1/accounts/relationships", params={"id[]": [bob_id, "999999", bob_id]})
    assert [(r["id"], r["following"], r["followed_by"]) for r in relationships.json()] == [(bob_id, True, True)]

    # Followers see private statuses (StatusPolicy#show?), others do not.
    dave = client(mastodon_server, mastodon_server.create_user("dave"))
    private = alice.post("/api/v1/statuses", data={"status": "Followers only", "visibility": "private"}).json()
    assert bob.get(f"/api/v1/statuses/{private['id']}").status_code == 200
    assert dave.get(f"/api/v1/statuses/{private['id']}").status_code == 404
    # statuses_count leaves direct statuses out.
    alice.post("/api/v1/statuses", data={"status": "@bob psst", "visibility": "direct"})
    assert alice.get(f"/api/v1/accounts/{alice_id}").json()["statuses_count"] == 1

    unfollowed = bob.post(f"/api/v1/accounts/{alice_id}/unfollow")
    assert unfollowed.status_code == 200 and unfollowed.json()["following"] is False
    assert bob.post(f"/api/v1/accounts/{alice_id}/unfollow").json()["following"] is False
    assert alice.get("/api/v1/accounts/verify_credentials").json()["followers_count"] == 1
    assert bob.get("/api/v1/accounts/verify_credentials").json()["following_count"] == 0
    assert [n["account"]["acct"] for n in alice.get("/api/v1/notifications").json()] == ["carol"]
    assert bob.get(f"/api/v1/statuses/{private['id']}").status_code == 404

    self_follow = alice.post(f"/api/v1/accounts/{alice_id}/follow")
    assert self_follow.status_code == 403
    assert self_follow.json() == {"error": "Following your own account is not allowed"}
    assert bob.post("/api/v1/accounts/999999/follow").status_code == 404
    read_only = client(mastodon_server, mastodon_server.create_user("erin", scopes="read"))
    assert read_only.post(f"/api/v1/accounts/{alice_id}/follow").status_code == 403
    old_scope = client(mastodon_server, mastodon_server.create_user("frank", scopes="read follow"))
    assert old_scope.post(f"/api/v1/accounts/{alice_id}/follow").json()["following"] is True
    assert anonymous.get("/api/v1/accounts/relationships", params={"id[]": alice_id}).status_code == 401


def test_favourites_and_boosts_count_and_list_who_boosted(mastodon_server: MastodonServer) -> None:
    alice, bob = (client(mastodon_server, mastodon_server.create_user(name)) for name in ("alice", "bob"))
    anonymous = client(mastodon_server)
    status = alice.post("/api/v1/statuses", data={"status": "Boost me"}).json()
    sid = status["id"]
    assert (status["favourites_count"], status["reblogs_count"], status["favourited"]) == (0, 0, False)

    favourited = bob.post(f"/api/v1/statuses/{sid}/favourite")
    assert favourited.status_code == 200
    assert (favourited.json()["id"], favourited.json()["favourited"], favourited.json()["favourites_count"]) == (
        sid,
        True,
        1,
    )
    assert bob.post(f"/api/v1/statuses/{sid}/favourite").json()["favourites_count"] == 1  # once per account
    assert mastodon_server.favourite("carol", sid)["favourites_count"] == 2
    assert [a["acct"] for a in anonymous.get(f"/api/v1/statuses/{sid}/favourited_by").json()] == ["carol", "bob"]

    boost = bob.post(f"/api/v1/statuses/{sid}/reblog", data={"visibility": "unlisted"})
    assert boost.status_code == 200
    wrapper = boost.json()
    assert wrapper["id"] != sid and wrapper["reblog"]["id"] == sid
    assert wrapper["account"]["acct"] == "bob" and wrapper["visibility"] == "unlisted" and wrapper["content"] == ""
    assert wrapper["reblogged"] is True and wrapper["reblog"]["reblogged"] is True
    assert wrapper["reblog"]["reblogs_count"] == 1 and wrapper["reblog"]["favourites_count"] == 2
    assert wrapper["uri"].endswith(f"/users/bob/statuses/{wrapper['id']}/activity")
    assert bob.post(f"/api/v1/statuses/{sid}/reblog").json()["id"] == wrapper["id"]  # once per account
    assert bob.post(f"/api/v1/statuses/{wrapper['id']}/reblog").json()["id"] == wrapper["id"]  # a boost's boost
    assert bob.get(f"/api/v1/statuses/{wrapper['id']}").json()["reblog"]["id"] == sid
    assert bob.get("/api/v1/accounts/verify_credentials").json()["statuses_count"] == 1

    # Each viewer sees their own favourited/reblogged; without a user those fields are left out.
    seen_by_alice = alice.get(f"/api/v1/statuses/{sid}").json()
    assert (seen_by_alice["favourited"], seen_by_alice["reblogged"], seen_by_alice["reblogs_count"]) == (
        False,
        False,
        1,
    )
    assert bob.get(f"/api/v1/statuses/{sid}").json()["favourited"] is True
    assert "favourited" not in anonymous.get(f"/api/v1/statuses/{sid}").json()

    # Replies count when they are public or unlisted.
    bob.post("/api/v1/statuses", data={"status": "@alice nice", "in_reply_to_id": sid})
    bob.post("/api/v1/statuses", data={"status": "@alice psst", "in_reply_to_id": sid, "visibility": "direct"})
    assert alice.get(f"/api/v1/statuses/{sid}").json()["replies_count"] == 1

    # 44 more boosts (one private: counted, but not listed) and who boosted, 20 a page, newest first.
    boosters = [f"user{i:02d}" for i in range(44)]
    for name in boosters:
        mastodon_server.reblog(name, sid, visibility="private" if name == "user07" else None)
    assert anonymous.get(f"/api/v1/statuses/{sid}").json()["reblogs_count"] == 45
    expected = [name for name in reversed(boosters) if name != "user07"] + ["bob"]
    seen: list[str] = []
    page = anonymous.get(f"/api/v1/statuses/{sid}/reblogged_by", params={"limit": 20})
    sizes = []
    while True:
        sizes.append(len(page.json()))
        seen += [a["acct"] for a in page.json()]
        if "next" not in links(page):
            break
        assert re.search(r"/reblogged_by\?limit=20&max_id=\d+$", links(page)["next"])
        page = anonymous.get(links(page)["next"])
    assert sizes == [20, 20, 4] and seen == expected
    # prev (since_id) answers the newest ones above the page, as Mastodon's paginate_by_max_id does.
    assert [a["acct"] for a in anonymous.get(links(page)["prev"]).json()] == expected[:20]
    default = anonymous.get(f"/api/v1/statuses/{sid}/reblogged_by")
    assert len(default.json()) == 40 and "next" in links(default)  # 40 by default

    types = [(n["type"], n["account"]["acct"]) for n in alice.get("/api/v1/notifications", params={"limit": 80}).json()]
    assert types.count(("reblog", "bob")) == 1 and ("favourite", "bob") in types and ("favourite", "carol") in types
    assert all(n["status"]["id"] == sid for n in alice.get("/api/v1/notifications").json() if n["type"] != "mention")

    # Undoing: counts go down, the boost is gone, and so are the notifications.
    undone = bob.post(f"/api/v1/statuses/{sid}/unreblog").json()
    assert (undone["id"], undone["reblogged"], undone["reblogs_count"]) == (sid, False, 44)
    assert bob.get(f"/api/v1/statuses/{wrapper['id']}").status_code == 404
    unfavourited = bob.post(f"/api/v1/statuses/{sid}/unfavourite").json()
    assert (unfavourited["favourited"], unfavourited["favourites_count"]) == (False, 1)
    types = [(n["type"], n["account"]["acct"]) for n in alice.get("/api/v1/notifications", params={"limit": 80}).json()]
    assert ("reblog", "bob") not in types and ("favourite", "bob") not in types and ("favourite", "carol") in types

    # Not every status can be boosted; the author's own private one can, and stays private.
    direct = alice.post("/api/v1/statuses", data={"status": "@bob secret", "visibility": "direct"}).json()
    assert bob.post(f"/api/v1/statuses/{direct['id']}/reblog").json() == {"error": "This action is not allowed"}
    own = alice.post("/api/v1/statuses", data={"status": "mine", "visibility": "private"}).json()
    own_boost = alice.post(f"/api/v1/statuses/{own['id']}/reblog", data={"visibility": "public"}).json()
    assert own_boost["visibility"] == "private"
    assert bob.post("/api/v1/statuses/999999/favourite").status_code == 404
    assert anonymous.post(f"/api/v1/statuses/{sid}/favourite").status_code == 401

    # Deleting the status takes its boosts and favourites with it.
    assert alice.delete(f"/api/v1/statuses/{sid}").status_code == 200
    assert anonymous.get(f"/api/v1/statuses/{sid}/reblogged_by").status_code == 404
    assert [n for n in alice.get("/api/v1/notifications").json() if n["type"] in ("favourite", "reblog")] == []


def entity_fields(entity: type) -> list[tuple[str, str, tuple[int, ...]]]:
    """(name, type, version added) of each attribute an entity class of Mastodon.py declares, read
    from its source: Mastodon.py documents every attribute with its type and "x.y.z: added"."""
    import ast
    import inspect

    (definition,) = ast.parse(inspect.getsource(entity)).body
    assert isinstance(definition, ast.ClassDef)
    body = definition.body
    fields = []
    for node, doc in zip(body, body[1:]):
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        kind = node.annotation.value if isinstance(node.annotation, ast.Constant) else ast.unparse(node.annotation)
        text = doc.value.value if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) else ""
        added = re.search(r"(\d+)\.(\d+)\.(\d+): added", str(text))
        if added:
            fields.append((node.target.id, str(kind), tuple(int(v) for v in added.groups())))
    return fields


def assert_shape(entity: type, data: dict, version: tuple[int, ...] = (4, 3, 0)) -> None:
    """Every attribute Mastodon.py declares as always present (not Optional) for the server's
    version is in the JSON."""
    required = [name for name, kind, added in entity_fields(entity) if added <= version and "Optional" not in kind]
    assert len(required) >= 10, f"could not read Mastodon.py's {entity.__name__}"
    assert [name for name in required if name not in data] == [], entity.__name__


def test_mastodon_py_follows_favourites_and_boosts(mastodon_server: MastodonServer) -> None:
    """Mastodon.py, an independent client of the API, pointed at the server: what it sends must be
    understood, what it gets parsed, and the entities carry every attribute it declares."""
    mastodon = pytest.importorskip("mastodon")
    from mastodon import return_types

    def api(name: str) -> Any:
        token = mastodon_server.create_user(name)
        return mastodon.Mastodon(access_token=token, api_base_url=mastodon_server.url, version_check_mode="none")

    alice, bob = api("alice"), api("bob")
    me = alice.account_verify_credentials()
    assert me.acct == "alice" and me.followers_count == 0

    relationship = bob.account_follow(me.id)
    assert relationship.following is True and relationship.showing_reblogs is True
    assert [r.followed_by for r in alice.account_relationships([bob.me().id])] == [True]
    mastodon_server.follow("carol", "alice")
    page = bob.account_followers(me.id, limit=1)
    assert [a.acct for a in page] == ["carol"]
    following_page = bob.fetch_next(page)
    assert [a.acct for a in following_page] == ["bob"]
    assert not bob.fetch_next(following_page)
    assert alice.account(me.id).followers_count == 2 and bob.me().following_count == 1

    status = alice.status_post("Hello from Insights")
    favourited = bob.status_favourite(status)
    assert favourited.id == status.id and favourited.favourited is True and favourited.favourites_count == 1
    boost = bob.status_reblog(status)
    assert boost.id != status.id and boost.reblog.id == status.id and boost.reblogged is True
    assert boost.reblog.reblogs_count == 1 and boost.created_at.tzinfo is not None
    assert [a.acct for a in bob.status_reblogged_by(status)] == ["bob"]
    assert [a.acct for a in alice.status_favourited_by(status)] == ["bob"]
    assert [(n.type, n.account.acct) for n in alice.notifications()] == [
        ("reblog", "bob"),
        ("favourite", "bob"),
        ("follow", "carol"),
        ("follow", "bob"),
    ]

    http = client(mastodon_server, mastodon_server.create_user("bob"))
    assert_shape(return_types.Relationship, http.post(f"/api/v1/accounts/{me.id}/follow").json())
    assert_shape(return_types.Account, http.get(f"/api/v1/accounts/{me.id}/followers").json()[0])
    assert_shape(return_types.Status, http.post(f"/api/v1/statuses/{status.id}/reblog").json())
    assert_shape(return_types.Status, http.post(f"/api/v1/statuses/{status.id}/favourite").json())

    assert bob.status_unreblog(status).reblogged is False
    assert bob.status_unfavourite(status).favourites_count == 0
    assert bob.account_unfollow(me.id).following is False
    assert alice.me().followers_count == 1


# ---------------------------------------------------------------- rate limits and faults


def test_rate_limit_headers_and_429(mastodon_server: MastodonServer) -> None:
    http = client(mastodon_server, mastodon_server.create_user("alice"))
    normal = http.get("/api/v1/accounts/verify_credentials")
    assert normal.headers["X-RateLimit-Limit"] == "300" and normal.headers["X-RateLimit-Remaining"] == "299"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", normal.headers["X-RateLimit-Reset"])
    mastodon_server.limit_requests(remaining=1, reset_in=0.5)
    assert http.get("/api/v1/accounts/verify_credentials").headers["X-RateLimit-Remaining"] == "0"
    limited = http.get("/api/v1/accounts/verify_credentials")
    assert limited.status_code == 429 and limited.json() == {"error": "Too many requests"}
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    import time

    time.sleep(0.6)
    assert http.get("/api/v1/accounts/verify_credentials").status_code == 200


def test_faults_drop_after_commit_http_500_and_offline(mastodon_server: MastodonServer) -> None:
    http = client(mastodon_server, mastodon_server.create_user("alice"))
    mastodon_server.fail_next("/api/v1/statuses", "drop_after_commit", method="POST")
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/api/v1/statuses", data={"status": "once"}, headers={"Idempotency-Key": "k"})
    retry = http.post("/api/v1/statuses", data={"status": "once"}, headers={"Idempotency-Key": "k"})
    assert retry.status_code == 200 and len(mastodon_server.statuses_of("alice")) == 1

    mastodon_server.fail_next("/api/v1/statuses", "http_500")
    assert http.post("/api/v1/statuses", data={"status": "two"}).status_code == 500
    assert len(mastodon_server.statuses_of("alice")) == 1

    mastodon_server.stop()
    with pytest.raises(httpx.TransportError):
        http.get("/api/v2/instance")
    mastodon_server.start()
    assert http.get("/api/v2/instance").status_code == 200
