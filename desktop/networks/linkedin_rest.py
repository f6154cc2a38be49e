"""LinkedIn's REST API on the wire, as the LinkedIn client and its inbox speak it: the one API version,
addresses (URNs in paths percent-encoded, Rest.li values by hand), "little text" (a post's commentary, in
which reserved characters are escaped or LinkedIn silently cuts the text at the first one), times, the
Pages a login may post for, and LinkedIn's error answers turned into the error kinds (`LinkedInTransport`).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar
from urllib.parse import quote

import httpx

from desktop.i18n import translate
from desktop.networks.base import AuthExpired, NetworkError, RateLimited, Rejected, json_body
from desktop.networks.transport import Transport, utcnow, when_text
from desktop.networks.urls import address

log = logging.getLogger(__name__)

NAME = "LinkedIn"
API = "https://api.linkedin.com"
WEB = "https://www.linkedin.com"
# The one API version Kurzdraht speaks (each is served for at least a year after its month).
LINKEDIN_VERSION = "202611"
API_HEADERS = {"LinkedIn-Version": LINKEDIN_VERSION, "X-Restli-Protocol-Version": "2.0.0"}
# Page roles that may post and answer as the Page (an Analyst may not).
POSTING_ROLES = ("ADMINISTRATOR", "CONTENT_ADMINISTRATOR")
# 429 says nothing about how long: wait this long, twice as long each time again, at most until the
# daily limits start anew (midnight UTC).
RATE_LIMIT_WAIT = timedelta(minutes=15)
_RESERVED = re.compile(r"([|{}@\[\]()<>#*_~\\])")
_LITTLE = re.compile(
    r"\\([|{}@\[\]()<>#*_~\\])"  # an escaped character
    r"|@\[((?:\\.|[^\\\]])+)\]\(urn:li:[^()\s]+\)"  # a mention: its name
    r"|\{hashtag\|\\?[#\uff03]\|([^{}|\\\s]+)\}"  # a hashtag template: #tag
)
_DUPLICATE_OF = re.compile(r"duplicate of (urn:li:[A-Za-z]+:\d+)")


def enc(urn: str) -> str:
    """A URN as a path key under Rest.li 2.0 (`urn%3Ali%3Ashare%3A123`)."""
    return quote(urn, safe="")


def rest_url(path: str, params: Mapping[str, str] | None = None, raw: Mapping[str, str] | None = None) -> str:
    """An API address with its whole query: `params` percent-encoded, `raw` as Rest.li wants them (a
    projection or `List(…)` must not be encoded). Built here because httpx's `params` would replace it."""
    query = [f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in (params or {}).items()]
    query += [f"{k}={v}" for k, v in (raw or {}).items()]
    return address("linkedin", f"{API}/{path.lstrip('/')}") + ("?" + "&".join(query) if query else "")


def post_url(urn: str) -> str:
    return f"{WEB}/feed/update/{urn}/"


def escape_little_text(text: str) -> str:
    """Text as LinkedIn's "little text" (a post's commentary): every reserved character escaped, so that
    LinkedIn shows it as written instead of cutting the text at the first one. Hashtags are escaped too
    and so arrive as plain text."""
    return _RESERVED.sub(r"\\\1", text)


