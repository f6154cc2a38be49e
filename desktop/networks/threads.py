"""Threads (graph.threads.net) through the organisation's own Threads app: Threads returns the browser
only to registered https addresses, so the sign-in ends with the user pasting the address the browser
ended on. A 60-day token, refreshed in time (the new one reaches the keyring before it is used).

Every post and answer is a container, then `threads_publish`; the container id is kept with the
attempt before publishing, so after a lost answer the container is asked instead of publishing again.
A publish that comes before the container is ready is answered with an error: that means wait and try
again, never "failed".
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    CommentPage,
    Identity,
    Limits,
    Outgoing,
    PostFigures,
    Published,
    RateLimited,
    Rejected,
    RemoteComment,
    SaveSecret,
    Secret,
    TemporaryFailure,
    count_of,
)
from desktop.networks.limits import DEFAULT_LIMITS
from desktop.networks.meta import GraphClient, GraphTransport, address, container_of, graph_time, since_of
from desktop.networks.oauth import BrowserSignIn, PastedRedirect, pasted_access_token
from desktop.networks.plugin import (
    DeveloperAppKind,
    Field,
    NetworkPlugin,
    RedirectKind,
    SignedIn,
    SignInContext,
)
from desktop.networks.transport import utcnow

log = logging.getLogger(__name__)

NAME = "Threads"
API = "https://graph.threads.net"
VERSION = "v1.0"
WEB = "https://threads.net"
LIMITS = DEFAULT_LIMITS["threads"]
# `threads_manage_insights` for Insights (followers, a post's views, likes, replies, reposts). Threads
# refuses a sign-in that asks for a permission the organisation's app lacks: the guide names it. A login
# from before (or a pasted token) without it keeps working; its followers and figures stay unknown.
SCOPES = "threads_basic,threads_content_publish,threads_read_replies,threads_manage_replies,threads_manage_insights"
# Insights: Threads answers one post's metrics a request (no batches), so a few go out at once.
POST_METRICS = "views,likes,replies,reposts,quotes"
INSIGHTS_AT_ONCE = 4
NO_PERMISSION = 10  # Graph's code for a permission the login lacks (threads_manage_insights)
REPLY_FIELDS = "id,text,username,permalink,timestamp,replied_to{id},root_post{id},is_reply_owned_by_me"
# Meta advises about 30 s between making a container and publishing it; text is ready sooner.
CONTAINER_POLLS = (0.3, 0.7, 1, 2, 3, 5, 10, 15, 30, 30, 60, 60)
# A token is refreshed when it has less than this left (Threads allows it from one day after issue).
REFRESH_BEFORE = timedelta(days=10)
RECENT_POSTS = 25
# "Media Not Found": the container is not ready yet (publishing too soon after making it).
NOT_READY_SUBCODES = frozenset({4279009, 2207027})

THREADS_APP = DeveloperAppKind(
    key="threads",
    name="Threads",
    console="https://developers.facebook.com/apps/",
    redirect=RedirectKind.REGISTERED,
    networks=("threads",),
    guide=(
        QT_TRANSLATE_NOOP(
            "Networks",
            "Open developers.facebook.com/apps with the Facebook login of the person who manages the Threads "
            "profile, choose “Create app” and the use case “Access the Threads API”.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under the use case, add the permissions threads_basic, threads_content_publish, threads_read_replies, "
            "threads_manage_replies and threads_manage_insights.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under Settings, enter an https address of your organisation as “Redirect Callback URL”, e.g. a "
            "page of your blog such as https://lindenhof.example/kurzdraht/ (the page need not exist; the "
            "address only has to be yours). Enter the same address below. Enter it also for “Uninstall” "
            "and “Delete” callbacks.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under App roles → Roles, add the Threads profile as a Threads tester; accept the invitation in "
            "Threads under Settings → Account → Website permissions.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under the use case's settings, copy the Threads app ID and the Threads app secret (not the "
            "Facebook ones) into the fields below.",
        ),
    ),
)


def _url(path: str) -> str:
    return address("threads", f"{API}/{VERSION}/{path.lstrip('/')}")


class ThreadsClient(GraphClient):
    network = "threads"
    name = NAME

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url, secret, save_secret)
        self.polls = CONTAINER_POLLS
        self._fresh = False

    def api_url(self, path: str) -> str:
        return _url(path)

    @property
    def user_id(self) -> str:
        return self.secret.get("user_id")

    async def token(self) -> str:
        """The token, refreshed first when it runs out soon (once per client)."""
        if not self._fresh:
            self._fresh = True
            await self._refresh_if_due()
        return self.secret.get("token")

    async def _refresh_if_due(self) -> None:
        expires = _moment(self.secret.get("expires_at"))
        issued = _moment(self.secret.get("issued_at"))
        now = utcnow()
        if expires is None or expires - now > REFRESH_BEFORE or now >= expires:
            return
        if issued is not None and now - issued < timedelta(days=1):
            return  # Threads refreshes only tokens at least a day old
        answer = (
            await self.transport.send(
                "GET",
                address("threads", f"{API}/refresh_access_token"),
                params={"grant_type": "th_refresh_token", "access_token": self.secret.get("token")},
            )
        ).json()
        renewed = Secret({**self.secret.values, **_token_values(answer)})
        await self.save_secret(renewed)  # in the keyring before it is used
        self.secret = renewed

    # -- the interface ---------------------------------------------------------------------------
    async def verify(self) -> Identity:
        me = await self._get("me", fields="id,username,name,threads_profile_picture_url")
        username = str(me.get("username") or self.user_id)
        return Identity(
            remote_id=str(me.get("id") or self.user_id),
            handle="@" + username,
            display_name=str(me.get("name") or username),
            avatar_url=str(me.get("threads_profile_picture_url") or ""),
            profile_url=f"https://www.threads.net/@{username}",
            server_url=API,
        )

    async def limits(self) -> Limits:
        return LIMITS

    async def followers(self) -> int | None:
        """`followers_count` from the account's insights; None for a login from before Kurzdraht asked for
        `threads_manage_insights` (reconnecting grants it)."""
        try:
            answer = await self._get(f"{self.user_id}/threads_insights", metric="followers_count")
        except Rejected as error:
            if getattr(error, "graph_code", None) != NO_PERMISSION:
                raise
            log.info("the Threads login has no insights permission: no follower count")
            return None
        for item in answer.get("data") or []:
            if isinstance(item, dict) and item.get("name") == "followers_count":
                return count_of((item.get("total_value") or {}).get("value"))
        return None

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        """Likes, reposts with quotes, replies and views from each post's insights (one request a post,
        four at a time); a post Threads no longer has is left out."""
        gate = asyncio.Semaphore(INSIGHTS_AT_ONCE)

        async def one(media_id: str) -> tuple[str, dict[str, int | None] | None]:
            async with gate:
                try:
                    answer = await self._get(f"{media_id}/insights", metric=POST_METRICS)
                except Rejected as error:
                    if getattr(error, "graph_code", None) == NO_PERMISSION:
                        raise
                    return media_id, None  # deleted, or not ours
            values: dict[str, int | None] = {}
            for item in answer.get("data") or []:
                if isinstance(item, dict) and isinstance(item.get("values"), list) and item["values"]:
                    first = item["values"][0]
                    values[str(item.get("name"))] = count_of(first.get("value") if isinstance(first, dict) else None)
            return media_id, values

        try:
            found = await asyncio.gather(*(one(i) for i in dict.fromkeys(remote_ids)))
        except Rejected as error:
            if getattr(error, "graph_code", None) != NO_PERMISSION:
                raise
            log.info("the Threads login has no insights permission: no post figures")
            return {}
        figures = {}
        for media_id, values in found:
            if values is None:
                continue
            reposts, quotes = values.get("reposts"), values.get("quotes")
            figures[media_id] = PostFigures(
                likes=values.get("likes"),
                shares=None if reposts is None else reposts + (quotes or 0),
                replies=values.get("replies"),
                impressions=values.get("views"),
            )
        return figures

    async def publish(self, post: Outgoing) -> Published:
        return await self._send(post, {})

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        return await self._send(post, {"reply_to_id": remote_id})

    async def find_published(self, post: Outgoing) -> Published | None:
        return await self._container_outcome(post) if post.progress else None

    async def _send(self, post: Outgoing, extra: dict[str, str]) -> Published:
        if post.progress:
            done = await self._container_outcome(post)
            if done is not None:
                return done
        await self._check_quota(reply=bool(extra))
        container = await self._container(post, extra)
        await post.keep(json.dumps({"container": container}))
        return await self._publish(container)

    async def _container_outcome(self, post: Outgoing) -> Published | None:
        container = container_of(post.progress)
        if not container:
            return None
        answer = await self._get(container, fields="id,status,error_message")
        status = str(answer.get("status") or "")
        if status == "PUBLISHED":
            return await self._find_own(post)
        if status in ("FINISHED", "IN_PROGRESS"):
            return await self._publish(container)
        return None  # ERROR or EXPIRED: nothing went out from it

    async def _find_own(self, post: Outgoing) -> Published:
        """A published container does not name its post: our recent posts and answers with this text."""
        since = post.created_at - timedelta(minutes=1)
        for edge in ("threads", "replies"):
            answer = await self._get(f"me/{edge}", fields="id,text,timestamp,permalink", limit="25")
            for item in answer.get("data") or []:
                if (
                    isinstance(item, dict)
                    and (item.get("text") or "").strip() == post.text.strip()
                    and graph_time(item.get("timestamp")) >= since
                ):
                    return Published(
                        str(item["id"]), str(item.get("permalink") or ""), graph_time(item.get("timestamp"))
                    )
        raise TemporaryFailure(
            translate("Networks", "Threads says the post was published but does not show it yet. Checking again soon.")
        )

    async def _check_quota(self, reply: bool) -> None:
        answer = await self._get(
            f"{self.user_id}/threads_publishing_limit", fields="quota_usage,config,reply_quota_usage,reply_config"
        )
        data = answer.get("data") or []
        usage = data[0] if data and isinstance(data[0], dict) else {}
        used = usage.get("reply_quota_usage" if reply else "quota_usage")
        total = (usage.get("reply_config" if reply else "config") or {}).get("quota_total")
        if isinstance(used, int) and isinstance(total, int) and used >= total:
            moment = utcnow() + timedelta(hours=1)
            raise RateLimited(
                translate(
                    "Networks", "Threads allows %1 posts a day through apps; this account has reached it."
                ).replace("%1", str(total)),
                moment,
            )

    async def _container(self, post: Outgoing, extra: dict[str, str]) -> str:
        if not post.images:
            return str(
                (await self._post(f"{self.user_id}/threads", {"media_type": "TEXT", "text": post.text, **extra}))["id"]
            )
        addresses = await self._public_addresses(post.images)
        if len(post.images) == 1:
            fields = {"media_type": "IMAGE", "image_url": addresses[0], "text": post.text, **extra}
            if post.images[0].alt_text.strip():
                fields["alt_text"] = post.images[0].alt_text.strip()
            return str((await self._post(f"{self.user_id}/threads", fields))["id"])
        children = []
        for image, url in zip(post.images, addresses, strict=True):
            fields = {"media_type": "IMAGE", "image_url": url, "is_carousel_item": "true"}
            if image.alt_text.strip():
                fields["alt_text"] = image.alt_text.strip()
            children.append(str((await self._post(f"{self.user_id}/threads", fields))["id"]))
        carousel = {"media_type": "CAROUSEL", "children": ",".join(children), "text": post.text, **extra}
        return str((await self._post(f"{self.user_id}/threads", carousel))["id"])

    async def _publish(self, container: str) -> Published:
        """Publish once the container is ready; "not ready" answers are waited out, not failures."""
        for pause in (0, *self.polls):
            await asyncio.sleep(pause)
            status = await self._get(container, fields="id,status,error_message")
            if status.get("status") in ("ERROR", "EXPIRED"):
                raise Rejected(
                    translate("Networks", "Threads could not take the post: %1").replace(
                        "%1", str(status.get("error_message") or status.get("status"))
                    )
                )
            if status.get("status") == "IN_PROGRESS":
                continue
            try:
                created = await self._post(f"{self.user_id}/threads_publish", {"creation_id": container})
            except Rejected as error:
                if _not_ready(error):
                    continue
                raise
            return await self._published(str(created["id"]))
        raise TemporaryFailure(translate("Networks", "Threads is still preparing the post. Trying again later."))

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        """Replies to our recent posts (Threads has no `since` for them): each post's whole conversation,
        newer than the newest reply seen last time."""
        since = since_of(cursor)
        me = await self._username()
        posts = await self._get("me/threads", fields="id,timestamp", limit=str(RECENT_POSTS))
        post_ids = [str(p["id"]) for p in posts.get("data") or [] if isinstance(p, dict) and p.get("id")]
        found = await asyncio.gather(*(self._conversation(post_id) for post_id in post_ids))
        comments = [
            c
            for batch in found
            for c in batch
            if c.author_handle.lstrip("@") != me and (since is None or c.created_at >= since)
        ]
        comments.sort(key=lambda c: c.created_at, reverse=True)
        newest = max((c.created_at for c in comments), default=since)
        return CommentPage(comments, json.dumps({"since": int(newest.timestamp())}) if newest else cursor)

    async def _conversation(self, post_id: str) -> list[RemoteComment]:
        answer = await self._get(f"{post_id}/conversation", fields=REPLY_FIELDS, reverse="false")
        return [
            self._comment(item, post_id)
            for item in answer.get("data") or []
            if isinstance(item, dict) and item.get("id")
        ]

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        item = await self._get(remote_id, fields="id,root_post{id}")
        root_id = str((item.get("root_post") or {}).get("id") or remote_id)
        root = await self._get(root_id, fields="id,text,username,permalink,timestamp")
        first = self._comment(root, root_id)
        rest = sorted(await self._conversation(root_id), key=lambda c: c.created_at)
        return [first, *rest]

    def _comment(self, item: dict[str, Any], post_id: str) -> RemoteComment:
        username = str(item.get("username") or "")
        parent = str((item.get("replied_to") or {}).get("id") or "")
        return RemoteComment(
            remote_id=str(item["id"]),
            remote_parent_id="" if parent == post_id else parent,
            remote_post_id=str((item.get("root_post") or {}).get("id") or post_id),
            author_name=username,
            author_handle="@" + username if username else "",
            author_avatar_url="",
            text=str(item.get("text") or ""),
            url=str(item.get("permalink") or ""),
            created_at=graph_time(item.get("timestamp")),
        )


def _not_ready(error: Rejected) -> bool:
    return getattr(error, "graph_subcode", None) in NOT_READY_SUBCODES


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(text), timezone.utc)
    except ValueError:
        return None


def _token_values(answer: dict[str, Any]) -> dict[str, str]:
    token = str(answer["access_token"])
    Secret({"token": token}).register()
    now = utcnow()
    values = {"token": token, "issued_at": str(int(now.timestamp()))}
    expires_in = answer.get("expires_in")
    if isinstance(expires_in, int) and expires_in > 0:
        values["expires_at"] = str(int((now + timedelta(seconds=expires_in)).timestamp()))
    return values


# -- connecting --------------------------------------------------------------------------------------


async def sign_in(context: SignInContext) -> SignedIn:
    transport = GraphTransport(context.http(), NAME)
    pasted = pasted_access_token(context.value("token"))
    if pasted:
        Secret({"token": pasted}).register()
        values = {"token": pasted, "issued_at": str(int(utcnow().timestamp()))}
    else:
        if context.developer_app is None:
            raise KurzdrahtError(translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", NAME))
        app = await context.developer_app("threads")
        Secret({"app_secret": app.secret}).register()
        browser = BrowserSignIn(PastedRedirect(app.redirect_uri, context.user))
        code = await browser.ask(context.user, address("threads", f"{WEB}/oauth/authorize"), app.app_id, SCOPES)
        short = (
            await transport.send(
                "POST",
                address("threads", f"{API}/oauth/access_token"),
                data={
                    "client_id": app.app_id,
                    "client_secret": app.secret,
                    "code": code,
                    "grant_type": "authorization_code",
                    "redirect_uri": app.redirect_uri,
                    "code_verifier": browser.pkce.verifier,
                },
                auth_error=False,
            )
        ).json()
        Secret({"token": str(short.get("access_token") or "")}).register()
        long = (
            await transport.send(
                "GET",
                address("threads", f"{API}/access_token"),
                params={
                    "grant_type": "th_exchange_token",
                    "client_secret": app.secret,
                    "access_token": short["access_token"],
                },
                auth_error=False,
            )
        ).json()
        values = _token_values(long)
    me = (
        await transport.send("GET", _url("me"), params={"fields": "id,username", "access_token": values["token"]})
    ).json()
    secret = Secret({**values, "user_id": str(me["id"]), "username": str(me.get("username") or "")})
    expires = _moment(values.get("expires_at", ""))
    return SignedIn(API, secret, expires)


PLUGIN = NetworkPlugin(
    key="threads",
    name=NAME,
    order=60,
    summary=QT_TRANSLATE_NOOP(
        "Networks", "a Threads profile (signs in through your organisation's Threads app unless a token is given)"
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Kurzdraht signs in through your organisation's own Threads app (see “Developer apps”). Threads "
        "sends your browser back to your organisation's own web address; Kurzdraht then asks you to copy "
        "that address. Images go to the web through your WordPress blog.",
    ),
    client=ThreadsClient,
    sign_in=sign_in,
    app=THREADS_APP,
    limits=LIMITS,
    fields=(
        Field(
            "images_via",
            QT_TRANSLATE_NOOP("Networks", "Images via blog:"),
            QT_TRANSLATE_NOOP("Networks", "the WordPress account (its name or handle) that puts the images on the web"),
            required=False,
            account="wordpress",
        ),
        Field(
            "token",
            QT_TRANSLATE_NOOP("Networks", "Access token (optional):"),
            QT_TRANSLATE_NOOP("Networks", "read a Threads access token from standard input instead"),
            required=False,
            secret=True,
            stdin_option="--token-stdin",
        ),
    ),
)
