"""Connecting a Mastodon, Bluesky or WordPress account: one page per network, the organisation it
belongs to, and a plain message in the dialog when something is wrong (nothing is stored then)."""

from __future__ import annotations

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
from desktop.networks import network_name
from desktop.networks.registry import CONNECTABLE
from ui.jobs import Job, JobRunner, user_message
from ui.widgets.icons import network_icon
from ui.widgets.untrusted import open_link, plain, rich

APP_PASSWORDS_BLUESKY = "https://bsky.app/settings/app-passwords"


def open_in_browser(address: str) -> None:
    """Open an address in the user's browser, http(s) only (tests replace this with their own "browser")."""
    open_link(address)


def labelled(form: QFormLayout, field: QWidget) -> QLabel:
    """Add a row whose label text is set later, in retranslate_ui."""
    label = plain(QLabel())
    label.setBuddy(field)
    form.addRow(label, field)
    return label


class ConnectPage(QWidget):
    """One network's page: an explanation above labelled fields (texts set in retranslate_ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = plain(QLabel())
        self.explanation.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.addRow(self.explanation)
        self.labels: dict[str, QLabel] = {}

    def field(self, name: str, object_name: str, placeholder: str = "", password: bool = False) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(object_name)
        line.setPlaceholderText(placeholder)
        if password:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels[name] = labelled(self.form, line)
        return line


class MastodonPage(ConnectPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instance = self.field("instance", "mastodonInstance", "social.example")
        self.token = self.field("token", "mastodonToken", password=True)

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "Enter your Mastodon server. Kurzdraht then opens your browser, where you sign in and "
                "allow Kurzdraht to post. If you prefer, paste an access token from Preferences → "
                "Development instead."
            )
        )
        self.labels["instance"].setText(self.tr("Server:"))
        self.labels["token"].setText(self.tr("Access token (optional):"))


class BlueskyPage(ConnectPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rich(self.explanation)  # a link to Bluesky's settings, opened by open_link
        self.handle = self.field("handle", "blueskyHandle", "name.bsky.social")
        self.password = self.field("password", "blueskyPassword", password=True)
        self.service = self.field("service", "blueskyService", "bsky.social")

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "Use an app password, not your main password. You create one in Bluesky under "
                '<a href="%1">Settings → Privacy and security → App passwords</a>.'
            ).replace("%1", APP_PASSWORDS_BLUESKY)
        )
        self.labels["handle"].setText(self.tr("Handle:"))
        self.labels["password"].setText(self.tr("App password:"))
        self.labels["service"].setText(self.tr("Server (only if not bsky.social):"))


class WordPressPage(ConnectPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site = self.field("site", "wordpressSite", "https://blog.example")
        self.user = self.field("user", "wordpressUser")
        self.password = self.field("password", "wordpressPassword", password=True)
        self.create_password = QPushButton()
        self.create_password.setObjectName("wordpressCreatePassword")
        self.form.addRow("", self.create_password)

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "Kurzdraht posts to your blog with an Application Password. Create one in WordPress under "
                "Users → Profile → Application Passwords, or with the button below, and paste it here."
            )
        )
        self.labels["site"].setText(self.tr("Blog address:"))
        self.labels["user"].setText(self.tr("User name:"))
        self.labels["password"].setText(self.tr("Application Password:"))
        self.create_password.setText(self.tr("Create an Application Password in the browser"))


class ConnectDialog(QDialog):
    """Asks for what one network needs, checks it against the network, then stores the account."""

    connected = Signal(object)  # AccountInfo

    def __init__(
        self,
        core: Core,
        jobs: JobRunner,
        organisations: list[OrganisationInfo],
        network: str = "mastodon",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setMinimumWidth(600)
        self.core = core
        self.jobs = jobs
        self.job: Job | None = None
        self.login = None  # a MastodonLogin while the browser sign-in runs
        self.network = QComboBox()
        self.network.setObjectName("connectNetwork")
        for key in CONNECTABLE:
            self.network.addItem(network_icon(key), network_name(key), key)
        self.organisation = QComboBox()
        self.organisation.setObjectName("connectOrganisation")
        self.organisation.setEditable(True)
        for organisation in organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        self.name = QLineEdit()
        self.name.setObjectName("connectName")
        self.pages = {"mastodon": MastodonPage(), "bluesky": BlueskyPage(), "wordpress": WordPressPage()}
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.message = plain(QLabel())
        self.message.setObjectName("connectMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        self.top = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.labels["network"] = labelled(self.top, self.network)
        self.labels["organisation"] = labelled(self.top, self.organisation)
        self.labels["name"] = labelled(self.top, self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.stack)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

        self.network.currentIndexChanged.connect(self._network_chosen)
        self.connect_button.clicked.connect(self.start_connecting)
        self.cancel_button.clicked.connect(self.reject)
        self.pages["wordpress"].create_password.clicked.connect(self._open_wordpress_authorisation)
        self.retranslate_ui()
        self.network.setCurrentIndex(max(0, self.network.findData(network)))
        self._network_chosen()

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

    def prefill(self, account: AccountInfo) -> None:
        """Reconnecting: the same network, server and name, only the login is asked again."""
        self.network.setCurrentIndex(max(0, self.network.findData(account.network)))
        self.network.setEnabled(False)
        self.organisation.setEditText(account.organisation)
        self.name.setText(account.display_name)
        if account.network == "mastodon":
            self.pages["mastodon"].instance.setText(account.server_url)
        elif account.network == "bluesky":
            self.pages["bluesky"].handle.setText(account.handle.lstrip("@"))
            self.pages["bluesky"].service.setText(account.server_url)
        elif account.network == "wordpress":
            self.pages["wordpress"].site.setText(account.server_url)
            self.pages["wordpress"].user.setText(account.handle)
        self.setWindowTitle(self.tr("Reconnect %1").replace("%1", account.display_name))

    @property
    def network_key(self) -> str:
        return self.network.currentData()

    def _network_chosen(self) -> None:
        self.stack.setCurrentWidget(self.pages[self.network_key])
        self.show_message("")
        self.adjustSize()

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
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
        connections = self.core.connections
        organisation = await self.core.accounts.ensure_organisation(organisation_name)
        name = self.name.text()
        if self.network_key == "bluesky":
            page = self.pages["bluesky"]
            return await connections.connect_bluesky(
                organisation, page.handle.text(), page.password.text(), page.service.text(), name
            )
        if self.network_key == "wordpress":
            page = self.pages["wordpress"]
            return await connections.connect_wordpress(
                organisation, page.site.text(), page.user.text(), page.password.text(), name
            )
        page = self.pages["mastodon"]
        if page.token.text().strip():
            return await connections.connect_mastodon_token(organisation, page.instance.text(), page.token.text(), name)
        self.login = connections.mastodon_login(page.instance.text())
        try:
            address = await self.login.start()
            self.show_message(
                self.tr(
                    "Please sign in and allow Kurzdraht in the browser window that just opened. Kurzdraht waits here."
                ),
                error=False,
            )
            open_in_browser(address)
            secret = await self.login.finish()
        finally:
            await self.login.cancel()
        return await connections.connect("mastodon", organisation, self.login.server_url, secret, name)

    def _connected(self, account: AccountInfo) -> None:
        self.job = None
        self.connected.emit(account)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self._busy(False)
        self.show_message(user_message(error))

    def _open_wordpress_authorisation(self) -> None:
        from desktop.errors import KurzdrahtError
        from desktop.networks.urls import server_url
        from desktop.networks.wordpress import authorize_url

        try:
            site = server_url(self.pages["wordpress"].site.text())
        except KurzdrahtError as error:
            self.show_message(str(error))
            return
        open_in_browser(authorize_url(site))
        self.show_message(self.tr("Copy the new password from the browser into the field above."), error=False)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
