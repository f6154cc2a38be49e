"""WordPress (the organisation's blog) through its REST API with an Application Password: media then a
post with a featured image, comments and replies. Works with pretty permalinks (/wp-json/) and without
(?rest_route=)."""

from __future__ import annotations

import asyncio
import html
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    AuthExpired,
    CommentPage,
    Identity,
    Image,
    Limits,
    NetworkClient,
    Outgoing,
    PostFigures,
    Published,
    Rejected,
    RemoteComment,
    SaveSecret,
    Secret,
    json_body,
    parse_timestamp,
)
from desktop.networks.limits import DEFAULT_LIMITS
from desktop.networks.plugin import Field, Link, NetworkPlugin, SignedIn, SignInContext
from desktop.networks.transport import Transport
from desktop.text.html import html_to_text, text_to_paragraphs

NAME = "WordPress"
LIMITS = DEFAULT_LIMITS["wordpress"]
TITLE_LENGTH = 120
PER_PAGE = 100  # the REST API's largest page


def describe_error(response: httpx.Response) -> str:
    body = json_body(response)
    if isinstance(body, dict):
        return html_to_text(str(body.get("message") or body.get("code") or ""))
    return ""


def authorize_url(site: str) -> str:
    """The page where a signed-in user creates an Application Password for Kurzdraht."""
    return site.rstrip("/") + "/wp-admin/authorize-application.php?" + urlencode({"app_name": "Kurzdraht"})


def split_title(post: Outgoing) -> tuple[str, str]:
    """The composer's title, or else the first line of the text (which then leaves the body)."""
    text = post.text.strip()
    if post.title.strip():
        return post.title.strip(), text
    first, _, rest = text.partition("\n")
    first = first.strip()
    if len(first) > TITLE_LENGTH:
        cut = first[:TITLE_LENGTH].rsplit(" ", 1)[0]
        return cut + "…", text
    return first, rest.strip()


def published(item: dict[str, Any]) -> Published:
    """A post or comment as WordPress returned it (its date_gmt carries no zone: it is UTC)."""
    return Published(str(item["id"]), item.get("link", ""), parse_timestamp(item.get("date_gmt")))


def marker(post: Outgoing) -> str:
    """An HTML comment (invisible on the page) that lets `find_published` recognise this exact post."""
    return f"<!-- kurzdraht:{post.key} -->"


