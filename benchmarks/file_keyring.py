"""A keyring backend that keeps secrets in one JSON file, for the soak benchmark only: its senders are
separate processes (publish-due, a headless app) that must read the accounts' secrets the driver stored,
on machines without a Secret Service. Chosen with PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring and
the file named by KURZDRAHT_SOAK_KEYRING. The app itself never uses this: secrets in a plain file are
what it refuses (`desktop.credentials`)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["KURZDRAHT_SOAK_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, secrets: dict[str, str]) -> None:
        scratch = self.path.with_suffix(".tmp")
        scratch.write_text(json.dumps(secrets), encoding="utf-8")
        os.replace(scratch, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._load()
        secrets[f"{service}\n{username}"] = password
        self._save(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        if secrets.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(secrets)
