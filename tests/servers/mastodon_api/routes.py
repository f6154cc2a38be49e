"""The REST endpoints. Each follows the page of docs.joinmastodon.org named in its docstring;
error texts are Mastodon's / Doorkeeper's own where the docs or source give them."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

from . import text as textlib
from .handler import ApiError, Request, Response, rails_query
from .state import (
    ALL_SCOPES,
    AUTH_CODE_SECONDS,
    IDEMPOTENCY_SECONDS,
    SUPPORTED_MIME_TYPES,
    VISIBILITIES,
    App,
    AuthCode,
    Media,
    Status,
    Token,
    User,
    image_size,
    new_secret,
    scope_covers,
    sniff_mime,
)

if TYPE_CHECKING:
    from .server import MastodonServer

ROUTES: list[tuple[str, re.Pattern, Callable]] = []
OOB = "urn:ietf:wg:oauth:2.0:oob"
# Doorkeeper's error descriptions (config/locales/doorkeeper.en.yml)
INVALID_CLIENT = (
    "Client authentication failed due to unknown client, no client authentication included, "
    "or unsupported authentication method."
)
INVALID_GRANT = (
    "The provided authorization grant is invalid, expired, revoked, does not match the redirection "
    "URI used in the authorization request, or was issued to another client."
)
INVALID_SCOPE = "The requested scope is invalid, unknown, or malformed."
INVALID_REQUEST = (
    "The request is missing a required parameter, includes an unsupported parameter value, or is otherwise malformed."
)


def route(method: str, pattern: str):
    def register(func: Callable) -> Callable:
        ROUTES.append((method, re.compile(pattern + r"\Z"), func))
        return func

    return register


def dispatch(app: "MastodonServer", req: Request) -> Response:
    """Unknown routes (and wrong methods, a Rails routing error) answer 404."""
    for method, pattern, func in ROUTES:
        match = pattern.match(req.path)
        if match and (method == req.method or (method == "GET" and req.method == "HEAD")):
            return func(app, req, **match.groupdict())
    raise ApiError(404, "Record not found")


def authenticate(app: "MastodonServer", req: Request, *scopes: str, user: bool = True) -> Token:
    """Doorkeeper's doorkeeper_authorize! then Mastodon's require_user! (api/base_controller.rb)."""
    token = app.store.tokens.get(req.bearer or "")
    if token is None:
        raise ApiError(401, "The access token is invalid")
    if token.revoked:
        raise ApiError(401, "The access token was revoked")
    if token.expired:
        raise ApiError(401, "The access token expired")
    if scopes and not any(scope_covers(token.scopes, s) for s in scopes):
        raise ApiError(403, "This action is outside the authorized scopes")
    if user and token.user is None:
        raise ApiError(422, "This method requires an authenticated user")
    return token


def optional_user(app: "MastodonServer", req: Request) -> User | None:
    token = app.store.tokens.get(req.bearer or "")
    if req.bearer and (token is None or token.revoked or token.expired):
        authenticate(app, req)  # a bad token is rejected even on public methods
    return token.user if token else None


def valid_scopes(scopes: list[str]) -> bool:
    return all(s in ALL_SCOPES or re.fullmatch(r"(admin:)?(read|write):[a-z_:]+", s) for s in scopes)


# ---------------------------------------------------------------- apps and OAuth (apps.md, oauth.md)


@route("POST", r"/api/v1/apps")
def create_app(app: "MastodonServer", req: Request) -> Response:
    name = (req.param("client_name") or "").strip()
    uris = req.params("redirect_uris")
    uris = [u for value in uris for u in value.split() if u]
    scopes = (req.param("scopes") or "read").split()
    if not name:
        raise ApiError(422, "Validation failed: Application name can't be blank")
    if not uris:
        raise ApiError(422, "Validation failed: Redirect URI can't be blank")
    for uri in uris:
        if uri != OOB and not (urlsplit(uri).scheme and (urlsplit(uri).netloc or urlsplit(uri).path)):
            raise ApiError(422, "Validation failed: Redirect URI must be an absolute URI.")
    if not valid_scopes(scopes):
        raise ApiError(422, "Validation failed: Scopes are invalid")
    record = App(app.store.next_id(), name, req.param("website"), uris, scopes)
    app.store.apps[record.client_id] = record
    return Response(200, app.store.app_json(record))


@route("GET", r"/api/v1/apps/verify_credentials")
def verify_app(app: "MastodonServer", req: Request) -> Response:
    token = authenticate(app, req, user=False)
    if token.app is None:
        raise ApiError(401, "The access token is invalid")
    return Response(200, app.store.app_json(token.app, with_secret=False))


@route("GET", r"/\.well-known/oauth-authorization-server")
def oauth_metadata(app: "MastodonServer", req: Request) -> Response:
    base = app.url
    return Response(
        200,
        {
            "issuer": base + "/",
            "service_documentation": "https://docs.joinmastodon.org/",
            "authorization_endpoint": base + "/oauth/authorize",
            "token_endpoint": base + "/oauth/token",
            "revocation_endpoint": base + "/oauth/revoke",
            "app_registration_endpoint": base + "/api/v1/apps",
            "scopes_supported": sorted(ALL_SCOPES),
            "response_types_supported": ["code"],
            "response_modes_supported": ["query", "fragment", "form_post"],
            "code_challenge_methods_supported": ["S256"],
            "grant_types_supported": ["authorization_code", "client_credentials"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        },
    )


def _redirect(uri: str, params: dict) -> Response:
    separator = "&" if "?" in uri else "?"
    return Response(302, "", {"Location": uri + separator + urlencode(params)})


@route("GET", r"/oauth/authorize")
def authorize(app: "MastodonServer", req: Request) -> Response:
    """Unknown client -> 401 page, bad redirect_uri -> 400 page (not redirected, as Doorkeeper);
    other errors are redirected to redirect_uri with error=..."""
    client = app.store.apps.get(req.param("client_id") or "")
    if client is None:
        return Response(401, f"<h1>invalid_client</h1><p>{html.escape(INVALID_CLIENT)}</p>")
    redirect_uri = req.param("redirect_uri") or ""
    if redirect_uri not in client.redirect_uris:
        return Response(
            400,
            "<h1>invalid_redirect_uri</h1><p>The requested redirect uri is malformed or "
            "doesn't match client redirect URI.</p>",
        )
    state = req.param("state")
    extra = {"state": state} if state is not None else {}
    if req.param("response_type") != "code":
        return _redirect(
            redirect_uri,
            {
                "error": "unsupported_response_type",
                "error_description": "The authorization server does not support this response type.",
                **extra,
            },
        )
    scopes = (req.param("scope") or "read").split()
    if not valid_scopes(scopes) or not all(scope_covers(set(client.scopes), s) for s in scopes):
        return _redirect(redirect_uri, {"error": "invalid_scope", "error_description": INVALID_SCOPE, **extra})
    challenge = req.param("code_challenge")
    if challenge and req.param("code_challenge_method", "plain") != "S256":
        return _redirect(
            redirect_uri,
            {"error": "invalid_request", "error_description": "The code challenge method must be S256.", **extra},
        )
    if app.signed_in is None:
        # Not logged in: Mastodon sends the browser to its sign-in page.
        return Response(302, "", {"Location": app.url + "/auth/sign_in"})
    username, approve = app.signed_in
    if not approve:
        return _redirect(
            redirect_uri,
            {
                "error": "access_denied",
                "error_description": "The resource owner or authorization server denied the request.",
                **extra,
            },
        )
    code = AuthCode(
        new_secret(), client, app.store.user(username), redirect_uri, scopes, challenge, time.time() + AUTH_CODE_SECONDS
    )
    app.store.codes[code.code] = code
    if redirect_uri == OOB:
        return Response(200, f'<h1>Authorization code</h1><input class="oauth-code" readonly value="{code.code}">')
    return _redirect(redirect_uri, {"code": code.code, **extra})


@route("GET", r"/auth/sign_in")
def sign_in_page(app: "MastodonServer", req: Request) -> Response:
    return Response(
        200,
        "<!DOCTYPE html><html><body><h1>Log in</h1><form method='post' action='/auth/sign_in'>"
        "<input name='user[email]'><input type='password' name='user[password]'>"
        "</form></body></html>",
    )


def _client_from(app: "MastodonServer", req: Request) -> App | None:
    client_id, secret = req.param("client_id"), req.param("client_secret")
    auth = req.headers.get("Authorization", "")
    if auth[:6].lower() == "basic ":
        import base64

        try:
            client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
        except ValueError:
            return None
    client = app.store.apps.get(client_id or "")
    return client if client and secret == client.client_secret else None


@route("POST", r"/oauth/token")
def token(app: "MastodonServer", req: Request) -> Response:
    grant = req.param("grant_type")
    if not grant:
        raise ApiError(400, "invalid_request", "Missing required parameter: grant_type.")
    if grant not in ("authorization_code", "client_credentials"):
        raise ApiError(
            400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server."
        )
    client = _client_from(app, req)
    if client is None:
        raise ApiError(401, "invalid_client", INVALID_CLIENT)
    if grant == "client_credentials":
        scopes = (req.param("scope") or "read").split()
        if not all(scope_covers(set(client.scopes), s) for s in scopes):
            raise ApiError(400, "invalid_scope", INVALID_SCOPE)
        issued = app.store.issue_token(client, None, set(scopes))
    else:
        for required in ("code", "redirect_uri"):
            if not req.param(required):
                raise ApiError(400, "invalid_request", f"Missing required parameter: {required}.")
        code = app.store.codes.get(req.param("code") or "")
        if (
            code is None
            or code.app is not client
            or code.expires_at < time.time()
            or code.redirect_uri != req.param("redirect_uri")
        ):
            raise ApiError(400, "invalid_grant", INVALID_GRANT)
        verifier = req.param("code_verifier")
        if code.challenge is not None:
            if not verifier:
                raise ApiError(400, "invalid_request", "Missing required parameter: code_verifier.")
            if app.store.pkce_s256(verifier) != code.challenge:
                raise ApiError(400, "invalid_grant", INVALID_GRANT)
        del app.store.codes[code.code]  # single use
        issued = app.store.issue_token(client, code.user, set(code.scopes))
        scopes = code.scopes
    return Response(
        200,
        {
            "access_token": issued.value,
            "token_type": "Bearer",
            "scope": " ".join(scopes),
            "created_at": int(issued.created_at),
        },
    )


@route("POST", r"/oauth/revoke")
def revoke(app: "MastodonServer", req: Request) -> Response:
    client = _client_from(app, req)
    token_value = req.param("token")
    if client is None or not token_value:
        raise ApiError(403, "unauthorized_client", "You are not authorized to revoke this token")
    record = app.store.tokens.get(token_value)
    if record is not None:
        if record.app is not client:
            raise ApiError(403, "unauthorized_client", "You are not authorized to revoke this token")
        record.revoked = True
    return Response(200, {})


# ---------------------------------------------------------------- accounts and instance


@route("GET", r"/api/v1/accounts/verify_credentials")
def verify_credentials(app: "MastodonServer", req: Request) -> Response:
    token = authenticate(app, req, "read:accounts", "profile")
    return Response(200, app.store.credential_account_json(token.user))


@route("GET", r"/api/v1/accounts/(?P<account_id>\d+)")
def get_account(app: "MastodonServer", req: Request, account_id: str) -> Response:
    optional_user(app, req)
    for user in app.store.users.values():
        if user.id == account_id:
            return Response(200, app.store.account_json(user))
    raise ApiError(404, "Record not found")


@route("GET", r"/api/v2/instance")
def instance(app: "MastodonServer", req: Request) -> Response:
    """methods/instance.md#v2 and entities/Instance.md; limits from the server's settings."""
    host = urlsplit(app.url).netloc
    return Response(
        200,
        {
            "domain": host,
            "title": "Mastodon",
            "version": "4.3.0",
            "source_url": "https://github.com/mastodon/mastodon",
            "description": "A loopback test server speaking the Mastodon REST API",
            "usage": {"users": {"active_month": len(app.store.users)}},
            "thumbnail": {"url": app.url + "/packs/media/images/preview.png"},
            "icon": [],
            "languages": ["en"],
            "configuration": {
                "urls": {
                    "streaming": "ws://" + host,
                    "status": None,
                    "about": app.url + "/about",
                    "privacy_policy": app.url + "/privacy-policy",
                    "terms_of_service": None,
                },
                "vapid": {
                    "public_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="
                },
                "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
                "statuses": {
                    "max_characters": app.max_characters,
                    "max_media_attachments": app.max_media_attachments,
                    "characters_reserved_per_url": app.characters_reserved_per_url,
                },
                "media_attachments": {
                    "supported_mime_types": SUPPORTED_MIME_TYPES,
                    "description_limit": app.media_description_limit,
                    "image_size_limit": app.image_size_limit,
                    "image_matrix_limit": 16777216,
                    "video_size_limit": app.video_size_limit,
                    "video_frame_rate_limit": 60,
                    "video_matrix_limit": 2304000,
                },
                "polls": {
                    "max_options": 4,
                    "max_characters_per_option": 50,
                    "min_expiration": 300,
                    "max_expiration": 2629746,
                },
                "translation": {"enabled": False},
            },
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "api_versions": {"mastodon": 2},
            "contact": {"email": "admin@" + host.split(":")[0], "account": None},
            "rules": [],
        },
    )


