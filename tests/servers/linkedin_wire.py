"""What the LinkedIn test server needs of LinkedIn's wire format, kept apart from its state:

- error bodies: the gateway/Rest.li form `{"status","serviceErrorCode"?,"code","message"}`, Rest.li
  validation errors (422 with `errorDetails.inputErrors`), OAuth errors `{"error","error_description"}`;
- "little" text (the Posts API's `commentary`): backslash escapes, mentions `@[Name](urn:li:…)`,
  hashtags `#tag` and `{hashtag|#|tag}`, and the silent cut at the first unescaped reserved character;
- Rest.li 2.0 encoding: raw query strings, `List(…)` and `(key:value)` values, projections with
  decoration (`organizationalTarget~(localizedName)`);
- versions (`LinkedIn-Version: YYYYMM` or `YYYYMM.RR`), image magic bytes, ids and times.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, unquote_plus

# little-text-format: "Characters reserved for little elements must be escaped to be treated as plaintext."
RESERVED = frozenset("|{}@[]()<>#*_~\\")

# A 1×1 PNG: the organisations' logos.
PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a5f3d6c40000000049454e44ae426082"
)


class LinkedInError(Exception):
    """An error answer: status, JSON (or HTML) body and headers."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(str(body))
        self.status = status
        self.body = body
        self.headers = headers or {}


def api_error(status: int, code: str, message: str, service_code: int | None = None) -> LinkedInError:
    """The API gateway's error body: `{"status":401,"serviceErrorCode":65600,"code":"INVALID_ACCESS_TOKEN",…}`."""
    body: dict[str, Any] = {"status": status}
    if service_code is not None:
        body["serviceErrorCode"] = service_code
    body["code"] = code
    body["message"] = message
    return LinkedInError(status, body)


def invalid_token() -> LinkedInError:
    return api_error(401, "INVALID_ACCESS_TOKEN", "Invalid access token", 65600)


def revoked_token() -> LinkedInError:
    return api_error(401, "REVOKED_ACCESS_TOKEN", "The token used in the request has been revoked by the user", 65601)


