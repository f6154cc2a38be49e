"""In-memory data of the Mastodon test server and the entities it renders.

Entity shapes follow docs.joinmastodon.org/entities/ (Account, CredentialAccount, Application,
Token, Status, MediaAttachment, Notification, Context, Instance, Relationship). All access goes
through the server's lock (see server.py), so nothing here locks by itself.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import struct
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import text as textlib

SUPPORTED_MIME_TYPES = [
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/heic",
    "image/heif",
    "image/webp",
    "image/avif",
    "video/webm",
    "video/mp4",
    "video/quicktime",
    "video/ogg",
    "audio/wave",
    "audio/wav",
    "audio/x-wav",
    "audio/x-pn-wave",
    "audio/vnd.wave",
    "audio/ogg",
    "audio/vorbis",
    "audio/mpeg",
    "audio/mp3",
    "audio/webm",
    "audio/flac",
    "audio/aac",
    "audio/m4a",
    "audio/x-m4a",
    "audio/mp4",
    "audio/3gpp",
    "video/x-ms-asf",
]
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "video/mp4": "mp4",
    "video/webm": "webm",
    "audio/mpeg": "mp3",
    "audio/ogg": "ogg",
}
IDEMPOTENCY_SECONDS = 3600  # "Idempotency keys are stored for up to 1 hour" (statuses.md)
AUTH_CODE_SECONDS = 600  # Doorkeeper's default authorization_code_expires_in
VISIBILITIES = ("public", "unlisted", "private", "direct")
ALL_SCOPES = {"read", "write", "follow", "push", "profile", "admin:read", "admin:write"}


def iso_ms(ts: float) -> str:
    """Mastodon's datetime format: ISO 8601 in UTC with milliseconds and Z (api/datetime-format)."""
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(ts * 1000) % 1000:03d}Z"


def iso_us(ts: float) -> str:
    """Ruby's Time#iso8601(6), used by Mastodon for X-RateLimit-Reset."""
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_secret() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()


def scope_covers(granted: set[str], required: str) -> bool:
    """`read` grants every `read:*` scope, `write` every `write:*` (api/oauth-scopes.md)."""
    return required in granted or required.split(":", 1)[0] in granted


@dataclass
class App:
    id: str
    name: str
    website: str | None
    redirect_uris: list[str]
    scopes: list[str]
    client_id: str = field(default_factory=new_secret)
    client_secret: str = field(default_factory=new_secret)
    created_at: float = field(default_factory=time.time)


@dataclass
class Token:
    value: str
    app: App | None
    user: "User | None"
    scopes: set[str]
    created_at: float = field(default_factory=time.time)
    revoked: bool = False
    expired: bool = False


@dataclass
class AuthCode:
    code: str
    app: App
    user: "User"
    redirect_uri: str
    scopes: list[str]
    challenge: str | None
    expires_at: float


@dataclass
class User:
    id: str
    username: str
    display_name: str
    created_at: float = field(default_factory=time.time)


@dataclass
class Media:
    id: str
    owner: User
    mime: str
    data: bytes
    description: str | None
    focus: tuple[float, float] | None
    width: int | None
    height: int | None
    polls_left: int  # GETs still answered with 206 before processing finishes
    status_id: str | None = None
    blurhash: str = "UFBWY:8_0Jxv4mx]t8t64.%M-:IUWGWAt6M}"

    @property
    def processed(self) -> bool:
        return self.polls_left <= 0

    @property
    def type(self) -> str:
        kind = self.mime.split("/", 1)[0]
        if self.mime == "image/gif":
            return "gifv"
        return {"image": "image", "video": "video", "audio": "audio"}.get(kind, "unknown")


@dataclass
class Status:
    id: str
    account: User
    text: str
    content: str
    mentions: list[User]
    tags: list[str]
    media: list[Media]
    in_reply_to: "Status | None"
    visibility: str
    sensitive: bool
    spoiler_text: str
    language: str | None
    application: App | None
    created_at: float
    deleted: bool = False
    reblog: "Status | None" = None  # set on a boost: the boosted status (never itself a boost)

    @property
    def proper(self) -> "Status":
        """Mastodon's Status#proper: the boosted status for a boost, else the status itself."""
        return self.reblog or self


@dataclass
class Follow:
    id: str  # the cursor of the followers/following lists (Follow IDs, methods/accounts.md)
    account: User
    target: User
    reblogs: bool = True
    notify: bool = False
    languages: list[str] | None = None
    created_at: float = field(default_factory=time.time)