# ---------------------------------------------------------------- media (methods/media.md)


def _own_unattached_media(app: "MastodonServer", user: User, media_id: str) -> Media:
    media = app.store.media.get(media_id)
    if media is None or media.owner is not user or media.status_id is not None:
        raise ApiError(404, "Record not found")
    return media


def _apply_media_params(app: "MastodonServer", media: Media, req: Request) -> None:
    description = req.param("description")
    if description is not None:
        if len(description) > app.media_description_limit:
            raise ApiError(
                422, f"Validation failed: Description is too long (maximum is {app.media_description_limit} characters)"
            )
        media.description = description or None
    focus = req.param("focus")
    if focus:
        try:
            x, y = (float(v) for v in focus.split(","))
        except ValueError:
            raise ApiError(422, "Validation failed: Focus is invalid") from None
        media.focus = (max(-1.0, min(1.0, x)), max(-1.0, min(1.0, y)))


@route("POST", r"/api/v(?P<version>[12])/media")
def upload_media(app: "MastodonServer", req: Request, version: str) -> Response:
    token = authenticate(app, req, "write:media")
    if "file" not in req.files:
        raise ApiError(400, "param is missing or the value is empty: file")
    _filename, declared, data = req.files["file"]
    mime = sniff_mime(data, declared)
    if mime not in SUPPORTED_MIME_TYPES:
        raise ApiError(422, "Validation failed: File content type is invalid, File is invalid")
    limit = app.image_size_limit if mime.startswith("image/") else app.video_size_limit
    if len(data) > limit:
        raise ApiError(422, f"Validation failed: File file size must be less than {limit // 1048576} MB")
    size = image_size(data)
    polls = app.processing_polls_for(mime) if version == "2" else 0
    media = Media(
        app.store.next_id(),
        token.user,
        mime,
        data,
        None,
        None,
        size[0] if size else None,
        size[1] if size else None,
        polls,
    )
    _apply_media_params(app, media, req)
    app.store.media[media.id] = media
    return Response(200 if media.processed else 202, app.store.media_json(media))


