"""The composer: write once, pick the accounts, see each network's counter live, add images with
descriptions, then publish to all of them with one click, or keep it as a draft (saved while typing)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import AccountInfo
from desktop.app import Core
from desktop.drafts import Draft, DraftContent
from desktop.publishing.checks import Problem, aspect_range, check_post
from desktop.publishing.outbox import AttemptInfo
from desktop.states import PostState
from desktop.text.counting import Count, warm_up
from ui.compose.accounts_picker import AccountPicker
from ui.compose.counters import CounterPanel
from ui.compose.images import ImageStrip
from ui.compose.status import PublishStatusPanel
from ui.compose.text_tabs import TextTabs
from ui.events import AppEvents
from ui.jobs import JobRunner, user_message
from ui.widgets.snippets import SnippetMenu
from ui.widgets.times import local_date_time
from ui.widgets.untrusted import plain, rich
from ui.widgets.colours import Tone, colour, text_style

AUTOSAVE_MS = 600  # a draft is on disk within a second of the last keystroke


class ComposerEditor(QWidget):
    saved = Signal(int)  # the draft's id, after each save

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.core = core
        self.jobs = jobs
        self.events = events
        self.draft_id: int | None = None
        # The post's state as the core has it (loaded with the post, then told by the outbox), never
        # worked out here: the composer only shows it.
        self.state = PostState.DRAFT
        self.publish_at: datetime | None = None
        self.organisations: dict[int, str] = {}  # id → time zone
        self._loading = False
        self._warmed = False
        self._to_choose: tuple[int, ...] = ()  # accounts to tick once they are loaded
        self._closed = False
        self._write_lock = asyncio.Lock()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._build()
        self.retranslate_ui()

    # -- building -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = plain(QLabel())
        self.heading.setObjectName("composerHeading")
        self.saved_label = plain(QLabel())
        self.saved_label.setObjectName("savedLabel")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newPost")
        self.new_button.clicked.connect(self.new_post)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.saved_label)
        top.addWidget(self.new_button)

        self.title = QLineEdit()
        self.title.setObjectName("postTitle")
        self.title.textChanged.connect(self._changed)
        self.texts = TextTabs()
        self.texts.changed.connect(self._changed)
        for editor in self.texts.editors():
            self._accept_images(editor)

        self.add_image_button = QPushButton()
        self.add_image_button.setObjectName("addImage")
        self.add_image_button.clicked.connect(self.choose_images)
        self.snippets = SnippetMenu(
            self.core, self.jobs, self, self.texts.current_editor, lambda text: self.message.setText(text)
        )
        self.snippets.insert_requested.connect(lambda text: self.texts.current_editor().insertPlainText(text))
        self.snippets_button = QToolButton()
        self.snippets_button.setObjectName("snippetsButton")
        self.snippets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snippets_button.setMenu(self.snippets)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.show_preview)
        tools = QHBoxLayout()
        tools.addWidget(self.add_image_button)
        tools.addWidget(self.snippets_button)
        tools.addWidget(self.preview_button)
        tools.addStretch(1)

        self.images = ImageStrip()
        self.images.setVisible(False)
        self.images.changed.connect(self._changed)
        self.images.fit_requested.connect(self.fit_image)

        self.accounts_label = plain(QLabel())
        self.picker = AccountPicker()
        self.picker.selection_changed.connect(self._selection_changed)
        self.counters = CounterPanel()
        self.counters.recounted.connect(lambda: self._update_checks(self.counters.current()))
        self.problems = rich(QLabel())  # escaped messages, coloured
        self._blocked_by: list[str] = []  # why the post cannot go out now (Publish and Schedule say it)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.status_panel = PublishStatusPanel()
        self.status_panel.setVisible(False)
        self.status_panel.retry_requested.connect(self.retry)
        self.message = plain(QLabel())
        self.message.setObjectName("composerMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(Tone.ERROR))

        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publishNow")
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish_now)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(self.save_now)
        self.schedule_button = QPushButton()
        self.schedule_button.setObjectName("schedule")
        self.schedule_button.clicked.connect(self.choose_time)
        # More ways to schedule, beside the button: the organisation's next free posting slot.
        self.schedule_more = QToolButton()
        self.schedule_more.setObjectName("scheduleMore")
        self.schedule_more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.schedule_more_menu = QMenu(self.schedule_more)
        self.queue_action = self.schedule_more_menu.addAction("", self.add_to_queue)
        self.queue_action.setObjectName("addToQueue")
        self.schedule_more.setMenu(self.schedule_more_menu)
        self.unschedule_button = QPushButton()
        self.unschedule_button.setObjectName("unschedule")
        self.unschedule_button.clicked.connect(self.unschedule)
        self.unschedule_button.setVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.unschedule_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.schedule_button)
        actions.addWidget(self.schedule_more)
        actions.addWidget(self.publish_button)

        writing = QWidget()
        left = QVBoxLayout(writing)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.title)
        left.addWidget(self.texts, 3)
        left.addLayout(tools)
        left.addWidget(self.images)
        targets = QWidget()
        right = QVBoxLayout(targets)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.accounts_label)
        right.addWidget(self.picker, 1)
        right.addWidget(self.counters)
        split = QSplitter()
        split.addWidget(writing)
        split.addWidget(targets)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.status_panel)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.publish_now)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_now)

    def _accept_images(self, editor) -> None:  # noqa: ANN001
        editor.images_dropped.connect(self.add_images)
        editor.image_pasted.connect(self.add_pasted_image)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New post"))
        self.schedule_more.setAccessibleName(self.tr("More ways to schedule"))
        self.picker.setAccessibleName(self.tr("Accounts to post to"))
        self.title.setPlaceholderText(self.tr("Title (for blogs; otherwise the first line is used)"))
        self.add_image_button.setText(self.tr("Add image…"))
        self.snippets_button.setText(self.tr("Snippets"))
        self.preview_button.setText(self.tr("Preview…"))
        self.accounts_label.setText(self.tr("Post to:"))
        self.publish_button.setText(self.tr("Publish now"))
        self.publish_button.setToolTip(self.tr("Publish to every ticked account at once (Ctrl+Enter)"))
        self.save_button.setText(self.tr("Save draft"))
        self.schedule_button.setText(self.tr("Schedule…"))
        self.schedule_more.setToolTip(self.tr("More ways to schedule"))
        self.queue_action.setText(self.tr("Add to queue (the next free posting slot)"))
        self.unschedule_button.setText(self.tr("Unschedule (back to drafts)"))
        self.texts.retranslate_ui()
        self.images.retranslate_ui()
        self.snippets.retranslate_ui()
        self._show_heading()
        self._update_checks()

    # -- the accounts ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.jobs.start(self.tr("Loading accounts"), self._load_accounts(), on_done=self._show_accounts, quiet=True)
        self.snippets.refresh()

    async def _load_accounts(self) -> tuple[list[AccountInfo], dict[int, str]]:
        accounts = await self.core.accounts.list()
        organisations = {o.id: o.timezone for o in await self.core.accounts.organisations()}
        return accounts, organisations

    def _show_accounts(self, loaded: tuple[list[AccountInfo], dict[int, str]]) -> None:
        accounts, self.organisations = loaded
        if any(a.network == "x" for a in accounts) and not self._warmed:
            # X's counting library takes a moment to load: done off the GUI thread before it is ticked.
            self._warmed = True
            self.jobs.start(self.tr("Preparing the counters"), asyncio.to_thread(warm_up, "x"), quiet=True)
        self.picker.set_accounts(accounts)
        if self._to_choose:  # accounts connected a moment ago, now loaded
            self.choose_accounts(self._to_choose)
        self._selection_changed()

    def choose_accounts(self, account_ids: tuple[int, ...]) -> None:
        """Tick these accounts (those not loaded yet as soon as they are)."""
        known = set(self.picker.accounts)
        self._to_choose = tuple(i for i in account_ids if i not in known)
        if known & set(account_ids):
            self.picker.set_selected(tuple(i for i in account_ids if i in known))

    def _selection_changed(self) -> None:
        chosen = self.picker.selected()
        self.counters.set_accounts(chosen)
        networks = list(dict.fromkeys(a.network for a in chosen))
        self.texts.set_networks(networks)
        self.title.setVisible(any(a.limits.has_title for a in chosen))
        self._changed()

    # -- what the user wrote ---------------------------------------------------------------------------
    def content(self) -> DraftContent:
        chosen = self.picker.selected()
        organisation = chosen[0].organisation_id if chosen else next(iter(self.organisations), 0)
        return DraftContent(
            organisation,
            self.texts.text(),
            tuple(a.id for a in chosen),
            self.texts.network_texts(),
            self.images.attachments(),
            self.title.text(),
        )

    def _changed(self) -> None:
        if self._loading or self._closed:
            return
        counted = self.counters.update_counts(self.texts.text_for)
        self._update_checks(counted)
        if self.state.editable and not self._autosave.isActive():
            # Started by the first unsaved change and not restarted by later ones, so that a draft
            # is on disk within a second even while the user keeps typing.
            self._autosave.start()

    def _update_checks(self, counted: dict[int, Count] | None = None) -> None:
        chosen = self.picker.selected()
        problems = check_post(self.content(), chosen, counted)
        self.images.set_aspect(aspect_range(chosen))
        self._show_problems(problems if chosen else [])
        self._blocked_by = [p.message for p in problems if p.blocking]
        self._enable_sending()

    def _enable_sending(self) -> None:
        """Publish and Schedule are offered only while the post could go out; otherwise their tooltip (and
        description for screen readers) says why."""
        editable = self.state.editable
        reasons = "\n".join(self._blocked_by) if editable else ""
        for button in (self.publish_button, self.schedule_button, self.schedule_more):
            button.setEnabled(editable and not self._blocked_by)
            button.setToolTip(reasons)
            button.setAccessibleDescription(reasons)

    def _show_problems(self, problems: list[Problem]) -> None:
        blocking = [p.message for p in problems if p.blocking and p.account_id is not None]
        notes = [p.message for p in problems if not p.blocking]
        lines = [f'<span style="color:{colour(Tone.ERROR)}">{_escape(m)}</span>' for m in blocking]
        lines += [f'<span style="color:{colour(Tone.WARNING)}">{_escape(m)}</span>' for m in notes]
        self.problems.setText("<br>".join(lines))
        self.problems.setVisible(bool(lines))

    # -- saving ---------------------------------------------------------------------------------------
    def save_now(self) -> None:
        """Save at once (the autosave timer, Ctrl+S, Save draft, or before leaving)."""
        self._autosave.stop()
        if not self.state.editable:
            return
        content = self.content()
        if content.is_empty and self.draft_id is None:
            return  # nothing written yet: no empty drafts
        self.jobs.start(
            self.tr("Saving the draft"), self._write(content), on_done=self._saved, on_error=self._failed, quiet=True
        )

    async def _write(self, content: DraftContent) -> int:
        # One write at a time, so that a quick second save updates the draft the first one created.
        async with self._write_lock:
            if not content.organisation_id:
                organisation = await self.core.accounts.ensure_organisation(self.tr("My organisation"))
                content = replace(content, organisation_id=organisation)
            self.draft_id = await self.core.drafts.write(content, self.draft_id)
            return self.draft_id

    def _saved(self, draft_id: int) -> None:
        self.saved_label.setText(self.tr("Saved %1").replace("%1", local_date_time(datetime.now(timezone.utc))))
        self._remember(draft_id)
        self.saved.emit(draft_id)
        self.events.drafts_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    # -- opening a draft or starting anew --------------------------------------------------------------
    def open_draft(self, draft_id: int) -> None:
        self.save_now()
        self.jobs.start(
            self.tr("Opening the draft"),
            self._load(draft_id),
            on_done=self._show_draft,
            on_error=self._failed,
            quiet=True,
        )

    def reopen(self, draft_id: int) -> None:
        """Open the post the user left at the last start; if it is gone, start a new one quietly."""
        self.jobs.start(
            self.tr("Opening the draft"),
            self._load(draft_id),
            on_done=self._show_draft,
            on_error=lambda _: self._remember(0),
            quiet=True,
        )

    def stop_timers(self) -> None:
        """The app closes without a loop to save on (tests, embedding): nothing may fire later."""
        self._closed = True
        self._autosave.stop()
        self.counters.stop_timers()

    async def flush(self) -> None:
        """Write what is typed but not yet saved (when the app closes)."""
        if self._autosave.isActive():
            self._autosave.stop()
            content = self.content()
            if self.state.editable and not (content.is_empty and self.draft_id is None):
                await self._write(content)

    async def _load(self, draft_id: int) -> tuple[Draft, list[AttemptInfo], datetime | None]:
        draft = await self.core.drafts.load(draft_id)
        when = await self.core.schedules.when(draft_id) if draft.state.planned else None
        return draft, await self.core.outbox.list(post_id=draft_id), when[0] if when else None

    def _show_draft(self, loaded: tuple[Draft, list[AttemptInfo], datetime | None]) -> None:
        draft, attempts, self.publish_at = loaded
        self._loading = True
        self.draft_id = draft.id
        self.state = draft.state
        content = draft.content
        self.picker.set_selected(content.account_ids)
        self.title.setText(content.title)
        self.texts.set_content(content.text, dict(content.network_texts))
        self.images.set_attachments(content.attachments)
        self._loading = False
        self.status_panel.set_attempts(draft.id, attempts)
        self.message.clear()
        self.saved_label.setText(self.tr("Saved %1").replace("%1", local_date_time(draft.updated_at)))
        self._remember(draft.id)
        self._apply_state()
        self._changed()

    def _remember(self, draft_id: int) -> None:
        """Which post is open, so that a restart (even after a crash) reopens it."""
        if self.core.settings.get("compose_draft") != draft_id:
            self.core.settings.set("compose_draft", draft_id)
            self.jobs.start(self.tr("Saving settings"), self.core.settings.asave(), quiet=True)

    def new_post(self, keep_current: bool = True) -> None:
        if keep_current:
            self.save_now()
        else:
            self._autosave.stop()
        self._loading = True
        self.draft_id = None
        self.state = PostState.DRAFT
        self.publish_at = None
        self.title.clear()
        self.texts.set_content("", {})
        self.images.set_attachments(())
        self._loading = False
        self.status_panel.set_attempts(None, [])
        self.message.clear()
        self.saved_label.clear()
        self._remember(0)
        self._apply_state()
        self._changed()
        self.texts.setCurrentIndex(0)
        self.texts.main.setFocus()

    def _apply_state(self) -> None:
        read_only = not self.state.editable
        self.texts.set_read_only(read_only)
        self.title.setReadOnly(read_only)
        self.images.set_read_only(read_only)
        self.picker.setEnabled(not read_only)
        self.add_image_button.setEnabled(not read_only)
        self.snippets_button.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only)
        self._enable_sending()
        self.unschedule_button.setVisible(self.state.planned)
        self._show_heading()

    def _show_heading(self) -> None:
        scheduled = (
            self.tr("Scheduled for %1").replace("%1", local_date_time(self.publish_at))
            if self.publish_at
            else self.tr("Scheduled")
        )
        headings = {
            PostState.PUBLISHING: self.tr("Publishing…"),
            PostState.PUBLISHED: self.tr("Published"),
            PostState.FAILED: self.tr("Not everywhere published"),
            PostState.SCHEDULED: scheduled,
            PostState.MISSED: self.tr(
                "Missed its time (%1): publish it now from the calendar, or reschedule it"
            ).replace("%1", local_date_time(self.publish_at) if self.publish_at else "?"),
        }
        self.heading.setText(headings.get(self.state) or (self.tr("Draft") if self.draft_id else self.tr("New post")))

    # -- images ---------------------------------------------------------------------------------------
    def choose_images(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add images"), str(Path.home()), self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)")
        )
        if files:
            self.add_images(files)

    def add_images(self, paths: list[str]) -> None:
        for path in paths:
            self.jobs.start(
                self.tr("Adding an image"),
                self.core.drafts.attach(path),
                on_done=self.images.add,
                on_error=self._failed,
                quiet=True,
            )

    def fit_image(self, card, crop: bool) -> None:  # noqa: ANN001 - an ImageCard
        """Borders or a crop, so that the image suits every chosen account (Instagram's 4:5 to 1.91:1)."""
        aspect = aspect_range(self.picker.selected())
        if aspect is None:
            return
        self.jobs.start(
            self.tr("Fitting the image"),
            self.core.drafts.reshape(card.attachment, aspect[0], aspect[1], crop),
            on_done=lambda attachment: self.images.replace(card, attachment),
            on_error=self._failed,
            quiet=True,
        )

    def add_pasted_image(self, image: QImage) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self.jobs.start(
            self.tr("Adding an image"),
            self.core.drafts.attach_bytes(bytes(data.data())),
            on_done=self.images.add,
            on_error=self._failed,
            quiet=True,
        )

    # -- publishing -----------------------------------------------------------------------------------
    def _refused(self, content: DraftContent) -> bool:
        """Say what stops this post from going out (before publishing or scheduling); False when nothing.
        A problem of one account is already listed above the buttons: said once, not again here."""
        blocking = [p for p in check_post(content, self.picker.selected()) if p.blocking]
        general = [p.message for p in blocking if p.account_id is None]
        listed = any(p.account_id is not None for p in blocking)
        if listed:
            general.append(self.tr("It goes out once the problems marked in red above are fixed."))
        self.message.setText("\n".join(general))
        return bool(blocking)

    def publish_now(self) -> None:
        if not self.state.editable:
            return
        content = self.content()
        if self._refused(content):
            return
        self.message.clear()
        self._autosave.stop()
        self.publish_button.setEnabled(False)
        self.jobs.start(
            self.tr("Publishing"), self._publish(content), on_done=self._publishing, on_error=self._publish_failed
        )

    async def _publish(self, content: DraftContent) -> tuple[int, list[AttemptInfo]]:
        draft_id = await self._write(content)
        ids = await self.core.outbox.publish(draft_id)
        return draft_id, await self.core.outbox.get(ids)

    def _publishing(self, started: tuple[int, list[AttemptInfo]]) -> None:
        draft_id, attempts = started
        self.state = attempts[0].post_state if attempts else PostState.PUBLISHING
        self.status_panel.set_attempts(draft_id, attempts)
        self._apply_state()
        self.events.drafts_changed.emit()

    def _publish_failed(self, error: BaseException) -> None:
        self._enable_sending()
        self._failed(error)

    def attempt_changed(self, attempt: AttemptInfo) -> None:
        """The outbox reports a change; show it, and the post's state it brings, when it is about the post on
        screen."""
        if not self.status_panel.update_attempt(attempt):
            return
        self.state = attempt.post_state
        self._apply_state()

    def retry(self, attempt_id: int) -> None:
        # The outbox tells the attempt's new state, and with it the post's.
        self.jobs.start(self.tr("Sending again"), self.core.outbox.retry(attempt_id), on_error=self._failed, quiet=True)

    # -- scheduling -----------------------------------------------------------------------------------
    def choose_time(self) -> None:
        from ui.compose.schedule_dialog import ScheduleDialog

        content = self.content()
        if self._refused(content):
            return
        dialog = ScheduleDialog(self.organisations.get(content.organisation_id, "Europe/Berlin"), self.publish_at, self)
        dialog.accepted.connect(lambda: self.schedule(dialog.local_time(), dialog.timezone))
        dialog.open()

    def add_to_queue(self) -> None:
        """Schedule the post for its organisation's next free posting slot."""
        content = self.content()
        if self._refused(content):
            return
        self._autosave.stop()

        async def queue() -> datetime:
            draft_id = await self._write(content)
            moment = await self.core.slots.add_to_queue(draft_id, content.organisation_id)
            self.core.outbox.wake()
            return moment

        self.jobs.start(self.tr("Scheduling"), queue(), on_done=self._scheduled, on_error=self._failed)

    def schedule(self, local: datetime, zone: str) -> None:
        """Plan the post for `local` wall-clock time in the time zone `zone`."""
        from desktop.scheduling.scheduler import to_utc

        self._autosave.stop()
        self.jobs.start(
            self.tr("Scheduling"),
            self._schedule(self.content(), to_utc(local, zone), zone),
            on_done=self._scheduled,
            on_error=self._failed,
        )

    async def _schedule(self, content: DraftContent, publish_at: datetime, zone: str) -> datetime:
        draft_id = await self._write(content)
        await self.core.schedules.schedule(draft_id, publish_at, zone)
        self.core.outbox.wake()
        return publish_at

    def _scheduled(self, publish_at: datetime) -> None:
        self.state, self.publish_at = PostState.SCHEDULED, publish_at
        self.message.clear()
        self._apply_state()
        self.events.drafts_changed.emit()
        self.events.schedule_changed.emit()

    def unschedule(self) -> None:
        if self.draft_id is None:
            return
        self.jobs.start(
            self.tr("Unscheduling"),
            self.core.schedules.unschedule(self.draft_id),
            on_done=self._unscheduled,
            on_error=self._failed,
        )

    def _unscheduled(self, _: None) -> None:
        self.state, self.publish_at = PostState.DRAFT, None
        self._apply_state()
        self.events.drafts_changed.emit()
        self.events.schedule_changed.emit()

    def show_preview(self) -> None:
        from ui.compose.preview import PreviewDialog

        PreviewDialog(self.content(), self.picker.selected(), self).open()


def _escape(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")
