"""The Compose section: saved drafts, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from desktop.app import Core
from desktop.drafts import DraftInfo
from desktop.networks import network_name
from ui.events import AppEvents
from ui.jobs import JobRunner
from ui.section import Section
from ui.widgets.empty_state import EmptyState
from ui.widgets.icons import network_icon
from ui.widgets.times import relative_time


class DraftListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.drafts: list[DraftInfo] = []

    def set_drafts(self, drafts: list[DraftInfo]) -> None:
        self.beginResetModel()
        self.drafts = drafts
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.drafts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        draft = self.drafts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            networks = ", ".join(network_name(n) for n in draft.networks)
            text = " ".join(draft.text.split())
            return f"{text}\n{draft.organisation} · {networks} · {relative_time(draft.updated_at)}"
        if role == Qt.ItemDataRole.DecorationRole and draft.networks:
            return network_icon(draft.networks[0])
        return None


class ComposeSection(Section):
    key = "compose"
    icon_name = "compose"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.model = DraftListModel(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.list = QListView()
        self.list.setObjectName("draftList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.empty = EmptyState("compose")
        self.empty.action_clicked.connect(lambda: events.show_section.emit("accounts"))
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(self.heading)
        list_layout.addWidget(self.list)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        events.drafts_changed.connect(self.refresh)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Compose")

    def retranslate_ui(self) -> None:
        self.empty.set_texts(
            self.tr("No drafts yet"),
            self.tr("Here you will write a post once, adjust it for each network and publish it to "
                    "several accounts with one click, or keep it as a draft, even offline."),
            self.tr("Connect your first account"),
        )
        self.heading.setText(self.tr("%n draft(s)", "", self.model.rowCount()))

    def refresh(self) -> None:
        self.jobs.start(self.tr("Loading drafts"), self.core.drafts.list(), on_done=self._show, quiet=True)

    def _show(self, drafts: list[DraftInfo]) -> None:
        self.model.set_drafts(drafts)
        self.heading.setText(self.tr("%n draft(s)", "", len(drafts)))
        self.pages.setCurrentIndex(1 if drafts else 0)
        self.loaded = True
