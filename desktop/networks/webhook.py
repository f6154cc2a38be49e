"""A webhook channel: each post goes as JSON to an address of the organisation's choosing (its own app,
a chat channel, an automation tool), following the Standard Webhooks convention
(github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md):

- `webhook-id`: the same on every retry of one post (also sent as `Idempotency-Key`), so the receiver
  can drop a repeat after a lost answer;
- `webhook-timestamp`: seconds since 1970, of this try;
- with a secret, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. The secret is
  base64, usually written `whsec_<base64>`: the key is the bytes it encodes.

2xx is published; 4xx is refused with the receiver's answer shown (not retried); 5xx and no answer are
tried again with the same id. There is no inbox: a webhook only sends.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    CommentPage,
    Identity,
    Limits,
    NetworkClient,
    Outgoing,
    Published,
    RemoteComment,
    Secret,
    SaveSecret,
)
from desktop.networks.plugin import Field, NetworkPlugin, SignedIn, SignInContext
from desktop.networks.transport import Transport, utcnow
from desktop.networks.urls import require_secure

NAME = "Webhook"
# The receiver's own answer shown to the user is cut to this many characters.
SHOWN_ANSWER = 300
LIMITS = Limits(
    counting="plain",
    max_characters=None,
    max_images=10,
    max_image_bytes=10_000_000,
    image_types=("image/jpeg", "image/png", "image/gif", "image/webp"),
    has_title=True,
)


def signing_key(secret: str) -> bytes:
    """The HMAC key: the secret is base64, with or without the prefix `whsec_` (as the convention's
    reference libraries read it)."""
    encoded = secret.strip().removeprefix("whsec_")
    try:
        return base64.b64decode(encoded + "==")
    except (binascii.Error, ValueError):
        return b""


def sign(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    content = f"{webhook_id}.{timestamp}.".encode() + body
    digest = hmac.new(signing_key(secret), content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def _describe(response: httpx.Response) -> str:
    """The receiver's own words: a JSON answer's `message`, `error` or `detail`, else its text."""
    try:
        answer = response.json()
    except ValueError:
        answer = None
    text = response.text
    if isinstance(answer, dict):
        text = next((v for k in ("message", "error", "detail") if isinstance(v := answer.get(k), str) and v), text)
    return " ".join(text.split())[:SHOWN_ANSWER]


class WebhookClient(NetworkClient):
    network = "webhook"
    idempotent = True  # the receiver recognises a retry by its webhook-id

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url, secret, save_secret)
        self.transport = Transport(http, NAME, _describe)

    @property
    def url(self) -> str:
        return self.secret.get("url") or self.server_url

    async def verify(self) -> Identity:
        """Nothing is sent to check a webhook (a test delivery would reach the receiver's channel)."""
        require_secure(self.url)
        parts = urlsplit(self.url)
        return Identity(
            remote_id=self.url,
            handle=(parts.netloc + parts.path).rstrip("/"),
            display_name=parts.hostname or self.url,
            avatar_url="",
            profile_url="",
            server_url=self.url,
        )

    async def limits(self) -> Limits:
        return LIMITS

    def payload(self, post: Outgoing) -> dict[str, Any]:
        return {
            "type": "post",
            "id": post.key,
            "account": post.account,
            "organisation": post.organisation,
            "text": post.text,
            "title": post.title,
            "scheduled_at": post.scheduled_at.isoformat() if post.scheduled_at else None,
            "images": [
                {
                    "mime_type": image.media_type,
                    "alt_text": image.alt_text,
                    "data": base64.b64encode(image.read()).decode("ascii"),
                }
                for image in post.images
            ],
        }

    async def publish(self, post: Outgoing) -> Published:
        body = json.dumps(self.payload(post), ensure_ascii=False).encode("utf-8")
        timestamp = int(utcnow().timestamp())
        headers = {
            "Content-Type": "application/json",
            "webhook-id": post.key,
            "webhook-timestamp": str(timestamp),
            "Idempotency-Key": post.key,
        }
        secret = self.secret.get("secret")
        if secret:
            headers["webhook-signature"] = sign(secret, post.key, timestamp, body)
        # A receiver that answers 401 refuses this delivery (e.g. a wrong secret): shown, not "reconnect".
        response = await self.transport.send(
            "POST", self.url, changes=True, content=body, headers=headers, auth_error=False, limit=100_000
        )
        return Published(post.key, _link_in(response), utcnow())

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        return CommentPage([], cursor)

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        raise KurzdrahtError(translate("Networks", "A webhook only sends posts; it has no comments to answer."))

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        return []


def _link_in(response: httpx.Response) -> str:
    """The address of the published post, where the receiver names one (`url` in a JSON answer)."""
    try:
        answer = response.json()
    except ValueError:
        return ""
    url = answer.get("url") if isinstance(answer, dict) else None
    if isinstance(url, str) and urlsplit(url).scheme in ("http", "https"):
        return url
    return ""


async def sign_in(context: SignInContext) -> SignedIn:
    url = context.value("url")
    require_secure(url)
    values = {"url": url}
    secret = context.value("secret")
    if secret:
        if len(signing_key(secret)) < 16:
            raise KurzdrahtError(
                translate(
                    "Networks",
                    "The signing secret must be base64 text of at least 16 bytes, usually written whsec_… — "
                    "copy it from the receiver's settings.",
                )
            )
        values["secret"] = secret
    return SignedIn(url, Secret(values))


PLUGIN = NetworkPlugin(
    key="webhook",
    name=NAME,
    order=200,
    summary=QT_TRANSLATE_NOOP(
        "Networks", "a webhook: each post goes as JSON to an address you choose (your own app, a chat, automation)"
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Kurzdraht sends each post as JSON to this address, signed with the secret if you give one (Standard "
        "Webhooks: webhook-id, webhook-timestamp, webhook-signature). The receiver answers 2xx when it took the "
        "post.",
    ),
    client=WebhookClient,
    sign_in=sign_in,
    limits=LIMITS,
    fields=(
        Field(
            "url",
            QT_TRANSLATE_NOOP("Networks", "Receiver address:"),
            QT_TRANSLATE_NOOP("Networks", "the address the posts are sent to (https)"),
            placeholder="https://hooks.example/kurzdraht",
            address=True,
        ),
        Field(
            "secret",
            QT_TRANSLATE_NOOP("Networks", "Signing secret (optional):"),
            QT_TRANSLATE_NOOP("Networks", "read the signing secret (whsec_…) from standard input"),
            required=False,
            secret=True,
            stdin_option="--secret-stdin",
        ),
    ),
)
