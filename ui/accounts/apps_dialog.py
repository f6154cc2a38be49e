"""Developer apps: the organisation's own app at Meta (and Threads, …), through which those networks
sign in. A step-by-step guide with the exact settings to enter at the network, the redirect address to
copy, and the app's ID and secret (the secret goes only to the password store)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import OrganisationInfo
from desktop.app import Core
from desktop.developer_apps import DeveloperAppInfo
from desktop.i18n import translate
from desktop.networks import network_name
from desktop.networks.plugin import DeveloperAppKind, RedirectKind
from desktop.networks.registry import app_kinds
from ui.accounts.connect_page import labelled
from ui.jobs import Job, JobRunner, user_message
from ui.widgets.untrusted import open_link, plain
from ui.widgets.colours import Tone, text_style


def guide_html(kind: DeveloperAppKind) -> str:
    """The guide's steps as a numbered list (the texts are ours; the redirect address is escaped)."""
    import html

    redirect = html.escape(kind.loopback_redirect) if kind.loopback_redirect else ""
    steps = []
    for step in kind.guide:
        text = html.escape(translate("Networks", step))
        steps.append("<li style='margin-bottom:6px'>" + text.replace("%1", f"<b><code>{redirect}</code></b>") + "</li>")
    return "<ol style='margin-left:-20px'>" + "".join(steps) + "</ol>"


