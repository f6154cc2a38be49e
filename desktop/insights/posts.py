"""What each published post did: likes, shares, replies and impressions as its network counted them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import datetime

from desktop.i18n import current_language, translate
from desktop.store.models import Account, FollowerCount, Post, PostFigures, PublishAttempt, as_tuples


@dataclass(frozen=True)
class PostResult:
    """What one published post did on one account (None where the network does not say)."""

    post_id: int
    account_name: str
    network: str
    text: str
    published_at: datetime
    likes: int | None
    shares: int | None
    replies: int | None
    impressions: int | None
    sharers: int | None = None  # people the network names as having shared it
    sharer_followers: int | None = None  # their followers, added up
    account_followers: int | None = None  # the account's followers on the day it was published (or the next count)
    account_id: int = 0
    attempt_id: int = 0

    @property
    def reach(self) -> int | None:
        """Seen by up to this many people: our followers plus the followers of those who shared it (an
        upper bound: people follow several of them). None when our followers were never counted."""
        if self.account_followers is None:
            return None
        return self.account_followers + (self.sharer_followers or 0)

    def reach_counted(self) -> str | None:
        """How `reach` was counted, in the user's words: "650 followers of Lindenhof + 2,800 followers of
        the 10 people who shared it (3 more shares whose followers the network does not show)". None
        when our followers were never counted."""
        if self.account_followers is None:
            return None
        text = _followers_of_account(self.account_followers, self.account_name)
        if self.sharers:
            text += " + " + _followers_of_sharers(self.sharer_followers or 0, self.sharers)
        unseen = (self.shares or 0) - (self.sharers or 0)
        if unseen > 0:
            text += " " + _unseen_shares(unseen, more=bool(self.sharers))
        return text

    def to_json(self) -> dict[str, object]:
        return {
            "post": self.post_id,
            "account": self.account_name,
            "network": self.network,
            "text": self.text,
            "published_at": self.published_at.isoformat(),
            "likes": self.likes,
            "shares": self.shares,
            "replies": self.replies,
            "impressions": self.impressions,
            "reach": self.reach,
            "account_followers": self.account_followers,
            "sharers": self.sharers,
            "sharer_followers": self.sharer_followers,
        }


def _number(count: int) -> str:
    """A count written as the user's language writes it (2,800 or 2.800)."""
    from PySide6.QtCore import QLocale

    return QLocale(current_language()).toString(count)


# Singular and plural spelled out: lupdate keeps no plural forms for translate() outside a QObject.
def _followers_of_account(followers: int, account: str) -> str:
    if followers == 1:
        return translate("Insights", "1 follower of %1").replace("%1", account)
    return translate("Insights", "%1 followers of %2").replace("%1", _number(followers)).replace("%2", account)


def _followers_of_sharers(followers: int, people: int) -> str:
    if people == 1 and followers == 1:
        return translate("Insights", "1 follower of the person who shared it")
    if people == 1:
        return translate("Insights", "%1 followers of the person who shared it").replace("%1", _number(followers))
    if followers == 1:
        return translate("Insights", "1 follower of the %1 people who shared it").replace("%1", _number(people))
    text = translate("Insights", "%1 followers of the %2 people who shared it")
    return text.replace("%1", _number(followers)).replace("%2", _number(people))


def _unseen_shares(shares: int, more: bool) -> str:
    """Shares without followers counted: private ones, quotes, those beyond the part of a long list read."""
    if more and shares == 1:
        return translate("Insights", "(1 more share whose followers the network does not show)")
    if more:
        text = translate("Insights", "(%1 more shares whose followers the network does not show)")
    elif shares == 1:
        return translate("Insights", "(1 share whose followers the network does not show)")
    else:
        text = translate("Insights", "(%1 shares whose followers the network does not show)")
    return text.replace("%1", _number(shares))


def post_results(start: datetime, end: datetime) -> list[PostResult]:
    query = (
        PublishAttempt.select(
            PublishAttempt.post,
            Account.display_name,
            Account.network,
            Post.text,
            PublishAttempt.finished_at,
            PostFigures.likes,
            PostFigures.shares,
            PostFigures.replies,
            PostFigures.impressions,
            PostFigures.sharers,
            PostFigures.sharer_followers,
            PublishAttempt.account,
            PublishAttempt.id,
        )
        .join(Account)
        .switch(PublishAttempt)
        .join(Post)
        .switch(PublishAttempt)
        .join(PostFigures)
        .where((PublishAttempt.finished_at >= start) & (PublishAttempt.finished_at < end))
    )
    rows = list(as_tuples(query))
    followers = _followers_by_day({row[-2] for row in rows}, end)
    found = []
    for row in rows:
        post_id, name, network, text, published_at, likes, shares, replies, impressions, *rest = row
        sharers, sharer_followers, account_id, attempt_id = rest
        counted = followers.get(account_id)
        found.append(
            PostResult(
                post_id,
                name,
                network,
                text,
                published_at,
                likes,
                shares,
                replies,
                impressions,
                sharers=sharers,
                sharer_followers=sharer_followers,
                account_followers=_on_day(counted, published_at.date().isoformat()) if counted else None,
                account_id=account_id,
                attempt_id=attempt_id,
            )
        )
    # Best first: the posts shared most (how far they travelled), then liked most.
    return sorted(found, key=lambda p: (-(p.shares or 0), -(p.likes or 0), -p.published_at.timestamp()))


def _followers_by_day(account_ids: set[int], end: datetime) -> dict[int, tuple[list[str], list[int]]]:
    """Each account's follower figures up to `end`, as (days, counts) in order."""
    series: dict[int, tuple[list[str], list[int]]] = {}
    if not account_ids:
        return series
    query = (
        FollowerCount.select(FollowerCount.account, FollowerCount.day, FollowerCount.followers)
        .where(FollowerCount.account.in_(sorted(account_ids)) & (FollowerCount.day <= end.date().isoformat()))
        .order_by(FollowerCount.account, FollowerCount.day)
    )
    for account_id, day, count in as_tuples(query):
        days, counts = series.setdefault(account_id, ([], []))
        days.append(day)
        counts.append(count)
    return series


def _on_day(series: tuple[list[str], list[int]], day: str) -> int:
    """The figure of `day`, else the last one before it, else the first one after it."""
    days, counts = series
    index = bisect.bisect_right(days, day)
    return counts[index - 1] if index else counts[0]
