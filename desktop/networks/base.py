"""The one small interface every network client follows, the values it passes, and its error kinds.

The composer, the outbox and the inbox only talk to `NetworkClient`; a network's module turns its
wire format into these values and its failures into the five error classes below, so the callers can
decide what to do (reconnect, wait, show the network's message, retry, or check before retrying)
without knowing which network it was. `failure_of` is the one place that turns any exception into its
`ErrorKind` and says what follows from it.
"""

from __future__ import annotations

import abc
import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.logs import redactor
from desktop.states import AccountStatus, ErrorKind

if TYPE_CHECKING:
    import httpx

# -- error kinds -----------------------------------------------------------------------------------


class NetworkError(KurzdrahtError):
    """A network call failed; the subclass says what the caller should do next."""


class AuthExpired(NetworkError):
    """The stored login no longer works: the user has to reconnect the account."""


class RateLimited(NetworkError):
    """The network asked us to wait; retry no earlier than `retry_at` (UTC)."""

    def __init__(self, message: str, retry_at: datetime) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class Rejected(NetworkError):
    """The network refused this input (4xx); retrying the same request cannot help."""


class TemporaryFailure(NetworkError):
    """Nothing was done (server error, no connection); the same request may be sent again."""


class OutcomeUnknown(NetworkError):
    """The request was sent but no answer came back: it may or may not have taken effect."""


@dataclass(frozen=True)
class Failure:
    """What went wrong with a network call, in the words to show, and what follows from it."""

    kind: ErrorKind
    message: str
    retry_at: datetime | None = None  # the time the network named (rate limits)

    @property
    def retry(self) -> bool:
        """Whether the same request goes out again by itself (else it waits for the user)."""
        return self.kind in (ErrorKind.RATE_LIMITED, ErrorKind.TEMPORARY, ErrorKind.UNKNOWN)

    @property
    def account_status(self) -> AccountStatus | None:
        """What it says about the account, where it says something (a lost login, no connection)."""
        if self.kind == ErrorKind.LOGIN:
            return AccountStatus.NEEDS_RECONNECT
        if self.kind == ErrorKind.TEMPORARY:
            return AccountStatus.OFFLINE
        return None


def failure_of(error: BaseException, changes: bool = True) -> Failure:
    """The kind of a failure, for the outbox, the inbox sync and the account check alike. `changes`: the
    request was meant to change something (a post); for a read, a lost answer is only a temporary
    failure, as nothing can have been done twice. An exception that is not ours is a bug: its message
    is not shown (it is in the log, written by the caller)."""
    if isinstance(error, AuthExpired):
        return Failure(ErrorKind.LOGIN, str(error))
    if isinstance(error, RateLimited):
        return Failure(ErrorKind.RATE_LIMITED, str(error), error.retry_at)
    if isinstance(error, OutcomeUnknown):
        return Failure(ErrorKind.UNKNOWN if changes else ErrorKind.TEMPORARY, str(error))
    if isinstance(error, TemporaryFailure):
        return Failure(ErrorKind.TEMPORARY, str(error))
    if isinstance(error, Rejected):
        return Failure(ErrorKind.REJECTED, str(error))
    if isinstance(error, KurzdrahtError):  # e.g. a network Kurzdraht cannot post to, an unreadable image
        return Failure(ErrorKind.UNSUPPORTED, str(error))
    # The context the outbox first wrote it in, so that its translation stays.
    return Failure(
        ErrorKind.INTERNAL,
        translate("Outbox", "Something went wrong (%1). Details are in the log file.").replace(
            "%1", type(error).__name__
        ),
    )


# -- values passed between the layers --------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """What one account accepts; `counting` names the rule in `desktop.text.counting`."""

    counting: str
    max_characters: int | None
    max_bytes: int | None = None
    url_weight: int | None = None
    max_images: int = 4
    max_image_bytes: int | None = None
    image_types: tuple[str, ...] = ("image/jpeg", "image/png", "image/gif", "image/webp")
    max_alt_text: int | None = None
    has_title: bool = False
    requires_image: bool = False  # no post without an image (Instagram)
    # Width ÷ height an image may have, and its width in pixels (Instagram: 4:5 to 1.91:1, 320–1440).
    min_aspect: float | None = None
    max_aspect: float | None = None
    min_image_width: int | None = None
    max_image_width: int | None = None
    images_from_web: bool = False  # the network fetches images from a public address (Instagram, Threads)
    # What the network charges per post in US dollars (X's pay-per-use), and with a link in the text.
    price_per_post: float | None = None
    price_with_link: float | None = None


