"""Restoring the data from a backup: the message offering it when the data file is damaged, and the
dialog listing the backups (newest first, each checked) to choose one from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.backups import Backup, BackupService, Restored
from ui.jobs import JobRunner, user_message
from ui.widgets.icons import icon
from ui.widgets.times import local_date_time


class BackupModel(QAbstractTableModel):
    """The backups as listed by the core: when, what kind, how big, and whether they passed their check."""

    COLUMNS = 4
    CHECK = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[Backup] = []

    def set_backups(self, backups: list[Backup]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Check"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.backups):
            return None
        backup, column = self.backups[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_date_time(backup.created_at)
            if column == 1:
                return backup.kind_label()
            if column == 2:
                return backup.size_label()
            return backup.check_label()
        if role == Qt.ItemDataRole.ToolTipRole:
            return backup.name
        if role == Qt.ItemDataRole.DecorationRole and column == self.CHECK and not backup.ok:
            return icon("warning")
        if role == Qt.ItemDataRole.UserRole:
            return backup
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.backups[index.row()].ok:  # a damaged backup cannot be chosen
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RestoreBackupDialog(QDialog):
    """Choose a backup and restore it; `restored` carries the core's `Restored` once the data is back."""

    restored = Signal(object)

    def __init__(self, backups: BackupService, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.backups = backups
        self.jobs = jobs
        self.busy = False
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 360)
        explanation = QLabel(
            self.tr(
                "Choose a backup to go back to. Your current data is not deleted: it is kept "
                "in the backups folder, so a restore can be undone."
            )
        )
        explanation.setWordWrap(True)
        self.model = BackupModel(self)
        self.table = QTableView()
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.restore())
        self.status = QLabel(self.tr("Looking for backups and checking them…"))
        self.status.setObjectName("restoreStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button: QPushButton = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.jobs.start(self.tr("Checking the backups"), self.backups.list(), on_done=self._show, on_error=self._failed)

    def _show(self, backups: list[Backup]) -> None:
        self.model.set_backups(backups)
        good = [row for row, backup in enumerate(backups) if backup.ok]
        if good:
            self.table.selectRow(good[0])  # the newest good one, the usual choice
            self.status.setText(self.tr("The newest good backup is selected."))
        elif backups:
            self.status.setText(self.tr("All backups are damaged, so none can be restored."))
        else:
            self.status.setText(self.tr("There are no backups yet. Kurzdraht makes one each day it is started."))
        self._update_buttons()

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(not self.busy and backup is not None and bool(backup.ok))

    def restore(self) -> None:
        backup = self.selected()
        if self.busy or backup is None or not backup.ok:
            return
        self.busy = True
        self._update_buttons()
        self.status.setText(self.tr("Restoring…"))
        self.jobs.start(
            self.tr("Restoring from a backup"),
            self.backups.restore(backup.name),
            on_done=self._restored,
            on_error=self._failed,
        )

    def _restored(self, restored: Restored) -> None:
        self.busy = False
        self.restored.emit(restored)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.status.setText(user_message(error))
        self._update_buttons()


def offer_restore(parent: QWidget, message: str) -> QMessageBox:
    """Tell the user their data file is damaged and offer a restore, without blocking; the caller
    connects to `box.restore_button.clicked`."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RestoreBackupDialog", "Your data is damaged"),
        message,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("damagedData")
    box.setInformativeText(
        QCoreApplication.translate(
            "RestoreBackupDialog",
            "Restoring the latest good backup brings back your data as it was then. The damaged "
            "file is kept in the backups folder.",
        )
    )
    box.restore_button = box.addButton(  # type: ignore[attr-defined]
        QCoreApplication.translate("RestoreBackupDialog", "Restore from backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(box.restore_button)  # type: ignore[attr-defined]
    box.open()
    return box
