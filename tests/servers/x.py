"""An X API v2 server on 127.0.0.1, written from X's documentation (the xdevplatform/docs repository behind
docs.x.com, August 2026: fundamentals/authentication/oauth-2-0/{authorization-code,user-access-token}.mdx,
x-api/fundamentals/{rate-limits,response-codes-and-errors,pagination}.mdx, x-api/getting-started/pricing.mdx,
x-api/posts/manage-tweets/{introduction,integrate}.mdx, x-api/posts/timelines/integrate.mdx,
x-api/media/quickstart/{best-practices,media-upload-chunked}.mdx, changelog.mdx (Feb 23 2026, "Addressing
LLM-generated spam"), openapi.json v2.167) and, where the docs show no body, from what X was seen to answer
(see x_wire.py). One port serves x.com's authorize page and api.x.com:

- a Native App (public client) with exact-match callback URLs; `GET /i/oauth2/authorize` for the user signed
  in to x.com (`signed_in`), with state and PKCE (S256, and plain as documented); codes last 30 s and are
  single-use; `POST /2/oauth2/token` (authorization_code, refresh_token) gives 2-hour bearer tokens and a
  refresh token with `offline.access`; refresh tokens rotate and are single-use: a spent one revokes its
  whole family; `POST /2/oauth2/revoke`;
- `GET /2/users/me`, `POST /2/tweets` (text by twitter-text v3's weighted length, media, replies only where
  the replied-to post's author summoned the account, duplicate content refused), `DELETE /2/tweets/{id}`,
  `POST /2/media/upload` (multipart or JSON/base64), `POST /2/media/metadata` (alt text),
  `GET /2/users/{id}/tweets` and `/mentions` (since_id, until_id, start/end_time, paging, expansions),
  `GET /2/tweets/{id}` and `GET /2/tweets?ids=`; texts come back HTML-escaped with t.co links; requests with
  `post.fields` get the "post" vocabulary (edit_history_post_ids, referenced_posts, includes.posts);
- x-rate-limit-* headers per endpoint and user in 15-minute windows, 429 when spent; pay-per-use charges
  and 402 when the credits are gone; faults (answers dropped before or after the server acted, 5xx).

Tests drive it through `XServer`'s methods; the app only talks HTTP to it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from servers import x_wire as wire
from servers.loopback import LoopbackHandler, LoopbackServer
from servers.mastodon_api.handler import parse_multipart
from servers.x_reads import App, Media, Token, Tweet, User, XReads, XRequest
from servers.x_wire import Problem

ERROR_PAGE = (
    "<!DOCTYPE html><title>X</title><h1>Something went wrong</h1>"
    "<p>You weren't able to give access to the App. Go back and try logging in again.</p>"
)
_API_ROUTE = re.compile(r"/2/(users/me|tweets|tweets/\d+|media/upload|media/metadata|users/\d+/(tweets|mentions))")
_AVATAR = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


class XServer(XReads, LoopbackServer):
    thread_name = "x-test-server"

    def __init__(self) -> None:
        super().__init__()
        self.snowflakes = (str(n) for n in itertools.count(1_980_000_000_000_000_000, 4_194_304_001))
        self.user_ids = (str(n) for n in itertools.count(1_700_000_001, 7919))
        self.clock_offset = 0.0
        self.account_id = 1_900_000_000_000_000_001  # the developer account in 402 bodies
        self.apps: dict[str, App] = {}
        self.users: dict[str, User] = {}
        self.signed_in: User | None = None
        self.codes: dict[str, tuple[str, str, str, tuple[str, ...], str, str, float]] = {}
        self.tokens: dict[str, Token] = {}
        self.revoked_families: set[str] = set()
        self.refresh_count = 0
        self.media: dict[str, Media] = {}
        self.tweets: dict[str, Tweet] = {}
        self.pkce_methods = {"S256", "plain"}  # "Specifies the method ... (S256 OR plain)"
        self.post_vocabulary_on_create = False  # True: create answers edit_history_post_ids (openapi v2.167)
        self.duplicate_window = 86400.0
        self.credits_exhausted = False
        self.charges: list[tuple[str, float]] = []
        self.requests: list[tuple[str, str]] = []
        self._billed: set[tuple[str, str, str]] = set()
        self._limits: list[tuple[str, re.Pattern[str], int]] = []
        self._windows: dict[tuple[str, str, str], list[float]] = {}  # (user, method, pattern) → [start, used]
        self._faults: list[tuple[str, re.Pattern[str], str, list[int]]] = []
        self._refuse = False
        self._lock = threading.RLock()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def now(self) -> float:
        return time.time() + self.clock_offset

    # -- controls ----------------------------------------------------------------------------------
    def register_app(self, redirects: list[str], owner: User | None = None) -> str:
        """A Native App (public client) with these callback URLs; its client ID."""
        client_id = base64.urlsafe_b64encode(secrets.token_bytes(15) + b":1:ci").decode().rstrip("=")
        self.apps[client_id] = App(client_id, list(redirects), owner.id if owner else None)
        return client_id

    def add_user(self, username: str, name: str = "") -> User:
        user_id = next(self.user_ids)
        picture = f"{self.url}/profile_images/{user_id}/avatar_normal.png"
        user = User(user_id, username, name or username, picture, self.now())
        self.users[user.id] = user
        return user

    def refuse_next_authorization(self) -> None:
        """The signed-in user presses "Cancel" on the next authorize page."""
        self._refuse = True

    def issue_tokens(
        self, user: User, client_id: str, scopes: str = "tweet.read tweet.write users.read media.write offline.access"
    ) -> dict[str, Any]:
        """What the token endpoint answers for a new grant (for pasted-token tests)."""
        with self._lock:
            return self._grant(user.id, client_id, tuple(scopes.split()), secrets.token_hex(8))

    def expire_access_tokens(self) -> None:
        with self._lock:
            for token in self.tokens.values():
                if token.kind == "access":
                    token.expires = self.now() - 1

    def post(self, author: User, text: str, reply_to: str | None = None, quote: str | None = None) -> Tweet:
        """Someone posts on x.com (a reply there starts with the @names of the conversation, as X shows it)."""
        with self._lock:
            if reply_to:
                parent = self.tweets[reply_to]
                leading = re.match(r"^(?:@\w+\s+)*", parent.source_text)
                names = [self.users[parent.author_id].username]
                names += wire.MENTION.findall(leading.group(0) if leading else "")
                names = [n for n in dict.fromkeys(names) if n.lower() != author.username.lower()]
                prefix = "".join(f"@{n} " for n in names if not text.lower().startswith(f"@{n.lower()}"))
                text = prefix + text
            return self._store(author.id, text, reply_to or "", quote or "", [])

    def follow(self, user: User, follower: User) -> None:
        with self._lock:
            user.followers.add(follower.id)

    def like(self, user: User, tweet_id: str) -> None:
        """Someone likes a post on x.com."""
        with self._lock:
            self.tweets[tweet_id].liked_by.add(user.id)

    def repost(self, user: User, tweet_id: str) -> None:
        """Someone reposts a post on x.com (a quote is a post of its own: `post(..., quote=)`)."""
        with self._lock:
            self.tweets[tweet_id].reposted_by.add(user.id)

    def show(self, tweet_id: str, times: int = 1) -> None:
        """The post is on someone's screen `times` times (its `impression_count`)."""
        with self._lock:
            self.tweets[tweet_id].impressions += times

    def tweets_of(self, user: User) -> list[Tweet]:
        return sorted((t for t in self.tweets.values() if t.author_id == user.id), key=lambda t: int(t.id))

    def replies_to(self, tweet_id: str) -> list[Tweet]:
        return sorted((t for t in self.tweets.values() if t.reply_to == tweet_id), key=lambda t: int(t.id))

    def media_of(self, tweet_id: str) -> list[tuple[bytes, str]]:
        """The images of a post with their alt texts."""
        return [(self.media[m].data, self.media[m].alt_text) for m in self.tweets[tweet_id].media_ids]

    def set_rate_limit(self, method: str, path_regex: str, limit: int) -> None:
        self._limits.insert(0, (method, re.compile(path_regex), limit))

    def fail(self, method: str, path_regex: str, kind: str, times: int = 1) -> None:
        """kind: drop_before_commit, drop_after_commit, or an HTTP status such as "503"."""
        self._faults.append((method, re.compile(path_regex), kind, [times]))

    def total_charged(self) -> float:
        return round(sum(amount for _, amount in self.charges), 6)

    # -- plumbing ----------------------------------------------------------------------------------
    def _handler_class(self) -> type[LoopbackHandler]:
        return type("BoundXHandler", (_Handler,), {"x_api": self})

    def _take_fault(self, method: str, path: str) -> str | None:
        for fault_method, pattern, kind, left in self._faults:
            if fault_method == method and pattern.search(path) and left[0] > 0:
                left[0] -= 1
                return kind
        return None

    def _grant(self, user: str, client_id: str, scopes: tuple[str, ...], family: str) -> dict[str, Any]:
        access = wire.make_token("at")
        self.tokens[access] = Token(
            access, "access", family, user, client_id, scopes, self.now() + wire.ACCESS_LIFETIME
        )
        answer: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": wire.ACCESS_LIFETIME,
            "access_token": access,
            "scope": " ".join(scopes),
        }
        if "offline.access" in scopes:
            refresh = wire.make_token("rt")
            self.tokens[refresh] = Token(refresh, "refresh", family, user, client_id, scopes, None)
            answer["refresh_token"] = refresh
        return answer

    def _store(self, author: str, text: str, reply_to: str, quote: str, media_ids: list[str]) -> Tweet:
        shown, urls = wire.render(text)
        tweet = Tweet(next(self.snowflakes), author, text, shown, urls, self.now(), reply_to, quote, "", media_ids)
        tweet.conversation_id = self.tweets[reply_to].conversation_id if reply_to in self.tweets else tweet.id
        self.tweets[tweet.id] = tweet
        return tweet

    def _charge(self, endpoint: str, kind: str, ids: list[str], price: float) -> None:
        day = datetime.fromtimestamp(self.now(), timezone.utc).strftime("%Y-%m-%d")
        new = [i for i in ids if (kind, i, day) not in self._billed]  # deduplicated per UTC day
        self._billed.update((kind, i, day) for i in new)
        if new:
            self.charges.append((endpoint, round(price * len(new), 6)))

    def _rate(self, user: str, method: str, path: str) -> tuple[dict[str, str], bool]:
        rules = self._limits + [(m, re.compile(p), n) for m, p, n in wire.RATE_LIMITS]
        rule = next(((p, n) for m, p, n in rules if m == method and p.search(path)), None)
        if rule is None:
            return {}, True
        pattern, limit = rule
        window = self._windows.setdefault((user, method, pattern.pattern), [self.now(), 0])
        if self.now() >= window[0] + wire.WINDOW:
            window[:] = [self.now(), 0]
        allowed = window[1] < limit
        window[1] += 1 if allowed else 0
        headers = {
            "x-rate-limit-limit": str(limit),
            "x-rate-limit-remaining": str(max(0, limit - int(window[1]))),
            "x-rate-limit-reset": str(int(window[0] + wire.WINDOW)),
        }
        return headers, allowed

    # -- requests ----------------------------------------------------------------------------------
    def dispatch(self, request: XRequest) -> tuple[int, Any, dict[str, str]]:
        path = request.path
        if path == "/i/oauth2/authorize":
            return self._authorize(request)
        if path == "/2/oauth2/token" and request.method == "POST":
            return 200, self._token_endpoint(request), {"Cache-Control": "no-store"}
        if path == "/2/oauth2/revoke" and request.method == "POST":
            return 200, self._revoke(request), {}
        if re.fullmatch(r"/profile_images/\d+/avatar_normal\.png", path):
            return 200, _AVATAR, {"Content-Type": "image/png"}
        picture = re.fullmatch(r"/media/(\d+)", path)
        if picture and picture.group(1) in self.media:  # where media.fields=url points (pbs.twimg.com on X)
            return 200, self.media[picture.group(1)].data, {"Content-Type": self.media[picture.group(1)].mime}
        if not _API_ROUTE.fullmatch(path):
            return 404, b"", {}  # X answers unknown paths with an empty 404 (xdevplatform/docs#395)
        token = self.tokens.get(request.bearer or "")
        if (
            token is None
            or token.kind != "access"
            or token.revoked
            or token.family in self.revoked_families
            or (token.expires or 0) < self.now()
        ):
            raise wire.unauthorized()  # without rate-limit headers, as observed
        if self.credits_exhausted:
            raise wire.credits_depleted(self.account_id)
        headers, allowed = self._rate(token.user, request.method, path)
        if not allowed:
            raise wire.too_many_requests(headers)
        try:
            status, answer = self._api(request, token)
        except Problem as problem:
            problem.headers = {**headers, **problem.headers}
            raise
        return status, answer, headers

    def _api(self, request: XRequest, token: Token) -> tuple[int, Any]:
        method, path, me = request.method, request.path, self.users[token.user]
        need = {"POST /2/tweets": "tweet.write", "DELETE /2/tweets": "tweet.write", "POST /2/media": "media.write"}
        for prefix, scope in need.items():
            if f"{method} {path}".startswith(prefix) and scope not in token.scopes:
                raise wire.blank(403, "Forbidden")
        if not {"tweet.read", "users.read"} <= set(token.scopes) and method == "GET":
            raise wire.blank(403, "Forbidden")
        if method == "GET" and path == "/2/users/me":
            self._charge("GET /2/users/me", "user", [me.id], wire.USER_READ)
            return 200, {"data": self._user_json(me, self._fields(request, "user.fields", wire.USER_FIELDS))}
        if method == "POST" and path == "/2/tweets":
            return 201, self._create(request, me)
        if method == "POST" and path == "/2/media/upload":
            return 200, self._upload(request, me)
        if method == "POST" and path == "/2/media/metadata":
            return 200, self._metadata(request, me)
        timeline = re.fullmatch(r"/2/users/(\d+)/(tweets|mentions)", path)
        if method == "GET" and timeline:
            return 200, self._timeline(request, token, timeline.group(1), timeline.group(2))
        single = re.fullmatch(r"/2/tweets/(\d+)", path)
        if method == "DELETE" and single:
            tweet = self.tweets.get(single.group(1))
            if tweet is None or tweet.author_id != me.id:
                raise wire.forbidden("You are not authorized to delete this Tweet.")
            del self.tweets[tweet.id]
            return 200, {"data": {"deleted": True}}
        if method == "GET" and (single or path == "/2/tweets"):
            ids = [single.group(1)] if single else (request.param("ids") or "").split(",")
            if not single and not 1 <= len(ids) <= 100:  # openapi.json: ids minItems 1, maxItems 100
                raise wire.invalid_request(
                    f"The number of values in the `ids` query parameter list [{len(ids)}] is not between 1 and 100",
                    "ids",
                    [request.param("ids") or ""],
                )
            if not single and not all(re.fullmatch(r"\d{1,19}", i) for i in ids):
                bad = next((i for i in ids if not re.fullmatch(r"\d{1,19}", i)), ids[0] if ids else "")
                raise wire.invalid_request(f"The `ids` query parameter value [{bad}] is not valid", "ids", ids)
            found = [self.tweets[i] for i in ids if i in self.tweets]
            answer = self._tweets_answer(request, found, single is not None)
            missing = [wire.not_found("tweet", i) for i in ids if i not in self.tweets]
            if missing:
                answer["errors"] = missing
            self._charge(
                f"GET {'/2/tweets/{id}' if single else '/2/tweets'}", "post", [t.id for t in found], wire.POST_READ
            )
            return 200, answer
        raise wire.blank(404, "Not Found", "Sorry, that page does not exist.")

    def _authorize(self, request: XRequest) -> tuple[int, Any, dict[str, str]]:
        app = self.apps.get(request.param("client_id") or "")
        redirect = request.param("redirect_uri") or ""
        if app is None or redirect not in app.redirects or request.param("response_type") != "code":
            return 200, ERROR_PAGE, {}
        scopes = tuple((request.param("scope") or "").split())
        state = request.param("state") or ""
        challenge, method = request.param("code_challenge") or "", request.param("code_challenge_method") or ""
        if (
            not {"tweet.read", "users.read"} <= set(scopes)
            or not set(scopes) <= wire.SCOPES
            or not state
            or len(state) > 500
            or not challenge
            or method not in self.pkce_methods
        ):
            return 200, ERROR_PAGE, {}
        if self.signed_in is None:
            return 200, "<!DOCTYPE html><title>X</title><h1>Sign in to X</h1>", {}
        if self._refuse:
            self._refuse = False
            return 302, "", {"Location": f"{redirect}?{urlencode({'error': 'access_denied', 'state': state})}"}
        code = wire.make_token("ac")
        self.codes[code] = (app.client_id, self.signed_in.id, redirect, scopes, challenge, method, self.now())
        return 302, "", {"Location": f"{redirect}?{urlencode({'state': state, 'code': code})}"}

    def _token_endpoint(self, request: XRequest) -> dict[str, Any]:
        client_id = request.param("client_id") or ""
        basic = request.headers.get("Authorization", "")
        if not client_id and basic[:6].lower() == "basic ":  # a confidential client's credentials
            try:
                client_id = base64.b64decode(basic[6:]).decode("utf-8", "replace").partition(":")[0]
            except ValueError:
                client_id = ""
        grant_type = request.param("grant_type") or ""
        if grant_type == "refresh_token":
            self.refresh_count += 1
        if client_id not in self.apps:
            raise wire.oauth_error("unauthorized_client", "Missing valid authorization header", 401)
        if grant_type == "authorization_code":
            code = self.codes.pop(request.param("code") or "", None)
            if code is None or code[0] != client_id or self.now() - code[6] > wire.CODE_LIFETIME:
                raise wire.oauth_error("invalid_request", "Value passed for the authorization code was invalid.")
            if request.param("redirect_uri") != code[2]:
                raise wire.oauth_error(
                    "invalid_request",
                    "Value passed for the redirect uri did not match the uri of the authorization code.",
                )
            verifier = request.param("code_verifier") or ""
            if not verifier:
                raise wire.oauth_error("invalid_request", "Missing required parameter [code_verifier].")
            digest = hashlib.sha256(verifier.encode()).digest()
            expected = base64.urlsafe_b64encode(digest).decode().rstrip("=") if code[5] == "S256" else verifier
            if expected != code[4]:
                raise wire.oauth_error(
                    "invalid_request", "Value passed for the code verifier did not match the code challenge."
                )
            return self._grant(code[1], client_id, code[3], secrets.token_hex(8))
        if grant_type == "refresh_token":
            token = self.tokens.get(request.param("refresh_token") or "")
            if token is None or token.kind != "refresh" or token.client_id != client_id:
                raise wire.oauth_error("invalid_request", "Value passed for the token was invalid.")
            if token.spent or token.revoked or token.family in self.revoked_families:
                self.revoked_families.add(token.family)  # reuse of a rotated token: the whole grant dies
                raise wire.oauth_error("invalid_request", "Value passed for the token was invalid.")
            token.spent = True
            return self._grant(token.user, client_id, token.scopes, token.family)
        if not grant_type:
            raise wire.oauth_error("invalid_request", "Missing required parameter [grant_type].")
        raise wire.oauth_error("invalid_request", "Value passed for the grant_type was invalid.")

    def _revoke(self, request: XRequest) -> dict[str, Any]:
        if (request.param("client_id") or "") not in self.apps and not request.headers.get("Authorization"):
            raise wire.oauth_error("unauthorized_client", "Missing valid authorization header", 401)
        token = self.tokens.get(request.param("token") or "")
        if token is not None:
            token.revoked = True
            if token.kind == "refresh":
                self.revoked_families.add(token.family)
        return {"revoked": True}

    def _create(self, request: XRequest, me: User) -> dict[str, Any]:
        body = request.body
        if not isinstance(body, dict):
            raise wire.invalid_request("Request body must be a JSON object.")
        text = body.get("text") or ""
        media_ids = [str(m) for m in ((body.get("media") or {}).get("media_ids") or [])]
        if not isinstance(text, str) or (not text and not media_ids):
            raise wire.invalid_request("Post text is empty: text is required unless media is provided.")
        if wire.weighted_length(text) > wire.MAX_WEIGHTED_LENGTH:
            raise wire.invalid_request(
                "Your Tweet text is too long. For more information on how Twitter determines text length see "
                "https://github.com/twitter/twitter-text."
            )
        if "media" in body and not 1 <= len(media_ids) <= 4:
            raise wire.invalid_request("Your media IDs are invalid.", "media.media_ids", media_ids)
        for media_id in media_ids:
            media = self.media.get(media_id)
            if media is None or media.owner != me.id or self.now() > media.uploaded + wire.MEDIA_LIFETIME:
                raise wire.invalid_request("Your media IDs are invalid.", "media.media_ids", media_ids)
        reply_to = str((body.get("reply") or {}).get("in_reply_to_tweet_id") or "")
        quote = str(body.get("quote_tweet_id") or "")
        summoned = False
        for target in (reply_to, quote):
            if not target:
                continue
            parent = self.tweets.get(target)
            if parent is None:
                raise wire.forbidden("You attempted to reply to a Tweet that is deleted or not visible to you.")
            mentioned = me.username.lower() in (n.lower() for n in wire.MENTION.findall(parent.source_text))
            quoted_me = parent.quote_of in self.tweets and self.tweets[parent.quote_of].author_id == me.id
            if parent.author_id != me.id and not (mentioned or quoted_me):
                raise wire.not_summoned()
            summoned = summoned or parent.author_id != me.id
        recent, key = self.now() - self.duplicate_window, self._addressee(me.id, reply_to) + text
        if text and any(
            t.author_id == me.id and self._addressee(me.id, t.reply_to) + t.source_text == key and t.created >= recent
            for t in self.tweets.values()
        ):  # a reply to someone else reads "@them ..." on X, so the same words to two people are not duplicates
            raise wire.forbidden("You are not allowed to create a Tweet with duplicate content.")
        tweet = self._store(me.id, text, reply_to, quote, media_ids)
        price = wire.POST_WITH_URL if tweet.urls else wire.POST_SUMMONED if summoned else wire.POST_CREATE
        self.charges.append(("POST /2/tweets", price))
        history = "edit_history_post_ids" if self.post_vocabulary_on_create else "edit_history_tweet_ids"
        return {"data": {"id": tweet.id, "text": tweet.text, history: [tweet.id]}}

    def _addressee(self, me: str, reply_to: str) -> str:
        parent = self.tweets.get(reply_to)
        return f"@{self.users[parent.author_id].username} " if parent and parent.author_id != me else ""

    def _upload(self, request: XRequest, me: User) -> dict[str, Any]:
        data = request.files["media"][2] if "media" in request.files else None
        if data is None and isinstance(request.body, dict) and isinstance(request.body.get("media"), str):
            try:
                data = base64.b64decode(request.body["media"], validate=True)
            except ValueError:
                raise wire.invalid_request("The `media` field is not valid base64.", "media", []) from None
        elif data is None and request.param("media"):  # a multipart field without a file name: base64
            try:
                data = base64.b64decode(request.param("media") or "", validate=True)
            except ValueError:
                raise wire.invalid_request("The `media` field is not valid base64.", "media", []) from None
        if not data:
            raise wire.invalid_request("The `media` field is required.", "media", [])
        body = request.body if isinstance(request.body, dict) else {}
        category = request.param("media_category") or body.get("media_category") or "tweet_image"
        mime = wire.image_type(data)
        if mime is None or category not in ("tweet_image", "tweet_gif", "dm_image", "dm_gif"):
            raise wire.invalid_request("media type unrecognized.", "media_category", [category])
        limit = wire.MAX_GIF if mime == "image/gif" else wire.MAX_IMAGE
        if len(data) > limit:
            raise wire.invalid_request(f"File size exceeds {limit} bytes.", "media", [])
        width = height = None
        try:
            from PIL import Image

            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
        except Exception:  # noqa: BLE001 - a file Pillow cannot read simply has no dimensions
            pass
        media = Media(next(self.snowflakes), me.id, data, mime, width, height, self.now())
        self.media[media.id] = media
        image_info: dict[str, Any] = {"image_type": mime}
        if width is not None:
            image_info.update(w=width, h=height)
        return {
            "data": {
                "id": media.id,
                "media_key": f"3_{media.id}",
                "size": len(data),
                "expires_after_secs": wire.MEDIA_LIFETIME,
                "image": image_info,
            }
        }

    def _metadata(self, request: XRequest, me: User) -> dict[str, Any]:
        body = request.body if isinstance(request.body, dict) else {}
        media = self.media.get(str(body.get("id") or ""))
        if media is None or media.owner != me.id:
            raise wire.invalid_request("Your media IDs are invalid.", "id", [str(body.get("id") or "")])
        alt = ((body.get("metadata") or {}).get("alt_text") or {}).get("text")
        if not isinstance(alt, str) or len(alt) > 1000:
            raise wire.invalid_request("The alt text must be a string of at most 1000 characters.", "alt_text", [])
        media.alt_text = alt
        self.charges.append(("POST /2/media/metadata", wire.MEDIA_METADATA))
        return {"data": {"id": media.id, "associated_metadata": {"alt_text": {"text": alt}}}}


