"""What each published post did: likes, shares, replies and impressions as its network counted them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.store.models import Account, Post, PostFigures, PublishAttempt, as_tuples


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
        }


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
        )
        .join(Account)
        .switch(PublishAttempt)
        .join(Post)
        .switch(PublishAttempt)
        .join(PostFigures)
        .where((PublishAttempt.finished_at >= start) & (PublishAttempt.finished_at < end))
    )
    found = [PostResult(*row) for row in as_tuples(query)]
    # Best first: the posts shared most (how far they travelled), then liked most.
    return sorted(found, key=lambda p: (-(p.shares or 0), -(p.likes or 0), -p.published_at.timestamp()))
