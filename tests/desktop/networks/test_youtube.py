"""YouTube against the Google OAuth + YouTube Data API server: the sign-in through the organisation's
"Desktop app" client (PKCE, any loopback port) and a pasted token, comment threads in the inbox once and
new replies on old threads noticed, answers sent exactly once (also after a lost answer), the daily quota
counted per account and answers waiting until midnight in California once it is used up, the hourly login
renewed with the refresh token kept, a "Testing" app's login that ends after 7 days, the composer that does
not offer YouTube, and the CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.errors import KurzdrahtError
from desktop.inbox.search import InboxFilter
from desktop.networks.base import Outgoing, Secret
from desktop.networks.youtube import next_reset, pacific_day
from desktop.publishing.outbox import Outbox
from sign_in_users import BrowserUser

ROOT = Path(__file__).resolve().parents[3]
OWNER = "redaktion@lindenhof.example"


@pytest.fixture
def outbox(core):
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


@pytest.fixture
def youtube(youtube_server, credentials):
    require_keyring(credentials)
    channel = youtube_server.add_channel("Nachbarschaftszentrum Lindenhof", OWNER, subscribers=312)
    video = youtube_server.add_video(channel, "Sommerfest 2026")
    youtube_server.signed_in = OWNER
    return youtube_server, channel, video


async def sign_in(core, server, testing: bool = False, values=None, user=None):
    client_id, secret = server.register_client(testing=testing)
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    await core.apps.set("google", organisation, client_id, secret)
    return await core.connections.sign_in("youtube", organisation, values or {}, user or BrowserUser())


def stored_secret(core, account) -> dict:
    return json.loads(run_online(core, core.accounts.secret(account.id)))


def inbox_rows(core, account) -> list:
    return list(run_online(core, core.inbox.page(InboxFilter(account_ids=(account.id,)), limit=100)).rows)


def sync(core):
    result = run_online(core, core.inbox_sync.sync())
    assert not result.failed, [a.error for a in result.failed]
    return result


def test_signing_in_through_the_browser_keeps_a_renewable_login(core, youtube, home):
    server, channel, _ = youtube
    user = BrowserUser()
    account = run_online(core, sign_in(core, server, user=user))
    assert (account.network, account.display_name) == ("youtube", "Nachbarschaftszentrum Lindenhof")
    assert account.handle == channel.handle.lower() and account.login_expires_at is None
    [opened] = user.opened
    assert "access_type=offline" in opened and "prompt=consent" in opened and "code_challenge_method=S256" in opened
    assert re.search(r"redirect_uri=http%3A%2F%2F127\.0\.0\.1%3A\d+%2F", opened)
    stored = stored_secret(core, account)
    client_id, client = next(iter(server.clients.items()))
    assert stored["refresh_token"] and stored["client_id"] == client_id and stored["client_secret"] == client.secret
    assert stored["channel_id"] == channel.id and stored["access_expires_at"].isdigit()
    assert "expires_at" not in stored  # that key would show in Accounts as the end of the login
    dump = (home / "kurzdraht.sqlite3").read_bytes()
    assert stored["token"].encode() not in dump and stored["refresh_token"].encode() not in dump


def test_an_app_in_testing_shows_when_its_login_ends_and_needs_a_reconnect_after_seven_days(core, youtube):
    server, *_ = youtube
    account = run_online(core, sign_in(core, server, testing=True))
    ends = account.login_expires_at
    assert ends is not None and timedelta(days=6) < ends - datetime.now(timezone.utc) <= timedelta(days=7)
    assert account.login_ends_soon()  # Accounts reminds of it from the start

    server.clock_offset = 7 * 86400 + 60  # a week later at Google: the access and the refresh token ran out
    result = run_online(core, core.connections.check(account.id))

    assert result.status == "needs_reconnect"
    assert "reconnect" in result.message and "7 days" in result.message and "Testing" in result.message


def test_a_refused_sign_in_and_a_google_account_without_a_channel_are_explained(core, youtube_server, credentials):
    require_keyring(credentials)
    server = youtube_server
    server.signed_in = "privat@example.org"  # a Google account without a channel
    server.refuse_next_authorization()
    with pytest.raises(KurzdrahtError, match="cancelled in the browser"):
        run_online(core, sign_in(core, server))
    with pytest.raises(KurzdrahtError, match="no YouTube channel"):
        run_online(core, sign_in(core, server))
    assert run_online(core, core.accounts.list()) == []


@pytest.mark.parametrize("form", ["json", "bare"])
def test_a_pasted_token_connects_without_the_browser(core, youtube, form):
    server, channel, _ = youtube
    client_id, secret = server.register_client()
    answer = server.issue_tokens(channel, client_id)
    pasted = json.dumps(answer) if form == "json" else answer["access_token"]

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        await core.apps.set("google", organisation, client_id, secret)
        return await core.connections.sign_in("youtube", organisation, {"token": pasted})

    account = run_online(core, scenario())
    assert (account.display_name, account.status) == ("Nachbarschaftszentrum Lindenhof", "connected")
    stored = stored_secret(core, account)
    assert stored["token"] == answer["access_token"] and stored["channel_id"] == channel.id
    assert ("refresh_token" in stored) == (form == "json") == ("client_secret" in stored)


def test_threads_arrive_once_and_new_replies_on_old_threads_are_noticed(core, youtube):
    server, channel, video = youtube
    other = server.add_video(channel, "Kochkurs")
    question = server.comment(video, "@anna", "Wann beginnt das Fest?")
    for n in range(7):  # more than YouTube shows with the thread
        server.comment(video, f"@gast{n}", f"Antwort {n}", reply_to=question)
    praise = server.comment(other, "@ben", "Tolles Rezept! 🍲")
    account = run_online(core, sign_in(core, server))
    server.comment(video, channel.handle, "Um 15 Uhr!", reply_to=question, author_channel=channel.id)  # ours

    first = sync(core)
    second = sync(core)

    rows = inbox_rows(core, account)
    assert len(first.new_ids) == 9 and not second.new_ids
    texts = {r.text for r in rows}
    assert texts == {"Wann beginnt das Fest?", "Tolles Rezept! 🍲", *(f"Antwort {n}" for n in range(7))}
    top = next(r for r in rows if r.text == "Tolles Rezept! 🍲")
    assert (top.remote_id, top.remote_post_id, top.author_name) == (praise.id, other.id, "@ben")
    assert top.url == f"https://www.youtube.com/watch?v={other.id}&lc={praise.id}"
    reply = next(r for r in rows if r.text == "Antwort 6")
    assert reply.remote_post_id == video.id and reply.remote_id.startswith(question.id + ".")

    late = server.comment(video, "@carla", "Gibt es auch Kuchen?", reply_to=question)  # an old thread
    fresh = server.comment(other, "@dora", "Wann ist der nächste Kurs?")
    third = sync(core)
    assert {r.text for r in inbox_rows(core, account)} - texts == {late.text, fresh.text}
    assert len(third.new_ids) == 2
    assert not sync(core).new_ids


def test_the_first_sync_reads_one_page_and_later_ones_stop_at_the_last_seen(core, youtube):
    server, channel, video = youtube
    for n in range(130):
        server.clock_offset += 1
        server.comment(video, f"@p{n}", f"Kommentar {n}")
    account = run_online(core, sign_in(core, server))
    before = server.quota_used

    assert len(sync(core).new_ids) == 100  # the newest page only, not the whole history
    assert server.quota_used - before == 2  # that page, and the day's subscriber count (once a day)
    for n in range(120):
        server.clock_offset += 1
        server.comment(video, f"@q{n}", f"Neu {n}")
    before = server.quota_used
    assert len(sync(core).new_ids) == 120
    assert server.quota_used - before == 2  # two pages, the second reaching what was seen
    assert len(inbox_rows(core, account)) == 100  # a page of the inbox
    usage = run_online(core, core.accounts.get(account.id)).options["usage"]
    assert usage["day"] == pacific_day() and usage["units"] >= 3


def answer(core, comment_text: str, account, text: str, send_only_once: bool = False):
    row = next(r for r in inbox_rows(core, account) if r.text == comment_text)

    async def scenario():
        ids = await core.replies.reply(row.id, text)
        if send_only_once:
            return await core.outbox.send_due(ids)
        return await core.outbox.drain(ids, timeout=30)

    return run_online(core, scenario())


def test_answers_go_to_the_thread_once_also_after_a_lost_answer(core, youtube, outbox):
    server, channel, video = youtube
    question = server.comment(video, "@anna", "Wo ist der Eingang?")
    follow_up = server.comment(video, "@ben", "Und wo parke ich?", reply_to=question)
    account = run_online(core, sign_in(core, server))
    sync(core)

    server.fail("POST", r"^/youtube/v3/comments$", "drop_after_commit")
    [first] = answer(core, "Wo ist der Eingang?", account, "Am Hof, neben dem Café.")
    [second] = answer(core, "Und wo parke ich?", account, "Hinter dem Haus.")

    assert first.state == "published" and first.tries == 2, first.error
    assert second.state == "published", second.error
    replies = server.replies_of(question.id)
    assert [c.text for c in replies] == ["Und wo parke ich?", "Am Hof, neben dem Café.", "Hinter dem Haus."]
    assert [c.author_channel for c in replies[1:]] == [channel.id, channel.id]
    assert first.remote_url == f"https://www.youtube.com/watch?v={video.id}&lc={replies[1].id}"
    assert follow_up.id != replies[2].parent_id and replies[2].parent_id == question.id
    assert not sync(core).new_ids  # our answers are no new comments


@pytest.mark.parametrize(
    "block, message",
    [
        ("disable_comments", "Comments are turned off"),
        ("hold_for_review", "not public"),
        ("block_replies", "does not allow answering"),
    ],
)
def test_youtubes_refusals_are_said_plainly(core, youtube, outbox, block, message):
    server, _, video = youtube
    question = server.comment(video, "@anna", "Frage")
    account = run_online(core, sign_in(core, server))
    sync(core)
    getattr(server, block)(video if block == "disable_comments" else question)

    [attempt] = answer(core, "Frage", account, "Antwort", send_only_once=True)

    assert (attempt.state, attempt.error_kind) == ("failed", "rejected")
    assert message in attempt.error
    assert server.replies_of(question.id) == []


def test_an_answer_waits_until_pacific_midnight_when_the_counted_quota_is_used_up(core, youtube, outbox):
    server, _, video = youtube
    server.comment(video, "@anna", "Frage")
    account = run_online(core, sign_in(core, server))
    sync(core)
    spent = run_online(core, core.accounts.get(account.id)).options["usage"]["units"]
    run_online(core, core.accounts.add_usage(account.id, pacific_day(), 9_960 - spent))  # 40 units left

    [attempt] = answer(core, "Frage", account, "Kommt morgen", send_only_once=True)

    assert (attempt.state, attempt.error_kind) == ("pending", "rate_limited")
    assert attempt.retry_at == next_reset() and "quota is used up" in attempt.error
    assert ("POST", "/youtube/v3/comments") not in server.requests
    assert attempt.retry_at.astimezone(ZoneInfo("America/Los_Angeles")).strftime("%H:%M") == "00:00"


def test_googles_quota_exceeded_makes_answers_wait_and_fills_the_count(core, youtube, outbox):
    server, _, video = youtube
    question = server.comment(video, "@anna", "Frage")
    account = run_online(core, sign_in(core, server))
    sync(core)
    server.quota_per_day = server.quota_used + 10  # other apps of the project used the rest

    [attempt] = answer(core, "Frage", account, "Kommt morgen", send_only_once=True)

    assert (attempt.state, attempt.error_kind) == ("pending", "rate_limited")
    assert attempt.retry_at == next_reset()
    assert server.replies_of(question.id) == []
    usage = run_online(core, core.accounts.get(account.id)).options["usage"]
    assert usage == {"day": pacific_day(), "units": 10_000}
    result = run_online(core, core.inbox_sync.sync())  # reads wait as well, without asking Google
    assert result.accounts[0].error_kind == "rate_limited"


def test_the_quota_is_counted_in_the_accounts_options(core, youtube, outbox):
    server, channel, video = youtube
    server.comment(video, "@anna", "Frage")
    account = run_online(core, sign_in(core, server))
    at_sign_in = server.quota_used  # counted by the sign-in's own client, before the account existed

    sync(core)
    answer(core, "Frage", account, "Antwort")

    usage = run_online(core, core.accounts.get(account.id)).options["usage"]
    assert usage == {"day": pacific_day(), "units": server.quota_used - at_sign_in}
    assert usage["units"] == 1 + 1 + 50  # a page of threads, the day's subscriber count, an answer


def expire_soon(core, account) -> dict:
    stored = stored_secret(core, account)
    stored["access_expires_at"] = str(int(datetime.now(timezone.utc).timestamp()) + 60)
    run_online(core, core.accounts.replace_secret(account.id, Secret(stored).dump()))
    return stored


@pytest.mark.parametrize("how", ["due", "refused"])
def test_an_expired_access_token_is_renewed_and_the_refresh_token_kept(core, youtube, how):
    server, *_ = youtube
    account = run_online(core, sign_in(core, server))
    before = expire_soon(core, account) if how == "due" else stored_secret(core, account)
    server.expire_access_tokens()

    result = run_online(core, core.connections.check(account.id))

    assert result.ok, result.message
    after = stored_secret(core, account)
    assert after["token"] != before["token"] and after["refresh_token"] == before["refresh_token"]
    assert int(after["access_expires_at"]) > datetime.now(timezone.utc).timestamp() + 3000
    assert run_online(core, core.connections.check(account.id)).ok


def test_a_youtube_account_cannot_be_chosen_for_a_post(core, youtube, qtbot):
    from PySide6.QtCore import Qt

    from desktop.publishing.checks import check_post
    from ui.compose.accounts_picker import AccountPicker

    server, *_ = youtube
    account = run_online(core, sign_in(core, server))
    content = DraftContent(account.organisation_id, "Sommerfest am Samstag!", (account.id,))

    assert (account.limits.max_characters, account.limits.max_bytes, account.limits.max_images) == (10_000, None, 0)
    problems = [p.message for p in check_post(content, [account]) if p.blocking]
    assert problems == [
        "Nachbarschaftszentrum Lindenhof (YouTube): YouTube only lets Kurzdraht answer comments, not make posts."
    ]
    assert not [p for p in check_post(content, [account], reply=True) if p.blocking]
    picker = AccountPicker()
    qtbot.addWidget(picker)
    picker.set_accounts([account])
    picker.set_selected((account.id,))  # e.g. a draft written for it before
    item = picker.topLevelItem(0).child(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable and not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert picker.selected_ids() == () and "only answers comments" in item.toolTip(0)

    async def publish_directly():
        client = await core.connections.client(account.id)
        return await client.publish(Outgoing("Hallo", key="k1"))

    with pytest.raises(KurzdrahtError, match="cannot make posts"):
        run_online(core, publish_directly())


def test_accounts_show_the_days_quota(core, youtube, qapp):
    from PySide6.QtCore import Qt

    from ui.accounts.view import AccountListModel

    server, *_ = youtube
    account = run_online(core, sign_in(core, server))
    run_online(core, core.accounts.add_usage(account.id, pacific_day(), 51))
    shown = AccountListModel().row_data(run_online(core, core.accounts.get(account.id)), Qt.ItemDataRole.DisplayRole)
    assert re.search(r"YouTube quota today: 51 of 10.?000 units", shown)


def test_the_cli_sets_the_app_adds_a_token_syncs_and_lists(youtube, keyring_service, home):
    server, channel, video = youtube
    server.comment(video, "@anna", "Gibt es Kuchen?")
    client_id, secret = server.register_client()
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service, "KURZDRAHT_HOME": str(home)}

    def kurzdraht(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, env=env
        )

    saved = kurzdraht("apps", "set", "google", f"--client-id={client_id}", "--client-secret-stdin", stdin=secret)
    assert saved.returncode == 0, saved.stderr
    tokens = json.dumps(server.issue_tokens(channel, client_id))
    added = kurzdraht("accounts", "add", "youtube", "--token-stdin", "--name", "Lindenhof-YT", stdin=tokens)
    assert added.returncode == 0, added.stderr
    synced = kurzdraht("sync")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert "Lindenhof-YT (youtube): 1 new" in synced.stdout
    listed = kurzdraht("inbox", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [c["text"] for c in json.loads(listed.stdout)] == ["Gibt es Kuchen?"]
