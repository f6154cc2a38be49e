"""The Bluesky client against a real local AT Protocol network (PLC, PDS and AppView from
@atproto/dev-env) on 127.0.0.1."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

from conftest import make_png, require_keyring, run_online
from desktop.networks.base import AuthExpired, Outgoing, RateLimited, Rejected
from desktop.publishing.media import load_image


async def connect(core, network, account):
    organisation = await core.accounts.ensure_organisation("Jugendclub Funkenflug")
    stored = await core.connections.connect_bluesky(organisation, account.handle, account.app_password, network.pds_url)
    return stored, await core.connections.client(stored.id)


def xrpc(network, nsid: str, token: str | None = None, **params) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.get(f"{network.pds_url}/xrpc/{nsid}", params=params, headers=headers, timeout=30)
    response.raise_for_status()
    return response.json()


def session_of(network, account) -> dict:
    response = httpx.post(
        f"{network.pds_url}/xrpc/com.atproto.server.createSession",
        json={"identifier": account.handle, "password": account.password},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def test_publishing_text_with_facets_and_an_image_with_alt_text(core, credentials, bluesky_network, tmp_path: Path):
    require_keyring(credentials)
    club = bluesky_network.create_account("funkenflug")
    friend = bluesky_network.create_account("anna")
    photo = load_image(make_png(tmp_path / "disco.png", 1200, 800), "Tanzfläche mit bunten Lichtern")
    text = (
        f"Disco im Jugendclub 🪩 mit @{friend.handle}! Cafe\u0301 & Kuchen, Infos: "
        f"https://funkenflug.example/disco #Jugendarbeit #2026"
    )

    async def scenario():
        stored, client = await connect(core, bluesky_network, club)
        post = Outgoing(text, key="post-1", images=(photo,))
        published = await client.publish(post)
        again = await client.publish(post)  # a retry of the same attempt (the outbox keeps key and time)
        return stored, published, again

    stored, published, again = run_online(core, scenario())
    assert stored.handle == "@" + club.handle and stored.status == "connected"
    assert again.remote_id == published.remote_id
    records = xrpc(bluesky_network, "com.atproto.repo.listRecords", repo=club.did, collection="app.bsky.feed.post")[
        "records"
    ]
    assert len(records) == 1  # the retry did not make a second post
    record = records[0]["value"]
    assert record["text"] == text
    image = record["embed"]["images"][0]
    assert image["alt"] == "Tanzfläche mit bunten Lichtern"
    assert image["aspectRatio"] == {"width": 1200, "height": 800}
    encoded = text.encode()
    features = {
        f["features"][0]["$type"].split("#")[1]: encoded[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode()
        for f in record["facets"]
    }
    assert features == {
        "mention": "@" + friend.handle,
        "link": "https://funkenflug.example/disco",
        "tag": "#Jugendarbeit",
    }
    mention = next(f for f in record["facets"] if f["features"][0]["$type"].endswith("#mention"))
    assert mention["features"][0]["did"] == friend.did


def test_a_reply_from_another_account_is_fetched_once_and_answered(core, credentials, bluesky_network):
    require_keyring(credentials)
    club = bluesky_network.create_account("funkenflug")
    neighbour = bluesky_network.create_account("ben")

    async def scenario():
        _, client = await connect(core, bluesky_network, club)
        ours = await client.publish(Outgoing("Welche Workshops wünscht ihr euch in den Ferien?", key="ask"))
        # Ben's app shows our post once the AppView has it (later than the PDS's answer to us).
        [view] = bluesky_network.post_views(ours.remote_id)
        ben = session_of(bluesky_network, neighbour)
        reference = {"uri": view["uri"], "cid": view["cid"]}
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {ben['accessJwt']}"}) as http:
            answer = await http.post(
                f"{bluesky_network.pds_url}/xrpc/com.atproto.repo.createRecord",
                json={
                    "repo": neighbour.did,
                    "collection": "app.bsky.feed.post",
                    "record": {
                        "$type": "app.bsky.feed.post",
                        "text": "Graffiti-Workshop! Und Kochen für Anfänger 🍝",
                        "createdAt": "2026-11-26T10:00:00.000Z",
                        "reply": {"root": reference, "parent": reference},
                    },
                },
            )
            answer.raise_for_status()
        bluesky_network.process()
        first = await client.fetch_comments(None)
        second = await client.fetch_comments(first.cursor)
        comment = first.comments[0]
        reply = await client.reply(comment.remote_id, Outgoing("Notiert – danke, Ben! 🙌", key="reply-1"))
        bluesky_network.process()
        thread = await client.thread(comment.remote_id)
        return ours, answer.json(), first, second, reply, thread

    ours, answer, first, second, reply, thread = run_online(core, scenario())
    assert [c.remote_id for c in first.comments] == [answer["uri"]]
    comment = first.comments[0]
    assert comment.text == "Graffiti-Workshop! Und Kochen für Anfänger 🍝"
    assert comment.author_handle == "@" + neighbour.handle
    assert comment.remote_post_id == ours.remote_id and comment.remote_parent_id == ours.remote_id
    assert second.comments == []
    records = xrpc(bluesky_network, "com.atproto.repo.listRecords", repo=club.did, collection="app.bsky.feed.post")[
        "records"
    ]
    written = next(r for r in records if r["uri"] == reply.remote_id)["value"]
    assert written["reply"]["parent"]["uri"] == answer["uri"]
    assert written["reply"]["root"]["uri"] == ours.remote_id
    assert [c.remote_id for c in thread] == [ours.remote_id, answer["uri"], reply.remote_id]


def test_an_expired_session_renews_itself_and_keeps_the_new_tokens_in_the_keyring(core, credentials, bluesky_network):
    require_keyring(credentials)
    club = bluesky_network.create_account("funkenflug")

    async def scenario():
        stored, client = await connect(core, bluesky_network, club)
        old_refresh = client.secret.get("refresh_jwt")
        client.secret.values["access_jwt"] = bluesky_network.expired_access_token(club)
        await client.verify()
        kept = (await core.connections.client(stored.id)).secret
        return old_refresh, client.secret, kept

    old_refresh, renewed, kept = run_online(core, scenario())
    assert renewed.get("refresh_jwt") != old_refresh
    assert kept.get("access_jwt") == renewed.get("access_jwt") and kept.get("refresh_jwt") != old_refresh


def test_a_wrong_app_password_is_refused_and_stores_nothing(core, bluesky_network):
    club = bluesky_network.create_account("funkenflug")

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Funkenflug")
        with pytest.raises(AuthExpired, match="did not accept"):
            await core.connections.connect_bluesky(
                organisation, club.handle, "aaaa-bbbb-cccc-dddd", bluesky_network.pds_url
            )
        return await core.accounts.list()

    assert run_online(core, scenario()) == []


def test_a_revoked_app_password_asks_for_a_reconnect(core, credentials, bluesky_network):
    require_keyring(credentials)
    club = bluesky_network.create_account("funkenflug")

    async def scenario():
        stored, client = await connect(core, bluesky_network, club)
        main = session_of(bluesky_network, club)
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {main['accessJwt']}"}) as http:
            names = (await http.get(f"{bluesky_network.pds_url}/xrpc/com.atproto.server.listAppPasswords")).json()
            for entry in names["passwords"]:
                (
                    await http.post(
                        f"{bluesky_network.pds_url}/xrpc/com.atproto.server.revokeAppPassword",
                        json={"name": entry["name"]},
                    )
                ).raise_for_status()
        # Later, when the access token has run out too:
        client.secret.values["access_jwt"] = "expired"
        await core.accounts.replace_secret(stored.id, client.secret.dump())
        return await core.connections.check(stored.id)

    assert run_online(core, scenario()).status == "needs_reconnect"


def test_a_post_over_300_characters_is_refused_by_the_server(core, credentials, bluesky_network):
    require_keyring(credentials)
    club = bluesky_network.create_account("funkenflug")

    async def scenario():
        _, client = await connect(core, bluesky_network, club)
        with pytest.raises(Rejected) as refused:
            await client.publish(Outgoing("ä" * 301, key="too-long"))
        return refused.value

    assert "Bluesky refused this" in str(run_online(core, scenario()))


def test_too_many_logins_are_answered_with_when_to_try_again(core, bluesky_network):
    club = bluesky_network.create_account("funkenflug")
    bluesky_network.use_up_login_limit(club.handle)

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Funkenflug")
        with pytest.raises(RateLimited) as limited:
            await core.connections.connect_bluesky(
                organisation, club.handle, club.app_password, bluesky_network.pds_url
            )
        return limited.value

    error = run_online(core, scenario())
    wait = (error.retry_at - datetime.now(timezone.utc)).total_seconds()
    assert 0 < wait <= 300 and "Bluesky asks to wait until" in str(error)


def test_removing_the_account_ends_its_session(core, credentials, bluesky_network):
    require_keyring(credentials)
    club = bluesky_network.create_account("funkenflug")

    async def scenario():
        stored, client = await connect(core, bluesky_network, club)
        withdrawn = await core.connections.remove(stored.id)
        return client.secret.get("refresh_jwt"), withdrawn

    refresh, withdrawn = run_online(core, scenario())
    assert not withdrawn  # the app password itself is withdrawn in Bluesky's settings
    answer = httpx.post(
        f"{bluesky_network.pds_url}/xrpc/com.atproto.server.refreshSession",
        headers={"Authorization": f"Bearer {refresh}"},
    )
    assert answer.status_code in (400, 401)
