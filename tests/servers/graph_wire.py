"""What the Graph API and Threads test servers share of Meta's wire format: error objects (with HTTP 400),
times, `fields` with nested selections, and the app's credentials at the token endpoints."""

from __future__ import annotations

import base64
import secrets
from datetime import datetime, timezone
from typing import Any

from servers.mastodon_api.handler import Request

JPEG, PNG, GIF = b"\xff\xd8\xff", b"\x89PNG", b"GIF8"


class GraphError(Exception):
    def __init__(
        self,
        message: str,
        code: int,
        subcode: int | None = None,
        status: int = 400,
        type_: str = "OAuthException",
        headers: dict[str, str] | None = None,
        user_title: str = "",
        user_msg: str = "",
        transient: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}
        error: dict[str, Any] = {"message": message, "type": type_, "code": code}
        if subcode is not None:
            error["error_subcode"] = subcode
        if user_title:
            error["error_user_title"] = user_title
        if user_msg:
            error["error_user_msg"] = user_msg
        if transient:
            error["is_transient"] = True
        error["fbtrace_id"] = "A" + secrets.token_hex(8)
        self.body = {"error": error}


def graph_time(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+0000")


def parse_fields(text: str) -> dict[str, dict]:
    """`id,from{id,name},picture{url}` → {"id": {}, "from": {"id": {}, "name": {}}, "picture": {...}}."""
    tree: dict[str, dict] = {}
    stack = [tree]
    name = ""
    for char in text + ",":
        if char in ",{}":
            if name.strip():
                stack[-1][name.strip()] = stack[-1].get(name.strip(), {})
            if char == "{":
                stack.append(stack[-1][name.strip()])
            elif char == "}" and len(stack) > 1:
                stack.pop()
            name = ""
        else:
            name += char
    return tree


def project(full: dict[str, Any], tree: dict[str, dict]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, sub in tree.items():
        if key not in full or full[key] is None:
            continue
        value = full[key]
        if sub and isinstance(value, dict):
            inner = value.get("data")
            if isinstance(inner, list):  # an edge: each item projected
                value = {"data": [project(item, sub) for item in inner]}
            elif isinstance(inner, dict):  # e.g. picture{url}
                value = {"data": project(inner, sub)}
            else:
                value = project(value, sub)
        out[key] = value
    if "id" in full:
        out["id"] = full["id"]
    return out


def client_credentials(request: Request) -> tuple[str, str]:
    """The app's id and secret from the parameters, or from HTTP Basic authentication (RFC 6749 2.3.1,
    as OAuth libraries send them)."""
    import binascii
    from urllib.parse import unquote

    app_id, secret = request.param("client_id") or "", request.param("client_secret") or ""
    header = request.headers.get("Authorization", "")
    if header[:6].lower() == "basic " and not secret:
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return app_id, secret
        app_id, secret = app_id or unquote(user), unquote(password)
    return app_id, secret
