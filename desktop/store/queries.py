"""Reads that several services share."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.store.models import Account, PostVariant, as_tuples


def networks_by_post(post_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """The networks each post goes to, sorted and without repeats, in one query."""
    ids = list(post_ids)
    networks: dict[int, list[str]] = {post_id: [] for post_id in ids}
    if ids:
        query = as_tuples(
            PostVariant.select(PostVariant.post, Account.network)
            .join(Account)
            .where(PostVariant.post.in_(ids))
            .order_by(Account.network)
        )
        for post_id, network in query:
            if network not in networks[post_id]:
                networks[post_id].append(network)
    return {post_id: tuple(names) for post_id, names in networks.items()}
