"""Google's OAuth for installed apps and the YouTube Data API v3 comment endpoints on 127.0.0.1, written from
Google's documentation (the client stands in for it in tests, so nothing here comes from a client):

- developers.google.com/identity/protocols/oauth2/native-app and .../resources/loopback-migration: a "Desktop
  app" client (its secret is sent but not confidential), loopback redirects to any port of 127.0.0.1, [::1] or
  localhost, PKCE (S256 or plain), access_type=offline, prompt=consent|none, the token endpoint's JSON and errors,
  revocation (/revoke?token=, 200 or 400 invalid_token);
- developers.google.com/identity/protocols/oauth2 ("Refresh token expiration"): an app in "Testing" with
  external users gets refresh tokens that expire after 7 days (then invalid_grant "Token has been expired or
  revoked."); 100 live refresh tokens per account and client, the oldest dies;
- developers.google.com/youtube/v3/docs: channels.list (mine, id; parts id, snippet, statistics, contentDetails),
  commentThreads.list (allThreadsRelatedToChannelId, videoId, id; part id|snippet|replies; order time|relevance;
  maxResults 1-100, default 20; pageToken/nextPageToken; textFormat html|plainText; searchTerms;
  moderationStatus), comments.list (parentId or id) and comments.insert (a reply: snippet.parentId and
  snippet.textOriginal), the commentThread and comment resources, the errors pages, and the YouTube Data API
  discovery document (as google-api-python-client ships it) for parameters, defaults and scopes;
- developers.google.com/youtube/v3/determine_quota_cost: every list costs 1 unit, comments.insert 50, invalid
  requests cost too; 10,000 units a day per project, reset at midnight Pacific Time; then 403 quotaExceeded.

Behaviour the documentation leaves open, taken from what clients of the real API observe (reported in public
code and issues) and marked as such: order=time sorts threads by their top-level comment's publishedAt, newest
first, so a new reply does not move an old thread up, and a video's pinned comment comes first when listing by
videoId; comments.list?parentId returns replies oldest first; a thread carries at most 5 replies inline
(`inline_replies`); pageInfo.totalResults counts the items of the page; a Testing app's code exchange also
answers refresh_token_expires_in.

The client replaces scheme and host of accounts.google.com, oauth2.googleapis.com, www.googleapis.com and
youtube.googleapis.com with this server's address (KURZDRAHT_YOUTUBE_API) and keeps the paths.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from servers import youtube_wire as wire
from servers.loopback import LoopbackHandler, LoopbackServer
from servers.mastodon_api.handler import Request
from servers.youtube_api import INVALID_JSON, Channel, Comment, Video, YouTubeApi

ACCESS_LIFETIME = 3600
CODE_LIFETIME = 600
TESTING_REFRESH_LIFETIME = 7 * 86400
REFRESH_TOKENS_PER_GRANT = 100
LOOPBACK_HOSTS = ("127.0.0.1", "[::1]", "localhost")


@dataclass
class OAuthClient:
    """A "Desktop app" OAuth client of a Google Cloud project; `testing` is the consent screen's publishing
    status "Testing" (with external users)."""

    id: str
    secret: str
    testing: bool = False


@dataclass
class Grant:
    code: str
    client_id: str
    account: str
    redirect_uri: str
    scopes: list[str]
    challenge: str
    method: str
    issued: float
    offline: bool


@dataclass
class RefreshToken:
    value: str
    client_id: str
    account: str
    scopes: list[str]
    issued: float
    expires: float | None
    revoked: bool = False


@dataclass
class AccessToken:
    value: str
    client_id: str
    account: str
    scopes: list[str]
    expires: float
    refresh: str = ""
    revoked: bool = False


@dataclass
class _Fault:
    method: str
    pattern: re.Pattern[str]
    kind: str
    times: int


class YouTubeServer(LoopbackServer, YouTubeApi):
    thread_name = "youtube-test-server"

    def __init__(self) -> None:
        super().__init__()
        self.clock_offset = 0.0
        self.clients: dict[str, OAuthClient] = {}
        self.signed_in: str | None = None  # the Google account signed in to the browser
        self.channels: dict[str, Channel] = {}
        self.videos: dict[str, Video] = {}
        self.comments: dict[str, Comment] = {}
        self.consents: set[tuple[str, str]] = set()  # (client id, account)
        self.codes: dict[str, Grant] = {}
        self.access_tokens: dict[str, AccessToken] = {}
        self.refresh_tokens: dict[str, RefreshToken] = {}
        self.quota_per_day = 10_000
        self.inline_replies = 5
        self.max_comment_length = 10_000
        self.ledger: dict[tuple[str, str], int] = {}  # (client id, Pacific day) → units
        self.requests: list[tuple[str, str]] = []
        self._seq = itertools.count(1)
        self._refuse_next = False
        self._faults: list[_Fault] = []
        self._lock = threading.RLock()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def now(self) -> float:
        return time.time() + self.clock_offset

    # -- controls: OAuth ---------------------------------------------------------------------------------------
    def register_client(self, testing: bool = False) -> tuple[str, str]:
        """A "Desktop app" OAuth client: (client id, client secret)."""
        number = str(secrets.randbelow(10**12)).rjust(12, "1")
        client = OAuthClient(
            f"{number}-{secrets.token_hex(16)}.apps.googleusercontent.com", "GOCSPX-" + wire.random_id(28), testing
        )
        self.clients[client.id] = client
        return client.id, client.secret

    def client(self, client_id: str) -> OAuthClient:
        return self.clients[client_id]

    def refuse_next_authorization(self) -> None:
        """The user clicks "Cancel" on the consent screen: the browser comes back with error=access_denied."""
        self._refuse_next = True

    def issue_tokens(
        self, channel_owner: str | Channel, client_id: str, scopes: tuple[str, ...] = (wire.FORCE_SSL,)
    ) -> dict[str, Any]:
        """Tokens as the OAuth Playground or a finished sign-in gives them: the token endpoint's answer."""
        account = channel_owner.owner if isinstance(channel_owner, Channel) else channel_owner
        with self._lock:
            self.consents.add((client_id, account))
            return self._token_answer(client_id, account, list(scopes), refresh=True)

    def expire_access_tokens(self) -> None:
        with self._lock:
            for token in self.access_tokens.values():
                token.expires = min(token.expires, self.now() - 1)

    def revoke_access(self, account: str, client_id: str) -> None:
        """The user removes the app under "Third-party apps with account access"."""
        with self._lock:
            self._revoke_grant(client_id, account)

    # -- controls: YouTube -------------------------------------------------------------------------------------
    def add_channel(self, title: str, owner: str, handle: str = "", subscribers: int = 0) -> Channel:
        handle = handle or "@" + re.sub(r"[^A-Za-z0-9]", "", title)[:30].lower()
        channel = Channel(wire.channel_id(), title, owner, handle, self.now(), subscribers)
        self.channels[channel.id] = channel
        return channel

    def add_video(self, channel: Channel, title: str) -> Video:
        video = Video(wire.video_id(), channel, title)
        self.videos[video.id] = video
        return video

    def comment(
        self,
        video: Video,
        author_name: str,
        text: str,
        reply_to: Comment | str | None = None,
        author_channel: str | None = None,
    ) -> Comment:
        """Someone comments on a video, or answers a comment (an answer to a reply goes to its thread, as on
        YouTube)."""
        with self._lock:
            parent = ""
            if reply_to is not None:
                target = self.comments[reply_to if isinstance(reply_to, str) else reply_to.id]
                parent = target.parent_id or target.id
            return self._add_comment(video, author_name, author_channel or wire.channel_id(), text, parent)

    def replies_of(self, comment_id: str) -> list[Comment]:
        return sorted((c for c in self.comments.values() if c.parent_id == comment_id), key=lambda c: c.seq)

    def disable_comments(self, video: Video) -> None:
        video.comments_disabled = True

    def hold_for_review(self, comment: Comment) -> None:
        """The comment waits for the channel's review: its thread is not public and cannot be answered."""
        comment.moderation = "heldForReview"

    def block_replies(self, comment: Comment) -> None:
        """The thread's canReply becomes false (for example: the author blocked the channel)."""
        comment.replies_blocked = True

    def pin(self, comment: Comment) -> None:
        comment.video.pinned = comment.id

    @property
    def quota_used(self) -> int:
        """Units used today (Pacific Time) by all projects."""
        day = wire.pacific_day(self.now())
        return sum(units for (_, d), units in self.ledger.items() if d == day)

    def quota_used_by(self, client_id: str) -> int:
        return self.ledger.get((client_id, wire.pacific_day(self.now())), 0)

    def next_quota_reset(self) -> float:
        """The server's time of the next midnight in America/Los_Angeles."""
        return wire.next_pacific_midnight(self.now())

    def fail(self, method: str, path_pattern: str, kind: str, times: int = 1) -> None:
        """kind: drop_before_commit, drop_after_commit, or an HTTP status ("500", "503", "429", "403")."""
        self._faults.append(_Fault(method, re.compile(path_pattern), kind, times))

    # -- plumbing ----------------------------------------------------------------------------------------------
    def _handler_class(self) -> type[LoopbackHandler]:
        return type("BoundYouTubeHandler", (_Handler,), {"youtube": self})

    def _take_fault(self, method: str, path: str) -> str | None:
        for fault in self._faults:
            if fault.method == method and fault.pattern.search(path) and fault.times > 0:
                fault.times -= 1
                return fault.kind
        return None

    def _add_comment(self, video: Video, author: str, author_channel: str, text: str, parent: str) -> Comment:
        now = self.now()
        comment_id = wire.reply_id(parent) if parent else wire.top_level_comment_id()
        comment = Comment(comment_id, video, author, author_channel, text, now, next(self._seq), parent, now)
        self.comments[comment.id] = comment
        return comment

    def _token_answer(self, client_id: str, account: str, scopes: list[str], refresh: bool) -> dict[str, Any]:
        refresh_value = "1//0" + wire.random_id(100) if refresh else ""
        access = self._new_access_token(client_id, account, scopes, refresh_value)
        answer: dict[str, Any] = {"access_token": access.value, "expires_in": ACCESS_LIFETIME - 1}
        expires = None
        if refresh_value:
            if self.clients[client_id].testing:
                expires = self.now() + TESTING_REFRESH_LIFETIME
            self.refresh_tokens[refresh_value] = RefreshToken(
                refresh_value, client_id, account, scopes, self.now(), expires
            )
            self._limit_refresh_tokens(client_id, account)
            answer["refresh_token"] = refresh_value
        answer |= {"scope": " ".join(scopes), "token_type": "Bearer"}
        if expires is not None:
            answer["refresh_token_expires_in"] = TESTING_REFRESH_LIFETIME - 1
        return answer

    def _new_access_token(self, client_id: str, account: str, scopes: list[str], refresh: str) -> AccessToken:
        token = AccessToken(
            "ya29." + wire.random_id(150), client_id, account, scopes, self.now() + ACCESS_LIFETIME, refresh
        )
        self.access_tokens[token.value] = token
        return token

    def _limit_refresh_tokens(self, client_id: str, account: str) -> None:
        live = [
            t
            for t in self.refresh_tokens.values()
            if t.client_id == client_id and t.account == account and not t.revoked
        ]
        for token in sorted(live, key=lambda t: t.issued)[: max(0, len(live) - REFRESH_TOKENS_PER_GRANT)]:
            token.revoked = True

    def _revoke_grant(self, client_id: str, account: str) -> None:
        for token in [*self.refresh_tokens.values(), *self.access_tokens.values()]:
            if token.client_id == client_id and token.account == account:
                token.revoked = True
        self.consents.discard((client_id, account))

    # -- OAuth endpoints ---------------------------------------------------------------------------------------
    def dispatch(self, request: Request, body: Any) -> tuple[int, Any, dict[str, str]]:
        path = request.path
        if path in ("/o/oauth2/v2/auth", "/o/oauth2/auth") and request.method == "GET":
            return self._authorize(request)
        if path in ("/token", "/o/oauth2/token") and request.method == "POST":
            return 200, self._token(request), {"Cache-Control": "no-cache, no-store, max-age=0, must-revalidate"}
        if path in ("/revoke", "/o/oauth2/revoke"):
            return 200, self._revoke(request), {}
        return self.dispatch_api(request, body)

    def _authorize(self, request: Request) -> tuple[int, Any, dict[str, str]]:
        client = self.clients.get(request.param("client_id") or "")
        if client is None:
            return 401, wire.error_page(401, "invalid_client", "The OAuth client was not found."), {}
        redirect = request.param("redirect_uri") or ""
        if redirect.startswith("urn:ietf:wg:oauth:2.0:oob"):
            explanation = "The out-of-band (OOB) flow has been blocked in order to keep users secure."
            return 400, wire.error_page(400, "invalid_request", explanation), {}
        if not _is_loopback(redirect):
            explanation = (
                "You can\u2019t sign in to this app because it doesn\u2019t comply with Google\u2019s OAuth 2.0 "
            )
            explanation += (
                f"policy. If you\u2019re the app developer, register the redirect URI. redirect_uri={redirect}"
            )
            return 400, wire.error_page(400, "redirect_uri_mismatch", explanation), {}
        scopes = (request.param("scope") or "").split()
        if not scopes:
            return 400, wire.error_page(400, "invalid_request", "Missing required parameter: scope"), {}
        if request.param("response_type") != "code":
            explanation = "Invalid response_type: " + (request.param("response_type") or "")
            return 400, wire.error_page(400, "unsupported_response_type", explanation), {}
        challenge = request.param("code_challenge") or ""
        method = request.param("code_challenge_method") or ("plain" if challenge else "")
        if challenge and method not in ("S256", "plain"):
            return 400, wire.error_page(400, "invalid_request", "Invalid code_challenge_method value."), {}
        state = request.param("state")
        prompt = (request.param("prompt") or "").split()
        if self.signed_in is None:
            if "none" in prompt:
                return _redirect(redirect, state, error="login_required")
            return 200, wire.sign_in_page(), {}
        account = self.signed_in
        consented = (client.id, account) in self.consents
        if "none" in prompt and not consented:
            return _redirect(redirect, state, error="consent_required")
        if self._refuse_next:
            self._refuse_next = False
            return _redirect(redirect, state, error="access_denied")
        offline = request.param("access_type") == "offline" and (not consented or "consent" in prompt)
        self.consents.add((client.id, account))
        code = "4/0A" + wire.random_id(70)
        self.codes[code] = Grant(code, client.id, account, redirect, scopes, challenge, method, self.now(), offline)
        return _redirect(redirect, state, code=code, scope=" ".join(scopes))

    def _client_credentials(self, request: Request) -> OAuthClient:
        client_id, secret = request.param("client_id"), request.param("client_secret")
        header = request.headers.get("Authorization", "")
        if header[:6].lower() == "basic ":
            client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        if not client_id:
            raise wire.OAuthError(400, "invalid_request", "Could not determine client ID from request.")
        client = self.clients.get(client_id)
        if client is None:
            raise wire.OAuthError(401, "invalid_client", "The OAuth client was not found.")
        if not secret:
            raise wire.OAuthError(400, "invalid_request", "client_secret is missing.")
        if secret != client.secret:
            raise wire.OAuthError(401, "invalid_client", "Unauthorized")
        return client

    def _token(self, request: Request) -> dict[str, Any]:
        grant_type = request.param("grant_type") or ""
        if grant_type not in ("authorization_code", "refresh_token"):
            raise wire.OAuthError(400, "unsupported_grant_type", "Invalid grant_type: " + grant_type)
        client = self._client_credentials(request)
        if grant_type == "refresh_token":
            return self._refresh(client, request.param("refresh_token") or "")
        code = request.param("code") or ""
        if not code:
            raise wire.OAuthError(400, "invalid_request", "Missing required parameter: code")
        if not code.startswith("4/"):
            raise wire.OAuthError(400, "invalid_grant", "Malformed auth code.")
        grant = self.codes.pop(code, None)
        if grant is None or grant.client_id != client.id or self.now() - grant.issued > CODE_LIFETIME:
            raise wire.OAuthError(400, "invalid_grant", "Bad Request")
        if request.param("redirect_uri") != grant.redirect_uri:
            raise wire.OAuthError(400, "redirect_uri_mismatch", "Bad Request")
        if grant.challenge:
            verifier = request.param("code_verifier") or ""
            if not verifier:
                raise wire.OAuthError(400, "invalid_grant", "Missing code verifier.")
            if _challenge(verifier, grant.method) != grant.challenge:
                raise wire.OAuthError(400, "invalid_grant", "Invalid code verifier.")
        return self._token_answer(client.id, grant.account, grant.scopes, refresh=grant.offline)

    def _refresh(self, client: OAuthClient, value: str) -> dict[str, Any]:
        if not value:
            raise wire.OAuthError(400, "invalid_request", "Missing required parameter: refresh_token")
        token = self.refresh_tokens.get(value)
        if token is None:
            raise wire.OAuthError(400, "invalid_grant", "Bad Request")
        if token.client_id != client.id:
            raise wire.OAuthError(400, "unauthorized_client", "Unauthorized")
        if token.revoked or (token.expires is not None and token.expires <= self.now()):
            raise wire.OAuthError(400, "invalid_grant", "Token has been expired or revoked.")
        access = self._new_access_token(client.id, token.account, token.scopes, token.value)
        return {
            "access_token": access.value,
            "expires_in": ACCESS_LIFETIME - 1,
            "scope": " ".join(token.scopes),
            "token_type": "Bearer",
        }

    def _revoke(self, request: Request) -> dict[str, Any]:
        value = request.param("token") or ""
        token: AccessToken | RefreshToken | None = self.access_tokens.get(value) or self.refresh_tokens.get(value)
        if token is None or token.revoked or (isinstance(token, AccessToken) and token.expires <= self.now()):
            raise wire.OAuthError(400, "invalid_token", "Token expired or revoked")
        self._revoke_grant(token.client_id, token.account)
        return {}


