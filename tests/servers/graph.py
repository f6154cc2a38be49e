"""A Graph API server on 127.0.0.1 for Facebook Pages and Instagram, written from Meta's documentation (Graph API
reference: page/feed, page/photos, page/published_posts, object/comments, me/accounts; Facebook Login
manual flow; access token guides; error handling and rate limiting):

- the Login dialog (`/vNN.N/dialog/oauth`) for a registered app, with state and PKCE; the code exchange
  and `fb_exchange_token` need the app secret; short-lived (2 h) and long-lived (60 d) user tokens;
  Page tokens from `/me/accounts` (they do not expire when got with a long-lived user token);
- posts to `/{page}/feed` (message, link, attached_media), photos to `/{page}/photos` (multipart
  `source`, `published`, `alt_text_custom`), `/{page}/published_posts` with since/until;
- comments (`filter` stream|toplevel, `order`, `since`, cursor paging with absolute `next` links) and
  answers to them; a comment can only be two levels deep, as on Facebook;
- `fields` with nested selections (`from{id,name}`, `picture{url}`); followers, reactions, shares and
  likes with `summary` modifiers, and several objects at once (`?ids=`, at most 50): graph_figures.py;
- errors as Graph error objects with HTTP 400 (190 with subcodes for logins, 100 for bad parameters,
  200 for missing permissions, 32/80001 for rate limits with `X-Business-Use-Case-Usage` naming
  `estimated_time_to_regain_access`), and the usage header on every Page call;
- Instagram (with Facebook Login): IG users linked to Pages (`instagram_business_account`), containers
  whose image the server really fetches from its `image_url` (JPEG only), IN_PROGRESS for a few status
  checks, then FINISHED, PUBLISHED once published (a second `media_publish` is refused), carousels,
  `content_publishing_limit`, media with `comments_count`, comments with `replies`, answers only to
  top-level comments;
- faults: an answer dropped before or after the server acted, a rate limit, an expired login.

Tests drive it through `GraphServer`'s methods; the app only talks HTTP to it.
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
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from servers.graph_figures import GraphFigures
from servers.graph_instagram import InstagramGraph
from servers.graph_wire import GIF, JPEG, PNG, GraphError, client_credentials, graph_time, parse_fields, project
from servers.loopback import LoopbackHandler, LoopbackServer
from servers.mastodon_api.handler import Request, parse_multipart

VERSION = re.compile(r"^/v\d+\.\d+(/.*)?$")
SHORT_LIVED = 2 * 3600
LONG_LIVED = 5_183_944  # what Meta answers for a 60-day token


def _ids() -> Iterator[str]:
    return (str(n) for n in itertools.count(100000000000001, 7919))


@dataclass
class Person:
    id: str
    name: str


@dataclass
class Page:
    id: str
    name: str
    managers: set[str]
    category: str = "Community Organization"
    username: str = ""


@dataclass
class Token:
    value: str
    kind: str  # "user" or "page"
    owner: str  # the person's id, or the Page's id
    app_id: str
    expires_at: float | None
    person: str = ""  # for Page tokens: whose login it came from
    scopes: tuple[str, ...] = ()


@dataclass
class Photo:
    id: str
    page: str
    data: bytes
    alt_text: str
    published: bool
    post: str = ""


@dataclass
class Post:
    id: str
    page: str
    message: str
    created: float
    link: str = ""
    photos: list[str] = field(default_factory=list)
    updated: float = 0.0


@dataclass
class Comment:
    id: str
    post: str
    parent: str  # "" for a comment on the post
    author: str  # a person's id or the Page's
    author_name: str
    message: str
    created: float


@dataclass
class _Code:
    app_id: str
    person: str
    redirect_uri: str
    challenge: str
    scopes: tuple[str, ...]
    issued: float
    used: bool = False


@dataclass
class _Fault:
    method: str
    pattern: re.Pattern[str]
    kind: str
    times: int


class GraphServer(GraphFigures, InstagramGraph, LoopbackServer):
    thread_name = "graph-test-server"

    def __init__(self) -> None:
        super().__init__()
        self.ids = _ids()
        self.clock_offset = 0.0
        self.apps: dict[str, str] = {}  # app id → secret
        self.people: dict[str, Person] = {}
        self.pages: dict[str, Page] = {}
        self.tokens: dict[str, Token] = {}
        self.page_tokens: dict[tuple[str, str], str] = {}  # (page, person) → long-lived Page token
        self.codes: dict[str, _Code] = {}
        self.photos: dict[str, Photo] = {}
        self.posts: dict[str, Post] = {}
        self.comments: dict[str, Comment] = {}
        self.signed_in: str | None = None  # the person logged in to "facebook.com" in the browser
        self.declines = False  # the person presses "Cancel" in the Login dialog
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request
        self.calls_per_hour = 4800
        self._init_instagram()
        self._init_figures()
        self._faults: list[_Fault] = []
        self._lock = threading.RLock()

    # -- controls ----------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def now(self) -> float:
        return time.time() + self.clock_offset

    def register_app(self) -> tuple[str, str]:
        app_id, secret = str(next(self.ids)), secrets.token_hex(16)
        self.apps[app_id] = secret
        return app_id, secret

    def add_person(self, name: str) -> Person:
        person = Person(str(next(self.ids)), name)
        self.people[person.id] = person
        return person

    def add_page(self, name: str, *managers: Person, username: str = "") -> Page:
        page = Page(str(next(self.ids)), name, {m.id for m in managers}, username=username)
        self.pages[page.id] = page
        return page

    def user_token(self, person: Person, app_id: str, long_lived: bool = False, scopes: tuple[str, ...] = ()) -> str:
        """A user token as the Graph API Explorer gives one (short-lived unless `long_lived`)."""
        return self._issue("user", person.id, app_id, LONG_LIVED if long_lived else SHORT_LIVED, scopes=scopes)

    def page_token(self, page: Page, person: Person, app_id: str) -> str:
        with self._lock:
            key = (page.id, person.id)
            if key not in self.page_tokens:
                self.page_tokens[key] = self._issue("page", page.id, app_id, None, person=person.id)
            return self.page_tokens[key]

    def comment(self, post_id: str, author: Person, message: str, parent: str = "", ago: float = 0.0) -> Comment:
        """Someone comments on a Page post (or answers a comment)."""
        with self._lock:
            return self._add_comment(post_id, parent, author.id, author.name, message, self.now() - ago)

    def posts_of(self, page: Page) -> list[Post]:
        return sorted((p for p in self.posts.values() if p.page == page.id), key=lambda p: p.created)

    def fail(self, method: str, path_pattern: str, kind: str, times: int = 1) -> None:
        """The next `times` requests matching: "drop_before_commit", "drop_after_commit", "rate_limit",
        "transient", "server_error"."""
        self._faults.append(_Fault(method, re.compile(path_pattern), kind, times))

    def expire_all_tokens(self) -> None:
        """Every login ends (as after a password change): 190 with subcode 460."""
        with self._lock:
            for token in self.tokens.values():
                token.expires_at = -1.0

    # -- plumbing --------------------------------------------------------------------------------
    def _issue(
        self, kind: str, owner: str, app_id: str, lifetime: float | None, person: str = "", scopes: tuple[str, ...] = ()
    ) -> str:
        value = "EAA" + secrets.token_urlsafe(40).replace("-", "x").replace("_", "y")
        expires = self.now() + lifetime if lifetime else None
        self.tokens[value] = Token(value, kind, owner, app_id, expires, person, scopes)
        return value

    def _take_fault(self, method: str, path: str) -> str | None:
        for fault in self._faults:
            if fault.method == method and fault.pattern.search(path) and fault.times > 0:
                fault.times -= 1
                return fault.kind
        return None

    def _handler_class(self) -> type[LoopbackHandler]:
        return type("BoundGraphHandler", (_Handler,), {"graph": self})

    def _add_comment(self, post_id: str, parent: str, author: str, name: str, message: str, created: float) -> Comment:
        if parent and self.comments[parent].parent:  # Facebook keeps two levels: an answer joins the thread
            parent = self.comments[parent].parent
        comment = Comment(f"{post_id.split('_')[-1]}_{next(self.ids)}", post_id, parent, author, name, message, created)
        self.comments[comment.id] = comment
        self.posts[post_id].updated = max(self.posts[post_id].updated, created)
        return comment

    # -- requests ----------------------------------------------------------------------------------
    def dispatch(self, request: Request) -> tuple[int, Any, dict[str, str]]:
        if request.path.startswith("/dialog/oauth") or VERSION.match(request.path) and "/dialog/oauth" in request.path:
            return self._dialog(request)
        match = VERSION.match(request.path)
        if not match:
            raise GraphError("Unknown path components: " + request.path, 2500)
        parts = [p for p in (match.group(1) or "").split("/") if p]
        if parts == ["oauth", "access_token"]:
            return 200, self._access_token(request), {}
        if parts == ["debug_token"]:
            return 200, self._debug_token(request), {}
        token = self._token(request)
        headers = self._usage(token)
        if not parts and request.method == "GET":
            return 200, self._multiple(request, token), headers
        if parts[0] == "me":
            parts[0] = token.owner
        target = parts[0]
        edge = parts[1] if len(parts) > 1 else ""
        fields = parse_fields(request.param("fields") or "")
        if target in self.instagram or target in self.containers or target in self.media or target in self.ig_comments:
            return 200, self._instagram(target, edge, token, request, fields), headers
        if request.method == "GET" and not edge:
            return 200, self.read_fields(target, token, request.param("fields") or ""), headers
        if request.method == "GET" and edge == "accounts":
            return 200, self._accounts(token, request, fields), headers
        if request.method == "GET" and edge == "published_posts":
            return 200, self._published_posts(target, token, request, fields), headers
        if request.method == "GET" and edge == "comments":
            return 200, self._comments(target, token, request, fields), headers
        if request.method == "POST" and edge == "feed":
            return 200, self._feed(target, token, request), headers
        if request.method == "POST" and edge == "photos":
            return 200, self._photo(target, token, request), headers
        if request.method == "POST" and edge == "comments":
            return 200, self._comment(target, token, request), headers
        raise GraphError(f"Unsupported {request.method} request. Object with ID '{target}' does not exist", 100, 33)

    def _dialog(self, request: Request) -> tuple[int, Any, dict[str, str]]:
        app_id = request.param("client_id") or ""
        redirect_uri = request.param("redirect_uri") or ""
        if app_id not in self.apps:
            return 200, "<h1>App not available</h1><p>This app is not available.</p>", {}
        if not redirect_uri:
            return 200, "<h1>Error</h1><p>redirect_uri is missing.</p>", {}
        if self.signed_in is None:
            return 200, "<h1>Log in to Facebook</h1><form><input name=email><input name=pass></form>", {}
        state = request.param("state") or ""
        if self.declines:
            query = {"error": "access_denied", "error_code": "200", "error_reason": "user_denied", "state": state}
            return 302, "", {"Location": redirect_uri + "?" + urlencode(query)}
        if request.param("code_challenge") and request.param("code_challenge_method") != "S256":
            return 200, "<h1>Error</h1><p>Invalid code_challenge_method.</p>", {}
        code = "AQ" + secrets.token_urlsafe(32)
        scopes = tuple(s for s in (request.param("scope") or "").split(",") if s)
        self.codes[code] = _Code(
            app_id, self.signed_in, redirect_uri, request.param("code_challenge") or "", scopes, self.now()
        )
        return 302, "", {"Location": redirect_uri + "?" + urlencode({"code": code, "state": state})}

    def _access_token(self, request: Request) -> dict[str, Any]:
        app_id, secret = client_credentials(request)
        if app_id not in self.apps:
            raise GraphError("Error validating application. Invalid application ID.", 101)
        if secret != self.apps[app_id]:
            raise GraphError("Error validating client secret.", 1)
        if request.param("grant_type") == "fb_exchange_token":
            old = self.tokens.get(request.param("fb_exchange_token") or "")
            if old is None or old.kind != "user" or old.app_id != app_id or self._expired(old):
                raise GraphError("Error validating access token: The session is invalid.", 190, 467)
            value = self._issue("user", old.owner, app_id, LONG_LIVED, scopes=old.scopes)
            return {"access_token": value, "token_type": "bearer", "expires_in": LONG_LIVED}
        code = self.codes.get(request.param("code") or "")
        if code is None or code.used or self.now() - code.issued > 600 or code.app_id != app_id:
            raise GraphError("This authorization code has expired.", 100, 36007)
        if request.param("redirect_uri") != code.redirect_uri:
            raise GraphError(
                "Error validating verification code. Please make sure your redirect_uri is identical to the one "
                "you used in the OAuth dialog request",
                100,
                36008,
            )
        verifier = request.param("code_verifier") or ""
        if (
            code.challenge
            and base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            != code.challenge
        ):
            raise GraphError("Invalid code verifier.", 100, 36009)
        code.used = True
        value = self._issue("user", code.person, app_id, SHORT_LIVED, scopes=code.scopes)
        return {"access_token": value, "token_type": "bearer", "expires_in": SHORT_LIVED}

    def _debug_token(self, request: Request) -> dict[str, Any]:
        """`/debug_token`: what a token is and when it ends, asked with the app's token ("id|secret")."""
        app_id, _, secret = (request.param("access_token") or "").partition("|")
        if self.apps.get(app_id) != secret or not secret:
            raise GraphError(
                "(#100) You must provide an app access token, or a user access token that is an owner or developer of the app",
                100,
            )
        token = self.tokens.get(request.param("input_token") or "")
        if token is None:
            return {"data": {"is_valid": False, "error": {"code": 190, "message": "Invalid OAuth access token."}}}
        if token.app_id != app_id:
            raise GraphError("(#100) The App_id in the input_token did not match the Viewing App", 100)
        data: dict[str, Any] = {
            "app_id": token.app_id,
            "type": token.kind.upper(),
            "is_valid": not self._expired(token) and (token.expires_at is None or token.expires_at >= 0),
            "expires_at": int(token.expires_at) if token.expires_at and token.expires_at > 0 else 0,
            "scopes": list(token.scopes),
        }
        data["profile_id" if token.kind == "page" else "user_id"] = token.owner
        return {"data": data}

    def _expired(self, token: Token) -> bool:
        return token.expires_at is not None and token.expires_at < self.now()

    def _token(self, request: Request) -> Token:
        value = request.param("access_token") or request.bearer or ""
        if not value:
            raise GraphError("An active access token must be used to query information about the current user.", 2500)
        token = self.tokens.get(value)
        if token is None:
            raise GraphError("Invalid OAuth access token - Cannot parse access token", 190)
        if token.expires_at is not None and token.expires_at < 0:
            raise GraphError(
                "Error validating access token: The session has been invalidated because the user changed their "
                "password or Facebook has changed the session for security reasons.",
                190,
                460,
            )
        if self._expired(token):
            raise GraphError(
                f"Error validating access token: Session has expired on {graph_time(token.expires_at or 0)}.",
                190,
                463,
            )
        return token

    def _usage(self, token: Token) -> dict[str, str]:
        if token.kind != "page":
            return {"X-App-Usage": json.dumps({"call_count": 1, "total_cputime": 1, "total_time": 1})}
        entry = {
            "type": "pages",
            "call_count": 1,
            "total_cputime": 1,
            "total_time": 1,
            "estimated_time_to_regain_access": 0,
        }
        return {"X-Business-Use-Case-Usage": json.dumps({token.owner: [entry]})}

    def rate_limited(self, page_id: str, minutes: int) -> GraphError:
        entry = {
            "type": "pages",
            "call_count": 100,
            "total_cputime": 12,
            "total_time": 14,
            "estimated_time_to_regain_access": minutes,
        }
        return GraphError(
            "(#32) Page request limit reached",
            32,
            headers={"X-Business-Use-Case-Usage": json.dumps({page_id: [entry]})},
        )

    def _page_for_write(self, page_id: str, token: Token) -> Page:
        page = self.pages.get(page_id)
        if page is None:
            raise GraphError(f"Unsupported post request. Object with ID '{page_id}' does not exist", 100, 33)
        if token.kind != "page" or token.owner != page_id:
            raise GraphError(
                "(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as an "
                "admin with sufficient administrative permission",
                200,
            )
        return page

    def _object(self, object_id: str, token: Token) -> dict[str, Any]:
        if object_id in self.people:
            person = self.people[object_id]
            return {"id": person.id, "name": person.name}
        if object_id in self.pages:
            page = self.pages[object_id]
            linked = self.linked_instagram(page.id)
            # A Page's `access_token` field: its Page token, for a person who manages it.
            managing = token.kind == "user" and token.owner in page.managers
            return {
                "access_token": self.page_token(page, self.people[token.owner], token.app_id) if managing else None,
                "instagram_business_account": {"id": linked.id} if linked else None,
                "id": page.id,
                "name": page.name,
                "category": page.category,
                **self.page_counts(page.id),
                "username": page.username or None,
                "link": f"https://www.facebook.com/{page.username or page.id}",
                "picture": {
                    "data": {
                        "url": f"{self.url}/pictures/{page.id}.png",
                        "width": 50,
                        "height": 50,
                        "is_silhouette": False,
                    }
                },
            }
        if object_id in self.posts:
            return self._post_json(self.posts[object_id])
        if object_id in self.comments:
            return self._comment_json(self.comments[object_id])
        if object_id in self.photos:
            photo = self.photos[object_id]
            return {"id": photo.id, "alt_text_custom": photo.alt_text, "page_story_id": photo.post or None}
        raise GraphError(
            f"Unsupported get request. Object with ID '{object_id}' does not exist, cannot be loaded due to missing "
            "permissions, or does not support this operation.",
            100,
            33,
        )

    def _accounts(self, token: Token, request: Request, fields: dict) -> dict[str, Any]:
        if token.kind != "user":
            raise GraphError("(#100) Tried accessing nonexisting field (accounts) on node type (Page)", 100)
        person = self.people[token.owner]
        items = []
        for page in sorted(self.pages.values(), key=lambda p: p.name):
            if person.id in page.managers:
                full = {
                    "id": page.id,
                    "name": page.name,
                    "category": page.category,
                    "tasks": ["MANAGE", "CREATE_CONTENT", "MODERATE"],
                }
                linked = self.linked_instagram(page.id)
                if linked is not None:
                    full["instagram_business_account"] = {"id": linked.id}
                # From a long-lived user token the Page token does not expire; from a short-lived one it
                # lasts an hour.
                if token.expires_at is not None and token.expires_at - self.now() <= SHORT_LIVED:
                    full["access_token"] = self._issue("page", page.id, token.app_id, 3600, person=person.id)
                else:
                    full["access_token"] = self.page_token(page, person, token.app_id)
                items.append(project(full, fields or {"id": {}, "name": {}, "access_token": {}, "category": {}}))
        return self._paged(items, request)

    def _paged(self, items: list[dict[str, Any]], request: Request) -> dict[str, Any]:
        limit = min(int(request.param("limit") or 25), 100)
        start = int(base64.b64decode(request.param("after") or "MA==").decode() or 0)
        chunk = items[start : start + limit]
        answer: dict[str, Any] = {"data": chunk}
        if chunk:
            cursors = {
                "before": base64.b64encode(str(start).encode()).decode(),
                "after": base64.b64encode(str(start + len(chunk)).encode()).decode(),
            }
            answer["paging"] = {"cursors": cursors}
            if start + limit < len(items):
                query = {k: v[0] for k, v in parse_qs(urlsplit(request.raw_target).query).items()}
                query.update({"after": cursors["after"], "limit": str(limit)})
                if "access_token" not in query and request.param("access_token"):
                    query["access_token"] = request.param("access_token") or ""
                answer["paging"]["next"] = f"https://graph.facebook.com{request.path}?{urlencode(query)}"
        return answer

    def _since(self, request: Request) -> float:
        value = request.param("since")
        return float(value) if value else float("-inf")

    def _published_posts(self, page_id: str, token: Token, request: Request, fields: dict) -> dict[str, Any]:
        if page_id not in self.pages:
            raise GraphError(f"Object with ID '{page_id}' does not exist", 100, 33)
        since, until = self._since(request), float(request.param("until") or "inf")
        posts = [p for p in self.posts.values() if p.page == page_id and since <= p.created <= until]
        posts.sort(key=lambda p: p.created, reverse=True)
        return self._paged(
            [project(self._post_json(p), fields or {"id": {}, "created_time": {}, "message": {}}) for p in posts],
            request,
        )

    def _comments(self, object_id: str, token: Token, request: Request, fields: dict) -> dict[str, Any]:
        since = self._since(request)
        if object_id in self.posts:
            stream = request.param("filter") == "stream"
            found = [c for c in self.comments.values() if c.post == object_id and (stream or not c.parent)]
        elif object_id in self.comments:
            found = [c for c in self.comments.values() if c.parent == object_id]
        else:
            raise GraphError(f"Object with ID '{object_id}' does not exist", 100, 33)
        found = [c for c in found if c.created >= since]
        found.sort(key=lambda c: (c.created, c.id), reverse=request.param("order") == "reverse_chronological")
        tree = fields or {"id": {}, "message": {}, "created_time": {}, "from": {"id": {}, "name": {}}}
        return self._paged([project(self._comment_json(c), tree) for c in found], request)

    def _post_json(self, post: Post) -> dict[str, Any]:
        page = self.pages[post.page]
        return {
            "id": post.id,
            "message": post.message or None,
            "created_time": graph_time(post.created),
            "updated_time": graph_time(post.updated or post.created),
            "permalink_url": f"https://www.facebook.com/{post.page}/posts/{post.id.split('_')[1]}",
            "from": {"id": page.id, "name": page.name},
            "attachments": {"data": [{"media_fbid": p} for p in post.photos]} if post.photos else None,
        }

    def _comment_json(self, comment: Comment) -> dict[str, Any]:
        post = self.posts[comment.post]
        return {
            "id": comment.id,
            "message": comment.message,
            "created_time": graph_time(comment.created),
            "from": {"id": comment.author, "name": comment.author_name},
            "parent": {"id": comment.parent} if comment.parent else None,
            "object": {"id": post.id},
            "permalink_url": f"https://www.facebook.com/{post.page}/posts/{post.id.split('_')[1]}?comment_id={comment.id.split('_')[1]}",
        }

    def _new_post(self, page: Page, message: str, link: str = "", photos: list[str] | None = None) -> Post:
        post = Post(f"{page.id}_{next(self.ids)}", page.id, message, self.now(), link, photos or [])
        self.posts[post.id] = post
        return post

    def _feed(self, page_id: str, token: Token, request: Request) -> dict[str, Any]:
        page = self._page_for_write(page_id, token)
        message, link = request.param("message") or "", request.param("link") or ""
        photos = []
        for key in sorted(k for k in request.form if k.startswith("attached_media")):
            try:
                media = json.loads(request.form[key][0])["media_fbid"]
            except (ValueError, KeyError, TypeError):
                raise GraphError(
                    "(#100) param attached_media must be an array of objects with media_fbid", 100
                ) from None
            photo = self.photos.get(str(media))
            if photo is None or photo.page != page.id or photo.published:
                raise GraphError(
                    "(#100) Invalid attached_media: the photo is not an unpublished photo of this Page", 100
                )
            photos.append(photo.id)
        if not message and not link and not photos:
            raise GraphError("(#100) The parameter message or link or attached_media is required", 100)
        post = self._new_post(page, message, link, photos)
        for photo_id in photos:
            self.photos[photo_id].published, self.photos[photo_id].post = True, post.id
        return {"id": post.id}

    def _photo(self, page_id: str, token: Token, request: Request) -> dict[str, Any]:
        page = self._page_for_write(page_id, token)
        upload = request.files.get("source")
        if upload is None:
            raise GraphError("(#324) Requires upload file", 324)
        data = upload[2]
        if not data.startswith((JPEG, PNG, GIF)):
            raise GraphError("(#324) Missing or invalid image file", 324, 2069019)
        if len(data) > 10_000_000:
            raise GraphError("(#100) The photo is larger than 10 MB", 100, 1366046)
        published = (request.param("published") or "true").lower() != "false"
        photo = Photo(str(next(self.ids)), page.id, data, request.param("alt_text_custom") or "", published)
        self.photos[photo.id] = photo
        if not published:
            return {"id": photo.id}
        post = self._new_post(page, request.param("message") or request.param("caption") or "", photos=[photo.id])
        photo.post = post.id
        return {"id": photo.id, "post_id": post.id}

    def _comment(self, object_id: str, token: Token, request: Request) -> dict[str, Any]:
        message = request.param("message") or ""
        if not message:
            raise GraphError("(#100) The parameter message is required", 100)
        if object_id in self.posts:
            post_id, parent = object_id, ""
        elif object_id in self.comments:
            post_id, parent = self.comments[object_id].post, object_id
        else:
            raise GraphError(f"Object with ID '{object_id}' does not exist", 100, 33)
        page = self.pages[self.posts[post_id].page]
        if token.kind != "page" or token.owner != page.id:
            raise GraphError("(#200) Permissions error: pages_manage_engagement is needed to comment as the Page", 200)
        comment = self._add_comment(post_id, parent, page.id, page.name, message, self.now())
        return {"id": comment.id}


