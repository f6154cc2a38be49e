"""A LinkedIn server on 127.0.0.1 for organisation pages (Community Management API), written from LinkedIn's
documentation on learn.microsoft.com/linkedin: shared/authentication/authorization-code-flow (3-legged OAuth),
…/authorization-code-flow-native (PKCE, loopback), …/programmatic-refresh-tokens, shared/api-guide/concepts/
protocol-version (Rest.li 2.0), …/concepts/rate-limits, marketing/versioning, community-management/shares/
posts-api, …/little-text-format, …/images-api, …/comments-api, …/organizations/organization-access-control-by-role,
…/organization-authorizations and …/organization-lookup-api; error bodies and behaviour the pages leave out
from what clients met (issues cited where used, in linkedin_wire.py and below).

One port stands for www.linkedin.com and api.linkedin.com (the client replaces scheme and host):
- `/oauth/v2/authorization` (registered https redirects, exact match; a loopback redirect with PKCE S256
  only for apps that have it enabled) and `/oauth/native-pkce/authorization` (the native flow: loopback
  only, PKCE required), `/oauth/v2/accessToken` (authorization_code with client_secret, or code_verifier
  for PKCE codes; refresh_token only for apps with programmatic refresh tokens; 60-day access tokens,
  365-day refresh tokens whose lifetime refreshing does not extend);
- `/rest/...` with `LinkedIn-Version` (missing → 400 VERSION_MISSING, sunset or unknown → 426
  NONEXISTENT_VERSION) and Rest.li protocol 2.0 (URNs in paths percent-encoded, else 400; without the
  header a call is read as protocol 1.0, as the docs say): posts (201 + `x-restli-id`, little text cut at
  an unescaped reserved character, 422 DUPLICATE_POST naming the earlier URN), images (initializeUpload,
  upload to an address on this server, WAITING_UPLOAD → PROCESSING → AVAILABLE), comments on posts and
  on comments, organizationAcls, organizationAuthorizations, organizations, the Page's follower count and its
  posts' statistics (linkedin_statistics.py); `/v2/organizationalEntityAcls`,
  `/v2/organizations/{id}` (with projections and `~` decoration) and `/v2/userinfo`;
- token errors 401 65600/65601/65602, 403 for scopes and page roles, 429 without any rate-limit header
  after a daily count that resets at midnight UTC, and injected faults (dropped answers, 5xx).
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
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import pytest

from servers.linkedin_api import BAD_JSON
from servers.linkedin_content import Comment, Image, Post
from servers.linkedin_statistics import PageStatistics
from servers.linkedin_wire import (
    PNG_1X1,
    LinkedInError,
    asset_id,
    html_error,
    image_type,
    oauth_error,
    opaque_token,
    server_error,
)
from servers.loopback import LoopbackHandler, LoopbackServer
from servers.mastodon_api.handler import Request

ACCESS_LIFETIME = 5_184_000  # 60 days
REFRESH_LIFETIME = 31_536_000  # 365 days
CODE_LIFETIME = 1800  # "the authorization code has a 30-minute lifespan"
ORGANIZATION_SCOPES = frozenset(
    {
        "r_organization_social",
        "w_organization_social",
        "rw_organization_admin",
        "r_organization_admin",
        "r_organization_social_feed",
        "w_organization_social_feed",
        "openid",
        "profile",
        "email",
        "r_basicprofile",
        "w_member_social",
    }
)
_LOOPBACK = re.compile(r"^https?://(127\.0\.0\.1|\[::1\])(:\d+)?(/[^#]*)?$")
_RECORDED = ("authorization", "linkedin-version", "x-restli-protocol-version", "x-restli-method", "content-type")


@dataclass
class App:
    client_id: str
    secret: str
    redirects: list[str]
    loopback_enabled: bool
    scopes: frozenset[str]
    refresh_tokens_enabled: bool = False


@dataclass
class Member:
    id: str
    name: str

    @property
    def urn(self) -> str:
        return f"urn:li:person:{self.id}"


@dataclass
class Organization:
    id: int
    name: str
    vanity: str
    roles: dict[str, str]  # member id → ADMINISTRATOR, CONTENT_ADMINISTRATOR, ANALYST, …
    logo: str = field(default_factory=asset_id)

    @property
    def urn(self) -> str:
        return f"urn:li:organization:{self.id}"


@dataclass
class Token:
    value: str
    member: str
    client_id: str
    scopes: frozenset[str]
    expires: float
    revoked: bool = False
    revoked_calls_left: int = 0


@dataclass
class RefreshToken:
    value: str
    member: str
    client_id: str
    scopes: frozenset[str]
    expires: float


@dataclass
class Code:
    client_id: str
    member: str
    redirect: str
    scopes: frozenset[str]
    challenge: str
    issued: float


@dataclass
class _Fault:
    method: str
    pattern: re.Pattern[str]
    kind: str
    times: int


@dataclass
class Call(Request):
    """A request: `Request`'s parsed query and form, and what Rest.li 2.0 reads raw (path and query)."""

    raw_path: str = ""
    raw_query: str = ""
    body: Any = None
    data: bytes = b""


