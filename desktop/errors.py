"""Errors the user may see: each carries a message in the user's words and never a secret."""

from __future__ import annotations


class KurzdrahtError(Exception):
    """Base for errors whose text is meant for the user (already translated)."""

    # Set where the technical cause was logged but is not chained (the store drops SQLite's error: its
    # traceback would keep the file locked), so that the message may still point to the log.
    details_logged = False

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


def has_details(error: BaseException) -> bool:
    """Whether the log knows more than the message: the error is unexpected, or wraps a technical
    cause. A plain refusal ("There is no account called …") has nothing more to tell."""
    return not isinstance(error, KurzdrahtError) or error.__cause__ is not None or error.details_logged


def plain_message(error: BaseException) -> str:
    """Any error in the user's words: a KurzdrahtError's own text, the common ways files fail, else a
    line naming only the error's kind (its text may quote what it was given, even a password)."""
    import errno

    from desktop.i18n import translate

    if isinstance(error, KurzdrahtError):
        return error.message
    if isinstance(error, OSError):
        # Of a move's two files, the one it moves to is the one the user named.
        named = error.filename2 or error.filename
        where = named if isinstance(named, str) else ""
        messages = {
            errno.ENOSPC: translate("Errors", "The disk is full. Please make room and try again."),
            errno.EROFS: translate("Errors", "Kurzdraht may not write to “%1”: it is read-only."),
            errno.EACCES: translate("Errors", "Kurzdraht may not use “%1”: access was refused."),
            errno.EPERM: translate("Errors", "Kurzdraht may not use “%1”: access was refused."),
            errno.ENOENT: translate("Errors", "“%1” does not exist."),
            errno.EISDIR: translate("Errors", "“%1” is a folder, not a file."),
            errno.ENOTDIR: translate("Errors", "“%1” is not a folder."),
            errno.EEXIST: translate("Errors", "“%1” already exists and is not a folder."),
        }
        messages[getattr(errno, "EDQUOT", errno.ENOSPC)] = messages[errno.ENOSPC]  # a user's quota is used up
        message = messages.get(error.errno or 0)
        if message is not None and (where or "%1" not in message):
            return message.replace("%1", where)
    return translate("Errors", "Something went wrong (%1).").replace("%1", type(error).__name__)


def with_log_hint(message: str, log_file: object) -> str:
    """A message that says where its details are, the same in the app and on the command line."""
    from desktop.i18n import translate

    return translate("Errors", "%1 Details are in the log file %2.").replace("%1", message).replace("%2", str(log_file))
