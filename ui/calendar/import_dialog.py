"""Scheduling many posts from a spreadsheet (CSV): every row checked first and shown with what is wrong
with it; Import stays off until the whole file is fine, since nothing is imported by halves. A running
import shows how far it is and can be stopped (Cancel), which leaves none of its posts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import Core
from desktop.scheduling.csv_io import ImportPreview, ImportRow, import_rows, preview
from ui.jobs import Job, JobRunner, user_message
from ui.widgets.icons import icon
from ui.widgets.colours import Surface, Tone, colour, surface
from ui.widgets.untrusted import plain, tooltip_text


class ImportRowModel(QAbstractTableModel):
    """The file's rows as read: date, time, accounts, text, and what stops a row (or a note on it)."""

    COLUMNS = ("date", "time", "accounts", "text", "problem")
    PROBLEM = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ImportRow] = []

    def set_rows(self, rows: list[ImportRow] | tuple[ImportRow, ...]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:  # the file's line, as the problems name it
            return str(self.rows[section].line) if 0 <= section < len(self.rows) else None
        return (self.tr("Date"), self.tr("Time"), self.tr("Accounts"), self.tr("Text"), self.tr("Problem"))[section]

    def problem_text(self, row: ImportRow) -> str:
        return "\n".join(row.problems or row.notes)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.date, row.time, row.accounts, " ".join(row.text.split()), self.problem_text(row))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(row.text if column == 3 else self.problem_text(row)) or None
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return QColor(surface(Surface.PROBLEM)[0])
        if role == Qt.ItemDataRole.ForegroundRole and not row.ok:
            return QColor(surface(Surface.PROBLEM)[1])
        if role == Qt.ItemDataRole.ForegroundRole and row.skipped:
            return QColor(colour(Tone.MUTED))
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROBLEM and not row.ok:
            return icon("warning")
        return None


class CsvImportDialog(QDialog):
    """Choose a file, see every row checked, import all of it or nothing. `load(path)` checks a file
    without asking (tests, drops); `imported` carries the new posts' numbers."""

    imported = Signal(list)

    def __init__(self, core: Core, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.core = core
        self.jobs = jobs
        self.path: str = ""
        self.preview: ImportPreview | None = None
        self.post_ids: list[int] = []
        self.importing = False
        self.stopping = False
        self._job: Job | None = None
        self._import_job: Job | None = None
        self._generation = 0  # a file's check that arrives after another file was chosen is dropped

        self.explanation = plain(
            QLabel(
                self.tr(
                    "One post per row with the columns date, time, accounts, text, image and alt text (German "
                    "column names work too). Times are the organisation's local time; several accounts are separated "
                    "by |. Save from Excel as “CSV UTF-8”."
                )
            )
        )
        self.explanation.setWordWrap(True)
        self.file_label = plain(QLabel(self.tr("No file chosen.")))
        self.file_label.setObjectName("csvImportFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.setToolTip(self.tr("Read the file again after correcting it"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(lambda: self.load(self.path))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.check_button)

        self.model = ImportRowModel(self)
        self.table = QTableView()
        self.table.setObjectName("csvImportRows")
        self.table.setAccessibleName(self.tr("The file's rows"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ImportRowModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.summary = plain(QLabel())
        self.summary.setObjectName("csvImportSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("csvImportProgress")
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("csvImportButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(file_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import posts from a spreadsheet"))
        self.resize(860, 480)

    # -- choosing and checking ----------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a CSV file"),
            str(Path(self.path).parent) if self.path else "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Check the file in the background and show its rows; imports nothing."""
        if self.importing:
            return
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        generation = self._generation
        self.path = str(path)
        self.preview = None
        self.file_label.setText(self.path)
        self.summary.setText(self.tr("Checking the file…"))
        self._update_buttons()
        self._job = self.jobs.start(
            self.tr("Checking the posts to import"),
            preview(self.core, self.path),
            on_done=lambda result: self._show(generation, result),
            on_error=lambda error: self._failed(generation, error),
            quiet=True,
        )

    def _show(self, generation: int, checked: ImportPreview) -> None:
        if generation != self._generation:
            return
        self._job = None
        self.preview = checked
        self.model.set_rows(checked.rows)
        self.summary.setText(self.summary_text(checked))
        self._update_buttons()

    def summary_text(self, checked: ImportPreview) -> str:
        if checked.problems:
            return "\n".join(checked.problems)
        bad = len(checked.bad_rows)
        if bad:
            return self.tr(
                "%n row(s) have problems; nothing will be imported until they are fixed. Correct the "
                "file, then choose Check again.",
                "",
                bad,
            )
        text = self.tr("%n post(s) ready to schedule.", "", len(checked.to_schedule))
        skipped = len(checked.rows) - len(checked.to_schedule)
        if skipped:
            text += " " + self.tr("%n row(s) already published; they are left out.", "", skipped)
        return text

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._job = None
        self._import_job = None
        self.importing = self.stopping = False
        self.progress.setVisible(False)
        self.summary.setText(user_message(error))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._job is None and not self.importing
        self.import_button.setEnabled(idle and self.preview is not None and self.preview.ready)
        self.check_button.setEnabled(idle and bool(self.path))
        self.choose_button.setEnabled(not self.importing)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not self.stopping)

    # -- importing ----------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.preview is None or not self.preview.ready or self.importing:
            return
        self.importing = True
        generation = self._generation
        count = len(self.preview.to_schedule)
        self.summary.setText(self.tr("Scheduling %n post(s)…", "", count))
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()
        checked = self.preview
        job = self.jobs.start(
            self.tr("Scheduling imported posts"),
            lambda job: import_rows(self.core, checked, job.progress.emit),
            on_done=self._imported,
            on_error=lambda error: self._failed(generation, error),
        )
        job.progress.connect(self._show_progress)
        if job.task is not None:
            job.task.add_done_callback(lambda task: self._stopped() if task.cancelled() else None)
        self._import_job = job

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def stop_import(self) -> None:
        """Cancel: the import takes its posts away again; the dialog stays open until it has."""
        if not self.importing or self.stopping or self._import_job is None:
            return
        self.stopping = True
        self.summary.setText(self.tr("Stopping the import…"))
        self._update_buttons()
        self._import_job.cancel()

    def _stopped(self) -> None:
        self.importing = self.stopping = False
        self._import_job = None
        self.progress.setVisible(False)
        self.summary.setText(self.tr("The import was stopped; none of its posts were scheduled."))
        self._update_buttons()

    def _imported(self, post_ids: list[int]) -> None:
        self.importing = self.stopping = False
        self._import_job = None
        self.post_ids = list(post_ids)
        self.imported.emit(self.post_ids)
        self.accept()

    def reject(self) -> None:
        if self.importing:  # first stop the import, so that closing never hides how it ended
            self.stop_import()
            return
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().reject()
