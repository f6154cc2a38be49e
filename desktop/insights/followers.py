"""Followers per account and day, as the inbox sync counted them (missing days stay missing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.networks import network_name, told_apart
from desktop.store.models import Account, Organisation, database


@dataclass(frozen=True)
class FollowerSeries:
    """One account's followers on the days a figure was taken (missing days are missing, never guessed)."""

    account_id: int
    account_name: str
    network: str
    organisation: str
    days: tuple[tuple[date, int], ...]

    @property
    def network_name(self) -> str:
        return network_name(self.network)

    @property
    def latest(self) -> int | None:
        return self.days[-1][1] if self.days else None

    @property
    def change(self) -> int | None:
        """From the first to the last figure of the period (None with fewer than two)."""
        return self.days[-1][1] - self.days[0][1] if len(self.days) > 1 else None

    def to_json(self) -> dict[str, object]:
        return {
            "account": self.account_name,
            "network": self.network,
            "organisation": self.organisation,
            "followers": self.latest,
            "change": self.change,
            "days": [{"day": day.isoformat(), "followers": count} for day, count in self.days],
        }


def follower_series(start: date, end: date) -> list[FollowerSeries]:
    accounts = {
        a.id: a
        for a in Account.select(Account, Organisation).join(Organisation).order_by(Organisation.name, Account.id)
    }
    figures: dict[int, list[tuple[date, int]]] = {account_id: [] for account_id in accounts}
    days: dict[str, date] = {}  # each day's text parsed once, not once per account
    rows = database.execute_sql(
        "SELECT account_id, day, followers FROM follower_count WHERE day >= ? AND day <= ? ORDER BY account_id, day",
        (start.isoformat(), end.isoformat()),
    )
    for account_id, day, followers in rows.fetchall():
        if account_id in figures:
            parsed = days.get(day)
            if parsed is None:
                parsed = days[day] = date.fromisoformat(day)
            figures[account_id].append((parsed, followers))
    return [
        FollowerSeries(a.id, a.display_name, a.network, a.organisation.name, tuple(figures[a.id]))
        for a in accounts.values()
        if figures[a.id]
    ]


class Grouping(StrEnum):
    """How the follower chart draws its lines."""

    ACCOUNT = "account"
    ORGANISATION = "organisation"
    NETWORK = "network"


@dataclass(frozen=True)
class FollowerLine:
    """One line of the follower chart: an account, or the accounts of an organisation or a network
    added up."""

    label: str
    days: tuple[tuple[date, int], ...]
    accounts: int


# Over more days than this, a line has a point a week (the week's last count) rather than a day: a year
# of 20 accounts is 1,000 points instead of 7,000, and a chart a few hundred pixels wide shows no more.
DAILY_UP_TO = 92


def weekly(days: tuple[tuple[date, int], ...]) -> tuple[tuple[date, int], ...]:
    """Each week's last count (and the very last one), in order."""
    kept = [
        point
        for point, following in zip(days, days[1:])
        if point[0].isocalendar()[:2] != following[0].isocalendar()[:2]
    ]
    return (*kept, days[-1]) if days else ()


def follower_lines(
    series: list[FollowerSeries], grouping: Grouping, start: date | None = None, end: date | None = None
) -> list[FollowerLine]:
    """The lines for `grouping`. A group's day is the sum of its accounts only on days where each of them
    was counted (a day one account missed would look like a drop): missing days stay missing. For a
    period of more than DAILY_UP_TO days (from `start` to `end`), a point a week."""
    lines = _lines(series, grouping)
    if start is not None and end is not None and (end - start).days >= DAILY_UP_TO:
        return [FollowerLine(line.label, weekly(line.days), line.accounts) for line in lines]
    return lines


def _lines(series: list[FollowerSeries], grouping: Grouping) -> list[FollowerLine]:
    if grouping == Grouping.ACCOUNT:
        names = [s.account_name for s in series]
        return [FollowerLine(told_apart(s.account_name, s.network, names), s.days, 1) for s in series]
    groups: dict[str, list[FollowerSeries]] = {}
    for s in series:
        groups.setdefault(s.organisation if grouping == Grouping.ORGANISATION else s.network_name, []).append(s)
    lines = []
    for label, members in groups.items():
        by_day = [dict(s.days) for s in members]
        shared = set.intersection(*(set(days) for days in by_day))
        lines.append(
            FollowerLine(label, tuple((d, sum(days[d] for days in by_day)) for d in sorted(shared)), len(members))
        )
    return lines
