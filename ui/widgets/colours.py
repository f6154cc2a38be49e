"""The app's own colours, one place for all: a light and a dark variant of each, chosen by the palette in
use (the system's light or dark one), each meeting WCAG AA contrast (4.5:1) against that palette's
window and base colours (tests/ui/test_accessibility.py checks them)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(Enum):
    """What a coloured text says."""

    ERROR = "error"  # refused, failed, over the limit
    WARNING = "warning"  # close to a limit, waiting, unsure
    SUCCESS = "success"  # published, connected
    INFO = "info"  # a person has to act (waiting for you)
    MUTED = "muted"  # secondary text: handles, counts, skipped rows
    LINK = "link"  # hashtags and mentions in a preview


#                light      dark
_TONES = {
    Tone.ERROR: ("#b3261e", "#ff8a80"),
    Tone.WARNING: ("#8a5a00", "#f2c14e"),
    Tone.SUCCESS: ("#1e7b34", "#7dd38f"),
    Tone.INFO: ("#1f5fa8", "#8cb8f2"),
    Tone.MUTED: ("#5c5c5c", "#b4b4b4"),
    Tone.LINK: ("#1d63a8", "#8cb8f2"),
}


class Surface(Enum):
    """A coloured background and the text on it."""

    NOTICE = "notice"  # a banner that asks for attention (no password store, missed posts)
    PROBLEM = "problem"  # a refused row (CSV import)
    OWN_MESSAGE = "own"  # our own reply in a conversation
    CHOSEN_MESSAGE = "chosen"  # the comment selected in the inbox, in its conversation
    MESSAGE = "message"  # someone else's comment in a conversation


#                    light (background, text, border)     dark (background, text, border)
_SURFACES = {
    Surface.NOTICE: (("#fff4d6", "#3a2c00", "#e0a100"), ("#4a3b12", "#fff1cc", "#a07a1c")),
    Surface.PROBLEM: (("#fbe3e4", "#5c0b0b", "#e0a0a0"), ("#5a2326", "#ffe3e3", "#9a4a4e")),
    Surface.OWN_MESSAGE: (("#e8f1f8", "#10243a", "#c5d9ea"), ("#1f3a52", "#e8f1f8", "#36597a")),
    Surface.CHOSEN_MESSAGE: (("#fff4d6", "#3a2c00", "#e8c870"), ("#4a3b12", "#fff1cc", "#a07a1c")),
    Surface.MESSAGE: (("#f3f3f3", "#1a1a1a", "#dddddd"), ("#3a3a3a", "#f0f0f0", "#555555")),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (the application's by default) is a dark one: light text on a dark window."""
    palette = palette or QGuiApplication.palette()
    return (
        palette.color(QPalette.ColorRole.Window).lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def colour(tone: Tone, palette: QPalette | None = None) -> str:
    return _TONES[tone][1 if is_dark(palette) else 0]


def text_style(tone: Tone) -> str:
    """A style sheet for a label whose whole text has this tone."""
    return f"color: {colour(tone)};"


def surface(kind: Surface, palette: QPalette | None = None) -> tuple[str, str, str]:
    """Background, text and border colour of a surface in the palette in use."""
    return _SURFACES[kind][1 if is_dark(palette) else 0]


def every_variant() -> list[tuple[str, str, str, bool]]:
    """(what, foreground, background, dark) for each colour pair the app draws: for the contrast test."""
    pairs = []
    for dark in (False, True):
        for tone, shades in _TONES.items():
            pairs.append((tone.value, shades[dark], "", dark))
        for kind, surfaces in _SURFACES.items():
            background, text, _ = surfaces[dark]
            pairs.append((kind.value, text, background, dark))
    return pairs


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(name: str) -> float:
        qcolour = QColor(name)
        channels = []
        for value in (qcolour.redF(), qcolour.greenF(), qcolour.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# What a system's dark theme gives (Fusion's dark palette; Windows 11's and GNOME's dark ones are close):
# for the contrast test and for screenshots of the dark look.
DARK_PALETTE = {
    QPalette.ColorRole.Window: "#2d2d2d",
    QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#f0f0f0",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#f0f0f0",
    QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8cb8f2",
    QPalette.ColorRole.Mid: "#555555",
}


def dark_palette(base: QPalette) -> QPalette:
    """`base` with a dark theme's colours."""
    palette = QPalette(base)
    for role, name in DARK_PALETTE.items():
        palette.setColor(role, QColor(name))
    return palette
