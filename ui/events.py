"""App-wide events as typed signals on one object, so views refresh only what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    core_ready = Signal()  # the database is open; sections may load
    accounts_changed = Signal()
    drafts_changed = Signal()
    comments_changed = Signal()
    schedule_changed = Signal()
    attempt_changed = Signal(object)  # desktop.publishing.outbox.AttemptInfo: a post on its way changed
    keyring_status = Signal(object)  # desktop.credentials.KeyringStatus
    show_section = Signal(str)  # ask the main window to switch to a section by key
    open_post = Signal(object)  # a post id: open it in the composer
    open_settings = Signal(str)  # open the Settings dialog on this page ("general", "inbox", …)
    settings_changed = Signal()  # the Settings dialog stored new settings
