"""What Facebook Pages and Instagram share: Meta's Graph API (its version, its error objects and usage
headers), the organisation's Meta app (and its guide), and the sign-in through it that ends with the
Pages the person manages.

Base addresses: each network's client reads `KURZDRAHT_<NETWORK>_API` (e.g. `http://127.0.0.1:8080`);
where set, it replaces scheme and host of every request the client makes and of the sign-in page the
browser opens; the paths stay as on the real service. Plain http only for this computer.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    AuthExpired,
    Image,
    NetworkClient,
    NetworkError,
    Published,
    RateLimited,
    Rejected,
    SaveSecret,
    Secret,
    TemporaryFailure,
    json_body,
    parse_timestamp,
)
from desktop.networks.oauth import BrowserSignIn, LoopbackRedirect
from desktop.networks.plugin import DeveloperAppKind, RedirectKind, SignInContext
from desktop.networks.transport import Transport, utcnow, when_text
from desktop.networks.urls import address, base_override, require_secure  # noqa: F401 - used by the Meta networks

log = logging.getLogger(__name__)

# The Graph API version every request names; raise it here (Meta keeps a version about two years).
GRAPH_VERSION = "v25.0"
GRAPH = "https://graph.facebook.com"
WEB = "https://www.facebook.com"

# The Meta app's sign-in returns to Kurzdraht on this computer. Apps in development mode accept
# localhost addresses; the guide has the user register this exact one (Strict Mode compares it whole).
META_REDIRECT_PORT = 47813
META_REDIRECT_PATH = "/kurzdraht/meta"
META_REDIRECT = f"http://localhost:{META_REDIRECT_PORT}{META_REDIRECT_PATH}"

# Graph error codes (developers.facebook.com/docs/graph-api/guides/error-handling): these ask to wait.
RATE_LIMIT_CODES = frozenset({4, 17, 32, 613, *range(80000, 80015)})
LOGIN_CODES = frozenset({190, 102})
TRANSIENT_CODES = frozenset({1, 2})
# When Meta names no time: its windows are an hour long; try again well before that.
DEFAULT_WAIT = timedelta(minutes=5)
# Graph's "multiple ID read requests" (`GET /?ids=a,b,c`) take at most 50 ids; one that does not exist (a
# deleted post) fails the whole request with code 100 naming it.
IDS_PER_REQUEST = 50
_MISSING_IDS = re.compile(r"aliases you requested do not exist: ([^\s]+)")

META_APP = DeveloperAppKind(
    key="meta",
    name="Meta",
    console="https://developers.facebook.com/apps/",
    redirect=RedirectKind.LOOPBACK,
    loopback_redirect=META_REDIRECT,
    networks=("facebook", "instagram"),
    guide=(
        QT_TRANSLATE_NOOP(
            "Networks",
            "Open developers.facebook.com/apps with the Facebook login of a person who manages the Page, "
            "and choose “Create app”. Name it e.g. “Kurzdraht Lindenhof”.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "As use cases choose “Manage everything on your Page” and, for Instagram, “Manage messaging "
            "and content on Instagram” (with Facebook Login). Connect the app to no business portfolio, or "
            "to your organisation's own.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under the use cases, add these permissions: pages_show_list, pages_read_engagement, "
            "pages_read_user_content, pages_manage_posts, pages_manage_engagement; for Instagram also "
            "instagram_basic, instagram_content_publish, instagram_manage_comments.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under Facebook Login → Settings, enter this address as a “Valid OAuth Redirect URI”: %1",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Leave the app in development mode: then it needs no review by Meta. Under App roles → Roles, "
            "add every colleague who will connect accounts (as developer or tester).",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under App settings → Basic, copy the App ID and the App secret (“Show”) into the fields below.",
        ),
    ),
)

FACEBOOK_SCOPES = (
    "pages_show_list",
    "pages_read_engagement",
    "pages_read_user_content",
    "pages_manage_posts",
    "pages_manage_engagement",
)
INSTAGRAM_SCOPES = (
    "pages_show_list",
    "pages_read_engagement",
    "instagram_basic",
    "instagram_content_publish",
    "instagram_manage_comments",
    "business_management",
)


# -- addresses -------------------------------------------------------------------------------------


def graph_url(network: str, path: str) -> str:
    return address(network, f"{GRAPH}/{GRAPH_VERSION}/{path.lstrip('/')}")


# -- errors ----------------------------------------------------------------------------------------


def graph_error(response: httpx.Response) -> dict[str, Any]:
    body = json_body(response)
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def describe_error(response: httpx.Response) -> str:
    """Meta's own words for the user where it gives them, else its message."""
    error = graph_error(response)
    title, message = str(error.get("error_user_title") or ""), str(error.get("error_user_msg") or "")
    if message:
        return f"{title}: {message}" if title else message
    return str(error.get("message") or "")


