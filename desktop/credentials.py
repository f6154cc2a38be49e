"""The only module that touches the OS keyring. Secrets go to the keyring and nowhere else:
not the database, not settings, not logs, not the text of exceptions."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from desktop.errors import CredentialError, CredentialsUnavailable
from desktop.i18n import translate
from desktop.logs import redactor

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "Kurzdraht"
# Backends that would keep secrets in plain files, or keep none: never used, even if configured.
_REFUSED_BACKENDS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeyringState(Enum):
    AVAILABLE = "available"
    MISSING = "missing"


@dataclass(frozen=True)
class KeyringStatus:
    state: KeyringState
    backend: str  # a readable backend name, e.g. "SecretService Keyring"

    @property
    def available(self) -> bool:
        return self.state is KeyringState.AVAILABLE

    def explanation(self) -> str:
        if self.available:
            return translate("Credentials", "Passwords are kept in your system's password store (%1).").replace(
                "%1", self.backend
            )
        return missing_keyring_message()


def missing_keyring_message() -> str:
    return translate(
        "Credentials",
        "No password store was found on this computer, so Kurzdraht cannot keep account passwords "
        "safely. You can still write and save drafts. To connect accounts, use Windows Credential "
        "Manager, the macOS Keychain, or on Linux a Secret Service such as GNOME Keyring or KWallet.",
    )


def new_reference() -> str:
    """A fresh keyring user name for an account; stored in the database instead of the secret."""
    return f"account-{uuid.uuid4()}"


class CredentialStore:
    """Put, get and delete secrets by reference. Blocking calls; use the `a*` variants from async code."""

    def __init__(self, service: str | None = None) -> None:
        # KURZDRAHT_KEYRING_SERVICE keeps a test run's or a portable install's secrets apart.
        self.service = service or os.environ.get("KURZDRAHT_KEYRING_SERVICE") or SERVICE
        self._backend: KeyringBackend | None = None

    def _keyring(self) -> KeyringBackend:
        if self._backend is None:
            import keyring  # imported lazily: finding a backend talks to D-Bus on Linux

            backend = keyring.get_keyring()
            if _is_refused(backend):
                raise CredentialsUnavailable(missing_keyring_message())
            self._backend = backend
        return self._backend

    def status(self) -> KeyringStatus:
        try:
            backend = self._keyring()
        except CredentialsUnavailable:
            return KeyringStatus(KeyringState.MISSING, "")
        return KeyringStatus(KeyringState.AVAILABLE, getattr(backend, "name", type(backend).__name__))

    def put(self, reference: str, secret: str) -> None:
        if not secret:
            raise CredentialError(translate("Credentials", "An empty password cannot be saved."))
        redactor.add(secret)
        self._call("set_password", reference, secret)

    def get(self, reference: str) -> str | None:
        secret = self._call("get_password", reference)
        if secret:
            redactor.add(secret)
        return secret

    def delete(self, reference: str) -> bool:
        """Delete a secret; False when there was none."""
        from keyring.errors import PasswordDeleteError

        try:
            self._call("delete_password", reference)
        except CredentialError as error:
            if isinstance(error.__cause__, PasswordDeleteError):
                return False
            raise
        return True

    async def aput(self, reference: str, secret: str) -> None:
        await asyncio.to_thread(self.put, reference, secret)

    async def aget(self, reference: str) -> str | None:
        return await asyncio.to_thread(self.get, reference)

    async def adelete(self, reference: str) -> bool:
        return await asyncio.to_thread(self.delete, reference)

    async def astatus(self) -> KeyringStatus:
        return await asyncio.to_thread(self.status)

    def _call(self, method: str, *args: str):
        from keyring.errors import KeyringError, NoKeyringError

        backend = self._keyring()
        try:
            for attempt in range(_TRIES):
                try:
                    return getattr(backend, method)(self.service, *args)
                except Exception as error:
                    if attempt == _TRIES - 1 or not _replaced_meanwhile(error):
                        raise
                    time.sleep(0.02 * (attempt + 1))
        except NoKeyringError as error:
            raise CredentialsUnavailable(missing_keyring_message()) from error
        except KeyringError as error:
            # The backend's own text may quote what it was given; show only its kind.
            raise CredentialError(
                translate("Credentials", "The system password store refused the request (%1).").replace(
                    "%1", type(error).__name__
                )
            ) from error


# GNOME Keyring replaces an item by deleting and re-creating it; a request at that moment may find the
# item (or, briefly, the collection) gone. Such a request is simply made again.
_TRIES = 4


def _replaced_meanwhile(error: BaseException | None) -> bool:
    seen = 0
    while error is not None and seen < 10:
        if type(error).__name__ == "ItemNotFoundException":
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def _is_refused(backend: object) -> bool:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        return not backend.backends or all(_is_refused(b) for b in backend.backends)
    module = type(backend).__module__
    return any(module == name or module.startswith(name + ".") for name in _REFUSED_BACKENDS)
