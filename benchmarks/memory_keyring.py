"""A keyring backend that keeps secrets in a dict, for benchmarks only: they measure network
concurrency and the composer, not the OS password store, and must run where no Secret Service is
(the tests get one from scripts/test). The app itself never uses this."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def use_memory_keyring() -> MemoryKeyring:
    """Make `keyring.get_keyring()` (and so `CredentialStore`) use a fresh in-memory backend."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