@dataclass
class Favourite:
    id: str  # the cursor of favourited_by (Favourite IDs, methods/statuses.md)
    account: User
    status: Status
    created_at: float = field(default_factory=time.time)


@dataclass
class Notification:
    id: str
    type: str
    owner: User
    from_account: User
    status: Status | None
    created_at: float = field(default_factory=time.time)
    # What caused it (a Follow, a Favourite, a boost Status): undoing that removes the notification,
    # as Mastodon's `has_one :notification, as: :activity, dependent: :destroy`.
    activity: object | None = None


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF or JPEG, read from its header."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return width, height
            i += 2 + length
    return None


def sniff_mime(data: bytes, declared: str) -> str:
    """Mastodon checks the file's content, not only the declared type (Paperclip/Marcel)."""
    head = data[:16]
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[4:8] == b"ftyp":
        return "video/mp4"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "video/webm"
    if head[:4] == b"OggS":
        return "audio/ogg"
    if head[:3] == b"ID3":
        return "audio/mpeg"
    if declared.startswith(("video/", "audio/")):
        return declared  # containers not sniffed here: trust the declared type
    return "application/octet-stream"


class Store:
    """All records of one server, plus rendering of entities against the server's base URL."""

    def __init__(self, base_url: str = "http://127.0.0.1"):
        self.base_url = base_url
        self.apps: dict[str, App] = {}  # client_id -> App
        self.tokens: dict[str, Token] = {}
        self.codes: dict[str, AuthCode] = {}
        self.users: dict[str, User] = {}  # username (lower) -> User
        self.media: dict[str, Media] = {}
        self.statuses: dict[str, Status] = {}
        self.notifications: list[Notification] = []
        self.follows: list[Follow] = []
        self.favourites: list[Favourite] = []
        self.idempotency: dict[tuple[str, str], tuple[str, float]] = {}
        self._seq = 0
        self._last_snowflake = 0

    # ------------------------------------------------------------ ids

    def next_id(self) -> str:
        self._seq += 1
        return str(self._seq)

    def snowflake(self) -> str:
        """Mastodon::Snowflake: milliseconds since the epoch << 16 plus a sequence, so ids sort by
        time; kept strictly increasing even within one millisecond."""
        value = max(int(time.time() * 1000) << 16, self._last_snowflake + 1)
        self._last_snowflake = value
        return str(value)

    # ------------------------------------------------------------ records

    def user(self, username: str, display_name: str = "") -> User:
        key = username.lower()
        if key not in self.users:
            self.users[key] = User(self.next_id(), username, display_name)
        return self.users[key]

    def issue_token(self, app: App | None, user: User | None, scopes: set[str]) -> Token:
        token = Token(new_secret(), app, user, set(scopes))
        self.tokens[token.value] = token
        return token

    def visible(self, status: Status, viewer: User | None) -> bool:
        """StatusPolicy#show?: public/unlisted for all; private for the author, the mentioned and
        the author's followers; direct for the author and the mentioned."""
        if status.deleted or (status.reblog is not None and status.reblog.deleted):
            return False
        if status.visibility in ("public", "unlisted"):
            return True
        if viewer is None:
            return False
        if viewer is status.account or any(viewer is u for u in status.mentions):
            return True
        return status.visibility == "private" and self.follow_of(viewer, status.account) is not None

    def notify(
        self, owner: User, kind: str, from_account: User, status: Status | None, activity: object | None = None
    ) -> Notification:
        note = Notification(self.next_id(), kind, owner, from_account, status, activity=activity)
        self.notifications.append(note)
        return note

    def drop_notifications(self, activities: list[object]) -> None:
        """Remove the notifications caused by these activities (or about these statuses)."""
        gone = {id(a) for a in activities}
        self.notifications = [
            n
            for n in self.notifications
            if id(n.activity) not in gone and (n.status is None or id(n.status) not in gone)
        ]

    def discard(self, status: Status) -> None:
        """Delete a status (RemoveStatusService): its boosts and favourites go with it, and every
        notification about them."""
        boosts = [s for s in self.statuses.values() if s.reblog is status and not s.deleted]
        favourites = [f for f in self.favourites if f.status is status]
        for item in [status, *boosts]:
            item.deleted = True
        self.favourites = [f for f in self.favourites if f.status is not status]
        self.drop_notifications([status, *boosts, *favourites])

    # ------------------------------------------------------------ follows, favourites, boosts

    def follow_of(self, account: User, target: User) -> Follow | None:
        return next((f for f in self.follows if f.account is account and f.target is target), None)

    def favourite_of(self, account: User, status: Status) -> Favourite | None:
        return next((f for f in self.favourites if f.account is account and f.status is status), None)

    def boost_of(self, account: User, status: Status) -> Status | None:
        return next(
            (s for s in self.statuses.values() if s.reblog is status and s.account is account and not s.deleted), None
        )

    def boosts(self, status: Status) -> list[Status]:
        return [s for s in self.statuses.values() if s.reblog is status and not s.deleted]

    def counted_statuses(self, user: User) -> list[Status]:
        """What statuses_count counts (Status#increment_counter_caches): the account's statuses and
        boosts, except direct ones."""
        return [s for s in self.statuses.values() if s.account is user and not s.deleted and s.visibility != "direct"]

    # ------------------------------------------------------------ entities

    def account_json(self, user: User) -> dict:
        own = self.counted_statuses(user)
        created_day = datetime.fromtimestamp(user.created_at, timezone.utc).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        return {
            "id": user.id,
            "username": user.username,
            "acct": user.username,
            "display_name": user.display_name,
            "locked": False,
            "bot": False,
            "discoverable": True,
            "indexable": False,
            "group": False,
            "created_at": iso_ms(created_day.timestamp()),
            "note": "",
            "url": f"{self.base_url}/@{user.username}",
            "uri": f"{self.base_url}/users/{user.username}",
            "avatar": f"{self.base_url}/avatars/original/missing.png",
            "avatar_static": f"{self.base_url}/avatars/original/missing.png",
            "header": f"{self.base_url}/headers/original/missing.png",
            "header_static": f"{self.base_url}/headers/original/missing.png",
            "followers_count": sum(1 for f in self.follows if f.target is user),
            "following_count": sum(1 for f in self.follows if f.account is user),
            "statuses_count": len(own),
            "last_status_at": (
                datetime.fromtimestamp(max(s.created_at for s in own), timezone.utc).strftime("%Y-%m-%d")
                if own
                else None
            ),
            "hide_collections": None,
            "noindex": False,
            "emojis": [],
            "roles": [],
            "fields": [],
        }

    def credential_account_json(self, user: User) -> dict:
        data = self.account_json(user)
        data["source"] = {
            "privacy": "public",
            "sensitive": False,
            "language": "",
            "note": "",
            "fields": [],
            "follow_requests_count": 0,
            "hide_collections": False,
            "discoverable": True,
            "indexable": False,
        }
        data["role"] = {"id": "-99", "name": "", "permissions": "0", "color": "", "highlighted": False}
        return data

    def app_json(self, app: App, with_secret: bool = True) -> dict:
        data = {
            "id": app.id,
            "name": app.name,
            "website": app.website,
            "scopes": app.scopes,
            "redirect_uri": "\n".join(app.redirect_uris),
            "redirect_uris": app.redirect_uris,
            "vapid_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=",
        }
        if with_secret:
            data.update(client_id=app.client_id, client_secret=app.client_secret, client_secret_expires_at=0)
        return data

    def media_url(self, media: Media, size: str) -> str:
        ext = EXTENSIONS.get(media.mime, "bin")
        if size == "small" and media.type != "image":
            ext = "png"
        return f"{self.base_url}/system/media_attachments/files/{media.id}/{size}/{media.id}.{ext}"

    def media_json(self, media: Media) -> dict:
        meta: dict = {}
        if media.width and media.height:
            w, h = media.width, media.height
            scale = min(1.0, (640 * 360 / (w * h)) ** 0.5)
            sw, sh = max(1, round(w * scale)), max(1, round(h * scale))
            meta["original"] = {"width": w, "height": h, "size": f"{w}x{h}", "aspect": w / h}
            meta["small"] = {"width": sw, "height": sh, "size": f"{sw}x{sh}", "aspect": sw / sh}
        if media.focus is not None:
            meta["focus"] = {"x": media.focus[0], "y": media.focus[1]}
        return {
            "id": media.id,
            "type": media.type,
            "url": self.media_url(media, "original") if media.processed else None,
            "preview_url": self.media_url(media, "small"),
            "remote_url": None,
            "preview_remote_url": None,
            "text_url": None,
            "meta": meta,
            "description": media.description,
            "blurhash": media.blurhash,
        }

    def status_json(self, status: Status, viewer: User | None = None, with_source: bool = False) -> dict:
        """REST::StatusSerializer. A boost has no content of its own and carries the boosted status
        in `reblog`; `favourited`/`reblogged`/`muted`/`bookmarked` appear only for a signed-in viewer
        and, like Account#favourited?/reblogged?, look at the boosted status for a boost."""
        boost = status.reblog is not None
        path = f"{self.base_url}/users/{status.account.username}/statuses/{status.id}"
        data = {
            "id": status.id,
            "created_at": iso_ms(status.created_at),
            "in_reply_to_id": status.in_reply_to.id if status.in_reply_to else None,
            "in_reply_to_account_id": status.in_reply_to.account.id if status.in_reply_to else None,
            "sensitive": status.sensitive,
            "spoiler_text": status.spoiler_text,
            "visibility": status.visibility,
            "language": status.language,
            "uri": path + "/activity" if boost else path,
            "url": path + "/activity" if boost else f"{self.base_url}/@{status.account.username}/{status.id}",
            # Status#increment_counter_caches counts only public and unlisted replies.
            "replies_count": sum(
                1
                for s in self.statuses.values()
                if s.in_reply_to is status and not s.deleted and s.visibility in ("public", "unlisted")
            ),
            "reblogs_count": len(self.boosts(status)),
            "favourites_count": sum(1 for f in self.favourites if f.status is status),
            "quotes_count": 0,
            "edited_at": None,
            "favourited": viewer is not None and self.favourite_of(viewer, status.proper) is not None,
            "reblogged": viewer is not None and self.boost_of(viewer, status.proper) is not None,
            "muted": False,
            "bookmarked": False,
            "content": status.content,
            "filtered": [],
            "reblog": self.status_json(status.reblog, viewer) if status.reblog is not None else None,
            "application": (
                {"name": status.application.name, "website": status.application.website} if status.application else None
            ),
            "account": self.account_json(status.account),
            "media_attachments": [self.media_json(m) for m in status.media],
            "mentions": [
                {"id": u.id, "username": u.username, "url": f"{self.base_url}/@{u.username}", "acct": u.username}
                for u in status.mentions
            ],
            "tags": [{"name": t.lower(), "url": f"{self.base_url}/tags/{t.lower()}"} for t in status.tags],
            "emojis": [],
            "quote": None,
            "card": None,
            "poll": None,
        }
        if viewer is None:
            for key in ("favourited", "reblogged", "muted", "bookmarked"):
                del data[key]
        # `pinned` only where the status could be pinned: the viewer's own, not a boost, not direct.
        if viewer is not None and viewer is status.account and not boost and status.visibility != "direct":
            data["pinned"] = False
        if with_source:
            data["text"] = status.text
        return data

    def relationship_json(self, viewer: User, target: User) -> dict:
        """REST::RelationshipSerializer (entities/Relationship.md); blocks, mutes, follow requests,
        endorsements and notes do not exist here."""
        follow = self.follow_of(viewer, target)
        return {
            "id": target.id,
            "following": follow is not None,
            "showing_reblogs": follow.reblogs if follow else False,
            "notifying": follow.notify if follow else False,
            "languages": follow.languages if follow else None,
            "followed_by": self.follow_of(target, viewer) is not None,
            "blocking": False,
            "blocked_by": False,
            "muting": False,
            "muting_notifications": False,
            "requested": False,
            "requested_by": False,
            "domain_blocking": False,
            "endorsed": False,
            "note": "",
        }

    def notification_json(self, note: Notification) -> dict:
        return {
            "id": note.id,
            "type": note.type,
            "created_at": iso_ms(note.created_at),
            "group_key": f"ungrouped-{note.id}",
            "account": self.account_json(note.from_account),
            "status": self.status_json(note.status, note.owner) if note.status else None,
        }

    # ------------------------------------------------------------ posting

    def render(self, text: str) -> tuple[str, list[User], list[str]]:
        def find(username: str) -> dict | None:
            user = self.users.get(username.lower())
            return self.account_json(user) if user else None

        content, mentioned, tags = textlib.render_content(text, find, self.base_url)
        return content, [self.users[m["username"].lower()] for m in mentioned], tags

    @staticmethod
    def pkce_s256(verifier: str) -> str:
        return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
