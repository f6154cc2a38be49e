"""What each published post did: likes, shares, replies and impressions as its network counted them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum

from desktop.i18n import current_language, translate
from desktop.store.models import database


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


class PostOrder(StrEnum):
    """What the posts are sorted by (numbers largest first by default, unknown figures always last)."""

    SHARES = "shares"
    REACH = "reach"
    LIKES = "likes"
    REPLIES = "replies"
    IMPRESSIONS = "impressions"
    PUBLISHED = "published_at"
    TEXT = "text"
    ACCOUNT = "account"


# The account's followers on the day a post went out: that day's count or the last before it, else the
# first one after it. The (account_id, day) index makes each a single seek.
_FOLLOWERS_ON_THE_DAY = (
    "COALESCE((SELECT fc.followers FROM follower_count fc WHERE fc.account_id = pa.account_id "
    "AND fc.day <= date(pa.finished_at / 1000000, 'unixepoch') ORDER BY fc.day DESC LIMIT 1), "
    "(SELECT fc.followers FROM follower_count fc WHERE fc.account_id = pa.account_id ORDER BY fc.day LIMIT 1))"
)
_POSTS = (
    "SELECT * FROM (SELECT pa.post_id, a.display_name, a.network, p.text, pa.finished_at, f.likes, f.shares, "
    "f.replies, f.impressions, f.sharers, f.sharer_followers, pa.account_id, pa.id AS attempt_id, "
    f"{_FOLLOWERS_ON_THE_DAY} AS account_followers "
    "FROM publish_attempt pa JOIN post_figures f ON f.attempt_id = pa.id JOIN account a ON a.id = pa.account_id "
    "JOIN post p ON p.id = pa.post_id WHERE pa.finished_at >= ? AND pa.finished_at < ?) "
)
_SORT_KEYS = {
    PostOrder.SHARES: "shares",
    PostOrder.REACH: "account_followers + COALESCE(sharer_followers, 0)",
    PostOrder.LIKES: "likes",
    PostOrder.REPLIES: "replies",
    PostOrder.IMPRESSIONS: "impressions",
    PostOrder.PUBLISHED: "finished_at",
    PostOrder.TEXT: "text COLLATE NOCASE",
    PostOrder.ACCOUNT: "display_name COLLATE NOCASE",
}


def _micros(moment: datetime) -> int:
    return int(moment.timestamp() * 1_000_000)


def post_results(
    start: datetime,
    end: datetime,
    order: PostOrder = PostOrder.SHARES,
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[PostResult]:
    """The posts published from `start` to `end` with their figures, sorted (and paged) in SQL: by
    default the posts shared most first (how far they travelled), then the ones liked most."""
    key = _SORT_KEYS[order]
    direction = "DESC" if descending else "ASC"
    # Unknown figures last whichever way; ties: more likes, then newer first.
    sort = f"({key}) IS NULL, {key} {direction}, likes IS NULL, likes DESC, finished_at DESC, attempt_id DESC"
    sql = _POSTS + f"ORDER BY {sort} LIMIT ? OFFSET ?"
    rows = database.execute_sql(sql, (_micros(start), _micros(end), -1 if limit is None else limit, offset))
    return [
        PostResult(
            post_id,
            name,
            network,
            text,
            datetime.fromtimestamp(finished / 1_000_000, tz=timezone.utc),
            likes,
            shares,
            replies,
            impressions,
            sharers=sharers,
            sharer_followers=sharer_followers,
            account_followers=followers,
            account_id=account_id,
            attempt_id=attempt_id,
        )
        for (
            post_id,
            name,
            network,
            text,
            finished,
            likes,
            shares,
            replies,
            impressions,
            sharers,
            sharer_followers,
            account_id,
            attempt_id,
            followers,
        ) in rows.fetchall()
    ]


def post_count(start: datetime, end: datetime) -> int:
    """How many posts (per account) with figures were published from `start` to `end`."""
    sql = (
        "SELECT COUNT(*) FROM publish_attempt pa JOIN post_figures f ON f.attempt_id = pa.id "
        "WHERE pa.finished_at >= ? AND pa.finished_at < ?"
    )
    return int(database.execute_sql(sql, (_micros(start), _micros(end))).fetchone()[0])
