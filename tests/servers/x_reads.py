"""The X test server's records (users, apps, tokens, media, posts) and its read side: `GET /2/users/{id}/tweets`
and `/mentions` (since_id, until_id, start_time, end_time, max_results 5-100, pagination tokens, the 3,200 and
800 caps of x-api/posts/timelines/integrate.mdx), post lookups, `fields` and `expansions` in either vocabulary
(tweet.fields → edit_history_tweet_ids, referenced_tweets, includes.tweets; post.fields → the post names), and
the owned-read charges of x-api/getting-started/pricing.mdx. Mixed into servers.x.XServer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from servers import x_wire as wire
from servers.mastodon_api.handler import Request


@dataclass
class User:
    id: str
    username: str
    name: str
    profile_image_url: str
    created: float
    followers: set[str] = field(default_factory=set)  # ids of the users who follow this one


@dataclass
class App:
    client_id: str
    redirects: list[str]
    owner: str | None  # the developer account's user id; None: every user counts as the owner


@dataclass
class Token:
    value: str
    kind: str  # "access" or "refresh"
    family: str
    user: str
    client_id: str
    scopes: tuple[str, ...]
    expires: float | None
    spent: bool = False
    revoked: bool = False


@dataclass
class Media:
    id: str
    owner: str
    data: bytes
    mime: str
    width: int | None
    height: int | None
    uploaded: float
    alt_text: str = ""


@dataclass
class Tweet:
    id: str
    author_id: str
    source_text: str  # what was posted
    text: str  # what X returns: HTML-escaped, URLs as t.co links
    urls: list[dict[str, Any]]
    created: float
    reply_to: str = ""
    quote_of: str = ""
    conversation_id: str = ""
    media_ids: list[str] = field(default_factory=list)
    liked_by: set[str] = field(default_factory=set)  # user ids
    reposted_by: set[str] = field(default_factory=set)
    impressions: int = 0  # times it was on someone's screen


@dataclass
class XRequest(Request):
    body: Any = None  # the parsed JSON body


# An expansion puts its field into the expanded object too (author_id=... beside includes.users).
_IMPLIED = {
    "author_id": "author_id",
    "in_reply_to_user_id": "in_reply_to_user_id",
    "referenced_tweets.id": "referenced_tweets",
    "referenced_posts": "referenced_tweets",
    "attachments.media_keys": "attachments",
    "entities.mentions.username": "entities",
}


class XReads:
    """The read endpoints; the state they read is XServer's."""

    users: dict[str, User]
    apps: dict[str, App]
    media: dict[str, Media]
    tweets: dict[str, Tweet]

    @property
    def url(self) -> str:
        raise NotImplementedError

    def _charge(self, endpoint: str, kind: str, ids: list[str], price: float) -> None:
        raise NotImplementedError

    def _fields(self, request: XRequest, name: str, allowed: frozenset[str]) -> set[str]:
        values = [v for v in (request.param(name) or "").split(",") if v]
        for value in values:
            if value not in allowed:
                raise wire.invalid_request(
                    f"The `{name}` query parameter value [{value}] is not one of [{','.join(sorted(allowed))}]",
                    name,
                    [value],
                )
        return set(values)

    def _user_json(self, user: User, fields: set[str]) -> dict[str, Any]:
        full = {
            "id": user.id,
            "name": user.name,
            "username": user.username,
            "profile_image_url": user.profile_image_url,
            "created_at": wire.x_time(user.created),
            "description": "",
            "protected": False,
            "verified": False,
            "url": "",
            "public_metrics": {
                "followers_count": len(user.followers),
                "following_count": sum(1 for u in self.users.values() if user.id in u.followers),
                "tweet_count": sum(1 for t in self.tweets.values() if t.author_id == user.id),
                "listed_count": 0,
                "like_count": sum(1 for t in self.tweets.values() if user.id in t.liked_by),
                "media_count": 0,
            },
        }
        return {k: v for k, v in full.items() if k in {"id", "name", "username"} | fields}

    def _timeline(self, request: XRequest, token: Token, user_id: str, kind: str) -> dict[str, Any]:
        user = self.users.get(user_id)
        if user is None:
            return {"errors": [wire.not_found("user", user_id)]}
        max_results = request.param("max_results") or "10"
        if not max_results.isdigit() or not 5 <= int(max_results) <= 100:
            raise wire.invalid_request(
                f"The `max_results` query parameter value [{max_results}] is not between 5 and 100",
                "max_results",
                [max_results],
            )
        for name in ("since_id", "until_id"):
            value = request.param(name)
            if value is not None and not re.fullmatch(r"\d{1,19}", value):
                raise wire.invalid_request(
                    f"The `{name}` query parameter value [{value}] does not match ^[0-9]{{1,19}}$", name, [value]
                )
        times = {}
        for name in ("start_time", "end_time"):
            value = request.param(name)
            times[name] = wire.parse_time(value) if value else None
            if value and times[name] is None:
                raise wire.invalid_request(
                    f"Invalid '{name}':'{value}'. '{name}' must be a valid RFC 3339 date-time.", name, [value]
                )
        if kind == "tweets":
            found = [t for t in self.tweets.values() if t.author_id == user.id]
            if "replies" in (request.param("exclude") or "").split(","):
                found = [t for t in found if not t.reply_to]
            cap = 800 if "replies" in (request.param("exclude") or "") else 3200
        else:
            name = user.username.lower()
            found = [
                t
                for t in self.tweets.values()
                if t.author_id != user.id and name in (n.lower() for n in wire.MENTION.findall(t.source_text))
            ]
            cap = 800  # "User mentions timeline: 800 most recent"
        found = sorted(found, key=lambda t: int(t.id), reverse=True)[:cap]
        since, until = int(request.param("since_id") or 0), int(request.param("until_id") or 0)
        found = [
            t
            for t in found
            if int(t.id) > since
            and (not until or int(t.id) < until)
            and (times["start_time"] is None or t.created >= times["start_time"])
            and (times["end_time"] is None or t.created <= times["end_time"])
        ]
        cursor = (
            wire.read_page_token(request.param("pagination_token") or "") if request.param("pagination_token") else None
        )
        if request.param("pagination_token") and cursor is None:
            raise wire.invalid_request(
                "The `pagination_token` query parameter value is not valid", "pagination_token", []
            )
        if cursor and cursor[0] == "n":
            found = [t for t in found if int(t.id) < cursor[1]]
        elif cursor:
            found = [t for t in found if int(t.id) > cursor[1]][-int(max_results) :]
        page = found[: int(max_results)]
        answer = self._tweets_answer(request, page, False)
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta.update(newest_id=page[0].id, oldest_id=page[-1].id)
            if len(found) > len(page):
                meta["next_token"] = wire.page_token("n", page[-1].id)
            if cursor:
                meta["previous_token"] = wire.page_token("p", page[0].id)
        answer["meta"] = meta
        app = self.apps.get(token.client_id)
        owned = user.id == token.user and (app is None or app.owner in (None, token.user))
        self._charge(
            f"GET /2/users/{{id}}/{kind}",
            "owned" if owned else "post",
            [t.id for t in page],
            wire.OWNED_READ if owned else wire.POST_READ,
        )
        return answer

    def _tweets_answer(self, request: XRequest, tweets: list[Tweet], single: bool) -> dict[str, Any]:
        posts = "post.fields" in request.query
        fields = self._fields(request, "post.fields" if posts else "tweet.fields", wire.TWEET_FIELDS)
        expansions = self._fields(request, "expansions", wire.EXPANSIONS)
        user_fields = self._fields(request, "user.fields", wire.USER_FIELDS)
        media_fields = self._fields(request, "media.fields", wire.MEDIA_FIELDS)
        fields = {f.replace("_posts", "_tweets") for f in fields} | {_IMPLIED[e] for e in expansions if e in _IMPLIED}
        data = [self._tweet_json(t, fields, posts) for t in tweets]
        includes: dict[str, list[dict[str, Any]]] = {}
        users: list[str] = []
        for tweet in tweets:
            if "author_id" in expansions:
                users.append(tweet.author_id)
            if "in_reply_to_user_id" in expansions and tweet.reply_to in self.tweets:
                users.append(self.tweets[tweet.reply_to].author_id)
            if "entities.mentions.username" in expansions:
                names = {n.lower() for n in wire.MENTION.findall(tweet.source_text)}
                users += [u.id for u in self.users.values() if u.username.lower() in names]
        if users:
            includes["users"] = [self._user_json(self.users[u], user_fields) for u in dict.fromkeys(users)]
        if expansions & {"referenced_tweets.id", "referenced_posts"}:
            refs = [r for t in tweets for r in (t.reply_to, t.quote_of) if r in self.tweets]
            if refs:
                key = "posts" if posts else "tweets"
                includes[key] = [self._tweet_json(self.tweets[r], fields, posts) for r in dict.fromkeys(refs)]
        if "attachments.media_keys" in expansions:
            found = [self.media[m] for t in tweets for m in t.media_ids if m in self.media]
            if found:
                includes["media"] = [self._media_json(m, media_fields) for m in found]
        answer: dict[str, Any] = {"data": data[0] if single else data} if data else {}
        if includes:
            answer["includes"] = includes
        return answer

    def _tweet_json(self, tweet: Tweet, fields: set[str], posts: bool) -> dict[str, Any]:
        noun = "post" if posts else "tweet"
        out: dict[str, Any] = {"id": tweet.id, "text": tweet.text, f"edit_history_{noun}_ids": [tweet.id]}
        parent = self.tweets.get(tweet.reply_to)
        extra: dict[str, Any] = {
            "author_id": tweet.author_id,
            "created_at": wire.x_time(tweet.created),
            "conversation_id": tweet.conversation_id,
            "public_metrics": {
                # openapi v2.167's PostPublicMetrics names the reposts `repost_count`; requests in the tweet
                # vocabulary get `retweet_count`, as X answers them.
                ("repost_count" if posts else "retweet_count"): len(tweet.reposted_by),
                "reply_count": len([t for t in self.tweets.values() if t.reply_to == tweet.id]),
                "like_count": len(tweet.liked_by),
                "quote_count": len([t for t in self.tweets.values() if t.quote_of == tweet.id]),
                "bookmark_count": 0,
                "impression_count": tweet.impressions,
            },
        }
        if parent is not None:
            extra["in_reply_to_user_id"] = parent.author_id
        refs = [{"type": "replied_to", "id": tweet.reply_to}] if tweet.reply_to else []
        refs += [{"type": "quoted", "id": tweet.quote_of}] if tweet.quote_of else []
        if refs:
            extra["referenced_tweets"] = refs
        if tweet.media_ids:
            extra["attachments"] = {"media_keys": [f"3_{m}" for m in tweet.media_ids]}
        mentions = [
            {"start": m.start(), "end": m.end(), "username": m.group(1)} for m in wire.MENTION.finditer(tweet.text)
        ]
        if tweet.urls or mentions:
            extra["entities"] = {k: v for k, v in (("urls", tweet.urls), ("mentions", mentions)) if v}
        out.update({k.replace("_tweets", f"_{noun}s"): v for k, v in extra.items() if k in fields})
        return out

    def _media_json(self, media: Media, fields: set[str]) -> dict[str, Any]:
        full = {
            "media_key": f"3_{media.id}",
            "type": "animated_gif" if media.mime == "image/gif" else "photo",
            "url": f"{self.url}/media/{media.id}",
            "alt_text": media.alt_text,
            "width": media.width,
            "height": media.height,
        }
        return {k: v for k, v in full.items() if k in {"media_key", "type"} | fields and v not in (None, "")}
