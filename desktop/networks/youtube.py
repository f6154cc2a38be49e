"""YouTube (Data API v3) as an inbox: comments on the channel's videos, answered from Kurzdraht. The API
cannot make posts, so the composer does not offer YouTube (`NetworkPlugin.can_post`).

Sign-in through the organisation's own Google OAuth client of type "Desktop app": any port on 127.0.0.1,
PKCE, `access_type=offline` and `prompt=consent` (so that a refresh token always comes). Google's client
secret for desktop apps is not confidential; it is kept with the account, as a refresh needs it. Access
tokens last an hour and are renewed under the account's lock, in the keyring before use; Google does not
rotate refresh tokens, so the old one stays. Apps left in "Testing" lose their login after 7 days.

Every request costs units of the Google project's 10,000 a day (a list 1, an answer 50; the day ends at
midnight in California). Google does not say what is left, so the account's ledger counts each request
and answers wait for the next day once the budget would be passed. Answers have no idempotency: the
attempt remembers that one is being sent, and a retry first looks for ours among the thread's replies.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    AuthExpired,
    CommentPage,
    Identity,
    Limits,
    NetworkError,
    OutcomeUnknown,
    Outgoing,
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
from desktop.networks.oauth import BrowserSignIn, LoopbackRedirect, pasted_token, token_values
from desktop.networks.limits import DEFAULT_LIMITS
from desktop.networks.renewal import RenewedLogin
from desktop.networks.plugin import DeveloperAppKind, Field, NetworkPlugin, RedirectKind, SignedIn, SignInContext
from desktop.networks.transport import Transport, utcnow, when_text
from desktop.networks.urls import address

log = logging.getLogger(__name__)

NAME = "YouTube"
API = "https://www.googleapis.com"
AUTHORIZE = "https://accounts.google.com/o/oauth2/v2/auth"
TOKEN = "https://oauth2.googleapis.com/token"
REVOKE = "https://oauth2.googleapis.com/revoke"
WATCH = "https://www.youtube.com/watch"
SCOPE = "https://www.googleapis.com/auth/youtube.force-ssl"
# Google accepts any port on 127.0.0.1 for "Desktop app" clients: nothing is registered.
REDIRECT_PATH = "/kurzdraht/youtube"
REDIRECT = f"http://127.0.0.1{REDIRECT_PATH}"

# The quota (developers.google.com/youtube/v3/determine_quota_cost): units a day per Google project.
DAILY_QUOTA = 10_000
LIST_COST = 1
ANSWER_COST = 50
PACIFIC = ZoneInfo("America/Los_Angeles")
# One sync reads at most this many pages of threads (100 each) and this many pages of replies. The inbox
# syncs every 5 minutes at the most: 288 syncs a day × (3 + 5) units = 2,304 units in the worst case (a
# burst of new comments every 5 minutes all day); usually one page per sync, 288 units; plus one unit a day
# for the subscriber count (Insights). That leaves at least 7,695 units, 153 answers a day, plus what
# opening conversations costs (1–3 units each).
THREAD_PAGES = 3
REPLY_PAGES = 5
PAGE_SIZE = 100
FIND_PAGES = 3  # after a lost answer, our reply is looked for among the thread's first 300 replies
FIND_WINDOW = timedelta(minutes=10)  # … written since shortly before the first try (clocks differ)

LIMITS = DEFAULT_LIMITS["youtube"]  # answers to comments: 10,000 characters, no images

GOOGLE_APP = DeveloperAppKind(
    key="google",
    name="Google",
    console="https://console.cloud.google.com/apis/credentials",
    redirect=RedirectKind.LOOPBACK,
    loopback_redirect=REDIRECT,
    networks=("youtube",),
    id_label=QT_TRANSLATE_NOOP("Networks", "Client ID:"),
    secret_label=QT_TRANSLATE_NOOP("Networks", "Client secret:"),
    guide=(
        QT_TRANSLATE_NOOP(
            "Networks",
            "Open console.cloud.google.com with a Google account of your organisation and create a project "
            "(e.g. “Kurzdraht Lindenhof”). Under “APIs & Services → Library”, enable “YouTube Data API v3”.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Set up the “OAuth consent screen”: user type “External”, your organisation's name and e-mail. "
            "Add the Google account that owns the channel as a test user, or publish the app: while it is in "
            "“Testing”, Google ends the login after 7 days and the account has to be reconnected.",
        ),
        QT_TRANSLATE_NOOP(
            "Networks",
            "Under “Credentials”, choose “Create credentials → OAuth client ID” of the type “Desktop app” and copy "
            "its “Client ID” and “Client secret” into the fields below (Google says this secret is not "
            "confidential for desktop apps; Kurzdraht still keeps it in the system's password store).",
        ),
    ),
)

NEEDS_RECONNECT = QT_TRANSLATE_NOOP(
    "Networks",
    "YouTube no longer accepts the saved login: the account needs reconnecting. If your organisation's "
    "Google app is still in “Testing”, Google ends its logins after 7 days; publish the app on the "
    "“OAuth consent screen” page so that the login lasts.",
)
APP_REFUSED = QT_TRANSLATE_NOOP(
    "Networks",
    "Google does not accept the client ID or secret of your organisation's Google app. Please check them under "
    "Developer apps and reconnect the account.",
)
UNREADABLE = QT_TRANSLATE_NOOP("Networks", "YouTube sent an answer that Kurzdraht cannot read.")
QUOTA_ANSWERS = QT_TRANSLATE_NOOP("Networks", "YouTube's daily quota is used up; answers wait until %1.")
QUOTA_READS = QT_TRANSLATE_NOOP("Networks", "YouTube's daily quota is used up; new comments arrive again after %1.")
# What YouTube's refusals of an answer mean, in plain words (developers.google.com/youtube/v3/docs/comments/insert).
REFUSALS = {
    "commentsDisabled": QT_TRANSLATE_NOOP("Networks", "Comments are turned off for this video on YouTube."),
    "parentCommentIsPrivate": QT_TRANSLATE_NOOP(
        "Networks",
        "This comment is not public (it may be waiting for review in YouTube Studio), so it cannot be answered.",
    ),
    "operationNotSupported": QT_TRANSLATE_NOOP(
        "Networks", "YouTube does not allow answering this comment (its author may not accept answers)."
    ),
    "commentTextTooLong": QT_TRANSLATE_NOOP("Networks", "The answer is too long for YouTube (10,000 characters)."),
    "commentTextRequired": QT_TRANSLATE_NOOP("Networks", "Please write an answer first."),
    "ineligibleAccount": QT_TRANSLATE_NOOP(
        "Networks",
        "This Google account cannot write comments on YouTube. Please reconnect with the Google account that "
        "owns the channel.",
    ),
    "commentNotFound": QT_TRANSLATE_NOOP("Networks", "This comment is no longer on YouTube."),
}


def _url(path: str) -> str:
    return address("youtube", f"{API}/{path.lstrip('/')}")


def pacific_day(moment: datetime | None = None) -> str:
    """The quota's day: Google resets it at midnight in California."""
    return (moment or utcnow()).astimezone(PACIFIC).date().isoformat()


