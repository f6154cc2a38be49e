"""The inbox from the command line: sync, search, reply and done, and two syncs at the same moment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import require_keyring
from inbox_helpers import mastodon_comment

ROOT = Path(__file__).resolve().parents[2]


# -- the command line ---------------------------------------------------------------------------------


def kurzdraht(*args: str, service: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "KURZDRAHT_KEYRING_SERVICE": service},
        timeout=180,
    )


def inbox_json(service: str, *options: str) -> list[dict]:
    listed = kurzdraht("inbox", "--json", *options, service=service)
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_sync_search_reply_and_done_from_the_command_line(credentials, keyring_service, mastodon_server):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    added = kurzdraht(
        "accounts",
        "add",
        "mastodon",
        "--instance",
        mastodon_server.url,
        "--token-stdin",
        "--name",
        "Lindenhof",
        stdin=token + "\n",
        service=keyring_service,
    )
    assert added.returncode == 0, added.stderr
    posted = kurzdraht("post", "--to", "Lindenhof", "Sprachcafé am Donnerstag ☕ Wer kommt?", service=keyring_service)
    assert posted.returncode == 0, posted.stderr
    [ours] = mastodon_server.statuses_of("lindenhof")
    question = mastodon_comment(
        mastodon_server,
        mastodon_server.create_user("anna", "Anna Müller"),
        "@lindenhof Gibt es noch Plätze im Sprachcafé? 😊",
        reply_to=ours["id"],
    )
    mastodon_comment(
        mastodon_server,
        mastodon_server.create_user("ben", "Ben Größer"),
        "@lindenhof Ich bringe Kuchen mit!",
        reply_to=ours["id"],
    )

    synced = kurzdraht("sync", service=keyring_service)
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.splitlines() == ["Lindenhof (mastodon): 2 new"]
    again = kurzdraht("sync", "--json", service=keyring_service)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == [
        {"account": "Lindenhof", "network": "mastodon", "new": 0, "error": "", "error_kind": "", "retry_at": None}
    ]

    [hit] = inbox_json(keyring_service, "--search", "platze")
    assert (hit["author"], hit["text"], hit["status"], hit["account"], hit["network"]) == (
        "Anna Müller",
        "@lindenhof Gibt es noch Plätze im Sprachcafé? 😊",
        "open",
        "Lindenhof",
        "mastodon",
    )
    assert hit["post_excerpt"] == "Sprachcafé am Donnerstag ☕ Wer kommt?" and hit["post"]
    everything = inbox_json(keyring_service)
    assert [c["author"] for c in everything] == ["Ben Größer", "Anna Müller"]  # newest first
    cake_id = everything[0]["id"]

    answer = "Ja, es sind noch drei Plätze frei – bis Donnerstag! ☕"
    replied = kurzdraht("reply", str(hit["id"]), answer, service=keyring_service)
    assert replied.returncode == 0, replied.stderr
    [reply] = [s for s in mastodon_server.statuses_of("lindenhof") if s["in_reply_to_id"] == question]
    assert reply["text"] == f"@anna {answer}"
    assert replied.stdout.splitlines() == [f"Lindenhof (Mastodon): published {reply['url']}"]
    assert [c["id"] for c in inbox_json(keyring_service, "--open")] == [cake_id]

    done = kurzdraht("done", str(cake_id), service=keyring_service)
    assert (done.returncode, done.stdout.strip()) == (0, "Comments marked done: 1"), done.stderr
    assert inbox_json(keyring_service, "--open") == []
    nothing = kurzdraht("inbox", "--open", service=keyring_service)
    assert nothing.stdout.strip() == "No comments found."
    undone = kurzdraht("done", "--undo", str(cake_id), service=keyring_service)
    assert undone.stdout.strip() == "Comments marked open again: 1"
    table = kurzdraht("inbox", service=keyring_service)
    assert table.returncode == 0 and f"{hit['id']} (done)" in table.stdout and "Ben Größer" in table.stdout
    missing = kurzdraht("done", "999", service=keyring_service)
    assert missing.returncode == 1 and "There is no comment with the number 999." in missing.stderr
    assert "Traceback" not in missing.stderr
    # The reply went out once, and it is not a comment in our own inbox.
    assert len([s for s in mastodon_server.statuses_of("lindenhof") if s["in_reply_to_id"] == question]) == 1
    assert kurzdraht("sync", service=keyring_service).stdout.splitlines() == ["Lindenhof (mastodon): 0 new"]


def test_two_syncs_at_the_same_moment_store_each_comment_once(credentials, keyring_service, mastodon_server):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    added = kurzdraht(
        "accounts",
        "add",
        "mastodon",
        "--instance",
        mastodon_server.url,
        "--token-stdin",
        "--name",
        "Lindenhof",
        stdin=token + "\n",
        service=keyring_service,
    )
    assert added.returncode == 0, added.stderr
    anna = mastodon_server.create_user("anna", "Anna Müller")
    for number in range(5):
        mastodon_comment(mastodon_server, anna, f"@lindenhof Frage Nr. {number} zum Flohmarkt")
    mastodon_server.delay = 0.3  # both are still fetching when the other one starts
    env = {**os.environ, "KURZDRAHT_KEYRING_SERVICE": keyring_service}
    both = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "sync", "--json"],
            cwd=ROOT,
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=120) for process in both]

    assert [process.returncode for process in both] == [0, 0], outputs
    new = sorted(json.loads(out)[0]["new"] for out, _ in outputs)
    assert new == [0, 5]  # one stored them, the other (waiting for the database) found them there
    mastodon_server.delay = 0.0
    listed = inbox_json(keyring_service)
    assert len(listed) == 5 and len({c["id"] for c in listed}) == 5
    assert {c["text"] for c in listed} == {f"@lindenhof Frage Nr. {n} zum Flohmarkt" for n in range(5)}
