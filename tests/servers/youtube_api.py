"""The YouTube Data API v3 half of the YouTube test server (tests/servers/youtube.py, which names the sources):
channels.list, commentThreads.list, comments.list and comments.insert, with access tokens, scopes and the
quota ledger."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from servers import youtube_wire as wire
from servers.mastodon_api.handler import Request

if TYPE_CHECKING:
    from servers.youtube import AccessToken, OAuthClient

INVALID_JSON = object()
THREAD_PARTS = frozenset({"id", "snippet", "replies"})
COMMENT_PARTS = frozenset({"id", "snippet"})
CHANNEL_PARTS = frozenset({"id", "snippet", "statistics", "contentDetails"})
LIST_COST, INSERT_COST = 1, 50


@dataclass
class Channel:
    id: str
    title: str
    owner: str  # the Google account
    handle: str
    created: float
    subscribers: int = 0


@dataclass
class Video:
    id: str
    channel: Channel
    title: str
    comments_disabled: bool = False
    pinned: str = ""  # the id of the pinned top-level comment


@dataclass
class Comment:
    id: str
    video: Video
    author_name: str
    author_channel: str
    text: str
    published: float
    seq: int
    parent_id: str = ""  # "" for a top-level comment, whose id is also its thread's
    updated: float = 0.0
    moderation: str = "published"  # or heldForReview, likelySpam: then not public
    replies_blocked: bool = False
    like_count: int = 0


Handler = Callable[["YouTubeApi", Request, Any, "AccessToken"], dict[str, Any]]


class YouTubeApi:
    """The API endpoints; mixed into YouTubeServer, which holds the state."""

    clients: dict[str, OAuthClient]
    channels: dict[str, Channel]
    videos: dict[str, Video]
    comments: dict[str, Comment]
    access_tokens: dict[str, AccessToken]
    ledger: dict[tuple[str, str], int]
    quota_per_day: int
    inline_replies: int
    max_comment_length: int

    def now(self) -> float:
        raise NotImplementedError

    def _add_comment(self, video: Video, author: str, author_channel: str, text: str, parent: str) -> Comment:
        raise NotImplementedError

    # -- requests ----------------------------------------------------------------------------------------------
    def dispatch_api(self, request: Request, body: Any) -> tuple[int, Any, dict[str, str]]:
        route = _ROUTES.get((request.method, request.path))
        if route is None:
            return 404, "<!DOCTYPE html><html><body><p>The requested URL was not found on this server.</p>", {}
        cost, scopes, handler = route
        token = self._authenticate(request)
        self._charge(token.client_id, cost)
        if not scopes & set(token.scopes):
            raise wire.insufficient_scopes()
        return 200, handler(self, request, body, token), {}

    def _authenticate(self, request: Request) -> AccessToken:
        header = request.headers.get("Authorization")
        value = request.bearer or request.param("access_token") or request.param("oauth_token") or ""
        if not value and header is None:
            if request.param("key"):
                raise wire.GoogleError(400, "API key not valid. Please pass a valid API key.", "badRequest",
                                       status="INVALID_ARGUMENT")  # fmt: skip
            raise wire.missing_credentials()
        token = self.access_tokens.get(value)
        if token is None or token.revoked or token.expires <= self.now():
            raise wire.auth_error()
        return token

    def _charge(self, client_id: str, cost: int) -> None:
        """Every request that reaches a method costs its units, invalid ones too; none once the day's are spent."""
        key = (client_id, wire.pacific_day(self.now()))
        if self.ledger.get(key, 0) + cost > self.quota_per_day:
            raise wire.quota_exceeded()
        self.ledger[key] = self.ledger.get(key, 0) + cost

    def _channel_of(self, account: str) -> Channel | None:
        owned = sorted((c for c in self.channels.values() if c.owner == account), key=lambda c: c.created)
        return owned[0] if owned else None

    # -- channels.list -----------------------------------------------------------------------------------------
    def _channels_list(self, request: Request, body: Any, token: AccessToken) -> dict[str, Any]:
        parts = _parts(request, CHANNEL_PARTS)
        if request.param("mine") == "true":
            found = [c for c in self.channels.values() if c.owner == token.account]
        elif request.param("id"):
            ids = [i for value in request.query["id"] for i in value.split(",")]
            found = [self.channels[i] for i in ids if i in self.channels]
        elif request.param("forHandle"):
            handle = "@" + (request.param("forHandle") or "").lstrip("@").lower()
            found = [c for c in self.channels.values() if c.handle.lower() == handle]
        else:
            message = "No filter selected. Expected one of: categoryId, forHandle, forUsername, id, managedByMe, mine"
            raise wire.GoogleError(400, message, "missingRequiredParameter", "youtube.parameter")
        answer: dict[str, Any] = {"kind": "youtube#channelListResponse", "etag": ""}
        answer["pageInfo"] = {"totalResults": len(found), "resultsPerPage": 5}
        if found:  # an empty answer has no "items"
            answer["items"] = [self._channel_json(c, parts) for c in sorted(found, key=lambda c: c.created)]
        answer["etag"] = wire.etag(answer)
        return answer

    def _channel_json(self, channel: Channel, parts: set[str]) -> dict[str, Any]:
        resource: dict[str, Any] = {"kind": "youtube#channel", "etag": "", "id": channel.id}
        if "snippet" in parts:
            picture = f"https://yt3.ggpht.com/ytc/{hashlib.sha1(channel.id.encode()).hexdigest()[:40]}"
            thumbnails = {
                name: {"url": f"{picture}=s{size}-c-k-c0x00ffffff-no-rj", "width": size, "height": size}
                for name, size in (("default", 88), ("medium", 240), ("high", 800))
            }
            resource["snippet"] = {
                "title": channel.title,
                "description": "",
                "customUrl": channel.handle.lower(),
                "publishedAt": wire.rfc3339(channel.created),
                "thumbnails": thumbnails,
                "localized": {"title": channel.title, "description": ""},
            }
        if "contentDetails" in parts:
            resource["contentDetails"] = {"relatedPlaylists": {"likes": "", "uploads": "UU" + channel.id[2:]}}
        if "statistics" in parts:
            videos = sum(1 for v in self.videos.values() if v.channel is channel)
            resource["statistics"] = {
                "viewCount": "0",
                "subscriberCount": str(channel.subscribers),
                "hiddenSubscriberCount": False,
                "videoCount": str(videos),
            }
        resource["etag"] = wire.etag(resource)
        return resource

    # -- commentThreads.list -----------------------------------------------------------------------------------
    def _threads_list(self, request: Request, body: Any, token: AccessToken) -> dict[str, Any]:
        parts = _parts(request, THREAD_PARTS)
        text_format = _text_format(request)
        name, value = _one_filter(request, ("allThreadsRelatedToChannelId", "channelId", "id", "videoId"))
        status = request.param("moderationStatus") or "published"
        if status not in ("published", "heldForReview", "likelySpam"):
            raise _invalid_value("moderationStatus", status)
        order = request.param("order") or "time"
        if order not in ("time", "relevance", "orderUnspecified"):
            raise _invalid_value("order", order)
        viewer = self._channel_of(token.account)
        tops = [c for c in self.comments.values() if not c.parent_id]
        pinned = ""
        if name == "id":
            ids = value.split(",")
            found = [c for c in tops if c.id in ids]
            items = [self._thread_json(c, parts, text_format, viewer) for c in found]
            return _list_answer("youtube#commentThreadListResponse", items, len(items), None)
        if name in ("allThreadsRelatedToChannelId", "channelId"):
            channel = self.channels.get(value)
            if channel is None:
                message = f"The channel identified by the <code>{name}</code> parameter could not be found."
                raise wire.parameter_error(404, message, "channelNotFound", name, "youtube.commentThread")
            # channelId: comments about the channel itself (its discussion), of which this server keeps none
            found = [c for c in tops if c.video.channel is channel and name == "allThreadsRelatedToChannelId"]
            found = [c for c in found if not c.video.comments_disabled]
        else:
            video = self.videos.get(value)
            if video is None:
                message = 'The video identified by the <code><a href="/youtube/v3/docs/commentThreads/list#videoId">'
                message += "videoId</a></code> parameter could not be found."
                raise wire.parameter_error(404, message, "videoNotFound", "videoId", "youtube.commentThread")
            if video.comments_disabled:
                raise _comments_disabled()
            channel = video.channel
            found = [c for c in tops if c.video is video]
            pinned = video.pinned if order != "relevance" else ""
        if status != "published" and (viewer is None or viewer is not channel):
            raise wire.GoogleError(403, "The request is not properly authorized.", "forbidden", "youtube.commentThread")
        found = [c for c in found if c.moderation == status]
        terms = (request.param("searchTerms") or "").lower()
        if terms:
            found = [c for c in found if terms in c.text.lower()]
        if order == "relevance":
            found.sort(key=lambda c: (c.like_count + len(self._replies(c)), c.published, c.seq), reverse=True)
        else:
            found.sort(key=lambda c: (c.published, c.seq), reverse=True)
        fingerprint = _fingerprint(name, value, status, order, terms)
        page, following = _page(request, found, fingerprint, order == "relevance", pinned)
        items = [self._thread_json(c, parts, text_format, viewer) for c in page]
        return _list_answer("youtube#commentThreadListResponse", items, _max_results(request), following)

    def _replies(self, top: Comment) -> list[Comment]:
        found = [c for c in self.comments.values() if c.parent_id == top.id and c.moderation == "published"]
        return sorted(found, key=lambda c: (c.published, c.seq))

    def _can_reply(self, top: Comment, viewer: Channel | None) -> bool:
        public = top.moderation == "published" and not top.video.comments_disabled
        return public and viewer is not None and not top.replies_blocked

    def _thread_json(self, top: Comment, parts: set[str], text_format: str, viewer: Channel | None) -> dict:
        resource: dict[str, Any] = {"kind": "youtube#commentThread", "etag": "", "id": top.id}
        replies = self._replies(top)
        if "snippet" in parts:
            resource["snippet"] = {
                "channelId": top.video.channel.id,
                "videoId": top.video.id,
                "topLevelComment": self._comment_json(top, COMMENT_PARTS, text_format),
                "canReply": self._can_reply(top, viewer),
                "totalReplyCount": len(replies),
                "isPublic": top.moderation == "published",
            }
        if "replies" in parts and replies:
            inline = replies[: self.inline_replies]
            resource["replies"] = {"comments": [self._comment_json(r, COMMENT_PARTS, text_format) for r in inline]}
        resource["etag"] = wire.etag(resource)
        return resource

    def _comment_json(self, comment: Comment, parts: set[str], text_format: str) -> dict[str, Any]:
        resource: dict[str, Any] = {"kind": "youtube#comment", "etag": "", "id": comment.id}
        if "snippet" in parts:
            name = comment.author_name
            page = f"@{name[1:]}" if name.startswith("@") else f"channel/{comment.author_channel}"
            picture = hashlib.sha1(comment.author_channel.encode()).hexdigest()[:40]
            snippet: dict[str, Any] = {
                "channelId": comment.video.channel.id,
                "videoId": comment.video.id,
                "textDisplay": wire.text_display(comment.text, text_format),
                "textOriginal": comment.text,
            }
            if comment.parent_id:
                snippet["parentId"] = comment.parent_id
            snippet |= {
                "authorDisplayName": name,
                "authorProfileImageUrl": f"https://yt3.ggpht.com/ytc/{picture}=s48-c-k-c0x00ffffff-no-rj",
                "authorChannelUrl": f"http://www.youtube.com/{page}",
                "authorChannelId": {"value": comment.author_channel},
                "canRate": True,
                "viewerRating": "none",
                "likeCount": comment.like_count,
            }
            if comment.moderation != "published":
                snippet["moderationStatus"] = comment.moderation
            snippet |= {"publishedAt": wire.rfc3339(comment.published), "updatedAt": wire.rfc3339(comment.updated)}
            resource["snippet"] = snippet
        resource["etag"] = wire.etag(resource)
        return resource

    # -- comments.list and comments.insert ---------------------------------------------------------------------
    def _comments_list(self, request: Request, body: Any, token: AccessToken) -> dict[str, Any]:
        parts = _parts(request, COMMENT_PARTS)
        text_format = _text_format(request)
        name, value = _one_filter(request, ("id", "parentId"))
        if name == "id":
            ids = value.split(",")
            items = [self._comment_json(self.comments[i], parts, text_format) for i in ids if i in self.comments]
            return _list_answer("youtube#commentListResponse", items, len(items), None)
        parent = self.comments.get(value)
        if parent is None:
            message = "The comment identified by the <code>parentId</code> parameter could not be found."
            raise wire.parameter_error(404, message, "commentNotFound", "parentId", "youtube.comment")
        if parent.video.comments_disabled:
            raise _comments_disabled()
        page, following = _page(request, self._replies(parent), _fingerprint(name, value), True, "")
        items = [self._comment_json(c, parts, text_format) for c in page]
        return _list_answer("youtube#commentListResponse", items, _max_results(request), following)

    def _comments_insert(self, request: Request, body: Any, token: AccessToken) -> dict[str, Any]:
        parts = _parts(request, COMMENT_PARTS)
        if body is INVALID_JSON or not isinstance(body, dict) or not isinstance(body.get("snippet", {}), dict):
            raise wire.GoogleError(400, "Parse Error", "parseError", status="INVALID_ARGUMENT")
        snippet = body.get("snippet") or {}
        parent_id, text = snippet.get("parentId") or "", snippet.get("textOriginal") or ""

        def refuse(code: int, reason: str, message: str) -> wire.GoogleError:
            return wire.GoogleError(code, message, reason, "youtube.comment")

        if not parent_id:
            raise refuse(400, "parentIdMissing", "The comment must be linked to a parent comment.")
        if not str(text).strip():
            raise refuse(400, "commentTextRequired", "The comment resource must contain a textOriginal.")
        if len(text) > self.max_comment_length:
            raise refuse(400, "commentTextTooLong", "The comment resource contains too many characters.")
        author = self._channel_of(token.account)
        if author is None:
            message = "The YouTube account used to authorize the API request must be merged with the user's Google "
            raise refuse(403, "ineligibleAccount", message + "account to insert a comment or comment thread.")
        parent = self.comments.get(parent_id)
        if parent is None:
            raise refuse(404, "commentNotFound", "The parent comment could not be found.")
        if parent.parent_id:
            raise refuse(400, "operationNotSupported", "Replies to replies are not supported.")
        if parent.video.comments_disabled:
            raise refuse(403, "commentsDisabled", "Comments are disabled for the video of the parent comment.")
        if parent.moderation != "published":
            raise refuse(400, "parentCommentIsPrivate", "The specified parent comment is private.")
        if parent.replies_blocked:
            raise refuse(400, "operationNotSupported", "The API user is not able to reply to this comment.")
        reply = self._add_comment(parent.video, author.handle, author.id, text, parent.id)
        return self._comment_json(reply, parts, "html")


