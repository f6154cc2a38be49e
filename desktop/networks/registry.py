"""Which networks Kurzdraht can connect to: every module under `desktop/networks/` that declares a
`PLUGIN` (see `plugin.NetworkPlugin`). Found once, on first use."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from functools import cache

import desktop.networks
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks import network_name
from desktop.networks.base import NetworkClient
from desktop.networks.plugin import DeveloperAppKind, NetworkPlugin

log = logging.getLogger(__name__)


@cache
def plugins() -> dict[str, NetworkPlugin]:
    """The connectable networks by key, in the order they are offered."""
    found: list[NetworkPlugin] = []
    for module in pkgutil.iter_modules(desktop.networks.__path__):
        if module.ispkg or module.name.startswith("_") or module.name == "registry":
            continue
        try:
            declared = getattr(importlib.import_module(f"desktop.networks.{module.name}"), "PLUGIN", None)
        except Exception:  # noqa: BLE001 - one broken module must not take the other networks with it
            log.exception("the network module %s could not be loaded", module.name)
            continue
        if isinstance(declared, NetworkPlugin):
            found.append(declared)
    found.sort(key=lambda plugin: (plugin.order, plugin.key))
    by_key: dict[str, NetworkPlugin] = {}
    for plugin in found:
        if plugin.key in by_key:
            log.warning("two modules declare the network %s; the first is used", plugin.key)
            continue
        by_key[plugin.key] = plugin
    return by_key


def connectable() -> tuple[str, ...]:
    return tuple(plugins())


def comments_only() -> tuple[str, ...]:
    """The networks whose accounts only answer comments: Kurzdraht cannot make posts there (YouTube)."""
    return tuple(key for key, plugin in plugins().items() if not plugin.can_post)


def plugin_for(network: str) -> NetworkPlugin:
    try:
        return plugins()[network]
    except KeyError:
        raise KurzdrahtError(
            translate("Networks", "Kurzdraht cannot connect to %1 yet.").replace("%1", network_name(network))
        ) from None


def client_class(network: str) -> type[NetworkClient]:
    return plugin_for(network).client


def app_kinds() -> dict[str, DeveloperAppKind]:
    """The developer apps organisations register, for the networks that need one."""
    kinds: dict[str, DeveloperAppKind] = {}
    for plugin in plugins().values():
        if plugin.app is not None:
            kinds.setdefault(plugin.app.key, plugin.app)
    return kinds


def app_kind(key: str) -> DeveloperAppKind:
    try:
        return app_kinds()[key]
    except KeyError:
        raise KurzdrahtError(
            translate("Networks", "Kurzdraht knows no developer app “%1”.").replace("%1", key)
        ) from None
