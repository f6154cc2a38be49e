"""Channels without an API (XING, which closed its posting API; an organisation's own app without one; a
newsletter; a notice board): an account of kind "assisted". It is chosen in the composer and planned in
the calendar like any other; when its time comes the outbox does not send anything but keeps the post
"waiting for you" (`AttemptState.WAITING_FOR_YOU`), and the app reminds: it copies the channel's text,
opens the channel's address, and asks for the link of the post once it is up (or to skip it).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop.errors import KurzdrahtError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.networks.base import (
    CommentPage,
    Identity,
    Limits,
    NetworkClient,
    Outgoing,
    Published,
    RemoteComment,
    Secret,
)
from desktop.networks.plugin import Field, NetworkPlugin, SignedIn, SignInContext

NAME = QT_TRANSLATE_NOOP("Networks", "By hand")  # a kind of channel, not a brand: translated
LIMITS = Limits(counting="plain", max_characters=None, max_images=10, has_title=True)


class AssistedClient(NetworkClient):
    network = "assisted"
    needs_person = True

    async def verify(self) -> Identity:
        """Nothing to check: the channel is its address (the same address again is the same channel)."""
        parts = urlsplit(self.server_url)
        where = (parts.netloc + parts.path).rstrip("/")
        return Identity(
            remote_id=self.server_url,
            handle=where,
            display_name=parts.hostname or where,
            avatar_url="",
            profile_url=self.server_url,
            server_url=self.server_url,
        )

    async def limits(self) -> Limits:
        return LIMITS

    async def publish(self, post: Outgoing) -> Published:
        raise KurzdrahtError(translate("Networks", "This channel has no API: a person posts it by hand."))

    async def fetch_comments(self, cursor: str | None) -> CommentPage:
        return CommentPage([], cursor)

    async def reply(self, remote_id: str, post: Outgoing) -> Published:
        raise KurzdrahtError(translate("Networks", "This channel has no API: a person posts it by hand."))

    async def thread(self, remote_id: str) -> list[RemoteComment]:
        return []


async def sign_in(context: SignInContext) -> SignedIn:
    url = context.value("open_url")
    return SignedIn(url, Secret({"url": url}))  # nothing secret; the keyring entry only marks it connected


PLUGIN = NetworkPlugin(
    key="assisted",
    name=NAME,
    order=190,
    summary=QT_TRANSLATE_NOOP(
        "Networks", "a channel without an API (XING, a newsletter): Kurzdraht reminds you and you post it by hand"
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Networks",
        "For channels Kurzdraht cannot post to itself (XING, your own app, a newsletter). Plan posts for it as "
        "for any other account; when one is due, Kurzdraht reminds you, copies its text and opens the address "
        "below. Once it is posted, paste its link — or skip it.",
    ),
    client=AssistedClient,
    sign_in=sign_in,
    limits=LIMITS,
    fields=(
        Field(
            "open_url",
            QT_TRANSLATE_NOOP("Networks", "Where to post it:"),
            QT_TRANSLATE_NOOP("Networks", "the address Kurzdraht opens when a post is due (https)"),
            placeholder="https://www.xing.com/pages/lindenhof",
            address=True,
        ),
    ),
)