_ROUTES: dict[tuple[str, str], tuple[int, frozenset[str], Handler]] = {
    ("GET", "/youtube/v3/channels"): (LIST_COST, wire.CHANNELS_SCOPES, YouTubeApi._channels_list),
    ("GET", "/youtube/v3/commentThreads"): (LIST_COST, wire.COMMENTS_SCOPES, YouTubeApi._threads_list),
    ("GET", "/youtube/v3/comments"): (LIST_COST, wire.COMMENTS_SCOPES, YouTubeApi._comments_list),
    ("POST", "/youtube/v3/comments"): (INSERT_COST, wire.COMMENTS_SCOPES, YouTubeApi._comments_insert),
}


def _parts(request: Request, allowed: frozenset[str]) -> set[str]:
    """part is required and may be repeated or comma-separated."""
    parts = {p.strip() for value in request.query.get("part", []) for p in value.split(",") if p.strip()}
    if not parts:
        raise wire.required_parameter("part")
    for part in sorted(parts - allowed):
        raise wire.parameter_error(400, f"'{part}'", "unknownPart", "part", "youtube.part")
    return parts


def _one_filter(request: Request, names: tuple[str, ...]) -> tuple[str, str]:
    given = [name for name in names if request.param(name)]
    if not given:
        message = "No filter selected. Expected one of: " + ", ".join(sorted(names))
        raise wire.GoogleError(400, message, "missingRequiredParameter", "youtube.parameter")
    if len(given) > 1:
        message = "Incompatible parameters specified in the request: " + ", ".join(given)
        raise wire.GoogleError(400, message, "incompatibleParameters", "youtube.parameter")
    return given[0], request.param(given[0]) or ""


