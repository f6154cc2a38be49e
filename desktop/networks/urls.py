"""Server addresses typed by users: completed, checked, and refused unless encrypted (loopback aside)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

from desktop.errors import KurzdrahtError
from desktop.i18n import translate


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
        raise KurzdrahtError(translate(
            "Networks", "Kurzdraht only connects to “%1” over an encrypted connection (https://), "
                        "so that nobody on the way can read your password.").replace("%1", parts.hostname or url))
