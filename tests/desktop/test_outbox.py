"""The outbox against the Mastodon wire-format server with faults injected: whatever fails, a post goes
out exactly once, the attempt shows the right state, and nothing the user wrote is lost."""

from __future__ import annotations

import os
import time
from datetime import timedelta

import pytest

from conftest import make_png, require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.errors import KurzdrahtError
from desktop.publishing.outbox import Outbox
from desktop.store.models import PublishAttempt, utcnow

TEXT = "Flohmarkt im Hof am Samstag – Tische gibt es noch! 🧺 Grüße vom Lindenhof"


@pytest.fixture
def outbox(core):
    """The core's outbox with short pauses between tries, so the tests need not wait minutes."""
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


async def mastodon_draft(core, server, text: str = TEXT, username: str = "lindenhof", **content) -> tuple[int, int]:
    token = server.create_user(username, "Lindenhof")
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    account = await core.connections.connect_mastodon_token(organisation, server.url, token)
    draft = await core.drafts.write(DraftContent(organisation, text, (account.id,), **content))
    return account.id, draft


async def first_try_then_final(core, outbox, server):
    """Publish a draft: the attempts after the first try, then once every retry the failure allows is done."""
    _, draft = await mastodon_draft(core, server)
    ids = await outbox.publish(draft)
    first = await outbox.send_due(ids)
    return first, await outbox.drain(ids, timeout=10)


def texts_on(server, username: str = "lindenhof") -> list[str]:
    return [s["text"] for s in server.statuses_of(username)]


def test_publishing_sends_the_post_once_and_records_its_address(core, credentials, outbox, mastodon_server):
    require_keyring(credentials)

    async def scenario():
        _, draft = await mastodon_draft(core, mastodon_server)
        ids = await outbox.publish(draft)
        return await outbox.drain(ids, timeout=10), (await core.drafts.load(draft)).state

    [attempt], post_state = run_online(core, scenario())
    assert texts_on(mastodon_server) == [TEXT]
    assert attempt.state == "published" and attempt.tries == 1
    assert attempt.remote_url.startswith(mastodon_server.url)
    assert post_state == "published"


def test_a_connection_dropped_after_the_server_took_the_post_still_gives_one_post(
    core, credentials, outbox, mastodon_server
):
    require_keyring(credentials)
    mastodon_server.fail_next("/api/v1/statuses", "drop_after_commit", method="POST")

    [first], [final] = run_online(core, first_try_then_final(core, outbox, mastodon_server))
    assert first.state == "unknown"  # sent, no answer: shown as such until checked
    assert final.state == "published" and final.tries == 2
    assert texts_on(mastodon_server) == [TEXT]


def test_a_server_error_is_retried_and_the_post_goes_out_once(core, credentials, outbox, mastodon_server):
    require_keyring(credentials)
    mastodon_server.fail_next("/api/v1/statuses", "http_500", method="POST")

    [first], [final] = run_online(core, first_try_then_final(core, outbox, mastodon_server))
    assert first.state == "pending" and first.error_kind == "temporary" and first.retry_at is not None
    assert final.state == "published"
    assert texts_on(mastodon_server) == [TEXT]


def test_a_rate_limit_waits_for_the_time_the_server_names(core, credentials, outbox, mastodon_server):
    require_keyring(credentials)

    async def scenario():
        _, draft = await mastodon_draft(core, mastodon_server)
        mastodon_server.limit_requests(0, reset_in=2.0)
        ids = await outbox.publish(draft)
        started = time.monotonic()
        first = await outbox.send_due(ids)
        final = await outbox.drain(ids, timeout=15)
        return first, final, time.monotonic() - started

    [first], [final], waited = run_online(core, scenario())
    assert first.state == "pending" and first.error_kind == "rate_limited"
    assert first.retry_at is not None and final.finished_at >= first.retry_at
    assert final.state == "published" and waited >= 1.0
    assert texts_on(mastodon_server) == [TEXT]


def test_offline_at_first_the_post_waits_in_the_outbox_and_goes_out_when_back(
    core, credentials, outbox, mastodon_server
):
    require_keyring(credentials)

    async def scenario():
        _, draft = await mastodon_draft(core, mastodon_server)
        mastodon_server.stop()
        ids = await outbox.publish(draft)
        first = await outbox.send_due(ids)
        waiting = await outbox.in_flight()
        mastodon_server.start()
        return first, waiting, await outbox.drain(ids, timeout=15), await core.drafts.load(draft)

    [first], waiting, [final], draft = run_online(core, scenario())
    assert first.state == "pending" and first.error_kind == "temporary"
    assert waiting == 1
    assert final.state == "published"
    assert texts_on(mastodon_server) == [TEXT]
    assert draft.content.text == TEXT  # the text never left the database


def test_refused_input_fails_at_once_with_the_servers_words_and_is_not_retried(
    core, credentials, outbox, mastodon_server
):
    require_keyring(credentials)
    mastodon_server.fail_next("/api/v1/statuses", "http_422", method="POST")

    async def scenario():
        _, draft = await mastodon_draft(core, mastodon_server)
        ids = await outbox.publish(draft)
        return await outbox.drain(ids, timeout=2)

    [final] = run_online(core, scenario())
    assert final.state == "failed" and final.error_kind == "rejected" and final.tries == 1
    assert final.error
    assert texts_on(mastodon_server) == []