def expired_token() -> LinkedInError:
    return api_error(401, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired", 65602)


def access_denied(message: str) -> LinkedInError:
    return api_error(403, "ACCESS_DENIED", message, 100)


def not_enough_permissions(resource: str, method: str, version_key: str) -> LinkedInError:
    """`Not enough permissions to access: partnerApiPostsExternal.CREATE.20250101` (a scope the token lacks)."""
    return access_denied(f"Not enough permissions to access: {resource}.{method}.{version_key}")


def field_denied(field_path: str) -> LinkedInError:
    """The member has no role on the organisation named in the body (`/author`, `/actor`, `/owner`)."""
    return access_denied(
        "Field Value validation failed in REQUEST_BODY: "
        f"Data Processing Exception while processing fields [{field_path}]"
    )


def path_syntax_error() -> LinkedInError:
    """A URN in the path that is not percent-encoded, under Rest.li 2.0."""
    return api_error(400, "ILLEGAL_ARGUMENT", "Syntax exception in path variables")


def query_error() -> LinkedInError:
    return api_error(400, "ILLEGAL_ARGUMENT", "Invalid query parameters passed to request")


def not_found(message: str = "Not Found") -> LinkedInError:
    return api_error(404, "NOT_FOUND", message)


def validation_error(field_path: str, description: str, code: str = "FIELD_VALUE_REQUIRED", status: int = 422):
    """A Rest.li request-body validation error, in the same shape as DUPLICATE_POST."""
    return LinkedInError(
        status,
        {
            "errorDetailType": "com.linkedin.common.error.BadRequest",
            "message": f"{field_path} :: {description}",
            "errorDetails": {
                "inputErrors": [
                    {"description": description, "input": {"inputPath": {"fieldPath": field_path}}, "code": code}
                ]
            },
            "status": status,
        },
    )


def duplicate_post(existing_urn: str) -> LinkedInError:
    """Identical content again (Arisamiga/Linkedin-RSS#5, ComposioHQ/composio#2710)."""
    return LinkedInError(
        422,
        {
            "errorDetailType": "com.linkedin.common.error.BadRequest",
            "message": "com.linkedin.content.common.exception.BadRequestResponseException: "
            f"Content is a duplicate of {existing_urn}",
            "errorDetails": {
                "inputErrors": [{"description": "Duplicate post is detected", "input": {}, "code": "DUPLICATE_POST"}]
            },
            "status": 422,
        },
    )


def throttled(level: str) -> LinkedInError:
    """429, and nothing in the headers says how long (LinkedIn documents no rate-limit headers)."""
    return api_error(
        429,
        "TOO_MANY_REQUESTS",
        f"Resource level throttle {level} DAY limit for calls to this resource is reached.",
        101,
    )


def server_error(status: int) -> LinkedInError:
    messages = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
    return LinkedInError(status, {"message": messages.get(status, "Server Error"), "status": status})


def oauth_error(status: int, error: str, description: str) -> LinkedInError:
    return LinkedInError(status, {"error": error, "error_description": description})


def html_error(status: int, message: str) -> LinkedInError:
    return LinkedInError(status, f"<html><body><h1>Bummer, something went wrong.</h1><p>{message}</p></body></html>")


# -- little text ------------------------------------------------------------------------------------

_MENTION = re.compile(r"@\[((?:\\.|[^\\\]])+)\]\((urn:li:(?:person|organization):[^()\s]+)\)")
_HASHTAG_TEMPLATE = re.compile(r"\{hashtag\|\\?([#\uff03])\|([^{}|\\\s]+)\}")
_HASHTAG = re.compile(r"#([^\W_]+)")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


@dataclass
class Little:
    text: str  # what members read
    source: str  # the part of the commentary LinkedIn keeps, still in little format
    cut_at: int | None  # where an unescaped reserved character cut the commentary
    hashtags: list[str] = field(default_factory=list)
    mentions: list[tuple[str, str]] = field(default_factory=list)  # (name, urn)


def parse_little(commentary: str, cutting: frozenset[str] = RESERVED) -> Little:
    """Read `commentary` as LinkedIn's little format. A reserved character escaped with a backslash is text;
    mentions and hashtags are taken in their documented forms; any other reserved character (of `cutting`)
    ends the text there, silently, as LinkedIn does."""
    out: list[str] = []
    result = Little("", commentary, None)
    i = 0
    while i < len(commentary):
        char = commentary[i]
        if char == "\\" and i + 1 < len(commentary) and commentary[i + 1] in RESERVED:
            out.append(commentary[i + 1])
            i += 2
            continue
        match = None
        if char == "@":
            match = _MENTION.match(commentary, i)
            if match:
                name = _ESCAPE.sub(r"\1", match.group(1))
                result.mentions.append((name, match.group(2)))
                out.append(name)
        elif char == "{":
            match = _HASHTAG_TEMPLATE.match(commentary, i)
            if match:
                result.hashtags.append(match.group(2))
                out.append("#" + match.group(2))
        elif char == "#":
            match = _HASHTAG.match(commentary, i)
            if match:
                result.hashtags.append(match.group(1))
                out.append(match.group(0))
        if match:
            i = match.end()
            continue
        if char in RESERVED and char in cutting:
            result.cut_at = i
            result.source = commentary[:i]
            break
        out.append(char)
        i += 1
    result.text = "".join(out)
    return result


# -- Rest.li 2.0 ------------------------------------------------------------------------------------


def raw_query(query: str) -> dict[str, list[str]]:
    """The query string split into names and still-encoded values (Rest.li 2.0 reads structure first)."""
    out: dict[str, list[str]] = {}
    for part in query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        out.setdefault(unquote_plus(name), []).append(value)
    return out


def plain(raw: str) -> str:
    return unquote_plus(raw)


def restli_decode(raw: str) -> Any:
    """A Rest.li 2.0 query value: `List(a,b)`, `(key:value,…)` or a percent-encoded string."""
    value, end = _decode_at(raw, 0)
    if end != len(raw):
        raise ValueError(raw)
    return value


def _decode_at(raw: str, pos: int) -> tuple[Any, int]:
    if raw.startswith("List(", pos):
        items: list[Any] = []
        pos += 5
        while pos < len(raw) and raw[pos] != ")":
            item, pos = _decode_at(raw, pos)
            items.append(item)
            if pos < len(raw) and raw[pos] == ",":
                pos += 1
            elif pos < len(raw) and raw[pos] != ")":  # e.g. an unencoded ":" (it would loop for ever)
                raise ValueError(raw)
        if pos >= len(raw):
            raise ValueError(raw)
        return items, pos + 1
    if pos < len(raw) and raw[pos] == "(":
        record: dict[str, Any] = {}
        pos += 1
        while pos < len(raw) and raw[pos] != ")":
            colon = raw.find(":", pos)
            if colon < 0:
                raise ValueError(raw)
            key = unquote(raw[pos:colon])
            record[key], pos = _decode_at(raw, colon + 1)
            if pos < len(raw) and raw[pos] == ",":
                pos += 1
        if pos >= len(raw):
            raise ValueError(raw)
        return record, pos + 1
    end = pos
    while end < len(raw) and raw[end] not in ",():":
        end += 1
    return unquote(raw[pos:end]), end


@dataclass
class Projected:
    decorate: bool = False  # `name~`: add the entity the URN names under `name~`
    param: str = ""  # `original~:playableStreams`
    children: dict[str, Projected] | None = None


def parse_projection(text: str) -> dict[str, Projected]:
    """`(elements*(role,organizationalTarget~(localizedName,logoV2(original~:playableStreams))))`."""
    tree, end = _projection_at(text, 0)
    if end != len(text):
        raise ValueError(text)
    return tree


def _projection_at(text: str, pos: int) -> tuple[dict[str, Projected], int]:
    if pos >= len(text) or text[pos] != "(":
        raise ValueError(text)
    pos += 1
    tree: dict[str, Projected] = {}
    while pos < len(text) and text[pos] != ")":
        match = re.compile(r"[A-Za-z0-9_$]+").match(text, pos)
        if not match:
            raise ValueError(text)
        node = Projected()
        tree[match.group(0)] = node
        pos = match.end()
        if text.startswith("*", pos):
            pos += 1
        if text.startswith("~", pos):
            node.decorate, pos = True, pos + 1
        if text.startswith(":", pos):
            param = re.compile(r"[A-Za-z0-9_]+").match(text, pos + 1)
            if not param:
                raise ValueError(text)
            node.param, pos = param.group(0), param.end()
        if text.startswith("(", pos):
            node.children, pos = _projection_at(text, pos)
        if text.startswith(",", pos):
            pos += 1
    if pos >= len(text):
        raise ValueError(text)
    return tree, pos + 1


def project(value: dict[str, Any], tree: dict[str, Projected], resolve: Any) -> dict[str, Any]:
    """Keep the fields `tree` names; `resolve(urn, param)` gives the entity a decorated field adds."""
    out: dict[str, Any] = {}
    for name, node in tree.items():
        present = value.get(name)
        if present is not None:
            if node.children and isinstance(present, list) and not node.decorate:
                out[name] = [project(x, node.children, resolve) if isinstance(x, dict) else x for x in present]
            elif node.children and isinstance(present, dict) and not node.decorate:
                out[name] = project(present, node.children, resolve)
            else:
                out[name] = present
        if node.decorate and present is not None:
            entity = resolve(present, node.param)
            if entity is not None:
                out[name + "~"] = project(entity, node.children, resolve) if node.children else entity
    return out


# -- versions, media, ids ---------------------------------------------------------------------------

_VERSION = re.compile(r"^(\d{4})(\d{2})(?:\.(\d{2}))?$")


def version_key(version: str) -> str:
    """`202407` → `20240701` (release 01 of that month), `202407.03` → `20240703`: how LinkedIn names a
    version in its messages ("Requested version 20240701 is not active")."""
    match = _VERSION.match(version)
    if not match:
        return version
    return f"{match.group(1)}{match.group(2)}{match.group(3) or '01'}"


def version_month(version: str) -> tuple[int, int] | None:
    match = _VERSION.match(version)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    return int(match.group(1)), int(match.group(2))


def image_type(data: bytes) -> str | None:
    """The media type by magic bytes: LinkedIn's Images API takes JPG, PNG and GIF."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    return None


def long_id() -> str:
    """A 19-digit id, as LinkedIn's share, activity and comment ids are."""
    return str(7_000_000_000_000_000_000 + secrets.randbelow(400_000_000_000_000_000))


def asset_id() -> str:
    """An image/asset id like `C4E10AQFoyyAjHPMQuQ`."""
    return "D4E10AQ" + secrets.token_urlsafe(9).replace("-", "x").replace("_", "y")


def opaque_token(prefix: str = "AQ") -> str:
    """Access and refresh tokens are opaque strings of ~500 characters (3-legged OAuth docs)."""
    return prefix + secrets.token_urlsafe(360).replace("-", "x").replace("_", "y")
