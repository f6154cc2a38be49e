"""HTTP plumbing: request parsing (query, form, JSON, multipart), responses, rate-limit headers
and fault injection, on top of the stdlib's http.server."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from servers.loopback import LoopbackHandler

from .state import iso_us

if TYPE_CHECKING:
    from .server import MastodonServer

JSON_TYPE = "application/json; charset=utf-8"


class ApiError(Exception):
    """An error answer: Mastodon's API errors are {"error": "..."} (entities/Error.md)."""

    def __init__(self, status: int, error: str, description: str | None = None, headers: dict | None = None):
        super().__init__(error)
        self.status = status
        self.body: dict = {"error": error}
        if description is not None:
            self.body["error_description"] = description
        self.headers = headers or {}


@dataclass
class Response:
    status: int = 200
    body: Any = None  # dict/list -> JSON, str -> HTML/text, bytes -> raw
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: Any
    form: dict[str, list[str]]
    files: dict[str, tuple[str, str, bytes]]  # name -> (filename, content type, data)

    def param(self, name: str, default: str | None = None) -> str | None:
        for source in (self.form, self.query):
            if name in source and source[name]:
                return source[name][0]
        return default

    def params(self, name: str) -> list[str]:
        """`name[]` form/query arrays (Rails style) or a JSON array under `name`."""
        for source in (self.form, self.query):
            for key in (name + "[]", name):
                if key in source:
                    return [v for v in source[key] if v != ""]
        return []

    @property
    def bearer(self) -> str | None:
        value = self.headers.get("Authorization", "")
        if value[:7].lower() == "bearer ":
            return value[7:].strip()
        return None


def _flatten_json(data: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not isinstance(data, dict):
        return out
    for key, value in data.items():
        if isinstance(value, list):
            out[key] = ["" if v is None else str(v) for v in value]
        elif isinstance(value, bool):
            out[key] = ["true" if value else "false"]
        elif value is not None:
            out[key] = [json.dumps(value) if isinstance(value, dict) else str(value)]
    return out


def parse_multipart(body: bytes, boundary: bytes) -> tuple[dict, dict]:
    form: dict[str, list[str]] = {}
    files: dict[str, tuple[str, str, bytes]] = {}
    for part in body.split(b"--" + boundary)[1:]:
        if part.startswith(b"--"):
            break
        if part.startswith(b"\r\n"):
            part = part[2:]
        head, _, data = part.partition(b"\r\n\r\n")
        if data.endswith(b"\r\n"):
            data = data[:-2]
        headers = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        if not name:
            continue
        if filename is not None:
            files[name.group(1)] = (filename.group(1), headers.get("content-type", ""), data)
        else:
            form.setdefault(name.group(1), []).append(data.decode("utf-8", "replace"))
    return form, files


def rails_query(params: dict[str, Any]) -> str:
    """Hash#to_query as Rails' URL helpers build it: keys sorted, arrays as key%5B%5D=v."""
    from urllib.parse import quote

    parts = []
    for key in sorted(params):
        value = params[key]
        if isinstance(value, list):
            parts.extend(f"{quote(key)}%5B%5D={quote(str(v), safe='')}" for v in value)
        else:
            parts.append(f"{quote(key)}={quote(str(value), safe='')}")
    return "&".join(parts)


class Handler(LoopbackHandler):
    server_version = "Mastodon"
    app: "MastodonServer"  # set on the subclass made by MastodonServer._handler_class()

    def _logs_requests(self) -> bool:
        return self.app.verbose

    # ------------------------------------------------------------ request -> response

    def _read_request(self) -> Request:
        split = urlsplit(self.path)
        query = parse_qs(split.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type", "")
        form: dict[str, list[str]] = {}
        files: dict = {}
        if ctype.startswith("application/json") and body:
            try:
                form = _flatten_json(json.loads(body))
            except ValueError:
                raise ApiError(400, "Error occurred while parsing request parameters") from None
        elif ctype.startswith("multipart/form-data"):
            boundary = re.search(r"boundary=\"?([^\";]+)\"?", ctype)
            if boundary:
                form, files = parse_multipart(body, boundary.group(1).encode())
        elif body:
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return Request(self.command, split.path, query, self.headers, form, files)

    def _handle(self) -> None:
        from .routes import dispatch

        if self.app.delay:
            time.sleep(self.app.delay)  # outside the lock: concurrent requests wait together
        with self.app.lock:
            self.app.requests.append((self.command, urlsplit(self.path).path))
        fault = self.app._take_fault(self.command, self.path)
        rate_headers: dict[str, str] = {}
        try:
            request = self._read_request()
            if fault == "drop_before_commit":
                return self._drop()
            if fault and fault.startswith("http_"):
                code = int(fault[5:])
                raise ApiError(
                    code, "We're sorry, but something went wrong on our end." if code == 500 else "Service Unavailable"
                )
            if request.path.startswith("/api/"):
                rate_headers = self.app._rate_limit_hit(time.time())
            with self.app.lock:
                response = dispatch(self.app, request)
            if fault == "drop_after_commit":
                return self._drop()
        except ApiError as error:
            response = Response(error.status, error.body, error.headers)
        response.headers = {**rate_headers, **response.headers}
        self._send(response)

    def _send(self, response: Response) -> None:
        body = response.body
        ctype = response.content_type
        if isinstance(body, (dict, list)):
            payload = json.dumps(body, ensure_ascii=False).encode()
            ctype = ctype or JSON_TYPE
        elif isinstance(body, str):
            payload = body.encode()
            ctype = ctype or "text/html; charset=utf-8"
        elif isinstance(body, bytes):
            payload = body
        else:
            payload = b""
        self.send_response(response.status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
        self.send_header("Vary", "Accept, Origin")
        for key, value in response.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


def rate_limit_headers(limit: int, remaining: int, reset_at: float) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(max(0, remaining)),
        "X-RateLimit-Reset": iso_us(reset_at),
    }