def _as_int(value: object) -> int | None:
    if value is None:
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


def regain_access(response: httpx.Response) -> datetime | None:
    """The latest `estimated_time_to_regain_access` (minutes) in Meta's usage headers, as a time."""
    minutes = []
    for header in ("X-Business-Use-Case-Usage", "X-Ad-Account-Usage"):
        raw = response.headers.get(header)
        if not raw:
            continue
        try:
            usage = json.loads(raw)
        except ValueError:
            continue
        entries = [e for v in usage.values() if isinstance(v, list) for e in v] if isinstance(usage, dict) else []
        for entry in entries:
            value = entry.get("estimated_time_to_regain_access") if isinstance(entry, dict) else None
            if isinstance(value, (int, float)) and 0 < value <= 24 * 60:
                minutes.append(float(value))
    return utcnow() + timedelta(minutes=max(minutes)) if minutes else None


class GraphTransport(Transport):
    """A Transport that reads Graph error objects: Meta answers most errors with HTTP 400 and says in
    the error's code whether to wait, reconnect or try again."""

    def __init__(self, http: httpx.AsyncClient, name: str) -> None:
        super().__init__(http, name, describe_error)

    def error_for(self, response: httpx.Response, *, changes: bool = False, auth_error: bool = True) -> NetworkError:
        found = self._classify(response, changes=changes, auth_error=auth_error)
        error = graph_error(response)
        # Kept for the clients that tell some of Meta's errors apart (Threads' "not ready yet").
        found.graph_code = _as_int(error.get("code"))  # type: ignore[attr-defined]
        found.graph_subcode = _as_int(error.get("error_subcode"))  # type: ignore[attr-defined]
        return found

    def _classify(self, response: httpx.Response, *, changes: bool, auth_error: bool) -> NetworkError:
        error = graph_error(response)
        code = _as_int(error.get("code"))
        if code is None:
            return super().error_for(response, changes=changes, auth_error=auth_error)
        detail = describe_error(response)
        log.info(
            "%s answered %s %s: code %s/%s %s (trace %s)",
            self.name,
            response.status_code,
            response.request.url.path,
            code,
            error.get("error_subcode", "-"),
            error.get("message", ""),
            error.get("fbtrace_id", "-"),
        )
        if code in RATE_LIMIT_CODES:
            moment = regain_access(response) or utcnow() + DEFAULT_WAIT
            self.blocked_until = moment
            return RateLimited(
                translate("Networks", "%1 asks Kurzdraht to wait until %2 before the next request.")
                .replace("%1", self.name)
                .replace("%2", when_text(moment)),
                moment,
            )
        if code in LOGIN_CODES and auth_error:
            return AuthExpired(
                translate("Networks", "%1 no longer accepts the saved login. Please reconnect the account.").replace(
                    "%1", self.name
                )
            )
        if code in TRANSIENT_CODES or error.get("is_transient") is True:
            return TemporaryFailure(
                translate("Networks", "%1 has a problem right now (%2). Please try again later.")
                .replace("%1", self.name)
                .replace("%2", detail or str(code))
            )
        if response.status_code >= 500 and not changes:
            return super().error_for(response, changes=changes, auth_error=auth_error)
        return Rejected(translate("Networks", "%1 refused this: %2").replace("%1", self.name).replace("%2", detail))


# -- the clients' shared requests -------------------------------------------------------------------


