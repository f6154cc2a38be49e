"""The soak benchmark's "app": the real `Core` with `Outbox.run_forever`, as the GUI runs it, without
widgets; started (and killed with SIGKILL) by benchmarks/soak.py, which documents the whole run.

Like the GUI it also syncs the comments every ten (simulated) minutes and answers some of them, and it
calls `outbox.connection_back()` when the computer is online again (the GUI's network watcher does, in
ui/app.py). Two things stand in for what the operating system does for the GUI: the soak's clock skips
idle stretches, and this process looks again at once when it did (as after waking from sleep); and
"online again" is read from a file the soak writes.

    python -c "import soak_app; soak_app.main()" HOME SEED CONTROL_FOLDER
(with benchmarks/ on PYTHONPATH and KURZDRAHT_TEST_CLOCK set, as soak.py starts it).
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import sys
from datetime import timedelta
from pathlib import Path

SYNC_EVERY = timedelta(minutes=10)
REPLY_CHANCE = 0.5  # per sync: answer one comment not yet answered


async def _watch(core: "Core", clock_file: Path, online_file: Path) -> None:  # noqa: F821
    """Look again when the clock skipped ahead; send what waited for the connection when it is back."""
    last_clock, online = -1, True
    while True:
        try:
            # Two tiny local files, every 50 ms: blocking the loop for that is below notice here.
            changed = clock_file.stat().st_mtime_ns  # noqa: ASYNC240
            now_online = online_file.read_text() != "offline"  # noqa: ASYNC240
        except (OSError, ValueError):
            changed, now_online = last_clock, online
        if changed != last_clock:
            last_clock = changed
            core.outbox.wake()
        if now_online and not online:
            await core.outbox.connection_back()
        online = now_online
        await asyncio.sleep(0.05)


async def _sync_and_answer(core: "Core", seed: int, replies_log: Path) -> None:  # noqa: F821
    from desktop.store.models import Comment, Post, utcnow

    chance = random.Random(seed ^ os.getpid())
    counter = 0
    next_sync = utcnow()
    while True:
        if utcnow() >= next_sync:
            next_sync = utcnow() + SYNC_EVERY
            try:
                await core.inbox_sync.sync()
            except Exception:  # noqa: BLE001 - offline, a fault: the next round tries again
                logging.getLogger("soak").exception("comment sync failed")
            if chance.random() < REPLY_CHANCE:

                def unanswered() -> int | None:
                    answered = Post.select(Post.reply_to).where(Post.kind == "reply")
                    row = (
                        Comment.select(Comment.id)
                        .where((Comment.network == "mastodon") & Comment.id.not_in(answered))
                        .order_by(Comment.id)
                        .first()
                    )
                    return row.id if row else None

                comment_id = await core.store.run(unanswered)
                if comment_id is not None:
                    counter += 1
                    marker = f"Soak {seed}-r{os.getpid()}x{counter}"
                    # Written down before the reply exists: one that never reached the database (killed in
                    # between) is told apart from one that was lost after it.
                    line = f"{marker} {utcnow().timestamp():.3f}\n".encode()
                    descriptor = os.open(replies_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                    try:
                        os.write(descriptor, line)
                    finally:
                        os.close(descriptor)
                    try:
                        await core.replies.reply(comment_id, f"{marker}: Danke für Ihre Nachricht!")
                    except Exception:  # noqa: BLE001
                        logging.getLogger("soak").exception("reply failed")
        await asyncio.sleep(0.1)


async def run(home: str, seed: int, control: Path) -> None:
    from desktop.app import Core
    from desktop.paths import data_paths

    core = Core(data_paths(home)).open()
    try:
        await asyncio.gather(
            core.outbox.run_forever(),
            _watch(core, control / "clock", control / "online"),
            _sync_and_answer(core, seed, control / "replies.log"),
        )
    finally:
        await core.aclose()


def main() -> None:
    home, seed, control = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(message)s")
    asyncio.run(run(home, seed, control))
