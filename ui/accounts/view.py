"""The Accounts section: accounts grouped by organisation with their status, and the actions on them
(connect, test, rename, move to another organisation, remove); a plain warning when no password store
exists (drafting still works then)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QProcess, QRect, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QMenu, QMessageBox, QToolBar, QWidget

from desktop.accounts import AccountInfo, OrganisationInfo
from desktop.app import Core
from desktop.connections import CheckResult
from desktop.credentials import KeyringStatus
from desktop.networks.plugin import Field
from desktop.networks.registry import connectable, plugins
from desktop.states import AccountStatus
from ui.accounts.apps_dialog import DeveloperAppsDialog
from ui.accounts.connect_dialog import ConnectDialog
from ui.events import AppEvents
from ui.jobs import JobRunner, user_message
from ui.section import ListSection
from ui.widgets.icons import icon, network_icon
from ui.widgets.list_page import RowListModel
from ui.widgets.untrusted import literal_html, plain, show_message, tooltip_text
from ui.widgets.colours import Surface, Tone, colour, surface
from ui.widgets.times import date_text

_STATUS_TONES = {
    AccountStatus.CONNECTED: Tone.SUCCESS,
    AccountStatus.NEEDS_RECONNECT: Tone.ERROR,
    AccountStatus.OFFLINE: Tone.WARNING,
}


def avatar_icon(picture: bytes, network: str, size: int = 40) -> QIcon | None:
    """The account's picture, round, with the network's icon as a small badge."""
    image = QImage.fromData(picture)
    if image.isNull():
        return None
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(0, 0, size, size)
    painter.setClipPath(path)
    painter.drawImage(
        QRect(0, 0, size, size),
        image.scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
        ),
    )
    painter.setClipping(False)
    badge = size * 4 // 9
    painter.drawPixmap(size - badge, size - badge, network_icon(network).pixmap(badge, badge))
    painter.end()
    return QIcon(pixmap)


class AccountListModel(RowListModel[AccountInfo]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.messages: dict[int, str] = {}  # the last check's message per account
        self.pictures: dict[int, QIcon] = {}

    def row_data(self, account: AccountInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = (
                f"{account.display_name}  ({account.handle})\n"
                f"{account.network_name} · {account.organisation} · {account.status_label}"
            )
            if account.inbox_problem:
                text += "\n" + QCoreApplication.translate("Accounts", "Inbox: %1").replace("%1", account.inbox_problem)
            if account.login_expires_at is not None:
                day = date_text(account.login_expires_at.astimezone().date())
                if account.login_ends_soon():
                    text += "\n" + QCoreApplication.translate(
                        "Accounts", "Login ends on %1 – please reconnect before then."
                    ).replace("%1", day)
                else:
                    text += "\n" + QCoreApplication.translate("Accounts", "Login valid until %1").replace("%1", day)
            if account.network == "youtube":
                from desktop.networks.youtube import DAILY_QUOTA, units_today

                text += "\n" + QCoreApplication.translate("Accounts", "YouTube quota today: %1 of %2 units").replace(
                    "%1", QLocale().toString(units_today(account.options))
                ).replace("%2", QLocale().toString(DAILY_QUOTA))
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pictures.get(account.id) or network_icon(account.network)
        if role == Qt.ItemDataRole.ForegroundRole and account.status in (
            AccountStatus.NEEDS_RECONNECT,
            AccountStatus.OFFLINE,
        ):
            return QBrush(QColor(colour(_STATUS_TONES[account.status])))
        if role == Qt.ItemDataRole.ForegroundRole and (account.inbox_problem or account.login_ends_soon()):
            return QBrush(QColor(colour(Tone.WARNING)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(self.messages.get(account.id) or account.server_url)
        if role == Qt.ItemDataRole.UserRole:
            return account.id
        return None


class KeyringBanner(QFrame):
    """Shown when no password store exists: says what still works and what to install."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyringBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._colour()
        picture = QLabel()
        picture.setPixmap(icon("warning").pixmap(24, 24))
        self.text = plain(QLabel())
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def _colour(self) -> None:
        background, text, border = surface(Surface.NOTICE)
        self.setStyleSheet(
            f"#keyringBanner {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            f"#keyringBanner QLabel {{ color: {text}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._colour()  # the system switched between light and dark
        super().changeEvent(event)


class AccountActions(QToolBar):
    """The actions above the list; it folds into a » menu when the window is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountActions")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.connect_action = self.addAction(icon("accounts"), "")
        self.addSeparator()
        self.check_action = self.addAction("")
        self.reconnect_action = self.addAction("")
        self.rename_action = self.addAction("")
        self.move_action = self.addAction("")
        self.images_action = self.addAction("")
        self.remove_action = self.addAction("")
        self.addSeparator()
        self.apps_action = self.addAction("")

    @property
    def for_selection(self) -> tuple[QAction, ...]:
        return (
            self.check_action,
            self.reconnect_action,
            self.rename_action,
            self.move_action,
            self.images_action,
            self.remove_action,
        )


class AccountsSection(ListSection):
    key = "accounts"
    icon_name = "accounts"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.keyring: KeyringStatus | None = None
        self.organisations: list[OrganisationInfo] = []
        self.reminded: set[int] = set()  # accounts whose ending login was mentioned in this session
        self.banner = KeyringBanner()
        self.banner.hide()
        self.actions = AccountActions()
        self.build_list(AccountListModel(self), "accountList", above=self.banner)
        self.layout().insertWidget(1, self.actions)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty.action_clicked.connect(lambda: self.connect_account())
        self.empty.secondary_clicked.connect(self.open_demo)
        self.actions.connect_action.triggered.connect(lambda: self.connect_account())
        self.actions.check_action.triggered.connect(self.check_selected)
        self.actions.reconnect_action.triggered.connect(self.reconnect_selected)
        self.actions.rename_action.triggered.connect(self.rename_selected)
        self.actions.move_action.triggered.connect(self.move_selected)
        self.actions.remove_action.triggered.connect(self.remove_selected)
        self.actions.apps_action.triggered.connect(lambda: self.open_developer_apps())
        self.actions.images_action.triggered.connect(self.choose_image_host)
        self.actions.hide()
        events.accounts_changed.connect(self.refresh)
        events.keyring_status.connect(self.show_keyring_status)
        self.retranslate_ui()
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Accounts")

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Accounts"))
        self.empty.set_texts(
            self.tr("No accounts connected"),
            self.tr(
                "Connect your organisation's accounts (Facebook, Instagram, Threads, X, LinkedIn, YouTube, "
                "Mastodon, Bluesky, its WordPress blog) to publish and answer comments from here. Or look "
                "around in a sample workspace first."
            ),
            self.tr("Connect an account…"),
            self.tr("Open the demo workspace"),
        )
        self.actions.connect_action.setText(self.tr("Connect an account…"))
        self.actions.check_action.setText(self.tr("Test connection"))
        self.actions.reconnect_action.setText(self.tr("Reconnect…"))
        self.actions.rename_action.setText(self.tr("Rename…"))
        self.actions.move_action.setText(self.tr("Organisation…"))
        self.actions.remove_action.setText(self.tr("Remove…"))
        self.actions.apps_action.setText(self.tr("Developer apps…"))
        self.actions.images_action.setText(self.tr("Images via…"))
        self.actions.images_action.setToolTip(
            self.tr("The WordPress blog that puts this account's images on the web (Instagram, Threads)")
        )
        self.update_heading()
        if self.keyring is not None:
            self.banner.text.setText(self.keyring.explanation())

    def heading_text(self) -> str:
        return self.tr("%n account(s)", "", self.model.rowCount())

    def refresh(self) -> None:
        self.jobs.start(self.tr("Loading accounts"), self._load(), on_done=self._show, quiet=True)

    async def _load(self) -> tuple[list[AccountInfo], list[OrganisationInfo], dict[int, bytes]]:
        accounts = await self.core.accounts.list()
        pictures = await self.core.connections.avatars([a.id for a in accounts])
        return accounts, await self.core.accounts.organisations(), pictures

    def _show(self, loaded: tuple[list[AccountInfo], list[OrganisationInfo], dict[int, bytes]]) -> None:
        accounts, self.organisations, pictures = loaded
        selected = self.selected()
        self.model.pictures = {
            a.id: icon for a in accounts if a.id in pictures and (icon := avatar_icon(pictures[a.id], a.network))
        }
        self.model.set_rows(accounts)
        if selected is not None:
            for row, account in enumerate(accounts):
                if account.id == selected.id:
                    self.list.setCurrentIndex(self.model.index(row))
        self.update_heading()
        self.page.show_list(bool(accounts))
        ending = [a for a in accounts if a.login_ends_soon() and a.id not in self.reminded]
        if ending:
            self.reminded.update(a.id for a in ending)
            self.window().statusBar().showMessage(
                self.tr("The login of %1 ends within a week. Please reconnect it in Accounts.").replace(
                    "%1", ", ".join(a.display_name for a in ending)
                ),
                30_000,
            )
        self.actions.setVisible(bool(accounts))
        self._selection_changed()
        self.loaded = True

    # -- selection and actions -------------------------------------------------------------------
    def selected(self) -> AccountInfo | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return self.model.rows[index.row()]

    def _selection_changed(self, *args: object) -> None:
        selected = self.selected()
        for action in self.actions.for_selection:
            action.setEnabled(selected is not None)
        self.actions.reconnect_action.setEnabled(selected is not None and selected.network in connectable())
        self.actions.images_action.setEnabled(selected is not None and self._image_field(selected) is not None)
        self.actions.images_action.setVisible(any(self._image_field(a) is not None for a in self.model.rows))

    @staticmethod
    def _image_field(account: AccountInfo) -> Field | None:
        plugin = plugins().get(account.network)
        return next((f for f in plugin.fields if f.account), None) if plugin is not None else None

    def choose_image_host(self) -> None:
        account = self.selected()
        field = self._image_field(account) if account is not None else None
        if account is None or field is None:
            return
        hosts = [a for a in self.model.rows if a.network == field.account]
        names = [f"{a.display_name} ({a.handle})" for a in hosts] + [self.tr("None")]
        current = next((i for i, a in enumerate(hosts) if a.id == account.options.get(field.key)), len(hosts))
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Images via"),
            self.tr("%1 fetches images from the web. Which blog puts them there?").replace("%1", account.network_name),
            names,
            current,
            editable=False,
        )
        if not ok:
            return
        chosen = hosts[names.index(name)].id if name in names[: len(hosts)] else None
        self.jobs.start(
            self.tr("Saving"),
            self.core.connections.link_account(account.id, field.key, chosen),
            on_done=lambda _: self.events.accounts_changed.emit(),
            on_error=self._failed,
            quiet=True,
        )

    def _context_menu(self, position) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addActions(list(self.actions.for_selection))
        menu.exec(self.list.viewport().mapToGlobal(position))

    def connect_account(self, account: AccountInfo | None = None) -> ConnectDialog:
        dialog = ConnectDialog(self.core, self.jobs, self.organisations, parent=self)
        if account is not None:
            dialog.prefill(account)
        dialog.connected.connect(self._account_connected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_developer_apps(self, kind: str = "") -> DeveloperAppsDialog:
        dialog = DeveloperAppsDialog(self.core, self.jobs, self.organisations, kind, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reconnect_selected(self) -> None:
        account = self.selected()
        if account is not None:
            self.connect_account(account)

    def _account_connected(self, account: AccountInfo) -> None:
        self.events.accounts_changed.emit()
        self.window().statusBar().showMessage(self.tr("%1 is connected.").replace("%1", account.display_name), 8000)

    def check_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        self.jobs.start(
            self.tr("Testing the connection of %1").replace("%1", account.display_name),
            self.core.connections.check(account.id),
            on_done=self._checked,
            on_error=self._failed,
        )

    def _checked(self, result: CheckResult) -> None:
        self.model.messages[result.account.id] = result.message
        self.events.accounts_changed.emit()
        if result.ok:
            text = self.tr("%1 works.").replace("%1", result.account.display_name)
        else:
            text = f"{result.account.display_name}: {result.account.status_label}. {result.message}"
        self.window().statusBar().showMessage(text, 10_000)

    def rename_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename account"), self.tr("Name shown in Kurzdraht:"), text=account.display_name
        )
        if ok and name.strip() and name.strip() != account.display_name:
            self.jobs.start(
                self.tr("Renaming"),
                self.core.accounts.rename(account.id, name),
                on_done=lambda _: self.events.accounts_changed.emit(),
                on_error=self._failed,
                quiet=True,
            )

    def move_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        names = [o.name for o in self.organisations]
        current = names.index(account.organisation) if account.organisation in names else 0
        name, ok = QInputDialog.getItem(
            self, self.tr("Organisation"), self.tr("This account belongs to:"), names, current, editable=True
        )
        if ok and name.strip() and name.strip() != account.organisation:
            self.jobs.start(
                self.tr("Moving"),
                self._move(account.id, name),
                on_done=lambda _: self.events.accounts_changed.emit(),
                on_error=self._failed,
                quiet=True,
            )

    async def _move(self, account_id: int, organisation: str) -> None:
        await self.core.accounts.move(account_id, await self.core.accounts.ensure_organisation(organisation))

    def remove_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            literal_html(
                self.tr(
                    "Remove %1 from Kurzdraht? Kurzdraht withdraws its access on %2 and deletes the "
                    "saved login from this computer. Posts already published stay on %2."
                )
                .replace("%1", account.display_name)
                .replace("%2", account.network_name)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.jobs.start(
                self.tr("Removing %1").replace("%1", account.display_name),
                self.core.connections.remove(account.id),
                on_done=lambda withdrawn: self._removed(account, withdrawn),
                on_error=self._failed,
            )

    def _removed(self, account: AccountInfo, withdrawn: bool) -> None:
        self.events.accounts_changed.emit()
        if withdrawn:
            text = self.tr("%1 is removed.").replace("%1", account.display_name)
        else:
            text = (
                self.tr(
                    "%1 is removed. Kurzdraht may still have access on %2: you can withdraw it in the "
                    "account's settings there."
                )
                .replace("%1", account.display_name)
                .replace("%2", account.network_name)
            )
        self.window().statusBar().showMessage(text, 15_000)

    def _failed(self, error: BaseException) -> None:
        show_message(self, self.tr("Accounts"), user_message(error))

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