def next_reset(moment: datetime | None = None) -> datetime:
    local = (moment or utcnow()).astimezone(PACIFIC)
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=PACIFIC)
    return midnight.astimezone(timezone.utc)


def units_today(options: dict[str, object]) -> int:
    """Units spent today as the account's options keep them (`usage`: {"day", "units"}), for Accounts."""
    usage = options.get("usage")
    if isinstance(usage, dict) and usage.get("day") == pacific_day():
        units = usage.get("units")
        return units if isinstance(units, int) else 0
    return 0


def _error(response: httpx.Response) -> tuple[str, str]:
    """Google's reason ("quotaExceeded", or the token endpoint's "invalid_grant") and its message."""
    body = json_body(response)
    if not isinstance(body, dict):
        return "", ""
    error = body.get("error")
    if isinstance(error, str):  # the OAuth endpoints: {"error", "error_description"}
        return error, str(body.get("error_description") or error)
    if not isinstance(error, dict):
        return "", ""
    items = error.get("errors")
    first = items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else {}
    message = re.sub(r"<[^>]+>", "", str(error.get("message") or first.get("message") or ""))
    return str(first.get("reason") or error.get("status") or ""), message.strip()


def describe_error(response: httpx.Response) -> str:
    return _error(response)[1]


def _quota_used_up(changes: bool) -> RateLimited:
    moment = next_reset()
    text = translate("Networks", QUOTA_ANSWERS if changes else QUOTA_READS).replace("%1", when_text(moment))
    error = RateLimited(text, moment)
    error.quota = True  # type: ignore[attr-defined]
    return error