def _text_format(request: Request) -> str:
    value = request.param("textFormat") or "html"
    if value not in ("html", "plainText", "textFormatUnspecified"):
        raise _invalid_value("textFormat", value)
    return "plainText" if value == "plainText" else "html"


def _max_results(request: Request) -> int:
    raw = request.param("maxResults") or "20"
    if not raw.isdigit() or not 1 <= int(raw) <= 100:
        message = f"Invalid value '{raw}'. Values must be within the range: [1, 100]"
        raise wire.parameter_error(400, message, "invalidParameter", "maxResults")
    return int(raw)


def _invalid_value(name: str, value: str) -> wire.GoogleError:
    return wire.parameter_error(400, f"Invalid value '{value}' for parameter {name}.", "invalidParameter", name)


def _comments_disabled() -> wire.GoogleError:
    message = 'The video identified by the <code><a href="/youtube/v3/docs/commentThreads/list#videoId">videoId</a>'
    message += "</code> parameter has disabled comments."
    return wire.parameter_error(403, message, "commentsDisabled", "videoId", "youtube.commentThread")


def _fingerprint(*values: str) -> str:
    return hashlib.sha1(json.dumps(values).encode()).hexdigest()[:12]


def _page(
    request: Request, ordered: list[Comment], fingerprint: str, by_position: bool, pinned: str
) -> tuple[list[Comment], str | None]:
    """One page of `ordered`. Tokens carry the query's fingerprint and the last key given (published and
    sequence, so new comments arriving while a client pages neither repeat nor hide items), or the position."""
    limit = _max_results(request)
    token = request.param("pageToken")
    rest = ordered
    if token:
        state = wire.decode_page_token(token)
        if state is None or state.get("f") != fingerprint:
            message = "The request specifies an invalid page token."
            raise wire.parameter_error(400, message, "invalidPageToken", "pageToken")
        if by_position:
            rest = ordered[int(state.get("o", 0)) :]
        else:
            after = state.get("k")
            rest = [c for c in ordered if c.id != pinned and (after is None or (c.published, c.seq) < tuple(after))]
    elif pinned:
        rest = sorted(ordered, key=lambda c: c.id != pinned)
    page = rest[:limit]
    if len(rest) <= limit:
        return page, None
    if by_position:
        offset = len(ordered) - len(rest) + limit
        return page, wire.encode_page_token({"f": fingerprint, "o": offset})
    natural = [c for c in page if c.id != pinned]
    key = [natural[-1].published, natural[-1].seq] if natural else None
    return page, wire.encode_page_token({"f": fingerprint, "k": key})


def _list_answer(kind: str, items: list[dict[str, Any]], per_page: int, following: str | None) -> dict[str, Any]:
    """pageInfo.totalResults is the number of items on the page, as the real API answers."""
    answer: dict[str, Any] = {"kind": kind, "etag": ""}
    if following:
        answer["nextPageToken"] = following
    answer["pageInfo"] = {"totalResults": len(items), "resultsPerPage": per_page}
    answer["items"] = items
    answer["etag"] = wire.etag(answer)
    return answer
