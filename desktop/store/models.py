"""The domain model as peewee tables. Secrets never live here: accounts hold only a keyring reference."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any, ClassVar

import peewee as pw

from desktop.states import AccountStatus, AttemptState, ErrorKind, PostKind, PostState

database = pw.DatabaseProxy()


class Timestamp(pw.BigIntegerField):
    """An aware UTC datetime stored as integer microseconds, so it sorts and indexes cheaply."""

    def db_value(self, value: datetime | None) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return int(value.timestamp() * 1_000_000)

    def python_value(self, value: int | None) -> datetime | None:
        if value is None:
            return None
        return datetime.fromtimestamp(value / 1_000_000, tz=timezone.utc)


def utcnow() -> datetime:
    if _TEST_CLOCK:
        return _test_clock(_TEST_CLOCK)
    return datetime.now(timezone.utc)


# A test and benchmark facility, never set in normal use: KURZDRAHT_TEST_CLOCK names a file holding
# "real_epoch simulated_epoch" (seconds), and the time is simulated_epoch + (now - real_epoch). The soak
# benchmark (benchmarks/soak.py) rewrites the file to skip idle stretches, so that a week of scheduled
# posts passes in minutes in every process it starts, all reading the same clock.
_TEST_CLOCK = os.environ.get("KURZDRAHT_TEST_CLOCK", "")
_clock_cache: list[float] = [-1.0, 0.0, 0.0]  # file's mtime_ns, real epoch, simulated epoch


def _test_clock(path: str) -> datetime:
    try:
        changed = float(os.stat(path).st_mtime_ns)
        if changed != _clock_cache[0]:
            with open(path, encoding="ascii") as file:
                real, simulated = (float(part) for part in file.read().split())
            _clock_cache[:] = [changed, real, simulated]
    except (OSError, ValueError):
        pass  # being replaced (os.replace makes that rare): the last reading still holds
    now = time.time()
    return datetime.fromtimestamp(_clock_cache[2] + (now - _clock_cache[1]), tz=timezone.utc)


# What peewee adds to a model by itself, declared for the type checker only: the implicit primary key
# `id` and each foreign key's `<name>_id`. An annotation without a value creates no field (peewee reads
# only assigned Field objects). On the class both are the field (`Post.id.in_(...)`), on a row the value.
class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


def as_tuples(query: pw.BaseQuery) -> Iterator[tuple[Any, ...]]:
    """The rows of a query as plain tuples (cheaper than model objects). peewee's `.tuples()` is typed as
    the same query, whose rows would be model objects; this says what the rows are."""
    return iter(query.tuples())


class Organisation(BaseModel):
    id: ClassVar[pw.AutoField[int]]

    name = pw.TextField(unique=True)
    colour = pw.TextField(default="#2f6f9f")
    timezone = pw.TextField(default="Europe/Berlin")
    created_at = Timestamp(default=utcnow)


class Account(BaseModel):
    id: ClassVar[pw.AutoField[int]]
    organisation_id: ClassVar[pw.ForeignKeyField[int]]

    organisation = pw.ForeignKeyField(Organisation, backref="accounts", on_delete="RESTRICT")
    network = pw.TextField()  # mastodon, bluesky, wordpress, facebook, instagram, x, linkedin, youtube
    display_name = pw.TextField()
    handle = pw.TextField()
    server_url = pw.TextField(default="")
    status = pw.TextField(default=AccountStatus.NOT_CONNECTED)  # an AccountStatus
    credential_ref = pw.TextField(null=True, unique=True)  # the keyring user name, never the secret
    avatar_url = pw.TextField(default="")
    limits = pw.TextField(default="")  # JSON: what the account accepts, where its server says so
    options = pw.TextField(default="")  # JSON: the account's own settings (e.g. images_via)
    login_expires_at = Timestamp(null=True)  # when its login runs out, where the network says
    created_at = Timestamp(default=utcnow)
    updated_at = Timestamp(default=utcnow)

    class Meta:
        indexes = ((("network", "handle", "server_url"), True),)


class Post(BaseModel):
    """A draft until it is scheduled or published; the text every variant follows unless changed."""

    id: ClassVar[pw.AutoField[int]]
    organisation_id: ClassVar[pw.ForeignKeyField[int]]
    reply_to_id: ClassVar[pw.ForeignKeyField[int | None]]

    organisation = pw.ForeignKeyField(Organisation, backref="posts", on_delete="RESTRICT")
    title = pw.TextField(default="")
    text = pw.TextField(default="")
    state = pw.TextField(default=PostState.DRAFT, index=True)  # a PostState
    kind = pw.TextField(default=PostKind.POST)  # a PostKind
    reply_to = pw.DeferredForeignKey("Comment", null=True, backref="our_replies", on_delete="SET NULL", lazy_load=False)
    created_at = Timestamp(default=utcnow)
    updated_at = Timestamp(default=utcnow, index=True)
    published_at = Timestamp(null=True, index=True)  # when the first account published it
    import_id = pw.IntegerField(null=True)  # the CsvImport that wrote it (no foreign key: posts outlive it)


class PostVariant(BaseModel):
    """One target account of a post; `text` is None while it follows the post's main text."""

    id: ClassVar[pw.AutoField[int]]
    post_id: ClassVar[pw.ForeignKeyField[int]]
    account_id: ClassVar[pw.ForeignKeyField[int]]

    post = pw.ForeignKeyField(Post, backref="variants", on_delete="CASCADE")
    account = pw.ForeignKeyField(Account, backref="variants", on_delete="CASCADE")
    text = pw.TextField(null=True)

    class Meta:
        indexes = ((("post", "account"), True),)