def plain_text(little: str) -> str:
    """A commentary as members read it: escapes undone, mentions as their names, hashtag templates as #tag."""

    def read(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        if match.group(2) is not None:
            return re.sub(r"\\(.)", r"\1", match.group(2))
        return "#" + match.group(3)

    return _LITTLE.sub(read, little)


def comparable(text: str) -> str:
    return " ".join(text.split())


def ms(value: Any) -> int:
    """A time as LinkedIn writes it (milliseconds since 1970); 0 for anything else."""
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return 0


def from_ms(value: Any) -> datetime:
    try:
        return datetime.fromtimestamp(ms(value) / 1000, timezone.utc)
    except (ValueError, OverflowError, OSError):
        return datetime.fromtimestamp(0, timezone.utc)


def _error_body(response: httpx.Response) -> dict[str, Any]:
    body = json_body(response)
    return body if isinstance(body, dict) else {}


def _error_code(body: dict[str, Any]) -> str:
    """`DUPLICATE_POST`, `NONEXISTENT_VERSION`, `invalid_client`: the code an error answer names."""
    details = body.get("errorDetails")
    inputs = details.get("inputErrors") if isinstance(details, dict) else None
    for item in inputs if isinstance(inputs, list) else []:
        if isinstance(item, dict) and item.get("code"):
            return str(item["code"])
    return str(body.get("code") or body.get("error") or "")


def describe_error(response: httpx.Response) -> str:
    """LinkedIn's own words: the gateway's `message`, or an OAuth error's description."""
    body = _error_body(response)
    for key in ("message", "error_description", "error"):
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


class LinkedInTransport(Transport):
    """LinkedIn's answers: 426 (a version LinkedIn no longer serves) asks for an update of Kurzdraht; 429
    waits a while that grows; 403 says that the login lacks a role on the Page; each error keeps
    LinkedIn's status, code and service code."""

    # Consecutive 429s per login and resource (LinkedIn counts per member, app and endpoint).
    strikes: ClassVar[dict[str, int]] = {}

    def __init__(self, http: httpx.AsyncClient) -> None:
        super().__init__(http, NAME, describe_error)

    def error_for(self, response: httpx.Response, *, changes: bool = False, auth_error: bool = True) -> NetworkError:
        status = response.status_code
        body = _error_body(response)
        detail = describe_error(response)
        found: NetworkError
        if status == 429:
            found = self._throttled(response)
        elif status == 426:
            log.warning("LinkedIn refused version %s: %s", LINKEDIN_VERSION, detail)
            found = Rejected(
                translate(
                    "Networks",
                    "LinkedIn no longer accepts the version of its interface that this Kurzdraht uses (%1). "
                    "Please update Kurzdraht.",
                ).replace("%1", LINKEDIN_VERSION)
            )
        elif status == 401 and auth_error and body.get("serviceErrorCode") == 65602:
            found = AuthExpired(
                translate(
                    "Networks", "The LinkedIn login has run out (it lasts 60 days). Please reconnect the account."
                )
            )
        elif status == 403:
            log.info("LinkedIn answered 403 %s: %s", response.request.url.path, detail)
            if "Field Value validation failed" in detail:
                message = translate(
                    "Networks",
                    "LinkedIn refused this: your LinkedIn login has no admin role on this Page. A super admin of "
                    "the Page can give you the role “Super admin” or “Content admin”.",
                )
            else:
                message = translate(
                    "Networks",
                    "LinkedIn refused this: your LinkedIn login has no admin role on this Page, or your "
                    "organisation's LinkedIn app lacks the “Community Management API”. (LinkedIn: %1)",
                ).replace("%1", detail)
            found = Rejected(message)
        else:
            found = super().error_for(response, changes=changes, auth_error=auth_error)
        found.linkedin_status = status  # type: ignore[attr-defined]
        found.linkedin_code = _error_code(body)  # type: ignore[attr-defined]
        found.linkedin_service_code = body.get("serviceErrorCode")  # type: ignore[attr-defined]
        found.linkedin_detail = detail  # type: ignore[attr-defined]
        return found

    @staticmethod
    def _strike_key(response: httpx.Response) -> str:
        request = response.request
        parts = request.url.path.split("/")
        resource = parts[2] if len(parts) > 2 else ""
        who = request.headers.get("Authorization", "")
        return hashlib.sha256(f"{who} {request.method} {resource}".encode()).hexdigest()[:24]

    def _throttled(self, response: httpx.Response) -> RateLimited:
        key = self._strike_key(response)
        strikes = self.strikes[key] = self.strikes.get(key, 0) + 1
        now = utcnow()
        midnight = datetime.combine(now.astimezone(timezone.utc).date() + timedelta(days=1), datetime.min.time())
        until_new_day = midnight.replace(tzinfo=timezone.utc) + timedelta(minutes=5) - now
        wait = min(RATE_LIMIT_WAIT * 2 ** min(strikes - 1, 10), max(RATE_LIMIT_WAIT, until_new_day))
        moment = now + wait
        log.info("LinkedIn answered 429 %s (%s in a row): wait until %s", response.request.url.path, strikes, moment)
        return RateLimited(
            translate(
                "Networks",
                "LinkedIn allows only a certain number of requests a day, and that number is reached for now. "
                "Kurzdraht tries again at %1.",
            ).replace("%1", when_text(moment)),
            moment,
        )

    def _remember_rate_limit(self, response: httpx.Response) -> None:
        """No headers to read; a request that went through ends the row of 429s for its resource."""
        if response.is_success:
            self.strikes.pop(self._strike_key(response), None)


def duplicate_of(error: NetworkError) -> str | None:
    """For LinkedIn's 422 DUPLICATE_POST: the post it names ("" when it names none); else None."""
    detail = str(getattr(error, "linkedin_detail", ""))
    if getattr(error, "linkedin_code", "") != "DUPLICATE_POST" and "duplicate of" not in detail:
        return None
    match = _DUPLICATE_OF.search(detail)
    return match.group(1) if match else ""


@dataclass(frozen=True)
class Page:
    """A LinkedIn Page the login may post for."""

    id: str
    name: str
    vanity: str
    logo: str

    @property
    def urn(self) -> str:
        return f"urn:li:organization:{self.id}"


def page_of(element: dict[str, Any]) -> Page | None:
    urn = str(element.get("organization") or element.get("organizationalTarget") or "")
    if element.get("role") not in POSTING_ROLES or not urn.startswith("urn:li:organization:"):
        return None
    found = element.get("organization~") or element.get("organizationalTarget~") or {}
    found = found if isinstance(found, dict) else {}
    page_id = urn.rsplit(":", 1)[-1]
    logo = ""
    streams = ((found.get("logoV2") or {}).get("original~") or {}).get("elements") or []
    for stream in streams if isinstance(streams, list) else []:
        for identifier in (stream.get("identifiers") or []) if isinstance(stream, dict) else []:
            if isinstance(identifier, dict) and identifier.get("identifier"):
                logo = str(identifier["identifier"])
    return Page(page_id, str(found.get("localizedName") or page_id), str(found.get("vanityName") or ""), logo)
