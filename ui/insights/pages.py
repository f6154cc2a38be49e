"""The three pages of Insights: followers over time, what each post did (best first, with its reach
through shares), and how quickly the organisation answers. Each page only shows an `Overview` the
section read from the core."""

from __future__ import annotations

from datetime import date

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import Core
from desktop.insights import POST_PAGE, AnsweringReport, Grouping, Overview, PostOrder, follower_lines
from desktop.insights.answering import duration_text
from desktop.store.models import BUILTIN_TAGS
from ui.inbox.delegate import tag_label
from ui.insights.charts import ChartView
from ui.jobs import JobRunner
from ui.insights.tables import (
    ANSWERING_COLUMNS,
    FOLLOWER_COLUMNS,
    ROW_ROLE,
    PostsModel,
    RowTableModel,
    number,
)
from ui.widgets.times import local_date_time
from ui.widgets.untrusted import plain


def _table(model: RowTableModel, name: str, sort_column: int = -1) -> QTableView:
    """A read-only table that sorts by a click on a heading (the model sorts: no proxy in between)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(50)  # the widths from the first rows, not all of them
    header.setStretchLastSection(False)
    if sort_column >= 0:
        header.setSortIndicator(sort_column, Qt.SortOrder.DescendingOrder)
        model.sort(sort_column, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)
    return table


def _heading() -> QLabel:
    label = plain(QLabel())
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FollowersPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.overview: Overview | None = None
        self.grouping = QComboBox()
        self.grouping.setObjectName("followerGrouping")
        for grouping in Grouping:
            self.grouping.addItem("", grouping)
        self.grouping.currentIndexChanged.connect(self._draw)
        self.grouping_label = plain(QLabel())
        self.grouping_label.setBuddy(self.grouping)
        self.chart = ChartView("followerChart")
        self.model: RowTableModel = RowTableModel(FOLLOWER_COLUMNS, self)
        self.table = _table(self.model, "followerTable", sort_column=3)
        self.note = plain(QLabel())
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.grouping_label)
        top.addWidget(self.grouping)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        labels = {
            Grouping.ACCOUNT: self.tr("each account"),
            Grouping.ORGANISATION: self.tr("each organisation"),
            Grouping.NETWORK: self.tr("each network"),
        }
        for index in range(self.grouping.count()):
            self.grouping.setItemText(index, labels[self.grouping.itemData(index)])
        self.grouping_label.setText(self.tr("One &line for"))
        self.grouping.setAccessibleName(self.tr("One line for"))
        self.chart.setAccessibleName(self.tr("Followers over time"))
        self.table.setAccessibleName(self.tr("Followers per account"))
        self.note.setText(
            self.tr(
                "Followers are counted once a day while Kurzdraht fetches comments; a day the computer was off "
                "stays empty. Change: from the first to the last count of the period."
            )
        )
        self.model.retranslate()

    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.model.set_rows(overview.followers)
        self._draw()

    def _draw(self) -> None:
        if self.overview is None:
            return
        lines = follower_lines(
            self.overview.followers, self.grouping.currentData(), self.overview.start, self.overview.end
        )
        self.chart.show_lines(lines, self.overview.start, self.overview.end)
        self.chart.setAccessibleDescription(
            "; ".join(f"{line.label}: {number(line.days[-1][1])}" for line in lines if line.days)
        )


class PostsPage(QWidget):
    """The period's posts, shared most first; a click on a heading sorts by that figure (the core sorts
    all of them and reads the first rows; more follow while scrolling)."""

    def __init__(self, core: Core, jobs: JobRunner, period: Callable[[], tuple[date, date]]) -> None:
        super().__init__()
        self.core, self.jobs, self.period = core, jobs, period
        self._generation = 0
        self.model = PostsModel(self)
        self.table = _table(self.model, "postTable", sort_column=3)  # shares, as the core reads them first
        self.model.sort_wanted.connect(lambda *_: self._read(0))  # from now on: a click on a heading
        self.model.more_wanted.connect(self._read)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._explain())
        self.count = plain(QLabel())
        self.count.setObjectName("postCount")
        self.reach = plain(QLabel())
        self.reach.setObjectName("reachExplanation")
        self.reach.setWordWrap(True)
        self.reach.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reach)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Published posts and what they did"))
        self.table.setAccessibleDescription(self.tr("Sorted by shares; click a heading to sort by another figure."))
        self.model.retranslate()
        self._counted()
        self._explain()

    def show_overview(self, overview: Overview) -> None:
        """The period's first page, shared most first (as the overview reads it)."""
        self._generation += 1
        if (self.model.order, self.model.descending) != (PostOrder.SHARES, True):
            self._read(0)  # the user sorted by another figure: keep that order for the new period
            return
        self._show(overview.posts, overview.posts_total, 0)

    def _read(self, offset: int) -> None:
        self._generation += 1
        generation = self._generation
        start, end = self.period()
        order, descending = self.model.order, self.model.descending

        async def read() -> tuple[list, int]:
            rows = await self.core.insights.posts(start, end, order, descending, offset, POST_PAGE)
            return rows, self.model.total if offset else await self.core.insights.post_count(start, end)

        self.jobs.start(
            self.tr("Reading the posts"),
            read(),
            on_done=lambda found: self._show(*found, offset) if generation == self._generation else None,
            quiet=True,
        )

    def _show(self, rows: list, total: int, offset: int) -> None:
        self.model.set_page(rows, total, offset)
        if offset == 0 and rows:
            self.table.selectRow(0)
            self.table.scrollToTop()
        self._counted()
        self._explain()

    def _counted(self) -> None:
        total = self.model.total
        self.count.setText(self.tr("%n post(s) in this period (one row per account)", "", total) if total else "")
        self.count.setVisible(bool(total))

    def _explain(self) -> None:
        index = self.table.currentIndex()
        post = index.data(ROW_ROLE) if index.isValid() else None
        if post is None:
            self.reach.setText(
                self.tr("Select a post to see how far it travelled through shares.") if self.model.rows else ""
            )
            return
        counted = post.reach_counted()
        if counted is None:
            self.reach.setText(
                self.tr(
                    "The followers of %1 have not been counted yet, so how far this post travelled is unknown."
                ).replace("%1", post.account_name)
            )
        else:
            self.reach.setText(
                self.tr("Seen by up to %1 people: %2").replace("%1", number(post.reach)).replace("%2", counted)
            )