def test_retrying_a_failed_post_uses_the_same_key(core, credentials, outbox, mastodon_server):
    require_keyring(credentials)
    mastodon_server.fail_next("/api/v1/statuses", "http_422", method="POST")

    async def scenario():
        _, draft = await mastodon_draft(core, mastodon_server)
        [attempt] = await outbox.publish(draft)
        await outbox.drain([attempt], timeout=2)
        await outbox.retry(attempt)
        return await outbox.drain([attempt], timeout=5), (await core.drafts.load(draft)).state

    [final], state = run_online(core, scenario())
    assert final.state == "published" and state == "published"
    assert texts_on(mastodon_server) == [TEXT]


def test_a_post_too_long_for_the_server_is_refused_before_anything_is_sent(core, credentials, outbox, mastodon_server):
    require_keyring(credentials)

    async def scenario():
        _, draft = await mastodon_draft(core, mastodon_server, text="Ä" * 501)
        with pytest.raises(KurzdrahtError, match="too long"):
            await outbox.publish(draft)
        return await outbox.list(), (await core.drafts.load(draft)).state

    attempts, state = run_online(core, scenario())
    assert attempts == [] and state == "draft"
    assert texts_on(mastodon_server) == []


def test_a_post_left_sending_by_a_crashed_process_is_sent_once(core, credentials, outbox, mastodon_server):
    """The app died after the server took the post: the next start must not post it again."""
    require_keyring(credentials)
    mastodon_server.fail_next("/api/v1/statuses", "drop_after_commit", method="POST")

    async def scenario():
        _, draft = await mastodon_draft(core, mastodon_server)
        [attempt] = await outbox.publish(draft)
        await outbox.send_due([attempt])
        dead = dead_pid()

        def crashed_mid_request():
            PublishAttempt.update(
                state="sending", claimed_by=dead, lease_until=utcnow() + timedelta(minutes=5)
            ).execute()

        await core.store.run(crashed_mid_request)
        return await outbox.drain([attempt], timeout=10)

    [final] = run_online(core, scenario())
    assert final.state == "published"
    assert texts_on(mastodon_server) == [TEXT]


def test_two_senders_at_once_never_send_the_same_post_twice(core, credentials, mastodon_server):
    """The app and `kurzdraht post` (or the scheduled task) look at the outbox at the same moment."""
    require_keyring(credentials)
    mastodon_server.delay = 0.3

    async def scenario():
        import asyncio

        _, draft = await mastodon_draft(core, mastodon_server)
        first = Outbox(core.store, core.connections, core.drafts, core.paths.media)
        second = Outbox(core.store, core.connections, core.drafts, core.paths.media)
        second.pid = os.getppid()  # a live process other than this one
        [attempt] = await first.enqueue(draft)
        await asyncio.gather(first.send_due(), second.send_due(), second.send_due())
        return (await first.get([attempt]))[0]

    final = run_online(core, scenario())
    assert final.state == "published" and final.tries == 1
    assert texts_on(mastodon_server) == [TEXT]


def test_an_image_too_large_for_the_network_is_scaled_down_and_keeps_its_description(
    core, credentials, outbox, mastodon_server, tmp_path
):
    require_keyring(credentials)
    picture = make_png(tmp_path / "hof.png", 5000, 3000)

    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        attachment = await core.drafts.attach(picture, "Der Hof mit Tischen")
        _, draft = await mastodon_draft(core, mastodon_server, attachments=(attachment,))
        del organisation
        ids = await outbox.publish(draft)
        return await outbox.drain(ids, timeout=10)

    [final] = run_online(core, scenario())
    assert final.state == "published"
    [status] = mastodon_server.statuses_of("lindenhof")
    [media] = status["media_attachments"]
    assert media["description"] == "Der Hof mit Tischen"
    width, height = media["meta"]["original"]["width"], media["meta"]["original"]["height"]
    assert max(width, height) <= 4096 and abs(width / height - 5 / 3) < 0.01


def dead_pid() -> int:
    """A process id that certainly belongs to no running process."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_scheduled_post_goes_out_once_when_due_even_with_two_senders_looking(core, credentials, mastodon_server):
    """The app and `publish-due` (a scheduled task) may look at the same moment."""
    require_keyring(credentials)

    async def scenario():
        import asyncio

        _, draft = await mastodon_draft(core, mastodon_server)
        await core.schedules.schedule(draft, utcnow() + timedelta(seconds=1), "Europe/Berlin")
        app = Outbox(core.store, core.connections, core.drafts, core.paths.media)
        task = Outbox(core.store, core.connections, core.drafts, core.paths.media)
        task.pid = os.getppid()
        await asyncio.gather(app.send_due(), task.send_due())
        early = (await core.drafts.load(draft)).state
        await asyncio.sleep(1.2)
        await asyncio.gather(app.send_due(), task.send_due(), app.send_due())
        return early, await app.list(post_id=draft), (await core.drafts.load(draft)).state

    early, attempts, state = run_online(core, scenario())
    assert early == "scheduled"  # not before its time
    assert [a.state for a in attempts] == ["published"] and state == "published"
    assert texts_on(mastodon_server) == [TEXT]


def test_scheduling_refuses_a_time_that_has_passed_and_unscheduling_gives_the_draft_back(core):
    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        draft = await core.drafts.write(DraftContent(organisation, "Später"))
        with pytest.raises(KurzdrahtError, match="already passed"):
            await core.schedules.schedule(draft, utcnow() - timedelta(minutes=1), "Europe/Berlin")
        await core.schedules.schedule(draft, utcnow() + timedelta(days=1), "Europe/Berlin")
        scheduled = (await core.drafts.load(draft)).state
        await core.schedules.unschedule(draft)
        return scheduled, (await core.drafts.load(draft)).state, await core.schedules.when(draft)

    from conftest import run

    assert run(scenario()) == ("scheduled", "draft", None)
