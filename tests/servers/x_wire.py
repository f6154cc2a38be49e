"""What the X test server (servers/x.py) says on the wire: problem bodies, the OAuth token endpoint's errors,
the text rules of twitter-text v3 (weighted length, URLs as t.co links, HTML-escaped text), prices and rate
limits. Each body names where it comes from; see x.py's docstring for the sources."""

from __future__ import annotations

import base64
import html
import re
import secrets
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from typing import Any

PROBLEMS = "https://api.x.com/2/problems/"
CODE_LIFETIME = 30  # "The auth_code has a time limit of 30 seconds" (oauth-2-0/authorization-code.mdx)
ACCESS_LIFETIME = 7200  # "will only stay valid for two hours" (same page)
MEDIA_LIFETIME = 86400  # expires_after_secs of an uploaded image (media-upload-chunked.mdx example)
WINDOW = 900  # 15-minute rate-limit windows (x-api/fundamentals/rate-limits.mdx)
MAX_IMAGE, MAX_GIF = 5 * 1024 * 1024, 15 * 1024 * 1024  # media/quickstart/best-practices.mdx
SCOPES = frozenset(
    "tweet.read tweet.write tweet.moderate.write users.email users.read follows.read follows.write offline.access "
    "space.read mute.read mute.write like.read like.write list.read list.write block.read block.write "
    "bookmark.read bookmark.write dm.read dm.write media.write".split()
)

# Per-user limits per 15 minutes (x-api/fundamentals/rate-limits.mdx); the first match wins.
RATE_LIMITS: list[tuple[str, str, int]] = [
    ("POST", r"^/2/tweets$", 100),
    ("DELETE", r"^/2/tweets/\d+$", 50),
    ("GET", r"^/2/tweets$", 5000),
    ("GET", r"^/2/tweets/\d+$", 900),
    ("GET", r"^/2/users/\d+/tweets$", 900),
    ("GET", r"^/2/users/\d+/mentions$", 300),
    ("GET", r"^/2/users/me$", 75),
    ("POST", r"^/2/media/upload$", 500),
    ("POST", r"^/2/media/metadata$", 500),
]

# Pay-per-use prices in dollars (x-api/getting-started/pricing.mdx).
POST_CREATE, POST_WITH_URL, POST_SUMMONED = 0.015, 0.200, 0.010
POST_READ, USER_READ, OWNED_READ, MEDIA_METADATA = 0.005, 0.010, 0.001, 0.005

# Field names the live API accepts in either vocabulary (openapi.json v2.167 declares the post.* names; the
# tweet.* names are what requests without post.fields get back, as measured in 2026).
TWEET_FIELDS = frozenset(
    "article article_title attachments author_id card_uri community_id context_annotations conversation_id "
    "created_at display_text_range edit_controls edit_history_tweet_ids edit_history_post_ids entities geo id "
    "in_reply_to_user_id lang matched_media_notes media_metadata non_public_metrics note_tweet note_post "
    "note_request_suggestions organic_metrics paid_partnership possibly_sensitive promoted_metrics public_metrics "
    "referenced_tweets referenced_posts reply_settings scopes source suggested_source_links "
    "suggested_source_links_with_counts text withheld".split()
)
USER_FIELDS = frozenset(
    "affiliation confirmed_email connection_status created_at description entities id is_identity_verified "
    "location most_recent_tweet_id name parody pinned_tweet_id profile_banner_url profile_image_url protected "
    "public_metrics receives_your_dm subscribes_to_you subscription subscription_type url username verified "
    "verified_followers_count verified_type withheld".split()
)
MEDIA_FIELDS = frozenset(
    "alt_text duration_ms height media_key non_public_metrics organic_metrics preview_image_url "
    "promoted_metrics public_metrics type url variants width".split()
)
EXPANSIONS = frozenset(
    "article.cover_media article.media_entities attachments.media_keys attachments.media_source_tweet "
    "attachments.poll_ids author_id edit_history_tweet_ids edit_history_post_ids entities.mentions.username "
    "geo.place_id in_reply_to_user_id referenced_tweets.id referenced_tweets.id.author_id referenced_posts "
    "username".split()
)


