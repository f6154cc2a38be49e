"""`kurzdraht post` and `kurzdraht outbox` as a person or a script runs them, against the real servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import httpx

from conftest import make_png, require_keyring

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Flohmarkt im Hof am Samstag – Tische gibt es noch! 🧺 Grüße vom Lindenhof"
ALT = "Der Innenhof mit Tischen und Kisten voller Bücher"


def kurzdraht(*args: str, stdin: str = "", service: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": service},
        timeout=120,
    )


def add_mastodon(server, service: str, name: str = "Lindenhof") -> None:
    token = server.create_user("lindenhof", "Lindenhof")
    added = kurzdraht(
        "accounts",
        "add",
        "mastodon",
        "--instance",
        server.url,
        "--token-stdin",
        "--name",
        name,
        stdin=token + "\n",
        service=service,
    )
    assert added.returncode == 0, added.stderr


def add_bluesky(network, club, service: str, name: str = "Lindenhof-Sky") -> None:
    added = kurzdraht(
        "accounts",
        "add",
        "bluesky",
        "--handle",
        club.handle,
        "--service",
        network.pds_url,
        "--password-stdin",
        "--name",
        name,
        stdin=club.app_password + "\n",
        service=service,
    )
    assert added.returncode == 0, added.stderr


def bluesky_posts(network, club) -> list[dict]:
    response = httpx.get(
        f"{network.pds_url}/xrpc/com.atproto.repo.listRecords",
        params={"repo": club.did, "collection": "app.bsky.feed.post"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["records"]


def outbox_json(service: str) -> list[dict]:
    listed = kurzdraht("outbox", "--json", service=service)
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_a_post_with_an_image_and_its_description_goes_to_two_networks(
    credentials, keyring_service, mastodon_server, bluesky_network, tmp_path
):
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    add_mastodon(mastodon_server, keyring_service)
    add_bluesky(bluesky_network, club, keyring_service)
    picture = make_png(tmp_path / "hof.png", 800, 600)

    posted = kurzdraht(
        "post",
        "--to",
        "Lindenhof",
        "--to",
        "Lindenhof-Sky",
        "--image",
        str(picture),
        "--alt",
        ALT,
        TEXT,
        service=keyring_service,
    )

    assert posted.returncode == 0, posted.stderr
    [status] = mastodon_server.statuses_of("lindenhof")
    assert status["text"] == TEXT
    [media] = status["media_attachments"]
    assert media["description"] == ALT
    [record] = bluesky_posts(bluesky_network, club)
    assert record["value"]["text"] == TEXT
    [image] = record["value"]["embed"]["images"]
    assert image["alt"] == ALT and image["aspectRatio"] == {"width": 800, "height": 600}
    sky_url = f"https://bsky.app/profile/{club.handle}/post/{record['uri'].rsplit('/', 1)[1]}"
    assert sorted(posted.stdout.splitlines()) == [
        f"Lindenhof (Mastodon): published {status['url']}",
        f"Lindenhof-Sky (Bluesky): published {sky_url}",
    ]

    attempts = outbox_json(keyring_service)
    assert sorted((a["account"], a["network"], a["state"], a["url"], a["text"]) for a in attempts) == [
        ("Lindenhof", "mastodon", "published", status["url"], TEXT),
        ("Lindenhof-Sky", "bluesky", "published", sky_url, TEXT),
    ]
    assert all(a["tries"] == 1 and a["error"] == "" for a in attempts)


def test_a_text_too_long_for_bluesky_is_refused_and_nothing_is_posted_or_kept(
    credentials, keyring_service, mastodon_server, bluesky_network, tmp_path, home
):
    require_keyring(credentials)
    club = bluesky_network.create_account("lindenhof")
    add_mastodon(mastodon_server, keyring_service)
    add_bluesky(bluesky_network, club, keyring_service)
    picture = make_png(tmp_path / "hof.png")
    too_long = "Flohmarkt im Hof! " + "ä" * 300  # fits Mastodon's 500, not Bluesky's 300

    posted = kurzdraht(
        "post",
        "--to",
        "Lindenhof",
        "--to",
        "Lindenhof-Sky",
        "--image",
        str(picture),
        "--alt",
        ALT,
        too_long,
        service=keyring_service,
    )

    assert posted.returncode == 1
    assert "Lindenhof-Sky (Bluesky)" in posted.stderr and "too long for Bluesky" in posted.stderr
    assert posted.stdout == ""
    assert mastodon_server.statuses_of("lindenhof") == []  # not even to the account it would fit
    assert bluesky_posts(bluesky_network, club) == []
    assert outbox_json(keyring_service) == []
    drafts = kurzdraht("drafts", "list", "--json", service=keyring_service)
    assert drafts.returncode == 0 and json.loads(drafts.stdout) == []
    media = home / "media"
    assert not media.exists() or not any(media.iterdir())  # the copy of the image is gone too
    assert picture.exists()  # the user's own file is untouched


def test_an_unknown_account_name_is_named_and_nothing_is_posted(credentials, keyring_service, mastodon_server):
    require_keyring(credentials)
    add_mastodon(mastodon_server, keyring_service)

    posted = kurzdraht("post", "--to", "Lindenhof", "--to", "Nachbarschaftsblog", TEXT, service=keyring_service)

    assert posted.returncode == 1
    assert posted.stderr.strip() == "Error: There is no account called “Nachbarschaftsblog”."
    assert mastodon_server.statuses_of("lindenhof") == []
    assert outbox_json(keyring_service) == []


def test_a_description_before_its_image_is_refused(credentials, keyring_service, mastodon_server, tmp_path):
    require_keyring(credentials)
    add_mastodon(mastodon_server, keyring_service)
    picture = make_png(tmp_path / "hof.png")

    posted = kurzdraht(
        "post", "--to", "Lindenhof", "--alt", ALT, "--image", str(picture), TEXT, service=keyring_service
    )

    assert posted.returncode == 1
    assert posted.stderr.strip() == "Error: --alt describes the image before it; give --image first."
    assert mastodon_server.statuses_of("lindenhof") == []
    assert outbox_json(keyring_service) == []


def test_a_post_while_the_server_is_down_stays_in_the_outbox_until_outbox_send(
    credentials, keyring_service, mastodon_server
):
    require_keyring(credentials)
    add_mastodon(mastodon_server, keyring_service)
    mastodon_server.stop()

    posted = kurzdraht("post", "--to", "Lindenhof", "--wait", "1", TEXT, service=keyring_service)

    assert posted.returncode == 1
    [line] = posted.stdout.splitlines()
    assert line.startswith("Lindenhof (Mastodon): still in the outbox (")
    assert "kurzdraht outbox --send" in line
    [waiting] = outbox_json(keyring_service)
    assert (waiting["account"], waiting["state"], waiting["url"], waiting["text"]) == ("Lindenhof", "pending", "", TEXT)
    assert waiting["error_kind"] == "temporary" and waiting["retry_at"]

    mastodon_server.start()
    # `outbox --send` sends what is due; this one is due at the retry time the outbox shows.
    retry_at = datetime.fromisoformat(waiting["retry_at"])
    time.sleep(max((retry_at - datetime.now(timezone.utc)).total_seconds(), 0) + 0.1)
    sent = kurzdraht("outbox", "--send", service=keyring_service)

    assert sent.returncode == 0, sent.stderr
    [status] = mastodon_server.statuses_of("lindenhof")
    assert status["text"] == TEXT
    assert status["url"] in sent.stdout
    [done] = outbox_json(keyring_service)
    assert (done["id"], done["state"], done["url"], done["error"]) == (waiting["id"], "published", status["url"], "")
    assert done["tries"] == 2
