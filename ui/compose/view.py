"""The Compose section: the composer, with the saved drafts and the outbox beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListView,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from desktop.app import Core
from desktop.drafts import DraftInfo
from desktop.networks import network_name
from desktop.publishing.outbox import AttemptInfo, Handover
from desktop.states import AttemptState
from ui.compose.editor import ComposerEditor
from ui.compose.outbox_view import OutboxPanel
from ui.events import AppEvents
from ui.jobs import JobRunner
from ui.section import Section
from ui.widgets.empty_state import EmptyState
from ui.widgets.icons import network_icon
from ui.widgets.list_page import ListOrEmpty, RowListModel
from ui.widgets.times import relative_time
from ui.widgets.untrusted import open_link


class DraftListModel(RowListModel[DraftInfo]):
    def row_data(self, draft: DraftInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            networks = ", ".join(network_name(n) for n in draft.networks)
            text = " ".join(draft.text.split())
            text = text if len(text) <= 120 else text[:119] + "…"
            return f"{text}\n{draft.organisation} · {networks} · {relative_time(draft.updated_at)}"
        if role == Qt.ItemDataRole.DecorationRole and draft.networks:
            return network_icon(draft.networks[0])
        if role == Qt.ItemDataRole.UserRole:
            return draft.id
        return None


class ComposeSection(Section):
    key = "compose"
    icon_name = "compose"
    waiting_for_you = Signal(object)  # an AttemptInfo: a post a person has to post by hand now

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.model = DraftListModel(self)
        self.list = QListView()
        self.list.setObjectName("draftList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the texts when the pane narrows
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.clicked.connect(lambda index: self.editor.open_draft(self.model.rows[index.row()].id))
        self.list.activated.connect(lambda index: self.editor.open_draft(self.model.rows[index.row()].id))
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.list,
            self.delete_selected_draft,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.empty = EmptyState(self.icon_name)
        self.empty.action_clicked.connect(lambda: events.show_section.emit("accounts"))
        self.page = ListOrEmpty(self.list, self.empty)
        self.heading = self.page.heading
        self.outbox = OutboxPanel()
        self.outbox.retry_requested.connect(self._retry)
        self.outbox.cancel_requested.connect(self._cancel)
        self.outbox.open_requested.connect(lambda post_id: self.editor.open_draft(post_id))
        self.outbox.handover_requested.connect(self._handover)
        self.outbox.posted_requested.connect(self._posted)
        self.side = QTabWidget()
        self.side.setObjectName("composeSide")
        self.side.addTab(self.page, "")
        self.side.addTab(self.outbox, "")
        self.editor = ComposerEditor(core, jobs, events)
        events.open_post.connect(self._open_post)
        # Explicit minimums (below what the contents would ask for) keep the window usable on a small
        # screen or half of one; the lists wrap and the composer's panes can be dragged.
        self.side.setMinimumWidth(150)
        self.editor.setMinimumWidth(340)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.side)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        events.drafts_changed.connect(self.refresh_drafts)
        events.accounts_changed.connect(self.editor.refresh)
        events.attempt_changed.connect(self._attempt_changed)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Compose")

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Drafts"))
        self.empty.set_texts(
            self.tr("No drafts yet"),
            self.tr(
                "Write a post once, adjust it for each network and publish it to several accounts with "
                "one click. Whatever you write is kept as a draft, even offline."
            ),
            self.tr("Connect your first account"),
        )
        self.side.setTabText(0, self.tr("Drafts"))
        self._outbox_tab_title()
        self.heading.setText(self.heading_text())
        self.outbox.retranslate_ui()
        self.editor.retranslate_ui()

    def heading_text(self) -> str:
        return self.tr("%n draft(s)", "", self.model.rowCount())

    def _outbox_tab_title(self) -> None:
        waiting = self.outbox.model.in_flight()
        self.side.setTabText(1, self.tr("Outbox (%1)").replace("%1", str(waiting)) if waiting else self.tr("Outbox"))

    # -- loading ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_drafts()
        self.refresh_outbox()
        self.editor.refresh()
        last = self.core.settings.get("compose_draft")
        if last and self.editor.draft_id is None:
            self.editor.reopen(last)  # the post the user was writing, as they left it

    def refresh_drafts(self) -> None:
        self.jobs.start(self.tr("Loading drafts"), self.core.drafts.list(), on_done=self._show_drafts, quiet=True)

    def _show_drafts(self, drafts: list[DraftInfo]) -> None:
        self.model.set_rows(drafts)
        self.heading.setText(self.heading_text())
        self.page.show_list(bool(drafts))
        self.loaded = True

    def refresh_outbox(self) -> None:
        self.jobs.start(self.tr("Loading the outbox"), self.core.outbox.list(), on_done=self._show_outbox, quiet=True)

    def _show_outbox(self, attempts: list[AttemptInfo]) -> None:
        self.outbox.set_attempts(attempts)
        self._outbox_tab_title()

    def _attempt_changed(self, attempt: AttemptInfo) -> None:
        self.outbox.update_attempt(attempt)
        self._outbox_tab_title()
        self.editor.attempt_changed(attempt)
        if attempt.final:
            self.refresh_drafts()
        if attempt.state == AttemptState.WAITING_FOR_YOU:
            self.waiting_for_you.emit(attempt)

    def show_waiting(self, attempt_id: int) -> None:
        """Show a post that waits for the user (from the tray's reminder): the outbox, with it chosen."""
        self.events.show_section.emit(self.key)
        self.side.setCurrentWidget(self.outbox)
        self.outbox.choose(attempt_id)
        self._handover(attempt_id)

    def _open_post(self, post_id: int) -> None:
        """Another section (the calendar) asks to show a post here."""
        self.events.show_section.emit(self.key)
        self.editor.open_draft(post_id)

    def start_post(self, account_ids: tuple[int, ...]) -> None:
        """A new post to these accounts (the first-run guide's last step), the cursor in its text."""
        self.editor.new_post()
        self.editor.choose_accounts(account_ids)

    def in_flight(self) -> int:
        return self.outbox.model.in_flight()

    # -- actions ----------------------------------------------------------------------------------------
    def _retry(self, attempt_id: int) -> None:
        self.jobs.start(self.tr("Sending again"), self.core.outbox.retry(attempt_id), quiet=True)

    def _handover(self, attempt_id: int) -> None:
        self.jobs.start(
            self.tr("Preparing the post"), self.core.outbox.handover(attempt_id), on_done=self._handed, quiet=True
        )

    def _handed(self, handover: Handover) -> None:
        """The channel's text on the clipboard, its page in the browser; then: posted, later or skip."""
        text = f"{handover.title}\n\n{handover.text}" if handover.title.strip() else handover.text
        QGuiApplication.clipboard().setText(text)
        if handover.open_url:
            open_link(handover.open_url)
        box = QMessageBox(self)
        box.setObjectName("handoverQuestion")
        box.setWindowTitle(self.tr("Post it by hand"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "The text is copied: paste it there (Ctrl+V) and add the post's images. Posted? Then paste its link."
            )
        )
        posted = box.addButton(self.tr("Posted…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        skip = box.addButton(self.tr("Skip this post"), QMessageBox.ButtonRole.DestructiveRole)
        self.handover_box = box
        box.finished.connect(
            lambda _: (
                self._posted(handover.attempt_id)
                if box.clickedButton() is posted
                else self._cancel(handover.attempt_id)
                if box.clickedButton() is skip
                else None
            )
        )
        box.open()

    def _posted(self, attempt_id: int) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("postedLink")
        dialog.setWindowTitle(self.tr("Posted by hand"))
        dialog.setLabelText(self.tr("The link of the post (copy it from the browser; may stay empty):"))
        dialog.textValueSelected.connect(lambda link: self._confirm(attempt_id, link))
        self.posted_dialog = dialog
        dialog.open()

    def _confirm(self, attempt_id: int, link: str) -> None:
        self.jobs.start(
            self.tr("Marking as posted"),
            self.core.outbox.confirm(attempt_id, link),
            on_done=lambda _: (self.refresh_drafts(), self.refresh_outbox()),
        )

    def _cancel(self, attempt_id: int) -> None:
        self.jobs.start(
            self.tr("Cancelling"),
            self.core.outbox.cancel(attempt_id),
            on_done=lambda _: (self.refresh_drafts(), self.refresh_outbox()),
            quiet=True,
        )

    def delete_selected_draft(self) -> None:
        indexes = self.list.selectionModel().selectedIndexes()
        if not indexes:
            return
        draft = self.model.rows[indexes[0].row()]
        answer = QMessageBox.question(
            self, self.tr("Delete draft"), self.tr("Delete this draft? This cannot be undone.")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.editor.draft_id == draft.id:
            self.editor.new_post(keep_current=False)
        self.jobs.start(
            self.tr("Deleting the draft"),
            self.core.drafts.delete(draft.id),
            on_done=lambda _: self.refresh_drafts(),
            quiet=True,
        )
