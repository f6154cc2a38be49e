"""What the test servers' fixtures share: a free port on 127.0.0.1, the end of a log for failure
messages, and child processes that end when pytest dies without tearing down."""

from __future__ import annotations

import signal
import socket
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"(no {path.name})"
    return f"--- last lines of {path} ---\n" + "\n".join(text.splitlines()[-lines:])


def die_with_parent(death_signal: int = signal.SIGTERM) -> None:
    """In the child before exec: get `death_signal` when pytest dies (Linux's PR_SET_PDEATHSIG)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, int(death_signal))
    except Exception:
        pass
