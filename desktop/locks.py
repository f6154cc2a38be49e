"""A lock that holds across Kurzdraht's processes (the window, `publish-due` from the task scheduler, a
`sync` in a terminal) and across the tasks of one process: a lock file in the data folder, locked with
the operating system's file locks (`flock` on Linux and macOS, `LockFileEx` through msvcrt on Windows).
The system releases it when a process ends, also when it crashes, so a lock is never left behind.

Used where two processes doing the same thing at once would break something on a network: renewing a
login whose refresh token works only once (X)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from desktop.errors import KurzdrahtError
from desktop.i18n import translate

log = logging.getLogger(__name__)

# How often a waiting task looks whether the lock is free (it is held for one request to a network).
_POLL_SECONDS = 0.05


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


@asynccontextmanager
async def exclusive(path: Path, timeout: float = 120) -> AsyncIterator[None]:
    """Hold the lock named by `path` (created, private) while the block runs; waits for another holder,
    and raises a KurzdrahtError after `timeout` seconds (a holder that hangs)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not _try_lock(fd):
            if loop.time() >= deadline:
                log.warning("lock %s still held by another task or process after %s s", path.name, timeout)
                raise KurzdrahtError(
                    translate(
                        "Networks",
                        "Another Kurzdraht window or task is renewing this account's login and does not finish. "
                        "Please try again in a moment.",
                    )
                )
            await asyncio.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
