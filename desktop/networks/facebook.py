"""Facebook Pages through Meta's Graph API: signed in through the organisation's Meta app (or a pasted
user or Page token), a Page token that does not expire, text and links to the Page's feed, photos with
alt text, comments on the Page's posts and answers to them.

Graph has no idempotency key: after a request whose answer was lost, the post is looked for among the
Page's recent posts before anything is sent again, and an answer to a comment is looked for among the
comment's replies before it is sent.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    CommentPage,
    Identity,
    Limits,
    Outgoing,
    PostFigures,
    Published,
    RemoteComment,
    Secret,
    count_of,
)
from desktop.networks.limits import DEFAULT_LIMITS
from desktop.networks.meta import (
    FACEBOOK_SCOPES,
    GRAPH,
    META_APP,
    WEB,
    GraphClient,
    GraphTransport,
    choose_page,
    graph_time,
    long_lived,
    page_behind,
    pages_of,
    since_of,
    sign_in_user_token,
    token_expiry,
)
from desktop.networks.oauth import pasted_access_token
from desktop.networks.plugin import Field, NetworkPlugin, SignedIn, SignInContext

NAME = "Facebook"
LIMITS = DEFAULT_LIMITS["facebook"]
PAGE_FIELDS = "id,name,category,fan_count,username,link,picture{url}"
COMMENT_FIELDS = "id,message,from{id,name,picture{url}},created_time,parent{id},permalink_url"
# How many of the Page's posts the inbox looks at for new comments, and how far back it looks the
# first time; a comment on an older post still arrives when someone answers in its thread.
RECENT_POSTS = 25
FIRST_SYNC_DAYS = 14
# Finding a post whose answer was lost: the Page's posts from a minute before it was first sent on.
FIND_WINDOW = timedelta(minutes=1)
MAX_PAGES = 20  # pages of comments per post and sync, at 100 each
# What a post did, in the request that asks for up to 50 posts at once: the number of shares (Graph leaves
# `shares` out while there are none), reactions of every kind and the comments under the post, each as a
# summary without the items. Impressions are not asked: `post_impressions` is one of the Page Insights
# metrics Meta removed (November 2025, for all versions); its successor `post_media_view` ("views", repeat
# views included) needs the `read_insights` permission Kurzdraht does not ask for and a request per post.
FIGURE_FIELDS = "shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)"


def canonical_server() -> str:
    return GRAPH


class FacebookClient(GraphClient):
    network = "facebook"
    name = NAME

    @property
    def page_id(self) -> str:
        return self.secret.get("page_id")

    async def token(self) -> str:
        return self.secret.get("page_token")

    # -- the interface ---------------------------------------------------------------------------
    async def verify(self) -> Identity:
        page = await self._get(self.page_id, fields=PAGE_FIELDS)
        picture = ((page.get("picture") or {}).get("data") or {}).get("url") or ""
        return Identity(
            remote_id=str(page.get("id") or self.page_id),
            handle=str(page.get("id") or self.page_id),
            display_name=str(page.get("name") or self.page_id),
            avatar_url=str(picture),
            profile_url=str(page.get("link") or f"{WEB}/{self.page_id}"),
            server_url=canonical_server(),
        )

    async def limits(self) -> Limits:
        return LIMITS

    async def followers(self) -> int | None:
        """The Page's followers (`followers_count`); a Page without it (older Pages) counts its likes."""
        page = await self._get(self.page_id, fields="followers_count,fan_count")
        found = count_of(page.get("followers_count"))
        return found if found is not None else count_of(page.get("fan_count"))

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        """Reactions, shares and comments of the Page's posts, 50 posts a request (`GET /?ids=`)."""
        found: dict[str, PostFigures] = {}
        for post_id, item in (await self._objects(remote_ids, FIGURE_FIELDS)).items():
            shares = item.get("shares")
            found[post_id] = PostFigures(
                likes=_total(item.get("reactions")),
                shares=count_of(shares.get("count")) if isinstance(shares, dict) else 0,
                replies=_total(item.get("comments")),
            )
        return found

    async def publish(self, post: Outgoing) -> Published:
        if not post.images:
            created = await self._post(f"{self.page_id}/feed", {"message": post.text})
            return await self._published(str(created["id"]))
        if len(post.images) == 1:
            created = await self._photo(post.images[0], {"message": post.text, "published": "true"})
            return await self._published(str(created.get("post_id") or created["id"]))
        # Several photos: each uploaded unpublished, then one post that shows them all.
        photo_ids = [str((await self._photo(image, {"published": "false"}))["id"]) for image in post.images]
        attached = {f"attached_media[{i}]": json.dumps({"media_fbid": pid}) for i, pid in enumerate(photo_ids)}
        created = await self._post(f"{self.page_id}/feed", {"message": post.text, **attached})
        return await self._published(str(created["id"]))

    async def find_published(self, post: Outgoing) -> Published | None:
        since = int((post.created_at - FIND_WINDOW).timestamp())
        answer = await self._get(
            f"{self.page_id}/published_posts",
            fields="id,message,created_time,permalink_url",
            since=str(since),
            limit="25",
        )
        for item in answer.get("data") or []:
            if isinstance(item, dict) and (item.get("message") or "").strip() == post.text.strip():
                return Published(
                    str(item["id"]), str(item.get("permalink_url") or ""), graph_time(item.get("created_time"))
                )
        return None

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        now = datetime.now(timezone.utc)
        since = since_of(cursor) or now - timedelta(days=FIRST_SYNC_DAYS)
        posts = await self._get(
            f"{self.page_id}/published_posts", fields="id,created_time,updated_time", limit=str(RECENT_POSTS)
        )
        post_ids = [
            str(item["id"])
            for item in posts.get("data") or []
            if isinstance(item, dict)
            and item.get("id")
            and graph_time(item.get("updated_time") or item.get("created_time")) >= since
        ]
        found = await asyncio.gather(*(self._comments_since(post_id, since) for post_id in post_ids))
        comments = sorted((c for batch in found for c in batch), key=lambda c: c.created_at, reverse=True)
        newest = max((c.created_at for c in comments), default=since)
        # The next sync asks from the newest comment seen (Graph's `since` includes it; the inbox skips
        # what it has), never from the clock of this computer.
        return CommentPage(comments, json.dumps({"since": int(newest.timestamp())}))

    async def _comments_since(self, post_id: str, since: datetime) -> list[RemoteComment]:
        answer = await self._get(
            f"{post_id}/comments",
            filter="stream",
            order="reverse_chronological",
            since=str(int(since.timestamp())),
            fields=COMMENT_FIELDS,
            limit="100",
        )
        comments: list[RemoteComment] = []
        for _ in range(MAX_PAGES):
            stop = False
            for item in answer.get("data") or []:
                if not isinstance(item, dict) or not item.get("id"):
                    continue
                comment = self._comment(item, post_id)
                if comment.created_at < since:
                    stop = True
                    break
                if (item.get("from") or {}).get("id") != self.page_id:  # our own answers are no news
                    comments.append(comment)
            following = (answer.get("paging") or {}).get("next")
            if stop or not isinstance(following, str) or not following:
                break
            answer = await self._follow(following)
        return comments

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        existing = await self._own_reply(remote_id, post)
        if existing is not None:
            return existing
        created = await self._post(f"{remote_id}/comments", {"message": post.text})
        item = await self._get(str(created["id"]), fields="id,permalink_url,created_time")
        return Published(str(created["id"]), str(item.get("permalink_url") or ""), graph_time(item.get("created_time")))

    async def _own_reply(self, remote_id: str, post: Outgoing) -> Published | None:
        """Our answer to this comment with this text, if an earlier try did arrive."""
        since = int((post.created_at - FIND_WINDOW).timestamp())
        answer = await self._get(
            f"{remote_id}/comments",
            filter="stream",
            since=str(since),
            fields="id,message,from{id},permalink_url,created_time",
            limit="100",
        )
        for item in answer.get("data") or []:
            if (
                isinstance(item, dict)
                and (item.get("from") or {}).get("id") == self.page_id
                and (item.get("message") or "").strip() == post.text.strip()
            ):
                return Published(
                    str(item["id"]), str(item.get("permalink_url") or ""), graph_time(item.get("created_time"))
                )
        return None

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        comment = await self._get(remote_id, fields=COMMENT_FIELDS + ",object{id}")
        post_id = _post_of(remote_id, comment)
        post = await self._get(post_id, fields="id,message,created_time,permalink_url,from{id,name,picture{url}}")
        root = RemoteComment(
            remote_id=post_id,
            remote_parent_id="",
            remote_post_id=post_id,
            author_name=str((post.get("from") or {}).get("name") or ""),
            author_handle=str((post.get("from") or {}).get("id") or self.page_id),
            author_avatar_url="",
            text=str(post.get("message") or ""),
            url=str(post.get("permalink_url") or ""),
            created_at=graph_time(post.get("created_time")),
        )
        answer = await self._get(
            f"{post_id}/comments", filter="stream", order="chronological", fields=COMMENT_FIELDS, limit="100"
        )
        rest = [
            self._comment(item, post_id)
            for item in answer.get("data") or []
            if isinstance(item, dict) and item.get("id")
        ]
        return [root, *rest]

    # -- helpers ---------------------------------------------------------------------------------
    async def _photo(self, image, fields: dict[str, str]) -> dict[str, Any]:  # noqa: ANN001 - an Image
        data = await asyncio.to_thread(image.read)
        if image.alt_text.strip():
            fields = {**fields, "alt_text_custom": image.alt_text.strip()}
        return await self._post(
            f"{self.page_id}/photos", fields, files={"source": (image.path.name, data, image.media_type)}
        )

    async def _published(self, post_id: str) -> Published:
        try:
            item = await self._get(post_id, fields="id,permalink_url,created_time")
        except KurzdrahtError:
            # The post is there; only its address is missing, and the post is never sent again for that.
            return Published(post_id, f"{WEB}/{post_id}")
        return Published(
            post_id, str(item.get("permalink_url") or f"{WEB}/{post_id}"), graph_time(item.get("created_time"))
        )

    def _comment(self, item: dict[str, Any], post_id: str) -> RemoteComment:
        author = item.get("from") or {}
        parent = (item.get("parent") or {}).get("id") or ""
        picture = ((author.get("picture") or {}).get("data") or {}).get("url") or ""
        return RemoteComment(
            remote_id=str(item["id"]),
            remote_parent_id=str(parent),
            remote_post_id=post_id,
            author_name=str(author.get("name") or translate("Networks", "someone on Facebook")),
            author_handle=str(author.get("id") or ""),
            author_avatar_url=str(picture),
            text=str(item.get("message") or ""),
            url=str(item.get("permalink_url") or ""),
            created_at=graph_time(item.get("created_time")),
        )


