"""Bluesky (AT Protocol): app-password sessions that refresh themselves, posts written with a record
key chosen here (so a retry can never make a second post), image blobs with alt text, facets, and
replies and mentions from the notification list."""

from __future__ import annotations

from collections.abc import Sequence

import asyncio
import hashlib
from datetime import datetime, timezone
from typing import Any

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    count_of,
    PostFigures,
    Sharers,
    AuthExpired,
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
from desktop.networks.limits import DEFAULT_LIMITS
from desktop.networks.plugin import Field, NetworkPlugin, SignedIn, SignInContext
from desktop.networks.transport import Transport
from desktop.text.facets import facet, find_spans

NAME = "Bluesky"
DEFAULT_SERVICE = "https://bsky.social"
POST = "app.bsky.feed.post"
LIMITS = DEFAULT_LIMITS["bluesky"]
_REASONS = {"reply", "mention", "quote"}
_B32 = "234567abcdefghijklmnopqrstuvwxyz"


def describe_error(response: httpx.Response) -> str:
    body = json_body(response)
    if isinstance(body, dict):
        return str(body.get("message") or body.get("error") or "")
    return ""


def login_expired(response: httpx.Response) -> bool:
    body = json_body(response)
    return (
        response.status_code == 400 and isinstance(body, dict) and body.get("error") in ("ExpiredToken", "InvalidToken")
    )


def record_key(key: str, created_at: datetime) -> str:
    """A TID (timestamp + clock id, base32-sortable) that is the same for every retry of one post."""
    micros = int(created_at.timestamp() * 1_000_000) & ((1 << 53) - 1)
    clock = int.from_bytes(hashlib.sha256(key.encode()).digest()[:2], "big") & 0x3FF
    value = (micros << 10) | clock
    return "".join(_B32[(value >> (5 * i)) & 31] for i in reversed(range(13)))


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def post_url(handle: str, uri: str) -> str:
    return f"https://bsky.app/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}"


async def create_session(http: httpx.AsyncClient, service: str, identifier: str, password: str) -> Secret:
    """Log in with a handle (or e-mail) and an app password; the secret keeps both and the tokens."""
    transport = Transport(http, NAME, describe_error)
    identifier = identifier.strip().lstrip("@")
    try:
        response = await transport.send(
            "POST",
            service + "/xrpc/com.atproto.server.createSession",
            json={"identifier": identifier, "password": password.strip()},
        )
    except AuthExpired as error:
        raise AuthExpired(
            translate("Networks", "Bluesky did not accept this handle and app password. Please check both.")
        ) from error
    session = response.json()
    return Secret(
        {
            "identifier": identifier,
            "app_password": password.strip(),
            "did": session["did"],
            "handle": session.get("handle", identifier),
            "access_jwt": session["accessJwt"],
            "refresh_jwt": session["refreshJwt"],
        }
    )


# `app.bsky.feed.getPosts` takes at most 25 uris.
FIGURES_BATCH = 25
# `app.bsky.feed.getRepostedBy` answers at most 100 a page; a post's sharers are read for at most 2 pages,
# and their followers asked with `app.bsky.actor.getProfiles`, 25 actors a request: 10 requests at most.
SHARERS_PAGE = 100
SHARERS_PAGES = 2
PROFILES_BATCH = 25


