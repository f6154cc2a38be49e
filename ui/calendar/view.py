"""The Calendar section: every scheduled, missed, published and failed post by month or by week, in the
organisation's colour with its networks' icons. Buttons, PgUp/PgDn, T (today) and a date picker move
through time; a click opens a post in the composer; dragging moves it (Ctrl+Z undoes); the context
menu duplicates, unschedules or deletes. Posts whose time passed while the computer was off are shown
as missed, with "Publish now" and "Reschedule…"."""

from __future__ import annotations

import html

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QFileDialog,
    QInputDialog,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import Core
from desktop.networks import network_name
from desktop.scheduling.calendar import ScheduledPost
from desktop.states import PostState
from ui.calendar.grid import STATE_MARKS
from ui.calendar.month import WEEKS, MonthView, month_start
from ui.calendar.week import WeekView, week_start
from ui.events import AppEvents
from ui.jobs import JobRunner, user_message
from ui.section import Section
from ui.widgets.times import local_date_time
from ui.widgets.untrusted import open_link, plain, rich
from ui.widgets.colours import Surface, surface
from ui.widgets.times import date_format


class MoveCommand(QUndoCommand):
    """Undoing (and redoing) a drag: the post goes back to where it was."""

    def __init__(self, section: "CalendarSection", post_id: int, before: datetime, after: datetime, zone: str) -> None:
        super().__init__()
        self.section, self.post_id, self.before, self.after, self.zone = section, post_id, before, after, zone
        self._done_already = True  # the move itself happened before the command was pushed

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self.section.reschedule(self.post_id, self.after, self.zone, record=False)

    def undo(self) -> None:
        self.section.reschedule(self.post_id, self.before, self.zone, record=False)


