"""Settings in one place, a page per topic (each page its own file): general, organisations, inbox,
backups, data folder, developer apps. OK and Apply store everything at once through the core (a refusal
shows its page and changes nothing); Cancel leaves everything as it was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts import OrganisationInfo
from desktop.app import Core
from desktop.store.backups import Backup
from ui.events import AppEvents
from ui.jobs import JobRunner, user_message
from ui.settings.apps_page import DeveloperAppSettings
from ui.settings.backups_page import BackupSettings
from ui.settings.data_page import DataFolderSettings
from ui.settings.general_page import GeneralSettings
from ui.settings.inbox_page import InboxSettings
from ui.settings.organisations_page import OrganisationSettings
from ui.settings.page import SettingsPage, wrapped
from ui.widgets.colours import Tone, text_style
from ui.widgets.untrusted import plain


class SettingsDialog(QDialog):
    language_requested = Signal(str)  # "system", "de" or "en": the app switches its language
    restore_requested = Signal()  # "Restore from a backup…"

    def __init__(
        self, core: Core, jobs: JobRunner, events: AppEvents, page: str = "general", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.core = core
        self.jobs = jobs
        self.events = events
        self.organisations: list[OrganisationInfo] = []
        self.saving = False
        self._stage = ""  # the page whose values are being stored (a refusal shows that page)
        self.general = GeneralSettings()
        self.organisation_page = OrganisationSettings()
        self.organisation_page.slots_requested.connect(self.edit_slots)
        self.rows = self.organisation_page.rows_editor
        self.inbox = InboxSettings()
        self.backups = BackupSettings(core.paths.root / "backups")
        self.backups.back_up_requested.connect(self.back_up)
        self.backups.restore_requested.connect(self.restore_requested)
        self.data = DataFolderSettings(core.paths)
        self.apps = DeveloperAppSettings()
        self.apps.apps_requested.connect(self.edit_developer_apps)
        self.pages: list[SettingsPage] = [
            self.general,
            self.organisation_page,
            self.inbox,
            self.backups,
            self.data,
            self.apps,
        ]
        self.index = QListWidget()  # six fixed entries
        self.index.setObjectName("settingsPages")
        self.index.setFixedWidth(180)
        self.stack = QStackedWidget()
        for settings_page in self.pages:
            self.stack.addWidget(settings_page)
            self.index.addItem("")
            self.index.item(self.index.count() - 1).setSizeHint(QSize(160, 30))
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.message = plain(wrapped(QLabel()))
        self.message.setObjectName("settingsMessage")
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.buttons.accepted.connect(lambda: self.apply(close=True))
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(lambda: self.apply(close=False))
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        self.retranslate_ui()
        self.show_page(page)
        self.load()
        events.core_ready.connect(self.load)  # restored from a backup: its organisations, its settings

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for row, settings_page in enumerate(self.pages):
            self.index.item(row).setText(settings_page.title())
        self.index.setAccessibleName(self.tr("Settings pages"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_page(self, key: str) -> None:
        keys = [p.key for p in self.pages]
        self.index.setCurrentRow(keys.index(key) if key in keys else 0)

    @property
    def page(self) -> str:
        return self.pages[self.index.currentRow()].key

    # -- loading ---------------------------------------------------------------------------------------
    def load(self) -> None:
        for settings_page in self.pages:
            settings_page.load(self.core.settings)
        self.jobs.start(self.tr("Loading settings"), self._read(), on_done=self._loaded, quiet=True)

    async def _read(self) -> tuple[list[OrganisationInfo], Backup | None]:
        backups = await self.core.backups.list()
        return await self.core.accounts.organisations(), backups[0] if backups else None

    def _loaded(self, loaded: tuple[list[OrganisationInfo], Backup | None]) -> None:
        self.organisations, latest = loaded
        self.rows.set_organisations(self.organisations)
        self.backups.show_latest(latest)

    # -- storing ---------------------------------------------------------------------------------------
    def apply(self, close: bool) -> None:
        if self.saving:
            return
        self.saving = True
        self.message.clear()
        self.buttons.setEnabled(False)
        language_before = self.core.settings.get("language")
        self.jobs.start(
            self.tr("Saving settings"),
            self._store(),
            on_done=lambda organisations: self._stored(organisations, close, language_before),
            on_error=self._refused,
        )

    async def _store(self) -> list[OrganisationInfo]:
        # Checked first, then stored: a refused organisation or folder leaves every setting as it was.
        self._stage = self.organisation_page.key
        organisations = self.organisations
        if self.rows.changed_from(self.organisations):
            organisations = await self.core.accounts.save_organisations(self.rows.entered(), self.rows.removed)
        self._stage = self.backups.key
        if self.backups.folder.text().strip() != self.core.settings.get("backup_folder"):
            await self.core.use_backup_folder(self.backups.folder.text())
        self._stage = ""
        for settings_page in self.pages:
            for key, value in settings_page.values().items():
                self.core.settings.set(key, value)
        await self.core.settings.asave()
        return organisations

    def _stored(self, organisations: list[OrganisationInfo], close: bool, language_before: str) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        changed_organisations = organisations != self.organisations
        self.organisations = organisations
        self.rows.set_organisations(organisations)
        self.backups.folder.setText(self.core.settings.get("backup_folder"))
        self.events.settings_changed.emit()
        if changed_organisations:
            self.events.accounts_changed.emit()  # organisations show with the accounts, in the calendar
            self.events.schedule_changed.emit()
        if self.core.settings.get("language") != language_before:
            self.language_requested.emit(self.core.settings.get("language"))
        if close:
            self.accept()

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if self._stage:
            self.show_page(self._stage)
        self.message.setText(user_message(error))

    # -- what the pages ask for --------------------------------------------------------------------------
    def back_up(self) -> None:
        self.backups.back_up_now.setEnabled(False)
        self.message.clear()
        self.jobs.start(self.tr("Backing up"), self._back_up(), on_done=self._backed_up, on_error=self._not_backed_up)

    async def _back_up(self) -> Backup:
        if self.backups.folder.text().strip() != self.core.settings.get("backup_folder"):
            await self.core.use_backup_folder(self.backups.folder.text())  # to the folder shown
            await self.core.settings.asave()
        return await self.core.backups.create()

    def _backed_up(self, backup: Backup) -> None:
        self.backups.back_up_now.setEnabled(True)
        self.backups.show_latest(backup)

    def _not_backed_up(self, error: BaseException) -> None:
        self.backups.back_up_now.setEnabled(True)
        self.message.setText(user_message(error))

    def edit_slots(self) -> None:
        from ui.calendar.slots_dialog import PostingSlotsDialog

        dialog = PostingSlotsDialog(self.core, self.jobs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_developer_apps(self) -> None:
        from ui.accounts.apps_dialog import DeveloperAppsDialog

        dialog = DeveloperAppsDialog(self.core, self.jobs, self.organisations, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
