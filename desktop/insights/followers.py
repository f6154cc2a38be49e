"""Followers per account and day, as the inbox sync counted them (missing days stay missing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.networks import network_name
from desktop.store.models import Account, FollowerCount, Organisation, as_tuples


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
    query = (
        FollowerCount.select(FollowerCount.account, FollowerCount.day, FollowerCount.followers)
        .where((FollowerCount.day >= start.isoformat()) & (FollowerCount.day <= end.isoformat()))
        .order_by(FollowerCount.account, FollowerCount.day)
    )
    for account_id, day, followers in as_tuples(query):
        if account_id in figures:
            figures[account_id].append((date.fromisoformat(day), followers))
    return [
        FollowerSeries(a.id, a.display_name, a.network, a.organisation.name, tuple(figures[a.id]))
        for a in accounts.values()
        if figures[a.id]
    ]
