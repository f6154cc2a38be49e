"""X (API v2) through the organisation's own X app of type "Native App": a public client, so only its
client ID is needed (no secret), and the browser returns to Kurzdraht on 127.0.0.1 at the port
registered with the app (docs.x.com, OAuth 2.0 authorization code with PKCE).

Access tokens last two hours. Refresh tokens work once and are replaced by each refresh; X ends the
whole login when a spent one is used again. So a refresh happens under the account's lock across
Kurzdraht's processes (`NetworkClient.keeper`), starts from the secret as stored now (another process
may have refreshed already), and the new refresh token is in the keyring before the new access token is
used.

Posting has no idempotency at X: before a post or an answer goes out, the attempt remembers that it is
being sent; a retry after a lost answer first looks at the account's own recent posts
(`GET /2/users/{id}/tweets`). X's 403 "duplicate content" means "probably already posted": looked for,
never sent again. X answers with problem details (`title`, `detail`, `type`, `status`); 429 names the
end of the window in `x-rate-limit-reset`; 402 means the app's pay-per-use credits are used up.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Sequence
from datetime import timedelta, timezone
from typing import Any, ClassVar

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    count_of,
    AuthExpired,
    CommentPage,
    Identity,
    Image,
    Limits,
    NetworkError,
    OutcomeUnknown,
    Outgoing,
    PostFigures,
    Published,
    RateLimited,
    Rejected,
    RemoteComment,
    SaveSecret,
    Secret,
    TemporaryFailure,
    json_body,
    parse_timestamp,
)
from desktop.networks.limits import DEFAULT_LIMITS
from desktop.networks.oauth import BrowserSignIn, LoopbackRedirect, pasted_token, token_values
from desktop.networks.renewal import RenewedLogin
from desktop.networks.plugin import DeveloperAppKind, Field, NetworkPlugin, RedirectKind, SignedIn, SignInContext
from desktop.networks.transport import Transport, parse_reset, utcnow, when_text
from desktop.networks.urls import address

log = logging.getLogger(__name__)

NAME = "X"
API = "https://api.x.com"
WEB = "https://x.com"
SCOPES = "tweet.read tweet.write users.read media.write offline.access"
# The guide has the organisation register this exact callback (X compares it whole, and wants
# 127.0.0.1 rather than localhost); another registered port can be given with `apps set x --redirect-uri`.
X_REDIRECT_PORT = 47814
X_REDIRECT_PATH = "/kurzdraht/x"
X_REDIRECT = f"http://127.0.0.1:{X_REDIRECT_PORT}{X_REDIRECT_PATH}"
# X's pay-per-use prices in US dollars (docs.x.com, x-api/getting-started/pricing, 2026): shown in the
# composer so that nobody is surprised by the bill.
PRICE_PER_POST = 0.015
PRICE_PER_POST_WITH_LINK = 0.20
# After a lost answer, our posts from this long before the first try on are looked at.
FIND_WINDOW = timedelta(minutes=2)
# Credits that ran out are bought by a person: look again in an hour.
CREDITS_WAIT = timedelta(hours=1)
MENTION_PAGES = 8  # X keeps the latest 800 mentions: 8 pages of 100
TWEET_FIELDS = "created_at,conversation_id,in_reply_to_user_id,referenced_tweets,author_id"
USER_FIELDS = "username,name,profile_image_url"
THREAD_DEPTH = 10  # how far up a conversation `thread` follows the answers
FIGURES_BATCH = 100  # ids per `GET /2/tweets` (X refuses more)

LIMITS = DEFAULT_LIMITS["x"]

X_APP = DeveloperAppKind(
    key="x",
    name="X",
    console="https://console.x.com/",
    redirect=RedirectKind.LOOPBACK,
    loopback_redirect=X_REDIRECT,
    networks=("x",),
    id_label=QT_TRANSLATE_NOOP("Networks", "Client ID:"),
    needs_secret=False,
    guide=(
        QT_TRANSLATE_NOOP(
            "Networks",
            "Open console.x.com with the X account of your organisation, create a project and in it an app "
            "(X charges per post: buy a few dollars of credits and set a spending limit).",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under the app's “User authentication settings”, choose the permissions “Read and write”, the type "
            "of app “Native App”, and enter this address as “Callback URI / Redirect URL”: %1",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Enter your organisation's website as “Website URL” and save. Kurzdraht needs no secret: copy only "
            "the OAuth 2.0 “Client ID” into the field below.",
        ),
    ),
)


def _url(path: str) -> str:
    return address("x", f"{API}/{path.lstrip('/')}")


def _problem(response: httpx.Response) -> dict[str, Any]:
    body = json_body(response)
    if not isinstance(body, dict):
        return {}
    errors = body.get("errors")
    if not body.get("detail") and isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return errors[0]
    return body


def describe_error(response: httpx.Response) -> str:
    """X's own words: a problem's `detail` (else its `title`), or an OAuth error's description."""
    problem = _problem(response)
    for key in ("detail", "message", "error_description", "title", "error"):
        value = problem.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _is_duplicate(error: NetworkError) -> bool:
    return getattr(error, "x_status", None) == 403 and "duplicate" in getattr(error, "x_detail", "").lower()