def _total(edge: object) -> int | None:
    """An edge's `summary.total_count` (None when Graph gave no summary, e.g. without the permission)."""
    summary = edge.get("summary") if isinstance(edge, dict) else None
    return count_of(summary.get("total_count")) if isinstance(summary, dict) else None


def _post_of(comment_id: str, comment: dict[str, Any]) -> str:
    """The post a comment belongs to: Graph's comment ids are "<post>_<comment>" for Page posts."""
    target = (comment.get("object") or {}).get("id") if isinstance(comment.get("object"), dict) else None
    if target:
        return str(target)
    head, _, _ = comment_id.partition("_")
    return head


# -- connecting --------------------------------------------------------------------------------------


async def sign_in(context: SignInContext) -> SignedIn:
    transport = GraphTransport(context.http(), NAME)
    pasted = pasted_access_token(context.value("token"))
    if pasted:
        Secret({"token": pasted}).register()
        page = await page_behind(transport, "facebook", pasted, PAGE_FIELDS)
        if page is not None:
            if context.value("page") and context.value("page") not in (page.id, page.name):
                raise KurzdrahtError(
                    translate("Networks", "This is the Page token of “%1”, not of “%2”.")
                    .replace("%1", page.name)
                    .replace("%2", context.value("page"))
                )
            return await _signed_in(context, transport, page.id, page.token)
        user_token = await _longer(context, transport, pasted)
    else:
        user_token, _ = await sign_in_user_token(context, "facebook", FACEBOOK_SCOPES)
    pages = await pages_of(transport, "facebook", user_token, "id,name,access_token")
    page = await choose_page(context, pages, context.value("page"), NAME)
    # A Page token got with a long-lived user token does not expire.
    return await _signed_in(context, transport, page.id, page.token)


