"""A folder made really read-only for a test: a read-only bind mount, since root (as in CI) ignores
chmod. Skips the test, with the reason, where mounting is not allowed."""

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
        remounted = subprocess.run(["mount", "-o", "remount,ro,bind", str(mount_point)], capture_output=True,
                                   text=True)
        if remounted.returncode != 0:
            pytest.skip(f"the bind mount could not be made read-only: {remounted.stderr.strip()}")
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)