class GraphClient(NetworkClient):
    """What the Facebook, Instagram and Threads clients share: requests to their Graph API with the
    account's token as Meta documents it (`access_token`), and `paging.next` links followed as given."""

    name: ClassVar[str]
    idempotent = False

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url, secret, save_secret)
        self.transport = GraphTransport(http, self.name)

    def api_url(self, path: str) -> str:
        return graph_url(self.network, path)

    async def token(self) -> str:
        return self.secret.get("token")

    async def _get(self, path: str, **params: str) -> dict[str, Any]:
        answer = (
            await self.transport.send("GET", self.api_url(path), params={**params, "access_token": await self.token()})
        ).json()
        return answer if isinstance(answer, dict) else {}

    async def _objects(self, ids: Sequence[str], fields: str) -> dict[str, dict[str, Any]]:
        """Several objects by their ids, one request per 50 (`GET /?ids=`); those Graph no longer has (a
        deleted post) are left out: Graph refuses a request naming one, so it is asked again without."""
        found: dict[str, dict[str, Any]] = {}
        wanted = list(dict.fromkeys(ids))
        for start in range(0, len(wanted), IDS_PER_REQUEST):
            batch = wanted[start : start + IDS_PER_REQUEST]
            while batch:
                try:
                    answer = await self._get("", ids=",".join(batch), fields=fields)
                except Rejected as error:
                    gone = _missing_ids(error, batch)
                    if not gone:
                        raise
                    batch = [i for i in batch if i not in gone]
                    continue
                found.update((str(k), v) for k, v in answer.items() if isinstance(v, dict))
                break
        return found

    async def _follow(self, url: str) -> dict[str, Any]:
        """A `paging.next` link as Meta gave it (it carries the query and the token)."""
        answer = (await self.transport.send("GET", address(self.network, url))).json()
        return answer if isinstance(answer, dict) else {}

    async def _post(self, path: str, data: dict[str, str], files: dict[str, Any] | None = None) -> dict[str, Any]:
        response = await self.transport.send(
            "POST",
            self.api_url(path),
            data={**data, "access_token": await self.token()},
            files=files,
            changes=True,
        )
        answer = response.json()
        return answer if isinstance(answer, dict) else {}

    async def _published(self, media_id: str) -> Published:
        """A post just published, with its link (Instagram, Threads); without one if it cannot be read."""
        try:
            item = await self._get(media_id, fields="id,permalink,timestamp")
        except KurzdrahtError:
            return Published(media_id, "")
        return Published(media_id, str(item.get("permalink") or ""), graph_time(item.get("timestamp")))

    async def _username(self) -> str:
        """The account's own username (to tell its own comments apart), asked once per client."""
        if not self.secret.get("username"):
            me = await self._get(self.profile, fields="id,username")
            self.secret.values["username"] = str(me.get("username") or "")
        return self.secret.get("username")

    @property
    def profile(self) -> str:
        """The path of the account's own profile."""
        return "me"

    async def _public_addresses(self, images: tuple[Image, ...]) -> list[str]:
        """The images put on the web (for networks that fetch them), through the account's `images_via`."""
        if self.image_host is None:
            raise Rejected(
                translate(
                    "Networks",
                    "%1 fetches images from the web: choose the WordPress blog that puts them there "
                    "(Accounts → Images via…).",
                ).replace("%1", self.name)
            )
        return [await self.image_host(image) for image in images]


def _missing_ids(error: Rejected, asked: Sequence[str]) -> set[str]:
    """The ids a refused `?ids=` request named as not existing (only ids that were asked)."""
    if getattr(error, "graph_code", None) != 100:
        return set()
    match = _MISSING_IDS.search(str(error))
    return {i for i in match.group(1).split(",") if i in asked} if match else set()


def graph_time(value: object) -> datetime:
    """Graph's times: ISO 8601 with a +0000 offset."""
    text = str(value or "1970-01-01T00:00:00+0000")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]
    return parse_timestamp(text)


def cursor_value(cursor: str | None, key: str) -> object:
    """One value of a JSON cursor (None when there is none or it is unreadable)."""
    try:
        value = json.loads(cursor or "")
    except ValueError:
        return None
    return value.get(key) if isinstance(value, dict) else None


def since_of(cursor: str | None) -> datetime | None:
    seconds = cursor_value(cursor, "since")
    return datetime.fromtimestamp(seconds, timezone.utc) if isinstance(seconds, int) else None


def container_of(progress: str) -> str:
    """The container id an earlier try kept (Instagram, Threads)."""
    container = cursor_value(progress, "container")
    return str(container) if container else ""


# -- pages and sign-in -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ManagedPage:
    id: str
    name: str
    token: str
    instagram_id: str = ""


async def pages_of(transport: GraphTransport, network: str, token: str, fields: str) -> list[ManagedPage]:
    """The Pages a user token manages (with their Page tokens), following the pages of the answer."""
    url: str | None = graph_url(network, "me/accounts")
    # httpx's `params` replace a query in the address: the first request names them all, and a `next`
    # link (which carries its query and the token) goes out as Meta wrote it.
    params: dict[str, str] | None = {"fields": fields, "limit": "100", "access_token": token}
    pages: list[ManagedPage] = []
    while url and len(pages) < 1000:
        answer = (await transport.send("GET", url, params=params)).json()
        params = None
        for item in answer.get("data") or []:
            if isinstance(item, dict) and item.get("id") and item.get("access_token"):
                linked = item.get("instagram_business_account") or {}
                pages.append(
                    ManagedPage(
                        str(item["id"]),
                        str(item.get("name") or item["id"]),
                        str(item["access_token"]),
                        str(linked.get("id") or "") if isinstance(linked, dict) else "",
                    )
                )
        following = (answer.get("paging") or {}).get("next")
        url = address(network, following) if isinstance(following, str) and following else None
    return pages


