"""A Threads API server on 127.0.0.1, written from Meta's Threads documentation (get started, access
tokens and long-lived tokens, posts, publishing limits, reply management, retrieve replies):

- its own app id and secret (the Facebook app id is refused with 4476002), redirect addresses that must
  be registered https addresses, `threads.net/oauth/authorize` sending the browser back with `code` and
  `state` (and Threads' `#_`), the code exchange (needs the secret), `th_exchange_token` (60 days) and
  `th_refresh_token` (only for tokens at least a day old and not expired);
- containers (`/{user}/threads`: TEXT, IMAGE with `image_url` the server fetches, CAROUSEL, `reply_to_id`,
  `alt_text`) that are IN_PROGRESS for a few status checks; `threads_publish` before a container is
  FINISHED answers "Media Not Found" (subcode 4279009); a container publishes once;
- `me/threads`, `me/replies`, `/{post}/conversation` (flattened, `reverse`), `threads_publishing_limit`;
- insights (Threads Insights API, needing `threads_manage_insights`): `/{media}/insights` (views, likes,
  replies, reposts, quotes, shares: lifetime `values`) and `/{user}/threads_insights` (followers_count and the
  account's totals as `total_value`), one object a request; people like, repost, quote, view and follow;
- Graph error objects with HTTP 400; faults as in the Graph server (dropped answers, expired logins).
"""

from __future__ import annotations

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

from servers.graph_wire import GraphError, client_credentials, graph_time, parse_fields, project
from servers.loopback import LoopbackHandler, LoopbackServer
from servers.mastodon_api.handler import Request

SHORT_LIVED = 3600
LONG_LIVED = 5_183_944
BASIC_SCOPES = ("threads_basic", "threads_content_publish", "threads_read_replies", "threads_manage_replies")
ALL_SCOPES = BASIC_SCOPES + ("threads_manage_insights",)
MEDIA_METRICS = ("views", "likes", "replies", "reposts", "quotes", "shares")
USER_METRICS = ("views", "likes", "replies", "reposts", "quotes", "clicks", "followers_count")


@dataclass
class Profile:
    id: str
    username: str
    name: str


@dataclass
class Token:
    value: str
    user: str
    app_id: str
    issued: float
    expires: float
    long_lived: bool
    scopes: tuple[str, ...] = ALL_SCOPES


@dataclass
class Container:
    id: str
    owner: str
    media_type: str
    text: str
    image: bytes
    alt_text: str
    reply_to: str
    children: list[str]
    carousel_item: bool
    polls_left: int
    status: str = "IN_PROGRESS"


@dataclass
class Thread:
    id: str
    owner: str
    username: str
    text: str
    created: float
    reply_to: str  # "" for a post
    root: str
    alt_texts: list[str]
    quoted: str = ""  # the post this one quotes


@dataclass
class _Fault:
    method: str
    pattern: re.Pattern[str]
    kind: str
    times: int