class LinkedInServer(PageStatistics, LoopbackServer):
    thread_name = "linkedin-test-server"

    def __init__(self) -> None:
        super().__init__()
        self.organization_ids = itertools.count(2414183, 7919)
        self.clock_offset = 0.0
        self.apps: dict[str, App] = {}
        self.members: dict[str, Member] = {}
        self.organizations: dict[int, Organization] = {}
        self.tokens: dict[str, Token] = {}
        self.refresh_tokens: dict[str, RefreshToken] = {}
        self.codes: dict[str, Code] = {}
        self.used_codes: set[str] = set()
        self.posts: dict[str, Post] = {}
        self.images: dict[str, Image] = {}
        self.comments: dict[str, Comment] = {}
        self.signed_in: Member | None = None
        self.revoked_for_first_calls = 0  # 401 REVOKED_ACCESS_TOKEN for a fresh token's first n calls
        self.active_versions: set[str] | None = None  # None: the past twelve months' versions
        self.strict_restli_header = False  # True: /rest without `X-Restli-Protocol-Version: 2.0.0` → 400
        self.processing_polls = 1
        self.daily_limit: int | None = None  # calls a day per member, app and endpoint
        self.app_daily_limit: int | None = None  # calls a day per app and endpoint
        self.duplicate_window = 86400.0
        self.media_post_kind = "ugcPost"  # what the x-restli-id of a post with images names
        self.versions_seen: list[str] = []
        self.requests: list[tuple[str, str, dict[str, str]]] = []  # (method, path?query, selected headers)
        self._counts: dict[tuple[str, ...], int] = {}
        self._refuse_next = False
        self._faults: list[_Fault] = []
        self._lock = threading.RLock()
        self._init_statistics()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def now(self) -> float:
        return time.time() + self.clock_offset

    # -- controls ----------------------------------------------------------------------------------
    def register_app(
        self, redirects: list[str], loopback_enabled: bool = False, scopes: frozenset[str] = ORGANIZATION_SCOPES
    ) -> tuple[str, str]:
        """A developer app with the Community Management API: (client id, client secret). PKCE with a
        loopback redirect only when LinkedIn enabled it for the app (`loopback_enabled`)."""
        client_id = "77" + secrets.token_hex(6)
        secret = "WPL_AP1." + secrets.token_urlsafe(12)
        self.apps[client_id] = App(client_id, secret, list(redirects), loopback_enabled, frozenset(scopes))
        return client_id, secret

    def app(self, client_id: str) -> App:
        """The app, e.g. to set `refresh_tokens_enabled` (programmatic refresh tokens, MDP partners only)."""
        return self.apps[client_id]

    def add_member(self, name: str) -> Member:
        member = Member(secrets.token_urlsafe(7).replace("-", "x").replace("_", "y")[:10], name)
        self.members[member.id] = member
        return member

    def add_organization(
        self,
        name: str,
        vanity: str = "",
        admins: list[Member] | None = None,
        posters: list[Member] | None = None,
        analysts: list[Member] | None = None,
    ) -> Organization:
        """A LinkedIn page; `posters` get the Content admin role (may post and comment), `analysts` the
        Analyst role (may not)."""
        roles = {m.id: "ADMINISTRATOR" for m in admins or []}
        roles.update({m.id: "CONTENT_ADMINISTRATOR" for m in posters or []})
        roles.update({m.id: "ANALYST" for m in analysts or []})
        vanity = vanity or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        organization = Organization(next(self.organization_ids), name, vanity, roles)
        self.organizations[organization.id] = organization
        return organization

    def grant(self, organization: Organization, member: Member, role: str | None) -> None:
        """Give a member a page role, or take it away (None)."""
        if role is None:
            organization.roles.pop(member.id, None)
        else:
            organization.roles[member.id] = role

    def access_token(self, member: Member, app: str | App, scopes: frozenset[str] | None = None) -> str:
        """A token as the Developer Portal's token generator makes one (for pasted-token tests)."""
        client = app if isinstance(app, App) else self.apps[app]
        with self._lock:
            return self._issue(member.id, client.client_id, scopes or client.scopes, fresh=False)[0]

    def refuse_next_authorization(self) -> None:
        """The member clicks Cancel on the consent screen."""
        self._refuse_next = True

    def expire_tokens(self) -> None:
        with self._lock:
            for token in self.tokens.values():
                token.expires = self.now() - 1

    def revoke(self, token: str) -> None:
        """The member revokes the app's access (or LinkedIn does)."""
        self.tokens[token].revoked = True

    def comment(self, post_urn: str, member: Member, text: str, parent: Comment | str | None = None) -> Comment:
        """Someone comments on a post, or answers a comment."""
        with self._lock:
            parent_urn = parent.urn if isinstance(parent, Comment) else parent
            return self._new_comment(self._post(post_urn), member.urn, text, parent_urn)

    def posts_of(self, organization: Organization) -> list[Post]:
        """The page's posts, oldest first (deleted ones left out)."""
        found = [p for p in self.posts.values() if p.author == organization.urn and not p.deleted]
        return sorted(found, key=lambda p: p.created)

    def text_of(self, urn: str) -> str:
        """A post's text as members read it (after little-format parsing and any cut)."""
        return self.posts[urn].little.text

    def images_of(self, urn: str) -> list[tuple[Image, str]]:
        """A post's images with their alt texts."""
        return [(self.images[image], alt) for image, alt in self.posts[urn].images]

    def comments_on(self, urn: str) -> list[Comment]:
        """All comments on a post, replies included, oldest first."""
        return sorted((c for c in self.comments.values() if c.post == urn), key=lambda c: c.created)

    def fail(self, method: str, path_pattern: str, kind: str, times: int = 1) -> None:
        """Faults for requests whose path matches: drop_before_commit, drop_after_commit, or a status
        ("500", "502", "503", "504", "429") answered with LinkedIn's body for it."""
        self._faults.append(_Fault(method, re.compile(path_pattern), kind, times))

    # -- plumbing ----------------------------------------------------------------------------------
    def _handler_class(self) -> type[LoopbackHandler]:
        return type("BoundLinkedInHandler", (_Handler,), {"linkedin": self})

    def _take_fault(self, method: str, path: str) -> str | None:
        for fault in self._faults:
            if fault.method == method and fault.pattern.search(path) and fault.times > 0:
                fault.times -= 1
                return fault.kind
        return None

    def _issue(self, member: str, client_id: str, scopes: frozenset[str], fresh: bool) -> tuple[str, Token]:
        # "If you request a different scope than the previously granted scope, all the previous access
        # tokens are invalidated."
        for old in self.tokens.values():
            if old.member == member and old.client_id == client_id and old.scopes != scopes:
                old.revoked = True
        token = Token(opaque_token(), member, client_id, scopes, self.now() + ACCESS_LIFETIME)
        if fresh:
            token.revoked_calls_left = self.revoked_for_first_calls
        self.tokens[token.value] = token
        return token.value, token

    def dispatch(self, call: Call) -> tuple[int, Any, dict[str, str]]:
        path = call.path
        if path in ("/oauth/v2/authorization", "/oauth/native-pkce/authorization") and call.method == "GET":
            return self._authorize(call, native=path.startswith("/oauth/native"))
        if path == "/oauth/v2/accessToken":
            if call.method != "POST":
                raise html_error(405, "Method not allowed")
            return 200, self._token_endpoint(call), {"Cache-Control": "no-store"}
        if path.startswith("/dms-uploads/") and call.method in ("PUT", "POST"):
            return self._upload(call)
        if path.startswith("/media/") and call.method == "GET":
            return self._download(path.rsplit("/", 1)[-1])
        if path.startswith(("/rest/", "/v2/")):
            return self.api(call)
        raise LinkedInError(404, {"status": 404, "message": "Not Found"})

    # -- OAuth -------------------------------------------------------------------------------------
    def _redirect_allowed(self, app: App, redirect: str, native: bool) -> bool:
        if _LOOPBACK.match(redirect):
            return app.loopback_enabled
        return not native and redirect.startswith("https://") and redirect in app.redirects

    def _authorize(self, call: Call, native: bool) -> tuple[int, Any, dict[str, str]]:
        app = self.apps.get(call.param("client_id") or "")
        if app is None:
            raise html_error(401, "Client_id doesn't match: the client_id is not that of an application.")
        redirect = call.param("redirect_uri") or ""
        if not self._redirect_allowed(app, redirect, native):
            raise html_error(401, "The redirect_uri does not match the registered value")
        if call.param("response_type") != "code":
            raise html_error(400, 'The value of "response_type" should always be "code"')
        challenge = call.param("code_challenge") or ""
        if (native or _LOOPBACK.match(redirect)) and (not challenge or call.param("code_challenge_method") != "S256"):
            raise html_error(400, "This application must use PKCE: code_challenge with code_challenge_method=S256")
        state = call.param("state")
        scopes = [s for s in re.split(r"[ ,]+", call.param("scope") or "") if s]
        if not scopes:
            raise html_error(400, 'A required parameter "scope" is missing')
        for scope in scopes:
            if scope not in app.scopes:
                description = f"Scope &quot;{scope}&quot; is not authorized for your application"
                return self._back(
                    redirect, {"error": "unauthorized_scope_error", "error_description": description}, state
                )
        if self.signed_in is None:
            return 200, "<html><body><h1>Sign in to LinkedIn</h1><form>Email, password</form></body></html>", {}
        if self._refuse_next:
            self._refuse_next = False
            refused = {"error": "user_cancelled_authorize", "error_description": "The user cancelled the authorization"}
            return self._back(redirect, refused, state)
        code = "AQ" + secrets.token_urlsafe(90)
        self.codes[code] = Code(app.client_id, self.signed_in.id, redirect, frozenset(scopes), challenge, self.now())
        return self._back(redirect, {"code": code}, state)

    def _back(self, redirect: str, params: dict[str, str], state: str | None) -> tuple[int, Any, dict[str, str]]:
        if state is not None:
            params = {**params, "state": state}
        separator = "&" if "?" in redirect else "?"
        return 302, "", {"Location": redirect + separator + urlencode(params)}

    def _token_endpoint(self, call: Call) -> dict[str, Any]:
        for name in ("grant_type", "client_id"):
            if not call.form.get(name):
                raise oauth_error(400, "invalid_request", f'A required parameter "{name}" is missing')
        grant = call.form["grant_type"][0]
        if grant == "authorization_code":
            return self._exchange_code(call)
        if grant == "refresh_token":
            return self._refresh(call)
        raise oauth_error(400, "unsupported_grant_type", f"The grant_type {grant} is not supported")

    def _client(self, call: Call, required: bool) -> App:
        app = self.apps.get(call.form["client_id"][0])
        secret = (call.form.get("client_secret") or [""])[0]
        if required and not secret:
            raise oauth_error(400, "invalid_request", 'A required parameter "client_secret" is missing')
        if app is None or (secret and secret != app.secret):
            raise oauth_error(401, "invalid_client", "Client authentication failed")
        return app

    def _exchange_code(self, call: Call) -> dict[str, Any]:
        for name in ("code", "redirect_uri"):
            if not call.form.get(name):
                raise oauth_error(400, "invalid_request", f'A required parameter "{name}" is missing')
        value = call.form["code"][0]
        code = self.codes.get(value)
        verifier = (call.form.get("code_verifier") or [""])[0]
        app = self._client(call, required=not (code and code.challenge))
        mismatch = oauth_error(
            400,
            "invalid_request",
            "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. "
            "Or authorization code expired. Or external member binding exists",
        )
        if code is None:
            if value in self.used_codes:
                raise mismatch
            raise oauth_error(401, "invalid_request", "Unable to retrieve access token: authorization code not found")
        if code.client_id != app.client_id or code.redirect != call.form["redirect_uri"][0]:
            raise mismatch
        if self.now() - code.issued > CODE_LIFETIME:
            raise mismatch
        if code.challenge:
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if digest != code.challenge:
                raise mismatch
        del self.codes[value]
        self.used_codes.add(value)
        access, token = self._issue(code.member, app.client_id, code.scopes, fresh=True)
        answer: dict[str, Any] = {"access_token": access, "expires_in": ACCESS_LIFETIME}
        if app.refresh_tokens_enabled:
            refresh = RefreshToken(
                opaque_token(), code.member, app.client_id, code.scopes, self.now() + REFRESH_LIFETIME
            )
            self.refresh_tokens[refresh.value] = refresh
            answer.update(refresh_token=refresh.value, refresh_token_expires_in=REFRESH_LIFETIME)
        # LinkedIn answers the granted scopes comma-separated and sorted ("email,openid,profile,w_member_social").
        answer["scope"] = ",".join(sorted(token.scopes))
        return answer

    def _refresh(self, call: Call) -> dict[str, Any]:
        app = self._client(call, required=True)
        if not app.refresh_tokens_enabled:
            raise oauth_error(400, "invalid_request", "Refresh tokens are not enabled for this application")
        refresh = self.refresh_tokens.get((call.form.get("refresh_token") or [""])[0])
        if refresh is None or refresh.client_id != app.client_id or refresh.expires <= self.now():
            raise oauth_error(400, "invalid_request", "The provided refresh token is invalid, expired or revoked")
        access, token = self._issue(refresh.member, app.client_id, refresh.scopes, fresh=False)
        return {
            "access_token": access,
            "expires_in": ACCESS_LIFETIME,
            "refresh_token": refresh.value,  # its lifetime is not extended
            "refresh_token_expires_in": int(refresh.expires - self.now()),
            "scope": ",".join(sorted(token.scopes)),
        }

    # -- the upload address and media --------------------------------------------------------------
    def _upload(self, call: Call) -> tuple[int, Any, dict[str, str]]:
        parts = call.path.split("/")
        image = self.images.get(f"urn:li:image:{parts[2]}") if len(parts) > 2 else None
        if image is None or call.param("ut") != image.upload_token:
            raise LinkedInError(403, {"status": 403, "message": "Invalid upload token"})
        if self.now() * 1000 > image.upload_expires:
            raise LinkedInError(400, {"status": 400, "code": "EXPIRED_UPLOAD_URL", "message": "Upload URL expired"})
        image.data = call.data
        image.media_type = image_type(call.data) or ""
        image.status = "PROCESSING"
        image.polls_left = self.processing_polls
        if image.polls_left <= 0:
            image.status = "AVAILABLE" if image.media_type else "PROCESSING_FAILED"
        return 201, None, {}

    def _download(self, name: str) -> tuple[int, Any, dict[str, str]]:
        for organization in self.organizations.values():
            if name == organization.logo:
                return 200, PNG_1X1, {"Content-Type": "image/png"}
        image = self.images.get(f"urn:li:image:{name}")
        if image is None or image.status != "AVAILABLE":
            raise LinkedInError(404, {"status": 404, "message": "Not Found"})
        return 200, image.data, {"Content-Type": image.media_type}


