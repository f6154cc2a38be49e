"""The Mastodon client against a loopback server that speaks Mastodon's documented API."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

from conftest import make_png, require_keyring, run_online
from desktop.networks.base import AuthExpired, Outgoing, RateLimited, Rejected
from desktop.publishing.media import load_image

TEXT = "Sommerfest im Lindenhof 🎉 – Grüße an alle Nachbar*innen! Cafe\u0301 ab 15 Uhr. https://lindenhof.example/fest"


def browser(address: str) -> httpx.Response:
    """What the user's browser does: open the sign-in page, follow the redirects back to Kurzdraht."""
    return httpx.get(address, follow_redirects=True, timeout=10)


async def connect_by_token(core, server, username: str = "lindenhof"):
    token = server.create_user(username, "Nachbarschaftszentrum Lindenhof")
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    account = await core.connections.connect_mastodon_token(organisation, server.url, token)
    return account, await core.connections.client(account.id)


def test_signing_in_through_the_browser_stores_the_account_and_keeps_the_token_in_the_keyring(
    core, credentials, mastodon_server, home: Path
):
    require_keyring(credentials)
    mastodon_server.create_user("lindenhof", "Nachbarschaftszentrum Lindenhof")
    mastodon_server.sign_in("lindenhof")

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        login = core.connections.mastodon_login(mastodon_server.url)
        address = await login.start()
        assert "code_challenge_method=S256" in address and "state=" in address
        page = await asyncio.to_thread(browser, address)
        assert page.status_code == 200 and "close this browser tab" in page.text
        secret = await login.finish(timeout=10)
        return await core.connections.connect("mastodon", organisation, login.server_url, secret), secret

    account, secret = run_online(core, scenario())
    assert account.display_name == "Nachbarschaftszentrum Lindenhof"
    assert account.handle == f"@lindenhof@{mastodon_server.url.split('://')[1]}"
    assert account.status == "connected"
    token = secret.get("access_token")
    assert token and token in (run_online(core, core.accounts.secret(account.id)) or "")
    database = sqlite3.connect(home / "kurzdraht.sqlite3")
    dump = "\n".join(database.iterdump())
    database.close()
    assert token not in dump and secret.get("client_secret") not in dump


def test_a_browser_answer_with_a_foreign_state_is_refused(core, mastodon_server):
    async def scenario():
        login = core.connections.mastodon_login(mastodon_server.url)
        await login.start()
        forged = f"{login.redirect.redirect_uri}?code=stolen&state=not-ours"
        await asyncio.to_thread(httpx.get, forged)
        with pytest.raises(Exception, match="did not belong to this sign-in"):
            await login.finish(timeout=5)

    run_online(core, scenario())


def test_publishing_text_and_an_image_with_alt_text(core, credentials, mastodon_server, tmp_path: Path):
    require_keyring(credentials)
    mastodon_server.set_media_processing_polls(2)  # the image is "processing" for two polls
    image = load_image(make_png(tmp_path / "fest.png", 800, 600), "Luftballons über dem Hof")

    async def scenario():
        account, client = await connect_by_token(core, mastodon_server)
        limits = await client.limits()
        published = await client.publish(Outgoing(TEXT, key="post-1-account-1", images=(image,)))
        async with httpx.AsyncClient() as http:
            status = (await http.get(f"{mastodon_server.url}/api/v1/statuses/{published.remote_id}")).json()
        return limits, published, status

    limits, published, status = run_online(core, scenario())
    assert (limits.max_characters, limits.url_weight, limits.max_images) == (500, 23, 4)
    assert published.url.startswith(mastodon_server.url)
    assert "Grüße an alle Nachbar*innen" in status["content"] and "🎉" in status["content"]
    assert "Cafe\u0301" in status["content"]
    assert [m["description"] for m in status["media_attachments"]] == ["Luftballons über dem Hof"]
    assert status["media_attachments"][0]["url"]


def test_the_same_post_sent_twice_appears_once(core, credentials, mastodon_server):
    require_keyring(credentials)

    async def scenario():
        _, client = await connect_by_token(core, mastodon_server)
        first = await client.publish(Outgoing("Einmal und nicht öfter", key="attempt-7"))
        again = await client.publish(Outgoing("Einmal und nicht öfter", key="attempt-7"))
        return first, again

    first, again = run_online(core, scenario())
    assert first.remote_id == again.remote_id
    assert len(mastodon_server.statuses_of("lindenhof")) == 1


def test_a_reply_from_another_account_is_fetched_once_and_answered(core, credentials, mastodon_server):
    require_keyring(credentials)
    neighbour = mastodon_server.create_user("anna", "Anna Müller")

    async def scenario():
        _, client = await connect_by_token(core, mastodon_server)
        ours = await client.publish(Outgoing("Was wünscht ihr euch fürs Sommerfest?", key="k1"))
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {neighbour}"}) as http:
            comment = (
                await http.post(
                    f"{mastodon_server.url}/api/v1/statuses",
                    json={"status": "@lindenhof Eine Hüpfburg für die Kinder! 🏰", "in_reply_to_id": ours.remote_id},
                )
            ).json()
        first = await client.fetch_comments(None)
        second = await client.fetch_comments(first.cursor)
        answer = await client.reply(comment["id"], Outgoing("Gute Idee, wir fragen beim Verleih 😊", key="r1"))
        thread = await client.thread(comment["id"])
        return ours, comment, first, second, answer, thread

    ours, comment, first, second, answer, thread = run_online(core, scenario())
    assert [c.remote_id for c in first.comments] == [comment["id"]]
    found = first.comments[0]
    assert found.text == "@lindenhof Eine Hüpfburg für die Kinder! 🏰"
    assert (found.author_name, found.author_handle) == ("Anna Müller", "@anna")
    assert found.remote_post_id == ours.remote_id and found.remote_parent_id == ours.remote_id
    assert second.comments == [] and second.cursor == first.cursor
    reply = next(s for s in mastodon_server.statuses_of("lindenhof") if s["id"] == answer.remote_id)
    assert reply["in_reply_to_id"] == comment["id"] and reply["text"].startswith("@anna ")
    assert [c.remote_id for c in thread] == [ours.remote_id, comment["id"], answer.remote_id]