class CalendarSection(Section):
    key = "calendar"
    icon_name = "calendar"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.mode = "month"
        self.day = date.today()
        self.posts: list[ScheduledPost] = []
        self.missed: list[ScheduledPost] = []
        self.undo_stack = QUndoStack(self)
        self._generation = 0
        self._load_job = None
        self.month_view = MonthView()
        self.week_view = WeekView()
        self.week_scroll = QScrollArea()
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setWidget(self.week_view)
        self.week_scroll.verticalScrollBar().valueChanged.connect(lambda _: self.week_view.update())
        self.views = QStackedWidget()
        self.views.addWidget(self.month_view)
        self.views.addWidget(self.week_scroll)
        for view in (self.month_view, self.week_view):
            view.open_requested.connect(self.open_post)
            view.move_requested.connect(self.move_post)
            view.menu_requested.connect(self.show_menu)
            view.day_activated.connect(self._day_activated)
        self._build_toolbar()
        self.banner = QWidget()
        self.banner.setObjectName("missedBanner")
        self.banner_text = plain(QLabel())
        self.banner_text.setWordWrap(True)
        self.publish_missed_button = QPushButton()
        self.publish_missed_button.setObjectName("publishMissed")
        self.publish_missed_button.clicked.connect(self.publish_all_missed)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.publish_missed_button)
        self.palette_changed()
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.banner)
        self.hint = plain(QLabel())
        self.hint.setObjectName("calendarHint")
        self.hint.setWordWrap(True)
        self.write_button = QPushButton()  # what the empty calendar's hint says to do
        self.write_button.setObjectName("calendarWritePost")
        self.write_button.clicked.connect(lambda: self.events.show_section.emit("compose"))
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.write_button)
        self.hint.hide()
        self.write_button.hide()
        layout.addLayout(hint_row)
        layout.addWidget(self.views, 1)
        # What the colours and marks on the posts mean.
        self.legend = rich(QLabel())
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self._keys()
        events.schedule_changed.connect(self.refresh)
        events.drafts_changed.connect(self.refresh)
        events.attempt_changed.connect(lambda info: None if info.reply else self.refresh())
        self.retranslate_ui()

    # -- building ---------------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousPeriod")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextPeriod")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton()
        self.today_button.setObjectName("todayButton")
        self.today_button.clicked.connect(self.go_today)
        self.period = plain(QLabel())
        self.period.setObjectName("periodLabel")
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period.setFont(font)
        self.period.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # narrow windows
        self.picker = QDateEdit()
        self.picker.setObjectName("datePicker")
        self.picker.setCalendarPopup(True)
        self.picker.setDate(QDate.currentDate())
        self.picker.dateChanged.connect(lambda d: self.go_to(date(d.year(), d.month(), d.day())))
        self.month_button = QPushButton()
        self.month_button.setObjectName("monthButton")
        self.week_button = QPushButton()
        self.week_button.setObjectName("weekButton")
        group = QButtonGroup(self)
        for button, mode in ((self.month_button, "month"), (self.week_button, "week")):
            button.setCheckable(True)
            group.addButton(button)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
        self.month_button.setChecked(True)
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("undoMove")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setVisible)  # only there when it can help
        self.undo_button.setVisible(False)
        self.more_button = QToolButton()
        self.more_button.setObjectName("calendarMore")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self.toolbar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            self.toolbar.addWidget(widget)
        self.toolbar.addWidget(self.period, 1)
        for widget in (self.undo_button, self.picker, self.month_button, self.week_button, self.more_button):
            self.toolbar.addWidget(widget)

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.step(-1), context=context)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.step(1), context=context)
        QShortcut(QKeySequence(Qt.Key.Key_T), self, self.go_today, context=context)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo, context=context)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo, context=context)

    def title(self) -> str:
        return self.tr("Calendar")

    def palette_changed(self) -> None:
        background, text, border = surface(Surface.NOTICE)
        self.banner.setStyleSheet(
            f"#missedBanner {{ background: {background}; border: 1px solid {border}; }}"
            f"#missedBanner QLabel {{ color: {text}; }}"
        )

    def retranslate_ui(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.write_button.setText(self.tr("Write a post"))
        self.picker.setDisplayFormat(date_format())
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.previous_button.setToolTip(self.tr("Earlier (PgUp)"))
        self.previous_button.setAccessibleName(self.tr("Earlier"))
        self.next_button.setToolTip(self.tr("Later (PgDn)"))
        self.next_button.setAccessibleName(self.tr("Later"))
        self.picker.setAccessibleName(self.tr("Go to date"))
        self.month_button.setText(self.tr("Month"))
        self.week_button.setText(self.tr("Week"))
        self.undo_button.setText(self.tr("Undo move"))
        self.undo_button.setToolTip(self.tr("Put the post back where it was (Ctrl+Z)"))
        self.more_button.setText(self.tr("More"))
        self.publish_missed_button.setText(self.tr("Publish all now"))
        self._build_more_menu()
        self._show_period()
        self._show_legend()
        for view in (self.month_view, self.week_view):
            view.update()  # chips and day names in the new language
        self._show_banner()
        self._show_hint()

    def _build_more_menu(self) -> None:
        self.more_menu.clear()
        self.more_menu.addAction(self.tr("Posting slots…"), self.edit_slots).setObjectName("postingSlots")
        self.more_menu.addAction(self.tr("Late posts…"), self.edit_late_limit).setObjectName("lateLimit")
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.tr("Import posts from a CSV file…"), self.import_csv).setObjectName("importCsv")
        self.more_menu.addAction(self.tr("Export for Outlook or Thunderbird (.ics)…"), self.export_ics).setObjectName(
            "exportIcs"
        )
        self.more_menu.addAction(self.tr("Export as a CSV file…"), self.export_csv).setObjectName("exportCsv")
        self.more_button.setVisible(not self.more_menu.isEmpty())

    def edit_late_limit(self) -> None:
        """How late (the computer was off) a scheduled post may still go out by itself."""
        hours, ok = QInputDialog.getInt(
            self,
            self.tr("Late posts"),
            self.tr(
                "When the computer was off at a post's time, publish it automatically if it is at most this many "
                "hours late (0: always ask). Posts later than that are shown as missed."
            ),
            self.core.settings.get("publish_missed_within_hours"),
            0,
            72,
        )
        if ok:
            self.core.settings.set("publish_missed_within_hours", hours)
            self.jobs.start(self.tr("Saving settings"), self.core.settings.asave(), quiet=True)

    def import_csv(self) -> None:
        from ui.calendar.import_dialog import CsvImportDialog

        self.dialog = CsvImportDialog(self.core, self.jobs, self)
        self.dialog.imported.connect(lambda _: (self.events.schedule_changed.emit(), self.core.outbox.wake()))
        self.dialog.open()

    def export_ics(self) -> None:
        from desktop.scheduling.ics import export_ics

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the schedule"), "kurzdraht.ics", self.tr("Calendar files (*.ics)")
        )
        if path:
            self.jobs.start(
                self.tr("Exporting the schedule"),
                export_ics(self.core.calendar, Path(path)),
                on_done=lambda count: self._exported(count, path),
                on_error=self._failed,
            )

    def export_csv(self) -> None:
        from desktop.scheduling.csv_io import export_csv

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the schedule"), "kurzdraht.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.jobs.start(
                self.tr("Exporting the schedule"),
                export_csv(self.core, Path(path)),
                on_done=lambda count: self._exported(count, path),
                on_error=self._failed,
            )

    def _exported(self, count: int, path: str) -> None:
        self.window().statusBar().showMessage(
            self.tr("Posts saved to %2: %1.").replace("%1", str(count)).replace("%2", path), 10_000
        )

    def edit_slots(self) -> None:
        from ui.calendar.slots_dialog import PostingSlotsDialog

        self.dialog = PostingSlotsDialog(self.core, self.jobs, self)
        self.dialog.open()

    # -- moving through time ----------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.month_button.setChecked(mode == "month")
        self.week_button.setChecked(mode == "week")
        self.views.setCurrentIndex(0 if mode == "month" else 1)
        self.refresh()
        if mode == "week":
            self.week_scroll.verticalScrollBar().setValue(self.week_view.scroll_hint())

    def step(self, direction: int) -> None:
        if self.mode == "month":
            month = self.day.month - 1 + direction
            self.go_to(date(self.day.year + month // 12, month % 12 + 1, 1))
        else:
            self.go_to(self.day + timedelta(days=7 * direction))

    def go_today(self) -> None:
        self.go_to(date.today())

    def go_to(self, day: date) -> None:
        self.day = day
        if self.picker.date() != QDate(day.year, day.month, day.day):
            self.picker.blockSignals(True)
            self.picker.setDate(QDate(day.year, day.month, day.day))
            self.picker.blockSignals(False)
        self.refresh()

    def visible_range(self) -> tuple[date, date]:
        """The first day shown and the day after the last."""
        if self.mode == "month":
            first = month_start(self.day)
            return first, first + timedelta(days=7 * WEEKS)
        first = week_start(self.day)
        return first, first + timedelta(days=7)

    def _show_period(self) -> None:
        locale = QLocale()
        if self.mode == "month":
            self.period.setText(locale.toString(QDate(self.day.year, self.day.month, 1), "MMMM yyyy"))
        else:
            first, end = self.visible_range()
            last = end - timedelta(days=1)
            self.period.setText(
                self.tr("%1 – %2")
                .replace("%1", locale.toString(QDate(first.year, first.month, first.day), "d. MMM"))
                .replace("%2", locale.toString(QDate(last.year, last.month, last.day), "d. MMM yyyy"))
            )

    # -- loading ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        first, end = self.visible_range()
        start = datetime.combine(first, datetime.min.time()).astimezone(timezone.utc)
        stop = datetime.combine(end, datetime.min.time()).astimezone(timezone.utc)
        self._generation += 1
        generation = self._generation

        async def load():
            posts = await self.core.calendar.between(start, stop)
            missed = await self.core.calendar.missed()
            return posts, missed

        if self._load_job is not None:
            self._load_job.cancel()  # the user has moved on (PgDn held): that month is not wanted any more
        self._load_job = self.jobs.start(
            self.tr("Loading the calendar"), load(), on_done=lambda data: self._show(data, generation), quiet=True
        )

    def _show(self, data: tuple[list[ScheduledPost], list[ScheduledPost]], generation: int) -> None:
        if generation != self._generation:
            return  # the user has moved on meanwhile
        self.posts, self.missed = data
        if self.mode == "month":
            self.month_view.show_month(self.day, self.posts)
        else:
            self.week_view.show_week(self.day, self.posts)
        self._show_period()
        self._show_banner()
        self._show_hint()
        self._show_legend()
        self.loaded = True

    def _show_legend(self) -> None:
        organisations = dict.fromkeys((post.organisation, post.colour) for post in self.posts)
        parts = [
            f"<span style='color:{html.escape(shade)}'>■</span> {html.escape(name)}" for name, shade in organisations
        ]
        parts += [html.escape(mark + " " + state.label) for state, mark in STATE_MARKS.items()]
        parts.append(html.escape(self.tr("red frame: needs you")))
        self.legend.setText(" &nbsp;·&nbsp; ".join(parts))
        self.legend.setVisible(bool(self.posts))

    def _show_hint(self) -> None:
        """An empty month says so, and how to fill it."""
        self.hint.setVisible(not self.posts)
        self.write_button.setVisible(not self.posts)
        if self.mode == "month":
            text = self.tr(
                "Nothing scheduled in this month. Write a post and choose Schedule… to plan it; "
                "it appears here in your organisation's colour."
            )
        else:
            text = self.tr(
                "Nothing scheduled in this week. Write a post and choose Schedule… to plan it; "
                "it appears here in your organisation's colour."
            )
        self.hint.setText(text)

    def _show_banner(self) -> None:
        self.banner.setVisible(bool(self.missed))
        if self.missed:
            self.banner_text.setText(
                self.tr(
                    "%n post(s) missed their time while Kurzdraht was not running. Publish them now, or "
                    "right-click one to reschedule it.",
                    "",
                    len(self.missed),
                )
            )

    # -- acting on posts --------------------------------------------------------------------------------
    def open_post(self, post_id: int) -> None:
        self.events.open_post.emit(post_id)

    def _day_activated(self, moment: datetime) -> None:
        self.go_to(moment.date())
        if self.mode == "month":
            self.set_mode("week")

    def move_post(self, post_id: int, local: datetime) -> None:
        post = next((p for p in self.posts if p.post_id == post_id), None)
        if post is not None:
            self.reschedule(post_id, local.astimezone(timezone.utc), post.timezone, before=post.publish_at)

    def reschedule(
        self, post_id: int, moment: datetime, zone: str, before: datetime | None = None, record: bool = True
    ) -> None:
        """Move a post to `moment` (UTC); a move by the user can be undone."""

        def done(_: None) -> None:
            if record and before is not None:
                self.undo_stack.push(MoveCommand(self, post_id, before, moment, zone))
                when = local_date_time(moment)
                self.window().statusBar().showMessage(
                    self.tr("Moved to %1. Ctrl+Z puts it back.").replace("%1", when), 8000
                )
            self.core.outbox.wake()
            self.events.schedule_changed.emit()

        self.jobs.start(
            self.tr("Moving the post"),
            self.core.schedules.schedule(post_id, moment, zone),
            on_done=done,
            on_error=self._failed,
        )

    def show_menu(self, post: ScheduledPost, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_post(post.post_id))
        if post.state == PostState.MISSED:
            menu.addAction(self.tr("Publish now"), lambda: self.publish_now(post.post_id))
        if post.movable:
            menu.addAction(self.tr("Reschedule…"), lambda: self.ask_reschedule(post))
        menu.addAction(self.tr("Duplicate"), lambda: self.duplicate(post.post_id))
        if post.state.planned:
            menu.addAction(self.tr("Unschedule (back to drafts)"), lambda: self.unschedule(post.post_id))
        for account in post.accounts:
            if account.url:
                menu.addAction(
                    self.tr("Open on %1 (%2)")
                    .replace("%1", network_name(account.network))
                    .replace("%2", account.account),
                    lambda url=account.url: open_link(url),
                )
        if post.movable:
            menu.addSeparator()
            menu.addAction(self.tr("Delete…"), lambda: self.delete(post))
        self.menu = menu
        menu.popup(where)

    def ask_reschedule(self, post: ScheduledPost) -> None:
        from ui.compose.schedule_dialog import ScheduleDialog

        later = post.publish_at if post.publish_at > datetime.now(timezone.utc) else None
        dialog = ScheduleDialog(post.timezone, later, self)
        dialog.setObjectName("rescheduleDialog")

        def chosen() -> None:
            from desktop.scheduling.scheduler import to_utc

            self.reschedule(
                post.post_id, to_utc(dialog.local_time(), post.timezone), post.timezone, before=post.publish_at
            )

        dialog.accepted.connect(chosen)
        dialog.open()
        self.dialog = dialog

    def publish_now(self, post_id: int) -> None:
        self.jobs.start(
            self.tr("Publishing"),
            self.core.outbox.publish(post_id),
            on_done=lambda _: self.events.schedule_changed.emit(),
            on_error=self._failed,
        )

    def publish_all_missed(self) -> None:
        async def publish_all() -> None:
            for post in self.missed:
                await self.core.outbox.publish(post.post_id)

        self.jobs.start(
            self.tr("Publishing"),
            publish_all(),
            on_done=lambda _: self.events.schedule_changed.emit(),
            on_error=self._failed,
        )

    def duplicate(self, post_id: int) -> None:
        def copied(new_id: int) -> None:
            self.events.drafts_changed.emit()
            self.open_post(new_id)

        self.jobs.start(
            self.tr("Duplicating the post"), self.core.drafts.duplicate(post_id), on_done=copied, on_error=self._failed
        )

    def unschedule(self, post_id: int) -> None:
        self.jobs.start(
            self.tr("Unscheduling"),
            self.core.schedules.unschedule(post_id),
            on_done=lambda _: (self.events.drafts_changed.emit(), self.events.schedule_changed.emit()),
            on_error=self._failed,
        )

    def delete(self, post: ScheduledPost) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete post"), self.tr("Delete this post? It will not be published. This cannot be undone.")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.jobs.start(
                self.tr("Deleting the post"),
                self.core.drafts.delete(post.post_id),
                on_done=lambda _: (self.events.drafts_changed.emit(), self.events.schedule_changed.emit()),
                on_error=self._failed,
            )

    def _failed(self, error: BaseException) -> None:
        self.window().statusBar().showMessage(user_message(error), 10_000)
        self.refresh()
