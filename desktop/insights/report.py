"""The monthly report for the board and funders: one or two A4 pages as PDF, written by Qt's own PDF
writer (QtGui, no widgets) off the event loop and swapped in whole, so no half report is ever left."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desktop.errors import KurzdrahtError
from desktop.i18n import current_language, translate
from desktop.insights.answering import AnsweringReport
from desktop.insights.followers import FollowerSeries
from desktop.insights.posts import PostResult
from desktop.insights.report_text import Wording, report_html
from desktop.scheduling.exports import write_atomically
from desktop.store.models import Organisation, as_tuples

TOP_POSTS = 5
# How many suggestions fit beside the figures; with long texts fewer, so the report stays at two pages.
SUGGESTION_CAPS = (8, 6, 4, 2)
MOST_PAGES = 2
RESOLUTION = 300  # the PDF writer's dots per inch: layout units for the text, not a picture's
MARGIN_MM = 18.0
FOOTER_MM = 10.0
FONTS = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
FONT_POINTS = 10.0


@dataclass(frozen=True)
class AccountFollowers:
    """One account's followers at the month's last count, and the change since the count before the month
    (or, for an account counted only since this month, since its first count)."""

    organisation: str
    account_name: str
    network_name: str
    followers: int
    change: int | None
    counted_on: date


@dataclass(frozen=True)
class MonthlyFigures:
    """Everything the report shows, read from the local database."""

    month: date  # its first day
    today: date
    organisations: tuple[str, ...]
    followers: tuple[AccountFollowers, ...]
    posts: tuple[PostResult, ...]  # the most shared first, at most TOP_POSTS
    answering: AnsweringReport

    @property
    def last_day(self) -> date:
        return month_bounds(self.month)[1]

    @property
    def empty(self) -> bool:
        return not self.followers and not self.posts and not self.answering.total.received


@dataclass(frozen=True)
class MonthlyReport:
    """A report that was written: where, how many pages, and whether the month had any figures."""

    path: Path
    pages: int
    month: date
    empty: bool


def month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def last_complete_month(today: date) -> date:
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


def check_month(month: date, today: date) -> date:
    """The month's first day; a month that has not begun is refused (it has nothing to report)."""
    first = month.replace(day=1)
    if first > today:
        raise KurzdrahtError(
            translate("Report", "%1 has not begun yet. Please choose this month or an earlier one.").replace(
                "%1", Wording(current_language()).month(first)
            )
        )
    return first


def check_target(out: Path) -> Path:
    """The file to write, refused before any work when it cannot be written there."""
    path = Path(out).expanduser().absolute()
    if path.is_dir():
        raise KurzdrahtError(
            translate("Report", "“%1” is a folder. Please give a file name in it, like report.pdf.").replace(
                "%1", str(out)
            )
        )
    folder = path.parent
    if not folder.is_dir():
        raise KurzdrahtError(
            translate("Report", "The folder “%1” does not exist. Please choose an existing folder.").replace(
                "%1", str(folder)
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise KurzdrahtError(
            translate("Report", "Kurzdraht may not write into the folder “%1”. Please choose another one.").replace(
                "%1", str(folder)
            )
        )
    return path


def organisation_names() -> tuple[str, ...]:
    return tuple(name for (name,) in as_tuples(Organisation.select(Organisation.name).order_by(Organisation.name)))


def month_followers(series: list[FollowerSeries], first: date, last: date) -> tuple[AccountFollowers, ...]:
    """Each account counted in the month; `series` reaches back before it for the count to compare with."""
    found = []
    for account in series:
        before = [count for day, count in account.days if day < first]
        within = [(day, count) for day, count in account.days if first <= day <= last]
        if not within:
            continue
        start = before[-1] if before else within[0][1]
        counted_on, followers = within[-1]
        change = followers - start if before or len(within) > 1 else None
        found.append(
            AccountFollowers(
                account.organisation, account.account_name, account.network_name, followers, change, counted_on
            )
        )
    return tuple(sorted(found, key=lambda a: (a.organisation, a.network_name, a.account_name)))


def ensure_gui_application() -> None:
    """Qt's fonts and PDF writer need a QGuiApplication. The app has one; headless (the CLI, scripts) one
    is made on the offscreen platform, which needs no screen."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("the report's QGuiApplication must be made on the main thread")
    global _application
    _application = QGuiApplication(["kurzdraht", "-platform", "offscreen"])


_application: object = None  # kept so Qt's application lives as long as the process


def write_report(figures: MonthlyFigures, target: Path, language: str) -> int:
    """Render the report and swap it in as `target`; returns its pages. Runs on a worker thread."""
    wording = Wording(language)
    pdf, pages = b"", 0
    for cap in SUGGESTION_CAPS:
        pdf, pages = render_pdf(report_html(figures, wording, cap), wording, figures)
        if pages <= MOST_PAGES:
            break
    write_atomically(target, pdf)
    return pages


def render_pdf(html: str, wording: Wording, figures: MonthlyFigures) -> tuple[bytes, int]:
    """The HTML laid out on A4 pages, each with its footer; the PDF's bytes and its number of pages."""
    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

    # The text layout starts timers; a worker thread Qt did not start has no event dispatcher for them
    # (Qt warns on stderr) until an event loop is made in it. The layout is forced to the end anyway.
    QEventLoop()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setTitle(wording.title(figures))
    writer.setCreator("Kurzdraht")

    def dots(mm: float) -> float:
        return mm / 25.4 * RESOLUTION

    page = writer.pageLayout().fullRectPixels(RESOLUTION)
    margin, footer = dots(MARGIN_MM), dots(FOOTER_MM)
    body = QSizeF(page.width() - 2 * margin, page.height() - 2 * margin - footer)

    font = QFont(FONTS)
    font.setPointSizeF(FONT_POINTS)
    # No "fi" ligatures: the text copied or searched from the PDF reads "figures", not "ﬁgures".
    font.setFeature(QFont.Tag("liga"), 0)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # points become the PDF's dots, not the screen's
    document.setUseDesignMetrics(True)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(body)
    pages = document.pageCount()

    small = QFont(FONTS)
    small.setPointSizeF(FONT_POINTS * 0.8)
    grey = QColor("#5f6b76")
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(margin, margin - index * body.height())
            document.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            line_y = page.height() - margin - footer * 0.45
            painter.setPen(QPen(grey, dots(0.2)))
            painter.drawLine(int(margin), int(line_y), int(page.width() - margin), int(line_y))
            painter.setFont(small)
            area = QRectF(margin, line_y + dots(1.5), body.width(), footer)
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, wording.made_with(figures))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, wording.page_of(index + 1, pages)
            )
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data()), pages
