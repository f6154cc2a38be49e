"""Where the post stands on each account: sending, published (with a link), waiting, or failed with
the reason and a Retry button for that account alone."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from desktop.publishing.outbox import AttemptInfo
from desktop.states import ATTEMPT_WAITING, AttemptState
from ui.widgets.icons import network_icon
from ui.widgets.times import local_date_time
from ui.widgets.untrusted import is_web_address, plain, rich
from ui.widgets.colours import Tone, text_style

STATE_TONES = {
    AttemptState.PUBLISHED: Tone.SUCCESS,
    AttemptState.FAILED: Tone.ERROR,
    AttemptState.UNKNOWN: Tone.WARNING,
    AttemptState.PENDING: Tone.WARNING,
    AttemptState.WAITING_FOR_YOU: Tone.INFO,
}


class StatusRow:
    def __init__(self, panel: "PublishStatusPanel", row: int, attempt: AttemptInfo) -> None:
        self.icon = QLabel()
        self.icon.setPixmap(network_icon(attempt.network).pixmap(16, 16))
        self.name = plain(QLabel(attempt.account_name))
        self.state = plain(QLabel())
        self.state.setObjectName("attemptState")
        self.detail = rich(QLabel())  # escaped text, or a link opened by open_link
        self.detail.setObjectName("attemptDetail")
        self.detail.setWordWrap(True)
        self.retry = QPushButton()
        self.retry.setObjectName("retryButton")
        self.retry.clicked.connect(lambda: panel.retry_requested.emit(self.attempt.id))
        for column, widget in enumerate((self.icon, self.name, self.state, self.detail, self.retry)):
            panel.grid.addWidget(widget, row, column)
        self.attempt = attempt
        self.show(attempt)

    def show(self, attempt: AttemptInfo) -> None:
        self.attempt = attempt
        self.state.setText(attempt.state_label)
        tone = STATE_TONES.get(attempt.state)
        self.state.setStyleSheet((text_style(tone) if tone else "") + " font-weight: bold;")
        translate = QCoreApplication.translate
        if attempt.state == AttemptState.PUBLISHED:
            link = translate("PublishStatusPanel", "Open the post")
            self.detail.setText(
                f'<a href="{html.escape(attempt.remote_url)}">{html.escape(link)}</a>'
                if is_web_address(attempt.remote_url)
                else ""
            )
        elif attempt.state in ATTEMPT_WAITING and attempt.retry_at is not None:
            when = translate("PublishStatusPanel", "Next try: %1").replace("%1", local_date_time(attempt.retry_at))
            self.detail.setText(html.escape(when + (f" – {attempt.error}" if attempt.error else "")))
        else:
            self.detail.setText(html.escape(attempt.error))
        self.retry.setText(
            translate("PublishStatusPanel", "Retry")
            if attempt.state == AttemptState.FAILED
            else translate("PublishStatusPanel", "Try now")
        )
        self.retry.setVisible(attempt.state.retryable)

    def remove(self) -> None:
        for widget in (self.icon, self.name, self.state, self.detail, self.retry):
            widget.deleteLater()


class PublishStatusPanel(QWidget):
    retry_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishStatus")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(3, 1)
        self.rows: dict[int, StatusRow] = {}
        self.post_id: int | None = None

    def set_attempts(self, post_id: int | None, attempts: list[AttemptInfo]) -> None:
        for row in self.rows.values():
            row.remove()
        self.post_id = post_id
        self.rows = {a.id: StatusRow(self, index, a) for index, a in enumerate(attempts)}
        self.setVisible(bool(attempts))

    def update_attempt(self, attempt: AttemptInfo) -> bool:
        """Show a change; False when the attempt belongs to another post."""
        if attempt.post_id != self.post_id:
            return False
        row = self.rows.get(attempt.id)
        if row is None:
            self.rows[attempt.id] = StatusRow(self, len(self.rows), attempt)
            self.setVisible(True)
        else:
            row.show(attempt)
        return True

    def attempts(self) -> list[AttemptInfo]:
        return [row.attempt for row in self.rows.values()]