class BlueskyClient(NetworkClient):
    network = "bluesky"

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url or DEFAULT_SERVICE, secret, save_secret)
        self.transport = Transport(http, NAME, describe_error, login_expired)
        self._session_lock = asyncio.Lock()

    @property
    def did(self) -> str:
        return self.secret.get("did")

    # -- sending with a session that renews itself ---------------------------------------------------
    async def _xrpc(self, method: str, nsid: str, *, changes: bool = False, **kwargs: Any) -> httpx.Response:
        url = f"{self.server_url}/xrpc/{nsid}"
        extra_headers = kwargs.pop("headers", {})
        for attempt in range(2):
            token = self.secret.get("access_jwt")
            headers = {**extra_headers, "Authorization": f"Bearer {token}"}
            try:
                return await self.transport.send(method, url, changes=changes, headers=headers, **kwargs)
            except AuthExpired:
                if attempt:
                    raise
                await self._renew(token)
        raise AssertionError("unreachable")

    async def _renew(self, stale_token: str) -> None:
        """Refresh the session, or log in again with the app password when the refresh token is gone."""
        async with self._session_lock:
            if self.secret.get("access_jwt") != stale_token:
                return  # another request renewed it meanwhile
            try:
                response = await self.transport.send(
                    "POST",
                    f"{self.server_url}/xrpc/com.atproto.server.refreshSession",
                    headers={"Authorization": f"Bearer {self.secret.get('refresh_jwt')}"},
                )
                session = response.json()
                values = {
                    **self.secret.values,
                    "access_jwt": session["accessJwt"],
                    "refresh_jwt": session["refreshJwt"],
                }
            except AuthExpired:
                fresh = await create_session(
                    self.http, self.server_url, self.secret.get("identifier"), self.secret.get("app_password")
                )
                values = {**self.secret.values, **fresh.values}
            self.secret = Secret(values)
            self.secret.register()
            await self.save_secret(self.secret)

    # -- interface -----------------------------------------------------------------------------------
    async def verify(self) -> Identity:
        # The session is the account server's own word on the login; the profile (name, picture)
        # comes from the AppView, which may not know a brand-new account yet.
        session = (await self._xrpc("GET", "com.atproto.server.getSession")).json()
        handle = session.get("handle") or self.secret.get("handle")
        try:
            profile = (await self._xrpc("GET", "app.bsky.actor.getProfile", params={"actor": self.did})).json()
        except Rejected:
            profile = {}
        return Identity(
            remote_id=self.did,
            handle="@" + handle,
            display_name=profile.get("displayName") or handle,
            avatar_url=profile.get("avatar") or "",
            profile_url=f"https://bsky.app/profile/{handle}",
            server_url=self.server_url,
        )

    async def followers(self) -> int | None:
        """The AppView's count (`followersCount`); it may not know a brand-new account yet."""
        profile = (await self._xrpc("GET", "app.bsky.actor.getProfile", params={"actor": self.did})).json()
        return count_of(profile.get("followersCount")) if isinstance(profile, dict) else None

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        """Likes, reposts (with quotes) and replies from the AppView, 25 posts a request (`getPosts`)."""
        found: dict[str, PostFigures] = {}
        uris = list(dict.fromkeys(remote_ids))
        for start in range(0, len(uris), FIGURES_BATCH):
            answer = (
                await self._xrpc("GET", "app.bsky.feed.getPosts", params={"uris": uris[start : start + FIGURES_BATCH]})
            ).json()
            for view in (answer.get("posts") if isinstance(answer, dict) else None) or []:
                if not isinstance(view, dict) or not view.get("uri"):
                    continue
                reposts, quotes = count_of(view.get("repostCount")), count_of(view.get("quoteCount"))
                found[str(view["uri"])] = PostFigures(
                    likes=count_of(view.get("likeCount")),
                    shares=None if reposts is None else reposts + (quotes or 0),
                    replies=count_of(view.get("replyCount")),
                )
        return found

    async def sharers(self, remote_id: str) -> Sharers | None:
        """Who reposted the post (`getRepostedBy`, paged by cursor) and their followers: the list's
        profileView has no `followersCount`, so the profiles are asked for it (`getProfiles`). Quotes
        count as shares in `figures` but are not listed here."""
        dids: dict[str, None] = {}  # in order, once each
        cursor: str | None = None
        complete, pages = True, 0
        while True:
            if pages == SHARERS_PAGES:
                complete = False  # more reposts than a sync reads
                break
            pages += 1
            params: dict[str, Any] = {"uri": remote_id, "limit": SHARERS_PAGE}
            if cursor:
                params["cursor"] = cursor
            answer = (await self._xrpc("GET", "app.bsky.feed.getRepostedBy", params=params)).json()
            answer = answer if isinstance(answer, dict) else {}
            listed = [a.get("did") for a in answer.get("repostedBy") or [] if isinstance(a, dict)]
            dids.update((did, None) for did in listed if isinstance(did, str))
            cursor = answer.get("cursor") if listed else None
            if not isinstance(cursor, str) or not cursor:
                break
        actors = list(dids)
        counts: dict[str, int | None] = {}
        for start in range(0, len(actors), PROFILES_BATCH):
            profiles = (
                await self._xrpc(
                    "GET", "app.bsky.actor.getProfiles", params={"actors": actors[start : start + PROFILES_BATCH]}
                )
            ).json()
            for profile in (profiles.get("profiles") if isinstance(profiles, dict) else None) or []:
                if isinstance(profile, dict) and isinstance(profile.get("did"), str):
                    counts[profile["did"]] = count_of(profile.get("followersCount"))
        known = [count for count in (counts.get(did) for did in actors) if count is not None]
        return Sharers(len(known), sum(known), complete and len(known) == len(actors))

    async def limits(self) -> Limits:
        return LIMITS

    async def publish(self, post: Outgoing) -> Published:
        record = await self._record(post)
        return await self._put(record, post)

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        parent = await self._post_view(remote_id)
        parent_ref = {"uri": parent["uri"], "cid": parent["cid"]}
        root_ref = (parent.get("record") or {}).get("reply", {}).get("root") or parent_ref
        record = await self._record(post)
        record["reply"] = {"root": root_ref, "parent": parent_ref}
        return await self._put(record, post)

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        collected: list[dict[str, Any]] = []
        page_cursor: str | None = None
        for _ in range(20 if cursor else 3):
            params: dict[str, Any] = {"limit": 50}
            if page_cursor:
                params["cursor"] = page_cursor
            answer = (await self._xrpc("GET", "app.bsky.notification.listNotifications", params=params)).json()
            batch = answer.get("notifications") or []
            fresh = [n for n in batch if not cursor or n.get("indexedAt", "") > cursor]
            collected.extend(fresh)
            page_cursor = answer.get("cursor")
            if len(fresh) < len(batch) or not batch or not page_cursor:
                break
        newest = max((n.get("indexedAt", "") for n in collected), default=None)
        comments = [
            self._comment(n)
            for n in collected
            if n.get("reason") in _REASONS and n.get("author", {}).get("did") != self.did
        ]
        return CommentPage(comments, newest or cursor)

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        answer = (
            await self._xrpc(
                "GET", "app.bsky.feed.getPostThread", params={"uri": remote_id, "depth": 10, "parentHeight": 50}
            )
        ).json()
        node = answer.get("thread") or {}
        parents: list[dict[str, Any]] = []
        above = node.get("parent")
        while above and above.get("post"):
            parents.insert(0, above["post"])
            above = above.get("parent")
        below: list[dict[str, Any]] = []

        def walk(item: dict[str, Any]) -> None:
            for child in item.get("replies") or []:
                if child.get("post"):
                    below.append(child["post"])
                    walk(child)

        walk(node)
        below.sort(key=lambda p: (p.get("record") or {}).get("createdAt", ""))
        posts = parents + ([node["post"]] if node.get("post") else []) + below
        return [self._comment(p, root_fallback=p["uri"]) for p in posts]

    async def sign_out(self) -> bool:
        """End the session; the app password itself can only be withdrawn in Bluesky's settings."""
        await self.transport.send(
            "POST",
            f"{self.server_url}/xrpc/com.atproto.server.deleteSession",
            headers={"Authorization": f"Bearer {self.secret.get('refresh_jwt')}"},
        )
        return False

    # -- details -------------------------------------------------------------------------------------
    async def _record(self, post: Outgoing) -> dict[str, Any]:
        record: dict[str, Any] = {"$type": POST, "text": post.text, "createdAt": iso(post.created_at)}
        facets = await self._facets(post.text)
        if facets:
            record["facets"] = facets
        if post.images:
            record["embed"] = {
                "$type": "app.bsky.embed.images",
                "images": [await self._image(image) for image in post.images],
            }
        return record

    async def _put(self, record: dict[str, Any], post: Outgoing) -> Published:
        rkey = record_key(post.key, post.created_at)
        response = await self._xrpc(
            "POST",
            "com.atproto.repo.putRecord",
            changes=True,
            json={"repo": self.did, "collection": POST, "rkey": rkey, "record": record},
        )
        uri = response.json()["uri"]
        return Published(uri, post_url(self.secret.get("handle") or self.did, uri), post.created_at)

    async def _facets(self, text: str) -> list[dict[str, Any]]:
        result = []
        for span in find_spans(text):
            did = None
            if span.kind == "mention":
                did = await self._resolve(span.value)
                if did is None:
                    continue  # an unknown handle stays plain text, as in Bluesky's own app
            result.append(facet(span, did))
        return result

    async def _resolve(self, handle: str) -> str | None:
        try:
            response = await self._xrpc("GET", "com.atproto.identity.resolveHandle", params={"handle": handle})
        except KurzdrahtError:
            return None
        return response.json().get("did")

    async def _image(self, image: Image) -> dict[str, Any]:
        data = await asyncio.to_thread(image.read)
        response = await self._xrpc(
            "POST", "com.atproto.repo.uploadBlob", content=data, headers={"Content-Type": image.media_type}
        )
        entry: dict[str, Any] = {"image": response.json()["blob"], "alt": image.alt_text}
        if image.width and image.height:
            entry["aspectRatio"] = {"width": image.width, "height": image.height}
        return entry

    async def _post_view(self, uri: str) -> dict[str, Any]:
        answer = (await self._xrpc("GET", "app.bsky.feed.getPosts", params={"uris": uri})).json()
        posts = answer.get("posts") or []
        if not posts:
            raise KurzdrahtError(translate("Networks", "This post is no longer on %1.").replace("%1", NAME))
        return posts[0]

    @staticmethod
    def _comment(item: dict[str, Any], root_fallback: str = "") -> RemoteComment:
        """A notification or a post view (both carry uri, record, author and indexedAt)."""
        record = item.get("record") or {}
        reply = record.get("reply") or {}
        author = item.get("author") or {}
        return RemoteComment(
            remote_id=item["uri"],
            remote_parent_id=(reply.get("parent") or {}).get("uri", ""),
            remote_post_id=(reply.get("root") or {}).get("uri", "") or root_fallback,
            author_name=author.get("displayName") or author.get("handle", ""),
            author_handle="@" + author.get("handle", ""),
            author_avatar_url=author.get("avatar") or "",
            text=record.get("text", ""),
            url=post_url(author.get("handle", ""), item["uri"]),
            created_at=parse_timestamp(record.get("createdAt") or item.get("indexedAt")),
        )


