"""Server addresses typed by users: completed, checked, and refused unless encrypted (loopback aside);
and which addresses count as public, for what the app fetches because a network named it."""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit, urlunsplit

from desktop.errors import KurzdrahtError
from desktop.i18n import translate


def is_loopback(host: str) -> bool:
    """A literal loopback address (127.0.0.0/8, ::1). Names such as `localhost` or `x.localhost` do not
    count: what they mean is up to the resolver (and a proxy), not to this computer's own interface."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """An address on the public internet: not loopback, private, link-local, shared (CGNAT), reserved or
    multicast, also when an IPv4 address hides inside an IPv6 one."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        elif address in _NAT64:
            address = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address.is_global and not address.is_multicast


def server_url(text: str) -> str:
    """`social.example` → `https://social.example`; plain http only for this computer's own address."""
    text = (text or "").strip()
    if not text:
        raise KurzdrahtError(translate("Networks", "Please enter the server's address."))
    if "://" not in text:
        text = "https://" + text
    not_an_address = KurzdrahtError(translate("Networks", "“%1” is not a web address.").replace("%1", text))
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - a port that is no number (or too large) raises ValueError here
    except ValueError:  # e.g. "http://[::1" or "social.example:99999"
        raise not_an_address from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host or " " in text:
        raise not_an_address
    address = urlunsplit((scheme, parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))
    require_secure(address)
    return address


def require_secure(url: str) -> None:
    """Refuse to send anything to an unencrypted address that is not this computer."""
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed address, perhaps from a server: nothing is sent to it
        raise KurzdrahtError(translate("Networks", "“%1” is not a web address.").replace("%1", url)) from None
    if parts.scheme != "https" and not (parts.scheme == "http" and is_loopback(parts.hostname or "")):
        raise KurzdrahtError(
            translate(
                "Networks",
                "Kurzdraht only connects to “%1” over an encrypted connection (https://), "
                "so that nobody on the way can read your password.",
            ).replace("%1", parts.hostname or url)
        )


# -- base addresses for tests and other servers -------------------------------------------------------


def base_override(network: str) -> str:
    """`KURZDRAHT_<NETWORK>_API` as scheme://host[:port], or "" when not set."""
    value = os.environ.get(f"KURZDRAHT_{network.upper()}_API", "").strip()
    if not value:
        return ""
    parts = urlsplit(value if "://" in value else "https://" + value)
    base = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    require_secure(base)
    return base


def address(network: str, url: str) -> str:
    """`url` on the real service, or on the base address set for `network`."""
    override = base_override(network)
    if not override:
        return url
    parts = urlsplit(url)
    scheme, netloc = urlsplit(override)[:2]
    return urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))
