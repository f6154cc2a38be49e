"""What each network accepts by default (length, images, descriptions), and how an account's own
limits (e.g. a Mastodon server's) are kept as JSON and read back.

Kept apart from the network clients so that the composer can count without importing httpx. Where a
number is a file size, the network's "MB" is read as the smaller 1,000,000 bytes unless the network
gives the exact figure: a picture a little under the limit is better than one that is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from desktop.networks.base import Limits

_WEB_IMAGES = ("image/jpeg", "image/png", "image/gif", "image/webp")

DEFAULT_LIMITS: dict[str, Limits] = {
    # 63,206 characters per post. Photos: JPEG, PNG, GIF (also BMP, TIFF), recommended "under 4MB"
    # (developers.facebook.com/docs/graph-api/photo-uploads). No documented maximum number of photos
    # or alt-text length for Page posts; 10 photos is what scheduling services document.
    "facebook": Limits(
        counting="plain",
        max_characters=63_206,
        max_images=10,
        max_image_bytes=4_000_000,
        image_types=("image/jpeg", "image/png", "image/gif"),
        max_alt_text=None,
    ),
    # Caption 2,200 characters; hashtags are limited in the "instagram" rule. Images: JPEG only, 8 MB,
    # up to 10 in a carousel (Instagram Graph API, IG User Media / Content Publishing). Alt text: no
    # limit in Meta's reference; 1,000 is the smaller of the figures publishing services document.
    "instagram": Limits(
        counting="instagram",
        max_characters=2_200,
        max_images=10,
        max_image_bytes=8_000_000,
        image_types=("image/jpeg",),
        max_alt_text=1_000,
        requires_image=True,
        images_from_web=True,
        # Content Publishing: "aspect ratio 4:5 to 1.91:1", "minimum 320, maximum 1440" pixels wide
        # (wider ones are scaled down before they go out).
        min_aspect=0.8,
        max_aspect=1.91,
        min_image_width=320,
        max_image_width=1440,
    ),
    # 500 characters, at most 5 links (developers.facebook.com/docs/threads/posts); images JPEG or PNG up
    # to 8 MB, up to 20 in a carousel; alt text only on images (Threads API, accessibility). Threads,
    # like Instagram, fetches images from a public address.
    "threads": Limits(
        counting="plain",
        max_characters=500,
        max_images=20,
        max_image_bytes=8_000_000,
        image_types=("image/jpeg", "image/png"),
        max_alt_text=1_000,
        images_from_web=True,
    ),
    # 280 weighted characters (links 23, emoji and CJK 2: twitter-text). Up to 4 photos, 5 MB each
    # (GIF 15 MB), JPG/PNG/GIF/WEBP; alt text at most 1,000 characters (docs.x.com, media upload and
    # media metadata).
    "x": Limits(
        counting="x",
        max_characters=280,
        url_weight=23,
        max_images=4,
        max_image_bytes=5_000_000,
        image_types=_WEB_IMAGES,
        max_alt_text=1_000,
        # Pay-per-use since February 2026: $0.015 a post, $0.20 with a link (x-api/getting-started/pricing).
        price_per_post=0.015,
        price_with_link=0.20,
    ),
    # Mastodon's own defaults; a connected account reads its server's values (mastodon.fetch_limits).
    # 16 MiB images (image_size_limit 16777216, as mastodon.social reports it), 1,500 characters of
    # description.
    "mastodon": Limits(
        counting="mastodon",
        max_characters=500,
        url_weight=23,
        max_images=4,
        max_image_bytes=16 * 1024 * 1024,
        image_types=_WEB_IMAGES,
        max_alt_text=1_500,
    ),
    # 300 graphemes and 3,000 bytes (app.bsky.feed.post); 4 images of at most 1,000,000 bytes
    # (app.bsky.embed.images). Bluesky's own server has taken 2,000,000 bytes since April 2026, but
    # self-hosted servers may not yet. Alt text: 2,000 (MAX_ALT_TEXT in Bluesky's app).
    "bluesky": Limits(
        counting="bluesky",
        max_characters=300,
        max_bytes=3_000,
        max_images=4,
        max_image_bytes=1_000_000,
        max_alt_text=2_000,
        image_types=("image/jpeg", "image/png", "image/webp", "image/gif"),
    ),
    # 3,000 characters. 2 to 20 images per post (Posts API, MultiImage); JPG, PNG, GIF under 36,152,320
    # pixels (Images API); 5 MB per image as publishing services document. Alt text 4,086 characters (Posts
    # API, media and multiImage `altText`).
    "linkedin": Limits(
        counting="plain",
        max_characters=3_000,
        max_images=20,
        max_image_bytes=5_000_000,
        image_types=("image/jpeg", "image/png", "image/gif"),
        max_alt_text=4_086,
    ),
    # Kurzdraht only answers comments on YouTube (its API makes no posts): an answer is plain text of at
    # most 10,000 characters (YouTube Data API, comments.insert: commentTextTooLong).
    "youtube": Limits(
        counting="plain",
        max_characters=10_000,
        max_images=0,
        max_image_bytes=None,
        image_types=(),
        max_alt_text=None,
    ),
    # No length limit; the server decides the upload size (its PHP settings).
    "wordpress": Limits(counting="plain", max_characters=None, max_images=10, max_alt_text=None, has_title=True),
}

# For an account on a network this version does not know: count, but limit nothing.
_UNKNOWN = Limits(counting="plain", max_characters=None)
_INVALID = object()


def _count_or_none(value: Any) -> Any:
    return value if value is None else _count(value)


def _count(value: Any) -> Any:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else _INVALID


def _types(value: Any) -> Any:
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return tuple(value)
    return _INVALID


# How each stored value is read back; a value of the wrong kind (an old or damaged record) is ignored.
_READERS: dict[str, Callable[[Any], Any]] = {
    "counting": lambda value: value if isinstance(value, str) and value else _INVALID,
    "max_characters": _count_or_none,
    "max_bytes": _count_or_none,
    "url_weight": _count_or_none,
    "max_images": _count,
    "max_image_bytes": _count_or_none,
    "image_types": _types,
    "max_alt_text": _count_or_none,
    "has_title": lambda value: value if isinstance(value, bool) else _INVALID,
    "requires_image": lambda value: value if isinstance(value, bool) else _INVALID,
    "images_from_web": lambda value: value if isinstance(value, bool) else _INVALID,
    "min_aspect": lambda value: value if value is None or isinstance(value, (int, float)) and value > 0 else _INVALID,
    "max_aspect": lambda value: value if value is None or isinstance(value, (int, float)) and value > 0 else _INVALID,
    "min_image_width": _count_or_none,
    "max_image_width": _count_or_none,
    "price_per_post": lambda value: (
        value if value is None or isinstance(value, (int, float)) and value >= 0 else _INVALID
    ),
    "price_with_link": lambda value: (
        value if value is None or isinstance(value, (int, float)) and value >= 0 else _INVALID
    ),
}


def limits_for(network: str, stored: dict | None = None) -> Limits:
    """The network's defaults, with what was stored for the account (e.g. its server's own length
    limit) taking their place."""
    limits = DEFAULT_LIMITS.get(network) or _declared(network)
    if not stored:
        return limits
    changes = {}
    for name, read in _READERS.items():
        if name in stored:
            value = read(stored[name])
            if value is not _INVALID:
                changes[name] = value
    return replace(limits, **changes)


def _declared(network: str) -> Limits:
    """What a network's own module declares, for networks this table does not list."""
    from desktop.networks.registry import plugins

    plugin = plugins().get(network)
    return plugin.limits if plugin is not None and plugin.limits is not None else _UNKNOWN


def limits_to_json(limits: Limits, network: str | None = None) -> dict:
    """`limits` as JSON values (lists for tuples). With `network`, only what differs from that network's
    defaults, so that a later version's corrected defaults still reach accounts stored before."""
    default = (DEFAULT_LIMITS.get(network) or _declared(network)) if network else None
    values = {}
    for field in fields(Limits):
        value = getattr(limits, field.name)
        if default is not None and getattr(default, field.name) == value:
            continue
        values[field.name] = list(value) if isinstance(value, tuple) else value
    return values