class XTransport(Transport):
    """X's answers: 429 waits until `x-rate-limit-reset` (per endpoint, so only that request waits); 402
    (credits used up) waits for a person to buy credits; each error keeps X's status and detail."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        super().__init__(http, NAME, describe_error)

    def error_for(self, response: httpx.Response, *, changes: bool = False, auth_error: bool = True) -> NetworkError:
        status = response.status_code
        detail = describe_error(response)
        found: NetworkError
        if status == 429:
            now = utcnow()
            moment = max(
                parse_reset(response.headers.get("x-rate-limit-reset"), now) or now + timedelta(minutes=15), now
            )
            log.info("X answered 429 %s: wait until %s", response.request.url.path, moment.isoformat())
            found = RateLimited(
                translate("Networks", "X asks to wait until %1 before the next request.").replace(
                    "%1", when_text(moment)
                ),
                moment,
            )
        elif status == 402:
            moment = utcnow() + CREDITS_WAIT
            log.warning("X answered 402 %s: %s", response.request.url.path, detail)
            found = RateLimited(
                translate(
                    "Networks",
                    "Your X app's credits are used up (X charges per request). Buy credits at console.x.com; "
                    "Kurzdraht tries again at %1 and keeps the posts until then.",
                ).replace("%1", when_text(moment)),
                moment,
            )
        else:
            found = super().error_for(response, changes=changes, auth_error=auth_error)
        found.x_status = status  # type: ignore[attr-defined]
        found.x_detail = detail  # type: ignore[attr-defined]
        return found

    def _remember_rate_limit(self, response: httpx.Response) -> None:
        """X's windows are per endpoint: a spent window of mentions must not hold back a post."""


def _plain(text: str) -> str:
    """A post's text as compared after a lost answer: X returns `&`, `<`, `>` escaped and links shortened."""
    text = html.unescape(text)
    text = re.sub(r"https?://\S+", "<link>", text)
    return " ".join(text.split())


