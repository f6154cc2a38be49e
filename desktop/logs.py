"""Logging to the data folder, with every known secret and token-like value redacted."""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

REDACTED = "[redacted]"
# Values that look like credentials wherever they appear, known to us or not.
_PATTERNS = (
    re.compile(r"(?i)(authorization\s*[:=]\s*(?:bearer|basic)\s+)[^\s,;\"']+"),
    re.compile(r"(?i)((?:access_token|refresh_token|accessJwt|refreshJwt|password|app_password|client_secret"
               r"|token|code_verifier)[\"']?\s*[:=]\s*[\"']?)[^\s,;&\"']+"),
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


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to kurzdraht.log in `folder` (rotated, a few MB at most)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kurzdraht.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kurzdraht", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._kurzdraht = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO; query strings may carry codes, so keep it at WARNING.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path