@route("GET", r"/api/v1/media/(?P<media_id>\d+)")
def get_media(app: "MastodonServer", req: Request, media_id: str) -> Response:
    token = authenticate(app, req, "write:media")
    media = _own_unattached_media(app, token.user, media_id)
    if not media.processed:
        media.polls_left -= 1
        if not media.processed:
            return Response(206, app.store.media_json(media))
    return Response(200, app.store.media_json(media))


@route("PUT", r"/api/v1/media/(?P<media_id>\d+)")
def update_media(app: "MastodonServer", req: Request, media_id: str) -> Response:
    token = authenticate(app, req, "write:media")
    media = _own_unattached_media(app, token.user, media_id)
    _apply_media_params(app, media, req)
    return Response(200 if media.processed else 206, app.store.media_json(media))


@route("DELETE", r"/api/v1/media/(?P<media_id>\d+)")
def delete_media(app: "MastodonServer", req: Request, media_id: str) -> Response:
    token = authenticate(app, req, "write:media")
    media = _own_unattached_media(app, token.user, media_id)
    del app.store.media[media.id]
    return Response(200, {})


@route("GET", r"/system/media_attachments/files/(?P<media_id>\d+)/(?P<size>original|small)/[^/]+")
def media_file(app: "MastodonServer", req: Request, media_id: str, size: str) -> Response:
    media = app.store.media.get(media_id)
    if media is None or (size == "original" and not media.processed):
        raise ApiError(404, "Record not found")
    return Response(200, media.data, content_type=media.mime)