async def _token(transport: Transport, form: dict[str, str]) -> dict[str, Any]:
    """Google's token endpoint (a sign-in or a renewal); a refusal means the login or the app is no longer
    accepted, while a failure to reach it is only temporary (not a reason to reconnect)."""
    try:
        response = await transport.send("POST", address("youtube", TOKEN), data=form, auth_error=False)
    except Rejected as error:
        reason = getattr(error, "google_reason", "")
        log.warning("Google's token endpoint refused the %s: %s", form["grant_type"], reason)
        app = reason in ("invalid_client", "unauthorized_client")
        raise AuthExpired(translate("Networks", APP_REFUSED if app else NEEDS_RECONNECT)) from error
    answer = json_body(response)
    if not isinstance(answer, dict):
        raise TemporaryFailure(translate("Networks", UNREADABLE))
    return answer


class YouTubeTransport(Transport):
    """Google's answers: the daily quota waits until midnight in California, YouTube's refusals of an
    answer are said plainly, and each error keeps Google's reason and status."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        super().__init__(http, NAME, describe_error)

    def error_for(self, response: httpx.Response, *, changes: bool = False, auth_error: bool = True) -> NetworkError:
        status = response.status_code
        reason = _error(response)[0]
        found: NetworkError
        if reason in ("quotaExceeded", "dailyLimitExceeded"):
            log.warning("YouTube answered %s %s: quota exceeded", status, response.request.url.path)
            found = _quota_used_up(changes)
        elif status == 403 and reason in ("rateLimitExceeded", "userRateLimitExceeded"):  # too fast: a minute
            found = RateLimited(self._rate_message(utcnow() + timedelta(minutes=1)), utcnow() + timedelta(minutes=1))
        elif reason == "insufficientPermissions":
            found = AuthExpired(
                translate(
                    "Networks",
                    "The login does not allow Kurzdraht to read and answer comments. Please reconnect the account "
                    "and allow “Manage your YouTube account” when Google asks.",
                )
            )
        elif reason in REFUSALS and status < 500:
            log.info("YouTube answered %s %s: %s", status, response.request.url.path, reason)
            found = Rejected(translate("Networks", REFUSALS[reason]))
        else:
            found = super().error_for(response, changes=changes, auth_error=auth_error)
        found.google_reason = reason  # type: ignore[attr-defined]
        found.google_status = status  # type: ignore[attr-defined]
        return found


def _same_text(first: str, second: str) -> bool:
    return " ".join(first.split()) == " ".join(second.split())


class YouTubeClient(RenewedLogin):
    network = "youtube"
    idempotent = False

    def __init__(
        self, http: httpx.AsyncClient, server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        super().__init__(http, server_url or API, secret, save_secret)
        self.transport = YouTubeTransport(http)

    # -- the login ---------------------------------------------------------------------------------
    def renewable(self, secret: Secret) -> bool:
        return bool(secret.get("refresh_token") and secret.get("client_id"))

    def login_gone(self) -> AuthExpired:
        return AuthExpired(
            translate(
                "Networks",
                "YouTube's login has run out (it lasts an hour). Please reconnect the account; with your "
                "organisation's Google app set up, Kurzdraht keeps it fresh by itself.",
            )
        )

    def refused_token(self, error: AuthExpired) -> bool:
        return getattr(error, "google_status", 0) == 401  # not a missing permission (403)

    async def new_login(self, stored: Secret) -> dict[str, str]:
        form = {
            "grant_type": "refresh_token",
            "refresh_token": stored.get("refresh_token"),
            "client_id": stored.get("client_id"),
            "client_secret": stored.get("client_secret"),
        }
        answer = await _token(self.transport, form)
        # Google does not rotate refresh tokens: the stored one stays unless a new one came.
        return {**stored.values, **token_values(answer, "access_expires_at")}

    # -- the quota ---------------------------------------------------------------------------------
    async def _afford(self, units: int, changes: bool) -> None:
        """Refuse (until the next reset) what the day's budget cannot pay for any more."""
        if await self.ledger.spent(pacific_day()) + units > DAILY_QUOTA:
            raise _quota_used_up(changes)

    async def _used_up(self) -> None:
        """Google said the project's quota is spent (other apps of the project count too): the ledger
        says so as well, so that every Kurzdraht process waits without asking."""
        spent = await self.ledger.spent(pacific_day())
        await self.ledger.spend(pacific_day(), max(0, DAILY_QUOTA - spent))

    # -- requests ----------------------------------------------------------------------------------
    async def _send(
        self, method: str, path: str, *, units: int = LIST_COST, changes: bool = False, **kwargs: Any
    ) -> httpx.Response:
        async def send(token: str) -> httpx.Response:
            await self._afford(units, changes)
            await self.ledger.spend(pacific_day(), units)  # Google charges refused requests as well
            headers = {"Authorization": f"Bearer {token}"}
            try:
                return await self.transport.send(method, _url(path), changes=changes, headers=headers, **kwargs)
            except RateLimited as error:
                if getattr(error, "quota", False):
                    await self._used_up()
                raise

        return await self.with_login(send)

    async def _get(self, path: str, **params: str) -> dict[str, Any]:
        body = json_body(await self._send("GET", path, params=params))
        if not isinstance(body, dict):
            raise TemporaryFailure(translate("Networks", UNREADABLE))
        return body

    async def _channel_id(self) -> str:
        if not self.secret.get("channel_id"):
            await self.verify()
        return self.secret.get("channel_id")

    # -- the interface -----------------------------------------------------------------------------
    async def followers(self) -> int | None:
        """The channel's subscribers (one unit); None where the channel hides the count."""
        answer = await self._get("youtube/v3/channels", part="statistics", mine="true")
        items = [i for i in answer.get("items") or [] if isinstance(i, dict)]
        statistics = (items[0].get("statistics") or {}) if items else {}
        count = str(statistics.get("subscriberCount") or "")
        return int(count) if count.isdigit() and not statistics.get("hiddenSubscriberCount") else None

    async def verify(self) -> Identity:
        answer = await self._get("youtube/v3/channels", part="snippet,statistics", mine="true")
        items = [i for i in answer.get("items") or [] if isinstance(i, dict) and i.get("id")]
        if not items:
            raise Rejected(
                translate(
                    "Networks",
                    "This Google account has no YouTube channel. Please sign in with the Google account that owns "
                    "your organisation's channel (for a brand account, choose the channel when Google asks).",
                )
            )
        channel = items[0]
        snippet = channel.get("snippet") or {}
        channel_id = str(channel["id"])
        custom = str(snippet.get("customUrl") or "")
        handle = custom if custom.startswith("@") else channel_id
        thumbnails = snippet.get("thumbnails") or {}
        picture = (thumbnails.get("medium") or thumbnails.get("default") or {}).get("url") or ""
        self.secret.values["channel_id"] = channel_id
        return Identity(
            remote_id=channel_id,
            handle=handle,
            display_name=str(snippet.get("title") or handle),
            avatar_url=str(picture),
            profile_url=f"https://www.youtube.com/{handle if custom.startswith('@') else 'channel/' + channel_id}",
            server_url=API,
        )

    async def limits(self) -> Limits:
        return LIMITS

    async def publish(self, post: Outgoing) -> Published:
        raise KurzdrahtError(
            translate(
                "Networks", "YouTube's API cannot make posts; Kurzdraht shows and answers comments on your videos."
            )
        )

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        """Answer in the comment's thread: YouTube's replies all belong to the top-level comment, whose id
        is the part of a reply's id before the dot."""
        top = remote_id.split(".", 1)[0]
        if post.progress:  # an earlier try was sent: did it arrive?
            found = await self._find_own(top, post)
            if found is not None:
                return found
        await self._afford(ANSWER_COST, True)  # before `keep`: a refusal here sends nothing
        await post.keep(json.dumps({"parent": top, "sent_at": int(utcnow().timestamp())}))
        response = await self._send(
            "POST",
            "youtube/v3/comments",
            units=ANSWER_COST,
            changes=True,
            params={"part": "snippet"},
            json={"snippet": {"parentId": top, "textOriginal": post.text}},
        )
        answer = json_body(response)
        made = _parse(answer, "")
        if made is None:
            raise OutcomeUnknown(translate("Networks", UNREADABLE))
        return Published(made[0].remote_id, made[0].url, made[0].created_at)

    async def _find_own(self, top: str, post: Outgoing) -> Published | None:
        """Our reply with this text in the thread, written since shortly before the first try."""
        since = post.created_at - FIND_WINDOW
        channel = await self._channel_id()
        replies, _ = await self._replies(top, "", FIND_PAGES)
        for reply, author in replies:
            if author == channel and reply.created_at >= since and _same_text(reply.text, post.text):
                return Published(reply.remote_id, reply.url, reply.created_at)
        return None

    # -- the inbox ---------------------------------------------------------------------------------
    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        """New comment threads, newest first, down to the newest one seen before (YouTube has no "since"),
        and the replies of threads whose count of replies grew. The first sync reads one page only."""
        newest, counts = _read_cursor(cursor)
        channel = await self._channel_id()
        params = {
            "part": "snippet,replies",
            "allThreadsRelatedToChannelId": channel,
            "order": "time",
            "maxResults": str(PAGE_SIZE),
            "textFormat": "plainText",
        }
        found: dict[str, tuple[RemoteComment, str]] = {}
        seen: dict[str, int] = {}  # the reply counts taken: only of threads still on the pages read
        reply_pages = REPLY_PAGES
        latest = newest
        for _ in range(THREAD_PAGES if newest else 1):
            answer = await self._get("youtube/v3/commentThreads", **params)
            oldest: datetime | None = None
            for thread in answer.get("items") or []:
                snippet = thread.get("snippet") if isinstance(thread, dict) else None
                video = str((snippet or {}).get("videoId") or "")
                top = _parse((snippet or {}).get("topLevelComment"), video)
                if top is None or not thread.get("id"):
                    continue
                thread_id, when = str(thread["id"]), top[0].created_at
                oldest, latest = when, max(latest or when, when)
                total = int(snippet.get("totalReplyCount") or 0)  # type: ignore[union-attr]
                before = counts.get(thread_id)
                if before is None:
                    found[top[0].remote_id] = top
                elif total <= before:
                    seen[thread_id] = total
                    continue
                inline = (thread.get("replies") or {}).get("comments") or []
                replies = [c for c in (_parse(item, video) for item in inline) if c is not None]
                if total > len(replies):  # YouTube shows only a few replies with the thread
                    if reply_pages <= 0:  # left for the next sync: its count is not taken yet
                        if before is not None:
                            seen[thread_id] = before
                        continue
                    replies, used = await self._replies(thread_id, video, reply_pages)
                    reply_pages -= used
                found.update((c.remote_id, (c, author)) for c, author in replies)
                seen[thread_id] = total
            token = answer.get("nextPageToken")
            if not token or newest is None or oldest is None or oldest < newest:
                break
            params["pageToken"] = str(token)
        comments = [c for c, author in found.values() if author != channel]  # not our own answers
        comments.sort(key=lambda c: c.created_at, reverse=True)
        state = {"newest": latest.isoformat() if latest else "", "threads": seen}
        return CommentPage(comments, json.dumps(state, sort_keys=True))

    async def _replies(self, top: str, video: str, pages: int) -> tuple[list[tuple[RemoteComment, str]], int]:
        """A thread's replies with their authors' channels, oldest first, from at most `pages` pages of 100;
        and the pages read."""
        params = {"part": "snippet", "parentId": top, "maxResults": str(PAGE_SIZE), "textFormat": "plainText"}
        replies: list[tuple[RemoteComment, str]] = []
        read = 0
        while read < max(pages, 1):
            answer = await self._get("youtube/v3/comments", **params)
            read += 1
            replies += [c for c in (_parse(item, video) for item in answer.get("items") or []) if c is not None]
            token = answer.get("nextPageToken")
            if not token:
                break
            params["pageToken"] = str(token)
        return replies, read

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        """The top-level comment and all its replies, oldest first."""
        top_id = remote_id.split(".", 1)[0]
        answer = await self._get("youtube/v3/commentThreads", part="snippet,replies", id=top_id, textFormat="plainText")
        threads = [t for t in answer.get("items") or [] if isinstance(t, dict) and isinstance(t.get("snippet"), dict)]
        if not threads:
            return []
        snippet = threads[0]["snippet"]
        video = str(snippet.get("videoId") or "")
        top = _parse(snippet.get("topLevelComment"), video)
        inline = (threads[0].get("replies") or {}).get("comments") or []
        replies = [c for c in (_parse(item, video) for item in inline) if c is not None]
        if int(snippet.get("totalReplyCount") or 0) > len(replies):
            replies, _ = await self._replies(top_id, video, FIND_PAGES)
        ordered = sorted((c for c, _ in replies), key=lambda c: c.created_at)
        return ([top[0]] if top is not None else []) + ordered

    async def sign_out(self) -> bool:
        value = self.secret.get("refresh_token") or self.secret.get("token")
        if not value:
            return False
        try:
            await self.transport.send("POST", address("youtube", REVOKE), data={"token": value}, auth_error=False)
        except Rejected:
            pass  # invalid_token: the access is gone already
        return True


