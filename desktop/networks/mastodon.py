"""Mastodon: OAuth with PKCE per instance (or a pasted token), limits from /api/v2/instance, media
uploads that may still be processing, statuses with an Idempotency-Key, mentions from notifications."""

from __future__ import annotations

from collections.abc import Sequence

import asyncio
import re
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    count_of,
    PostFigures,
    Sharers,
    CommentPage,
    Identity,
    Image,
    Limits,
    NetworkClient,
    Outgoing,
    Published,
    Rejected,
    RemoteComment,
    SaveSecret,
    Secret,
    json_body,
    parse_timestamp,
)
from desktop.networks.oauth import BrowserSignIn, LoopbackRedirect, PastedRedirect, pasted_access_token
from desktop.networks.plugin import Field, NetworkPlugin, SignedIn, SignInContext
from desktop.networks.transport import Transport
from desktop.text.html import html_to_text

NAME = "Mastodon"
SCOPES = "read:accounts read:notifications read:statuses write:media write:statuses"
WEBSITE = "https://kurzdraht.invalid/"  # shown to the user on the instance's authorisation page
_MEDIA_POLL_SECONDS = (0.2, 0.5, 1, 1, 2, 2, 3, 5, 5, 5, 10, 10, 10)
_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?([^";]+)"?')


def describe_error(response: httpx.Response) -> str:
    body = json_body(response)
    if isinstance(body, dict):
        return str(body.get("error_description") or body.get("error") or "")
    return ""


def next_link(response: httpx.Response) -> str | None:
    for url, rel in _LINK.findall(response.headers.get("Link", "")):
        if rel == "next":
            return url
    return None


CONTEXT_REQUESTS_AT_ONCE = 4


# `GET /api/v1/statuses?id[]=` takes at most 20 ids (Mastodon's DEFAULT_STATUSES_LIMIT).
FIGURES_BATCH = 20
# `GET /api/v1/statuses/:id/reblogged_by` answers at most 80 accounts a page (DEFAULT_ACCOUNTS_LIMIT × 2);
# a post's sharers are read for at most 5 pages (400 people), the rest stays uncounted.
SHARERS_PAGE = 80
SHARERS_PAGES = 5


class MastodonClient(NetworkClient):
    network = "mastodon"

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url, secret, save_secret)
        self.transport = Transport(http, NAME, describe_error)
        self._limits: Limits | None = None
        self._me: dict[str, Any] | None = None
        self._slots: asyncio.Semaphore | None = None

    @property
    def _context_slots(self) -> asyncio.Semaphore:
        if self._slots is None:
            self._slots = asyncio.Semaphore(CONTEXT_REQUESTS_AT_ONCE)
        return self._slots

    def _url(self, path: str) -> str:
        return self.server_url + path

    @property
    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.secret.get('access_token')}"}

    async def _get(self, path: str, **params: Any) -> httpx.Response:
        return await self.transport.send("GET", self._url(path), params=params or None, headers=self._auth)

    # -- interface ---------------------------------------------------------------------------------
    async def verify(self) -> Identity:
        me = (await self._get("/api/v1/accounts/verify_credentials")).json()
        self._me = me
        host = urlsplit(self.server_url).netloc
        return Identity(
            remote_id=str(me["id"]),
            handle=f"@{me['username']}@{host}",
            display_name=me.get("display_name") or me["username"],
            avatar_url=me.get("avatar") or "",
            profile_url=me.get("url") or "",
            server_url=self.server_url,
        )

    async def followers(self) -> int | None:
        return count_of((await self._get("/api/v1/accounts/verify_credentials")).json().get("followers_count"))

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        """Favourites, boosts and replies, 20 posts a request (`GET /api/v1/statuses?id[]=`, Mastodon 4.3)."""
        found: dict[str, PostFigures] = {}
        ids = list(dict.fromkeys(remote_ids))
        for start in range(0, len(ids), FIGURES_BATCH):
            answer = (await self._get("/api/v1/statuses", **{"id[]": ids[start : start + FIGURES_BATCH]})).json()
            for status in answer if isinstance(answer, list) else []:
                if isinstance(status, dict) and status.get("id"):
                    found[str(status["id"])] = PostFigures(
                        likes=count_of(status.get("favourites_count")),
                        shares=count_of(status.get("reblogs_count")),
                        replies=count_of(status.get("replies_count")),
                    )
        return found

    async def sharers(self, remote_id: str) -> Sharers | None:
        """Who boosted the post (`GET /api/v1/statuses/:id/reblogged_by`, the `next` Link for more) and
        their `followers_count`. Mastodon lists only public and unlisted boosts."""
        url: str | None = self._url(f"/api/v1/statuses/{remote_id}/reblogged_by?") + urlencode({"limit": SHARERS_PAGE})
        seen: set[str] = set()
        people = followers = pages = 0
        complete = True
        while url is not None:
            if pages == SHARERS_PAGES:
                complete = False  # more pages than a sync reads
                break
            pages += 1
            response = await self.transport.send("GET", url, headers=self._auth)
            answer = response.json()
            for account in answer if isinstance(answer, list) else []:
                if not isinstance(account, dict) or str(account.get("id")) in seen:
                    continue
                seen.add(str(account.get("id")))
                count = count_of(account.get("followers_count"))
                if count is None:
                    complete = False
                else:
                    people, followers = people + 1, followers + count
            url = next_link(response) if answer else None
            if url is not None and not self._on_server(url):
                complete, url = False, None  # the token only goes to the account's own server
        return Sharers(people, followers, complete)

    def _on_server(self, url: str) -> bool:
        own, other = urlsplit(self.server_url), urlsplit(url)
        return (other.scheme, other.netloc) == (own.scheme, own.netloc)

    async def limits(self) -> Limits:
        if self._limits is None:
            self._limits = await fetch_limits(self.transport, self.server_url)
        return self._limits

    async def publish(self, post: Outgoing) -> Published:
        return await self._post_status({"status": post.text, "visibility": "public"}, post)

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        """Mentions newer than `cursor`: from the cursor forward (`min_id`, oldest page first), so that
        nothing already seen is read again; the first time, the newest few pages backwards."""
        me = await self._whoami()
        notifications: list[dict[str, Any]] = []
        if cursor:
            since = cursor
            for _ in range(20):
                batch = (
                    await self._get("/api/v1/notifications", **{"types[]": "mention", "limit": 40, "min_id": since})
                ).json()
                if not batch:
                    break
                notifications.extend(batch)
                since = str(max(int(n["id"]) for n in batch))
                if len(batch) < 40:
                    break
        else:
            url = self._url("/api/v1/notifications") + "?" + urlencode({"types[]": "mention", "limit": 40})
            for _ in range(3):
                response = await self.transport.send("GET", url, headers=self._auth)
                batch = response.json()
                if not batch:
                    break
                notifications.extend(batch)
                link = next_link(response)
                if not link:
                    break
                url = link
        newest = max((int(n["id"]) for n in notifications), default=None)
        statuses = [
            n["status"] for n in notifications if n.get("status") and str(n["status"]["account"]["id"]) != str(me["id"])
        ]
        parents = sorted({str(s["in_reply_to_id"]) for s in statuses if s.get("in_reply_to_id")})
        roots = dict(zip(parents, await asyncio.gather(*(self._root_of(p) for p in parents))))
        comments = [self._to_comment(s, roots.get(str(s.get("in_reply_to_id") or ""), "")) for s in statuses]
        return CommentPage(comments, str(newest) if newest is not None else cursor)

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        parent = (await self._get(f"/api/v1/statuses/{remote_id}")).json()
        me = await self._whoami()
        own = str(parent["account"]["id"]) == str(me["id"])
        text = post.text if own else with_mention(post.text, "@" + parent["account"]["acct"])
        visibility = parent.get("visibility", "public")
        body = {
            "status": text,
            "in_reply_to_id": remote_id,
            "visibility": visibility if visibility in ("unlisted", "private", "direct") else "public",
        }
        return await self._post_status(body, post)

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        """The conversation around a status, oldest first."""
        status = (await self._get(f"/api/v1/statuses/{remote_id}")).json()
        context = (await self._get(f"/api/v1/statuses/{remote_id}/context")).json()
        statuses = context.get("ancestors", []) + [status] + context.get("descendants", [])
        root = str(statuses[0]["id"])
        return [self._to_comment(s, root) for s in statuses if s.get("account")]

    async def sign_out(self) -> bool:
        """Revoke the token; a pasted token has no app of ours to revoke it with."""
        if not (self.secret.get("client_id") and self.secret.get("client_secret")):
            return False
        await self.transport.send(
            "POST",
            self._url("/oauth/revoke"),
            auth_error=False,
            data={
                "client_id": self.secret.get("client_id"),
                "client_secret": self.secret.get("client_secret"),
                "token": self.secret.get("access_token"),
            },
        )
        return True

    # -- details -----------------------------------------------------------------------------------
    async def _whoami(self) -> dict[str, Any]:
        if self._me is None:
            await self.verify()
        assert self._me is not None
        return self._me

    async def _post_status(self, body: dict[str, Any], post: Outgoing) -> Published:
        """Upload the post's images, then send the status under the post's Idempotency-Key."""
        media_ids = [await self._upload(image) for image in post.images]
        if media_ids:
            body = {**body, "media_ids": media_ids}
        response = await self.transport.send(
            "POST",
            self._url("/api/v1/statuses"),
            json=body,
            changes=True,
            headers={**self._auth, "Idempotency-Key": post.key},
        )
        status = response.json()
        return Published(
            str(status["id"]), status.get("url") or status.get("uri") or "", parse_timestamp(status.get("created_at"))
        )

    async def _upload(self, image: Image) -> str:
        data = await asyncio.to_thread(image.read)
        response = await self.transport.send(
            "POST",
            self._url("/api/v2/media"),
            headers=self._auth,
            files={"file": (image.path.name, data, image.media_type)},
            data={"description": image.alt_text} if image.alt_text else None,
        )
        media = response.json()
        media_id = str(media["id"])
        if response.status_code == 200 and media.get("url"):
            return media_id
        for pause in _MEDIA_POLL_SECONDS:
            await asyncio.sleep(pause)
            check = await self._get(f"/api/v1/media/{media_id}")
            if check.status_code == 200 and check.json().get("url"):
                return media_id
        raise Rejected(
            translate("Networks", "%1 took too long to process the image “%2”.")
            .replace("%1", NAME)
            .replace("%2", image.path.name)
        )

    async def _root_of(self, parent_id: str) -> str:
        """The first status of the conversation `parent_id` is in (the post a comment belongs to): even an
        answer to one of our statuses may answer our reply to someone, whose post is further up. Asked
        once per parent, a few at a time."""
        async with self._context_slots:
            context = (await self._get(f"/api/v1/statuses/{parent_id}/context")).json()
        ancestors = context.get("ancestors") or []
        return str(ancestors[0]["id"]) if ancestors else parent_id

    @staticmethod
    def _to_comment(status: dict[str, Any], root: str) -> RemoteComment:
        account = status["account"]
        return RemoteComment(
            remote_id=str(status["id"]),
            remote_parent_id=str(status.get("in_reply_to_id") or ""),
            remote_post_id=root,
            author_name=account.get("display_name") or account.get("username", ""),
            author_handle="@" + account.get("acct", ""),
            author_avatar_url=account.get("avatar") or "",
            text=html_to_text(status.get("content", "")),
            url=status.get("url") or status.get("uri") or "",
            created_at=parse_timestamp(status.get("created_at")),
        )


