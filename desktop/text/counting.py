"""Counting a post's length the way each network does, with a plain-language reason when it is over."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from desktop.i18n import translate
from desktop.networks.base import Limits

# Links as Mastodon and Bluesky recognise them in plain text: an http(s) address up to white space,
# without trailing punctuation.
URL = regex.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]}'’”]")
# A Mastodon mention of a remote account counts only its local part (@name@server → @name).
MASTODON_MENTION = regex.compile(r"(?<=^|[^\w/])@(\w+(?:[\w.-]+\w+)?)@[\w.-]+\w", regex.UNICODE)


def graphemes(text: str) -> int:
    """User-perceived characters: 'é' typed as e + combining accent is one, a family emoji is one."""
    return len(regex.findall(r"\X", text))


@dataclass(frozen=True)
class Count:
    used: int
    limit: int | None
    reason: str = ""  # empty while the text fits

    @property
    def over(self) -> bool:
        return bool(self.reason)

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else self.limit - self.used


def count(text: str, limits: Limits) -> Count:
    rule = _RULES.get(limits.counting, _plain)
    return rule(text, limits)


def _over(used: int, limits: Limits, message: str) -> str:
    """`message` (with %1 for how many too many) when `used` is over the limit, else ""."""
    if limits.max_characters is not None and used > limits.max_characters:
        return message.replace("%1", str(used - limits.max_characters))
    return ""


def _mastodon(text: str, limits: Limits) -> Count:
    weight = limits.url_weight or 23
    countable = URL.sub(lambda m: "x" * weight, text)
    countable = MASTODON_MENTION.sub(lambda m: "@" + m.group(1), countable)
    used = graphemes(countable)
    reason = _over(used, limits, translate(
        "Counting", "%1 characters too long for this server (links count as %2).").replace("%2", str(weight)))
    return Count(used, limits.max_characters, reason)


def _bluesky(text: str, limits: Limits) -> Count:
    used = graphemes(text)
    reason = _over(used, limits, translate("Counting", "%1 characters too long for Bluesky."))
    if not reason and limits.max_bytes is not None and len(text.encode("utf-8")) > limits.max_bytes:
        reason = translate("Counting", "Too long for Bluesky: emoji and special characters take more space.")
    return Count(used, limits.max_characters, reason)


def _plain(text: str, limits: Limits) -> Count:
    used = graphemes(text)
    return Count(used, limits.max_characters, _over(used, limits, translate("Counting", "%1 characters too long.")))


_RULES = {"mastodon": _mastodon, "bluesky": _bluesky, "plain": _plain}
