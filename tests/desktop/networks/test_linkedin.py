"""LinkedIn Pages against the LinkedIn server: the sign-in through the organisation's LinkedIn app (by
pasting the address the browser ended on, or back to this computer where LinkedIn enabled that), the
choice among several Pages, a pasted token, posts whose text survives LinkedIn's "little text", images
with their descriptions, exactly one post after a lost answer, comments in the inbox once and answered
once, LinkedIn's daily limits, an expired login, a retired API version, the headers every call carries,
and the command line."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import make_png, require_keyring, run_online
from desktop.errors import KurzdrahtError
from desktop.inbox.search import InboxFilter
from desktop.networks.base import Outgoing, Rejected, Secret
from desktop.networks.linkedin import LINKEDIN_VERSION, escape_little_text, plain_text
from desktop.publishing.outbox import Outbox
from network_posts import publish, try_once
from sign_in_users import BrowserUser, PastingUser, free_port

ROOT = Path(__file__).resolve().parents[3]
REDIRECT = "https://lindenhof.example/kurzdraht/linkedin"


@pytest.fixture
def outbox(core):
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


@pytest.fixture
def page(linkedin_server, credentials):
    require_keyring(credentials)
    server = linkedin_server
    server.strict_restli_header = True
    admin = server.add_member("Lea Brandt")
    lindenhof = server.add_organization("Nachbarschaftszentrum Lindenhof", "lindenhof", admins=[admin])
    client_id, secret = server.register_app([REDIRECT])
    server.signed_in = admin
    return server, admin, lindenhof, client_id, secret


async def sign_in(core, page, values=None, user=None, redirect=REDIRECT):
    _, _, _, client_id, secret = page
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    await core.apps.set("linkedin", organisation, client_id, secret, redirect)
    return await core.connections.sign_in("linkedin", organisation, values or {}, user or PastingUser())


def stored_secret(core, account) -> dict:
    return json.loads(run_online(core, core.accounts.secret(account.id)))


def test_little_text_is_escaped_and_read_back():
    text = r"Fest (im Hof) #Kiez @alle [frei] *a* _b_ ~c~ <d> |e| {f} \g"
    assert escape_little_text(text) == (
        r"Fest \(im Hof\) \#Kiez \@alle \[frei\] \*a\* \_b\_ \~c\~ \<d\> \|e\| \{f\} \\g"
    )
    assert plain_text(escape_little_text(text)) == text
    assert plain_text(r"Hallo @[Lea Brandt](urn:li:person:abc) {hashtag|\#|Kiez}") == "Hallo Lea Brandt #Kiez"


def test_signing_in_by_pasting_the_address_the_browser_ended_on(core, page, home):
    server, admin, lindenhof, client_id, secret = page
    server.revoked_for_first_calls = 1  # LinkedIn refuses a brand-new token for a moment
    user = PastingUser()

    account = run_online(core, sign_in(core, page, user=user))

    assert (account.network, account.handle, account.display_name) == ("linkedin", "lindenhof", lindenhof.name)
    assert user.opened[0].startswith(server.url + "/oauth/v2/authorization?")
    left = account.login_expires_at - datetime.now(timezone.utc)
    assert timedelta(days=59) < left <= timedelta(days=60, seconds=5)  # Accounts counts down
    stored = stored_secret(core, account)
    assert stored["organization_id"] == str(lindenhof.id) and "refresh_token" not in stored
    database = sqlite3.connect(home / "kurzdraht.sqlite3")
    dump = "\n".join(database.iterdump())
    database.close()
    assert stored["token"] not in dump and secret not in dump and REDIRECT in dump


def test_signing_in_returns_to_this_computer_where_linkedin_enabled_it(core, page):
    server, _, lindenhof, _, _ = page
    client_id, secret = server.register_app([], loopback_enabled=True)
    redirect = f"http://127.0.0.1:{free_port()}/kurzdraht/linkedin"
    user = BrowserUser()

    account = run_online(core, sign_in(core, (server, None, None, client_id, secret), user=user, redirect=redirect))

    assert account.handle == "lindenhof"
    assert user.opened[0].startswith(server.url + "/oauth/native-pkce/authorization?")
    assert "code_challenge_method=S256" in user.opened[0]


def test_several_pages_are_offered_and_one_is_chosen(core, page):
    server, admin, lindenhof, _, _ = page
    garden = server.add_organization("Gemeinschaftsgarten Lindenhof", "garten-lindenhof", posters=[admin])
    server.add_organization("Stadtteilzeitung", analysts=[admin])  # may not post: not offered
    user = PastingUser(choice=str(garden.id))

    account = run_online(core, sign_in(core, page, user=user))

    [(question, options)] = user.asked
    assert "several Pages" in question
    assert options == [(str(lindenhof.id), lindenhof.name), (str(garden.id), garden.name)]
    assert (account.handle, stored_secret(core, account)["organization_id"]) == ("garten-lindenhof", str(garden.id))

    again = run_online(core, sign_in(core, page, values={"organization": str(lindenhof.id)}))
    assert again.handle == "lindenhof" and len(user.asked) == 1
    with pytest.raises(KurzdrahtError, match=f"Gemeinschaftsgarten Lindenhof \\({garden.id}\\)"):
        run_online(core, sign_in(core, page, values={"organization": "999"}))


def test_a_cancelled_sign_in_and_a_wrong_client_secret_are_explained(core, page):
    server, _, _, client_id, _ = page
    server.refuse_next_authorization()
    with pytest.raises(KurzdrahtError, match="cancelled in the browser"):
        run_online(core, sign_in(core, page))
    with pytest.raises(KurzdrahtError, match="does not accept the client ID and secret"):
        run_online(core, sign_in(core, (server, None, None, client_id, "WPL_AP1.guessed")))
    assert run_online(core, core.accounts.list()) == []


def test_a_login_without_a_role_on_a_page_is_explained(core, page):
    server, _, lindenhof, _, _ = page
    analyst = server.add_member("Tom Analyst")
    server.grant(lindenhof, analyst, "ANALYST")
    server.signed_in = analyst
    with pytest.raises(KurzdrahtError, match="no admin role on any LinkedIn Page"):
        run_online(core, sign_in(core, page))
    assert run_online(core, core.accounts.list()) == []


@pytest.mark.parametrize("form", ["json", "bare"])
def test_a_pasted_token_connects_without_the_browser(core, page, form):
    server, admin, lindenhof, client_id, _ = page
    token = server.access_token(admin, client_id)
    pasted = json.dumps({"access_token": token, "expires_in": 5_184_000}) if form == "json" else token

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        return await core.connections.sign_in("linkedin", organisation, {"token": pasted})

    account = run_online(core, scenario())
    assert (account.handle, account.status) == ("lindenhof", "connected")
    assert stored_secret(core, account)["token"] == token
    assert (account.login_expires_at is not None) == (form == "json")


def test_a_text_post_arrives_whole_with_every_call_versioned(core, page, outbox):
    server, _, lindenhof, _, _ = page
    account = run_online(core, sign_in(core, page))
    text = (
        "Sommerfest (mit Kuchen) am Samstag, 14_00 Uhr – #Nachbarschaft @alle [Eintritt frei] *Musik* ~ "
        "<Hof> | {Grill} \\ Ende 🎉"
    )

    [first], _ = publish(core, account, text)

    assert first.state == "published", first.error
    [post] = server.posts_of(lindenhof)
    assert server.text_of(post.urn) == text
    assert first.remote_url == f"https://www.linkedin.com/feed/update/{post.urn}/"
    rest = [headers for _, path, headers in server.requests if path.startswith("/rest/")]
    assert rest and all(h.get("linkedin-version") == LINKEDIN_VERSION for h in rest)
    assert all(h.get("x-restli-protocol-version") == "2.0.0" for h in rest)
    assert set(server.versions_seen) == {LINKEDIN_VERSION}


@pytest.mark.parametrize("count", [1, 2])
def test_images_with_their_descriptions(core, page, outbox, tmp_path, count):
    server, _, lindenhof, _, _ = page
    account = run_online(core, sign_in(core, page))
    pictures = [(make_png(tmp_path / f"hof{i}.png", 800, 600), f"Lampions im Hof, Bild {i + 1}") for i in range(count)]

    [first], _ = publish(core, account, "Bilder vom Fest", pictures)

    assert first.state == "published", first.error
    [post] = server.posts_of(lindenhof)
    attached = server.images_of(post.urn)
    assert [alt for _, alt in attached] == [alt for _, alt in pictures]
    assert all(image.status == "AVAILABLE" and image.media_type == "image/png" for image, _ in attached)
    assert ("multiImage" in post.content) == (count > 1)


@pytest.mark.parametrize("fault", ["drop_after_commit", "drop_before_commit"])
def test_a_lost_answer_gives_exactly_one_post(core, page, outbox, fault):
    server, _, lindenhof, _, _ = page
    account = run_online(core, sign_in(core, page))
    server.fail("POST", r"^/rest/posts$", fault)

    [first], [final] = publish(core, account, "Flohmarkt im Hof am Sonntag (ab 9 Uhr)")

    assert first.state == "unknown" and final.state == "published", final.error
    assert final.tries == 2
    [post] = server.posts_of(lindenhof)
    assert final.remote_url.endswith(f"/{post.urn}/")


def test_linkedin_naming_the_same_post_counts_as_published(core, page):
    server, _, lindenhof, _, _ = page
    account = run_online(core, sign_in(core, page))

    async def twice():
        client = await core.connections.client(account.id)
        made = await client.publish(Outgoing("Kuchenbasar am Sonntag", key="a"))
        # A try whose keeping was lost: LinkedIn's DUPLICATE_POST names the post that is there.
        return made, await client.publish(Outgoing("Kuchenbasar am Sonntag", key="a"))

    made, again = run_online(core, twice())
    assert again.remote_id == made.remote_id
    assert len(server.posts_of(lindenhof)) == 1


def test_a_text_too_long_once_escaped_is_explained(core, page):
    server, _, lindenhof, _, _ = page
    account = run_online(core, sign_in(core, page))

    async def send():
        client = await core.connections.client(account.id)
        return await client.publish(Outgoing("Klammern " + "(x) " * 700, key="long"))

    with pytest.raises(Rejected, match="too long for LinkedIn"):
        run_online(core, send())
    assert server.posts_of(lindenhof) == []


def test_comments_arrive_once_and_an_answer_goes_out_once(core, page, outbox):
    server, _, lindenhof, _, _ = page
    account = run_online(core, sign_in(core, page))
    publish(core, account, "Wer hilft beim Aufbau?")
    [post] = server.posts_of(lindenhof)
    emre = server.add_member("Emre Kaya")
    question = server.comment(post.urn, emre, "Ich komme um zehn! (mit Bänken)")

    first = run_online(core, core.inbox_sync.sync())
    second = run_online(core, core.inbox_sync.sync())
    rows = list(run_online(core, core.inbox.page(InboxFilter(account_ids=(account.id,)), limit=50)).rows)
    assert [r.text for r in rows] == ["Ich komme um zehn! (mit Bänken)"]
    assert len(first.new_ids) == 1 and not second.new_ids
    assert rows[0].remote_post_id == post.urn and rows[0].post_id is not None
    assert rows[0].author_name == "LinkedIn member"

    server.fail("POST", r"^/rest/socialActions/[^/]+/comments$", "drop_after_commit")
    ids = run_online(core, core.replies.reply(rows[0].id, "Danke, Emre (wir sind ab 9 da)!"))
    [sent] = run_online(core, core.outbox.drain(ids, timeout=30))
    assert sent.state == "published", sent.error
    [answer] = [c for c in server.comments_on(post.urn) if c.parent == question.urn]
    assert (answer.text, answer.actor) == ("Danke, Emre (wir sind ab 9 da)!", lindenhof.urn)  # plain, not escaped

    follow_up = server.comment(post.urn, emre, "Super, bis dann.", parent=question)
    third = run_online(core, core.inbox_sync.sync())
    assert len(third.new_ids) == 1  # Emre's answer; ours is no new comment

    async def conversation():
        return await (await core.connections.client(account.id)).thread(follow_up.urn)

    found = run_online(core, conversation())
    assert [c.text for c in found] == [
        "Wer hilft beim Aufbau?",
        "Ich komme um zehn! (mit Bänken)",
        "Danke, Emre (wir sind ab 9 da)!",
        "Super, bis dann.",
    ]
    assert found[2].author_name == lindenhof.name and found[3].remote_parent_id == question.urn


def test_the_daily_limit_makes_a_post_wait(core, page, outbox):
    server, _, lindenhof, _, _ = page
    account = run_online(core, sign_in(core, page))
    server.fail("POST", r"^/rest/posts$", "429")

    [first] = try_once(core, account, "Kommt, wenn LinkedIn wieder will")

    assert (first.state, first.error_kind) == ("pending", "rate_limited")
    now = datetime.now(timezone.utc)
    assert now + timedelta(minutes=14) < first.retry_at <= now + timedelta(minutes=15, seconds=5)
    assert server.posts_of(lindenhof) == []


def test_an_expired_login_needs_a_reconnect(core, page):
    server, *_ = page
    account = run_online(core, sign_in(core, page))
    server.expire_tokens()
    result = run_online(core, core.connections.check(account.id))
    assert result.status == "needs_reconnect" and "60 days" in result.message


def test_a_page_role_taken_away_is_said_plainly(core, page, outbox):
    server, admin, lindenhof, _, _ = page
    account = run_online(core, sign_in(core, page))
    server.grant(lindenhof, admin, None)

    [first] = try_once(core, account, "Darf ich noch?")

    assert first.state == "failed" and "no admin role on this Page" in first.error


def test_a_retired_api_version_asks_for_an_update(core, page):
    server, *_ = page
    account = run_online(core, sign_in(core, page))
    server.active_versions = {"202612"}  # LinkedIn stopped serving Kurzdraht's version
    result = run_online(core, core.connections.check(account.id))
    assert LINKEDIN_VERSION in result.message and "update Kurzdraht" in result.message


def test_a_renewable_login_is_renewed_before_it_runs_out(core, page):
    server, _, _, client_id, _ = page
    server.app(client_id).refresh_tokens_enabled = True
    account = run_online(core, sign_in(core, page))
    stored = stored_secret(core, account)
    assert stored["refresh_token"] and stored["client_id"] == client_id
    assert account.login_expires_at - datetime.now(timezone.utc) > timedelta(days=360)  # the refresh token's
    stored["access_expires_at"] = str(int(datetime.now(timezone.utc).timestamp()) + 3600)
    run_online(core, core.accounts.replace_secret(account.id, Secret(stored).dump()))

    assert run_online(core, core.connections.check(account.id)).ok
    renewed = stored_secret(core, account)
    assert renewed["token"] != stored["token"] and int(renewed["access_expires_at"]) > int(stored["access_expires_at"])


def test_the_cli_sets_the_app_connects_a_chosen_page_and_posts(page, keyring_service, home):
    server, admin, lindenhof, client_id, secret = page
    garden = server.add_organization("Gemeinschaftsgarten Lindenhof", "garten-lindenhof", admins=[admin])
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}

    def kurzdraht(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, env=env
        )

    saved = kurzdraht(
        "apps", "set", "linkedin", f"--client-id={client_id}", "--client-secret-stdin", "--redirect-uri", REDIRECT,
        stdin=secret,
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    token = server.access_token(admin, client_id)
    unsure = kurzdraht("accounts", "add", "linkedin", "--token-stdin", stdin=token)
    assert unsure.returncode != 0
    assert str(lindenhof.id) in unsure.stderr and str(garden.id) in unsure.stderr and "--organization" in unsure.stderr
    added = kurzdraht(
        "accounts", "add", "linkedin", "--token-stdin", "--organization", str(garden.id), "--name", "Garten",
        stdin=token,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Connected Garten (LinkedIn, garten-lindenhof)." in added.stdout
    posted = kurzdraht("post", "--to", "Garten", "Ernte (Kürbisse) am Freitag #Garten")
    assert posted.returncode == 0, posted.stderr
    [post] = server.posts_of(garden)
    assert server.text_of(post.urn) == "Ernte (Kürbisse) am Freitag #Garten"