class _Handler(LoopbackHandler):
    x_api: XServer

    def _handle(self) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type", "")
        form: dict[str, list[str]] = {}
        files: dict[str, tuple[str, str, bytes]] = {}
        body: Any = None
        server = self.x_api
        server.requests.append((self.command, split.path))
        with server._lock:
            fault = server._take_fault(self.command, split.path)
        if fault == "drop_before_commit":
            return self._drop()
        try:
            if ctype.startswith("multipart/form-data"):
                boundary = re.search(r"boundary=\"?([^\";]+)\"?", ctype)
                form, files = parse_multipart(raw, boundary.group(1).encode()) if boundary else ({}, {})
            elif ctype.startswith("application/json") and raw:
                try:
                    body = json.loads(raw)
                except ValueError:
                    raise wire.invalid_request("Request body must be a JSON object.") from None
            elif raw:
                form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
            request = XRequest(
                self.command, split.path, parse_qs(split.query, keep_blank_values=True), self.headers, form, files, body
            )
            if fault and fault.isdigit():
                raise wire.server_error(int(fault))
            with server._lock:
                status, answer, headers = server.dispatch(request)
            if fault == "drop_after_commit":
                return self._drop()
        except Problem as problem:
            status, answer, headers = problem.status, problem.body, problem.headers
        if isinstance(answer, bytes):
            payload, ctype = answer, headers.pop("Content-Type", "application/octet-stream")
        elif isinstance(answer, str):
            payload, ctype = answer.encode(), "text/html; charset=utf-8"
        else:
            payload = json.dumps(answer, ensure_ascii=False).encode()
            is_problem = status >= 400 and "data" not in answer and "error" not in answer
            ctype = "application/problem+json" if is_problem else "application/json; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


@pytest.fixture
def x_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[XServer]:
    """A fresh X API server; Kurzdraht's X client is pointed at it (KURZDRAHT_X_API)."""
    server = XServer().start()
    monkeypatch.setenv("KURZDRAHT_X_API", server.url)
    try:
        yield server
    finally:
        server.stop()
