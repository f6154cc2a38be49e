"""The LinkedIn test server's content resources under `/rest` (see linkedin.py for the sources): posts (little
text, duplicates, images in posts), images (initializeUpload, upload, processing) and comments (socialActions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from servers.linkedin_api import Ctx, Gateway, ms
from servers.linkedin_wire import (
    RESERVED,
    Little,
    api_error,
    asset_id,
    duplicate_post,
    field_denied,
    long_id,
    not_found,
    parse_little,
    query_error,
    validation_error,
)

VISIBILITIES = frozenset({"PUBLIC", "CONNECTIONS", "LOGGED_IN", "CONTAINER"})
LIFECYCLE_STATES = frozenset({"PUBLISHED", "DRAFT"})
REQUIRED = "field is required but not found and has no default value"


@dataclass
class Image:
    urn: str
    owner: str
    upload_token: str
    upload_expires: int  # ms
    status: str = "WAITING_UPLOAD"
    data: bytes = b""
    media_type: str = ""
    polls_left: int = 0

    @property
    def id(self) -> str:
        return self.urn.rsplit(":", 1)[-1]


@dataclass
class Post:
    urn: str
    activity: str  # urn:li:activity:…, what comments hang on
    author: str
    commentary: str  # as sent
    little: Little
    visibility: str
    distribution: dict[str, Any]
    lifecycle_state: str
    content: dict[str, Any] | None
    images: list[tuple[str, str]]  # (image URN, alt text)
    reshare_disabled: bool
    created: float
    modified: float
    deleted: bool = False

    @property
    def text(self) -> str:
        return self.little.text


@dataclass
class Comment:
    id: str
    post: str  # the post's URN
    activity: str
    actor: str
    text: str
    created: float
    parent: str | None = None  # the comment URN this answers
    replies: list[str] = field(default_factory=list)

    @property
    def urn(self) -> str:
        return f"urn:li:comment:({self.activity},{self.id})"


class RestApi(Gateway):
    """Posts, images and comments; mixed into LinkedInServer."""

    truncating_characters: frozenset[str] = RESERVED  # which unescaped reserved characters cut a commentary

    def _content(self, ctx: Ctx, resource: str, key: str | None, sub: list[str]) -> tuple[int, Any, dict[str, str]]:
        if resource == "posts":
            return self._posts(ctx, None if key is None else self._key(ctx, key))
        if resource == "images":
            return self._images(ctx, None if key is None else self._key(ctx, key))
        if resource == "socialActions" and key is not None:
            return self._social_actions(ctx, self._key(ctx, key), sub)
        return super()._content(ctx, resource, key, sub)

    # -- posts -------------------------------------------------------------------------------------
    def _posts(self, ctx: Ctx, key: str | None) -> tuple[int, Any, dict[str, str]]:
        method = ctx.call.method
        if key is None and method == "POST":
            return self._create_post(ctx)
        if key is None and method == "GET":
            return 200, self._posts_by_author(ctx), {}
        if key is not None and method in ("GET", "DELETE"):
            post = self._post(key)
            if method == "GET":
                self._may_read(ctx, post.author, "partnerApiPostsExternal", "GET")
                return 200, self._post_json(post), {}
            self._may_act_as(ctx, post.author, "/author", "partnerApiPostsExternal", "DELETE")
            post.deleted = True
            return 204, None, {}
        raise api_error(405, "METHOD_NOT_ALLOWED", f"{method} is not supported on this resource")

    def _post(self, urn: str) -> Post:
        post = self.posts.get(urn) or next((p for p in self.posts.values() if p.activity == urn), None)
        if post is None or post.deleted:
            raise not_found(f"Post {urn} not found")
        return post

    def _create_post(self, ctx: Ctx) -> tuple[int, Any, dict[str, str]]:
        body = self._body(ctx)
        for name in ("author", "visibility", "distribution", "lifecycleState"):
            if body.get(name) in (None, ""):
                raise validation_error("/" + name, REQUIRED)
        author = str(body["author"])
        if self._organization_by_urn(author) is None and not author.startswith("urn:li:person:"):
            raise validation_error("/author", f"{author} is not a valid author", "INVALID_VALUE_FOR_FIELD")
        self._may_act_as(ctx, author, "/author", "partnerApiPostsExternal", "CREATE")
        if body["visibility"] not in VISIBILITIES:
            raise validation_error("/visibility", "invalid enum value", "INVALID_VALUE_FOR_FIELD")
        if body["lifecycleState"] not in LIFECYCLE_STATES:
            raise validation_error("/lifecycleState", "invalid enum value", "INVALID_VALUE_FOR_FIELD")
        distribution = body["distribution"]
        if not isinstance(distribution, dict) or not distribution.get("feedDistribution"):
            raise validation_error("/distribution/feedDistribution", REQUIRED)
        commentary = body.get("commentary") or ""
        if not isinstance(commentary, str):
            raise validation_error("/commentary", "must be a string", "INVALID_VALUE_FOR_FIELD")
        if len(commentary) > 3000:
            raise validation_error("/commentary", "length exceeds the maximum of 3000", "FIELD_LENGTH_TOO_LONG")
        content = body.get("content")
        images = self._content_images(author, content)
        little = parse_little(commentary, self.truncating_characters)
        if little.text.strip():
            for earlier in self.posts.values():
                recent = self.now() - earlier.created < self.duplicate_window
                if earlier.author == author and earlier.little.text == little.text and recent:
                    raise duplicate_post(earlier.urn)
        kind = self.media_post_kind if images else "share"
        now = self.now()
        post = Post(
            f"urn:li:{kind}:{long_id()}",
            f"urn:li:activity:{long_id()}",
            author,
            commentary,
            little,
            str(body["visibility"]),
            distribution,
            str(body["lifecycleState"]),
            content if isinstance(content, dict) else None,
            images,
            bool(body.get("isReshareDisabledByAuthor", False)),
            now,
            now,
        )
        self.posts[post.urn] = post
        return 201, None, {"x-restli-id": post.urn, "Location": "/rest/posts/" + quote(post.urn, safe="")}

    def _content_images(self, author: str, content: Any) -> list[tuple[str, str]]:
        if content is None:
            return []
        if not isinstance(content, dict):
            raise validation_error("/content", "must be a record", "INVALID_VALUE_FOR_FIELD")
        chosen: list[tuple[str, dict[str, Any]]] = []
        if "media" in content:
            chosen = [("/content/media", content["media"] if isinstance(content["media"], dict) else {})]
        elif "multiImage" in content:
            listed = (content["multiImage"] or {}).get("images") if isinstance(content["multiImage"], dict) else None
            if not isinstance(listed, list) or not 2 <= len(listed) <= 20:
                raise validation_error(
                    "/content/multiImage/images", "a multi-image post has 2 to 20 images", "INVALID_VALUE_FOR_FIELD"
                )
            chosen = [
                (f"/content/multiImage/images/{i}", x if isinstance(x, dict) else {}) for i, x in enumerate(listed)
            ]
        found = []
        for path, media in chosen:
            urn = str(media.get("id") or "")
            if not urn:
                raise validation_error(path + "/id", REQUIRED)
            alt = str(media.get("altText") or "")
            if len(alt) > 4086:
                raise validation_error(path + "/altText", "length exceeds the maximum of 4086", "FIELD_LENGTH_TOO_LONG")
            image = self.images.get(urn)
            if image is None:
                if not urn.startswith("urn:li:image:"):
                    continue  # documents and videos are not emulated: accepted as they are
                raise api_error(400, "INVALID_URN_ID", f"The URN ID provided is invalid: {urn}")
            if image.owner != author:
                raise field_denied(path + "/id")
            if image.status == "PROCESSING_FAILED":
                raise api_error(400, "MEDIA_ASSET_PROCESSING_FAILED", "Media asset failed processing")
            if image.status != "AVAILABLE":
                raise api_error(400, "MEDIA_ASSET_WAITING_UPLOAD", "Media asset is waiting upload")
            found.append((urn, alt))
        return found

    def _posts_by_author(self, ctx: Ctx) -> dict[str, Any]:
        if ctx.call.param("q") != "author":
            raise query_error()
        author = self._urn_param(ctx, "author")
        self._may_read(ctx, author, "partnerApiPostsExternal", "FINDER-author")
        sort = ctx.call.param("sortBy") or "LAST_MODIFIED"
        if sort not in ("LAST_MODIFIED", "CREATED"):
            raise query_error()
        mine = [p for p in self.posts.values() if p.author == author and not p.deleted]
        mine.sort(key=lambda p: p.modified if sort == "LAST_MODIFIED" else p.created, reverse=True)
        page, paging = self._page(ctx, mine)
        return {"paging": paging, "elements": [self._post_json(p) for p in page]}

    def _post_json(self, post: Post) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "id": post.urn,
            "author": post.author,
            "commentary": post.little.source,
            "visibility": post.visibility,
            "distribution": post.distribution,
            "lifecycleState": post.lifecycle_state,
            "lifecycleStateInfo": {"isEditedByAuthor": False},
            "isReshareDisabledByAuthor": post.reshare_disabled,
            "createdAt": ms(post.created),
            "publishedAt": ms(post.created),
            "lastModifiedAt": ms(post.modified),
        }
        if post.content is not None:
            answer["content"] = post.content
        return answer

    # -- images ------------------------------------------------------------------------------------
    def _images(self, ctx: Ctx, key: str | None) -> tuple[int, Any, dict[str, str]]:
        call = ctx.call
        if key is None and call.method == "POST" and call.param("action") == "initializeUpload":
            request = self._body(ctx).get("initializeUploadRequest")
            owner = str(request.get("owner") or "") if isinstance(request, dict) else ""
            if not owner:
                raise validation_error("/initializeUploadRequest/owner", REQUIRED)
            self._may_act_as(
                ctx, owner, "/initializeUploadRequest/owner", "partnerApiImages", "ACTION-initializeUpload"
            )
            image = Image(f"urn:li:image:{asset_id()}", owner, asset_id(), ms(self.now() + 86400))
            self.images[image.urn] = image
            upload = (
                f"{self.url}/dms-uploads/{image.id}/uploaded-image/0"
                f"?ca=vector_ads&cn=uploads&sync=0&v=beta&ut={image.upload_token}"
            )
            return (
                200,
                {"value": {"uploadUrlExpiresAt": image.upload_expires, "uploadUrl": upload, "image": image.urn}},
                {},
            )
        if key is not None and call.method == "GET":
            found = self.images.get(key)
            if found is None:
                raise not_found(f"Image {key} not found")
            image = found
            self._may_read(ctx, image.owner, "partnerApiImages", "GET")
            if image.status == "PROCESSING":
                image.polls_left -= 1
                if image.polls_left < 0:
                    image.status = "AVAILABLE" if image.media_type else "PROCESSING_FAILED"
            answer: dict[str, Any] = {"id": image.urn, "owner": image.owner, "status": image.status}
            if image.status == "AVAILABLE":
                answer["downloadUrl"] = f"{self.url}/media/{image.id}"
                answer["downloadUrlExpiresAt"] = ms(self.now() + 86400)
            return 200, answer, {}
        raise api_error(405, "METHOD_NOT_ALLOWED", f"{call.method} is not supported on this resource")

    # -- comments ----------------------------------------------------------------------------------
    def _social_actions(self, ctx: Ctx, target: str, sub: list[str]) -> tuple[int, Any, dict[str, str]]:
        parent = self.comments.get(target) if target.startswith("urn:li:comment:") else None
        if target.startswith("urn:li:comment:") and parent is None:
            raise not_found(f"Comment {target} not found")
        post = self._post(parent.post if parent else target)
        if not sub:
            self._may_read(ctx, post.author, "partnerApiSocialActions", "GET")
            top = [c for c in self.comments.values() if c.post == post.urn and c.parent is None]
            return 200, {"target": target, "commentsSummary": self._summary(top, post), "likesSummary": _LIKES}, {}
        if sub[0] != "comments":
            raise not_found()
        if len(sub) == 2 and ctx.call.method == "GET":
            self._may_read(ctx, post.author, "partnerApiSocialActions", "GET")
            found = next((c for c in self.comments.values() if c.id == sub[1] and c.post == post.urn), None)
            if found is None:
                raise not_found(f"Comment {sub[1]} not found")
            return 200, self._comment_json(found), {}
        if len(sub) == 1 and ctx.call.method == "GET":
            self._may_read(ctx, post.author, "partnerApiSocialActions", "GET")
            wanted = parent.urn if parent else None
            listed = sorted(
                (c for c in self.comments.values() if c.post == post.urn and c.parent == wanted),
                key=lambda c: c.created,
            )
            page, paging = self._page(ctx, listed)
            return 200, {"paging": paging, "elements": [self._comment_json(c) for c in page]}, {}
        if len(sub) == 1 and ctx.call.method == "POST":
            return self._create_comment(ctx, post, parent)
        raise api_error(405, "METHOD_NOT_ALLOWED", f"{ctx.call.method} is not supported on this resource")

    def _create_comment(self, ctx: Ctx, post: Post, parent: Comment | None) -> tuple[int, Any, dict[str, str]]:
        body = self._body(ctx)
        actor = str(body.get("actor") or "")
        if not actor:
            raise validation_error("/actor", REQUIRED)
        message = body.get("message")
        text = message.get("text") if isinstance(message, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise validation_error("/message/text", REQUIRED)
        target = body.get("object")
        if target and target not in (post.urn, post.activity):
            raise validation_error(
                "/object", f"{target} is not the object of this collection", "INVALID_VALUE_FOR_FIELD"
            )
        self._may_act_as(ctx, actor, "/actor", "partnerApiSocialActions", "CREATE")
        named = body.get("parentComment")
        if named and parent and named != parent.urn:
            raise validation_error(
                "/parentComment", "does not match the comment in the path", "INVALID_VALUE_FOR_FIELD"
            )
        if named and not parent:
            parent = self.comments.get(str(named))
            if parent is None or parent.post != post.urn:
                raise validation_error(
                    "/parentComment", f"{named} is not a comment on {post.urn}", "INVALID_VALUE_FOR_FIELD"
                )
        comment = self._new_comment(post, actor, text, parent.urn if parent else None)
        location = f"{ctx.call.raw_path}/{comment.id}"
        return 201, self._comment_json(comment), {"x-restli-id": comment.id, "Location": location}

    def _new_comment(self, post: Post, actor: str, text: str, parent_urn: str | None) -> Comment:
        parent = self.comments.get(parent_urn) if parent_urn else None
        if parent_urn and parent is None:
            raise not_found(f"Comment {parent_urn} not found")
        while parent is not None and parent.parent:  # LinkedIn threads are one level deep
            parent = self.comments[parent.parent]
        comment = Comment(long_id(), post.urn, post.activity, actor, text, self.now(), parent.urn if parent else None)
        self.comments[comment.urn] = comment
        if parent is not None:
            parent.replies.append(comment.urn)
        return comment

    def _summary(self, comments: list[Comment], post: Post) -> dict[str, Any]:
        everything = [c for c in self.comments.values() if c.post == post.urn]
        return {
            "selectedComments": [c.urn for c in comments[:10]],
            "totalFirstLevelComments": len(comments),
            "aggregatedTotalComments": len(everything),
        }

    def _comment_json(self, comment: Comment) -> dict[str, Any]:
        stamp = {"actor": comment.actor, "time": ms(comment.created)}
        answer: dict[str, Any] = {
            "id": comment.id,
            "$URN": comment.urn,
            "commentUrn": comment.urn,
            "actor": comment.actor,
            "object": comment.activity,
            "message": {"text": comment.text, "attributes": []},
            "created": stamp,
            "lastModified": stamp,
            "likesSummary": _LIKES,
            "commentsSummary": {
                "selectedComments": comment.replies[:10],
                "totalFirstLevelComments": len(comment.replies),
                "aggregatedTotalComments": len(comment.replies),
            },
        }
        if comment.parent:
            answer["parentComment"] = comment.parent
        return answer


_LIKES = {"selectedLikes": [], "aggregatedTotalLikes": 0, "likedByCurrentUser": False, "totalLikes": 0}