def _parse(item: object, video: str) -> tuple[RemoteComment, str] | None:
    """A comment resource as the inbox keeps it, and its author's channel (to leave out our own)."""
    if not isinstance(item, dict) or not item.get("id") or not isinstance(item.get("snippet"), dict):
        return None
    snippet = item["snippet"]
    comment_id = str(item["id"])
    video = str(snippet.get("videoId") or video)
    name = str(snippet.get("authorDisplayName") or "")
    author = snippet.get("authorChannelId")
    comment = RemoteComment(
        remote_id=comment_id,
        remote_parent_id=str(snippet.get("parentId") or ""),
        remote_post_id=video,
        author_name=name,
        author_handle=name if name.startswith("@") else "",
        author_avatar_url=str(snippet.get("authorProfileImageUrl") or ""),
        text=str(snippet.get("textOriginal") or snippet.get("textDisplay") or ""),
        url=f"{WATCH}?v={video}&lc={comment_id}" if video else "",
        created_at=parse_timestamp(snippet.get("publishedAt")),
    )
    return comment, (str(author.get("value") or "") if isinstance(author, dict) else "")


def _read_cursor(cursor: str | None) -> tuple[datetime | None, dict[str, int]]:
    """The newest top-level comment's time seen so far, and the count of replies seen per thread."""
    try:
        value = json.loads(cursor or "{}")
        newest = parse_timestamp(value["newest"]) if value.get("newest") else None
        return newest, {str(k): v for k, v in (value.get("threads") or {}).items() if isinstance(v, int)}
    except (AttributeError, TypeError, ValueError):  # not what this module wrote
        return None, {}


