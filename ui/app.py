"""Starting the GUI: QApplication, translators, the qasync loop, the main window, then opening
the data in the background so the window shows at once."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME
from desktop.app import Core
from desktop.credentials import CredentialStore
from desktop.i18n import resolve_language
from desktop.logs import demo_log_folder, setup_logging
from desktop.paths import data_paths
from desktop.store.backups import StartCheck
from desktop.store.errors import DatabaseDamaged
from ui.events import AppEvents
from ui.jobs import JobRunner
from ui.language import Translators
from ui.main_window import MainWindow
from ui.widgets.icons import icon


KEYRING_CHECK_DELAY_MS = 250


class KurzdrahtApp(QObject):
    """One running GUI session on one data folder."""

    def __init__(
        self,
        qapp: QApplication,
        home: Path | None = None,
        demo: bool = False,
        credentials: CredentialStore | None = None,
        logs: Path | None = None,
        first_run_guide: bool = True,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.demo = demo
        self.first_run_guide = first_run_guide and not demo  # shown on an empty workspace until done
        self.guide = None
        paths = data_paths(home)
        # First the log, so that a data folder that cannot be opened is logged there (or, read-only,
        # is not claimed to be).
        setup_logging(logs or paths.logs)
        self.core = Core(paths, credentials)
        self.translators = Translators(qapp)
        self.translators.apply(resolve_language(self.core.settings.get("language")))
        self.events = AppEvents(self)
        self.jobs = JobRunner(self)
        self.window = MainWindow(self.core, self.jobs, self.events, demo=demo)
        self.events.open_settings.connect(self.open_settings)
        self.settings_dialog = None
        self.window.guide_requested.connect(self.open_guide)
        self.integrity: StartCheck | None = None  # what the check after start found, once it ran
        self.damaged_box = None  # the message offering a restore, while it is shown
        self.restore_dialog = None
        from ui.tray import Tray

        self.tray = Tray(self.window, self)
        self.window.sections["inbox"].new_comments.connect(self.tray.new_comments)  # type: ignore[attr-defined]
        compose = self.window.sections["compose"]
        compose.waiting_for_you.connect(self.tray.waiting_for_you)  # type: ignore[attr-defined]
        self.tray.show_waiting.connect(compose.show_waiting)  # type: ignore[attr-defined]
        self.ready = False
        self.error: str | None = None
        self.core.outbox.listeners.append(self.events.attempt_changed.emit)
        # A scheduled post taken for sending, or marked missed: the calendar shows it.
        self.core.outbox.post_listeners.append(lambda _: self.events.schedule_changed.emit())
        self._outbox_job = None
        self._keyring_timer = QTimer(self)
        self._keyring_timer.setSingleShot(True)
        self._keyring_timer.timeout.connect(self._check_keyring)

    def start(self) -> None:
        self.window.show()
        self.jobs.start(self.tr("Opening your data"), self._open(), on_done=self._opened, on_error=self._open_failed)

    async def _open(self) -> None:
        await self.core.aopen()
        if self.demo:
            from desktop.demo import seed_demo

            await self.core.store.run(seed_demo)

    def _opened(self, _: None) -> None:
        self.ready = True
        self.error = None
        self.events.core_ready.emit()
        # The integrity check reads the whole file on its own connection, so it runs in the background;
        # a sound file then gets its daily backup.
        self.jobs.start(
            self.tr("Checking your data"),
            self.core.backups.check_after_start(),
            on_done=self._checked,
            on_error=self._check_failed,
            quiet=True,
        )
        # Posts left in the outbox last time go out now; then whatever becomes due.
        self._outbox_job = self.jobs.start(self.tr("Sending posts"), self.core.outbox.run_forever(), quiet=True)
        self._watch_connection()
        # Finding the keyring backend imports a lot and talks to D-Bus; it waits until the first
        # screen has its data, so that it does not compete with it.
        self._keyring_timer.start(KEYRING_CHECK_DELAY_MS)
        if self.first_run_guide and not self.core.settings.get("first_run_guide_done"):
            self.jobs.start(self.tr("Loading accounts"), self._workspace(), on_done=self._first_run, quiet=True)

    async def _workspace(self) -> tuple[list, list]:
        return await self.core.accounts.organisations(), await self.core.accounts.list()

    def _first_run(self, workspace: tuple[list, list]) -> None:
        organisations, accounts = workspace
        if not organisations and not accounts:  # a workspace made elsewhere (the CLI, a backup) needs no guide
            self._show_guide(organisations, accounts)

    def open_settings(self, page: str = "general") -> None:
        from ui.settings.dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.show_page(page)
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        self.settings_dialog = SettingsDialog(self.core, self.jobs, self.events, page, self.window)
        self.settings_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog.language_requested.connect(self.change_language)
        self.settings_dialog.restore_requested.connect(lambda: self.restore_from_backup(self.settings_dialog))
        self.settings_dialog.finished.connect(lambda _: setattr(self, "settings_dialog", None))
        self.settings_dialog.open()

    def open_guide(self) -> None:
        """Help → First steps: the guide with the workspace as it is."""
        if self.guide is not None:
            self.guide.raise_()
            self.guide.activateWindow()
            return
        self.jobs.start(
            self.tr("Loading accounts"), self._workspace(), on_done=lambda w: self._show_guide(*w), quiet=True
        )

    def _show_guide(self, organisations: list, accounts: list) -> None:
        from ui.guide import FirstRunGuide

        if self.guide is not None:
            return
        self.guide = FirstRunGuide(self.core, self.jobs, self.events, organisations, accounts, self.window)
        self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide.language_requested.connect(self.change_language)
        self.guide.demo_requested.connect(self.window.sections["accounts"].open_demo)  # type: ignore[attr-defined]
        self.guide.write_post.connect(self._write_first_post)
        self.guide.finished.connect(lambda _: setattr(self, "guide", None))
        self.guide.open()

    def _write_first_post(self, account_ids: tuple[int, ...]) -> None:
        self.window.activateWindow()  # the keyboard goes back to the window, to the new post's text
        self.window.show_section("compose")
        self.window.sections["compose"].start_post(account_ids)  # type: ignore[attr-defined]

    def _watch_connection(self) -> None:
        """When the computer is back online, the outbox tries at once instead of at its next retry."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return  # no backend on this system: the outbox's own retries still bring posts out
        information = QNetworkInformation.instance()
        online = QNetworkInformation.Reachability.Online
        information.reachabilityChanged.connect(
            lambda reachability: (
                self.jobs.start(self.tr("Sending waiting posts"), self.core.outbox.connection_back(), quiet=True)
                if reachability == online
                else None
            )
        )

    def _check_keyring(self) -> None:
        self.jobs.start(
            self.tr("Checking the password store"),
            self.core.credentials.astatus(),
            on_done=self.events.keyring_status.emit,
            quiet=True,
        )

    def _open_failed(self, error: BaseException) -> None:
        from ui.jobs import user_message

        self.error = user_message(error)
        if isinstance(error, DatabaseDamaged):
            self._offer_restore(self.error, close_on_refusal=True)
            return
        QMessageBox.critical(self.window, APP_NAME, self.error)
        self.window.close()

    def _checked(self, result: StartCheck) -> None:
        self.integrity = result
        if not result.integrity.ok:
            self._offer_restore(str(DatabaseDamaged(self.core.paths.database)), close_on_refusal=False)

    def _check_failed(self, error: BaseException) -> None:
        """The check could not run (a lock, a full disk): say why; the file itself may be fine."""
        from ui.jobs import user_message

        self.window.status.showMessage(user_message(error), 30_000)  # the job runner logged it

    def _offer_restore(self, message: str, close_on_refusal: bool) -> None:
        from ui.restore_dialog import offer_restore

        self.damaged_box = offer_restore(self.window, message)
        self.damaged_box.restore_button.clicked.connect(lambda: self.restore_from_backup())
        if close_on_refusal:  # without data the window is of no use
            closed = self.damaged_box.button(QMessageBox.StandardButton.Close)
            closed.clicked.connect(self.window.quit)

    def restore_from_backup(self, parent=None) -> None:  # noqa: ANN001 - the Settings dialog, else the window
        from ui.restore_dialog import RestoreBackupDialog

        self.restore_dialog = RestoreBackupDialog(self.core.backups, self.jobs, parent or self.window)
        self.restore_dialog.restored.connect(self._restored)
        if not self.ready:  # data that could not be opened: without a restore there is nothing to show
            self.restore_dialog.rejected.connect(self.window.quit)
        self.restore_dialog.open()

    def _restored(self, restored) -> None:
        from ui.widgets.times import local_date_time

        when = local_date_time(restored.backup.created_at)
        self.window.status.showMessage(
            self.tr("Your data was restored from the backup of %1.").replace("%1", when), 30_000
        )
        if not self.ready:
            self._opened(None)  # the data opens now, as at a normal start
            return
        self.events.core_ready.emit()  # every section loads the restored data
        self.core.outbox.wake()

    def unexpected_error(self, kind: type[BaseException], error: BaseException, trace: object) -> None:
        """sys.excepthook while the app runs: an exception no code caught (in a Qt slot, an event
        handler) is logged with its traceback and shown in the status bar; the app keeps running."""
        try:
            from ui.jobs import log_failure, user_message

            log_failure("unexpected error", error)
            self.jobs.failed.emit(user_message(error))
        except Exception:  # noqa: BLE001 - the hook itself must never take the app down
            sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]

    def loop_error(self, loop: asyncio.AbstractEventLoop, context: dict) -> None:
        """The event loop's handler for errors outside any job (a callback, a forgotten task)."""
        error = context.get("exception")
        if isinstance(error, Exception):
            self.unexpected_error(type(error), error, error.__traceback__)
        else:
            loop.default_exception_handler(context)

    def change_language(self, setting: str) -> None:
        if self.core.settings.get("language") != setting:  # the Settings dialog has stored it already
            self.core.settings.set("language", setting)
            self.jobs.start(self.tr("Saving settings"), self.core.settings.asave(), quiet=True)
        self.translators.apply(resolve_language(setting))
        self.tray.retranslate_ui()

    async def aclose(self) -> None:
        self._keyring_timer.stop()
        self.tray.hide()
        if self.ready:
            await self.window.sections["compose"].editor.flush()  # type: ignore[attr-defined]
        if self._outbox_job is not None and self._outbox_job.task is not None:
            self._outbox_job.cancel()
            await asyncio.gather(self._outbox_job.task, return_exceptions=True)
        self.jobs.close()
        await self.core.aclose()
        self.translators.uninstall()

    def close(self) -> None:
        """Close the window and the data without a running loop (tests, embedding)."""
        self._keyring_timer.stop()
        self.tray.hide()
        if self._outbox_job is not None:
            self._outbox_job.cancel()
        self.jobs.close()
        self.window.confirm_quit = False  # closing from code: nobody is there to answer
        self.window.quitting = True
        self.window.sections["compose"].editor.stop_timers()  # type: ignore[attr-defined]
        if self.window.isVisible():
            self.window.close()
        self.core.close()
        self.translators.uninstall()


