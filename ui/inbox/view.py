"""The Inbox section: every comment, reply and mention in one list, filtered and searched, with the
selected one's conversation and a reply box beside it. It fetches new comments on start, every few
minutes and on F5, with progress and a way to cancel; the keyboard does the rest (j/k, e, r, t, /)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import AccountInfo
from desktop.app import Core
from desktop.inbox.queries import CommentRow, InboxCounts, TagInfo
from desktop.inbox.search import InboxFilter
from desktop.inbox.sync import AccountSync, SyncResult
from desktop.networks import network_name
from ui.events import AppEvents
from ui.inbox.conversation import ConversationPane
from ui.inbox.delegate import CommentDelegate
from ui.inbox.filters import OPEN_COMMENTS, FilterBar
from ui.inbox.model import CommentListModel, CommentRole
from ui.jobs import Job, JobRunner, user_message
from ui.section import ListSection
from ui.widgets.avatars import AvatarPictures
from ui.widgets.untrusted import plain


def comment_table() -> QTableView:
    """The list of comments: a one-column table with rows of one fixed height. A QListView lays out
    every loaded row again when a page arrives (two Python calls per row: a second per page at a
    million rows); a table with a fixed row height only counts rows."""
    table = QTableView()
    table.horizontalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setShowGrid(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTabKeyNavigation(False)
    return table


class DoneCommand(QUndoCommand):
    """Marking comments done (or open again), so that Ctrl+Z takes it back."""

    def __init__(self, section: "InboxSection", ids: list[int], done: bool) -> None:
        super().__init__()
        self.section, self.ids, self.done = section, ids, done
        self._done_already = True  # the change happened before the command was pushed

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self.section.mark_done(self.ids, self.done, record=False)

    def undo(self) -> None:
        self.section.mark_done(self.ids, not self.done, record=False)


class InboxSection(ListSection):
    key = "inbox"
    icon_name = "inbox"
    new_comments = Signal(object)  # list[CommentRow]: for the tray notification

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.counts = InboxCounts(0, 0)
        self.matching: tuple[int, bool] | None = None  # how many the filter shows (at most …), more?
        self.undo_stack = QUndoStack(self)  # "done" and "open again", taken back with Ctrl+Z
        self._select_after_load: int | None = None
        self.sync_job: Job | None = None
        self.last_sync: SyncResult | None = None
        self.avatars = AvatarPictures(core, jobs, self)
        self.filters = FilterBar()
        self.filters.changed.connect(self._filter_changed)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self._build_sync_row())
        top_layout.addWidget(self.filters)
        self.build_list(CommentListModel(core.inbox, jobs, self), "inboxList", view=comment_table())
        self.model.filter = self.filters.current
        self.model.page_loaded.connect(self._page_loaded)
        self.model.rows_loaded.connect(self._rows_loaded)
        delegate = CommentDelegate(self.avatars, self.list)
        self.list.setItemDelegate(delegate)
        self.list.verticalHeader().setDefaultSectionSize(delegate.row_height(self.list.font()))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.avatars.updated.connect(self.list.viewport().update)
        self.conversation = ConversationPane(core, jobs)
        self.conversation.done_requested.connect(lambda cid, done: self.mark_done([cid], done))
        self.conversation.tag_requested.connect(lambda cid, name, on: self.tag([cid], name, on))
        self.conversation.new_tag_requested.connect(self.new_tag)
        self.conversation.replied.connect(self._replied)
        events.attempt_changed.connect(self.conversation.attempt_changed)
        # The list page (heading, list, empty state) and the conversation side by side.
        layout = self.layout()
        layout.removeWidget(self.page)
        self.splitter = QSplitter()
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.addWidget(self.page)
        self.splitter.addWidget(self.conversation)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(top)
        layout.addWidget(self.splitter, 1)
        self.empty.action_clicked.connect(self._empty_action)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self._keys()
        events.comments_changed.connect(self.refresh)
        events.accounts_changed.connect(self._load_side_data)
        events.core_ready.connect(self._first_sync)
        events.settings_changed.connect(lambda: self.set_interval(self.core.settings.get("inbox_sync_minutes")))
        self.retranslate_ui()

    def _build_sync_row(self) -> QHBoxLayout:
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncButton")
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.cancel_button.hide()
        self.sync_status = plain(QLabel())
        self.sync_status.setObjectName("syncStatus")
        self.sync_status.setWordWrap(True)
        self.options = QToolButton()
        self.options.setObjectName("inboxOptions")
        self.options.clicked.connect(lambda: self.events.open_settings.emit("inbox"))
        row = QHBoxLayout()
        row.setContentsMargins(8, 8, 8, 0)
        row.addWidget(self.sync_button)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        row.addWidget(self.sync_status, 1)
        row.addWidget(self.options)
        return row

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Takes back the last "done" or "open again" (a text field being typed in keeps its own Ctrl+Z).
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_stack.undo, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.sync_now, context=context)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search, context=context)
        self.filters.search.installEventFilter(self)
        self.conversation.reply.installEventFilter(self)
        for widget in (self.list, self.conversation.thread):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Single keys act on the list and the conversation, never while typing in a text field."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.filters.search:
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Down):
                self.list.setFocus()
                if event.key() == Qt.Key.Key_Down and not self.list.currentIndex().isValid():
                    self.move(1)
                return True
            return False
        if watched is self.conversation.reply:
            if event.key() == Qt.Key.Key_Escape:  # out of the reply box, back to the comments (what was typed stays)
                self.list.setFocus()
                return True
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        actions = {
            Qt.Key.Key_J: lambda: self.move(1),
            Qt.Key.Key_K: lambda: self.move(-1),
            Qt.Key.Key_E: self.toggle_current_done,
            Qt.Key.Key_R: self.conversation.focus_reply,
            Qt.Key.Key_T: self._tag_menu,
            Qt.Key.Key_Slash: self.focus_search,
        }
        action = actions.get(Qt.Key(event.key()))
        if action is None:
            return False
        action()
        return True

    def title(self) -> str:
        return self.tr("Inbox")

    def retranslate_ui(self) -> None:
        self.list.viewport().update()  # "5 minutes ago" and the tags in the new language
        self.empty.set_texts(*self._empty_texts())
        self.list.setAccessibleName(self.tr("Comments"))
        self.sync_button.setText(self.tr("Check for new comments"))
        self.sync_button.setToolTip(self.tr("Fetch new comments from all accounts now (F5)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.options.setText(self.tr("Settings…"))
        self.options.setToolTip(self.tr("How often to check for new comments, and notifications"))
        self.filters.retranslate_ui()
        self.conversation.retranslate_ui()
        self.update_heading()
        self._show_sync_result()
        self.list.viewport().update()

    def _empty_texts(self) -> tuple[str, str, str]:
        if self.counts.total == 0 and not self.filters.current.search:
            return (
                self.tr("No comments yet"),
                self.tr(
                    "Comments, replies and mentions from all your accounts will appear here in one list, "
                    "so that no one's feedback gets lost. Connect an account to start."
                ),
                self.tr("Connect your first account"),
            )
        if self.filters.current.search:
            return (
                self.tr("Nothing found"),
                self.tr(
                    "No comment matches “%1” with these filters. A word also finds longer words that start with it."
                ).replace("%1", self.filters.current.search),
                self.tr("Show all open comments"),
            )
        if self.filters.current == OPEN_COMMENTS:
            return (
                self.tr("All done"),
                self.tr("Every comment has been answered or marked done. 🎉"),
                self.tr("Show done comments"),
            )
        return (
            self.tr("No comments here"),
            self.tr("No comment matches these filters."),
            self.tr("Show all open comments"),
        )

    def _empty_action(self) -> None:
        if self.counts.total == 0 and not self.filters.current.search:
            self.events.show_section.emit("accounts")
        elif self.filters.current.status == "open" and not self.filters.current.search:
            self.filters.show_status("done")
        else:
            self.filters.search.clear()
            self.filters.period.setCurrentIndex(0)
            self.filters.tag.setCurrentIndex(0)
            self.filters.network.setCurrentIndex(0)
            self.filters.where.setCurrentIndex(0)
            self.filters.show_status("open")

    def heading_text(self) -> str:
        if self.matching is None or self.filters.current == OPEN_COMMENTS:
            return self.tr("%n open comment(s)", "", self.counts.open)
        count, more = self.matching
        if more:
            return self.tr("More than %1 comments match").replace("%1", QLocale().toString(count))
        return self.tr("%n comment(s) match", "", count)

    # -- loading ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._load_side_data()  # with the counts
        self.model.set_filter(self.filters.refreshed())
        self._count_matching(self.filters.current)

    def _load_counts(self) -> None:
        self.jobs.start(
            self.tr("Counting open comments"), self.core.inbox.counts(), on_done=self._show_counts, quiet=True
        )

    def _show_counts(self, counts: InboxCounts, accounts: list[AccountInfo] | None = None) -> None:
        self.counts = counts
        self.update_heading()
        self.set_badge(counts.open)
        self.filters.set_accounts(self.filters.accounts if accounts is None else accounts, counts)

    def _load_tags(self) -> None:
        self.jobs.start(self.tr("Loading tags"), self.core.inbox.tags(), on_done=self._show_tags, quiet=True)

    def _show_tags(self, tags: list[TagInfo]) -> None:
        self.filters.set_tags(tags)
        self.conversation.tags = tags

    def _load_side_data(self) -> None:
        async def load() -> tuple[list[AccountInfo], list[TagInfo], InboxCounts]:
            return await self.core.accounts.list(), await self.core.inbox.tags(), await self.core.inbox.counts()

        self.jobs.start(self.tr("Loading accounts"), load(), on_done=self._side_data, quiet=True)

    def _side_data(self, data: tuple[list[AccountInfo], list[TagInfo], InboxCounts]) -> None:
        accounts, tags, counts = data
        self._show_tags(tags)
        self.conversation.set_accounts(accounts)
        self.conversation.saved.refresh()
        self._show_counts(counts, accounts)

    def _filter_changed(self, search) -> None:
        # The comment shown stays if the new filter still has it; otherwise the pane empties (it is
        # chosen again when the list has loaded).
        row = self.current_row()
        self._select_after_load = row.id if row is not None else None
        self.conversation.show_comment(None)
        self.model.set_filter(search)
        self._count_matching(search)

    def _count_matching(self, search: InboxFilter) -> None:
        """The heading counts what this filter shows."""
        self.matching = None
        self.update_heading()
        if search == OPEN_COMMENTS:
            return
        self.jobs.start(
            self.tr("Counting comments"),
            self.core.inbox.count(search),
            on_done=lambda counted: self._counted(search, counted),
            quiet=True,
        )

    def _counted(self, search: InboxFilter, counted: tuple[int, bool]) -> None:
        if search == self.filters.current:  # not a filter typed over meanwhile
            self.matching = counted
            self.update_heading()

    def _page_loaded(self) -> None:
        has_rows = self.model.rowCount() > 0
        wanted, self._select_after_load = self._select_after_load, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.conversation.comment = None
            self.list.setCurrentIndex(self.model.index(row))
        if not has_rows:
            self.empty.set_texts(*self._empty_texts())
        self.page.show_list(has_rows)
        self.loaded = True
        if has_rows and not self.list.currentIndex().isValid() and self.conversation.comment is None:
            self.list.setCurrentIndex(self.model.index(0))

    def _rows_loaded(self) -> None:
        current = self.list.currentIndex()
        if current.isValid() and self.conversation.comment is None:
            self._current_changed(current)

    # -- the selected comment -------------------------------------------------------------------------------
    def current_row(self) -> CommentRow | None:
        index = self.list.currentIndex()
        return index.data(CommentRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = current.data(CommentRole) if current.isValid() else None
        self.conversation.show_comment(row)

    def move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.list.currentIndex()
        row = 0 if not current.isValid() else min(max(current.row() + step, 0), count - 1)
        self.list.setCurrentIndex(self.model.index(row))
        self.list.scrollTo(self.model.index(row))
        if row >= count - 5 and self.model.canFetchMore():
            self.model.fetchMore()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def toggle_current_done(self) -> None:
        row = self.current_row()
        if row is not None:
            self.mark_done([row.id], row.status != "done")

    def _tag_menu(self) -> None:
        if self.current_row() is not None:
            self.conversation.tag_button.showMenu()

    # -- changing comments ----------------------------------------------------------------------------------
    def mark_done(self, ids: list[int], done: bool, record: bool = True) -> None:
        """Mark comments done (or open again); `record`: Ctrl+Z can take it back."""

        def marked(_: object) -> None:
            if record:
                self.undo_stack.push(DoneCommand(self, ids, done))
                message = (
                    self.tr("Marked done: %n comment(s). Ctrl+Z makes it open again.", "", len(ids))
                    if done
                    else self.tr("Open again: %n comment(s). Ctrl+Z marks it done.", "", len(ids))
                )
                self.window().statusBar().showMessage(message, 8000)
            self._changed(ids, "done" if done else "open")

        self.jobs.start(
            self.tr("Marking comments"),
            self.core.inbox.set_done(ids, done),
            on_done=marked,
            on_error=self._failed,
            quiet=True,
        )

    def tag(self, ids: list[int], name: str, on: bool) -> None:
        self.jobs.start(
            self.tr("Tagging comments"),
            self.core.inbox.tag(ids, name, on),
            on_done=lambda _: self._changed(ids),
            on_error=self._failed,
            quiet=True,
        )

    def new_tag(self, comment_id: int) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New tag"), self.tr("Name of the tag (e.g. “volunteering”):"))
        if ok and name.strip():
            self.tag([comment_id], name, True)

    def _changed(self, ids: list[int], status: str | None = None) -> None:
        """Show the change: a comment that no longer fits the filter leaves the list, and the selection
        moves on to the next one (so "e" works through the inbox)."""
        if status is not None:
            self._load_counts()  # done or open again
        else:
            self._load_tags()  # tagged: the tag may be a new one
        wanted = self.filters.current.status
        missing = [i for i in ids if self.model.row_of(i) is None]
        if status is not None and missing and (wanted is None or status == wanted):
            # Back in the list (an undone "done"): read the list again and select it where it now stands.
            self._select_after_load = missing[0]
            self.model.reload()
            return
        if status is not None and wanted is not None and status != wanted:
            current = self.list.currentIndex().row()
            self.model.remove_ids(set(ids))
            self.conversation.comment = None
            if self.model.rowCount():
                index = self.model.index(min(max(current, 0), self.model.rowCount() - 1))
                self.list.setCurrentIndex(index)
                self._current_changed(index)
            else:
                self.conversation.show_comment(None)
                self._page_loaded()
            return
        self.jobs.start(self.tr("Loading comments"), self.core.inbox.rows(ids), on_done=self._rows_changed, quiet=True)

    def _rows_changed(self, rows: list[CommentRow]) -> None:
        self.model.update_rows(rows)
        current = self.current_row()
        fresh = next((r for r in rows if current is not None and r.id == current.id), None)
        if fresh is not None:
            self.conversation.comment = fresh
            self.conversation.retranslate_ui()

    def _replied(self, comment_id: int) -> None:
        # Said in the status bar too: with "mark done", the comment leaves the list of open ones at once.
        self.window().statusBar().showMessage(
            self.tr("Your reply is on its way. The outbox sends it now, or as soon as the connection is back."), 10_000
        )
        if self.conversation.mark_done.isChecked():
            self._changed([comment_id], "done")
        else:
            self._changed([comment_id])

    def _failed(self, error: BaseException) -> None:
        self.conversation.notice.setText(user_message(error))

    # -- syncing ----------------------------------------------------------------------------------------
    def _first_sync(self) -> None:
        self.set_interval(self.core.settings.get("inbox_sync_minutes"))
        self.sync_now()

    def set_interval(self, minutes: int) -> None:
        """Check every `minutes` (0: only on request); the Settings dialog changes it."""
        self._timer.stop()
        if minutes > 0:
            self._timer.start(minutes * 60_000)

    @property
    def syncing(self) -> bool:
        return self.sync_job is not None

    def sync_now(self) -> None:
        if self.syncing:
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.sync_button.setEnabled(False)
        self.sync_status.setText(self.tr("Checking for new comments…"))
        self.sync_job = self.jobs.start(
            self.tr("Checking for new comments"),
            lambda job: self.core.inbox_sync.sync(progress=self._progress),
            on_done=self._synced,
            on_error=self._sync_failed,
        )
        if self.sync_job.task is None:
            self._sync_ended()  # the app is closing
        else:
            self.sync_job.task.add_done_callback(lambda _: self._sync_ended())

    def _progress(self, account: AccountSync, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if account.new_ids:
            self.model.show_newer()
            self._load_counts()

    def cancel_sync(self) -> None:
        if self.sync_job is not None:
            self.sync_job.cancel()
            self.sync_status.setText(self.tr("Cancelled. What had arrived is kept."))

    def _sync_ended(self) -> None:
        self.sync_job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.sync_button.setEnabled(True)

    def _synced(self, result: SyncResult) -> None:
        self.last_sync = result
        self._show_sync_result()
        if result.new_ids:
            self.model.show_newer()
            self._load_counts()
            self.jobs.start(
                self.tr("Loading comments"),
                self.core.inbox.rows(result.new_ids[:5]),
                on_done=self._announce_new,
                quiet=True,
            )
        # Accounts show what went wrong (or that it works again).
        self.events.accounts_changed.emit()

    def _announce_new(self, rows: list[CommentRow]) -> None:
        if rows and self.core.settings.get("notify_new_comments"):
            self.new_comments.emit(rows)

    def _show_sync_result(self) -> None:
        result = self.last_sync
        if result is None:
            return
        if not result.accounts:  # nothing connected yet: nothing to report
            self.sync_status.clear()
            return
        new = len(result.new_ids)
        parts = [self.tr("%n new comment(s).", "", new) if new else self.tr("No new comments.")]
        for account in result.failed:
            parts.append(f"{account.account_name} ({network_name(account.network)}): {account.error}")
        self.sync_status.setText(" ".join(parts))

    def _sync_failed(self, error: BaseException) -> None:
        self.sync_status.setText(user_message(error))
