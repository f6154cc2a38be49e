"""Channels without an API (assisted): a post for one waits for a person instead of being sent; the
person gets the channel's own text and address, then gives the link (published) or skips it. In the
app's core and through the CLI, also planned for later and together with a channel that sends itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import require_keyring, run_online
from desktop.drafts import DraftContent
from desktop.errors import KurzdrahtError
from desktop.publishing.outbox import Outbox
from desktop.store.models import utcnow

XING = "https://www.xing.com/pages/lindenhof"


@pytest.fixture
def outbox(core):
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


async def add_xing(core):
    organisation = await core.accounts.ensure_organisation("Lindenhof")
    return await core.connections.sign_in("assisted", organisation, {"open_url": XING}, name="XING")


def test_a_post_waits_for_a_person_who_gets_its_text_and_then_gives_the_link(core, credentials, outbox):
    require_keyring(credentials)

    async def scenario():
        xing = await add_xing(core)
        draft = await core.drafts.write(
            DraftContent(
                xing.organisation_id,
                "Wir suchen Verstärkung!",
                (xing.id,),
                network_texts=(("assisted", "Wir suchen eine Sozialarbeiterin (m/w/d) – Details im Link."),),
            )
        )
        ids = await core.outbox.publish(draft)
        [waiting] = await core.outbox.drain(ids, timeout=10)
        handed = await core.outbox.handover(waiting.id)
        post_state = (await core.drafts.load(draft)).state
        with pytest.raises(KurzdrahtError, match="not a web address"):
            await core.outbox.confirm(waiting.id, "javascript:alert(1)")
        done = await core.outbox.confirm(waiting.id, "https://www.xing.com/pages/lindenhof/posts/4711")
        return waiting, handed, post_state, done, (await core.drafts.load(draft)).state

    waiting, handed, post_state, done, final_state = run_online(core, scenario())
    assert (waiting.state, waiting.state_label, post_state) == ("waiting_for_you", "waiting for you", "publishing")
    assert handed.text == "Wir suchen eine Sozialarbeiterin (m/w/d) – Details im Link." and handed.open_url == XING
    assert (done.state, done.remote_url) == ("published", "https://www.xing.com/pages/lindenhof/posts/4711")
    assert final_state == "published"


def test_skipping_it_takes_it_out_and_the_others_still_go(core, credentials, outbox, webhook_receiver):
    require_keyring(credentials)

    async def scenario():
        xing = await add_xing(core)
        hook = await core.connections.sign_in(
            "webhook",
            xing.organisation_id,
            {"url": webhook_receiver.url, "secret": webhook_receiver.secret},
            name="Vereins-App",
        )
        draft = await core.drafts.write(DraftContent(xing.organisation_id, "Kiezputz am Samstag", (xing.id, hook.id)))
        ids = await core.outbox.publish(draft)
        results = {a.account_name: a for a in await core.outbox.drain(ids, timeout=10)}
        await core.outbox.cancel(results["XING"].id)
        return results, (await core.drafts.load(draft)).state, await core.outbox.get([results["XING"].id])

    results, state, [skipped] = run_online(core, scenario())
    assert results["Vereins-App"].state == "published" and results["XING"].state == "waiting_for_you"
    assert skipped.state == "cancelled" and state == "published"  # what was left went out
    assert len(webhook_receiver.processed) == 1


def test_a_planned_post_waits_for_you_when_its_time_comes(core, credentials, outbox):
    require_keyring(credentials)

    async def scenario():
        xing = await add_xing(core)
        draft = await core.drafts.write(DraftContent(xing.organisation_id, "Sommerfest!", (xing.id,)))
        await core.schedules.schedule(draft, utcnow() + timedelta(seconds=1), "Europe/Berlin")
        outbox.clock = lambda: utcnow() + timedelta(minutes=1)  # its time has come
        sent = await core.outbox.send_due()
        return sent

    [attempt] = run_online(core, scenario())
    assert attempt.state == "waiting_for_you"


def test_the_cli_posts_to_an_assisted_channel_and_takes_the_link(keyring_service, credentials):
    require_keyring(credentials)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service}

    def kurzdraht(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=root, env=env
        )

    added = kurzdraht("accounts", "add", "assisted", "--name", "XING", "--open-url", XING)
    assert added.returncode == 0, added.stderr
    posted = kurzdraht("post", "--to", "XING", "Lesecafé am Donnerstag")
    assert posted.returncode == 0, posted.stderr
    assert "XING (By hand): waiting for you to post it by hand" in posted.stdout
    [waiting] = json.loads(kurzdraht("outbox", "--json").stdout)
    assert waiting["state"] == "waiting_for_you"

    wrong = kurzdraht("outbox", "--posted", str(waiting["id"]), "--link", "not a link")
    assert wrong.returncode == 1 and "not a web address" in wrong.stderr
    done = kurzdraht("outbox", "--posted", str(waiting["id"]), "--link", XING + "/posts/1")
    assert done.returncode == 0, done.stderr
    [published] = json.loads(kurzdraht("outbox", "--json").stdout)
    assert (published["state"], published["url"]) == ("published", XING + "/posts/1")
    again = kurzdraht("outbox", "--skip", str(waiting["id"]))
    assert again.returncode == 1  # published: nothing to skip any more
