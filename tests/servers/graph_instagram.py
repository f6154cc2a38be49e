"""The Instagram part of the Graph API test server (Instagram API with Facebook Login): IG users linked to
Pages, containers whose image the server really fetches from its `image_url` (JPEG only), IN_PROGRESS for
a few status checks, then FINISHED, PUBLISHED once published (a second `media_publish` is refused),
carousels, `content_publishing_limit`, media with `comments_count`, comments with `replies`, answers only
to top-level comments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from servers.graph_wire import JPEG, GraphError, graph_time, project
from servers.mastodon_api.handler import Request

if TYPE_CHECKING:
    from servers.graph import Page, Token


@dataclass
class InstagramUser:
    id: str
    username: str
    name: str
    page: str  # the Facebook Page it is linked to


@dataclass
class Container:
    id: str
    owner: str  # the Instagram user's id
    image: bytes
    caption: str
    alt_text: str
    carousel_item: bool
    children: list[str]
    polls_left: int  # status checks answered IN_PROGRESS before FINISHED
    status: str = "IN_PROGRESS"
    media: str = ""


@dataclass
class Media:
    id: str
    owner: str
    caption: str
    created: float
    alt_texts: list[str]
    images: list[bytes]


@dataclass
class IgComment:
    id: str
    media: str
    parent: str
    username: str
    user_id: str
    text: str
    created: float


class InstagramGraph:
    """Mixed into GraphServer: its Instagram objects and requests."""

    def _init_instagram(self) -> None:
        self.instagram: dict[str, InstagramUser] = {}
        self.containers: dict[str, Container] = {}
        self.media: dict[str, Media] = {}
        self.ig_comments: dict[str, IgComment] = {}
        self.container_polls = 1  # status checks a new container answers IN_PROGRESS
        self.quota_total = 100
        self.fetched: list[str] = []  # every image address the server fetched

    def linked_instagram(self, page_id: str) -> InstagramUser | None:
        return next((u for u in self.instagram.values() if u.page == page_id), None)

    def link_instagram(self, page: Page, username: str, name: str = "") -> InstagramUser:
        """An Instagram professional account linked to the Page."""
        user = InstagramUser(str(next(self.ids)), username, name or username, page.id)
        self.instagram[user.id] = user
        return user

    def media_of(self, user: InstagramUser) -> list[Media]:
        return sorted((m for m in self.media.values() if m.owner == user.id), key=lambda m: m.created)

    def ig_comment(self, media_id: str, username: str, text: str, parent: str = "") -> IgComment:
        with self._lock:
            comment = IgComment(str(next(self.ids)), media_id, parent, username, str(next(self.ids)), text, self.now())
            self.ig_comments[comment.id] = comment
            return comment

    # -- Instagram (IG User, IG Container, IG Media, IG Comment) -----------------------------------------
    def _instagram(self, target: str, edge: str, token: Token, request: Request, fields: dict) -> dict[str, Any]:
        method = request.method
        if target in self.instagram:
            user = self.instagram[target]
            if token.kind != "page" or token.owner != user.page:
                raise GraphError("(#10) Application does not have permission for this action", 10)
            if method == "GET" and not edge:
                return project(self._ig_user_json(user), fields or {"id": {}})
            if method == "POST" and edge == "media":
                return self._new_container(user, request)
            if method == "POST" and edge == "media_publish":
                return self._media_publish(user, request)
            if method == "GET" and edge == "media":
                items = [project(self._media_json(m), fields or {"id": {}}) for m in reversed(self.media_of(user))]
                return self._paged(items, request)
            if method == "GET" and edge == "content_publishing_limit":
                day = self.now() - 86400
                used = sum(1 for m in self.media.values() if m.owner == user.id and m.created >= day)
                return {
                    "data": [
                        {"quota_usage": used, "config": {"quota_total": self.quota_total, "quota_duration": 86400}}
                    ]
                }
        if target in self.containers and method == "GET" and not edge:
            container = self.containers[target]
            if container.status == "IN_PROGRESS":
                if container.polls_left <= 0:
                    container.status = "FINISHED"
                container.polls_left -= 1
            full = {"id": container.id, "status_code": container.status, "status": container.status}
            return project(full, fields or {"id": {}})
        if target in self.media:
            media = self.media[target]
            if method == "GET" and not edge:
                return project(self._media_json(media), fields or {"id": {}})
            if method == "GET" and edge == "comments":
                top = [c for c in self.ig_comments.values() if c.media == media.id and not c.parent]
                top.sort(key=lambda c: c.created, reverse=True)
                return self._paged(
                    [project(self._ig_comment_json(c), fields or {"id": {}, "text": {}}) for c in top], request
                )
            if method == "POST" and edge == "comments":
                return {"id": self._our_ig_comment(media.id, "", request).id}
        if target in self.ig_comments:
            comment = self.ig_comments[target]
            if method == "GET" and not edge:
                return project(self._ig_comment_json(comment), fields or {"id": {}, "text": {}})
            if method == "GET" and edge == "replies":
                replies = sorted(
                    (c for c in self.ig_comments.values() if c.parent == comment.id), key=lambda c: c.created
                )
                return self._paged(
                    [project(self._ig_comment_json(c), fields or {"id": {}, "text": {}}) for c in replies], request
                )
            if method == "POST" and edge == "replies":
                if comment.parent:
                    raise GraphError("(#100) Replies can only be made to top-level comments", 100, 2534023)
                return {"id": self._our_ig_comment(comment.media, comment.id, request).id}
        raise GraphError(
            f"Unsupported {method} request. Object with ID '{target}' does not support this operation", 100, 33
        )

    def _new_container(self, user: InstagramUser, request: Request) -> dict[str, Any]:
        if request.param("media_type") == "CAROUSEL":
            children = [c for c in (request.param("children") or "").split(",") if c]
            if not 2 <= len(children) <= 10 or any(
                c not in self.containers
                or not self.containers[c].carousel_item
                or self.containers[c].status != "FINISHED"
                for c in children
            ):
                raise GraphError("(#100) The carousel children are not valid, finished carousel items", 100, 2207036)
            container = Container(
                str(next(self.ids)),
                user.id,
                b"",
                request.param("caption") or "",
                "",
                False,
                children,
                self.container_polls,
            )
        else:
            image_url = request.param("image_url") or ""
            if not image_url:
                raise GraphError("(#100) The parameter image_url is required", 100)
            data = self._fetch(image_url)
            caption = request.param("caption") or ""
            if len(caption) > 2200:
                raise GraphError("(#100) The caption is too long", 100, 2207010)
            container = Container(
                str(next(self.ids)),
                user.id,
                data,
                caption,
                request.param("alt_text") or "",
                (request.param("is_carousel_item") or "") == "true",
                [],
                self.container_polls,
            )
        self.containers[container.id] = container
        return {"id": container.id}

    def _fetch(self, url: str) -> bytes:
        """Instagram fetches the image itself ("we cURL media used in publishing attempts")."""
        import httpx

        self.fetched.append(url)
        try:
            response = httpx.get(url, timeout=10, follow_redirects=True)
        except httpx.HTTPError:
            response = None
        if response is None or response.status_code != 200:
            raise GraphError(
                "Only photo or video can be accepted as media type.",
                9004,
                2207052,
                user_title="Media download has failed.",
                user_msg="The media could not be fetched from this URI: " + url,
            )
        if not response.content.startswith(JPEG):
            raise GraphError(
                "The image format is not supported. Only JPEG images are supported.",
                9004,
                2207009,
                user_title="Unsupported format",
                user_msg="The image format is not supported. Please use JPEG.",
            )
        return response.content

    def _media_publish(self, user: InstagramUser, request: Request) -> dict[str, Any]:
        container = self.containers.get(request.param("creation_id") or "")
        if container is None or container.owner != user.id:
            raise GraphError("(#100) Param creation_id is not a valid container ID", 100)
        if container.status == "PUBLISHED":
            raise GraphError("(#9007) The media has already been published", 9007, 2207008)
        if container.status != "FINISHED":
            raise GraphError(
                "Media ID is not available",
                9007,
                2207027,
                user_title="Media not ready for publishing",
                user_msg="The media is not ready for publishing, please wait for a moment",
            )
        parts = [self.containers[c] for c in container.children] or [container]
        media = Media(
            str(next(self.ids)),
            user.id,
            container.caption,
            self.now(),
            [p.alt_text for p in parts],
            [p.image for p in parts],
        )
        self.media[media.id] = media
        container.status, container.media = "PUBLISHED", media.id
        return {"id": media.id}

    def _ig_user_json(self, user: InstagramUser) -> dict[str, Any]:
        return {
            "id": user.id,
            "username": user.username,
            "name": user.name,
            "profile_picture_url": f"{self.url}/pictures/{user.id}.jpg",
            "media_count": len(self.media_of(user)),
            "followers_count": len(self.ig_followers.get(user.id, set())),  # type: ignore[attr-defined]
            "follows_count": 0,
        }

    def _media_json(self, media: Media) -> dict[str, Any]:
        user = self.instagram[media.owner]
        return {
            "id": media.id,
            "caption": media.caption,
            "timestamp": graph_time(media.created),
            "permalink": f"https://www.instagram.com/p/{media.id}/",
            "username": user.username,
            "media_type": "CAROUSEL_ALBUM" if len(media.images) > 1 else "IMAGE",
            "comments_count": sum(1 for c in self.ig_comments.values() if c.media == media.id),
            "like_count": len(self.ig_likes.get(media.id, set())),  # type: ignore[attr-defined]
        }

    def _ig_comment_json(self, comment: IgComment) -> dict[str, Any]:
        replies = sorted((c for c in self.ig_comments.values() if c.parent == comment.id), key=lambda c: c.created)
        return {
            "id": comment.id,
            "text": comment.text,
            "timestamp": graph_time(comment.created),
            "username": comment.username,
            "from": {"id": comment.user_id, "username": comment.username},
            "parent_id": comment.parent or None,
            "media": {"id": comment.media},
            "replies": {"data": [self._ig_comment_json(r) for r in replies]}
            if replies and not comment.parent
            else None,
        }

    def _our_ig_comment(self, media_id: str, parent: str, request: Request) -> IgComment:
        message = request.param("message") or ""
        if not message:
            raise GraphError("(#100) The parameter message is required", 100)
        user = self.instagram[self.media[media_id].owner]
        comment = IgComment(str(next(self.ids)), media_id, parent, user.username, user.id, message, self.now())
        self.ig_comments[comment.id] = comment
        return comment
