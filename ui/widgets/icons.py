"""Icons from resources/icons, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def network_icon(network: str) -> QIcon:
    return icon(f"network-{network}")
