"""A loopback server speaking Mastodon's documented REST API (docs.joinmastodon.org), in memory,
over real HTTP on 127.0.0.1, for testing the Mastodon client without a Mastodon installation."""

from .server import MastodonServer

__all__ = ["MastodonServer"]