def _is_loopback(uri: str) -> bool:
    """http://127.0.0.1:<any port>[/path], http://[::1]:… or http://localhost:… (no fragment)."""
    split = urlsplit(uri)
    host = split.netloc.rpartition(":")[0] if re.search(r":\d+$", split.netloc) else split.netloc
    return split.scheme == "http" and host in LOOPBACK_HOSTS and not split.fragment


def _challenge(verifier: str, method: str) -> str:
    if method == "plain":
        return verifier
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


def _redirect(uri: str, state: str | None, **params: str) -> tuple[int, Any, dict[str, str]]:
    query = ({"state": state} if state is not None else {}) | params
    separator = "&" if "?" in uri else "?"
    return 302, "", {"Location": uri + separator + urlencode(query)}


class _Handler(LoopbackHandler):
    youtube: YouTubeServer

    def _handle(self) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        form: dict[str, list[str]] = {}
        body: Any = None
        content_type = self.headers.get("Content-Type", "")
        if raw and "json" in content_type:
            try:
                body = json.loads(raw)
            except ValueError:
                body = INVALID_JSON
        elif raw:
            form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        request = Request(
            self.command, split.path, parse_qs(split.query, keep_blank_values=True), self.headers, form, {}
        )
        server = self.youtube
        with server._lock:
            server.requests.append((self.command, split.path))
            fault = server._take_fault(self.command, split.path)
        if fault == "drop_before_commit":
            return self._drop()
        try:
            if fault and fault.isdigit():
                raise wire.backend_error(int(fault))
            with server._lock:
                status, answer, headers = server.dispatch(request, body)
            if fault == "drop_after_commit":
                return self._drop()
        except (wire.GoogleError, wire.OAuthError) as error:
            status, answer = error.status, error.body
            headers = getattr(error, "headers", {})
        payload = answer.encode() if isinstance(answer, str) else json.dumps(answer, indent=2).encode()
        self.send_response(status)
        if status != 302:
            self.send_header("Content-Type", "text/html; charset=utf-8" if isinstance(answer, str) else wire.JSON_TYPE)
        self.send_header("Content-Length", str(len(payload)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


@pytest.fixture
def youtube_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[YouTubeServer]:
    """A fresh Google OAuth + YouTube Data API server; Kurzdraht's YouTube client is pointed at it
    (KURZDRAHT_YOUTUBE_API)."""
    server = YouTubeServer().start()
    monkeypatch.setenv("KURZDRAHT_YOUTUBE_API", server.url)
    try:
        yield server
    finally:
        server.stop()
