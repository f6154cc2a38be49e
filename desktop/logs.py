"""Logging to the data folder, with every known secret and token-like value redacted."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import threading
from pathlib import Path

REDACTED = "[redacted]"
# Values that look like credentials wherever they appear, known to us or not.
_PATTERNS = (
    re.compile(r"(?i)(authorization\s*[:=]\s*(?:bearer|basic)\s+)[^\s,;\"']+"),
    re.compile(
        r"(?i)((?:access_token|refresh_token|accessJwt|refreshJwt|password|app_password|client_secret"
        r"|token|code_verifier)[\"']?\s*[:=]\s*[\"']?)[^\s,;&\"']+"
    ),
)


class SecretRedactor:
    """Remembers the secrets this process has handled and strips them, and token-like values, from text."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secret: str) -> None:
        if secret and len(secret) >= 4:
            with self._lock:
                self._secrets.add(secret)

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
        return text


redactor = SecretRedactor()


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redactor.redact(super().format(record))


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; when it cannot be written (disk full, folder made read-only) it goes quiet instead
    of printing logging's own traceback, and messages stop pointing to it."""

    _kurzdraht = True
    broken = False

    def _open(self):  # noqa: ANN202 - logging's own method
        # Created private, like the rest of the data folder: also the new file after each rotation.
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.broken = True


class _Silence(logging.NullHandler):
    """Stands in for a log file that cannot be opened, so that logging's last-resort handler does not
    print warnings to the terminal, whose output belongs to the command."""

    _kurzdraht = True


def _remove_our_handlers(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, "_kurzdraht", False):
            root.removeHandler(handler)
            handler.close()


def setup_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """Log to kurzdraht.log in `folder` (rotated, a few MB at most). None when the file cannot be
    written (a read-only data folder, a full disk): then nothing is logged, and the app runs on."""
    root = logging.getLogger()
    _remove_our_handlers(root)
    path: Path | None = folder / "kurzdraht.log"
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(folder / "kurzdraht.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler, path = _Silence(), None
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO; query strings may carry codes, so keep it at WARNING.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # Python's warnings (a library's deprecation, Pillow's large-image warning) are details for the
    # log, not text for the terminal between a command's output.
    logging.captureWarnings(True)
    return path


def log_file() -> Path | None:
    """The file the log is written to, while writing it works; None before `setup_logging`, when it
    could not open the file, or after a write failed. Messages say "details are in …" only then."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            if handler.broken:
                return None
            return Path(handler.baseFilename)
    return None


def demo_log_folder() -> Path:
    """Where the sample workspace logs: outside it, since it is deleted when the app or command ends."""
    import tempfile

    return Path(tempfile.gettempdir()) / "kurzdraht-demo-logs"