class AnsweringPage(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.summary = plain(QLabel())
        self.summary.setObjectName("answeringSummary")
        self.summary.setWordWrap(True)
        self.weeks_heading = _heading()
        self.weeks = ChartView("answeringWeeks")
        self.model: RowTableModel = RowTableModel(ANSWERING_COLUMNS, self)
        self.table = _table(self.model, "answeringTable", sort_column=2)
        self.table.setMinimumHeight(120)
        self.open_heading = _heading()
        self.open_ages = plain(QLabel())
        self.open_ages.setObjectName("openByAge")
        self.tags_heading = _heading()
        self.tags = ChartView("tagsByMonth")
        self.suggestions_heading = _heading()
        self.suggestions = QListWidget()  # the period's suggestions: a handful, shown whole
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setMinimumHeight(140)
        page = QWidget()
        layout = QGridLayout(page)
        layout.addWidget(self.summary, 0, 0, 1, 2)
        layout.addWidget(self.weeks_heading, 1, 0)
        layout.addWidget(self.weeks, 2, 0)
        layout.addWidget(self.tags_heading, 1, 1)
        layout.addWidget(self.tags, 2, 1)
        layout.addWidget(self.table, 3, 0, 1, 2)
        layout.addWidget(self.open_heading, 4, 0, 1, 2)
        layout.addWidget(self.open_ages, 5, 0, 1, 2)
        layout.addWidget(self.suggestions_heading, 6, 0, 1, 2)
        layout.addWidget(self.suggestions, 7, 0, 1, 2)
        self.setWidget(page)
        self.answering: AnsweringReport | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.weeks_heading.setText(self.tr("Answer time per week (hours)"))
        self.tags_heading.setText(self.tr("Tagged comments per month"))
        self.open_heading.setText(self.tr("Open comments, by how long they have waited"))
        self.suggestions_heading.setText(self.tr("Suggestions of this period, for the team meeting"))
        self.weeks.setAccessibleName(self.weeks_heading.text())
        self.tags.setAccessibleName(self.tags_heading.text())
        self.table.setAccessibleName(self.tr("Answering per account"))
        self.suggestions.setAccessibleName(self.suggestions_heading.text())
        self.model.retranslate()
        if self.answering is not None:
            self.show_answering(self.answering)

    def show_answering(self, answering: AnsweringReport) -> None:
        self.answering = answering
        total = answering.total
        if total.received:
            summary = (
                self.tr("%1 comments received, %2 answered from Kurzdraht.")
                .replace("%1", number(total.received))
                .replace("%2", number(total.answered))
            )
            if total.answered:
                summary += " " + self.tr("Half were answered within %1, nine in ten within %2.").replace(
                    "%1", duration_text(total.median)
                ).replace("%2", duration_text(total.p90))
        else:
            summary = self.tr("No comments arrived in this period.")
        self.summary.setText(summary)
        weeks = [figures for _, figures in answering.weeks if figures.median and figures.p90]
        self.weeks.show_bars(
            [self._week(week) for week, figures in answering.weeks if figures.median and figures.p90],
            [
                (self.tr("half within"), [round(f.median.total_seconds() / 3600, 1) for f in weeks if f.median]),
                (self.tr("nine in ten within"), [round(f.p90.total_seconds() / 3600, 1) for f in weeks if f.p90]),
            ],
            stacked=False,
        )
        months = sorted({month for month, _, _ in answering.tags_by_month})
        order = {tag: index for index, tag in enumerate(BUILTIN_TAGS)}
        tags = sorted({tag for _, tag, _ in answering.tags_by_month}, key=lambda t: (order.get(t, len(order)), t))
        counts = {(month, tag): count for month, tag, count in answering.tags_by_month}
        self.tags.show_bars(
            [self._month(month) for month in months],
            [(tag_label(tag), [float(counts.get((m, tag), 0)) for m in months]) for tag in tags],
            stacked=True,
        )
        self.model.set_rows(list(answering.accounts))
        ages = dict(answering.open_by_age)
        self.open_ages.setText(
            "   ".join(
                [
                    self.tr("under a day: %1").replace("%1", number(ages.get("day", 0))),
                    self.tr("1–3 days: %1").replace("%1", number(ages.get("three_days", 0))),
                    self.tr("3–7 days: %1").replace("%1", number(ages.get("week", 0))),
                    self.tr("over a week: %1").replace("%1", number(ages.get("older", 0))),
                ]
            )
        )
        self.suggestions.clear()
        for suggestion in answering.suggestions:
            self.suggestions.addItem(
                f"{suggestion.text}\n— {suggestion.author_name}, {suggestion.account_name}, "
                f"{local_date_time(suggestion.received_at)}"
            )
        if not answering.suggestions:
            self.suggestions.addItem(self.tr("No comment of this period is tagged as a suggestion."))

    def _week(self, monday: date) -> str:
        """A week by its Monday, short enough for a bar ("19 Oct", "19. Okt.")."""
        return QLocale().toString(
            QDate(monday.year, monday.month, monday.day),
            self.tr("d MMM", "a week's Monday under a bar; Qt date format"),
        )

    def _month(self, month: str) -> str:
        year, number = (int(part) for part in month.split("-"))
        return QLocale().toString(QDate(year, number, 1), self.tr("MMM yyyy", "a month under a bar; Qt date format"))
