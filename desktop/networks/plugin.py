"""How a network declares itself: its name, how an account connects (the fields to ask for, the
sign-in), and its client. The CLI's `accounts add`, the Connect dialog and `ConnectionService` are made
from these declarations (see `registry`), so a new network is one module under `desktop/networks/` with
a `PLUGIN = NetworkPlugin(...)` in it.

Texts are marked with QT_TRANSLATE_NOOP in the "Networks" context and translated where they are shown.
Kept free of httpx and Qt: the CLI builds its parser from these.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.networks.base import Limits, NetworkClient, Secret

if TYPE_CHECKING:
    import httpx

    from desktop.accounts import AccountInfo


@dataclass(frozen=True)
class Field:
    """One thing the user enters to connect: a text field in the dialog, an option in the CLI."""

    key: str  # the CLI option (--key, underscores as dashes) and the dialog's field name
    label: str  # "Server:"; QT_TRANSLATE_NOOP("Networks", …)
    help: str = ""  # the CLI option's help; QT_TRANSLATE_NOOP("Networks", …)
    placeholder: str = ""  # an example, not translated ("social.example")
    required: bool = True
    # A web address: checked and written as https://host (plain http only for this computer).
    address: bool = False
    # A password or token: hidden in the dialog; in the CLI read from standard input (`stdin_option`)
    # or, when required, asked for at the terminal with `prompt`.
    secret: bool = False
    stdin_option: str = ""  # e.g. "--password-stdin"
    prompt: str = ""  # QT_TRANSLATE_NOOP("Networks", "App password: ")
    # Reconnecting an account: what the field starts with.
    prefill: Callable[["AccountInfo"], str] | None = None
    # Names another connected account of this network (e.g. "wordpress": the blog that puts images on
    # the web); kept as the account's option `key`, as that account's number.
    account: str = ""

    @property
    def option(self) -> str:
        return "--" + self.key.replace("_", "-")


@dataclass(frozen=True)
class Link:
    """A button below the fields that opens a page at the network (e.g. where a password is created)."""

    key: str
    label: str  # QT_TRANSLATE_NOOP("Networks", …)
    # The address to open, from what the user entered so far; raises KurzdrahtError when it cannot be
    # made yet (no server entered).
    address: Callable[[Mapping[str, str]], str]
    after: str = ""  # what to tell the user once the page is open; QT_TRANSLATE_NOOP("Networks", …)


@dataclass(frozen=True)
class SignedIn:
    """What a sign-in yields: the account's server (or API address) and the secret for the keyring."""

    server_url: str
    secret: Secret
    expires_at: datetime | None = None  # when the login runs out (None: it does not, or it is not known)


class BrowserStep(Protocol):
    """A sign-in waiting for the user in the browser: `address` to open; `redirect` receives the answer."""

    @property
    def address(self) -> str: ...

    @property
    def redirect(self) -> object: ...


class SignInUser(Protocol):
    """The person connecting, as the dialog or the terminal reaches them during a sign-in."""

    async def open_browser(self, step: BrowserStep) -> None:
        """Show `step.address` in the browser (and say that Kurzdraht waits)."""

    async def pasted_address(self, step: BrowserStep) -> str:
        """The address the browser ended on, pasted by the user (networks that only return to https)."""

    async def choose(self, question: str, options: Sequence[tuple[str, str]]) -> str:
        """One of `options` (key, label), e.g. which Facebook Page; the key."""


@dataclass(frozen=True)
class SignInContext:
    """What a network's sign-in may use: HTTP, the person, and the values entered (addresses checked)."""

    http: Callable[[], "httpx.AsyncClient"]
    user: SignInUser
    values: Mapping[str, str]
    organisation_id: int = 0
    # The organisation's developer app of a kind (raises a KurzdrahtError saying how to add it).
    developer_app: Callable[[str], Awaitable[DeveloperApp]] | None = None

    def value(self, key: str) -> str:
        return self.values.get(key, "").strip()


class RedirectKind(StrEnum):
    """Where the network sends the browser back to after a sign-in."""

    LOOPBACK = "loopback"  # to Kurzdraht itself, on this computer (http://localhost:PORT/…)
    REGISTERED = "registered"  # to an https address the organisation registered (its blog, …); pasted back
    # LinkedIn: REGISTERED where the organisation enters an https address, else LOOPBACK (which the
    # network has to enable for the app first).
    EITHER = "either"


@dataclass(frozen=True)
class DeveloperAppKind:
    """A network's developer app that each organisation registers once (Meta, Threads, LinkedIn): its
    ID is kept in the database, its secret in the keyring. The guide tells the user what to set up."""

    key: str  # "meta", "threads"
    name: str  # "Meta", brand, not translated
    console: str  # the network's page for developer apps
    redirect: RedirectKind
    loopback_redirect: str = ""  # LOOPBACK: the exact address Kurzdraht listens on, to register
    # The guide's steps, one text each (QT_TRANSLATE_NOOP("Networks", …)); %1 is the redirect address.
    guide: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()  # the networks that sign in through it (for the guide's title)
    # What the network calls the app's ID and secret ("Client ID:"); QT_TRANSLATE_NOOP("Networks", …).
    id_label: str = QT_TRANSLATE_NOOP("Networks", "App ID:")
    secret_label: str = QT_TRANSLATE_NOOP("Networks", "App secret:")
    # False for public clients (X's "Native App"): only the ID is needed, nothing goes to the keyring.
    needs_secret: bool = True


@dataclass(frozen=True)
class DeveloperApp:
    """One organisation's registered app of one kind, with its secret (only in memory)."""

    kind: str
    organisation_id: int
    app_id: str
    secret: str
    # REGISTERED: the https address the organisation registered; LOOPBACK: another loopback address
    # than `loopback_redirect` where the organisation registered one (else "").
    redirect_uri: str


@dataclass(frozen=True)
class NetworkPlugin:
    key: str  # stored with each account; never changes
    name: str  # the brand, not translated
    summary: str  # `accounts add KEY --help`; QT_TRANSLATE_NOOP("Networks", …)
    explanation: str  # at the top of the dialog's page; QT_TRANSLATE_NOOP("Networks", …); %1: `link`
    client: type["NetworkClient"]
    sign_in: Callable[[SignInContext], Awaitable[SignedIn]]
    fields: tuple[Field, ...] = ()
    links: tuple[Link, ...] = ()
    explanation_link: str = ""
    limits: Limits | None = None  # for networks `limits.DEFAULT_LIMITS` does not list
    order: int = 100  # place in lists of networks (the first three: 10, 20, 30)
    app: DeveloperAppKind | None = None  # the organisation's own developer app it signs in through
    can_post: bool = True  # False: only answers comments (YouTube); the composer does not offer it

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)
