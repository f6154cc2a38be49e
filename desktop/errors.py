"""Errors the user may see: each carries a message in the user's words and never a secret."""

from __future__ import annotations


class KurzdrahtError(Exception):
    """Base for errors whose text is meant for the user (already translated)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DataFromNewerVersion(KurzdrahtError):
    """The data folder was written by a newer Kurzdraht; we refuse to touch it."""


class CredentialsUnavailable(KurzdrahtError):
    """No usable password store (OS keyring) exists on this computer."""


class CredentialError(KurzdrahtError):
    """The password store exists but refused or failed an operation."""


class NotFound(KurzdrahtError):
    """A named thing (account, draft, comment) does not exist."""
