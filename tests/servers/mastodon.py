"""pytest plugin (`-p servers.mastodon`): the `mastodon_server` fixture, a fresh in-memory
Mastodon on 127.0.0.1 per test (starting one takes milliseconds)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from servers.mastodon_api import MastodonServer


@pytest.fixture
def mastodon_server() -> Iterator[MastodonServer]:
    server = MastodonServer().start()
    try:
        yield server
    finally:
        server.stop()
