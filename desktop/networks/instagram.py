"""Instagram professional accounts through Meta's Graph API (Instagram API with Facebook Login): the
account linked to a Facebook Page, signed in through the organisation's Meta app (or a pasted token).

Every post needs an image, and Instagram fetches images itself from a public web address: the image
goes to the organisation's WordPress media library first (the account's `images_via`). Publishing is
two steps — a container, then `media_publish` once the container is FINISHED — and the container id is
kept with the attempt before the second step, so that after a lost answer Kurzdraht asks the
container whether it was published instead of publishing again.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta, timezone
from collections.abc import Sequence
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
from desktop.networks.meta import (
    GRAPH,
    INSTAGRAM_SCOPES,
    META_APP,
    GraphClient,
    GraphTransport,
    ManagedPage,
    choose_page,
    container_of,
    graph_time,
    page_behind,
    pages_of,
    sign_in_user_token,
)
from desktop.networks.oauth import pasted_access_token
from desktop.networks.plugin import Field, NetworkPlugin, SignedIn, SignInContext
from desktop.networks.transport import utcnow

NAME = "Instagram"
LIMITS = DEFAULT_LIMITS["instagram"]
PAGE_FIELDS = "id,name,category,fan_count,instagram_business_account"
ACCOUNT_FIELDS = "id,username,name,profile_picture_url"
COMMENT_FIELDS = "id,text,timestamp,username,from{id,username},parent_id"
# Waiting for a container: Meta asks to poll about once a minute for at most five minutes; images are
# usually ready within seconds, so the first looks come sooner.
CONTAINER_POLLS = (0.3, 0.7, 1, 2, 3, 5, 10, 15, 30, 60, 60, 60)
RECENT_MEDIA = 25
MAX_PAGES = 20
# A post's likes and comments are fields of the media, asked for up to 50 posts in one request. Views and
# shares are only media insights (`views`, `shares`; `impressions` was removed in v22.0): they need the
# `instagram_manage_insights` permission Kurzdraht does not ask for, and a request per post.
FIGURE_FIELDS = "like_count,comments_count"


class InstagramClient(GraphClient):
    network = "instagram"
    name = NAME

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url, secret, save_secret)
        self.polls = CONTAINER_POLLS

    @property
    def user_id(self) -> str:
        return self.secret.get("ig_user_id")

    @property
    def profile(self) -> str:
        return self.user_id

    # -- the interface ---------------------------------------------------------------------------
    async def verify(self) -> Identity:
        me = await self._get(self.user_id, fields=ACCOUNT_FIELDS)
        username = str(me.get("username") or self.user_id)
        return Identity(
            remote_id=str(me.get("id") or self.user_id),
            handle="@" + username,
            display_name=str(me.get("name") or username),
            avatar_url=str(me.get("profile_picture_url") or ""),
            profile_url=f"https://www.instagram.com/{username}/",
            server_url=GRAPH,
        )

    async def limits(self) -> Limits:
        return LIMITS

    async def followers(self) -> int | None:
        return count_of((await self._get(self.user_id, fields="followers_count")).get("followers_count"))

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        """Likes and comments (answers included) of our media, 50 a request (`GET /?ids=`). Instagram leaves
        `like_count` out where the owner hid the likes: then they stay unknown."""
        return {
            media_id: PostFigures(likes=count_of(item.get("like_count")), replies=count_of(item.get("comments_count")))
            for media_id, item in (await self._objects(remote_ids, FIGURE_FIELDS)).items()
        }

    async def publish(self, post: Outgoing) -> Published:
        if post.progress:
            done = await self._container_outcome(post)
            if done is not None:
                return done
        if not post.images:
            raise Rejected(translate("Networks", "Instagram needs an image with every post."))
        await self._check_quota()
        container = await self._container(post)
        await post.keep(json.dumps({"container": container}))
        await self._wait_until_ready(container)
        published = await self._post(f"{self.user_id}/media_publish", {"creation_id": container})
        return await self._published(str(published["id"]))

    async def find_published(self, post: Outgoing) -> Published | None:
        return await self._container_outcome(post) if post.progress else None

    async def _container_outcome(self, post: Outgoing) -> Published | None:
        """What became of the container an earlier try made: the post if it was published, else None
        (then publishing it, or a new one, is safe); a container still being made is waited for."""
        container = container_of(post.progress)
        if not container:
            return None
        status = str((await self._get(container, fields="id,status_code")).get("status_code") or "")
        if status == "PUBLISHED":
            return await self._find_media(post)
        if status in ("FINISHED", "IN_PROGRESS"):
            await self._wait_until_ready(container)
            published = await self._post(f"{self.user_id}/media_publish", {"creation_id": container})
            return await self._published(str(published["id"]))
        return None  # ERROR or EXPIRED: nothing was published from it; a new container is made

    async def _find_media(self, post: Outgoing) -> Published:
        """A published container has no link to its post: the account's recent media with the same
        caption, from the time the post was first sent on."""
        answer = await self._get(f"{self.user_id}/media", fields="id,caption,timestamp,permalink", limit="25")
        since = post.created_at - timedelta(minutes=1)
        for item in answer.get("data") or []:
            if (
                isinstance(item, dict)
                and (item.get("caption") or "").strip() == post.text.strip()
                and graph_time(item.get("timestamp")) >= since
            ):
                return Published(str(item["id"]), str(item.get("permalink") or ""), graph_time(item.get("timestamp")))
        raise TemporaryFailure(
            translate(
                "Networks", "Instagram says the post was published but does not show it yet. Checking again soon."
            )
        )

    async def _check_quota(self) -> None:
        answer = await self._get(f"{self.user_id}/content_publishing_limit", fields="quota_usage,config")
        data = answer.get("data") or []
        usage = data[0] if data and isinstance(data[0], dict) else {}
        used = usage.get("quota_usage")
        total = (usage.get("config") or {}).get("quota_total")
        if isinstance(used, int) and isinstance(total, int) and used >= total:
            window = (usage.get("config") or {}).get("quota_duration") or 86400
            moment = utcnow() + timedelta(seconds=min(int(window), 86400) / 24)
            raise RateLimited(
                translate(
                    "Networks", "Instagram allows %1 posts a day through apps; this account has reached it."
                ).replace("%1", str(total)),
                moment,
            )

    async def _container(self, post: Outgoing) -> str:
        addresses = await self._public_addresses(post.images)
        if len(post.images) == 1:
            fields = {"image_url": addresses[0], "caption": post.text}
            if post.images[0].alt_text.strip():
                fields["alt_text"] = post.images[0].alt_text.strip()
            return str((await self._post(f"{self.user_id}/media", fields))["id"])
        children = []
        for image, url in zip(post.images, addresses, strict=True):
            fields = {"image_url": url, "is_carousel_item": "true"}
            if image.alt_text.strip():
                fields["alt_text"] = image.alt_text.strip()
            children.append(str((await self._post(f"{self.user_id}/media", fields))["id"]))
        for child in children:
            await self._wait_until_ready(child)
        carousel = {"media_type": "CAROUSEL", "children": ",".join(children), "caption": post.text}
        return str((await self._post(f"{self.user_id}/media", carousel))["id"])

    async def _wait_until_ready(self, container: str) -> None:
        for pause in (0, *self.polls):
            await asyncio.sleep(pause)
            answer = await self._get(container, fields="id,status_code,status")
            status = answer.get("status_code")
            if status in ("FINISHED", "PUBLISHED"):
                return
            if status in ("ERROR", "EXPIRED"):
                raise Rejected(
                    translate("Networks", "Instagram could not take the image: %1").replace(
                        "%1", str(answer.get("status") or status)
                    )
                )
        raise TemporaryFailure(translate("Networks", "Instagram is still preparing the image. Trying again later."))

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        """Instagram has no account-wide list of comments and no `since`: the comments of recent media
        whose comment count changed since the last look."""
        seen = _counts(cursor)
        answer = await self._get(f"{self.user_id}/media", fields="id,timestamp,comments_count", limit=str(RECENT_MEDIA))
        counts: dict[str, int] = {}
        changed = []
        for item in answer.get("data") or []:
            if isinstance(item, dict) and item.get("id"):
                media_id, number = str(item["id"]), int(item.get("comments_count") or 0)
                counts[media_id] = number
                if number and seen.get(media_id) != number:
                    changed.append(media_id)
        found = await asyncio.gather(*(self._comments_of(media_id) for media_id in changed))
        comments = sorted((c for batch in found for c in batch), key=lambda c: c.created_at, reverse=True)
        return CommentPage(comments, json.dumps({"counts": counts}, sort_keys=True))

    async def _comments_of(self, media_id: str) -> list[RemoteComment]:
        me = await self._username()
        answer = await self._get(
            f"{media_id}/comments", fields=COMMENT_FIELDS + ",replies{" + COMMENT_FIELDS + "}", limit="50"
        )
        comments: list[RemoteComment] = []
        for _ in range(MAX_PAGES):
            for item in answer.get("data") or []:
                if not isinstance(item, dict) or not item.get("id"):
                    continue
                for each in [item, *((item.get("replies") or {}).get("data") or [])]:
                    if isinstance(each, dict) and each.get("id") and each.get("username") != me:
                        comments.append(self._comment(each, media_id, "" if each is item else str(item["id"])))
            following = (answer.get("paging") or {}).get("next")
            if not isinstance(following, str) or not following:
                break
            answer = await self._follow(following)
        return comments

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        # Instagram answers only top-level comments; an answer to an answer joins its comment.
        comment = await self._get(remote_id, fields="id,parent_id")
        target = str(comment.get("parent_id") or remote_id)
        me = await self._username()
        since = post.created_at - timedelta(minutes=1)
        existing = await self._get(f"{target}/replies", fields="id,text,username,timestamp")
        for item in existing.get("data") or []:
            if (
                isinstance(item, dict)
                and item.get("username") == me
                and (item.get("text") or "").strip() == post.text.strip()
                and graph_time(item.get("timestamp")) >= since
            ):
                return Published(str(item["id"]), "", graph_time(item.get("timestamp")))
        created = await self._post(f"{target}/replies", {"message": post.text})
        return Published(str(created["id"]), "", datetime.now(timezone.utc))

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        comment = await self._get(remote_id, fields="id,media{id}")
        media_id = str((comment.get("media") or {}).get("id") or "")
        if not media_id:
            return []
        media = await self._get(media_id, fields="id,caption,timestamp,permalink,username")
        root = RemoteComment(
            remote_id=media_id,
            remote_parent_id="",
            remote_post_id=media_id,
            author_name=str(media.get("username") or ""),
            author_handle="@" + str(media.get("username") or await self._username()),
            author_avatar_url="",
            text=str(media.get("caption") or ""),
            url=str(media.get("permalink") or ""),
            created_at=graph_time(media.get("timestamp")),
        )
        answer = await self._get(
            f"{media_id}/comments", fields=COMMENT_FIELDS + ",replies{" + COMMENT_FIELDS + "}", limit="50"
        )
        rest: list[RemoteComment] = []
        for item in answer.get("data") or []:
            if isinstance(item, dict) and item.get("id"):
                rest.append(self._comment(item, media_id, ""))
                for each in (item.get("replies") or {}).get("data") or []:
                    if isinstance(each, dict) and each.get("id"):
                        rest.append(self._comment(each, media_id, str(item["id"])))
        return [root, *sorted(rest, key=lambda c: c.created_at)]

    def _comment(self, item: dict[str, Any], media_id: str, parent: str) -> RemoteComment:
        username = str(item.get("username") or (item.get("from") or {}).get("username") or "")
        return RemoteComment(
            remote_id=str(item["id"]),
            remote_parent_id=str(item.get("parent_id") or parent),
            remote_post_id=media_id,
            author_name=username,
            author_handle="@" + username if username else "",
            author_avatar_url="",
            text=str(item.get("text") or ""),
            url="",
            created_at=graph_time(item.get("timestamp")),
        )


def _counts(cursor: str | None) -> dict[str, int]:
    try:
        counts = json.loads(cursor or "").get("counts") or {}
    except (ValueError, AttributeError):
        return {}
    return {str(k): int(v) for k, v in counts.items() if isinstance(v, int)} if isinstance(counts, dict) else {}


# -- connecting --------------------------------------------------------------------------------------


async def sign_in(context: SignInContext) -> SignedIn:
    transport = GraphTransport(context.http(), NAME)
    pasted = pasted_access_token(context.value("token"))
    fields = "id,name,access_token,instagram_business_account"
    if pasted:
        Secret({"token": pasted}).register()
        behind = await page_behind(transport, "instagram", pasted, PAGE_FIELDS)
        pages = [behind] if behind is not None else await pages_of(transport, "instagram", pasted, fields)
    else:
        user_token, _ = await sign_in_user_token(context, "instagram", INSTAGRAM_SCOPES)
        pages = await pages_of(transport, "instagram", user_token, fields)
    linked = [p for p in pages if p.instagram_id]
    if pages and not linked:
        raise KurzdrahtError(
            translate(
                "Networks",
                "None of these Facebook Pages has an Instagram professional account linked to it: %1. Link "
                "the Instagram account to the Page in the Page's settings (Linked accounts), then try again.",
            ).replace("%1", ", ".join(p.name for p in pages))
        )
    page: ManagedPage = await choose_page(context, linked, context.value("page"), NAME)
    secret = Secret({"ig_user_id": page.instagram_id, "page_id": page.id, "token": page.token})
    return SignedIn(GRAPH, secret)


PLUGIN = NetworkPlugin(
    key="instagram",
    name=NAME,
    order=50,
    summary=QT_TRANSLATE_NOOP(
        "Networks", "an Instagram professional account linked to a Facebook Page (through your organisation's Meta app)"
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Instagram professional accounts connect through the Facebook Page they are linked to, with your "
        "organisation's own Meta app (see “Developer apps”). Instagram fetches every image from the web, so "
        "choose the WordPress blog whose media library puts them there.",
    ),
    client=InstagramClient,
    sign_in=sign_in,
    app=META_APP,
    limits=LIMITS,
    fields=(
        Field(
            "page",
            QT_TRANSLATE_NOOP("Networks", "Facebook Page (optional):"),
            QT_TRANSLATE_NOOP("Networks", "the Facebook Page the Instagram account is linked to, by ID or name"),
            required=False,
        ),
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
            QT_TRANSLATE_NOOP("Networks", "read a user or Page access token from standard input instead"),
            required=False,
            secret=True,
            stdin_option="--token-stdin",
        ),
    ),
)
