"""Showing what came from outside (a comment, a name, a network's error message, an address) safely.

Addresses come from networks and comments: only http and https go to the browser, never javascript:,
file: or a scheme that starts another program. Qt guesses whether a label's text is HTML; text from a
network must never be read as HTML, so such labels are made plain. Qt lays out a long text without
spaces in quadratic time (a 1 MB comment froze the window for minutes), so long texts are shown
shortened, and in full only where that stays fast.
"""

from __future__ import annotations

import html
import logging
import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

log = logging.getLogger(__name__)

WEB_SCHEMES = ("http", "https")


def is_web_address(address: str | QUrl) -> bool:
    url = QUrl(address) if isinstance(address, str) else address
    return url.isValid() and url.scheme().lower() in WEB_SCHEMES and bool(url.host())


def open_link(address: str | QUrl) -> bool:
    """Open an http(s) address in the browser; anything else is refused (and logged). True when opened."""
    url = QUrl(address) if isinstance(address, str) else address
    if not is_web_address(url):
        log.warning("not opening a link with the scheme %r", url.scheme()[:20])
        return False
    return QDesktopServices.openUrl(url)


def plain(label: QLabel) -> QLabel:
    """The label shows its text literally, whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich(label: QLabel) -> QLabel:
    """The label shows HTML built by Kurzdraht, in which all outside text is escaped; its links open
    through `open_link`."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(open_link)
    return label


def literal_html(text: str) -> str:
    """HTML that shows `text` literally, for what guesses whether a text is HTML and has no plain mode
    (tooltips, the static QMessageBox.question)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def tooltip_text(text: str) -> str:
    """A tooltip that shows `text` literally, shortened to what a tooltip can show."""
    return literal_html(shortened(text, TOOLTIP_CHARACTERS, TOOLTIP_LINES) or text)


def show_message(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
) -> None:
    """A message box whose text is shown literally (QMessageBox.warning() guesses HTML)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


# What a list or a conversation shows of one text before "Show all": a long comment's first screen.
SHORT_CHARACTERS = 2_000
SHORT_LINES = 25
TOOLTIP_CHARACTERS = 500
TOOLTIP_LINES = 12
# In a full view, a break opportunity (a zero-width space) after this many characters without a space.
UNBROKEN_RUN = 200
_UNBROKEN = re.compile(r"\S{%d}" % UNBROKEN_RUN)


def shortened(text: str, characters: int = SHORT_CHARACTERS, lines: int = SHORT_LINES) -> str | None:
    """The beginning of a long text with "…", ending at a space where one is near; None when the text
    is short enough to be shown whole."""
    if len(text) <= characters and text.count("\n", 0, characters + 1) < lines:
        return None
    start = text[:characters]
    parts = start.split("\n", lines)
    if len(parts) > lines:
        start = "\n".join(parts[:lines])
    else:  # cut in the middle of a line: end at the last word that fits, if one ends near
        space = start.rfind(" ", max(0, len(start) - 80))
        start = start[:space] if space > 0 else start
    return start.rstrip() + " …"


def breakable(text: str) -> str:
    """The text with an invisible break opportunity in every long run without spaces, so that laying
    it out takes linear time."""
    return _UNBROKEN.sub(lambda found: found.group(0) + "\u200b", text)