class WordPressClient(NetworkClient):
    network = "wordpress"
    idempotent = False  # WordPress has no idempotency key: the outbox asks find_published first

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url, secret, save_secret)
        self.transport = Transport(http, NAME, describe_error)
        self._pretty: bool | None = None
        self._me: dict[str, Any] | None = None

    # -- addressing the REST API ---------------------------------------------------------------------
    async def _api(self, route: str, params: dict[str, Any] | None = None) -> str:
        if self._pretty is None:
            self._pretty = await self._has_pretty_permalinks()
        query = urlencode(params or {}, doseq=True)
        if self._pretty:
            return f"{self.server_url}/wp-json{route}" + (f"?{query}" if query else "")
        return f"{self.server_url}/?rest_route={quote(route, safe='/')}" + (f"&{query}" if query else "")

    async def _has_pretty_permalinks(self) -> bool:
        try:
            response = await self.transport.send("GET", self.server_url + "/wp-json/", auth_error=False)
        except Rejected:
            return False
        body = json_body(response)
        return isinstance(body, dict) and "namespaces" in body

    async def _call(
        self, method: str, route: str, *, params: dict[str, Any] | None = None, changes: bool = False, **kwargs: Any
    ) -> httpx.Response:
        auth = httpx.BasicAuth(self.secret.get("user"), self.secret.get("app_password"))
        return await self.transport.send(method, await self._api(route, params), auth=auth, changes=changes, **kwargs)

    # -- interface -----------------------------------------------------------------------------------
    async def verify(self) -> Identity:
        me = await self._whoami(refresh=True)
        index = (await self.transport.send("GET", await self._api("/"))).json()
        avatars = me.get("avatar_urls") or {}
        return Identity(
            remote_id=str(me["id"]),
            handle=me.get("username") or me.get("slug", ""),
            display_name=html.unescape(index.get("name") or me.get("name") or self.server_url),
            avatar_url=avatars.get("96") or avatars.get("48") or "",
            profile_url=index.get("url") or self.server_url,
            server_url=self.server_url,
        )

    async def limits(self) -> Limits:
        return LIMITS

    async def publish(self, post: Outgoing) -> Published:
        media = [await self._upload(image) for image in post.images]
        title, body = split_title(post)
        content = text_to_paragraphs(body)
        for item in media[1:]:
            content += (
                f'\n\n<figure class="wp-block-image"><img src="{html.escape(item["source_url"])}" '
                f'alt="{html.escape(item.get("alt_text", ""))}" class="wp-image-{item["id"]}" /></figure>'
            )
        fields: dict[str, Any] = {"title": title, "content": f"{content}\n{marker(post)}", "status": "publish"}
        if media:
            fields["featured_media"] = media[0]["id"]
        answer = (await self._call("POST", "/wp/v2/posts", json=fields, changes=True)).json()
        return published(answer)

    async def find_published(self, post: Outgoing) -> Published | None:
        """After an unanswered request: the post if it did arrive, recognised by its marker."""
        me = await self._whoami()
        posts = (
            await self._call(
                "GET",
                "/wp/v2/posts",
                params={
                    "author": me["id"],
                    "context": "edit",
                    "per_page": 20,
                    "search": post.key,
                    "status": "publish,future,draft,pending,private",
                },
            )
        ).json()
        for item in posts:
            if marker(post) in (item.get("content") or {}).get("raw", ""):
                return published(item)
        return None

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        """The approved comments of our posts (a blog counts no likes or shares). WordPress's REST API
        gives posts no comment count: the posts still published are asked (100 a request), then their
        comments are counted from `GET /wp/v2/comments?post=a,b,c&_fields=post`, 100 a page — or, when that
        would take more pages than there are posts, from each post's `X-WP-Total`."""
        ids = [i for i in dict.fromkeys(remote_ids) if i.isdigit()]
        existing: list[str] = []
        for start in range(0, len(ids), PER_PAGE):
            batch = ids[start : start + PER_PAGE]
            params = {"include": ",".join(batch), "per_page": PER_PAGE, "_fields": "id"}
            posts = (await self._call("GET", "/wp/v2/posts", params=params)).json()
            existing += [str(p["id"]) for p in posts if isinstance(p, dict) and p.get("id")]
        counts = dict.fromkeys(existing, 0)
        for start in range(0, len(existing), PER_PAGE):
            batch = existing[start : start + PER_PAGE]
            await self._count_comments(batch, counts)
        return {post_id: PostFigures(replies=count) for post_id, count in counts.items()}

    async def _count_comments(self, posts: list[str], counts: dict[str, int]) -> None:
        params: dict[str, Any] = {"post": ",".join(posts), "per_page": PER_PAGE, "_fields": "post", "page": 1}
        response = await self._call("GET", "/wp/v2/comments", params=params)
        pages = int(response.headers.get("X-WP-TotalPages", "1") or 1)
        if pages - 1 > len(posts):  # many comments: one request a post costs less
            for post_id in posts:
                single = {"post": post_id, "per_page": 1, "_fields": "id"}
                answer = await self._call("GET", "/wp/v2/comments", params=single)
                counts[post_id] = int(answer.headers.get("X-WP-Total", "0") or 0)
            return
        for page in range(1, pages + 1):
            if page > 1:
                response = await self._call("GET", "/wp/v2/comments", params={**params, "page": page})
            for comment in response.json():
                post_id = str(comment.get("post")) if isinstance(comment, dict) else ""
                if post_id in counts:
                    counts[post_id] += 1

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        """Comments with ids above the cursor, approved ones and those waiting for moderation: a comment
        approved later keeps its (by then old) id, so it is taken in while it waits."""
        me = await self._whoami()
        newest_seen = int(cursor) if cursor and cursor.isdigit() else 0
        collected: list[dict[str, Any]] = []
        for status in ("approve", "hold"):
            for page in range(1, (20 if cursor else 3) + 1):
                response = await self._call(
                    "GET",
                    "/wp/v2/comments",
                    params={
                        "context": "edit",
                        "orderby": "id",
                        "order": "desc",
                        "per_page": 100,
                        "page": page,
                        "status": status,
                    },
                )
                batch = response.json()
                fresh = [c for c in batch if int(c["id"]) > newest_seen]
                collected.extend(fresh)
                pages = int(response.headers.get("X-WP-TotalPages", "1") or 1)
                if len(fresh) < len(batch) or page >= pages or not batch:
                    break
        newest = max((int(c["id"]) for c in collected), default=newest_seen or None)
        comments = [self._comment(c) for c in collected if int(c.get("author") or 0) != int(me["id"])]
        return CommentPage(comments, str(newest) if newest else cursor)

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        parent = (await self._call("GET", f"/wp/v2/comments/{remote_id}", params={"context": "edit"})).json()
        fields = {"post": parent["post"], "parent": int(remote_id), "content": post.text, "status": "approved"}
        try:
            answer = (await self._call("POST", "/wp/v2/comments", json=fields, changes=True)).json()
        except Rejected as error:
            existing = await self._same_reply(parent, post.text) if "duplicate" in str(error).lower() else None
            if existing is None:
                raise
            answer = existing
        return published(answer)

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        comment = (await self._call("GET", f"/wp/v2/comments/{remote_id}", params={"context": "edit"})).json()
        post_id = comment["post"]
        post = (await self._call("GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"})).json()
        comments = (
            await self._call(
                "GET",
                "/wp/v2/comments",
                params={"post": post_id, "context": "edit", "orderby": "date_gmt", "order": "asc", "per_page": 100},
            )
        ).json()
        me = await self._whoami()
        opening = RemoteComment(
            remote_id=f"post:{post_id}",
            remote_parent_id="",
            remote_post_id=str(post_id),
            author_name=me.get("name", ""),
            author_handle=me.get("username", ""),
            author_avatar_url="",
            text=html_to_text((post.get("title") or {}).get("rendered", ""))
            + "\n\n"
            + html_to_text((post.get("content") or {}).get("rendered", "")),
            url=post.get("link", ""),
            created_at=parse_timestamp(post.get("date_gmt")),
        )
        return [opening] + [self._comment(c) for c in comments]

    async def sign_out(self) -> bool:
        """Delete the Application Password Kurzdraht was given."""
        own = (await self._call("GET", "/wp/v2/users/me/application-passwords/introspect")).json()
        await self._call("DELETE", f"/wp/v2/users/me/application-passwords/{own['uuid']}")
        return True

    # -- details -------------------------------------------------------------------------------------
    async def _whoami(self, refresh: bool = False) -> dict[str, Any]:
        if self._me is None or refresh:
            try:
                self._me = (await self._call("GET", "/wp/v2/users/me", params={"context": "edit"})).json()
            except AuthExpired as error:
                raise AuthExpired(
                    translate(
                        "Networks",
                        "WordPress did not accept this user name and Application Password. "
                        "Please check both, or create a new Application Password.",
                    )
                ) from error
        return self._me

    async def host_image(self, image: Image) -> str:
        """The image in the blog's media library, at its public address (for Instagram and Threads)."""
        media = await self._upload(image)
        address = str(media.get("source_url") or "")
        if not address.startswith(("https://", "http://")):
            raise Rejected(translate("Networks", "The blog did not say where it put the image."))
        return address

    async def _upload(self, image: Image) -> dict[str, Any]:
        data = await asyncio.to_thread(image.read)
        # WordPress reads only a plain quoted ASCII file name from Content-Disposition.
        name = unicodedata.normalize("NFKD", image.path.name).encode("ascii", "ignore").decode()
        name = "".join(c for c in name if c.isalnum() or c in "._-") or "image"
        if "." not in name:
            name += image.path.suffix if image.path.suffix.isascii() else ".jpg"
        params = {"alt_text": image.alt_text} if image.alt_text else None
        response = await self._call(
            "POST",
            "/wp/v2/media",
            params=params,
            content=data,
            headers={"Content-Type": image.media_type, "Content-Disposition": f'attachment; filename="{name}"'},
        )
        return response.json()

    async def _same_reply(self, parent: dict[str, Any], text: str) -> dict[str, Any] | None:
        me = await self._whoami()
        replies = (
            await self._call(
                "GET",
                "/wp/v2/comments",
                params={
                    "post": parent["post"],
                    "parent": parent["id"],
                    "author": me["id"],
                    "context": "edit",
                    "per_page": 100,
                },
            )
        ).json()
        wanted = text.strip()
        for item in replies:
            if (item.get("content") or {}).get("raw", "").strip() == wanted:
                return item
        return None

    @staticmethod
    def _comment(item: dict[str, Any]) -> RemoteComment:
        avatars = item.get("author_avatar_urls") or {}
        content = item.get("content") or {}
        raw = content.get("raw")
        text = raw if raw is not None else html_to_text(content.get("rendered", ""))
        return RemoteComment(
            remote_id=str(item["id"]),
            remote_parent_id=str(item["parent"]) if item.get("parent") else "",
            remote_post_id=str(item.get("post") or ""),
            author_name=item.get("author_name", ""),
            author_handle=item.get("author_email", "") or item.get("author_name", ""),
            author_avatar_url=avatars.get("48") or "",
            text=text.strip(),
            url=item.get("link", ""),
            created_at=parse_timestamp(item.get("date_gmt")),
        )


