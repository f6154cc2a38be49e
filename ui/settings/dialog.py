"""Settings in one place, a page per topic: general, organisations, inbox, backups, data folder, developer
apps. OK and Apply store everything at once through the core (a refusal names the page and changes
nothing); Cancel leaves everything as it was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import Qt

from desktop.accounts import OrganisationInfo
from desktop.app import Core
from desktop.settings import SETTINGS
from desktop.store.backups import Backup
from ui.events import AppEvents
from ui.jobs import JobRunner, user_message
from ui.settings.organisations import OrganisationRows
from ui.widgets.times import local_date_time
from ui.widgets.untrusted import plain
from ui.widgets.colours import Tone, text_style

PAGES = ("general", "organisations", "inbox", "backups", "data", "apps")
LANGUAGES = SETTINGS["language"].choices  # "system", "de", "en"
SYNC_CHOICES = (0, 5, 15, 30, 60)


def _wrapped(text: QLabel) -> QLabel:
    text.setWordWrap(True)
    return text


def _page(*rows: QWidget | QFormLayout | QHBoxLayout) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 0, 0, 0)
    for row in rows:
        if isinstance(row, QWidget):
            layout.addWidget(row)
        else:
            layout.addLayout(row)
    layout.addStretch(1)
    return page


def _spin(key: str) -> QSpinBox:
    setting = SETTINGS[key]
    spin = QSpinBox()
    spin.setRange(setting.minimum or 0, setting.maximum or 999)
    return spin


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
        self.index = QListWidget()  # six fixed entries
        self.index.setObjectName("settingsPages")
        self.index.setFixedWidth(180)
        self.stack = QStackedWidget()
        self._build_general()
        self._build_organisations()
        self._build_inbox()
        self._build_backups()
        self._build_data()
        self._build_apps()
        for _ in PAGES:
            self.index.addItem("")
            self.index.item(self.index.count() - 1).setSizeHint(QSize(160, 30))
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.message = plain(_wrapped(QLabel()))
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

    # -- pages -----------------------------------------------------------------------------------------
    def _build_general(self) -> None:
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItems(["", "Deutsch", "English"])  # language names in their own language
        self.tray = QCheckBox()
        self.tray.setObjectName("settingsTray")
        self.late_hours = _spin("publish_missed_within_hours")
        self.late_hours.setObjectName("settingsLateHours")
        self.late_text = _wrapped(QLabel())
        form = QFormLayout()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        form.addRow(self.tray)
        self.late_label = _wrapped(QLabel())
        self.late_label.setBuddy(self.late_hours)
        form.addRow(self.late_label, self.late_hours)
        self.stack.addWidget(_page(form, self.late_text))

    def _build_organisations(self) -> None:
        self.organisations_text = _wrapped(QLabel())
        self.rows = OrganisationRows()
        self.slots_button = QPushButton()
        self.slots_button.setObjectName("settingsSlots")
        self.slots_button.setAutoDefault(False)
        self.slots_button.clicked.connect(self.edit_slots)
        self.slots_text = _wrapped(QLabel())
        row = QHBoxLayout()
        row.addWidget(self.slots_button)
        row.addWidget(self.slots_text, 1)
        self.stack.addWidget(_page(self.organisations_text, self.rows, row))

    def _build_inbox(self) -> None:
        self.interval = QComboBox()
        self.interval.setObjectName("settingsInterval")
        for minutes in SYNC_CHOICES:
            self.interval.addItem("", minutes)
        self.notify = QCheckBox()
        self.notify.setObjectName("settingsNotify")
        self.interval_label = QLabel()
        self.interval_label.setBuddy(self.interval)
        form = QFormLayout()
        form.addRow(self.interval_label, self.interval)
        form.addRow(self.notify)
        self.stack.addWidget(_page(form))

    def _build_backups(self) -> None:
        self.backups_text = _wrapped(QLabel())
        self.backup_folder = QLineEdit()
        self.backup_folder.setObjectName("settingsBackupFolder")
        self.backup_folder.setPlaceholderText(str(self.core.paths.root / "backups"))
        self.choose_folder = QPushButton()
        self.choose_folder.setObjectName("settingsChooseBackupFolder")
        self.choose_folder.setAutoDefault(False)
        self.choose_folder.clicked.connect(self._choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.choose_folder)
        self.kept = _spin("backups_kept")
        self.kept.setObjectName("settingsBackupsKept")
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.backup_folder)
        self.kept_label = QLabel()
        self.kept_label.setBuddy(self.kept)
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.kept_label, self.kept)
        self.back_up_now = QPushButton()
        self.back_up_now.setObjectName("settingsBackUpNow")
        self.back_up_now.setAutoDefault(False)
        self.back_up_now.clicked.connect(self.back_up)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("settingsRestore")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_now)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.last_backup = plain(_wrapped(QLabel()))
        self.last_backup.setObjectName("settingsLastBackup")
        self.latest: Backup | None = None
        self.stack.addWidget(_page(self.backups_text, form, buttons, self.last_backup))

    def _build_data(self) -> None:
        self.data_text = _wrapped(QLabel())
        self.data_folder = plain(QLabel(str(self.core.paths.root)))
        self.data_folder.setObjectName("settingsDataFolder")
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data = QPushButton()
        self.open_data.setObjectName("settingsOpenDataFolder")
        self.open_data.setAutoDefault(False)
        self.open_data.clicked.connect(lambda: self._open_folder(str(self.core.paths.root)))
        self.open_logs = QPushButton()
        self.open_logs.setObjectName("settingsOpenLogs")
        self.open_logs.setAutoDefault(False)
        self.open_logs.clicked.connect(lambda: self._open_folder(str(self.core.paths.logs)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_data)
        buttons.addWidget(self.open_logs)
        buttons.addStretch(1)
        self.other_folder = _wrapped(QLabel())
        self.stack.addWidget(_page(self.data_text, self.data_folder, buttons, self.other_folder))

    def _build_apps(self) -> None:
        self.apps_text = _wrapped(QLabel())
        self.apps_button = QPushButton()
        self.apps_button.setObjectName("settingsDeveloperApps")
        self.apps_button.setAutoDefault(False)
        self.apps_button.clicked.connect(self.edit_developer_apps)
        row = QHBoxLayout()
        row.addWidget(self.apps_button)
        row.addStretch(1)
        self.stack.addWidget(_page(self.apps_text, row))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        names = (
            self.tr("General"),
            self.tr("Organisations"),
            self.tr("Inbox"),
            self.tr("Backups"),
            self.tr("Data folder"),
            self.tr("Developer apps"),
        )
        for row, name in enumerate(names):
            self.index.item(row).setText(name)
        self.index.setAccessibleName(self.tr("Settings pages"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("System language"))
        self.tray.setText(SETTINGS["keep_running_in_tray"].display_label())
        self.tray.setToolTip(self.tr("So that scheduled posts go out on time and new comments are announced"))
        self.late_label.setText(self.tr("A missed post goes out by itself up to"))
        self.late_hours.setSuffix(" " + self.tr("hours late"))
        self.late_hours.setSpecialValueText(self.tr("never (I decide)"))
        self.late_text.setText(
            self.tr(
                "When the computer was off at a post's time, Kurzdraht sends it at the next start if it is at "
                "most this late; a later one waits in the calendar for you to decide."
            )
        )
        self.organisations_text.setText(
            self.tr(
                "The organisations you post for. Each has its colour in the calendar and its time zone, in "
                "which its posts are scheduled."
            )
        )
        self.slots_button.setText(self.tr("Posting slots…"))
        self.slots_text.setText(self.tr("The times each organisation usually posts at, for “Add to queue”."))
        self.interval_label.setText(self.tr("Check for &new comments:"))
        for row, minutes in enumerate(SYNC_CHOICES):
            self.interval.setItemText(
                row, self.tr("Only when I ask") if minutes == 0 else self.tr("Every %n minute(s)", "", minutes)
            )
        self.notify.setText(SETTINGS["notify_new_comments"].display_label())
        self.backups_text.setText(
            self.tr(
                "Kurzdraht backs up your data once a day when it starts, and keeps the latest ones. A folder "
                "on another drive keeps them safe when this computer fails. Backups already made stay where "
                "they are."
            )
        )
        self.folder_label.setText(self.tr("&Folder:"))
        self.choose_folder.setText(self.tr("Choose…"))
        self.kept_label.setText(self.tr("&Daily backups kept:"))
        self.back_up_now.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self._show_latest()
        self.data_text.setText(
            self.tr("Your drafts, comments, posts and settings are kept in this folder on this computer:")
        )
        self.open_data.setText(self.tr("Open the folder"))
        self.open_logs.setText(self.tr("Open the log folder"))
        self.other_folder.setText(
            self.tr(
                "Passwords and logins are not in it: they are in the computer's password store. To use "
                "another folder, start Kurzdraht with --home FOLDER."
            )
        )
        self.apps_text.setText(
            self.tr(
                "Some networks (Facebook and Instagram, Threads, X, LinkedIn, YouTube) let an organisation "
                "connect only through its own developer app. Its ID and secret are kept here, the secret in "
                "the password store."
            )
        )
        self.apps_button.setText(self.tr("Developer apps…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_page(self, page: str) -> None:
        self.index.setCurrentRow(PAGES.index(page) if page in PAGES else 0)

    @property
    def page(self) -> str:
        return PAGES[self.index.currentRow()]

    # -- loading ---------------------------------------------------------------------------------------
    def load(self) -> None:
        settings = self.core.settings
        language = settings.get("language")
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.tray.setChecked(settings.get("keep_running_in_tray"))
        self.late_hours.setValue(settings.get("publish_missed_within_hours"))
        minutes = settings.get("inbox_sync_minutes")
        if self.interval.findData(minutes) < 0:  # set elsewhere to a value the list does not have
            self.interval.addItem(self.tr("Every %n minute(s)", "", minutes), minutes)
        self.interval.setCurrentIndex(self.interval.findData(minutes))
        self.notify.setChecked(settings.get("notify_new_comments"))
        self.backup_folder.setText(settings.get("backup_folder"))
        self.kept.setValue(settings.get("backups_kept"))
        self.jobs.start(self.tr("Loading settings"), self._read(), on_done=self._loaded, quiet=True)

    async def _read(self) -> tuple[list[OrganisationInfo], Backup | None]:
        backups = await self.core.backups.list()
        return await self.core.accounts.organisations(), backups[0] if backups else None

    def _loaded(self, loaded: tuple[list[OrganisationInfo], Backup | None]) -> None:
        self.organisations, self.latest = loaded
        self.rows.set_organisations(self.organisations)
        self._show_latest()

    def _show_latest(self) -> None:
        self.last_backup.setText(
            self.tr("Latest backup: %1 in %2")
            .replace("%1", local_date_time(self.latest.created_at))
            .replace("%2", str(self.latest.path.parent))
            if self.latest
            else self.tr("No backup yet.")
        )

    # -- storing ---------------------------------------------------------------------------------------
    def _simple_values(self) -> dict[str, object]:
        return {
            "language": LANGUAGES[self.language.currentIndex()],
            "keep_running_in_tray": self.tray.isChecked(),
            "publish_missed_within_hours": self.late_hours.value(),
            "inbox_sync_minutes": self.interval.currentData(),
            "notify_new_comments": self.notify.isChecked(),
            "backups_kept": self.kept.value(),
        }

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
        self._stage = "organisations"
        organisations = self.organisations
        if (
            self.rows.entered() != [(o.id, o.name, o.colour, o.timezone) for o in self.organisations]
            or self.rows.removed
        ):
            organisations = await self.core.accounts.save_organisations(self.rows.entered(), self.rows.removed)
        self._stage = "backups"
        if self.backup_folder.text().strip() != self.core.settings.get("backup_folder"):
            await self.core.use_backup_folder(self.backup_folder.text())
        self._stage = ""
        for key, value in self._simple_values().items():
            self.core.settings.set(key, value)
        await self.core.settings.asave()
        return organisations

    def _stored(self, organisations: list[OrganisationInfo], close: bool, language_before: str) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        changed_organisations = organisations != self.organisations
        self.organisations = organisations
        self.rows.set_organisations(organisations)
        self.backup_folder.setText(self.core.settings.get("backup_folder"))
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

    # -- actions on the pages -----------------------------------------------------------------------------
    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.backup_folder.text() or str(self.core.paths.backups)
        )
        if folder:
            self.backup_folder.setText(folder)

    def back_up(self) -> None:
        self.back_up_now.setEnabled(False)
        self.message.clear()
        self.jobs.start(self.tr("Backing up"), self._back_up(), on_done=self._backed_up, on_error=self._not_backed_up)

    async def _back_up(self) -> Backup:
        if self.backup_folder.text().strip() != self.core.settings.get("backup_folder"):
            await self.core.use_backup_folder(self.backup_folder.text())  # to the folder shown
            await self.core.settings.asave()
        return await self.core.backups.create()

    def _backed_up(self, backup: Backup) -> None:
        self.back_up_now.setEnabled(True)
        self.latest = backup
        self._show_latest()

    def _not_backed_up(self, error: BaseException) -> None:
        self.back_up_now.setEnabled(True)
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

    def _open_folder(self, folder: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
