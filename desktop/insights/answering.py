"""How quickly the organisation answers: from a comment's arrival to our first reply sent through
Kurzdraht, per week and per account (a reply written on the network's own site is not seen: the
networks' inboxes leave our own comments out); the open
comments by age; the tags per month; and the period's suggestions to take to the team meeting."""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from desktop.i18n import translate
from desktop.inbox.replies import is_own
from desktop.networks import network_name
from desktop.states import AttemptState, PostKind
from desktop.store.models import Account, Comment, Organisation, as_tuples, comment_id_base, database

SUGGESTION = "suggestion"
# Open comments by how long they have waited: (up to this age, its key); the last has no limit.
AGES: tuple[tuple[timedelta | None, str], ...] = (
    (timedelta(days=1), "day"),
    (timedelta(days=3), "three_days"),
    (timedelta(days=7), "week"),
    (None, "older"),
)


def _percentile(waits: list[float], share: float) -> timedelta | None:
    """The nearest-rank percentile of waits in seconds (0.9: nine in ten answers came at least this quickly)."""
    if not waits:
        return None
    ordered = sorted(waits)
    return timedelta(seconds=ordered[max(math.ceil(share * len(ordered)) - 1, 0)])


def _median(waits: list[float]) -> timedelta | None:
    return timedelta(seconds=statistics.median(waits)) if waits else None


@dataclass(frozen=True)
class Answering:
    """Comments received in a stretch of time and how quickly they were answered."""

    received: int
    answered: int
    median: timedelta | None  # None: nothing answered
    p90: timedelta | None

    @classmethod
    def of(cls, received: int, waits: list[float]) -> "Answering":
        """From the number received and the waits (seconds) of those answered."""
        return cls(received, len(waits), _median(waits), _percentile(waits, 0.9))

    def to_json(self) -> dict[str, object]:
        return {
            "received": self.received,
            "answered": self.answered,
            "median_minutes": None if self.median is None else round(self.median.total_seconds() / 60, 1),
            "p90_minutes": None if self.p90 is None else round(self.p90.total_seconds() / 60, 1),
        }


@dataclass(frozen=True)
class AccountAnswering:
    account_id: int
    account_name: str
    network: str
    figures: Answering

    @property
    def network_name(self) -> str:
        return network_name(self.network)


@dataclass(frozen=True)
class Suggestion:
    comment_id: int
    account_name: str
    network: str
    author_name: str
    text: str
    received_at: datetime
    url: str
    done: bool

    def to_json(self) -> dict[str, object]:
        return {
            "comment": self.comment_id,
            "account": self.account_name,
            "network": self.network,
            "author": self.author_name,
            "text": self.text,
            "received_at": self.received_at.isoformat(),
            "url": self.url,
            "done": self.done,
        }


@dataclass(frozen=True)
class AnsweringReport:
    total: Answering
    weeks: tuple[tuple[date, Answering], ...]  # each week by its Monday, oldest first (weeks with comments)
    accounts: tuple[AccountAnswering, ...]
    open_by_age: tuple[tuple[str, int], ...]  # (AGES key, open comments now), all four in order
    tags_by_month: tuple[tuple[str, str, int], ...]  # ("YYYY-MM", tag, comments), by month then tag
    suggestions: tuple[Suggestion, ...]  # newest first

    @property
    def empty(self) -> bool:
        """No comment in the period and none open."""
        return not self.total.received and not any(count for _, count in self.open_by_age)

    def to_json(self) -> dict[str, object]:
        return {
            **self.total.to_json(),
            "weeks": [{"week": week.isoformat(), **figures.to_json()} for week, figures in self.weeks],
            "accounts": [
                {"account": a.account_name, "network": a.network, **a.figures.to_json()} for a in self.accounts
            ],
            "open_by_age": dict(self.open_by_age),
            "tags_by_month": [{"month": m, "tag": t, "comments": n} for m, t, n in self.tags_by_month],
            "suggestions": [s.to_json() for s in self.suggestions],
        }