class XClient(RenewedLogin):
    network = "x"
    idempotent = False

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url or API, secret, save_secret)
        self.transport = XTransport(http)

    @property
    def user_id(self) -> str:
        return self.secret.get("user_id")

    # -- the login ---------------------------------------------------------------------------------
    def renewable(self, secret: Secret) -> bool:
        return bool(secret.get("refresh_token") and secret.get("client_id"))

    def login_gone(self) -> AuthExpired:
        return AuthExpired(
            translate(
                "Networks",
                "X no longer accepts the saved login (X's logins last two hours unless Kurzdraht can renew "
                "them through your organisation's X app). Please reconnect the account.",
            )
        )

    async def new_login(self, stored: Secret) -> dict[str, str]:
        form = {"grant_type": "refresh_token", "refresh_token": stored.get("refresh_token")}
        try:
            answer = (
                await self.transport.send(
                    "POST",
                    _url("2/oauth2/token"),
                    data={**form, "client_id": stored.get("client_id")},
                    auth_error=False,
                )
            ).json()
        except Rejected as error:
            log.warning("X refused to renew the login: %s", getattr(error, "x_detail", ""))
            raise AuthExpired(
                translate("Networks", "X no longer accepts the saved login. Please reconnect the account.")
            ) from error
        values = {**stored.values, **token_values(answer, "access_expires_at")}
        if not answer.get("refresh_token"):
            values.pop("refresh_token", None)  # the spent one must not be used again
        return values

    async def _send(self, method: str, path: str, *, changes: bool = False, **kwargs: Any) -> httpx.Response:
        async def send(token: str) -> httpx.Response:
            headers = {"Authorization": f"Bearer {token}"}
            return await self.transport.send(method, _url(path), changes=changes, headers=headers, **kwargs)

        return await self.with_login(send)

    async def _get(self, path: str, **params: str) -> dict[str, Any]:
        body = json_body(await self._send("GET", path, params=params))
        if not isinstance(body, dict):
            raise TemporaryFailure(translate("Networks", "X sent an answer that Kurzdraht cannot read."))
        return body

    # -- the interface -----------------------------------------------------------------------------
    async def verify(self) -> Identity:
        user = (await self._get("2/users/me", **{"user.fields": USER_FIELDS})).get("data") or {}
        username = str(user.get("username") or "")
        if not user.get("id") or not username:
            raise TemporaryFailure(translate("Networks", "X sent an answer that Kurzdraht cannot read."))
        if self.secret.get("user_id") != str(user["id"]) or self.secret.get("username") != username:
            self.secret.values.update({"user_id": str(user["id"]), "username": username})
        return Identity(
            remote_id=str(user["id"]),
            handle="@" + username,
            display_name=str(user.get("name") or username),
            avatar_url=str(user.get("profile_image_url") or ""),
            profile_url=f"{WEB}/{username}",
            server_url=API,
        )

    async def followers(self) -> int | None:
        user = (await self._get("2/users/me", **{"user.fields": "public_metrics"})).get("data") or {}
        return count_of((user.get("public_metrics") or {}).get("followers_count"))

    # Each post X returns costs $0.005 ("Posts: Read", pay-per-use), charged once per post and UTC day.
    # Read once a week, a post costs 5 reads in its first 30 days and one at 90: $0.03 in all, twice what
    # publishing it cost ($0.015). Read daily it would be $0.155 (about $9 a month for two posts a day),
    # too much for an organisation without a budget for the figures of a weekly report.
    figures_every: ClassVar[timedelta] = timedelta(days=7)

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        """Likes, reposts with quotes, replies and views of our posts: `GET /2/tweets?ids=` with
        `public_metrics`, 100 posts a request; a deleted post comes back as a partial error (missing)."""
        found: dict[str, PostFigures] = {}
        ids = list(dict.fromkeys(remote_ids))
        for start in range(0, len(ids), FIGURES_BATCH):
            batch = ids[start : start + FIGURES_BATCH]
            answer = await self._get("2/tweets", ids=",".join(batch), **{"tweet.fields": "public_metrics"})
            for item in answer.get("data") or []:
                if not isinstance(item, dict) or not item.get("id"):
                    continue
                metrics = item.get("public_metrics")
                metrics = metrics if isinstance(metrics, dict) else {}
                # "retweet_count" in the tweet vocabulary, "repost_count" in the post one (openapi v2.167).
                reposts = count_of(metrics.get("retweet_count", metrics.get("repost_count")))
                quotes = count_of(metrics.get("quote_count"))
                found[str(item["id"])] = PostFigures(
                    likes=count_of(metrics.get("like_count")),
                    shares=None if reposts is None else reposts + (quotes or 0),
                    replies=count_of(metrics.get("reply_count")),
                    impressions=count_of(metrics.get("impression_count")),
                )
        return found

    async def limits(self) -> Limits:
        return LIMITS

    async def publish(self, post: Outgoing) -> Published:
        return await self._create(post, {})

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        return await self._create(post, {"reply": {"in_reply_to_tweet_id": remote_id}})

    async def find_published(self, post: Outgoing) -> Published | None:
        return await self._find_own(post, "")

    async def _create(self, post: Outgoing, extra: dict[str, Any]) -> Published:
        answering = str((extra.get("reply") or {}).get("in_reply_to_tweet_id") or "")
        if post.progress:  # an earlier try was sent: did it arrive?
            found = await self._find_own(post, answering)
            if found is not None:
                return found
        body: dict[str, Any] = {"text": post.text, **extra}
        if post.images:
            body["media"] = {"media_ids": [await self._upload(image) for image in post.images]}
        await post.keep(json.dumps({"sent_at": int(utcnow().timestamp())}))
        try:
            response = await self._send("POST", "2/tweets", changes=True, json=body)
        except Rejected as error:
            if _is_duplicate(error):
                found = await self._find_own(post, answering)
                if found is not None:
                    return found
                raise Rejected(
                    translate(
                        "Networks",
                        "X says this exact text was already posted, so it was probably posted before. Please look "
                        "at the account on X; Kurzdraht does not send it again.",
                    )
                ) from error
            if answering and getattr(error, "x_status", None) == 403:
                raise Rejected(
                    translate(
                        "Networks",
                        "X lets apps answer only people who mention your account or quote its posts. Please answer "
                        "this one on X itself. (X: %1)",
                    ).replace("%1", getattr(error, "x_detail", ""))
                ) from error
            raise
        data = (json_body(response) or {}).get("data") or {}
        if not data.get("id"):
            raise OutcomeUnknown(translate("Networks", "X sent an answer that Kurzdraht cannot read."))
        return Published(str(data["id"]), self._link(str(data["id"])), utcnow())

    async def _upload(self, image: Image) -> str:
        media_type = image.media_type
        answer = json_body(
            await self._send(
                "POST",
                "2/media/upload",
                files={"media": (image.path.name, image.read(), media_type)},
                data={"media_category": "tweet_image", "media_type": media_type},
            )
        )
        media_id = str(((answer or {}).get("data") or {}).get("id") or "")
        if not media_id:
            raise TemporaryFailure(translate("Networks", "X did not take the image. Please try again."))
        if image.alt_text.strip():
            await self._send(
                "POST",
                "2/media/metadata",
                json={"id": media_id, "metadata": {"alt_text": {"text": image.alt_text.strip()[:1000]}}},
            )
        return media_id

    async def _find_own(self, post: Outgoing, answering: str) -> Published | None:
        """Our post (or our answer to `answering`) with this text, sent since shortly before the first try."""
        since = (post.created_at - FIND_WINDOW).astimezone(timezone.utc)
        answer = await self._get(
            f"2/users/{self.user_id}/tweets",
            start_time=since.strftime("%Y-%m-%dT%H:%M:%SZ"),
            max_results="20",
            **{"tweet.fields": TWEET_FIELDS},
        )
        wanted = _plain(post.text)
        for item in answer.get("data") or []:
            if not isinstance(item, dict) or _plain(str(item.get("text") or "")) != wanted:
                continue
            if answering and _replied_to(item) != answering:
                continue
            return Published(str(item["id"]), self._link(str(item["id"])), parse_timestamp(item.get("created_at")))
        return None

    def _link(self, tweet_id: str) -> str:
        return f"{WEB}/{self.secret.get('username') or 'i/web'}/status/{tweet_id}"

    # -- the inbox ---------------------------------------------------------------------------------
    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        """Mentions of the account (answers to its posts mention it, too) newer than the last one seen."""
        since_id = _since_id(cursor)
        params = {
            "max_results": "100",
            "tweet.fields": TWEET_FIELDS,
            "expansions": "author_id",
            "user.fields": USER_FIELDS,
        }
        if since_id:
            params["since_id"] = since_id
        comments: list[RemoteComment] = []
        newest = since_id
        for _ in range(MENTION_PAGES if since_id else 1):
            answer = await self._get(f"2/users/{self.user_id}/mentions", **params)
            users = _users(answer)
            for item in answer.get("data") or []:
                if isinstance(item, dict) and item.get("id") and str(item.get("author_id")) != self.user_id:
                    comments.append(self._comment(item, users))
            meta = answer.get("meta") or {}
            newest = _newer(newest, str(meta.get("newest_id") or ""))
            token = meta.get("next_token")
            if not token:
                break
            params["pagination_token"] = str(token)
        comments.sort(key=lambda c: c.created_at, reverse=True)
        return CommentPage(comments, json.dumps({"since_id": newest}) if newest else cursor)

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        """The conversation `remote_id` belongs to, oldest first: the answers above it up to the post they
        began with, and what was said in it since — our own posts and those mentioning us (X's "owned
        reads", the cheap ones; the conversation search would cost a post read each)."""
        fields = {"tweet.fields": TWEET_FIELDS, "expansions": "author_id", "user.fields": USER_FIELDS}
        found: dict[str, RemoteComment] = {}
        current, conversation = remote_id, ""
        for _ in range(THREAD_DEPTH):
            answer = await self._get(f"2/tweets/{current}", **fields)
            item = answer.get("data")
            if not isinstance(item, dict) or not item.get("id"):
                break
            found[str(item["id"])] = self._comment(item, _users(answer))
            conversation = conversation or str(item.get("conversation_id") or "")
            current = _replied_to(item)
            if not current:
                break
        for edge in ("tweets", "mentions"):
            answer = await self._get(f"2/users/{self.user_id}/{edge}", max_results="100", **fields)
            users = _users(answer)
            for item in answer.get("data") or []:
                if isinstance(item, dict) and item.get("id") and str(item.get("conversation_id")) == conversation:
                    found.setdefault(str(item["id"]), self._comment(item, users))
        return sorted(found.values(), key=lambda c: (c.created_at, int(c.remote_id) if c.remote_id.isdigit() else 0))

    def _comment(self, item: dict[str, Any], users: dict[str, dict[str, Any]]) -> RemoteComment:
        author = users.get(str(item.get("author_id") or "")) or {}
        username = str(author.get("username") or "")
        conversation = str(item.get("conversation_id") or item["id"])
        parent = _replied_to(item)
        return RemoteComment(
            remote_id=str(item["id"]),
            remote_parent_id="" if parent == conversation else parent,
            remote_post_id=conversation,
            author_name=str(author.get("name") or username),
            author_handle="@" + username if username else "",
            author_avatar_url=str(author.get("profile_image_url") or ""),
            text=html.unescape(str(item.get("text") or "")),
            url=f"{WEB}/{username or 'i/web'}/status/{item['id']}",
            created_at=parse_timestamp(item.get("created_at")),
        )

    async def sign_out(self) -> bool:
        client_id = self.secret.get("client_id")
        if not client_id:
            return False
        for kind in ("refresh_token", "token"):
            value = self.secret.get(kind)
            if value:
                await self.transport.send(
                    "POST",
                    _url("2/oauth2/revoke"),
                    data={
                        "token": value,
                        "client_id": client_id,
                        "token_type_hint": "refresh_token" if kind == "refresh_token" else "access_token",
                    },
                    auth_error=False,
                )
        return True


