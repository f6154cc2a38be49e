"""The outbox as a list: what is still to be sent (and why it waits), then the latest results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.publishing.outbox import AttemptInfo
from desktop.states import ATTEMPT_CANCELLABLE, ATTEMPT_WAITING, AttemptState
from ui.compose.status import STATE_TONES
from ui.widgets.icons import network_icon
from ui.widgets.list_page import RowListModel
from ui.widgets.times import local_date_time, relative_time
from ui.widgets.untrusted import plain
from ui.widgets.colours import colour


class OutboxModel(RowListModel[AttemptInfo]):
    def row_data(self, attempt: AttemptInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(attempt.text.split())
            text = text if len(text) <= 80 else text[:79] + "…"
            if attempt.reply:
                text = self.tr("Reply: %1").replace("%1", text)
            when = relative_time(attempt.finished_at or attempt.created_at)
            detail = attempt.error if attempt.state.retryable else attempt.remote_url
            if attempt.state == AttemptState.WAITING_FOR_YOU:
                detail = self.tr("Post it by hand: “Copy and open”, then “Posted…” with its link.")
            if attempt.state in ATTEMPT_WAITING and attempt.retry_at is not None:
                detail = self.tr("next try %1").replace("%1", local_date_time(attempt.retry_at)) + (
                    f" – {attempt.error}" if attempt.error else ""
                )
            return f"{attempt.account_name} ({attempt.network_name}) · {attempt.state_label} · {when}\n{text}" + (
                f"\n{detail}" if detail else ""
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return network_icon(attempt.network)
        if role == Qt.ItemDataRole.ForegroundRole and attempt.state in (
            AttemptState.FAILED,
            AttemptState.WAITING_FOR_YOU,
        ):
            return QBrush(QColor(colour(STATE_TONES[attempt.state])))
        if role == Qt.ItemDataRole.UserRole:
            return attempt.id
        return None

    def in_flight(self) -> int:
        return sum(1 for a in self.rows if a.state.in_flight)

    def waiting_for_you(self) -> int:
        return sum(1 for a in self.rows if a.state == AttemptState.WAITING_FOR_YOU)

    def replace_row(self, attempt: AttemptInfo) -> bool:
        for row, known in enumerate(self.rows):
            if known.id == attempt.id:
                self.rows[row] = attempt
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return True
        return False


class OutboxPanel(QWidget):
    retry_requested = Signal(int)
    cancel_requested = Signal(int)
    open_requested = Signal(int)  # the post's id
    handover_requested = Signal(int)  # copy the text of a post waiting for you and open its channel
    posted_requested = Signal(int)  # a post waiting for you was posted by hand

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OutboxModel(self)
        self.heading = plain(QLabel())
        self.heading.setWordWrap(True)
        self.list = QListView()
        self.list.setObjectName("outboxList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.rows[index.row()].post_id))
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("outboxRetry")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("outboxCancel")
        self.handover_button = QPushButton()
        self.handover_button.setObjectName("outboxHandover")
        self.posted_button = QPushButton()
        self.posted_button.setObjectName("outboxPosted")
        self.retry_button.clicked.connect(lambda: self._with_selected(self.retry_requested.emit))
        self.cancel_button.clicked.connect(lambda: self._with_selected(self.cancel_requested.emit))
        self.handover_button.clicked.connect(lambda: self._with_selected(self.handover_requested.emit))
        self.posted_button.clicked.connect(lambda: self._with_selected(self.posted_requested.emit))
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        # Posting by hand gets its own row: the panel is narrow, and its buttons' texts must stay whole.
        by_hand = QHBoxLayout()
        by_hand.addWidget(self.handover_button)
        by_hand.addWidget(self.posted_button)
        by_hand.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(by_hand)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Posts on their way"))
        self.retry_button.setText(self.tr("Send again now"))
        self.handover_button.setText(self.tr("Copy and open"))
        self.handover_button.setToolTip(self.tr("Copy the post's text and open the channel where you post it"))
        self.posted_button.setText(self.tr("Posted…"))
        self.posted_button.setToolTip(self.tr("You posted it by hand: give its link"))
        self._update_heading()
        self._update_buttons()

    def set_attempts(self, attempts: list[AttemptInfo]) -> None:
        self.model.set_rows(attempts)
        self._update_heading()
        self._update_buttons()

    def update_attempt(self, attempt: AttemptInfo) -> None:
        if not self.model.replace_row(attempt):
            self.model.set_rows([attempt] + self.model.rows)
        self._update_heading()
        self._update_buttons()

    def choose(self, attempt_id: int) -> None:
        for row, attempt in enumerate(self.model.rows):
            if attempt.id == attempt_id:
                self.list.setCurrentIndex(self.model.index(row))
                return

    def selected(self) -> AttemptInfo | None:
        indexes = self.list.selectionModel().selectedIndexes()
        return self.model.rows[indexes[0].row()] if indexes else None

    def _with_selected(self, emit) -> None:  # noqa: ANN001
        attempt = self.selected()
        if attempt is not None:
            emit(attempt.id)

    def _update_buttons(self, *_: object) -> None:
        attempt = self.selected()
        by_hand = attempt is not None and attempt.state == AttemptState.WAITING_FOR_YOU
        self.handover_button.setVisible(by_hand)
        self.posted_button.setVisible(by_hand)
        self.retry_button.setVisible(not by_hand)
        self.retry_button.setEnabled(attempt is not None and attempt.state.retryable)
        self.cancel_button.setText(self.tr("Skip") if by_hand else self.tr("Cancel sending"))
        self.cancel_button.setEnabled(attempt is not None and attempt.state in ATTEMPT_CANCELLABLE)

    def _update_heading(self) -> None:
        waiting = self.model.in_flight()
        by_hand = self.model.waiting_for_you()
        self.heading.setText(
            self.tr("%n post(s) waiting for you to post by hand. Choose one, then “Copy and open”.", "", by_hand)
            if by_hand
            else self.tr(
                "%n post(s) waiting to be sent. They go out by themselves when the connection is back.", "", waiting
            )
            if waiting
            else self.tr("Nothing waiting. Recent results:")
            if self.model.rows
            else self.tr("The outbox is empty. Posts wait here while there is no connection.")
        )
