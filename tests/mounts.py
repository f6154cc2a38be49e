"""Real disks with faults for a test: a read-only folder (a read-only bind mount, since root, as in CI,
ignores chmod) and a small disk to fill up (a tmpfs). Skips the test, with the reason, where mounting
is not allowed."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_view(source: Path, mount_point: Path) -> Iterator[Path]:
    """`source`'s contents, read-only, at `mount_point` (made here) until the block ends."""
    mount_point.mkdir(parents=True, exist_ok=True)
    bound = subprocess.run(["mount", "--bind", str(source), str(mount_point)], capture_output=True, text=True)
    if bound.returncode != 0:
        pytest.skip(f"a read-only bind mount needs root and mount rights here: {bound.stderr.strip()}")
    try:
        remounted = subprocess.run(["mount", "-o", "remount,ro,bind", str(mount_point)], capture_output=True, text=True)
        if remounted.returncode != 0:
            pytest.skip(f"the bind mount could not be made read-only: {remounted.stderr.strip()}")
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


@contextmanager
def small_disk(mount_point: Path, size: str = "4m") -> Iterator[Path]:
    """A disk of `size` (a tmpfs) at `mount_point` until the block ends, to be filled up by the test."""
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"a small disk (tmpfs) needs root and mount rights here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def fill_up(disk: Path, leave: int = 0) -> None:
    """Write a filler file until the disk refuses, then free `leave` bytes again: room for opening
    the data, none for much more."""
    import errno

    block = b"\0" * 4096
    with open(disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(block)
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
        filler.truncate(max(filler.tell() - leave, 0))