class Media(BaseModel):
    id: ClassVar[pw.AutoField[int]]
    post_id: ClassVar[pw.ForeignKeyField[int]]

    post = pw.ForeignKeyField(Post, backref="media", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    path = pw.TextField()
    alt_text = pw.TextField(default="")
    mime_type = pw.TextField(default="")
    width = pw.IntegerField(null=True)
    height = pw.IntegerField(null=True)
    size_bytes = pw.BigIntegerField(null=True)


class Schedule(BaseModel):
    id: ClassVar[pw.AutoField[int]]
    post_id: ClassVar[pw.ForeignKeyField[int]]

    post = pw.ForeignKeyField(Post, backref="schedules", unique=True, on_delete="CASCADE")
    publish_at = Timestamp(index=True)  # UTC
    timezone = pw.TextField(default="Europe/Berlin")  # the organisation's zone when it was chosen
    created_at = Timestamp(default=utcnow)


class PublishAttempt(BaseModel):
    """Sending one post to one account, through the outbox. The key and `created_at` stay the same for
    every try, so that the network can tell a retry from a new post."""

    id: ClassVar[pw.AutoField[int]]
    post_id: ClassVar[pw.ForeignKeyField[int]]
    account_id: ClassVar[pw.ForeignKeyField[int]]

    post = pw.ForeignKeyField(Post, backref="attempts", on_delete="CASCADE")
    account = pw.ForeignKeyField(Account, backref="attempts", on_delete="CASCADE")
    state = pw.TextField(default=AttemptState.PENDING, index=True)  # an AttemptState
    idempotency_key = pw.TextField(unique=True)
    remote_id = pw.TextField(default="")
    remote_url = pw.TextField(default="")
    error = pw.TextField(default="")
    error_kind = pw.TextField(default=ErrorKind.NONE)  # an ErrorKind
    progress = pw.TextField(default="")  # e.g. a container id, kept to check a lost answer with
    tries = pw.IntegerField(default=0)
    retry_at = Timestamp(null=True)
    lease_until = Timestamp(null=True)
    claimed_by = pw.IntegerField(null=True)  # the process id sending it
    created_at = Timestamp(default=utcnow)
    started_at = Timestamp(null=True)
    finished_at = Timestamp(null=True, index=True)  # indexed in migration v9 (Insights reads periods)

    class Meta:
        indexes = ((("state", "retry_at"), False),)


class Snippet(BaseModel):
    """A saved piece of text (signature, hashtag set, job-ad footer) inserted with one click."""

    id: ClassVar[pw.AutoField[int]]

    name = pw.TextField()
    text = pw.TextField()
    position = pw.IntegerField(default=0)
    created_at = Timestamp(default=utcnow)


COMMENT_IDS_PER_SECOND = 1024


def comment_id_base(moment: datetime) -> int:
    """The first comment id of the second `moment` falls in: comment ids follow time (see migration v3)."""
    return max(int(moment.timestamp()), 0) * COMMENT_IDS_PER_SECOND


class Comment(BaseModel):
    """A comment, reply or mention on one of our accounts. Its integer id follows `created_at` (see
    `comment_id_base`) and is the FTS5 rowid, so "newest first" is the table's own order."""

    id: ClassVar[pw.AutoField[int]]
    account_id: ClassVar[pw.ForeignKeyField[int]]
    parent_id: ClassVar[pw.ForeignKeyField[int | None]]
    post_id: ClassVar[pw.ForeignKeyField[int | None]]

    account = pw.ForeignKeyField(Account, backref="comments", on_delete="CASCADE")
    network = pw.TextField()
    remote_id = pw.TextField()
    remote_parent_id = pw.TextField(default="")
    remote_post_id = pw.TextField(default="")
    parent = pw.ForeignKeyField("self", null=True, backref="replies", on_delete="SET NULL")
    post = pw.ForeignKeyField(Post, null=True, backref="comments", on_delete="SET NULL")
    author_name = pw.TextField(default="")
    author_handle = pw.TextField(default="")
    author_avatar_url = pw.TextField(default="")
    text = pw.TextField(default="")
    url = pw.TextField(default="")
    created_at = Timestamp()
    status = pw.TextField(default="open", index=True)  # open, done
    done_at = Timestamp(null=True)
    fetched_at = Timestamp(default=utcnow)

    class Meta:
        indexes = (
            (("account", "remote_id"), True),
            (("account", "status"), False),
            (("account", "remote_post_id"), False),
        )


class Tag(BaseModel):
    id: ClassVar[pw.AutoField[int]]

    name = pw.TextField(unique=True)  # built-in tags use their English key: question, suggestion, …
    builtin = pw.BooleanField(default=False)


class CommentTag(BaseModel):
    comment_id: ClassVar[pw.ForeignKeyField[int]]
    tag_id: ClassVar[pw.ForeignKeyField[int]]

    comment = pw.ForeignKeyField(Comment, backref="tag_links", on_delete="CASCADE")
    tag = pw.ForeignKeyField(Tag, backref="comment_links", on_delete="CASCADE")

    class Meta:
        primary_key = pw.CompositeKey("comment", "tag")


class PostingSlot(BaseModel):
    """A regular time an organisation posts at (e.g. Monday 09:30), in its own time zone."""

    id: ClassVar[pw.AutoField[int]]
    organisation_id: ClassVar[pw.ForeignKeyField[int]]

    organisation = pw.ForeignKeyField(Organisation, backref="slots", on_delete="CASCADE")
    weekday = pw.IntegerField()  # 0 = Monday
    minute = pw.IntegerField()  # minute of the day

    class Meta:
        indexes = ((("organisation", "weekday", "minute"), True),)


class InboxCount(BaseModel):
    """Open and total comments of one account, kept by triggers (migration v3)."""

    account_id = pw.IntegerField(primary_key=True)
    open = pw.IntegerField()
    total = pw.IntegerField()


class InboxSync(BaseModel):
    """Where one account's inbox sync stands: the network's cursor and the last problem."""

    account_id: ClassVar[pw.ForeignKeyField[int]]

    account = pw.ForeignKeyField(Account, primary_key=True, backref="inbox_sync", on_delete="CASCADE")
    cursor = pw.TextField(null=True)
    synced_at = Timestamp(null=True)
    error = pw.TextField(default="")
    error_kind = pw.TextField(default=ErrorKind.NONE)  # an ErrorKind
    retry_at = Timestamp(null=True)


class CsvImport(BaseModel):
    """One run of a CSV import (migration v5): its posts stay hidden until `finished_at` is set."""

    id: ClassVar[pw.AutoField[int]]

    claimed_by = pw.IntegerField()  # the process id writing it
    started_at = Timestamp(default=utcnow)
    touched_at = Timestamp(default=utcnow)  # the last batch it wrote
    finished_at = Timestamp(null=True, index=True)


class DeveloperApp(BaseModel):
    """An organisation's own developer app at a network (migration v6): the ID here, the secret only
    in the keyring under `credential_ref`."""

    id: ClassVar[pw.AutoField[int]]
    organisation_id: ClassVar[pw.ForeignKeyField[int]]

    organisation = pw.ForeignKeyField(Organisation, backref="developer_apps", on_delete="CASCADE")
    kind = pw.TextField()  # a DeveloperAppKind's key: meta, threads
    app_id = pw.TextField()
    redirect_uri = pw.TextField(default="")
    credential_ref = pw.TextField(unique=True)
    created_at = Timestamp(default=utcnow)
    updated_at = Timestamp(default=utcnow)

    class Meta:
        table_name = "developer_app"
        indexes = ((("organisation", "kind"), True),)


class FollowerCount(BaseModel):
    """An account's followers on one day, as its network counted them (migration v7)."""

    id: ClassVar[pw.AutoField[int]]
    account_id: ClassVar[pw.ForeignKeyField[int]]

    account = pw.ForeignKeyField(Account, backref="follower_counts", on_delete="CASCADE")
    day = pw.TextField()  # YYYY-MM-DD in the organisation's time zone
    followers = pw.IntegerField()
    taken_at = Timestamp(default=utcnow)

    class Meta:
        table_name = "follower_count"
        indexes = ((("account", "day"), True),)


class PostFigures(BaseModel):
    """What a published post did on one account's network (migration v8); None where it does not say."""

    attempt_id: ClassVar[pw.ForeignKeyField[int]]

    attempt = pw.ForeignKeyField(PublishAttempt, primary_key=True, backref="figures", on_delete="CASCADE")
    likes = pw.IntegerField(null=True)
    shares = pw.IntegerField(null=True)
    replies = pw.IntegerField(null=True)
    impressions = pw.IntegerField(null=True)
    sharers = pw.IntegerField(null=True)  # people the network names as having shared it (migration v9)
    sharer_followers = pw.IntegerField(null=True)  # their followers, added up
    sharers_at_shares = pw.IntegerField(null=True)  # the post's shares when they were counted
    fetched_at = Timestamp(default=utcnow)
    final = pw.BooleanField(default=False)  # the last fetch (at 90 days) is done

    class Meta:
        table_name = "post_figures"


ALL_MODELS = (
    Organisation,
    Account,
    Post,
    PostVariant,
    Media,
    Schedule,
    PublishAttempt,
    Comment,
    Tag,
    CommentTag,
    Snippet,
    InboxCount,
    InboxSync,
    PostingSlot,
    CsvImport,
    DeveloperApp,
    FollowerCount,
    PostFigures,
)
BUILTIN_TAGS = ("question", "suggestion", "complaint", "praise")