@dataclass(frozen=True)
class Identity:
    """Who an account is on its network, as shown in Accounts."""

    remote_id: str
    handle: str
    display_name: str
    avatar_url: str
    profile_url: str
    server_url: str


@dataclass(frozen=True)
class Image:
    path: Path
    alt_text: str = ""
    mime_type: str = ""
    width: int | None = None
    height: int | None = None

    def read(self) -> bytes:
        return self.path.read_bytes()

    @property
    def media_type(self) -> str:
        return self.mime_type or guess_mime_type(self.path)


@dataclass(frozen=True)
class Outgoing:
    """One post for one account. `key` is the same for every retry of the same post to this account."""

    text: str
    key: str
    images: tuple[Image, ...] = ()
    title: str = ""
    # When the post was first sent: networks whose records carry a time get the same one on a retry.
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    # What an earlier try kept with `remember` (e.g. a container id), to find out whether it arrived.
    progress: str = ""
    remember: Callable[[str], Awaitable[None]] | None = field(default=None, compare=False, repr=False)
    # Where it comes from, for channels that pass it on (a webhook): the account's and organisation's
    # names in Kurzdraht, and the time it was planned for (None: published at once).
    account: str = ""
    organisation: str = ""
    scheduled_at: datetime | None = None

    async def keep(self, progress: str) -> None:
        """Store `progress` with the attempt before the request that publishes (no-op outside the outbox)."""
        if self.remember is not None:
            await self.remember(progress)


@dataclass(frozen=True)
class Published:
    remote_id: str
    url: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class PostFigures:
    """What one post did, as its network counts it; None where the network does not say."""

    likes: int | None = None
    shares: int | None = None  # boosts, reposts, shares (quotes included where counted apart)
    replies: int | None = None
    impressions: int | None = None


@dataclass(frozen=True)
class Sharers:
    """Who shared one post, as far as the network names them: `people` whose followers it showed and
    those followers added up. `complete` is False when the list was not read to its end (too long) or
    some sharer's followers were not shown; the shares the network counts may still be more (private
    boosts, quotes)."""

    people: int
    followers: int
    complete: bool = True


@dataclass(frozen=True)
class RemoteComment:
    """A comment, reply or mention as the network gave it."""

    remote_id: str
    remote_parent_id: str
    remote_post_id: str
    author_name: str
    author_handle: str
    author_avatar_url: str
    text: str
    url: str
    created_at: datetime


@dataclass(frozen=True)
class CommentPage:
    """New comments since the last cursor (newest first) and the cursor to pass next time."""

    comments: list[RemoteComment]
    cursor: str | None


# -- stored secrets --------------------------------------------------------------------------------


@dataclass
class Secret:
    """What a network needs to act for an account, kept in the keyring as one JSON text."""

    values: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str | None) -> "Secret":
        if not text:
            return cls()
        try:
            values = json.loads(text)
        except ValueError:
            values = {"token": text}
        if not isinstance(values, dict):
            values = {"token": text}
        secret = cls({str(k): str(v) for k, v in values.items() if v is not None})
        secret.register()
        return secret

    def register(self) -> None:
        for value in self.values.values():
            redactor.add(value)

    def dump(self) -> str:
        self.register()
        return json.dumps(self.values, sort_keys=True)

    def get(self, name: str, default: str = "") -> str:
        return self.values.get(name, default)


SaveSecret = Callable[[Secret], Awaitable[None]]


async def _forget(secret: Secret) -> None:
    return None


class SecretKeeper(Protocol):
    """Where a client renews its login: `renewing()` holds the account exclusively — also against other
    Kurzdraht processes — and yields the secret as stored now (another process may have renewed it)."""

    def renewing(self) -> AbstractAsyncContextManager[Secret]: ...


class Ledger(Protocol):
    """What a network's daily quota has charged an account (YouTube's units), counted here because the
    network does not say; kept with the account, so every Kurzdraht process adds to the same count."""

    async def spend(self, day: str, units: int) -> int:
        """Add `units` to `day` (the quota's own calendar day, e.g. in Pacific time); the day's total."""
        ...

    async def spent(self, day: str) -> int: ...


class _OwnLedger:
    """The ledger of a client without a stored account (while connecting): counted in memory only."""

    def __init__(self) -> None:
        self.days: dict[str, int] = {}

    async def spend(self, day: str, units: int) -> int:
        self.days[day] = self.days.get(day, 0) + units
        return self.days[day]

    async def spent(self, day: str) -> int:
        return self.days.get(day, 0)


