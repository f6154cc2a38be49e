"""LinkedIn organisation Pages (Community Management API, the versioned REST API under /rest) through the
organisation's own LinkedIn app. LinkedIn returns the browser only to registered https addresses, unless
it has enabled sign-in on this computer (loopback, with PKCE) for the app: with an https redirect address
the user pastes the address the browser ended on, else Kurzdraht receives the answer itself.

Every request names the API version (`LinkedIn-Version`, one constant) and Rest.li protocol 2.0, under
which URNs in paths are percent-encoded and `List(…)`/projection values are not. Access tokens last 60
days; only apps LinkedIn allows programmatic refresh get a refresh token, which is then used in time.

Posts are "little text": reserved characters are escaped, or LinkedIn silently cuts the text at the first
one. There is no idempotency: the attempt remembers that it is being sent before the POST; a retry first
looks at the Page's recent posts, and LinkedIn's 422 DUPLICATE_POST names the post that is already
there. 429 comes without any hint of how long to wait (the limits are daily, reset at midnight UTC).
Comments, answers and the conversation are in `linkedin_inbox`; addresses, little text and LinkedIn's
error answers in `linkedin_rest`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks import linkedin_inbox, linkedin_insights
from desktop.networks.base import (
    AuthExpired,
    CommentPage,
    Identity,
    Image,
    Limits,
    OutcomeUnknown,
    Outgoing,
    PostFigures,
    Published,
    Rejected,
    RemoteComment,
    SaveSecret,
    Secret,
    TemporaryFailure,
    json_body,
)
from desktop.networks.limits import DEFAULT_LIMITS
from desktop.networks.linkedin_rest import (
    comparable,
    API,
    API_HEADERS,
    LINKEDIN_VERSION as LINKEDIN_VERSION,  # the one version, also named here
    NAME,
    WEB,
    LinkedInTransport,
    Page,
    duplicate_of,
    enc,
    escape_little_text,
    from_ms,
    ms,
    page_of,
    plain_text,
    post_url,
    rest_url,
)
from desktop.networks.oauth import BrowserSignIn, LoopbackRedirect, PastedRedirect, pasted_token, token_values
from desktop.networks.renewal import RenewedLogin
from desktop.networks.plugin import (
    DeveloperApp,
    DeveloperAppKind,
    Field,
    NetworkPlugin,
    RedirectKind,
    SignedIn,
    SignInContext,
)
from desktop.networks.transport import utcnow
from desktop.networks.urls import address

log = logging.getLogger(__name__)

SCOPES = "rw_organization_admin w_organization_social r_organization_social"
LOOPBACK_PORT = 47815
LOOPBACK_PATH = "/kurzdraht/linkedin"
LOOPBACK_REDIRECT = f"http://127.0.0.1:{LOOPBACK_PORT}{LOOPBACK_PATH}"
LIMITS = DEFAULT_LIMITS["linkedin"]
ACL_PROJECTION = "(elements*(role,state,organization~(localizedName,vanityName,logoV2(original~:playableStreams))))"
ACL_PAGES = 10
# A renewable login is renewed when its access token has less than this left.
RENEW_BEFORE = timedelta(days=10)
# After a lost answer, our posts from this long before the first try on are looked at.
FIND_WINDOW = timedelta(minutes=2)
FIND_COUNT = 20
# Waits between looks at an uploaded image until LinkedIn has processed it.
IMAGE_POLLS = (0.2, 0.5, 1, 2, 3, 5, 10)
# A brand-new token is refused (401, 65601) for a few seconds after the authorisation.
FRESH_LOGIN_PAUSES = (0.5, 1.5, 3)

LINKEDIN_APP = DeveloperAppKind(
    key="linkedin",
    name="LinkedIn",
    console="https://www.linkedin.com/developers/apps",
    redirect=RedirectKind.EITHER,
    loopback_redirect=LOOPBACK_REDIRECT,
    networks=("linkedin",),
    id_label=QT_TRANSLATE_NOOP("Networks", "Client ID:"),
    secret_label=QT_TRANSLATE_NOOP("Networks", "Client secret:"),
    guide=(
        QT_TRANSLATE_NOOP(
            "Networks",
            "Open linkedin.com/developers/apps with the LinkedIn login of a person who is a super admin of your "
            "organisation's LinkedIn Page, choose “Create app” and name your Page as the app's company. Verify "
            "the app with the Page when LinkedIn asks.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under “Products”, request the “Community Management API”. It must be the only product on this app, "
            "so use another app for anything else. LinkedIn checks the request; this can take a few days.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under “Auth”, check that the scopes rw_organization_admin, w_organization_social and "
            "r_organization_social are listed.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under “Auth” → “Authorized redirect URLs”, add an https address of your organisation, e.g. a page "
            "of your website such as https://lindenhof.example/kurzdraht/ (the page need not exist), and enter "
            "the same address below: after signing in you copy the address your browser ended on into "
            "Kurzdraht. Only if LinkedIn has enabled sign-in on this computer for your app, leave the address "
            "below empty: Kurzdraht then receives the answer itself at %1.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under “Auth”, copy the “Client ID” and the “Primary Client Secret” into the fields below.",
        ),
    ),
)


# -- the client ------------------------------------------------------------------------------------


class LinkedInClient(RenewedLogin):
    network = "linkedin"
    idempotent = False

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url or API, secret, save_secret)
        self.transport = LinkedInTransport(http)
        self.image_polls: tuple[float, ...] = IMAGE_POLLS
        self.names: dict[str, tuple[str, str]] = {}  # actor URN → (name, handle), looked up once

    @property
    def organization_id(self) -> str:
        return self.secret.get("organization_id")

    @property
    def organization_urn(self) -> str:
        return f"urn:li:organization:{self.organization_id}"

    # -- the login ---------------------------------------------------------------------------------
    renew_before = RENEW_BEFORE

    def renewable(self, secret: Secret) -> bool:
        return all(secret.get(key) for key in ("refresh_token", "client_id", "client_secret"))

    def login_gone(self) -> AuthExpired:
        return AuthExpired(
            translate("Networks", "LinkedIn no longer accepts the saved login. Please reconnect the account.")
        )

    async def new_login(self, stored: Secret) -> dict[str, str]:
        try:
            answer = (
                await self.transport.send(
                    "POST",
                    address("linkedin", f"{WEB}/oauth/v2/accessToken"),
                    data={
                        "grant_type": "refresh_token",
                        "refresh_token": stored.get("refresh_token"),
                        "client_id": stored.get("client_id"),
                        "client_secret": stored.get("client_secret"),
                    },
                    auth_error=False,
                )
            ).json()
        except Rejected as error:
            log.warning("LinkedIn refused to renew the login: %s", getattr(error, "linkedin_detail", ""))
            raise self.login_gone() from error
        return {**stored.values, **login_values(answer)}

    async def call(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None = None,
        *,
        raw: Mapping[str, str] | None = None,
        changes: bool = False,
        **kwargs: Any,
    ) -> httpx.Response:
        """One request to the REST API with the version and protocol headers, the login renewed where
        it can be (in time, or once after a refusal)."""

        async def send(token: str) -> httpx.Response:
            headers = {"Authorization": f"Bearer {token}", **API_HEADERS}
            return await self.transport.send(
                method, rest_url(path, params, raw), changes=changes, headers=headers, **kwargs
            )

        return await self.with_login(send)

    async def read(
        self, path: str, params: Mapping[str, str] | None = None, *, raw: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        body = json_body(await self.call("GET", path, params, raw=raw))
        if not isinstance(body, dict):
            raise TemporaryFailure(translate("Networks", "LinkedIn sent an answer that Kurzdraht cannot read."))
        return body

    # -- the Page ----------------------------------------------------------------------------------
    async def pages(self) -> list[Page]:
        """The Pages this login may post for (Super admin or Content admin)."""
        found: dict[str, Page] = {}
        start = 0
        for _ in range(ACL_PAGES):
            params = {"q": "roleAssignee", "state": "APPROVED", "start": str(start), "count": "100"}
            answer = await self.read("rest/organizationAcls", params, raw={"projection": ACL_PROJECTION})
            elements = [e for e in answer.get("elements") or [] if isinstance(e, dict)]
            for element in elements:
                page = page_of(element)
                if page is not None:
                    found.setdefault(page.id, page)
            links = (answer.get("paging") or {}).get("links") or []
            if not any(isinstance(link, dict) and link.get("rel") == "next" for link in links):
                break
            start += 100
        return list(found.values())

    async def verify(self) -> Identity:
        page = next((p for p in await self.pages() if p.id == self.organization_id), None)
        if page is None:
            raise Rejected(
                translate(
                    "Networks",
                    "Your LinkedIn login has no admin role on this Page (any more). A super admin of the Page can "
                    "give you the role “Super admin” or “Content admin”; then reconnect the account.",
                )
            )
        self.names[page.urn] = (page.name, page.vanity or page.id)
        return Identity(
            remote_id=page.id,
            handle=page.vanity or page.id,
            display_name=page.name,
            avatar_url=page.logo,
            profile_url=f"{WEB}/company/{page.vanity or page.id}/",
            server_url=API,
        )

    async def limits(self) -> Limits:
        return LIMITS

    # -- publishing --------------------------------------------------------------------------------
    async def publish(self, post: Outgoing) -> Published:
        if post.progress:  # an earlier try was sent: did it arrive?
            found = await self._find_own(post)
            if found is not None:
                return found
        body: dict[str, Any] = {
            "author": self.organization_urn,
            "commentary": escape_little_text(post.text),
            "visibility": "PUBLIC",
            "distribution": {
                "feedDistribution": "MAIN_FEED",
                "targetEntities": [],
                "thirdPartyDistributionChannels": [],
            },
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        if post.images:
            media = [await self._upload(image) for image in post.images]
            body["content"] = {"media": media[0]} if len(media) == 1 else {"multiImage": {"images": media}}
        await post.keep(json.dumps({"sent_at": int(utcnow().timestamp())}))
        try:
            response = await self.call("POST", "rest/posts", json=body, changes=True)
        except Rejected as error:
            existing = duplicate_of(error)
            too_long = getattr(error, "linkedin_code", "") == "FIELD_LENGTH_TOO_LONG"
            if existing is None and too_long and "/commentary" in getattr(error, "linkedin_detail", ""):
                raise Rejected(
                    translate(
                        "Networks",
                        "The text is too long for LinkedIn (3,000 characters). LinkedIn counts each of the "
                        "characters ( ) [ ] { } < > # @ * _ ~ | \\ twice. Please shorten the text.",
                    )
                ) from error
            if existing is None:
                raise
            # The same text is on the Page already: our own earlier try, whose answer was lost.
            log.info("LinkedIn names %s as the same post", existing or "an earlier post")
            if existing:
                return Published(existing, post_url(existing), None)
            found = await self._find_own(post)
            if found is not None:
                return found
            raise Rejected(
                translate(
                    "Networks",
                    "LinkedIn says this exact text is already on the Page, so it was probably posted before. "
                    "Please look at the Page on LinkedIn; Kurzdraht does not send it again.",
                )
            ) from error
        urn = response.headers.get("x-restli-id", "")
        if not urn:
            raise OutcomeUnknown(translate("Networks", "LinkedIn sent an answer that Kurzdraht cannot read."))
        return Published(urn, post_url(urn), utcnow())

    async def find_published(self, post: Outgoing) -> Published | None:
        return await self._find_own(post) if post.progress else None

    async def _find_own(self, post: Outgoing) -> Published | None:
        """Our post with this text (and as many images), made since shortly before the first try."""
        since = int((post.created_at - FIND_WINDOW).timestamp() * 1000)
        params = {"q": "author", "author": self.organization_urn, "count": str(FIND_COUNT), "sortBy": "CREATED"}
        wanted = comparable(post.text)
        for item in (await self.read("rest/posts", params)).get("elements") or []:
            if not isinstance(item, dict) or not item.get("id"):
                continue
            created = ms(item.get("createdAt") or item.get("publishedAt"))
            if comparable(plain_text(str(item.get("commentary") or ""))) != wanted or created < since:
                continue
            if post.images and _image_count(item) != len(post.images):
                continue
            return Published(str(item["id"]), post_url(str(item["id"])), from_ms(created))
        return None

    async def _upload(self, image: Image) -> dict[str, str]:
        """Upload one image for the Page and wait until LinkedIn has processed it; its part of the post."""
        answer = json_body(
            await self.call(
                "POST",
                "rest/images",
                {"action": "initializeUpload"},
                json={"initializeUploadRequest": {"owner": self.organization_urn}},
            )
        )
        value = (answer or {}).get("value") if isinstance(answer, dict) else None
        upload = str((value or {}).get("uploadUrl") or "")
        urn = str((value or {}).get("image") or "")
        if not upload or not urn:
            raise TemporaryFailure(translate("Networks", "LinkedIn did not take the image. Please try again."))
        headers = {"Content-Type": image.media_type}
        if _linkedin_host(upload):  # LinkedIn's upload wants the login too; nobody else gets it
            headers["Authorization"] = f"Bearer {self.secret.get('token')}"
        await self.transport.send("PUT", upload, content=image.read(), headers=headers)
        for pause in (0, *self.image_polls):
            await asyncio.sleep(pause)
            status = (await self.read(f"rest/images/{enc(urn)}")).get("status")
            if status == "AVAILABLE":
                media = {"id": urn}
                if image.alt_text.strip():
                    media["altText"] = image.alt_text.strip()[:4086]
                return media
            if status == "PROCESSING_FAILED":
                raise Rejected(
                    translate(
                        "Networks", "LinkedIn could not process the picture “%1”. Please try another one (JPEG or PNG)."
                    ).replace("%1", image.path.name)
                )
        raise TemporaryFailure(translate("Networks", "LinkedIn is still preparing the picture. Trying again later."))

    # -- the inbox (linkedin_inbox) ----------------------------------------------------------------
    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        return await linkedin_inbox.fetch_comments(self, cursor)

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        return await linkedin_inbox.reply(self, remote_id, post)

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        return await linkedin_inbox.thread(self, remote_id)

    # -- Insights (linkedin_insights) --------------------------------------------------------------
    async def followers(self) -> int | None:
        return await linkedin_insights.followers(self)

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        return await linkedin_insights.figures(self, remote_ids)


def _image_count(item: dict[str, Any]) -> int:
    content = item.get("content") if isinstance(item.get("content"), dict) else {}
    if (content or {}).get("media"):
        return 1
    images = ((content or {}).get("multiImage") or {}).get("images")
    return len(images) if isinstance(images, list) else 0


def _linkedin_host(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    ours = (urlsplit(address("linkedin", API)).hostname or "").lower()
    return host == ours or host == "linkedin.com" or host.endswith(".linkedin.com")


# -- connecting --------------------------------------------------------------------------------------


def login_values(answer: Mapping[str, Any]) -> dict[str, str]:
    """A token answer as kept: the token, when it runs out (`access_expires_at`), and when the whole login
    ends (`expires_at`, shown in Accounts): the refresh token's end where one came, else the token's."""
    values = token_values(answer, "access_expires_at")
    refresh_in = answer.get("refresh_token_expires_in")
    if values.get("refresh_token") and isinstance(refresh_in, int) and refresh_in > 0:
        values["expires_at"] = str(int((utcnow() + timedelta(seconds=refresh_in)).timestamp()))
    elif not values.get("refresh_token") and values.get("access_expires_at"):
        values["expires_at"] = values["access_expires_at"]
    return values


async def _authorize(context: SignInContext, app: DeveloperApp) -> dict[str, Any]:
    """The browser sign-in: back to the registered https address (pasted) or to this computer."""
    redirect: LoopbackRedirect | PastedRedirect
    if app.redirect_uri.lower().startswith("https://"):
        redirect, endpoint = PastedRedirect(app.redirect_uri, context.user), "oauth/v2/authorization"
    else:
        redirect = LoopbackRedirect.at(app.redirect_uri or LOOPBACK_REDIRECT, exact=True)
        endpoint = "oauth/native-pkce/authorization"
    browser = BrowserSignIn(redirect)
    code = await browser.ask(context.user, address("linkedin", f"{WEB}/{endpoint}"), app.app_id, SCOPES)
    try:
        response = await LinkedInTransport(context.http()).send(
            "POST",
            address("linkedin", f"{WEB}/oauth/v2/accessToken"),
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": browser.redirect_uri,
                "client_id": app.app_id,
                "client_secret": app.secret,
                "code_verifier": browser.pkce.verifier,
            },
            auth_error=False,
        )
    except Rejected as error:
        if getattr(error, "linkedin_code", "") == "invalid_client":
            raise KurzdrahtError(
                translate(
                    "Networks",
                    "LinkedIn does not accept the client ID and secret of your organisation's LinkedIn app. "
                    "Please copy them again under Developer apps.",
                )
            ) from error
        raise
    answer = json_body(response)
    return answer if isinstance(answer, dict) else {}


async def _pages_of_new_login(client: LinkedInClient) -> list[Page]:
    """The login's Pages; a token refused as revoked right after the authorisation is given a moment."""
    for pause in (*FRESH_LOGIN_PAUSES, None):
        try:
            return await client.pages()
        except AuthExpired as error:
            if pause is None or getattr(error, "linkedin_service_code", None) != 65601:
                raise
            log.info("LinkedIn does not accept the new login yet; asking again in %s s", pause)
            await asyncio.sleep(pause)
    raise AssertionError("unreachable")