class ThreadsServer(LoopbackServer):
    thread_name = "threads-test-server"

    def __init__(self) -> None:
        super().__init__()
        self.ids = (str(n) for n in itertools.count(17841400000000001, 104729))
        self.clock_offset = 0.0
        self.apps: dict[str, tuple[str, list[str]]] = {}  # Threads app id → (secret, redirect addresses)
        self.facebook_app_ids: set[str] = set()
        self.profiles: dict[str, Profile] = {}
        self.tokens: dict[str, Token] = {}
        self.codes: dict[
            str, tuple[str, str, str, float, tuple[str, ...]]
        ] = {}  # → (app, user, redirect, issued, scopes)
        self.containers: dict[str, Container] = {}
        self.threads: dict[str, Thread] = {}
        self.signed_in: str | None = None
        self.container_polls = 1
        self.post_quota = 250
        self.fetched: list[str] = []
        self.requests: list[tuple[str, str]] = []
        self.likes: dict[str, set[str]] = {}  # thread id → profiles who like it
        self.reposts: dict[str, set[str]] = {}
        self.views: dict[str, int] = {}
        self.followers: dict[str, set[str]] = {}  # profile id → its followers
        self._faults: list[_Fault] = []
        self._lock = threading.RLock()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def now(self) -> float:
        return time.time() + self.clock_offset

    # -- controls ----------------------------------------------------------------------------------
    def register_app(self, redirect: str) -> tuple[str, str, str]:
        """A Meta app with the Threads use case: (Facebook app id, Threads app id, Threads app secret)."""
        facebook, threads, secret = next(self.ids), next(self.ids), secrets.token_hex(16)
        self.facebook_app_ids.add(facebook)
        self.apps[threads] = (secret, [redirect])
        return facebook, threads, secret

    def add_profile(self, username: str, name: str = "") -> Profile:
        profile = Profile(next(self.ids), username, name or username)
        self.profiles[profile.id] = profile
        return profile

    def long_lived_token(
        self, profile: Profile, app_id: str, age: float = 0.0, scopes: tuple[str, ...] = ALL_SCOPES
    ) -> str:
        """A token as the app dashboard's "User Token Generator" gives one, issued `age` seconds ago."""
        return self._issue(profile.id, app_id, LONG_LIVED, long_lived=True, issued=self.now() - age, scopes=scopes)

    def like(self, thread_id: str, profile: Profile) -> None:
        with self._lock:
            self.likes.setdefault(thread_id, set()).add(profile.id)

    def repost(self, thread_id: str, profile: Profile) -> None:
        with self._lock:
            self.reposts.setdefault(thread_id, set()).add(profile.id)

    def quote(self, thread_id: str, author: Profile, text: str) -> Thread:
        """Someone posts a quote of a post: a post of their own."""
        with self._lock:
            quoting = self._new_thread(author, text)
            quoting.quoted = thread_id
            return quoting

    def view(self, thread_id: str, times: int = 1) -> None:
        with self._lock:
            self.views[thread_id] = self.views.get(thread_id, 0) + times

    def follow(self, profile: Profile, follower: Profile) -> None:
        with self._lock:
            self.followers.setdefault(profile.id, set()).add(follower.id)

    def reply(self, to: str, author: Profile, text: str) -> Thread:
        """Someone answers a post or a reply."""
        with self._lock:
            return self._new_thread(author, text, to)

    def posts_of(self, profile: Profile) -> list[Thread]:
        return sorted(
            (t for t in self.threads.values() if t.owner == profile.id and not t.reply_to), key=lambda t: t.created
        )

    def replies_to(self, thread_id: str) -> list[Thread]:
        return sorted((t for t in self.threads.values() if t.reply_to == thread_id), key=lambda t: t.created)

    def fail(self, method: str, path_pattern: str, kind: str, times: int = 1) -> None:
        self._faults.append(_Fault(method, re.compile(path_pattern), kind, times))

    def expire_all_tokens(self) -> None:
        with self._lock:
            for token in self.tokens.values():
                token.expires = self.now() - 1

    # -- plumbing ----------------------------------------------------------------------------------
    def _issue(
        self,
        user: str,
        app_id: str,
        lifetime: float,
        long_lived: bool,
        issued: float | None = None,
        scopes: tuple[str, ...] = ALL_SCOPES,
    ) -> str:
        value = "THAA" + secrets.token_urlsafe(40).replace("-", "x").replace("_", "y")
        start = self.now() if issued is None else issued
        self.tokens[value] = Token(value, user, app_id, start, start + lifetime, long_lived, scopes)
        return value

    def _take_fault(self, method: str, path: str) -> str | None:
        for fault in self._faults:
            if fault.method == method and fault.pattern.search(path) and fault.times > 0:
                fault.times -= 1
                return fault.kind
        return None

    def _handler_class(self) -> type[LoopbackHandler]:
        return type("BoundThreadsHandler", (_Handler,), {"threads_api": self})

    def _new_thread(self, author: Profile, text: str, reply_to: str = "", alt_texts: list[str] | None = None) -> Thread:
        root = self.threads[reply_to].root if reply_to else ""
        thread = Thread(next(self.ids), author.id, author.username, text, self.now(), reply_to, root, alt_texts or [])
        if not thread.root:
            thread.root = thread.id
        self.threads[thread.id] = thread
        return thread

    def _token(self, request: Request) -> Token:
        token = self.tokens.get(request.param("access_token") or request.bearer or "")
        if token is None:
            raise GraphError("Invalid OAuth access token - Cannot parse access token", 190)
        if token.expires < self.now():
            raise GraphError("Error validating access token: Session has expired.", 190, 463)
        return token

    # -- requests ----------------------------------------------------------------------------------
    def dispatch(self, request: Request) -> tuple[int, Any, dict[str, str]]:
        path = request.path
        if path == "/oauth/authorize":
            return self._authorize(request)
        if path in ("/oauth/access_token", "/v1.0/oauth/access_token") and request.method == "POST":
            return 200, self._exchange_code(request), {}
        if path == "/access_token":
            return 200, self._long_lived(request), {}
        if path == "/refresh_access_token":
            return 200, self._refresh(request), {}
        match = re.match(r"^/v1\.0/(.+)$", path)
        if not match:
            raise GraphError("Unknown path components: " + path, 2500)
        parts = match.group(1).split("/")
        token = self._token(request)
        if parts[0] == "me":
            parts[0] = token.user
        target, edge = parts[0], parts[1] if len(parts) > 1 else ""
        fields = parse_fields(request.param("fields") or "")
        if target in self.profiles:
            if target != token.user:
                raise GraphError("(#10) Application does not have permission for this action", 10)
            return 200, self._profile(self.profiles[target], edge, request, fields), {}
        if target in self.containers and request.method == "GET":
            return 200, self._container_status(self.containers[target], fields), {}
        if target in self.threads and request.method == "GET":
            thread = self.threads[target]
            if edge == "insights":
                return 200, self._media_insights(thread, token, request), {}
            if edge == "conversation":
                found = [t for t in self.threads.values() if t.root == thread.id and t.id != thread.id]
                found.sort(key=lambda t: t.created, reverse=request.param("reverse") != "false")
                return 200, {"data": [project(self._json(t), fields or {"id": {}}) for t in found]}, {}
            if edge == "replies":
                found = [t for t in self.threads.values() if t.reply_to == thread.id]
                return 200, {"data": [project(self._json(t), fields or {"id": {}}) for t in found]}, {}
            return 200, project(self._json(thread), fields or {"id": {}}), {}
        raise GraphError("The requested resource does not exist", 100, 33)

    def _authorize(self, request: Request) -> tuple[int, Any, dict[str, str]]:
        app_id = request.param("client_id") or ""
        if app_id in self.facebook_app_ids:
            return 200, "<h1>Error</h1><p>Invalid platform app (4476002): use the Threads app ID.</p>", {}
        if app_id not in self.apps:
            return 200, "<h1>Error</h1><p>Invalid app ID.</p>", {}
        redirect = request.param("redirect_uri") or ""
        if not redirect.startswith("https://") or redirect not in self.apps[app_id][1]:
            return 200, "<h1>Error</h1><p>Invalid redirect_uri: it must be a registered https address.</p>", {}
        if self.signed_in is None:
            return 200, "<h1>Log in with Instagram</h1>", {}
        code = "AQB" + secrets.token_urlsafe(30)
        scopes = tuple(s for s in re.split(r"[ ,]+", request.param("scope") or "") if s)
        self.codes[code] = (app_id, self.signed_in, redirect, self.now(), scopes)
        query = urlencode({"code": code, "state": request.param("state") or ""})
        return 302, "", {"Location": f"{redirect}?{query}#_"}

    def _exchange_code(self, request: Request) -> dict[str, Any]:
        app_id, secret = client_credentials(request)
        if app_id not in self.apps or secret != self.apps[app_id][0]:
            raise GraphError("Error validating client secret.", 1)
        code = self.codes.pop(request.param("code") or "", None)
        if code is None or code[0] != app_id or self.now() - code[3] > 3600:
            raise GraphError("Invalid authorization code", 100, 36007)
        if request.param("redirect_uri") != code[2]:
            raise GraphError("Error validating verification code: redirect_uri is not identical", 100, 36008)
        value = self._issue(code[1], app_id, SHORT_LIVED, long_lived=False, scopes=code[4])
        return {"access_token": value, "user_id": int(code[1])}

    def _long_lived(self, request: Request) -> dict[str, Any]:
        if request.param("grant_type") != "th_exchange_token":
            raise GraphError("Unsupported grant_type", 100)
        token = self._token(request)
        if request.param("client_secret") != self.apps.get(token.app_id, ("",))[0]:
            raise GraphError("Error validating client secret.", 1)
        value = self._issue(token.user, token.app_id, LONG_LIVED, long_lived=True, scopes=token.scopes)
        return {"access_token": value, "token_type": "bearer", "expires_in": LONG_LIVED}

    def _refresh(self, request: Request) -> dict[str, Any]:
        if request.param("grant_type") != "th_refresh_token":
            raise GraphError("Unsupported grant_type", 100)
        token = self._token(request)
        if not token.long_lived or self.now() - token.issued < 86400:
            raise GraphError("The token cannot be refreshed: it must be long-lived and at least 24 hours old", 190, 467)
        value = self._issue(token.user, token.app_id, LONG_LIVED, long_lived=True, scopes=token.scopes)
        return {"access_token": value, "token_type": "bearer", "expires_in": LONG_LIVED}

    def _profile(self, profile: Profile, edge: str, request: Request, fields: dict) -> dict[str, Any]:
        if request.method == "GET" and not edge:
            full = {
                "id": profile.id,
                "username": profile.username,
                "name": profile.name,
                "threads_profile_picture_url": f"{self.url}/pictures/{profile.id}.jpg",
            }
            return project(full, fields or {"id": {}})
        if request.method == "GET" and edge in ("threads", "replies"):
            mine = [
                t for t in self.threads.values() if t.owner == profile.id and bool(t.reply_to) == (edge == "replies")
            ]
            mine.sort(key=lambda t: t.created, reverse=True)
            limit = int(request.param("limit") or 25)
            return {"data": [project(self._json(t), fields or {"id": {}}) for t in mine[:limit]]}
        if request.method == "GET" and edge == "threads_publishing_limit":
            day = self.now() - 86400
            posts = sum(
                1 for t in self.threads.values() if t.owner == profile.id and not t.reply_to and t.created >= day
            )
            replies = sum(1 for t in self.threads.values() if t.owner == profile.id and t.reply_to and t.created >= day)
            return {
                "data": [
                    {
                        "quota_usage": posts,
                        "config": {"quota_total": self.post_quota, "quota_duration": 86400},
                        "reply_quota_usage": replies,
                        "reply_config": {"quota_total": 1000, "quota_duration": 86400},
                    }
                ]
            }
        if request.method == "GET" and edge == "threads_insights":
            return self._user_insights(profile, request)
        if request.method == "POST" and edge == "threads":
            return {"id": self._new_container(profile, request).id}
        if request.method == "POST" and edge == "threads_publish":
            return self._publish(profile, request)
        raise GraphError("The requested resource does not exist", 100, 33)

    def _new_container(self, profile: Profile, request: Request) -> Container:
        media_type = request.param("media_type") or ""
        text = request.param("text") or ""
        if len(text) > 500:
            raise GraphError("Param text must be at most 500 characters long.", 100, 4279012)
        if len(re.findall(r"https?://", text)) > 5:
            raise GraphError("THREADS_API__LINK_LIMIT_EXCEEDED", 100, 4279025)
        reply_to = request.param("reply_to_id") or ""
        if reply_to and reply_to not in self.threads:
            raise GraphError("The requested resource does not exist", 100, 33)
        image, children = b"", []
        if media_type == "IMAGE":
            image = self._fetch(request.param("image_url") or "")
        elif media_type == "CAROUSEL":
            children = [c for c in (request.param("children") or "").split(",") if c in self.containers]
            if len(children) < 2:
                raise GraphError("A carousel needs at least two items", 100, 4279010)
        elif media_type != "TEXT":
            raise GraphError("Param media_type must be one of TEXT, IMAGE, VIDEO, CAROUSEL", 100)
        if request.param("alt_text") and media_type == "TEXT":
            raise GraphError("alt_text is not supported on text posts", 100)
        container = Container(
            next(self.ids),
            profile.id,
            media_type,
            text,
            image,
            request.param("alt_text") or "",
            reply_to,
            children,
            (request.param("is_carousel_item") or "") == "true",
            self.container_polls,
        )
        self.containers[container.id] = container
        return container

    def _fetch(self, url: str) -> bytes:
        import httpx

        self.fetched.append(url)
        try:
            response = httpx.get(url, timeout=10, follow_redirects=True)
        except httpx.HTTPError:
            response = None
        if (
            response is None
            or response.status_code != 200
            or not response.content.startswith((b"\xff\xd8\xff", b"\x89PNG"))
        ):
            raise GraphError("The media could not be fetched from this URI: " + url, 100, 2207052)
        return response.content

    def _container_status(self, container: Container, fields: dict) -> dict[str, Any]:
        if container.status == "IN_PROGRESS":
            if container.polls_left <= 0:
                container.status = "FINISHED"
            container.polls_left -= 1
        return project({"id": container.id, "status": container.status, "error_message": None}, fields or {"id": {}})

    def _publish(self, profile: Profile, request: Request) -> dict[str, Any]:
        container = self.containers.get(request.param("creation_id") or "")
        if container is None or container.owner != profile.id or container.status not in ("FINISHED", "PUBLISHED"):
            raise GraphError(
                "Media Not Found", 24, 4279009, user_title="Media Not Found", user_msg="The media is not ready yet."
            )
        if container.status == "PUBLISHED":
            raise GraphError("The container has already been published", 100, 4279013)
        parts = [self.containers[c] for c in container.children] or [container]
        thread = self._new_thread(
            profile, container.text, container.reply_to, [p.alt_text for p in parts if p.alt_text]
        )
        container.status = "PUBLISHED"
        return {"id": thread.id}

    # -- insights ----------------------------------------------------------------------------------------
    def _metrics(self, request: Request, allowed: tuple[str, ...]) -> list[str]:
        names = [m for m in (request.param("metric") or "").split(",") if m]
        wrong = [m for m in names if m not in allowed]
        if not names or wrong:
            raise GraphError(f"(#100) Param metric must be one of {{{', '.join(allowed)}}}", 100)
        return names

    def _counts(self, thread: Thread) -> dict[str, int]:
        return {
            "views": self.views.get(thread.id, 0),
            "likes": len(self.likes.get(thread.id, set())),
            "replies": sum(1 for t in self.threads.values() if t.reply_to == thread.id),
            "reposts": len(self.reposts.get(thread.id, set())),
            "quotes": sum(1 for t in self.threads.values() if t.quoted == thread.id),
            "shares": 0,
            "clicks": 0,
        }

    def _media_insights(self, thread: Thread, token: Token, request: Request) -> dict[str, Any]:
        if "threads_manage_insights" not in token.scopes or thread.owner != token.user:
            raise GraphError("(#10) Application does not have permission for this action", 10)
        counts = self._counts(thread)
        return {
            "data": [
                {
                    "name": name,
                    "period": "lifetime",
                    "values": [{"value": counts[name]}],
                    "title": name.title(),
                    "description": f"The number of {name} of your post.",
                    "id": f"{thread.id}/insights/{name}/lifetime",
                }
                for name in self._metrics(request, MEDIA_METRICS)
            ]
        }

    def _user_insights(self, profile: Profile, request: Request) -> dict[str, Any]:
        token = self._token(request)
        if "threads_manage_insights" not in token.scopes:
            raise GraphError("(#10) Application does not have permission for this action", 10)
        own = [t for t in self.threads.values() if t.owner == profile.id]
        totals = {name: sum(self._counts(t)[name] for t in own) for name in USER_METRICS if name != "followers_count"}
        totals["followers_count"] = len(self.followers.get(profile.id, set()))
        return {
            "data": [
                {
                    "name": name,
                    "period": "day",
                    "title": name.replace("_", " ").title(),
                    "description": f"The account's {name.replace('_', ' ')}.",
                    "total_value": {"value": totals[name]},
                    "id": f"{profile.id}/insights/{name}/day",
                }
                for name in self._metrics(request, USER_METRICS)
            ]
        }

    def _json(self, thread: Thread) -> dict[str, Any]:
        return {
            "id": thread.id,
            "text": thread.text,
            "username": thread.username,
            "timestamp": graph_time(thread.created),
            "permalink": f"https://www.threads.net/@{thread.username}/post/{thread.id}",
            "media_type": "TEXT_POST",
            "replied_to": {"id": thread.reply_to} if thread.reply_to else None,
            "root_post": {"id": thread.root},
            "is_reply": bool(thread.reply_to),
            "is_reply_owned_by_me": False,
        }


