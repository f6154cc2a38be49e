"""Which networks Kurzdraht can connect to, and the client class for each (imported on first use,
since the clients pull in httpx)."""

from __future__ import annotations

import importlib

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks import network_name
from desktop.networks.base import NetworkClient

_CLIENTS = {
    "mastodon": ("desktop.networks.mastodon", "MastodonClient"),
    "bluesky": ("desktop.networks.bluesky", "BlueskyClient"),
    "wordpress": ("desktop.networks.wordpress", "WordPressClient"),
}
CONNECTABLE = tuple(_CLIENTS)


def client_class(network: str) -> type[NetworkClient]:
    if network not in _CLIENTS:
        raise KurzdrahtError(
            translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", network_name(network))
        )
    module, name = _CLIENTS[network]
    return getattr(importlib.import_module(module), name)
