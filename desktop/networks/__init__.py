"""Network clients, one module per network behind one small interface (`base`), each declaring itself
in a `PLUGIN` (`plugin`, found by `registry`)."""

from __future__ import annotations

from collections.abc import Iterable
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
        NetworkInfo("threads", "Threads"),
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
    if info is not None:
        return info.name
    plugin = _plugin(key)
    if plugin is None:
        return key
    from desktop.i18n import translate

    return translate("Networks", plugin.name)  # brands stay as they are; "By hand" is translated


def told_apart(name: str, network: str, names: Iterable[str]) -> str:
    """An account's `name`, with its network's where `names` (all the names shown beside it) has it more
    than once: "Funkenflug (Instagram)" beside "Funkenflug (Mastodon)"."""
    return name if sum(1 for other in names if other == name) <= 1 else f"{name} ({network_name(network)})"


def known_network(key: str) -> bool:
    """A network Kurzdraht knows the name of (accounts on it can be listed, planned for, imported)."""
    return key in NETWORKS or _plugin(key) is not None


def _plugin(key: str):  # noqa: ANN202 - a NetworkPlugin; imported late, as the registry imports this package
    from desktop.networks.registry import plugins

    return plugins().get(key)