# ---------------------------------------------------------------- statuses (methods/statuses.md)


def _visible_status(app: "MastodonServer", status_id: str, viewer: User | None) -> Status:
    status = app.store.statuses.get(status_id)
    if status is None or not app.store.visible(status, viewer):
        raise ApiError(404, "Record not found")
    return status


@route("POST", r"/api/v1/statuses")
def create_status(app: "MastodonServer", req: Request) -> Response:
    token = authenticate(app, req, "write:statuses")
    store, user = app.store, token.user
    thread = None
    if req.param("in_reply_to_id"):
        thread = store.statuses.get(req.param("in_reply_to_id") or "")
        if thread is None or not store.visible(thread, user):
            raise ApiError(404, "The post you are trying to reply to does not appear to exist.")
    # PostStatusService: an idempotent repeat returns the first status before any validation.
    key = req.headers.get("Idempotency-Key")
    now = time.time()
    if key:
        known = store.idempotency.get((user.id, key))
        if known and known[1] > now and known[0] in store.statuses:
            if store.statuses[known[0]].deleted:
                raise ApiError(404, "Record not found")
            return Response(200, store.status_json(store.statuses[known[0]], user))
    media_ids = req.params("media_ids")
    if len(media_ids) > app.max_media_attachments:
        raise ApiError(422, f"Cannot attach more than {app.max_media_attachments} files")
    media = [
        m for m in (store.media.get(i) for i in media_ids) if m is not None and m.owner is user and m.status_id is None
    ]
    if any(not m.processed for m in media):
        raise ApiError(422, "Cannot attach files that have not finished processing. Try again in a moment!")
    if len(media) > 1 and any(m.type in ("video", "gifv") for m in media):
        raise ApiError(422, "Cannot attach a video to a post that already contains images")
    text = req.param("status") or ""
    spoiler = req.param("spoiler_text") or ""
    visibility = req.param("visibility") or "public"
    if not text.strip() and not media:
        raise ApiError(422, "Validation failed: Text can't be blank")
    if visibility not in VISIBILITIES:
        raise ApiError(422, "Validation failed: Visibility is not included in the list")
    if textlib.countable_length(text, spoiler, app.characters_reserved_per_url) > app.max_characters:
        raise ApiError(422, f"Validation failed: Text character limit of {app.max_characters} exceeded")
    content, mentioned, tags = store.render(text)
    status = Status(
        store.snowflake(),
        user,
        text,
        content,
        mentioned,
        tags,
        media,
        thread,
        visibility,
        req.param("sensitive", "false") in ("true", "1", "on") or bool(spoiler),
        spoiler,
        req.param("language") or "en",
        token.app,
        now,
    )
    for item in media:
        item.status_id = status.id
    store.statuses[status.id] = status
    if key:
        store.idempotency[(user.id, key)] = (status.id, now + IDEMPOTENCY_SECONDS)
    notified = set()
    for other in mentioned:
        if other is not user:
            store.notify(other, "mention", user, status)
            notified.add(other.id)
    if (
        app.notify_replies_without_mention
        and thread is not None
        and thread.account is not user
        and thread.account.id not in notified
    ):
        store.notify(thread.account, "mention", user, status)
    return Response(200, store.status_json(status, user))


