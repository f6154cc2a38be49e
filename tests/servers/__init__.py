"""Real local servers of the networks (or, for Mastodon, a loopback server speaking its documented
API), started by session fixtures on 127.0.0.1 and stopped afterwards."""
