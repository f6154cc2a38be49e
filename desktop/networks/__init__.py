"""Network clients, one module per network behind one small interface (see later issues)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NetworkInfo:
    key: str
    name: str  # brand names are not translated


NETWORKS: dict[str, NetworkInfo] = {
    n.key: n
    for n in (
        NetworkInfo("facebook", "Facebook"),
        NetworkInfo("instagram", "Instagram"),
        NetworkInfo("x", "X"),
        NetworkInfo("mastodon", "Mastodon"),
        NetworkInfo("bluesky", "Bluesky"),
        NetworkInfo("linkedin", "LinkedIn"),
        NetworkInfo("youtube", "YouTube"),
        NetworkInfo("wordpress", "WordPress"),
    )
}


def network_name(key: str) -> str:
    info = NETWORKS.get(key)
    return info.name if info else key