def with_mention(text: str, handle: str) -> str:
    """A reply as Mastodon receives it: it starts with the person answered, unless the text names them."""
    return text if handle.lower() in text.lower() else f"{handle} {text}"


async def fetch_limits(transport: Transport, server_url: str) -> Limits:
    response = await transport.send("GET", server_url + "/api/v2/instance")
    config = response.json().get("configuration") or {}
    statuses = config.get("statuses") or {}
    media = config.get("media_attachments") or {}
    types = tuple(t for t in media.get("supported_mime_types") or () if t.startswith("image/"))
    return Limits(
        counting="mastodon",
        max_characters=int(statuses.get("max_characters") or 500),
        url_weight=int(statuses.get("characters_reserved_per_url") or 23),
        max_images=int(statuses.get("max_media_attachments") or 4),
        max_image_bytes=int(media["image_size_limit"]) if media.get("image_size_limit") else None,
        image_types=types or Limits.image_types,
        max_alt_text=1500,
    )


class MastodonLogin:
    """Connecting one Mastodon account: register Kurzdraht with the instance, let the user approve
    in the browser, receive the code on 127.0.0.1 and exchange it (with the PKCE verifier)."""

    def __init__(self, http: httpx.AsyncClient, server_url: str) -> None:
        self.http = http
        self.server_url = server_url
        self.transport = Transport(http, NAME, describe_error)
        self.browser = BrowserSignIn(LoopbackRedirect())
        self.client_id = ""
        self.client_secret = ""

    @property
    def redirect(self) -> LoopbackRedirect | PastedRedirect:
        return self.browser.redirect

    @property
    def address(self) -> str:
        return self.browser.address

    async def start(self) -> str:
        """Register the app and start listening; returns the address to open in the browser."""
        redirect_uri = await self.browser.start()
        response = await self.transport.send(
            "POST",
            self.server_url + "/api/v1/apps",
            data={"client_name": "Kurzdraht", "redirect_uris": redirect_uri, "scopes": SCOPES, "website": WEBSITE},
            auth_error=False,
        )
        app = response.json()
        self.client_id, self.client_secret = app["client_id"], app["client_secret"]
        Secret({"client_secret": self.client_secret}).register()
        return self.browser.authorize(self.server_url + "/oauth/authorize", self.client_id, SCOPES)

    async def finish(self, timeout: float = 600) -> Secret:
        """Wait for the browser to come back, check it is our request, and get the token."""
        code = await self.browser.code(timeout)
        response = await self.transport.send(
            "POST",
            self.server_url + "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "redirect_uri": self.browser.redirect_uri,
                "code_verifier": self.browser.pkce.verifier,
                "scope": SCOPES,
            },
            auth_error=False,
        )
        token = response.json()
        return Secret(
            {"access_token": token["access_token"], "client_id": self.client_id, "client_secret": self.client_secret}
        )

    async def cancel(self) -> None:
        await self.browser.close()


