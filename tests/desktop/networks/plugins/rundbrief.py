"""A made-up network for the plug-in tests: "Rundbrief", a newsletter service with an API token. It is
added to `desktop.networks` by the tests only; nothing else in Kurzdraht names it."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.networks.base import CommentPage, Identity, Limits, NetworkClient, Outgoing, Published, RemoteComment
from desktop.networks.plugin import Field, NetworkPlugin, SignedIn, SignInContext
from desktop.networks.base import Rejected, Secret

SENT: list[tuple[str, str]] = []  # (list, text) of every post "published", for the tests to look at


class RundbriefClient(NetworkClient):
    network = "rundbrief"

    async def verify(self) -> Identity:
        if self.secret.get("token") != "rb-token":
            from desktop.networks.base import AuthExpired

            raise AuthExpired("Rundbrief did not accept this API token.")
        name = self.secret.get("list")
        return Identity(name, "@" + name, "Rundbrief " + name, "", f"{self.server_url}/{name}", self.server_url)

    async def limits(self) -> Limits:
        return Limits(counting="plain", max_characters=1000, max_images=0)

    async def publish(self, post: Outgoing) -> Published:
        SENT.append((self.secret.get("list"), post.text))
        return Published(post.key, f"{self.server_url}/{self.secret.get('list')}/{post.key}")

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        return CommentPage([], cursor)

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        raise Rejected("A newsletter has no comments to answer.")

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        return []


async def sign_in(context: SignInContext) -> SignedIn:
    return SignedIn(context.value("server"), Secret({"token": context.value("token"), "list": context.value("list")}))


PLUGIN = NetworkPlugin(
    key="rundbrief",
    name="Rundbrief",
    summary=QT_TRANSLATE_NOOP("Networks", "a Rundbrief newsletter list (with an API token)"),
    explanation=QT_TRANSLATE_NOOP("Networks", "Paste the API token from Rundbrief's settings."),
    client=RundbriefClient,
    sign_in=sign_in,
    limits=Limits(counting="plain", max_characters=1000, max_images=0),
    fields=(
        Field(
            "server",
            QT_TRANSLATE_NOOP("Networks", "Rundbrief server:"),
            QT_TRANSLATE_NOOP("Networks", "the Rundbrief server"),
            placeholder="rundbrief.example",
            address=True,
            prefill=lambda account: account.server_url,
        ),
        Field(
            "list",
            QT_TRANSLATE_NOOP("Networks", "Mailing list:"),
            QT_TRANSLATE_NOOP("Networks", "the list's short name"),
            prefill=lambda account: account.handle.lstrip("@"),
        ),
        Field(
            "token",
            QT_TRANSLATE_NOOP("Networks", "API token:"),
            QT_TRANSLATE_NOOP("Networks", "read the API token from standard input"),
            secret=True,
            stdin_option="--token-stdin",
            prompt=QT_TRANSLATE_NOOP("Networks", "API token: "),
        ),
    ),
)
