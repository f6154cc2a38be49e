"""The Accounts section: accounts grouped by organisation, and a plain warning when no
password store exists (drafting still works then)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop.accounts import AccountInfo
from desktop.app import Core
from desktop.credentials import KeyringStatus
from ui.events import AppEvents
from ui.jobs import JobRunner
from ui.section import ListSection
from ui.widgets.icons import icon, network_icon
from ui.widgets.list_page import RowListModel


class AccountListModel(RowListModel[AccountInfo]):
    def row_data(self, account: AccountInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{account.display_name}  ({account.handle})\n"
                    f"{account.network_name} · {account.organisation} · {account.status_label}")
        if role == Qt.ItemDataRole.DecorationRole:
            return network_icon(account.network)
        return None


class KeyringBanner(QFrame):
    """Shown when no password store exists: says what still works and what to install."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyringBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#keyringBanner { background: #fff4d6; border: 1px solid #e0a100; border-radius: 4px; }"
                           "#keyringBanner QLabel { color: #3a2c00; }")
        picture = QLabel()
        picture.setPixmap(icon("warning").pixmap(24, 24))
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)


class AccountsSection(ListSection):
    key = "accounts"
    icon_name = "accounts"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.keyring: KeyringStatus | None = None
        self.banner = KeyringBanner()
        self.banner.hide()
        self.build_list(AccountListModel(self), "accountList", above=self.banner)
        self.empty.action_clicked.connect(self.open_demo)
        events.accounts_changed.connect(self.refresh)
        events.keyring_status.connect(self.show_keyring_status)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Accounts")

    def retranslate_ui(self) -> None:
        self.empty.set_texts(
            self.tr("No accounts connected"),
            self.tr("Kurzdraht will connect your Mastodon, Bluesky and WordPress accounts first; Facebook, "
                    "Instagram, X, LinkedIn and YouTube follow. Until then you can look around in a "
                    "sample workspace."),
            self.tr("Open the demo workspace"),
        )
        self.update_heading()
        if self.keyring is not None:
            self.banner.text.setText(self.keyring.explanation())

    def heading_text(self) -> str:
        return self.tr("%n account(s)", "", self.model.rowCount())

    def refresh(self) -> None:
        self.jobs.start(self.tr("Loading accounts"), self.core.accounts.list(), on_done=self._show, quiet=True)

    def _show(self, accounts: list[AccountInfo]) -> None:
        self.model.set_rows(accounts)
        self.update_heading()
        self.page.show_list(bool(accounts))
        self.loaded = True

    def show_keyring_status(self, status: KeyringStatus) -> None:
        self.keyring = status
        self.banner.text.setText(status.explanation())
        self.banner.setVisible(not status.available)

    def open_demo(self) -> None:
        """Start a second Kurzdraht on the sample workspace; this one stays as it is."""
        if getattr(sys, "frozen", False):
            QProcess.startDetached(sys.executable, ["--demo"])
        else:
            QProcess.startDetached(sys.executable, ["-m", "desktop", "--demo"])
