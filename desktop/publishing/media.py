"""Reading an image the user picked: its type, size and pixel count, checked before anything is
decoded or uploaded."""

from __future__ import annotations

import re
import uuid
import warnings
from pathlib import Path
from typing import IO

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks.base import Image, Limits

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}


# Pillow's own limit against decompression bombs (89.5 megapixels, 358 MB decoded): more than any
# camera of an ordinary office delivers, and every network scales such photos down anyway.
MAX_PIXELS = 89_478_485


def load_image(path: str | Path, alt_text: str = "") -> Image:
    """Describe an image file, or say plainly why it cannot be used."""
    path = Path(path)
    try:
        kind, width, height = picture_size(path, path.name)
    except FileNotFoundError as error:
        raise KurzdrahtError(translate("Media", "The image “%1” does not exist.").replace("%1", str(path))) from error
    return Image(path=path, alt_text=alt_text.strip(), mime_type=_FORMATS[kind], width=width, height=height)


def picture_size(source: Path | IO[bytes], name: str, max_pixels: int = MAX_PIXELS) -> tuple[str, int, int]:
    """Format, width and height from an image's header, without decoding it; a KurzdrahtError when it is
    no JPEG, PNG, GIF or WebP, or has more than `max_pixels` pixels (FileNotFoundError passes)."""
    from PIL import Image as PillowImage, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Pillow warns above its limit and refuses above twice that; the limit here is checked below.
            warnings.simplefilter("ignore", PillowImage.DecompressionBombWarning)
            with PillowImage.open(source, formats=tuple(_FORMATS)) as picture:  # others count as unreadable
                # A format is None only for an image made in memory, never for one opened from a file.
                kind, (width, height) = picture.format or "", picture.size
    except PillowImage.DecompressionBombError as error:
        found = re.search(r"\((\d+) pixels\)", str(error))
        refused_above = 2 * (PillowImage.MAX_IMAGE_PIXELS or 0)  # Pillow raises this only while it has a limit
        raise too_many_pixels(
            name, int(found.group(1)) if found else refused_above + 1, max_pixels
        ) from None  # a plain refusal: the message says all Pillow knew
    except FileNotFoundError:
        raise
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise KurzdrahtError(
            translate("Media", "“%1” is not an image Kurzdraht can read (JPEG, PNG, GIF or WebP).").replace("%1", name)
        ) from error
    if width * height > max_pixels:
        raise too_many_pixels(name, width * height, max_pixels)
    return kind, width, height


def too_many_pixels(name: str, pixels: int, max_pixels: int) -> KurzdrahtError:
    message = translate("Media", "The image “%1” is too large: %2 megapixels; at most %3 megapixels.")
    return KurzdrahtError(
        message.replace("%1", name).replace("%2", _megapixels(pixels)).replace("%3", _megapixels(max_pixels))
    )


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.1f}".rstrip("0").rstrip(".")


# Networks that name no pixel limit still choke on huge photos; this is what their own apps send.
MAX_SIDE = 4096


