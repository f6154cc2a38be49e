"""Reading an image the user picked: its type and size, checked before anything is uploaded."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks.base import Image

_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}


def load_image(path: str | Path, alt_text: str = "") -> Image:
    """Describe an image file, or say plainly why it cannot be used."""
    from PIL import Image as PillowImage, UnidentifiedImageError

    path = Path(path)
    try:
        with PillowImage.open(path, formats=tuple(_FORMATS)) as picture:  # others count as unreadable
            kind, (width, height) = picture.format, picture.size
    except FileNotFoundError as error:
        raise KurzdrahtError(translate("Media", "The image “%1” does not exist.").replace("%1", str(path))) from error
    except (UnidentifiedImageError, OSError) as error:
        raise KurzdrahtError(translate("Media", "“%1” is not an image Kurzdraht can read (JPEG, PNG, GIF or WebP).")
                             .replace("%1", path.name)) from error
    return Image(path=path, alt_text=alt_text.strip(), mime_type=_FORMATS[kind], width=width, height=height)