@route("GET", r"/api/v1/statuses/(?P<status_id>\d+)")
def get_status(app: "MastodonServer", req: Request, status_id: str) -> Response:
    viewer = optional_user(app, req)
    return Response(200, app.store.status_json(_visible_status(app, status_id, viewer), viewer))


@route("DELETE", r"/api/v1/statuses/(?P<status_id>\d+)")
def delete_status(app: "MastodonServer", req: Request, status_id: str) -> Response:
    token = authenticate(app, req, "write:statuses")
    status = app.store.statuses.get(status_id)
    if status is None or status.deleted or status.account is not token.user:
        raise ApiError(404, "Record not found")
    body = app.store.status_json(status, token.user, with_source=True)
    app.store.discard(status)  # with its boosts, favourites and their notifications
    for item in status.media:  # kept for delete-and-redraft
        item.status_id = None
    return Response(200, body)


@route("GET", r"/api/v1/statuses/(?P<status_id>\d+)/context")
def status_context(app: "MastodonServer", req: Request, status_id: str) -> Response:
    viewer = optional_user(app, req)
    store = app.store
    status = _visible_status(app, status_id, viewer)
    ancestors, parent = [], status.in_reply_to
    while parent is not None:
        if store.visible(parent, viewer):
            ancestors.insert(0, parent)
        parent = parent.in_reply_to
    descendants: list[Status] = []

    def walk(node: Status) -> None:  # depth-first, oldest reply first
        for child in sorted((s for s in store.statuses.values() if s.in_reply_to is node), key=lambda s: int(s.id)):
            if store.visible(child, viewer):
                descendants.append(child)
                walk(child)

    walk(status)
    return Response(
        200,
        {
            "ancestors": [store.status_json(s, viewer) for s in ancestors],
            "descendants": [store.status_json(s, viewer) for s in descendants],
        },
    )


