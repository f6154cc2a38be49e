"""X against the X API v2 server: the sign-in through the organisation's Native App (PKCE, loopback on the
registered port), a pasted token, posts with an image and its description, exactly one post after a lost
answer, mentions in the inbox once and answered, X's reply rule said plainly, rate limits and spent credits
that make posts wait, and the login renewed with single-use refresh tokens — also by two processes at once,
without ending the login on X's side."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from conftest import make_png, require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.errors import KurzdrahtError
from desktop.inbox.search import InboxFilter
from desktop.networks.base import Secret
from desktop.publishing.outbox import Outbox
from network_posts import publish, try_once
from sign_in_users import BrowserUser, free_port

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def outbox(core):
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


@pytest.fixture
def x(x_server, credentials):
    require_keyring(credentials)
    lindenhof = x_server.add_user("lindenhof_kiez", "Lindenhof Kiez")
    redirect = f"http://127.0.0.1:{free_port()}/kurzdraht/x"
    client_id = x_server.register_app([redirect])
    x_server.signed_in = lindenhof
    return x_server, lindenhof, client_id, redirect


async def sign_in(core, x, values=None):
    _, _, client_id, redirect = x
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    await core.apps.set("x", organisation, client_id, "", redirect)
    return await core.connections.sign_in("x", organisation, values or {}, BrowserUser())


def stored_secret(core, account) -> dict:
    return json.loads(run_online(core, core.accounts.secret(account.id)))


def test_signing_in_through_the_organisations_app_keeps_a_renewable_login(core, x, home):
    server, lindenhof, client_id, _ = x
    account = run_online(core, sign_in(core, x))
    assert (account.network, account.handle, account.display_name) == ("x", "@lindenhof_kiez", "Lindenhof Kiez")
    assert account.login_expires_at is None  # renewed by itself: Accounts shows no end
    stored = stored_secret(core, account)
    assert stored["refresh_token"] and stored["client_id"] == client_id and stored["user_id"] == lindenhof.id
    dump = (home / "kurzdraht.sqlite3").read_bytes()
    assert stored["token"].encode() not in dump and stored["refresh_token"].encode() not in dump


def test_a_refused_sign_in_and_a_taken_port_are_explained(core, x):
    server, *_ = x
    server.refuse_next_authorization()
    with pytest.raises(KurzdrahtError, match="cancelled in the browser"):
        run_online(core, sign_in(core, x))
    port = int(x[3].rsplit(":", 1)[1].split("/")[0])
    with socket.socket() as taken:  # another program listens there
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        taken.bind(("127.0.0.1", port))
        taken.listen()
        with pytest.raises(KurzdrahtError, match=f"Port {port}"):
            run_online(core, sign_in(core, x))
    assert run_online(core, core.accounts.list()) == []


@pytest.mark.parametrize("form", ["json", "bare"])
def test_a_pasted_token_connects_without_the_browser(core, x, form):
    server, lindenhof, client_id, _ = x
    answer = server.issue_tokens(lindenhof, client_id)
    pasted = json.dumps(answer) if form == "json" else answer["access_token"]

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        return await core.connections.sign_in("x", organisation, {"token": pasted})

    account = run_online(core, scenario())
    assert (account.handle, account.status) == ("@lindenhof_kiez", "connected")
    stored = stored_secret(core, account)
    assert stored["token"] == answer["access_token"]
    assert ("refresh_token" in stored) == (form == "json")


def test_a_post_with_an_image_and_its_description(core, x, outbox, tmp_path):
    server, lindenhof, *_ = x
    account = run_online(core, sign_in(core, x))
    picture = make_png(tmp_path / "hof.png", 1200, 800)
    text = "Sommerfest im Hof am Samstag ab 15 Uhr – Kinder & Eltern willkommen! 🎉"

    _, [final] = publish(core, account, text, [(picture, "Lampions über den Tischen im Hof")])

    assert final.state == "published", final.error
    [tweet] = server.tweets_of(lindenhof)
    assert tweet.source_text == text
    [(data, alt)] = server.media_of(tweet.id)
    assert data[:4] == b"\x89PNG" and alt == "Lampions über den Tischen im Hof"
    assert final.remote_url == f"https://x.com/lindenhof_kiez/status/{tweet.id}"


@pytest.mark.parametrize("fault", ["drop_after_commit", "drop_before_commit", "503"])
def test_a_lost_answer_gives_exactly_one_post(core, x, outbox, fault):
    server, lindenhof, *_ = x
    account = run_online(core, sign_in(core, x))
    server.fail("POST", r"^/2/tweets$", fault)
    text = "Flohmarkt im Hof am Sonntag – mehr unter https://lindenhof.example/flohmarkt & bis dann"

    [first], [final] = publish(core, account, text)

    assert final.state == "published", final.error
    [tweet] = server.tweets_of(lindenhof)  # one post, found by its (escaped, shortened) text after the loss
    assert final.remote_url.endswith(f"/status/{tweet.id}")
    if fault == "drop_after_commit":
        assert first.state == "unknown" and final.tries == 2


def test_duplicate_content_is_looked_for_and_never_sent_again(core, x, outbox):
    server, lindenhof, *_ = x
    account = run_online(core, sign_in(core, x))
    server.post(lindenhof, "Lesecafé am Donnerstag")  # posted on x.com, a moment ago

    [first], _ = publish(core, account, "Lesecafé am Donnerstag")

    # It was found among the account's own posts: that post counts, nothing is sent twice.
    assert first.state == "published", first.error
    assert len(server.tweets_of(lindenhof)) == 1


def test_mentions_arrive_once_and_are_answered_once_and_the_reply_rule_is_explained(core, x, outbox):
    server, lindenhof, *_ = x
    anna = server.add_user("anna_kiez", "Anna")
    bert = server.add_user("bert_kiez", "Bert")
    account = run_online(core, sign_in(core, x))
    _, [sent] = publish(core, account, "Wer hilft beim Kiezputz?")
    [ours] = server.tweets_of(lindenhof)
    question = server.post(anna, "Ich! Wann geht es los? 🧹", reply_to=ours.id)
    unrelated = server.post(bert, "Schönes Wetter heute")

    first = run_online(core, core.inbox_sync.sync())
    second = run_online(core, core.inbox_sync.sync())
    rows = list(run_online(core, core.inbox.page(InboxFilter(account_ids=(account.id,)), limit=50)).rows)
    assert [r.text for r in rows] == [question.source_text]
    assert len(first.new_ids) == 1 and not second.new_ids
    assert rows[0].remote_post_id == ours.id and rows[0].author_handle == "@anna_kiez"

    server.fail("POST", r"^/2/tweets$", "drop_after_commit")
    ids = run_online(core, core.replies.reply(rows[0].id, "Samstag um 10 am Brunnen!"))
    [answer] = run_online(core, core.outbox.drain(ids, timeout=30))
    assert answer.state == "published", answer.error
    [reply] = server.replies_to(question.id)
    assert reply.source_text.endswith("Samstag um 10 am Brunnen!")
    assert not run_online(core, core.inbox_sync.sync()).new_ids  # our answer is no new comment

    # Bert never mentioned the account: X does not let apps answer him, and Kurzdraht says so.
    from desktop.networks.base import Outgoing, Rejected

    async def answer_bert():
        client = await core.connections.client(account.id)
        return await client.reply(unrelated.id, Outgoing("Hallo Bert", key="k1"))

    with pytest.raises(Rejected, match="only people who mention your account"):
        run_online(core, answer_bert())
    assert server.replies_to(unrelated.id) == []


def test_a_rate_limit_waits_until_xs_reset_and_spent_credits_wait_too(core, x, outbox):
    server, lindenhof, *_ = x
    account = run_online(core, sign_in(core, x))
    server.set_rate_limit("POST", r"^/2/tweets$", 0)

    [first] = try_once(core, account, "Kommt, wenn X wieder will")

    assert (first.state, first.error_kind) == ("pending", "rate_limited")
    assert (
        datetime.now(timezone.utc) + timedelta(minutes=5)
        < first.retry_at
        <= datetime.now(timezone.utc) + timedelta(minutes=15, seconds=5)
    )

    server.set_rate_limit("POST", r"^/2/tweets$", 100)
    server.credits_exhausted = True
    [second] = try_once(core, account, "Kommt, wenn wieder Guthaben da ist")
    assert (second.state, second.error_kind) == ("pending", "rate_limited")
    assert "credits are used up" in second.error
    assert server.tweets_of(lindenhof) == []


def expire_soon(core, account, server) -> dict:
    """Two hours later: the access token runs out in a minute (as stored and on X's side)."""
    stored = stored_secret(core, account)
    stored["access_expires_at"] = str(int(datetime.now(timezone.utc).timestamp()) + 60)
    run_online(core, core.accounts.replace_secret(account.id, Secret(stored).dump()))
    server.expire_access_tokens()
    return stored


def test_the_login_is_renewed_and_the_new_refresh_token_kept(core, x):
    server, *_ = x
    account = run_online(core, sign_in(core, x))
    before = expire_soon(core, account, server)

    result = run_online(core, core.connections.check(account.id))

    assert result.ok, result.message
    after = stored_secret(core, account)
    assert after["token"] != before["token"] and after["refresh_token"] != before["refresh_token"]
    assert server.refresh_count == 1
    assert run_online(core, core.connections.check(account.id)).ok  # the new one works, no second refresh
    assert server.refresh_count == 1


def test_a_refused_renewal_needs_a_reconnect(core, x):
    server, *_ = x
    account = run_online(core, sign_in(core, x))
    stored = expire_soon(core, account, server)
    for token in server.tokens.values():  # the login was withdrawn on x.com
        token.revoked = True
    assert run_online(core, core.connections.check(account.id)).status == "needs_reconnect"
    assert stored_secret(core, account)["refresh_token"] == stored["refresh_token"]


def test_two_processes_renewing_at_once_use_the_refresh_token_once(x, keyring_service, home):
    """The app and `publish-due` both find the token run out: one renews, the other uses its result."""
    server, lindenhof, client_id, redirect = x
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}

    def kurzdraht(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, env=env
        )

    assert kurzdraht("apps", "set", "x", f"--client-id={client_id}", "--redirect-uri", redirect).returncode == 0
    answer = server.issue_tokens(lindenhof, client_id)
    added = kurzdraht("accounts", "add", "x", "--token-stdin", "--name", "Lindenhof-X", stdin=json.dumps(answer))
    assert added.returncode == 0, added.stderr
    server.expire_access_tokens()  # both processes get a 401 and renew
    both = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "accounts", "check", "Lindenhof-X"],
            cwd=ROOT,
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=120) for process in both]

    assert [p.returncode for p in both] == [0, 0], outputs
    assert server.refresh_count == 1
    assert not server.revoked_families  # no spent refresh token was used again
    posted = kurzdraht("post", "--to", "Lindenhof-X", "Nach der Erneuerung")
    assert posted.returncode == 0, posted.stderr


