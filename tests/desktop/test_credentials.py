"""Secrets live in the OS keyring only: the real Secret Service in CI, never a file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import Core
from desktop.credentials import CredentialStore
from desktop.errors import CredentialsUnavailable
from desktop.logs import setup_logging
from desktop.store.models import Account
from tests.conftest import require_keyring, run

SECRET = "kd-Secret-7f3a9c2e-Zugangstoken"


def test_a_secret_is_stored_read_and_deleted_in_the_os_keyring(credentials: CredentialStore, keyring_service):
    require_keyring(credentials)
    import keyring

    credentials.put("account-test", SECRET)
    assert credentials.get("account-test") == SECRET
    # It really is in the OS keyring under our service name, visible to any keyring client.
    assert keyring.get_password(keyring_service, "account-test") == SECRET
    assert credentials.delete("account-test") is True
    assert credentials.get("account-test") is None
    assert keyring.get_password(keyring_service, "account-test") is None
    assert credentials.delete("account-test") is False


def _all_bytes_under(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


def test_secrets_never_reach_the_database_settings_or_logs(core: Core, home: Path):
    require_keyring(core.credentials)
    import logging

    setup_logging(core.paths.logs)
    org = run(core.accounts.ensure_organisation("Nachbarschaftszentrum Lindenhof"))
    account_id = run(
        core.accounts.add(
            org,
            "mastodon",
            "Lindenhof",
            "@lindenhof@social.example",
            "https://social.example",
            secret=SECRET,
            status="connected",
        )
    )
    logging.getLogger("test").warning("request failed: Authorization: Bearer %s; token=%s", SECRET, SECRET)
    core.settings.save()
    for handler in logging.getLogger().handlers:
        handler.flush()

    # The account is listed and its secret can be read back from the keyring ...
    (account,) = run(core.accounts.list())
    assert account.display_name == "Lindenhof" and account.has_credentials
    assert run(core.accounts.secret(account_id)) == SECRET
    # ... but no file in the data folder (database, WAL, settings, logs) holds it, in any encoding.
    stored = _all_bytes_under(home)
    assert (home / "kurzdraht.sqlite3").exists() and (home / "logs" / "kurzdraht.log").exists()
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert SECRET.encode(encoding) not in stored
    assert b"[redacted]" in (home / "logs" / "kurzdraht.log").read_bytes()

    # Removing the account removes its keyring entry too.
    reference = core.store.call(lambda: Account.get_by_id(account_id).credential_ref)
    run(core.accounts.remove(account_id))
    assert core.credentials.get(reference) is None
    assert run(core.accounts.list()) == []


def test_without_a_keyring_backend_the_app_says_so_and_never_falls_back_to_a_file(home, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # forget the backend chosen earlier
    core = Core.create(home).open()
    try:
        status = core.credentials.status()
        assert not status.available
        assert "No password store was found" in status.explanation()
        org = run(core.accounts.ensure_organisation("Jugendclub"))
        with pytest.raises(CredentialsUnavailable) as refused:
            run(core.accounts.add(org, "bluesky", "Funkenflug", "funkenflug.bsky.social", secret=SECRET))
        assert SECRET not in str(refused.value)
        assert "You can still write and save drafts" in str(refused.value)
        # Nothing was half-saved, and the secret went to no file.
        assert run(core.accounts.list()) == []
        assert SECRET.encode() not in _all_bytes_under(home)
        # Drafting keeps working.
        draft = run(core.drafts.save(org, "Offene Bühne am Freitag!"))
        assert [d.id for d in run(core.drafts.list())] == [draft]
    finally:
        core.close()
        keyring.core._keyring_backend = None


def test_the_cli_works_without_a_keyring_backend(home):
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--demo", "accounts", "list", "--json"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 7