def test_mentions_are_paged_through_the_link_header(core, credentials, mastodon_server):
    require_keyring(credentials)
    neighbour = mastodon_server.create_user("anna")

    async def scenario():
        _, client = await connect_by_token(core, mastodon_server)
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {neighbour}"}) as http:
            for number in range(45):
                await http.post(f"{mastodon_server.url}/api/v1/statuses", json={"status": f"@lindenhof Nr. {number}"})
        return await client.fetch_comments(None)

    page = run_online(core, scenario())
    assert len(page.comments) == 45  # 40 on the first page, 5 through rel="next"
    assert page.comments[0].text == "@lindenhof Nr. 44"


def test_a_revoked_token_needs_a_reconnect(core, credentials, mastodon_server):
    require_keyring(credentials)

    async def scenario():
        account, client = await connect_by_token(core, mastodon_server)
        mastodon_server.revoke(client.secret.get("access_token"))
        with pytest.raises(AuthExpired, match="reconnect"):
            await client.publish(Outgoing("Hallo", key="x"))
        return await core.connections.check(account.id)

    result = run_online(core, scenario())
    assert result.status == "needs_reconnect" and result.account.status_label == "needs reconnect"


def test_rate_limits_are_honoured_without_sending_more(core, credentials, mastodon_server):
    require_keyring(credentials)

    async def scenario():
        _, client = await connect_by_token(core, mastodon_server)
        mastodon_server.limit_requests(remaining=0, reset_in=120)
        with pytest.raises(RateLimited) as limited:
            await client.publish(Outgoing("Zu viel auf einmal", key="y"))
        with pytest.raises(RateLimited):  # not sent: the client remembers when to try again
            await client.publish(Outgoing("Zu viel auf einmal", key="y"))
        return limited.value

    error = run_online(core, scenario())
    wait = (error.retry_at - datetime.now(timezone.utc)).total_seconds()
    assert 100 < wait <= 121
    assert mastodon_server.statuses_of("lindenhof") == []


def test_input_the_server_refuses_comes_back_in_its_words(core, credentials, mastodon_server):
    require_keyring(credentials)
    mastodon_server.max_characters = 50

    async def scenario():
        _, client = await connect_by_token(core, mastodon_server)
        with pytest.raises(Rejected) as refused:
            await client.publish(Outgoing("ü" * 51, key="z"))
        return refused.value

    assert "character limit of 50" in str(run_online(core, scenario()))
    assert mastodon_server.statuses_of("lindenhof") == []


def test_a_lost_answer_is_reported_as_unknown_and_the_retry_makes_no_second_post(core, credentials, mastodon_server):
    require_keyring(credentials)
    from desktop.networks.base import OutcomeUnknown

    async def scenario():
        _, client = await connect_by_token(core, mastodon_server)
        mastodon_server.fail_next("/api/v1/statuses", "drop_after_commit", method="POST")
        with pytest.raises(OutcomeUnknown):
            await client.publish(Outgoing("Genau einmal", key="attempt-9"))
        return await client.publish(Outgoing("Genau einmal", key="attempt-9"))

    run_online(core, scenario())
    assert [s["text"] for s in mastodon_server.statuses_of("lindenhof")] == ["Genau einmal"]


def test_plain_http_is_refused_for_servers_that_are_not_this_computer(core):
    with pytest.raises(Exception, match="encrypted connection"):
        run_online(core, core.connections.connect_mastodon_token(1, "http://social.example", "token"))
    assert run_online(core, core.accounts.list()) == []


def test_removing_an_account_revokes_its_token_on_the_server(core, credentials, mastodon_server):
    require_keyring(credentials)
    mastodon_server.create_user("lindenhof")
    mastodon_server.sign_in("lindenhof")

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        login = core.connections.mastodon_login(mastodon_server.url)
        address = await login.start()
        await asyncio.to_thread(browser, address)
        secret = await login.finish(timeout=10)
        account = await core.connections.connect("mastodon", organisation, login.server_url, secret)
        withdrawn = await core.connections.remove(account.id)
        return secret.get("access_token"), withdrawn

    token, withdrawn = run_online(core, scenario())
    assert withdrawn
    answer = httpx.get(
        f"{mastodon_server.url}/api/v1/accounts/verify_credentials", headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 401


def test_an_account_whose_server_cannot_be_reached_is_marked_offline(core, credentials, mastodon_server):
    require_keyring(credentials)

    async def scenario():
        account, _ = await connect_by_token(core, mastodon_server)
        mastodon_server.stop()
        return await core.connections.check(account.id)

    result = run_online(core, scenario())
    assert result.status == "offline" and "Could not reach Mastodon" in result.message
