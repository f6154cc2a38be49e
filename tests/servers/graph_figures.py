"""What people do with a Page's and an Instagram account's posts on the Graph API test server, and how Graph
counts it (Graph API reference: page (followers_count, fan_count), page-post (shares, reactions, comments with
`summary`), ig-user (followers_count), ig-media (like_count, comments_count); "Multiple ID Read Requests"):

- `GET /vNN.N/?ids=a,b,c&fields=...` answers each object by its id, at most 50 ids ("(#100) Too many IDs"), and
  refuses the whole request when one of them does not exist ("Some of the aliases you requested do not exist");
- field modifiers as Graph takes them: `reactions.summary(total_count).limit(0)`,
  `comments.filter(stream).summary(total_count).limit(0)`, `shares` (left out while nobody has shared the post);
- people react to, share and comment on posts, follow and like Pages, like Instagram media and follow Instagram
  accounts (the helpers below). Mixed into servers.graph.GraphServer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from servers.graph_wire import GraphError, parse_fields, project

if TYPE_CHECKING:
    from servers.graph import Page, Person, Token
    from servers.graph_instagram import InstagramUser
    from servers.mastodon_api.handler import Request

MAX_IDS = 50
REACTIONS = frozenset({"LIKE", "LOVE", "WOW", "HAHA", "SAD", "ANGRY", "CARE"})
_MODIFIER = re.compile(r"\.(\w+)\(([^()]*)\)")


def split_modifiers(text: str) -> tuple[str, dict[str, str]]:
    """`comments.summary(total_count).limit(0)` → ("comments", {"summary": "total_count", "limit": "0"})."""
    name, _, rest = text.partition(".")
    return name.strip(), {m.group(1): m.group(2) for m in _MODIFIER.finditer("." + rest if rest else "")}


def _top_level(text: str) -> list[str]:
    """The comma-separated fields of `fields`, keeping nested `{…}` and `(…)` whole."""
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "{(":
            depth += 1
        elif char in "})":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [p.strip() for p in parts + [current] if p.strip()]


class GraphFigures:
    """Followers, reactions, shares and likes; the state it reads is GraphServer's."""

    if TYPE_CHECKING:
        pages: dict[str, Page]
        posts: dict[str, Any]
        comments: dict[str, Any]
        instagram: dict[str, InstagramUser]
        media: dict[str, Any]
        ig_comments: dict[str, Any]

        def _object(self, object_id: str, token: Token) -> dict[str, Any]: ...
        def _media_json(self, media: Any) -> dict[str, Any]: ...
        def _ig_user_json(self, user: InstagramUser) -> dict[str, Any]: ...

    def _init_figures(self) -> None:
        self.page_followers: dict[str, set[str]] = {}  # Page id → people who follow it
        self.page_fans: dict[str, set[str]] = {}  # Page id → people who like it (they follow it too)
        self.reactions: dict[str, dict[str, str]] = {}  # post id → person id → LIKE, LOVE, …
        self.shares: dict[str, set[str]] = {}  # post id → people who shared it
        self.ig_likes: dict[str, set[str]] = {}  # media id → usernames
        self.ig_followers: dict[str, set[str]] = {}  # IG user id → usernames

    # -- what people do --------------------------------------------------------------------------------
    def follow(self, page: Page, person: Person) -> None:
        self.page_followers.setdefault(page.id, set()).add(person.id)

    def like_page(self, page: Page, person: Person) -> None:
        """A Page "like" (fan_count); liking a Page also follows it."""
        self.page_fans.setdefault(page.id, set()).add(person.id)
        self.follow(page, person)

    def react(self, post_id: str, person: Person, kind: str = "LIKE") -> None:
        assert kind in REACTIONS and post_id in self.posts
        self.reactions.setdefault(post_id, {})[person.id] = kind

    def share(self, post_id: str, person: Person) -> None:
        assert post_id in self.posts
        self.shares.setdefault(post_id, set()).add(person.id)

    def ig_like(self, media_id: str, username: str) -> None:
        assert media_id in self.media
        self.ig_likes.setdefault(media_id, set()).add(username)

    def ig_follow(self, user: InstagramUser, username: str) -> None:
        self.ig_followers.setdefault(user.id, set()).add(username)

    # -- counts as Graph writes them -------------------------------------------------------------------
    def page_counts(self, page_id: str) -> dict[str, int]:
        return {
            "followers_count": len(self.page_followers.get(page_id, set())),
            "fan_count": len(self.page_fans.get(page_id, set())),
        }

    def _edge_summary(self, post_id: str, name: str, modifiers: dict[str, str]) -> dict[str, Any] | None:
        """`reactions` or `comments` of a Page post with its `summary` (its items are not emulated here:
        ask for them with `limit(0)`, or on the edge itself)."""
        if name == "reactions":
            kind = modifiers.get("type")
            people = [p for p, k in self.reactions.get(post_id, {}).items() if kind in (None, k)]
            summary: dict[str, Any] = {"total_count": len(people), "viewer_reaction": "NONE"}
        else:
            stream = modifiers.get("filter") == "stream"
            found = [c for c in self.comments.values() if c.post == post_id and (stream or not c.parent)]
            summary = {"order": "ranked", "total_count": len(found), "can_comment": True}
        if modifiers.get("limit", "") != "0":
            raise GraphError(f"(#100) Field {name} is only emulated with .limit(0) on this server", 100)
        return {"data": [], "summary": summary} if "summary" in modifiers else {"data": []}

    def read_fields(self, object_id: str, token: Token, fields: str) -> dict[str, Any]:
        """One object with `fields`, modifiers included (as GET /{id} and each entry of ?ids= answer)."""
        if object_id in self.instagram:
            full = self._ig_user_json(self.instagram[object_id])
        elif object_id in self.media:
            full = self._media_json(self.media[object_id])
        else:
            full = self._object(object_id, token)
        tree: dict[str, dict] = {}
        extra: dict[str, Any] = {}
        for part in _top_level(fields) or ["id", "name"]:
            name, modifiers = split_modifiers(part)
            if object_id in self.posts and name in ("reactions", "comments"):
                extra[name] = self._edge_summary(object_id, name, modifiers)
            elif object_id in self.posts and name == "shares":
                shared = len(self.shares.get(object_id, set()))
                if shared:  # Graph leaves `shares` out while nobody has shared the post
                    extra["shares"] = {"count": shared}
            else:
                tree.update(parse_fields(part))
        return {**project(full, tree), **extra}

    def _multiple(self, request: Request, token: Token) -> dict[str, Any]:
        """`GET /?ids=a,b,c`: each object by its id, in one answer."""
        ids = [i for i in (request.param("ids") or "").split(",") if i]
        if not ids:
            raise GraphError("(#100) The parameter ids is required", 100)
        if len(ids) > MAX_IDS:
            raise GraphError(f"(#100) Too many IDs. Maximum: {MAX_IDS}. Provided: {len(ids)}.", 100)
        known = set(self.pages) | set(self.posts) | set(self.comments) | set(self.instagram) | set(self.media)
        missing = [i for i in ids if i not in known]
        if missing:
            raise GraphError(f"(#100) Some of the aliases you requested do not exist: {','.join(missing)}", 100)
        fields = request.param("fields") or ""
        return {object_id: self.read_fields(object_id, token, fields) for object_id in dict.fromkeys(ids)}