def token_secret(token: str) -> Secret:
    """A pasted access token (from the instance's Preferences → Development)."""
    token = token.strip()
    if not token:
        raise KurzdrahtError(translate("Networks", "Please paste the access token."))
    return Secret({"access_token": token})


async def sign_in(context: SignInContext) -> SignedIn:
    """A pasted token, else the browser sign-in."""
    server = context.value("instance")
    if context.value("token"):
        return SignedIn(server, token_secret(pasted_access_token(context.value("token"))))
    login = MastodonLogin(context.http(), server)
    try:
        await login.start()
        await context.user.open_browser(login)
        return SignedIn(server, await login.finish())
    finally:
        await login.cancel()


PLUGIN = NetworkPlugin(
    key="mastodon",
    name=NAME,
    order=10,
    summary=QT_TRANSLATE_NOOP("Networks", "a Mastodon account (signs in through the browser unless a token is given)"),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Enter your Mastodon server. Kurzdraht then opens your browser, where you sign in and "
        "allow Kurzdraht to post. If you prefer, paste an access token from Preferences → "
        "Development instead.",
    ),
    client=MastodonClient,
    sign_in=sign_in,
    fields=(
        Field(
            "instance",
            QT_TRANSLATE_NOOP("Networks", "Server:"),
            QT_TRANSLATE_NOOP("Networks", "the Mastodon server, e.g. social.example"),
            placeholder="social.example",
            address=True,
            prefill=lambda account: account.server_url,
        ),
        Field(
            "token",
            QT_TRANSLATE_NOOP("Networks", "Access token (optional):"),
            QT_TRANSLATE_NOOP("Networks", "read an access token from standard input instead"),
            required=False,
            secret=True,
            stdin_option="--token-stdin",
        ),
    ),
)