async def _choose(context: SignInContext, pages: list[Page], wanted: str) -> Page:
    """The Page `wanted` names (ID, URN, vanity name or name), the only one, or the one the user picks."""
    if wanted:
        for page in pages:
            if wanted.casefold() in (page.id, page.urn, page.vanity.casefold(), page.name.casefold()):
                return page
        raise KurzdrahtError(
            translate("Networks", "This LinkedIn login has no admin role on the Page “%1”. It may post for: %2")
            .replace("%1", wanted)
            .replace("%2", ", ".join(f"{p.name} ({p.id})" for p in pages) or "–")
        )
    if not pages:
        raise KurzdrahtError(
            translate(
                "Networks",
                "This LinkedIn login has no admin role on any LinkedIn Page. Sign in with a person who is "
                "“Super admin” or “Content admin” of your organisation's Page.",
            )
        )
    if len(pages) == 1:
        return pages[0]
    chosen = await context.user.choose(
        translate(
            "Networks",
            "This LinkedIn login may post for several Pages. Which one do you want to connect? (--organization)",
        ),
        [(page.id, page.name) for page in pages],
    )
    return next(page for page in pages if page.id == chosen)


async def sign_in(context: SignInContext) -> SignedIn:
    pasted = context.value("token")
    app: DeveloperApp | None = None
    if context.developer_app is not None:
        try:
            app = await context.developer_app("linkedin")
        except KurzdrahtError:
            if not pasted:
                raise
    if pasted:
        answer = pasted_token(pasted)
    elif app is None:
        raise KurzdrahtError(translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", NAME))
    else:
        answer = await _authorize(context, app)
    values = login_values(answer)
    if values.get("refresh_token"):
        if app is not None:
            values.update(client_id=app.app_id, client_secret=app.secret)
        else:  # nothing to renew it with: the login ends with its token
            del values["refresh_token"]
            values.pop("expires_at", None)
            if values.get("access_expires_at"):
                values["expires_at"] = values["access_expires_at"]
    # Without the refresh token: a new token refused at first must be waited for, not renewed.
    pages = await _pages_of_new_login(LinkedInClient(context.http(), API, Secret({"token": values["token"]})))
    page = await _choose(context, pages, context.value("organization"))
    secret = Secret({**values, "organization_id": page.id})
    expires = values.get("expires_at", "")
    return SignedIn(API, secret, datetime.fromtimestamp(int(expires), timezone.utc) if expires.isdigit() else None)


PLUGIN = NetworkPlugin(
    key="linkedin",
    name=NAME,
    order=80,
    summary=QT_TRANSLATE_NOOP(
        "Networks", "a LinkedIn Page (signs in through your organisation's LinkedIn app unless a token is given)"
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Kurzdraht posts as your organisation's LinkedIn Page and signs in through your organisation's own "
        "LinkedIn app (see “Developer apps”). Your browser opens LinkedIn; afterwards you copy the address it "
        "ended on into Kurzdraht, unless LinkedIn lets your app return to this computer. The login lasts 60 "
        "days; Accounts reminds you a week before it ends.",
    ),
    client=LinkedInClient,
    sign_in=sign_in,
    app=LINKEDIN_APP,
    limits=LIMITS,
    fields=(
        Field(
            "organization",
            QT_TRANSLATE_NOOP("Networks", "LinkedIn Page (optional):"),
            QT_TRANSLATE_NOOP(
                "Networks",
                "the LinkedIn Page's ID or name, when your login may post for several (not the same as "
                "--organisation, the organisation in Kurzdraht)",
            ),
            placeholder="2414183",
            required=False,
            prefill=lambda account: account.handle,
        ),
        Field(
            "token",
            QT_TRANSLATE_NOOP("Networks", "Access token (optional):"),
            QT_TRANSLATE_NOOP(
                "Networks",
                "read an access token from standard input instead: the token, or the JSON LinkedIn's token "
                "endpoint answered",
            ),
            required=False,
            secret=True,
            stdin_option="--token-stdin",
        ),
    ),
)