def _stamp(micros: int) -> datetime:
    return datetime.fromtimestamp(micros / 1_000_000, tz=timezone.utc)


# Comment ids follow time (`comment_id_base`), so a period's comments, their first answers and their
# tags are each one range of ids: one indexed query each, however many comments the period has.
_COMMENTS = "SELECT id, account_id, author_handle, created_at FROM comment WHERE id >= ? AND id < ? ORDER BY id"
_FIRST_ANSWERS = (
    "SELECT p.reply_to_id, MIN(pa.finished_at) FROM post p JOIN publish_attempt pa ON pa.post_id = p.id "
    "WHERE p.reply_to_id >= ? AND p.reply_to_id < ? AND p.kind = ? AND pa.state = ? "
    "AND pa.finished_at IS NOT NULL GROUP BY p.reply_to_id"
)
_TAGS = "SELECT ct.comment_id, t.name FROM comment_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.comment_id >= ? AND ct.comment_id < ?"
_SUGGESTIONS = "SELECT id, author_name, text, url, network, status FROM comment WHERE id IN ({})"


class _LocalDays:
    """Which day of its organisation's calendar a moment falls on, for many moments: the UTC offset is
    looked up once per zone and UTC day, and per half hour only on the days it changes (DST)."""

    def __init__(self) -> None:
        self.offsets: dict[tuple[str, int], int | None] = {}  # (zone, UTC day): offset, None if it changes

    @staticmethod
    def _offset(zone: ZoneInfo, seconds: int) -> int:
        moment = datetime.fromtimestamp(seconds, tz=timezone.utc).astimezone(zone)
        return int(moment.utcoffset().total_seconds())  # type: ignore[union-attr]

    def day(self, zone: ZoneInfo, seconds: int) -> int:
        """Days since 1970-01-01 in `zone` (a proleptic ordinal minus EPOCH_ORDINAL)."""
        key = (zone.key, seconds // 86400)
        if key not in self.offsets:
            first, last = self._offset(zone, key[1] * 86400), self._offset(zone, key[1] * 86400 + 86399)
            self.offsets[key] = first if first == last else None
        offset = self.offsets[key]
        if offset is None:
            offset = self._offset(zone, seconds - seconds % 1800)
        return (seconds + offset) // 86400


EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def answering_report(since: datetime, until: datetime, now: datetime) -> AnsweringReport:
    """The comments received from `since` to `until` (from others, not our own) and their answers
    (our first reply sent through Kurzdraht); the open comments' ages are as of `now`, whatever the period."""
    accounts = {
        a.id: a
        for a in Account.select(Account, Organisation).join(Organisation).order_by(Organisation.name, Account.id)
    }
    zones = {a.id: ZoneInfo(a.organisation.timezone) for a in accounts.values()}
    ids = (comment_id_base(since), comment_id_base(until))
    own: dict[tuple[int, str], bool] = {}  # the same people write again and again
    received: list[tuple[int, int, int]] = []  # comment, account, arrived (µs)
    for comment_id, account_id, author, created in database.execute_sql(_COMMENTS, ids).fetchall():
        if account_id not in accounts:
            continue
        mine = own.get((account_id, author))
        if mine is None:
            mine = own[(account_id, author)] = is_own(author, accounts[account_id].handle)
        if not mine:
            received.append((comment_id, account_id, created))
    answers = dict(
        database.execute_sql(_FIRST_ANSWERS, (*ids, PostKind.REPLY.value, AttemptState.PUBLISHED.value)).fetchall()
    )
    tagged: dict[int, list[str]] = defaultdict(list)
    for comment_id, tag in database.execute_sql(_TAGS, ids).fetchall():
        tagged[comment_id].append(tag)
    # Waits in seconds while counting; days as numbers: a datetime per comment would cost more than the rest
    # (a year can hold tens of thousands of comments, and this runs each time the period changes).
    waits: list[float] = []
    by_week: dict[int, list[float]] = defaultdict(list)
    week_received: dict[int, int] = defaultdict(int)
    by_account: dict[int, list[float]] = defaultdict(list)
    account_received: dict[int, int] = defaultdict(int)
    tags: dict[tuple[str, str], int] = defaultdict(int)
    suggested: list[int] = []
    local_day = _LocalDays().day
    for comment_id, account_id, created in received:
        day = local_day(zones[account_id], created // 1_000_000)
        week = day - (day + 3) % 7  # 1970-01-01 was a Thursday: the Monday of the day's week
        week_received[week] += 1
        account_received[account_id] += 1
        answered_at = answers.get(comment_id)
        if answered_at is not None:
            wait = max(answered_at - created, 0) / 1_000_000  # a clock that was ahead is no negative wait
            waits.append(wait)
            by_week[week].append(wait)
            by_account[account_id].append(wait)
        if comment_id in tagged:  # only our own comments are left out
            month = date.fromordinal(day + EPOCH_ORDINAL).strftime("%Y-%m")
            for tag in tagged[comment_id]:
                tags[(month, tag)] += 1
                if tag == SUGGESTION:
                    suggested.append(comment_id)
    return AnsweringReport(
        total=Answering.of(len(received), waits),
        weeks=tuple(
            (date.fromordinal(week + EPOCH_ORDINAL), Answering.of(week_received[week], by_week.get(week, [])))
            for week in sorted(week_received)
        ),
        accounts=tuple(
            AccountAnswering(
                a.id, a.display_name, a.network, Answering.of(account_received[a.id], by_account.get(a.id, []))
            )
            for a in accounts.values()
            if account_received.get(a.id)
        ),
        open_by_age=_open_by_age(accounts, now),
        tags_by_month=tuple((month, tag, count) for (month, tag), count in sorted(tags.items())),
        suggestions=_suggestions(sorted(suggested, reverse=True), received, accounts),
    )


def _suggestions(
    ids: list[int], received: list[tuple[int, int, int]], accounts: dict[int, Account]
) -> tuple[Suggestion, ...]:
    """The suggestions' texts (newest first), read only for them."""
    wanted = set(ids)
    arrived = {c: (a, _stamp(t)) for c, a, t in received if c in wanted}
    found: dict[int, Suggestion] = {}
    for start in range(0, len(ids), 500):  # SQLite's limit of variables per statement
        chunk = ids[start : start + 500]
        sql = _SUGGESTIONS.format(",".join("?" * len(chunk)))
        for comment_id, author, text, url, network, status in database.execute_sql(sql, chunk).fetchall():
            account_id, received_at = arrived[comment_id]
            found[comment_id] = Suggestion(
                comment_id, accounts[account_id].display_name, network, author, text, received_at, url, status == "done"
            )
    return tuple(found[i] for i in ids if i in found)


def _open_by_age(accounts: dict[int, Account], now: datetime) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    query = Comment.select(Comment.account, Comment.author_handle, Comment.created_at).where(Comment.status == "open")
    for account_id, author, created_at in as_tuples(query):
        if account_id not in accounts or is_own(author, accounts[account_id].handle):
            continue
        age = now - created_at
        counts[next(key for limit, key in AGES if limit is None or age <= limit)] += 1
    return tuple((key, counts[key]) for _, key in AGES)


def duration_text(wait: timedelta | None) -> str:
    """A wait in words a reader takes in at a glance: "2 h 15 min", "3 days 4 h" ("2 Std. 15 Min.")."""
    if wait is None:
        return "–"
    minutes = round(wait.total_seconds() / 60)
    if minutes < 1:
        return translate("Insights", "under a minute")
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        text = (
            translate("Insights", "1 day") if days == 1 else translate("Insights", "%1 days").replace("%1", str(days))
        )
        return text if not hours else text + " " + translate("Insights", "%1 h").replace("%1", str(hours))
    if hours:
        text = translate("Insights", "%1 h").replace("%1", str(hours))
        return text if not minutes else text + " " + translate("Insights", "%1 min").replace("%1", str(minutes))
    return translate("Insights", "%1 min").replace("%1", str(minutes))