class _Handler(LoopbackHandler):
    threads_api: ThreadsServer

    def _handle(self) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True) if body else {}
        request = Request(
            self.command, split.path, parse_qs(split.query, keep_blank_values=True), self.headers, form, {}
        )
        server = self.threads_api
        server.requests.append((self.command, split.path))
        fault = server._take_fault(self.command, split.path)
        if fault == "drop_before_commit":
            return self._drop()
        try:
            if fault == "rate_limit":
                raise GraphError("(#4) Application request limit reached", 4)
            if fault == "not_ready":
                raise GraphError(
                    "Media Not Found", 24, 4279009, user_title="Media Not Found", user_msg="Not ready yet."
                )
            with server._lock:
                status, answer, headers = server.dispatch(request)
            if fault == "drop_after_commit":
                return self._drop()
        except GraphError as error:
            status, answer, headers = error.status, error.body, error.headers
        payload = answer.encode() if isinstance(answer, str) else json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8" if isinstance(answer, str) else "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def threads_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ThreadsServer]:
    """A fresh Threads API server; Kurzdraht's Threads client is pointed at it (KURZDRAHT_THREADS_API)."""
    server = ThreadsServer().start()
    monkeypatch.setenv("KURZDRAHT_THREADS_API", server.url)
    try:
        yield server
    finally:
        server.stop()