class Problem(Exception):
    """An error answer: a JSON body with its HTTP status (and headers, e.g. the rate-limit ones)."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        super().__init__(body.get("detail") or body.get("error_description") or str(status))
        self.status, self.body, self.headers = status, body, headers or {}


def blank(status: int, title: str, detail: str | None = None) -> Problem:
    """The generic problem (type about:blank), e.g. the observed 401
    {"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}."""
    return Problem(status, {"title": title, "type": "about:blank", "status": status, "detail": detail or title})


def unauthorized() -> Problem:
    return blank(401, "Unauthorized")


def forbidden(detail: str) -> Problem:
    return Problem(403, {"detail": detail, "type": "about:blank", "title": "Forbidden", "status": 403})


def too_many_requests(headers: dict[str, str]) -> Problem:
    # What X sends (playground simulation.go, and users' logs): not the v1.1 {"errors":[{"code":88}]} the
    # rate-limit page shows.
    problem = blank(429, "Too Many Requests")
    problem.headers = headers
    return problem


def server_error(status: int) -> Problem:
    """An injected failure: a 5xx as X sends it (the 500 text is the playground's copy of X's), any other status
    as a generic problem (a 429 from here has no rate-limit headers: use set_rate_limit for those)."""
    if status != 500:
        return blank(status, HTTPStatus(status).phrase)
    detail = (
        "Something is broken. This is usually a temporary error, for example in a high load situation or if an "
        "endpoint is temporarily having issues. Check in the developer forums in case others are having similar "
        "issues, or try again later. "
    )
    return Problem(500, {"title": "Internal Server Error", "detail": detail, "type": "about:blank", "status": 500})


def invalid_request(message: str, parameter: str | None = None, values: list[str] | None = None) -> Problem:
    error: dict[str, Any] = {"message": message}
    if parameter is not None:
        error = {"parameters": {parameter: values or []}, "message": message}
    return Problem(
        400,
        {
            "errors": [error],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": PROBLEMS + "invalid-request",
        },
    )


def not_summoned() -> Problem:
    """The self-serve reply rule (changelog, Feb 23 2026): the detail and title as users logged them."""
    return Problem(
        403,
        {
            "detail": "You can only reply to or quote posts where you are mentioned or are the author.",
            "type": PROBLEMS + "not-authorized-for-resource",
            "title": "Authorization Error",
            "status": 403,
        },
    )


def credits_depleted(account_id: int) -> Problem:
    """402 for a pay-per-use account without credits, as users logged it (note the api.twitter.com type)."""
    return Problem(
        402,
        {
            "account_id": account_id,
            "title": "CreditsDepleted",
            "detail": f"Your enrolled account [{account_id}] does not have any credits to fulfill this request.",
            "type": "https://api.twitter.com/2/problems/credits",
        },
    )


def not_found(resource: str, value: str, parameter: str = "id") -> dict[str, Any]:
    """A partial error inside a 200 answer (response-codes-and-errors.mdx, "Partial errors")."""
    return {
        "value": value,
        "detail": f"Could not find {resource} with {parameter}: [{value}].",
        "title": "Not Found Error",
        "resource_type": resource,
        "parameter": parameter,
        "resource_id": value,
        "type": PROBLEMS + "resource-not-found",
    }


def oauth_error(error: str, description: str, status: int = 400) -> Problem:
    """The token endpoint's errors, e.g. {"error":"invalid_request","error_description":"Value passed for the
    token was invalid."} for a spent refresh token."""
    return Problem(status, {"error": error, "error_description": description})


def make_token(kind: str) -> str:
    """A token shaped like X's: base64url of "<random>:<epoch ms>:1:1:<ac|at|rt>:1" (the docs' examples)."""
    raw = f"{secrets.token_urlsafe(33)}:{int(time.time() * 1000)}:1:1:{kind}:1"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def page_token(direction: str, tweet_id: str) -> str:
    """An opaque base32hex pagination token ("n" older than, "p" newer than the id)."""
    return base64.b32hexencode(f"{direction}{tweet_id}".encode()).decode().rstrip("=").lower()


def read_page_token(token: str) -> tuple[str, int] | None:
    try:
        raw = base64.b32hexdecode(token.upper() + "=" * (-len(token) % 8)).decode()
        return raw[0], int(raw[1:])
    except (ValueError, UnicodeDecodeError, IndexError):
        return None


def x_time(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (
        int(moment * 1000) % 1000
    )


def parse_time(value: str) -> float | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def image_type(data: bytes) -> str | None:
    """JPEG, PNG, GIF or WEBP by magic bytes (media/quickstart/best-practices.mdx: supported image types)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


# -- twitter-text v3 -----------------------------------------------------------------------------------
# config/v3.json: scale 100, defaultWeight 200, transformedURLLength 23, emojiParsingEnabled, and these
# ranges at weight 100; maxWeightedTweetLength 280.
MAX_WEIGHTED_LENGTH = 280
_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_TLDS = (  # generic TLDs; every two-letter name is taken for a country code
    r"[a-z]{2}|com|net|org|info|biz|edu|gov|mil|int|app|dev|online|site|xyz|social|blog|shop|store|news|media|"
    r"club|live|world|email|cloud|page|tech|berlin|hamburg|koeln|cologne|bayern|nrw|wien|swiss|saarland"
)
_PATH = r"a-z0-9\u00C0-\u024F\u0300-\u036F\u0400-\u04FF\u1E00-\u1EFF!*';:=+,.$/%#\[\]\-\u2013_~|&@()"
_URL = re.compile(  # twitter-text's extractor, simplified: a scheme and any domain, or a domain with a known TLD
    r"(?<![\w@#$/.-])(?:(?P<scheme>https?://)(?:[\w-]+\.)*[\w-]+\.[\w-]{2,63}|"
    r"(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")(?![\w-]))"
    r"(?::\d{1,5})?(?:/[" + _PATH + r"]*)?(?:\?[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@]*)?",
    re.IGNORECASE,
)
_EMOJI = re.compile(
    r"[\U0001F1E6-\U0001F1FF]{2}"  # flags
    r"|[#*0-9]\uFE0F?\u20E3"  # keycaps
    r"|(?:[\U0001F000-\U0001FAFF]|[\u00A9\u00AE]\uFE0F?|[\u203C-\u3299]\uFE0F)[\uFE0F\U0001F3FB-\U0001F3FF]*"
    r"(?:\u200D(?:[\U0001F000-\U0001FAFF]|[\u2600-\u27BF])[\uFE0F\U0001F3FB-\U0001F3FF]*)*"
)
MENTION = re.compile(r"(?<![A-Za-z0-9_!#$%&*@])@([A-Za-z0-9_]{1,15})\b")


@dataclass
class UrlSpan:
    start: int
    end: int
    url: str


def find_urls(text: str) -> list[UrlSpan]:
    spans = []
    for match in _URL.finditer(text):
        url = match.group(0)
        while url and (url[-1] in ".,;:!?'\"]" or url[-1] == ")" and url.count("(") < url.count(")")):
            url = url[:-1]  # trailing punctuation is not part of a URL, a closing bracket only if unbalanced
        spans.append(UrlSpan(match.start(), match.start() + len(url), url))
    return spans


def weighted_length(text: str) -> int:
    """twitter-text v3's weighted length of `text` (each URL 23, each emoji sequence 2)."""
    text = unicodedata.normalize("NFC", text)
    total, position = 0, 0
    for span in find_urls(text) + [UrlSpan(len(text), len(text), "")]:
        part = text[position : span.start]
        index = 0
        while index < len(part):
            emoji = _EMOJI.match(part, index)
            if emoji:
                total += 2
                index = emoji.end()
                continue
            code = ord(part[index])
            total += 1 if any(low <= code <= high for low, high in _LIGHT) else 2
            index += 1
        total += 23 if span.url else 0
        position = span.end
    return total


def render(text: str) -> tuple[str, list[dict[str, Any]]]:
    """The text as X stores and returns it: &, < and > HTML-escaped, each URL a t.co link; and the URL
    entities (start/end in code points of the returned text)."""
    out, urls, position = "", [], 0
    for span in find_urls(text):
        out += html.escape(text[position : span.start], quote=False)
        link = "https://t.co/" + "".join(
            secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(10)
        )
        expanded = span.url if "://" in span.url else "http://" + span.url
        display = re.sub(r"^https?://(www\.)?", "", expanded)
        display = display if len(display) <= 26 else display[:25] + "…"
        urls.append(
            {
                "start": len(out),
                "end": len(out) + len(link),
                "url": link,
                "expanded_url": expanded,
                "display_url": display,
            }
        )
        out += link
        position = span.end
    return out + html.escape(text[position:], quote=False), urls