def app_password_secret(user: str, password: str) -> Secret:
    user, password = user.strip(), password.strip()
    if not user or not password:
        raise KurzdrahtError(translate("Networks", "Please enter the user name and the Application Password."))
    return Secret({"user": user, "app_password": password})


async def sign_in(context: SignInContext) -> SignedIn:
    return SignedIn(context.value("site"), app_password_secret(context.value("user"), context.value("password")))


def _authorisation_page(values: Mapping[str, str]) -> str:
    from desktop.networks.urls import server_url

    return authorize_url(server_url(values.get("site", "")))


PLUGIN = NetworkPlugin(
    key="wordpress",
    name=NAME,
    order=30,
    summary=QT_TRANSLATE_NOOP("Networks", "a WordPress blog (with an Application Password)"),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Kurzdraht posts to your blog with an Application Password. Create one in WordPress under "
        "Users → Profile → Application Passwords, or with the button below, and paste it here.",
    ),
    client=WordPressClient,
    sign_in=sign_in,
    fields=(
        Field(
            "site",
            QT_TRANSLATE_NOOP("Networks", "Blog address:"),
            QT_TRANSLATE_NOOP("Networks", "the blog's address"),
            placeholder="https://blog.example",
            address=True,
            prefill=lambda account: account.server_url,
        ),
        Field(
            "user",
            QT_TRANSLATE_NOOP("Networks", "User name:"),
            QT_TRANSLATE_NOOP("Networks", "your WordPress user name"),
            prefill=lambda account: account.handle,
        ),
        Field(
            "password",
            QT_TRANSLATE_NOOP("Networks", "Application Password:"),
            QT_TRANSLATE_NOOP("Networks", "read the Application Password from standard input"),
            secret=True,
            stdin_option="--password-stdin",
            prompt=QT_TRANSLATE_NOOP("Networks", "Application Password: "),
        ),
    ),
    links=(
        Link(
            "create_password",
            QT_TRANSLATE_NOOP("Networks", "Create an Application Password in the browser"),
            _authorisation_page,
            after=QT_TRANSLATE_NOOP("Networks", "Copy the new password from the browser into the field above."),
        ),
    ),
)