class _Handler(LoopbackHandler):
    linkedin: LinkedInServer

    def _handle(self) -> None:
        server = self.linkedin
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type", "")
        form: dict[str, list[str]] = {}
        body: Any = None
        if ctype.startswith("application/x-www-form-urlencoded"):
            form = parse_qs(data.decode("utf-8", "replace"), keep_blank_values=True)
        elif data and "json" in ctype:
            try:
                body = json.loads(data)
            except ValueError:
                body = BAD_JSON
        call = Call(
            self.command,
            _decoded_path(split.path),
            parse_qs(split.query, keep_blank_values=True),
            self.headers,
            form,
            {},
            raw_path=split.path,
            raw_query=split.query,
            body=body,
            data=data,
        )
        with server._lock:
            recorded = {k: self.headers[k] for k in _RECORDED if self.headers.get(k) is not None}
            server.requests.append((self.command, self.path, recorded))
            fault = server._take_fault(self.command, split.path)
        if fault == "drop_before_commit":
            return self._drop()
        try:
            if fault and fault.isdigit():
                raise server_error(int(fault)) if fault != "429" else server._throttle_fault()
            with server._lock:
                status, answer, headers = server.dispatch(call)
            if fault == "drop_after_commit":
                return self._drop()
        except LinkedInError as error:
            status, answer, headers = error.status, error.body, error.headers
        self._send(status, answer, headers, api=split.path.startswith(("/rest/", "/v2/")))

    def _send(self, status: int, answer: Any, headers: dict[str, str], api: bool) -> None:
        if isinstance(answer, (dict, list)):
            payload, ctype = json.dumps(answer).encode(), "application/json"
        elif isinstance(answer, str):
            payload, ctype = answer.encode(), "text/html; charset=utf-8"
        elif isinstance(answer, bytes):
            payload, ctype = answer, "application/octet-stream"
        else:
            payload, ctype = b"", ""
        self.send_response(status)
        headers = dict(headers)
        ctype = headers.pop("Content-Type", ctype)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        if api:
            self.send_header("X-LI-UUID", base64.b64encode(secrets.token_bytes(16)).decode())
            if "X-RestLi-Gateway-Error" not in headers and status < 300:
                self.send_header("X-RestLi-Protocol-Version", "2.0.0")
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


def _decoded_path(raw: str) -> str:
    from urllib.parse import unquote

    return "/".join(unquote(part) for part in raw.split("/"))


def encode_urn(urn: str) -> str:
    """A URN as a path key under Rest.li 2.0 (`urn%3Ali%3Ashare%3A123`)."""
    return quote(urn, safe="")


@pytest.fixture
def linkedin_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LinkedInServer]:
    """A fresh LinkedIn server; Kurzdraht's LinkedIn client is pointed at it (KURZDRAHT_LINKEDIN_API)."""
    server = LinkedInServer().start()
    monkeypatch.setenv("KURZDRAHT_LINKEDIN_API", server.url)
    try:
        yield server
    finally:
        server.stop()