async def _signed_in(context: SignInContext, transport: GraphTransport, page_id: str, token: str) -> SignedIn:
    """The Page's login, with when it ends where the organisation's Meta app can ask (a pasted token
    may be one that lasts an hour)."""
    secret = Secret({"page_id": page_id, "page_token": token})
    return SignedIn(canonical_server(), secret, await token_expiry(context, transport, "facebook", token))


async def _longer(context: SignInContext, transport: GraphTransport, token: str) -> str:
    """A pasted user token made long-lived where the organisation's Meta app is known (its Page tokens
    then do not expire); else the token as it is (its Page token lasts as long as it does)."""
    if context.developer_app is None:
        return token
    try:
        app = await context.developer_app("meta")
    except KurzdrahtError:
        return token
    try:
        return (await long_lived(transport, "facebook", app.app_id, app.secret, token))[0]
    except KurzdrahtError:
        return token  # a token of another app (e.g. the Graph API Explorer's) cannot be exchanged


PLUGIN = NetworkPlugin(
    key="facebook",
    name=NAME,
    order=40,
    summary=QT_TRANSLATE_NOOP(
        "Networks", "a Facebook Page (signs in through your organisation's Meta app unless a token is given)"
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Kurzdraht signs in through your organisation's own Meta app (see “Developer apps”): your browser "
        "opens, you log in to Facebook and allow Kurzdraht to manage the Page. If you prefer, paste a "
        "user or Page access token instead, e.g. from the Graph API Explorer.",
    ),
    client=FacebookClient,
    sign_in=sign_in,
    app=META_APP,
    limits=LIMITS,
    fields=(
        Field(
            "page",
            QT_TRANSLATE_NOOP("Networks", "Page (optional):"),
            QT_TRANSLATE_NOOP("Networks", "the Page's ID or name, when the login manages several"),
            placeholder="Nachbarschaftszentrum Lindenhof",
            required=False,
            prefill=lambda account: account.handle,
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
