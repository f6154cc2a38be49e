"""The webhook channel against a receiver that checks each delivery with the Standard Webhooks reference
library: what a post carries, exactly one delivery despite a lost answer, a receiver's refusal shown and
not retried, a receiver's own failure retried, and plain http only on this computer."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_png, require_keyring, run_online
from desktop.errors import KurzdrahtError
from desktop.publishing.outbox import Outbox
from network_posts import publish


@pytest.fixture
def outbox(core):
    core.outbox = Outbox(core.store, core.connections, core.drafts, core.paths.media, backoff_base=0.2)
    return core.outbox


def connect(core, receiver, secret=None, name="Vereins-App"):
    async def scenario():
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        values = {"url": receiver.url, "secret": receiver.secret if secret is None else secret}
        return await core.connections.sign_in("webhook", organisation, values, name=name)

    return run_online(core, scenario())


def test_a_post_arrives_signed_with_its_text_image_and_where_it_comes_from(
    core, credentials, webhook_receiver, outbox, tmp_path
):
    require_keyring(credentials)
    account = connect(core, webhook_receiver)
    assert (account.network, account.display_name, account.status) == ("webhook", "Vereins-App", "connected")
    picture = make_png(tmp_path / "fest.png", 320, 200)

    _, [final] = publish(core, account, "Sommerfest am Samstag ab 15 Uhr 🎉", [(picture, "Lampions im Hof")])

    assert final.state == "published", final.error
    [delivery] = webhook_receiver.processed  # verified by the reference library, else not processed
    body = delivery.body
    assert (body["type"], body["account"], body["organisation"]) == ("post", "Vereins-App", "Lindenhof")
    assert body["text"] == "Sommerfest am Samstag ab 15 Uhr 🎉" and body["scheduled_at"] is None
    [image] = body["images"]
    assert (image["mime_type"], image["alt_text"]) == ("image/png", "Lampions im Hof")
    assert base64.b64decode(image["data"])[:4] == b"\x89PNG"
    assert delivery.headers["idempotency-key"] == delivery.webhook_id == body["id"]
    assert final.remote_url == f"https://app.lindenhof.example/news/{delivery.webhook_id}"


@pytest.mark.parametrize("fault", ["drop_after_commit", "drop_before_commit", "503"])
def test_a_lost_answer_or_a_receiver_failure_is_retried_with_the_same_id_and_arrives_once(
    core, credentials, webhook_receiver, outbox, fault
):
    require_keyring(credentials)
    account = connect(core, webhook_receiver)
    webhook_receiver.fail_next(fault)

    [first], [final] = publish(core, account, "Flohmarkt im Hof am Sonntag")

    assert first.state in ("unknown", "pending") and final.state == "published", final.error
    assert len(webhook_receiver.processed) == 1
    tries = [h for h in webhook_receiver.received]
    if fault != "drop_before_commit":  # a connection cut before the request was read leaves no trace
        assert len(tries) == 2
    assert len({h["webhook-id"] for h in tries}) == 1
    assert final.tries == 2


def test_a_refusal_shows_the_receivers_words_and_is_not_retried(core, credentials, webhook_receiver, outbox):
    require_keyring(credentials)
    account = connect(core, webhook_receiver)
    webhook_receiver.fail_next("422")

    [first], [final] = publish(core, account, "Ohne Titel")

    assert (first.state, first.error_kind) == ("failed", "rejected")
    assert "Der Empfänger mag diesen Beitrag nicht: Titel fehlt." in first.error
    assert len(webhook_receiver.received) == 1 and webhook_receiver.processed == []


def test_a_wrong_secret_is_refused_by_the_receiver_and_named(core, credentials, webhook_receiver, outbox):
    require_keyring(credentials)
    other = "whsec_" + base64.b64encode(b"a different secret, 32 bytes ...").decode()
    account = connect(core, webhook_receiver, secret=other)

    [first], _ = publish(core, account, "Falsch signiert")

    assert (first.state, first.error_kind) == ("failed", "rejected")
    assert "signature" in first.error.lower()
    assert webhook_receiver.processed == [] and webhook_receiver.refused
    assert run_online(core, core.accounts.get(account.id)).status == "connected"  # not "reconnect"


def test_plain_http_only_on_this_computer_and_a_secret_must_be_one(core, credentials):
    require_keyring(credentials)

    async def add(url, secret=""):
        organisation = await core.accounts.ensure_organisation("Lindenhof")
        return await core.connections.sign_in("webhook", organisation, {"url": url, "secret": secret}, name="Hook")

    with pytest.raises(KurzdrahtError, match="encrypted connection"):
        run_online(core, add("http://hooks.example/kurzdraht"))
    with pytest.raises(KurzdrahtError, match="encrypted connection"):
        run_online(core, add("http://hooks.localhost/kurzdraht"))
    with pytest.raises(KurzdrahtError, match="signing secret"):
        run_online(core, add("https://hooks.example/kurzdraht", secret="kurz"))
    assert run_online(core, core.accounts.list()) == []


def test_the_cli_adds_a_webhook_and_posts_to_it(webhook_receiver, keyring_service, credentials):
    require_keyring(credentials)
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service}

    def kurzdraht(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True, text=True, cwd=root, env=env
        )

    added = kurzdraht(
        "accounts",
        "add",
        "webhook",
        "--name",
        "Vereins-App",
        "--url",
        webhook_receiver.url,
        "--secret-stdin",
        stdin=webhook_receiver.secret,
    )
    assert added.returncode == 0, added.stderr
    posted = kurzdraht("post", "--to", "Vereins-App", "Lesecafé am Donnerstag")
    assert posted.returncode == 0, posted.stderr
    [delivery] = webhook_receiver.processed
    assert delivery.body["text"] == "Lesecafé am Donnerstag"
    listed = json.loads(kurzdraht("accounts", "list", "--json").stdout)
    assert [(a["name"], a["network"]) for a in listed] == [("Vereins-App", "webhook")]
