"""The first-run guide: language, the organisation(s), the first account (a tile per network, opening its
sign-in directly), then the composer for the first post. Skippable; Help → First steps opens it again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.accounts import AccountInfo, OrganisationInfo
from desktop.app import Core
from desktop.networks import network_name
from desktop.networks.registry import plugins
from ui.events import AppEvents
from ui.jobs import JobRunner, user_message
from ui.settings.organisations import OrganisationRows
from ui.settings.page import LanguageChoice, wrapped
from ui.widgets.icons import network_icon
from ui.widgets.untrusted import plain
from ui.widgets.colours import Tone, text_style

TILE_COLUMNS = 4


class GuidePage(QWizardPage):
    """A page that sets its texts again when the language changes (it can change on the first page)."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class WelcomePage(GuidePage):
    def __init__(self, guide: "FirstRunGuide") -> None:
        super().__init__()
        self.guide = guide
        self.text = wrapped(QLabel())
        self.language = LanguageChoice()
        self.language.setObjectName("guideLanguage")
        self.language.set_code(guide.core.settings.get("language"))
        self.language.currentIndexChanged.connect(lambda _: guide.language_requested.emit(self.language.code()))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        self.demo_text = wrapped(QLabel())
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("guideDemo")
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(guide.demo_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.demo_text)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to Kurzdraht"))
        self.setSubTitle(self.tr("Three short steps: your organisation, your first account, your first post."))
        self.text.setText(
            self.tr(
                "Kurzdraht gathers the comments from all your networks in one inbox, publishes a post to several "
                "networks in one click and keeps your posts in a calendar. Everything stays on this computer; "
                "passwords go to the computer's password store. You can skip this guide and open it again "
                "from Help → First steps."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.demo_text.setText(
            self.tr("Would you rather look around first? The sample workspace has made-up accounts and posts.")
        )
        self.demo_button.setText(self.tr("Open the sample workspace"))
        self.demo_button.setAccessibleDescription(self.tr("Starts a second Kurzdraht with made-up data"))


class OrganisationsPage(GuidePage):
    def __init__(self, guide: "FirstRunGuide") -> None:
        super().__init__()
        self.guide = guide
        self.text = wrapped(QLabel())
        self.rows = OrganisationRows()
        self.rows.changed.connect(self.completeChanged)
        self.message = plain(wrapped(QLabel()))
        self.message.setObjectName("guideOrganisationsMessage")
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.saving = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.rows)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("Whom do you post for? If you post for two organisations, add the second one."))
        self.text.setText(
            self.tr(
                "Each organisation gets its own colour in the calendar, and its posts are scheduled in its "
                "time zone. You can change both later in Settings."
            )
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.rows.has_name() and not self.saving

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self.rows.changed_from(self.guide.organisations):
            return True
        # Stored in the background; the guide moves on when the core has accepted them.
        self.saving = True
        self.completeChanged.emit()
        self.message.clear()
        self.guide.jobs.start(
            self.tr("Saving the organisations"),
            self.guide.core.accounts.save_organisations(self.rows.entered(), self.rows.removed),
            on_done=self._saved,
            on_error=self._refused,
        )
        return False

    def _saved(self, organisations: list[OrganisationInfo]) -> None:
        self.saving = False
        self.guide.organisations = organisations
        self.rows.set_organisations(organisations)
        self.guide.events.accounts_changed.emit()  # the organisations are shown with the accounts
        self.completeChanged.emit()
        self.guide.next()

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.message.setText(user_message(error))
        self.completeChanged.emit()


class AccountsPage(GuidePage):
    def __init__(self, guide: "FirstRunGuide") -> None:
        super().__init__()
        self.guide = guide
        self.text = wrapped(QLabel())
        self.tiles: dict[str, QToolButton] = {}
        grid = QGridLayout()
        for number, key in enumerate(plugins()):
            tile = QToolButton()
            tile.setObjectName(f"guideTile-{key}")
            tile.setIcon(network_icon(key))
            tile.setIconSize(QSize(36, 36))
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.setMinimumSize(QSize(140, 84))
            tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            tile.clicked.connect(lambda _=False, k=key: guide.connect_account(k))
            grid.addWidget(tile, number // TILE_COLUMNS, number % TILE_COLUMNS)
            self.tiles[key] = tile
        self.connected = plain(wrapped(QLabel()))
        self.connected.setObjectName("guideConnected")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(grid)
        layout.addWidget(self.connected)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Connect your first account"))
        self.setSubTitle(self.tr("Choose a network your organisation uses. You can connect more later in Accounts."))
        self.text.setText(
            self.tr(
                "Each network's page says what it needs: for most, you sign in in your browser and allow "
                "Kurzdraht there."
            )
        )
        self.show_accounts(self.guide.accounts)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        next(iter(self.tiles.values())).setFocus()

    def show_accounts(self, accounts: list[AccountInfo]) -> None:
        for key, tile in self.tiles.items():
            mine = [a for a in accounts if a.network == key]
            name = network_name(key)
            tile.setText(name + ("\n" + self.tr("✓ connected") if mine else ""))
            tile.setAccessibleName(name)
            tile.setAccessibleDescription(
                self.tr("Connected: %1").replace("%1", ", ".join(a.display_name for a in mine))
                if mine
                else self.tr("Connect a %1 account").replace("%1", name)
            )
            tile.setToolTip(tile.accessibleDescription())
        self.connected.setText(
            self.tr("Connected: %1").replace("%1", ", ".join(a.name_among(accounts) for a in accounts))
            if accounts
            else ""
        )


class FirstPostPage(GuidePage):
    def __init__(self, guide: "FirstRunGuide") -> None:
        super().__init__()
        self.guide = guide
        self.text = wrapped(QLabel())
        self.text.setObjectName("guideFirstPost")
        self.later = wrapped(QLabel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate_ui()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Write your first post"))
        if self.guide.accounts:
            self.setSubTitle(self.tr("Everything is ready."))
            self.text.setText(
                self.tr(
                    "The composer opens with your accounts ticked. Write your post, see each network's limits "
                    "as you type, then publish it in one click or schedule it. Until then it stays a draft on "
                    "this computer, also offline."
                )
            )
        else:
            self.setSubTitle(self.tr("You can start without an account."))
            self.text.setText(
                self.tr(
                    "Posts can be written and kept as drafts now, also offline. To publish them, connect an "
                    "account in Accounts."
                )
            )
        self.later.setText(
            self.tr(
                "New comments arrive in the Inbox, your posts show in the Calendar. "
                "Help → First steps opens this guide again."
            )
        )


class FirstRunGuide(QWizard):
    """Finished or skipped, it is not shown by itself again."""

    language_requested = Signal(str)  # "system", "de" or "en"
    demo_requested = Signal()
    write_post = Signal(object)  # the ids of the accounts connected so far: the first post goes to them

    def __init__(
        self,
        core: Core,
        jobs: JobRunner,
        events: AppEvents,
        organisations: list[OrganisationInfo],
        accounts: list[AccountInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunGuide")
        self.core = core
        self.jobs = jobs
        self.events = events
        self.organisations = organisations
        self.accounts = accounts
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.CancelButtonOnLeft)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        # Fits a full-HD screen at 200 % (960 × 540 logical pixels, less a task bar); roomier if it can be.
        self.setMinimumSize(620, 460)
        self.resize(720, 540)
        self.welcome = WelcomePage(self)
        self.organisations_page = OrganisationsPage(self)
        self.organisations_page.rows.set_organisations(organisations)
        self.accounts_page = AccountsPage(self)
        self.first_post = FirstPostPage(self)
        for page in (self.welcome, self.organisations_page, self.accounts_page, self.first_post):
            self.addPage(page)
        self.connect_dialog = None
        events.accounts_changed.connect(self._reload_accounts)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("First steps with Kurzdraht"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip the guide"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Write your first post"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def connect_account(self, network: str):  # noqa: ANN201 - a ConnectDialog
        from ui.accounts.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.core, self.jobs, self.organisations, network=network, parent=self)
        dialog.connected.connect(lambda _: self.events.accounts_changed.emit())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "connect_dialog", None))
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    def _reload_accounts(self) -> None:
        self.jobs.start(self.tr("Loading accounts"), self.core.accounts.list(), on_done=self._show_accounts, quiet=True)

    def _show_accounts(self, accounts: list[AccountInfo]) -> None:
        self.accounts = accounts
        self.accounts_page.show_accounts(accounts)

    def accept(self) -> None:
        self._done()
        super().accept()
        self.write_post.emit(tuple(a.id for a in self.accounts))

    def reject(self) -> None:
        self._done()
        super().reject()

    def _done(self) -> None:
        self.core.settings.set("first_run_guide_done", True)
        self.jobs.start(self.tr("Saving settings"), self.core.settings.asave(), quiet=True)
