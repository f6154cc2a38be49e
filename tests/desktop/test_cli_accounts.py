"""Connecting, checking and removing accounts from the command line, against the real servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import require_keyring

ROOT = Path(__file__).resolve().parents[2]


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


def test_a_wordpress_blog_from_add_to_remove(credentials, keyring_service, wordpress_site):
    require_keyring(credentials)
    wordpress_site.set_pretty_permalinks(False)
    site = ["--site", wordpress_site.url, "--user", wordpress_site.admin_user]

    refused = kurzdraht(
        "accounts", "add", "wordpress", *site, "--password-stdin", stdin="nope nope nope\n", service=keyring_service
    )
    assert refused.returncode == 1 and "did not accept this user name" in refused.stderr
    assert json.loads(kurzdraht("accounts", "list", "--json", service=keyring_service).stdout) == []

    password = wordpress_site.application_password(wordpress_site.admin_user)
    added = kurzdraht(
        "accounts",
        "add",
        "wordpress",
        *site,
        "--password-stdin",
        "--organisation",
        "Lindenhof",
        "--name",
        "Lindenhof-Blog",
        stdin=password + "\n",
        service=keyring_service,
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Connected Lindenhof-Blog (WordPress, admin)."
    assert password not in added.stdout + added.stderr

    checked = kurzdraht("accounts", "check", "--json", service=keyring_service)
    assert checked.returncode == 0, checked.stderr
    [account] = json.loads(checked.stdout)
    assert (account["name"], account["status"], account["organisation"]) == ("Lindenhof-Blog", "connected", "Lindenhof")

    removed = kurzdraht("accounts", "remove", "Lindenhof-Blog", service=keyring_service)
    assert removed.returncode == 0 and "Removed Lindenhof-Blog" in removed.stdout
    assert json.loads(kurzdraht("accounts", "list", "--json", service=keyring_service).stdout) == []
    import keyring

    assert keyring.get_credential(keyring_service, None) is None  # nothing left in the keyring


def test_a_mastodon_token_from_standard_input_and_a_check_that_fails(
    credentials, keyring_service, mastodon_server, home: Path
):
    require_keyring(credentials)
    token = mastodon_server.create_user("lindenhof", "Lindenhof")
    added = kurzdraht(
        "accounts",
        "add",
        "mastodon",
        "--instance",
        mastodon_server.url,
        "--token-stdin",
        stdin=token + "\n",
        service=keyring_service,
    )
    assert added.returncode == 0, added.stderr
    mastodon_server.revoke(token)
    checked = kurzdraht("accounts", "check", "Lindenhof", service=keyring_service)
    assert checked.returncode == 1
    assert "needs reconnect" in checked.stdout and token not in checked.stdout
    log = (home / "logs" / "kurzdraht.log").read_text()
    assert "Mastodon answered 401" in log and token not in log


def test_a_password_is_never_read_from_an_unattended_terminal(keyring_service, tmp_path):
    result = kurzdraht("accounts", "add", "bluesky", "--handle", "club.bsky.social", service=keyring_service)
    assert result.returncode == 1 and "--password-stdin" in result.stderr


def test_a_bluesky_account_with_an_app_password_from_standard_input(
    credentials, keyring_service, bluesky_network, home: Path
):
    require_keyring(credentials)
    club = bluesky_network.create_account("funkenflug")
    added = kurzdraht(
        "accounts",
        "add",
        "bluesky",
        "--handle",
        club.handle,
        "--service",
        bluesky_network.pds_url,
        "--password-stdin",
        "--name",
        "Funkenflug",
        stdin=club.app_password + "\n",
        service=keyring_service,
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == f"Connected Funkenflug (Bluesky, @{club.handle})."
    checked = kurzdraht("accounts", "check", "Funkenflug", service=keyring_service)
    assert checked.returncode == 0 and "connected" in checked.stdout
    log = (home / "logs" / "kurzdraht.log").read_text()
    assert "connected bluesky account" in log and club.app_password not in log