class _Handler(LoopbackHandler):
    graph: GraphServer

    def _handle(self) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type", "")
        form: dict[str, list[str]] = {}
        files: dict = {}
        if ctype.startswith("multipart/form-data"):
            boundary = re.search(r"boundary=\"?([^\";]+)\"?", ctype)
            if boundary:
                form, files = parse_multipart(body, boundary.group(1).encode())
        elif ctype.startswith("application/json") and body:
            try:
                data = json.loads(body)
            except ValueError:
                data = {}
            form = (
                {k: [v if isinstance(v, str) else json.dumps(v)] for k, v in data.items()}
                if isinstance(data, dict)
                else {}
            )
        elif body:
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        request = Request(
            self.command, split.path, parse_qs(split.query, keep_blank_values=True), self.headers, form, files
        )
        request.raw_target = self.path  # type: ignore[attr-defined]
        self.graph.requests.append((self.command, split.path))  # also those a fault then drops
        fault = self.graph._take_fault(self.command, split.path)
        if fault == "drop_before_commit":
            return self._drop()
        headers: dict[str, str] = {}
        try:
            if fault == "rate_limit":
                page = next((p for p in split.path.split("/") if p in self.graph.pages), "0")
                raise self.graph.rate_limited(page, 7)
            if fault == "transient":
                raise GraphError(
                    "An unexpected error has occurred. Please retry your request later.", 2, transient=True, status=500
                )
            if fault == "server_error":
                raise GraphError("An unknown error has occurred.", 1, status=500)
            with self.graph._lock:
                status, answer, headers = self.graph.dispatch(request)
            if fault == "drop_after_commit":
                return self._drop()
        except GraphError as error:
            status, answer, headers = error.status, error.body, error.headers
        self._send(status, answer, headers)

    def _send(self, status: int, answer: Any, headers: dict[str, str]) -> None:
        if isinstance(answer, str):
            payload, ctype = answer.encode(), "text/html; charset=utf-8"
        else:
            payload, ctype = json.dumps(answer, ensure_ascii=False).encode(), "application/json; charset=UTF-8"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("facebook-api-version", "v25.0")
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def graph_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphServer]:
    """A fresh Graph API server; Kurzdraht's Facebook and Instagram clients are pointed at it
    (KURZDRAHT_FACEBOOK_API, KURZDRAHT_INSTAGRAM_API)."""
    server = GraphServer().start()
    monkeypatch.setenv("KURZDRAHT_FACEBOOK_API", server.url)
    monkeypatch.setenv("KURZDRAHT_INSTAGRAM_API", server.url)
    try:
        yield server
    finally:
        server.stop()
