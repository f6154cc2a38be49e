"""Connecting an account: the network, the organisation it belongs to, and the network's own page (made
from its declaration, see `connect_page`); a plain message in the dialog when something is wrong
(nothing is stored then). During a browser sign-in the dialog waits, and asks for what the network
needs on the way (the address the browser ended on, a choice such as the Facebook Page)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import AccountInfo, OrganisationInfo
from desktop.app import Core

if TYPE_CHECKING:
    from ui.accounts.apps_dialog import DeveloperAppsDialog
from desktop.errors import KurzdrahtError
from desktop.i18n import translate
from desktop.networks import network_name
from desktop.networks.plugin import BrowserStep, Link
from desktop.networks.registry import plugins
from ui.accounts.connect_page import ConnectPage, labelled
from ui.jobs import Job, JobRunner, user_message
from ui.widgets.icons import network_icon
from ui.widgets.untrusted import open_link, plain
from ui.widgets.colours import Tone, text_style


def open_in_browser(address: str) -> None:
    """Open an address in the user's browser, http(s) only (tests replace this with their own "browser")."""
    open_link(address)


class SignInQuestion(QWidget):
    """Below the page while a sign-in waits for the user: a pasted address or a choice, then Continue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = plain(QLabel())
        self.prompt.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setObjectName("connectPastedAddress")
        self.choice = QComboBox()
        self.choice.setObjectName("connectChoice")
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("connectContinue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.choice, 1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self._answer: asyncio.Future[str] | None = None
        self.continue_button.clicked.connect(self._answered)
        self.address.returnPressed.connect(self._answered)
        self.hide()

    def retranslate_ui(self) -> None:
        self.continue_button.setText(self.tr("Continue"))
        self.address.setPlaceholderText("https://…")

    async def ask(self, prompt: str, options: Sequence[tuple[str, str]] = ()) -> str:
        """Show the question and wait for Continue; the pasted address or the chosen option's key."""
        self.prompt.setText(prompt)
        self.address.clear()
        self.address.setVisible(not options)
        self.choice.clear()
        for key, label in options:
            self.choice.addItem(label, key)
        self.choice.setVisible(bool(options))
        self.show()
        (self.choice if options else self.address).setFocus()
        self._answer = asyncio.get_running_loop().create_future()
        try:
            return await self._answer
        finally:
            self._answer = None
            self.hide()

    def _answered(self) -> None:
        if self._answer is None or self._answer.done():
            return
        if self.choice.isVisible():
            self._answer.set_result(self.choice.currentData())
        elif self.address.text().strip():
            self._answer.set_result(self.address.text())


class DialogUser:
    """The person at the dialog, as a sign-in reaches them (see `SignInUser`)."""

    def __init__(self, dialog: "ConnectDialog") -> None:
        self.dialog = dialog

    async def open_browser(self, step: BrowserStep) -> None:
        self.dialog.login = step
        self.dialog.show_message(
            translate(
                "ConnectDialog",
                "Please sign in and allow Kurzdraht in the browser window that just opened. Kurzdraht waits here.",
            ),
            error=False,
        )
        open_in_browser(step.address)

    async def pasted_address(self, step: BrowserStep) -> str:
        self.dialog.login = step
        self.dialog.show_message("", error=False)
        return await self.dialog.question.ask(
            translate(
                "ConnectDialog",
                "When you have allowed Kurzdraht, your browser shows another page. Copy that page's whole "
                "address from the browser's address bar and paste it here:",
            )
        )

    async def choose(self, question: str, options: Sequence[tuple[str, str]]) -> str:
        self.dialog.show_message("", error=False)
        return await self.dialog.question.ask(question, options)


