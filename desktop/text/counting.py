"""Counting a post's length the way each network does, with a plain-language reason when it is over."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import regex

from desktop.i18n import translate
from desktop.networks.base import Limits

# Links as Mastodon and Bluesky recognise them in plain text: an http(s) address up to white space,
# without trailing punctuation.
URL = regex.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]}'’”]")
# A Mastodon mention of a remote account counts only its local part (@name@server → @name).
MASTODON_MENTION = regex.compile(r"(?<=^|[^\w/])@(\w+(?:[\w.-]+\w+)?)@[\w.-]+\w", regex.UNICODE)
# An Instagram hashtag: # and letters, digits or _, not in the middle of a word. Digits-only tags
# count too, so the counter never shows fewer hashtags than Instagram may see.
INSTAGRAM_HASHTAG = regex.compile(r"(?<![\p{L}\p{M}\p{N}_])[#＃][\p{L}\p{M}\p{N}_]+")
# Instagram announced in December 2025 that captions of posts and reels are limited to five hashtags
# (before: 30).
INSTAGRAM_MAX_HASHTAGS = 5


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
    reason = _over(
        used,
        limits,
        translate("Counting", "%1 characters too long for this server (links count as %2).").replace("%2", str(weight)),
    )
    return Count(used, limits.max_characters, reason)


def _characters_and_bytes(text: str, limits: Limits, too_many: str, too_big: str) -> Count:
    """Graphemes against the character limit, then UTF-8 bytes against the byte limit."""
    used = graphemes(text)
    reason = _over(used, limits, too_many)
    if not reason and limits.max_bytes is not None and len(text.encode("utf-8")) > limits.max_bytes:
        reason = too_big
    return Count(used, limits.max_characters, reason)


def _bluesky(text: str, limits: Limits) -> Count:
    return _characters_and_bytes(
        text,
        limits,
        translate("Counting", "%1 characters too long for Bluesky."),
        translate("Counting", "Too long for Bluesky: emoji and special characters take more space."),
    )


def _plain(text: str, limits: Limits) -> Count:
    return _characters_and_bytes(
        text,
        limits,
        translate("Counting", "%1 characters too long."),
        translate("Counting", "Too long: emoji and special characters take more space."),
    )


def _instagram(text: str, limits: Limits) -> Count:
    used = graphemes(text)
    reason = _over(used, limits, translate("Counting", "%1 characters too long for Instagram."))
    hashtags = len(INSTAGRAM_HASHTAG.findall(URL.sub(" ", text)))
    if not reason and hashtags > INSTAGRAM_MAX_HASHTAGS:
        reason = (
            translate("Counting", "%1 hashtags: Instagram allows at most %2 in one post.")
            .replace("%1", str(hashtags))
            .replace("%2", str(INSTAGRAM_MAX_HASHTAGS))
        )
    return Count(used, limits.max_characters, reason)


def _x(text: str, limits: Limits) -> Count:
    # twitter_text takes about 0.2 s to import (it builds its emoji pattern), so only an X counter
    # loads it, on first use (see `warm_up`).
    from twitter_text import parse_tweet
    from twitter_text.config import config

    weight = limits.url_weight or 23
    options = dict(
        config["defaults"], transformed_url_length=weight, max_weighted_tweet_length=limits.max_characters or _NO_LIMIT
    )
    parsed = parse_tweet(text, options)
    used = parsed.weightedLength
    reason = _over(
        used,
        limits,
        translate("Counting", "%1 characters too long for X (links count as %2, emoji as 2).").replace(
            "%2", str(weight)
        ),
    )
    if not reason and text and not parsed.valid:
        reason = translate(
            "Counting", "The text contains an invisible character that X does not accept (often copied along)."
        )
    return Count(used, limits.max_characters, reason)


_NO_LIMIT = 10**9
_RULES = {"mastodon": _mastodon, "bluesky": _bluesky, "plain": _plain, "instagram": _instagram, "x": _x}


def warm_up(counting: str) -> None:
    """Load what a rule needs before its first count, e.g. in a background job when the composer opens:
    the X rule's first count would otherwise pause for about 0.2 s."""
    if counting == "x":
        importlib.import_module("twitter_text")