def test_the_cli_connects_with_the_browser_on_the_registered_port(x, keyring_service, home):
    server, lindenhof, client_id, redirect = x
    env = {
        **os.environ,
        "KURZDRAHT_KEYRING_SERVICE": keyring_service,
        "KURZDRAHT_HOME": str(home),
        "BROWSER": "true",  # no browser opens: the test follows the address as the browser would
    }
    saved = subprocess.run(
        [sys.executable, "-m", "desktop", "apps", "set", "x", f"--client-id={client_id}", "--redirect-uri", redirect],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert saved.returncode == 0, saved.stderr
    adding = subprocess.Popen(
        [sys.executable, "-m", "desktop", "accounts", "add", "x"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert adding.stdout is not None
    lines = []
    while not lines or not lines[-1].startswith("http"):
        line = adding.stdout.readline()
        assert line, adding.stderr.read() if adding.stderr else ""
        lines.append(line.strip())
    back = httpx.get(lines[-1], timeout=10).headers["Location"]
    assert back.startswith(redirect + "?")
    httpx.get(back, timeout=10)
    out, err = adding.communicate(timeout=60)
    assert adding.returncode == 0, err
    assert out.strip().endswith("Connected Lindenhof Kiez (X, @lindenhof_kiez).")


def test_the_composer_says_what_x_charges_for_a_post(core, x):
    from desktop.publishing.checks import check_post

    account = run_online(core, sign_in(core, x))

    def notes(text: str) -> list[str]:
        content = DraftContent(account.organisation_id, text, (account.id,))
        return [p.message for p in check_post(content, [account]) if not p.blocking]

    assert notes("Lesecafé am Donnerstag") == ["Lindenhof Kiez (X): X charges your organisation $0.015 for this post."]
    assert notes("Alles unter https://lindenhof.example/lesecafe") == [
        "Lindenhof Kiez (X): X charges your organisation $0.20 for this post, as it has a link."
    ]


def test_sync_exits_0_when_x_only_asks_to_wait_and_1_when_the_login_is_gone(x, keyring_service, home):
    server, lindenhof, client_id, _ = x
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}

    def kurzdraht(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, env=env
        )

    answer = server.issue_tokens(lindenhof, client_id)
    assert (
        kurzdraht("accounts", "add", "x", "--token-stdin", "--name", "Lindenhof-X", stdin=json.dumps(answer)).returncode
        == 0
    )
    server.set_rate_limit("GET", r"/mentions$", 0)
    waiting = kurzdraht("sync")
    assert waiting.returncode == 0, waiting.stderr
    assert "X asks to wait until" in waiting.stdout
    # A second account, whose login is then withdrawn on x.com: that one failed, so the sync did.
    club = server.add_user("funkenflug", "Jugendclub Funkenflug")
    second = server.issue_tokens(club, client_id)
    assert (
        kurzdraht("accounts", "add", "x", "--token-stdin", "--name", "Funkenflug", stdin=json.dumps(second)).returncode
        == 0
    )
    for token in server.tokens.values():
        token.revoked = token.revoked or token.user == club.id
    gone = kurzdraht("sync")
    assert gone.returncode == 1
    assert "Funkenflug (x): X no longer accepts the saved login" in gone.stdout
    assert "Lindenhof-X (x): X asked to wait until" in gone.stdout
