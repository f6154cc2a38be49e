"""What the test servers' fixtures share: a free port on 127.0.0.1, the end of a log for failure
messages, and child processes that end when pytest dies without tearing down."""

from __future__ import annotations

import json
import os
import shutil
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
    except Exception:  # noqa: BLE001 - only a safety net: without it the test servers still stop
        pass


def reap_stale(base: Path, prefix: str) -> None:
    """Stop what a killed earlier session left in `base`/`prefix`* folders whose pytest is gone (each
    records it in owner.json): only processes of the groups it recorded that mention that folder in
    their command line or environment; then remove the folder."""
    for folder in base.glob(f"{prefix}*"):
        try:
            owner = json.loads((folder / "owner.json").read_text())
            os.kill(owner["pid"], 0)
            continue  # still running: another session's server
        except ProcessLookupError:
            pass
        except (OSError, ValueError, KeyError, TypeError):
            continue
        groups = set(owner.get("groups", []))
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                group = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[2])
                if (
                    group in groups
                    and str(folder).encode() in (proc / "cmdline").read_bytes() + (proc / "environ").read_bytes()
                ):
                    os.kill(int(proc.name), signal.SIGKILL)
            except (OSError, ValueError, IndexError):
                continue
        shutil.rmtree(folder, ignore_errors=True)
