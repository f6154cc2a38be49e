"""Threads against the Threads API server: the sign-in through the organisation's Threads app that ends
with the user pasting the address the browser ended on, text and image posts exactly once (also when the
container is not ready yet or the answer is lost), replies in the inbox and answers to them, and a token
refreshed in time."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from conftest import make_png, require_keyring, run_online
from desktop.errors import KurzdrahtError
from desktop.inbox.search import InboxFilter
from desktop.publishing.outbox import Outbox
from network_posts import publish
from sign_in_users import PastingUser

REDIRECT = "https://lindenhof.example/kurzdraht/"


@pytest.fixture
def outbox(core):
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


@pytest.fixture
def profile(threads_server, credentials):
    require_keyring(credentials)
    server = threads_server
    server.container_polls = 2
    lindenhof = server.add_profile("lindenhof.kiez", "Lindenhof Kiez")
    facebook_id, app_id, secret = server.register_app(REDIRECT)
    server.signed_in = lindenhof.id
    return server, lindenhof, facebook_id, app_id, secret


async def sign_in(core, profile, app_id=None, values=None):
    server, _, _, threads_app, secret = profile
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    await core.apps.set("threads", organisation, app_id or threads_app, secret, REDIRECT)
    return await core.connections.sign_in("threads", organisation, values or {}, PastingUser())


def test_signing_in_by_pasting_the_address_the_browser_ended_on(core, profile, home):
    server, lindenhof, _, app_id, secret = profile
    account = run_online(core, sign_in(core, profile))
    assert (account.network, account.handle, account.display_name) == ("threads", "@lindenhof.kiez", "Lindenhof Kiez")
    # A 60-day token: Accounts shows when it ends.
    left = account.login_expires_at - datetime.now(timezone.utc)
    assert timedelta(days=59) < left <= timedelta(days=60, seconds=5)
    stored = json.loads(run_online(core, core.accounts.secret(account.id)))
    assert server.tokens[stored["token"]].long_lived
    database = sqlite3.connect(home / "kurzdraht.sqlite3")
    dump = "\n".join(database.iterdump())
    database.close()
    assert secret not in dump and stored["token"] not in dump and REDIRECT in dump


def test_the_facebook_app_id_instead_of_the_threads_one_is_explained(core, profile):
    _, _, facebook_id, _, _ = profile
    with pytest.raises(KurzdrahtError, match="not the address the browser ended on"):
        run_online(core, sign_in(core, profile, app_id=facebook_id))
    assert run_online(core, core.accounts.list()) == []


def test_a_text_post_waits_for_its_container_even_when_threads_says_not_ready(core, profile, outbox):
    server, lindenhof, *_ = profile
    account = run_online(core, sign_in(core, profile))
    account = run_online(core, core.accounts.get(account.id))
    server.fail("POST", r"/threads_publish$", "not_ready")
    [first], [final] = publish(core, account, "Lesecafé am Donnerstag 📚 – kommt vorbei!")
    assert first.state == "published", first.error  # "not ready" was waited out in the same try
    [post] = server.posts_of(lindenhof)
    assert post.text == "Lesecafé am Donnerstag 📚 – kommt vorbei!"
    assert final.remote_url == f"https://www.threads.net/@lindenhof.kiez/post/{post.id}"


@pytest.mark.parametrize("fault", ["drop_after_commit", "drop_before_commit"])
def test_a_lost_answer_asks_the_container_and_gives_exactly_one_post(core, profile, outbox, fault):
    server, lindenhof, *_ = profile
    account = run_online(core, sign_in(core, profile))
    server.fail("POST", r"/threads_publish$", fault)
    [first], [final] = publish(core, account, "Flohmarkt im Hof am Sonntag")
    assert first.state == "unknown"
    assert final.state == "published" and final.tries == 2
    [post] = server.posts_of(lindenhof)
    assert final.remote_url.endswith(f"/post/{post.id}")
    assert len(server.containers) == 1


def test_an_image_with_alt_text_goes_through_the_blog(core, profile, outbox, wordpress_site, tmp_path):
    server, lindenhof, *_ = profile
    wordpress_site.set_pretty_permalinks(True)

    async def connect():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.connections.connect_wordpress(
            organisation,
            wordpress_site.url,
            wordpress_site.admin_user,
            wordpress_site.application_password(wordpress_site.admin_user),
            name="Lindenhof-Blog",
        )
        return await sign_in(core, profile, values={"images_via": "Lindenhof-Blog"})

    account = run_online(core, connect())
    picture = make_png(tmp_path / "hof.png", 1200, 900)
    _, [final] = publish(core, account, "Der Hof blüht 🌷", [(picture, "Tulpen im Beet vor dem Haus")])
    assert final.state == "published", final.error
    [post] = server.posts_of(lindenhof)
    assert post.alt_texts == ["Tulpen im Beet vor dem Haus"]
    assert server.fetched[0].startswith(wordpress_site.url)


def test_replies_arrive_once_and_an_answer_goes_out_once(core, profile, outbox):
    server, lindenhof, *_ = profile
    neighbour = server.add_profile("anna.kiez", "Anna")
    account = run_online(core, sign_in(core, profile))
    publish(core, account, "Wer hilft beim Kiezputz?")
    [post] = server.posts_of(lindenhof)
    question = server.reply(post.id, neighbour, "Ich! Wann geht es los? 🧹")

    first = run_online(core, core.inbox_sync.sync())
    second = run_online(core, core.inbox_sync.sync())
    rows = list(run_online(core, core.inbox.page(InboxFilter(account_ids=(account.id,)), limit=50)).rows)
    assert [r.text for r in rows] == ["Ich! Wann geht es los? 🧹"]
    assert len(first.new_ids) == 1 and not second.new_ids
    assert rows[0].remote_post_id == post.id and rows[0].post_id is not None

    server.fail("POST", r"/threads_publish$", "drop_after_commit")
    ids = run_online(core, core.replies.reply(rows[0].id, "Samstag um 10 am Brunnen!"))
    [sent] = run_online(core, core.outbox.drain(ids, timeout=30))
    assert sent.state == "published", sent.error
    assert [t.text for t in server.replies_to(question.id)] == ["Samstag um 10 am Brunnen!"]
    third = run_online(core, core.inbox_sync.sync())
    assert not third.new_ids  # our own answer is no new comment


def test_a_token_is_refreshed_before_it_runs_out_and_the_new_one_is_kept(core, profile):
    server, *_ = profile
    account = run_online(core, sign_in(core, profile))
    stored = json.loads(run_online(core, core.accounts.secret(account.id)))
    # Fifty-five days later: five days left.
    token = server.tokens[stored["token"]]
    token.issued -= 55 * 86400
    token.expires -= 55 * 86400
    stored["issued_at"] = str(int(stored["issued_at"]) - 55 * 86400)
    stored["expires_at"] = str(int(stored["expires_at"]) - 55 * 86400)
    from desktop.networks.base import Secret

    run_online(core, core.accounts.replace_secret(account.id, Secret(stored).dump()))

    result = run_online(core, core.connections.check(account.id))
    assert result.ok, result.message
    renewed = json.loads(run_online(core, core.accounts.secret(account.id)))
    assert renewed["token"] != stored["token"] and server.tokens[renewed["token"]].long_lived
    left = result.account.login_expires_at - datetime.now(timezone.utc)
    assert left > timedelta(days=59)  # Accounts shows the new end


def test_an_expired_login_needs_a_reconnect(core, profile):
    server, *_ = profile
    account = run_online(core, sign_in(core, profile))
    server.expire_all_tokens()
    assert run_online(core, core.connections.check(account.id)).status == "needs_reconnect"


def test_a_rate_limit_waits_and_is_not_a_failure(core, profile, outbox):
    server, lindenhof, *_ = profile
    account = run_online(core, sign_in(core, profile))
    server.fail("POST", r"/threads$", "rate_limit")
    [first], _ = publish(core, account, "Kommt an, wenn Threads wieder will")
    assert (first.state, first.error_kind) == ("pending", "rate_limited")
    assert first.retry_at > datetime.now(timezone.utc) + timedelta(minutes=4)  # no time named: five minutes
    assert server.posts_of(lindenhof) == []


def test_the_cli_signs_in_to_threads_with_the_address_pasted_into_the_terminal(profile, keyring_service, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    server, lindenhof, _, app_id, secret = profile
    root = Path(__file__).resolve().parents[3]
    env = {
        **os.environ,
        "KURZDRAHT_KEYRING_SERVICE": keyring_service,
        "KURZDRAHT_THREADS_API": server.url,
        "BROWSER": "true",  # webbrowser runs `true ADDRESS`: no browser opens in the test
    }

    def kurzdraht(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True, text=True, cwd=root, env=env
        )

    saved = kurzdraht(
        "apps", "set", "threads", f"--app-id={app_id}", "--app-secret-stdin", "--redirect-uri", REDIRECT, stdin=secret
    )
    assert saved.returncode == 0, saved.stderr
    adding = subprocess.Popen(
        [sys.executable, "-m", "desktop", "accounts", "add", "threads"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=root,
        env=env,
    )
    assert adding.stdout is not None and adding.stdin is not None
    lines = []
    while not lines or not lines[-1].startswith("http"):
        line = adding.stdout.readline()
        assert line, adding.stderr.read() if adding.stderr else ""
        lines.append(line.strip())
    ended_on = httpx.get(lines[-1], timeout=10).headers["Location"]
    out, err = adding.communicate(ended_on + "\n", timeout=60)
    assert adding.returncode == 0, err
    assert "paste it here" in out and out.strip().endswith("Connected Lindenhof Kiez (Threads, @lindenhof.kiez).")


def test_a_pasted_token_connects_without_the_browser(core, profile):
    server, lindenhof, _, app_id, _ = profile
    token = server.long_lived_token(lindenhof, app_id)

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        return await core.connections.sign_in("threads", organisation, {"token": token})

    account = run_online(core, scenario())
    assert (account.handle, account.status) == ("@lindenhof.kiez", "connected")
    assert json.loads(run_online(core, core.accounts.secret(account.id)))["token"] == token
