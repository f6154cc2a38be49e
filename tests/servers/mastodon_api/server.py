"""MastodonServer: the loopback server and the controls tests use to set it up."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from servers.loopback import LoopbackServer

from . import social
from .handler import ApiError, Handler, rate_limit_headers
from .state import Status, Store, User

T = TypeVar("T")

FAULT_KINDS = ("drop_before_commit", "drop_after_commit")


@dataclass
class _Fault:
    prefix: str
    kind: str
    method: str | None
    times: int


class MastodonServer(LoopbackServer):
    """An in-memory Mastodon on 127.0.0.1 speaking the documented REST API over real HTTP.

    ``requests`` lists (method, path without the query) of every request, so a test can count them.

    Settings (plain attributes, change them any time): max_characters, max_media_attachments,
    characters_reserved_per_url, image_size_limit, video_size_limit, media_description_limit,
    notify_replies_without_mention, delay (seconds each request waits before it is handled,
    for latency; requests are served on threads of their own, so concurrent ones wait together).

    Any number of servers can run at once, each on its own port: ``MastodonServer().start()``
    (the ``mastodon_servers`` fixture does that and stops them after the test). ``stop()`` is the
    "offline" fault, ``start()`` serves again on the same port.
    """

    thread_name = "mastodon-test-server"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, verbose: bool = False):
        super().__init__(host, port)
        self.verbose = verbose
        self.store = Store()
        self.max_characters = 500
        self.max_media_attachments = 4
        self.characters_reserved_per_url = 23
        self.image_size_limit = 10485760
        self.video_size_limit = 41943040
        self.media_description_limit = 1500
        # Real Mastodon notifies only mentioned accounts (a reply from a client normally starts
        # with the @mention); set True to also notify the author of the replied-to status.
        self.notify_replies_without_mention = False
        self.delay = 0.0
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request, faulty ones too
        self.signed_in: tuple[str, bool] | None = None
        self._media_polls: int | None = None
        self._faults: list[_Fault] = []
        self._rate = {"limit": 300, "period": 300.0, "remaining": 300, "reset_at": 0.0}

    def _handler_class(self) -> type[Handler]:
        return type("BoundHandler", (Handler,), {"app": self})

    def _listening(self) -> None:
        self.store.base_url = self.url

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # ------------------------------------------------------------ test controls

    def create_user(self, username: str, display_name: str = "", scopes: str = "read write") -> str:
        """Create (or reuse) a local account and return a new access token for it, as if issued to
        a "Test client" app."""
        with self.lock:
            user = self.store.user(username, display_name)
            if display_name:
                user.display_name = display_name
            from .state import App

            app = next((a for a in self.store.apps.values() if a.name == "Test client"), None)
            if app is None:
                app = App(self.store.next_id(), "Test client", None, ["urn:ietf:wg:oauth:2.0:oob"], scopes.split())
                self.store.apps[app.client_id] = app
            return self.store.issue_token(app, user, set(scopes.split())).value

    def sign_in(self, username: str | None, approve: bool = True) -> None:
        """The browser session for GET /oauth/authorize: with a user signed in the server acts as
        if they clicked Authorize (approve=False: Deny). None signs out."""
        with self.lock:
            if username is not None:
                self.store.user(username)
            self.signed_in = (username, approve) if username is not None else None

    def statuses_of(self, username: str, include_deleted: bool = False) -> list[dict]:
        """The account's statuses (boosts too, as Mastodon counts them) as Status entities, oldest
        first (with source `text`)."""
        with self.lock:
            user = self.store.users.get(username.lower())
            return [
                self.store.status_json(s, user, with_source=True)
                for s in sorted(self.store.statuses.values(), key=lambda s: int(s.id))
                if s.account is user and (include_deleted or not s.deleted)
            ]

    def notifications_of(self, username: str) -> list[dict]:
        with self.lock:
            user = self.store.users.get(username.lower())
            return [self.store.notification_json(n) for n in reversed(self.store.notifications) if n.owner is user]

    def add_notification(self, username: str, type: str, from_username: str, status_id: str | None = None) -> str:  # noqa: A002
        """Record a notification (e.g. "favourite", "follow") for `username`; returns its id."""
        with self.lock:
            status = self.store.statuses.get(status_id) if status_id else None
            owner, sender = self.store.user(username), self.store.user(from_username)
            return self.store.notify(owner, type, sender, status).id

    def follow(self, follower_username: str, followed_username: str) -> dict:
        """`follower_username` follows `followed_username` (both created if new), as POST
        /api/v1/accounts/:id/follow would: counts change and the followed account gets a "follow"
        notification. Returns the follower's Relationship to the followed account."""
        with self.lock:
            follower, followed = self.store.user(follower_username), self.store.user(followed_username)
            self._control(social.follow, self.store, follower, followed)
            return self.store.relationship_json(follower, followed)

    def unfollow(self, follower_username: str, followed_username: str) -> dict:
        with self.lock:
            follower, followed = self.store.user(follower_username), self.store.user(followed_username)
            social.unfollow(self.store, follower, followed)
            return self.store.relationship_json(follower, followed)

    def favourite(self, username: str, status_id: str) -> dict:
        """`username` (created if new) favourites the status, as POST /api/v1/statuses/:id/favourite
        would (the author gets a "favourite" notification). Returns the Status as `username` sees it."""
        with self.lock:
            user = self.store.user(username)
            status = self._status_for(user, status_id)
            self._control(social.favourite, self.store, user, status)
            return self.store.status_json(status, user)

    def reblog(self, username: str, status_id: str, visibility: str | None = None) -> dict:
        """`username` (created if new) boosts the status, as POST /api/v1/statuses/:id/reblog would
        (the author gets a "reblog" notification). Returns the boost: a Status whose `reblog` is the
        boosted one."""
        with self.lock:
            user = self.store.user(username)
            status = self._status_for(user, status_id)
            boost = self._control(social.reblog, self.store, user, status, visibility)
            return self.store.status_json(boost, user)

    def _status_for(self, user: User, status_id: str) -> Status:
        status = self.store.statuses.get(status_id)
        if status is None or not self.store.visible(status, user):
            raise LookupError(f"no status {status_id} that {user.username} can see")
        return status

    @staticmethod
    def _control(operation: Callable[..., T], *args: object) -> T:
        """Run a shared operation; a refusal (what the API would answer 4xx) becomes a ValueError."""
        try:
            return operation(*args)
        except ApiError as error:
            raise ValueError(f"{operation.__name__}: {error.body['error']}") from None

    def set_media_processing_polls(self, n: int | None) -> None:
        """n > 0: POST /api/v2/media answers 202 (url null) and the first n GET /api/v1/media/:id
        answer 206 before 200. n == 0: 200 at once. None (default): Mastodon 4 behaviour —
        images at once, video/audio/gifv after one 206 poll."""
        with self.lock:
            self._media_polls = n

    def processing_polls_for(self, mime: str) -> int:
        if self._media_polls is not None:
            return self._media_polls
        return 0 if mime.startswith("image/") and mime != "image/gif" else 1

    def limit_requests(self, remaining: int, reset_in: float = 300.0, limit: int | None = None) -> None:
        """Let `remaining` more /api/ requests through, then 429 until `reset_in` seconds from now,
        after which the budget refills to `limit` (default 300 per 5 minutes, api/rate-limits.md)."""
        with self.lock:
            if limit is not None:
                self._rate["limit"] = limit
            self._rate["remaining"] = remaining
            self._rate["reset_at"] = time.time() + reset_in

    def revoke(self, token: str) -> None:
        with self.lock:
            self.store.tokens[token].revoked = True

    def expire(self, token: str) -> None:
        with self.lock:
            self.store.tokens[token].expired = True

    def fail_next(self, path_prefix: str, kind: str, method: str | None = None, times: int = 1) -> None:
        """Fault for the next `times` requests whose path starts with `path_prefix`:
        "drop_after_commit" (the request takes effect, then the connection closes unanswered),
        "drop_before_commit" (closed unanswered, nothing happens), "http_500" / "http_502" /
        "http_503" (that status, nothing happens). Going offline is stop() (and start() again)."""
        if kind not in FAULT_KINDS and not (kind.startswith("http_") and kind[5:].isdigit()):
            raise ValueError(f"unknown fault kind {kind!r}")
        with self.lock:
            self._faults.append(_Fault(path_prefix, kind, method.upper() if method else None, times))

    # ------------------------------------------------------------ used by the handler

    def _take_fault(self, method: str, path: str) -> str | None:
        with self.lock:
            for fault in self._faults:
                if path.startswith(fault.prefix) and (fault.method is None or fault.method == method):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault.kind
        return None

    def _rate_limit_hit(self, now: float) -> dict[str, str]:
        with self.lock:
            rate = self._rate
            if now >= rate["reset_at"]:
                rate["remaining"] = rate["limit"]
                rate["reset_at"] = now + rate["period"] - (now % rate["period"])
            headers = rate_limit_headers(rate["limit"], rate["remaining"] - 1, rate["reset_at"])
            if rate["remaining"] <= 0:
                raise ApiError(429, "Too many requests", headers=headers)
            rate["remaining"] -= 1
            return headers