async def sign_in(context: SignInContext) -> SignedIn:
    if not context.value("handle") or not context.value("password"):
        raise KurzdrahtError(translate("Networks", "Please enter the handle and an app password."))
    service = context.value("service") or DEFAULT_SERVICE
    return SignedIn(
        service, await create_session(context.http(), service, context.value("handle"), context.value("password"))
    )


PLUGIN = NetworkPlugin(
    key="bluesky",
    name=NAME,
    order=20,
    summary=QT_TRANSLATE_NOOP("Networks", "a Bluesky account (with an app password)"),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Use an app password, not your main password. You create one in Bluesky under "
        '<a href="%1">Settings → Privacy and security → App passwords</a>.',
    ),
    explanation_link="https://bsky.app/settings/app-passwords",
    client=BlueskyClient,
    sign_in=sign_in,
    fields=(
        Field(
            "handle",
            QT_TRANSLATE_NOOP("Networks", "Handle:"),
            QT_TRANSLATE_NOOP("Networks", "e.g. name.bsky.social"),
            placeholder="name.bsky.social",
            prefill=lambda account: account.handle.lstrip("@"),
        ),
        Field(
            "password",
            QT_TRANSLATE_NOOP("Networks", "App password:"),
            QT_TRANSLATE_NOOP("Networks", "read the app password from standard input"),
            secret=True,
            stdin_option="--password-stdin",
            prompt=QT_TRANSLATE_NOOP("Networks", "App password: "),
        ),
        Field(
            "service",
            QT_TRANSLATE_NOOP("Networks", "Server (only if not bsky.social):"),
            QT_TRANSLATE_NOOP("Networks", "the account's server (default: bsky.social)"),
            placeholder="bsky.social",
            required=False,
            address=True,
            prefill=lambda account: account.server_url,
        ),
    ),
)