class DeveloperAppsDialog(QDialog):
    """One app kind of one organisation at a time: the guide, then its ID and secret."""

    saved = Signal(object)  # DeveloperAppInfo

    def __init__(
        self,
        core: Core,
        jobs: JobRunner,
        organisations: list[OrganisationInfo],
        kind: str = "",
        organisation: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("developerAppsDialog")
        self.setMinimumWidth(640)
        self.core = core
        self.jobs = jobs
        self.job: Job | None = None
        self.stored: list[DeveloperAppInfo] = []
        self.kind = QComboBox()
        self.kind.setObjectName("appKind")
        for declared in app_kinds().values():
            self.kind.addItem(declared.name, declared.key)
        self.organisation = QComboBox()
        self.organisation.setObjectName("appOrganisation")
        self.organisation.setEditable(True)
        for known in organisations:
            self.organisation.addItem(known.name, known.id)
        if organisation:
            self.organisation.setEditText(organisation)
        self.guide_title = plain(QLabel())
        self.guide_title.setObjectName("appGuideTitle")
        self.guide = QLabel()
        self.guide.setObjectName("appGuide")
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide.setWordWrap(True)
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_console = QPushButton()
        self.open_console.setObjectName("appOpenConsole")
        self.copy_redirect = QPushButton()
        self.copy_redirect.setObjectName("appCopyRedirect")
        for button in (self.open_console, self.copy_redirect):
            button.setAutoDefault(False)  # Enter saves, whichever button had the focus before
        self.app_id = QLineEdit()
        self.app_id.setObjectName("appId")
        self.secret = QLineEdit()
        self.secret.setObjectName("appSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.redirect = QLineEdit()
        self.redirect.setObjectName("appRedirect")
        self.redirect.setPlaceholderText("https://lindenhof.example/kurzdraht/")
        self.state = plain(QLabel())
        self.state.setObjectName("appState")
        self.state.setWordWrap(True)
        self.message = plain(QLabel())
        self.message.setObjectName("appMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("appSave")
        self.remove_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("appRemove")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        top = QFormLayout()
        self.labels = {"kind": labelled(top, self.kind), "organisation": labelled(top, self.organisation)}
        links = QHBoxLayout()
        links.addWidget(self.open_console)
        links.addWidget(self.copy_redirect)
        links.addStretch(1)
        fields = QFormLayout()
        self.labels["app_id"] = labelled(fields, self.app_id)
        self.labels["secret"] = labelled(fields, self.secret)
        self.labels["redirect"] = labelled(fields, self.redirect)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.guide_title)
        layout.addWidget(self.guide)
        layout.addLayout(links)
        layout.addLayout(fields)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # Enter saves (set once the button is in the dialog)

        self.kind.currentIndexChanged.connect(self._show_kind)
        self.organisation.currentTextChanged.connect(self._show_stored)
        self.open_console.clicked.connect(lambda: open_link(self.declared.console))
        self.copy_redirect.clicked.connect(self._copy_redirect)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.close_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._show_kind()
        self._load()

    @property
    def declared(self) -> DeveloperAppKind:
        return app_kinds()[self.kind.currentData()]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Developer apps"))
        self.labels["kind"].setText(self.tr("App at:"))
        self.labels["organisation"].setText(self.tr("Organisation:"))
        self.open_console.setText(self.tr("Open the developer pages"))
        self.copy_redirect.setText(self.tr("Copy the redirect address"))
        self.save_button.setText(self.tr("Save"))
        self.remove_button.setText(self.tr("Remove"))

    def _show_kind(self) -> None:
        declared = self.declared
        networks = ", ".join(network_name(n) for n in declared.networks)
        self.guide_title.setText(
            self.tr("Your organisation's own %1 app, once, for %2:")
            .replace("%1", declared.name)
            .replace("%2", networks)
        )
        self.guide.setText(guide_html(declared))
        # What the network calls them ("Client ID:"); X's public client has no secret at all.
        self.labels["app_id"].setText(translate("Networks", declared.id_label))
        self.labels["secret"].setText(translate("Networks", declared.secret_label))
        self.secret.setVisible(declared.needs_secret)
        self.labels["secret"].setVisible(declared.needs_secret)
        loopback = declared.redirect == RedirectKind.LOOPBACK
        # Only where the guide names an address to register (Google's desktop clients need none).
        self.copy_redirect.setVisible(
            declared.redirect != RedirectKind.REGISTERED and any("%1" in step for step in declared.guide)
        )
        self.redirect.setVisible(not loopback)
        self.labels["redirect"].setVisible(not loopback)
        self.labels["redirect"].setText(
            self.tr("Redirect address (https, optional):")
            if declared.redirect == RedirectKind.EITHER
            else self.tr("Redirect address (https):")
        )
        self._show_stored()

    def _load(self) -> None:
        self.jobs.start(self.tr("Loading developer apps"), self.core.apps.list(), on_done=self._loaded, quiet=True)

    def _loaded(self, stored: list[DeveloperAppInfo]) -> None:
        self.stored = stored
        self._show_stored()

    def _current(self) -> DeveloperAppInfo | None:
        organisation = self.organisation.currentText().strip()
        return next(
            (a for a in self.stored if a.kind == self.kind.currentData() and a.organisation == organisation), None
        )

    def _show_stored(self) -> None:
        current = self._current()
        self.app_id.setText(current.app_id if current else "")
        self.redirect.setText(current.redirect_uri if current else "")
        self.secret.clear()
        self.secret.setPlaceholderText(self.tr("saved in the password store") if current else "")
        self.remove_button.setEnabled(current is not None)
        if current is None:
            self.state.setText(self.tr("Not set up yet for this organisation."))
        elif not self.declared.needs_secret:
            self.state.setText(self.tr("Saved: app %1.").replace("%1", current.app_id))
        else:
            self.state.setText(
                self.tr("Saved: app %1. Enter the secret again only to change it.").replace("%1", current.app_id)
            )

    def _copy_redirect(self) -> None:
        current = self._current()
        QGuiApplication.clipboard().setText(
            (current.redirect_uri if current else "") or self.declared.loopback_redirect
        )
        self.show_message(self.tr("The redirect address is copied."), error=False)

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(text_style(Tone.ERROR) if error else "")
        self.message.setText(text)

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        organisation = self.organisation.currentText().strip()
        if not organisation:
            self.show_message(self.tr("Please choose or enter the organisation this app belongs to."))
            return
        current = self._current()
        if current is not None and self.declared.needs_secret and not self.secret.text().strip():
            self.show_message(self.tr("Please enter the app secret again to change the app."))
            return
        self.save_button.setEnabled(False)
        self.job = self.jobs.start(
            self.tr("Saving the developer app"),
            self._save(
                organisation, self.kind.currentData(), self.app_id.text(), self.secret.text(), self.redirect.text()
            ),
            on_done=self._saved,
            on_error=self._failed,
            quiet=True,
        )

    async def _save(self, organisation: str, kind: str, app_id: str, secret: str, redirect: str) -> DeveloperAppInfo:
        organisation_id = await self.core.accounts.ensure_organisation(organisation)
        return await self.core.apps.set(kind, organisation_id, app_id, secret, redirect)

    def _saved(self, app: DeveloperAppInfo) -> None:
        self.job = None
        self.save_button.setEnabled(True)
        self.stored = [a for a in self.stored if (a.kind, a.organisation) != (app.kind, app.organisation)] + [app]
        self._show_stored()
        self.show_message(self.tr("Saved. You can now connect accounts through this app."), error=False)
        self.saved.emit(app)

    def remove(self) -> None:
        current = self._current()
        if current is None:
            return
        self.job = self.jobs.start(
            self.tr("Removing the developer app"),
            self.core.apps.remove(current.kind, current.organisation_id),
            on_done=lambda _: self._removed(current),
            on_error=self._failed,
            quiet=True,
        )

    def _removed(self, app: DeveloperAppInfo) -> None:
        self.job = None
        self.stored = [a for a in self.stored if a != app]
        self._show_stored()
        self.show_message(self.tr("Removed. Accounts connected through it keep working."), error=False)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.save_button.setEnabled(True)
        self.show_message(user_message(error))

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
