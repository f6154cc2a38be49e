"""The icon in the system tray: tells about new comments and brings the window back when clicked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from desktop.inbox.queries import CommentRow
from desktop.publishing.outbox import AttemptInfo
from ui.widgets.icons import icon


class Tray(QObject):
    show_waiting = Signal(int)  # the attempt a clicked reminder was about

    def __init__(self, window: QMainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.icon = QSystemTrayIcon(icon("kurzdraht"), self)
        self.menu = QMenu()
        self.show_action = self.menu.addAction("", self.bring_back)
        self.quit_action = self.menu.addAction("", window.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(
            lambda reason: self.bring_back() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
        )
        self.icon.messageClicked.connect(self._message_clicked)
        self.waiting_attempt: int | None = None  # the post the last reminder was about
        self.last_message = ("", "")
        self._told_about_tray = False
        window.hidden_to_tray.connect(self._still_running)
        self.retranslate_ui()
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        window.tray_available = self.available
        if self.available:
            self.icon.show()

    def retranslate_ui(self) -> None:
        self.icon.setToolTip("Kurzdraht")
        self.show_action.setText(self.tr("Show Kurzdraht"))
        self.quit_action.setText(self.tr("Quit"))

    def bring_back(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def new_comments(self, rows: list[CommentRow]) -> None:
        """One line per comment (at most three), so the user sees at a glance whether it can wait."""
        title = self.tr("%n new comment(s)", "", len(rows)) if len(rows) < 5 else self.tr("New comments")
        lines = [f"{r.author_name}: {' '.join(r.text.split())[:80]}" for r in rows[:3]]
        self.last_message = (title, "\n".join(lines))
        if self.icon.isVisible():
            self.icon.showMessage(title, "\n".join(lines), icon("kurzdraht"), 8000)

    def waiting_for_you(self, attempt: AttemptInfo) -> None:
        """A post for a channel without an API is due: the person posts it by hand (click: the outbox)."""
        title = self.tr("A post waits for you: %1").replace("%1", attempt.account_name)
        text = " ".join(attempt.text.split())[:120]
        self.last_message = (title, text)
        self.waiting_attempt = attempt.id
        if self.icon.isVisible():
            self.icon.showMessage(title, text, icon("kurzdraht"), 15000)

    def _message_clicked(self) -> None:
        self.bring_back()
        if self.waiting_attempt is not None:
            self.show_waiting.emit(self.waiting_attempt)
            self.waiting_attempt = None

    def _still_running(self) -> None:
        """The first time the window goes to the tray, say where it went and why."""
        if self._told_about_tray:
            return
        self._told_about_tray = True
        self.last_message = (
            self.tr("Kurzdraht is still running"),
            self.tr(
                "Scheduled posts go out on time and new comments are announced here. To quit, use this icon's menu."
            ),
        )
        if self.icon.isVisible():
            self.icon.showMessage(*self.last_message, icon("kurzdraht"), 8000)

    def hide(self) -> None:
        self.icon.hide()