def _replied_to(item: dict[str, Any]) -> str:
    for reference in item.get("referenced_tweets") or []:
        if isinstance(reference, dict) and reference.get("type") == "replied_to":
            return str(reference.get("id") or "")
    return ""


def _users(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    users = (answer.get("includes") or {}).get("users") or []
    return {str(u["id"]): u for u in users if isinstance(u, dict) and u.get("id")}


def _since_id(cursor: str | None) -> str:
    if not cursor:
        return ""
    try:
        value = json.loads(cursor)
    except ValueError:
        return ""
    since = value.get("since_id") if isinstance(value, dict) else None
    return str(since) if isinstance(since, str | int) and str(since).isdigit() else ""


def _newer(first: str, second: str) -> str:
    """The later of two post ids (X's ids grow with time; they are compared as numbers)."""
    candidates = [v for v in (first, second) if v.isdigit()]
    return max(candidates, key=int) if candidates else ""


# -- connecting --------------------------------------------------------------------------------------


async def sign_in(context: SignInContext) -> SignedIn:
    pasted = context.value("token")
    app = None
    if context.developer_app is not None:
        try:
            app = await context.developer_app("x")
        except KurzdrahtError:
            if not pasted:
                raise
    if pasted:
        values = token_values(pasted_token(pasted), "access_expires_at")
    else:
        if app is None:
            raise KurzdrahtError(translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", NAME))
        browser = BrowserSignIn(LoopbackRedirect.at(app.redirect_uri or X_REDIRECT, exact=True))
        code = await browser.ask(context.user, address("x", f"{WEB}/i/oauth2/authorize"), app.app_id, SCOPES)
        transport = XTransport(context.http())
        answer = (
            await transport.send(
                "POST",
                _url("2/oauth2/token"),
                data={
                    "grant_type": "authorization_code",
                    "code": code,
                    "client_id": app.app_id,
                    "redirect_uri": browser.redirect_uri,
                    "code_verifier": browser.pkce.verifier,
                },
                auth_error=False,
            )
        ).json()
        values = token_values(answer, "access_expires_at")
    if app is not None and values.get("refresh_token"):
        values["client_id"] = app.app_id
    client = XClient(context.http(), API, Secret(values))
    identity = await client.verify()
    return SignedIn(API, Secret({**client.secret.values, "user_id": identity.remote_id}))


PLUGIN = NetworkPlugin(
    key="x",
    name=NAME,
    order=70,
    summary=QT_TRANSLATE_NOOP(
        "Networks", "an X account (signs in through your organisation's X app unless a token is given)"
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Kurzdraht signs in through your organisation's own X app (see “Developer apps”): your browser opens "
        "X, and after you allow access it returns to Kurzdraht. X charges per post ($0.015, with a link "
        "$0.20) and lets apps answer only people who mention your account.",
    ),
    client=XClient,
    sign_in=sign_in,
    app=X_APP,
    limits=LIMITS,
    fields=(
        Field(
            "token",
            QT_TRANSLATE_NOOP("Networks", "Access token (optional):"),
            QT_TRANSLATE_NOOP(
                "Networks",
                "read an access token from standard input instead: the token, or the JSON X's token endpoint "
                "answered (with its refresh token)",
            ),
            required=False,
            secret=True,
            stdin_option="--token-stdin",
        ),
    ),
)
