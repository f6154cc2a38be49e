"""The Compose section: saved drafts, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.app import Core
from desktop.drafts import DraftInfo
from desktop.networks import network_name
from ui.events import AppEvents
from ui.jobs import JobRunner
from ui.section import ListSection
from ui.widgets.icons import network_icon
from ui.widgets.list_page import RowListModel
from ui.widgets.times import relative_time


class DraftListModel(RowListModel[DraftInfo]):
    def row_data(self, draft: DraftInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            networks = ", ".join(network_name(n) for n in draft.networks)
            text = " ".join(draft.text.split())
            return f"{text}\n{draft.organisation} · {networks} · {relative_time(draft.updated_at)}"
        if role == Qt.ItemDataRole.DecorationRole and draft.networks:
            return network_icon(draft.networks[0])
        return None


class ComposeSection(ListSection):
    key = "compose"
    icon_name = "compose"

    def __init__(self, core: Core, jobs: JobRunner, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(core, jobs, events, parent)
        self.build_list(DraftListModel(self), "draftList")
        self.empty.action_clicked.connect(lambda: events.show_section.emit("accounts"))
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
        self.update_heading()

    def heading_text(self) -> str:
        return self.tr("%n draft(s)", "", self.model.rowCount())

    def refresh(self) -> None:
        self.jobs.start(self.tr("Loading drafts"), self.core.drafts.list(), on_done=self._show, quiet=True)

    def _show(self, drafts: list[DraftInfo]) -> None:
        self.model.set_rows(drafts)
        self.update_heading()
        self.page.show_list(bool(drafts))
        self.loaded = True
