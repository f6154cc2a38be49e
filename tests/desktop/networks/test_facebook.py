"""Facebook Pages against the Graph API server (tests/servers/graph.py): connecting with a pasted token or
through the organisation's Meta app in the browser, publishing text and photos with alt text exactly
once, rate limits and lost logins. The inbox side is in test_inbox_networks.py."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from conftest import make_png, require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.errors import KurzdrahtError
from desktop.networks.meta import META_REDIRECT
from desktop.publishing.outbox import Outbox
from network_posts import publish

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def outbox(core):
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


class Browser:
    """The user in the browser: opens the address and follows the redirects back to Kurzdraht; picks
    the Page named `page` when asked."""

    def __init__(self, page: str = "") -> None:
        self.opened: list[str] = []
        self.page = page
        self.questions: list[list[str]] = []

    async def open_browser(self, step) -> None:
        self.opened.append(step.address)
        asyncio.get_running_loop().run_in_executor(
            None, lambda: httpx.get(step.address, follow_redirects=True, timeout=10)
        )

    async def pasted_address(self, step) -> str:
        raise AssertionError("Facebook returns to Kurzdraht itself")

    async def choose(self, question: str, options) -> str:
        self.questions.append([label for _, label in options])
        return next(key for key, label in options if label == self.page)


@pytest.fixture
def lindenhof(graph_server):
    graph = graph_server
    manager = graph.add_person("Redaktion Lindenhof")
    page = graph.add_page("Nachbarschaftszentrum Lindenhof", manager, username="lindenhof")
    app_id, secret = graph.register_app()
    return graph, manager, page, app_id, secret


async def connect_page(core, graph, manager, page, app_id):
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    return await core.connections.sign_in("facebook", organisation, {"token": graph.page_token(page, manager, app_id)})


def test_a_pasted_page_token_connects_that_page_and_stays_in_the_keyring_only(core, credentials, lindenhof, home):
    require_keyring(credentials)
    graph, manager, page, app_id, _ = lindenhof
    token = graph.page_token(page, manager, app_id)
    account = run_online(core, connect_page(core, graph, manager, page, app_id))
    assert (account.network, account.display_name, account.handle) == ("facebook", page.name, page.id)
    assert account.status == "connected" and account.network_name == "Facebook"
    database = sqlite3.connect(home / "kurzdraht.sqlite3")
    dump = "\n".join(database.iterdump())
    database.close()
    assert token not in dump
    assert token in (run_online(core, core.accounts.secret(account.id)) or "")


def test_a_pasted_user_token_with_several_pages_asks_which_one(core, credentials, lindenhof):
    require_keyring(credentials)
    graph, manager, page, app_id, _ = lindenhof
    graph.add_page("Jugendclub Funkenflug", manager)
    user_token = graph.user_token(manager, app_id)

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        with pytest.raises(KurzdrahtError, match="several Pages") as asked:
            await core.connections.sign_in("facebook", organisation, {"token": user_token})
        picked = Browser(page="Jugendclub Funkenflug")
        chosen = await core.connections.sign_in("facebook", organisation, {"token": user_token}, picked)
        named = await core.connections.sign_in("facebook", organisation, {"token": user_token, "page": page.id})
        return str(asked.value), picked.questions, chosen, named

    message, questions, chosen, named = run_online(core, scenario())
    assert "Jugendclub Funkenflug" in message and page.id in message  # the CLI's list to pick from
    assert questions == [["Jugendclub Funkenflug", "Nachbarschaftszentrum Lindenhof"]]
    assert chosen.display_name == "Jugendclub Funkenflug" and named.display_name == page.name


def test_a_short_lived_user_token_is_made_long_lived_with_the_organisations_meta_app(core, credentials, lindenhof):
    require_keyring(credentials)
    graph, manager, page, app_id, secret = lindenhof
    short = graph.user_token(manager, app_id)

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.apps.set("meta", organisation, app_id, secret)
        return await core.connections.sign_in("facebook", organisation, {"token": short})

    account = run_online(core, scenario())
    stored = json.loads(run_online(core, core.accounts.secret(account.id)))
    # The Page token came from a long-lived user token: one that does not expire.
    assert graph.tokens[stored["page_token"]].expires_at is None


def test_signing_in_through_the_organisations_meta_app_in_the_browser(core, credentials, lindenhof, home):
    require_keyring(credentials)
    graph, manager, page, app_id, secret = lindenhof
    graph.signed_in = manager.id
    browser = Browser()

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        with pytest.raises(KurzdrahtError, match="Meta app is needed first"):
            await core.connections.sign_in("facebook", organisation, {}, browser)
        await core.apps.set("meta", organisation, app_id, secret)
        return await core.connections.sign_in("facebook", organisation, {}, browser)

    account = run_online(core, scenario())
    assert account.display_name == page.name and account.status == "connected"
    [opened] = browser.opened
    assert opened.startswith(graph.url + "/v25.0/dialog/oauth?")  # the sign-in page on the base address
    query = httpx.URL(opened).params
    assert query["client_id"] == app_id and query["code_challenge_method"] == "S256" and query["state"]
    assert query["redirect_uri"] == META_REDIRECT or query["redirect_uri"].startswith("http://localhost:")
    assert "pages_manage_posts" in query["scope"].split(",")
    stored = json.loads(run_online(core, core.accounts.secret(account.id)))
    assert graph.tokens[stored["page_token"]].expires_at is None
    database = sqlite3.connect(home / "kurzdraht.sqlite3")
    dump = "\n".join(database.iterdump())
    database.close()
    assert secret not in dump and app_id in dump  # the app's ID in the database, its secret in the keyring


def test_a_refused_sign_in_in_the_browser_says_so_and_stores_nothing(core, credentials, lindenhof):
    require_keyring(credentials)
    graph, manager, page, app_id, secret = lindenhof
    graph.signed_in, graph.declines = manager.id, True

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.apps.set("meta", organisation, app_id, secret)
        with pytest.raises(KurzdrahtError, match="cancelled in the browser"):
            await core.connections.sign_in("facebook", organisation, {}, Browser())
        return await core.accounts.list()

    assert run_online(core, scenario()) == []


def test_text_goes_to_the_pages_feed_and_the_attempt_links_to_it(core, credentials, lindenhof, outbox):
    require_keyring(credentials)
    graph, manager, page, app_id, _ = lindenhof
    account = run_online(core, connect_page(core, graph, manager, page, app_id))
    text = "Sommerfest im Lindenhof 🎉 am Samstag ab 15 Uhr – alle sind eingeladen! https://lindenhof.example/fest"
    _, [attempt] = publish(core, account, text)
    assert attempt.state == "published", attempt.error
    [post] = graph.posts_of(page)
    assert post.message == text and not post.photos
    assert attempt.remote_url == f"https://www.facebook.com/{page.id}/posts/{post.id.split('_')[1]}"


def test_photos_go_out_with_their_alt_text(core, credentials, lindenhof, outbox, tmp_path):
    require_keyring(credentials)
    graph, manager, page, app_id, _ = lindenhof
    account = run_online(core, connect_page(core, graph, manager, page, app_id))
    one = make_png(tmp_path / "hof.png", 800, 600)
    two = make_png(tmp_path / "buffet.png", 600, 800, colour="#d08030")

    _, [single] = publish(core, account, "Der Hof ist geschmückt", [(one, "Lichterketten über dem Hof")])
    _, [double] = publish(
        core, account, "Zwei Bilder vom Fest", [(one, "Lichterketten über dem Hof"), (two, "Kuchenbuffet")]
    )

    assert single.state == double.state == "published"
    first, second = graph.posts_of(page)
    assert first.message == "Der Hof ist geschmückt" and len(first.photos) == 1
    assert graph.photos[first.photos[0]].alt_text == "Lichterketten über dem Hof"
    assert second.message == "Zwei Bilder vom Fest"
    assert [graph.photos[p].alt_text for p in second.photos] == ["Lichterketten über dem Hof", "Kuchenbuffet"]
    assert all(graph.photos[p].data.startswith(b"\x89PNG") for p in second.photos)


@pytest.mark.parametrize("fault", ["drop_after_commit", "drop_before_commit"])
def test_a_lost_answer_is_checked_against_the_pages_posts_and_gives_exactly_one_post(
    core, credentials, lindenhof, outbox, fault
):
    require_keyring(credentials)
    graph, manager, page, app_id, _ = lindenhof
    account = run_online(core, connect_page(core, graph, manager, page, app_id))
    graph.fail("POST", r"/feed$", fault)
    [first], [final] = publish(core, account, "Flohmarkt am Sonntag – Tische sind noch frei.")
    assert first.state == "unknown"  # sent, but no answer: checked before anything is sent again
    assert final.state == "published" and final.tries == 2
    [post] = graph.posts_of(page)
    assert post.message == "Flohmarkt am Sonntag – Tische sind noch frei."
    assert final.remote_url == f"https://www.facebook.com/{page.id}/posts/{post.id.split('_')[1]}"
    sent = [r for r in graph.requests if r == ("POST", f"/v25.0/{page.id}/feed")]
    assert len(sent) == (1 if fault == "drop_after_commit" else 2)


def test_a_rate_limit_waits_for_the_time_meta_names_and_is_not_a_failure(core, credentials, lindenhof, outbox):
    require_keyring(credentials)
    graph, manager, page, app_id, _ = lindenhof
    account = run_online(core, connect_page(core, graph, manager, page, app_id))
    graph.fail("POST", r"/feed$", "rate_limit")

    async def scenario():
        draft = await core.drafts.write(DraftContent(account.organisation_id, "Kiezputz am Samstag", (account.id,)))
        ids = await core.outbox.publish(draft)
        return await core.outbox.send_due(ids)

    [first] = run_online(core, scenario())
    assert (first.state, first.error_kind) == ("pending", "rate_limited")
    waits = (first.retry_at - datetime.now(timezone.utc)).total_seconds()
    assert 6 * 60 <= waits <= 7 * 60  # Meta's estimated_time_to_regain_access: 7 minutes
    assert "wait" in first.error and graph.posts_of(page) == []


def test_a_login_meta_ended_makes_the_account_need_a_reconnect(core, credentials, lindenhof, outbox):
    require_keyring(credentials)
    graph, manager, page, app_id, _ = lindenhof
    account = run_online(core, connect_page(core, graph, manager, page, app_id))
    graph.expire_all_tokens()
    result = run_online(core, core.connections.check(account.id))
    assert result.status == "needs_reconnect" and "reconnect" in result.message
    [first], _ = publish(core, account, "Kommt das an?")
    assert (first.state, first.error_kind) == ("failed", "login")


def kurzdraht(*args: str, stdin: str = "", service: str, api: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": service, "KURZDRAHT_FACEBOOK_API": api},
        timeout=120,
    )


def test_the_cli_keeps_the_meta_app_and_connects_a_page_with_a_pasted_token(
    credentials, keyring_service, lindenhof, home
):
    require_keyring(credentials)
    graph, manager, page, app_id, secret = lindenhof
    cli = {"service": keyring_service, "api": graph.url}

    saved = kurzdraht(
        "apps",
        "set",
        "meta",
        "--app-id",
        app_id,
        "--app-secret-stdin",
        "--organisation",
        "Lindenhof",
        stdin=secret,
        **cli,
    )
    assert saved.returncode == 0, saved.stderr
    assert secret not in saved.stdout + saved.stderr
    listed = json.loads(kurzdraht("apps", "list", "--json", **cli).stdout)
    assert listed == [{"kind": "meta", "organisation": "Lindenhof", "app_id": app_id, "redirect_uri": ""}]

    graph.add_page("Jugendclub Funkenflug", manager)
    user_token = graph.user_token(manager, app_id)
    several = kurzdraht("accounts", "add", "facebook", "--token-stdin", stdin=user_token + "\n", **cli)
    assert several.returncode == 1 and "--page" in several.stderr and page.id in several.stderr

    added = kurzdraht("accounts", "add", "facebook", "--page", page.id, "--token-stdin", stdin=user_token + "\n", **cli)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == f"Connected {page.name} (Facebook, {page.id})."
    posted = kurzdraht("post", "--to", page.name, "Hallo aus dem Terminal", **cli)
    assert posted.returncode == 0, posted.stderr
    assert [p.message for p in graph.posts_of(page)] == ["Hallo aus dem Terminal"]

    removed = kurzdraht("apps", "remove", "meta", **cli)
    assert removed.returncode == 0 and json.loads(kurzdraht("apps", "list", "--json", **cli).stdout) == []
    log = (home / "logs" / "kurzdraht.log").read_text()
    assert secret not in log and user_token not in log


def test_a_post_planned_for_the_page_is_in_the_calendar_and_goes_out_with_publish_due(
    core, credentials, keyring_service, lindenhof
):
    from desktop.store.db import database
    from desktop.store.models import Schedule, utcnow

    require_keyring(credentials)
    graph, manager, page, app_id, _ = lindenhof
    account = run_online(core, connect_page(core, graph, manager, page, app_id))

    async def plan():
        draft = await core.drafts.write(
            DraftContent(account.organisation_id, "Laternenumzug am Freitag 🏮", (account.id,))
        )
        await core.schedules.schedule(draft, datetime.now(timezone.utc) + timedelta(hours=1), "Europe/Berlin")
        return draft

    draft = run_online(core, plan())
    [planned] = run_online(core, core.calendar.between())
    assert planned.post_id == draft and planned.networks == ("facebook",)

    def due_now() -> None:  # as if an hour had passed
        with database.atomic():
            Schedule.update(publish_at=utcnow() - timedelta(minutes=1)).where(Schedule.post == draft).execute()

    core.store.call(due_now)
    finished = kurzdraht("publish-due", service=keyring_service, api=graph.url)
    assert finished.returncode == 0, finished.stderr
    assert "(Facebook): published" in finished.stdout
    assert [p.message for p in graph.posts_of(page)] == ["Laternenumzug am Freitag 🏮"]


def test_a_pasted_page_token_that_lasts_an_hour_says_so_in_accounts(core, credentials, lindenhof):
    require_keyring(credentials)
    graph, manager, page, app_id, secret = lindenhof
    # A Page token got with a short-lived user token (as the Graph API Explorer shows one) lasts an hour.
    short_user = graph.user_token(manager, app_id)
    listed = httpx.get(
        f"{graph.url}/v25.0/me/accounts", params={"access_token": short_user, "fields": "id,access_token"}
    ).json()
    hourly = listed["data"][0]["access_token"]

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.apps.set("meta", organisation, app_id, secret)
        return await core.connections.sign_in("facebook", organisation, {"token": hourly})

    account = run_online(core, scenario())
    left = account.login_expires_at - datetime.now(timezone.utc)
    assert timedelta(minutes=55) < left <= timedelta(hours=1) and account.login_ends_soon()
