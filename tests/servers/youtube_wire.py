"""The wire formats of the YouTube test server (tests/servers/youtube.py): Google's error envelopes, the
OAuth endpoints' error objects, ids, timestamps, etags, page tokens, YouTube's HTML comment text and the
Pacific-time quota day. Sources are named in youtube.py's docstring."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import secrets
import string
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

FORCE_SSL = "https://www.googleapis.com/auth/youtube.force-ssl"
YOUTUBE = "https://www.googleapis.com/auth/youtube"
READONLY = "https://www.googleapis.com/auth/youtube.readonly"
PARTNER = "https://www.googleapis.com/auth/youtubepartner"
# The scopes each method accepts, as the YouTube Data API's discovery document lists them.
CHANNELS_SCOPES = frozenset({YOUTUBE, FORCE_SSL, READONLY, PARTNER, PARTNER + "-channel-audit"})
COMMENTS_SCOPES = frozenset({FORCE_SSL})

PACIFIC = ZoneInfo("America/Los_Angeles")
JSON_TYPE = "application/json; charset=UTF-8"
_ID_CHARS = string.ascii_letters + string.digits + "-_"


class GoogleError(Exception):
    """An error of a Google API in its JSON envelope:
    {"error": {"code", "message", "errors": [{"message", "domain", "reason", ...}], "status"?}}."""

    def __init__(
        self,
        code: int,
        message: str,
        reason: str,
        domain: str = "global",
        *,
        item_message: str | None = None,
        location: str | None = None,
        location_type: str | None = None,
        status: str | None = None,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = code
        item: dict[str, Any] = {"message": item_message or message, "domain": domain, "reason": reason}
        if location:
            item["location"] = location
            item["locationType"] = location_type or "parameter"
        error: dict[str, Any] = {"code": code, "message": message, "errors": [item]}
        if status:
            error["status"] = status
        if details:
            error["details"] = details
        self.body: dict[str, Any] = {"error": error}
        self.headers = headers or {}


def auth_error() -> GoogleError:
    """401 for an access token that is unknown, expired or revoked."""
    return GoogleError(
        401,
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other "
        "valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        "authError",
        item_message="Invalid Credentials",
        location="Authorization",
        location_type="header",
        status="UNAUTHENTICATED",
        headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'},
    )


def missing_credentials() -> GoogleError:
    """403 for a call with neither an access token nor an API key."""
    message = "The request is missing a valid API key."
    return GoogleError(403, message, "forbidden", status="PERMISSION_DENIED")


def insufficient_scopes() -> GoogleError:
    return GoogleError(
        403,
        "Request had insufficient authentication scopes.",
        "insufficientPermissions",
        item_message="Insufficient Permission",
        status="PERMISSION_DENIED",
        details=[
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
                "domain": "googleapis.com",
                "metadata": {"service": "youtube.googleapis.com"},
            }
        ],
    )


def quota_exceeded() -> GoogleError:
    message = (
        'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">'
        "quota</a>."
    )
    return GoogleError(403, message, "quotaExceeded", "youtube.quota")


def backend_error(code: int) -> GoogleError:
    """An injected server-side failure: 500 INTERNAL, 503 UNAVAILABLE (backendError), 429 or 403."""
    if code == 429:
        return GoogleError(429, "Resource has been exhausted (e.g. check quota).", "rateLimitExceeded",
                           "usageLimits", status="RESOURCE_EXHAUSTED")  # fmt: skip
    if code == 403:
        return GoogleError(403, "Access forbidden. The request may not be properly authorized.", "forbidden",
                           status="PERMISSION_DENIED")  # fmt: skip
    if code == 503:
        return GoogleError(503, "The service is currently unavailable.", "backendError", status="UNAVAILABLE")
    return GoogleError(code, "Internal error encountered.", "backendError", status="INTERNAL")


def parameter_error(code: int, message: str, reason: str, parameter: str, domain: str = "youtube.parameter"):
    return GoogleError(code, message, reason, domain, location=parameter, location_type="parameter")


def required_parameter(name: str) -> GoogleError:
    return GoogleError(400, f"Required parameter: {name}", "required", location=name, location_type="parameter")


class OAuthError(Exception):
    """An answer of Google's token and revocation endpoints: {"error", "error_description"} (RFC 6749 5.2)."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(error)
        self.status = status
        self.body = {"error": error, "error_description": description}


def error_page(code: int, error: str, explanation: str) -> str:
    """Google's sign-in error page, as the browser shows it ("Access blocked: …", "Error 400: …")."""
    title = "Authorization Error" if code == 401 else "This app\u2019s request is invalid"
    return (
        "<!DOCTYPE html><html><head><title>Error</title></head><body>"
        f"<h1>Access blocked: {title}</h1>"
        f"<p>{html.escape(explanation)}</p><p><b>Error {code}: {error}</b></p></body></html>"
    )


def sign_in_page() -> str:
    return "<!DOCTYPE html><html><head><title>Sign in - Google Accounts</title></head><body>Sign in</body></html>"


def random_id(length: int) -> str:
    return "".join(secrets.choice(_ID_CHARS) for _ in range(length))


def channel_id() -> str:
    """UC followed by 22 characters: 24 in all."""
    return "UC" + random_id(22)


def video_id() -> str:
    return random_id(11)


def top_level_comment_id() -> str:
    """Like YouTube's "Ugz…4AaABAg" ids of top-level comments (which are also their threads' ids)."""
    return "Ug" + secrets.choice("wxyz") + random_id(16) + "4AaABAg"


def reply_id(parent_id: str) -> str:
    """A reply's id is its top-level comment's id, a dot and 22 characters."""
    return f"{parent_id}.{random_id(22)}"


def rfc3339(timestamp: float) -> str:
    """YouTube's timestamps: UTC, whole seconds, Z."""
    return datetime.fromtimestamp(int(timestamp), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def etag(value: Any) -> str:
    digest = hashlib.sha1(json.dumps(value, sort_keys=True).encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:27]


_URL = re.compile(r"https?://[^\s<]+")


def text_display(text: str, text_format: str) -> str:
    """plainText gives the text as written; html (the default) escapes it, turns line breaks into <br> and links
    addresses."""
    if text_format == "plainText":
        return text
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace('"', "&quot;").replace("'", "&#39;")
    escaped = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
    return escaped.replace("\r\n", "<br>").replace("\n", "<br>")


def encode_page_token(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_page_token(token: str) -> dict[str, Any] | None:
    try:
        value = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def pacific_day(timestamp: float) -> str:
    """The quota day a moment belongs to: quotas reset at midnight Pacific Time."""
    return datetime.fromtimestamp(timestamp, PACIFIC).date().isoformat()


def next_pacific_midnight(timestamp: float) -> float:
    local = datetime.fromtimestamp(timestamp, PACIFIC)
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), tzinfo=PACIFIC)
    return midnight.timestamp()