def fit_image(image: Image, limits: Limits, folder: Path) -> Image:
    """The image as this account accepts it: the original when it fits, else a copy converted to a
    type the network takes and scaled down until it is small enough. Says plainly when it cannot."""
    size = image.path.stat().st_size
    fits_type = image.media_type in limits.image_types
    fits_size = limits.max_image_bytes is None or size <= limits.max_image_bytes
    fits_side = max(image.width or 0, image.height or 0) <= MAX_SIDE
    fits_width = limits.max_image_width is None or (image.width or 0) <= limits.max_image_width
    if fits_type and fits_size and fits_side and fits_width:
        return image
    from PIL import Image as PillowImage, ImageOps

    picture_size(image.path, image.path.name)  # the file may have changed since it was attached
    with PillowImage.open(image.path) as original:
        if image.media_type == "image/gif" and getattr(original, "is_animated", False):
            raise KurzdrahtError(
                translate(
                    "Media",
                    "The animated GIF “%1” is too large for this network and cannot be made smaller "
                    "without losing its animation.",
                ).replace("%1", image.path.name)
            )
        picture = ImageOps.exif_transpose(original)
        picture.load()
    keep_alpha = picture.mode in ("RGBA", "LA", "P") and "image/png" in limits.image_types
    mime = "image/png" if keep_alpha else "image/jpeg"
    if mime not in limits.image_types:
        raise KurzdrahtError(
            translate("Media", "This network does not accept images like “%1”.").replace("%1", image.path.name)
        )
    picture = picture.convert("RGBA" if keep_alpha else "RGB")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{image.path.stem}-{uuid.uuid4().hex[:8]}{'.png' if keep_alpha else '.jpg'}"
    scale = min(1.0, MAX_SIDE / max(picture.size))
    if limits.max_image_width is not None:
        scale = min(scale, limits.max_image_width / picture.width)
    for _ in range(12):
        width, height = max(1, round(picture.width * scale)), max(1, round(picture.height * scale))
        resized = picture.resize((width, height), PillowImage.Resampling.LANCZOS) if scale < 1.0 else picture
        if keep_alpha:
            resized.save(target, "PNG", optimize=True)
        else:
            resized.save(target, "JPEG", quality=85, optimize=True)
        written = target.stat().st_size
        if limits.max_image_bytes is None or written <= limits.max_image_bytes:
            return Image(path=target, alt_text=image.alt_text, mime_type=mime, width=width, height=height)
        # Bytes shrink roughly with the pixel count: aim a little under the limit.
        scale *= max(0.3, min(0.9, (limits.max_image_bytes / written) ** 0.5 * 0.95))
    target.unlink(missing_ok=True)
    raise KurzdrahtError(
        translate("Media", "The image “%1” could not be made small enough for this network.").replace(
            "%1", image.path.name
        )
    )


def aspect_problem(width: int | None, height: int | None, limits: Limits) -> str:
    """ "tall", "wide", "small" or "" for an image of this size on an account with these limits."""
    if not width or not height:
        return ""
    if limits.min_image_width is not None and width < limits.min_image_width:
        return "small"
    if limits.min_aspect is not None and width / height < limits.min_aspect - 0.005:
        return "tall"
    if limits.max_aspect is not None and width / height > limits.max_aspect + 0.005:
        return "wide"
    return ""


def reshape_image(source: Path, min_aspect: float, max_aspect: float, crop: bool, target: Path) -> Path:
    """Bring an image into the aspect range, by white borders (`crop` False) or by cutting the middle
    out; written as JPEG (or PNG with transparency) to `target` with that suffix, which is returned."""
    from PIL import Image as PillowImage, ImageOps

    picture_size(source, source.name)
    with PillowImage.open(source) as original:
        picture = ImageOps.exif_transpose(original)
        picture.load()
    width, height = picture.size
    ratio = width / height
    wanted = min(max(ratio, min_aspect), max_aspect)
    if crop:
        if ratio > wanted:  # too wide: keep the middle
            new_width = max(1, round(height * wanted))
            left = (width - new_width) // 2
            picture = picture.crop((left, 0, left + new_width, height))
        else:  # too tall
            new_height = max(1, round(width / wanted))
            top = (height - new_height) // 2
            picture = picture.crop((0, top, width, top + new_height))
    else:
        if ratio > wanted:
            size = (width, max(1, round(width / wanted)))
        else:
            size = (max(1, round(height * wanted)), height)
        mode = "RGBA" if picture.mode in ("RGBA", "LA", "P") else "RGB"
        canvas = PillowImage.new(mode, size, (255, 255, 255, 0) if mode == "RGBA" else (255, 255, 255))
        canvas.paste(picture.convert(mode), ((size[0] - width) // 2, (size[1] - height) // 2))
        picture = canvas
    if picture.mode == "RGBA":
        target = target.with_suffix(".png")
        picture.save(target, "PNG", optimize=True)
    else:
        target = target.with_suffix(".jpg")
        picture.convert("RGB").save(target, "JPEG", quality=90, optimize=True)
    return target
