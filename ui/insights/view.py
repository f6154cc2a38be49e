"""The Insights section: followers over time, what each post did and how far it travelled through
shares, and how quickly the organisation answers — for the last 7 days, 30 days, 12 months or any
stretch of days. Everything is read from the local database, so it opens and switches period offline;
the figures themselves are taken by the inbox sync. *Monthly report…* writes the PDF for the board."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app import Core
from desktop.insights import POST_PAGE, AnsweringReport, Overview
from ui.events import AppEvents
from ui.jobs import JobRunner, user_message
from ui.section import Section
from ui.widgets.empty_state import EmptyState
from ui.widgets.untrusted import plain

if TYPE_CHECKING:
    from ui.insights.pages import AnsweringPage, FollowersPage, PostsPage

# The periods offered, by key: how many days back from today (custom: the two date fields).
PERIODS = {"week": 7, "month": 30, "year": 365, "custom": 0}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class InsightsSection(Section):
    key = "insights"
    icon_name = "insights"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.period = "month"
        self.overview: Overview | None = None
        self.answering: AnsweringReport | None = None
        self._generation = 0
        self._read_for = {"overview": -1, "answering": -1}  # the generation each read belongs to
        self.period_buttons = QButtonGroup(self)
        self.period_buttons.setExclusive(True)
        toolbar = QHBoxLayout()
        self.period_label = plain(QLabel())
        toolbar.addWidget(self.period_label)
        for key in PERIODS:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"period_{key}")
            button.setChecked(key == self.period)
            button.clicked.connect(lambda _=False, k=key: self.choose_period(k))
            self.period_buttons.addButton(button)
            toolbar.addWidget(button)
        today = date.today()
        self.start_edit = QDateEdit(_qdate(today - timedelta(days=29)))
        self.end_edit = QDateEdit(_qdate(today))
        for edit, name in ((self.start_edit, "periodStart"), (self.end_edit, "periodEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setMaximumDate(_qdate(today))
            edit.dateChanged.connect(lambda *_: self._custom_changed())
            edit.setVisible(False)
            toolbar.addWidget(edit)
        toolbar.addStretch(1)
        self.report_button = QPushButton()
        self.report_button.setObjectName("monthlyReport")
        self.report_button.clicked.connect(self.write_report)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("insightsTabs")
        self.tabs.setCornerWidget(self.report_button)  # beside the tabs: the toolbar fits a narrow window
        # The pages and their charts are made when the section is first shown (`_build_pages`).
        self.followers_page: FollowersPage | None = None
        self.posts_page: PostsPage | None = None
        self.answering_page: AnsweringPage | None = None
        self.empty = EmptyState("insights")
        self.empty.action_clicked.connect(lambda: events.show_section.emit("accounts"))
        self.empty.secondary_clicked.connect(lambda: events.show_section.emit("compose"))
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())  # until the first figures are read: neither empty charts nor "No figures"
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        events.comments_changed.connect(self._changed)
        events.accounts_changed.connect(self._changed)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Insights")

    def retranslate_ui(self) -> None:
        self.period_label.setText(self.tr("Period:"))
        names = {
            "week": self.tr("7 days"),
            "month": self.tr("30 days"),
            "year": self.tr("12 months"),
            "custom": self.tr("From … to …"),
        }
        for button in self.period_buttons.buttons():
            button.setText(names[button.objectName().removeprefix("period_")])
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        self.report_button.setText(self.tr("Monthly report…"))
        self.report_button.setToolTip(self.tr("A one- or two-page PDF of a month for the board and funders"))
        for index, name in enumerate((self.tr("Followers"), self.tr("Posts"), self.tr("Answering"))):
            if index < self.tabs.count():
                self.tabs.setTabText(index, name)
        self.empty.set_texts(
            self.tr("No figures yet"),
            self.tr(
                "Insights counts your followers once a day and the likes and shares of your posts while Kurzdraht "
                "fetches comments. Connect an account and publish a post, and the first figures appear here."
            ),
            self.tr("Connect an account"),
            self.tr("Write a post"),
        )
        for page in (self.followers_page, self.posts_page, self.answering_page):
            if page is not None:
                page.retranslate_ui()

    def _build_pages(self) -> None:
        """The three pages, on first use: QtCharts and the charts cost the app's start nothing."""
        if self.followers_page is not None:
            return
        from ui.insights import pages

        self.followers_page = pages.FollowersPage()
        self.posts_page = pages.PostsPage(self.core, self.jobs, self.period_days)
        self.answering_page = pages.AnsweringPage()
        for page in (self.followers_page, self.posts_page, self.answering_page):
            self.tabs.addTab(page, "")
        self.retranslate_ui()

    # -- the period --------------------------------------------------------------------------------------
    def period_days(self) -> tuple[date, date]:
        if self.period == "custom":
            start, end = _day(self.start_edit.date()), _day(self.end_edit.date())
            return (start, end) if start <= end else (end, start)
        end = date.today()
        return end - timedelta(days=PERIODS[self.period] - 1), end

    def choose_period(self, key: str) -> None:
        self.period = key
        if key != "custom":  # kept for next time (saved with the window's layout)
            self.core.settings.set("insights_period", key)
        for button in self.period_buttons.buttons():
            button.setChecked(button.objectName() == f"period_{key}")
        for edit in (self.start_edit, self.end_edit):
            edit.setVisible(key == "custom")
        self.refresh()

    def _custom_changed(self) -> None:
        if self.period == "custom":
            self.refresh()

    def _changed(self) -> None:
        if self.loaded:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # A comment tagged or answered in the Inbox shows when the user comes here (cheap when nothing
        # changed: the core keeps what it read).
        super().showEvent(event)
        self._changed()

    # -- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the period's figures from the local database (a stale answer, from a period switched away
        from meanwhile, is dropped)."""
        if not self.isVisible():
            # Read when the user comes here (showEvent), not at every start of the app for a hidden page.
            self.loaded = True
            return
        self._build_pages()
        if self.overview is None and self.period != self.core.settings.get("insights_period"):
            self.choose_period(self.core.settings.get("insights_period"))  # the period chosen last time
            return
        self._generation += 1
        generation = self._generation
        start, end = self.period_days()
        # Two reads: followers and posts (quick), and the answering figures (all the period's comments). The
        # page in view is read first, so that it shows while the other is still being counted.
        reads = [
            lambda: self.jobs.start(
                self.tr("Reading the figures"),
                self.core.insights.overview(start, end, POST_PAGE),
                on_done=lambda overview: self._show(generation, overview),
                quiet=True,
            ),
            lambda: self.jobs.start(
                self.tr("Reading the figures"),
                self.core.insights.answering(start, end),
                on_done=lambda answering: self._show_answering(generation, answering),
                quiet=True,
            ),
        ]
        if self.answering_page is not None and self.tabs.currentWidget() is self.answering_page:
            reads.reverse()
        for read in reads:
            read()

    def _show(self, generation: int, overview: Overview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        self._read_for["overview"] = generation
        self.loaded = True
        self._build_pages()
        assert self.followers_page and self.posts_page
        self.followers_page.show_overview(overview)
        self.posts_page.show_overview(overview)
        self._choose_page()

    def _show_answering(self, generation: int, answering: AnsweringReport) -> None:
        if generation != self._generation:
            return
        self.answering = answering
        self._read_for["answering"] = generation
        self._build_pages()
        assert self.answering_page
        self.answering_page.show_answering(answering)
        self._choose_page()

    def _choose_page(self) -> None:
        """The figures as soon as one read of this period has some; the empty state once both say there is
        nothing (until then the page stays as it was)."""
        current = {kind: generation == self._generation for kind, generation in self._read_for.items()}
        if (current["overview"] and self.overview is not None and not self.overview.empty) or (
            current["answering"] and self.answering is not None and not self.answering.empty
        ):
            self.stack.setCurrentWidget(self.tabs)
        elif current["overview"] and current["answering"]:
            self.stack.setCurrentWidget(self.empty)

    # -- the monthly report ------------------------------------------------------------------------------
    def write_report(self) -> None:
        month = self.report_month()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / self.tr("Kurzdraht report %1.pdf").replace(
            "%1", month.strftime("%Y-%m")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the monthly report"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        self.jobs.start(
            self.tr("Writing the monthly report"),
            self.core.insights.monthly_report(month, Path(path)),
            on_done=lambda result: self._report_written(Path(path)),
            on_error=lambda error: QMessageBox.warning(self, self.tr("Monthly report"), user_message(error)),
        )

    def report_month(self) -> date:
        """The month the report covers: the last complete month, or the month the custom period ends in."""
        if self.period == "custom":
            end = self.period_days()[1]
            if end.month != date.today().month or end.year != date.today().year:
                return end.replace(day=1)
        return (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)

    def _report_written(self, path: Path) -> None:
        self.window().statusBar().showMessage(self.tr("Monthly report saved: %1").replace("%1", str(path)), 10000)