class _OwnSecret:
    """The keeper of a client without a stored account (while connecting): only this client's secret."""

    def __init__(self, client: "NetworkClient") -> None:
        self.client = client
        self.lock = asyncio.Lock()

    @asynccontextmanager
    async def renewing(self) -> AsyncIterator[Secret]:
        async with self.lock:
            yield self.client.secret


# -- the client interface --------------------------------------------------------------------------


class NetworkClient(abc.ABC):
    """One connected account on one network."""

    network: ClassVar[str]
    # True where a retry of `publish` with the same `Outgoing.key` can never make a second post; else
    # the outbox asks `find_published` before it retries a post whose outcome is unknown.
    idempotent: ClassVar[bool] = True
    # A channel without an API: the outbox does not send, it waits for a person to post by hand.
    needs_person: ClassVar[bool] = False
    # How often Insights asks again for a recent post's figures (longer where each read costs money).
    figures_every: ClassVar[timedelta] = timedelta(hours=1)

    def __init__(
        self, http: "httpx.AsyncClient", server_url: str, secret: Secret, save_secret: SaveSecret | None = None
    ) -> None:
        self.http = http
        self.server_url = server_url.rstrip("/")
        self.secret = secret
        self.save_secret = save_secret or _forget
        # Puts an image on the public web and returns its address (for networks that fetch images
        # themselves, such as Instagram); set from the account's `images_via` option.
        self.image_host: Callable[[Image], Awaitable[str]] | None = None
        # Renewing a login that works only once (X's refresh tokens) goes through this; set for a
        # stored account to one that holds across processes.
        self.keeper: SecretKeeper = _OwnSecret(self)
        # Where a daily quota's spending is counted; set for a stored account to one kept with it.
        self.ledger: Ledger = _OwnLedger()

    @abc.abstractmethod
    async def verify(self) -> Identity:
        """Check the login works and return who the account is."""

    @abc.abstractmethod
    async def limits(self) -> Limits:
        """What this account accepts (some networks read it from the server)."""

    @abc.abstractmethod
    async def publish(self, post: Outgoing) -> Published:
        """Publish text with images; the same `post.key` never makes a second post where the network
        allows it (else the outbox checks `find_published` before retrying)."""

    async def find_published(self, post: Outgoing) -> Published | None:
        """After a request that went unanswered: the post if it did arrive (only needed where the
        network has no idempotency)."""
        return None

    @abc.abstractmethod
    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        """Comments, replies and mentions newer than `cursor` (all recent ones when None)."""

    @abc.abstractmethod
    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        """Answer the comment or post `remote_id`, as exactly once as `publish`."""

    @abc.abstractmethod
    async def thread(self, remote_id: str) -> list[RemoteComment]:
        """The conversation `remote_id` belongs to, oldest first (our post first where known)."""

    async def followers(self) -> int | None:
        """How many follow the account now, as the network counts them (None: it does not say)."""
        return None

    async def figures(self, remote_ids: Sequence[str]) -> dict[str, PostFigures]:
        """What these published posts did, in as few requests as the network allows (missing: unknown)."""
        return {}

    async def sharers(self, remote_id: str) -> Sharers | None:
        """Who shared this published post and their followers, in a bounded number of requests (None:
        the network does not say who shared)."""
        return None

    async def sign_out(self) -> bool:
        """Withdraw Kurzdraht's access on the network (when an account is removed); False when only the
        user can do that, in the network's settings."""
        return False

    async def host_image(self, image: Image) -> str:
        """Put the image on the public web through this account (a blog's media library); its address."""
        raise KurzdrahtError(translate("Networks", "This account cannot put images on the web."))


# -- helpers shared by the clients -----------------------------------------------------------------

_MIME_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
}


def guess_mime_type(path: Path) -> str:
    return _MIME_TYPES.get(path.suffix.lower(), "application/octet-stream")


def parse_timestamp(value: str | None) -> datetime:
    """A time as the networks write it (ISO 8601, with Z, an offset or none for UTC)."""
    moment = datetime.fromisoformat(value or "1970-01-01T00:00:00")
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def count_of(value: object) -> int | None:
    """A count as a network wrote it (followers, likes): a whole number from 0, else unknown."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def json_body(response: "httpx.Response") -> Any:
    try:
        return response.json()
    except ValueError:
        return None
