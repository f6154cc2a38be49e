"""The one list of each state a post, its sending and an account can be in, and of the kinds of failure.

The core, the CLI and the views compare against these members, never against bare strings. They are
`StrEnum`s whose values are the strings stored in the database and written to JSON, so the stored data
stays as it was. Which states belong together (waiting, final, editable …) and how each is called in
the user's words is said here once; `post_state_of` is the one rule that derives a post's state from
its attempts (the outbox stores it, the composer shows it).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP, translate


class PostState(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    MISSED = "missed"  # its time passed while Kurzdraht was not running: the user decides
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED = "failed"  # not published everywhere; the failed accounts can be retried

    @property
    def editable(self) -> bool:
        """Whether its text and accounts may still change (a post on its way or out cannot)."""
        return self in POST_EDITABLE

    @property
    def planned(self) -> bool:
        """Whether it has a time to go out at, which can be taken back (back to the drafts)."""
        return self in POST_PLANNED

    @property
    def label(self) -> str:
        return translate("PostState", _POST_LABELS[self])


class PostKind(StrEnum):
    POST = "post"
    REPLY = "reply"  # an answer to a comment, written in the inbox
    # Written by a CSV import that has not finished: hidden from the calendar and the drafts, and its
    # state stays draft until the import shows all its posts at once.
    IMPORTING = "importing"


class AttemptState(StrEnum):
    """Sending one post to one account (a `PublishAttempt`)."""

    PENDING = "pending"
    SENDING = "sending"
    UNKNOWN = "unknown"  # sent without an answer: checked on the network before it is sent again
    PUBLISHED = "published"
    FAILED = "failed"
    CANCELLED = "cancelled"
    # A channel without an API (assisted): a person posts it by hand, then gives the link or skips it.
    WAITING_FOR_YOU = "waiting_for_you"

    @property
    def final(self) -> bool:
        return self in ATTEMPT_FINAL

    @property
    def in_flight(self) -> bool:
        return self in ATTEMPT_IN_FLIGHT

    @property
    def retryable(self) -> bool:
        """Whether the user may send it again now, or cancel it (it is not on its way right now)."""
        return self in ATTEMPT_RETRYABLE

    @property
    def label(self) -> str:
        return translate("AttemptState", _ATTEMPT_LABELS[self])


class AccountStatus(StrEnum):
    CONNECTED = "connected"
    NEEDS_RECONNECT = "needs_reconnect"
    OFFLINE = "offline"
    NOT_CONNECTED = "not_connected"

    @property
    def label(self) -> str:
        return translate("AccountStatus", _ACCOUNT_LABELS[self])


class ErrorKind(StrEnum):
    """What kind of failure a network call (a post, a reply, a sync, a check) ended with; it decides what
    happens next (see `desktop.networks.base.failure_of`)."""

    NONE = ""  # no failure (falsy, like the empty string stored for it)
    LOGIN = "login"  # the stored login no longer works: the user reconnects
    RATE_LIMITED = "rate_limited"  # the network named a time to wait for
    TEMPORARY = "temporary"  # no connection, a server error: nothing was done, try again later
    UNKNOWN = "unknown"  # a post was sent without an answer: check before sending it again
    REJECTED = "rejected"  # the network refused this input: only a change helps
    UNSUPPORTED = "unsupported"  # Kurzdraht cannot do this (a network it cannot post to, an unreadable image)
    INTERNAL = "internal"  # a bug of ours, with details in the log

    @classmethod
    def _missing_(cls, value: object) -> "ErrorKind":
        # A kind this version does not know, stored by an older one (its inbox sync wrote "other"): a
        # failure all the same, with nothing particular to do about it.
        return cls.INTERNAL


POST_EDITABLE = (PostState.DRAFT, PostState.FAILED)
POST_PLANNED = (PostState.SCHEDULED, PostState.MISSED)
POST_NEEDS_ATTENTION = (PostState.MISSED, PostState.FAILED)
ATTEMPT_WAITING = (AttemptState.PENDING, AttemptState.UNKNOWN)  # to be sent at their time
ATTEMPT_IN_FLIGHT = ATTEMPT_WAITING + (AttemptState.SENDING,)  # still to go out
ATTEMPT_FINAL = (AttemptState.PUBLISHED, AttemptState.FAILED, AttemptState.CANCELLED)
ATTEMPT_RETRYABLE = ATTEMPT_WAITING + (AttemptState.FAILED,)
ATTEMPT_CANCELLABLE = ATTEMPT_RETRYABLE + (AttemptState.WAITING_FOR_YOU,)
# Not done yet: still to go out, or waiting for a person to post it by hand.
ATTEMPT_OPEN = ATTEMPT_IN_FLIGHT + (AttemptState.WAITING_FOR_YOU,)


def post_state_of(attempts: Iterable[AttemptState | str]) -> PostState:
    """A post's state from the states of its attempts: what the outbox stores after every change and
    what the composer shows. Cancelled attempts do not count, so a post with nothing left to send is a
    draft again."""
    states = [AttemptState(s) for s in attempts if s != AttemptState.CANCELLED]
    if not states:
        return PostState.DRAFT
    if any(s in ATTEMPT_OPEN for s in states):
        return PostState.PUBLISHING
    if all(s == AttemptState.PUBLISHED for s in states):
        return PostState.PUBLISHED
    return PostState.FAILED


_POST_LABELS = {
    PostState.DRAFT: QT_TRANSLATE_NOOP("PostState", "draft"),
    PostState.SCHEDULED: QT_TRANSLATE_NOOP("PostState", "scheduled"),
    PostState.MISSED: QT_TRANSLATE_NOOP("PostState", "missed"),
    PostState.PUBLISHING: QT_TRANSLATE_NOOP("PostState", "being published"),
    PostState.PUBLISHED: QT_TRANSLATE_NOOP("PostState", "published"),
    PostState.FAILED: QT_TRANSLATE_NOOP("PostState", "failed"),
}
_ATTEMPT_LABELS = {
    AttemptState.PENDING: QT_TRANSLATE_NOOP("AttemptState", "waiting"),
    AttemptState.SENDING: QT_TRANSLATE_NOOP("AttemptState", "sending"),
    AttemptState.UNKNOWN: QT_TRANSLATE_NOOP("AttemptState", "no answer yet, will check"),
    AttemptState.PUBLISHED: QT_TRANSLATE_NOOP("AttemptState", "published"),
    AttemptState.FAILED: QT_TRANSLATE_NOOP("AttemptState", "failed"),
    AttemptState.CANCELLED: QT_TRANSLATE_NOOP("AttemptState", "cancelled"),
    AttemptState.WAITING_FOR_YOU: QT_TRANSLATE_NOOP("AttemptState", "waiting for you"),
}
_ACCOUNT_LABELS = {
    AccountStatus.CONNECTED: QT_TRANSLATE_NOOP("AccountStatus", "connected"),
    AccountStatus.NEEDS_RECONNECT: QT_TRANSLATE_NOOP("AccountStatus", "needs reconnect"),
    AccountStatus.OFFLINE: QT_TRANSLATE_NOOP("AccountStatus", "offline"),
    AccountStatus.NOT_CONNECTED: QT_TRANSLATE_NOOP("AccountStatus", "not connected"),
}