# ---------------------------------------------------------------- notifications (methods/notifications.md)


def _limit(req: Request, default: int) -> int:
    """Api::BaseController#limit_param: [limit.to_i.abs, default * 2].min"""
    raw = req.param("limit")
    if raw is None:
        return default
    match = re.match(r"\s*[-+]?\d+", raw)
    return min(abs(int(match.group(0))) if match else 0, default * 2)


@route("GET", r"/api/v1/notifications")
def list_notifications(app: "MastodonServer", req: Request) -> Response:
    token = authenticate(app, req, "read:notifications")
    types, excluded = req.params("types"), req.params("exclude_types")
    account_id = req.param("account_id")
    items = [
        n
        for n in app.store.notifications
        if n.owner is token.user
        and (not types or n.type in types)
        and n.type not in excluded
        and (not account_id or n.from_account.id == account_id)
    ]
    limit = _limit(req, 40)
    max_id, since_id, min_id = req.param("max_id"), req.param("since_id"), req.param("min_id")
    if max_id:
        items = [n for n in items if int(n.id) < int(max_id)]
    if since_id:
        items = [n for n in items if int(n.id) > int(since_id)]
    if min_id:  # paginate forward from min_id: the oldest ones above it, still answered newest first
        items = sorted((n for n in items if int(n.id) > int(min_id)), key=lambda n: int(n.id))[:limit][::-1]
    else:
        items = sorted(items, key=lambda n: int(n.id), reverse=True)[:limit]
    headers = {}
    if items:
        base = {k: v for k, v in (("limit", req.param("limit")), ("account_id", account_id)) if v}
        if types:
            base["types"] = types
        if excluded:
            base["exclude_types"] = excluded
        url = app.url + "/api/v1/notifications?"
        headers["Link"] = (
            f'<{url}{rails_query({**base, "max_id": items[-1].id})}>; rel="next", '
            f'<{url}{rails_query({**base, "min_id": items[0].id})}>; rel="prev"'
        )
    return Response(200, [app.store.notification_json(n) for n in items], headers)


@route("GET", r"/api/v1/notifications/(?P<note_id>\d+)")
def get_notification(app: "MastodonServer", req: Request, note_id: str) -> Response:
    token = authenticate(app, req, "read:notifications")
    for note in app.store.notifications:
        if note.id == note_id and note.owner is token.user:
            return Response(200, app.store.notification_json(note))
    raise ApiError(404, "Record not found")


@route("POST", r"/api/v1/notifications/clear")
def clear_notifications(app: "MastodonServer", req: Request) -> Response:
    token = authenticate(app, req, "write:notifications")
    app.store.notifications = [n for n in app.store.notifications if n.owner is not token.user]
    return Response(200, {})


@route("POST", r"/api/v1/notifications/(?P<note_id>\d+)/dismiss")
def dismiss_notification(app: "MastodonServer", req: Request, note_id: str) -> Response:
    token = authenticate(app, req, "write:notifications")
    before = len(app.store.notifications)
    app.store.notifications = [n for n in app.store.notifications if not (n.id == note_id and n.owner is token.user)]
    if len(app.store.notifications) == before:
        raise ApiError(404, "Record not found")
    return Response(200, {})


# ---------------------------------------------------------------- static files

_MISSING_AVATAR: bytes | None = None


@route("GET", r"/avatars/original/missing\.png")
def missing_avatar(app: "MastodonServer", req: Request) -> Response:
    """Mastodon's default profile picture (a static file on every instance)."""
    global _MISSING_AVATAR
    if _MISSING_AVATAR is None:
        import io

        from PIL import Image

        buffer = io.BytesIO()
        Image.new("RGB", (120, 120), "#9baec8").save(buffer, "PNG")
        _MISSING_AVATAR = buffer.getvalue()
    return Response(200, _MISSING_AVATAR, content_type="image/png")


# The follows, favourites and boosts endpoints live in social.py; importing it registers them.
from . import social as _social  # noqa: E402, F401