async def page_behind(transport: GraphTransport, network: str, token: str, fields: str) -> ManagedPage | None:
    """When `token` is a Page token: that Page (a Page has no `accounts`). None for a user token."""
    me = (
        await transport.send("GET", graph_url(network, "me"), params={"fields": fields, "access_token": token})
    ).json()
    # A Page answers its category (and fan count); a person has neither.
    if isinstance(me, dict) and me.get("id") and ("category" in me or "fan_count" in me):
        linked = me.get("instagram_business_account") or {}
        return ManagedPage(
            str(me["id"]),
            str(me.get("name") or me["id"]),
            token,
            str(linked.get("id") or "") if isinstance(linked, dict) else "",
        )
    return None


async def choose_page(
    context: SignInContext, pages: Sequence[ManagedPage], wanted: str, network_name: str
) -> ManagedPage:
    """The Page named by `wanted`, the only one, or the one the user picks."""
    if wanted:
        for page in pages:
            if page.id == wanted or page.name.casefold() == wanted.casefold():
                return page
        raise KurzdrahtError(
            translate("Networks", "This login does not manage the Page “%1”. It manages: %2")
            .replace("%1", wanted)
            .replace("%2", ", ".join(f"{p.name} ({p.id})" for p in pages) or "–")
        )
    if not pages:
        raise KurzdrahtError(
            translate(
                "Networks",
                "This login manages no Facebook Page that %1 can use. Sign in with a person who manages the "
                "Page, and allow Kurzdraht all the Pages it asks for.",
            ).replace("%1", network_name)
        )
    if len(pages) == 1:
        return pages[0]
    chosen = await context.user.choose(
        translate("Networks", "This login manages several Pages. Which one do you want to connect? (--page)"),
        [(page.id, page.name) for page in pages],
    )
    return next(page for page in pages if page.id == chosen)


async def sign_in_user_token(
    context: SignInContext, network: str, scopes: Sequence[str]
) -> tuple[str, datetime | None]:
    """Sign in through the organisation's Meta app in the browser; a long-lived user token (60 days)
    and when it expires."""
    app = await (context.developer_app or _no_apps)("meta")
    transport = GraphTransport(context.http(), "Facebook")
    browser = BrowserSignIn(LoopbackRedirect(META_REDIRECT_PATH, "localhost", META_REDIRECT_PORT))
    Secret({"app_secret": app.secret}).register()
    endpoint = address(network, f"{WEB}/{GRAPH_VERSION}/dialog/oauth")
    code = await browser.ask(context.user, endpoint, app.app_id, ",".join(scopes))
    exchange = {
        "client_id": app.app_id,
        "client_secret": app.secret,
        "redirect_uri": browser.redirect_uri,
        "code": code,
        "code_verifier": browser.pkce.verifier,
    }
    short = (
        await transport.send("GET", graph_url(network, "oauth/access_token") + "?" + _query(exchange), auth_error=False)
    ).json()
    Secret({"token": str(short.get("access_token") or "")}).register()
    return await long_lived(transport, network, app.app_id, app.secret, str(short["access_token"]))


async def long_lived(
    transport: GraphTransport, network: str, app_id: str, app_secret: str, token: str
) -> tuple[str, datetime | None]:
    query = {
        "grant_type": "fb_exchange_token",
        "client_id": app_id,
        "client_secret": app_secret,
        "fb_exchange_token": token,
    }
    answer = (
        await transport.send("GET", graph_url(network, "oauth/access_token") + "?" + _query(query), auth_error=False)
    ).json()
    token = str(answer["access_token"])
    Secret({"token": token}).register()
    expires = _as_int(answer.get("expires_in"))
    return token, (utcnow() + timedelta(seconds=expires) if expires else None)


async def token_expiry(context: SignInContext, transport: GraphTransport, network: str, token: str) -> datetime | None:
    """When `token` ends, asked with the organisation's Meta app (`/debug_token`); None when it does not
    end, or when it cannot be asked (no app, or a token of another app such as the Graph API Explorer's)."""
    if context.developer_app is None:
        return None
    try:
        app = await context.developer_app("meta")
        Secret({"app_token": f"{app.app_id}|{app.secret}", "app_secret": app.secret}).register()
        answer = (
            await transport.send(
                "GET",
                graph_url(network, "debug_token"),
                params={"input_token": token, "access_token": f"{app.app_id}|{app.secret}"},
                auth_error=False,
            )
        ).json()
    except KurzdrahtError as error:
        log.info("cannot ask when the token ends: %s", type(error).__name__)
        return None
    data = answer.get("data") if isinstance(answer, dict) else None
    ends = data.get("expires_at") if isinstance(data, dict) else None
    return datetime.fromtimestamp(ends, timezone.utc) if isinstance(ends, int) and ends > 0 else None


async def _no_apps(kind: str):  # noqa: ANN202
    raise KurzdrahtError(translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", kind))


def _query(values: dict[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode(values)