class ConnectDialog(QDialog):
    """Asks for what one network needs, checks it against the network, then stores the account."""

    connected = Signal(object)  # AccountInfo

    def __init__(
        self,
        core: Core,
        jobs: JobRunner,
        organisations: list[OrganisationInfo],
        network: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setMinimumWidth(600)
        self.core = core
        self.jobs = jobs
        self.organisations = organisations
        self.job: Job | None = None
        self.login: BrowserStep | None = None  # while a browser sign-in runs
        self.network = QComboBox()
        self.network.setObjectName("connectNetwork")
        for key in plugins():
            self.network.addItem(network_icon(key), network_name(key), key)
        self.organisation = QComboBox()
        self.organisation.setObjectName("connectOrganisation")
        self.organisation.setEditable(True)
        for organisation in organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        self.name = QLineEdit()
        self.name.setObjectName("connectName")
        self.pages = {key: ConnectPage(plugin) for key, plugin in plugins().items()}
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
            for link in page.plugin.links:
                page.buttons[link.key].clicked.connect(lambda _=False, p=page, k=link: self._open_link(p, k))
            if page.set_up_app is not None and page.plugin.app is not None:
                page.set_up_app.clicked.connect(lambda _=False, k=page.plugin.app.key: self.open_developer_apps(k))
        self.question = SignInQuestion()
        self.message = plain(QLabel())
        self.message.setObjectName("connectMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        self.top = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.labels["network"] = labelled(self.top, self.network)
        self.labels["organisation"] = labelled(self.top, self.organisation)
        self.labels["name"] = labelled(self.top, self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.stack)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        # Enter connects: made the default once it is in the dialog (before, Qt had no dialog to tell).
        self.connect_button.setDefault(True)

        self.network.currentIndexChanged.connect(self._network_chosen)
        self.connect_button.clicked.connect(self.start_connecting)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.network.setCurrentIndex(max(0, self.network.findData(network)))
        self._network_chosen()
        if network:  # chosen already (a tile of the first-run guide): the cursor in the page's first field
            first = next(iter(self.pages[self.network_key].fields.values()), None)
            if first is not None:
                first.setFocus()
        if any(page.choices for page in self.pages.values()):
            self.jobs.start(
                self.tr("Loading accounts"), core.accounts.list(), on_done=self._accounts_loaded, quiet=True
            )

    def _accounts_loaded(self, accounts: list[AccountInfo]) -> None:
        for page in self.pages.values():
            page.set_accounts(accounts)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Connect an account"))
        self.labels["network"].setText(self.tr("Network:"))
        self.labels["organisation"].setText(self.tr("Organisation:"))
        self.labels["name"].setText(self.tr("Name in Kurzdraht (optional):"))
        self.name.setPlaceholderText(self.tr("as the network shows it"))
        self.organisation.lineEdit().setPlaceholderText(self.tr("e.g. Nachbarschaftszentrum Lindenhof"))
        self.connect_button.setText(self.tr("Connect"))
        for page in self.pages.values():
            page.retranslate_ui()
        self.question.retranslate_ui()

    def prefill(self, account: AccountInfo) -> None:
        """Reconnecting: the same network, server and name, only the login is asked again."""
        self.network.setCurrentIndex(max(0, self.network.findData(account.network)))
        self.network.setEnabled(False)
        self.organisation.setEditText(account.organisation)
        self.name.setText(account.display_name)
        if account.network in self.pages:
            self.pages[account.network].prefill(account)
        self.setWindowTitle(self.tr("Reconnect %1").replace("%1", account.display_name))

    @property
    def network_key(self) -> str:
        return self.network.currentData()

    def _network_chosen(self) -> None:
        self.stack.setCurrentWidget(self.pages[self.network_key])
        self.show_message("")
        self.adjustSize()

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(text_style(Tone.ERROR) if error else "")
        self.message.setText(text)

    def _busy(self, busy: bool) -> None:
        for widget in (self.organisation, self.name, self.stack, self.connect_button):
            widget.setEnabled(not busy)

    # -- connecting ----------------------------------------------------------------------------------
    def start_connecting(self) -> None:
        organisation = self.organisation.currentText().strip()
        if not organisation:
            self.show_message(self.tr("Please choose or enter the organisation this account belongs to."))
            return
        self._busy(True)
        self.show_message(self.tr("Checking with %1 …").replace("%1", network_name(self.network_key)), error=False)
        self.job = self.jobs.start(
            self.tr("Connecting an account"),
            self._connect(organisation),
            on_done=self._connected,
            on_error=self._failed,
            quiet=True,
        )

    async def _connect(self, organisation_name: str) -> AccountInfo:
        organisation = await self.core.accounts.ensure_organisation(organisation_name)
        page = self.pages[self.network_key]
        return await self.core.connections.sign_in(
            self.network_key, organisation, page.values(), DialogUser(self), self.name.text()
        )

    def _connected(self, account: AccountInfo) -> None:
        self.job = None
        self.connected.emit(account)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self._busy(False)
        self.show_message(user_message(error))

    def open_developer_apps(self, kind: str) -> "DeveloperAppsDialog":
        from ui.accounts.apps_dialog import DeveloperAppsDialog

        dialog = DeveloperAppsDialog(
            self.core, self.jobs, self.organisations, kind, self.organisation.currentText(), parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _open_link(self, page: ConnectPage, link: Link) -> None:
        try:
            address = link.address(page.values())
        except KurzdrahtError as error:
            self.show_message(str(error))
            return
        open_in_browser(address)
        self.show_message(translate("Networks", link.after), error=False)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
