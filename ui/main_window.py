"""The main window: only assembles the sidebar, the sections, the menus and the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.app import Core
from ui.accounts.view import AccountsSection
from ui.calendar.view import CalendarSection
from ui.compose.view import ComposeSection
from ui.events import AppEvents
from ui.inbox.view import InboxSection
from ui.insights.view import InsightsSection
from ui.jobs import JobRunner
from ui.section import Section
from ui.widgets.icons import icon
from ui.widgets.status_bar import StatusBar

SECTION_TYPES = (InboxSection, ComposeSection, CalendarSection, AccountsSection, InsightsSection)


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()  # the window was closed but the app keeps running in the tray
    guide_requested = Signal()  # Help → First steps…

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, demo: bool = False) -> None:
        super().__init__()
        self.core = core
        self.jobs = jobs
        self.events = events
        self.demo = demo
        self.confirm_quit = True  # ask before quitting while posts are on their way
        self.tray_available = False  # set by the app when the system has a tray
        self.quitting = False  # Quit was chosen: closing the window ends the app
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("kurzdraht"))
        self.sections: dict[str, Section] = {}
        self.sidebar = QListWidget()  # five fixed entries, not growing data
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget()
        for section_type in SECTION_TYPES:
            section = section_type(core, jobs, events)
            self.sections[section.key] = section
            self.stack.addWidget(section)
            item = QListWidgetItem(icon(section.icon_name), "")
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setSizeHint(QSize(170, 40))
            self.sidebar.addItem(item)
            section.badge_changed.connect(self._name_sections)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        jobs.running_changed.connect(self.status.set_jobs)
        jobs.failed.connect(lambda message: self.status.showMessage(message, 10_000))
        events.show_section.connect(self.show_section)
        events.keyring_status.connect(self._keyring_status)
        self._build_menus()
        self.retranslate_ui()
        self._restore_state()

    # -- building ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("openSettings")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))  # ⌘, on macOS, where Qt reads Ctrl as ⌘
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.events.open_settings.emit("general"))
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.section_actions: dict[str, QAction] = {}
        for number, key in enumerate(self.sections, start=1):
            action = QAction(icon(self.sections[key].icon_name), "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_section(k))
            self.view_menu.addAction(action)
            self.section_actions[key] = action

        self.help_menu = bar.addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setObjectName("firstSteps")
        self.guide_action.triggered.connect(self.guide_requested.emit)
        self.help_menu.addAction(self.guide_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        title = APP_NAME + (" – " + self.tr("demo workspace") if self.demo else "")
        self.setWindowTitle(title)
        self._name_sections()
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.view_menu.setTitle(self.tr("&View"))
        for key, action in self.section_actions.items():
            action.setText(self.sections[key].title())
        self.help_menu.setTitle(self.tr("&Help"))
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.about_action.setText(self.tr("&About Kurzdraht"))
        self.guide_action.setText(self.tr("&First steps…"))

    def _name_sections(self) -> None:
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            section = self.sections[item.data(Qt.ItemDataRole.UserRole)]
            item.setText(section.title() + (f" ({section.badge})" if section.badge else ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- navigation --------------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        keys = list(self.sections)
        if key in keys:
            self.sidebar.setCurrentRow(keys.index(key))

    def current_section(self) -> Section:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kurzdraht"),
            self.tr(
                "<h3>Kurzdraht %1</h3><p>One inbox, one composer and one calendar for the social media "
                "of social organisations.</p><p>Your data stays on this computer: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.core.paths.root)),
        )

    def _keyring_status(self, status) -> None:
        if not status.available:
            self.status.showMessage(
                self.tr("No password store found: drafting works, connecting accounts does not."), 15_000
            )

    # -- state across restarts ---------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.core.settings
        geometry = settings.get("window_geometry")
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            self.resize(1100, 720)
        state = settings.get("window_state")
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        self.show_section(settings.get("last_section"))

    def save_state(self) -> None:
        settings = self.core.settings
        settings.set("window_geometry", bytes(self.saveGeometry().toBase64()).decode("ascii"))
        settings.set("window_state", bytes(self.saveState().toBase64()).decode("ascii"))
        settings.set("last_section", self.current_section().key)
        try:
            settings.save()
        except OSError:  # a full disk or a read-only folder: the window's layout is no reason not to close
            logging.getLogger(__name__).warning("could not save the window's state", exc_info=True)

    def quit(self) -> None:
        self.quitting = True
        if not self.close():
            self.quitting = False  # the user chose to stay ("posts still on their way")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.quitting and self.tray_available and self.core.settings.get("keep_running_in_tray"):
            # Closing the window is not quitting: scheduled posts still go out on time.
            self.save_state()
            self.hide()
            event.ignore()
            self.hidden_to_tray.emit()
            return
        waiting = self.sections["compose"].in_flight()  # type: ignore[attr-defined]
        if (
            waiting
            and self.confirm_quit
            and QMessageBox.question(
                self,
                self.tr("Posts still on their way"),
                self.tr(
                    "%n post(s) are not sent yet. If you quit now, they are sent the next time you start "
                    "Kurzdraht. Quit anyway?",
                    "",
                    waiting,
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