def run_gui(options: argparse.Namespace, qt_args: Sequence[str]) -> int:
    """Run the app with the global options parsed by `desktop.cli.main`; the rest goes to Qt."""
    started = time.perf_counter()
    import qasync

    demo_home = None
    if options.demo:
        from desktop.demo import make_demo_home

        demo_home = make_demo_home()
    qapp = QApplication([sys.argv[0], *qt_args])
    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName(APP_NAME)
    qapp.setDesktopFileName("kurzdraht")
    qapp.setWindowIcon(icon("kurzdraht"))
    loop = qasync.QEventLoop(qapp)
    use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    home = demo_home or (Path(options.home) if options.home else None)
    try:
        # The sample workspace is deleted at the end, so it logs outside it.
        session = KurzdrahtApp(qapp, home, demo=options.demo, logs=demo_log_folder() if demo_home else None)
    except Exception as error:  # noqa: BLE001 - whatever stops the start is told, not a traceback
        from ui.jobs import log_failure, user_message

        log_failure("the app could not start", error)
        QMessageBox.critical(None, APP_NAME, user_message(error))
        if demo_home is not None:
            from desktop.demo import remove_demo_home

            remove_demo_home(demo_home)
        return 1
    if options.exit_when_shown:
        _exit_when_shown(session, started)
    sys.excepthook = session.unexpected_error
    loop.set_exception_handler(session.loop_error)
    session.start()
    try:
        with loop:
            loop.run_forever()
            loop.run_until_complete(session.aclose())
    finally:
        if demo_home is not None:
            from desktop.demo import remove_demo_home

            remove_demo_home(demo_home)
    return 1 if session.error else 0


def use_plain_threads(loop: asyncio.AbstractEventLoop):
    """Blocking helpers (keyring, files) run on Python threads: qasync's default QThread executor
    aborts the process when a QThread is still alive at exit."""
    from concurrent.futures import ThreadPoolExecutor

    executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="kurzdraht-io")
    loop.set_default_executor(executor)
    return executor


def _exit_when_shown(session: KurzdrahtApp, started: float) -> None:
    """Quit once the window is visible with its first section's data (benchmarks, packaged-app check)."""

    def check() -> None:
        if session.error:
            print(f"failed: {session.error}", flush=True)
            session.qapp.quit()
        elif session.window.isVisible() and session.window.current_section().loaded:
            print(f"shown after {1000 * (time.perf_counter() - started):.0f} ms in-process", flush=True)
            session.qapp.quit()
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
