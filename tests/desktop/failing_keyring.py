"""Test-only keyring backends that refuse, selected in a subprocess through keyring's own mechanism
(PYTHON_KEYRING_BACKEND=tests.desktop.failing_keyring.<Class>). The app never uses them.

Why not lock the real collection: gnome-keyring answers a locked collection by asking for the
password in a prompt, which in a headless test session either hangs or fails in ways that depend on
the desktop. These backends give the same answer keyring's Secret Service backend gives for a
locked collection (`KeyringLocked`), every time.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.backends import SecretService
from keyring.errors import KeyringLocked


class LockedKeyring(KeyringBackend):
    """A password store that stays locked: nothing can be read, written or deleted."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class DeleteRefusedKeyring(SecretService.Keyring):
    """The real Secret Service of the test session, except that deleting is refused."""

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the item!")
