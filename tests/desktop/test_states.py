"""The one list of states and the one mapping from a failure to its kind: what a post's attempts make of
the post, what each network failure leads to, and that the database keeps the same strings as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop.errors import KurzdrahtError
from desktop.networks.base import AuthExpired, OutcomeUnknown, RateLimited, Rejected, TemporaryFailure, failure_of
from desktop.states import AccountStatus, AttemptState, ErrorKind, PostState, post_state_of

A = AttemptState


@pytest.mark.parametrize(
    ("attempts", "post"),
    [
        ((), PostState.DRAFT),
        ((A.CANCELLED,), PostState.DRAFT),  # cancelling the only attempt: a draft again, not "published"
        ((A.CANCELLED, A.CANCELLED), PostState.DRAFT),
        ((A.PENDING,), PostState.PUBLISHING),
        ((A.PUBLISHED, A.SENDING), PostState.PUBLISHING),
        ((A.FAILED, A.UNKNOWN), PostState.PUBLISHING),
        ((A.PUBLISHED, A.PUBLISHED), PostState.PUBLISHED),
        ((A.PUBLISHED, A.CANCELLED), PostState.PUBLISHED),
        ((A.PUBLISHED, A.FAILED), PostState.FAILED),
        ((A.FAILED, A.CANCELLED), PostState.FAILED),
    ],
)
def test_a_posts_state_follows_from_its_attempts(attempts, post):
    assert post_state_of(attempts) == post
    assert post_state_of(a.value for a in attempts) == post  # as read from the database


def test_each_failure_has_its_kind_and_what_follows_from_it():
    later = datetime.now(timezone.utc) + timedelta(minutes=5)
    login = failure_of(AuthExpired("Bitte neu verbinden."))
    assert (login.kind, login.retry, login.account_status) == (ErrorKind.LOGIN, False, AccountStatus.NEEDS_RECONNECT)
    assert login.message == "Bitte neu verbinden."
    limited = failure_of(RateLimited("Zu viele Anfragen.", later))
    assert (limited.kind, limited.retry, limited.retry_at, limited.account_status) == (
        ErrorKind.RATE_LIMITED,
        True,
        later,
        None,
    )
    offline = failure_of(TemporaryFailure("Keine Verbindung."))
    assert (offline.kind, offline.retry, offline.account_status) == (ErrorKind.TEMPORARY, True, AccountStatus.OFFLINE)
    refused = failure_of(Rejected("Text zu lang."))
    assert (refused.kind, refused.retry, refused.account_status) == (ErrorKind.REJECTED, False, None)
    assert failure_of(KurzdrahtError("Dieses Bild ist kaputt.")).kind == ErrorKind.UNSUPPORTED


def test_a_lost_answer_is_checked_after_a_post_and_only_temporary_after_a_read():
    sent = failure_of(OutcomeUnknown("Keine Antwort."))
    assert (sent.kind, sent.retry, sent.account_status) == (ErrorKind.UNKNOWN, True, None)
    read = failure_of(OutcomeUnknown("Keine Antwort."), changes=False)
    assert (read.kind, read.account_status) == (ErrorKind.TEMPORARY, AccountStatus.OFFLINE)


def test_a_bug_is_internal_and_its_message_stays_in_the_log():
    failure = failure_of(ZeroDivisionError("internals of the program"))
    assert failure.kind == ErrorKind.INTERNAL and not failure.retry
    assert "ZeroDivisionError" in failure.message and "internals" not in failure.message


def test_states_are_stored_as_the_same_strings_as_before():
    # No migration: the database and the JSON output keep "draft", "pending", "rate_limited" …
    assert [s.value for s in PostState] == ["draft", "scheduled", "missed", "publishing", "published", "failed"]
    assert [s.value for s in AttemptState][:6] == ["pending", "sending", "unknown", "published", "failed", "cancelled"]
    assert AttemptState("waiting_for_you").label == "waiting for you"  # added for channels without an API


def test_a_post_waiting_for_a_person_is_still_being_published():
    from desktop.states import post_state_of

    assert post_state_of(["published", "waiting_for_you"]) == PostState.PUBLISHING
    assert post_state_of(["published", "cancelled"]) == PostState.PUBLISHED  # skipped
    assert ErrorKind.NONE == "" and not ErrorKind.NONE and ErrorKind("rate_limited") == ErrorKind.RATE_LIMITED
    assert ErrorKind("other") == ErrorKind.INTERNAL  # what the inbox sync of earlier versions stored