# -- connecting --------------------------------------------------------------------------------------


async def sign_in(context: SignInContext) -> SignedIn:
    pasted = context.value("token")
    app = None
    if context.developer_app is not None:
        try:
            app = await context.developer_app("google")
        except KurzdrahtError:
            if not pasted:
                raise
    if pasted:
        answer = pasted_token(pasted)
    else:
        if app is None:
            raise KurzdrahtError(translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", NAME))
        # Any free port (Google accepts every one), or the address the organisation gave instead.
        browser = BrowserSignIn(LoopbackRedirect.at(app.redirect_uri or REDIRECT, path=REDIRECT_PATH))
        endpoint = address("youtube", AUTHORIZE)
        code = await browser.ask(context.user, endpoint, app.app_id, SCOPE, access_type="offline", prompt="consent")
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": browser.redirect_uri}
        form |= {"client_id": app.app_id, "client_secret": app.secret, "code_verifier": browser.pkce.verifier}
        answer = await _token(YouTubeTransport(context.http()), form)
    values = token_values(answer, "access_expires_at")
    if app is not None and values.get("refresh_token"):
        values |= {"client_id": app.app_id, "client_secret": app.secret}
    client = YouTubeClient(context.http(), API, Secret(values))
    await client.verify()
    # An app in "Testing" says when its refresh token ends (7 days): Accounts reminds of it then.
    lasts = str(answer.get("refresh_token_expires_in") or "")
    expires = utcnow() + timedelta(seconds=int(lasts)) if lasts.isdigit() and values.get("refresh_token") else None
    return SignedIn(API, Secret(dict(client.secret.values)), expires_at=expires)


PLUGIN = NetworkPlugin(
    key="youtube",
    name=NAME,
    order=90,
    summary=QT_TRANSLATE_NOOP(
        "Networks",
        "a YouTube channel's comments (signs in through your organisation's Google app unless a token is given)",
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "Kurzdraht signs in through your organisation's own Google app (see “Developer apps”): your browser opens "
        "Google, and after you allow access it returns to Kurzdraht. Kurzdraht shows the comments on your "
        "channel's videos and answers them; YouTube does not let apps make posts.",
    ),
    client=YouTubeClient,
    sign_in=sign_in,
    app=GOOGLE_APP,
    limits=LIMITS,
    can_post=False,
    fields=(
        Field(
            "token",
            QT_TRANSLATE_NOOP("Networks", "Access token (optional):"),
            QT_TRANSLATE_NOOP(
                "Networks",
                "read an access token from standard input instead: the token, or the JSON Google's token endpoint "
                "answered (with its refresh token)",
            ),
            required=False,
            secret=True,
            stdin_option="--token-stdin",
        ),
    ),
)
