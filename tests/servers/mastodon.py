"""pytest plugin (`-p servers.mastodon`): the `mastodon_server` fixture, a fresh in-memory
Mastodon on 127.0.0.1 per test (starting one takes milliseconds), and `mastodon_servers`, a
factory for tests that need several independent ones (`make()` starts one more).

Latency: set `server.delay = 0.3` and every request waits 0.3 s before it is answered; requests
run on threads of their own, so eight concurrent ones still take about 0.3 s together."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from servers.mastodon_api import MastodonServer


@pytest.fixture
def mastodon_server() -> Iterator[MastodonServer]:
    server = MastodonServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mastodon_servers() -> Iterator[Callable[[], MastodonServer]]:
    """A factory of independent Mastodon servers, each on its own port; all stopped afterwards."""
    servers: list[MastodonServer] = []

    def make() -> MastodonServer:
        server = MastodonServer().start()
        servers.append(server)
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.stop()
